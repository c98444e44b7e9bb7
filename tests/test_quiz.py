"""Quiz generation, checked on a pathway that has nothing to do with cell therapy (so no
question can lean on the bundled content) and on the bundled one. Right answers are read
off the YAML by hand and written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import bundled_pathway, load_pathway
from models.glossary import load_glossary
from models.quiz import generate_quiz, module_steps

DATA = Path(__file__).parent / "data"
KNEE = load_pathway(DATA / "knee_surgery.yaml")


def by_prompt(questions: list) -> dict:
    return {q.prompt: q for q in questions}


def test_every_question_has_its_right_answer_once_among_distinct_choices() -> None:
    quiz = generate_quiz(KNEE, count=50, seed=3)
    assert quiz
    for q in quiz:
        assert len(set(q.choices)) == len(q.choices) >= 2
        assert q.choices.count(q.right_answer) == 1
        assert q.right_answer == q.choices[q.answer]


def test_questions_come_from_the_pathway_with_the_answers_it_gives() -> None:
    quiz = by_prompt(generate_quiz(KNEE, count=100, seed=1))
    who = quiz["At “The operation”, who does this: Replaces the knee joint."]
    assert who.right_answer == "Orthopaedic surgeon"
    # The anaesthetist is also at the operation, so it must never be offered as wrong.
    assert "Anaesthetist" not in who.choices
    nxt = quiz["In the usual journey, what comes after “The operation”?"]
    assert nxt.right_answer == "First days on the ward"
    assert nxt.step_id == "operation"
    branch = quiz[
        "During “Pre-operative assessment”: “another health problem needs treating first”. Where does the journey go?"
    ]
    assert branch.right_answer == "Other treatment first"
    # The main way on from the same step is right for another condition: never a wrong answer.
    assert "The operation" not in branch.choices
    timing = quiz["When does “First days on the ward” happen, counted from day 0?"]
    assert timing.right_answer == "day +1 to day +3"
    assert set(timing.choices) <= {"day -21 to day -14", "day 0", "day +1 to day +3", "day +4 to day +84"}


def test_the_same_seed_gives_the_same_quiz_and_another_seed_another_order() -> None:
    first = generate_quiz(KNEE, count=8, seed=42)
    assert first == generate_quiz(KNEE, count=8, seed=42)
    assert [q.prompt for q in first] != [q.prompt for q in generate_quiz(KNEE, count=8, seed=43)]


def test_a_short_quiz_mixes_the_kinds_of_question() -> None:
    kinds = {q.kind for q in generate_quiz(KNEE, count=4, seed=0)}
    assert kinds == {"who", "next", "branch", "timing"}


def test_a_role_module_asks_only_about_the_steps_that_role_takes_part_in() -> None:
    assert [s.id for s in module_steps(KNEE, "physio")] == ["ward", "rehab"]
    quiz = generate_quiz(KNEE, count=20, seed=0, role_id="physio")
    assert quiz
    assert {q.step_id for q in quiz} <= {"ward", "rehab"}
    with pytest.raises(KeyError):
        module_steps(KNEE, "no-such-role")


def test_count_is_respected_and_a_zero_count_refused() -> None:
    assert len(generate_quiz(KNEE, count=3, seed=0)) == 3
    with pytest.raises(ValueError):
        generate_quiz(KNEE, count=0)


def test_glossary_questions_ask_only_words_the_module_uses() -> None:
    glossary = load_glossary(DATA / "glossary_small.yaml")
    pathway = load_pathway(DATA / "small.yaml")
    quiz = [q for q in generate_quiz(pathway, count=100, seed=0, glossary=glossary) if q.kind == "glossary"]
    asked = {q.prompt for q in quiz}
    assert "What does “infusion” mean?" in asked
    infusion = next(q for q in quiz if q.prompt == "What does “infusion” mean?")
    assert infusion.right_answer == "Giving a liquid into a vein through a drip."


def test_the_bundled_pathway_gives_a_full_quiz() -> None:
    pathway = load_pathway(bundled_pathway())
    quiz = generate_quiz(pathway, count=20, seed=7, glossary=load_glossary())
    assert len(quiz) == 20
    assert len({(q.prompt, q.right_answer) for q in quiz}) == 20
    assert {q.kind for q in quiz} == {"who", "next", "branch", "timing", "urgent", "glossary"}


def test_urgent_sign_questions_offer_only_signs_from_the_file_as_right(tmp_path: Path) -> None:
    text = (DATA / "knee_surgery.yaml").read_text(encoding="utf-8")
    text = text.replace("sources:\n  - id: guide-1", "urgent_signs:\n  - text: A temperature of {temperature} or higher\n"
                        "    temperature_c: 38.0\n  - text: Chest pain\n    call: emergency\n"
                        "sources:\n  - id: guide-1", 1)
    path = tmp_path / "knee.yaml"
    path.write_text(text, encoding="utf-8")
    quiz = [q for q in generate_quiz(load_pathway(path), count=100, seed=0) if q.kind == "urgent"]
    assert sorted(q.right_answer for q in quiz) == ["A temperature of 38.0 °C or higher", "Chest pain"]
    for q in quiz:
        # Wrong answers are things patients are told to expect, never another urgent sign.
        assert set(q.choices) - {q.right_answer} <= {
            "You will have a blood test.", "You will wake up with a bandage on your knee.",
            "Your knee will be sore and swollen.", "Walking gets easier week by week."}
