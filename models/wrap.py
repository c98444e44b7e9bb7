"""The journey wrapped into rows, like lines of text, so a long journey fits a window's shape.

The layered layout (:mod:`models.layout`) puts the whole journey on one line: in a
window narrower than the journey, fitting it made every card too small to read. Here the
columns are cut into bands of ``per_row`` columns; band 1 goes under band 0, band 2 under
band 1, each read left to right (not boustrophedon: a row that runs right to left reads
backwards, and its arrows would point the wrong way).

Everything is laid out and routed on one line first, then moved: cards by their column,
arrows cut where they cross from one band's columns into the next. The cut ends are joined
by a connector that runs through the margins and the channel between the two bands, where
nothing is drawn, each crossing arrow in its own lane. So no arrow is ever drawn through a
card, and within a band the drawing is exactly the one-line drawing.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from .layout import Layout
from .routing import Cubic, Point, Route

LANE = 12.0  # between the lanes of arrows crossing from one band to the next
CHANNEL = 56.0  # the channel between two bands, before its lanes
BAND_PAD = 34.0  # room above and below a band for its arrow labels


@dataclass(frozen=True)
class Wrap:
    """How the one-line drawing is moved: band ``b`` holds columns ``starts[b]`` onwards."""

    starts: list[int]
    x_step: float
    column_gap: float
    shifts: list[Point]  # per band: (dx, dy) added to one-line coordinates
    channels: list[float]  # per boundary b (between band b and b + 1): top of its channel, wrapped
    width: float
    height: float

    @property
    def bands(self) -> int:
        return len(self.shifts)

    def band_of_column(self, column: int) -> int:
        return max(0, bisect.bisect_right(self.starts, column) - 1)

    def band_of_x(self, x: float) -> int:
        """The band a one-line x belongs to: its columns and the gap after each."""
        column = math.floor((x + self.column_gap / 2) / self.x_step)
        return max(0, self.band_of_column(max(column, 0)))

    def boundary_x(self, b: int) -> float:
        """One-line x of the cut between band ``b`` and ``b + 1``: the middle of the gap."""
        return self.starts[b + 1] * self.x_step - self.column_gap / 2

    def move(self, point: Point, band: int) -> Point:
        dx, dy = self.shifts[band]
        return point[0] + dx, point[1] + dy


def crossings_per_cut(layout: Layout, routes: dict[tuple[str, str], Route]) -> list[int]:
    """For each column c, how many arrows a cut just before it would break."""
    x_step = layout.card_size[0] + layout.spec.column_gap
    n_columns = max(layout.columns.values()) + 1
    counts = [0] * (n_columns + 1)
    for route in routes.values():
        xs = [p[0] for p in route.polyline(4)]
        # Cuts lie in the middle of the gap before a column: which ones fall inside the route.
        first = max(1, math.ceil((min(xs) + layout.spec.column_gap / 2) / x_step))
        last = min(n_columns - 1, math.floor((max(xs) + layout.spec.column_gap / 2) / x_step))
        if first <= last:
            counts[first] += 1
            counts[last + 1] -= 1
    running, out = 0, []
    for c in range(n_columns):
        running += counts[c]
        out.append(running)
    return out


def choose_starts(crossings: list[int], per_row: int) -> list[int]:
    """Where each row starts: at most ``per_row`` columns a row, each cut where it breaks
    the fewest arrows (but a row at least half as long as it may be, so rows stay even)."""
    n_columns = len(crossings)
    starts = [0]
    while n_columns - starts[-1] > per_row:
        s = starts[-1]
        options = range(s + max(1, per_row // 2 + per_row % 2), s + per_row + 1)
        starts.append(min(options, key=lambda e: (crossings[e], -e)))
    return starts


def column_extents(layout: Layout, routes: dict[tuple[str, str], Route]) -> list[tuple[float, float]]:
    """(top, bottom) of what each column holds, in one-line coordinates: cards, and arrows
    over it (each point of an arrow counts for the column it lies over, or the gap after).
    Made once per drawing, so sizing any number of wraps is cheap."""
    _, h = layout.card_size
    x_step = layout.card_size[0] + layout.spec.column_gap
    n_columns = max(layout.columns.values()) + 1
    tops = [math.inf] * n_columns
    bottoms = [-math.inf] * n_columns
    corners = [*layout.positions.values(), *(p for copies in layout.echoes.values() for p in copies)]
    for x, y in corners:
        c = min(max(round(x / x_step), 0), n_columns - 1)
        tops[c] = min(tops[c], y)
        bottoms[c] = max(bottoms[c], y + h)
    gap = layout.spec.column_gap
    for route in routes.values():
        for x, y in route.polyline(6):
            c = min(max(math.floor((x + gap / 2) / x_step), 0), n_columns - 1)
            if y < tops[c]:
                tops[c] = y
            if y > bottoms[c]:
                bottoms[c] = y
    return list(zip(tops, bottoms))


def band_extents(columns: list[tuple[float, float]], starts: list[int], card_height: float) -> list[tuple[float, float]]:
    """(top, bottom) of each band in one-line coordinates, from :func:`column_extents`."""
    out = []
    for a, b in zip(starts, [*starts[1:], len(columns)]):
        top = min(t for t, _ in columns[a:b])
        bottom = max(v for _, v in columns[a:b])
        out.append((top - BAND_PAD, bottom + BAND_PAD) if top <= bottom else (0.0, card_height))
    return out


def wrapped_size(layout: Layout, extents: list[tuple[float, float]], starts: list[int], crossings: list[int]) -> tuple[float, float]:
    """About how big the drawing is wrapped with rows starting at ``starts`` (to choose a wrap)."""
    x_step = layout.card_size[0] + layout.spec.column_gap
    n_columns = max(layout.columns.values()) + 1
    width = _widest(starts, n_columns) * x_step - layout.spec.column_gap
    lanes = [crossings[s] for s in starts[1:]]
    if lanes:
        width += 2 * max(lanes) * LANE  # the lanes in the margins
    height = sum(b - t for t, b in extents) + sum(CHANNEL + n * LANE for n in lanes)
    return width, height


def _widest(starts: list[int], n_columns: int) -> int:
    return max(b - a for a, b in zip(starts, [*starts[1:], n_columns]))


def make_wrap(
    layout: Layout,
    routes: dict[tuple[str, str], Route],
    starts: list[int],
    main: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset(),
    columns: list[tuple[float, float]] | None = None,
) -> tuple[Wrap, dict[tuple[str, str], Route]]:
    """The wrap with rows starting at columns ``starts``, and every route moved and joined
    across rows (``main``: the main journey's arrows, which get the lanes nearest the cards;
    ``columns``: :func:`column_extents`, if already measured)."""
    if columns is None:
        columns = column_extents(layout, routes)
    extents = band_extents(columns, starts, layout.card_size[1])
    x_step = layout.card_size[0] + layout.spec.column_gap
    gap = layout.spec.column_gap
    probe = Wrap(starts, x_step, gap, [(0.0, 0.0)] * len(extents), [], 0.0, 0.0)
    pieces = {key: _cut(route, probe) for key, route in routes.items()}
    # Lanes per boundary: the main journey's arrow first (nearest the cards), then the rest
    # in a fixed order, so the drawing is the same every time.
    lanes: list[dict[tuple[str, str], int]] = [{} for _ in extents]
    for key in sorted(pieces, key=lambda k: (k not in main, k)):
        parts = pieces[key]
        for (band_a, _), (band_b, _) in zip(parts, parts[1:]):
            boundary = min(band_a, band_b)
            for b in range(boundary, max(band_a, band_b)):
                lanes[b].setdefault(key, len(lanes[b]))
    shifts: list[Point] = []
    channels: list[float] = []
    bottom = 0.0
    for b, (top, low) in enumerate(extents):
        dy = 0.0 if b == 0 else bottom - top
        shifts.append((-starts[b] * x_step, dy))
        bottom = low + dy
        channel = CHANNEL + len(lanes[b]) * LANE
        channels.append(bottom)
        bottom += channel
    n_columns = max(layout.columns.values()) + 1
    width = _widest(starts, n_columns) * x_step - gap
    wrap = Wrap(starts, x_step, gap, shifts, channels, width, bottom)
    moved = {key: _join(routes[key], pieces[key], wrap, lanes) for key in routes}
    return wrap, moved


def wrap_layout(layout: Layout, wrap: Wrap) -> tuple[dict[str, Point], dict[str, list[Point]], dict[tuple[str, str], Point]]:
    """Card corners, drawn copies and copy arrow ends moved into their bands."""

    def move(p: Point) -> Point:
        return wrap.move(p, wrap.band_of_column(round(p[0] / wrap.x_step)))

    positions = {s: move(p) for s, p in layout.positions.items()}
    echoes = {s: [move(p) for p in copies] for s, copies in layout.echoes.items()}
    ends = {k: move(p) for k, p in layout.arrow_ends.items()}
    return positions, echoes, ends


def _cut(route: Route, wrap: Wrap) -> list[tuple[int, list[Cubic]]]:
    """The route's segments cut where they cross a band boundary, grouped by band.

    The band is carried from one piece to the next (a cut point lies exactly on a boundary,
    where asking its x would be ambiguous), and each cut moves one band on, so it ends.
    """
    parts: list[tuple[int, list[Cubic]]] = []
    band = wrap.band_of_x(route.segments[0][0][0]) if route.segments else 0
    for cubic in route.segments:
        rest = cubic
        for _ in range(wrap.bands + 1):
            end = wrap.band_of_x(rest[3][0])
            if end == band:
                break
            step = 1 if end > band else -1
            boundary = wrap.boundary_x(band if step > 0 else band - 1)
            if (rest[0][0] - boundary) * (rest[3][0] - boundary) > 0:
                break  # both ends on one side of this boundary: nothing to cut here
            head, rest = _split(rest, _solve_x(rest, boundary))
            _append(parts, band, head)
            band += step
        _append(parts, band, rest)
    return parts


def _append(parts: list[tuple[int, list[Cubic]]], band: int, cubic: Cubic) -> None:
    if parts and parts[-1][0] == band:
        parts[-1][1].append(cubic)
    else:
        parts.append((band, [cubic]))


def _at(c: Cubic, t: float) -> Point:
    u = 1 - t
    a, b, d, e = u**3, 3 * u * u * t, 3 * u * t * t, t**3
    return (
        a * c[0][0] + b * c[1][0] + d * c[2][0] + e * c[3][0],
        a * c[0][1] + b * c[1][1] + d * c[2][1] + e * c[3][1],
    )


def _solve_x(c: Cubic, x: float) -> float:
    """A parameter where the curve is at ``x`` (bisection between ends on either side)."""
    lo, hi = 0.0, 1.0
    sign = (c[0][0] < x)
    for _ in range(40):
        mid = (lo + hi) / 2
        if (_at(c, mid)[0] < x) == sign:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _split(c: Cubic, t: float) -> tuple[Cubic, Cubic]:
    """De Casteljau: the curve cut in two at ``t``."""

    def lerp(p: Point, q: Point) -> Point:
        return p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t

    p0, p1, p2, p3 = c
    a, b, d = lerp(p0, p1), lerp(p1, p2), lerp(p2, p3)
    e, f = lerp(a, b), lerp(b, d)
    g = lerp(e, f)
    return (p0, a, e, g), (g, f, d, p3)


def _line(a: Point, b: Point) -> Cubic:
    return a, (a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3), (a[0] + 2 * (b[0] - a[0]) / 3, a[1] + 2 * (b[1] - a[1]) / 3), b


def _join(route: Route, parts: list[tuple[int, list[Cubic]]], wrap: Wrap, lanes: list[dict[tuple[str, str], int]]) -> Route:
    if len(parts) == 1 and parts[0][0] == 0 and wrap.shifts[0] == (0.0, 0.0):
        return route
    segments: list[Cubic] = []
    for k, (band, cubics) in enumerate(parts):
        moved = [tuple(wrap.move(p, band) for p in cubic) for cubic in cubics]
        if k:
            segments += _connector(segments[-1][3], moved[0][0], parts[k - 1][0], band, wrap, lanes, route.key)
        segments += moved  # type: ignore[arg-type]
    tip = wrap.move(route.tip, parts[-1][0])
    return Route(route.key, segments, tip, route.direction, route.self_loop)


def _connector(
    a: Point, b: Point, band_a: int, band_b: int, wrap: Wrap, lanes: list[dict[tuple[str, str], int]], key: tuple[str, str]
) -> list[Cubic]:
    """From a cut end in one band to the matching cut end in the next, through the margins.

    Going down (forward) it leaves the right end of band a, runs left along the channel and
    comes down the left margin; going up (back) the other way round. Each arrow has a lane,
    so those crossing the same boundary run side by side, never on top of each other.
    """
    boundary = min(band_a, band_b)
    lane = lanes[boundary].get(key, 0)
    off = (lane + 1) * LANE
    cy = wrap.channels[boundary] + CHANNEL / 2 + lane * LANE
    right = wrap.width + wrap.column_gap / 2 + off - LANE
    left = -wrap.column_gap / 2 - off + LANE
    first, last = (right, left) if band_b > band_a else (left, right)
    points = [a, (first, a[1]), (first, cy), (last, cy), (last, b[1]), b]
    return [_line(p, q) for p, q in zip(points, points[1:]) if p != q]
