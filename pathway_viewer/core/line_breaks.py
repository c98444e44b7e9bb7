"""Where a line may break inside text written without spaces (Chinese and Japanese).

A Japanese title is one "word" to a wrapper that breaks at spaces, and breaking it between any
two characters put an opening bracket at a line's end and a closing one alone at the start of
the next ("白血球の採取（" / "アフェレーシス" / "）"). Qt's line breaking (Unicode's UAX #14, the
same as rich text and the handout use) already keeps the rules of kinsoku shori: no line starts
with a closing bracket, a small kana, a prolonged sound mark or a full stop, none ends with an
opening bracket. It also allows a break after a hyphen, which splits a Latin word set in CJK
text ("CAR-" / "T細胞"); those breaks are taken back, so a Latin word there stays whole.

Korean is written with spaces between words and is left to them, as Latin text is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTextBoundaryFinder

# Han, kana, CJK symbols and punctuation, full-width forms, and the rare-character planes.
_NO_SPACES = re.compile(
    "[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003ffff]"
)


def written_without_spaces(word: str) -> bool:
    """Whether ``word`` holds Chinese or Japanese, whose lines break between characters."""
    return _NO_SPACES.search(word) is not None


def pieces(word: str) -> list[str]:
    """``word`` (no spaces in it) cut where a line may break, by the rules of CJK text; a
    word with no Chinese or Japanese in it comes back whole."""
    if word.isascii() or not written_without_spaces(word):  # isascii: the common case, fast
        return [word]
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Line, word)
    cuts = []
    at = finder.toNextBoundary()
    while 0 < at < len(word):
        # Inside a run of other letters (Latin, digits): that word stays whole.
        if written_without_spaces(word[at - 1]) or written_without_spaces(word[at]):
            cuts.append(at)
        at = finder.toNextBoundary()
    return [word[start:end] for start, end in zip([0, *cuts], [*cuts, len(word)])]
