"""Fitting words into a box: greedy wrapping with an ellipsis, shared by every drawn view.

The journey's cards and the presenter's strip both cut long titles the same way; one
function here keeps them alike and keeps the presenter from importing the journey canvas.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextCursor, QTextDocument

from models.hyphenation import SOFT_HYPHEN, soft_hyphenate

from .line_breaks import pieces

ELLIPSIS = "\u2026"

# Ways to break a word as (left, right), longest left first (models.hyphenation.break_points).
Splitter = Callable[[str], Sequence[tuple[str, str]]]


def breaks_inside_words(text: str, lines: Sequence[str]) -> int:
    """How many of ``lines``' ends fall inside a word of ``text`` (a hyphen added or a cut
    between two letters), not at a space nor after a hyphen the word has ("CAR-" / "T"):
    the mark of a title set too narrow for its words ("Check-" / "ing if")."""
    invisible = (SOFT_HYPHEN, "\u200b")
    i, count = 0, 0
    for n, line in enumerate(lines):
        for char in line:
            # Past the spaces and unprinted marks the line leaves out; a character of the
            # line matching none of the text's (an added hyphen, an ellipsis) moves nothing.
            while i < len(text) and text[i] != char and (text[i].isspace() or text[i] in invisible):
                i += 1
            if i < len(text) and text[i] == char:
                i += 1
        if n < len(lines) - 1 and 0 < i < len(text) and not text[i].isspace() and not text[i - 1].isspace() \
                and text[i - 1] not in "-/\u200b":
            count += 1
    return count


def wrap_lines(
    text: str,
    font: QFont,
    width: float,
    max_lines: int,
    metrics: QFontMetricsF | None = None,
    split: Splitter | None = None,
    *,
    anywhere: bool = True,
) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last one ends in an ellipsis if cut.

    Whole lines only: a title is shortened at a word, never clipped through the middle of a line.
    Chinese and Japanese, written without spaces, break between characters where their
    rules allow (line_breaks.py), never inside a Latin word set in them.
    With ``split``, a word that does not fit is broken where its language allows, with a
    hyphen, and a word wider than the line with no such place is broken between characters,
    so no character is lost unless the lines run out; with ``anywhere`` False such a word
    is shortened with an ellipsis instead (where a broken word would read as another word).
    """
    metrics = metrics if metrics is not None else QFontMetricsF(font)
    # Each piece with what joins it to the one before: a space between words, nothing between
    # the pieces of Chinese or Japanese text (cut where its rules let a line break).
    words: list[str] = []
    glues: list[str] = []
    plain: list[bool] = []  # a word of its own, not a piece of CJK text
    for word in _kept_together(text.split(), metrics, width):
        cut = pieces(word) if " " not in word else [word]
        for n, piece in enumerate(cut):
            words.append(piece)
            glues.append("" if n else " ")
            plain.append(len(cut) == 1)
    # As a typesetter would: a word that fits on a line of its own goes there whole, and
    # only one wider than a line is hyphenated ("Emergency" / "assessment", never
    # "Emergency as-" / "sessment"). If that leaves no room for the text's end, the last
    # words are broken at a line's end as soon as they do not fit there, as few of them
    # as keep every word (from the end: the first lines read as typeset).
    def wrapped(eager_from: int) -> tuple[list[str], bool]:
        return _wrap(list(words), list(glues), plain, width, max_lines, metrics, split, anywhere, eager_from)

    lines, whole = wrapped(len(words))
    if whole or split is None:
        return _no_lone_character(lines, metrics, width)
    # The latest word from which eager breaking keeps the whole text. Breaking from an
    # earlier word only packs the lines tighter, so that word is found by halving: a pass
    # per word made a long text's wrap grow with the square of its words.
    lines, whole = wrapped(0)
    if not whole:
        return lines  # not even breaking every word keeps it whole: shortened at its end
    low, high = 0, len(words) - 1
    while low < high:
        middle = (low + high + 1) // 2
        tried, whole = wrapped(middle)
        if whole:
            low, lines = middle, tried
        else:
            high = middle - 1
    return _no_lone_character(lines, metrics, width)


def _no_lone_character(lines: list[str], metrics: QFontMetricsF, width: float) -> list[str]:
    """Chinese or Japanese text whose last line is one character takes the character before
    it down too, where a line may break there: "細胞をもう一度集め" over a lone "る" reads as
    a misprint. The count of lines stays the same."""
    if len(lines) < 2 or len(lines[-1]) != 1 or " " in lines[-2][-1:] or lines[-1].endswith("\u2026"):
        return lines
    cut = pieces(lines[-2] + lines[-1])
    if len(cut) < 3 or cut[-1] != lines[-1]:
        return lines  # not CJK, or no place to break before the previous piece
    last = cut[-2] + cut[-1]
    if metrics.horizontalAdvance(last) > width:
        return lines
    return [*lines[:-2], "".join(cut[:-2]), last]


