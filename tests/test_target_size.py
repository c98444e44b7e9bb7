"""Everything clickable in the window and its dialogs is at least 24 x 24 px at a laptop's
1366 x 768, at the normal text size and the largest (WCAG 2.2, 2.5.8)."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractSpinBox, QComboBox, QDateTimeEdit, QMenuBar, QSpinBox, QStyle, QStyleOptionComboBox,
    QStyleOptionSpinBox, QTabBar, QWidget,
)
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


def step_targets(box: QAbstractSpinBox) -> dict[str, QRect]:
    """Where a click on ``box`` steps it or opens its calendar, found as Qt finds it: by
    asking the style what each pixel hits."""
    style = box.style()
    if isinstance(box, QDateTimeEdit) and box.calendarPopup():
        combo = QStyleOptionComboBox()
        combo.initFrom(box)
        combo.editable = True
        combo.frame = True
        combo.subControls = QStyle.SubControl.SC_All
        control, option, wanted = QStyle.ComplexControl.CC_ComboBox, combo, {QStyle.SubControl.SC_ComboBoxArrow: "calendar"}
    else:
        spin = QStyleOptionSpinBox()
        box.initStyleOption(spin)
        control, option = QStyle.ComplexControl.CC_SpinBox, spin
        wanted = {QStyle.SubControl.SC_SpinBoxUp: "up", QStyle.SubControl.SC_SpinBoxDown: "down"}
    found: dict[str, QRect] = {}
    for x in range(box.width()):
        for y in range(box.height()):
            hit = style.hitTestComplexControl(control, option, QPoint(x, y), box)
            if hit in wanted:
                name = wanted[hit]
                found[name] = found.get(name, QRect(x, y, 1, 1)).united(QRect(x, y, 1, 1))
    return found


def small_step_targets(top: QWidget) -> list[str]:
    small = []
    for box in top.findChildren(QAbstractSpinBox):
        if not box.isVisible() or box.buttonSymbols() == QAbstractSpinBox.ButtonSymbols.NoButtons:
            continue
        targets = step_targets(box)
        assert targets, box.objectName()
        small += [f"{box.objectName()} {name}: {rect.size()}" for name, rect in targets.items()
                  if rect.width() < MIN or rect.height() < MIN]
    return small


@pytest.mark.parametrize("size", [100, 200])
def test_step_and_calendar_buttons_are_24_px(qtbot: QtBot, window: MainWindow, size: int) -> None:
    # Fusion stacks a spin box's arrows, each about 16 x 12 px, and a date field's
    # calendar button is 19 px wide.
    window.actions[A.TEXT_SIZE_ACTIONS[size]].trigger()
    dialog = window.show_schedule_dialog()
    qtbot.waitExposed(dialog)
    assert small_step_targets(dialog) == [] and len(dialog.findChildren(QDateTimeEdit)) >= 2
    dialog.close()
    train = window.show_training()
    qtbot.waitExposed(train)
    assert train.findChildren(QSpinBox)
    assert small_step_targets(train) == []


def test_a_click_on_the_wider_buttons_steps_the_number(qtbot: QtBot, window: MainWindow) -> None:
    train = window.show_training()
    qtbot.waitExposed(train)
    box = next(b for b in train.findChildren(QSpinBox) if b.isVisible() and b.value() < b.maximum())
    targets = step_targets(box)
    before = box.value()
    # The down button's inner edge: Fusion's stacked buttons did not reach that far in.
    up, down = targets["up"], targets["down"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(up.center().x(), up.center().y()))
    assert box.value() == before + box.singleStep()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(down.left() + 3, down.center().y()))
    assert box.value() == before
