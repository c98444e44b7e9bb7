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
from decimal import Decimal

from ..schema import DayRange, Duration, LocalChoice, Pathway, Setting, Step, UrgentSign
from ..validation import LOCAL_PLACEHOLDER
from ..text_direction import isolated, left_to_right_in
from .i18n import QT_TRANSLATE_NOOP, Words, fill, format_date_pattern, format_number

# A pathway that names no day 0 may be any treatment: the defaults name none.
# Marked for lupdate here, translated where used (Words.tr(NAME)): a module constant is
# made at import, before the app has chosen a language.
DEFAULT_DAY_ZERO = QT_TRANSLATE_NOOP("Words", "the main treatment day")
DEFAULT_DAY_ZERO_CLINICAL = DEFAULT_DAY_ZERO
ESTIMATE_MARK = QT_TRANSLATE_NOOP("Words", "(estimate: no source gives this)")
TEAM_WILL_TELL = QT_TRANSLATE_NOOP("Words", "Your team will tell you the exact times.")
WRITE_LINE = "_" * 24

CALL_WORDS = {
    "team": QT_TRANSLATE_NOOP("Words", "Call your team at once, day or night"),
    "emergency": QT_TRANSLATE_NOOP("Words", "Call emergency services"),
}


# ---------------------------------------------------------------- days and durations
def day_zero_words(pathway: Pathway | None = None) -> str:
    """Day 0 in patient words, as the pathway names it ('the main treatment day' by default)."""
    if pathway is not None and pathway.day_zero is not None:
        # Set apart where it runs right to left: inside "From 1 day to about 3 weeks after
        # %1." a Hebrew name took the full stop and the words around it out of order.
        return isolated(pathway.day_zero.patient_label)
    return Words.tr(DEFAULT_DAY_ZERO)


def day_zero_clinical(pathway: Pathway | None = None) -> str:
    """Day 0 for staff ('the infusion of CAR T cells' if the file says so; a neutral default)."""
    if pathway is not None and pathway.day_zero is not None:
        return isolated(pathway.day_zero.label)
    return Words.tr(DEFAULT_DAY_ZERO_CLINICAL)


# From about two months away, a count of days ("170 days") is hard to picture: months are said.
LONG_AGO_DAYS = 60


def _amount(days: int, *, first: bool = False, between_end: bool = False, exact: bool = False) -> str:
    """A distance in days as rounded patient words: '3 days', '10 days', 'about 4 weeks'.

    Days up to 13 stay days unless they are whole weeks ('10 days', not 'about 1 week', as a
    card says); ``exact`` keeps any number in days ('24 days'). ``first``: the amount opens a
    range ("from 5 days ... to", "between 5 days ... and"); ``between_end``: it closes a
    "between ... and" range. Some languages decline an amount there (German "von 5 Tagen",
    "zwischen 3 und 5 Tagen"), so each is a message of its own.
    """
    in_days = exact or (days < 14 and days % 7 != 0)
    if first:
        if in_days:
            return Words.tr("%n day(s)", "the first amount of a range: from/between ...", days)
        if days < 60:
            return Words.tr("about %n week(s)", "the first amount of a range: from/between ...", round(days / 7))
        if days < 730:
            return Words.tr("about %n month(s)", "the first amount of a range: from/between ...", round(days / 30.44))
        return Words.tr("about %n year(s)", "the first amount of a range: from/between ...", round(days / 365.25))
    if between_end:
        if in_days:
            return Words.tr("%n day(s)", "the second amount of a range: between ... and ...", days)
        if days < 60:
            return Words.tr("about %n week(s)", "the second amount of a range: between ... and ...", round(days / 7))
        if days < 730:
            return Words.tr("about %n month(s)", "the second amount of a range: between ... and ...", round(days / 30.44))
        return Words.tr("about %n year(s)", "the second amount of a range: between ... and ...", round(days / 365.25))
    if in_days:
        return Words.tr("%n day(s)", "", days)
    if days < 60:
        return Words.tr("about %n week(s)", "", round(days / 7))
    if days < 730:
        return Words.tr("about %n month(s)", "", round(days / 30.44))
    return Words.tr("about %n year(s)", "", round(days / 365.25))


def _named_zero(pathway: Pathway | None) -> bool:
    return pathway is not None and pathway.day_zero is not None


