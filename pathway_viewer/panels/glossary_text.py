"""Glossary terms marked in escaped rich text, so a reader can ask what a word means.

Pathway text is plain text: it is escaped piece by piece here, and only the markup this
module adds (an ``<a href="glossary:N">`` around a term) is ever interpreted. Views look a
clicked or hovered link up again with :meth:`TermMarker.term_for_href`; the definition
never travels through the URL, so a pathway cannot forge one.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from models.glossary import Glossary, Term
from models.wording import escape as _e

from ..core.theme import active_theme  # terms keep the body colour: the dotted line marks them

SCHEME = "glossary:"


class TermMarker:
    """Marks terms in one page of text; each term is marked once, where it first appears.

    A term underlined in every sentence ("lupus" appears dozens of times) is noise, and the
    page ends with a list of every marked word anyway (:attr:`used`).
    """

    def __init__(self, glossary: Glossary | None, *, first_only: bool = True) -> None:
        self._glossary = glossary
        self._first_only = first_only
        self._index = {id(term): i for i, term in enumerate(glossary.terms)} if glossary is not None else {}
        self.used: list[Term] = []

    def mark(self, text: str) -> str:
        """``text`` escaped for rich text, with its glossary terms wrapped in links."""
        if self._glossary is None or not text:
            return _e(text)
        out: list[str] = []
        at = 0
        for start, end, term in self._glossary.find_terms(text):
            if self._first_only and term in self.used:
                continue
            out.append(_e(text[at:start]))
            out.append(self._link(text[start:end], term))
            at = end
            if term not in self.used:
                self.used.append(term)
        out.append(_e(text[at:]))
        return "".join(out)

    def term_for_href(self, href: str) -> Term | None:
        return term_for_href(self._glossary, href)

    def _link(self, shown: str, term: Term) -> str:
        return (
            f'<a href="{SCHEME}{self._index[id(term)]}" title="{_e(term.definition)}"'
            f' style="color:{active_theme().panel_ink}; text-decoration:none;">{_e(shown)}</a>'
        )


def term_for_href(glossary: Glossary | None, href: str) -> Term | None:
    """The term a ``glossary:N`` link stands for, or None for any other link."""
    if glossary is None or not href.startswith(SCHEME):
        return None
    number = href[len(SCHEME) :]
    if not number.isdigit() or int(number) >= len(glossary.terms):
        return None
    return glossary.terms[int(number)]


def underline_terms(document: QTextDocument) -> int:
    """Give every glossary link a dotted underline; returns how many were marked.

    Qt's HTML import ignores underline styles, so the dotted line is set on the laid-out
    text instead. Dotted, not solid: it reads as "more about this word", not "a web link".
    """
    # Ranges first, formats after: changing formats while walking the fragments moves them.
    ranges: list[tuple[int, int]] = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.charFormat().anchorHref().startswith(SCHEME):
                ranges.append((fragment.position(), fragment.position() + fragment.length()))
            it += 1
        block = block.next()
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    for start, end in ranges:
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    marked = len(ranges)
    return marked

