"""The timeline's day scale: where a day sits across the page (no Qt).

Day 0 is the infusion. The busy weeks around it (days -14 to +14) are drawn to a straight
scale; before and after them time is squeezed on a log scale, so a two-year follow-up and
the three days of chemotherapy are both readable on one screen. The span ends on a tick a
reader knows ("15 years after"), or on the journey's last day where a tick is just before
it, and a narrow axis keeps each squeezed stretch room for one.
Pure arithmetic, so the scale is tested without a screen and the timeline's items only
draw what it says.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from .wording.i18n import QT_TRANSLATE_NOOP, Words, fill

LINEAR_DAYS = 14  # days -14..+14 are drawn to a straight scale
SQUEEZE = 10.0  # beyond them, d days take SQUEEZE * ln(1 + d / SQUEEZE) "day widths"
PX_PER_DAY = 15.0
# The least a day near day 0 is drawn, however narrow the window: a three-day bar stays
# 33 units wide, 24 px on screen at the timeline's first zoom (a target a finger can hit).
MIN_LINEAR_PX = 11.0
# In a window too narrow even for that (1024 px with both side panels), a day near day 0
# may shrink to this: a bar is narrower, but its whole row is what a click hits.
TIGHT_LINEAR_PX = 5.0
# In a narrow window the busy weeks keep this share of the width; the squeezed months and
# years keep the rest, so two years of follow-up do not shrink to a sliver.
LINEAR_SHARE = 0.65

# How far a journey may end past a tick a reader knows for the axis to end with it, in
# squeezed "day widths" (ticks after the first month are about 7 apart): 2 is about a
# fifth more days (day 1826 ends the axis at the "5 years" tick, day 400 at "1 year").
TICK_NEAR_END_UNITS = 2.0

# Ticks a reader knows: days near day 0, then months and years.
TICKS: tuple[tuple[int, str], ...] = (
    (-365, QT_TRANSLATE_NOOP("Words", "1 year before")),
    (-182, QT_TRANSLATE_NOOP("Words", "6 months before")),
    (-91, QT_TRANSLATE_NOOP("Words", "3 months before")),
    (-56, QT_TRANSLATE_NOOP("Words", "day -56")),
    (-28, QT_TRANSLATE_NOOP("Words", "day -28")),
    (-14, QT_TRANSLATE_NOOP("Words", "day -14")),
    (-7, QT_TRANSLATE_NOOP("Words", "day -7")),
    (0, QT_TRANSLATE_NOOP("Words", "day 0")),  # the timeline writes the pathway's own name for day 0 above it
    (7, QT_TRANSLATE_NOOP("Words", "day +7")),
    (14, QT_TRANSLATE_NOOP("Words", "day +14")),
    (28, QT_TRANSLATE_NOOP("Words", "1 month")),
    (91, QT_TRANSLATE_NOOP("Words", "3 months")),
    (182, QT_TRANSLATE_NOOP("Words", "6 months")),
    (365, QT_TRANSLATE_NOOP("Words", "1 year")),
    (730, QT_TRANSLATE_NOOP("Words", "2 years")),
    (1095, QT_TRANSLATE_NOOP("Words", "3 years")),
    (1825, QT_TRANSLATE_NOOP("Words", "5 years")),
    (3650, QT_TRANSLATE_NOOP("Words", "10 years")),
    (5479, QT_TRANSLATE_NOOP("Words", "15 years")),
    (7305, QT_TRANSLATE_NOOP("Words", "20 years")),
    (10958, QT_TRANSLATE_NOOP("Words", "30 years")),
)


# The ticks named in months and years, by their months: dated by the calendar under the
# tick ("5 years after" 15 Sep 2026 is 15 Sep 2031, not day 1825's 14 Sep), where the
# squeezed scale puts a day or two under a pixel.
TICK_MONTHS = {-365: -12, -182: -6, -91: -3, 28: 1, 91: 3, 182: 6, 365: 12, 730: 24, 1095: 36, 1825: 60,
               3650: 120, 5479: 180, 7305: 240, 10958: 360}


def tick_date(day_zero: dt.date, day: int) -> dt.date:
    """The date a tick at ``day`` names: months and years by the calendar (the day of the
    month kept, or the month's last where it has fewer days), other ticks day by day."""
    months = TICK_MONTHS.get(day) if abs(day) > LINEAR_DAYS else None
    if months is None:
        return day_zero + dt.timedelta(days=day)
    index = day_zero.year * 12 + day_zero.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day_zero.day, last))