def day_words(
    day: int, pathway: Pathway | None = None, *, first: bool = False, between_end: bool = False, exact: bool = False
) -> str:
    """One day relative to day 0, without a negative number.

    ``day_words(-28)`` -> 'about 4 weeks before the main treatment day'; ``day_words(-5)`` ->
    '5 days before the main treatment day'; ``day_words(0)`` -> 'the main treatment day'.
    The default day 0 is part of whole sentences, so a translation can decline it.
    """
    zero = day_zero_words(pathway)
    if day == 0:
        return zero
    amount = _amount(abs(day), first=first, between_end=between_end, exact=exact)
    if not _named_zero(pathway):
        if day < 0:
            return fill(Words.tr("%1 before the main treatment day"), amount)
        return fill(Words.tr("%1 after the main treatment day"), amount)
    if day < 0:
        return fill(Words.tr("%1 before %2", "an amount of time before day 0 as the pathway names it"), amount, zero)
    return fill(Words.tr("%1 after %2", "an amount of time after day 0 as the pathway names it"), amount, zero)


def timing_words(timing: DayRange, pathway: Pathway | None = None) -> str:
    """When a step happens, for patients, as a sentence.

    One day reads 'About 4 weeks before X.' or 'On X.'; a stretch of days 'From about 4
    weeks to 6 days before X.' (in the order the days come); a window (the step happens on
    some day inside it) 'Sometime between 3 days and 5 days before X.', the amount nearer
    day 0 first, as people say it. Estimated timings end with 'Your team will tell you the
    exact times.'

    A window or an estimate whose ends round alike is said once ('About 3 weeks before X.');
    an exact stretch is not, as a week-long course would read like one appointment: it
    says its days ('From 24 days to 18 days before X.').
    """
    same = _same_words(timing.start, timing.end)
    if timing.start == timing.end or (same and (timing.window or timing.estimate)):
        text = _one_day_words(timing.end, pathway)
    elif timing.window:
        text = _window_words(timing.start, timing.end, pathway)
    else:
        text = _stretch_words(timing.start, timing.end, pathway, exact=same)
    if timing.estimate:
        text += " " + Words.tr(TEAM_WILL_TELL)
    return text


def _same_words(start: int, end: int) -> bool:
    """Days 30 and 27 before both read 'about 4 weeks': a range of them would say it twice."""
    return (start < 0) == (end < 0) and 0 not in (start, end) and _amount(abs(start)) == _amount(abs(end))


def _one_day_words(day: int, pathway: Pathway | None) -> str:
    if day != 0:
        # "About 4 weeks before ...", never "On about 4 weeks before ...". Only the first
        # letter is raised: str.capitalize() would lower-case German nouns and names.
        sentence = fill(Words.tr("%1.", "a day before or after day 0, as a whole sentence"), day_words(day, pathway))
        return sentence[:1].upper() + sentence[1:]
    if _named_zero(pathway):
        return fill(Words.tr("On %1.", "day 0 as the pathway names it"), day_zero_words(pathway))
    return Words.tr("On the main treatment day.")


def _stretch_words(start: int, end: int, pathway: Pathway | None, *, exact: bool = False) -> str:
    """'From about 4 weeks to 6 days before X.': from the first day to the last, in time order.

    ``exact``: both ends in days ('From 24 days to 18 days before X.'), for ends that round alike."""
    if start == 0:
        # "From the day of your operation to about 2 weeks later": name day 0 once.
        later = fill(Words.tr("%1 later"), _amount(end))
        if not _named_zero(pathway):
            return fill(Words.tr("From the main treatment day to %1."), later)
        # A message of its own: a language that declines the name ("Von der Tag ...") puts
        # it after its own word for day 0 ("Von Tag 0 (der Tag, an dem ...) bis ...").
        return fill(Words.tr("From %1 to %2.", "from day 0 as the pathway names it, to an amount later"),
                    day_zero_words(pathway), later)
    if end == 0:
        # "From 5 days before the day of your operation to that day": name day 0 once.
        return fill(Words.tr("From %1 to that day.", "to day 0, named just before"), day_words(start, pathway, first=True))
    if exact and min(abs(start), abs(end)) >= LONG_AGO_DAYS:
        # Ends that both round to "about 6 months": "From 180 days to 170 days before X" made
        # a reader count days; how long it lasts and roughly when say the same plainly.
        return fill(Words.tr("For %n day(s), %1.", "how long a stretch lasts, then roughly when", end - start + 1),
                    day_words(end if end < 0 else start, pathway))
    if start > 0 or end < 0:
        # "From about 4 weeks to 2 weeks before the main treatment day": name day 0 once.
        first = _amount(abs(start), first=True, exact=exact)
    else:
        first = day_words(start, pathway, first=True)
    return fill(Words.tr("From %1 to %2."), first, day_words(end, pathway, exact=exact))


