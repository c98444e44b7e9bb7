"""When a step happens, in the few words a journey card has room for (no Qt).

'3 to 6 hours · 2 to 4 weeks before' for patients, '3 to 6 hours · days -28 to -14' for
staff. A range on one side of day 0 names the nearer amount first, as people say it ("3 to
5 days before", never "5 to 3 days before"); the details panel and the handout give the
whole sentence (:func:`models.wording.patient_words.timing_words`).
"""

from __future__ import annotations

from .i18n import Words, fill


def _short_amount(days: int) -> tuple[int, str]:
    """A distance in days as a count and a unit: (3, 'day'), (4, 'week'), (2, 'year').

    Whole weeks from 7 days; 8 to 13 days stay days ("10 days", not "1 week"), as in
    :func:`models.wording.patient_words.day_words`.
    """
    if days < 14 and days % 7:
        return days, "day"
    if days < 60:
        return round(days / 7), "week"
    if days < 730:
        return round(days / 30.44), "month"
    return round(days / 365.25), "year"


def _one(count: int, unit: str) -> str:
    # Written out, not looked up: lupdate marks a message as a plural only in a Words.tr call.
    if unit == "day":
        return Words.tr("%n day(s)", "", count)
    if unit == "week":
        return Words.tr("%n week(s)", "", count)
    if unit == "month":
        return Words.tr("%n month(s)", "", count)
    return Words.tr("%n year(s)", "", count)


def _range(low: int, high: int, unit: str) -> str:
    """'3 to 5 days': one unit named once."""
    if unit == "day":
        return fill(Words.tr("%1 to %2 days"), low, high)
    if unit == "week":
        return fill(Words.tr("%1 to %2 weeks"), low, high)
    if unit == "month":
        return fill(Words.tr("%1 to %2 months"), low, high)
    return fill(Words.tr("%1 to %2 years"), low, high)


def _sided(text: str, day: int) -> str:
    return fill(Words.tr("%1 before", "on a card") if day < 0 else Words.tr("%1 after", "on a card"), text)


def card_when(start: int, end: int, *, approximate: bool = False) -> str:
    """A card's timing for patients, with no negative numbers: 'day 0', '2 to 4 weeks before',
    'day 0 to 2 weeks after', '4 weeks to 2 years after' (the card is small; the details say more).

    ``approximate`` (a window or an estimate): ends that round alike are said once ('3 weeks
    before'); an exact stretch says its days instead ('18 to 24 days before'), so a week-long
    course does not read like one appointment."""
    if start == end == 0:
        return Words.tr("day 0")
    if start < 0 < end:
        return fill(Words.tr("%1 before to %2 after"), _one(*_short_amount(-start)), _one(*_short_amount(end)))
    if start == 0:
        return fill(Words.tr("day 0 to %1 after"), _one(*_short_amount(end)))
    if end == 0:
        return fill(Words.tr("%1 before to day 0"), _one(*_short_amount(-start)))
    # Both on one side of day 0: the amount nearer day 0 first, before it as after it.
    near, far = sorted((abs(start), abs(end)))
    (low, near_unit), (high, far_unit) = _short_amount(near), _short_amount(far)
    if (low, near_unit) == (high, far_unit):  # days 30 and 27 both read "4 weeks"
        if approximate or near == far:
            return _sided(_one(low, near_unit), end)
        return _sided(_range(near, far, "day"), end)
    if near_unit == far_unit:
        return _sided(_range(low, high, near_unit), end)
    return _sided(fill(Words.tr("%1 to %2"), _one(low, near_unit), _one(high, far_unit)), end)


def card_timing_line(
    duration: str, timing: tuple[int, int] | None, *, patient: bool = False, approximate: bool = False
) -> str:
    """'3 to 6 hours \u00b7 day -28' or '2 to 4 weeks \u00b7 days -28 to -6': short enough for a card.

    Patients read no negative day numbers: '3 to 6 hours \u00b7 2 to 4 weeks before'
    (``approximate`` as in :func:`card_when`)."""
    if timing is None:
        return duration
    start, end = timing
    if patient:
        when = card_when(start, end, approximate=approximate)
    elif start == end:
        when = Words.tr("day 0") if start == 0 else fill(Words.tr("day %1"), f"{start:+d}")
    else:
        when = fill(Words.tr("days %1 to %2", "a card's days for staff: days -28 to -6"), _signed(start), _signed(end))
    return f"{duration} \u00b7 {when}"


def _signed(day: int) -> str:
    return "0" if day == 0 else f"{day:+d}"
