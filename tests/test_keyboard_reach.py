"""Every step of the journey map can be reached with the arrow keys alone (#12.3).

Up and Down once used only the cards of the same column, so a side step standing in a
column the main journey skips (the bundled "Standard care continues") was out of reach.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.graph import PathwayGraph
from models.layout import compute_layout
from models.map_walk import step_above_or_below
from pathway_files import generate_pathway, load_text, to_yaml
from window_helpers import open_window, test_settings

DATA = Path(__file__).parent / "data"
Key = Qt.Key
ARROWS = (Key.Key_Right, Key.Key_Left, Key.Key_Up, Key.Key_Down)


def reached_by_keys(qtbot: QtBot, path: Path | None, tmp_path: Path) -> tuple[set[str], set[str]]:
    """The steps reached from the first one by arrow keys on the map, and all the steps."""
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), path)
    view, document = window.view, window.document
    view.setFocus()
    qtbot.keyClick(view, Key.Key_Right)  # nothing chosen yet: the first step
    seen = {document.selected}
    todo = list(seen)
    while todo:
        step_id = todo.pop()
        for key in ARROWS:
            document.select(step_id)
            qtbot.keyClick(view, key)
            if document.selected not in seen:
                seen.add(document.selected)
                todo.append(document.selected)
    return seen, set(document.graph.step_ids)


@pytest.mark.parametrize(
    "name",
    [None, "stroke_rehab.yaml", "car_t_all_ja.yaml", "stammzelltransplantation_de.yaml", "tiny_en.yaml"],
)
def test_every_step_on_the_map_is_reached_by_arrow_keys(qtbot: QtBot, tmp_path: Path, name: str | None) -> None:
    seen, every = reached_by_keys(qtbot, None if name is None else DATA / name, tmp_path)
    assert every - seen == set()


def press(qtbot: QtBot, view: object, *keys: Qt.Key) -> None:
    for key in keys:
        qtbot.keyClick(view, key)


def test_down_from_the_first_step_goes_to_its_branch_and_up_comes_back(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    view, document = window.view, window.document
    view.setFocus()
    press(qtbot, view, Key.Key_Right)
    assert document.selected == "evaluation"
    press(qtbot, view, Key.Key_Down)
    assert document.selected == "standard_care"  # the branch leaving it, two columns on
    press(qtbot, view, Key.Key_Up)
    assert document.selected == "evaluation"  # back the way it came
    press(qtbot, view, Key.Key_Down)
    assert document.selected == "standard_care"
    # Chosen another way, it walks its own list: it stands over "Making the cells" (the
    # journey skips its column), so up the side steps below, the main step, the ones above.
    document.select("evaluation")
    document.select("standard_care")
    press(qtbot, view, Key.Key_Up)
    assert document.selected == "treatment_delay"
    press(qtbot, view, Key.Key_Up)
    assert document.selected == "manufacturing"
    press(qtbot, view, Key.Key_Up)
    assert document.selected == "bridging_treatment"  # straight above it
    press(qtbot, view, Key.Key_Up)
    assert document.selected == "repeat_collection"  # the same row, one column on
    press(qtbot, view, Key.Key_Up)
    assert document.selected == "repeat_collection"  # the top: nothing further


# Generated journeys where the old walk (and a nearest-card-by-geometry walk) left steps out.
@pytest.mark.parametrize(("steps", "seed", "loop_backs", "branches"),
                         [(14, 5, 0, 0.7), (41, 3, 5, 0.7), (59, 1, 5, 0.7), (59, 10, 5, 0.7), (35, 2, 0, 0.3)])
def test_up_down_left_right_reach_every_step_of_generated_journeys(
    steps: int, seed: int, loop_backs: int, branches: float
) -> None:
    graph = PathwayGraph(load_text(to_yaml(generate_pathway(steps, seed, loop_backs=loop_backs, branches=branches))))
    layout = compute_layout(graph)
    seen, todo = {graph.start}, [graph.start]
    while todo:
        step_id = todo.pop()
        moves = (graph.next_step(step_id), graph.previous_step(step_id),
                 step_above_or_below(graph, layout, step_id, -1), step_above_or_below(graph, layout, step_id, 1))
        for target in moves:
            if target is not None and target not in seen:
                seen.add(target)
                todo.append(target)
    assert set(graph.step_ids) - seen == set()
