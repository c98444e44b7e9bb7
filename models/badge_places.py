"""Where the numbers of the cut-short lines stand, so no two are read as one.

A line that leaves its row is drawn as two stubs, each ending in a numbered badge
(:mod:`models.wrap`). Stubs leaving one card side were only staggered by turns, so two
badges of different lines could still touch ("8" beside "9" read as "98"), and another
line could run through a number. Here each badge in turn is a box to keep clear: its stub
is made longer or shorter, or bent towards a free place, until its badge touches no card,
no arrowhead, no other line and no badge already placed, staying near its card.

Pure geometry (no Qt), so it is checked without a screen.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from .label_spots import MAIN_LINE_WEIGHT, beside
from .placement import CURVE_WEIGHT, Box, ObstacleGrid
from .remembered import Recall
from .routing import Cubic, Point, Route
from .wrap import Key, _length, _line, _reverse, _take

BADGE_GAP = 6.0  # between two badges: touching numbers read as one ("98")
LINE_GAP = 3.0  # between a badge and another line (drawn 8 units wide where it is pointed at)
# ...and from the main journey's line, this share of the badge's height: drawn large (zoomed
# out), a number a few units off a corner of the line between two rows reads as on it.
# Nearer than that costs less than standing on another line (which stays the worse).
MAIN_GAP_SHARE = 0.15
NEAR_MAIN_WEIGHT = CURVE_WEIGHT / 2
NEAR_CARD = 140.0  # a badge stays this close to its card, so the reader sees whose it is
FURTHER = 200.0  # ...or this close, where nothing nearer is free of lines and other badges
BADGE_WEIGHT = 100.0  # two numbers on top of each other are worse than a number on a line
STEP = 6.0  # how much a stub's length changes from one try to the next
SHORTEST = 24.0  # a stub is never shorter than this: it has to leave its card visibly

Anchor = tuple[Point, Point]  # a stub's free end, and the unit vector pointing away from its card
# The words of a cut-short line, on its first stub: the size of the number the label is
# placed beside (drawn where labels are first read) and the label's sizes (as usual, and
# wrapped narrow to stand in a gap between columns).
LabelRoom = tuple[tuple[float, float], list[tuple[float, float]]]


def badge_anchors(route: Route) -> list[Anchor]:
    """Where a cut-short route's two marks hang: the free end of the first stub and of the
    second, each with the unit vector pointing away from its card."""
    segments = route.segments
    i = _break(route)
    if i is None:
        return []
    out = []
    for end, before in ((segments[i - 1][3], segments[i - 1][2]), (segments[i][0], segments[i][1])):
        dx, dy = end[0] - before[0], end[1] - before[1]
        length = math.hypot(dx, dy) or 1.0
        out.append((end, (dx / length, dy / length)))
    return out


def badge_box(anchor: Anchor, size: tuple[float, float]) -> Box:
    """The mark of ``size`` touching its stub's free end, in line with the stub."""
    (x, y), (dx, dy) = anchor
    w, h = size
    reach = (w if abs(dx) > abs(dy) else h) / 2
    cx, cy = x + dx * reach, y + dy * reach
    return cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2


def _break(route: Route) -> int | None:
    segments = route.segments
    return next((i for i in range(1, len(segments)) if segments[i][0] != segments[i - 1][3]), None)


def _stub(route: Route, which: int) -> list[Cubic]:
    """Stub ``which`` (0 at the source, 1 at the target) as running from its card to its free end."""
    i = _break(route)
    assert i is not None
    return list(route.segments[:i]) if which == 0 else [_reverse(c) for c in reversed(route.segments[i:])]


def _shortened(stub: list[Cubic], change: float) -> list[Cubic]:
    return _take(stub, max(SHORTEST, sum(_length(c) for c in stub) + change)) if change < 0 else stub


def _way_out(stub: list[Cubic]) -> Anchor:
    end, before = stub[-1][3], stub[-1][2]
    dx, dy = end[0] - before[0], end[1] - before[1]
    norm = math.hypot(dx, dy) or 1.0
    return end, (dx / norm, dy / norm)


def stub_variant(route: Route, which: int, change: float, bend: Point = (0.0, 0.0)) -> Route:
    """The route with stub ``which`` (0 at the source, 1 at the target) ``change`` longer
    (shorter if negative) at its free end, then going on straight by ``bend`` (a vector),
    so its badge hangs off that last piece, in line with it."""
    i = _break(route)
    assert i is not None
    head, tail = list(route.segments[:i]), list(route.segments[i:])
    stub = _shortened(_stub(route, which), change)
    end, (ux, uy) = _way_out(stub)
    points = [end]
    if change > 0:
        points.append((end[0] + ux * change, end[1] + uy * change))
    if bend != (0.0, 0.0):
        last = points[-1]
        points.append((last[0] + bend[0], last[1] + bend[1]))
    stub = stub + [_line(a, b) for a, b in zip(points, points[1:])]
    if which == 0:
        head = stub
    else:
        tail = [_reverse(c) for c in reversed(stub)]
    return Route(route.key, head + tail, route.tip, route.direction, route.self_loop)


