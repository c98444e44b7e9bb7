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

import heapq
from collections import defaultdict
from dataclasses import dataclass

from .gc_pause import collector_paused
from .graph import PathwayGraph

Point = tuple[float, float]
EdgeKey = tuple[str, str]
_Waypoint = tuple[str, str, int]  # (from, to, column); ("", "", column) is an empty main-line slot
_Node = str | _Waypoint


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
    with collector_paused():
        return _compute_layout(graph, spec or LayoutSpec())


def _compute_layout(graph: PathwayGraph, spec: LayoutSpec) -> Layout:
    order0 = _discovery_order(graph)
    column = _columns(graph)

    # Segments between adjacent columns, through waypoints, always left to right
    # (a loop-back is laid out reversed).
    segments: list[tuple[_Node, _Node]] = []
    chains: dict[EdgeKey, list[_Waypoint]] = {}
    for t in graph.pathway.transitions:
        if column[t.from_] == column[t.to]:
            continue
        a, b = (t.from_, t.to) if column[t.from_] < column[t.to] else (t.to, t.from_)
        chains[t.from_, t.to] = [(t.from_, t.to, c) for c in range(column[a] + 1, column[b])]
        chain: list[_Node] = [a, *chains[t.from_, t.to], b]
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

    layers = _order(line, others, segments, column, spec.sweeps)
    up, down = _adjacency(segments)
    _transpose(layers, up, down, swap_ties=False)  # a last polish across group boundaries
    crossings = _count_all(layers, down)

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
    return Layout(positions, column, step_rows, waypoints, spec, crossings)


def _order(
    line: list[_Node],
    others: list[_Node],
    segments: list[tuple[_Node, _Node]],
    column: dict[str, int],
    sweeps: int,
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

    def col(node: _Node) -> int:
        return column[node] if isinstance(node, str) else node[2]

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
        counts = gaps[g].setdefault(col(a), [0, 0, 0])
        counts[1 if a_line else 2 if b_line else 0] += 1

    # Each group's own order, nearest the line first (the line pinned on its inside), so
    # it serves above the line as it is and below it mirrored.
    nearest_first: list[dict[int, list[_Node]]] = []
    for g, nodes in enumerate(groups):
        by_column: dict[int, list[_Node]] = defaultdict(list)
        for n in nodes:
            by_column[col(n)].append(n)
        if any(len(v) > 1 for v in by_column.values()):
            lo, hi = max(0, min(by_column) - 1), min(len(line) - 1, max(by_column) + 1)
            sub = [[line[c]] + by_column.get(c, []) for c in range(lo, hi + 1)]
            sub = _minimise_crossings(sub, own_segments[g], sweeps, pinned=True)
            by_column = {lo + i: layer[1:] for i, layer in enumerate(sub) if len(layer) > 1}
        nearest_first.append(by_column)

    both, inside = _pair_costs(gaps)
    near: list[list[tuple[int, int]]] = [[] for _ in groups]
    for (g, h), cost in both.items():
        cost += min(inside.get((g, h), 0), inside.get((h, g), 0))
        if cost:
            near[g].append((h, cost))
            near[h].append((g, cost))
    side = _choose_sides(near, [list(by_column) for by_column in nearest_first])

    outward: dict[int, dict[int, list[_Node]]] = {-1: defaultdict(list), 1: defaultdict(list)}
    for s in (-1, 1):
        chosen = [g for g in range(len(groups)) if side[g] == s]
        spans = {g: (max(nearest_first[g]) - min(nearest_first[g]), min(nearest_first[g]), g) for g in chosen}
        for g in _nest(chosen, spans, both, inside):
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


def _pair_costs(
    gaps: list[dict[int, list[int]]],
) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int], int]]:
    """Crossings between two groups on one side of the line.

    ``both[g, h]`` (g < h) is paid whichever is nearer the line: in one gap, an arrow of
    one leaving the line and an arrow of the other reaching it. ``inside[g, h]`` is paid
    when g is nearer: g passes through a gap where h leaves or reaches the line.
    """
    in_gap: dict[int, list[int]] = defaultdict(list)
    for g, counts in enumerate(gaps):
        for c in counts:
            in_gap[c].append(g)
    both: dict[tuple[int, int], int] = defaultdict(int)
    inside: dict[tuple[int, int], int] = defaultdict(int)
    for c, present in in_gap.items():
        for i, g in enumerate(present):
            through_g, leave_g, reach_g = gaps[g][c]
            for h in present[i + 1 :]:
                through_h, leave_h, reach_h = gaps[h][c]
                both[g, h] += leave_g * reach_h + reach_g * leave_h
                if through_g and (leave_h or reach_h):
                    inside[g, h] += through_g * (leave_h + reach_h)
                if through_h and (leave_g or reach_g):
                    inside[h, g] += through_h * (leave_g + reach_g)
    return both, inside


