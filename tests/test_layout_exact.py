"""The journey layout's exact numbers on small hand-made journeys: where cards, arrow
waypoints and the drawn copies of shared end steps go, the picture's bounds, arrow-key
neighbours, and the windowed sweeps that uncross what the side groups left crossed.

Expected values are worked out by hand from LayoutSpec's documented sizes: a card is 240
wide and 120 high, columns are 130 apart and rows 46 apart, so column c starts at
x = 370 c and row r at y = 166 r; an arrow's waypoint is the centre of the card slot it
passes, (370 c + 120, 166 r + 60)."""

from __future__ import annotations

import dataclasses
import random

import pytest

from benchmarks.generate import generate_skipping_pathway
from models import Pathway, load_pathway
from models.graph import PathwayGraph
from models.layout import Layout, LayoutSpec, _refine, compute_layout, neighbour_in_column, with_card_height
from models.layout_crossings import adjacency
from pathway_files import DATA
from test_graph_layout import assert_sound_layout
from test_layout_quality import assert_no_crossings, journey, side, waypoint_sides

# Every test here lays out a few cards in milliseconds: a layout that loops forever fails
# in 20 s instead of the suite's 60 (tools/mutate.py runs this file first for layout).
pytestmark = pytest.mark.timeout(20)

X, Y = 370.0, 166.0  # one column, one row, in scene units


def centre(column: int, row: int) -> tuple[float, float]:
    return column * X + 120.0, row * Y + 60.0


# --- the grid --------------------------------------------------------------------------------


def test_the_small_journey_sits_on_the_documented_grid() -> None:
    # small.yaml: assess -> collect -> make-cells -> infuse -> observe on the main row;
    # "not eligible" leaves assess, "fever" leaves observe (each alone below the line in
    # its column), and the relapse loop-back from observe to assess runs above the line.
    layout = compute_layout(PathwayGraph(load_pathway(DATA / "small.yaml")))
    assert layout.positions == {
        "assess": (0.0, 0.0), "collect": (370.0, 0.0), "make-cells": (740.0, 0.0), "infuse": (1110.0, 0.0),
        "observe": (1480.0, 0.0), "not-eligible": (370.0, 166.0), "fever-care": (1850.0, 166.0),
    }
    assert layout.waypoints["observe", "assess"] == [(490.0, -106.0), (860.0, -106.0), (1230.0, -106.0)]
    assert layout.card_size == (240.0, 120.0)
    # left: assess; top: the loop-back's slots on row -1; right: fever care's card in
    # column 5; bottom: the cards on row 1
    assert layout.bounds() == (0.0, -166.0, 2090.0, 286.0)


def test_layout_and_spec_cannot_be_changed_once_made() -> None:
    # The open document keeps one layout that the journey scene and its arrow keys both
    # read (the scene even checks it by identity): no reader may change it.
    layout = compute_layout(PathwayGraph(load_pathway(DATA / "small.yaml")))
    with pytest.raises(dataclasses.FrozenInstanceError):
        layout.crossings = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        layout.spec.card_width = 100.0  # type: ignore[misc]


def test_bounds_take_in_waypoint_slots_and_drawn_copies() -> None:
    # Hand-placed: a waypoint slot further left and up than any card, a drawn copy further
    # right and down; the bounds are the outer edges of all of them.
    spec = LayoutSpec()
    layout = Layout(
        positions={"a": (0.0, 0.0), "b": (370.0, 166.0)}, columns={"a": 0, "b": 1}, rows={"a": 0, "b": 1},
        waypoints={("a", "b"): [(-400.0, -300.0)]}, spec=spec, crossings=0,
        echoes={"b": [(1110.0, 498.0)]},
    )
    # left -400 - 240/2, top -300 - 120/2, right 1110 + 240, bottom 498 + 120
    assert layout.bounds() == (-520.0, -360.0, 1350.0, 618.0)
    # the same with the waypoint slot far right and low, the copy far left and high
    layout = dataclasses.replace(layout, waypoints={("a", "b"): [(2000.0, 900.0)]}, echoes={"b": [(-740.0, -332.0)]})
    assert layout.bounds() == (-740.0, -332.0, 2000.0 + 120.0, 900.0 + 60.0)


