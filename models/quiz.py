"""Quiz questions generated from any pathway's own content, for training staff.

Nothing here knows a disease or a treatment: every question, right answer and wrong answer
comes from the pathway (its steps, care team, transitions, timings, urgent signs) and its
glossary. Wrong answers are drawn from the same pathway so they are plausible, and never
from anything that would also be right. The same pathway, module and seed always give the
same quiz, so a trainer can hand out the same paper twice.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .glossary import Glossary, SharedWords, pathway_glossary
from .graph import PathwayGraph
from .wording.patient_words import sign_text
from .schema import Pathway, Step, TransitionKind
from .text_direction import isolated
from .wording.i18n import Words, fill

CHOICES = 4  # one right answer and up to three wrong ones
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


@dataclass(frozen=True)
class Question:
    kind: str  # who, next, branch, timing, urgent, glossary
    prompt: str
    choices: tuple[str, ...]
    answer: int  # index into choices
    explanation: str
    step_id: str | None = None  # the step to show on the map after answering

    @property
    def right_answer(self) -> str:
        return self.choices[self.answer]


def module_steps(pathway: Pathway, role_id: str | None = None) -> list[Step]:
    """The steps a module covers: the whole pathway, or the steps one role takes part in."""
    if role_id is None:
        return list(pathway.steps)
    pathway.role(role_id)  # a KeyError for an unknown role, rather than an empty quiz
    return [step for step in pathway.steps if any(entry.role == role_id for entry in step.care_team)]


def generate_quiz(
    pathway: Pathway,
    *,
    count: int,
    seed: int = 0,
    role_id: str | None = None,
    glossary: SharedWords | None = None,
) -> list[Question]:
    """``count`` questions (fewer if the pathway cannot give that many distinct ones),
    spread over the kinds of question, in an order fixed by ``seed``."""
    if count < 1:
        raise ValueError("a quiz needs at least one question")
    # The words a reader of this pathway meets: its own glossary over the shared one.
    words = pathway_glossary(glossary, pathway)
    rng = random.Random(f"{pathway.id}:{role_id or ''}:{seed}")
    graph = PathwayGraph(pathway)
    steps = module_steps(pathway, role_id)
    makers: list[Callable[[random.Random], list[Question]]] = [
        lambda r: _who_questions(pathway, steps, role_id, r),
        lambda r: _next_questions(pathway, graph, steps, r),
        lambda r: _branch_questions(pathway, graph, steps, r),
        lambda r: _timing_questions(pathway, steps, r),
        lambda r: _urgent_questions(pathway, r),
        lambda r: _glossary_questions(words, steps, r),
    ]
    pools = [maker(rng) for maker in makers]
    for pool in pools:
        rng.shuffle(pool)
    # Round-robin over the kinds, so a short quiz still asks a bit of everything.
    quiz: list[Question] = []
    while len(quiz) < count and any(pools):
        for pool in pools:
            if pool and len(quiz) < count:
                quiz.append(pool.pop())
    rng.shuffle(quiz)
    return quiz


def _ask(
    rng: random.Random, kind: str, prompt: str, right: str, wrong: Iterable[str], explanation: str,
    step_id: str | None,
) -> Question | None:
    """A question with the right answer among up to three wrong ones, or None when the
    pathway has nothing plausible to put beside it."""
    others = sorted({w for w in wrong if w and w.casefold() != right.casefold()})
    if not others:
        return None
    picked = rng.sample(others, min(CHOICES - 1, len(others)))
    choices = [right, *picked]
    rng.shuffle(choices)
    return Question(kind, prompt, tuple(choices), choices.index(right), explanation, step_id)


def _q(text: str) -> str:
    """Pathway text quoted in a sentence of the interface, kept in its own direction (Arabic,
    Hebrew), with the interface language's quotation marks."""
    return fill(Words.tr("“%1”", "quotation marks around a step's title or words in a quiz question"), isolated(text))


def _keep(questions: Iterable[Question | None]) -> list[Question]:
    return [q for q in questions if q is not None]


def _who_questions(pathway: Pathway, steps: Sequence[Step], role_id: str | None, rng: random.Random) -> list[Question]:
    if role_id is not None:
        return _duty_questions(pathway, steps, role_id, rng)
    out: list[Question | None] = []
    for step in steps:
        present = {entry.role for entry in step.care_team}
        for entry in step.care_team:
            name = pathway.role(entry.role).name
            wrong = [role.name for role in pathway.roles if role.id not in present]
            out.append(_ask(
                rng, "who", fill(Words.tr("At %1, who does this: %2"), _q(step.title), isolated(entry.does)),
                name, wrong, fill(Words.tr("At %1, the %2 does this."), _q(step.title), isolated(name)), step.id,
            ))
    return _keep(out)


