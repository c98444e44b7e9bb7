"""Which side of the main line each side group goes, and how groups nest on one side.

A side group (a branch, a cluster of side effects, a long arrow's waypoints) joins the
main line only at its ends. Kept on one side it crosses nothing on the other side, and two
groups on one side cross a number of times that depends only on which is nearer the line
(see ``pair_costs``). Choosing sides is then a weighted max-cut between groups that would
cross, solved per cluster of such groups (``choose_sides``); ``nest`` orders each side.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from itertools import repeat


def pair_costs(
    gaps: list[dict[int, list[int]]],
) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int], int]]:
    """Crossings between two groups on one side of the line.

    ``both[g, h]`` (g < h) is paid whichever is nearer the line: in one gap, an arrow of
    one leaving the line and an arrow of the other reaching it. ``inside[g, h]`` is paid
    when g is nearer: g passes through a gap where h leaves or reaches the line.
    """
    in_gap: dict[int, list[tuple[int, int, int, int]]] = defaultdict(list)
    for g, counts in enumerate(gaps):
        for c, (through, leave, reach) in counts.items():
            in_gap[c].append((g, through, leave, reach))
    both: dict[tuple[int, int], int] = defaultdict(int)
    inside: dict[tuple[int, int], int] = defaultdict(int)
    for present in in_gap.values():
        for i, (g, through_g, leave_g, reach_g) in enumerate(present, 1):
            for h, through_h, leave_h, reach_h in present[i:]:
                both[g, h] += leave_g * reach_h + reach_g * leave_h
                if through_g and (leave_h or reach_h):
                    inside[g, h] += through_g * (leave_h + reach_h)
                if through_h and (leave_g or reach_g):
                    inside[h, g] += through_h * (leave_g + reach_g)
    return both, inside


_EXACT_SIDES = 12  # a cluster of groups that would cross is solved exactly up to this size


def choose_sides(near: list[list[tuple[int, int]]], columns: list[list[int]]) -> list[int]:
    """Above (-1) or below (+1) for each group, so that groups that would cross sit apart.

    ``near[g]`` lists the groups that cost something on g's side, with that cost. They
    form small clusters in our generated journeys (up to 15 groups at 5,000 steps); up
    to ``_EXACT_SIDES`` groups a cluster is solved exactly: every split in Gray-code
    order, one flip per step. Larger ones, and journeys full of overlapping skips make
    clusters of hundreds, get a greedy split improved by local search
    (``_greedy_split``): trying all 2^15 splits cost more time than it saved crossings.
    Each cluster is then turned the way that leaves more room, so the picture stays
    compact.
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
            split = _greedy_split(links, [(min(columns[g]), max(columns[g])) for g in cluster])

        def crowding(turn: int) -> int:
            total = 0
            for i, g in enumerate(cluster):
                here = load[turn * split[i]]
                total += max(map(here.get, columns[g], repeat(0)), default=0)
            return total

        turn = 1 if crowding(1) <= crowding(-1) else -1
        for i, g in enumerate(cluster):
            side[g] = turn * split[i]
            for c in columns[g]:
                load[side[g]][c] += 1
    return side


def _greedy_split(links: list[list[tuple[int, int]]], spans: list[tuple[int, int]]) -> list[int]:
    """A good split of a large cluster (too large to try every split).

    Groups that would cross are mostly ones that overlap along the journey, like arcs over
    a line. Each try places the groups one by one, each on the side where it costs less
    with those already placed, then flips single groups and linked pairs while that
    helps. The cheapest of five placing orders wins (left to right, right to left,
    longest first as long arcs decide the most, shortest first, by middle), and
    ``_kicks`` then looks beyond what single and pair flips reach.
    """
    n = len(links)
    orders = [
        sorted(range(n), key=lambda i: (spans[i][0], i)),
        sorted(range(n), key=lambda i: (-spans[i][1], i)),
        sorted(range(n), key=lambda i: (spans[i][0] - spans[i][1], i)),
        sorted(range(n), key=lambda i: (spans[i][1] - spans[i][0], i)),
        sorted(range(n), key=lambda i: (spans[i][0] + spans[i][1], i)),
    ]
    doubled = _doubled(links)
    best: list[int] = []
    best_cost = 0
    tried: set[tuple[int, ...]] = set()
    for order in orders:
        placed = _place(links, order)
        key = tuple(placed)
        if key in tried:
            # Two orders often place alike (on the skip benchmark one in five does), and
            # improving the same split again gives the same split and cost, never a better one.
            continue
        tried.add(key)
        split, gain = _improve(links, doubled, placed)
        # A group's gain is its links on its side minus the rest, so the links on one side
        # (the crossings) are half of sum(gain) plus a constant: comparing sums is enough.
        cost = sum(gain)
        if not best or cost < best_cost:
            best, best_cost = split, cost
    return _kicks(links, doubled, best)


