"""Crossing reduction between the columns of a layered layout (used by models.layout).

Nodes are any hashable: a step id or a waypoint. ``up[n]`` lists n's neighbours in the
column to its left and ``down[n]`` those to its right. Every function here is
deterministic: ties keep the order they were given.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Hashable
from typing import Generic, TypeVar

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
    sweeps_run: list[int] | None = None,
) -> list[list[_Node]]:
    """Median sweeps, each followed by neighbour swaps (as Graphviz dot does), keeping the
    order with the fewest crossings; ``pinned`` keeps each column's first node first, and
    ``fixed_ends`` keeps the first and last columns as given (a window of a larger layout,
    whose crossings outside the window then stay as they were). ``edges`` may give
    ``adjacency(segments)`` ready made: a window's layout has it for the whole picture.
    ``sweeps_run`` gets the number of sweeps this search ran appended (Layout reports them)."""
    up, down = edges or adjacency(segments)
    numbered = Numbered(layers, up, down)
    numbered.sweep(0, len(layers) - 1, sweeps, pinned=pinned, fixed_ends=fixed_ends, sweeps_run=sweeps_run)
    return numbered.as_nodes()


class Numbered(Generic[_Node]):
    """Layers with each node as a number, its edges as lists and its place in its column
    in one list: the sweeps' inner loops then index lists instead of building a
    dictionary for every column on every sweep. Numbered once, a whole layout serves the
    last polish, the crossing counts and every window of models.layout._refine: numbering
    it again for each of those was a fifth of a skip-heavy journey's layout time."""

    def __init__(self, layers: list[list[_Node]], up: dict[_Node, list[_Node]], down: dict[_Node, list[_Node]]) -> None:
        self.nodes, self.layers, self.ups, self.downs, self.pos = _numbered(layers, up, down)
        self.singles = (_singles(self.ups), _singles(self.downs))

    @classmethod
    def of_segments(cls, layers: list[list[_Node]], segments: list[tuple[_Node, _Node]]) -> Numbered[_Node]:
        """The whole layout numbered straight from its segments, every one of whose ends is
        in ``layers``: no adjacency() dictionaries of nodes made only to be numbered."""
        numbered = cls.__new__(cls)
        ids: dict[_Node, int] = {}
        nodes: list[_Node] = []
        rows: list[list[int]] = []
        pos: list[int] = []
        for layer in layers:
            row = list(range(len(nodes), len(nodes) + len(layer)))
            ids.update(zip(layer, row))
            nodes += layer
            pos += range(len(layer))
            rows.append(row)
        ups: list[list[int]] = [[] for _ in nodes]
        downs: list[list[int]] = [[] for _ in nodes]
        for a, b in segments:  # in segment order, as adjacency() lists them
            i, j = ids[a], ids[b]
            downs[i].append(j)
            ups[j].append(i)
        numbered.nodes, numbered.layers, numbered.ups, numbered.downs, numbered.pos = nodes, rows, ups, downs, pos
        numbered.singles = (_singles(ups), _singles(downs))
        return numbered

    def as_nodes(self) -> list[list[_Node]]:
        nodes = self.nodes
        return [[nodes[v] for v in layer] for layer in self.layers]

    def gap_counts(self, lo: int = 0, hi: int | None = None) -> list[int]:
        """Crossings in each gap from column ``lo`` to ``hi`` (the last if not given)."""
        hi = len(self.layers) - 1 if hi is None else hi
        downs, pos = self.downs, self.pos
        return [_gap_count(self.layers[i], downs, pos) for i in range(lo, hi)]

    def transpose(self, *, swap_ties: bool) -> None:
        """Swap neighbours in every column while that removes crossings with either side column."""
        _transpose_ids(self.layers, self.pos, self.ups, self.downs, swap_ties, 0, range(len(self.layers)),
                       self.singles)

    def sweep(
        self, lo: int, hi: int, sweeps: int, *, pinned: bool = False, fixed_ends: bool = False,
        sweeps_run: list[int] | None = None, counts: list[int] | None = None,
    ) -> list[int]:
        """minimise_crossings over columns ``lo`` to ``hi``, in place; returns the crossings
        in each of their gaps in the order kept. With ``fixed_ends`` only edges between
        those columns are read, so a window of a larger layout needs no numbering of its own.
        ``counts`` may give the crossings in those gaps as they are, already counted."""
        current = self.layers[lo:hi + 1]  # the same column lists: sorted and swapped in place
        pos, ups, downs = self.pos, self.ups, self.downs
        first = 1 if pinned else 0
        end = 1 if fixed_ends else 0
        n_layers = len(current)
        inner = range(end, n_layers - end)
        single_up, single_down = self.singles

        if counts is None:
            counts = [_gap_count(current[i], downs, pos) for i in range(n_layers - 1)]
        else:
            counts = list(counts)
        best = [list(layer) for layer in current]
        best_counts = list(counts)
        best_count = sum(counts)
        last_gain = 0
        for sweep in range(sweeps):
            if best_count == 0 or sweep - last_gain > 4:
                sweeps = sweep  # the number run, for sweeps_run
                break  # no better order in two rounds of both kinds of transpose: converged
            forward = sweep % 2 == 0
            indices = range(1, n_layers - end) if forward else range(n_layers - 2, end - 1, -1)
            neighbours = ups if forward else downs
            single = single_up if forward else single_down
            before: dict[int, list[int]] = {}  # each column's order as the sweep found it, once touched
            for i in indices:
                layer = current[i]

                def median(node: int) -> float:
                    one = single[node]
                    if one >= 0:  # most nodes: a waypoint has one edge each way
                        return pos[one]
                    return _median(neighbours[node], pos, node)

                moved = sorted(layer[first:], key=median)
                if moved != layer[first:]:
                    before[i] = layer[:]
                    layer[first:] = moved
                    for k in range(first, len(layer)):
                        pos[layer[k]] = k
            # Medians leave ties (a branch's steps all hang off one card) in file order;
            # swapping neighbours fixes most of what that costs. Every other pair of sweeps
            # also swaps ties, as Graphviz dot does, to step off a plateau.
            _transpose_ids(current, pos, ups, downs, sweep % 4 >= 2, first, inner, self.singles, before)
            # Only the gaps beside a column that moved can count differently, and a column
            # that transpose put back as the sweep found it (the medians leave ties that
            # transpose may undo) did not move.
            changed = {i for i, old in before.items() if current[i] != old}
            for i in {g for c in changed for g in (c - 1, c) if 0 <= g < n_layers - 1}:
                counts[i] = _gap_count(current[i], downs, pos)
            count = sum(counts)
            if count < best_count:
                best_count, last_gain = count, sweep
                best = [list(layer) for layer in current]
                best_counts = list(counts)
        if sweeps_run is not None:
            sweeps_run.append(sweeps)
        for layer, kept in zip(current, best):
            if layer != kept:
                layer[:] = kept
                for k, v in enumerate(kept):
                    pos[v] = k
        return best_counts


