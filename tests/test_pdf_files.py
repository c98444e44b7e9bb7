"""Every PDF the app writes, read back the way a PDF viewer reads it: a title and a language
in the trailer the viewer reads (the file's last one), a version the file's own structure
keeps to, and a text layer of letters as typed (no ligature glyphs, no shaped Arabic forms).

Poppler (pdfinfo, most Linux viewers) and pdf.js look for /Info only in the last trailer of
the file, so the tests read that trailer themselves rather than through pypdf, which merges
all trailers and would find an older /Info that the viewers never see.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, read_object
from PySide6.QtWidgets import QApplication

from models import load_pathway
from models.quiz_results import QuizResult, RecordHeader
from models.training_session import session_questions
from pathway_viewer.cli.commands import main
from pathway_viewer.core.document import PathwayDocument
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.core.theme import Theme
from pathway_viewer.output.change_report_pdf import write_change_report_pdf
from pathway_viewer.output.export import render_scene_to_file
from pathway_viewer.output.training_pdf import write_result_pdf
from pathway_viewer.timeline.scene import TimelineScene

DATA = Path(__file__).parent / "data"
KNEE = DATA / "knee_surgery.yaml"
ARABIC = DATA / "lupus_short_ar.yaml"
FRENCH = DATA / "car_t_myelome_fr.yaml"
SHAPED_ARABIC = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
LAM_ALEF = range(0xFEF5, 0xFEFD)  # one glyph for two letters: kept on purpose (pdf_language.py)
LIGATURES = range(0xFB00, 0xFB07)  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ


def last_trailer(path: Path) -> DictionaryObject:
    """The trailer of the file's last cross-reference section, as a viewer finds it from the
    end of the file; it must be a classic ``xref`` table, the only kind a PDF 1.4 file has."""
    data = path.read_bytes()
    offset = int(re.findall(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)[-1])
    assert data[offset : offset + 4] == b"xref", data[offset : offset + 40]
    stream = io.BytesIO(data)
    stream.seek(data.index(b"<<", data.index(b"trailer", offset)))
    trailer = read_object(stream, PdfReader(str(path)))
    assert isinstance(trailer, DictionaryObject)
    return trailer


def quiz(out: Path) -> None:
    assert main(["quiz", str(FRENCH), "-n", "5", "--seed", "3", "--answers", "-o", str(out)]) == 0


def handout(out: Path) -> None:
    assert main(["handout", str(KNEE), "-o", str(out)]) == 0


def large_print_german_handout(out: Path) -> None:
    assert main(["handout", str(KNEE), "--content-lang", "de", "--large-print", "-o", str(out)]) == 0


def journey_export(out: Path) -> None:
    assert main(["export", str(ARABIC), "-o", str(out)]) == 0


def timeline_export(out: Path) -> None:
    document = PathwayDocument()
    document.load(FRENCH)
    render_scene_to_file(TimelineScene(document, Theme(font_family=load_bundled_fonts())), out)


def training_record(out: Path) -> None:
    pathway = load_pathway(KNEE)
    questions = session_questions(pathway, count=3, seed=1)
    header = RecordHeader.of(pathway, "whole pathway", dt.date(2026, 12, 2))
    write_result_pdf(out, QuizResult(tuple(questions), (0, 0, 0)), header, pathway, "Sam Lee")


def change_report(out: Path) -> None:
    knee = load_pathway(KNEE)
    changed = knee.model_copy(update={"version": "1.1"})
    write_change_report_pdf(out, "knee.yaml", knee, "knee-1.1.yaml", changed, made_on=dt.date(2026, 12, 2))


# What each PDF must say it is: (title, language) as written in the test data.
EVERY_PDF: dict[str, tuple[Callable[[Path], None], str, str]] = {
    "handout": (handout, "Planned knee replacement", "en"),
    "large-print handout": (large_print_german_handout, "Geplanter Kniegelenkersatz", "de"),
    "journey export": (journey_export, "العلاج بخلايا CAR-T لمرض الذئبة", "ar"),
    "timeline export": (timeline_export, "Thérapie cellulaire CAR-T pour le myélome multiple", "fr"),
    "quiz": (quiz, "Quiz: Thérapie cellulaire CAR-T pour le myélome multiple", "en"),
    "training record": (training_record, "Training record: Planned knee replacement", "en"),
    "change report": (change_report, "What changed: Planned knee replacement", "en"),
}


@pytest.mark.parametrize("kind", EVERY_PDF)
def test_every_pdf_names_its_title_and_language_in_the_trailer_viewers_read(
    qapp: QApplication, tmp_path: Path, kind: str
) -> None:
    write, title, language = EVERY_PDF[kind]
    out = tmp_path / "out.pdf"
    write(out)

    assert out.read_bytes().startswith(b"%PDF-1.4\n")
    assert b"/XRef" not in out.read_bytes()  # a cross-reference stream needs PDF 1.5
    trailer = last_trailer(out)
    info = trailer["/Info"].get_object()
    assert info["/Title"] == title
    assert info["/Creator"].startswith("CAR-T Pathway Viewer ")
    assert trailer["/Root"].get_object()["/Lang"] == language
    assert PdfReader(str(out)).xmp_metadata.dc_language == [language]


def pdf_text(path: Path) -> str:
    """The text layer with any run of spaces, tabs and line breaks as one space."""
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages).split())


def test_an_exported_arabic_journey_copies_as_letters_like_the_handout(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "journey.pdf"
    journey_export(out)
    text = pdf_text(out)
    shaped = {ch for ch in text for low, high in SHAPED_ARABIC if low <= ord(ch) <= high}
    assert not {ch for ch in shaped if ord(ch) not in LAM_ALEF}, sorted(hex(ord(ch)) for ch in shaped)
    # Words of lupus_short_ar.yaml as pypdf reads them (glyphs in drawing order, left to
    # right, so each word comes out mirrored), in plain letters: the title's الذئبة and
    # لمرض, and the phase التحضير.
    assert {"ةبئذلا", "ضرمل", "ريضحتلا"} <= set(text.split())


@pytest.mark.parametrize("kind", ["quiz", "training record", "change report", "handout", "timeline export"])
def test_no_pdf_stores_words_as_ligature_glyphs(qapp: QApplication, tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out.pdf"
    EVERY_PDF[kind][0](out)
    text = pdf_text(out)
    assert not [ch for ch in text if ord(ch) in LIGATURES]
    if kind == "quiz":
        # The French pathway's own words and its content hash, as typed.
        assert "Traitement des effets secondaires graves" in text
        assert "(content 8bfffe64df8617d6)" in text
    if kind == "timeline export":
        assert "Vérifier" in text and "effets" in text
