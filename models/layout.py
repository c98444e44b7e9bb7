"""A deterministic left-to-right layered layout (the Sugiyama method, kept small).

1. Layers: each step's column is its longest distance from the start over forward
   transitions, so every forward arrow points right.
2. Long arrows (and loop-backs, reversed) get a waypoint in every column they cross, so
   they can be routed between cards instead of through them.
3. Order within columns: median sweeps, each followed by swapping neighbours while that
   removes crossings (as Graphviz dot does), keeping the order with the fewest crossings.
4. Rows: the main journey is pinned to row 0, so it reads as one straight line; other
   steps sit above or below it in their sweep order. Rows are distinct within a column,
   so cards never overlap.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import networkx as nx

from .graph import PathwayGraph
from .schema import TransitionKind

Point = tuple[float, float]
EdgeKey = tuple[str, str]
_Node = str | tuple[str, str, int]  # a step id, or a waypoint (from, to, column)


@dataclass(frozen=True)
class LayoutSpec:
    card_width: float = 240.0  # fits "about 2 weeks · days +14 to +28" in 14 px type
    card_height: float = 120.0
    column_gap: float = 130.0  # room for a wrapped arrow label between columns
    row_gap: float = 46.0
    sweeps: int = 12


@dataclass(frozen=True)
class Layout:
    """Where everything goes, in scene units. Positions are card top-left corners."""

    positions: dict[str, Point]
    columns: dict[str, int]
    rows: dict[str, int]
    waypoints: dict[EdgeKey, list[Point]]  # centres of the card slots a long arrow passes through
    spec: LayoutSpec
    crossings: int

    @property
    def card_size(self) -> tuple[float, float]:
        return self.spec.card_width, self.spec.card_height

    def bounds(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) around every card and waypoint."""
        xs = [p[0] for p in self.positions.values()]
        ys = [p[1] for p in self.positions.values()]
        for points in self.waypoints.values():
            xs += [p[0] - self.spec.card_width / 2 for p in points]
            ys += [p[1] - self.spec.card_height / 2 for p in points]
        return min(xs), min(ys), max(xs) + self.spec.card_width, max(ys) + self.spec.card_height


def compute_layout(graph: PathwayGraph, spec: LayoutSpec | None = None) -> Layout:
    spec = spec or LayoutSpec()
    order0 = _discovery_order(graph)
    column = _columns(graph, order0)

    # Segments between adjacent columns, through waypoints; loop-backs are laid out reversed.
    segments: list[tuple[_Node, _Node]] = []
    chains: dict[EdgeKey, list[_Node]] = {}
    for t in graph.pathway.transitions:
        a, b = t.from_, t.to
        if a == b:
            continue
        if t.kind is TransitionKind.loop_back or column[b] < column[a]:
            a, b = b, a
        if column[a] == column[b]:
            continue
        chain: list[_Node] = [a] + [(t.from_, t.to, c) for c in range(column[a] + 1, column[b])] + [b]
        chains[t.from_, t.to] = chain[1:-1]
        segments += list(zip(chain, chain[1:]))

    layers: dict[int, list[_Node]] = defaultdict(list)
    rank = {s: i for i, s in enumerate(order0)}
    for step_id in sorted(column, key=lambda s: rank[s]):
        layers[column[step_id]].append(step_id)
    waypoint_column: dict[_Node, int] = {}
    for chain in chains.values():
        for w in chain:
            assert isinstance(w, tuple)
            waypoint_column[w] = w[2]
            layers[w[2]].append(w)
    layer_list = [layers[c] for c in range(max(layers) + 1)]

    best, crossings = _minimise_crossings(layer_list, segments, spec.sweeps)
    rows = _rows(best, graph)

    cw, ch = spec.card_width, spec.card_height
    x_step, y_step = cw + spec.column_gap, ch + spec.row_gap
    positions = {n: (column[n] * x_step, rows[n] * y_step) for n in column}
    waypoints = {
        key: [(waypoint_column[w] * x_step + cw / 2, rows[w] * y_step + ch / 2) for w in chain]
        for key, chain in chains.items()
    }
    step_rows = {n: rows[n] for n in column}
    return Layout(positions, column, step_rows, waypoints, spec, crossings)


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


def _columns(graph: PathwayGraph, order0: list[str]) -> dict[str, int]:
    dag = graph.forward_graph()
    column = dict.fromkeys(order0, 0)
    for node in nx.topological_sort(dag):
        for nxt in dag.successors(node):
            column[nxt] = max(column[nxt], column[node] + 1)
    return column