def _median(ns: list[int], pos: list[int], node: int) -> float:
    """The median place of neighbours ``ns``; a node with none stays put."""
    if not ns:
        return pos[node]
    ranks = sorted([pos[n] for n in ns])
    mid = len(ranks) // 2
    return ranks[mid] if len(ranks) % 2 else (ranks[mid - 1] + ranks[mid]) / 2


def _numbered(
    layers: list[list[_Node]], up: dict[_Node, list[_Node]], down: dict[_Node, list[_Node]]
) -> tuple[list[_Node], list[list[int]], list[list[int]], list[list[int]], list[int]]:
    """The layers with each node as a number, its edges as lists and its place in its
    column in one list: the sweeps' inner loops then index lists instead of building a
    dictionary for every column on every sweep. Edges to nodes outside ``layers`` (a
    window's end columns' outer edges) are left out: they are never read."""
    ids: dict[_Node, int] = {}
    nodes: list[_Node] = []
    numbered: list[list[int]] = []
    pos: list[int] = []
    for layer in layers:
        row = []
        for k, n in enumerate(layer):
            ids[n] = len(nodes)
            row.append(len(nodes))
            nodes.append(n)
            pos.append(k)
        numbered.append(row)
    return nodes, numbered, _numbered_edges(nodes, ids, up), _numbered_edges(nodes, ids, down), pos


