"""The pathway file format, defined once as pydantic models.

Every model forbids unknown fields so a misspelt key ("warnings_signs") is reported
instead of silently dropped. The JSON Schema printed by ``pathway-viewer schema`` is
generated from these classes, so the format has a single definition.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from functools import cached_property
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"),
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class TimeUnit(str, Enum):
    minutes = "minutes"
    hours = "hours"
    days = "days"
    weeks = "weeks"
    months = "months"
    years = "years"


class Setting(str, Enum):
    outpatient = "outpatient"
    inpatient = "inpatient"
    laboratory = "laboratory"
    home = "home"


class TransitionKind(str, Enum):
    main = "main"
    alternative = "alternative"
    loop_back = "loop_back"


class Duration(_Model):
    """How long a step typically takes, as a range."""

    min: float = Field(ge=0, description="Shortest typical duration")
    max: float = Field(ge=0, description="Longest typical duration")
    unit: TimeUnit

    @model_validator(mode="after")
    def _ordered(self) -> Duration:
        if self.max < self.min:
            raise ValueError(f"max ({self.max:g}) is smaller than min ({self.min:g})")
        return self

    def describe(self) -> str:
        unit = self.unit.value
        if self.min == self.max:
            if self.min == 1:
                unit = unit.rstrip("s")
            return f"about {self.min:g} {unit}"
        return f"{self.min:g} to {self.max:g} {unit}"


class DayRange(_Model):
    """Timing relative to infusion day (day 0): days -5 to -3 is ``start: -5, end: -3``."""

    start: int = Field(ge=-3650, le=3650)
    end: int = Field(ge=-3650, le=3650)

    @model_validator(mode="after")
    def _ordered(self) -> DayRange:
        if self.end < self.start:
            raise ValueError(f"end (day {self.end}) is before start (day {self.start})")
        return self

    def describe(self) -> str:
        def day(n: int) -> str:
            return "day 0" if n == 0 else f"day {n:+d}"

        if self.start == self.end:
            return day(self.start)
        return f"{day(self.start)} to {day(self.end)}"


class Source(_Model):
    id: Id
    citation: Text
    url: ShortText | None = Field(default=None, description="DOI or web address, shown as text only")


class Role(_Model):
    id: Id
    name: ShortText
    description: Text = Field(description="What this role is, in plain words")


class Phase(_Model):
    id: Id
    title: ShortText
    description: Text | None = None
    color: Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")] | None = Field(
        default=None, description="Card colour as #RRGGBB; a default palette is used if omitted"
    )


class CareTeamEntry(_Model):
    role: Id = Field(description="A role id from the pathway's roles")
    does: Text = Field(description="What this role does in this step")


class Step(_Model):
    id: Id
    title: ShortText
    phase: Id = Field(description="A phase id from the pathway's phases")
    patient_summary: Text = Field(description="Plain-language summary for patients")
    clinical_details: Text = Field(description="Clinical details for staff")
    duration: Duration
    timing: DayRange | None = Field(default=None, description="Days relative to infusion (day 0)")
    setting: list[Setting] = Field(min_length=1, description="Where it happens")
    care_team: list[CareTeamEntry] = Field(min_length=1)
    what_to_expect: list[Text] = Field(default_factory=list)
    how_to_prepare: list[Text] = Field(default_factory=list, description="How to prepare, what to bring")
    questions: list[Text] = Field(default_factory=list, description="Questions patients often ask")
    warning_signs: list[Text] = Field(default_factory=list)
    sources: list[Id] = Field(min_length=1, description="Source ids")

    def all_text(self) -> list[str]:
        """Every human-readable string of the step, for search."""
        texts = [self.title, self.patient_summary, self.clinical_details]
        texts += [entry.does for entry in self.care_team]
        texts += self.what_to_expect + self.how_to_prepare + self.questions + self.warning_signs
        return texts


class Transition(_Model):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, str_strip_whitespace=True)

    from_: Id = Field(alias="from")
    to: Id
    kind: TransitionKind = TransitionKind.main
    label: ShortText | None = Field(
        default=None, description="The condition, e.g. 'not eligible'; required unless kind is main"
    )

    @model_validator(mode="after")
    def _label_for_branches(self) -> Transition:
        if self.kind is not TransitionKind.main and not self.label:
            raise ValueError(f"a transition of kind '{self.kind.value}' needs a label saying when it happens")
        return self


class Pathway(_Model):
    id: Id
    title: ShortText
    condition: ShortText
    version: ShortText
    last_reviewed: dt.date
    disclaimer: Text
    sources: list[Source] = Field(min_length=1)
    roles: list[Role] = Field(min_length=1)
    phases: list[Phase] = Field(min_length=1)
    steps: list[Step] = Field(min_length=1)
    transitions: list[Transition] = Field(default_factory=list)

    def step(self, step_id: str) -> Step:
        return self._steps[step_id]

    def role(self, role_id: str) -> Role:
        return self._roles[role_id]

    def phase(self, phase_id: str) -> Phase:
        return self._phases[phase_id]

    def source(self, source_id: str) -> Source:
        return self._sources[source_id]

    # The model is frozen, so lookup tables can be built once per instance.
    @cached_property
    def _steps(self) -> dict[str, Step]:
        return {s.id: s for s in self.steps}

    @cached_property
    def _roles(self) -> dict[str, Role]:
        return {r.id: r for r in self.roles}

    @cached_property
    def _phases(self) -> dict[str, Phase]:
        return {p.id: p for p in self.phases}

    @cached_property
    def _sources(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}
