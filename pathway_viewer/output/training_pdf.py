"""Training on paper: the printable quiz (``pathway-viewer quiz``) and a session's record.

The words come from :mod:`models.training_print`; the pages are drawn as the handout's are
(:mod:`paged_text`), with the bundled font embedded so the text stays searchable.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from models.wording.i18n import Words, fill
from models import PathwayError
from models.quiz_results import QuizResult, RecordHeader
from models.schema import Pathway
from models.training_print import quiz_html, result_html
from models.training_session import WHOLE_PATHWAY, session_questions
from models.wording import DISCLAIMER
from models.wording.translation_words import not_reviewed_notice

from .paged_text import write_pdf

PDF_DPI = 300
BODY_PT = 11


def write_html_pdf(path: str | Path, html: str, *, title: str, paper: str = "a4", footer: str | None = None) -> int:
    """Write rich text as a paged PDF at ``path`` atomically; returns the page count.

    The footer is the disclaimer, in the interface language, unless one is given."""
    from ..core.fonts import load_bundled_fonts

    doc = QTextDocument()
    font = doc.defaultFont()
    font.setFamily(load_bundled_fonts())
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    footer = Words.tr(DISCLAIMER) if footer is None else footer
    return write_pdf(path, doc, paper=paper, title=title, footer=footer, dpi=PDF_DPI)


def write_result_pdf(path: str | Path, result: QuizResult, header: RecordHeader, pathway: Pathway,
                     trainee: str = "", paper: str = "a4") -> int:
    return write_html_pdf(path, result_html(result, header, pathway, trainee),
                          title=fill(QCoreApplication.translate("OutputTrainingPdf", "Training record: %1"), pathway.title), paper=paper)


def quiz_command(
    file: Path | None, output: Path, *, count: int, seed: int = 0, role: str | None = None,
    lang: str | None = None, answers: bool = False, paper: str = "a4",
) -> int:
    """``pathway-viewer quiz``: 0 written, 1 pathway refused, 2 bad options or output."""
    from models.glossary import load_bundled_glossaries
    from models.loader import bundled_pathway

    from ..core.atomic import WriteError
    from .command_support import (command_application, content_language, load_or_report, say_if_mixed_language,
                                  translate_or_report)

    pathway = load_or_report(file, "no quiz written")
    if pathway is None:
        return 1
    if count < 1:
        print("-n must be at least 1", file=sys.stderr)
        return 2
    role_ids = [r.id for r in pathway.roles]
    if role is not None and role not in role_ids:
        print(f"unknown role '{role}'; this pathway's roles are: {', '.join(role_ids)}", file=sys.stderr)
        return 2
    # As the handout: --lang gives the app's words in that language and, where a translation
    # of the pathway into it sits beside the file, the pathway's words too (one language).
    in_language = translate_or_report(pathway, file, content_language(pathway, file, None, lang), "no quiz written")
    if in_language is None:
        return 1
    pathway, unreviewed_language = in_language
    note = not_reviewed_notice(unreviewed_language) if unreviewed_language else ""
    app = command_application(lang)  # noqa: F841 - lives until return; the questions are written in its language
    try:
        glossary = load_bundled_glossaries()
    except PathwayError:
        glossary = None
    questions = session_questions(pathway, count=count, seed=seed, role_id=role, glossary=glossary)
    if not questions:
        print("This pathway gives no question to ask (it needs steps with care teams, ways on or timings); "
              "nothing was written.", file=sys.stderr)
        return 2
    if len(questions) < count:
        # A short pathway cannot give as many different questions: say so, not only in the count.
        print(f"This pathway gives only {len(questions)} different question{'s' if len(questions) != 1 else ''} "
              f"({count} asked).", file=sys.stderr)
    module = pathway.role(role).name if role else WHOLE_PATHWAY
    header = RecordHeader.of(pathway, module, dt.date.today())
    say_if_mixed_language(pathway)  # once the paper will be made: a refusal says only why
    html = quiz_html(pathway, questions, header, seed=seed, answers=answers, note=note)
    try:
        pages = write_html_pdf(output, html, title=f"Quiz: {pathway.title}", paper=paper)
    except WriteError as exc:
        print(exc, file=sys.stderr)
        return 2
    print(f"Wrote {output} ({len(questions)} questions, {pages} page{'s' if pages != 1 else ''})")
    return 0
