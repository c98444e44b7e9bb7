"""A proxy over the platform's style for two WCAG 2.2 rules Qt's Fusion misses.

Target size (2.5.8): everything clickable at least 24 x 24 px. Qt's own widgets pass at
our 12 pt type, except the small close and float buttons in a dock's title bar (about
18 x 14 px with Fusion), whose margins are widened here, and the toolbar's ">>" button.

Non-text contrast (1.4.11): Fusion draws a spin box's (and a date field's) frame a shade darker than the
window, nearly invisible in the dark and high-contrast themes. The frame is drawn again
in the palette's Mid colour, which the theme sets to its control_border (3:1, tested).
Line edits and combo boxes get theirs from the theme's style sheet; a style sheet on a
spin box would lose its arrow buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget

MIN_TARGET_PX = 24
_DOCK_BUTTON_MARGIN = 8  # around the 9-10 px glyph Fusion draws: 25-26 px
_DOCK_TITLE_MARGIN = 8


class AccessibleStyle(QProxyStyle):
    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DockWidgetTitleBarButtonMargin:
            return max(value, _DOCK_BUTTON_MARGIN)
        if metric == QStyle.PixelMetric.PM_DockWidgetTitleMargin:
            return max(value, _DOCK_TITLE_MARGIN)
        if metric == QStyle.PixelMetric.PM_ToolBarExtensionExtent:
            # The toolbar's ">>" button, shown when a narrow window or large text leaves no
            # room for every command: 12 px wide with Fusion.
            return max(value, MIN_TARGET_PX)
        return value

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        # A date field with a calendar pop-up is drawn as a combo box: its frame too.
        spin = control == QStyle.ComplexControl.CC_SpinBox or (
            control == QStyle.ComplexControl.CC_ComboBox and isinstance(widget, QAbstractSpinBox)
        )
        if spin and getattr(option, "frame", False):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
            role = QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid  # as the style sheet's fields
            painter.setPen(QPen(option.palette.color(role), 2.0 if focused else 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 2.0, 2.0)
            painter.restore()


def install_accessible_style(app: QApplication) -> None:
    """Wrap the application's style once (repeating the call changes nothing)."""
    if not isinstance(app.style(), AccessibleStyle):
        app.setStyle(AccessibleStyle(app.style().name()))
