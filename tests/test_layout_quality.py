"""How readable the journey layout is where it is hard: detours that overlap, loop-backs that
span other branches, branches running past the end of the main journey. Each case here is
one the earlier whole-journey sweeps got wrong (an arrow crossing another, or a branch
jumping from one side of the main row to the other)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from benchmarks.run import count_crossings, our_edges
from models import TransitionKind
from models.graph import PathwayGraph
from models.layout import Layout, compute_layout
from pathway_files import load_text, small_data, to_yaml
from test_graph_layout import assert_sound_layout


def journey(main: int, extra: list[str], transitions: list[tuple[str, str, str]]) -> PathwayGraph:
    """A valid pathway: main steps m0..m{main-1} joined in a line, plus ``extra`` steps and
    ``transitions`` as (from, to, kind)."""
    data: dict[str, Any] = small_data()
    template = {k: v for k, v in data["steps"][1].items() if k != "timing"}
    steps = []
    for step_id in [f"m{i}" for i in range(main)] + extra:
        step = copy.deepcopy(template)
        step["id"], step["title"] = step_id, f"Step {step_id}"
        steps.append(step)
    data["steps"] = steps
    data["transitions"] = [{"from": f"m{i}", "to": f"m{i + 1}"} for i in range(main - 1)] + [
        {"from": a, "to": b, "kind": kind, "label": f"{a} to {b}"} for a, b, kind in transitions
    ]
    return PathwayGraph(load_text(to_yaml(data)))


def side(layout: Layout, step_id: str) -> int:
    row = layout.rows[step_id]
    return (row > 0) - (row < 0)


def waypoint_sides(layout: Layout, a: str, b: str) -> set[int]:
    row_height = layout.spec.card_height + layout.spec.row_gap
    rows = [round((y - layout.spec.card_height / 2) / row_height) for _, y in layout.waypoints[a, b]]
    return {(r > 0) - (r < 0) for r in rows}


def assert_no_crossings(graph: PathwayGraph, layout: Layout) -> None:
    assert_sound_layout(graph, layout)
    assert layout.crossings == 0
    # the benchmark's independent count, from the drawn rows and waypoints
    assert count_crossings(our_edges(graph.pathway, layout)) == 0


def test_overlapping_detours_go_round_opposite_sides_of_the_main_journey() -> None:
    # a1 leaves at m0 and rejoins at m4; b1 leaves at m2, inside that stretch, and rejoins
    # after it, at m5. On one side one of them would have to cut through the other.
    graph = journey(
        6,
        ["s", "a1", "d1", "b1"],
        [("m4", "s", "alternative"), ("s", "m4", "loop_back"), ("m0", "a1", "alternative"), ("a1", "m4", "main"),
         ("m0", "d1", "alternative"), ("m2", "b1", "alternative"), ("b1", "m5", "main")],
    )
    layout = compute_layout(graph)
    assert_no_crossings(graph, layout)
    assert side(layout, "a1") == -side(layout, "b1") != 0
    # each detour's long arrow stays on its own side all the way back to the main row
    assert waypoint_sides(layout, "a1", "m4") == {side(layout, "a1")}
    assert waypoint_sides(layout, "b1", "m5") == {side(layout, "b1")}


def test_a_chain_of_overlapping_detours_alternates_sides() -> None:
    # a overlaps b, b overlaps c, a and c do not meet: a and c share a side, b takes the other.
    graph = journey(
        10,
        ["a", "b", "c"],
        [("m0", "a", "alternative"), ("a", "m4", "main"), ("m2", "b", "alternative"), ("b", "m6", "main"),
         ("m5", "c", "alternative"), ("c", "m9", "main")],
    )
    layout = compute_layout(graph)
    assert_no_crossings(graph, layout)
    assert side(layout, "a") == side(layout, "c") == -side(layout, "b") != 0


def test_a_long_loop_back_goes_round_the_other_side_of_a_detour_it_overlaps() -> None:
    # "if lupus comes back" from m5 to m1, and a detour from m3 rejoining at m7.
    graph = journey(
        8,
        ["x"],
        [("m5", "m1", "loop_back"), ("m3", "x", "alternative"), ("x", "m7", "main")],
    )
    layout = compute_layout(graph)
    assert_no_crossings(graph, layout)
    assert waypoint_sides(layout, "m5", "m1") == {-side(layout, "x")}


def test_branches_running_past_the_end_of_the_journey_keep_their_side() -> None:
    # Two three-step branches from m1 outlast the main journey (m0..m2). Past its end
    # there is no main card, yet each branch stays on its own side of the main row.
    graph = journey(
        3,
        ["p1", "p2", "p3", "q1", "q2", "q3"],
        [("m1", "p1", "alternative"), ("p1", "p2", "main"), ("p2", "p3", "main"),
         ("m1", "q1", "alternative"), ("q1", "q2", "main"), ("q2", "q3", "main")],
    )
    layout = compute_layout(graph)
    assert_no_crossings(graph, layout)
    for branch in (["p1", "p2", "p3"], ["q1", "q2", "q3"]):
        assert len({side(layout, s) for s in branch}) == 1, {s: layout.rows[s] for s in branch}
    assert side(layout, "p1") == -side(layout, "q1")  # one above, one below: compact


def test_a_loop_back_drawn_to_a_later_step_still_lays_out() -> None:
    # kind: loop_back pointing forward (from collect to observe) is odd but valid; the
    # window must still open and draw it through the columns in between.
    data = small_data()
    data["transitions"].append({"from": "collect", "to": "observe", "kind": "loop_back", "label": "odd"})
    graph = PathwayGraph(load_text(to_yaml(data)))
    assert any(t.kind is TransitionKind.loop_back and t.to == "observe" for t in graph.pathway.transitions)
    layout = compute_layout(graph)
    assert_sound_layout(graph, layout)
    columns = [layout.columns[s] for s in ("collect", "observe")]
    assert len(layout.waypoints["collect", "observe"]) == columns[1] - columns[0] - 1
    assert layout.crossings == 0


# Graphviz dot 2.43's edge crossings on benchmarks/generate.py's skip-heavy journeys of 200
# steps, seeds 0-9, counted by benchmarks/run.py from `dot -Tplain` (recorded by hand, so
# this test needs no dot). Before the windowed sweeps (layout._refine) seeds 2, 6 and 8
# crossed more than dot: 54, 60 and 51.
DOT_CROSSINGS_SKIPPING_200 = [48, 51, 49, 27, 39, 61, 56, 53, 48, 56]


def test_journeys_full_of_overlapping_skips_cross_no_more_than_graphviz_dot() -> None:
    from benchmarks.generate import generate_skipping_pathway
    from models import Pathway

    for seed, dot in enumerate(DOT_CROSSINGS_SKIPPING_200):
        pathway = Pathway.model_validate(generate_skipping_pathway(200, seed))
        graph = PathwayGraph(pathway)
        layout = compute_layout(graph)
        drawn = count_crossings(our_edges(pathway, layout))
        assert drawn == layout.crossings
        assert drawn <= dot, f"seed {seed}: {drawn} crossings, dot {dot}"
        assert_sound_layout(graph, layout)


# The same comparison on small skip-heavy journeys (30 and 50 steps, seeds 0-59), where
# dot 2.43's counts (recorded by hand as above) are the reference. On these seeds our layout
# crosses MORE than dot, a known gap (ours/dot): 30 steps: 4 (5/4), 17 (6/5), 25 (4/3),
# 27 (3/2), 30 (6/5), 31 (11/10), 32 (11/6), 34 (3/2), 45 (4/2); 50 steps: 8 (14/13),
# 19 (15/12), 25 (4/3), 33 (26/25), 35 (12/10), 36 (7/6), 50 (11/10). Every other seed must
# stay at or below dot: the last polish of the orders (layout's final transpose) is what keeps
# 30-step seed 14 and 50-step seed 31 there.
DOT_CROSSINGS_SKIPPING_SMALL = {
    30: [3, 2, 2, 5, 4, 2, 3, 0, 3, 7, 5, 7, 5, 2, 9, 5, 6, 5, 8, 4, 4, 1, 3, 6, 2, 3, 1, 2, 3, 3,
         5, 10, 6, 6, 2, 3, 13, 5, 4, 1, 2, 1, 7, 11, 0, 2, 6, 7, 2, 1, 12, 0, 10, 10, 6, 2, 6, 5, 2, 7],
    50: [14, 7, 12, 11, 8, 7, 11, 7, 13, 7, 9, 7, 15, 20, 9, 4, 9, 14, 10, 12, 9, 8, 5, 5, 9, 3, 13, 11, 6, 5,
         10, 12, 6, 25, 7, 10, 6, 8, 9, 11, 6, 12, 8, 12, 8, 2, 12, 8, 8, 12, 10, 11, 7, 8, 8, 9, 8, 11, 12, 4],
}
ABOVE_DOT_SMALL = {30: {4, 17, 25, 27, 30, 31, 32, 34, 45}, 50: {8, 19, 25, 33, 35, 36, 50}}


@pytest.mark.parametrize("steps", sorted(DOT_CROSSINGS_SKIPPING_SMALL))
def test_small_journeys_full_of_skips_cross_no_more_than_graphviz_dot(steps: int) -> None:
    from benchmarks.generate import generate_skipping_pathway
    from models import Pathway

    above = []
    for seed, dot in enumerate(DOT_CROSSINGS_SKIPPING_SMALL[steps]):
        pathway = Pathway.model_validate(generate_skipping_pathway(steps, seed))
        drawn = count_crossings(our_edges(pathway, compute_layout(PathwayGraph(pathway))))
        if drawn > dot:
            above.append(seed)
    # A seed may come down to dot (then drop it from the list); none may rise above it.
    assert set(above) <= ABOVE_DOT_SMALL[steps], f"newly above dot: {sorted(set(above) - ABOVE_DOT_SMALL[steps])}"
