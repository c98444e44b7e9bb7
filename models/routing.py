"""Where each arrow runs: ports on the card sides and smooth curves between them.

Pure geometry (no Qt), so it can be checked without a screen. The rules, chosen so the
drawing reads at a glance:

- Forward arrows leave a card's right side and enter the next card's left side. Between
  columns they bend only inside the gap; through a long arrow's waypoints they run
  straight across the empty card slot, so they never cross a card.
- Loop-backs bulge away from the main row: from a branch card below the main row they
  leave the card's left side and come up into the target's bottom; along the main row
  they arc over the top. So a loop-back never lies on the forward arrow it answers.
- Each arrow gets its own port on a side; a main-journey arrow keeps the middle of the
  side, so the main journey is one straight line.
"""

from __future__ import annotations

import bisect
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

from models.layout import Layout

Point = tuple[float, float]
Side = Literal["left", "right", "top", "bottom"]
Key = tuple[str, str]
Cubic = tuple[Point, Point, Point, Point]

OUTWARD: dict[Side, Point] = {"left": (-1.0, 0.0), "right": (1.0, 0.0), "top": (0.0, -1.0), "bottom": (0.0, 1.0)}


@dataclass(frozen=True)
class EdgeRequest:
    source: str
    target: str
    loop_back: bool
    main: bool  # a main-journey arrow: it keeps the middle of its sides

    @property
    def key(self) -> Key:
        return self.source, self.target


@dataclass
class Route:
    key: Key
    segments: list[Cubic]  # the line, ending at the base of the arrowhead
    tip: Point
    direction: Point  # unit vector of travel at the tip
    self_loop: bool = False

    def polyline(self, steps: int = 16) -> list[Point]:
        """Points along the curve (for hit checks and tests)."""
        out: list[Point] = []
        for p0, p1, p2, p3 in self.segments:
            for i in range(steps + 1):
                t = i / steps
                a, b, c, d = (1 - t) ** 3, 3 * (1 - t) ** 2 * t, 3 * (1 - t) * t**2, t**3
                out.append((a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]))
        out.append(self.tip)
        return out


@dataclass
class _Plan:
    edge: EdgeRequest
    source_side: Side
    target_side: Side
    via: list[Point]  # pass-through points in travel order, in pairs across each waypoint slot
    target_card: str = ""  # the card the arrow ends at: the target's, or a drawn copy of it
    travel: float = 1.0  # +1 rightwards through the waypoints, -1 leftwards
    start: Point = (0.0, 0.0)
    end: Point = (0.0, 0.0)
    extra: dict[str, float] = field(default_factory=dict)


def route_edges(layout: Layout, edges: list[EdgeRequest], *, arrow_length: float = 13.0) -> dict[Key, Route]:
    w = layout.spec.card_width
    rects = {s: (x, y, w, layout.height_at(y)) for s, (x, y) in layout.positions.items()}
    # Arrows that end at a drawn copy of a shared end step get ports on that copy, which
    # is a card of its own for port assignment (keyed apart from every step id).
    for key, (x, y) in layout.arrow_ends.items():
        rects[_copy_card(key[1], (x, y))] = (x, y, w, layout.height_at(y))
    # Rows with a card, per column, made once: building it per arrow made routing quadratic.
    taken: dict[int, list[int]] = defaultdict(list)
    for step, row in layout.rows.items():
        taken[layout.columns[step]].append(row)
    for rows in taken.values():
        rows.sort()
    plans: list[_Plan] = []
    routes: dict[Key, Route] = {}
    for edge in edges:
        if edge.source == edge.target:
            routes[edge.key] = _self_loop(edge, rects[edge.source], arrow_length)
        else:
            plans.append(_plan(edge, layout, taken))
    _assign_ports(plans, rects)
    for plan in plans:
        routes[plan.edge.key] = _build(plan, arrow_length)
    return routes


def _copy_card(step: str, corner: Point) -> str:
    return f"\0copy\0{step}\0{corner[0]}\0{corner[1]}"