def patient_tick_label(day: int, label: str) -> str:
    """A tick's words for patients: no negative day numbers ('day -28' -> '4 weeks before').

    Day 0 stays 'Day 0' (the timeline's note says what day 0 is: the file decides).
    """
    if day == 0:
        return Words.tr("Day 0")
    if not label.startswith("day "):
        return Words.tr(label) if day < 0 else fill(Words.tr("%1 after", "on a card"), Words.tr(label))
    weeks, days = divmod(abs(day), 7)
    amount = Words.tr("%n week(s)", "", weeks) if days == 0 else Words.tr("%n day(s)", "", abs(day))
    return fill(Words.tr("%1 before", "on a card") if day < 0 else Words.tr("%1 after", "on a card"), amount)


def day_units(day: float) -> float:
    """Where ``day`` sits on the squeezed scale, in "day widths" (straight near day 0)."""
    size = abs(day)
    if size <= LINEAR_DAYS:
        return float(day)
    squeezed = LINEAR_DAYS + SQUEEZE * math.log1p((size - LINEAR_DAYS) / SQUEEZE)
    return math.copysign(squeezed, day)


@dataclass(frozen=True)
class DayAxis:
    """Maps days to scene x for one pathway's range of days."""

    first: int
    last: int
    left: float  # scene x of ``first``
    px_per_day: float = PX_PER_DAY
    # In a narrow window the squeezed stretches (beyond LINEAR_DAYS) take less room, so the
    # whole span fits while the busy days near day 0 keep their width. None: px_per_day.
    # The stretch before day 0 and the one after it each have their own, so a short stretch
    # still gets room for a tick's words.
    squeezed_px_per_day: float | None = None
    before_px_per_day: float | None = None

    def x(self, day: float) -> float:
        return self.left + self._px(day_units(day)) - self._px(day_units(self.first))

    def _px(self, units: float) -> float:
        squeezed = self.squeezed_px_per_day
        if units < 0 and self.before_px_per_day is not None:
            squeezed = self.before_px_per_day
        if squeezed is None or abs(units) <= LINEAR_DAYS:
            return units * self.px_per_day
        return math.copysign(LINEAR_DAYS * self.px_per_day + (abs(units) - LINEAR_DAYS) * squeezed, units)

    def squeezed_segments(self) -> list[tuple[int, int]]:
        """The squeezed stretches inside the range, as (first day, last day) pairs."""
        out = []
        if self.first < -LINEAR_DAYS:
            out.append((self.first, -LINEAR_DAYS - 1))
        if self.last > LINEAR_DAYS:  # not the sliver after day 14 of a journey that ends then
            out.append((LINEAR_DAYS + 1, self.last + 1))
        return out

    def squeezed_to(self, width: float, min_segment: float = 0.0, min_linear_px: float = MIN_LINEAR_PX) -> DayAxis:
        """The same days in ``width`` pixels: the squeezed stretches give up room first, the
        busy days near day 0 keep LINEAR_SHARE of the width (but never less than
        ``min_linear_px`` a day), and each squeezed stretch keeps ``min_segment`` pixels
        (room for one tick's words) where it can."""
        full = self.right - self.left
        if full <= width:
            return self
        linear = self._px(min(self.last + 1, LINEAR_DAYS)) - self._px(max(self.first, -LINEAR_DAYS))
        before_units = max(0.0, -LINEAR_DAYS - day_units(self.first))
        after_units = max(0.0, day_units(self.last + 1) - LINEAR_DAYS)
        stretches = [u for u in (before_units, after_units) if u > 0]
        floor = linear * min_linear_px / self.px_per_day
        kept = min(linear, max(floor, min(LINEAR_SHARE * width, width - len(stretches) * min_segment)))
        px = self.px_per_day * (kept / linear if linear > 0 else 1.0)
        rest = max(0.0, width - kept)
        shares = _shares(rest, [before_units, after_units], min_segment, self.px_per_day)
        before, after = (
            self.px_per_day * max(0.03, share / (units * self.px_per_day)) if units > 0 else px
            for share, units in zip(shares, (before_units, after_units))
        )
        return DayAxis(self.first, self.last, self.left, px, after, before)

    @property
    def right(self) -> float:
        return self.x(self.last + 1)

    def inside_ticks(self) -> list[tuple[int, str]]:
        """Every tick a reader knows inside the range."""
        return [(d, label) for d, label in TICKS if self.first <= d <= self.last + 1]

    def first_ticks(self) -> list[list[tuple[int, str]]]:
        """The ticks offered a place first, in turns: day 0 and the nearest week each side;
        then, for each squeezed stretch, its ticks from the farthest in. Of a turn, the
        first that fits is kept: a squeezed stretch needs one tick, and the farthest says
        how far the journey reaches. The other ticks then fill the widest gaps."""
        inside = self.inside_ticks()
        turns = [[t] for t in sorted(inside, key=lambda t: (abs(t[0]), t[0])) if abs(t[0]) <= 7]
        for low, high in self.squeezed_segments():
            turns.append(sorted((t for t in inside if low <= t[0] <= high), key=lambda t: -abs(t[0])))
        return [turn for turn in turns if turn]


