"""A deterministic left-to-right layered layout (the Sugiyama method, kept small).

1. Layers: each step's column is its longest distance from the start over forward
   transitions, so every forward arrow points right.
2. Long arrows (and loop-backs, reversed) get a waypoint in every column they cross, so
   they can be routed between cards instead of through them.
3. Order within columns (see _order): the main line runs through the middle; everything
   else falls into side groups (a branch, a cluster of side effects, a loop-back), each
   put above or below the line and nested so that as few arrows cross as possible.
4. Rows: the main journey is on row 0, so it reads as one straight line; other steps sit
   above or below it in that order. Rows are distinct within a column, so cards never
   overlap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace

from .gc_pause import collector_paused
from .graph import PathwayGraph
from .schema import TransitionKind
from .layout_crossings import Numbered, minimise_crossings
from .layout_sides import choose_sides, nest, pair_costs

Point = tuple[float, float]
EdgeKey = tuple[str, str]
_Waypoint = tuple[str, str, int]  # (from, to, column); ("", "", column) is an empty main-line slot
# (step, step, column) is a drawn copy of a shared end step (see _echo_columns)
_Node = str | _Waypoint


@dataclass(frozen=True)
class LayoutSpec:
    card_width: float = 240.0  # fits "about 2 weeks · days +14 to +28" in 14 px type
    card_height: float = 120.0
    column_gap: float = 130.0  # room for a wrapped arrow label between columns
    row_gap: float = 46.0
    sweeps: int = 12
    # Shared end steps ("other treatment") reached from groups of steps far apart get a drawn
    # copy after each group but the last (Layout.echoes), so no arrow to them runs across
    # the journey. Groups of sources further apart than echo_gap columns count as separate.
    echo_end_steps: bool = True
    echo_gap: int = 3
    # Where side groups still cross, sweeps over a window this many columns either side
    # (see _refine); 0 sweeps turns that off.
    refine_sweeps: int = 8
    refine_margin: int = 2


@dataclass(frozen=True)
class Layout:
    """Where everything goes, in scene units. Positions are card top-left corners."""

    positions: dict[str, Point]
    columns: dict[str, int]
    rows: dict[str, int]
    waypoints: dict[EdgeKey, list[Point]]  # centres of the card slots a long arrow passes through
    spec: LayoutSpec
    crossings: int
    # Extra drawn copies of a shared end step (top-left corners): the step is still one
    # step, selected and shown as one; only the card is drawn again near its sources.
    echoes: dict[str, list[Point]] = field(default_factory=dict)
    arrow_ends: dict[EdgeKey, Point] = field(default_factory=dict)  # arrows that end at a copy
    # How much crossing search the layout took: the sweeps each side group's own order ran
    # (spec.sweeps at most) and each window of _refine (spec.refine_sweeps at most).
    group_sweeps: tuple[int, ...] = ()
    window_sweeps: tuple[int, ...] = ()
    # Cards off the main line this high (with_side_height), or None: every card alike.
    side_height: float | None = None

    @property
    def card_size(self) -> tuple[float, float]:
        return self.spec.card_width, self.spec.card_height

    def height_at(self, top: float) -> float:
        """How high the card whose top is at one-line ``top`` is: the main line's cards
        (row 0, at the top 0) are full height; others may be shorter (with_side_height)."""
        if self.side_height is None or abs(top) < 0.5:
            return self.spec.card_height
        return self.side_height

    def row_at(self, y: float) -> int:
        """The row whose card slot's middle is nearest one-line ``y``."""
        h, gap = self.spec.card_height, self.spec.row_gap
        if self.side_height is None:
            return round((y - h / 2) / (h + gap))
        step = self.side_height + gap
        if y > h + gap / 2:
            return max(1, round((y - h - gap - self.side_height / 2) / step) + 1)
        if y < -gap / 2:
            return min(-1, round((y - self.side_height / 2) / step))
        return 0

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) around every card and waypoint."""
        xs = [p[0] for p in self.positions.values()]
        ys = [p[1] for p in self.positions.values()]
        for points in self.waypoints.values():
            xs += [p[0] - self.spec.card_width / 2 for p in points]
            ys += [p[1] - self.spec.card_height / 2 for p in points]
        for copies in self.echoes.values():
            xs += [p[0] for p in copies]
            ys += [p[1] for p in copies]
        return min(xs), min(ys), max(xs) + self.spec.card_width, max(ys) + self.spec.card_height


def compute_layout(graph: PathwayGraph, spec: LayoutSpec | None = None) -> Layout:
    with collector_paused():
        return _compute_layout(graph, spec or LayoutSpec())


def _compute_layout(graph: PathwayGraph, spec: LayoutSpec) -> Layout:
    order0 = _discovery_order(graph)
    column = _columns(graph)

    # Segments between adjacent columns, through waypoints, always left to right
    # (a loop-back is laid out reversed).
    segments: list[tuple[_Node, _Node]] = []
    chains: dict[EdgeKey, list[_Waypoint]] = {}
    ends = _echo_columns(graph, column, spec.echo_gap) if spec.echo_end_steps else {}
    for t in graph.pathway.transitions:
        key = t.from_, t.to
        start, stop = column[t.from_], column[t.to]
        if start == stop:
            continue
        a, b = key if start < stop else (t.to, t.from_)
        end: _Node = b
        if key in ends:  # this arrow stops at a copy of its end step
            end = (t.to, t.to, ends[key])
        via = chains[key] = [(t.from_, t.to, c) for c in range(column[a] + 1, _col(end, column))]
        chain: list[_Node] = [a, *via, end]
        segments += zip(chain, chain[1:])

    # The main line, one node per column: the main steps, the waypoints of main arrows
    # stretched over several columns, and past the journey's end an empty slot.
    n_columns = max(column.values()) + 1
    line: list[_Node] = [("", "", c) for c in range(n_columns)]
    for s in graph.main_path:
        line[column[s]] = s
    for a, b in zip(graph.main_path, graph.main_path[1:]):
        for w in chains.get((a, b), ()):
            line[w[2]] = w
    on_line = set(line)
    others: list[_Node] = [s for s in order0 if s not in on_line]
    others += [w for chain in chains.values() for w in chain if w not in on_line]
    copies = sorted({(to, to, c) for (_, to), c in ends.items()}, key=lambda e: (e[2], e[0]))
    others += copies

    group_sweeps: list[int] = []
    window_sweeps: list[int] = []
    layers = _order(line, others, segments, column, spec.sweeps, group_sweeps)
    numbered = Numbered.of_segments(layers, segments)
    numbered.transpose(swap_ties=False)  # a last polish across group boundaries
    crossings = _refine_numbered(numbered, spec.refine_sweeps, spec.refine_margin, window_sweeps)
    layers = numbered.as_nodes()

    rows: dict[_Node, int] = {}
    for c, layer in enumerate(layers):
        anchor = layer.index(line[c])
        for k, node in enumerate(layer):
            rows[node] = k - anchor
    cw, ch = spec.card_width, spec.card_height
    x_step, y_step = cw + spec.column_gap, ch + spec.row_gap
    positions = {n: (column[n] * x_step, rows[n] * y_step) for n in column}
    waypoints = {
        key: [(w[2] * x_step + cw / 2, rows[w] * y_step + ch / 2) for w in chain]
        for key, chain in chains.items()
    }
    step_rows = {n: rows[n] for n in column}
    echoes: dict[str, list[Point]] = {}
    for e in copies:
        echoes.setdefault(e[0], []).append((e[2] * x_step, rows[e] * y_step))
    arrow_ends = {key: (c * x_step, rows[key[1], key[1], c] * y_step) for key, c in ends.items()}
    return Layout(positions, column, step_rows, waypoints, spec, crossings, echoes, arrow_ends,
                  tuple(group_sweeps), tuple(window_sweeps))


def _refine(
    layers: list[list[_Node]], up: dict[_Node, list[_Node]], down: dict[_Node, list[_Node]],
    sweeps: int, margin: int, sweeps_run: list[int] | None = None,
) -> int:
    """_refine_numbered on ``layers``, in place; returns the crossings of the final order."""
    numbered = Numbered(layers, up, down)
    crossings = _refine_numbered(numbered, sweeps, margin, sweeps_run)
    layers[:] = numbered.as_nodes()
    return crossings


def _refine_numbered(numbered: Numbered[_Node], sweeps: int, margin: int, sweeps_run: list[int] | None = None) -> int:
    """Sweep again over the whole picture, but only around the gaps where arrows still cross.

    The side groups are ordered apart, so where several groups overlap (journeys full of
    skips that rejoin) an order mixing them can cross less. A window of ``margin`` columns
    either side of each such gap is swept with its outer columns kept, so nothing outside
    it changes and the window is kept only if it crosses less (the sweeps keep their best
    order). On the skip benchmark this took 460 crossings over ten 200-step journeys to
    411, where Graphviz dot has 488; sweeping the whole picture instead cost twice the time
    for no fewer crossings. Returns the crossings of the final order.
    """
    counts = numbered.gap_counts()
    last = len(numbered.layers) - 1
    windows: list[list[int]] = []  # [first column, last column, crossings]
    for c, count in enumerate(counts if sweeps else ()):
        if not count:
            continue
        lo, hi = max(0, c - margin), min(last, c + 1 + margin)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
            windows[-1][2] += count
        else:
            windows.append([lo, hi, count])
    for lo, hi, count in windows:
        if count < 2:
            # A lone crossing: the groups' order and the transpose before already had the
            # same local moves; on the skip benchmark sweeping these never removed one.
            continue
        counts[lo:hi] = numbered.sweep(lo, hi, sweeps, fixed_ends=True, sweeps_run=sweeps_run, counts=counts[lo:hi])
    return sum(counts)


def _col(node: _Node, column: dict[str, int]) -> int:
    return column[node] if isinstance(node, str) else node[2]


def _echo_columns(graph: PathwayGraph, column: dict[str, int], gap: int) -> dict[EdgeKey, int]:
    """For arrows into a shared end step from an earlier group of sources, the column of
    the copy of that step they end at: right after the group.

    A shared end step is off the main journey, has no way out, and has ways in from
    several steps. Longest-path columns put it after its last source, so from sources in
    earlier phases its arrows ran across the whole journey. Sources are grouped where
    their columns lie within ``gap`` of each other; the last group keeps the real card.
    """
    main = set(graph.main_path)
    ends: dict[EdgeKey, int] = {}
    for step_id in graph.step_ids:
        if step_id in main or graph.outgoing(step_id):
            continue
        sources = sorted(
            (column[t.from_], t.from_) for t in graph.incoming(step_id)
            if t.from_ != step_id and column[t.from_] < column[step_id]
        )
        group: list[tuple[int, str]] = []
        for k, (c, source) in enumerate(sources):
            group.append((c, source))
            last = k + 1 == len(sources)
            if not last and sources[k + 1][0] - c <= gap:
                continue
            if not last:  # a group before the last one: its own copy, right after it
                ends.update(((s, step_id), c + 1) for _, s in group)
            group = []
    return ends


def _order(
    line: list[_Node],
    others: list[_Node],
    segments: list[tuple[_Node, _Node]],
    column: dict[str, int],
    sweeps: int,
    sweeps_run: list[int],
) -> list[list[_Node]]:
    """Each column's nodes from top to bottom, with the main line in the middle.

    Everything off the main line falls into side groups joined to the line only at their
    ends: a branch with its arrows, a cluster of side effects, a loop-back's waypoints.
    Kept on one side, a group crosses neither the line nor any group on the other side,
    and two groups on one side cross a number of times that depends only on which one is
    nearer the line. So instead of sweeping the whole journey, the order is chosen in
    small steps: each group's own order (sweeps over just that group), a side for each
    group (keeping apart groups that would cross), and the nesting on each side. On
    generated 1,000-step journeys this gives 0-8 crossings where sweeps over the whole
    journey gave 11-26 and Graphviz dot 5-15 (benchmarks/run.py).
    """

    on_line = set(line)
    groups = _groups(others, [(a, b) for a, b in segments if a not in on_line and b not in on_line])
    group_of = {n: g for g, nodes in enumerate(groups) for n in nodes}

    # Per group and gap (between column c and c + 1), how many of its arrows stay off the
    # line, leave the line and reach the line: all that decides how it crosses others.
    own_segments: list[list[tuple[_Node, _Node]]] = [[] for _ in groups]
    gaps: list[dict[int, list[int]]] = [{} for _ in groups]
    for a, b in segments:
        a_line, b_line = a in on_line, b in on_line
        if a_line and b_line:
            continue  # along the line: crosses nothing
        g = group_of[b] if a_line else group_of[a]
        own_segments[g].append((a, b))
        counts = gaps[g].setdefault(column[a] if isinstance(a, str) else a[2], [0, 0, 0])
        counts[1 if a_line else 2 if b_line else 0] += 1

    # Each group's own order, nearest the line first (the line pinned on its inside), so
    # it serves above the line as it is and below it mirrored.
    nearest_first: list[dict[int, list[_Node]]] = []
    for g, nodes in enumerate(groups):
        by_column: dict[int, list[_Node]] = defaultdict(list)
        for n in nodes:  # inlined _col: this runs for every node off the line
            by_column[column[n] if isinstance(n, str) else n[2]].append(n)
        if any(len(v) > 1 for v in by_column.values()):
            lo, hi = max(0, min(by_column) - 1), min(len(line) - 1, max(by_column) + 1)
            sub = [[line[c]] + by_column.get(c, []) for c in range(lo, hi + 1)]
            sub = minimise_crossings(sub, own_segments[g], sweeps, pinned=True, sweeps_run=sweeps_run)
            by_column = {lo + i: layer[1:] for i, layer in enumerate(sub) if len(layer) > 1}
        nearest_first.append(by_column)

    both, inside = pair_costs(gaps)
    near: list[list[tuple[int, int]]] = [[] for _ in groups]
    for (g, h), cost in both.items():
        cost += min(inside.get((g, h), 0), inside.get((h, g), 0))
        if cost:
            near[g].append((h, cost))
            near[h].append((g, cost))
    side = choose_sides(near, [list(by_column) for by_column in nearest_first])

    outward: dict[int, dict[int, list[_Node]]] = {-1: defaultdict(list), 1: defaultdict(list)}
    for s in (-1, 1):
        chosen = [g for g in range(len(groups)) if side[g] == s]
        spans = {g: (max(nearest_first[g]) - min(nearest_first[g]), min(nearest_first[g]), g) for g in chosen}
        for g in nest(chosen, spans, both, inside):
            for c, nodes in nearest_first[g].items():
                outward[s][c] += nodes
    return [outward[-1][c][::-1] + [line[c]] + outward[1][c] for c in range(len(line))]


def _groups(nodes: list[_Node], links: list[tuple[_Node, _Node]]) -> list[list[_Node]]:
    """Connected groups of ``nodes`` (union-find), in the order of their first node."""
    parent: dict[_Node, _Node] = {n: n for n in nodes}

    def find(n: _Node) -> _Node:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra
    by_root: dict[_Node, list[_Node]] = {}
    for n in nodes:
        by_root.setdefault(find(n), []).append(n)
    return list(by_root.values())


def _discovery_order(graph: PathwayGraph) -> list[str]:
    """Breadth-first from the start, main journey first: a stable, meaningful initial order."""
    order = [graph.start]
    seen = {graph.start}
    for step_id in order:  # grows while iterating
        for t in graph.outgoing(step_id):
            if t.to not in seen:
                seen.add(t.to)
                order.append(t.to)
    order += [s for s in graph.step_ids if s not in seen]
    return order


def _columns(graph: PathwayGraph) -> dict[str, int]:
    """Longest distance from the start over forward transitions."""
    forward = graph.forward_adjacency()
    # A step "at the same time" (kind: parallel) stands in its partner's column, beside it.
    beside = {(t.from_, t.to) for t in graph.pathway.transitions if t.kind is TransitionKind.parallel}
    column = dict.fromkeys(forward, 0)
    for node in graph.topological_order():
        for nxt in forward[node]:
            column[nxt] = max(column[nxt], column[node] + (0 if (node, nxt) in beside else 1))
    return column


def neighbour_in_column(layout: Layout, step_id: str, direction: int) -> str | None:
    """The nearest card above (direction -1) or below (+1) in the same column, for arrow keys."""
    column, row = layout.columns[step_id], layout.rows[step_id]
    candidates = [
        (abs(r - row), s)
        for s, r in layout.rows.items()
        if layout.columns[s] == column and (r - row) * direction > 0
    ]
    return min(candidates)[1] if candidates else None


def with_card_height(layout: Layout, card_height: float) -> Layout:
    """The same layout with taller (or shorter) cards: every row moves, nothing is reordered.

    Cards grow to fit their words (the journey scene measures them); the order, columns and
    rows do not depend on the card size, so re-spacing the rows is exact and far cheaper
    than laying the journey out again.
    """
    spec = layout.spec
    old_step = spec.card_height + spec.row_gap
    new_spec = replace(spec, card_height=card_height)
    new_step = card_height + spec.row_gap

    def corner(p: Point) -> Point:
        return p[0], round(p[1] / old_step) * new_step

    def centre(p: Point) -> Point:
        return p[0], round((p[1] - spec.card_height / 2) / old_step) * new_step + card_height / 2

    return Layout(
        {s: corner(p) for s, p in layout.positions.items()},
        layout.columns,
        layout.rows,
        {k: [centre(p) for p in points] for k, points in layout.waypoints.items()},
        new_spec,
        layout.crossings,
        {s: [corner(p) for p in copies] for s, copies in layout.echoes.items()},
        {k: corner(p) for k, p in layout.arrow_ends.items()},
        layout.group_sweeps,
        layout.window_sweeps,
    )


def with_side_height(layout: Layout, side_height: float, side_gap: float | None = None) -> Layout:
    """The same layout with the cards off the main line ``side_height`` high, their rows
    closer: the main journey stays large and the side paths take less room (a first look
    that cannot show a long journey whole otherwise). Nothing is reordered.

    ``side_gap`` (the row gap if not given) is the gap above a side card, which holds only
    its own smaller phase name; the gap above the main line keeps the row gap for the main
    cards' names."""
    spec = layout.spec
    h, gap = spec.card_height, spec.row_gap
    old_step = h + gap
    above = gap if side_gap is None else side_gap

    def top(row: int) -> float:
        if row > 0:
            return h + row * above + (row - 1) * side_height
        if row < 0:
            return -gap - side_height + (row + 1) * (side_height + above)
        return 0.0

    def corner(p: Point) -> Point:
        return p[0], top(round(p[1] / old_step))

    def centre(p: Point) -> Point:
        row = round((p[1] - h / 2) / old_step)
        return p[0], top(row) + (h if row == 0 else side_height) / 2

    return replace(
        layout,
        positions={s: corner(p) for s, p in layout.positions.items()},
        waypoints={k: [centre(p) for p in points] for k, points in layout.waypoints.items()},
        echoes={s: [corner(p) for p in copies] for s, copies in layout.echoes.items()},
        arrow_ends={k: corner(p) for k, p in layout.arrow_ends.items()},
        side_height=side_height,
    )
