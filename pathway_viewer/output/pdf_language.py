"""Mark a finished PDF with its language, which Qt's QPdfWriter cannot write.

A screen reader picks its voice from the catalog's /Lang entry; without it a German
handout is read with English pronunciation. pypdf appends an incremental update (the new
catalog and a cross-reference section) after Qt's bytes, so Qt's own PDF is kept intact.
"""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfWriter
from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject


def mark_language(path: str | Path, language: str) -> None:
    """Set ``/Lang`` (a BCP 47 tag) and ask viewers to show the title, not the file name."""
    writer = PdfWriter(str(path), incremental=True)
    root = writer.root_object
    root[NameObject("/Lang")] = TextStringObject(language)
    # PDF/UA asks viewers to show the document's title in the window, not the file's name.
    root[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    Path(path).write_bytes(buffer.getvalue())
