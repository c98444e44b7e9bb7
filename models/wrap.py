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

Only the main journey is joined that way. Another path that leaves its band (a way back to
the first step, a side step in the next row) is cut short, as transit maps do: a stub
leaves the card, a stub enters its target, and both ends carry the same number. Followed
whole, such an arrow took its one-line detour (a tall arc over the row, a dive under the
side steps) into every band it passed, and those detours, not the cards, set the height.
Where the side cards are short (a long journey's first look, ``Footprint.cut_detours``), a
side path that stays in its band but dives below or arcs above the band's cards is cut short
the same way: its detour alone made the band, and the journey's first look, twice as high.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

from .layout import Layout
from .routing import Cubic, Point, Route

LANE = 12.0  # between the lanes of arrows crossing from one band to the next
CHANNEL = 40.0  # the channel between two bands, before its lanes
BAND_PAD = 24.0  # room above and below a band for its arrow labels
# Where the side steps' cards are short (a long journey's first look) the labels are too
# small to be drawn (under 9 pt): a band keeps only room for the selection ring.
BARE_PAD = 16.0
STUB = 52.0  # how far a cut-short arrow runs from its card (its number sits at the end)
Key = tuple[str, str]


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
    # Arrows cut short (another path leaving its band), in the order of their numbers.
    stubbed: tuple[Key, ...] = ()
    channel: float = CHANNEL  # each channel's height before its lanes (Footprint.channel)

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


@dataclass(frozen=True)
class Footprint:
    """What each column and each arrow takes up and down, in one-line coordinates; made
    once per drawing, so sizing any number of wraps is cheap.

    ``columns``: (top, bottom) of the cards in each column. ``arrows``: per arrow, the cuts
    it would cross (first and last column a cut before which breaks it), its (top, bottom),
    whether it is the main journey's, and the (column, top, bottom) of the stubs it is
    drawn as when cut short (at its source, then at its target).
    """

    columns: list[tuple[float, float]]
    arrows: list[tuple[int, int, float, float, bool, tuple[int, float, float], tuple[int, float, float]]]
    main_cuts: list[int]  # main-journey arrows a cut before each column breaks
    keys: list[Key]  # whose each entry of ``arrows`` is
    # The arrows that may reach above or below the cards of their band (most never do): only
    # these are looked at when sizing a wrap, done a few dozen times to open a journey.
    tall: list[int]
    cuts: list[int]  # arrows of any kind a cut before each column breaks (crossings_per_cut)
    pad: float = BAND_PAD  # room above and below each band
    cut_detours: bool = False  # a side path reaching past its band's cards is cut short too
    # How much larger than at the normal text size the drawing is: the channels between
    # bands hold the phase names above the next band's cards, and a stub must reach as far
    # past its card for its number and words, all grown with the text.
    scale: float = 1.0

    @property
    def channel(self) -> float:
        """The channel between two bands, before its lanes."""
        return CHANNEL * self.scale


def footprint(
    layout: Layout,
    routes: dict[Key, Route],
    main: set[Key] | frozenset[Key] = frozenset(),
    pad: float = BAND_PAD,
    cut_detours: bool = False,
    scale: float = 1.0,
) -> Footprint:
    """The :class:`Footprint` of the one-line drawing (``main``: the main journey's arrows;
    ``pad``: room above and below each band; ``cut_detours`` and ``scale``: see Footprint)."""
    x_step = layout.card_size[0] + layout.spec.column_gap
    gap = layout.spec.column_gap
    n_columns = max(layout.columns.values()) + 1
    tops = [math.inf] * n_columns
    bottoms = [-math.inf] * n_columns
    corners = [*layout.positions.values(), *(p for copies in layout.echoes.values() for p in copies)]
    for x, y in corners:
        c = min(max(round(x / x_step), 0), n_columns - 1)
        tops[c] = min(tops[c], y)
        bottoms[c] = max(bottoms[c], y + layout.height_at(y))
    arrows = []
    main_cuts = [0] * (n_columns + 1)
    all_cuts = [0] * (n_columns + 1)
    for key, route in routes.items():
        points = route.polyline(6)
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        first = max(1, math.ceil((min(xs) + gap / 2) / x_step))
        last = min(n_columns - 1, math.floor((max(xs) + gap / 2) / x_step))
        source_column = layout.columns[key[0]]
        end = layout.arrow_ends.get(key)  # an arrow into a drawn copy ends at the copy's column
        target_column = round(end[0] / x_step) if end is not None else layout.columns[key[1]]
        ends = []
        # About how far the stubs reach (neighbours are staggered), along the points at hand:
        # cutting every route's stubs exactly was a quarter of a second at 1,000 steps.
        for column, run in ((source_column, points), (target_column, points[::-1])):
            low, high = _reach(run, STUB + BADGE_STEP)
            ends.append((column, low - BADGE_ROOM * scale, high + BADGE_ROOM * scale))
        is_main = key in main
        arrows.append((first, last, min(ys), max(ys), is_main, ends[0], ends[1]))
        if first <= last:
            all_cuts[first] += 1
            all_cuts[last + 1] -= 1
            if is_main:
                main_cuts[first] += 1
                main_cuts[last + 1] -= 1
    cuts, crossings = _running(main_cuts, n_columns), _running(all_cuts, n_columns)

    def within(column: int, top: float, bottom: float) -> bool:
        return tops[column] <= top and bottom <= bottoms[column]

    tall = []
    for i, (first, last, top, bottom, _, source, target) in enumerate(arrows):
        # Whichever band takes the whole line holds one of its end columns; a stub's band
        # holds its card's column.
        lo = first - 1 if first <= last else last
        whole = within(lo, top, bottom) and within(last, top, bottom)
        if not (whole and within(*source) and within(*target)):
            tall.append(i)
    return Footprint(list(zip(tops, bottoms)), arrows, cuts, list(routes), tall, crossings, pad, cut_detours, scale)


def _running(steps: list[int], n: int) -> list[int]:
    running, out = 0, []
    for c in range(n):
        running += steps[c]
        out.append(running)
    return out


BADGE_ROOM = 32.0  # a stub's number reaches this far beyond the stub's end


def _reach(points: list[Point], length: float) -> tuple[float, float]:
    """(top, bottom) of the first ``length`` along a line through ``points``."""
    low = high = points[0][1]
    run = 0.0
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        step = math.hypot(bx - ax, by - ay)
        if run + step >= length:
            t = (length - run) / step if step else 0.0
            y = ay + (by - ay) * t
            return min(low, y), max(high, y)
        low, high = min(low, by), max(high, by)
        run += step
    return low, high


def _crosses(starts: list[int], first: int, last: int) -> bool:
    """Whether a row break falls on a cut from ``first`` to ``last``."""
    i = bisect.bisect_left(starts, max(first, 1))
    return i < len(starts) and starts[i] <= last


def band_extents(fp: Footprint, starts: list[int], card_height: float) -> list[tuple[float, float]]:
    """(top, bottom) of each band in one-line coordinates: its cards, the arrows that stay in
    it (or are the main journey's), and the stubs of those cut short."""
    n_columns = len(fp.columns)
    bands = len(starts)
    tops, bottoms = [math.inf] * bands, [-math.inf] * bands
    for b, (a, e) in enumerate(zip(starts, [*starts[1:], n_columns])):
        for t, v in fp.columns[a:e]:
            tops[b] = min(tops[b], t)
            bottoms[b] = max(bottoms[b], v)

    def band(column: int) -> int:
        return max(0, bisect.bisect_right(starts, column) - 1)

    cards = list(zip(tops, bottoms))
    for i in fp.tall:
        first, last, top, bottom, is_main, source, target = fp.arrows[i]
        if is_main or not _crosses(starts, first, last):
            held = {band(first - 1), band(last)} if first <= last else {band(min(last, first - 1))}
            if is_main or not any(_detour(fp, cards[b], top, bottom) for b in held):
                for b in held:
                    tops[b] = min(tops[b], top)
                    bottoms[b] = max(bottoms[b], bottom)
                continue
        for column, top, bottom in (source, target):
            b = band(column)
            tops[b] = min(tops[b], top)
            bottoms[b] = max(bottoms[b], bottom)
    return [(t - fp.pad, v + fp.pad) if t <= v else (0.0, card_height) for t, v in zip(tops, bottoms)]


FEW_COLUMNS = 40  # up to this many columns the rows are cut where they are lowest in all
ROW_COST = 120.0  # what one more row must save in height to be worth it


def lowest_starts(fp: Footprint, per_row: int, heights: dict[tuple[int, int], float] | None = None) -> list[int]:
    """Row starts, at most ``per_row`` columns a row, that make the wrapped drawing lowest
    (each row more counted as ROW_COST higher; on a tie, fewer rows, then the earlier rows
    fuller): a row that cuts through side steps, or holds the far end of a long detour, can
    be twice as high as one cut elsewhere. Every row but the last is at least half as long
    as it may be (one card alone on the first row reads as a title, not a step). Tries
    every cut, so for FEW_COLUMNS at most.
    ``heights`` caches the height of each row (first column, end) between calls."""
    n = len(fp.columns)
    if heights is None:
        heights = {}
    best: list[tuple[float, int, int]] = [(0.0, 0, 0)] + [(math.inf, 0, 0)] * n  # (height, rows, start)
    shortest = per_row // 2 + per_row % 2  # as choose_starts: only the last row may be shorter
    for end in range(1, n + 1):
        for start in range(max(0, end - per_row), end):
            if best[start][0] == math.inf or (end < n and end - start < shortest):
                continue
            key = (start, end)
            if key not in heights:
                heights[key] = _row_height(fp, start, end)
            channel = fp.channel + (fp.main_cuts[start] * LANE if start else 0.0)
            # A row more must save real height (a row of its own for one card reads badly).
            extra = channel + ROW_COST * fp.scale if start else 0.0
            option = (best[start][0] + heights[key] + extra, best[start][1] + 1, start)
            if _better(option, best[end]):
                best[end] = option
    starts, end = [], n
    while end > 0:
        end = best[end][2]
        starts.append(end)
    return starts[::-1]


def _better(option: tuple[float, int, int], than: tuple[float, int, int]) -> bool:
    """Lower by more than a pixel; else fewer rows; else the earlier rows fuller (a page
    reads from its top: a short row goes last)."""
    if abs(option[0] - than[0]) > 1.0:
        return option[0] < than[0]
    return (option[1], -option[2]) < (than[1], -than[2])


DETOUR_SLACK = 0.5  # share of a band's padding a side path may reach past its cards, drawn whole


def _detour(fp: Footprint, cards: tuple[float, float], top: float, bottom: float) -> bool:
    """Whether a side path staying in a band whose cards span ``cards`` (top, bottom) is cut
    short for its detour: only where Footprint.cut_detours asks, and only a path that would
    make the band higher than its cards (a line between cards, or hugging one, stays whole)."""
    if not fp.cut_detours or cards[0] > cards[1]:
        return False
    slack = DETOUR_SLACK * fp.pad
    return top < cards[0] - slack or bottom > cards[1] + slack


def _row_height(fp: Footprint, start: int, end: int) -> float:
    """How high a row of columns ``start`` to ``end`` (not included) is, its padding too."""
    n = len(fp.columns)
    top, bottom = math.inf, -math.inf
    for t, v in fp.columns[start:end]:
        top, bottom = min(top, t), max(bottom, v)
    cards = (top, bottom)
    for i in fp.tall:
        first, last, a_top, a_bottom, is_main, source, target = fp.arrows[i]
        cut = (0 < start and first <= start <= last) or (end < n and first <= end <= last)
        inside = (first - 1 if first <= last else last) >= start and last < end
        if not is_main and not cut and inside and _detour(fp, cards, a_top, a_bottom):
            cut = True  # drawn as two stubs (make_wrap): their reach, not the detour's, counts
        if is_main or not cut:
            if inside or (is_main and cut and (start <= last and first - 1 < end)):
                top, bottom = min(top, a_top), max(bottom, a_bottom)
            continue
        for column, s_top, s_bottom in (source, target):
            if start <= column < end:
                top, bottom = min(top, s_top), max(bottom, s_bottom)
    return bottom - top + 2 * fp.pad if top <= bottom else 0.0


def wrapped_size(
    layout: Layout, extents: list[tuple[float, float]], starts: list[int], crossings: list[int], channel: float = CHANNEL,
) -> tuple[float, float]:
    """About how big the drawing is wrapped with rows starting at ``starts`` (to choose a wrap);
    ``crossings``: the arrows joined across each cut (Footprint.main_cuts: the others are cut
    short, and take no lane); ``channel``: Footprint.channel."""
    x_step = layout.card_size[0] + layout.spec.column_gap
    n_columns = max(layout.columns.values()) + 1
    width = _widest(starts, n_columns) * x_step - layout.spec.column_gap
    lanes = [crossings[s] for s in starts[1:]]
    if lanes:
        width += 2 * max(lanes) * LANE  # the lanes in the margins
    height = sum(b - t for t, b in extents) + sum(channel + n * LANE for n in lanes)
    return width, height


def _widest(starts: list[int], n_columns: int) -> int:
    return max(b - a for a, b in zip(starts, [*starts[1:], n_columns]))


def make_wrap(
    layout: Layout,
    routes: dict[Key, Route],
    starts: list[int],
    main: set[Key] | frozenset[Key] = frozenset(),
    fp: Footprint | None = None,
) -> tuple[Wrap, dict[Key, Route]]:
    """The wrap with rows starting at columns ``starts``, and every route moved: the main
    journey's joined across rows, another path that leaves its row cut short to two
    numbered stubs (``main``: the main journey's arrows; ``fp``: :func:`footprint`, if
    already measured)."""
    if fp is None:
        fp = footprint(layout, routes, main)
    extents = band_extents(fp, starts, layout.card_size[1])
    x_step = layout.card_size[0] + layout.spec.column_gap
    gap = layout.spec.column_gap
    probe = Wrap(starts, x_step, gap, [(0.0, 0.0)] * len(extents), [], 0.0, 0.0)
    pieces = {key: _cut(route, probe) for key, route in routes.items()}
    cut_short = {key for key, parts in pieces.items() if key not in main and len({band for band, _ in parts}) > 1}
    cut_short |= _detours(fp, starts, probe)
    # Lanes per boundary, in a fixed order so the drawing is the same every time.
    lanes: list[dict[Key, int]] = [{} for _ in extents]
    for key in sorted(k for k in pieces if k not in cut_short):
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
        channel = fp.channel + len(lanes[b]) * LANE
        channels.append(bottom)
        bottom += channel
    n_columns = max(layout.columns.values()) + 1
    width = _widest(starts, n_columns) * x_step - gap
    # Numbered in reading order of their sources: row by row, left to right.
    columns = {key: (source[0], target[0]) for key, (*_, source, target) in zip(fp.keys, fp.arrows)}
    order = tuple(sorted(cut_short, key=lambda k: (columns[k], k)))
    wrap = Wrap(starts, x_step, gap, shifts, channels, width, bottom, order, fp.channel)
    lengths = _stub_lengths({key: routes[key] for key in order}, fp.scale)
    moved = {}
    for key, route in routes.items():
        if key in cut_short:
            source_col, target_col = columns[key]
            moved[key] = _stubs_moved(route, wrap, wrap.band_of_column(source_col), wrap.band_of_column(target_col), lengths[key])
        else:
            moved[key] = _join(route, pieces[key], wrap, lanes)
    return wrap, moved


def _detours(fp: Footprint, starts: list[int], wrap: Wrap) -> set[Key]:
    """The side paths that stay in their band but reach past its cards (see _detour)."""
    if not fp.cut_detours:
        return set()
    n_columns = len(fp.columns)
    cards = []
    for a, e in zip(starts, [*starts[1:], n_columns]):
        spans = fp.columns[a:e]
        cards.append((min(t for t, _ in spans), max(v for _, v in spans)))
    out = set()
    for i in fp.tall:
        first, last, top, bottom, is_main, _, _ = fp.arrows[i]
        if is_main or _crosses(starts, first, last):
            continue
        if _detour(fp, cards[wrap.band_of_column(first - 1 if first <= last else last)], top, bottom):
            out.add(fp.keys[i])
    return out


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


def stubs(route: Route, length: float = STUB, end_length: float | None = None) -> tuple[list[Cubic], list[Cubic]]:
    """The first ``length`` and the last ``end_length`` (as long, if not given) of a route,
    the last ending at its arrowhead's base."""
    head = _take(route.segments, length)
    back = length if end_length is None else end_length
    tail = [_reverse(c) for c in reversed(_take([_reverse(c) for c in reversed(route.segments)], back))]
    return head, tail


def _take(segments: list[Cubic], length: float) -> list[Cubic]:
    out: list[Cubic] = []
    left = length
    for cubic in segments:
        size = _length(cubic)
        if size >= left:
            out.append(_split(cubic, _at_length(cubic, left))[0] if size > 0 else cubic)
            return out
        out.append(cubic)
        left -= size
    return out


def _length(c: Cubic, steps: int = 8) -> float:
    points = [_at(c, i / steps) for i in range(steps + 1)]
    return sum(math.dist(p, q) for p, q in zip(points, points[1:]))


def _at_length(c: Cubic, length: float, steps: int = 16) -> float:
    """About the parameter at which the curve has run ``length``."""
    run, previous = 0.0, c[0]
    for i in range(1, steps + 1):
        point = _at(c, i / steps)
        step = math.dist(previous, point)
        if run + step >= length:
            return (i - 1 + (length - run) / step) / steps if step else i / steps
        run, previous = run + step, point
    return 1.0


def _reverse(c: Cubic) -> Cubic:
    return c[3], c[2], c[1], c[0]


BADGE_STEP = 52.0  # how much longer a stub is than its neighbour on the same card side


def _stub_lengths(routes: dict[Key, Route], scale: float = 1.0) -> dict[Key, tuple[float, float]]:
    """How long each stub is (at its source, at its target). Stubs leave a card side a port
    apart, closer than their numbers are wide: neighbours are made longer by turns, so the
    numbers stand in two or three staggered rows instead of on top of each other."""
    ends: dict[tuple[str, str], list[tuple[float, Key, int]]] = {}
    for key, route in routes.items():
        first, last = route.segments[0], route.segments[-1]
        for which, (port, towards), step in ((0, (first[0], first[1]), key[0]), (1, (route.tip, last[3]), key[1])):
            dx, dy = towards[0] - port[0], towards[1] - port[1]
            side = ("right" if dx > 0 else "left") if abs(dx) >= abs(dy) else ("down" if dy > 0 else "up")
            along = port[1] if side in ("left", "right") else port[0]
            ends.setdefault((step, side), []).append((along, key, which))
    lengths = {key: [STUB * scale, STUB * scale] for key in routes}
    for group in ends.values():
        group.sort()
        turns = min(len(group), 3)
        for i, (_, key, which) in enumerate(group):
            lengths[key][which] = (STUB + (i % turns) * BADGE_STEP) * scale
    return {key: (a, b) for key, (a, b) in lengths.items()}


def _stubs_moved(route: Route, wrap: Wrap, source_band: int, target_band: int, lengths: tuple[float, float] = (STUB, STUB)) -> Route:
    """The route as two stubs, each moved into its card's band; the line breaks between them."""
    head, tail = stubs(route, *lengths)
    segments = [tuple(wrap.move(p, source_band) for p in c) for c in head]
    segments += [tuple(wrap.move(p, target_band) for p in c) for c in tail]
    return Route(route.key, segments, wrap.move(route.tip, target_band), route.direction, route.self_loop)  # type: ignore[arg-type]


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
    cy = wrap.channels[boundary] + wrap.channel / 2 + lane * LANE
    right = wrap.width + wrap.column_gap / 2 + off - LANE
    left = -wrap.column_gap / 2 - off + LANE
    first, last = (right, left) if band_b > band_a else (left, right)
    points = [a, (first, a[1]), (first, cy), (last, cy), (last, b[1]), b]
    return [_line(p, q) for p, q in zip(points, points[1:]) if p != q]
