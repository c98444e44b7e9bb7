"""A read-only rich-text view that never follows a link or loads anything.

Shared by the details panel and the dialogs (About): pathway text is shown as rich text,
and this view guarantees a file cannot make the app fetch a URL or an image.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl
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
