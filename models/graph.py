"""The journey as a directed graph, with the questions the views ask of it."""

from __future__ import annotations

import heapq
from functools import cached_property
from typing import TYPE_CHECKING

from .schema import Pathway, Transition, TransitionKind
from .search_words import folded, matches, unmarked

if TYPE_CHECKING:
    import networkx as nx

_KIND_ORDER = {
    TransitionKind.main: 0, TransitionKind.parallel: 1, TransitionKind.alternative: 2, TransitionKind.loop_back: 3,
}


class PathwayGraph:
    """A validated :class:`Pathway` as a directed graph: one edge per transition.

    The app's questions are answered from plain adjacency lists; networkx (a quarter to
    half a second to import) is loaded only when :attr:`nx` or :meth:`forward_graph` is
    asked for, for analysis and tests. Everything follows the order of the file, so
    everything derived from it is deterministic.
    """

    def __init__(self, pathway: Pathway) -> None:
        self.pathway = pathway
        self._out: dict[str, list[Transition]] = {step.id: [] for step in pathway.steps}
        self._in: dict[str, list[Transition]] = {step.id: [] for step in pathway.steps}
        for transition in pathway.transitions:
            self._out[transition.from_].append(transition)
            self._in[transition.to].append(transition)
        for edges in (*self._out.values(), *self._in.values()):
            edges.sort(key=lambda t: _KIND_ORDER[t.kind])  # stable: file order within a kind

    def has_step(self, step_id: str) -> bool:
        return step_id in self._out

    @property
    def step_ids(self) -> list[str]:
        return list(self._out)

    @cached_property
    def nx(self) -> nx.DiGraph:
        """The graph as a networkx ``DiGraph``; each edge carries its ``transition``."""
        import networkx as nx

        graph = nx.DiGraph()
        graph.add_nodes_from(self._out)
        for transition in self.pathway.transitions:
            graph.add_edge(transition.from_, transition.to, transition=transition)
        return graph

    @cached_property
    def start(self) -> str:
        """The one step with no way in except loop-backs (the validator guarantees one)."""
        forward_in = {t.to for t in self.pathway.transitions if t.kind is not TransitionKind.loop_back}
        return next(s.id for s in self.pathway.steps if s.id not in forward_in)

    @cached_property
    def main_path(self) -> list[str]:
        """The main journey: from the start, follow each step's main transition."""
        path = [self.start]
        seen = {self.start}
        while True:
            nxt = [t.to for t in self._out[path[-1]] if t.kind is TransitionKind.main and t.to not in seen]
            if not nxt:
                return path
            path.append(nxt[0])
            seen.add(nxt[0])

    def is_main(self, step_id: str) -> bool:
        return step_id in self._main_set

    @cached_property
    def _main_set(self) -> frozenset[str]:
        return frozenset(self.main_path)

    def is_beside_main(self, step_id: str) -> bool:
        """A step everyone on the main journey also goes through, at the same time as a main
        step (reached only by unlabelled ``parallel`` transitions from main steps): not a side
        path. A label on a parallel arrow says when, so that step is for some people only."""
        return step_id in self._beside_main

    @cached_property
    def _beside_main(self) -> frozenset[str]:
        out = set()
        for step_id, ways_in in self._in.items():
            forward = [t for t in ways_in if t.kind is not TransitionKind.loop_back]
            if step_id not in self._main_set and forward and all(
                t.kind is TransitionKind.parallel and not t.label and t.from_ in self._main_set for t in forward
            ):
                out.add(step_id)
        return frozenset(out)

    def outgoing(self, step_id: str) -> list[Transition]:
        """Transitions out of a step: main journey first, then alternatives, then loop-backs."""
        return list(self._out[step_id])

    def incoming(self, step_id: str) -> list[Transition]:
        return list(self._in[step_id])

    def forward_adjacency(self) -> dict[str, list[str]]:
        """Each step's next steps without loop-back transitions (a DAG), in file order."""
        forward: dict[str, list[str]] = {step_id: [] for step_id in self._out}
        for t in self.pathway.transitions:
            if t.kind is not TransitionKind.loop_back:
                forward[t.from_].append(t.to)
        return forward

    def topological_order(self) -> list[str]:
        """Every step after all its forward predecessors; among steps ready at the same
        time, the one earlier in the file first (Kahn's algorithm with a heap)."""
        forward = self.forward_adjacency()
        index = self._file_order
        waiting = dict.fromkeys(forward, 0)
        for successors in forward.values():
            for step_id in successors:
                waiting[step_id] += 1
        ready = [index[s] for s, count in waiting.items() if count == 0]
        heapq.heapify(ready)
        ids = self.step_ids
        order: list[str] = []
        while ready:
            step_id = ids[heapq.heappop(ready)]
            order.append(step_id)
            for nxt in forward[step_id]:
                waiting[nxt] -= 1
                if waiting[nxt] == 0:
                    heapq.heappush(ready, index[nxt])
        if len(order) != len(ids):
            raise ValueError("the forward transitions form a cycle; validate the pathway first")
        return order

    def forward_graph(self) -> nx.DiGraph:
        """The graph without loop-back transitions as a networkx DAG, for analysis."""
        import networkx as nx

        dag = nx.DiGraph()
        dag.add_nodes_from(self._out)
        dag.add_edges_from((u, v) for u, successors in self.forward_adjacency().items() for v in successors)
        return dag

    def steps_for_role(self, role_id: str) -> list[str]:
        return [s.id for s in self.pathway.steps if any(e.role == role_id for e in s.care_team)]

    def search(self, text: str) -> list[str]:
        """Steps whose text contains every word of ``text`` (any case; a word typed without
        the marks over its letters finds it with them too), main journey first."""
        words = folded(text).split()
        if not words:
            return []
        texts, unmarked_texts = self._search_text, self._search_unmarked
        typed = [(w, w == unmarked(w)) for w in words]
        hits = [step_id for step_id, haystack in texts.items()
                if all(matches(w, haystack, unmarked_texts[step_id], plain) for w, plain in typed)]
        return sorted(hits, key=lambda s: (not self.is_main(s), self._file_order[s]))

    @cached_property
    def _search_text(self) -> dict[str, str]:
        # Built once: search runs on every keystroke, and folding every step's text each
        # time was the slow part on large pathways.
        pathway = self.pathway
        return {
            step.id: folded("\n".join(
                step.all_text()
                + [phase.title for phase in (pathway.phase_of(step),) if phase is not None]
                + [pathway.role(e.role).name for e in step.care_team]
            ))
            for step in pathway.steps
        }

    @cached_property
    def _search_unmarked(self) -> dict[str, str]:
        return {step_id: unmarked(text) for step_id, text in self._search_text.items()}

    @cached_property
    def _file_order(self) -> dict[str, int]:
        return {s: i for i, s in enumerate(self.step_ids)}

    def next_step(self, step_id: str) -> str | None:
        """Where the journey goes from here: the main transition, else the first branch."""
        out = self._out[step_id]
        return out[0].to if out else None

    def previous_step(self, step_id: str) -> str | None:
        """Where the journey came from: the main way in, else the first forward way in."""
        forward = [t for t in self._in[step_id] if t.kind is not TransitionKind.loop_back]
        return forward[0].from_ if forward else None
