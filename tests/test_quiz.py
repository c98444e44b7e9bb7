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


# --- Pinned behaviour: each test below states one rule a trainer relies on -------------

BUNDLED = load_pathway(bundled_pathway())


def test_a_printed_quiz_is_the_same_paper_in_every_version() -> None:
    """A trainer who hands out seed 5 today and reprints it next month gets the same paper:
    the questions, their order, the order of the choices and the right one (written out by
    hand from a run and checked against the knee pathway's YAML)."""
    quiz = generate_quiz(KNEE, count=6, seed=5)
    assert [(q.kind, q.prompt, q.choices, q.answer) for q in quiz] == [
        ("timing", "When does “The operation” happen, counted from day 0?",
         ("day -21 to day -14", "day +4 to day +84", "day 0", "day +1 to day +3"), 2),
        ("who", "At “The operation”, who does this: Gives the anaesthetic and watches you closely.",
         ("Family doctor", "Anaesthetist", "Physiotherapist"), 1),
        ("next", "In the usual journey, what comes after “Pre-operative assessment”?",
         ("The operation", "First days on the ward", "Exercises at home", "Wound check"), 0),
        ("branch", "During “Wound check”: “the wound has healed”. Where does the journey go?",
         ("Pre-operative assessment", "Other treatment first", "Exercises at home", "First days on the ward"), 2),
        ("next", "In the usual journey, what comes after “First days on the ward”?",
         ("The operation", "Wound check", "Pre-operative assessment", "Exercises at home"), 3),
        ("who", "At “Pre-operative assessment”, who does this: Checks your heart and lungs are ready for the anaesthetic.",
         ("Anaesthetist", "Physiotherapist", "Family doctor"), 0),
    ]
    assert generate_quiz(KNEE, count=6) == generate_quiz(KNEE, count=6, seed=0)  # seed 0 unless told


def test_a_role_module_is_seeded_apart_from_the_whole_pathway_quiz() -> None:
    # The seed mixes in the module, so "seed 1" for physios is not the whole quiz filtered.
    whole = [q.prompt for q in generate_quiz(KNEE, count=30, seed=1)]
    physio = [q.prompt for q in generate_quiz(KNEE, count=30, seed=1, role_id="physio")]
    assert [p for p in whole if p in physio] != physio


def test_a_one_question_quiz_has_one_question_and_the_refusal_says_why() -> None:
    assert len(generate_quiz(KNEE, count=1, seed=0)) == 1
    with pytest.raises(ValueError, match="^a quiz needs at least one question$"):
        generate_quiz(KNEE, count=0)


def test_questions_offer_the_right_answer_and_three_wrong_ones_when_the_pathway_has_enough() -> None:
    quiz = generate_quiz(BUNDLED, count=60, seed=11)
    big = [q for q in quiz if q.kind in {"next", "branch", "who"}]
    assert big
    assert {len(q.choices) for q in big} == {4}


def test_the_right_answer_is_not_always_in_the_same_place() -> None:
    answers = {q.answer for q in generate_quiz(BUNDLED, count=40, seed=2)}
    assert answers == {0, 1, 2, 3}


def test_questions_are_values_a_results_sheet_can_keep() -> None:
    question = generate_quiz(KNEE, count=1, seed=0)[0]
    assert {question: "kept"}[question] == "kept"
    with pytest.raises(AttributeError):
        question.answer = 0  # type: ignore[misc]


def test_a_role_module_asks_what_that_role_does_and_never_gives_the_answer_away() -> None:
    # Asked "who does this" in a physio's module, every answer was "Physiotherapist".
    who = {q.prompt: q for q in generate_quiz(KNEE, count=50, seed=0, role_id="physio") if q.kind == "who"}
    assert {prompt: q.right_answer for prompt, q in who.items()} == {
        "At “Exercises at home”, what does the Physiotherapist do?": "Shows you exercises and checks your progress.",
        "At “First days on the ward”, what does the Physiotherapist do?": "Gets you walking with a frame.",
    }
    ward = who["At “First days on the ward”, what does the Physiotherapist do?"]
    assert len(ward.choices) == 4 and "Shows you exercises and checks your progress." in ward.choices  # its other duty, wrong here
    gp = {q.prompt for q in generate_quiz(KNEE, count=50, seed=0, role_id="gp") if q.kind == "who"}
    # At rehab the family doctor comes after the physio in the care team: asked all the same.
    assert gp == {"At “Exercises at home”, what does the Family doctor do?",
                  "At “Other treatment first”, what does the Family doctor do?"}


def test_no_answer_offered_is_a_placeholder_the_app_would_fill_in() -> None:
    # "{local:driving}" (a clinic's choice) was offered as a wrong answer in the bundled quiz.
    for role in [None, *(r.id for r in BUNDLED.roles)]:
        for question in generate_quiz(BUNDLED, count=500, seed=3, role_id=role):
            assert not any("{" in choice for choice in question.choices), (role, question)


