"""The handout PDF's text layer is the text: every line once, in reading order, with the
document's title and language, so copying and screen readers get what the page shows."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QFont, QTextDocument

from models import load_pathway
from pathway_viewer.output.handout import write_handout_pdf
from pathway_viewer.output.paged_text import write_pdf

DATA = Path(__file__).parent / "data"


def numbered_sentences(path: Path) -> list[int]:
    # Spaces are dropped: text extraction guesses them from glyph gaps ("end s here"), and
    # the footer, drawn after the text, sits between the halves of a sentence cut by a page.
    pages = PdfReader(str(path)).pages
    text = "".join(
        "".join((page.extract_text() or "").split()).replace(f"FooterwordsPage{number}of{len(pages)}", "")
        for number, page in enumerate(pages, 1)
    )
    return [int(n) for n in re.findall(r"Sentence(\d+)endshere", text)]


def test_lines_cut_at_page_breaks_are_in_the_text_layer_once_and_in_order(qapp, tmp_path) -> None:
    # Short paragraphs, bulleted items that wrap, and one paragraph of more than a page:
    # every kind of block that meets a page edge somewhere in four pages.
    sentence = iter(range(1, 10_000))

    def words(count: int) -> str:
        return " ".join(f"Sentence {next(sentence)} ends here." for _ in range(count))

    parts = []
    for _ in range(6):
        parts.append(f"<h2>Heading</h2><p>{words(9)}</p>")
        parts.append("<ul>" + "".join(f"<li style='margin-bottom:6px'>{words(5)}</li>" for _ in range(6)) + "</ul>")
    parts.append(f"<p>{words(330)}</p>")
    doc = QTextDocument()
    font = QFont("Noto Sans")
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setHtml("".join(parts))
    out = tmp_path / "long.pdf"

    pages = write_pdf(out, doc, paper="a4", title="Long text", footer="Footer words")

    assert pages >= 4
    assert numbered_sentences(out) == list(range(1, 565))  # 6 * (9 + 6 * 5) + 330 sentences


def test_the_handout_pdf_carries_its_title_and_the_pathways_language(qapp, tmp_path) -> None:
    text = (DATA / "knee_surgery.yaml").read_text(encoding="utf-8")
    german = tmp_path / "knee.yaml"
    german.write_text("language: de\n" + text, encoding="utf-8")
    out = tmp_path / "handout.pdf"

    write_handout_pdf(out, load_pathway(german))

    reader = PdfReader(str(out))
    assert reader.metadata.title == "Planned knee replacement"
    assert reader.trailer["/Root"]["/Lang"] == "de"
    assert reader.trailer["/Root"]["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712 - a PDF BooleanObject, not Python True


def test_an_english_pathway_is_marked_english(qapp, tmp_path) -> None:
    out = tmp_path / "handout.pdf"
    write_handout_pdf(out, load_pathway(DATA / "knee_surgery.yaml"))
    assert PdfReader(str(out)).trailer["/Root"]["/Lang"] == "en"
