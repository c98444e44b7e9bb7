"""Issue #12.1: at 1366x768 with both side panels open, the opening view shows every step of
the main journey with its title readable and the branches too. The bundled journey's six
side steps off "Close watch" opened a scroll away under its last row: a side path's detour
under its row (not its cards) made that row twice as high."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pathway_viewer.window.main_window import MainWindow
from test_first_view import opening, unreadable_or_hidden

DATA = Path(__file__).parent / "data"


def side_steps_out_of_view(window: MainWindow) -> list[str]:
    """Steps off the main journey whose card is not wholly in the window."""
    main = set(window.document.graph.main_path)
    visible = window.view.visible_scene_rect()
    scene = window.scene
    return [s for s in window.document.graph.step_ids
            if s not in main and not visible.contains(scene.card(s).mapRectToScene(scene.card(s).card_rect()))]


def branchy_journey(folder: Path) -> Path:
    """A journey no clinic shipped: 20 steps, 9 of them off its main journey, some reached
    back from rows further on (three of them opened a scroll away)."""
    from benchmarks.generate import write_pathway

    return write_pathway(folder / "branchy.yaml", 20, seed=3)


@pytest.mark.parametrize("which", ["bundled", "generated"])
def test_branches_open_in_view_beside_the_readable_main_journey(qtbot: QtBot, tmp_path: Path, which: str) -> None:
    path = None if which == "bundled" else branchy_journey(tmp_path)
    window = opening(qtbot, tmp_path, path, (1366, 768))
    assert window.care_team.isVisible() and window.details.isVisible()  # both panels open
    assert unreadable_or_hidden(window) == []  # every main step whole, its title 9 pt or more
    main = set(window.document.graph.main_path)
    assert len([s for s in window.document.graph.step_ids if s not in main]) >= 9
    assert side_steps_out_of_view(window) == []
    # A panel gave some room for it, but still holds a readable line of its words.
    assert window.details.width() >= window.details.minimumSizeHint().width()
