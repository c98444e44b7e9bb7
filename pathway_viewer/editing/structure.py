"""Adding and deleting steps and arrows: each one undo step (a macro of item edits).

A new step starts as a copy of the selected step's where, who and sources (so it is
valid at once) with words that say what to write; the author then fills it in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.placeholders import NEW_BRANCH_LABEL, NEW_TEXT, NEW_TITLE
from models.wording.i18n import fill

from typing import Any

from .commands import MISSING
from .session import EditSession



def _new_id(session: EditSession) -> str:
    taken = {str(s.get("id")) for s in session.yaml.get(("steps",))}
    number = 1
    while f"new_step_{number}" in taken:
        number += 1
    return f"new_step_{number}"


def _borrowed(session: EditSession, source: Any, key: str) -> list[Any]:
    """What the new step takes from the selected step (``source``), or, where that is empty or
    broken while being edited (its sources cleared), from the first step that has it; a
    care team gives its first person's role."""
    steps = [source, *session.yaml.get(("steps",))]
    for step in steps:
        values = step.get(key) if hasattr(step, "get") else None
        if not isinstance(values, list) or not values:
            continue
        if key == "care_team":
            roles = [member.get("role") for member in values if hasattr(member, "get") and member.get("role")]
            if roles:
                return roles
            continue
        return values
    return []  # none anywhere: the new step lists the problem, it does not crash


def _transitions(session: EditSession) -> list[Any]:
    return list(session.value(("transitions",), []) or [])


def add_step(session: EditSession, after_id: str, *, branch: bool) -> str:
    """A new step after ``after_id``: in the main line (it takes over the arrows that left
    ``after_id``) or, with ``branch``, as an alternative path from it. Returns its id."""
    index = session.step_index(after_id)
    if index is None:
        raise ValueError(f"no step {after_id!r}")
    source = session.yaml.get(("steps", index))
    new_id = _new_id(session)
    step = {
        "id": new_id, "title": NEW_TITLE,
        "patient_summary": NEW_TEXT, "clinical_details": NEW_TEXT,
        "duration": {"min": 1, "max": 1, "unit": "days", "estimate": True},
        "setting": [str(s) for s in _borrowed(session, source, "setting")],
        "care_team": [{"role": str(role), "does": NEW_TEXT} for role in _borrowed(session, source, "care_team")[:1]],
        "sources": [str(s) for s in _borrowed(session, source, "sources")[:1]],
    }
    if source.get("phase") is not None:  # a pathway may have no phases (then neither has the new step)
        step = {"id": new_id, "title": NEW_TITLE, "phase": str(source["phase"])} | step
    stack = session.stack
    if branch:
        template = QCoreApplication.translate("EditingStructure", "add a branch after '%1'")
    else:
        template = QCoreApplication.translate("EditingStructure", "add a step after '%1'")
    stack.beginMacro(fill(template, session.step_title(index)))
    session.insert_item(("steps",), index + 1, step, QCoreApplication.translate("EditingStructure", "add step"))
    end = session.value(("steps", index, "end"))
    if end is not None:
        # A step with a way on is no longer where the journey ends ("remove end: true" was
        # listed, with no box in the form to do it); a step added after it on the journey's
        # line is where it ends now.
        session.set_field(("steps", index, "end"), MISSING, merge=False)
        if not branch:
            session.set_field(("steps", index + 1, "end"), end, merge=False)
    if session.value(("transitions",)) is None:
        session.set_field(("transitions",), [], merge=False)
    if not branch:
        for number, arrow in enumerate(_transitions(session)):
            if arrow.get("from") == after_id and arrow.get("kind", "main") == "main":
                session.set_field(("transitions", number, "from"), new_id, merge=False)
    arrow = {"from": after_id, "to": new_id}
    if branch:
        arrow |= {"kind": "alternative", "label": NEW_BRANCH_LABEL}
    session.insert_item(("transitions",), len(_transitions(session)), arrow, QCoreApplication.translate("EditingStructure", "add arrow"))
    stack.endMacro()
    return new_id


