"""A PDF's words where a reader sees them: each word's box, and each page's lines with the
gaps between their parts kept (as poppler's ``pdftotext -bbox`` and ``-layout`` give them).

pdfminer.six, a test dependency installed by ``pip install .[test]``: the tests then need
no Debian package (poppler-utils), which a fresh CI machine does not have.
"""

from __future__ import annotations

from pathlib import Path

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTComponent, LTPage


def _chars(layout: LTComponent) -> list[LTChar]:
    if isinstance(layout, LTChar):
        return [layout]
    return [char for child in getattr(layout, "_objs", []) for char in _chars(child)]


def _pages(path: Path, page: int | None = None) -> list[LTPage]:
    numbers = [page - 1] if page is not None else None
    return list(extract_pages(str(path), page_numbers=numbers, laparams=LAParams()))


def _lines(page: LTPage) -> list[list[LTChar]]:
    """The page's characters in lines (top to bottom), each line left to right: a line is
    the characters whose middles are within half a letter's height of each other."""
    chars = sorted((c for c in _chars(page) if c.get_text().strip() or c.get_text() == " "),
                   key=lambda c: -(c.y0 + c.y1) / 2)
    lines: list[list[LTChar]] = []
    for char in chars:
        middle = (char.y0 + char.y1) / 2
        if lines and abs((lines[-1][0].y0 + lines[-1][0].y1) / 2 - middle) < max(char.size, 1) / 2:
            lines[-1].append(char)
        else:
            lines.append([char])
    return [sorted(line, key=lambda c: c.x0) for line in lines]


def _words(line: list[LTChar]) -> list[tuple[str, float, float]]:
    """(word, left, right): characters apart by more than a fifth of their size, or by a
    space, are two words."""
    words: list[tuple[str, float, float]] = []
    text, left, right = "", 0.0, 0.0
    for char in line:
        letter = char.get_text()
        gap = char.x0 - right
        if text and (not letter.strip() or gap > char.size / 5):
            words.append((text, left, right))
            text = ""
        if not letter.strip():
            right = char.x1
            continue
        if not text:
            left = char.x0
        text, right = text + letter, char.x1
    if text:
        words.append((text, left, right))
    return words


def words_on_page(path: Path, page: int) -> list[tuple[str, float, float]]:
    """(word, left, right) in points from the page's left edge, for page ``page`` (1-based)."""
    [layout] = _pages(path, page)
    return [word for line in _lines(layout) for word in _words(line)]


def layout_pages(path: Path) -> list[str]:
    """Each page's text, a line a line, the parts of a line apart by as many spaces as
    their gap is wide (at least two where it is wider than two letters: a page number
    set against the right margin stands apart from its title)."""
    pages = []
    for layout in _pages(path):
        lines = []
        for line in _lines(layout):
            out, end = "", None
            for word, left, right in _words(line):
                if end is not None:
                    size = max(c.size for c in line)
                    gap = left - end
                    out += " " * max(1, round(gap / (size * 0.5))) if gap > 2 * size * 0.5 else " "
                out, end = out + word, right
            lines.append(out)
        pages.append("\n".join(lines))
    return pages
