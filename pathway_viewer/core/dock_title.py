"""A dock widget whose title follows the text size chosen while the app runs.

QDockWidget reads its title font once, when it is made, from the application's
"QDockWidgetTitle" font, and draws the title in that font for as long as the dock's own font
equals the application's (qdockwidget.cpp, paintEvent). The title bar's height follows the
dock's font, so after View > Text size the bar grew but the word in it kept the old size
until a restart. This dock draws its title in its own font, which is exactly what a dock
made at that text size draws (the app sets both fonts to the same ``Theme.ui_font()``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QStyle, QStyleOptionDockWidget, QStylePainter

from models.wording.i18n import fill

# Qt names a dock's title-bar buttons "Close" and "Float" whichever panel they are on: a
# screen reader heard three "Close" buttons in a row and could not tell which closed what.
_BUTTONS = {
    "qt_dockwidget_closebutton": QT_TRANSLATE_NOOP("CoreDockTitle", "Close the %1 panel"),
    "qt_dockwidget_floatbutton": QT_TRANSLATE_NOOP("CoreDockTitle", "Float the %1 panel"),
}
_BUTTONS_RENAMED = frozenset({
    QEvent.Type.Show, QEvent.Type.StyleChange, QEvent.Type.ParentChange, QEvent.Type.LanguageChange,
    QEvent.Type.ZOrderChange, QEvent.Type.WindowTitleChange,
})


class PanelDock(QDockWidget):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.windowTitleChanged.connect(self._name_buttons)
        self.featuresChanged.connect(self._name_buttons)
        self._name_buttons()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # Qt names its buttons again whenever it updates them (shown, restyled, moved to
        # another parent): ours go back on after it.
        if event.type() in _BUTTONS_RENAMED:
            self._name_buttons()
        return handled

    def _name_buttons(self, *_: object) -> None:
        for name, words in _BUTTONS.items():
            button = self.findChild(QAbstractButton, name)
            if button is not None:
                button.setAccessibleName(fill(QCoreApplication.translate("CoreDockTitle", words), self.windowTitle()))

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
