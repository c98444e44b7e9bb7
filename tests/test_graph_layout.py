"""The journey graph (start, main path, search, navigation) and its layout: deterministic,
no overlapping cards, the main journey on one straight row, every forward arrow pointing right."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models import Pathway, TransitionKind, bundled_pathway, load_pathway
from models.graph import PathwayGraph
from models.layout import Layout, compute_layout, neighbour_in_column
from benchmarks.run import count_crossings, our_edges
from pathway_files import DATA, SMALL_TEXT, generate_pathway, load_text, to_json, to_yaml

MAIN = ["assess", "collect", "make-cells", "infuse", "observe"]


@pytest.fixture(scope="module")
def small() -> PathwayGraph:
    return PathwayGraph(load_pathway(DATA / "small.yaml"))


# --- the graph ---------------------------------------------------------------------------------


def test_start_and_main_path(small: PathwayGraph) -> None:
    assert small.start == "assess"
    assert small.main_path == MAIN
    assert small.is_main("infuse") and not small.is_main("fever-care")


def test_start_is_the_step_without_a_forward_way_in_wherever_it_is_declared() -> None:
    # Move the start step to the end of the file: only transitions decide where the journey starts.
    data = load_text(SMALL_TEXT).model_dump(by_alias=True, mode="json", exclude_none=True)
    data["steps"] = data["steps"][1:] + data["steps"][:1]
    graph = PathwayGraph(load_text(to_json(data), "p.json"))
    assert graph.start == "assess"
    assert graph.main_path == MAIN


def test_outgoing_lists_main_then_alternatives_then_loop_backs() -> None:
    data = load_text(SMALL_TEXT).model_dump(by_alias=True, mode="json", exclude_none=True)
    # Declare the loop-back first and the main transition last: order must not follow the file.
    data["transitions"].append({"from": "observe", "to": "infuse", "kind": "loop_back", "label": "again"})
    data["transitions"] = data["transitions"][::-1]
    graph = PathwayGraph(load_text(to_json(data), "p.json"))
    assert [(t.to, t.kind) for t in graph.outgoing("assess")] == [
        ("collect", TransitionKind.main),
        ("not-eligible", TransitionKind.alternative),
    ]
    kinds = [t.kind for t in graph.outgoing("observe")]
    assert kinds == sorted(kinds, key=[TransitionKind.main, TransitionKind.alternative, TransitionKind.loop_back].index)
    assert kinds[0] is TransitionKind.alternative and kinds[-1] is TransitionKind.loop_back
    assert graph.outgoing("not-eligible") == []
    assert [t.from_ for t in graph.incoming("observe")] == ["infuse", "fever-care"]


def test_search_is_case_insensitive_and_needs_every_word(small: PathwayGraph) -> None:
    assert small.search("BLOOD") == ["assess", "collect", "infuse"]
    assert small.search("blood   tests") == ["assess"]
    assert small.search("blood zebra") == []
    assert small.search("") == [] and small.search("   ") == []


def test_a_word_typed_without_its_marks_finds_it_and_one_typed_with_them_only_that_spelling() -> None:
    # Staff without a French or Polish keyboard type "eligibilite" for "éligibilité".
    french = PathwayGraph(load_pathway(DATA / "car_t_myelome_fr.yaml"))
    found = french.search("éligibilité")
    assert found and french.search("eligibilite") == found and french.search("ELIGIBILITE") == found
    data = load_text(SMALL_TEXT).model_dump(by_alias=True, mode="json", exclude_none=True)
    data["steps"][0]["title"] = "Złamanie i ocena"  # ł has no mark Unicode takes off: mapped
    polish = PathwayGraph(load_text(to_json(data), "p.json"))
    first = data["steps"][0]["id"]
    assert polish.search("zlamanie") == [first] and polish.search("ZŁAMANIE") == [first]
    assert PathwayGraph(load_text(SMALL_TEXT)).search("złamanie") == []
    data["steps"][0]["title"] = "Zlamanie i ocena"
    assert PathwayGraph(load_text(to_json(data), "p.json")).search("złamanie") == []  # typed with it: that spelling only


def test_greek_typed_without_accents_or_in_capitals_finds_the_word() -> None:
    # Greek is typed without its accents as a rule: "εξετασεις" and "ΕΞΕΤΑΣΕΙΣ" found nothing.
    data = load_text(SMALL_TEXT).model_dump(by_alias=True, mode="json", exclude_none=True)
    data["steps"][0]["title"] = "Εξετάσεις αίματος και καρδιάς"
    greek = PathwayGraph(load_text(to_json(data), "p.json"))
    first = data["steps"][0]["id"]
    for typed in ("εξετάσεις", "εξετασεις", "ΕΞΕΤΑΣΕΙΣ", "ΕΞΕΤΆΣΕΙΣ", "καρδιας"):
        assert greek.search(typed) == [first], typed
    assert greek.search("εξετάσείς") == []  # typed with other marks: that spelling only


def test_marks_on_letters_other_than_latin_still_tell_words_apart() -> None:
    # In Japanese the voicing mark makes another sound: が (ga) is not か (ka).
    japanese = PathwayGraph(load_pathway(DATA / "car_t_all_ja.yaml"))
    assert japanese.search("治療が") and not japanese.search("治療か")


def test_search_reads_phase_titles_and_role_names(small: PathwayGraph) -> None:
    assert small.search("laboratory") == ["make-cells"]  # the Laboratory role
    assert small.search("watch") == ["observe", "fever-care"]  # the Watch phase


def test_search_puts_the_main_journey_first() -> None:
    data = load_text(SMALL_TEXT).model_dump(by_alias=True, mode="json", exclude_none=True)
    data["steps"] = data["steps"][::-1]  # fever-care and not-eligible now come first in the file
    graph = PathwayGraph(load_text(to_json(data), "p.json"))
    assert graph.search("fever") == ["assess", "fever-care"]
    # main steps in journey order would be nicer, but file order is the documented rule
    assert graph.search("doctor") == ["observe", "infuse", "assess", "not-eligible"]


def test_steps_for_role(small: PathwayGraph) -> None:
    assert small.steps_for_role("lab") == ["make-cells"]
    assert small.steps_for_role("doctor") == ["assess", "infuse", "observe", "not-eligible"]
    assert small.steps_for_role("nobody") == []


def test_next_and_previous_step(small: PathwayGraph) -> None:
    assert [small.next_step(s) for s in MAIN] == MAIN[1:] + ["fever-care"]  # no main way on: the branch
    assert small.next_step("not-eligible") is None
    assert small.next_step("fever-care") == "observe"  # only a loop-back leads on
    assert [small.previous_step(s) for s in MAIN] == [None] + MAIN[:-1]  # the relapse loop-back is not "previous"
    assert small.previous_step("fever-care") == "observe"
    assert small.previous_step("not-eligible") == "assess"


def test_forward_adjacency_and_topological_order(small: PathwayGraph) -> None:
    forward = small.forward_adjacency()
    assert list(forward) == small.step_ids
    assert forward["assess"] == ["collect", "not-eligible"] and forward["observe"] == ["fever-care"]
    assert forward["fever-care"] == []  # its only way on is a loop-back
    order = small.topological_order()
    assert order == ["assess", "collect", "make-cells", "infuse", "observe", "not-eligible", "fever-care"]
    assert sorted(order) == sorted(small.step_ids)
    position = {step_id: i for i, step_id in enumerate(order)}
    assert all(position[a] < position[b] for a, successors in forward.items() for b in successors)


def test_topological_order_takes_ready_steps_in_file_order() -> None:
    data = load_text(SMALL_TEXT).model_dump(by_alias=True, mode="json", exclude_none=True)
    data["steps"] = data["steps"][::-1]
    graph = PathwayGraph(load_text(to_json(data), "p.json"))
    # after "assess", both "collect" and "not-eligible" are ready: the file now lists not-eligible first
    assert graph.topological_order()[:2] == ["assess", "not-eligible"]


@pytest.mark.parametrize("n_steps,seed", [(40, 1), (300, 2)])
def test_graph_answers_match_networkx(n_steps: int, seed: int) -> None:
    import networkx as nx

    graph = PathwayGraph(load_text(to_json(generate_pathway(n_steps, seed)), "g.json"))
    assert list(graph.nx.nodes) == graph.step_ids
    assert sorted(graph.nx.edges) == sorted((t.from_, t.to) for t in graph.pathway.transitions)
    assert all(graph.nx.edges[t.from_, t.to]["transition"] is t for t in graph.pathway.transitions)
    for step_id in graph.step_ids:
        assert {t.to for t in graph.outgoing(step_id)} == set(graph.nx.successors(step_id))
        assert {t.from_ for t in graph.incoming(step_id)} == set(graph.nx.predecessors(step_id))
    dag = graph.forward_graph()
    assert nx.is_directed_acyclic_graph(dag)
    assert sorted(dag.edges) == sorted((u, v) for u, vs in graph.forward_adjacency().items() for v in vs)
    file_order = {step_id: f"{i:06d}" for i, step_id in enumerate(graph.step_ids)}
    assert graph.topological_order() == list(nx.lexicographical_topological_sort(dag, key=file_order.__getitem__))
    assert graph.has_step(graph.start) and not graph.has_step("no-such-step")


def test_loading_and_laying_out_never_import_networkx() -> None:
    # networkx costs a quarter to half a second of the app's start: only .nx and forward_graph() load it.
    script = """
