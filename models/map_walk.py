"""Where Up and Down go on the journey map, so the keyboard reaches every card.

Right and Left follow the path you are on (:meth:`PathwayGraph.next_step` and
:meth:`PathwayGraph.previous_step`), so they always reach every main step. Up and Down
walk the cards above and below the main journey, each card belonging to the main step
it stands over or after: the main step in the nearest column at or left of its own (a
side step in a column the main journey skips belongs to the main step before it). Those
cards and their main step form one list, row by row, each row left to right going away
from the main line; Up and Down move along it. So every card is a Right-walk and a few Up/Down presses from
the start, on any pathway. Where the list ends, Up or Down goes to the nearest way out of
this step on that side (a branch leaving it), if there is one. Such a jump lands in another
step's list, so the list alone would not bring the opposite key back: :class:`MapWalk`
remembers the way taken and goes back along it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from .graph import PathwayGraph
from .layout import Layout


def owning_main_step(graph: PathwayGraph, layout: Layout) -> Callable[[str], str]:
    """For each card, the main step whose Up/Down list it is in."""
    main = sorted(graph.main_path, key=lambda s: layout.columns[s])
    main_columns = [layout.columns[s] for s in main]

    def owner(step_id: str) -> str:
        if graph.is_main(step_id):
            return step_id
        return main[max(0, bisect_right(main_columns, layout.columns[step_id]) - 1)]

    return owner


def step_above_or_below(graph: PathwayGraph, layout: Layout, step_id: str, direction: int) -> str | None:
    """The step Up (direction -1) or Down (+1) moves to from ``step_id``, or None at the edge."""
    rows, columns = layout.rows, layout.columns
    owner = owning_main_step(graph, layout)
    mine = owner(step_id)
    # Moving away from the main line either way goes left to right within a row.
    stack = sorted(
        (s for s in rows if owner(s) == mine),
        key=lambda s: (rows[s], columns[s] if rows[s] >= 0 else -columns[s]),
    )
    at = stack.index(step_id) + direction
    if 0 <= at < len(stack):
        return stack[at]
    row, column = rows[step_id], columns[step_id]
    branches = [t.to for t in graph.outgoing(step_id) if t.to in rows and (rows[t.to] - row) * direction > 0]
    if not branches:
        return None
    return min(branches, key=lambda s: (abs(rows[s] - row), abs(columns[s] - column), columns[s] < column))


class MapWalk:
    """Up and Down with a memory of the way taken, so the opposite key goes back the same way.

    The list walk alone is not its own inverse: where a list ends, Up or Down jumps along a
    branch into another step's list, and the opposite key then walks that list instead of
    coming back. A keyboard user who pressed Up to look and Down to return lost their place.
    """

    def __init__(self) -> None:
        self._graph: PathwayGraph | None = None
        self._trail: list[tuple[str, str, int]] = []  # (from, to, direction), oldest first

    def forget(self) -> None:
        """The way taken no longer leads here (the step was chosen some other way)."""
        self._trail.clear()

    def move(self, graph: PathwayGraph, layout: Layout, step_id: str, direction: int) -> str | None:
        """The step Up (-1) or Down (+1) goes to from ``step_id``, back the way it came if it can."""
        if graph is not self._graph or (self._trail and self._trail[-1][1] != step_id):
            # Another pathway, or the step was reached some other way: the trail leads elsewhere.
            self._graph = graph
            self._trail.clear()
        if self._trail and self._trail[-1][2] == -direction and self._trail[-1][0] in layout.rows:
            return self._trail.pop()[0]
        target = step_above_or_below(graph, layout, step_id, direction)
        if target is not None:
            self._trail.append((step_id, target, direction))
        return target
