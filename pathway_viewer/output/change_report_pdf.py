"""The comparison of two pathway files as a PDF, for a clinic's records.

The same lines as ``pathway-viewer diff`` and the compare dialog (:mod:`models.change_report`),
on paper: which files, when, both versions, then each group of changes under its heading.
The text is inserted with a text cursor, never as HTML, so a step title in the file is
printed exactly as written; pages, the footer and headings kept with their text come
from :mod:`paged_text`, like the handout.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from models import Pathway
from models.change_report import describe_file, grouped_changes, summary_line
from models.wording.sections import format_date

from .. import APP_NAME, __version__
from ..core.fonts import load_bundled_fonts
from ..core.theme import PRINT_ACCENT, PRINT_INK
from .paged_text import write_pdf

BODY_PT = 10.5
TITLE = "What changed"


def build_change_report_document(
    base_name: str, base: Pathway, changed_name: str, changed: Pathway, *, made_on: dt.date
) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(load_bundled_fonts())
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    cursor = QTextCursor(doc)
    _block(cursor, f"{TITLE}: {changed.title}", level=1, size=16, first=True)
    _block(cursor, f"Compared on {format_date(made_on)} by {APP_NAME} {__version__}")
    _block(cursor, f"Base: {describe_file(base_name, base)}")
    _block(cursor, f"Changed: {describe_file(changed_name, changed)}")
    groups = grouped_changes(base, changed)
    _block(cursor, summary_line(groups), bold=True, space_before=8)
    for group in groups:
        _block(cursor, group.heading, level=2, size=12, space_before=10)
        for line in group.lines:
            _block(cursor, line, indent=1)
    return doc


def write_change_report_pdf(
    path: str | Path, base_name: str, base: Pathway, changed_name: str, changed: Pathway, *,
    paper: str = "a4", made_on: dt.date | None = None,
) -> int:
    """Write the report atomically; returns the page count. Raises WriteError if it cannot be written."""
    made_on = made_on or dt.date.today()
    doc = build_change_report_document(base_name, base, changed_name, changed, made_on=made_on)
    title = f"{TITLE}: {changed.title}"
    return write_pdf(path, doc, paper=paper, title=title, footer=f"{TITLE}: {changed.id} {changed.version}")


def _block(
    cursor: QTextCursor, text: str, *, level: int = 0, size: float = BODY_PT, bold: bool = False,
    indent: int = 0, space_before: float = 2, first: bool = False,
) -> None:
    block = QTextBlockFormat()
    block.setHeadingLevel(level)  # paged_text keeps a heading on the page of its first lines
    block.setTopMargin(space_before)
    block.setIndent(indent)
    chars = QTextCharFormat()
    chars.setFontPointSize(size)
    chars.setFontWeight(QFont.Weight.Bold if (bold or level) else QFont.Weight.Normal)
    chars.setForeground(QColor(PRINT_ACCENT if level else PRINT_INK))
    if first:
        cursor.setBlockFormat(block)
        cursor.setCharFormat(chars)
    else:
        cursor.insertBlock(block, chars)
    cursor.insertText(text, chars)
