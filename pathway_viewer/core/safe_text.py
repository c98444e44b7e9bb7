"""A read-only rich-text view that never follows a link or loads anything.

Shared by the details panel and the dialogs (About): pathway text is shown as rich text,
and this view guarantees a file cannot make the app fetch a URL or an image.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QTextBrowser, QWidget


class SafeTextBrowser(QTextBrowser):
    """A read-only rich-text view that never follows a link or loads anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)

    def loadResource(self, type: int, name: QUrl) -> Any:  # noqa: A002 - Qt's parameter name
        # Images, style sheets, anything: the app loads no resource named by content.
        return None

    def createMimeDataFromSelection(self) -> QMimeData:
        # A word too wide for the view carries soft hyphens (text_fit.soften_wide_words):
        # copied as plain text, they would split the word for whatever it is pasted into or
        # searched in. (The rich copy keeps them: there they stay invisible break places.)
        data = super().createMimeDataFromSelection()
        data.setText(data.text().replace("\u00ad", ""))
        return data
