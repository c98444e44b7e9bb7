"""The status bar's line about the step and the care-team filter, whole at any text size.

On one line the two parts ("Step: ...", "Showing the steps of: ...") need about 1,040 px at
200 % text: in a 1,024 px window the role the map was filtered by was cut away, and with it
the reason half the map is dimmed. Parts that do not fit side by side go one under the
other (the status bar grows a line); a part wider than the whole bar ends in an ellipsis and
the tooltip and the accessible name have it whole.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

SEPARATOR = "   \u2022   "


class StatusLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts: list[str] = []
        # File words ("<img src=...>" in a step title) show as typed, never as rich text.
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Its width is what the status bar gives it (not its one-line length, which would
        # set the window's least width): the text is then laid out for that width.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_parts(self, parts: list[str]) -> None:
        self._parts = [p for p in parts if p]
        self._lay_out()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._lay_out()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self._lay_out()  # hidden while a passing message showed, the parts may have changed

    def _lay_out(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        metrics = self.fontMetrics()
        one_line = SEPARATOR.join(self._parts)
        if not self.isVisible() or metrics.horizontalAdvance(one_line) <= room:
            text = one_line  # a hidden label has no width of its own yet: laid out when shown
        else:
            text = "\n".join(metrics.elidedText(p, Qt.TextElideMode.ElideRight, room) for p in self._parts)
        self.setAccessibleName(one_line)  # a screen reader reads it whole, never the ellipsis
        # As rich text with the words escaped: a tooltip guesses, and file words show as typed.
        self.setToolTip("" if text == one_line else "<p>" + "<br>".join(escape(p) for p in self._parts) + "</p>")
        if text != self.text():
            self.setText(text)
