"""What a step says, section by section, for a given audience.

The details panel, presentation mode and the handout all show a step through this one
function, so patient wording hides clinical detail everywhere at once and the section
order and headings never drift between views. Plain text only: each view escapes it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..schema import Pathway, Setting, Step

SETTING_WORDS = {
    Setting.outpatient: "Outpatient clinic: you go home the same day",
    Setting.inpatient: "Hospital ward: you stay in hospital",
    Setting.laboratory: "Laboratory: you do not need to be there",
    Setting.home: "At home",
    Setting.near_centre: "Near the treatment centre: you stay close by",
}


@dataclass(frozen=True)
class Section:
    key: str  # stable id: summary, clinical, timing, visits, together, often, end, setting, team, expect, prepare, questions, warnings, urgent, sources
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
    choices: Mapping[str, str] | None = None,
    printed: bool = False,
    temperature_unit: str = "C",
) -> list[Section]:
    """The step's sections. ``choices`` are the clinic's answers to the pathway's
    ``local_choices`` (unset ones read "your team will tell you ..."; with ``printed`` they
    also get a labelled line to write on); ``temperature_unit`` is "C", "F" or "both"."""
    from .patient_words import duration_words, resolve_local, sign_text, step_settings, timing_clinical, timing_words

    def local(text: str) -> str:
        return resolve_local(text, pathway, choices, printed=printed)

    clinician = audience == "clinician"
    out = [Section("summary", "What happens", [local(step.patient_summary)])]
    if clinician:
        out.append(Section("clinical", "Clinical details (for staff)", [local(step.clinical_details)]))
    from .journey_words import END_WORDS, repeat_words, together_words, visit_dates, visit_dates_words, visit_days_words
    from .journey_words import OPEN_ENDED, frequency_words

    if step.duration is None:
        timing = [f"How long: {OPEN_ENDED}."]
    else:
        timing = [f"Usually {duration_words(step.duration, audience)}."]
    if step.timing is not None:
        if clinician:
            timing.append(f"Typical timing: {timing_clinical(step.timing, pathway)}.")
        else:
            timing.append(timing_words(step.timing, pathway))
    if dates is not None:
        window = step.timing is not None and step.timing.window and dates[0] != dates[1]
        if window:
            timing.append(f"Your planned dates: sometime between {format_date(dates[0])} and {format_date(dates[1])}.")
        else:
            timing.append(f"Your planned dates: {format_dates(dates)}.")
    out.append(Section("timing", "How long and when", timing))
    repeats = repeat_words(step, pathway, audience)
    if repeats is not None:
        if dates is not None:
            visits = visit_dates_words(visit_dates(step, dates[0]))
            out.append(Section("visits", "Your visit dates", [repeats], items=visits))
        else:
            out.append(Section("visits", "Visits", [repeats], items=visit_days_words(step, pathway)))
    together = together_words(pathway, step)
    if together:
        out.append(Section("together", "At the same time", items=together))
    often = frequency_words(pathway, step)
    if often:
        out.append(Section("often", "How often", items=often))
    if step.end:
        out.append(Section("end", "The end of this path", [END_WORDS]))
    settings = step_settings(pathway, step, choices)
    if settings is None:
        assert step.setting_choice is not None
        where = [local("{local:" + step.setting_choice + "}")]
    else:
        where = [SETTING_WORDS[s] for s in settings]
    out.append(Section("setting", "Where", items=where))
    team = [f"{pathway.role(e.role).name}: {local(e.does)}" for e in step.care_team]
    chosen = next((f"{pathway.role(e.role).name}: {local(e.does)}" for e in step.care_team if e.role == role), None)
    out.append(Section("team", "Who is there and what they do", items=team, highlight=chosen))
    for key, heading, items in (
        ("expect", "What to expect", step.what_to_expect),
        ("prepare", "How to prepare and what to bring", step.how_to_prepare),
        ("questions", "Questions you may want to ask", step.questions),
        ("warnings", "Watch for these and tell your team", step.warning_signs),
    ):
        if items:
            out.append(Section(key, heading, items=[local(item) for item in items]))
    if step.show_urgent_signs and pathway.urgent_signs:
        urgent = [
            sign_text(sign, temperature_unit) + (": call emergency services" if sign.call.value == "emergency" else "")
            for sign in pathway.urgent_signs
        ]
        out.append(Section("urgent", "Call your team at once, day or night", items=urgent))
    if include_sources:
        out.append(Section("sources", "Sources", items=[pathway.source(s).citation for s in step.sources]))
    return out
