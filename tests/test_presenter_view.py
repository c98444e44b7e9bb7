"""Presenter view: notes at the foot of the presentation with one screen (N), a notes
window on the presenter's screen with two, and the elapsed time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from training_data import KNEE
from window_helpers import open_window, test_settings

from pathway_viewer.presentation.notes import elapsed_text
from pathway_viewer.window.presenter_screens import audience_screen

ROOT = Path(__file__).resolve().parent.parent


def test_one_screen_n_shows_and_hides_the_notes(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    window.document.select(None)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    view = window.presentation
    assert view is not None and window.presenter_notes is None  # one screen: no second window
    notes = view.notes_panel
    assert notes.isHidden()
    assert "N: notes" in view.next_hint()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert not notes.isHidden()
    assert notes.now.text() == "Now: Checking if CAR-T may suit you"
    assert notes.next.text() == "Next: Collecting your T cells"
    assert notes.notes.text().startswith("Say plainly that this treatment is investigational:")
    assert notes.teach_back.text() == (
        "Teach-back:\n• In your own words, what does it mean that this treatment is still being studied?\n"
        "• Who decides together whether this treatment may suit you?"
    )
    assert notes.elapsed.text() == "Elapsed 0:00"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert notes.now.text() == "Now: Collecting your T cells"
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert notes.isHidden()
    qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_a_step_without_notes_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), KNEE)
    window.document.select(None)
    view = window.start_presentation()
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert view.notes_panel.now.text() == "Now: Pre-operative assessment"
    assert view.notes_panel.notes.text() == "No presenter notes for this step."
    assert view.notes_panel.teach_back.isHidden()
    view.leave()


def test_elapsed_time_reads_as_a_clock() -> None:
    assert [elapsed_text(ms) for ms in (0, 65_000, 3_725_000, -5)] == [
        "Elapsed 0:00", "Elapsed 1:05", "Elapsed 1:02:05", "Elapsed 0:00",
    ]


def test_the_audience_gets_the_other_screen() -> None:
    assert audience_screen(["laptop", "projector"], "laptop") == "projector"
    assert audience_screen(["projector", "laptop"], "laptop") == "projector"
    assert audience_screen(["laptop"], "laptop") is None


SCRIPT = """
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pathway_viewer.core.settings import AppSettings
from pathway_viewer.window.app import create_main_window
window = create_main_window(AppSettings(QSettings(r"{ini}", QSettings.Format.IniFormat)))
window.show()
window.document.select(None)
view = window.start_presentation()
view.go_next()
app.processEvents()
notes = window.presenter_notes
print(view.screen().name(), notes.screen().name(), notes.isVisible(), view.notes_panel.isHidden())
print(notes.now.text())
print(notes.next.text())
"""


def test_two_screens_put_the_notes_on_the_presenters_screen(tmp_path: Path) -> None:
    # The offscreen platform can pretend to have two monitors; a process of its own gets them.
    screens = [
        {"name": name, "x": x, "y": 0, "width": w, "height": h, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        for name, x, w, h in (("laptop", 0, 1366, 768), ("projector", 1366, 1280, 720))
    ]
    config = tmp_path / "screens.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    run = subprocess.run(
        [sys.executable, "-c", SCRIPT.format(ini=tmp_path / "s.ini")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True,
    )
    assert run.stdout.splitlines() == [
        "projector laptop True True",
        "Now: Collecting your T cells",
        "Next: Making your CAR T cells",
    ]
