"""Finish a PDF that Qt wrote: its language, and real letters in its text layer.

A screen reader picks its voice from the catalog's /Lang entry; without it a German
handout is read with English pronunciation. Qt's QPdfWriter cannot write one.

Arabic letters take a different shape at the start, middle and end of a word, and Qt's
PDF engine maps each shaped glyph back to the Unicode "presentation form" of that shape
(U+FE70-U+FEFF, U+FB50-U+FDFF) rather than to the letter typed, so text copied from the
PDF, or read aloud, was not the text of the pathway. Each such entry of the fonts'
/ToUnicode maps is replaced by its compatibility decomposition (NFKC), the letter itself (a lam-alef ligature, two letters in one glyph, keeps its code).

pypdf writes the file anew from Qt's objects, with one cross-reference table and one trailer
that still points at Qt's document information (title, creator, producer). An incremental
update, as before, ended in a trailer without /Info and a PDF 1.5 cross-reference stream in a
file that says %PDF-1.4: poppler (most Linux viewers) and pdf.js read only that last trailer,
so they showed no title.
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import BooleanObject, DictionaryObject, NameObject, TextStringObject


def finish_pdf(path: str | Path, language: str) -> None:
    """Set ``/Lang`` (a BCP 47 tag), ask viewers to show the title, not the file name, and
    map shaped Arabic glyphs back to letters; every PDF the app writes goes through here."""
    # Qt writes %PDF-1.4; pypdf would write its own older default header, too old for /Lang.
    writer = PdfWriter(clone_from=PdfReader(str(path)), keep_initial_header=True)
    root = writer.root_object
    root[NameObject("/Lang")] = TextStringObject(language)
    # PDF/UA asks viewers to show the document's title in the window, not the file's name.
    root[NameObject("/ViewerPreferences")] = DictionaryObject(
        {NameObject("/DisplayDocTitle"): BooleanObject(True)}
    )
    # The same language in the XMP metadata, where pdfinfo -meta and document managers see it.
    xmp = writer.xmp_metadata
    if xmp is not None:
        xmp.dc_language = [language]
        writer.xmp_metadata = xmp
    _restore_letters(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    Path(path).write_bytes(buffer.getvalue())


_PRESENTATION_FORMS = ((0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
# A destination in a /ToUnicode map: UTF-16BE code units as hex, inside < >.
_HEX = re.compile(rb"<([0-9A-Fa-f]{4,})>")
_RANGE_ARRAY = re.compile(rb"\[[^\]]*\]")


def _letters(match: re.Match[bytes]) -> bytes:
    text = bytes.fromhex(match.group(1).decode("ascii")).decode("utf-16-be", errors="strict")
    if not any(low <= ord(ch) <= high for ch in text for low, high in _PRESENTATION_FORMS):
        return match.group(0)
    letters = unicodedata.normalize("NFKC", text)
    if len(letters) != len(text):
        # A ligature (lam-alef) stands for two letters; readers that put right-to-left text
        # back in order would reverse the pair, so it keeps its one code point.
        return match.group(0)
    return b"<" + letters.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def _restore_letters(writer: PdfWriter) -> None:
    """Map presentation forms in every font's /ToUnicode back to the letters they show.

    Only the destinations inside bfrange arrays and bfchar pairs are rewritten, never the
    glyph codes they are keyed by; Qt writes its maps in these two forms.
    """
    done: set[int] = set()
    for page in writer.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for font in fonts.get_object().values():
            cmap_ref = font.get_object().get("/ToUnicode")
            if cmap_ref is None or id(cmap_ref.get_object()) in done:
                continue
            stream = cmap_ref.get_object()
            done.add(id(stream))
            data = stream.get_data()
            fixed = _RANGE_ARRAY.sub(lambda m: _HEX.sub(_letters, m.group(0)), data)
            fixed = re.sub(
                rb"(beginbfchar\s)(.*?)(endbfchar)",
                lambda m: m.group(1) + re.sub(rb"(<[0-9A-Fa-f]+>\s*)(<[0-9A-Fa-f]+>)",
                                              lambda p: p.group(1) + _HEX.sub(_letters, p.group(2)), m.group(2)) + m.group(3),
                fixed, flags=re.S,
            )
            if fixed != data:
                stream.set_data(fixed)
