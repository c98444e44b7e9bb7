"""Tab goes round the main window in reading order and comes back (WCAG 2.4.3, 2.1.2).

The bar along the top (the search), then the panels on the side the language starts reading
from, top to bottom, then the map, then the panels on the other side, top to bottom; then
round again. Shift+Tab goes the same way back. Checked from where things stand on screen.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

DATA = Path(__file__).parent / "data"
# Wide enough for two columns of side panels (narrower, they stand in one column of tabs:
# tests/test_panel_columns.py goes round that window too).
TWO_COLUMNS = (1366, 768)


@pytest.fixture(autouse=True)
def _answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)


def tab_round(qtbot: QtBot, window: MainWindow, back: bool = False) -> list[QWidget]:
    """Every widget Tab (or Shift+Tab) reaches from the map until it is back on the map."""
    start = window.stack.currentWidget()
    window.activateWindow()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    reached = [start]
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    for _ in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, modifier)
        focused = QApplication.focusWidget()
        if focused is start:
            return reached
        assert focused not in reached, f"Tab went round {[w.objectName() for w in reached]} and never back to the map"
        reached.append(focused)
    raise AssertionError("Tab never came back to the map")


def rect(widget: QWidget, window: MainWindow) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def area(widget: QWidget, window: MainWindow) -> str:
    """Where ``widget`` stands: above the map, on its left or right, or on it (a field of a
    panel stands where its panel does: it may be scrolled out of sight)."""
    place, centre = rect(dock_of(widget) or widget, window), rect(window.stack, window)
    if place.bottom() < centre.top():
        return "top"
    if place.right() < centre.left():
        return "left"
    if place.left() > centre.right():
        return "right"
    return "centre"


def dock_of(widget: QWidget) -> QDockWidget | None:
    while widget is not None and not isinstance(widget, QDockWidget):
        widget = widget.parentWidget()
    return widget


def check_reading_order(window: MainWindow, reached: list[QWidget], first_side: str, last_side: str) -> None:
    areas: list[str] = []
    for widget in reached:
        if not areas or areas[-1] != area(widget, window):
            areas.append(area(widget, window))
    if len(areas) > 1 and areas[0] == areas[-1]:
        areas.pop()  # the map's area, met again at the end of the round
    at = areas.index("top")
    assert areas[at:] + areas[:at] == ["top", first_side, "centre", last_side], [
        (w.objectName(), area(w, window)) for w in reached]
    # Each side's panels top to bottom, each visited once.
    for side in (first_side, last_side):
        docks: list[QDockWidget] = []
        for widget in reached:
            dock = dock_of(widget)
            if area(widget, window) == side and dock is not None and (not docks or docks[-1] is not dock):
                docks.append(dock)
        assert len(set(docks)) == len(docks), f"Tab left a panel on the {side} and came back to it"
        tops = [rect(dock, window).top() for dock in docks]
        assert tops == sorted(tops), f"the panels on the {side} are not reached top to bottom"


def test_tab_goes_round_the_window_in_reading_order(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), size=TWO_COLUMNS)
    reached = tab_round(qtbot, window)
    assert {window.search.edit, window.care_team.list, window.outline.tree, window.details.browser} <= set(reached)
    check_reading_order(window, reached, "left", "right")
    assert tab_round(qtbot, window, back=True) == [reached[0], *reversed(reached[1:])]


def test_tab_goes_round_the_editing_window_in_reading_order(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "clinic.yaml"
    shutil.copy(DATA / "small.yaml", target)
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), target, size=TWO_COLUMNS)
    window.document.select("collect")
    window.actions[A.EDIT_MODE].trigger()
    reached = tab_round(qtbot, window)
    assert window.step_form is not None and window.step_form.findChild(QWidget, "edit_title") in reached
    check_reading_order(window, reached, "left", "right")
    # The editor's tabs come before the page under them.
    names = [widget.objectName() for widget in reached]
    assert names.index("qt_tabwidget_tabbar") < names.index("edit_title")
    assert tab_round(qtbot, window, back=True) == [reached[0], *reversed(reached[1:])]


def test_tab_reads_from_the_right_in_a_right_to_left_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), size=TWO_COLUMNS)
    # As an Arabic or Hebrew interface sets it (core/i18n.py). Qt leaves the panels where
    # they are; reading starts from the right whichever panels stand there.
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.waitUntil(lambda: window.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        reached = tab_round(qtbot, window)
        check_reading_order(window, reached, "right", "left")
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