_EXACT_SIDES = 16  # a cluster of groups that would cross is solved exactly up to this size


def _choose_sides(near: list[list[tuple[int, int]]], columns: list[list[int]]) -> list[int]:
    """Above (-1) or below (+1) for each group, so that groups that would cross sit apart.

    ``near[g]`` lists the groups that cost something on g's side, with that cost. They
    form small clusters (up to 15 groups in a generated 5,000-step journey), so each
    cluster is solved exactly: every split in Gray-code order, one flip per step. A larger
    cluster settles by flipping single groups while that helps. Each cluster is then
    turned the way that leaves more room, so the picture stays compact.
    """
    side = [0] * len(near)
    load: dict[int, dict[int, int]] = {-1: defaultdict(int), 1: defaultdict(int)}
    for g0 in range(len(near)):
        if side[g0]:
            continue
        cluster = [g0]
        side[g0] = 1
        for g in cluster:  # grows while iterating
            for h, _ in near[g]:
                if not side[h]:
                    side[h] = 1
                    cluster.append(h)
        index = {g: i for i, g in enumerate(cluster)}
        links = [[(index[h], w) for h, w in near[g]] for g in cluster]
        if len(cluster) <= _EXACT_SIDES:
            split = _best_split(links)
        else:
            split = [1] * len(cluster)
            for _ in range(len(cluster)):  # every flip lowers the total, so this ends
                flipped = False
                for i, ws in enumerate(links):
                    if sum(w if split[j] == split[i] else -w for j, w in ws) > 0:
                        split[i] = -split[i]
                        flipped = True
                if not flipped:
                    break

        def crowding(turn: int) -> int:
            return sum(max((load[turn * split[i]][c] for c in columns[g]), default=0) for i, g in enumerate(cluster))

        turn = 1 if crowding(1) <= crowding(-1) else -1
        for i, g in enumerate(cluster):
            side[g] = turn * split[i]
            for c in columns[g]:
                load[side[g]][c] += 1
    return side


def _best_split(links: list[list[tuple[int, int]]]) -> list[int]:
    """The cheapest split of a small cluster into two sides (+1, -1), visiting every split.

    Splits are bit masks (bit i set: group i on side -1) visited in Gray-code order, so each
    step flips one group and changes the cost by what that group pays its neighbours. The
    last group stays put, since a mirror image costs the same.
    """
    # Each group's neighbours as one bit mask per cost, so a step is a few integer operations.
    by_cost: list[list[tuple[int, int]]] = []
    for ws in links:
        masks: dict[int, int] = defaultdict(int)
        for j, w in ws:
            masks[w] |= 1 << j
        by_cost.append(list(masks.items()))
    all_bits = (1 << len(links)) - 1
    mask = 0
    cost = best = sum(w for ws in links for _, w in ws) // 2  # all on one side
    best_mask = 0
    for step in range(1, 1 << (len(links) - 1)):
        i = (step & -step).bit_length() - 1
        same = ~mask & all_bits if not mask >> i & 1 else mask  # groups on i's side before the flip
        for w, m in by_cost[i]:
            cost += w * (m.bit_count() - 2 * (m & same).bit_count())
        mask ^= 1 << i
        if cost < best:
            best, best_mask = cost, mask
    return [-1 if best_mask >> i & 1 else 1 for i in range(len(links))]


