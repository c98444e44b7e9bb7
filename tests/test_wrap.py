"""The journey wrapped into rows (models/wrap.py), checked without a screen: rows break where
they cut the fewest arrows, cards keep their order within a row, and no arrow, joined across
rows, runs through a card."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import bundled_pathway, load_pathway
from models.graph import PathwayGraph
from models.layout import compute_layout
from models.badge_places import BADGE_GAP, badge_anchors, badge_box, place_badges
from models.placement import cubic_meets_box
from models.routing import EdgeRequest, Route, route_edges
from models.wrap import _line, choose_starts, crossings_per_cut, footprint, lowest_starts, make_wrap, wrap_layout

KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"


def routed(pathway):  # noqa: ANN001, ANN202 - test helper
    graph = PathwayGraph(pathway)
    layout = compute_layout(graph)
    main = set(zip(graph.main_path, graph.main_path[1:]))
    requests = [EdgeRequest(t.from_, t.to, t.kind.value == "loop_back", (t.from_, t.to) in main) for t in pathway.transitions]
    return graph, layout, route_edges(layout, requests), main


def test_the_knee_journey_breaks_after_the_ward_where_one_arrow_crosses() -> None:
    graph, layout, routes, _ = routed(load_pathway(KNEE))
    # Columns: assessment | operation, other treatment | ward | exercises | wound check.
    assert [layout.columns[s] for s in graph.main_path] == [0, 1, 2, 3]
    cuts = crossings_per_cut(layout, routes)
    # Before the operation: the main arrow, the arrow to "other treatment" and the way back;
    # before exercises and before the wound check only one or two.
    assert cuts[1] == 3
    assert cuts[3] == 1
    assert choose_starts(cuts, 3) == [0, 3]
    assert choose_starts(cuts, 5) == [0]


def test_a_row_starts_at_the_left_under_the_row_before() -> None:
    _, layout, routes, main = routed(load_pathway(KNEE))
    wrap, _ = make_wrap(layout, routes, [0, 3], main)
    positions, _, _ = wrap_layout(layout, wrap)
    assert positions["clinic-visit"] == layout.positions["clinic-visit"]
    assert positions["rehab"][0] == 0.0  # first column of the second row
    lowest_first_row = max(positions[s][1] for s in ("clinic-visit", "operation", "ward", "not-fit"))
    assert positions["rehab"][1] > lowest_first_row + layout.card_size[1]


def test_no_arrow_runs_through_a_card_once_wrapped() -> None:
    for pathway in (load_pathway(KNEE), load_pathway(bundled_pathway())):
        graph, layout, routes, main = routed(pathway)
        for per_row in (2, 3, 4):
            starts = choose_starts(crossings_per_cut(layout, routes), per_row)
            wrap, moved = make_wrap(layout, routes, starts, main)
            positions, echoes, _ = wrap_layout(layout, wrap)
            w, h = layout.card_size
            boxes = [(s, x, y) for s, (x, y) in positions.items()]
            boxes += [(s, x, y) for s, corners in echoes.items() for x, y in corners]
            for key, route in moved.items():
                for px, py in route.polyline(24)[2:-2]:  # the ends touch their own cards
                    inside = [s for s, x, y in boxes if x + 4 < px < x + w - 4 and y + 4 < py < y + h - 4]
                    assert inside == [], (pathway.id, per_row, key, inside)


def test_every_arrow_of_a_large_journey_is_cut_and_joined_within_the_rows() -> None:
    # Arrows that start or end exactly on a row break once made the cutting loop forever.
    from pathway_files import generate_pathway, load_text, to_yaml

    pathway = load_text(to_yaml(generate_pathway(1000, seed=1)))
    _, layout, routes, main = routed(pathway)
    cuts = crossings_per_cut(layout, routes)
    for per_row in (3, 7):
        wrap, moved = make_wrap(layout, routes, choose_starts(cuts, per_row), main)
        assert wrap.bands > 1
        assert moved.keys() == routes.keys()
        margin = wrap.column_gap + 40 * 12  # the lanes beside the rows
        for route in moved.values():
            assert all(-margin <= x <= wrap.width + margin for x, _ in route.polyline(4))


def test_the_bundled_journey_is_cut_where_its_rows_are_lowest() -> None:
    # Columns (resources/pathways/car_t_sle.yaml): 0-2 checking, collecting, making the cells
    # (side steps one row above); 3 the side steps under "Making your CAR T cells"; 4-6
    # chemotherapy, infusion, close watch; 7 recovery over CRS and ICANS (rows 3 and 4); 8-9
    # follow-up over the side steps of the last weeks; 10 intensive care. Rows of at most
    # four columns are lowest cut before chemotherapy, before recovery and before intensive
    # care: the deep side steps of columns 7-9 then share one row.
    _, layout, routes, main = routed(load_pathway(bundled_pathway()))
    fp = footprint(layout, routes, main)
    assert lowest_starts(fp, 4) == [0, 4, 7, 10]


def test_a_path_leaving_its_row_is_cut_short_and_the_main_journey_never_is() -> None:
    graph, layout, routes, main = routed(load_pathway(bundled_pathway()))
    wrap, moved = make_wrap(layout, routes, [0, 4, 7, 10], main)
    # The two ways back to the first step after follow-up, the branch from the close watch
    # to CRS, ICANS and infections in the next row, and a delay's way on to chemotherapy.
    for key in [("follow_up", "evaluation"), ("long_term_follow_up", "evaluation"), ("monitoring_early", "crs_management"),
                ("treatment_delay", "lymphodepletion")]:
        assert key in wrap.stubbed
    assert not set(wrap.stubbed) & main
    # Numbered by where they leave, row by row: the delay (column 3) comes first.
    assert wrap.stubbed[0] == ("treatment_delay", "lymphodepletion")
    # A stub is short: it ends within 52 + 2 x 46 of its card, and the line breaks once.
    positions, _, _ = wrap_layout(layout, wrap)
    w, h = layout.card_size
    route = moved["follow_up", "evaluation"]
    breaks = [i for i in range(1, len(route.segments)) if route.segments[i][0] != route.segments[i - 1][3]]
    assert len(breaks) == 1
    head, tail = route.segments[: breaks[0]], route.segments[breaks[0]:]
    for piece, step in ((head, "follow_up"), (tail, "evaluation")):
        x, y = positions[step]
        for cubic in piece:
            for px, py in (cubic[0], cubic[3]):
                assert x - 150 <= px <= x + w + 150 and y - 150 <= py <= y + h + 150, (step, px, py)
    # The main journey's arrow from one row to the next is one unbroken line.
    down = moved["manufacturing", "lymphodepletion"]  # where the first row ends (breaks [0, 4, 7, 10])
    assert ("manufacturing", "lymphodepletion") not in wrap.stubbed
    assert all(down.segments[i][0] == down.segments[i - 1][3] for i in range(1, len(down.segments)))


def _stubbed(key: tuple[str, str], head: list[tuple[float, float]], tail: list[tuple[float, float]]) -> Route:
    """A cut-short route of straight stubs: ``head`` leaves its card, ``tail`` enters the other."""
    lines = [_line(a, b) for a, b in zip(head, head[1:])] + [_line(a, b) for a, b in zip(tail, tail[1:])]
    return Route(key, lines, (tail[-1][0], tail[-1][1] + 13), (0.0, 1.0))


def test_two_numbers_leaving_one_card_side_side_by_side_are_moved_apart() -> None:
    # Two lines leave the right side of a card 14 units apart, each cut short after 52
    # units: their 30-unit numbers would overlap, each on the other's line. The stubs change
    # until the numbers stand clear of each other and of the other line.
    card, far = (0.0, 0.0, 200.0, 100.0), (0.0, 400.0, 200.0, 500.0)
    first = _stubbed(("a", "b"), [(200.0, 40.0), (252.0, 40.0)], [(100.0, 348.0), (100.0, 387.0)])
    second = _stubbed(("a", "c"), [(200.0, 54.0), (252.0, 54.0)], [(140.0, 348.0), (140.0, 387.0)])
    marked = {first.key: first, second.key: second}
    sizes = {first.key: (30.0, 30.0), second.key: (30.0, 30.0)}
    placed = place_badges(marked, sizes, {k: (card, far) for k in marked}, [card, far], marked)
    # The first is only 6 units longer: its number then starts past the end of the second line.
    assert badge_anchors(placed[first.key])[0] == ((258.0, 40.0), (1.0, 0.0))
    a = badge_box(badge_anchors(placed[first.key])[0], (30.0, 30.0))
    b = badge_box(badge_anchors(placed[second.key])[0], (30.0, 30.0))
    gap = max(b[0] - a[2], a[0] - b[2], b[1] - a[3], a[1] - b[3])
    assert gap >= BADGE_GAP
    # Still by its card (within 140 units), and neither line runs through the other's number.
    assert card[0] - 140 <= b[0] and b[2] <= card[2] + 140 and card[1] - 140 <= b[1] and b[3] <= card[3] + 140
    assert not any(cubic_meets_box(c, b) for c in placed[first.key].segments)
    assert not any(cubic_meets_box(c, a) for c in placed[second.key].segments)


def test_wider_cards_keep_every_column_where_it_was() -> None:
    # Long titles get wider cards and narrower gaps (models/card_shape.py): a card's left
    # edge, and so the journey's width row for row, does not move.
    from models.card_shape import with_card_width

    graph, layout, _, _ = routed(load_pathway(KNEE))
    assert (layout.spec.card_width, layout.spec.column_gap) == (240.0, 130.0)
    wide = with_card_width(layout, 280.0)
    assert (wide.spec.card_width, wide.spec.column_gap) == (280.0, 90.0)
    assert wide.positions == layout.positions
    assert wide.card_size == (280.0, layout.spec.card_height)
    # A long arrow still passes through the middle of each card slot it crosses.
    for key, points in layout.waypoints.items():
        assert wide.waypoints[key] == [(x + 20.0, y) for x, y in points]
    # And none of its arrows runs through one of the wider cards.
    main = set(zip(graph.main_path, graph.main_path[1:]))
    requests = [EdgeRequest(t.from_, t.to, t.kind.value == "loop_back", (t.from_, t.to) in main) for t in load_pathway(KNEE).transitions]
    w, h = wide.card_size
    for key, route in route_edges(wide, requests).items():
        for step, (x, y) in wide.positions.items():
            if step in key:
                continue
            assert not any(cubic_meets_box(c, (x, y, x + w, y + h)) for c in route.segments), (key, step)


def test_no_row_but_the_last_is_less_than_half_full() -> None:
    # The lymphoma journey (13 columns) in rows of at most six: lowest was "Referral" alone
    # on the first row, then two full rows ([0, 1, 7]); a first row of one card reads as a
    # title. Rows of at least three columns, the short one last but for height: [0, 6, 9].
    _, layout, routes, main = routed(load_pathway(Path(__file__).parent / "data" / "car_t_lymphoma.yaml"))
    fp = footprint(layout, routes, main)
    assert lowest_starts(fp, 6) == [0, 6, 9]
    assert lowest_starts(fp, 4) == [0, 2, 6, 9]  # two of at most four is half: allowed


def test_the_legend_takes_an_empty_bottom_right_corner_and_nothing_else() -> None:
    from models.legend_place import free_corner

    # Two rows: a full one (0-1000 across) and a short one (one card, 0-240).
    cards = [(0.0, 0.0, 240.0, 140.0), (760.0, 0.0, 1000.0, 140.0), (0.0, 300.0, 240.0, 440.0)]
    assert free_corner(cards, 400.0, 120.0, cards, []) == (600.0, 320.0)
    # Too tall for the drawing, or a line (a cut-short stub) through the corner: no.
    assert free_corner(cards, 400.0, 500.0, cards, []) is None
    stub = _line((700.0, 350.0), (900.0, 350.0))
    assert free_corner(cards, 400.0, 120.0, cards, [stub]) is None
    # A card closer than 30 to it: no (the last card ending at 590 would be 10 from it).
    near = [*cards, (350.0, 300.0, 590.0, 440.0)]
    assert free_corner(near, 400.0, 120.0, near, []) is None


def test_placing_starts_again_only_in_an_order_not_tried(monkeypatch: pytest.MonkeyPatch) -> None:
    # A number with no free place anywhere (a solid block over all the room near its card)
    # stays stuck. Placing starts again with the stuck ones first; an order it has already
    # placed in places every number the same way again, so it is not tried twice.
    from models import badge_places

    runs: list[list[tuple[str, str]]] = []
    real = badge_places._place_in_order
    monkeypatch.setattr(badge_places, "_place_in_order", lambda order, *a: runs.append(list(order)) or real(order, *a))
    card, far = (0.0, 0.0, 200.0, 100.0), (0.0, 400.0, 200.0, 500.0)
    block = (-400.0, -400.0, 700.0, 1000.0)
    card_2, far_2 = (1000.0, 0.0, 1200.0, 100.0), (1000.0, 400.0, 1200.0, 500.0)  # clear of the block
    free = _stubbed(("a", "b"), [(1200.0, 40.0), (1252.0, 40.0)], [(1100.0, 348.0), (1100.0, 387.0)])
    stuck = _stubbed(("a", "c"), [(200.0, 60.0), (252.0, 60.0)], [(140.0, 348.0), (140.0, 387.0)])
    sizes = {free.key: (30.0, 30.0), stuck.key: (30.0, 30.0)}
    marked = {free.key: free, stuck.key: stuck}
    place_badges(marked, sizes, {free.key: (card_2, far_2), stuck.key: (card, far)}, [card, far, card_2, far_2, block], marked)
    # Once as numbered, once with the stuck number first; that order again would change nothing.
    assert runs == [[free.key, stuck.key], [stuck.key, free.key]]