def test_arrow_keys_go_to_the_nearest_card_in_the_column() -> None:
    # Column 1 holds cards on rows -2, -1, 0, 2; column 0 only "start".
    rows = {"start": 0, "top": -2, "upper": -1, "middle": 0, "low": 2}
    columns = {"start": 0, "top": 1, "upper": 1, "middle": 1, "low": 1}
    layout = Layout(
        positions={s: (columns[s] * X, r * Y) for s, r in rows.items()}, columns=columns, rows=rows,
        waypoints={}, spec=LayoutSpec(), crossings=0,
    )
    assert neighbour_in_column(layout, "middle", -1) == "upper"  # not "top", further up
    assert neighbour_in_column(layout, "middle", 1) == "low"
    assert neighbour_in_column(layout, "upper", 1) == "middle"  # not "low"
    assert neighbour_in_column(layout, "upper", -1) == "top"
    assert neighbour_in_column(layout, "low", -1) == "middle"
    assert neighbour_in_column(layout, "low", 1) is None
    assert neighbour_in_column(layout, "start", 1) is None and neighbour_in_column(layout, "start", -1) is None


def test_a_main_arrow_stretched_over_columns_runs_along_the_main_row() -> None:
    # m8 -> back -> m9 is longer than m8 -> m9, so m9 stands in column 10 and the main
    # arrow m8 -> m9 passes column 9: its slot there is on the main row.
    graph = journey(10, ["back"], [("m1", "back", "alternative"), ("m8", "back", "alternative"),
                                   ("back", "m9", "main")])
    layout = compute_layout(graph)
    assert layout.columns["m9"] == 10 and layout.columns["back"] == 9
    assert layout.waypoints["m8", "m9"] == [centre(9, 0)]
    assert_sound_layout(graph, layout)


# --- drawn copies of shared end steps ------------------------------------------------------


def test_a_shared_end_step_gets_a_copy_after_each_group_of_sources_but_the_last() -> None:
    # "other" is reached from m1, m2 | m6, m9 | m13: sources 4 columns apart start a new
    # group, 3 apart (the default echo_gap) stay in one. The real card stands after m13
    # (column 14); m1 and m2 end at a copy in column 3, m6 and m9 at one in column 10.
    graph = journey(16, ["other"], [(f"m{i}", "other", "alternative") for i in (1, 2, 6, 9, 13)])
    layout = compute_layout(graph)
    assert layout.columns["other"] == 14 and layout.rows["other"] == 1
    # alone in their columns, the copies sit on row 1 too, in column order
    assert layout.echoes == {"other": [(3 * X, Y), (10 * X, Y)]}
    assert layout.arrow_ends == {
        ("m1", "other"): (3 * X, Y), ("m2", "other"): (3 * X, Y),
        ("m6", "other"): (10 * X, Y), ("m9", "other"): (10 * X, Y),
    }
    assert layout.waypoints["m1", "other"] == [centre(2, 1)]
    assert layout.waypoints["m2", "other"] == []
    assert layout.waypoints["m6", "other"] == [centre(7, 1), centre(8, 1), centre(9, 1)]
    assert layout.waypoints["m9", "other"] == []
    assert layout.waypoints["m13", "other"] == []
    assert layout.crossings == 0
    assert layout.bounds() == (0.0, 0.0, 15 * X + 240.0, Y + 120.0)


def test_copies_of_one_end_step_are_listed_left_to_right() -> None:
    # Six groups of sources, each 4 columns from the next: five copies before the card.
    # (Five, so that an order left to chance would pass only once in 120 runs.)
    graph = journey(24, ["other"], [(f"m{i}", "other", "alternative") for i in (1, 5, 9, 13, 17, 21)])
    layout = compute_layout(graph)
    assert layout.columns["other"] == 22
    assert [x for x, _ in layout.echoes["other"]] == [2 * X, 6 * X, 10 * X, 14 * X, 18 * X]


