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
from .i18n import QT_TRANSLATE_NOOP, Words, fill, format_date_pattern

SETTING_WORDS = {
    Setting.outpatient: QT_TRANSLATE_NOOP("Words", "Outpatient clinic: you go home the same day"),
    Setting.inpatient: QT_TRANSLATE_NOOP("Words", "Hospital ward: you stay in hospital"),
    Setting.laboratory: QT_TRANSLATE_NOOP("Words", "Laboratory: you do not need to be there"),
    Setting.home: QT_TRANSLATE_NOOP("Words", "At home"),
    Setting.near_centre: QT_TRANSLATE_NOOP("Words", "Near the treatment centre: you stay close by"),
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
    # The pattern is Qt's (QLocale), translatable: German writes "Mo., 3. März 2026".
    return format_date_pattern(day, Words.tr("ddd d MMM yyyy", "date format: weekday, day, month, year"))


def format_dates(dates: tuple[dt.date, dt.date]) -> str:
    start, end = dates
    return format_date(start) if start == end else fill(Words.tr("%1 to %2"), format_date(start), format_date(end))


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
    from .patient_words import duration_words, resolve_local, sign_text, step_settings, step_date_words, timing_clinical, timing_words

    def local(text: str) -> str:
        return resolve_local(text, pathway, choices, printed=printed)

    clinician = audience == "clinician"
    out = [Section("summary", Words.tr("What happens"), [local(step.patient_summary)])]
    if clinician:
        out.append(Section("clinical", Words.tr("Clinical details (for staff)"), [local(step.clinical_details)]))
    from .journey_words import END_WORDS, repeat_words, together_words, visit_dates, visit_dates_words, visit_days_words
    from .journey_words import OPEN_ENDED, frequency_words

    if step.duration is None:
        timing = [fill(Words.tr("How long: %1."), Words.tr(OPEN_ENDED))]
    else:
        timing = [fill(Words.tr("Usually %1."), duration_words(step.duration, audience))]
    if step.timing is not None:
        if clinician:
            timing.append(fill(Words.tr("Typical timing: %1."), timing_clinical(step.timing, pathway)))
        else:
            timing.append(timing_words(step.timing, pathway))
    if dates is not None:
        timing.append(fill(Words.tr("Your planned dates: %1."), step_date_words(step, dates)))
    out.append(Section("timing", Words.tr("How long and when"), timing))
    repeats = repeat_words(step, pathway, audience)
    if repeats is not None:
        if dates is not None:
            visits = visit_dates_words(visit_dates(step, dates[0]))
            out.append(Section("visits", Words.tr("Your visit dates"), [repeats], items=visits))
        else:
            out.append(Section("visits", Words.tr("Visits"), [repeats], items=visit_days_words(step, pathway)))
    together = together_words(pathway, step)
    if together:
        out.append(Section("together", Words.tr("At the same time"), items=together))
    often = frequency_words(pathway, step)
    if often:
        out.append(Section("often", Words.tr("How often"), items=often))
    if step.end:
        out.append(Section("end", Words.tr("The end of this path"), [Words.tr(END_WORDS)]))
    settings = step_settings(pathway, step, choices)
    if settings is None:
        assert step.setting_choice is not None
        where = [local("{local:" + step.setting_choice + "}")]
    else:
        where = [Words.tr(SETTING_WORDS[s]) for s in settings]
    out.append(Section("setting", Words.tr("Where"), items=where))
    team = [f"{pathway.role(e.role).name}: {local(e.does)}" for e in step.care_team]
    chosen = next((f"{pathway.role(e.role).name}: {local(e.does)}" for e in step.care_team if e.role == role), None)
    out.append(Section("team", Words.tr("Who is there and what they do"), items=team, highlight=chosen))
    for key, heading, items in (
        ("expect", Words.tr("What to expect"), step.what_to_expect),
        ("prepare", Words.tr("How to prepare and what to bring"), step.how_to_prepare),
        ("questions", Words.tr("Questions you may want to ask"), step.questions),
        ("warnings", Words.tr("Watch for these and tell your team"), step.warning_signs),
    ):
        if items:
            out.append(Section(key, heading, items=[local(item) for item in items]))
    if step.show_urgent_signs and pathway.urgent_signs:
        urgent = [
            fill(Words.tr("%1: call emergency services"), sign_text(sign, temperature_unit, pathway.language))
            if sign.call.value == "emergency"
            else sign_text(sign, temperature_unit, pathway.language)
            for sign in pathway.urgent_signs
        ]
        out.append(Section("urgent", Words.tr("Call your team at once, day or night"), items=urgent))
    if include_sources:
        out.append(Section("sources", Words.tr("Sources"), items=[pathway.source(s).citation for s in step.sources]))
    return out