def _window_words(start: int, end: int, pathway: Pathway | None) -> str:
    """'Sometime between 3 days and 5 days before X.': the nearer amount first on one side of day 0."""
    if start == 0:
        later = fill(Words.tr("%1 later"), _amount(end))
        if not _named_zero(pathway):
            return fill(Words.tr("Sometime between the main treatment day and %1."), later)
        return fill(Words.tr("Sometime between %1 and %2.", "between day 0 as the pathway names it and an amount later"),
                    day_zero_words(pathway), later)
    if end == 0:
        return fill(Words.tr("Sometime between %1 and that day.", "day 0, named just before"),
                    day_words(start, pathway, first=True))
    if start < 0 < end:  # across day 0: in time order, each side named
        return fill(Words.tr("Sometime between %1 and %2."), day_words(start, pathway, first=True),
                    day_words(end, pathway, between_end=True))
    near, far = (end, start) if end < 0 else (start, end)
    return fill(Words.tr("Sometime between %1 and %2."), _amount(abs(near), first=True),
                day_words(far, pathway, between_end=True))


def timing_clinical(timing: DayRange, pathway: Pathway | None = None) -> str:
    """Day numbers for staff, with the estimate mark: 'day -28 to day -14 (window)'."""
    text = fill(Words.tr("%1, day 0 is %2"), day_range_text(timing), day_zero_clinical(pathway))
    if timing.window:
        text += Words.tr("; happens on some day in this window")
    if timing.estimate:
        text += " " + Words.tr(ESTIMATE_MARK)
    return text


def duration_words(duration: Duration, audience: str = "patient") -> str:
    """How long a step itself takes. Patients read 'about' for estimates plus who will tell them."""
    text = duration_text(duration)
    if not duration.estimate:
        return text
    if audience == "clinician":
        return f"{text} {Words.tr(ESTIMATE_MARK)}"
    if duration.min != duration.max and duration.min > 0:  # "up to 3 weeks" is vague enough
        text = fill(Words.tr("about %1", "an estimated range of time"), text)
    return fill(Words.tr("%1. Your team will tell you how long it takes for you"), text)


def duration_text(duration: Duration) -> str:
    """'about 3 hours', '3 to 6 hours' or '6 cycles, every 3 weeks' in the interface language
    (``Duration.describe`` is the English of the file format; a unit this table does not
    know keeps it)."""
    text = _length_text(duration)
    if duration.every_days is not None and text != duration.describe():
        from .journey_words import every_words

        text = fill(Words.tr("%1, %2", "6 cycles, every 3 weeks"), text, every_words(duration.every_days))
    return text


