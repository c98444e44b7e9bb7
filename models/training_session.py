"""What one training session asks: generated and authored questions, scenarios, grading cases.

Everything is built from the pathway itself (and, for grading practice, from the ASTCT rules
in :mod:`models.grading`), in an order fixed by a seed, so a trainer can run the same session
twice. Authored questions and scenario events become :class:`~models.quiz.Question` objects
like the generated ones, so one :class:`~models.quiz_results.QuizResult` scores them all.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .glossary import SharedWords
from .grading import CONSCIOUSNESS, HYPOTENSION, HYPOXIA, ICE_MAX, RAISED_PRESSURE, SEIZURE, WORDS, Finding
from .grading import crs_finding, icans_finding, ice_score
from .quiz import Question, generate_quiz
from .schema import Pathway
from .training import Scenario, TrainingQuestion
from .wording.i18n import Words, fill

WHOLE_PATHWAY = "whole pathway"  # the module name recorded when no role is chosen


def module_name(module: str) -> str:
    """A module as a reader of the interface language says it: the record keeps "whole
    pathway" (a value of the CSV), the German page says "ganzer Behandlungsweg"."""
    return Words.tr("whole pathway") if module == WHOLE_PATHWAY else module


def _for_role(roles: list[str], role_id: str | None) -> bool:
    # An authored item that names no role is for everyone: its ``step`` says what it is
    # about (shown on the map after answering), not who should be asked it: a question on
    # what is known belongs to every role, whichever step it shows.
    return role_id is None or not roles or role_id in roles


def authored_questions(pathway: Pathway, role_id: str | None = None) -> list[Question]:
    """The pathway's own multiple-choice questions for the module, as quiz questions."""
    if pathway.training is None:
        return []
    return [_authored(q) for q in pathway.training.questions if _for_role(q.roles, role_id)]


def _authored(q: TrainingQuestion) -> Question:
    return Question("authored", q.question, tuple(q.choices), q.answer_index, q.explanation, q.step)


def scenarios(pathway: Pathway, role_id: str | None = None) -> list[Scenario]:
    if pathway.training is None:
        return []
    return [s for s in pathway.training.scenarios if _for_role(s.roles, role_id)]


def scenario_questions(scenario: Scenario, seed: int = 0) -> list[Question]:
    """One question per event, its prompt led by the day and what is seen, in day order;
    the choices in an order fixed by ``seed`` (authors tend to write the right one first)."""
    rng = random.Random(f"scenario:{scenario.id}:{seed}")
    return [
        _shuffled(Question(
            "scenario", fill(Words.tr("Day %1: %2", "a scenario's day and what is seen"), event.day, event.finding) + "\n" + event.question,
            tuple(event.choices),
            event.answer_index, event.explanation, event.step,
        ), rng)
        for event in scenario.events
    ]


