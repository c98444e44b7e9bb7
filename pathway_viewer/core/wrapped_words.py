"""A button whose words wrap onto more lines: its words are a label in its own layout.

A Qt button's own text never wraps, so a long one ("Eine Abzweigung von hier einfügen" at
double size, a long answer in Train) is as wide as its words and makes its window so.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QWidget


class WrappedWords:
    """Sizes for a button (listed first among its bases) whose layout holds its words:
    as tall as its words need at any width, never under 24 x 24 px (WCAG 2.5.8)."""

    def _words_layout(self) -> QLayout:
        assert isinstance(self, QWidget)
        layout = self.layout()  # the Qt button's (this class comes first among its bases)
        assert layout is not None
        return layout

    def sizeHint(self) -> QSize:
        return self._words_layout().totalSizeHint().expandedTo(QSize(24, 24))

    def minimumSizeHint(self) -> QSize:
        return self._words_layout().totalMinimumSize().expandedTo(QSize(24, 24))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._words_layout().totalHeightForWidth(width), 24)
