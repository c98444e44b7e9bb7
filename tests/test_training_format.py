"""The training section's own rules (the answer is one of the choices, events in day order)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from models.training import Scenario, TrainingQuestion

QUESTION = {"id": "q1", "question": "Who checks the bag?", "choices": ["Pharmacist", "Porter"],
            "answer": "Pharmacist", "explanation": "The pharmacist checks it belongs to you."}


def test_the_answer_is_named_by_its_text() -> None:
    assert TrainingQuestion(**QUESTION).answer_index == 0
    assert TrainingQuestion(**{**QUESTION, "choices": ["Porter", "Pharmacist"]}).answer_index == 1


@pytest.mark.parametrize(
    ("change", "message"),
    [({"answer": "Doctor"}, "the answer 'Doctor' is not one of the choices"),
     ({"choices": ["Pharmacist", "Pharmacist"]}, "two choices have the same text"),
     ({"choices": ["Pharmacist"]}, "at least 2 items")],
)
def test_a_broken_question_is_refused_in_words(change: dict, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        TrainingQuestion(**{**QUESTION, **change})


def test_scenario_events_must_be_in_day_order() -> None:
    event = {k: v for k, v in QUESTION.items() if k != "id"}
    good = {"id": "s", "title": "Fever", "events": [{**event, "day": 2, "finding": "38.6 °C"},
                                                     {**event, "day": 5, "finding": "confused"}]}
    assert [e.day for e in Scenario(**good).events] == [2, 5]
    with pytest.raises(ValidationError, match="not in day order"):
        Scenario(**{**good, "events": list(reversed(good["events"]))})