def _length_text(duration: Duration) -> str:
    low, high, unit = duration.min, duration.max, duration.unit.value
    if low == high == 0:
        # A step with no length of its own (a decision, a quick check): "about 0 days" read
        # as a misprint.
        under = {
            "minutes": Words.tr("less than a minute"),
            "hours": Words.tr("less than an hour"),
            "days": Words.tr("less than a day"),
            "weeks": Words.tr("less than a week"),
            "months": Words.tr("less than a month"),
            "years": Words.tr("less than a year"),
        }.get(unit)
        if under is not None:
            return under
    if low == 0 and high > 0 and unit not in ("cycles", "sessions"):
        # "0 to 2 days" reads as a slip; a fraction takes the plural in English ("up to 1.5 hours").
        if float(high).is_integer():
            return {
                "minutes": lambda n: Words.tr("up to %n minute(s)", "", n),
                "hours": lambda n: Words.tr("up to %n hour(s)", "", n),
                "days": lambda n: Words.tr("up to %n day(s)", "", n),
                "weeks": lambda n: Words.tr("up to %n week(s)", "", n),
                "months": lambda n: Words.tr("up to %n month(s)", "", n),
                "years": lambda n: Words.tr("up to %n year(s)", "", n),
            }[unit](int(high))
        return fill({
            "minutes": Words.tr("up to %1 minutes"),
            "hours": Words.tr("up to %1 hours"),
            "days": Words.tr("up to %1 days"),
            "weeks": Words.tr("up to %1 weeks"),
            "months": Words.tr("up to %1 months"),
            "years": Words.tr("up to %1 years"),
        }[unit], _number(high))
    if low == high and float(low).is_integer():
        single = {
            "minutes": lambda n: Words.tr("about %n minute(s)", "", n),
            "hours": lambda n: Words.tr("about %n hour(s)", "", n),
            "days": lambda n: Words.tr("about %n day(s)", "", n),
            "weeks": lambda n: Words.tr("about %n week(s)", "", n),
            "months": lambda n: Words.tr("about %n month(s)", "", n),
            "years": lambda n: Words.tr("about %n year(s)", "", n),
            # Counted, not measured: "6 cycles" is exact, so no "about".
            "cycles": lambda n: Words.tr("%n cycle(s)", "", n),
            "sessions": lambda n: Words.tr("%n session(s)", "", n),
        }.get(unit)
        return single(int(low)) if single is not None else duration.describe()
    if low == high:
        # Half an hour and the like: a fraction takes the plural in English ("0.5 hours").
        # Cycles and sessions are whole numbers (the schema says so), so never here.
        fractions = {
            "minutes": Words.tr("about %1 minutes", "a number with a fraction: about 1.5 minutes"),
            "hours": Words.tr("about %1 hours", "a number with a fraction: about 1.5 hours"),
            "days": Words.tr("about %1 days", "a number with a fraction: about 1.5 days"),
            "weeks": Words.tr("about %1 weeks", "a number with a fraction: about 1.5 weeks"),
            "months": Words.tr("about %1 months", "a number with a fraction: about 1.5 months"),
            "years": Words.tr("about %1 years", "a number with a fraction: about 1.5 years"),
        }
        template = fractions.get(unit)
        return fill(template, _number(low)) if template is not None else duration.describe()
    ranges = {
        "minutes": Words.tr("%1 to %2 minutes"),
        "hours": Words.tr("%1 to %2 hours"),
        "days": Words.tr("%1 to %2 days"),
        "weeks": Words.tr("%1 to %2 weeks"),
        "months": Words.tr("%1 to %2 months"),
        "years": Words.tr("%1 to %2 years"),
        "cycles": Words.tr("%1 to %2 cycles"),
        "sessions": Words.tr("%1 to %2 sessions"),
    }
    template = ranges.get(unit)
    return fill(template, _number(low), _number(high)) if template is not None else duration.describe()


def _number(value: float) -> str:
    """'3', '0.5' or, in German, '0,5': as many decimals as the file gave.

    The decimals are counted in the plain form of the shortest repr: '{:g}' switches to an
    exponent (1234567.5 is '1.23457e+06', 0.0001 is '0.0001' but 0.00001 is '1e-05'), which
    once gave 'about 1234567.500 hours', and a cap of three gave 'about 0.000 hours'.
    """
    if float(value).is_integer():
        return format_number(value, 0)
    plain = f"{Decimal(repr(float(value))):f}"
    return format_number(value, len(plain.partition(".")[2]))


def day_range_text(timing: DayRange) -> str:
    """'day -28 to day -14' or 'day 0' for staff, in the interface language."""

    def day(n: int) -> str:
        return Words.tr("day 0") if n == 0 else fill(Words.tr("day %1"), f"{n:+d}")

    if timing.start == timing.end:
        return day(timing.start)
    return fill(Words.tr("%1 to %2"), day(timing.start), day(timing.end))


# Past this many days after a step's first date, its last is given as a month: a date a
# year or more ahead is never kept to the day ("Sun 10 Mar 2041" read as an appointment).
FAR_DAYS = 366