# A number ("10", "0", "-5", "2,5", "3-4") and a symbol that may stand between it and its
# unit ("1 / Tag", "10 %", "2 x"): a line never separates them from the unit.
_NUMBER = re.compile(r"^[(\[]?[-+\u2212]?\d[\d.,:\u2013\u2212-]*\W*$")
_SYMBOL = re.compile(r"^[^\w\s]{1,2}$|^[x\u00d7]$")
UNIT_LETTERS = 8  # a longer word after a number is a word of the sentence, not a unit


def _kept_together(tokens: list[str], metrics: QFontMetricsF, width: float) -> list[str]:
    """``tokens`` with a number joined to the unit after it ("10 mg", "2 weeks", "1 / Tag"),
    or, with none, to a short word before it ("day 0", "Tag 1"): a line that ends "1 /"
    and one that starts "Tag" read as two things. Joined only if the whole fits a line."""
    out: list[str] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        index += 1
        if not _NUMBER.match(token) or token.endswith((",", ".", ";", ":", ")")):
            out.append(token)
            continue
        after = index
        while after < len(tokens) - 1 and after - index < 2 and _SYMBOL.match(tokens[after]):
            after += 1
        unit = tokens[after] if after < len(tokens) else ""
        if unit[:1].isalpha() and len(unit.rstrip(".,;:!?)")) <= UNIT_LETTERS:
            joined = " ".join([token, *tokens[index : after + 1]])
            if metrics.horizontalAdvance(joined) <= width:
                out.append(joined)
                index = after + 1
                continue
        before = out[-1] if out else ""
        if before.isalpha() and len(before) <= 4 and metrics.horizontalAdvance(f"{before} {token}") <= width:
            out[-1] = f"{before} {token}"  # "day 0", "Tag 1": the word the number belongs to
            continue
        out.append(token)
    return out


