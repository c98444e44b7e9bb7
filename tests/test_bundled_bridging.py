"""The bundled pathway's bridging treatment runs alongside making the cells: a presenter who
follows it is brought back to the step it runs beside, and standard care ends its path."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models import TransitionKind, bundled_pathway, load_pathway
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings


def test_bridging_is_at_the_same_time_as_making_the_cells_and_nothing_loops_back() -> None:
    pathway = load_pathway(bundled_pathway())
    into = [t for t in pathway.transitions if t.to == "bridging_treatment"]
    assert [(t.from_, t.kind, t.label) for t in into] == [
        ("manufacturing", TransitionKind.parallel, "lupus needs treatment")]
    assert [t for t in pathway.transitions if t.from_ == "bridging_treatment"] == []
    assert pathway.step("standard_care").end
    assert not pathway.step("long_term_follow_up").end  # the main journey's last step: not an exit


def test_presenting_the_bridging_step_returns_to_making_the_cells(qtbot: QtBot, tmp_path: Path) -> None:
    window: MainWindow = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    window.document.select("manufacturing")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    view = window.presentation
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_1)  # "At the same time: lupus needs treatment"
    assert view.title_text() == "Treating your lupus while you wait"
    # Nothing leads out of the bridging step: the next step is the one it runs beside.
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert view.title_text() == "Making your CAR T cells"
