"""A list or tree row's text as the row draws it: wrapped to the row's width, with no word
cut off at its edge.

Qt's item views wrap a row's text at spaces only; a word wider than the row (a German
compound, any word at 200 % text in a narrow panel) was cut at the row's edge or shortened
to "...". Here such a word may break where its language allows, with a hyphen (Qt draws
one at a soft hyphen it breaks at), or between letters when it has no such place. Only
what is drawn changes: the row's own text, which screen readers read, stays as typed.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTextBoundaryFinder
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from models.hyphenation import SOFT_HYPHEN

from ..core.text_fit import hyphenate_wide_words, widest_piece

LETTER = re.compile(r"\w")  # a letter, a digit or a mark of any script


def breakable(text: str, metrics: QFontMetricsF, width: float, language: str) -> str:
    """``text`` as a row draws it: a word wider than the row may break with a hyphen where
    its language allows, and one that still does not fit, between any two letters. The
    list's own drawing shortened such a word to "Rheumatolo..." (one word at 200 % text), so
    the reader never learnt which role it was. Words that fit stay as typed."""
    text = hyphenate_wide_words(text, metrics, width, language)
    if widest_piece(text, metrics) <= width:
        return text
    # No dictionary, or a part between two hyphens still too wide: a zero-width space
    # between its letters lets the row break it there, with no mark drawn. Only a piece
    # between two of Qt's own break chances that is still too wide gets them, and only
    # between whole characters as a reader sees them: put after every code point, they cut
    # a Devanagari vowel sign or an accent from its letter, and broke Thai (which Qt breaks
    # between words itself) inside its syllables.
    return "".join(
        word if _qt_breaks_inside(word) else "".join(
            _between_clusters(piece, metrics, width) for piece in _split_at(word, QTextBoundaryFinder.BoundaryType.Line)
        )
        for word in re.split(r"(\s+)", text)
    )


def _qt_breaks_inside(word: str) -> bool:
    """Whether Qt's line breaking finds a place between two letters of ``word`` itself: it
    does in Thai (and Chinese, Japanese) from its own dictionary, and a forced break there
    would only cut a syllable."""
    plain = word.replace(SOFT_HYPHEN, "")
    return any(
        0 < end < len(plain) and LETTER.match(plain[end - 1]) is not None and LETTER.match(plain[end]) is not None
        for end in _boundaries(plain, QTextBoundaryFinder.BoundaryType.Line)
    )


def _boundaries(text: str, kind: QTextBoundaryFinder.BoundaryType) -> list[int]:
    finder = QTextBoundaryFinder(kind, text)
    ends: list[int] = []
    while (end := finder.toNextBoundary()) != -1:
        ends.append(end)
    return ends


def _split_at(text: str, kind: QTextBoundaryFinder.BoundaryType) -> list[str]:
    """``text`` cut at every boundary of ``kind`` that Qt finds (its whole text again when joined)."""
    pieces: list[str] = []
    start = 0
    for end in _boundaries(text, kind):
        if end > start:
            pieces.append(text[start:end])
            start = end
    return pieces + ([text[start:]] if start < len(text) else [])


def _between_clusters(piece: str, metrics: QFontMetricsF, width: float) -> str:
    """``piece`` (no break inside it) with a zero-width space between its characters if,
    drawn on a line of its own, it is wider than ``width``."""
    body = piece.rstrip()  # the spaces a line ends with are not drawn
    if body.endswith(SOFT_HYPHEN):  # Qt draws a hyphen there if it breaks the line
        body = body[:-1]
        drawn = body + "-"
    else:
        drawn = body
    if metrics.horizontalAdvance(drawn) <= width:
        return piece
    return "\u200b".join(_split_at(body, QTextBoundaryFinder.BoundaryType.Grapheme)) + piece[len(body):]


def as_measured(text: str, font: QFont, width: int) -> str:
    """``text`` with its lines ended where :func:`wrapped_height` ends them (U+2028), for
    the style to draw. The style wraps to its own text rectangle, a few pixels wider than
    the room measured: an Arabic row measured on three of its tall lines was drawn on two,
    centred in the row's height, under a blank line."""
    lines = [line for line, _ in _lines(text, font, width)]
    if len(lines) < 2:
        return text
    # Every character kept, a line end added: before a line end Qt draws no hyphen for a
    # soft hyphen, as it does where it breaks there itself, so one is drawn after it.
    return DRAWN_LINE_END.join(line + "-" if line.endswith(SOFT_HYPHEN) else line for line in lines[:-1]) + DRAWN_LINE_END + lines[-1]


DRAWN_LINE_END = "\u2028"


def as_typed(drawn: str) -> str:
    """The text of a row as :func:`as_measured` drew it, without the line ends it added."""
    return drawn.replace(SOFT_HYPHEN + "-" + DRAWN_LINE_END, SOFT_HYPHEN).replace(DRAWN_LINE_END, "")


def _lines(text: str, font: QFont, width: int) -> list[tuple[str, float]]:
    """Each line of ``text`` wrapped to ``width``, with its height."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append((text[line.textStart():line.textStart() + line.textLength()], line.height()))
    layout.endLayout()
    return lines


_MEASURED: dict[tuple[str, str, int, str], tuple[str, int]] = {}
MEASURED_MOST = 50_000  # rows remembered at once: a 5,000-step outline at a few widths


def measured_row(text: str, font: QFont, width: int, language: str) -> tuple[str, int]:
    """``text`` in a row ``width`` wide: as drawn (:func:`breakable`, then
    :func:`as_measured`) and the height it needs (:func:`wrapped_height`). Remembered by
    text, font, width and language: a view asks for every row's size, once to measure it
    and again to draw it, and again each time its panel is narrowed and widened back (a
    5,000-step outline: 1.5 s each time, mostly in this text's breaking and measuring)."""
    key = (text, font.key(), width, language)
    found = _MEASURED.get(key)
    if found is None:
        broken = breakable(text, QFontMetricsF(font), width, language)
        found = as_measured(broken, font, width), wrapped_height(broken, font, width)
        if len(_MEASURED) >= MEASURED_MOST:
            _MEASURED.clear()  # simply measured again: nothing here is ever wrong, only slower
        _MEASURED[key] = found
    return found


def wrapped_height(text: str, font: QFont, width: int) -> int:
    """The height the style needs to draw ``text`` wrapped to ``width`` without cutting it.

    Qt's item views decide whether a next line fits by assuming it is as tall as the line
    before it (QCommonStyle's viewItemTextLayout), so every line is counted as tall as the
    tallest: "CAR-Tコーディネーター (4" is taller than "steps)" under it (a CJK font's lines
    are), and a row exactly as tall as the two drew "CAR-Tコーディネーター (4 ..." instead.
    """
    heights = [height for _, height in _lines(text, font, width)]
    return math.ceil(len(heights) * max(heights, default=QFontMetricsF(font).height()))
