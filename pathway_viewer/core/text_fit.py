"""Fitting words into a box: greedy wrapping with an ellipsis, shared by every drawn view.

The journey's cards and the presenter's strip both cut long titles the same way; one
function here keeps them alike and keeps the presenter from importing the journey canvas.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

ELLIPSIS = "\u2026"


def wrap_lines(text: str, font: QFont, width: float, max_lines: int, metrics: QFontMetricsF | None = None) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last one ends in an ellipsis if cut.

    Whole lines only: a title is shortened at a word, never clipped through the middle of a line.
    """
    metrics = metrics if metrics is not None else QFontMetricsF(font)
    words = text.split()
    lines: list[str] = []
    current = ""
    index = 0
    while index < len(words):
        word = words[index]
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            index += 1
            continue
        if not current:  # one word wider than the card: shorten the word itself
            current = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
            index += 1
        lines.append(current)
        current = ""
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
    if index < len(words) and lines:
        rest = " ".join([lines[-1], *words[index:]])
        # Force an ellipsis even when the cut falls exactly at the end of the last line.
        last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        if not last.endswith(ELLIPSIS):
            last = metrics.elidedText(last + ELLIPSIS + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
        lines[-1] = last
    return lines