def _nest(
    chosen: list[int],
    keys: dict[int, tuple[int, int, int]],
    both: dict[tuple[int, int], int],
    inside: dict[tuple[int, int], int],
) -> list[int]:
    """The groups on one side, nearest the line first.

    g goes nearer than h where that costs fewer crossings; otherwise the smaller key (the
    shorter group) goes nearer, so arrows stay short. A cycle of preferences is broken at
    its smallest key.
    """
    mine = set(chosen)
    after: dict[int, list[int]] = defaultdict(list)
    waiting: dict[int, int] = defaultdict(int)
    for g, h in both:
        if g in mine and h in mine:
            gh, hg = inside.get((g, h), 0), inside.get((h, g), 0)
            if gh != hg:
                first, then = (g, h) if gh < hg else (h, g)
                after[first].append(then)
                waiting[then] += 1
    ready = [(keys[g], g) for g in chosen if not waiting[g]]
    rest = [(keys[g], g) for g in chosen]
    heapq.heapify(ready)
    heapq.heapify(rest)
    placed: list[int] = []
    done: set[int] = set()
    while len(placed) < len(chosen):
        g = heapq.heappop(ready if ready else rest)[1]
        if g in done:
            continue
        done.add(g)
        placed.append(g)
        for h in after[g]:
            waiting[h] -= 1
            if not waiting[h] and h not in done:
                heapq.heappush(ready, (keys[h], h))
    return placed


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
    column = dict.fromkeys(forward, 0)
    for node in graph.topological_order():
        for nxt in forward[node]:
            column[nxt] = max(column[nxt], column[node] + 1)
    return column


def _adjacency(segments: list[tuple[_Node, _Node]]) -> tuple[dict[_Node, list[_Node]], dict[_Node, list[_Node]]]:
    """Each node's neighbours in the column to its left (up) and to its right (down)."""
    down: dict[_Node, list[_Node]] = defaultdict(list)
    up: dict[_Node, list[_Node]] = defaultdict(list)
    for a, b in segments:
        down[a].append(b)
        up[b].append(a)
    return up, down


def _minimise_crossings(
    layers: list[list[_Node]], segments: list[tuple[_Node, _Node]], sweeps: int, *, pinned: bool = False
) -> list[list[_Node]]:
    """Median sweeps, each followed by neighbour swaps (as Graphviz dot does), keeping the
    order with the fewest crossings; ``pinned`` keeps each column's first node first."""
    up, down = _adjacency(segments)
    first = 1 if pinned else 0

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

            current[i][first:] = sorted(current[i][first:], key=median)
        # Medians leave ties (a branch's steps all hang off one card) in file order;
        # swapping neighbours fixes most of what that costs. Every other pair of sweeps also
        # swaps ties, as Graphviz dot does, to step off a plateau.
        _transpose(current, up, down, swap_ties=sweep % 4 >= 2, first=first)
        count = _count_all(current, down)
        if count < best_count:
            best_count, last_gain = count, sweep
            best = [list(layer) for layer in current]
    return best


def _transpose(
    layers: list[list[_Node]],
    up: dict[_Node, list[_Node]],
    down: dict[_Node, list[_Node]],
    *,
    swap_ties: bool,
    first: int = 0,
) -> None:
    """Swap neighbours in a column while that removes crossings with either side column."""
    index = [{n: k for k, n in enumerate(layer)} for layer in layers]
    todo = range(len(layers))
    for _ in range(30):  # each round that gains anything lowers the count, so this ends
        gain = 0
        changed: set[int] = set()
        for i in todo:  # a column whose neighbours stayed as they were has nothing new to gain
            layer = layers[i]
            left = index[i - 1] if i > 0 else {}
            right = index[i + 1] if i + 1 < len(layers) else {}
            for k in range(first, len(layer) - 1):
                u, v = layer[k], layer[k + 1]
                now = _pair_crossings(up.get(u), up.get(v), left) + _pair_crossings(down.get(u), down.get(v), right)
                if not now:
                    continue
                swapped = _pair_crossings(up.get(v), up.get(u), left) + _pair_crossings(down.get(v), down.get(u), right)
                if swapped < now or (swap_ties and swapped == now):
                    layer[k], layer[k + 1] = v, u
                    index[i][u], index[i][v] = k + 1, k
                    gain += now - swapped
                    changed.update((i - 1, i, i + 1))
        if gain <= 0:
            return
        todo = sorted(c for c in changed if 0 <= c < len(layers))


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


def neighbour_in_column(layout: Layout, step_id: str, direction: int) -> str | None:
    """The nearest card above (direction -1) or below (+1) in the same column, for arrow keys."""
    column, row = layout.columns[step_id], layout.rows[step_id]
    candidates = [
        (abs(r - row), s)
        for s, r in layout.rows.items()
        if layout.columns[s] == column and (r - row) * direction > 0
    ]
    return min(candidates)[1] if candidates else None
