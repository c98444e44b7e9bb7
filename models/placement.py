"""Where an arrow's label may go without covering cards, other labels or other arrows.

Pure geometry (no Qt), so it can be checked without a screen. Obstacles are kept in a
uniform grid of buckets: a question about one label's box reads only the few buckets it
touches, so placing every label stays linear in the size of the pathway.
"""

from __future__ import annotations

import math
from collections.abc import Hashable
from typing import Any

Box = tuple[float, float, float, float]  # left, top, right, bottom
Point = tuple[float, float]
Cubic = tuple[Point, Point, Point, Point]

RECT_WEIGHT = 100.0  # per square unit of a card or label covered
CURVE_WEIGHT = 600.0  # per other arrow crossed: less bad than covering a card, still bad


class ObstacleGrid:
    """Cards, placed labels and arrow curves, bucketed by the grid cells they touch."""

    def __init__(self, cell: float = 160.0) -> None:
        self._cell = cell
        # Each box with the first grid cell it is filed under (column, row): a question about
        # a box over several cells counts it only in the first of them both share.
        self._boxes: dict[tuple[int, int], list[tuple[float, float, float, float, int, int]]] = {}
        self._curves: dict[tuple[int, int], list[tuple[Hashable, Cubic, Box, float, float]]] = {}

    def _span(self, box: Box) -> tuple[range, range]:
        c = self._cell
        return (
            range(math.floor(box[0] / c), math.floor(box[2] / c) + 1),
            range(math.floor(box[1] / c), math.floor(box[3] / c) + 1),
        )

    def add_box(self, box: Box) -> None:
        span = self._span(box)
        _file_under(self._boxes, span, (*box, span[0].start, span[1].start))

    def add_curve(self, key: Hashable, cubic: Cubic, weight: float = CURVE_WEIGHT, margin: float = 0.0) -> None:
        """A piece of the arrow ``key``; ``weight``: what running through it costs (a line
        that must not be hidden weighs more); ``margin``: how far from it a box still meets it."""
        # A cubic lies inside the hull of its control points, so their box bounds it.
        left, top, right, bottom = _control_box(cubic)
        bounds = left - margin, top - margin, right + margin, bottom + margin
        _file_under(self._curves, self._span(bounds), (key, cubic, bounds, weight, margin))

    def cost(
        self, box: Box, own: Hashable, limit: float = math.inf, *, lines: bool = True, heavier: float = 0.0
    ) -> float:
        """How bad ``box`` is: area of boxes covered, plus each other arrow running through it
        (without ``lines``: the area alone, what a label there would hide; with ``heavier``,
        only the arrows weighing more than that are counted).

        Stops counting once the cost reaches ``limit`` (the caller only wants better places).
        """
        left, top, right, bottom = box
        c = self._cell
        i0, i1, j0, j1 = int(left // c), int(right // c), int(top // c), int(bottom // c)
        # A box in one cell (most numbers) needs no list of cells, and meets no obstacle
        # twice. This runs hundreds of thousands of times a look.
        several = i0 != i1 or j0 != j1
        cells = [(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)] if several else ((i0, j0),)
        cost = 0.0
        boxes = self._boxes
        if boxes:
            for cell in cells:
                for other in boxes.get(cell, ()):
                    if other[0] >= right or other[2] <= left or other[1] >= bottom or other[3] <= top:
                        continue
                    # Met in several of these cells: counted in the first (in this loop's order).
                    if several and (
                        (other[4] if other[4] > i0 else i0) != cell[0] or (other[5] if other[5] > j0 else j0) != cell[1]
                    ):
                        continue
                    width = (right if right < other[2] else other[2]) - (left if left > other[0] else other[0])
                    height = (bottom if bottom < other[3] else other[3]) - (top if top > other[1] else other[1])
                    cost += RECT_WEIGHT * width * height
        if cost >= limit or not lines:
            return cost
        curves = self._curves
        if not curves:
            return cost
        crossed: set[Hashable] | None = None  # the arrows counted already, made at the first
        for cell in cells:
            for key, cubic, (x0, y0, x1, y1), weight, margin in curves.get(cell, ()):
                if x1 < left or x0 > right or y1 < top or y0 > bottom or weight <= heavier or key == own:
                    continue
                if crossed is not None and key in crossed:
                    continue
                if cubic_meets_box(cubic, (left - margin, top - margin, right + margin, bottom + margin) if margin else box):
                    if crossed is None:
                        crossed = {key}
                    else:
                        crossed.add(key)
                    cost += weight
                    if cost >= limit:
                        return cost
        return cost


def _control_box(cubic: Cubic) -> Box:
    xs = (cubic[0][0], cubic[1][0], cubic[2][0], cubic[3][0])
    ys = (cubic[0][1], cubic[1][1], cubic[2][1], cubic[3][1])
    return min(xs), min(ys), max(xs), max(ys)


def cubic_meets_box(cubic: Cubic, box: Box, tolerance: float = 0.5) -> bool:
    """Whether the curve passes through the box (inside or on its edge), to ``tolerance``.

    Halves the curve (de Casteljau) until each piece's control hull is clear of the box, has
    an end inside it, or is straight to within the tolerance and can be clipped as a line.
    """
    left, top, right, bottom = box
    stack = [cubic]
    while stack:
        p0, p1, p2, p3 = stack.pop()
        (ax, ay), (bx, by), (cx, cy), (dx, dy) = p0, p1, p2, p3
        # Clear of the box when all four control points are beyond one of its sides.
        if (ax < left and bx < left and cx < left and dx < left) or (
            ax > right and bx > right and cx > right and dx > right
        ):
            continue
        if (ay < top and by < top and cy < top and dy < top) or (
            ay > bottom and by > bottom and cy > bottom and dy > bottom
        ):
            continue
        if (left <= ax <= right and top <= ay <= bottom) or (left <= dx <= right and top <= dy <= bottom):
            return True
        # Straight to within the tolerance (both inner points near the chord, between its
        # ends): clip it as a line.
        ux, uy = dx - ax, dy - ay
        length_sq = ux * ux + uy * uy
        if length_sq > 1e-12:
            limit = tolerance * tolerance * length_sq
            c1 = (bx - ax) * uy - (by - ay) * ux
            c2 = (cx - ax) * uy - (cy - ay) * ux
            if c1 * c1 <= limit and c2 * c2 <= limit:
                a1 = (bx - ax) * ux + (by - ay) * uy
                a2 = (cx - ax) * ux + (cy - ay) * uy
                if 0 <= a1 <= length_sq and 0 <= a2 <= length_sq:
                    if _segment_meets_box(p0, p3, box):
                        return True
                    continue
        elif _flat(p0, p1, p2, p3, tolerance):
            if _segment_meets_box(p0, p3, box):
                return True
            continue
        # Split at t = 0.5.
        abx, aby = (ax + bx) / 2, (ay + by) / 2
        bcx, bcy = (bx + cx) / 2, (by + cy) / 2
        cdx, cdy = (cx + dx) / 2, (cy + dy) / 2
        ex, ey = (abx + bcx) / 2, (aby + bcy) / 2
        fx, fy = (bcx + cdx) / 2, (bcy + cdy) / 2
        mx, my = (ex + fx) / 2, (ey + fy) / 2
        stack.append(((mx, my), (fx, fy), (cdx, cdy), p3))
        stack.append((p0, (abx, aby), (ex, ey), (mx, my)))
    return False


def _flat(p0: Point, p1: Point, p2: Point, p3: Point, tolerance: float) -> bool:
    """Both inner control points lie within ``tolerance`` of the chord: the piece is a line."""
    dx, dy = p3[0] - p0[0], p3[1] - p0[1]
    length_sq = dx * dx + dy * dy
    limit = tolerance * tolerance
    if length_sq < 1e-12:
        return all((p[0] - p0[0]) ** 2 + (p[1] - p0[1]) ** 2 <= limit for p in (p1, p2))
    for p in (p1, p2):
        cross = (p[0] - p0[0]) * dy - (p[1] - p0[1]) * dx
        along = (p[0] - p0[0]) * dx + (p[1] - p0[1]) * dy
        if cross * cross > limit * length_sq or along < 0 or along > length_sq:
            return False
    return True


def _segment_meets_box(a: Point, b: Point, box: Box) -> bool:
    """Liang-Barsky: whether the segment from ``a`` to ``b`` has a point inside ``box``."""
    left, top, right, bottom = box
    dx, dy = b[0] - a[0], b[1] - a[1]
    low, high = 0.0, 1.0
    for p, q in ((-dx, a[0] - left), (dx, right - a[0]), (-dy, a[1] - top), (dy, bottom - a[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def point_at_percent(cubics: list[Cubic], lengths: list[float], t: float) -> Point:
    """The point ``t`` of the way along a chain of cubics, exactly as QPainterPath.pointAtPercent.

    Qt measures the whole path on every call; given each cubic's length once (from Qt, so the
    numbers are the same), this repeats only Qt's cheap arithmetic: find the cubic where the
    running length passes ``t``, map length to its parameter linearly, evaluate it.
    """
    total = 0.0
    for length in lengths:
        total += length
    run = 0.0
    last = len(cubics) - 1
    for index, (cubic, length) in enumerate(zip(cubics, lengths)):
        before = run
        run += length
        if index == last or run / total >= t:
            return _cubic_point(cubic, min(1.0, max(0.0, (total * t - before) / length)))
    raise ValueError("no cubics")


def _cubic_point(cubic: Cubic, t: float) -> Point:
    # The same operations in the same order as QBezier::pointAt, so results agree to the bit.
    (x1, y1), (x2, y2), (x3, y3), (x4, y4) = cubic
    m = 1.0 - t
    a, b, c = x1 * m + x2 * t, x2 * m + x3 * t, x3 * m + x4 * t
    a, b = a * m + b * t, b * m + c * t
    x = a * m + b * t
    a, b, c = y1 * m + y2 * t, y2 * m + y3 * t, y3 * m + y4 * t
    a, b = a * m + b * t, b * m + c * t
    return x, a * m + b * t


def _file_under(table: dict[tuple[int, int], list[Any]], span: tuple[range, range], entry: Any) -> None:
    """Add ``entry`` to every grid cell in ``span``."""
    columns, rows = span
    for i in columns:
        for j in rows:
            table.setdefault((i, j), []).append(entry)
