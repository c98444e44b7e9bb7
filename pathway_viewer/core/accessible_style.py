"""A proxy over the platform's style for two WCAG 2.2 rules Qt's Fusion misses.

Target size (2.5.8): everything clickable at least 24 x 24 px. Qt's own widgets pass at
our 12 pt type, except the small close and float buttons in a dock's title bar (about
18 x 14 px with Fusion), whose margins are widened here, the toolbar's ">>" button, a tab
bar's scroll arrows, a line edit's clear button, and a spin box's step buttons and a
date field's calendar button (`core/spin_buttons.py`).

Non-text contrast (1.4.11): Fusion draws a spin box's (and a date field's) frame a shade darker than the
window, nearly invisible in the dark and high-contrast themes. The frame is drawn again
in the palette's Mid colour, which the theme sets to its control_border (3:1, tested).
Line edits and combo boxes get theirs from the theme's style sheet; a style sheet on a
spin box would lose its arrow buttons. The toolbar's ">>" button and a dock's close button
are drawn by Fusion from fixed grey pictures (1.4:1 on the dark window); here they are drawn
as lines in the palette's WindowText, the theme's ink (tests/test_theme_contrast.py).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import (
    QAbstractScrollArea, QAbstractSpinBox, QApplication, QLineEdit, QMainWindow, QProxyStyle, QStyle, QStyleOption,
    QStyleOptionComplex, QStyleOptionSpinBox, QTabBar, QToolBar, QToolButton, QWidget,
)

from pathway_viewer.core import spin_buttons

MIN_TARGET_PX = 24
_DOCK_BUTTON_MARGIN = 8  # around the 9-10 px glyph Fusion draws: 25-26 px
_DOCK_TITLE_MARGIN = 8
# Across a side panel's tab, beside its name (Fusion: 24): the three panels' tabs fit a
# column at its narrowest, where "Outline" was "Ou" and two scroll arrows.
_DOCK_TAB_SPACE = 14


_SP = QStyle.StandardPixmap
# Each glyph as polylines in a unit square: "x" closes, ">>" shows the commands with no room.
_GLYPHS: dict[QStyle.StandardPixmap, tuple[tuple[tuple[float, float], ...], ...]] = {
    _SP.SP_DockWidgetCloseButton: (((0.2, 0.2), (0.8, 0.8)), ((0.8, 0.2), (0.2, 0.8))),
    _SP.SP_TitleBarCloseButton: (((0.2, 0.2), (0.8, 0.8)), ((0.8, 0.2), (0.2, 0.8))),
    _SP.SP_ToolBarHorizontalExtensionButton: (((0.15, 0.2), (0.45, 0.5), (0.15, 0.8)), ((0.5, 0.2), (0.8, 0.5), (0.5, 0.8))),
    _SP.SP_ToolBarVerticalExtensionButton: (((0.2, 0.15), (0.5, 0.45), (0.8, 0.15)), ((0.2, 0.5), (0.5, 0.8), (0.8, 0.5))),
}
_GLYPH_SIZES = (12, 16, 24, 32, 48)


def glyph_icon(kind: QStyle.StandardPixmap, ink: QColor) -> QIcon:
    """The glyph for ``kind`` in ``ink``, sharp at each size a button asks for."""
    icon = QIcon()
    for size in _GLYPH_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # 2 px from 12 px up: a 1 px grey line is what failed 3:1 once antialiased.
        painter.setPen(QPen(ink, max(2.0, size / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        for line in _GLYPHS[kind]:
            path = QPainterPath(QPointF(line[0][0] * size, line[0][1] * size))
            for x, y in line[1:]:
                path.lineTo(x * size, y * size)
            painter.drawPath(path)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def draw_branch_arrow(option: QStyleOption, painter: QPainter) -> None:
    """A tree row's open/closed arrow in the row's own ink, opaque.

    Fusion draws it in WindowText at 63 % opacity, also on a selected row's Highlight:
    1.2-2:1 there. On a selected row it takes HighlightedText, as the row's words do.
    """
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    ink = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    rect = QRectF(option.rect)
    side = max(6.0, min(rect.width(), rect.height(), 24.0) * 0.45)
    centre = rect.center()
    half = side / 2
    if option.state & QStyle.StateFlag.State_Open:  # pointing down
        points = [QPointF(centre.x() - half, centre.y() - half / 2), QPointF(centre.x() + half, centre.y() - half / 2),
                  QPointF(centre.x(), centre.y() + half / 2 + 1)]
    else:  # pointing the way the row reads
        tip = 1.0 if option.direction == Qt.LayoutDirection.LeftToRight else -1.0
        points = [QPointF(centre.x() - tip * half / 2, centre.y() - half), QPointF(centre.x() - tip * half / 2, centre.y() + half),
                  QPointF(centre.x() + tip * (half / 2 + 1), centre.y())]
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    painter.drawPolygon(QPolygonF(points))
    painter.restore()


FOCUS_FRAME_WIDTH = 3  # px: the frame a list shows while it has the keyboard (as the map's)


def paint_focus_frame(view: QAbstractScrollArea, ink: QColor) -> None:
    """A frame inside ``view``'s viewport while it has the keyboard (WCAG 2.4.7 / 2.4.13).

    Fusion's only sign in a list is a dotted line round the current row, faint on a chosen
    row. Drawn inside the viewport rather than as a thicker style-sheet border: a border that
    grows on focus moves every row, and one always that wide takes room the wrapped rows are
    measured for. Call at the end of the view's paintEvent; update the viewport on focus in
    and out.
    """
    if not view.hasFocus():
        return
    painter = QPainter(view.viewport())
    painter.setPen(QPen(ink, FOCUS_FRAME_WIDTH))
    half = FOCUS_FRAME_WIDTH / 2
    painter.drawRect(QRectF(view.viewport().rect()).adjusted(half, half, -half, -half))
    painter.end()


class AccessibleStyle(QProxyStyle):
    def standardIcon(
        self, standardIcon: QStyle.StandardPixmap, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> QIcon:
        if standardIcon not in _GLYPHS:
            return super().standardIcon(standardIcon, option, widget)
        # The application's palette: the buttons are made once and take a new icon when the
        # theme's style sheet polishes them again (a widget's own palette may lag behind).
        palette = QApplication.palette()
        return glyph_icon(standardIcon, palette.color(QPalette.ColorRole.WindowText))

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
        if metric == QStyle.PixelMetric.PM_TabBarTabHSpace and isinstance(widget, QTabBar) \
                and isinstance(widget.parent(), QMainWindow):
            return min(value, _DOCK_TAB_SPACE)
        if metric == QStyle.PixelMetric.PM_TabBarScrollButtonWidth:
            # The arrows that scroll a tab bar's tabs (the editor's tabs at large text): 16 px.
            return max(value, MIN_TARGET_PX)
        if metric == QStyle.PixelMetric.PM_SmallIconSize and isinstance(widget, QLineEdit):
            # A line edit's clear button is this icon plus 6 x 2 px (Qt's QLineEditPrivate):
            # 22 x 18 px with Fusion's 16 px icon, in the search box at any text size.
            return max(value, MIN_TARGET_PX - 2)
        return value

    def subControlRect(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        subControl: QStyle.SubControl,
        widget: QWidget | None = None,
    ) -> QRect:
        base = super().subControlRect(control, option, subControl, widget)
        if control == QStyle.ComplexControl.CC_SpinBox and spin_buttons.has_step_buttons(option):
            assert isinstance(option, QStyleOptionSpinBox)
            return spin_buttons.spin_rect(option, subControl) or base
        if control == QStyle.ComplexControl.CC_ComboBox and isinstance(widget, QAbstractSpinBox):
            return spin_buttons.popup_rect(option, subControl, base)
        return base

    def sizeFromContents(
        self, type: QStyle.ContentsType, option: QStyleOption, size: QSize, widget: QWidget | None = None
    ) -> QSize:
        base = super().sizeFromContents(type, option, size, widget)
        if type == QStyle.ContentsType.CT_SpinBox and isinstance(option, QStyleOptionSpinBox) and spin_buttons.has_step_buttons(option):
            return spin_buttons.size_hint_with_buttons(base)
        return base

    def drawControl(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and option.state & QStyle.StateFlag.State_HasFocus:
            # Fusion marks a focused push button by a shade that the style sheet's palette
            # hides: measured, not a pixel changed. A ring in the focus colour, 2 px inside
            # the button's edge, as the fields' (WCAG 2.4.7; 3:1 in every theme).
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 3.0, 3.0)
            painter.restore()

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        stepped = control == QStyle.ComplexControl.CC_SpinBox and spin_buttons.has_step_buttons(option)
        if stepped:
            # The base style draws the field and its frame only; the buttons are ours.
            bare = QStyleOptionSpinBox(option)
            bare.buttonSymbols = QAbstractSpinBox.ButtonSymbols.NoButtons
            super().drawComplexControl(control, bare, painter, widget)
            spin_buttons.draw_step_buttons(option, painter)
        else:
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


def restyle_toolbar_extensions(window: QWidget) -> None:
    """Give the ">>" button of each of ``window``'s tool bars its glyph in the new ink.

    Qt gives that button its icon once, when the tool bar is made (in the ink of the
    theme of the moment); a later theme must draw it again. Done here, on a theme change,
    rather than in the style's ``polish``: a Python ``polish`` is handed every widget Qt
    makes, and PySide then loads every widget class before the first paint (a slower start).
    """
    style = window.style()
    for bar in window.findChildren(QToolBar):
        button = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if button is not None:
            vertical = bar.orientation() == Qt.Orientation.Vertical
            button.setIcon(style.standardIcon(_SP.SP_ToolBarVerticalExtensionButton if vertical else _SP.SP_ToolBarHorizontalExtensionButton))


def install_accessible_style(app: QApplication) -> None:
    """Wrap the application's style once (repeating the call changes nothing)."""
    if not isinstance(app.style(), AccessibleStyle):
        app.setStyle(AccessibleStyle(app.style().name()))
