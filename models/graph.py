"""The journey as a directed graph, with the questions the views ask of it."""

from __future__ import annotations

from functools import cached_property

import networkx as nx

from .schema import Pathway, Step, Transition, TransitionKind

_KIND_ORDER = {TransitionKind.main: 0, TransitionKind.alternative: 1, TransitionKind.loop_back: 2}


class PathwayGraph:
    """A validated :class:`Pathway` as a networkx ``DiGraph`` (one edge per transition).

    Node and edge order follow the file, so everything derived from it is deterministic.
    """

    def __init__(self, pathway: Pathway) -> None:
        self.pathway = pathway
        self.nx = nx.DiGraph()
        for step in pathway.steps:
            self.nx.add_node(step.id)
        for transition in pathway.transitions:
            self.nx.add_edge(transition.from_, transition.to, transition=transition)

    def step(self, step_id: str) -> Step:
        return self.pathway.step(step_id)

    @property
    def step_ids(self) -> list[str]:
        return [step.id for step in self.pathway.steps]

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
            nxt = [t.to for t in self.outgoing(path[-1]) if t.kind is TransitionKind.main and t.to not in seen]
            if not nxt:
                return path
            path.append(nxt[0])
            seen.add(nxt[0])

    def is_main(self, step_id: str) -> bool:
        return step_id in self._main_set

    @cached_property
    def _main_set(self) -> frozenset[str]:
        return frozenset(self.main_path)

    def outgoing(self, step_id: str) -> list[Transition]:
        """Transitions out of a step: main journey first, then alternatives, then loop-backs."""
        edges = [data["transition"] for _, _, data in self.nx.out_edges(step_id, data=True)]
        return sorted(edges, key=lambda t: _KIND_ORDER[t.kind])

    def incoming(self, step_id: str) -> list[Transition]:
        edges = [data["transition"] for _, _, data in self.nx.in_edges(step_id, data=True)]
        return sorted(edges, key=lambda t: _KIND_ORDER[t.kind])

    def forward_graph(self) -> nx.DiGraph:
        """The graph without loop-back transitions: a DAG, the basis of the layout."""
        dag = nx.DiGraph()
        dag.add_nodes_from(self.nx.nodes)
        dag.add_edges_from(
            (u, v) for u, v, data in self.nx.edges(data=True) if data["transition"].kind is not TransitionKind.loop_back
        )
        return dag

    def steps_for_role(self, role_id: str) -> list[str]:
        return [s.id for s in self.pathway.steps if any(e.role == role_id for e in s.care_team)]

    def search(self, text: str) -> list[str]:
        """Steps whose text contains every word of ``text`` (case-insensitive), main journey first."""
        words = text.casefold().split()
        if not words:
            return []
        hits = []
        for step in self.pathway.steps:
            haystack = "\n".join(step.all_text() + [self.pathway.phase(step.phase).title]).casefold()
            haystack += "\n" + "\n".join(self.pathway.role(e.role).name.casefold() for e in step.care_team)
            if all(word in haystack for word in words):
                hits.append(step.id)
        return sorted(hits, key=lambda s: (not self.is_main(s), self._file_order[s]))

    @cached_property
    def _file_order(self) -> dict[str, int]:
        return {s: i for i, s in enumerate(self.step_ids)}

    def next_step(self, step_id: str) -> str | None:
        """Where the journey goes from here: the main transition, else the first branch."""
        out = self.outgoing(step_id)
        return out[0].to if out else None

    def previous_step(self, step_id: str) -> str | None:
        """Where the journey came from: the main way in, else the first forward way in."""
        forward = [t for t in self.incoming(step_id) if t.kind is not TransitionKind.loop_back]
        return forward[0].from_ if forward else None