def test_sources_within_echo_gap_share_the_real_card() -> None:
    # m1, m2, m5, m7: each within 3 columns of the one before, so one group: no copy, and
    # the arrows run to the card after m7.
    graph = journey(9, ["other"], [(f"m{i}", "other", "alternative") for i in (1, 2, 5, 7)])
    layout = compute_layout(graph)
    assert layout.echoes == {} and layout.arrow_ends == {}
    assert len(layout.waypoints["m1", "other"]) == 6  # columns 2 to 7
    # with echo_gap 2, m2 -> m5 (3 columns) splits them: m1 and m2 end at a copy in column 3
    layout = compute_layout(graph, LayoutSpec(echo_gap=2))
    assert [p[0] for p in layout.echoes["other"]] == [3 * X]
    assert set(layout.arrow_ends) == {("m1", "other"), ("m2", "other")}


def test_without_copies_every_arrow_runs_to_the_one_card() -> None:
    graph = journey(16, ["other"], [(f"m{i}", "other", "alternative") for i in (1, 2, 6, 9, 13)])
    layout = compute_layout(graph, LayoutSpec(echo_end_steps=False))
    assert layout.echoes == {} and layout.arrow_ends == {}
    assert [x for x, _ in layout.waypoints["m1", "other"]] == [centre(c, 0)[0] for c in range(2, 14)]
    assert_sound_layout(graph, layout)


def test_only_dead_ends_off_the_main_journey_get_copies() -> None:
    # "back" is reached from far apart (m1, m8) but leads on to m9; m9, the journey's
    # last step, is reached from m1 and m8 too: neither is a dead end off the main journey.
    graph = journey(10, ["back"], [("m1", "back", "alternative"), ("m8", "back", "alternative"),
                                   ("back", "m9", "main"), ("m1", "m9", "alternative")])
    layout = compute_layout(graph)
    assert layout.echoes == {} and layout.arrow_ends == {}
    assert_sound_layout(graph, layout)


def test_a_step_beside_a_dead_end_is_not_a_group_of_its_sources() -> None:
    # "end" is reached from m1 and stands beside "p" (kind: parallel) in p's column, 9:
    # p is not an earlier source, so m1 is the only group and keeps the real card.
    graph = journey(10, ["p", "end"], [("m1", "end", "alternative"), ("m8", "p", "alternative"),
                                       ("p", "end", "parallel")])
    layout = compute_layout(graph)
    assert layout.columns["end"] == layout.columns["p"] == 9
    assert layout.echoes == {} and layout.arrow_ends == {}


# --- windowed sweeps (_refine) --------------------------------------------------------------


def refine(layers: list[list[str]], segments: list[tuple[str, str]], margin: int = 2) -> tuple[int, list[list[str]]]:
    up, down = adjacency(segments)  # type: ignore[arg-type]
    layers = [list(layer) for layer in layers]
    crossings = _refine(layers, up, down, 8, margin)  # type: ignore[arg-type]
    return crossings, layers


# Columns 0-2: a and b in column 0, c and d in column 2, x and y between them listed the
# wrong way round: x's and y's arrows cross on both sides (two crossings).
CROSSED = [["a", "b"], ["y", "x"], ["c", "d"]]
CROSSED_ARROWS = [("a", "x"), ("b", "y"), ("x", "c"), ("y", "d")]


def test_two_crossings_at_the_start_are_swept_out() -> None:
    # the window reaches column 0 (nothing to its left) and column 2 (the last one)
    assert refine(CROSSED, CROSSED_ARROWS) == (0, [["a", "b"], ["x", "y"], ["c", "d"]])


def test_a_lone_crossing_is_left_as_it_is() -> None:
    layers = [["a", "b"], ["y", "x"], ["c"]]
    arrows = [("a", "x"), ("b", "y"), ("x", "c"), ("y", "c")]
    assert refine(layers, arrows) == (1, layers)


def test_columns_more_than_the_margin_away_are_not_swept() -> None:
    # Nine columns: the two crossings in gaps 0 and 1 open a window over columns 0-4
    # (margin 2 past gap 1); a lone crossing in gap 7 (p, q to r, s) opens one over 5-8,
    # apart from the first, and is left. Columns 3 to 6 are a chain e, f, g, h.
    layers = [*CROSSED, ["e"], ["f"], ["g"], ["h"], ["p", "q"], ["r", "s"]]
    arrows = [*CROSSED_ARROWS, ("c", "e"), ("d", "e"), ("e", "f"), ("f", "g"), ("g", "h"), ("h", "p"), ("h", "q"),
              ("p", "s"), ("q", "r")]
    crossings, swept = refine(layers, arrows)
    assert crossings == 1
    assert swept == [["a", "b"], ["x", "y"], ["c", "d"], ["e"], ["f"], ["g"], ["h"], ["p", "q"], ["r", "s"]]