def _minimise_crossings(
    layers: list[list[_Node]], segments: list[tuple[_Node, _Node]], sweeps: int
) -> tuple[list[list[_Node]], int]:
    layer_of = {n: i for i, layer in enumerate(layers) for n in layer}
    down: dict[_Node, list[_Node]] = defaultdict(list)  # neighbours in the column to the right
    up: dict[_Node, list[_Node]] = defaultdict(list)
    for a, b in segments:
        if layer_of[a] > layer_of[b]:
            a, b = b, a
        down[a].append(b)
        up[b].append(a)

    current = [list(layer) for layer in layers]
    best = [list(layer) for layer in current]
    best_count = _count_all(best, down)
    last_gain = 0
    for sweep in range(sweeps):
        if best_count == 0 or sweep - last_gain > 4:
            break  # no better order in two rounds of both kinds of transpose: converged
        forward = sweep % 2 == 0
        indices = range(1, len(current)) if forward else range(len(current) - 2, -1, -1)
        neighbours = up if forward else down
        for i in indices:
            fixed = current[i - 1] if forward else current[i + 1]
            pos = {n: k for k, n in enumerate(fixed)}
            own = {n: k for k, n in enumerate(current[i])}

            def median(node: _Node) -> float:
                ns = neighbours.get(node)
                if not ns:
                    return float(own[node])  # no neighbours on that side: stay put
                ranks = sorted(pos[n] for n in ns)
                mid = len(ranks) // 2
                return float(ranks[mid]) if len(ranks) % 2 else (ranks[mid - 1] + ranks[mid]) / 2

            current[i].sort(key=median)
        # Medians leave ties (a branch's steps all hang off one card) in file order;
        # swapping neighbours fixes most of what that costs. Every other pair of sweeps also
        # swaps ties, as Graphviz dot does, to step off a plateau. Measured on generated
        # 1,000-step journeys: 18-30 crossings become 11-13 (benchmarks/run.py).
        _transpose(current, up, down, swap_ties=sweep % 4 >= 2)
        count = _count_all(current, down)
        if count < best_count:
            best_count, last_gain = count, sweep
            best = [list(layer) for layer in current]
    return best, best_count


def _transpose(
    layers: list[list[_Node]], up: dict[_Node, list[_Node]], down: dict[_Node, list[_Node]], *, swap_ties: bool
) -> None:
    """Swap neighbours in a column while that removes crossings with either side column."""
    index = [{n: k for k, n in enumerate(layer)} for layer in layers]
    for _ in range(30):  # each round that gains anything lowers the count, so this ends
        gain = 0
        for i, layer in enumerate(layers):
            left = index[i - 1] if i > 0 else {}
            right = index[i + 1] if i + 1 < len(layers) else {}
            for k in range(len(layer) - 1):
                u, v = layer[k], layer[k + 1]
                now = _pair_crossings(up.get(u), up.get(v), left) + _pair_crossings(down.get(u), down.get(v), right)
                if not now:
                    continue
                swapped = _pair_crossings(up.get(v), up.get(u), left) + _pair_crossings(down.get(v), down.get(u), right)
                if swapped < now or (swap_ties and swapped == now):
                    layer[k], layer[k + 1] = v, u
                    index[i][u], index[i][v] = k + 1, k
                    gain += now - swapped
        if gain <= 0:
            return


def _pair_crossings(first: list[_Node] | None, second: list[_Node] | None, pos: dict[_Node, int]) -> int:
    """Crossings between the edges of two neighbouring nodes, ``first`` above ``second``."""
    if not first or not second:
        return 0
    return sum(1 for a in first for b in second if pos[a] > pos[b])


def _count_all(layers: list[list[_Node]], down: dict[_Node, list[_Node]]) -> int:
    total = 0
    for i in range(len(layers) - 1):
        pos_b = {n: k for k, n in enumerate(layers[i + 1])}
        pairs = sorted((ka, pos_b[b]) for ka, a in enumerate(layers[i]) for b in down.get(a, ()))
        total += _inversions([b for _, b in pairs], len(layers[i + 1]))
    return total


def _inversions(values: list[int], size: int) -> int:
    """Pairs i < j with values[i] > values[j], with a Fenwick tree: O(n log n)."""
    tree = [0] * (size + 1)
    count = 0
    seen = 0
    for v in values:
        # how many already-seen values are greater than v
        i, le = v + 1, 0
        while i > 0:
            le += tree[i]
            i -= i & -i
        count += seen - le
        i = v + 1
        while i <= size:
            tree[i] += 1
            i += i & -i
        seen += 1
    return count


def _rows(layers: list[list[_Node]], graph: PathwayGraph) -> dict[_Node, int]:
    rows: dict[_Node, int] = {}
    # A main-journey arrow stretched over several columns (a branch rejoining further on
    # pushes the next step right) keeps row 0 too, so the main journey stays one straight line.
    main_arrows = set(zip(graph.main_path, graph.main_path[1:]))

    def on_main_line(node: _Node) -> bool:
        return graph.is_main(node) if isinstance(node, str) else (node[0], node[1]) in main_arrows

    for layer in layers:
        anchor = next((k for k, n in enumerate(layer) if on_main_line(n)), None)
        if anchor is None:
            anchor = -1  # row 0 means "main journey": a column without one starts below it
        for k, node in enumerate(layer):
            rows[node] = k - anchor
    return rows


def neighbour_in_column(layout: Layout, step_id: str, direction: int) -> str | None:
    """The nearest card above (direction -1) or below (+1) in the same column, for arrow keys."""
    column, row = layout.columns[step_id], layout.rows[step_id]
    candidates = [
        (abs(r - row), s)
        for s, r in layout.rows.items()
        if layout.columns[s] == column and (r - row) * direction > 0
    ]
    return min(candidates)[1] if candidates else None
