"""Set-up shared by the tests that drive the main window (one copy, not one per file)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from pathway_viewer.core.settings import AppSettings
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow


def test_settings(path: Path) -> AppSettings:
    """Settings in a file of the test's own, never the user's."""
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


test_settings.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


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
