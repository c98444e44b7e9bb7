"""Why a patient's planned dates cannot be used (no Qt).

``models.schedule`` refuses dates that cannot be right; the person at the "Set dates"
dialog reads the reason, so it is in the interface language. Each case is a whole
sentence of its own ("after" and "the same day as" are not spliced into one), because
another language orders a sentence differently around them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from .i18n import QT_TRANSLATE_NOOP, Words, fill
from .sections import format_date


def booked_day_not_before_day_zero(label: str, booked: dt.date, day_zero: str, day_zero_date: dt.date) -> str:
    """The booked day (``label``, as the pathway names it) falls on or after day 0
    (``day_zero``, the pathway's words for it), which the pathway puts after it."""
    if booked == day_zero_date:
        text = Words.tr("The %1 date (%2) is the same day as day 0, %3 (%4). In this pathway the %1 comes before day 0.",
                        "%1 the day booked ahead, as the pathway names it; %3 what day 0 is, in the pathway's words")
    else:
        text = Words.tr("The %1 date (%2) is after day 0, %3 (%4). In this pathway the %1 comes before day 0.",
                        "%1 the day booked ahead, as the pathway names it; %3 what day 0 is, in the pathway's words")
    return fill(text, label, format_date(booked), day_zero, format_date(day_zero_date))


def day_zero_too_late(day_zero_date: dt.date) -> str:
    """Day 0 so near the year 9999 (or the year 1) that a step's dates would run off the calendar."""
    if day_zero_date.year < dt.MAXYEAR // 2:
        return fill(Words.tr("The day 0 date %1 is too close to the start of the calendar"), day_zero_date.isoformat())
    return fill(Words.tr("The day 0 date %1 is too close to the end of the calendar"), day_zero_date.isoformat())


def booked_day_unusual(label: str, booked: dt.date, first: dt.date, last: dt.date) -> str:
    """The booked day falls outside the time the pathway usually gives it: maybe a mistyped
    year or month. Not refused (a centre may book outside the usual time), but said."""
    return fill(Words.tr("Please check: the %1 date (%2) is outside its usual time in this pathway, %3 to %4.",
                         "%1 the day booked ahead, as the pathway names it"),
                label, format_date(booked), format_date(first), format_date(last))


def no_step_has_a_timing() -> str:
    """The Set dates dialog's refusal for a pathway where no step has a timing."""
    return Words.tr("No step of this pathway has a usual timing, so no step's date can be worked out from day 0.")


def day_zero_dates_nothing(option: str) -> str:
    """A day 0 date for a pathway where no step has a timing: nothing counts from it."""
    return fill(Words.tr("No step of this pathway has a usual timing, so no step's date can be worked out from day 0: leave out %1.",
                         "%1 the command-line option, such as --day-zero-date"), option)


def day_zero_not_a_date(value: object) -> str:
    return fill(Words.tr("The day 0 date should be a calendar date, not %1"), repr(value))


def booked_not_a_date(value: object) -> str:
    return fill(Words.tr("The booked date should be a calendar date, not %1"), repr(value))


_ISO_SHAPE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
# Marked for lupdate here, under Words like every sentence models write: the file checker
# wants them in English and the dialogs and command line in the interface's language.
_NOT_WRITTEN_AS_ISO = QT_TRANSLATE_NOOP("Words", "'%1' is not a date written as YYYY-MM-DD")
_NO_SUCH_MONTH = QT_TRANSLATE_NOOP("Words", "'%1' is not a real date: there is no month %2")
_NO_SUCH_DAY = QT_TRANSLATE_NOOP("Words", "'%1' is not a real date: that month has %2 days")
_NO_YEAR_ZERO = QT_TRANSLATE_NOOP("Words", "'%1' is not a real date: there is no year 0")


def date_text_problem(text: str, *, english: bool = False) -> str | None:
    """Why ``text`` is not a date, or None when it is one (YYYY-MM-DD).

    "2027-02-30" is written the right way but is not on the calendar; telling its author
    to write YYYY-MM-DD would send them looking for the wrong mistake. ``english`` gives
    the file checker's words, which stay English like its other messages.
    """
    say: Callable[[str], str] = (lambda words: words) if english else Words.tr
    shape = _ISO_SHAPE.fullmatch(text.strip())
    if shape is None:
        return fill(say(_NOT_WRITTEN_AS_ISO), text)
    year, month, day = (int(part) for part in shape.groups())
    if not 1 <= month <= 12:
        return fill(say(_NO_SUCH_MONTH), text, month)
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= days:
        return fill(say(_NO_SUCH_DAY), text, days)
    if year < 1:
        return fill(say(_NO_YEAR_ZERO), text)
    return None
