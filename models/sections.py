"""What a step says, section by section, for a given audience.

The details panel, presentation mode and the handout all show a step through this one
function, so patient wording hides clinical detail everywhere at once and the section
order and headings never drift between views. Plain text only: each view escapes it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .schema import Pathway, Setting, Step

SETTING_WORDS = {
    Setting.outpatient: "Outpatient clinic: you go home the same day",
    Setting.inpatient: "Hospital ward: you stay in hospital",
    Setting.laboratory: "Laboratory: you do not need to be there",
    Setting.home: "At home",
}


@dataclass(frozen=True)
class Section:
    key: str  # stable id: summary, clinical, timing, setting, team, expect, prepare, questions, warnings, sources
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    highlight: str | None = None  # an item the reader asked about (the chosen role's line)


def format_date(day: dt.date) -> str:
    """'Mon 3 Mar 2026': weekday first, month as a word, so no one confuses 3/4 and 4/3."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def format_dates(dates: tuple[dt.date, dt.date]) -> str:
    start, end = dates
    return format_date(start) if start == end else f"{format_date(start)} to {format_date(end)}"


def step_sections(
    pathway: Pathway,
    step: Step,
    *,
    audience: str = "patient",
    dates: tuple[dt.date, dt.date] | None = None,
    role: str | None = None,
    include_sources: bool = True,
) -> list[Section]:
    clinician = audience == "clinician"
    out = [Section("summary", "What happens", [step.patient_summary])]
    if clinician:
        out.append(Section("clinical", "Clinical details (for staff)", [step.clinical_details]))
    timing = [f"Usually {step.duration.describe()}."]
    if step.timing is not None:
        timing.append(f"Typical timing: {step.timing.describe()} (day 0 is the infusion day).")
    if dates is not None:
        timing.append(f"Your planned dates: {format_dates(dates)}.")
    out.append(Section("timing", "How long and when", timing))
    out.append(Section("setting", "Where", items=[SETTING_WORDS[s] for s in step.setting]))
    team = [f"{pathway.role(e.role).name}: {e.does}" for e in step.care_team]
    chosen = next((f"{pathway.role(e.role).name}: {e.does}" for e in step.care_team if e.role == role), None)
    out.append(Section("team", "Who is there and what they do", items=team, highlight=chosen))
    for key, heading, items in (
        ("expect", "What to expect", step.what_to_expect),
        ("prepare", "How to prepare and what to bring", step.how_to_prepare),
        ("questions", "Questions you may want to ask", step.questions),
        ("warnings", "Watch for these and tell your team", step.warning_signs),
    ):
        if items:
            out.append(Section(key, heading, items=list(items)))
    if include_sources:
        out.append(Section("sources", "Sources", items=[pathway.source(s).citation for s in step.sources]))
    return out
