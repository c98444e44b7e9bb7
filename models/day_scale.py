"""The timeline's day scale: where a day sits across the page (no Qt).

Day 0 is the infusion. The busy weeks around it (days -14 to +14) are drawn to a straight
scale; before and after them time is squeezed on a log scale, so a two-year follow-up and
the three days of chemotherapy are both readable on one screen. Pure arithmetic, so the
scale is tested without a screen and the timeline's items only draw what it says.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .wording.i18n import QT_TRANSLATE_NOOP, Words, fill

LINEAR_DAYS = 14  # days -14..+14 are drawn to a straight scale
SQUEEZE = 10.0  # beyond them, d days take SQUEEZE * ln(1 + d / SQUEEZE) "day widths"
PX_PER_DAY = 15.0
MIN_TICK_SPACING = 92.0
MIN_LINEAR_PX = 40 / 3  # the least a day near day 0 is drawn, however narrow the window

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
    squeezed_px_per_day: float | None = None

    def x(self, day: float) -> float:
        return self.left + self._px(day_units(day)) - self._px(day_units(self.first))

    def _px(self, units: float) -> float:
        squeezed = self.squeezed_px_per_day
        if squeezed is None or abs(units) <= LINEAR_DAYS:
            return units * self.px_per_day
        return math.copysign(LINEAR_DAYS * self.px_per_day + (abs(units) - LINEAR_DAYS) * squeezed, units)

    def squeezed_to(self, width: float) -> DayAxis:
        """The same days in ``width`` pixels: the squeezed stretches give up room first, the
        busy days near day 0 keep at least four fifths of the width."""
        full = self.right - self.left
        if full <= width:
            return self
        linear = self._px(min(self.last + 1, LINEAR_DAYS)) - self._px(max(self.first, -LINEAR_DAYS))
        rest = full - linear
        # Never under 40/3 px a day: a three-day bar stays wide enough to click and read.
        kept = min(linear, max(0.8 * width, linear * MIN_LINEAR_PX / self.px_per_day))
        px = self.px_per_day * (kept / linear if linear > 0 else 1.0)
        squeezed = self.px_per_day * max(0.03, (width - kept) / rest) if rest > 0 else px
        return DayAxis(self.first, self.last, self.left, px, squeezed)

    @property
    def right(self) -> float:
        return self.x(self.last + 1)

    def ticks(self) -> list[tuple[int, str]]:
        """The ticks inside the range, dropping any that would crowd day 0 or the one before."""
        inside = [(d, label) for d, label in TICKS if self.first <= d <= self.last + 1]
        kept: list[tuple[int, str]] = []
        for day, label in sorted(inside, key=lambda t: (t[0] != 0, abs(t[0]))):
            if all(abs(self.x(day) - self.x(k)) >= MIN_TICK_SPACING for k, _ in kept):
                kept.append((day, label))
        return sorted(kept)