def delete_step(session: EditSession, step_id: str) -> None:
    """Remove the step and every arrow to or from it; the steps it led to are joined to the
    steps that led to it by the main line, so the journey does not fall apart."""
    index = session.step_index(step_id)
    if index is None:
        return
    arrows = _transitions(session)
    before = [str(a["from"]) for a in arrows if a.get("to") == step_id and a.get("kind", "main") == "main"]
    after = [str(a["to"]) for a in arrows if a.get("from") == step_id and a.get("kind", "main") == "main"]
    existing = {(str(a.get("from")), str(a.get("to"))) for a in arrows}
    stack = session.stack
    stack.beginMacro(fill(QCoreApplication.translate("EditingStructure", "delete step '%1'"), session.step_title(index)))
    for number in reversed(range(len(arrows))):
        if step_id in (arrows[number].get("from"), arrows[number].get("to")):
            session.remove_item(("transitions", number), QCoreApplication.translate("EditingStructure", "remove arrow"))
    for start in before:
        for end in after:
            if (start, end) not in existing and start != end:
                session.insert_item(("transitions",), len(_transitions(session)), {"from": start, "to": end}, "join")
    session.remove_item(("steps", index), QCoreApplication.translate("EditingStructure", "remove step"))
    _forget_booked_step(session, step_id)
    _forget_training_step(session, step_id)
    stack.endMacro()


def _forget_booked_step(session: EditSession, step_id: str) -> None:
    """The deleted step out of the booked day's steps (the booked day itself goes with its
    last one): left there, it was a problem the form has no box to fix."""
    booked = list(session.value(("booked_day", "steps"), []) or [])
    if step_id not in booked:
        return
    if len(booked) == 1:
        session.set_field(("booked_day",), MISSING, merge=False)
    else:
        session.remove_item(("booked_day", "steps", booked.index(step_id)),
                            QCoreApplication.translate("EditingStructure", "remove step"))


def _forget_training_step(session: EditSession, step_id: str) -> None:
    """The deleted step out of the training questions and scenario events that showed it on
    the map (their ``step`` is optional): left there, the file could not be saved, and the
    problem pointed at training, which the form has no box for."""
    training = session.value(("training",), None)
    if not isinstance(training, dict):
        return
    places: list[tuple[str | int, ...]] = []
    for i, question in enumerate(training.get("questions") or []):
        if isinstance(question, dict) and question.get("step") == step_id:
            places.append(("training", "questions", i, "step"))
    for i, scenario in enumerate(training.get("scenarios") or []):
        for j, event in enumerate((scenario.get("events") or []) if isinstance(scenario, dict) else []):
            if isinstance(event, dict) and event.get("step") == step_id:
                places.append(("training", "scenarios", i, "events", j, "step"))
    for path in places:
        session.set_field(path, MISSING, merge=False)


def add_transition(session: EditSession, from_id: str, to_id: str) -> None:
    index = session.step_index(to_id)
    title = session.step_title(index) if index is not None else to_id
    stack = session.stack
    stack.beginMacro(fill(QCoreApplication.translate("EditingStructure", "add arrow to '%1'"), title))
    if session.value(("transitions",)) is None:
        session.set_field(("transitions",), [], merge=False)
    session.insert_item(("transitions",), len(_transitions(session)), {"from": from_id, "to": to_id},
                        QCoreApplication.translate("EditingStructure", "add arrow"))
    stack.endMacro()


def remove_transition(session: EditSession, number: int) -> None:
    arrow = session.yaml.get(("transitions", number))

    def title(step_id: object) -> str:  # the undo list speaks of steps as the map shows them
        index = session.step_index(str(step_id))
        return f"'{session.step_title(index)}'" if index is not None else str(step_id)

    session.remove_item(("transitions", number), fill(QCoreApplication.translate("EditingStructure", "remove arrow %1 \u2192 %2"), title(arrow.get("from")), title(arrow.get("to"))))


def set_transition_kind(session: EditSession, number: int, kind: str) -> None:
    path = ("transitions", number)
    stack = session.stack
    stack.beginMacro(fill(QCoreApplication.translate("EditingStructure", "change the kind of arrow %1"), number + 1))
    session.set_field((*path, "kind"), kind, merge=False)
    if kind != "main" and not session.value((*path, "label")):
        # Branches and loops must say when they happen; a placeholder keeps the file valid.
        session.set_field((*path, "label"), NEW_BRANCH_LABEL, merge=False)
    if kind not in ("alternative", "loop_back") and session.value((*path, "frequency")) is not None:
        # How often a path is taken belongs to branches and loops only, and the form has no
        # box for it: kept, "At the same time" left a problem nobody could fix there.
        session.set_field((*path, "frequency"), MISSING, merge=False)
    stack.endMacro()