DIRECTIONS = 16  # ways a stub may bend towards a free place for its number


def _tries(thorough: bool) -> Iterator[tuple[float, Point]]:
    """(change, bend) in the order they are tried: as drawn; then, nearest first, longer,
    shorter, or going on towards any side; ``thorough``: then shorter and aside."""
    yield 0.0, (0.0, 0.0)
    for k in range(1, 41):
        reach = k * STEP
        yield reach, (0.0, 0.0)
        yield -reach, (0.0, 0.0)
        for d in range(DIRECTIONS):
            angle = 2 * math.pi * d / DIRECTIONS
            yield 0.0, (reach * math.cos(angle), reach * math.sin(angle))
    if not thorough:
        return  # a huge journey: each badge that finds no free place tried four times as many
    # Shorter and going on aside: round a neighbour's stub that ends further out.
    for trim in range(2, 13, 2):
        for k in range(2, 26, 2):
            for d in range(DIRECTIONS):
                angle = 2 * math.pi * d / DIRECTIONS
                yield -trim * STEP, (k * STEP * math.cos(angle), k * STEP * math.sin(angle))


# (change, bend, bend's length) for each try: worked out once, not again for each side of
# each badge (a badge with no free place goes through all ~1,900, and a start places ~13).
_TRY_LISTS = {
    thorough: tuple((change, bend, math.hypot(*bend)) for change, bend in _tries(thorough))
    for thorough in (False, True)
}


def _scaled_tries(
    tries: tuple[tuple[float, Point, float], ...], scale: float,
) -> tuple[tuple[float, Point, float], ...]:
    """``tries`` in steps ``scale`` times as long (numbers as much larger go as much further)."""
    if scale == 1.0:
        return tries
    return tuple((change * scale, (bend[0] * scale, bend[1] * scale), reach * scale) for change, bend, reach in tries)


def _grown(box: Box, by: float) -> Box:
    return box[0] - by, box[1] - by, box[2] + by, box[3] + by


def _added(route: Route, base: Route) -> list[Cubic]:
    """The pieces of ``route`` that ``base`` does not have (a stub's lengthening or bend)."""
    have = set(base.segments)
    return [c for c in route.segments if c not in have]


# Placings remembered between runs (pathway_viewer/core/bundled_cache.py keeps them in the
# user's cache folder). Placing was the longest step of a start (~45 ms of CPU for the
# bundled journey, which has a badge with no free place), and a window opens on the same
# rows start after start.
memory: Recall[dict[Key, Route]] = Recall()


RESTARTS = 3  # times the placing starts again with the badges that found no free place first
RESTART_LIMIT = 30  # more cut-short lines than this: placed once (a huge journey opens quickly)


def place_badges(
    marked: dict[Key, Route],
    sizes: dict[Key, tuple[float, float]],
    cards: dict[Key, tuple[Box, Box]],
    solid: list[Box],
    lines: dict[Key, Route],
    labels: dict[Key, LabelRoom] | None = None,
    gaps: list[float] | None = None,
    main: list[Key] | None = None,
    scale: float = 1.0,
) -> dict[Key, Route]:
    """Each cut-short route (``marked``, in the order of their numbers), its stubs changed
    so its badges (of ``sizes``) stand clear.

    ``cards``: for each marked route, the card its first and its second stub leave;
    ``solid``: every card and arrowhead; ``lines``: every route drawn (the marked ones too).
    A badge that can stand clear nowhere near its card takes the place that covers least;
    the placing then starts again with those badges first (the ones placed before them may
    have taken their only free place), keeping the better outcome.

    ``labels``: the routes whose first stub carries words. Such a stub may be too short for
    its label and its number side by side (two cards close together, a narrow margin), and
    the label then stands just clear of the number: the number goes where the label has room
    beside it too, covering no card, number or main journey's line (``main``; ``gaps``: the
    middles of the gaps between columns, where a label may stand wrapped narrow).

    ``scale``: how much larger than at the normal text size the numbers are where they are
    read from afar: they may stand as much further from their card, moved in steps as much
    longer (else a large number near a card finds no free place but on the main line).
    """
    labels, gaps, main = labels or {}, gaps or [], main or []
    return memory(
        (marked, sizes, cards, solid, lines, labels, gaps, main, scale),
        lambda: _place(marked, sizes, cards, solid, lines, labels, gaps, main, scale),
    )


