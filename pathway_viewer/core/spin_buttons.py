"""A spin box's step buttons and a date field's calendar button, at least 24 x 24 px.

Fusion stacks a spin box's up and down buttons at its right end, each half the box's
height and 16 px wide: about 16 x 12 px at our type, under WCAG 2.2's 24 x 24 px (2.5.8).
Stacked, each would need the box 50 px tall. Here they stand side by side at the box's
trailing end, each as tall as the box and at least 24 px wide, down then up (as a
number line reads); a date field's calendar button is widened the same way.

The rectangles decide both what is drawn and what a click hits: Qt's hit test and the
field's own line edit ask the style for them, so the two cannot disagree.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QAbstractSpinBox, QStyle, QStyleOptionComplex, QStyleOptionSpinBox

MIN_TARGET_PX = 24
_FRAME_PX = 2  # Fusion's line-edit frame, inside which the field and buttons sit

_SC = QStyle.SubControl


def button_width(height: int) -> int:
    """Square-ish buttons on a tall (large-text) field, never under the target size."""
    return max(MIN_TARGET_PX, round(height * 0.8))


def has_step_buttons(option: QStyleOptionComplex) -> bool:
    return isinstance(option, QStyleOptionSpinBox) and option.buttonSymbols != QAbstractSpinBox.ButtonSymbols.NoButtons


def spin_rect(option: QStyleOptionSpinBox, control: QStyle.SubControl) -> QRect | None:
    """Where ``control`` of a spin box with step buttons is, or None for the base style's answer."""
    rect = option.rect
    width = button_width(rect.height())
    right = rect.right() - _FRAME_PX + 1
    # The buttons take the box's whole height (a click on the frame beside an arrow steps
    # too); they are drawn inside the frame.
    if control == _SC.SC_SpinBoxUp:
        local = QRect(right - width, rect.top(), width, rect.height())
    elif control == _SC.SC_SpinBoxDown:
        local = QRect(right - 2 * width, rect.top(), width, rect.height())
    elif control == _SC.SC_SpinBoxEditField:
        left = rect.left() + _FRAME_PX + 1
        local = QRect(left, rect.top() + _FRAME_PX, max(0, right - 2 * width - left), rect.height() - 2 * _FRAME_PX)
    else:
        return None
    return QStyle.visualRect(option.direction, rect, local)


def popup_rect(option: QStyleOptionComplex, control: QStyle.SubControl, base: QRect) -> QRect:
    """A date field's calendar button (drawn as a combo box's arrow) widened to the target size."""
    rect = option.rect
    width = button_width(rect.height())
    right = rect.right() - _FRAME_PX + 1
    if control == _SC.SC_ComboBoxArrow:
        local = QRect(right - width, rect.top(), width, rect.height())
    elif control == _SC.SC_ComboBoxEditField:
        left = rect.left() + _FRAME_PX + 1
        local = QRect(left, rect.top() + _FRAME_PX, max(0, right - width - left), rect.height() - 2 * _FRAME_PX)
    else:
        return base
    return QStyle.visualRect(option.direction, rect, local)


def draw_step_buttons(option: QStyleOptionSpinBox, painter: QPainter) -> None:
    """The two buttons: the button colour, a dividing line, an arrow in the buttons' ink."""
    palette = option.palette
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for control, step, pointing_up in (
        (_SC.SC_SpinBoxDown, QAbstractSpinBox.StepEnabledFlag.StepDownEnabled, False),
        (_SC.SC_SpinBoxUp, QAbstractSpinBox.StepEnabledFlag.StepUpEnabled, True),
    ):
        whole = spin_rect(option, control)
        assert whole is not None
        rect = whole.adjusted(0, 1, 0, -1)
        pressed = bool(option.activeSubControls & control) and bool(option.state & QStyle.StateFlag.State_Sunken)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Mid if pressed else QPalette.ColorRole.Button))
        # The line between the field and the buttons, and between the buttons: the
        # control-border colour the theme holds at 3:1.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.0))
        edge = rect.left() if option.direction == Qt.LayoutDirection.LeftToRight else rect.right()
        painter.drawLine(QPointF(edge + 0.5, rect.top()), QPointF(edge + 0.5, rect.bottom() + 1))
        live = enabled and bool(option.stepEnabled & step)
        group = QPalette.ColorGroup.Active if live else QPalette.ColorGroup.Disabled
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(group, QPalette.ColorRole.ButtonText))
        painter.drawPolygon(_arrow(QRectF(rect), pointing_up))
    painter.restore()


def _arrow(rect: QRectF, pointing_up: bool) -> QPolygonF:
    half = max(4.0, min(rect.width(), rect.height()) * 0.22)
    centre = rect.center()
    tip, base = (-half / 2, half / 2) if pointing_up else (half / 2, -half / 2)
    return QPolygonF([
        QPointF(centre.x() - half, centre.y() + base),
        QPointF(centre.x() + half, centre.y() + base),
        QPointF(centre.x(), centre.y() + tip),
    ])


def size_hint_with_buttons(base: QSize) -> QSize:
    """The base style's size for a spin box, widened by what the wider buttons take.

    Sized from the hint's own height, not the widget's (a widget not yet laid out is
    640 x 480).
    """
    fusion_buttons = 16 + 2  # Fusion's stacked buttons and their divider
    return QSize(base.width() + max(0, 2 * button_width(base.height()) - fusion_buttons), base.height())