def _wrap(
    words: list[str],
    glues: list[str],
    plain: list[bool],
    width: float,
    max_lines: int,
    metrics: QFontMetricsF,
    split: Splitter | None,
    anywhere: bool,
    eager_from: int,
) -> tuple[list[str], bool]:
    """The lines, and whether they hold the whole text. From word ``eager_from`` on, a word
    is hyphenated at a line's end whenever it does not fit there, not only when it is
    wider than a line."""
    lines: list[str] = []
    current = ""
    index = 0
    inside_word = False  # whether the last line ended inside a word (broken at a hyphen)
    shortened = False  # a word wider than a line ends in an ellipsis
    while index < len(words):
        word = words[index]
        inside_word = False
        candidate = f"{current}{glues[index]}{word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            index += 1
            continue
        # A piece of CJK text that does not fit goes to the next line whole (a Latin word
        # in it, "CAR-T", is not broken at its hyphen), unless it is wider than a line.
        if split is not None and (plain[index] or not current):
            moves_whole = current and index < eager_from and metrics.horizontalAdvance(word) <= width
            broken = None if moves_whole else _break_word(word, current, width, metrics, split, anywhere)
            if broken is not None:
                lines.append(broken[0])
                words[index] = broken[1]
                glues[index] = ""
                inside_word = True
                current = ""
                if len(lines) == max_lines:
                    break
                continue
        if not current:  # one word wider than the card: shorten the word itself
            current = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
            shortened = current != word
            index += 1
            if not anywhere:  # and end there: words after a shortened one read as cut too
                lines.append(current)
                return lines, False
        lines.append(current)
        current = ""
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
    if index < len(words) and lines:
        after = "".join(glue + word for glue, word in zip(glues[index + 1 :], words[index + 1 :]))
        if inside_word:  # the cut word goes on whole: "vos cellu…", not "vos cel- …"
            head = lines[-1] if word.startswith(lines[-1].rsplit(" ", 1)[-1]) else lines[-1][:-1]
            rest = head + words[index] + after
        else:
            rest = lines[-1] + glues[index] + words[index] + after
        # Force an ellipsis even when the cut falls exactly at the end of the last line.
        last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        if not last.endswith(ELLIPSIS):
            last = metrics.elidedText(last + ELLIPSIS + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
        lines[-1] = last
        return lines, False
    return lines, not shortened


def _break_word(
    word: str, current: str, width: float, metrics: QFontMetricsF, split: Splitter, anywhere: bool = True
) -> tuple[str, str] | None:
    """The line ended by the longest part of ``word`` that fits after ``current`` (and a
    space: a word broken here follows a space or starts the line), and the rest."""
    lead = f"{current} " if current else ""
    for left, right in split(word):
        piece = left if left.endswith("-") else f"{left}-"
        if metrics.horizontalAdvance(lead + piece) <= width:
            return lead + piece, right
    if current or metrics.horizontalAdvance(word) <= width or not anywhere:
        return None  # the word goes whole onto the next line (or is shortened there)
    # Wider than a whole line and no place to break it (a path, a code, a word in a language
    # with no dictionary): between characters, with no hyphen added, as URLs are broken, so
    # the characters read back exactly as typed.
    for end in range(len(word) - 1, 0, -1):
        if metrics.horizontalAdvance(word[:end]) <= width:
            return word[:end], word[end:]
    return None


def hyphenate_wide_words(text: str, metrics: QFontMetricsF, width: float, language: str) -> str:
    """``text`` with soft hyphens in those of its words wider than ``width`` only, for rich
    text that wraps itself (Qt draws a hyphen where it breaks at one, and breaks a word too
    wide for its line anywhere otherwise). Words that fit stay exactly as typed, so what is
    copied, searched or read aloud is the text itself.
    """

    def soften(match: re.Match[str]) -> str:
        word = match.group(0)
        return word if metrics.horizontalAdvance(word) <= width else soft_hyphenate(word, language)

    return re.sub(r"\S+", soften, text)


def bare_word(word: str) -> str:
    """``word`` without the punctuation around it ("Krankenhausstation:" -> "Krankenhausstation"),
    so a word of the page can be looked up among the words of a text."""
    return re.sub(r"^\W+|\W+$", "", word)


def soften_wide_words(
    document: QTextDocument, width: float, language: str | Callable[[str], str]
) -> list[float]:
    """Soft hyphens, where its language allows, in every word of ``document`` wider than
    ``width`` in its own font (a bold phase name, a role, a word of the text), as
    hyphenate_wide_words does for one string: Qt breaks such a word between any two
    letters otherwise. ``language`` is one language for every word, or gives a word's
    language (a page mixing interface words and a pathway's text in another language).
    Returns the widths of the words measured, so a caller knows which new widths would
    soften other words."""
    language_of = language if callable(language) else (lambda _word, code=language: code)
    widths: list[float] = []
    inserts: list[tuple[int, list[int]]] = []  # (where a word starts, its soft hyphens' places)
    full = document.textWidth() - 2 * document.documentMargin()  # a line's width as laid out now
    block = document.begin()
    while block.isValid():
        # A list item or an indented paragraph has less room than the page: as much less as
        # its laid-out lines are narrower than the page's.
        document.documentLayout().blockBoundingRect(block)  # lays the block out if not yet
        layout = block.layout()
        lines = [layout.lineAt(n).width() for n in range(layout.lineCount())]
        room = width - max(0.0, full - min(lines)) if lines and full > 0 else width
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            it += 1
            if not fragment.isValid():
                continue
            metrics = QFontMetricsF(fragment.charFormat().font().resolve(document.defaultFont()))
            for match in re.finditer(r"\S+", fragment.text()):
                word = match.group(0)
                if SOFT_HYPHEN in word:
                    continue  # already broken for its width (the page's title)
                widths.append(metrics.horizontalAdvance(word) + width - room)  # as if on the page
                if widths[-1] > room:
                    places = _soft_hyphen_places(soft_hyphenate(word, language_of(word)))
                    if places:
                        inserts.append((fragment.position() + match.start(), places))
        block = block.next()
    cursor = QTextCursor(document)
    for start, places in reversed(inserts):  # from the end, so the places before stay right
        for place in reversed(places):
            cursor.setPosition(start + place)
            cursor.insertText(SOFT_HYPHEN)
    return widths


def _soft_hyphen_places(text: str) -> list[int]:
    """Where the soft hyphens of ``text`` stand in the text without them."""
    places: list[int] = []
    for piece in text.split(SOFT_HYPHEN)[:-1]:
        places.append((places[-1] if places else 0) + len(piece))
    return places


def widest_piece(text: str, metrics: QFontMetricsF) -> float:
    """The widest part of ``text`` that a line cannot break: a word, or the part of one
    up to a soft hyphen (with the hyphen drawn there), or a piece of Chinese or Japanese
    (a title written without spaces is not one long word)."""
    widest = 0.0
    for piece in (piece for word in text.split() for piece in pieces(word)):
        parts = piece.split(SOFT_HYPHEN)
        for n, part in enumerate(parts):
            widest = max(widest, metrics.horizontalAdvance(part + ("-" if n < len(parts) - 1 else "")))
    return widest


def words_fit(text: str, font: QFont, width: float, split: Splitter, metrics: QFontMetricsF | None = None) -> bool:
    """Whether every word of ``text`` fits a line ``width`` wide, whole or broken with a
    hyphen where its language allows (never between two letters, never shortened)."""
    metrics = metrics if metrics is not None else QFontMetricsF(font)
    for word in text.split():
        if metrics.horizontalAdvance(word) <= width:
            continue
        pieces = wrap_lines(word, font, width, len(word), metrics, split, anywhere=False)
        if any(ELLIPSIS in piece for piece in pieces):
            return False
    return True
