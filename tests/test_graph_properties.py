"""Properties of PathwayGraph (models.graph), with every expected answer worked out from the
generated file's own data (or networkx), never from PathwayGraph itself."""

from __future__ import annotations

import random
from typing import Any

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.graph import PathwayGraph
from pathway_files import DATA, SMALL_TEXT, edit, generate_pathway, load_text, small_data, to_yaml

RANK = {"main": 0, "alternative": 1, "loop_back": 2}


@st.composite
def pathways(draw: st.DrawFn) -> tuple[dict[str, Any], PathwayGraph]:
    """A valid generated pathway, steps and transitions in a random order, and its graph."""
    data = generate_pathway(draw(st.integers(2, 24)), seed=draw(st.integers(0, 10_000)),
                            loop_backs=draw(st.integers(0, 4)))
    rnd = random.Random(draw(st.integers(0, 10_000)))
    rnd.shuffle(data["steps"])
    rnd.shuffle(data["transitions"])
    return data, PathwayGraph(load_text(to_yaml(data)))


def raw(data: dict[str, Any]) -> list[tuple[int, str, str, str]]:
    """(file index, from, to, kind) of every transition, as written in the file."""
    return [(i, t["from"], t["to"], t.get("kind", "main")) for i, t in enumerate(data["transitions"])]


def expected_start(data: dict[str, Any]) -> str:
    forward_in = {b for _, _, b, kind in raw(data) if kind != "loop_back"}
    [start] = [s["id"] for s in data["steps"] if s["id"] not in forward_in]
    return start


PROPERTY = settings(max_examples=60, deadline=None)


@PROPERTY
@given(pathways())
def test_the_forward_graph_has_every_step_and_every_forward_transition(case) -> None:  # noqa: ANN001
    data, graph = case
    dag = graph.forward_graph()
    assert set(dag.nodes) == {s["id"] for s in data["steps"]}
    assert sorted(dag.edges) == sorted((a, b) for _, a, b, kind in raw(data) if kind != "loop_back")
    assert graph.forward_adjacency() == {
        s["id"]: [b for _, a, b, kind in raw(data) if a == s["id"] and kind != "loop_back"] for s in data["steps"]
    }


def test_a_journey_of_one_step_keeps_it_in_the_forward_graph() -> None:
    data = small_data()
    data["steps"] = data["steps"][:1]
    data["transitions"] = []
    graph = PathwayGraph(load_text(to_yaml(data)))
    assert list(graph.forward_graph().nodes) == ["assess"]
    assert (graph.start, graph.main_path, graph.topological_order()) == ("assess", ["assess"], ["assess"])


@PROPERTY
@given(pathways())
def test_transitions_in_and_out_are_main_then_alternatives_then_loop_backs(case) -> None:  # noqa: ANN001
    data, graph = case
    for step in data["steps"]:
        s = step["id"]
        out = sorted((t for t in raw(data) if t[1] == s), key=lambda t: (RANK[t[3]], t[0]))
        into = sorted((t for t in raw(data) if t[2] == s), key=lambda t: (RANK[t[3]], t[0]))
        assert [(t.from_, t.to, t.kind.value) for t in graph.outgoing(s)] == [(a, b, k) for _, a, b, k in out]
        assert [(t.from_, t.to, t.kind.value) for t in graph.incoming(s)] == [(a, b, k) for _, a, b, k in into]
        assert graph.next_step(s) == (out[0][2] if out else None)
        forward_in = [t for t in into if t[3] != "loop_back"]
        assert graph.previous_step(s) == (forward_in[0][1] if forward_in else None)


@PROPERTY
@given(pathways())
def test_the_main_journey_follows_main_transitions_from_the_one_start(case) -> None:  # noqa: ANN001
    data, graph = case
    start = expected_start(data)
    main_next = {a: b for _, a, b, kind in raw(data) if kind == "main"}
    path = [start]
    while path[-1] in main_next and main_next[path[-1]] not in path:
        path.append(main_next[path[-1]])
    assert graph.start == start
    assert graph.main_path == path
    assert [s["id"] for s in data["steps"] if graph.is_main(s["id"])] == [s["id"] for s in data["steps"] if s["id"] in path]


@PROPERTY
@given(pathways())
def test_topological_order_takes_ready_steps_in_file_order(case) -> None:  # noqa: ANN001
    data, graph = case
    dag = nx.DiGraph()
    dag.add_nodes_from(s["id"] for s in data["steps"])
    dag.add_edges_from((a, b) for _, a, b, kind in raw(data) if kind != "loop_back")
    position = {s["id"]: f"{i:06d}" for i, s in enumerate(data["steps"])}
    assert graph.topological_order() == list(nx.lexicographical_topological_sort(dag, key=position.__getitem__))
    assert graph.step_ids == [s["id"] for s in data["steps"]]


@PROPERTY
@given(pathways())
def test_steps_for_a_role_are_the_steps_that_name_it(case) -> None:  # noqa: ANN001
    data, graph = case
    for role in ("doctor", "nurse", "lab", "nobody"):
        expected = [s["id"] for s in data["steps"] if any(e["role"] == role for e in s["care_team"])]
        assert graph.steps_for_role(role) == expected


