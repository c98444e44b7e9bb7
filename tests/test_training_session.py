"""Training without a screen: what a session asks, grading cases, and the printable quiz."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from training_data import KNEE, knee_with_training

from models import load_pathway
from pathway_viewer.core.i18n import available_languages
from models.grading import crs_grade, icans_grade
from models.training_session import (
    authored_questions,
    grading_case,
    scenario_questions,
    scenarios,
    session_questions,
)
from pathway_viewer.cli.commands import main


def test_authored_questions_follow_the_module(tmp_path: Path) -> None:
    pathway = load_pathway(knee_with_training(tmp_path))
    assert [q.prompt for q in authored_questions(pathway, "physio")] == ["Who teaches the exercises to do at home?"]
    assert authored_questions(pathway, "surgeon") == []
    assert [s.id for s in scenarios(pathway, "surgeon")] == ["red-wound"]  # names no role: for everyone
    assert authored_questions(load_pathway(KNEE)) == []


def test_a_scenario_s_day_is_in_the_interface_language(qapp, tmp_path: Path) -> None:
    from pathway_viewer.core.i18n import apply_language

    (scenario,) = scenarios(load_pathway(knee_with_training(tmp_path)))
    apply_language(qapp, "de")
    try:
        first, _ = scenario_questions(scenario, seed=3)
    finally:
        apply_language(qapp, "en")
    assert first.prompt.startswith("Tag 10: The wound is red")


def test_scenario_events_become_questions_in_day_order(tmp_path: Path) -> None:
    (scenario,) = scenarios(load_pathway(knee_with_training(tmp_path)))
    first, second = scenario_questions(scenario, seed=3)
    assert first.prompt == "Day 10: The wound is red and leaks a little.\nWhere does the journey go?"
    assert (first.right_answer, first.step_id, first.kind) == ("Wound check", "wound-problem", "scenario")
    assert sorted(first.choices) == ["Exercises at home", "Wound check"]
    assert second.right_answer == "Exercises at home"
    assert scenario_questions(scenario, seed=3) == [first, second]  # the same seed, the same order


def test_a_session_mixes_authored_and_generated_and_repeats_by_seed(tmp_path: Path) -> None:
    pathway = load_pathway(knee_with_training(tmp_path))
    quiz = session_questions(pathway, count=6, seed=2, role_id="physio")
    assert len(quiz) == 6
    assert Counter(q.kind for q in quiz)["authored"] == 1
    assert quiz == session_questions(pathway, count=6, seed=2, role_id="physio")
    assert quiz != session_questions(pathway, count=6, seed=3, role_id="physio")
    assert all(q.choices[q.answer] == q.right_answer for q in quiz)


def test_grading_cases_reach_every_grade_and_agree_with_the_rules() -> None:
    rng = random.Random(0)
    cases = [grading_case(rng) for _ in range(3000)]
    for kind in ("CRS", "ICANS"):
        assert {c.finding.grade for c in cases if c.kind == kind} == {0, 1, 2, 3, 4}
    ice = [c for c in cases if c.kind == "ICE"]
    assert set(range(1, 11)) <= {c.finding.grade for c in ice} <= set(range(11))  # 0 is rare by chance
    assert {c.answer for c in ice} == {0, 1, 2, 3, 4}  # the right score is not always in the middle
    for case in ice:
        assert case.choices[case.answer] == str(case.finding.grade)
        assert [int(c) for c in case.choices] == list(range(int(case.choices[0]), int(case.choices[0]) + 5))
    # Read back from the words on screen, a case grades as the rules say.
    crs = next(c for c in cases if c.kind == "CRS" and c.findings[1] == "Low blood pressure: needing one vasopressor"
               and c.findings[2] == "Oxygen need: none" and c.findings[0].startswith("Temperature: 3"))
    assert crs.finding.grade == crs_grade(fever=True, hypotension="one_vasopressor", hypoxia="none") == 3
    assert crs.explanation == "Grade 3. The deciding finding: low blood pressure: needing one vasopressor."
    drowsy = next(c for c in cases if c.kind == "ICANS" and c.findings[0] == "ICE score: 10 of 10"
                  and c.findings[1] == "Level of consciousness: drowsy, but wakes by itself"
                  and c.findings[2:] == ("Seizure: none", "Deep focal motor weakness: none",
                                         "Raised pressure in the brain: none"))
    assert drowsy.finding.grade == icans_grade(ice=10, consciousness="spontaneous") == 1


def pdf_text(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_printable_quiz_with_answer_key_on_its_own_pages(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "quiz.pdf"
    path = knee_with_training(tmp_path)
    assert main(["quiz", str(path), "-n", "4", "--seed", "3", "--role", "physio", "-o", str(out), "--answers"]) == 0
    assert capsys.readouterr().out.startswith(f"Wrote {out} (4 questions, ")
    pages = pdf_text(out)
    questions = session_questions(load_pathway(path), count=4, seed=3, role_id="physio")
    first = pages[0]
    assert "Quiz: Planned knee replacement" in first and "Module: Physiotherapist" in first and "Seed: 3" in first
    for number, q in enumerate(questions, start=1):
        assert f"{number}. {' '.join(q.prompt.split())}" in " ".join(pages)
    key_pages = [i for i, text in enumerate(pages) if "Answer key" in text]
    assert key_pages and "Tick one box" not in pages[key_pages[0]]
    assert key_pages[0] > 0
    # The key's first line names the letter and the right answer of question 1.
    letter = "ABCD"[questions[0].answer]
    assert f"1. {letter} {questions[0].right_answer}" in pages[key_pages[0]]

    plain = tmp_path / "plain.pdf"
    assert main(["quiz", str(path), "-n", "4", "--seed", "3", "--role", "physio", "-o", str(plain)]) == 0
    assert not any("Answer key" in text for text in pdf_text(plain))


def test_quiz_options_that_cannot_work_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "quiz.pdf"
    assert main(["quiz", str(KNEE), "-n", "3", "--role", "nurse", "-o", str(out)]) == 2
    assert "unknown role 'nurse'; this pathway's roles are: surgeon, anaesthetist, physio, gp" in capsys.readouterr().err
    assert main(["quiz", str(KNEE), "-n", "0", "-o", str(out)]) == 2
    assert not out.exists()
    capsys.readouterr()
    # --lang is the interface language, as for the handout (a German quiz in German:
    # test_content_language); one the app does not speak is refused, nothing written.
    with pytest.raises(SystemExit) as refused:
        main(["quiz", str(KNEE), "-n", "2", "--lang", "pl", "-o", str(out)])
    assert refused.value.code == 2
    shipped = ", ".join(available_languages())
    assert f"'pl' is not an interface language here; choose one of: system, {shipped}" in capsys.readouterr().err
    assert not out.exists()
