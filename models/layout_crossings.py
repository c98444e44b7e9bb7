"""Crossing reduction between the columns of a layered layout (used by models.layout).

Nodes are any hashable: a step id or a waypoint. ``up[n]`` lists n's neighbours in the
column to its left and ``down[n]`` those to its right. Every function here is
deterministic: ties keep the order they were given.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Hashable
from typing import TypeVar

_Node = TypeVar("_Node", bound=Hashable)


def adjacency(segments: list[tuple[_Node, _Node]]) -> tuple[dict[_Node, list[_Node]], dict[_Node, list[_Node]]]:
    """Each node's neighbours in the column to its left (up) and to its right (down)."""
    down: dict[_Node, list[_Node]] = defaultdict(list)
    up: dict[_Node, list[_Node]] = defaultdict(list)
    for a, b in segments:
        down[a].append(b)
        up[b].append(a)
    return up, down


def minimise_crossings(
    layers: list[list[_Node]], segments: list[tuple[_Node, _Node]], sweeps: int, *, pinned: bool = False,
    fixed_ends: bool = False, edges: tuple[dict[_Node, list[_Node]], dict[_Node, list[_Node]]] | None = None,
) -> list[list[_Node]]:
    """Median sweeps, each followed by neighbour swaps (as Graphviz dot does), keeping the
    order with the fewest crossings; ``pinned`` keeps each column's first node first, and
    ``fixed_ends`` keeps the first and last columns as given (a window of a larger layout,
    whose crossings outside the window then stay as they were). ``edges`` may give
    ``adjacency(segments)`` ready made: a window's layout has it for the whole picture."""
    up, down = edges or adjacency(segments)
    first = 1 if pinned else 0
    end = 1 if fixed_ends else 0

    current = [list(layer) for layer in layers]
    best = [list(layer) for layer in current]
    counts = gap_crossings(current, down)
    best_count = sum(counts)
    before = [list(layer) for layer in current]
    last_gain = 0
    for sweep in range(sweeps):
        if best_count == 0 or sweep - last_gain > 4:
            break  # no better order in two rounds of both kinds of transpose: converged
        forward = sweep % 2 == 0
        indices = range(1, len(current) - end) if forward else range(len(current) - 2, end - 1, -1)
        neighbours = up if forward else down
        for i in indices:
            fixed = current[i - 1] if forward else current[i + 1]
            pos = {n: k for k, n in enumerate(fixed)}
            own = {n: k for k, n in enumerate(current[i])}

            def median(node: _Node) -> float:
                ns = neighbours.get(node)
                if not ns:
                    return float(own[node])  # no neighbours on that side: stay put
                if len(ns) == 1:  # most nodes: a waypoint has one edge each way
                    return float(pos[ns[0]])
                ranks = sorted(pos[n] for n in ns)
                mid = len(ranks) // 2
                return float(ranks[mid]) if len(ranks) % 2 else (ranks[mid - 1] + ranks[mid]) / 2

            current[i][first:] = sorted(current[i][first:], key=median)
        # Medians leave ties (a branch's steps all hang off one card) in file order;
        # swapping neighbours fixes most of what that costs. Every other pair of sweeps also
        # swaps ties, as Graphviz dot does, to step off a plateau.
        transpose(current, up, down, swap_ties=sweep % 4 >= 2, first=first, columns=range(end, len(current) - end))
        _recount(counts, current, before, down)
        before = [list(layer) for layer in current]
        count = sum(counts)
        if count < best_count:
            best_count, last_gain = count, sweep
            best = [list(layer) for layer in current]
    return best


