"""Training on paper: the printable quiz (``pathway-viewer quiz``) and a session's record.

The words come from :mod:`models.training_print`; the pages are drawn as the handout's are
(:mod:`paged_text`), with the bundled font embedded so the text stays searchable.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtGui import QPainter, QPdfWriter, QTextDocument

from models import PathwayError
from models.quiz_results import QuizResult, RecordHeader
from models.schema import Pathway
from models.training_print import quiz_html, result_html
from models.training_session import WHOLE_PATHWAY, session_questions
from models.wording import DISCLAIMER

from .. import APP_NAME, __version__
from .paged_text import page_layout, paginate, paint_pages

PDF_DPI = 300
BODY_PT = 11


def write_html_pdf(path: str | Path, html: str, *, title: str, paper: str = "a4", footer: str = DISCLAIMER) -> int:
    """Write rich text as a paged PDF at ``path`` atomically; returns the page count."""
    from ..core.atomic import WriteError, atomic_path
    from ..core.fonts import load_bundled_fonts

    doc = QTextDocument()
    font = doc.defaultFont()
    font.setFamily(load_bundled_fonts())
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    with atomic_path(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout(paper))
        writer.setTitle(title)
        writer.setCreator(f"{APP_NAME} {__version__}")
        geometry = paginate(doc, writer, PDF_DPI)
        painter = QPainter()
        if not painter.begin(writer):
            raise WriteError(f"Could not start writing the PDF {path}")
        try:
            pages = paint_pages(doc, writer, painter, geometry, footer=footer)
        finally:
            painter.end()
        del writer  # closes the file before it is renamed into place
    return pages


def write_result_pdf(path: str | Path, result: QuizResult, header: RecordHeader, pathway: Pathway,
                     trainee: str = "", paper: str = "a4") -> int:
    return write_html_pdf(path, result_html(result, header, pathway, trainee),
                          title=f"Training record: {pathway.title}", paper=paper)


def quiz_command(
    file: Path | None, output: Path, *, count: int, seed: int = 0, role: str | None = None,
    lang: str | None = None, answers: bool = False, paper: str = "a4",
) -> int:
    """``pathway-viewer quiz``: 0 written, 1 pathway refused, 2 bad options or output."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from models import load_pathway
    from models.glossary import load_glossary
    from models.loader import bundled_pathway

    from ..core.atomic import WriteError

    try:
        pathway = load_pathway(file if file is not None else bundled_pathway())
    except PathwayError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{file or 'the bundled pathway'}: refused, no quiz written", file=sys.stderr)
        return 1
    if count < 1:
        print("-n must be at least 1", file=sys.stderr)
        return 2
    role_ids = [r.id for r in pathway.roles]
    if role is not None and role not in role_ids:
        print(f"unknown role '{role}'; this pathway's roles are: {', '.join(role_ids)}", file=sys.stderr)
        return 2
    note = ""
    if lang is not None:
        # Quizzes are not translated yet (another issue): say so plainly, never print a mixed paper.
        from models.translation import translation_path

        source = Path(file) if file is not None else Path(str(bundled_pathway()))
        exists = translation_path(source, lang).is_file()
        note = (f"The quiz is not translated into '{lang}' yet; it is in the pathway's own language."
                if exists else f"No '{lang}' translation of this pathway exists; the quiz is in its own language.")
        print(note, file=sys.stderr)
    try:
        glossary = load_glossary()
    except PathwayError:
        glossary = None
    questions = session_questions(pathway, count=count, seed=seed, role_id=role, glossary=glossary)
    module = pathway.role(role).name if role else WHOLE_PATHWAY
    header = RecordHeader.of(pathway, module, dt.date.today())
    if QCoreApplication.instance() is None:
        app = QApplication([sys.argv[0] if sys.argv else "pathway-viewer"])  # noqa: F841 - lives until return
    html = quiz_html(pathway, questions, header, seed=seed, answers=answers, note=note)
    try:
        pages = write_html_pdf(output, html, title=f"Quiz: {pathway.title}", paper=paper)
    except WriteError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"Wrote {output} ({len(questions)} questions, {pages} page{'s' if pages != 1 else ''})")
    return 0