def _numbered_edges(nodes: list[_Node], ids: dict[_Node, int], edges: dict[_Node, list[_Node]]) -> list[list[int]]:
    numbered: list[list[int]] = []
    none: list[int] = []  # shared: edge lists are only ever read
    for n in nodes:
        ns = edges.get(n)
        if not ns:
            numbered.append(none)
        elif len(ns) == 1:  # most nodes: a loop here, not a list comprehension, is the fast way
            m = ns[0]
            numbered.append([ids[m]] if m in ids else none)
        else:
            numbered.append([ids[m] for m in ns if m in ids])
    return numbered


def _transpose_ids(
    layers: list[list[int]], pos: list[int], ups: list[list[int]], downs: list[list[int]],
    swap_ties: bool, first: int, columns: range, singles: tuple[list[int], list[int]] | None = None,
    before: dict[int, list[int]] | None = None,
) -> set[int]:
    """Swap neighbours in ``columns`` while that removes crossings with either side column;
    returns the columns where it swapped anything.
    ``singles`` may give (_singles(ups), _singles(downs)) ready made; ``before``, if given,
    gets each column's order before its first swap, unless it holds one already."""
    todo: range | list[int] = columns
    swapped_in: set[int] = set()
    single_up, single_down = singles or (_singles(ups), _singles(downs))
    for _ in range(30):  # each round that gains anything lowers the count, so this ends
        gain = 0
        changed: set[int] = set()
        for i in todo:  # a column whose neighbours stayed as they were has nothing new to gain
            layer = layers[i]
            for k in range(first, len(layer) - 1):
                u, v = layer[k], layer[k + 1]
                a, b, c, d = single_up[u], single_up[v], single_down[u], single_down[v]
                if a >= 0 and b >= 0 and c >= 0 and d >= 0:
                    # most pairs: two waypoints or plain steps, one edge each way
                    a, b, c, d = pos[a], pos[b], pos[c], pos[d]
                    now = (a > b) + (c > d)
                    if not now:
                        continue
                    swapped = (a < b) + (c < d)
                else:
                    # Crossings of u's and v's edges as they are (now) and swapped, both
                    # sides in one pass; inlined, as transpose is the hot loop.
                    now = swapped = 0
                    for mine, theirs in ((ups[u], ups[v]), (downs[u], downs[v])):
                        for m in mine:
                            pm = pos[m]
                            for t in theirs:
                                pt = pos[t]
                                if pm > pt:
                                    now += 1
                                elif pm < pt:
                                    swapped += 1
                    if not now:
                        continue
                if swapped < now or (swap_ties and swapped == now):
                    if before is not None and i not in before:
                        before[i] = layer[:]
                    layer[k], layer[k + 1] = v, u
                    pos[u], pos[v] = k + 1, k
                    gain += now - swapped
                    changed.update((i - 1, i, i + 1))
                    swapped_in.add(i)
        if gain <= 0:
            return swapped_in
        todo = sorted(c for c in changed if c in columns)
    return swapped_in


def _singles(edges: list[list[int]]) -> list[int]:
    """Each node's one neighbour on a side, or -1 where it has none or several."""
    return [ns[0] if len(ns) == 1 else -1 for ns in edges]


def _gap_count(upper: list[int], downs: list[list[int]], pos: list[int]) -> int:
    """Crossings between numbered column ``upper`` and the next one."""
    ends: list[int] = []
    for a in upper:  # in order top to bottom; one node's own arrows never cross
        ns = downs[a]
        if ns:
            if len(ns) == 1:
                ends.append(pos[ns[0]])
            else:
                ends += sorted([pos[b] for b in ns])
    # Most gaps cross nowhere (two in three of those the sweeps count on the skip
    # benchmark): one sort in C tells, before counting element by element.
    return 0 if ends == sorted(ends) else _inversions(ends)


def count_all(layers: list[list[_Node]], down: dict[_Node, list[_Node]]) -> int:
    return sum(gap_crossings(layers, down))


def gap_crossings(layers: list[list[_Node]], down: dict[_Node, list[_Node]]) -> list[int]:
    """Crossings in each gap: between column i and i + 1 at index i."""
    return [_crossings_between(layers[i], layers[i + 1], down) for i in range(len(layers) - 1)]


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
    if len(values) < 2:
        return 0
    seen: list[int] = []
    count = 0
    for v in values:
        k = bisect_right(seen, v)
        count += len(seen) - k
        seen.insert(k, v)
    return count
