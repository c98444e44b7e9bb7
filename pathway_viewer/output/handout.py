"""The printable handout: a real, searchable document a patient takes home.

The words come from :mod:`handout_html` as rich text in a :class:`QTextDocument` (never a
screenshot); :mod:`paged_text` lays it out on the paper's own pages and draws each page
with a footer (disclaimer line, "Page N of M"). The same drawing serves PDF files
(:func:`write_handout_pdf`) and printers (:func:`print_handout`; the window opens the
print dialog). The bundled Noto Sans is embedded, so the text is selectable and searchable.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFont, QImage, QPagedPaintDevice, QPainter, QTextDocument

from models import Pathway, PathwayError
from models.glossary import SharedWords
from models.wording.patient_words import due_for_review_words, unbroken
from models.schedule import StepDates
from models.wording import DISCLAIMER_SHORT, NO_LOCAL_RULES
from models.wording.i18n import Words, fill
from models.wording.translation_words import not_reviewed_notice, not_reviewed_notice_short

from .. import APP_NAME
from ..core.clinic import ClinicInfo
from .handout_html import AUDIENCE_WORDS, BODY_PT, SECTION, HandoutContent, handout_html, journey_picture_name
from .print_html import LARGE_PRINT_PT, scale_point_sizes
from .journey_picture import render_journey_pictures
from .paged_text import PAGE_SIZES, PageGeometry, mark_sections, page_layout, paginate, paint_pages, section_pages, write_laid_out_pdf

__all__ = [
    "DISCLAIMER_SHORT",
    "NO_LOCAL_RULES",
    "build_handout_document",
    "configure_printer",
    "handout_command",
    "print_handout",
    "printer_paper",
    "render_journey_pictures",
    "write_handout_pdf",
]

PDF_DPI = 300


class _HandoutDocument(QTextDocument):
    def loadResource(self, type: int, name: QUrl) -> Any:  # noqa: A002 - Qt's parameter name
        # Only resources added below exist (the journey picture); nothing is ever fetched.
        return None


def build_handout_document(
    pathway: Pathway,
    *,
    audience: str = "patient",
    dates: StepDates | None = None,
    clinic: ClinicInfo | None = None,
    journey_image: QImage | Sequence[QImage] | None = None,
    glossary: SharedWords | None = None,
    infusion_date: dt.date | None = None,
    collection_date: dt.date | None = None,
    prepared_on: dt.date | None = None,
    unreviewed_language: str | None = None,
    large_print: bool = False,
    contents_pages: dict[str, int] | None = None,
    cover_review: bool = True,
) -> QTextDocument:
    """The handout as a QTextDocument, not yet laid out on pages.

    ``dates`` are the patient's step dates (:func:`models.schedule.step_dates`);
    ``infusion_date`` and ``collection_date`` go on the cover. ``journey_image`` is usually
    :func:`render_journey_pictures` (one picture per page; a single picture is placed too);
    ``glossary`` lists the terms this audience meets.
    ``unreviewed_language``: the pathway is a translation into this language that no
    clinician has checked yet; the cover says so in that language and in English.
    ``large_print`` sets the body at 16 pt and every other size in proportion.
    ``contents_pages``: the page each section starts on, for the contents (see
    :func:`lay_out_handout`, which finds them). ``cover_review`` False leaves the version and
    review line off the cover (About this guide still prints it).
    """
    if audience not in AUDIENCE_WORDS:
        raise ValueError(f"audience must be one of {tuple(AUDIENCE_WORDS)}")
    given = [journey_image] if isinstance(journey_image, QImage) else list(journey_image or ())
    pictures = tuple(image for image in given if not image.isNull())
    font = QFont(_font_family())
    scale = LARGE_PRINT_PT / BODY_PT if large_print else 1.0
    font.setPointSizeF(BODY_PT * scale)
    # Without ligatures "find" is stored as f-i-n-d, not as the single glyph "ﬁ", so
    # searching and copying text from the PDF work in every viewer.
    font.setFeature(QFont.Tag("liga"), 0)
    content = HandoutContent(
        audience=audience,
        dates=dates,
        infusion_date=infusion_date,
        collection_date=collection_date,
        clinic=clinic or ClinicInfo(),
        journey_pictures=pictures,
        glossary=glossary,
        prepared_on=prepared_on or dt.date.today(),
        content_notice=not_reviewed_notice(unreviewed_language) if unreviewed_language else None,
        contents_pages=contents_pages,
        font=font,
        cover_review=cover_review,
    )
    doc = _HandoutDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    for index, picture in enumerate(pictures):
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(journey_picture_name(index)), picture)
    html = handout_html(pathway, content)
    doc.setHtml(scale_point_sizes(html, scale, least=LARGE_PRINT_PT) if large_print else html)
    mark_sections(doc, SECTION)
    return doc


def write_handout_pdf(path: str | Path, pathway: Pathway, **options: Any) -> int:
    """Write the handout as a PDF at ``path`` atomically; returns the page count.

    ``options`` are those of :func:`build_handout_document`; the paper is the clinic's
    (``clinic.paper``). Raises :class:`pathway_viewer.atomic.WriteError` if the file cannot
    be written; an existing file is then left unchanged.
    ``progress`` (an option) is called between the steps of the work, as for the pictures.
    """
    progress = options.pop("progress", None)
    clinic: ClinicInfo = options.get("clinic") or ClinicInfo()
    notice = _notice(pathway, options)
    return write_laid_out_pdf(
        path, lambda writer: lay_out_handout(pathway, writer, PDF_DPI, progress=progress, **options),
        paper=clinic.paper, title=pathway.title, footer=_footer(clinic), dpi=PDF_DPI, notice=notice,
        language=pathway.language, progress=progress,
    )


def lay_out_handout(
    pathway: Pathway, device: QPagedPaintDevice, dpi: float, *, progress: Callable[[], None] | None = None,
    **options: Any,
) -> tuple[QTextDocument, PageGeometry]:
    """The handout laid out on ``device``'s pages, its contents giving the page each section
    starts on.

    Those pages are known only once the handout is laid out, so it is made twice: with the
    numbers blank, then with them (their column keeps its width, so the second layout is
    the first; it is checked, and made again if a clinic's long cover moved anything).
    """
    notice = _notice(pathway, options) or False
    footer = _footer(options.get("clinic") or ClinicInfo())
    pages: dict[str, int] | None = None
    cover_review: bool | None = True  # None: tried without it, and it did not help
    for _ in range(4):
        doc = build_handout_document(pathway, contents_pages=pages, cover_review=cover_review is not False, **options)
        geometry = paginate(doc, device, dpi, notice=notice, text_scale=_text_scale(options), footer=footer)
        found = {name.removeprefix(SECTION): page for name, page in section_pages(doc, geometry.body_height).items()}
        if progress is not None:
            progress()
        spilled = bool(found) and min(found.values()) > 2
        if cover_review is True and spilled:
            # The cover ran onto a second page: in large print, the version and review line
            # alone stood on it. It is printed under "About this guide" as well.
            cover_review, pages = False, None
            continue
        if cover_review is False and spilled:
            # Something else (a clinic's long details) fills the second page: the line stays.
            cover_review, pages = None, None
            continue
        if found == pages:
            break
        pages = found
    return doc, geometry


def configure_printer(printer: Any, paper: str) -> None:
    """Give a QPrinter the clinic's paper and our margins (call before the print dialog)."""
    printer.setPageLayout(page_layout(paper))


def printer_paper(printer: Any) -> str | None:
    """"a4" or "letter" for a printer set to that paper (its handout's pictures fill it), else
    None (pictures that fit both)."""
    size = printer.pageLayout().pageSize().id()
    return next((name for name, id_ in PAGE_SIZES.items() if id_ == size), None)


def print_handout(printer: Any, pathway: Pathway, **options: Any) -> int:
    """Print the handout on ``printer`` (a QPrinter the window set up with QPrintDialog).

    Returns the page count; raises :class:`RuntimeError` with a plain message if the printer
    cannot be used.
    """
    progress = options.pop("progress", None)
    clinic: ClinicInfo = options.get("clinic") or ClinicInfo()
    notice = _notice(pathway, options)
    doc, geometry = lay_out_handout(pathway, printer, printer.resolution(), progress=progress, **options)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("The printer could not be started. Check that it is switched on and try again.")
    try:
        return paint_pages(doc, printer, painter, geometry, footer=_footer(clinic), notice=notice, progress=progress)
    finally:
        painter.end()


def _text_scale(options: dict[str, Any]) -> float:
    """The footer and notice lines grow with large print too."""
    return LARGE_PRINT_PT / BODY_PT if options.get("large_print") else 1.0


def _notice(pathway: Pathway, options: dict[str, Any]) -> str | None:
    """'Due for review since <date>' for every page, judged on the day the handout is made,
    and, for an unchecked translation, that notice in the reader's language (a page torn off
    must still say it; the cover has it in English too)."""
    due = due_for_review_words(pathway, options.get("prepared_on") or dt.date.today())
    language = options.get("unreviewed_language")
    unchecked = not_reviewed_notice_short(language) if language else None
    return "   \u00b7   ".join(text for text in (unchecked, due) if text) or None


def _footer(clinic: ClinicInfo) -> str:
    parts = [Words.tr(DISCLAIMER_SHORT)]
    if clinic.emergency_number:
        # Kept whole on one line: in large print the number was cut across two.
        parts.append(unbroken(fill(QCoreApplication.translate("OutputHandout", "Emergency: %1"), clinic.emergency_number)))
    return "   \u00b7   ".join(parts)


def _font_family() -> str:
    from ..core.fonts import load_bundled_fonts

    return load_bundled_fonts()


# --- command line ----------------------------------------------------------------------------


def handout_command(
    file: Path | None,
    output: Path,
    *,
    infusion_date: dt.date | None = None,
    collection_date: dt.date | None = None,
    audience: str = "patient",
    paper: str | None = None,
    language: str | None = None,
    content_lang: str | None = None,
    large_print: bool = False,
) -> int:
    """``pathway-viewer handout``: 0 written, 1 pathway or translation refused, 2 bad dates or output."""
    from PySide6.QtCore import QSettings

    from models.glossary import load_bundled_glossaries
    from models.schedule import booked_day_note, step_dates
    from models.wording.schedule_words import day_zero_dates_nothing

    from .. import ORG_NAME
    from ..core.atomic import WriteError
    from .command_support import (command_application, content_language, load_or_report, say_if_mixed_language,
                                  translate_or_report)

    pathway = load_or_report(file, "no handout written")
    if pathway is None:
        return 1
    content_lang = content_language(pathway, file, content_lang, language)
    in_language = translate_or_report(pathway, file, content_lang, "no handout written")
    if in_language is None:
        return 1
    pathway, unreviewed_language = in_language

    if collection_date is not None and infusion_date is None:
        print("--booked-date needs --day-zero-date: the other dates count from day 0.", file=sys.stderr)
        return 2
    if collection_date is not None and pathway.booked_day is None:
        print("This pathway books no day ahead (it has no booked_day): leave out --booked-date.", file=sys.stderr)
        return 2
    app = command_application(language)  # noqa: F841 - lives until return
    # After the app: why the dates are refused is said in the handout's language, around
    # the pathway's own (perhaps translated) names for day 0 and the booked day.
    dates = None
    if infusion_date is not None:
        try:
            dates = step_dates(pathway, infusion_date, collection_date)
        except ValueError as exc:
            print(exc, file=sys.stderr)
            return 2
        if not dates:
            # Refused rather than ignored: whoever typed the date expects to see it used.
            print(day_zero_dates_nothing("--day-zero-date"), file=sys.stderr)
            return 2
        if note := booked_day_note(pathway, infusion_date, collection_date):
            print(note, file=sys.stderr)  # written all the same: a centre may book outside the usual time
    clinic = ClinicInfo.from_settings(QSettings(ORG_NAME, APP_NAME)).with_paper(paper)
    say_if_mixed_language(pathway)  # once the paper will be made: a refusal says only why
    try:
        glossary: SharedWords | None = load_bundled_glossaries()
    except PathwayError as exc:
        print(f"The glossary could not be read, so the handout has none: {exc}", file=sys.stderr)
        glossary = None

    try:
        pages = write_handout_pdf(
            output,
            pathway,
            audience=audience,
            dates=dates,
            infusion_date=infusion_date,
            collection_date=collection_date,
            clinic=clinic,
            journey_image=render_journey_pictures(pathway, audience=audience, large_print=large_print, paper=clinic.paper),
            glossary=glossary,
            unreviewed_language=unreviewed_language,
            large_print=large_print,
        )
    except WriteError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"Wrote {output} ({pages} page{'s' if pages != 1 else ''})")
    return 0