def date_window_words(first: dt.date, last: dt.date, window: bool, estimate: bool = False) -> str:
    """Calendar dates: 'sometime between Mon 2 Mar 2026 and Mon 16 Mar 2026' for a window,
    'about Tue 7 Apr 2026 to March 2041' for a timing no source gives (``estimate``), a
    last date far ahead as its month."""
    from .sections import format_date

    if first == last:
        return fill(Words.tr("about %1"), format_date(first)) if estimate else format_date(first)
    end = format_month(last) if (last - first).days > FAR_DAYS else format_date(last)
    if window:
        return fill(Words.tr("sometime between %1 and %2"), format_date(first), end)
    if estimate:
        return fill(Words.tr("about %1 to %2"), format_date(first), end)
    return fill(Words.tr("%1 to %2"), format_date(first), end)


def step_date_words(step: Step, dates: tuple[dt.date, dt.date]) -> str:
    """``step``'s planned dates in words, as its timing allows (a window, an estimate)."""
    timing = step.timing
    return date_window_words(dates[0], dates[1], timing is not None and timing.window,
                             timing is not None and timing.estimate)


def format_month(day: dt.date) -> str:
    """'March 2041'."""
    return format_date_pattern(day, Words.tr("MMMM yyyy", "date format: month and year"))


# --------------------------------------------------------------------- urgent signs
def temperature_words(celsius: float, unit: str = "C", language: str | None = None) -> str:
    """'38.0 °C' or '100.4 °F' (unit 'C' or 'F'); 'both' gives '38.0 °C (100.4 °F)'."""
    # The number in the language's own form (QLocale in the app): German writes "38,0 °C";
    # the interface's, unless ``language`` (the words it stands in) is given.
    c = format_number(celsius, 1, language) + " \u00b0C"
    f = format_number(celsius * 9 / 5 + 32, 1, language) + " \u00b0F"
    if unit.upper() == "F":
        return f
    if unit.lower() == "both":
        return f"{c} ({f})"
    return c


def sign_text(sign: UrgentSign, unit: str = "C", language: str | None = None) -> str:
    """The sign in patient words with its threshold in the clinic's unit, the number written
    as ``language`` (the pathway's: "Temperatura 38,0 °C" in a Polish sign) writes it."""
    if sign.temperature_c is None:
        return sign.text
    return sign.text.replace("{temperature}", left_to_right_in(sign.text, temperature_words(sign.temperature_c, unit, language)))


def signs_by_call(pathway: Pathway, unit: str = "C") -> dict[str, list[str]]:
    """Urgent signs grouped by whom to call: {'team': [...], 'emergency': [...]} in file order."""
    out: dict[str, list[str]] = {"team": [], "emergency": []}
    for sign in pathway.urgent_signs:
        out[sign.call.value].append(sign_text(sign, unit, pathway.language))
    return out


def emergency_words(number: str) -> str:
    """The emergency number on screen; unset, the patient is told to ask (never a blank)."""
    if not number.strip():
        return Words.tr("Emergency number: ask your team which number to call")
    return fill(Words.tr("Emergency number: %1"), unbroken(number))


def unbroken(text: str) -> str:
    """``text`` on one line wherever it is wrapped: its spaces made non-breaking. For a phone
    number: wrapped, "+49 9131" at a line's end and "85-12345" on the next read as two
    numbers, and half of one may be dialled in a panic."""
    return "\u00a0".join(text.split())


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
        label = choice.write_in or Words.tr("Write it here")
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
    return None if due is None else fill(Words.tr("Due for review since %1"), format_date(due))


def review_words(pathway: Pathway) -> str:
    """One line for footers: version, review date, reviewers, next review, evidence date."""
    from .sections import format_date

    parts = [fill(Words.tr("Content version %1"), pathway.version)]
    review = pathway.review
    if review is None:
        assert pathway.last_reviewed is not None
        parts.append(fill(Words.tr("last reviewed %1"), format_date(pathway.last_reviewed)))
    else:
        who = ", ".join(f"{r.name} ({r.role})" for r in review.reviewed_by)
        parts.append(fill(Words.tr("reviewed %1 by %2"), format_date(review.reviewed_on), who))
        parts.append(fill(Words.tr("next review %1"), format_date(review.next_review)))
        parts.append(fill(Words.tr("evidence up to %1"), format_date(review.evidence_current_to)))
    return "; ".join(parts) + "."
