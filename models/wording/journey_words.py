"""Words for the grown format: counted and open-ended durations, repeating visits, steps
at the same time, end steps and how often a path is taken.

Plain text, Qt-free, shared by the details panel, presentation, the handout, the journey
and the timeline, so each says the same thing. Frequencies are words only ("this happens
rarely"): the file says common, uncommon or rare, and no number is ever made up here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..schema import Frequency, Pathway, RepeatRule, RepeatUnit, Step, Transition, TransitionKind

OPEN_ENDED = "as long as needed"
PARALLEL_LABEL = "at the same time"
END_MARK = "End"
END_WORDS = "This path of the journey ends here."

# On the arrow (short) and in sentences. Words a patient knows; never a percentage.
FREQUENCY_SHORT = {Frequency.common: "often", Frequency.uncommon: "sometimes", Frequency.rare: "rarely"}
FREQUENCY_WORDS = {
    Frequency.common: "This happens often.",
    Frequency.uncommon: "This happens sometimes.",
    Frequency.rare: "This happens rarely.",
}

# How many visit dates a step lists before saying "and N more".
LISTED_VISITS = 12


def every_words(days: int) -> str:
    """A rhythm of cycles or sessions: 'every day', 'every 3 weeks', 'every 10 days'."""
    if days == 1:
        return "every day"
    if days % 7 == 0:
        weeks = days // 7
        return "every week" if weeks == 1 else f"every {weeks} weeks"
    return f"every {days} days"


def duration_text(step: Step) -> str:
    """The step's length as a card shows it: '3 to 6 hours', '6 cycles, every 3 weeks', 'as long as needed'."""
    return OPEN_ENDED if step.duration is None else step.duration.describe()


def arrow_label(transition: Transition) -> str | None:
    """What an arrow says: its label, 'at the same time' for a parallel step, plus how often."""
    label = transition.label
    if transition.kind is TransitionKind.parallel:
        # A label on a parallel arrow says when: "at the same time: lupus needs treatment".
        label = f"{PARALLEL_LABEL}: {label}" if label else PARALLEL_LABEL
    if transition.frequency is not None:
        often = FREQUENCY_SHORT[transition.frequency]
        return f"{label} ({often})" if label else often
    return label


def _rhythm(every: int, unit: RepeatUnit) -> str:
    # "every 12 months" reads better as "every year"; "every 1 months" never appears.
    if unit is RepeatUnit.months and every % 12 == 0:
        every, unit = every // 12, RepeatUnit.years
    name = unit.value
    if every == 1:
        return f"every {name.rstrip('s')}"
    return f"every {every} {name}"


def repeat_words(step: Step, pathway: Pathway | None = None, audience: str = "patient") -> str | None:
    """How often the visits of a repeating step come, or None for a step that does not repeat.

    'Visits come every 3 months until about 1 year after X, then every year until about
    15 years after X.'; clinicians read day numbers ('... until day +365, ...').
    """
    from .patient_words import day_words

    repeats = step.repeats
    if repeats is None:
        return None
    if repeats.days:
        listed = ", ".join(f"{d:+d}" for d in repeats.days)
        if len(repeats.days) == 1:
            return "There is 1 visit. " + ("It is listed below." if audience != "clinician" else f"Day: {listed}.")
        count = len(repeats.days)
        return f"There are {count} visits. " + (
            "Each visit is listed below." if audience != "clinician" else f"Days: {listed}."
        )

    def until(day: int) -> str:
        return f"day {day:+d}" if audience == "clinician" else day_words(day, pathway)

    parts = [f"{_rhythm(rule.every, rule.unit)} until {until(rule.until_day)}" for rule in repeats.rules()]
    return "Visits come " + ", then ".join(parts) + "."


def visit_days_words(step: Step, pathway: Pathway | None = None) -> list[str]:
    """Each visit in patient words ('about 3 months after ...'), for a step without dates set."""
    from .patient_words import day_words

    return [day_words(day, pathway).capitalize() for day in step.visit_days()]


def visit_dates(step: Step, first: dt.date) -> list[dt.date]:
    """The calendar dates of a repeating step's visits, the first on ``first`` (its start date)."""
    days = step.visit_days()
    start = step.timing.start if step.timing is not None else 0
    out: list[dt.date] = []
    for day in days:
        try:
            out.append(first + dt.timedelta(days=day - start))
        except OverflowError:
            # Past either end of the calendar no visit can be booked; listed days may lie
            # before the step's start, so a later visit may still fit.
            continue
    return out


def visit_dates_words(dates: Sequence[dt.date]) -> list[str]:
    """Visit dates as list items; a long list ends with 'and N more visits after that'."""
    from .sections import format_date

    shown = [format_date(d) for d in dates[:LISTED_VISITS]]
    rest = len(dates) - LISTED_VISITS
    if rest > 0:
        last = format_date(dates[-1])
        shown.append(f"And {rest} more visit{'s' if rest != 1 else ''} after that, the last on {last}.")
    return shown


def together_words(pathway: Pathway, step: Step) -> list[str]:
    """'This happens at the same time as “X”.' for each parallel arrow into or out of the step."""
    out: list[str] = []
    for t in pathway.transitions:
        if t.kind is not TransitionKind.parallel:
            continue
        other = t.from_ if t.to == step.id else t.to if t.from_ == step.id else None
        if other is not None:
            when = f" ({t.label})" if t.label else ""
            out.append(f"This happens at the same time as \u201c{pathway.step(other).title}\u201d{when}.")
    return out


def frequency_words(pathway: Pathway, step: Step) -> list[str]:
    """How often the paths into and out of the step are taken, in words ('Relapse: this happens rarely.')."""
    out: list[str] = []
    for t in pathway.transitions:
        if t.frequency is None or step.id not in (t.from_, t.to):
            continue
        if t.to == step.id:
            out.append(f"Coming here ({t.label}): {FREQUENCY_WORDS[t.frequency].lower()}")
        else:
            out.append(f"Going on to \u201c{pathway.step(t.to).title}\u201d ({t.label}): {FREQUENCY_WORDS[t.frequency].lower()}")
    return out


def rule_list(rules: Sequence[RepeatRule]) -> str:
    """The rhythms alone, for a timeline bar's words: 'every 3 months, then every year'."""
    return ", then ".join(_rhythm(r.every, r.unit) for r in rules)


def visit_count_words(step: Step) -> str:
    """'18 visits' (each of the step's length), for tables and bars."""
    count = len(step.visit_days())
    return f"{count} visit{'s' if count != 1 else ''}"


def visits_text(step: Step) -> str:
    """A repeating step's visits for a timeline bar: '17 visits: every 3 months, then every year'."""
    head = visit_count_words(step)
    rules = step.repeats.rules() if step.repeats is not None else []
    return f"{head}: {rule_list(rules)}" if rules else head


def timeline_marks_words(*, repeats: bool, open_ended: bool) -> str:
    """What the timeline's extra marks mean, said only when the pathway draws them."""
    out = ""
    if repeats:
        out += " A diamond marks each visit of a step that repeats."
    if open_ended:
        out += " A bar that fades into an arrow goes on as long as needed."
    return out
