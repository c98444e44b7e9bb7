"""A window resized after its first look (maximised, restored, a panel closed): a map the
user has not zoomed or panned gets the first look for its new size, as a start at that size
would give it; a map they have moved keeps their zoom. Before, the rows and zoom chosen for
the old size stayed: a small drawing in a corner of a maximised window, or cut-off cards in
a smaller one."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from test_first_view import unreadable_or_hidden
from test_text_size_map import _fresh_look, _look, _settings, _settle
from pathway_viewer.window.app import create_main_window

DATA = Path(__file__).parent / "data"
STROKE = DATA / "stroke_rehab.yaml"


def _open(qtbot: QtBot, folder: Path, path: Path | None, size: tuple[int, int]) -> MainWindow:
    window = create_main_window(_settings(folder, 100), path)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    _settle()
    return window


@pytest.mark.parametrize(("path", "small", "large"), [
    (None, (1024, 700), (1920, 1080)), (STROKE, (1366, 768), (1920, 1080)),
])
def test_an_unmoved_map_gets_the_first_look_of_its_new_size(
    qtbot: QtBot, tmp_path: Path, path: Path | None, small: tuple[int, int], large: tuple[int, int]
) -> None:
    window = _open(qtbot, tmp_path / "live", path, small)
    before = _look(window)
    window.resize(*large)  # maximised
    fresh = _fresh_look(qtbot, tmp_path / "large", 100, path, large)
    assert fresh != before  # the larger window's own first look differs from the small one's
    qtbot.waitUntil(lambda: _look(window) == fresh, timeout=5000)
    assert unreadable_or_hidden(window) == []
    window.resize(*small)  # and back
    fresh_small = _fresh_look(qtbot, tmp_path / "small", 100, path, small)
    qtbot.waitUntil(lambda: _look(window) == fresh_small, timeout=5000)
    window.close()


def test_a_map_the_user_zoomed_keeps_their_zoom_when_the_window_is_resized(qtbot: QtBot, tmp_path: Path) -> None:
    window = _open(qtbot, tmp_path / "live", None, (1024, 700))
    window.actions[A.ZOOM_IN].trigger()
    zoom = window.view.zoom_level
    window.resize(1920, 1080)
    qtbot.wait(600)  # longer than the map waits for a resize to settle
    assert window.view.zoom_level == pytest.approx(zoom)
    # Home is still the first look, for the window as it is now.
    window.actions[A.FIT].trigger()
    _settle()
    assert _look(window) == _fresh_look(qtbot, tmp_path / "large", 100, None, (1920, 1080))
    window.close()
