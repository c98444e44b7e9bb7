"""Where the journey's legend can stand without making the drawing any larger.

Drawn large enough to read at the zoom a first look opens at, the legend is two or three
cards wide: under the drawing it makes the drawing taller and every card smaller. A
wrapped journey's last row is often short, leaving the drawing's bottom-right corner
empty; there it costs nothing. Pure geometry (no Qt), so it is checked without a screen.
"""

from __future__ import annotations

from collections.abc import Iterable

from .placement import Box, Cubic, cubic_meets_box

CLEAR = 30.0  # between the legend and the nearest card, line or number


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def free_corner(
    drawn: list[Box], width: float, height: float, solid: Iterable[Box], lines: Iterable[Cubic]
) -> tuple[float, float] | None:
    """The top-left of a ``width`` x ``height`` box in the bottom-right corner of everything
    ``drawn``, if no ``solid`` box (cards, their phase names, numbers) and no line comes
    within CLEAR of it; else None."""
    right, bottom = max(b[2] for b in drawn), max(b[3] for b in drawn)
    if right - width < min(b[0] for b in drawn) or bottom - height < min(b[1] for b in drawn):
        return None
    box = (right - width - CLEAR, bottom - height - CLEAR, right, bottom)
    if any(_overlap(box, other) for other in solid):
        return None
    if any(cubic_meets_box(cubic, box) for cubic in lines):
        return None
    return right - width, bottom - height
