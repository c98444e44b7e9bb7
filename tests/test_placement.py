"""Label placement geometry: the grid must answer as a plain search over every obstacle would."""

from __future__ import annotations

import math

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from models.placement import (
    CURVE_WEIGHT,
    RECT_WEIGHT,
    Box,
    Cubic,
    ObstacleGrid,
    cubic_meets_box,
    point_at_percent,
)

coord = st.floats(min_value=-400, max_value=400, allow_nan=False)
point = st.tuples(coord, coord)
cubics = st.tuples(point, point, point, point)


@st.composite
def boxes(draw: st.DrawFn) -> Box:
    x, y = draw(coord), draw(coord)
    w = draw(st.floats(min_value=1, max_value=300))
    h = draw(st.floats(min_value=1, max_value=200))
    return x, y, x + w, y + h


def along(cubic: Cubic, steps: int = 4000) -> list[tuple[float, float]]:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = cubic
    out = []
    for i in range(steps + 1):
        t = i / steps
        a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
        out.append((a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3))
    return out


def inside(p: tuple[float, float], box: Box, margin: float = 0.0) -> bool:
    return box[0] - margin <= p[0] <= box[2] + margin and box[1] - margin <= p[1] <= box[3] + margin


@settings(max_examples=120, deadline=None)
@given(cubics, boxes())
def test_a_curve_meets_a_box_exactly_when_its_points_do(cubic: Cubic, box: Box) -> None:
    points = along(cubic)
    found = cubic_meets_box(cubic, box)
    if any(inside(p, box, margin=-1.0) for p in points):  # well inside: must be found
        assert found
    if not any(inside(p, box, margin=1.5) for p in points):  # clear of it: must not be
        assert not found


def test_a_straight_line_through_a_box_with_no_point_of_it_inside_still_meets_it() -> None:
    line = ((-100.0, 5.0), (-50.0, 5.0), (50.0, 5.0), (100.0, 5.0))  # crosses, both ends outside
    assert cubic_meets_box(line, (-2.0, 0.0, 2.0, 10.0))
    assert not cubic_meets_box(line, (-2.0, 6.0, 2.0, 10.0))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(boxes(), max_size=12),
    st.lists(st.tuples(st.integers(0, 5), cubics), max_size=12),
    boxes(),
    st.integers(0, 5),
)
def test_the_grid_costs_a_box_as_a_search_over_everything_would(
    obstacles: list[Box], curves: list[tuple[int, Cubic]], box: Box, own: int
) -> None:
    grid = ObstacleGrid(cell=64.0)
    for obstacle in obstacles:
        grid.add_box(obstacle)
    for key, cubic in curves:
        grid.add_curve(key, cubic)
    expected = 0.0
    for o in obstacles:
        w, h = min(box[2], o[2]) - max(box[0], o[0]), min(box[3], o[3]) - max(box[1], o[1])
        if w > 0 and h > 0:
            expected += RECT_WEIGHT * w * h
    crossed = {key for key, cubic in curves if key != own and cubic_meets_box(cubic, box)}
    expected += CURVE_WEIGHT * len(crossed)
    assert math.isclose(grid.cost(box, own), expected, rel_tol=1e-9, abs_tol=1e-6)
    # With a limit it may stop early, but never reports less than the limit it reached.
    limited = grid.cost(box, own, limit=expected / 2 if expected else math.inf)
    assert limited == expected or limited >= expected / 2


@settings(max_examples=80, deadline=None)
@given(st.lists(cubics, min_size=1, max_size=4), st.sampled_from([0.12, 0.26, 0.42, 0.5, 0.66, 0.88]))
def test_points_along_a_chain_are_the_ones_qt_gives(chain: list[Cubic], t: float) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainterPath

    # Chained as arrows are: each cubic starts where the last one ended.
    joined = [chain[0]]
    for cubic in chain[1:]:
        joined.append((joined[-1][3], *cubic[1:]))
    path = QPainterPath(QPointF(*joined[0][0]))
    lengths = []
    for cubic in joined:
        path.cubicTo(*cubic[1], *cubic[2], *cubic[3])
        alone = QPainterPath(QPointF(*cubic[0]))
        alone.cubicTo(*cubic[1], *cubic[2], *cubic[3])
        lengths.append(alone.length())
    assume(all(length > 0 for length in lengths))
    expected = path.pointAtPercent(t)
    assert point_at_percent(joined, lengths, t) == (expected.x(), expected.y())
