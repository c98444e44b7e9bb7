"""Help > Quick guide: the keys and clicks, in one short page that grows with the text size.

A message box held it before: its width is Qt's own (about 400 px, whatever the text), so
at 200 % text the guide became a column of two or three words a line, 2,500 px tall, its
Close button below the screen. Here the words take a comfortable line width within the
screen, and scroll when the screen cannot hold them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from models.wording import QUICK_GUIDE
from models.wording.i18n import Words

from ..core.screen_room import fit_scrolling_body, scrolling_body

LEAST_WIDTH = 480


class QuickGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick_guide")
        self.setWindowTitle(QCoreApplication.translate("WindowDialogCommands", "Quick guide"))
        self.text_label = QLabel(Words.tr(QUICK_GUIDE), self)
        self.text_label.setObjectName("quick_guide_text")
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        # Read by a screen reader as it is, and its words can be selected and copied.
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self._scroll, body = scrolling_body(self, "quick_guide_scroll")
        body.addWidget(self.text_label)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.buttons)

    def text(self) -> str:
        return self.text_label.text()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        fit_scrolling_body(self, self._scroll, self.buttons, LEAST_WIDTH)  # the style has sized the words
        super().showEvent(event)
