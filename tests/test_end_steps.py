"""Shared end steps ("other treatment", "standard care continues") reached from several
phases: each group of sources gets its own drawn copy of the end card right after it, so
no arrow to an end step runs across the journey (issue point 4)."""

from __future__ import annotations

from models.graph import PathwayGraph
from models.layout import Layout, LayoutSpec, compute_layout
from test_graph_layout import assert_sound_layout
from test_layout_quality import journey

ECHO = LayoutSpec(echo_end_steps=True)
NO_ECHO = LayoutSpec(echo_end_steps=False)
FEW_COLUMNS = 3


def shared_end_journey() -> PathwayGraph:
    # "other" (no way out) is reached from two early side steps, one in the middle, one
    # late, and straight from a late main step: three groups of sources, far apart.
    return journey(
        15,
        ["x1", "x2", "y1", "z1", "care", "other"],
        [("m1", "x1", "alternative"), ("x1", "other", "main"), ("m2", "x2", "alternative"), ("x2", "other", "main"),
         ("m6", "y1", "alternative"), ("y1", "other", "main"), ("m11", "z1", "alternative"), ("z1", "other", "main"),
         ("m12", "other", "alternative"),
         # an end step whose sources sit together needs no copy
         ("m3", "care", "alternative"), ("m4", "care", "alternative")],
    )


def arrow_end_column(layout: Layout, source: str, target: str) -> int:
    x_step = layout.spec.card_width + layout.spec.column_gap
    x = layout.arrow_ends.get((source, target), layout.positions[target])[0]
    return round(x / x_step)


def spans(graph: PathwayGraph, layout: Layout, target: str) -> dict[str, int]:
    return {t.from_: arrow_end_column(layout, t.from_, target) - layout.columns[t.from_]
            for t in graph.incoming(target)}


def test_without_copies_an_arrow_to_the_end_step_crosses_the_journey() -> None:
    graph = shared_end_journey()
    layout = compute_layout(graph, NO_ECHO)
    assert max(spans(graph, layout, "other").values()) > 10  # the problem the copies solve
    assert not layout.echoes and not layout.arrow_ends


def test_no_arrow_to_a_shared_end_step_crosses_more_than_a_few_columns() -> None:
    graph = shared_end_journey()
    layout = compute_layout(graph, ECHO)
    assert_sound_layout(graph, layout)
    for target in ("other", "care"):
        assert all(1 <= span <= FEW_COLUMNS for span in spans(graph, layout, target).values()), spans(
            graph, layout, target
        )
    # One step, one real card (after its last group of sources); two drawn copies, one
    # right after each earlier group.
    assert layout.columns["other"] == layout.columns["z1"] + 1
    copies = sorted(layout.echoes["other"])
    x_step = layout.spec.card_width + layout.spec.column_gap
    assert [round(x / x_step) for x, _ in copies] == [layout.columns["x2"] + 1, layout.columns["y1"] + 1]
    assert set(layout.arrow_ends) == {("x1", "other"), ("x2", "other"), ("y1", "other")}
    assert "care" not in layout.echoes
    assert layout.crossings == 0
    # an arrow that ends at a copy has waypoints only up to that copy
    for source, target in layout.arrow_ends:
        assert len(layout.waypoints[source, target]) == spans(graph, layout, target)[source] - 1


def test_a_copy_never_sits_on_a_card_or_a_waypoint() -> None:
    graph = shared_end_journey()
    layout = compute_layout(graph, ECHO)
    w, h = layout.card_size
    cards = list(layout.positions.values()) + [p for copies in layout.echoes.values() for p in copies]
    assert len(set(cards)) == len(cards)
    slots = [(x - w / 2, y - h / 2) for points in layout.waypoints.values() for x, y in points]
    assert not set(cards) & set(slots)
    left, top, right, bottom = layout.bounds()
    assert all(left <= x and x + w <= right and top <= y and y + h <= bottom for x, y in cards)


def test_copies_are_on_by_default() -> None:
    assert compute_layout(shared_end_journey()) == compute_layout(shared_end_journey(), ECHO)


def test_copies_are_deterministic() -> None:
    assert compute_layout(shared_end_journey(), ECHO) == compute_layout(shared_end_journey(), ECHO)