def _shares(rest: float, units: list[float], least: float, px_per_day: float) -> list[float]:
    """``rest`` pixels shared by stretches of ``units``: in proportion, but each present
    stretch gets ``least`` where the room allows, and none more than at full scale."""
    present = [u for u in units if u > 0]
    if not present:
        return [0.0 for _ in units]
    least = min(least, rest / len(present))
    total = sum(present)
    shares = [rest * u / total if u > 0 else 0.0 for u in units]
    short = [i for i, u in enumerate(units) if u > 0 and shares[i] < least]
    if short:
        spare = rest - least * len(short)
        others = sum(units[i] for i, u in enumerate(units) if u > 0 and i not in short)
        shares = [least if i in short else (spare * u / others if u > 0 and others else 0.0) for i, u in enumerate(units)]
    return [min(share, u * px_per_day) for share, u in zip(shares, units)]


def rounded_span(first: int, last: int) -> tuple[int, int]:
    """``first``..``last`` widened, where they reach into a squeezed stretch, to the next
    tick a reader knows, so the axis ends on a named tick ("6 months after") and every
    squeezed stretch holds one; but a journey that ends on or a little after a tick
    (:data:`TICK_NEAR_END_UNITS`) ends there, on its own last day."""
    if first < -LINEAR_DAYS:
        first = max([d for d, _ in TICKS if d <= first], default=first)
    if last + 1 > LINEAR_DAYS:
        # A journey that ends on a tick's day, or a little after one, ends on its own last
        # day with that tick there: a five-year journey (day 1826) shown to "10 years
        # after" reads as ten years of follow-up. Else it runs on to the next tick.
        below = max([d for d, _ in TICKS if LINEAR_DAYS < d <= last + 1], default=None)
        if below is None or day_units(last + 1) - day_units(below) > TICK_NEAR_END_UNITS:
            last = max(last, min([d for d, _ in TICKS if d >= last], default=last + 1) - 1)
    return first, last