def test_branch_questions_are_asked_of_every_labelled_other_way_and_nothing_else() -> None:
    prompts = {q.prompt for q in generate_quiz(KNEE, count=100, seed=0) if q.kind == "branch"}
    # The four labelled alternative and loop-back transitions of knee_surgery.yaml; the main
    # ones (no label) are "what comes next" questions instead.
    assert prompts == {
        "During “Pre-operative assessment”: “another health problem needs treating first”. Where does the journey go?",
        "During “Other treatment first”: “the problem is under control”. Where does the journey go?",
        "During “Exercises at home”: “the wound becomes red or leaks”. Where does the journey go?",
        "During “Wound check”: “the wound has healed”. Where does the journey go?",
    }


def test_next_questions_never_offer_the_step_itself_or_another_way_out_of_it() -> None:
    titles = {step.id: step.title for step in BUNDLED.steps}
    graph_out: dict[str, set[str]] = {}
    for transition in BUNDLED.transitions:
        graph_out.setdefault(transition.from_, set()).add(transition.to)
    seen_any = False
    for seed in range(12):
        for q in generate_quiz(BUNDLED, count=80, seed=seed):
            if q.kind != "next" or q.step_id is None:
                continue
            seen_any = True
            forbidden = {titles[q.step_id]} | {titles[t] for t in graph_out[q.step_id]} - {q.right_answer}
            assert not forbidden & set(q.choices), (q.prompt, forbidden & set(q.choices))
    assert seen_any


def _knee_with(tmp_path: Path, old: str, new: str) -> Path:
    text = (DATA / "knee_surgery.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "knee.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_a_wrong_answer_that_reads_the_same_as_the_right_one_is_never_offered(tmp_path: Path) -> None:
    # Two steps with the same timing: the other one's timing is not a wrong answer.
    path = _knee_with(tmp_path, "duration: {min: 1, max: 14, unit: days}\n    setting: [outpatient]",
                      "duration: {min: 1, max: 14, unit: days}\n    timing: {start: 4, end: 84}\n    setting: [outpatient]")
    knee = load_pathway(path)
    same = [s for s in knee.steps if s.timing is not None]
    timings = [s.timing.describe() for s in same]
    assert len(set(timings)) < len(timings), "the knee pathway has two steps with one timing"
    for q in generate_quiz(knee, count=100, seed=4):
        assert len({c.casefold() for c in q.choices}) == len(q.choices), q


def test_urgent_questions_never_offer_as_wrong_what_shares_a_word_with_a_sign(tmp_path: Path) -> None:
    path = _knee_with(tmp_path, "sources:\n  - id: guide-1", "urgent_signs:\n"
                      "  - text: A temperature of {temperature} or higher\n    temperature_c: 38.0\n"
                      "  - text: Chest pain\n    call: emergency\nsources:\n  - id: guide-1")
    text = path.read_text(encoding="utf-8").replace(
        "what_to_expect: [Your knee will be sore and swollen.]",
        "what_to_expect: [Your knee will be sore and swollen., Your chest may feel tight after the anaesthetic.,"
        " Some pain is normal for a few weeks., Your temperature is taken every morning.]")
    path.write_text(text, encoding="utf-8")
    offered: set[str] = set()
    prompts = set()
    for seed in range(10):
        for q in generate_quiz(load_pathway(path), count=100, seed=seed):
            if q.kind == "urgent":
                offered |= set(q.choices) - {q.right_answer}
                prompts.add(q.prompt)
    assert prompts == {"Which of these means the patient should call at once, day or night?"}
    # "chest" and "temperature" are words of the signs (five letters or more): those lines
    # are left out. "pain" is a short word, too common to count as naming the sign.
    assert offered == {"You will have a blood test.", "You will wake up with a bandage on your knee.",
                       "Your knee will be sore and swollen.", "Some pain is normal for a few weeks.",
                       "Walking gets easier week by week."}


def test_glossary_wrong_answers_are_definitions_of_other_words_the_module_uses() -> None:
    glossary = load_glossary(DATA / "glossary_small.yaml")
    pathway = load_pathway(DATA / "small.yaml")
    quiz = [q for q in generate_quiz(pathway, count=100, seed=0, glossary=glossary) if q.kind == "glossary"]
    asked = {q.prompt.removeprefix("What does “").removesuffix("” mean?") for q in quiz}
    defined = {term.term: term.definition for term in glossary.terms}
    used = set(asked)
    for q in quiz:
        term = q.prompt.removeprefix("What does “").removesuffix("” mean?")
        assert set(q.choices) - {q.right_answer} <= {defined[t] for t in used - {term}}
    assert "remission" not in asked  # the small pathway never uses it
    assert defined["remission"] not in {c for q in quiz for c in q.choices}


def test_a_labelled_main_way_is_asked_as_what_comes_next_not_as_a_branch(tmp_path: Path) -> None:
    path = _knee_with(tmp_path, "  - {from: operation, to: ward}", "  - {from: operation, to: ward, label: all went well}")
    quiz = generate_quiz(load_pathway(path), count=100, seed=0)
    assert {q.prompt for q in quiz if q.kind == "branch"} == {
        "During “Pre-operative assessment”: “another health problem needs treating first”. Where does the journey go?",
        "During “Other treatment first”: “the problem is under control”. Where does the journey go?",
        "During “Exercises at home”: “the wound becomes red or leaks”. Where does the journey go?",
        "During “Wound check”: “the wound has healed”. Where does the journey go?",
    }
    assert "In the usual journey, what comes after “The operation”?" in {q.prompt for q in quiz if q.kind == "next"}