def test_search_needs_every_word_and_lists_the_main_journey_first() -> None:
    graph = PathwayGraph(load_text(SMALL_TEXT))
    # "you" (or "your") is in every step's text but the cell collection's; the main
    # journey first, then the branches, each in file order.
    assert graph.search("YOU") == ["assess", "make-cells", "infuse", "observe", "not-eligible", "fever-care"]
    assert graph.search("you fever") == ["assess", "fever-care"]  # "Call if you get a fever."
    assert graph.search("laboratory") == ["make-cells"]  # a role's name
    assert graph.search("watch") == ["observe", "fever-care"]  # a phase's title
    assert graph.search("   ") == []


def test_topological_order_refuses_a_forward_cycle() -> None:
    # The loader refuses such a file; a Pathway built without it must not loop or lie.
    pathway = load_text(SMALL_TEXT)
    data = pathway.model_dump(by_alias=True)
    data["transitions"][6]["kind"] = "alternative"  # fever-care -> observe now closes a forward cycle
    graph = PathwayGraph(type(pathway).model_validate(data))
    with pytest.raises(ValueError) as excinfo:
        graph.topological_order()
    assert str(excinfo.value) == "the forward transitions form a cycle; validate the pathway first"


def test_the_main_journey_stops_where_a_main_transition_goes_back() -> None:
    # Only the loader refuses a main transition that closes a cycle; the graph of a
    # Pathway built without it still ends its main journey instead of looping forever.
    pathway = load_text(SMALL_TEXT)
    data = pathway.model_dump(by_alias=True)
    assert (data["transitions"][7]["from"], data["transitions"][7]["to"]) == ("observe", "assess")
    data["transitions"][7].update(to="collect", kind="main")
    graph = PathwayGraph(type(pathway).model_validate(data))
    assert graph.main_path == ["assess", "collect", "make-cells", "infuse", "observe"]


def test_search_never_matches_across_two_pieces_of_text() -> None:
    graph = PathwayGraph(load_text(SMALL_TEXT))
    # "Fever care" (title) is followed by "If you get a fever..." (summary): a query made
    # of the end of one and the start of the next finds nothing, nor does the separator.
    assert graph.search("careif") == []
    assert graph.search("care if") == ["not-eligible", "fever-care"]  # both words, anywhere in the step
    assert graph.search("xx") == []


# ------------------------------------------------------------------ steps at the same time
FEATURES_TEXT = (DATA / "format_features.yaml").read_text(encoding="utf-8")
# Its main journey: assessment, preparation, treatment, physio, follow-up; "bridging" and
# "tablets" are reached by unlabelled parallel arrows from preparation and physio.
BRIDGING = "{from: preparation, to: bridging, kind: parallel}"
TABLETS = "{from: physio, to: tablets, kind: parallel}"


def beside(text: str) -> list[str]:
    graph = PathwayGraph(load_text(text))
    return [s for s in graph.step_ids if graph.is_beside_main(s)]


def test_a_step_is_beside_the_main_journey_only_when_every_way_in_is_an_unlabelled_parallel_from_it() -> None:
    assert beside(FEATURES_TEXT) == ["bridging", "tablets"]
    # a label says when: then the step is for some people only
    assert beside(edit(FEATURES_TEXT, BRIDGING, BRIDGING[:-1] + ", label: if the illness needs it}")) == ["tablets"]
    # a second way in that is not parallel makes it a side path
    also = TABLETS + "\n  - {from: assessment, to: tablets, kind: alternative, label: no treatment}"
    assert beside(edit(FEATURES_TEXT, TABLETS, also)) == ["bridging"]
    # at the same time as a step that is not on the main journey
    assert beside(edit(FEATURES_TEXT, TABLETS, "{from: bridging, to: tablets, kind: parallel}")) == ["bridging"]
    # a loop-back into it is not a way in that counts
    back = BRIDGING + "\n  - {from: follow-up, to: bridging, kind: loop_back, label: again}"
    assert beside(edit(FEATURES_TEXT, BRIDGING, back)) == ["bridging", "tablets"]


def test_ways_out_and_in_are_main_then_parallel_then_alternatives_then_loop_backs() -> None:
    # Written in the opposite order: the graph sorts by kind, keeping file order within one.
    lines = (
        "  - {from: physio, to: treatment, kind: loop_back, label: again}\n"
        "  - {from: physio, to: other-treatment, kind: alternative, label: too weak}\n"
        "  - {from: physio, to: tablets, kind: parallel}\n"
        "  - {from: physio, to: follow-up}\n"
    )
    text = edit(edit(edit(FEATURES_TEXT, "  - {from: physio, to: follow-up}\n", ""), "  - " + TABLETS + "\n", ""),
                "transitions:\n", "transitions:\n" + lines)
    graph = PathwayGraph(load_text(text))
    assert [(t.to, t.kind.value) for t in graph.outgoing("physio")] == [
        ("follow-up", "main"), ("tablets", "parallel"), ("other-treatment", "alternative"), ("treatment", "loop_back"),
    ]
    assert [(t.from_, t.kind.value) for t in graph.incoming("other-treatment")] == [
        ("physio", "alternative"), ("assessment", "alternative"),
    ]
    assert [(t.from_, t.kind.value) for t in graph.incoming("treatment")] == [
        ("preparation", "main"), ("physio", "loop_back"),
    ]
