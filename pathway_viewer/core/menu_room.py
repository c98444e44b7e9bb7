"""How wide a menu bar's menus are, whatever room the bar has left them just now.

A corner widget that asks for its width by the room beside the menus cannot read their
places: hidden behind "»", or laid out with the last font, they no longer say how much
they need. This measures the titles as QMenuBar itself does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QMenuBar, QStyle, QStyleOptionMenuItem


def menus_width(bar: QMenuBar) -> int:
    """The width the bar's visible menu titles take side by side, with the bar's margins."""
    style = bar.style()
    metrics = QFontMetrics(bar.font())
    spacing = style.pixelMetric(QStyle.PixelMetric.PM_MenuBarItemSpacing, None, bar)
    width = 0
    for action in bar.actions():
        if not action.isVisible() or action.isSeparator():
            continue
        option = QStyleOptionMenuItem()
        option.initFrom(bar)
        option.text = action.text()
        option.menuItemType = QStyleOptionMenuItem.MenuItemType.Normal
        option.fontMetrics = metrics
        size = metrics.size(Qt.TextFlag.TextShowMnemonic, action.text())
        width += style.sizeFromContents(QStyle.ContentsType.CT_MenuBarItem, option, size, bar).width() + spacing
    margins = style.pixelMetric(QStyle.PixelMetric.PM_MenuBarHMargin, None, bar)
    panel = style.pixelMetric(QStyle.PixelMetric.PM_MenuBarPanelWidth, None, bar)
    return width + 2 * (margins + panel)