def transpose(
    layers: list[list[_Node]],
    up: dict[_Node, list[_Node]],
    down: dict[_Node, list[_Node]],
    *,
    swap_ties: bool,
    first: int = 0,
    columns: range | None = None,
) -> None:
    """Swap neighbours in a column while that removes crossings with either side column;
    only in ``columns`` if given."""
    index = [{n: k for k, n in enumerate(layer)} for layer in layers]
    todo_range = columns if columns is not None else range(len(layers))
    todo: range | list[int] = todo_range
    no_edges: list[_Node] = []
    # Each column's nodes' edges, looked up once per call and swapped along with the nodes.
    edges: dict[int, tuple[list[list[_Node]], list[list[_Node]]]] = {}
    for _ in range(30):  # each round that gains anything lowers the count, so this ends
        gain = 0
        changed: set[int] = set()
        for i in todo:  # a column whose neighbours stayed as they were has nothing new to gain
            layer = layers[i]
            left = index[i - 1] if i > 0 else {}
            right = index[i + 1] if i + 1 < len(layers) else {}
            here = index[i]
            if i not in edges:
                edges[i] = [up.get(n, no_edges) for n in layer], [down.get(n, no_edges) for n in layer]
            lefts, rights = edges[i]
            for k in range(first, len(layer) - 1):
                u_left, v_left, u_right, v_right = lefts[k], lefts[k + 1], rights[k], rights[k + 1]
                if len(u_left) == 1 and len(v_left) == 1 and len(u_right) == 1 and len(v_right) == 1:
                    # most pairs: two waypoints or plain steps, one edge each way
                    a, b, c, d = left[u_left[0]], left[v_left[0]], right[u_right[0]], right[v_right[0]]
                    now = (a > b) + (c > d)
                    if not now:
                        continue
                    swapped = (a < b) + (c < d)
                else:
                    above_left, below_left = _pair_crossings(u_left, v_left, left)
                    above_right, below_right = _pair_crossings(u_right, v_right, right)
                    now = above_left + above_right
                    if not now:
                        continue
                    swapped = below_left + below_right
                if swapped < now or (swap_ties and swapped == now):
                    u, v = layer[k], layer[k + 1]
                    layer[k], layer[k + 1] = v, u
                    lefts[k], lefts[k + 1] = lefts[k + 1], lefts[k]
                    rights[k], rights[k + 1] = rights[k + 1], rights[k]
                    here[u], here[v] = k + 1, k
                    gain += now - swapped
                    changed.update((i - 1, i, i + 1))
        if gain <= 0:
            return
        todo = sorted(c for c in changed if c in todo_range)


def _pair_crossings(first: list[_Node], second: list[_Node], pos: dict[_Node, int]) -> tuple[int, int]:
    """Crossings between the edges of two neighbouring nodes with ``first`` above
    ``second``, and with them swapped: both from one pass (transpose is the hot loop)."""
    if not first or not second:
        return 0, 0
    if len(first) == 1 and len(second) == 1:  # most nodes: a waypoint has one edge each way
        a, b = pos[first[0]], pos[second[0]]
        return int(a > b), int(a < b)
    above = below = 0
    for a in first:
        pa = pos[a]
        for b in second:
            pb = pos[b]
            if pa > pb:
                above += 1
            elif pa < pb:
                below += 1
    return above, below


def count_all(layers: list[list[_Node]], down: dict[_Node, list[_Node]]) -> int:
    return sum(gap_crossings(layers, down))


def gap_crossings(layers: list[list[_Node]], down: dict[_Node, list[_Node]]) -> list[int]:
    """Crossings in each gap: between column i and i + 1 at index i."""
    return [_crossings_between(layers[i], layers[i + 1], down) for i in range(len(layers) - 1)]


def _recount(
    counts: list[int], layers: list[list[_Node]], before: list[list[_Node]], down: dict[_Node, list[_Node]]
) -> None:
    """Update ``counts`` (gap_crossings of ``before``) to ``layers``, counting again only
    the gaps next to a column whose order changed: after a sweep most columns have not."""
    changed = [a != b for a, b in zip(layers, before)]
    for i in range(len(layers) - 1):
        if changed[i] or changed[i + 1]:
            counts[i] = _crossings_between(layers[i], layers[i + 1], down)


def _crossings_between(upper: list[_Node], lower: list[_Node], down: dict[_Node, list[_Node]]) -> int:
    pos_b = {n: k for k, n in enumerate(lower)}
    ends: list[int] = []
    for a in upper:  # in order top to bottom; one node's own arrows never cross
        ns = down.get(a)
        if ns:
            ends += [pos_b[ns[0]]] if len(ns) == 1 else sorted(pos_b[b] for b in ns)
    return _inversions(ends)


def _inversions(values: list[int]) -> int:
    """Pairs i < j with values[i] > values[j]. Columns hold tens of arrows, so a sorted list
    kept with bisect (C code) beats a Fenwick tree in Python; it is also O(n log n) in
    comparisons, and its O(n^2) moves are memmove, fast up to many thousands."""
    seen: list[int] = []
    count = 0
    for v in values:
        k = bisect_right(seen, v)
        count += len(seen) - k
        seen.insert(k, v)
    return count