# --- how long the crossing search runs: LayoutSpec's documented budgets ---------------------


def test_a_side_group_with_nothing_crossed_takes_no_sweep_and_a_crossed_one_stops_once_uncrossed() -> None:
    # small.yaml's side groups (not eligible, fever care, the relapse loop-back's slots)
    # have one card per column: nothing to order, so no search; and no window, as nothing
    # crosses.
    small = compute_layout(PathwayGraph(load_pathway(DATA / "small.yaml")))
    assert (small.group_sweeps, small.window_sweeps) == ((), ())
    # a1 forks to a2 and b2, both back at m3: nothing crosses in the first order, so the
    # group's search ends before its first sweep.
    uncrossed = journey(4, ["a1", "a2", "b2"], [("m0", "a1", "alternative"), ("a1", "a2", "alternative"),
                                                ("a1", "b2", "alternative"), ("a2", "m3", "main"),
                                                ("b2", "m3", "main")])
    assert compute_layout(uncrossed).group_sweeps == (0,)  # one search (column 2 holds two), no sweep
    # Worked by hand: m0 leads to a1, b1 and (skipping a column) to p; a1 leads to q and p,
    # b1 to p; p and q go back to m3. Breadth first from m0, column 1 reads a1, b1, then the
    # skip's slot w, and column 2 reads p (found from m0) before q: a1 -> q crosses b1 -> p
    # and w -> p. The first sweep puts column 2 in the order of its arrows' middle sources
    # (q: a1, the 1st; p: a1, b1, w, the 2nd): q, p, and nothing crosses. The next sweep
    # sees that and stops: one sweep in all, and no window left to sweep after.
    crossed = journey(4, ["a1", "b1", "p", "q"],
                      [("m0", "a1", "alternative"), ("m0", "b1", "alternative"), ("m0", "p", "alternative"),
                       ("a1", "q", "alternative"), ("a1", "p", "alternative"), ("b1", "p", "alternative"),
                       ("p", "m3", "main"), ("q", "m3", "main")])
    layout = compute_layout(crossed)
    assert (layout.group_sweeps, layout.window_sweeps, layout.crossings) == ((1,), (), 0)
    assert with_card_height(layout, 200.0).group_sweeps == (1,)


def tangle(columns: int, width: int, seed: int) -> PathwayGraph:
    """A side group off m0 of ``columns`` columns of ``width`` steps, back at the last main
    step: one arrow into every step from a random step of the column before and ``width``
    more at random, the steps listed in random order. The sweeps uncross it only slowly."""
    rng = random.Random(seed)
    cols = [[f"s{c}{k}" for k in range(width)] for c in range(1, columns + 1)]
    arrows = [("m0", s) for s in cols[0]]
    for before, here in zip(cols, cols[1:]):
        arrows += [(rng.choice(before), s) for s in here]
        arrows += [(rng.choice(before), rng.choice(here)) for _ in range(width)]
    arrows += [(s, f"m{columns + 1}") for s in cols[-1]]
    steps = [s for col in cols for s in col]
    rng.shuffle(steps)
    return journey(columns + 2, steps, [(a, b, "alternative") for a, b in dict.fromkeys(arrows)])


def test_a_side_groups_search_stops_at_12_sweeps_even_before_it_settles() -> None:
    # README: each side group's order takes at most 12 sweeps (LayoutSpec.sweeps), so a
    # tangled pathway cannot make the layout run on. This tangle's search gains on its
    # 10th sweep, so with room it would run four more to see whether it settled:
    graph = tangle(4, 5, seed=11)
    assert max(compute_layout(graph, LayoutSpec(sweeps=40)).group_sweeps) > 12
    assert max(compute_layout(graph).group_sweeps) == 12