def _plan(edge: EdgeRequest, layout: Layout, taken: dict[int, list[int]]) -> _Plan:
    plan = _plan_sides(edge, layout, taken)
    copy = layout.arrow_ends.get(edge.key)
    plan.target_card = edge.target if copy is None else _copy_card(edge.target, copy)
    return plan


def _plan_sides(edge: EdgeRequest, layout: Layout, taken: dict[int, list[int]]) -> _Plan:
    w = layout.spec.card_width
    cs, ct = layout.columns[edge.source], layout.columns[edge.target]
    if edge.key in layout.arrow_ends:
        # A copy always stands right of its sources (layout._echo_columns), and the
        # arrow's waypoints stop there: a plain forward arrow into the copy's left side.
        copy = layout.arrow_ends[edge.key]
        ct = round(copy[0] / (w + layout.spec.column_gap))
    rs, rt = layout.rows[edge.source], layout.rows[edge.target]
    centres = layout.waypoints.get(edge.key, [])
    if ct > cs:
        centres = sorted(centres)
        via = [p for cx, cy in centres for p in ((cx - w / 2, cy), (cx + w / 2, cy))]
        return _Plan(edge, "right", "left", via)

    def free(column: int, row_a: int, row_b: int) -> bool:
        """No card in ``column`` at any row from row_a to row_b (inclusive, either order)."""
        low, high = sorted((row_a, row_b))
        rows = taken.get(column, [])
        first = bisect.bisect_left(rows, low)  # the first card row at or below ``low``
        return first == len(rows) or rows[first] > high

    # Going back (or up/down within one column): travel right to left through the waypoints.
    # Leaving by the top or bottom bulges away from the forward arrows, but only where the
    # column is empty that way; otherwise the curve stays in the gap between columns.
    centres = sorted(centres, reverse=True)
    via = [p for cx, cy in centres for p in ((cx + w / 2, cy), (cx - w / 2, cy))]
    if via:
        first_row = layout.row_at(via[0][1])
        last_row = layout.row_at(via[-1][1])
        source_side: Side = "left"
        if first_row != rs and free(cs, first_row, rs + (1 if first_row > rs else -1)):
            source_side = "bottom" if first_row > rs else "top"
        target_side: Side = "right"
        if last_row != rt and free(ct, last_row, rt + (1 if last_row > rt else -1)):
            target_side = "bottom" if last_row > rt else "top"
        return _Plan(edge, source_side, target_side, via, travel=-1.0)
    if cs == ct:
        return _Plan(edge, "right", "right", [])  # a C-shaped arc beside the column
    if rs == rt:
        above = rs <= 0
        beyond = rs - 1 if above else rs + 1
        if all(free(c, beyond, beyond) for c in range(ct, cs + 1)):
            side: Side = "top" if above else "bottom"
            return _Plan(edge, side, side, [])
        return _Plan(edge, "left", "right", [])
    if rs > rt and free(ct, rt + 1, rs):
        return _Plan(edge, "left", "bottom", [])
    if rs < rt and free(ct, rs, rt - 1):
        return _Plan(edge, "left", "top", [])
    return _Plan(edge, "left", "right", [])


def _side_mid(rect: tuple[float, float, float, float], side: Side) -> Point:
    x, y, w, h = rect
    if side == "left":
        return x, y + h / 2
    if side == "right":
        return x + w, y + h / 2
    if side == "top":
        return x + w / 2, y
    return x + w / 2, y + h


