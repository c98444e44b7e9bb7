"""Where the presenter goes next: the walk through a pathway, one step at a time (no Qt).

The arrow keys follow the *main* journey; where it can branch the branches are offered as
numbered choices instead of being skipped or walked into by surprise. From a branch, forward
follows its way back (the loop-back) or returns to the main journey. The walk remembers
which step each side path was chosen from, so "back" retraces the way the reader came.

Kept apart from the presentation widget so the rules can be tested without a screen and
so that a content change can keep the presenter's place (the walk survives a redraw).
"""

from __future__ import annotations

from models.graph import PathwayGraph
from models.schema import Transition, TransitionKind


class PresentationWalk:
    """The presenter's position on a graph, and the moves allowed from it."""

    def __init__(self) -> None:
        self.graph: PathwayGraph | None = None
        self.current: str | None = None
        self._came_from: dict[str, str] = {}  # a side step -> the step it was chosen from

    def restart(self, graph: PathwayGraph | None, step_id: str | None = None) -> None:
        """Begin at ``step_id`` (the journey's start if None or unknown), forgetting the way."""
        self.graph = graph
        self._came_from.clear()
        if graph is None:
            self.current = None
        else:
            self.current = step_id if step_id is not None and graph.has_step(step_id) else graph.start

    def keep_place(self, graph: PathwayGraph | None) -> None:
        """Follow a content change of the same pathway: stay on the current step if it still exists."""
        if graph is None or self.current is None or not graph.has_step(self.current):
            self.restart(graph)
            return
        self.graph = graph
        self._came_from = {k: v for k, v in self._came_from.items() if graph.has_step(k) and graph.has_step(v)}

    def is_main(self, step_id: str) -> bool:
        return self.graph is not None and self.graph.is_main(step_id)

    # --- moves: each returns the step moved to, or None when there is nowhere to go --------

    def go_next(self) -> str | None:
        target = self.forward()[0]
        if target is not None:
            if self.is_main(target):
                self._came_from.clear()
            self.current = target
        return target

    def go_previous(self) -> str | None:
        graph, current = self.graph, self.current
        if graph is None or current is None:
            return None
        if current in self._came_from:
            target: str | None = self._came_from.pop(current)
        elif graph.is_main(current):
            index = graph.main_path.index(current)
            target = graph.main_path[index - 1] if index > 0 else None
        else:
            target = graph.previous_step(current)
        if target is not None:
            self.current = target
        return target

    def choose(self, number: int) -> str | None:
        """Follow the branch offered as choice ``number`` (1 is the first)."""
        choices = self.choices()
        if not 1 <= number <= len(choices) or self.current is None:
            return None
        target = choices[number - 1].to
        if self.is_main(target):
            self._came_from.clear()
        else:
            self._came_from[target] = self.current
        self.current = target
        return target

    def go_to_main_index(self, index: int) -> str | None:
        graph = self.graph
        if graph is None or not 0 <= index < len(graph.main_path):
            return None
        self._came_from.clear()
        self.current = graph.main_path[index]
        return self.current

    # --- questions ---------------------------------------------------------------------------

    def forward(self) -> tuple[str | None, Transition | None]:
        """Where forward goes from here, and the transition it follows (None when it goes back)."""
        graph, current = self.graph, self.current
        if graph is None or current is None:
            return None, None
        out = graph.outgoing(current)
        if graph.is_main(current):
            index = graph.main_path.index(current)
            if index + 1 >= len(graph.main_path):
                return None, None
            target = graph.main_path[index + 1]
            return target, next((t for t in out if t.to == target), None)
        for kind in (TransitionKind.loop_back, TransitionKind.main):
            for transition in out:
                if transition.kind is kind:
                    return transition.to, transition
        # A dead end (standard care goes on): back to the main journey where it branched off.
        return self.main_anchor(current), None

    def choices(self) -> list[Transition]:
        """The other ways out of the current step, offered as numbered choices."""
        graph, current = self.graph, self.current
        if graph is None or current is None:
            return []
        _, forward = self.forward()
        return [t for t in graph.outgoing(current) if t is not forward]

    def main_anchor(self, step_id: str) -> str | None:
        """The main-journey step a side step belongs to (the way the reader came, if known)."""
        graph = self.graph
        if graph is None:
            return None
        seen: set[str] = set()
        current: str | None = step_id
        while current is not None and not graph.is_main(current) and current not in seen:
            seen.add(current)
            current = self._came_from.get(current) or graph.previous_step(current)
        return current if current is not None and graph.is_main(current) else graph.start