def _place(
    marked: dict[Key, Route],
    sizes: dict[Key, tuple[float, float]],
    cards: dict[Key, tuple[Box, Box]],
    solid: list[Box],
    lines: dict[Key, Route],
    labels: dict[Key, LabelRoom],
    gaps: list[float],
    main: list[Key],
    scale: float = 1.0,
) -> dict[Key, Route]:
    order = list(marked)
    room = (labels, gaps, set(main))
    best, best_cost, stuck = _place_in_order(order, marked, sizes, cards, solid, lines, room, scale)
    tried = {tuple(order)}
    for _ in range(RESTARTS if len(order) <= RESTART_LIMIT else 0):
        order = [*stuck, *(key for key in order if key not in stuck)]
        if not stuck or tuple(order) in tried:
            # Placing is pure: an order placed in before places every badge as it did, and the
            # orders after it come round again. In a small window the bundled journey's first
            # look placed half its badges three times over in one order.
            break
        tried.add(tuple(order))
        placed, cost, stuck = _place_in_order(order, marked, sizes, cards, solid, lines, room, scale)
        if cost < best_cost:
            best, best_cost = placed, cost
    return best


def _place_in_order(
    order: list[Key],
    marked: dict[Key, Route],
    sizes: dict[Key, tuple[float, float]],
    cards: dict[Key, tuple[Box, Box]],
    solid: list[Box],
    lines: dict[Key, Route],
    room: tuple[dict[Key, LabelRoom], list[float], set[Key]],
    scale: float = 1.0,
) -> tuple[dict[Key, Route], float, list[Key]]:
    """The routes with their badges placed in ``order``, what is still covered, and the
    routes whose badges cover something."""
    labels, gaps, main = room
    obstacles, cards_grid = ObstacleGrid(), ObstacleGrid()
    for box in solid:
        obstacles.add_box(box)
        cards_grid.add_box(box)
    # The main journey's line is kept further off, by a share of the badges' height.
    main_margin = max(LINE_GAP, MAIN_GAP_SHARE * max((h for _, h in sizes.values()), default=0.0)) - LINE_GAP
    for key, route in lines.items():
        heavy = key in main
        for cubic in route.segments:
            obstacles.add_curve(key, cubic, MAIN_LINE_WEIGHT if heavy else CURVE_WEIGHT)
            if heavy and main_margin > 0:
                obstacles.add_curve(("near", key), cubic, NEAR_MAIN_WEIGHT, main_margin)
    badges = ObstacleGrid()  # the badges placed so far, each grown by the gap between two
    out: dict[Key, Route] = {}
    total, stuck = 0.0, []
    tries = _scaled_tries(_TRY_LISTS[len(order) <= RESTART_LIMIT], scale)
    for key in order:
        route, size = marked[key], sizes[key]
        w, h = size
        for which in (0, 1):
            stub = _stub(route, which)
            ends: dict[float, Anchor] = {}  # the free end after each change, found once

            def cost_at(
                change: float, bend: Point, reach: float, near: Box, limit: float, tried: Box | None = None,
            ) -> tuple[float, Anchor | None]:
                """What the badge covers with its stub changed so (and its anchor), counted up
                to ``limit``; None for the anchor where the badge is not ``near`` its card, or
                is within ``tried`` (counted already)."""
                if change not in ends:
                    ends[change] = _way_out(_shortened(stub, change)) if change <= 0 else _longer(ends[0.0], change)
                (x, y), way = ends[change]
                pieces = [] if change <= 0 else [(ends[0.0][0], (x, y))]
                if reach:
                    pieces.append(((x, y), (x + bend[0], y + bend[1])))
                    (x, y), way = (x + bend[0], y + bend[1]), (bend[0] / reach, bend[1] / reach)
                # badge_box and a test of lying within, inlined: this runs for each of ~1,900
                # tries of every badge with no free place, a few hundred thousand times a look.
                dx, dy = way
                half = (w if abs(dx) > abs(dy) else h) / 2
                cx, cy = x + dx * half, y + dy * half
                box = cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
                if not (near[0] <= box[0] and near[1] <= box[1] and box[2] <= near[2] and box[3] <= near[3]) or (
                    tried is not None
                    and tried[0] <= box[0] and tried[1] <= box[1] and box[2] <= tried[2] and box[3] <= tried[3]
                ):
                    return math.inf, None
                # The badges' share first: it is cheap (few badges), and where it alone is no
                # better than the best place found, the lines and cards need not be counted.
                covered = BADGE_WEIGHT * badges.cost(box, None, limit)
                if covered >= limit:
                    return covered, ((x, y), way)
                grown = box[0] - LINE_GAP, box[1] - LINE_GAP, box[2] + LINE_GAP, box[3] + LINE_GAP
                cost = obstacles.cost(grown, key, limit)
                cost += covered
                for a, b in pieces:
                    # A lengthened stub must not run through a card or another badge either
                    # (crossing another line is as a side path crosses the main one: allowed).
                    if cost < limit:
                        piece = (min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))
                        cost += cards_grid.cost(_grown(piece, 1.0), key, limit)
                        cost += BADGE_WEIGHT * badges.cost(_grown(piece, LINE_GAP), None, limit)
                return cost, ((x, y), way)

            best, best_cost = (0.0, (0.0, 0.0)), math.inf
            # Near its card first; where every place there covers something (a card in a
            # crowd of lines), a little further out, its stub still leading to it.
            tried = None
            for reach_out in (NEAR_CARD * scale, FURTHER * scale):
                if best_cost == 0:
                    break
                near = _grown(cards[key][which], reach_out)
                for change, bend, reach in tries:
                    cost, _ = cost_at(change, bend, reach, near, best_cost, tried)
                    if cost < best_cost:
                        best, best_cost = (change, bend), cost
                    if cost == 0:
                        break
                tried = near  # further out, the places near the card need no second count
            if best_cost > 0:
                total += best_cost
                if key not in stuck:
                    stuck.append(key)
            elif which == 0 and key in labels:
                # Its label may have to stand beside the number: of the free places near the
                # card, the first with room for the label beside it too (else as found).
                near = _grown(cards[key][0], NEAR_CARD * scale)
                _, anchor = cost_at(*best, math.hypot(*best[1]), near, math.inf)
                if anchor is not None and _label_room(labels[key], anchor, gaps, key, obstacles, badges, math.inf) > 0:
                    for change, bend, reach in _scaled_tries(_TRY_LISTS[False], scale):
                        cost, anchor = cost_at(change, bend, reach, near, 1e-9)
                        if cost == 0 and anchor is not None and _label_room(
                                labels[key], anchor, gaps, key, obstacles, badges, 1e-9) == 0:
                            best = change, bend
                            break
            if best != (0.0, (0.0, 0.0)):
                changed = stub_variant(route, which, *best)
                for cubic in _added(changed, route):
                    obstacles.add_curve(key, cubic)
                route = changed
            anchor = badge_anchors(route)[which]
            # The label's room is kept from the numbers placed after this one.
            spot = _label_spot(labels[key], anchor, gaps, key, obstacles, badges) if which == 0 and key in labels else None
            badges.add_box(_grown(badge_box(anchor, size), BADGE_GAP))
            if spot is not None:
                badges.add_box(spot)
        out[key] = route
    return {key: out[key] for key in marked}, total, stuck


