"""The disclaimer banner: across the whole window, every word shown, and the map keeps room
under it at double text size (issue #12: at 200 % in a 1024 x 700 window the banner stood in
the map's column alone, 325 px tall, and left the map 216 px)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QToolBar
from pytestqt.qtbot import QtBot

from pathway_viewer.core.settings import AppSettings
from pathway_viewer.window import actions as A
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window

# small.yaml was last reviewed on 2026-01-15.
WORDS = "Educational information, not medical advice. Content last reviewed Thu 15 Jan 2026. Talk to your care team."
WINDOWS = ((1024, 700), (1366, 768), (1920, 1080))
MAP_SHARE_AT_200 = 0.5  # of the window's height, at least, left to the map at 200 % in 1024 x 700


def _settings(folder: Path, text_size: int) -> AppSettings:
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    settings.set("view/text_size", text_size)
    return settings


def _words_fit(banner: QLabel) -> bool:
    """Whether the banner's words, wrapped to its width, fit its height (nothing cut off)."""
    box = banner.contentsRect()
    needed = QFontMetrics(banner.font()).boundingRect(
        QRect(0, 0, box.width(), 100_000), int(Qt.TextFlag.TextWordWrap), banner.text()
    )
    return needed.height() <= box.height()


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.mark.parametrize("text_size", (100, 150, 200))
def test_the_banner_spans_the_window_with_every_word_shown(
    qtbot: QtBot, tmp_path: Path, small_pathway_file: Path, text_size: int
) -> None:
    window = open_window(qtbot, _settings(tmp_path, text_size), small_pathway_file)
    for width, height in WINDOWS:
        window.resize(width, height)
        _settle()
        banner = window.banner
        assert banner.isVisible() and banner.text() == WORDS
        assert banner.width() == width  # the whole window, not the map's column between the panels
        assert banner.mapTo(window, banner.rect().topLeft()).x() == 0
        assert _words_fit(banner), (width, text_size, banner.height())
        # Above the panels and the map, under the commands.
        # (The details: at a large text size on a narrow window the care team may be a tab behind them.)
        assert banner.mapTo(window, banner.rect().bottomLeft()).y() < window.details.mapTo(window, window.details.rect().topLeft()).y()
        assert banner.mapTo(window, banner.rect().bottomLeft()).y() < window.stack.mapTo(window, window.stack.rect().topLeft()).y()


def test_at_double_text_size_in_a_small_window_the_map_keeps_most_of_the_height(
    qtbot: QtBot, tmp_path: Path, small_pathway_file: Path
) -> None:
    window = create_main_window(_settings(tmp_path, 200), small_pathway_file)
    qtbot.addWidget(window)
    window.resize(1024, 700)  # as a restored window is: sized before it is first shown
    window.show()
    qtbot.waitExposed(window)
    assert window.banner.text() == WORDS and _words_fit(window.banner)
    assert window.stack.height() >= MAP_SHARE_AT_200 * window.height(), window.banner.height()
    # The map measured its first look in the room it has (the banner's height was settled first).
    assert window.view.viewport().height() == window.stack.height() - _bar_height(window)


def _bar_height(window: MainWindow) -> int:
    bar = window.view.horizontalScrollBar()
    return bar.height() if bar.isVisible() else 0


def test_a_text_size_chosen_while_running_gives_the_banner_a_fresh_starts_height(
    qtbot: QtBot, tmp_path: Path, small_pathway_file: Path
) -> None:
    live = open_window(qtbot, _settings(tmp_path, 100), small_pathway_file)
    live.resize(1024, 700)
    _settle()
    one_line = live.banner.height()
    live.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()
    _settle()
    assert live.banner.height() > one_line and _words_fit(live.banner)
    fresh_folder = tmp_path / "fresh"
    fresh_folder.mkdir()
    fresh = create_main_window(_settings(fresh_folder, 200), small_pathway_file)
    qtbot.addWidget(fresh)
    fresh.resize(1024, 700)
    fresh.show()
    qtbot.waitExposed(fresh)
    assert live.banner.height() == fresh.banner.height()
    assert live.stack.height() >= MAP_SHARE_AT_200 * live.height()


def test_the_banner_cannot_be_hidden_moved_or_put_beside_the_commands(
    qtbot: QtBot, tmp_path: Path, small_pathway_file: Path
) -> None:
    settings = _settings(tmp_path, 100)
    window = open_window(qtbot, settings, small_pathway_file)
    bar = window.banner.parentWidget()
    assert isinstance(bar, QToolBar) and not bar.isMovable() and not bar.isFloatable()
    menu = window.createPopupMenu()  # the toolbars' right-click menu lists what can be hidden
    assert bar.toggleViewAction() not in [a for a in menu.actions() if a.isVisible()]
    # A window state saved before the banner had a line of its own (here: the banner put back
    # beside the main toolbar) is restored with the banner on its own line, whole.
    window.removeToolBarBreak(bar)
    _settle()
    assert bar.y() == window.toolbar.y()
    window.close()
    again = open_window(qtbot, settings, small_pathway_file)
    again.resize(1366, 768)
    _settle()
    assert again.banner.isVisible() and again.banner.width() == 1366
    assert again.banner.parentWidget().y() >= again.toolbar.geometry().bottom()
