"""The first look at a journey (issue #12.1): at common screen sizes, with both side panels
open, the opening view shows every main-journey title at 9 pt or more where the journey
allows it, wrapped into rows to fit the window, and a too-long journey opens from its start
at a readable size; zoomed out, cards show their title large rather than going blank."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pathway_viewer.window.main_window import MainWindow
from pathway_files import generate_pathway, to_yaml
from pathway_viewer.window.app import create_main_window
from window_helpers import test_settings

KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"
NINE_POINT_PX = 12.0  # 9 pt at 96 logical dpi


def long_pathway(folder: Path, main_steps: int = 14) -> Path:
    """A main journey of ``main_steps`` steps (longer than the bundled one's 10), two side
    paths and a way back: far wider than any window on one line."""
    data = generate_pathway(main_steps + 2, seed=3, loop_backs=0)
    ids = [step["id"] for step in data["steps"]]
    main = ids[:main_steps]
    data["transitions"] = [{"from": a, "to": b} for a, b in zip(main, main[1:])] + [
        {"from": main[2], "to": ids[-2], "kind": "alternative", "label": "if the test shows a problem"},
        {"from": ids[-2], "to": main[3], "kind": "alternative", "label": "when it is fixed"},
        {"from": main[8], "to": ids[-1], "kind": "alternative", "label": "if you feel unwell"},
        {"from": main[-1], "to": main[5], "kind": "loop_back", "label": "if it comes back"},
    ]
    path = folder / "long.yaml"
    path.write_text(to_yaml(data), encoding="utf-8")
    return path


def opening(qtbot: QtBot, tmp_path: Path, path: Path | None, size: tuple[int, int]) -> MainWindow:
    """The window as it first opens at ``size``."""
    window = create_main_window(test_settings(tmp_path / "s.ini"), path)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def unreadable_or_hidden(window: MainWindow) -> list[str]:
    """Main-journey steps whose card is not wholly in view or whose title is under 9 pt."""
    view, scene = window.view, window.scene
    visible = view.visible_scene_rect()
    zoom = view.zoom_level
    out = []
    for step_id in window.document.graph.main_path:
        card = scene.card(step_id)
        font_px = card.title_font_at(zoom).pixelSize() * zoom
        if not visible.contains(card.sceneBoundingRect().adjusted(6, 6, -6, -6)) or font_px < NINE_POINT_PX - 0.01:
            out.append(step_id)
    return out


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("which", ["knee", "long"])
def test_whole_main_journey_is_readable_at_first_sight(qtbot: QtBot, tmp_path: Path, size: tuple[int, int], which: str) -> None:
    path = KNEE if which == "knee" else long_pathway(tmp_path)
    window = opening(qtbot, tmp_path, path, size)
    assert window.care_team.isVisible() and window.details.isVisible()  # both panels open
    assert unreadable_or_hidden(window) == []
    assert window.scene.columns_per_row is not None  # wrapped into rows to fit


def test_the_bundled_journey_reads_whole_on_a_full_hd_screen(qtbot: QtBot, tmp_path: Path) -> None:
    window = opening(qtbot, tmp_path, None, (1920, 1080))
    assert unreadable_or_hidden(window) == []


@pytest.mark.parametrize("which", ["bundled", "branchy"])
def test_a_journey_too_big_for_the_window_opens_readable_from_its_start(qtbot: QtBot, tmp_path: Path, which: str) -> None:
    # The bundled journey's 10 main steps and 15 side steps, or 14 main steps with 28 side
    # steps, cannot all be read in the 680x600 pixels left between the panels.
    path = None
    if which == "branchy":
        path = tmp_path / "branchy.yaml"
        path.write_text(to_yaml(generate_pathway(42, seed=3, loop_backs=2, branches=0.0)), encoding="utf-8")
    window = opening(qtbot, tmp_path, path, (1366, 768))
    view, scene = window.view, window.scene
    start = scene.card(window.document.graph.start)
    assert view.visible_scene_rect().contains(start.sceneBoundingRect())
    assert start.title_font_at(view.zoom_level).pixelSize() * view.zoom_level >= NINE_POINT_PX - 0.01
    # Wrapped to the window's width: the rows read down the window, no sideways scrolling.
    assert scene.journey_rect().width() * view.zoom_level <= view.viewport().width() + 1


def test_fit_to_window_keeps_titles_instead_of_empty_boxes(qtbot: QtBot, tmp_path: Path) -> None:
    window = opening(qtbot, tmp_path, KNEE, (1366, 768))
    window.view.set_zoom(0.5)
    card = window.scene.card("operation")
    # At half size the normal 16 px title would be 8 px on screen: the card draws it larger.
    assert card.title_font().pixelSize() * 0.5 < NINE_POINT_PX
    assert card.title_font_at(0.5).pixelSize() * 0.5 >= NINE_POINT_PX
    assert card.title_lines_at(0.5) == ["The operation"]


PROBE = """
import json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from window_helpers import test_settings
from test_first_view import unreadable_or_hidden
from pathway_viewer.window.app import create_main_window
out = {}
for name, path in json.loads(sys.argv[1]).items():
    window = create_main_window(test_settings(Path(tempfile.mkdtemp()) / "s.ini"), Path(path) if path else None)
    window.resize(1920, 1080)
    window.show()
    for _ in range(5):
        app.processEvents()
    out[name] = [window.devicePixelRatio(), unreadable_or_hidden(window)]
    window.close()
print(json.dumps(out))
"""


def test_a_4k_screen_at_200_percent_reads_like_full_hd(tmp_path: Path) -> None:
    # 3840x2160 at scale 2 is 1920x1080 logical pixels of twice the density: run where Qt
    # is started with that scale (it cannot change once the application runs).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2", "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent.parent), str(Path(__file__).parent)])}
    paths = {"bundled": "", "knee": str(KNEE), "long": str(long_pathway(tmp_path))}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(paths)], capture_output=True, text=True, env=env, timeout=120, check=True
    )
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found == {"bundled": [2.0, []], "knee": [2.0, []], "long": [2.0, []]}


def test_the_first_look_moves_the_cards_it_has_instead_of_making_them_again(qtbot: QtBot, tmp_path: Path) -> None:
    # Opening a long journey made every card twice (one line, then wrapped): the cards of
    # the wrapped first look are the very cards made when the file was read, moved.
    path = tmp_path / "long.yaml"
    path.write_text(to_yaml(generate_pathway(120, seed=5)), encoding="utf-8")
    window = create_main_window(test_settings(tmp_path / "s.ini"), path)
    qtbot.addWidget(window)
    first = window.document.graph.start
    card = window.scene.card(first)
    assert window.scene.columns_per_row is None  # read, not yet seen: one line
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.scene.columns_per_row is not None  # wrapped to the window
    assert window.scene.card(first) is card
    assert window.view.visible_scene_rect().contains(card.sceneBoundingRect())
