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

from .glossary_terms import Term
from .training import Training

Id = Annotated[
    str,
    StringConstraints(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"),
]
Text = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
ShortText = Annotated[str, StringConstraints(min_length=1, max_length=200)]
# A BCP 47 tag as people write them: "en", "de-CH", "zh-Hans", "ar".
LANGUAGE_PATTERN = r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"
COLOR_PATTERN = r"^#[0-9A-Fa-f]{6}$"
LanguageTag = Annotated[str, StringConstraints(pattern=LANGUAGE_PATTERN)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class TimeUnit(str, Enum):
    minutes = "minutes"
    hours = "hours"
    days = "days"
    weeks = "weeks"
    months = "months"
    years = "years"
    # Counted, not timed: chemotherapy in cycles, physiotherapy in sessions.
    cycles = "cycles"
    sessions = "sessions"


COUNT_UNITS = frozenset({TimeUnit.cycles, TimeUnit.sessions})


class RepeatUnit(str, Enum):
    days = "days"
    weeks = "weeks"
    months = "months"
    years = "years"


class Frequency(str, Enum):
    """How often a path is taken, in words only: no file has to invent a percentage."""

    common = "common"
    uncommon = "uncommon"
    rare = "rare"


class Setting(str, Enum):
    outpatient = "outpatient"
    inpatient = "inpatient"
    laboratory = "laboratory"
    home = "home"
    near_centre = "near_centre"


class CallWhom(str, Enum):
    """Whom a patient calls for an urgent sign."""

    team = "team"
    emergency = "emergency"


class TransitionKind(str, Enum):
    main = "main"
    alternative = "alternative"
    loop_back = "loop_back"
    # "At the same time as": bridging therapy while cells are made is not another way.
    parallel = "parallel"


class Duration(_Model):
    """How long a step typically takes, as a range of time or a count of cycles or sessions."""

    min: float = Field(ge=0, description="Shortest typical duration")
    max: float = Field(ge=0, description="Longest typical duration")
    unit: TimeUnit
    estimate: bool = Field(
        default=False,
        description="True when no source gives this duration: clinicians see it marked, patients read 'about'",
    )
    every_days: int | None = Field(
        default=None,
        ge=1,
        le=3650,
        description="With unit cycles or sessions: days from the start of one to the start of the next",
    )

    @model_validator(mode="after")
    def _ordered(self) -> Duration:
        if self.max < self.min:
            raise ValueError(f"max ({self.max:g}) is smaller than min ({self.min:g})")
        if self.every_days is not None and self.unit not in COUNT_UNITS:
            raise ValueError("every_days goes with unit cycles or sessions; a time in days needs no every_days")
        if self.unit in COUNT_UNITS and (self.min != int(self.min) or self.max != int(self.max)):
            raise ValueError(f"{self.unit.value} are counted in whole numbers, not {self.min:g} to {self.max:g}")
        return self

    def describe(self) -> str:
        unit = self.unit.value
        if self.min == self.max:
            if self.min == 1:
                unit = unit.rstrip("s")
            text = f"{self.min:g} {unit}" if self.unit in COUNT_UNITS else f"about {self.min:g} {unit}"
        else:
            text = f"{self.min:g} to {self.max:g} {unit}"
        if self.every_days is not None:
            from .wording.journey_words import every_words

            text += f", {every_words(self.every_days)}"
        return text


# Long-term follow-up of gene-modified cells lasts up to 15 years (about 5479 days); the
# limit leaves room for life-long follow-up while keeping dates inside the calendar.
MAX_DAY = 36_500
# A repeating visit makes at most this many visits: yearly for life is ~100, monthly for
# 15 years 180; more is a typo (every: 1, unit: days) that would flood the timeline.
MAX_VISITS = 400
_UNIT_DAYS = {RepeatUnit.days: 1.0, RepeatUnit.weeks: 7.0, RepeatUnit.months: 30.4375, RepeatUnit.years: 365.25}


class RepeatRule(_Model):
    """Visits every ``every`` ``unit`` up to ``until_day``; ``then`` carries on from the last one."""

    every: int = Field(ge=1, le=1200)
    unit: RepeatUnit
    until_day: int = Field(ge=-MAX_DAY, le=MAX_DAY, description="No visit after this day (counted from day 0)")
    then: RepeatRule | None = Field(default=None, description="The next rhythm, e.g. yearly after the first year")

    def interval_days(self) -> float:
        return self.every * _UNIT_DAYS[self.unit]


class Repeats(_Model):
    """Repeating visits: the first is on ``timing.start``; then a rhythm, or the days listed."""

    every: int | None = Field(default=None, ge=1, le=1200, description="Every this many units")
    unit: RepeatUnit | None = None
    until_day: int | None = Field(default=None, ge=-MAX_DAY, le=MAX_DAY, description="No visit after this day")
    then: RepeatRule | None = Field(default=None, description="The next rhythm, e.g. yearly after the first year")
    days: list[Annotated[int, Field(ge=-MAX_DAY, le=MAX_DAY)]] = Field(
        default_factory=list, description="Or the visit days themselves, counted from day 0"
    )

    @model_validator(mode="after")
    def _one_way(self) -> Repeats:
        rhythm = (self.every, self.unit, self.until_day)
        if self.days:
            if any(v is not None for v in rhythm) or self.then is not None:
                raise ValueError("give either days: [...] or every/unit/until_day, not both")
            if sorted(set(self.days)) != list(self.days):
                raise ValueError("days should go up, each day once")
            if len(self.days) > MAX_VISITS:
                raise ValueError(f"{len(self.days)} visit days; at most {MAX_VISITS}")
        elif None in rhythm:
            raise ValueError("give every, unit and until_day (e.g. every: 3, unit: months, until_day: 365), or days: [...]")
        return self

    def rules(self) -> list[RepeatRule]:
        if self.every is None or self.unit is None or self.until_day is None:
            return []
        rules = [RepeatRule(every=self.every, unit=self.unit, until_day=self.until_day)]
        then = self.then
        while then is not None:
            rules.append(then)
            then = then.then
        return rules

    def visit_days(self, first: int) -> list[int]:
        """Every visit day, the first on ``first`` (the step's timing.start). A month counts
        as 30.44 days and a year as 365.25, so the timeline and the dates agree."""
        if self.days:
            return list(self.days)
        visits = [first]
        for rule in self.rules():
            base, k = visits[-1], 1
            while len(visits) <= MAX_VISITS:
                day = base + round(k * rule.interval_days())
                if day > rule.until_day:
                    break
                visits.append(day)
                k += 1
        return visits


class DayRange(_Model):
    """Timing relative to day 0 (the pathway's ``day_zero``): days -5 to -3 is ``start: -5, end: -3``."""

    start: int = Field(ge=-MAX_DAY, le=MAX_DAY)
    end: int = Field(ge=-MAX_DAY, le=MAX_DAY)
    window: bool = Field(
        default=False,
        description="True when the step happens on some day(s) inside this range (its own length is the "
        "duration), not across the whole range",
    )
    estimate: bool = Field(default=False, description="True when no source gives this timing")

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
    color: Annotated[str, StringConstraints(pattern=COLOR_PATTERN)] | None = Field(
        default=None, description="Card colour as #RRGGBB; a default palette is used if omitted"
    )


class CareTeamEntry(_Model):
    role: Id = Field(description="A role id from the pathway's roles")
    does: Text = Field(description="What this role does in this step")


class Step(_Model):
    id: Id
    title: ShortText
    phase: Id | None = Field(default=None, description="A phase id from the pathway's phases; none: a neutral card")
    patient_summary: Text = Field(description="Plain-language summary for patients")
    clinical_details: Text = Field(description="Clinical details for staff")
    duration: Duration | None = Field(default=None, description="How long the step takes; none: as long as needed")
    timing: DayRange | None = Field(default=None, description="Days relative to day 0 (see day_zero)")
    repeats: Repeats | None = Field(
        default=None, description="Repeating visits from timing.start, e.g. every 3 months, then yearly"
    )
    end: bool = Field(default=False, description="The journey ends here on this path (e.g. 'standard care continues')")
    setting: list[Setting] = Field(min_length=1, description="Where it happens")
    care_team: list[CareTeamEntry] = Field(min_length=1)
    what_to_expect: list[Text] = Field(default_factory=list)
    how_to_prepare: list[Text] = Field(default_factory=list, description="How to prepare, what to bring")
    questions: list[Text] = Field(default_factory=list, description="Questions patients often ask")
    warning_signs: list[Text] = Field(default_factory=list)
    sources: list[Id] = Field(min_length=1, description="Source ids")
    show_urgent_signs: bool = Field(
        default=False, description="Show the pathway's urgent_signs (call at once) with this step"
    )
    setting_choice: Id | None = Field(
        default=None,
        description="A local_choices id: the clinic's chosen option decides where this step happens, "
        "instead of listing every setting",
    )
    presenter_notes: Text | None = Field(
        default=None, description="For whoever presents this step: what to stress, what people often ask"
    )
    teach_back: list[Text] = Field(
        default_factory=list, description="Questions that check the listener understood, in their own words"
    )

    @model_validator(mode="after")
    def _repeats_need_a_first_day(self) -> Step:
        if self.repeats is not None and not self.repeats.days and self.timing is None:
            raise ValueError("repeats needs a timing: the first visit is on timing.start")
        if self.repeats is not None and len(self.visit_days()) > MAX_VISITS:
            raise ValueError(
                f"these repeats make more than {MAX_VISITS} visits; check every and unit (every: 1, unit: days?)"
            )
        return self

    def visit_days(self) -> list[int]:
        """The days of a repeating step's visits; empty for a step that does not repeat."""
        if self.repeats is None:
            return []
        return self.repeats.visit_days(self.timing.start if self.timing is not None else 0)

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
        default=None, description="The condition, e.g. 'not eligible'; required unless kind is main or parallel"
    )
    frequency: Frequency | None = Field(
        default=None, description="How often this path is taken (common, uncommon, rare), shown in words"
    )

    @model_validator(mode="after")
    def _label_for_branches(self) -> Transition:
        if self.kind not in (TransitionKind.main, TransitionKind.parallel) and not self.label:
            raise ValueError(f"a transition of kind '{self.kind.value}' needs a label saying when it happens")
        if self.frequency is not None and self.kind not in (TransitionKind.alternative, TransitionKind.loop_back):
            raise ValueError("frequency says how often a path is taken: give it only on kind alternative or loop_back")
        return self


class UrgentSign(_Model):
    """A sign that means: call at once. Patient words; ``{temperature}`` marks where a threshold goes."""

    id: Id | None = None
    text: Text = Field(description="Patient words, e.g. 'A temperature of {temperature} or higher'")
    call: CallWhom = Field(default=CallWhom.team, description="team: call your team at once; emergency: call emergency services")
    temperature_c: float | None = Field(
        default=None, ge=30, le=45, description="A temperature threshold in °C, shown as °C or °F where the text says {temperature}"
    )

    @model_validator(mode="after")
    def _placeholder(self) -> UrgentSign:
        has = "{temperature}" in self.text
        if self.temperature_c is not None and not has:
            raise ValueError("a sign with temperature_c needs '{temperature}' in its text, where the number goes")
        if self.temperature_c is None and has:
            raise ValueError("the text says {temperature} but the sign has no temperature_c")
        return self


class ChoiceOption(_Model):
    id: Id
    label: ShortText = Field(description="What the clinic picks in its settings")
    text: Text = Field(description="Patient words put where the step text says {local:<choice id>}")
    setting: list[Setting] = Field(
        default_factory=list, description="Where a step with this setting_choice happens under this option"
    )


class LocalChoice(_Model):
    """Something centres do differently: the clinic picks an option (or types its own words)."""

    id: Id
    question: ShortText = Field(description="The question shown to the clinic in its settings")
    options: list[ChoiceOption] = Field(default_factory=list, description="Empty: the clinic types its own words")
    unset_text: Text = Field(
        description="Patient words shown while the clinic has not chosen, e.g. 'Your team will tell you ...'"
    )
    write_in: ShortText | None = Field(
        default=None, description="Label of the line printed to write on while the clinic has not chosen"
    )


class Reviewer(_Model):
    name: ShortText
    role: ShortText


class Review(_Model):
    reviewed_on: dt.date
    reviewed_by: list[Reviewer] = Field(min_length=1)
    next_review: dt.date
    evidence_current_to: dt.date = Field(description="The literature was searched up to this date")

    @model_validator(mode="after")
    def _ordered(self) -> Review:
        if self.next_review <= self.reviewed_on:
            raise ValueError("next_review should be after reviewed_on")
        if self.evidence_current_to > self.reviewed_on:
            raise ValueError("evidence_current_to should not be after reviewed_on")
        return self


class Change(_Model):
    version: ShortText
    date: dt.date
    summary: Text


class DayZero(_Model):
    label: ShortText = Field(description="Day 0 for staff, e.g. 'the operation'")
    patient_label: ShortText = Field(description="Day 0 in patient words, e.g. 'the day of your operation'")


class BookedDay(_Model):
    """A second day booked ahead, before day 0 (e.g. the cell collection): which steps it moves."""

    label: ShortText = Field(description="What is booked, e.g. 'cell collection': shown as 'Planned cell collection'")
    steps: list[Id] = Field(
        min_length=1,
        description="Steps (with a timing) that happen on the booked day; a step that usually starts on "
        "the same day as one of them starts on the booked day too",
    )


class Pathway(_Model):
    # JSON Schema readers learn the rule _review_date enforces: one of the two dates is needed.
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        str_strip_whitespace=True,
        json_schema_extra={"anyOf": [{"required": ["last_reviewed"]}, {"required": ["review"]}]},
    )

    id: Id
    title: ShortText
    condition: ShortText
    version: ShortText
    language: LanguageTag = Field(
        default="en",
        description="The language the pathway is written in (BCP 47, e.g. 'en', 'de', 'ar'): "
        "it decides hyphenation, text direction and fonts",
    )
    last_reviewed: dt.date | None = Field(
        default=None,
        description="Date of the last clinical review; may be left out when review.reviewed_on is given "
        "(then it is taken from there); if both are given they must be the same date",
    )
    review: Review | None = None
    changes: list[Change] = Field(default_factory=list, description="What changed in each content version")
    disclaimer: Text
    day_zero: DayZero | None = Field(default=None, description="What day 0 is, in staff and patient words")
    booked_day: BookedDay | None = Field(
        default=None, description="A day booked ahead apart from day 0 (e.g. cell collection); none if omitted"
    )
    urgent_signs: list[UrgentSign] = Field(default_factory=list, description="Call at once: signs and whom to call")
    local_choices: list[LocalChoice] = Field(default_factory=list, description="What each clinic decides")
    sources: list[Source] = Field(min_length=1)
    roles: list[Role] = Field(min_length=1)
    phases: list[Phase] = Field(default_factory=list, description="Parts of the journey; none: neutral cards")
    steps: list[Step] = Field(min_length=1)
    transitions: list[Transition] = Field(default_factory=list)
    training: Training | None = Field(default=None, description="Authored quiz questions and scenarios")
    glossary: list[Term] = Field(
        default_factory=list,
        description="This pathway's own words in plain language (the disease, the treatment); they are "
        "added to the app's shared general medical glossary and replace a shared word of the same name",
    )

    @model_validator(mode="after")
    def _review_date(self) -> Pathway:
        if self.last_reviewed is None:
            if self.review is None:
                raise ValueError("give last_reviewed (YYYY-MM-DD) or a review block with reviewed_on")
            # Frozen model: set once, here, so every reader can keep using pathway.last_reviewed.
            object.__setattr__(self, "last_reviewed", self.review.reviewed_on)
        return self

    def local_choice(self, choice_id: str) -> LocalChoice:
        return self._local_choices[choice_id]

    def step(self, step_id: str) -> Step:
        return self._steps[step_id]

    def role(self, role_id: str) -> Role:
        return self._roles[role_id]

    def phase(self, phase_id: str) -> Phase:
        return self._phases[phase_id]

    def phase_of(self, step: Step) -> Phase | None:
        """The step's part of the journey; None for a step (or pathway) without phases."""
        return None if step.phase is None else self._phases[step.phase]

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

    @cached_property
    def _local_choices(self) -> dict[str, LocalChoice]:
        return {c.id: c for c in self.local_choices}
