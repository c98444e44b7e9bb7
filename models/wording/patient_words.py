"""Patient wording that depends on data: days, durations, urgent signs, clinic choices, review.

Qt-free text helpers the views share, so the details panel, presentation mode, the handout
and exports say the same thing. Plain text only: each view escapes it.

* Day numbers never reach a patient as "day -28": :func:`day_words` says "about 4 weeks
  before the day of your operation" (day 0 as the pathway names it).
* A window (``timing.window``: the step happens on some day inside the range) reads
  "sometime between X and Y"; the step's own length is given separately.
* Estimates (``estimate: true``) read "about ..." plus "your team will tell you" for
  patients, and carry a visible mark for clinicians.
* ``{local:<id>}`` in step text is replaced by the clinic's chosen option, or by the
  choice's ``unset_text`` (screen) / that text plus a labelled line to write on (print).
* ``{temperature}`` in an urgent sign becomes "38.0 °C" or "100.4 °F".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

from ..schema import DayRange, Duration, LocalChoice, Pathway, Setting, Step, UrgentSign
from ..validation import LOCAL_PLACEHOLDER

# A pathway that names no day 0 may be any treatment: the defaults name none.
DEFAULT_DAY_ZERO = "the main treatment day"
DEFAULT_DAY_ZERO_CLINICAL = "the main treatment day"
ESTIMATE_MARK = "(estimate: no source gives this)"
TEAM_WILL_TELL = "Your team will tell you the exact times."
WRITE_LINE = "_" * 24

CALL_WORDS = {
    "team": "Call your team at once, day or night",
    "emergency": "Call emergency services",
}


# ---------------------------------------------------------------- days and durations
def day_zero_words(pathway: Pathway | None = None) -> str:
    """Day 0 in patient words, as the pathway names it ('the main treatment day' by default)."""
    if pathway is not None and pathway.day_zero is not None:
        return pathway.day_zero.patient_label
    return DEFAULT_DAY_ZERO


def day_zero_clinical(pathway: Pathway | None = None) -> str:
    """Day 0 for staff ('the infusion of CAR T cells' if the file says so; a neutral default)."""
    if pathway is not None and pathway.day_zero is not None:
        return pathway.day_zero.label
    return DEFAULT_DAY_ZERO_CLINICAL


def _amount(days: int) -> str:
    """A distance in days as rounded patient words: '3 days', 'about 4 weeks', 'about 6 months'."""
    if days == 1:
        return "1 day"
    if days < 7:
        return f"{days} days"
    if days < 60:
        weeks = round(days / 7)
        return f"about {weeks} week{'s' if weeks != 1 else ''}"
    if days < 730:
        months = round(days / 30.44)
        return f"about {months} months"
    years = round(days / 365.25)
    return f"about {years} years"


def day_words(day: int, pathway: Pathway | None = None) -> str:
    """One day relative to day 0, without a negative number.

    ``day_words(-28)`` -> 'about 4 weeks before the main treatment day'; ``day_words(-5)`` ->
    '5 days before the main treatment day'; ``day_words(0)`` -> 'the main treatment day'.
    """
    zero = day_zero_words(pathway)
    if day == 0:
        return zero
    side = "before" if day < 0 else "after"
    return f"{_amount(abs(day))} {side} {zero}"


def timing_words(timing: DayRange, pathway: Pathway | None = None) -> str:
    """When a step happens, for patients: a window reads 'Sometime between X and Y'.

    Estimated timings end with 'Your team will tell you the exact times.'
    """
    if timing.start == timing.end:
        text = f"On {day_words(timing.start, pathway)}."
    else:
        start, end = day_words(timing.start, pathway), day_words(timing.end, pathway)
        if timing.start == 0:
            # "From the day of your operation to about 2 weeks later": name day 0 once.
            end = f"{_amount(timing.end)} later"
        if (timing.start < 0) == (timing.end < 0) and timing.start != 0 and timing.end != 0:
            # "between about 4 weeks and 2 weeks before the main treatment day": name day 0 once.
            start = _amount(abs(timing.start))
        lead = "Sometime between" if timing.window else "From"
        joiner = "and" if timing.window else "to"
        text = f"{lead} {start} {joiner} {end}."
    if timing.estimate:
        text += " " + TEAM_WILL_TELL
    return text


def timing_clinical(timing: DayRange, pathway: Pathway | None = None) -> str:
    """Day numbers for staff, with the estimate mark: 'day -28 to day -14 (window)'."""
    text = f"{timing.describe()}, day 0 is {day_zero_clinical(pathway)}"
    if timing.window:
        text += "; happens on some day in this window"
    if timing.estimate:
        text += " " + ESTIMATE_MARK
    return text


def duration_words(duration: Duration, audience: str = "patient") -> str:
    """How long a step itself takes. Patients read 'about' for estimates plus who will tell them."""
    text = duration.describe()
    if not duration.estimate:
        return text
    if audience == "clinician":
        return f"{text} {ESTIMATE_MARK}"
    if not text.startswith("about"):
        text = "about " + text
    return f"{text}. Your team will tell you how long it takes for you"


def date_window_words(first: dt.date, last: dt.date, window: bool) -> str:
    """Calendar dates: 'sometime between Mon 2 Mar 2026 and Mon 16 Mar 2026' for a window."""
    from .sections import format_date

    if first == last:
        return format_date(first)
    if window:
        return f"sometime between {format_date(first)} and {format_date(last)}"
    return f"{format_date(first)} to {format_date(last)}"


# --------------------------------------------------------------------- urgent signs
def temperature_words(celsius: float, unit: str = "C") -> str:
    """'38.0 °C' or '100.4 °F' (unit 'C' or 'F'); 'both' gives '38.0 °C (100.4 °F)'."""
    c = f"{celsius:.1f} \u00b0C"
    f = f"{celsius * 9 / 5 + 32:.1f} \u00b0F"
    if unit.upper() == "F":
        return f
    if unit.lower() == "both":
        return f"{c} ({f})"
    return c


def sign_text(sign: UrgentSign, unit: str = "C") -> str:
    """The sign in patient words with its threshold in the clinic's unit."""
    if sign.temperature_c is None:
        return sign.text
    return sign.text.replace("{temperature}", temperature_words(sign.temperature_c, unit))


