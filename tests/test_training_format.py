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


def test_training_in_a_pathway_file_is_checked_with_located_problems(tmp_path) -> None:
    from pathlib import Path

    from models import PathwayError, load_pathway

    text = (Path(__file__).parent / "data" / "knee_surgery.yaml").read_text(encoding="utf-8")
    training = """training:
  questions:
    - id: who-cuts
      question: Who does the operation?
      choices: [Orthopaedic surgeon, Physiotherapist]
      answer: Orthopaedic surgeon
      explanation: The surgeon replaces the joint.
      step: operations
      roles: [surgeon]
    - id: who-cuts
      question: Who gets you walking?
      choices: [Orthopaedic surgeon, Physiotherapist]
      answer: Physio
      explanation: The physiotherapist does.
  scenarios:
    - id: wound
      title: A red wound in week 3
      roles: [nurse]
      events:
        - day: 20
          finding: The wound is red and warm.
          question: Where does the journey go?
          choices: [Wound check, Exercises at home]
          answer: Wound check
          explanation: A red wound is checked.
          step: wound-problem
"""
    path = tmp_path / "knee.yaml"
    path.write_text(text + training, encoding="utf-8")
    with pytest.raises(PathwayError) as caught:
        load_pathway(path)
    base = text.count("\n")
    got = {(p.line - base, p.path, p.message) for p in caught.value.problems}
    assert got == {
        (8, "training.questions[0].step", "unknown step 'operations'; did you mean 'operation'?"),
        (10, "training.questions[1].id", "duplicate question id 'who-cuts'"),
        (10, "training.questions[1]", "the answer 'Physio' is not one of the choices"),
        (18, "training.scenarios[0].roles[0]", "unknown role 'nurse'; known roles: anaesthetist, gp, physio, surgeon"),
    }
    fixed = training.replace("step: operations", "step: operation").replace("answer: Physio", "answer: Physiotherapist")
    fixed = fixed.replace("id: who-cuts\n      question: Who gets", "id: who-walks\n      question: Who gets")
    path.write_text(text + fixed.replace("roles: [nurse]", "roles: [physio]"), encoding="utf-8")
    pathway = load_pathway(path)
    assert pathway.training is not None
    assert [q.answer_index for q in pathway.training.questions] == [0, 1]
    assert pathway.training.scenarios[0].events[0].step == "wound-problem"


def test_the_bundled_pathway_teaches_every_main_step_and_ships_scenarios() -> None:
    from models import bundled_pathway, load_pathway
    from models.graph import PathwayGraph

    pathway = load_pathway(bundled_pathway())
    for step_id in PathwayGraph(pathway).main_path:
        step = pathway.step(step_id)
        assert step.presenter_notes and step.teach_back, step_id
    assert pathway.training is not None
    assert len(pathway.training.scenarios) >= 3
    assert all(event.step for scenario in pathway.training.scenarios for event in scenario.events)