import sys
from models import bundled_pathway, load_pathway
from models.graph import PathwayGraph
from models.layout import compute_layout
path = bundled_pathway() if bundled_pathway().is_file() else sys.argv[1]
for source in (path, sys.argv[1]):
    graph = PathwayGraph(load_pathway(source))
    compute_layout(graph)
    for step_id in graph.step_ids:
        graph.outgoing(step_id), graph.incoming(step_id), graph.next_step(step_id), graph.previous_step(step_id)
        graph.has_step(step_id), graph.is_main(step_id)
    graph.search("blood"), graph.steps_for_role("doctor"), graph.main_path, graph.topological_order()
print("networkx" in sys.modules)
graph.nx
print("networkx" in sys.modules)
"""
    result = subprocess.run(
        [sys.executable, "-c", script, str(DATA / "small.yaml")], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.split() == ["False", "True"]  # and the check does see it once .nx is used


# --- layout: small pathway -----------------------------------------------------------------------


def test_small_layout_reads_left_to_right_without_crossings(small: PathwayGraph) -> None:
    layout = compute_layout(small)
    assert layout.crossings == 0
    assert [layout.columns[s] for s in MAIN] == [0, 1, 2, 3, 4]
    assert {layout.rows[s] for s in MAIN} == {0}
    assert layout.columns["not-eligible"] == 1 and layout.rows["not-eligible"] != 0
    assert layout.columns["fever-care"] == 5
    assert_sound_layout(small, layout)


def test_neighbour_in_column(small: PathwayGraph) -> None:
    layout = compute_layout(small)
    below = 1 if layout.rows["not-eligible"] > 0 else -1
    assert neighbour_in_column(layout, "collect", below) == "not-eligible"
    assert neighbour_in_column(layout, "collect", -below) is None
    assert neighbour_in_column(layout, "not-eligible", -below) == "collect"
    assert neighbour_in_column(layout, "infuse", 1) is None and neighbour_in_column(layout, "infuse", -1) is None


def test_layout_is_deterministic(small: PathwayGraph) -> None:
    assert compute_layout(small) == compute_layout(PathwayGraph(load_pathway(DATA / "small.yaml")))
    big = PathwayGraph(load_text(to_yaml(generate_pathway(150, seed=7))))
    assert compute_layout(big) == compute_layout(big)


def test_layout_does_not_depend_on_hash_seed(tmp_path: Path) -> None:
    # Sets and dicts of strings iterate in a per-process order: two processes with
    # different hash seeds must still place every card in the same place.
    source = tmp_path / "big.json"
    source.write_text(to_json(generate_pathway(120, seed=3)), encoding="utf-8")
    script = (
        "import json, sys; from models import load_pathway; from models.graph import PathwayGraph;"
        "from models.layout import compute_layout;"
        "l = compute_layout(PathwayGraph(load_pathway(sys.argv[1])));"
        "print(json.dumps([sorted(l.positions.items()), sorted((list(k), v) for k, v in l.waypoints.items())]))"
    )
    outputs = set()
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run(
            [sys.executable, "-c", script, str(source)], capture_output=True, text=True, env=env, timeout=120, check=True
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())[0]


def test_reversed_declaration_order_still_lays_out(small: PathwayGraph) -> None:
    data = load_text(SMALL_TEXT).model_dump(by_alias=True, mode="json", exclude_none=True)
    for key in ("sources", "roles", "phases", "steps", "transitions"):
        data[key] = data[key][::-1]
    graph = PathwayGraph(load_text(to_json(data), "p.json"))
    layout = compute_layout(graph)
    assert_sound_layout(graph, layout)
    assert layout.columns == compute_layout(small).columns
    assert layout.crossings == 0


# --- layout: bundled and generated pathways --------------------------------------------------


def test_bundled_layout_is_sound() -> None:
    graph = PathwayGraph(load_pathway(bundled_pathway()))
    assert_sound_layout(graph, compute_layout(graph))


@pytest.mark.parametrize(("n_steps", "seed"), [(50, 1), (50, 2), (120, 3), (200, 4), (300, 5), (300, 6)])
def test_generated_pathway_layouts_are_sound(n_steps: int, seed: int) -> None:
    data = generate_pathway(n_steps, seed)
    graph = PathwayGraph(load_text(to_yaml(data)))
    assert len(graph.step_ids) == n_steps
    assert any(t.kind is TransitionKind.loop_back for t in graph.pathway.transitions)
    layout = compute_layout(graph)
    assert_sound_layout(graph, layout)
    # unrelated declaration order (steps and transitions reversed) gives a sound layout too
    data["steps"] = data["steps"][::-1]
    data["transitions"] = data["transitions"][::-1]
    reordered = PathwayGraph(load_text(to_yaml(data)))
    assert_sound_layout(reordered, compute_layout(reordered))


def test_generator_makes_branches_and_long_arrows() -> None:
    # The generated pathways must exercise what the layout has to handle, or the tests above prove little.
    graph = PathwayGraph(load_text(to_yaml(generate_pathway(120, seed=3))))
    layout = compute_layout(graph)
    assert any(layout.waypoints.values())  # arrows that skip columns
    assert len({layout.rows[s] for s in graph.step_ids}) > 3  # steps above and below the main row
    assert len(graph.main_path) == 40


def assert_sound_layout(graph: PathwayGraph, layout: Layout) -> None:
    pathway: Pathway = graph.pathway
    assert set(layout.positions) == set(graph.step_ids)
    width, height = layout.card_size
    # no two cards overlap
    rects = sorted((x, y, x + width, y + height, s) for s, (x, y) in layout.positions.items())
    by_column: dict[float, list[tuple[float, float, float, float, str]]] = {}
    for rect in rects:
        by_column.setdefault(rect[0], []).append(rect)
    xs = sorted(by_column)
    assert all(b - a >= width for a, b in zip(xs, xs[1:])), "columns closer than a card's width"
    for column in by_column.values():
        ys = sorted(r[1] for r in column)
        assert all(b - a >= height for a, b in zip(ys, ys[1:])), "cards overlap in a column"
    # an arrow's waypoints never sit on a card
    for key, points in layout.waypoints.items():
        for px, py in points:
            near = [r for x, column in by_column.items() if x <= px <= x + width for r in column]
            for x0, y0, x1, y1, step_id in near:
                assert not (x0 <= px <= x1 and y0 <= py <= y1), f"waypoint of {key} on card {step_id}"
    # the main journey: row 0, left to right, one column per step
    main = graph.main_path
    assert {layout.rows[s] for s in main} == {0}
    assert [layout.columns[s] for s in main] == sorted(layout.columns[s] for s in main)
    assert len({layout.columns[s] for s in main}) == len(main)
    assert all(layout.positions[s][1] == 0 for s in main)
    # every forward arrow points right; a step at the same time as another stands in its column
    for t in pathway.transitions:
        if t.kind is TransitionKind.parallel:
            assert layout.columns[t.to] == layout.columns[t.from_], f"{t.to} is not beside {t.from_}"
        elif t.kind is not TransitionKind.loop_back:
            assert layout.columns[t.to] > layout.columns[t.from_], f"{t.from_} -> {t.to} does not point right"
    # the count the layout reports is the count of crossings an independent counter sees
    assert layout.crossings == count_crossings(our_edges(pathway, layout))
    left, top, right, bottom = layout.bounds()
    assert left <= 0 <= right and top <= 0 <= bottom


def test_taller_cards_move_the_rows_exactly_as_a_fresh_layout_would() -> None:
    from models.layout import LayoutSpec, with_card_height

    graph = PathwayGraph(load_pathway(bundled_pathway()))
    fresh = compute_layout(graph, LayoutSpec(card_height=171.0))
    respaced = with_card_height(compute_layout(graph), 171.0)
    assert respaced.positions == fresh.positions
    assert respaced.waypoints == fresh.waypoints
    assert respaced.echoes == fresh.echoes
    assert respaced.arrow_ends == fresh.arrow_ends
    assert respaced.spec == fresh.spec


def test_sweeping_a_window_keeps_its_end_columns_and_uncrosses_the_inside() -> None:
    from models.layout_crossings import count_all, minimise_crossings

    # Column 1 lists y above x, so x's and y's arrows cross on both sides; the end columns
    # are the larger picture's and must stay as they are, even where moving them would help.
    layers = [["a", "b"], ["y", "x"], ["c", "d"]]
    segments = [("a", "x"), ("b", "y"), ("x", "c"), ("y", "d")]
    window = minimise_crossings(layers, segments, 4, fixed_ends=True)
    assert window == [["a", "b"], ["x", "y"], ["c", "d"]]
    # ends that only a moved end column could uncross stay crossed
    layers = [["a", "b"], ["x", "y"], ["d", "c"]]
    assert minimise_crossings(layers, segments, 4, fixed_ends=True) == [["a", "b"], ["x", "y"], ["d", "c"]]
    assert count_all(minimise_crossings(layers, segments, 4), {"a": ["x"], "b": ["y"], "x": ["c"], "y": ["d"]}) == 0