def _duty_questions(pathway: Pathway, steps: Sequence[Step], role_id: str, rng: random.Random) -> list[Question]:
    """A role's module asks what that role does at each of its steps: asked "who does this",
    its every answer was the module's own role. The wrong answers are what others do, or what
    this role does at other steps (never a duty it also has at this one)."""
    name = pathway.role(role_id).name
    out: list[Question | None] = []
    for step in steps:
        mine = {entry.does.casefold() for entry in step.care_team if entry.role == role_id}
        wrong = [entry.does for other in pathway.steps for entry in other.care_team
                 if entry.does.casefold() not in mine and not _placeholder(entry.does)]
        for entry in step.care_team:
            if entry.role != role_id:
                continue
            out.append(_ask(
                rng, "who", fill(Words.tr("At %1, what does the %2 do?"), _q(step.title), isolated(name)),
                entry.does, wrong, fill(Words.tr("At %1, the %2: %3"), _q(step.title), isolated(name), isolated(entry.does)),
                step.id,
            ))
    return _keep(out)


def _placeholder(text: str) -> bool:
    """Whether ``text`` holds a {placeholder} the app fills in where it shows it (a clinic's
    choice, the temperature): raw in a quiz, "{local:driving}" was offered as an answer."""
    return _PLACEHOLDER.search(text) is not None


def _next_questions(pathway: Pathway, graph: PathwayGraph, steps: Sequence[Step], rng: random.Random) -> list[Question]:
    out: list[Question | None] = []
    for step in steps:
        main = [t for t in graph.outgoing(step.id) if t.kind is TransitionKind.main]
        if len(main) != 1:
            continue
        following = {t.to for t in graph.outgoing(step.id)}
        right = pathway.step(main[0].to).title
        wrong = [s.title for s in pathway.steps if s.id not in following and s.id != step.id]
        out.append(_ask(
            rng, "next", fill(Words.tr("In the usual journey, what comes after %1?"), _q(step.title)),
            right, wrong, fill(Words.tr("After %1 the journey goes on to %2."), _q(step.title), _q(right)), step.id,
        ))
    return _keep(out)


def _branch_questions(pathway: Pathway, graph: PathwayGraph, steps: Sequence[Step], rng: random.Random) -> list[Question]:
    out: list[Question | None] = []
    for step in steps:
        leaving = graph.outgoing(step.id)
        for transition in leaving:
            if transition.kind is TransitionKind.main or not transition.label:
                continue
            right = pathway.step(transition.to).title
            # Any step this one leads to could be right for some condition: never offer those.
            wrong = [s.title for s in pathway.steps if s.id not in {t.to for t in leaving} | {step.id}]
            out.append(_ask(
                rng, "branch", fill(Words.tr("During %1: %2. Where does the journey go?"), _q(step.title), _q(transition.label)),
                right, wrong,
                fill(Words.tr("The way marked %1 leads from %2 to %3."), _q(transition.label), _q(step.title), _q(right)),
                step.id,
            ))
    return _keep(out)


def _timing_questions(pathway: Pathway, steps: Sequence[Step], rng: random.Random) -> list[Question]:
    timings = {step.id: step.timing.describe() for step in pathway.steps if step.timing is not None}
    out: list[Question | None] = []
    for step in steps:
        if step.id not in timings:
            continue
        right = timings[step.id]
        wrong = [text for sid, text in timings.items() if sid != step.id]
        out.append(_ask(
            rng, "timing", fill(Words.tr("When does %1 happen, counted from day 0?"), _q(step.title)),
            right, wrong, fill(Words.tr("%1 is timed %2."), _q(step.title), right), step.id,
        ))
    return _keep(out)


def _urgent_questions(pathway: Pathway, rng: random.Random) -> list[Question]:
    signs = [sign_text(sign, language=pathway.language) for sign in pathway.urgent_signs]
    if not signs:
        return []
    urgent = {sign.casefold() for sign in signs}
    # Plausible but not urgent: what patients are told to expect. Anything that also names
    # an urgent sign's words is left out, so no wrong answer is secretly right.
    expected = [text for step in pathway.steps for text in step.what_to_expect
                if text.casefold() not in urgent and not _mentions_any(text, signs) and not _placeholder(text)]
    out: list[Question | None] = []
    for sign in signs:
        out.append(_ask(
            rng, "urgent", Words.tr("Which of these means the patient should call at once, day or night?"),
            sign, expected, fill(Words.tr("%1 is one of the signs to call about at once, day or night."), _q(sign)), None,
        ))
    return _keep(out)


def _mentions_any(text: str, signs: Sequence[str]) -> bool:
    words = _long_words(text)
    return any(words & _long_words(sign) for sign in signs)


def _long_words(text: str) -> set[str]:
    # Short words ("pain", "call", "your") are too common to say two lines name the same thing.
    return {w for w in text.casefold().split() if len(w) > 4}


def _glossary_questions(glossary: Glossary | None, steps: Sequence[Step], rng: random.Random) -> list[Question]:
    if glossary is None:
        return []
    met = {term.term for step in steps for text in step.all_text() for _, _, term in glossary.find_terms(text)}
    out: list[Question | None] = []
    for term in glossary.terms:
        if term.term not in met:
            continue
        # Wrong answers from words this module uses too: a word from another disease's glossary
        # would give the answer away.
        wrong = [other.definition for other in glossary.terms if other.term != term.term and other.term in met]
        out.append(_ask(
            rng, "glossary", fill(Words.tr("What does %1 mean?"), _q(term.term)),
            term.definition, wrong, f"{_q(term.term)}: {isolated(term.definition)}", None,
        ))
    return _keep(out)
