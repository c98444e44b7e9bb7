"""Quiz results: score, pass mark, what to revisit, and the CSV record for the trainer."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from models import load_pathway
from models.quiz import Question
from models.quiz_results import QuizResult, RecordHeader, content_hash, result_csv

KNEE = load_pathway(Path(__file__).parent / "data" / "knee_surgery.yaml")


def question(n: int, step: str | None) -> Question:
    return Question("next", f"Question {n}?", ("right", "wrong a", "wrong b"), 0, "because", step)


FIVE = tuple(question(n, step) for n, step in enumerate(["ward", "rehab", "ward", None, "operation"], start=1))


@pytest.mark.parametrize(
    ("given", "correct", "passed"),
    [((0, 0, 0, 0, 0), 5, True), ((0, 0, 0, 0, 1), 4, True), ((0, 0, 0, 1, 1), 3, False), ((None,) * 5, 0, False)],
)
def test_score_and_pass_against_the_default_80_percent(given: tuple, correct: int, passed: bool) -> None:
    result = QuizResult(FIVE, given)
    assert (result.correct, result.total, result.passed) == (correct, 5, passed)


def test_the_pass_mark_is_a_setting() -> None:
    assert QuizResult(FIVE, (0, 0, 0, 1, 1), pass_mark=0.6).passed
    with pytest.raises(ValueError):
        QuizResult(FIVE, (0,) * 5, pass_mark=1.5)
    with pytest.raises(ValueError):
        QuizResult(FIVE, (0,) * 4)


def test_steps_to_revisit_are_the_missed_ones_once_in_order() -> None:
    result = QuizResult(FIVE, (1, 0, 2, 1, 1))
    assert [q.prompt for q in result.missed] == ["Question 1?", "Question 3?", "Question 4?", "Question 5?"]
    assert result.steps_to_revisit() == ["ward", "operation"]


def test_csv_names_the_pathway_module_and_every_answer() -> None:
    header = RecordHeader.of(KNEE, "Physiotherapist", dt.date(2026, 12, 1))
    text = result_csv(QuizResult(FIVE, (0, 1, 0, None, 0)), header, trainee="  Sam Lee ")
    rows = list(csv.reader(io.StringIO(text)))
    meta = dict(row for row in rows[:9])
    assert meta == {
        "pathway": "knee-replacement", "version": "1.0", "content hash": content_hash(KNEE),
        "date": "2026-12-01", "module": "Physiotherapist", "trainee": "Sam Lee",
        "score": "3/5", "pass mark": "80%", "passed": "no",
    }
    assert rows[10] == ["number", "question", "right answer", "given answer", "correct", "step"]
    assert rows[12] == ["2", "Question 2?", "right", "wrong a", "no", "rehab"]
    assert rows[14] == ["4", "Question 4?", "right", "", "no", ""]


def test_content_hash_follows_the_content_not_the_object() -> None:
    again = load_pathway(Path(__file__).parent / "data" / "knee_surgery.yaml")
    assert content_hash(again) == content_hash(KNEE)
    assert len(content_hash(KNEE)) == 16
    changed = KNEE.model_copy(update={"version": "1.1"})
    assert content_hash(changed) != content_hash(KNEE)


def test_the_pass_mark_may_be_all_but_not_nothing() -> None:
    assert QuizResult(FIVE, (0, 0, 0, 0, 0), pass_mark=1).passed
    assert not QuizResult(FIVE, (0, 0, 0, 0, 1), pass_mark=1).passed
    with pytest.raises(ValueError, match=r"^the pass mark is a fraction above 0 and at most 1$"):
        QuizResult(FIVE, (0,) * 5, pass_mark=0)
    with pytest.raises(ValueError, match=r"^one answer \(or None\) is needed per question$"):
        QuizResult(FIVE, (0,) * 6)


@pytest.mark.parametrize(
    ("given", "score"), [((0, 0, 0, 0, 0), 1.0), ((0, 0, 0, 1, 1), 0.6), ((0, 1, 1, 1, 1), 0.2), ((None,) * 5, 0.0)]
)
def test_the_score_is_the_share_right(given: tuple, score: float) -> None:
    assert QuizResult(FIVE, given).score == pytest.approx(score, abs=1e-12)


def test_an_empty_quiz_scores_nothing_and_does_not_pass_but_one_right_answer_does() -> None:
    empty = QuizResult((), ())
    assert (empty.score, empty.passed, empty.total) == (0.0, False, 0)
    one = QuizResult((question(1, "ward"),), (0,))
    assert (one.score, one.passed) == (1.0, True)


def test_a_result_and_its_record_cannot_be_changed_afterwards() -> None:
    import dataclasses

    result = QuizResult(FIVE, (0, 0, 0, 0, 0))
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.pass_mark = 0.1  # type: ignore[misc]
    header = RecordHeader.of(KNEE, "Whole pathway", dt.date(2026, 12, 1))
    with pytest.raises(dataclasses.FrozenInstanceError):
        header.module = "Nurse"  # type: ignore[misc]


def test_csv_of_a_pass_without_a_name_says_yes_and_leaves_the_trainee_empty() -> None:
    header = RecordHeader.of(KNEE, "Whole pathway", dt.date(2026, 12, 1))
    rows = list(csv.reader(io.StringIO(result_csv(QuizResult(FIVE, (0, 0, 0, 0, 1)), header))))
    meta = dict(row for row in rows[:9])
    assert (meta["trainee"], meta["score"], meta["passed"]) == ("", "4/5", "yes")
    assert rows[11] == ["1", "Question 1?", "right", "right", "yes", "ward"]
    assert rows[15] == ["5", "Question 5?", "right", "wrong a", "no", "operation"]
