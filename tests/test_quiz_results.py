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