def session_questions(
    pathway: Pathway, *, count: int, seed: int = 0, role_id: str | None = None, glossary: SharedWords | None = None
) -> list[Question]:
    """``count`` questions for a quiz: up to half authored (when the pathway has some for the
    module), the rest generated, in an order fixed by ``seed``."""
    rng = random.Random(f"session:{pathway.id}:{role_id or ''}:{seed}")
    # Authors tend to write the right answer first: shuffle the choices as well as the order.
    authored = [_shuffled(q, rng) for q in authored_questions(pathway, role_id)]
    rng.shuffle(authored)
    authored = authored[: count // 2]
    generated = generate_quiz(pathway, count=count - len(authored), seed=seed, role_id=role_id, glossary=glossary) \
        if count > len(authored) else []
    mixed = authored + generated
    rng.shuffle(mixed)
    return mixed


def _shuffled(question: Question, rng: random.Random) -> Question:
    order = list(range(len(question.choices)))
    rng.shuffle(order)
    return Question(question.kind, question.prompt, tuple(question.choices[i] for i in order),
                    order.index(question.answer), question.explanation, question.step_id)


# -- grading practice -------------------------------------------------------------------

GRADE_CHOICES = ("Grade 0 (none)", "Grade 1", "Grade 2", "Grade 3", "Grade 4")


@dataclass(frozen=True)
class GradingCase:
    kind: str  # "CRS", "ICANS" or "ICE"
    findings: tuple[str, ...]  # what the trainee reads, one finding a line
    finding: Finding  # the right grade (for ICE: the score) and what decides it
    choices: tuple[str, ...] = GRADE_CHOICES

    @property
    def question(self) -> str:
        return "What is the ICE score?" if self.kind == "ICE" else f"What is the {self.kind} grade (ASTCT)?"

    @property
    def answer(self) -> int:
        return self.choices.index(str(self.finding.grade)) if self.kind == "ICE" else self.finding.grade

    @property
    def explanation(self) -> str:
        if self.kind == "ICE":
            return f"ICE score {self.finding.grade}: {self.finding.reason}."
        return f"{self.choices[self.answer]}. The deciding finding: {self.finding.reason}."


def grading_case(rng: random.Random) -> GradingCase:
    """A practice case drawn from the rules: CRS, the ICE score or ICANS, every grade reachable."""
    roll = rng.random()
    return _crs_case(rng) if roll < 0.4 else _ice_case(rng) if roll < 0.6 else _icans_case(rng)


def _ice_case(rng: random.Random) -> GradingCase:
    places = ("year", "month", "city", "hospital")
    known = set(rng.sample(places, rng.randint(0, 4)))
    oriented = [place for place in places if place in known]
    named = rng.randint(0, 3)
    command, writing, attention = (rng.random() < 0.6 for _ in range(3))
    score = ice_score(len(oriented), named, int(command), int(writing), int(attention))
    lines = (
        f"Knows the {', '.join(oriented)}" if oriented else "Knows none of year, month, city, hospital",
        f"Names {named} of 3 objects",
        f"Follows simple commands: {'yes' if command else 'no'}",
        f"Writes a standard sentence: {'yes' if writing else 'no'}",
        f"Counts back from 100 by ten: {'yes' if attention else 'no'}",
    )
    reason = (f"orientation {len(oriented)} + naming {named} + commands {int(command)}"
              f" + writing {int(writing)} + counting {int(attention)} = {score} of {ICE_MAX}")
    # Five neighbouring scores, the right one anywhere among them, never outside 0-10.
    low = min(max(0, score - rng.randint(0, 4)), ICE_MAX - 4)
    return GradingCase("ICE", lines, Finding(score, reason), tuple(str(n) for n in range(low, low + 5)))


def _crs_case(rng: random.Random) -> GradingCase:
    fever = rng.random() < 0.85
    hypotension, hypoxia = rng.choice(HYPOTENSION), rng.choice(HYPOXIA)
    temperature = f"{rng.choice((38.2, 38.6, 39.1, 39.8))} °C" if fever else f"{rng.choice((36.8, 37.3))} °C"
    lines = (
        f"Temperature: {temperature} (no antipyretic or anti-cytokine treatment yet)",
        f"Low blood pressure: {WORDS['hypotension'][hypotension]}",
        f"Oxygen need: {WORDS['hypoxia'][hypoxia]}",
    )
    return GradingCase("CRS", lines, crs_finding(fever=fever, hypotension=hypotension, hypoxia=hypoxia))


def _icans_case(rng: random.Random) -> GradingCase:
    # Mostly one abnormal finding at a time, so each rule gets practised on its own.
    ice: int | None = rng.choice((10, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0))
    consciousness = rng.choice(CONSCIOUSNESS[1:4]) if rng.random() < 0.3 else "alert"
    if rng.random() < 0.08:
        consciousness, ice = "unrousable", None
    seizure = rng.choice(SEIZURE) if rng.random() < 0.2 else "none"
    pressure = rng.choice(RAISED_PRESSURE) if rng.random() < 0.15 else "none"
    weakness = rng.random() < 0.07
    lines = (
        "ICE score: cannot be done" if ice is None else f"ICE score: {ice} of 10",
        f"Level of consciousness: {WORDS['consciousness'][consciousness]}",
        f"Seizure: {WORDS['seizure'][seizure]}",
        f"Deep focal motor weakness: {'yes' if weakness else 'none'}",
        f"Raised pressure in the brain: {WORDS['raised_pressure'][pressure]}",
    )
    finding = icans_finding(
        ice=ice, consciousness=consciousness, seizure=seizure, motor_weakness=weakness, raised_pressure=pressure
    )
    return GradingCase("ICANS", lines, finding)
