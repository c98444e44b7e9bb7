"""A dock widget whose title follows the text size chosen while the app runs.

QDockWidget reads its title font once, when it is made, from the application's
"QDockWidgetTitle" font, and draws the title in that font for as long as the dock's own font
equals the application's (qdockwidget.cpp, paintEvent). The title bar's height follows the
dock's font, so after View > Text size the bar grew but the word in it kept the old size
until a restart. This dock draws its title in its own font, which is exactly what a dock
made at that text size draws (the app sets both fonts to the same ``Theme.ui_font()``).
"""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QDockWidget, QStyle, QStyleOptionDockWidget, QStylePainter


class PanelDock(QDockWidget):
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        # A floating dock or one with a title widget of its own is Qt's to draw (our docks
        # are never floated: none has the floatable feature).
        if self.isFloating() or self.titleBarWidget() is not None:
            super().paintEvent(event)
            return
        painter = QStylePainter(self)  # begins with the dock's own font
        option = QStyleOptionDockWidget()
        self.initStyleOption(option)  # its font metrics are the dock's own too
        painter.drawControl(QStyle.ControlElement.CE_DockWidgetTitle, option)