def signs_by_call(pathway: Pathway, unit: str = "C") -> dict[str, list[str]]:
    """Urgent signs grouped by whom to call: {'team': [...], 'emergency': [...]} in file order."""
    out: dict[str, list[str]] = {"team": [], "emergency": []}
    for sign in pathway.urgent_signs:
        out[sign.call.value].append(sign_text(sign, unit))
    return out


def emergency_words(number: str) -> str:
    """The emergency number on screen; unset, the patient is told to ask (never a blank)."""
    return f"Emergency number: {number.strip() or 'ask your team which number to call'}"


def shows_urgent_signs(step: Step) -> bool:
    return step.show_urgent_signs


# ------------------------------------------------------------------ clinic choices
def choice_text(choice: LocalChoice, value: str | None, *, printed: bool = False) -> str:
    """The clinic's answer to one choice in patient words.

    ``value`` is an option id (its text is used) or the clinic's own words. Unset (None or
    blank): the choice's ``unset_text``; in print also a labelled line to write on, so
    nothing prints as a blank.
    """
    if value is not None and value.strip():
        for option in choice.options:
            if option.id == value:
                return option.text
        return value.strip()
    if printed:
        label = choice.write_in or "Write it here"
        return f"{choice.unset_text} {label}: {WRITE_LINE}"
    return choice.unset_text


def resolve_local(text: str, pathway: Pathway, chosen: Mapping[str, str] | None = None, *, printed: bool = False) -> str:
    """``text`` with every ``{local:<id>}`` replaced (see :func:`choice_text`).

    An id the pathway does not define (validation refuses such files) is left as it is.
    """
    chosen = chosen or {}

    def replace(found: re.Match[str]) -> str:
        ident = found.group(1)
        try:
            choice = pathway.local_choice(ident)
        except KeyError:
            return found.group(0)
        return choice_text(choice, chosen.get(ident), printed=printed)

    return LOCAL_PLACEHOLDER.sub(replace, text)


def step_settings(pathway: Pathway, step: Step, chosen: Mapping[str, str] | None = None) -> list[Setting] | None:
    """Where the step happens for this clinic.

    A step without ``setting_choice`` keeps its own ``setting`` list. With one: the chosen
    option's settings; ``None`` while the clinic has not chosen (show the choice's
    ``unset_text`` instead of listing every setting).
    """
    if step.setting_choice is None:
        return list(step.setting)
    choice = pathway.local_choice(step.setting_choice)
    value = (chosen or {}).get(choice.id)
    for option in choice.options:
        if option.id == value and option.setting:
            return list(option.setting)
    return None


# ------------------------------------------------------------------------- review
def due_for_review(pathway: Pathway, today: dt.date) -> dt.date | None:
    """The ``next_review`` date when it has come (today is on or after it), else None.

    Files without a review block have no next date and are never reported due here (the
    linter warns instead).
    """
    if pathway.review is None:
        return None
    return pathway.review.next_review if today >= pathway.review.next_review else None


def due_for_review_words(pathway: Pathway, today: dt.date) -> str | None:
    """'Due for review since Mon 1 Jun 2026', or None when not due."""
    from .sections import format_date

    due = due_for_review(pathway, today)
    return None if due is None else f"Due for review since {format_date(due)}"


def review_words(pathway: Pathway) -> str:
    """One line for footers: version, review date, reviewers, next review, evidence date."""
    from .sections import format_date

    parts = [f"Content version {pathway.version}"]
    review = pathway.review
    if review is None:
        assert pathway.last_reviewed is not None
        parts.append(f"last reviewed {format_date(pathway.last_reviewed)}")
    else:
        who = ", ".join(f"{r.name} ({r.role})" for r in review.reviewed_by)
        parts.append(f"reviewed {format_date(review.reviewed_on)} by {who}")
        parts.append(f"next review {format_date(review.next_review)}")
        parts.append(f"evidence up to {format_date(review.evidence_current_to)}")
    return "; ".join(parts) + "."
