"""Set-up shared by the tests that drive the main window (one copy, not one per file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from pathway_viewer.core.settings import AppSettings
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow


def test_settings(path: Path) -> AppSettings:
    """Settings in a file of the test's own, never the user's."""
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


test_settings.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def run_at_double_scale(probe: str, paths: dict[str, str]) -> Any:
    """Run ``probe`` (Python source that prints one JSON line last) in a child process whose
    Qt starts at scale 2, as on a 3840x2160 screen at 200 % (the scale cannot change once an
    application runs); ``paths`` reaches it as ``sys.argv[1]``. Returns the JSON it printed."""
    tests = Path(__file__).parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2",
           "PYTHONPATH": os.pathsep.join([str(tests.parent), str(tests)])}
    result = subprocess.run([sys.executable, "-c", probe, json.dumps(paths)], capture_output=True, text=True,
                            env=env, timeout=120, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def open_window(qtbot: QtBot, settings: AppSettings, path: Path | None = None) -> MainWindow:
    """The main window on ``path`` (the bundled pathway if None), shown, exposed and active."""
    window = create_main_window(settings, path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def click_card(qtbot: QtBot, window: MainWindow, step_id: str) -> None:
    card = window.scene.card(step_id)
    window.view.centerOn(card)
    pos = window.view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
