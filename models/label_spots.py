"""Where along its line an arrow's label goes: the spots tried, best first, and the cheapest.

Pure geometry over an :class:`~models.placement.ObstacleGrid` (no Qt), so the journey
scene's placement can be read and checked on its own. A label stands on its line; where
that covers a card (two cards side by side with a gap narrower than the label), it is tried
in the middle of the gap beside its line, and where a stub cut short is too short for both
its label and its number, just clear of the number. A label with no place free of cards,
numbers and other labels stands just past the drawing's edge if that is free, and labels
left on something are placed again before the others; where the drawing may widen (the
window, not the handout's picture), a label left on the main journey's line is too.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence

from .placement import CURVE_WEIGHT, RECT_WEIGHT, Box, Cubic, ObstacleGrid, point_at_percent
from .remembered import Recall

LABEL_TRIES = (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.12, 0.88)
# The finer steps are tried only by a label that would cover part of a card or another
# label (a crowded journey has many labels that cross a line wherever they go).
COVERS_A_CARD = 2 * CURVE_WEIGHT
FINE_LABEL_TRIES = tuple(i / 50 for i in range(2, 49) if i / 50 not in LABEL_TRIES)
# Crossing the main journey's line hides the one path everybody takes (in the gap between
# two cards, the label stands on the whole of it): worse than crossing a few other lines,
# and reason to look further (beside its number, wrapped narrower in a gap) as a card is.
MAIN_LINE_WEIGHT = 4 * CURVE_WEIGHT
OUTSIDE_WEIGHT = RECT_WEIGHT / 10  # per square unit of a label past the edge of the drawing
# A label with no place inside the drawing free of cards, numbers and other labels: past its
# edge weighs this share of OUTSIDE_WEIGHT, less than a line crossed for any label's area.
EDGE_WEIGHT = 1e-4
# How often the labels are placed again, those left on something first (_place).
REORDER_TRIES = 4
BADGE_CLEAR = 4.0  # between a stub's number and a label that stands beside it
Key = tuple[str, str]
LabelText = tuple[list[str], float, float]  # a label's lines and its box's width and height
# What a label is placed from: its arrow, the pieces of line it may stand on and their
# lengths, its words laid out as usual and as narrow as a gap between columns, and the
# number at the end of its first stub (None: not cut short).
Labelled = tuple[Key, list[Cubic], list[float], LabelText, LabelText, Box | None]
Placed = list[tuple[Key, tuple[float, float], LabelText]]

# Placings remembered between runs (pathway_viewer/core/bundled_cache.py): the labels of a
# first look are placed at every start (~20-30 ms of CPU for the bundled journey, twice
# while its rows are chosen), from the same inputs when the window opens at the same size.
memory: Recall[Placed] = Recall()


def _label_candidates(w: float, h: float) -> list[tuple[tuple[float, ...], tuple[float, float]]]:
    """Where along and beside its line a label of size w x h may go, best first."""
    offsets = ((0.0, 0.0), (w / 2, 0.0), (-w / 2, 0.0), (0.0, h / 2), (0.0, -h / 2))
    return [(LABEL_TRIES, o) for o in offsets] + [(FINE_LABEL_TRIES, o) for o in offsets]


def beside(badge: Box, w: float, h: float, gaps: Sequence[float] = ()) -> list[tuple[float, float]]:
    """Top-left corners of a w x h label just clear of ``badge``: after it, before it, under
    it, over it (centred, then from either of its edges), then at its corners; with
    ``gaps``, then under and over it in the middle of the gap it stands in (a number beside
    a card leaves the label room there only)."""
    left, top, right, bottom = badge
    cx, cy = (left + right) / 2, (top + bottom) / 2
    after, before, below, above = right + BADGE_CLEAR, left - BADGE_CLEAR - w, bottom + BADGE_CLEAR, top - BADGE_CLEAR - h
    spots = [
        (after, cy - h / 2), (before, cy - h / 2), (cx - w / 2, below), (cx - w / 2, above),
        (left, below), (right - w, below), (left, above), (right - w, above),
        (after, below), (before, below), (after, above), (before, above),
    ]
    for gap in _near_gaps(gaps, cx, w / 2):
        spots += [(gap - w / 2, below), (gap - w / 2, above)]
    return spots


def best_spot(
    grid: ObstacleGrid, key: Key, cubics: list[Cubic], lengths: list[float], w: float, h: float,
    gaps: Sequence[float], best_cost: float = math.inf, best: tuple[float, float] = (0.0, 0.0),
    badge: Box | None = None, frame: Box | None = None, outside: float = 1.0,
    points: dict[float, tuple[float, float]] | None = None,
) -> tuple[float, tuple[float, float]]:
    """The cheapest top-left corner for a w x h label on its line, and what it costs there.

    Centred on the line first; a short arrow between two close cards (a step "at the same
    time" stacked on its partner) may have no free spot there, so the label may then sit
    beside its line, still touching it. Grown cards leave narrow gaps: only a label with no
    free spot at the usual tries looks again at finer steps along its line. With ``gaps``
    (the x of each gap's middle between columns, ascending), the label is tried in the gap
    nearest each point of its line too. ``outside``: how much standing past the edge of
    the drawing weighs, as a share of its usual weight (outside_cost). ``points``: the
    line's points found so far by their share of its length, kept for the next call (one
    label is tried several times, in several orders, at the same points).
    """
    points = {} if points is None else points

    def free_at(left: float, top: float) -> bool:
        """Try the label with its top-left corner here; True if it costs nothing there."""
        nonlocal best_cost, best
        cost = outside * outside_cost(frame, left, top, w, h)
        cost += grid.cost((left - 3, top - 3, left + w + 3, top + h + 3), key, best_cost - cost)
        if cost < best_cost:
            best_cost, best = cost, (left, top)
        return cost == 0

    for tries, (dx, dy) in _label_candidates(w, h):
        if tries is FINE_LABEL_TRIES and best_cost < COVERS_A_CARD:
            break  # crossing a line or two is no reason to look harder
        if tries is FINE_LABEL_TRIES and badge is not None and dx == dy == 0:
            # A stub may be too short for its label and its number side by side: the
            # label may stand just clear of the number, which ends the line it labels.
            for left, top in beside(badge, w, h, gaps):
                if free_at(left, top):
                    return best_cost, best
        if gaps and dx:
            continue
        for t in tries:
            at = points.get(t)
            if at is None:
                at = points[t] = point_at_percent(cubics, lengths, t)
            x, y = at
            for cx in _near_gaps(gaps, x, w / 2) if gaps else (x + dx,):
                if free_at(cx - w / 2, y + dy - h / 2):
                    return best_cost, best
    return best_cost, best


def outside_cost(frame: Box | None, left: float, top: float, w: float, h: float) -> float:
    """What a label costs for standing past the edge of the drawing (``frame``): a little, by
    the area outside (less than hiding a card): a label sticking out makes the whole
    journey wider, and so smaller when it opens."""
    if frame is None or (frame[0] <= left and frame[1] <= top and left + w <= frame[2] and top + h <= frame[3]):
        return 0.0
    inside_w = max(0.0, min(left + w, frame[2]) - max(left, frame[0]))
    inside_h = max(0.0, min(top + h, frame[3]) - max(top, frame[1]))
    return OUTSIDE_WEIGHT * (w * h - inside_w * inside_h)


def hides(grid: ObstacleGrid, key: Key, corner: tuple[float, float], w: float, h: float) -> bool:
    """Whether a w x h label at ``corner`` covers part of a card, a number, another label or
    the main journey's line (crossing other lines alone is no reason to look further: a
    crowded journey has many)."""
    return _cost_hidden(grid, key, corner, w, h) >= COVERS_A_CARD


def _cost_hidden(
    grid: ObstacleGrid, key: Key, corner: tuple[float, float], w: float, h: float, limit: float = math.inf,
) -> float:
    """What a w x h label at ``corner`` (with a small clearance) costs in cards, numbers,
    labels and main-line crossings, other lines left out; counted up to ``limit``."""
    left, top = corner
    return grid.cost((left - 3, top - 3, left + w + 3, top + h + 3), key, limit, heavier=CURVE_WEIGHT)


def _near_gaps(gaps: Sequence[float], x: float, reach: float) -> tuple[float, ...]:
    """The middles of the gaps either side of ``x`` no further than ``reach`` from it (a label
    centred there still touches its line at ``x``), nearest first."""
    i = bisect.bisect_left(gaps, x)
    near = [gaps[j] for j in (i - 1, i) if 0 <= j < len(gaps) and abs(gaps[j] - x) <= reach]
    return tuple(sorted(near, key=lambda g: abs(g - x)))


def place_labels(
    cards: list[Box], lines: dict[Key, list[Cubic]], marks: list[Box], labelled: list[Labelled],
    gaps: Sequence[float], frame: Box, main: Sequence[Key] = (), *, off_main_past_edge: bool = True,
) -> Placed:
    """Each label of ``labelled`` (in that order) on its own line where it covers no card
    (``cards``), no number or legend (``marks``), no other label and no other line (least
    of all the main journey's, the lines of ``main``).

    Returns where each went and the words it shows there: laid out narrower where it stands
    between two cards side by side in a gap narrower than the label. With
    ``off_main_past_edge`` false, a label finding no place but the main line stays there
    rather than widen the drawing (a picture measured to fill its paper).
    """
    return memory(
        (cards, lines, marks, labelled, gaps, frame, list(main), off_main_past_edge),
        lambda: _place(cards, lines, marks, labelled, gaps, frame, main, off_main_past_edge),
    )


def _place(
    cards: list[Box], lines: dict[Key, list[Cubic]], marks: list[Box], labelled: list[Labelled],
    gaps: Sequence[float], frame: Box, main: Sequence[Key], off_main: bool,
) -> Placed:
    # Placed one by one, a label may find every place along its line already taken by the
    # labels placed before it (a crowded gap between two columns): placed again with the
    # labels left standing on something first, while that leaves fewer of them so.
    order = list(labelled)
    best: tuple[Placed, set[Key]] | None = None
    tried: set[tuple[Key, ...]] = set()
    along: dict[Key, dict[float, tuple[float, float]]] = {entry[0]: {} for entry in labelled}
    for _ in range(REORDER_TRIES):
        placed, stuck = _place_in_order(cards, lines, marks, order, gaps, frame, main, off_main, along)
        tried.add(tuple(entry[0] for entry in order))
        if best is None or len(stuck) < len(best[1]):
            best = placed, stuck
        order = [entry for entry in order if entry[0] in stuck] + [entry for entry in order if entry[0] not in stuck]
        if not stuck or tuple(entry[0] for entry in order) in tried:
            # Placing is pure: an order placed in before places every label as it did, and
            # the orders after it come round again (a label stuck first stays first).
            break
    assert best is not None
    by_key = {key: (corner, text) for key, corner, text in best[0]}
    return [(entry[0], *by_key[entry[0]]) for entry in labelled]  # in the order asked for


def _place_in_order(
    cards: list[Box], lines: dict[Key, list[Cubic]], marks: list[Box], labelled: list[Labelled],
    gaps: Sequence[float], frame: Box, main: Sequence[Key], off_main: bool,
    along: dict[Key, dict[float, tuple[float, float]]],
) -> tuple[Placed, set[Key]]:
    """Each label placed in the order given; and the labels left standing on a card, a
    number, another label or (with ``off_main``) the main line: no place along their lines
    was free of them. ``along``: each label's points along its line found so far (best_spot)."""
    grid = ObstacleGrid()
    for box in cards:
        grid.add_box(box)
    heavy = set(main)
    for key, cubics in lines.items():
        weight = MAIN_LINE_WEIGHT if key in heavy else CURVE_WEIGHT
        for cubic in cubics:
            grid.add_curve(key, cubic, weight)
    for box in marks:
        grid.add_box(box)
    placed: Placed = []
    stuck: set[Key] = set()
    for key, cubics, lengths, usual, narrow, badge in labelled:
        text, (_, w, h) = usual, usual
        points = along[key]
        best_cost, best = best_spot(grid, key, cubics, lengths, w, h, (), badge=badge, frame=frame, points=points)
        if best_cost >= COVERS_A_CARD and (hides(grid, key, best, w, h) or outside_cost(frame, *best, w, h) > 0):
            # Between two cards side by side the gap may be narrower than the label: it
            # stands in the gap (on its line, or beside a card where the line runs up
            # or down), wrapped narrower if it must, rather than under a card.
            if narrow[1] >= w:  # as narrow as it gets: it may fit the gap as it is
                best_cost, best = best_spot(grid, key, cubics, lengths, w, h, gaps, best_cost, best, badge, frame,
                                            points=points)
            elif not _shortened(narrow[0]):
                cost, spot = best_spot(grid, key, cubics, lengths, narrow[1], narrow[2], gaps, best_cost, badge=badge,
                                       frame=frame, points=points)
                if cost < best_cost:
                    best_cost, best = cost, spot
                    text = narrow
        covers = _covers(grid, best, text[1], text[2])
        if covers or off_main and _on_main_line(grid, key, best, text[1], text[2]):
            # Nowhere inside the drawing: just past its edge (the drawing grows by that, the
            # first look fits it) rather than on a card, a number, another label or the main
            # journey's line (where that line runs down the drawing's margin to its next row,
            # a label of a stub beside it found room only on it).
            best, text = _past_the_edge(grid, key, cubics, lengths, (usual, narrow), gaps, badge, frame, best, text,
                                        clear_of_main=not covers, points=points)
            if off_main and not covers and _on_main_line(grid, key, best, text[1], text[2]):
                # Every spot tried touches the main line (a stub ending beside it, between
                # its card and the line): a few units further may be clear of both.
                best = _nudged_clear(grid, key, badge, best, text[1], text[2])
        left, top = best
        w, h = text[1], text[2]
        if _covers(grid, best, w, h) or off_main and _on_main_line(grid, key, best, w, h):
            stuck.add(key)
        grid.add_box((left, top, left + w, top + h))
        placed.append((key, best, text))
    return placed, stuck


def _covers(grid: ObstacleGrid, corner: tuple[float, float], w: float, h: float) -> bool:
    """Whether a w x h label at ``corner`` stands on a card, a number or another label."""
    left, top = corner
    return grid.cost((left, top, left + w, top + h), None, lines=False) > 0


def _on_main_line(grid: ObstacleGrid, key: Key, corner: tuple[float, float], w: float, h: float) -> bool:
    """Whether a w x h label at ``corner`` stands on the main journey's line (or, nearer
    than its clearance, on a card, a number or a label: callers have asked _covers first)."""
    return _cost_hidden(grid, key, corner, w, h) > 0


def _past_the_edge(
    grid: ObstacleGrid, key: Key, cubics: list[Cubic], lengths: list[float], texts: tuple[LabelText, LabelText],
    gaps: Sequence[float], badge: Box | None, frame: Box, corner: tuple[float, float], text: LabelText,
    *, clear_of_main: bool = False, points: dict[float, tuple[float, float]] | None = None,
) -> tuple[tuple[float, float], LabelText]:
    """The label's place and words where standing past the drawing's edge costs less than
    anything it could hide (crossing a line included), if that leaves it on nothing (with
    ``clear_of_main``, not on the main journey's line either: ``corner`` was on nothing else);
    else ``corner`` and ``text`` as they were."""
    chosen, least = (corner, text), math.inf
    for words in texts if not _shortened(texts[1][0]) else texts[:1]:
        _, w, h = words
        for spots in ((), gaps):
            cost, spot = best_spot(grid, key, cubics, lengths, w, h, spots, badge=badge, frame=frame, outside=EDGE_WEIGHT,
                                   points=points)
            if cost < least and not _covers(grid, spot, w, h) and not (clear_of_main and _on_main_line(grid, key, spot, w, h)):
                chosen, least = (spot, words), cost
    return chosen


NUDGE_STEP = 3.0  # units a label is moved at a time, looking for room just clear of the main line
NUDGE_STEPS = 8  # ...up to this many steps each way: further, it no longer reads as its number's


def _nudged_clear(
    grid: ObstacleGrid, key: Key, badge: Box | None, corner: tuple[float, float], w: float, h: float,
) -> tuple[float, float]:
    """The place nearest its number (or ``corner``, on a line not cut short) a few units
    from the spots tried beside it, where the w x h label stands on nothing, the main line
    included; ``corner`` if there is none."""
    bases = beside(badge, w, h) if badge is not None else [corner]
    best: tuple[float, int, tuple[float, float]] | None = None
    for order, (left, top) in enumerate(bases):
        for i in range(-NUDGE_STEPS, NUDGE_STEPS + 1):
            for j in range(-NUDGE_STEPS, NUDGE_STEPS + 1):
                spot = left + i * NUDGE_STEP, top + j * NUDGE_STEP
                here = _distance(spot, w, h, badge) if badge is not None else math.hypot(i, j), order, spot
                if best is not None and here >= best:
                    continue  # no nearer: not worth asking the grid
                if _cost_hidden(grid, key, spot, w, h, limit=1e-9) == 0:  # counted until something is there
                    best = here
    return best[2] if best is not None else corner


def _distance(corner: tuple[float, float], w: float, h: float, box: Box) -> float:
    """How far a w x h label at ``corner`` stands from ``box`` (0 where they touch)."""
    left, top = corner
    dx = max(box[0] - (left + w), left - box[2], 0.0)
    dy = max(box[1] - (top + h), top - box[3], 0.0)
    return math.hypot(dx, dy)


def _shortened(lines: list[str]) -> bool:
    """Whether the words were cut short (an ellipsis): too long for the narrow width."""
    return bool(lines) and lines[-1].endswith("\u2026")
