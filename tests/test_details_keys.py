"""The step details with the keyboard alone (#12.3): one Tab stop, a visible focus frame,
and the explained words reached with the arrow keys instead of a Tab stop each."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

Key = Qt.Key
# The focus colour of each scheme (core/theme.py), written out here.
FOCUS = {A.THEME_LIGHT: "#0b57d0", A.THEME_DARK: "#8ab4f8", A.THEME_HIGH_CONTRAST: "#ffd400"}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), size=(1366, 768))  # two columns of panels: Tab goes map, details
    window.view.setFocus()
    qtbot.keyClick(window.view, Key.Key_Right)  # the first step: "Checking if CAR-T may suit you"
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_one_tab_enters_the_details_and_one_more_leaves_them(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.view, Key.Key_Tab)
    assert focused() is window.details.browser
    qtbot.keyClick(focused(), Key.Key_Tab)  # the page has four explained words: none is a stop
    assert focused() is not window.details.browser
    qtbot.keyClick(focused(), Key.Key_Backtab)
    assert focused() is window.details.browser
    qtbot.keyClick(focused(), Key.Key_Backtab)
    assert focused() is window.view


def test_right_and_left_choose_an_explained_word_and_enter_shows_it(qtbot: QtBot, window: MainWindow) -> None:
    browser = window.details.browser
    qtbot.keyClick(window.view, Key.Key_Tab)
    qtbot.keyClick(browser, Key.Key_Right)
    assert browser.textCursor().selectedText() == "CAR T cell therapy"
    qtbot.keyClick(browser, Key.Key_Right)
    assert browser.textCursor().selectedText() == "lupus"
    qtbot.keyClick(browser, Key.Key_Left)
    assert browser.textCursor().selectedText() == "CAR T cell therapy"
    qtbot.keyClick(browser, Key.Key_Left)  # round the page to its last explained word
    last = browser.textCursor().selectedText()
    assert last != "CAR T cell therapy" and last != ""
    qtbot.keyClick(browser, Key.Key_Right)
    qtbot.keyClick(browser, Key.Key_Right)
    qtbot.keyClick(browser, Key.Key_Return)
    popup = browser.popup
    qtbot.waitUntil(popup.isVisible)
    assert "lupus" in popup.text()
    # A screen reader names the pop-up by its word (it said "Border", nothing else).
    face = QAccessible.queryAccessibleInterface(popup)
    assert face.text(QAccessible.Text.Name) == "lupus"
    qtbot.keyClick(popup, Key.Key_Escape)
    assert not popup.isVisible()


@pytest.mark.parametrize("scheme", list(FOCUS))
def test_the_details_show_a_frame_in_the_focus_colour_while_they_have_the_keyboard(
    qtbot: QtBot, window: MainWindow, scheme: str
) -> None:
    window.actions[scheme].trigger()
    browser = window.details.browser
    edge = QPoint(1, browser.height() // 2)  # inside the browser's left edge

    def colour_at_edge() -> str:
        return QColor(browser.grab().toImage().pixel(edge)).name()

    window.view.setFocus()
    assert colour_at_edge() != FOCUS[scheme]
    qtbot.keyClick(window.view, Key.Key_Tab)
    assert focused() is browser
    assert colour_at_edge() == FOCUS[scheme]