def test_a_windows_search_stops_at_8_sweeps_even_before_it_settles() -> None:
    # README: each window of the sweeps after the side groups takes at most 8
    # (LayoutSpec.refine_sweeps). The benchmark's 20-step journey with skips, seed 6, has
    # one window whose search gains on its 5th sweep, so with room it would run a 9th.
    graph = PathwayGraph(Pathway.model_validate(generate_skipping_pathway(20, 6)))
    assert max(compute_layout(graph, LayoutSpec(refine_sweeps=40)).window_sweeps) > 8
    assert compute_layout(graph).window_sweeps == (8,)


# --- journeys that can be drawn without a crossing, and are ---------------------------------
# Each was found by trying small journeys; that none of its arrows need cross is seen in the
# layout itself and checked by the benchmark's own counter (assert_no_crossings).


def test_a_chain_of_detours_hanging_off_one_another_does_not_cross() -> None:
    # x1 leaves m0 and branches on to x2, x3, x4, each rejoining the main journey, with
    # loop-backs m2 -> m0, m2 -> m1 and m3 -> m2 between them: the group's own order matters.
    graph = journey(
        4, ["x0", "x1", "x2", "x3", "x4"],
        [("m0", "x1", "alternative"), ("m1", "x0", "alternative"), ("m2", "m0", "loop_back"),
         ("m2", "m1", "loop_back"), ("m3", "m2", "loop_back"), ("x0", "m3", "main"), ("x1", "m1", "main"),
         ("x1", "x2", "alternative"), ("x2", "m1", "main"), ("x2", "x3", "alternative"), ("x3", "m1", "main"),
         ("x3", "x4", "alternative"), ("x4", "m3", "main")],
    )
    assert_no_crossings(graph, compute_layout(graph))


def test_a_long_skip_and_two_loop_backs_over_a_fork_do_not_cross() -> None:
    # m1 skips to m7; m6 loops back to m2 and m7 to m4; m5 forks to x0 (back at m6) and x1.
    graph = journey(
        8, ["x0", "x1"],
        [("m1", "m7", "alternative"), ("m5", "x0", "alternative"), ("m5", "x1", "alternative"),
         ("m6", "m2", "loop_back"), ("m7", "m4", "loop_back"), ("x0", "m6", "main")],
    )
    assert_no_crossings(graph, compute_layout(graph))


def test_steps_past_the_end_of_a_short_main_journey_do_not_cross() -> None:
    # The main journey is m0 -> m1; the picture runs two columns past it. m1 leads to x2,
    # x3 and x0, x3 on to x0 and x1, and m0 skips to x1 and x0 (its arrows pass columns 1
    # and 2). The windowed sweeps after the side groups find the uncrossed order here with
    # the last column kept as the groups left it (an empty column after the journey, swept
    # too, would let them move it and end at one crossing).
    graph = journey(2, ["x0", "x1", "x2", "x3"],
                    [("m1", "x3", "alternative"), ("m1", "x0", "alternative"), ("x3", "x1", "alternative"),
                     ("x3", "x0", "alternative"), ("m1", "x2", "alternative"), ("m0", "x1", "alternative"),
                     ("m0", "x0", "alternative")])
    layout = compute_layout(graph)
    assert (layout.columns["x2"], layout.columns["x3"], layout.columns["x0"], layout.columns["x1"]) == (2, 2, 3, 3)
    assert_no_crossings(graph, layout)


def test_the_order_steps_are_declared_in_moves_no_card() -> None:
    # Cards are ordered from the journey's own shape (breadth first from the start), not
    # from where the file happens to list a step: x1 (from m0, back at m3) and x0 (from m1,
    # a dead end) overlap in column 2, and listing x0 before or after x1 changes nothing.
    extra = [("m0", "x1", "alternative"), ("m1", "x0", "alternative"), ("x1", "m3", "main")]
    layouts = [compute_layout(journey(5, steps, extra)) for steps in (["x0", "x1"], ["x1", "x0"])]
    assert layouts[0].positions == layouts[1].positions
    assert layouts[0].waypoints == layouts[1].waypoints
    assert layouts[0].rows["x0"] == -layouts[0].rows["x1"] != 0