def _assign_ports(plans: list[_Plan], rects: dict[str, tuple[float, float, float, float]]) -> None:
    # (step, side) -> [(sort key, is_main, plan, which end)]
    slots: dict[tuple[str, Side], list[tuple[tuple[float, ...], bool, _Plan, str]]] = defaultdict(list)
    for plan in plans:
        e = plan.edge
        src_mid = _side_mid(rects[e.source], plan.source_side)
        dst_mid = _side_mid(rects[plan.target_card], plan.target_side)
        path = [src_mid, *plan.via, dst_mid]
        for end, step, side, mid, neighbour in (
            ("start", e.source, plan.source_side, src_mid, path[1]),
            ("end", plan.target_card, plan.target_side, dst_mid, path[-2]),
        ):
            slots[step, side].append((_sort_key(side, mid, neighbour, path), e.main, plan, end))
    for (step, side), entries in slots.items():
        entries.sort(key=lambda entry: entry[0])
        x, y, w, h = rects[step]
        length = h if side in ("left", "right") else w
        margin = 14.0
        gap_max = 22.0 if side in ("left", "right") else 34.0
        n = len(entries)
        main_index = next((i for i, entry in enumerate(entries) if entry[1]), None)
        if main_index is not None:
            before, after = main_index, n - 1 - main_index
            spacing = min(gap_max, (length / 2 - margin) / max(before, after, 1))
            offsets = [(i - main_index) * spacing for i in range(n)]
        else:
            spacing = min(gap_max, (length - 2 * margin) / max(n - 1, 1))
            offsets = [(i - (n - 1) / 2) * spacing for i in range(n)]
        mid = _side_mid(rects[step], side)
        for offset, (_, _, plan, end) in zip(offsets, entries):
            point = (mid[0], mid[1] + offset) if side in ("left", "right") else (mid[0] + offset, mid[1])
            if end == "start":
                plan.start = point
            else:
                plan.end = point


def _sort_key(side: Side, mid: Point, neighbour: Point, path: list[Point]) -> tuple[float, ...]:
    if side in ("left", "right"):
        return (neighbour[1], abs(neighbour[0] - mid[0]))
    # Top and bottom: curves heading left are ordered shallow to deep, curves heading right
    # deep to shallow, so nested curves never cross near the card.
    far = max(path, key=lambda p: abs(p[0] - mid[0]))
    heading = (far[0] > mid[0]) - (far[0] < mid[0])
    extent = max(abs(p[1] - mid[1]) for p in path)
    return (heading, extent if heading < 0 else -extent)


def _unit(v: Point) -> Point:
    n = math.hypot(*v)
    return (v[0] / n, v[1] / n) if n else (1.0, 0.0)


def _cubic(a: Point, da: Point, b: Point, db: Point) -> Cubic:
    """A curve leaving ``a`` along ``da`` and arriving at ``b`` travelling along ``db``."""
    vx, vy = b[0] - a[0], b[1] - a[1]
    # How far each control point reaches: along the travel, or a bulge where there is no
    # progress that way.
    along = abs(vx * da[0] + vy * da[1])
    ka = 0.55 * along if along >= 20 else 0.3 * math.hypot(vx, vy) + 30
    along = abs(vx * db[0] + vy * db[1])
    kb = 0.55 * along if along >= 20 else 0.3 * math.hypot(vx, vy) + 30
    return a, (a[0] + da[0] * ka, a[1] + da[1] * ka), (b[0] - db[0] * kb, b[1] - db[1] * kb), b


def _build(plan: _Plan, arrow_length: float) -> Route:
    out_dir = OUTWARD[plan.source_side]
    inward = OUTWARD[plan.target_side]
    in_dir = (-inward[0], -inward[1])
    tip = plan.end
    base = (tip[0] - in_dir[0] * arrow_length, tip[1] - in_dir[1] * arrow_length)
    travel = plan.travel
    across = (travel, 0.0)
    points: list[tuple[Point, Point]] = [(plan.start, out_dir)]
    points += [(p, across) for p in plan.via]
    points.append((base, in_dir))
    segments = [_cubic(a, da, b, db) for (a, da), (b, db) in zip(points, points[1:])]
    return Route(plan.edge.key, segments, tip, in_dir)


def _self_loop(edge: EdgeRequest, rect: tuple[float, float, float, float], arrow_length: float) -> Route:
    x, y, w, h = rect
    start = (x + w - 34, y)
    tip = (x + w, y + 30)
    base = (tip[0] + arrow_length, tip[1])
    segment = (start, (start[0], start[1] - 52), (base[0] + 40, base[1]), base)
    return Route(edge.key, [segment], tip, (-1.0, 0.0), self_loop=True)
