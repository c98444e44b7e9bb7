"""The optional ``training`` section of a pathway: authored questions and scenarios.

Trainers write multiple-choice questions and scenarios (events on given days, each with a
question) beside the pathway they teach, so the teaching moves with the pathway. The right
answer is written as the text of one of the choices rather than as a number, so an author
who reorders the choices cannot silently make another one right. Checks that need the rest
of the pathway (the step and role ids named here) live in :func:`check_training`, which runs
on the raw data like the other semantic checks, so every problem is reported with its line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from .problems import PathKey

_Id = Annotated[str, StringConstraints(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
_Text = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
_Short = Annotated[str, StringConstraints(min_length=1, max_length=400)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class _Choice(_Model):
    question: _Text
    choices: list[_Short] = Field(min_length=2, max_length=8)
    answer: _Short = Field(description="The right answer: the exact text of one of the choices")
    explanation: _Text = Field(description="Why that answer is right; shown after answering")
    step: _Id | None = Field(default=None, description="The step this is about, shown on the map after answering")

    @model_validator(mode="after")
    def _answer_is_a_choice(self) -> _Choice:
        if len(set(self.choices)) != len(self.choices):
            raise ValueError("two choices have the same text")
        if self.answer not in self.choices:
            raise ValueError(f"the answer {self.answer!r} is not one of the choices")
        return self

    @property
    def answer_index(self) -> int:
        return self.choices.index(self.answer)


class TrainingQuestion(_Choice):
    id: _Id
    roles: list[_Id] = Field(default_factory=list, description="Role modules this question belongs to")


class ScenarioEvent(_Choice):
    day: int = Field(ge=-36500, le=36500, description="The day of the event, counted from day 0")
    finding: _Text = Field(description="What is seen or reported, e.g. 'temperature 38.6 °C, blood pressure normal'")


class Scenario(_Model):
    id: _Id
    title: _Short
    summary: _Text | None = Field(default=None, description="Who the patient is, before the first event")
    roles: list[_Id] = Field(default_factory=list)
    events: list[ScenarioEvent] = Field(min_length=1)

    @model_validator(mode="after")
    def _days_in_order(self) -> Scenario:
        days = [event.day for event in self.events]
        if days != sorted(days):
            raise ValueError("the events are not in day order")
        return self


class Training(_Model):
    questions: list[TrainingQuestion] = Field(default_factory=list)
    scenarios: list[Scenario] = Field(default_factory=list)
    grading_practice: bool = Field(
        default=False,
        description="Offer CRS and ICANS grading practice (ASTCT rules) in train mode: for pathways "
        "whose treatment can cause them (immune effector cell therapies)",
    )


# The pathway's reference checker (``validation._References.check``): one place words the
# "unknown step 'x'; did you mean 'y'?" message.
CheckRef = Callable[[Any, dict[str, int], str, PathKey], None]


def check_training(
    data: Any, steps: dict[str, int], roles: dict[str, int], check: CheckRef, report: Callable[[PathKey, str], None]
) -> None:
    """Unique ids and references to steps and roles inside ``training`` (raw data)."""
    if not isinstance(data, dict):
        return
    for section in ("questions", "scenarios"):
        seen: set[str] = set()
        items = data.get(section)
        for index, item in enumerate(items if isinstance(items, list) else []):
            if not isinstance(item, dict):
                continue
            where: PathKey = ("training", section, index)
            item_id = item.get("id")
            if isinstance(item_id, str):
                if item_id in seen:
                    report((*where, "id"), f"duplicate {section[:-1]} id '{item_id}'")
                seen.add(item_id)
            check(item.get("step"), steps, "step", (*where, "step"))
            roles_named = item.get("roles")
            for j, role in enumerate(roles_named if isinstance(roles_named, list) else []):
                check(role, roles, "role", (*where, "roles", j))
            events = item.get("events")
            for j, event in enumerate(events if isinstance(events, list) else []):
                if isinstance(event, dict):
                    check(event.get("step"), steps, "step", (*where, "events", j, "step"))
