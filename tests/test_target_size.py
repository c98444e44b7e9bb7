"""Everything clickable in the window and its dialogs is at least 24 x 24 px at a laptop's
1366 x 768, at the normal text size and the largest (WCAG 2.2, 2.5.8)."""

from __future__ import annotations


import pytest
from PySide6.QtWidgets import QAbstractButton, QComboBox, QMenuBar, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow

MIN = 24


def too_small(top: QWidget) -> list[str]:
    """Each visible button, check box, radio button, combo box, tab and menu bar entry under 24 px."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if isinstance(widget, (QAbstractButton, QComboBox)) and (widget.width() < MIN or widget.height() < MIN):
            found.append(f"{type(widget).__name__} {widget.objectName() or widget.property('text')!r}: {widget.size()}")
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                rect = widget.tabRect(i)
                if rect.width() < MIN or rect.height() < MIN:
                    found.append(f"tab {widget.tabText(i)!r}: {rect.size()}")
        if isinstance(widget, QMenuBar):
            for action in widget.actions():
                rect = widget.actionGeometry(action)
                if rect.width() < MIN or rect.height() < MIN:
                    found.append(f"menu {action.text()!r}: {rect.size()}")
    return found


@pytest.mark.parametrize("size", [100, 200])
def test_every_target_in_the_window_and_its_dialogs_is_24_px(qtbot: QtBot, window: MainWindow, size: int) -> None:
    window.actions[A.TEXT_SIZE_ACTIONS[size]].trigger()
    window.document.select("collect")
    assert too_small(window) == []
    for open_dialog in (window.show_clinic_settings, window.show_schedule_dialog, window.show_about,
                        window.show_suggest, window.show_suggestions):
        dialog = open_dialog()
        assert dialog is not None
        qtbot.waitExposed(dialog)
        assert too_small(dialog) == [], type(dialog).__name__
        dialog.close()


def test_the_dock_close_buttons_were_the_small_ones(qtbot: QtBot, window: MainWindow) -> None:
    # Without the proxy style (core/accessible_style.py) these measure about 18 x 14 px.
    buttons = [b for b in window.findChildren(QAbstractButton) if b.objectName() == "qt_dockwidget_closebutton"]
    # One per dock: care team, step details and the outline.
    assert len(buttons) == 3
    assert all(b.width() >= MIN and b.height() >= MIN for b in buttons)