def test_where_crossings_do_not_decide_the_shorter_side_group_sits_nearer_the_line() -> None:
    # Below the line in column 3: a1, standing beside m3 (kind: parallel, so no arrow
    # between them), and b2, the end of the two-step branch m1 -> b1 -> b2. c1 (from m2)
    # takes the other side. Either order of a1 and b2 crosses nothing, so the shorter
    # group, a1 (one column against b1-b2's two), goes next to the line.
    graph = journey(5, ["b1", "b2", "c1", "a1"], [("m1", "b1", "alternative"), ("b1", "b2", "main"),
                                                 ("m2", "c1", "alternative"), ("m3", "a1", "parallel")])
    layout = compute_layout(graph)
    assert layout.columns["a1"] == layout.columns["b2"] == layout.columns["c1"] == 3
    assert layout.rows["a1"] * layout.rows["b2"] > 0  # the same side
    assert (abs(layout.rows["a1"]), abs(layout.rows["b2"])) == (1, 2)
    assert layout.rows["c1"] * layout.rows["a1"] < 0
    assert_no_crossings(graph, layout)


def test_a_web_of_branches_that_rejoin_at_different_steps_does_not_cross() -> None:
    # From m1, x1 (on to x2) and x4 (on to x5) leave; they rejoin at m3, m4 and m5; from
    # m5, x0 leaves and comes back through x3 at m6. One side group has two cards in a
    # column, so its own order is swept together with the main cards it rejoins.
    graph = journey(
        8, ["x0", "x1", "x2", "x3", "x4", "x5"],
        [("m1", "x1", "alternative"), ("m1", "x4", "alternative"), ("m5", "x0", "alternative"),
         ("x0", "x3", "alternative"), ("x1", "m4", "main"), ("x1", "x2", "alternative"), ("x2", "m4", "main"),
         ("x3", "m6", "main"), ("x4", "m5", "main"), ("x4", "x5", "alternative"), ("x5", "m3", "main")],
    )
    assert_no_crossings(graph, compute_layout(graph))


def test_a_step_beside_the_start_with_two_ways_on_lays_out() -> None:
    # p happens at the same time as the first step (kind: parallel), so it stands in column
    # 0; a and b, both after p, share column 1 on p's side of the line.
    graph = journey(4, ["p", "a", "b"], [("m0", "p", "parallel"), ("p", "a", "alternative"),
                                         ("p", "b", "alternative")])
    layout = compute_layout(graph)
    assert [layout.columns[s] for s in ("p", "a", "b")] == [0, 1, 1]
    assert {layout.rows[s] for s in ("p", "a")} in ({1}, {-1})  # p's side, next to the line
    assert layout.rows["b"] == 2 * layout.rows["a"]
    assert_no_crossings(graph, layout)


def test_of_a_branch_that_splits_the_part_rejoining_first_runs_nearer_the_line() -> None:
    # x1 leaves m0 and runs back to m5; on the way it splits to x3, which rejoins at m4.
    # x3 and x1's long arrow share columns 2 and 3 (one side group): x3 and its arrow must
    # run between the main row and x1's arrow, or the two arrows cross.
    graph = journey(6, ["x1", "x3"], [("m0", "x1", "alternative"), ("x1", "m5", "main"),
                                      ("x1", "x3", "alternative"), ("x3", "m4", "main")])
    layout = compute_layout(graph)
    assert_no_crossings(graph, layout)
    assert abs(layout.rows["x3"]) == 1
    assert waypoint_sides(layout, "x1", "m5") == {side(layout, "x3")}


def test_a_side_group_crowds_only_the_columns_its_cards_stand_in() -> None:
    # The diamond m1 -> a, b -> c fills columns 2 and 3 on one side; x, after m3, stands
    # alone in column 4. Neither side is fuller in column 4, so x does not have to move to
    # the other side: it stays on the diamond's side (ties go the same way every time).
    graph = journey(7, ["a", "b", "c", "x"], [("m1", "a", "alternative"), ("m1", "b", "alternative"),
                                              ("a", "c", "main"), ("b", "c", "main"), ("m3", "x", "alternative")])
    layout = compute_layout(graph)
    assert [layout.columns[s] for s in ("a", "b", "c", "x")] == [2, 2, 3, 4]
    assert side(layout, "x") == side(layout, "a") == side(layout, "b") == side(layout, "c") != 0
    assert_no_crossings(graph, layout)