LABEL_MARGIN = 3.0  # as models.label_spots keeps a label from what it must not cover


def _label_boxes(label: LabelRoom, anchor: Anchor, gaps: list[float]) -> Iterator[Box]:
    """Where the label may stand just clear of the number hanging at ``anchor`` (as
    models.label_spots tries them), each with its margin."""
    small, sizes = label
    number = badge_box(anchor, small)
    for w, h in sizes:
        for left, top in beside(number, w, h, gaps):
            yield left - LABEL_MARGIN, top - LABEL_MARGIN, left + w + LABEL_MARGIN, top + h + LABEL_MARGIN


def _label_cost(box: Box, key: Key, obstacles: ObstacleGrid, badges: ObstacleGrid, limit: float) -> float:
    """What a label there covers: cards, numbers, the main journey's line (other lines a
    label may cross, as it does on a crowded map)."""
    cost = obstacles.cost(box, key, limit, heavier=CURVE_WEIGHT)
    return cost + BADGE_WEIGHT * badges.cost(box, None, limit - cost, lines=False) if cost < limit else cost


def _label_room(
    label: LabelRoom, anchor: Anchor, gaps: list[float], key: Key, obstacles: ObstacleGrid, badges: ObstacleGrid,
    limit: float,
) -> float:
    """What the best place for the label beside a number at ``anchor`` covers (0: free)."""
    best = limit
    for box in _label_boxes(label, anchor, gaps):
        best = min(best, _label_cost(box, key, obstacles, badges, best))
        if best == 0:
            break
    return best


def _label_spot(
    label: LabelRoom, anchor: Anchor, gaps: list[float], key: Key, obstacles: ObstacleGrid, badges: ObstacleGrid
) -> Box | None:
    """The first free place for the label beside the number at ``anchor``, if any."""
    return next((box for box in _label_boxes(label, anchor, gaps)
                 if _label_cost(box, key, obstacles, badges, math.inf) == 0), None)


def _longer(end: Anchor, change: float) -> Anchor:
    (x, y), (ux, uy) = end
    return (x + ux * change, y + uy * change), (ux, uy)
