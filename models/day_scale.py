"""The timeline's day scale: where a day sits across the page (no Qt).

Day 0 is the infusion. The busy weeks around it (days -14 to +14) are drawn to a straight
scale; before and after them time is squeezed on a log scale, so a two-year follow-up and
the three days of chemotherapy are both readable on one screen. Pure arithmetic, so the
scale is tested without a screen and the timeline's items only draw what it says.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

LINEAR_DAYS = 14  # days -14..+14 are drawn to a straight scale
SQUEEZE = 10.0  # beyond them, d days take SQUEEZE * ln(1 + d / SQUEEZE) "day widths"
PX_PER_DAY = 15.0
MIN_TICK_SPACING = 92.0

# Ticks a reader knows: days near day 0, then months and years.
TICKS: tuple[tuple[int, str], ...] = (
    (-365, "1 year before"),
    (-182, "6 months before"),
    (-91, "3 months before"),
    (-56, "day -56"),
    (-28, "day -28"),
    (-14, "day -14"),
    (-7, "day -7"),
    (0, "day 0"),  # the timeline writes the pathway's own name for day 0 above it
    (7, "day +7"),
    (14, "day +14"),
    (28, "1 month"),
    (91, "3 months"),
    (182, "6 months"),
    (365, "1 year"),
    (730, "2 years"),
    (1095, "3 years"),
    (1825, "5 years"),
    (3650, "10 years"),
    (5479, "15 years"),
    (7305, "20 years"),
    (10958, "30 years"),
)


def patient_tick_label(day: int, label: str) -> str:
    """A tick's words for patients: no negative day numbers ('day -28' -> '4 weeks before').

    Day 0 stays 'Day 0' (the timeline's note says what day 0 is: the file decides).
    """
    if day == 0:
        return "Day 0"
    if not label.startswith("day "):
        return label if day < 0 else f"{label} after"
    weeks, days = divmod(abs(day), 7)
    amount = f"{weeks} week{'s' if weeks != 1 else ''}" if days == 0 else f"{abs(day)} days"
    return f"{amount} {'before' if day < 0 else 'after'}"


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

    def x(self, day: float) -> float:
        return self.left + (day_units(day) - day_units(self.first)) * PX_PER_DAY

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
