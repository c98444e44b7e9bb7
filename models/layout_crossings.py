"""Crossing reduction between the columns of a layered layout (used by models.layout).

Nodes are any hashable: a step id or a waypoint. ``up[n]`` lists n's neighbours in the
column to its left and ``down[n]`` those to its right. Every function here is
deterministic: ties keep the order they were given.
"""

from __future__ import annotations

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
    layers: list[list[_Node]], segments: list[tuple[_Node, _Node]], sweeps: int, *, pinned: bool = False
) -> list[list[_Node]]:
    """Median sweeps, each followed by neighbour swaps (as Graphviz dot does), keeping the
    order with the fewest crossings; ``pinned`` keeps each column's first node first."""
    up, down = adjacency(segments)
    first = 1 if pinned else 0

    current = [list(layer) for layer in layers]
    best = [list(layer) for layer in current]
    best_count = count_all(best, down)
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
        transpose(current, up, down, swap_ties=sweep % 4 >= 2, first=first)
        count = count_all(current, down)
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
    if len(first) == 1 and len(second) == 1:  # most nodes: a waypoint has one edge each way
        return 1 if pos[first[0]] > pos[second[0]] else 0
    return sum(1 for a in first for b in second if pos[a] > pos[b])


def count_all(layers: list[list[_Node]], down: dict[_Node, list[_Node]]) -> int:
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