def _place(links: list[list[tuple[int, int]]], order: list[int]) -> list[int]:
    split = [0] * len(links)
    for i in order:
        above = below = 0  # what group i would cost with those placed, on side +1 / -1
        for j, w in links[i]:
            s = split[j]
            if s > 0:
                above += w
            elif s:
                below += w
        split[i] = -1 if below < above else 1
    return split


def _improve(
    links: list[list[tuple[int, int]]], doubled: list[list[tuple[int, int]]], split: list[int],
) -> tuple[list[int], list[int]]:
    """Flip single groups, or two linked groups together, while that lowers the cost.
    Returns the split and each group's flip gain in it. ``doubled`` is _doubled(links)."""
    # gain[i]: how much flipping group i alone would save (kept up to date by _flip)
    gain = _gains(links, split)
    for _ in range(len(links)):  # every flip lowers the total, so this ends
        flipped = False
        for i, ws in enumerate(doubled):
            gain_i = gain[i]
            if gain_i > 0:
                _flip(split, gain, ws, i)
                flipped = True
                continue
            # Two linked groups flipped together: a way out when neither helps alone.
            side, need = split[i], -gain_i
            for j, w2 in ws:
                # the pair saves gain_i + gain[j] - w2 on one side, + w2 apart: most pairs fail
                # even apart, so that is tested first (this scan is _improve's hot loop)
                gain_j = gain[j] + w2
                if gain_j > need and (side != split[j] or gain_j - w2 - w2 > need):
                    _flip(split, gain, ws, i)
                    _flip(split, gain, doubled[j], j)
                    flipped = True
                    break
        if not flipped:
            break
    return split, gain


def _kicks(links: list[list[tuple[int, int]]], doubled: list[list[tuple[int, int]]], split: list[int]) -> list[int]:
    """Step out of the local optimum flips reach: for each group in turn, move it and its
    neighbours on its side to the other side, settle the groups around them, and keep
    that only if the total fell (else undo every flip). Each try touches only the
    neighbourhood, so one pass is cheap; a second pass found nothing more on the skip
    benchmark."""
    gain = _gains(links, split)
    linked = [[j for j, _ in ws] for ws in links]
    for i in range(len(links)):
        side = split[i]
        log = [i] + [j for j in linked[i] if split[j] == side]
        saved = 0
        for k in log:
            saved += gain[k]
            _flip(split, gain, doubled[k], k)
        work = list(dict.fromkeys([j for k in log for j in linked[k]] + log))
        while work:  # every flip here lowers the total, so this ends
            k = work.pop()
            if gain[k] > 0:
                saved += gain[k]
                _flip(split, gain, doubled[k], k)
                log.append(k)
                work += linked[k]
        if saved <= 0:
            for k in reversed(log):  # a flip undoes itself, gains included
                _flip(split, gain, doubled[k], k)
    return split


def _doubled(links: list[list[tuple[int, int]]]) -> list[list[tuple[int, int]]]:
    """Each link with twice its cost: what a flip moves a neighbour's gain by."""
    return [[(j, 2 * w) for j, w in ws] for ws in links]


def _flip(split: list[int], gain: list[int], doubled: list[tuple[int, int]], i: int) -> None:
    """Move group i (with ``doubled``, its links at twice their cost) to the other side,
    keeping every group's flip gain up to date."""
    side = split[i] = -split[i]
    gain[i] = -gain[i]
    for j, w2 in doubled:
        if split[j] == side:
            gain[j] += w2
        else:
            gain[j] -= w2


def _gains(links: list[list[tuple[int, int]]], split: list[int]) -> list[int]:
    """How much flipping each group alone would save: its links on its side minus the others."""
    gain = []
    for i, ws in enumerate(links):
        side, saved = split[i], 0
        for j, w in ws:
            if split[j] == side:
                saved += w
            else:
                saved -= w
        gain.append(saved)
    return gain


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


def nest(
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
