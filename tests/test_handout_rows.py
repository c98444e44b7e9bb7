"""A row of the handout's step table is never cut by a page edge: a page never shows a step
with an empty "When" cell, nor starts with the end of the step before it. A row taller than
a page is cut, and its continuation repeats the step's number and name."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QApplication

from models import load_pathway
from pathway_viewer.cli.commands import main
from pathway_viewer.output.paged_text import write_pdf
from pathway_viewer.output.print_html import table

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"
BUNDLED = ROOT / "resources" / "pathways" / "car_t_sle.yaml"
HEADER = "Step When How long Your dates"

# (pathway, handout options): the tester's two repro cases among them (the French pathway
# with a booked date, the stroke pathway in large print).
HANDOUTS = {
    "bundled": (BUNDLED, ["--day-zero-date", "2027-03-10"]),
    "bundled, large print": (BUNDLED, ["--day-zero-date", "2027-03-10", "--large-print"]),
    "lymphoma": (DATA / "car_t_lymphoma.yaml", ["--day-zero-date", "2027-03-10"]),
    "lymphoma, large print": (DATA / "car_t_lymphoma.yaml", ["--day-zero-date", "2027-03-10", "--large-print"]),
    "stroke": (DATA / "stroke_rehab.yaml", ["--day-zero-date", "2027-03-10"]),
    "stroke, large print": (DATA / "stroke_rehab.yaml", ["--day-zero-date", "2027-03-10", "--large-print"]),
    "French": (DATA / "car_t_myelome_fr.yaml", ["--day-zero-date", "2027-03-10", "--booked-date", "2027-02-08"]),
    "French, large print": (
        DATA / "car_t_myelome_fr.yaml", ["--day-zero-date", "2027-03-10", "--booked-date", "2027-02-08", "--large-print"],
    ),
}


@pytest.fixture(scope="module")
def handout_pages(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[str]]:
    """Each case's handout, written once for the tests of this module; its pages' text."""
    written: dict[str, list[str]] = {}

    def pages(case: str) -> list[str]:
        if case not in written:
            file, options = HANDOUTS[case]
            out = tmp_path_factory.mktemp("handout") / "handout.pdf"
            assert main(["handout", str(file), "-o", str(out), *options]) == 0
            written[case] = page_texts(out)
        return written[case]

    return pages


def page_texts(path: Path) -> list[str]:
    """Each page's text layer, any run of spaces and line breaks as one space."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages]


def squeezed(text: str) -> str:
    """Text without spaces and hyphens, so a title reads the same wherever a cell wraps it."""
    return re.sub(r"[\s\-\u00ad]", "", text)


def continued_table_pages(texts: list[str]) -> dict[int, str]:
    """Page number -> its text after the repeated table header, for every page the step
    table continues on."""
    return {number: text[len(HEADER) :].strip() for number, text in enumerate(texts, 1) if text.startswith(HEADER)}


@pytest.mark.parametrize("case", HANDOUTS)
def test_every_page_the_step_table_continues_on_starts_with_a_whole_row(
    qapp: QApplication, handout_pages: Callable[[str], list[str]], case: str
) -> None:
    titles = {squeezed(step.title) for step in load_pathway(HANDOUTS[case][0]).steps}

    continued = continued_table_pages(handout_pages(case))

    assert continued, "the table fits one page: this case tests nothing"
    for page, text in continued.items():
        # A cut row put the rest of its cells here, before any step number.
        number, _, rest = text.partition(" ")
        assert number.isdigit(), f"page {page} starts with {text[:60]!r}"
        assert any(squeezed(rest).startswith(title) for title in titles), f"page {page}: {text[:80]!r}"


# The tester's repro cases, seen in the rendered pages: page -> the step whose row starts it.
# The journey picture before the table fills its pages (two for the French pathway, nine
# for the stroke pathway in large print, since its legend goes with its last cards) and
# the table starts after its last one, so other rows start the pages the table continues on.
FIRST_ROWS = {
    "French": {5: "7 Surveillance des deux premières"},
    "stroke, large print": {12: "2 Deciding on clot-busting", 13: "7 Moving to the inpatient", 14: "12 Planning your discharge",
                            15: "16 Life after stroke"},
}


@pytest.mark.parametrize("case", FIRST_ROWS)
def test_the_reported_pages_start_with_the_row_that_was_cut(
    qapp: QApplication, handout_pages: Callable[[str], list[str]], case: str
) -> None:
    continued = continued_table_pages(handout_pages(case))

    assert {page: text[: len(FIRST_ROWS[case][page])] for page, text in continued.items()} == FIRST_ROWS[case]


def test_a_row_taller_than_a_page_is_cut_and_its_continuation_names_the_step(qapp: QApplication, tmp_path: Path) -> None:
    long_when = " ".join(f"Sentence {n} ends here." for n in range(1, 400))
    rows = [["1", "Short step", "On day 1.", "1 hour"], ["2", "Very long step", long_when, "2 hours"],
            ["3", "Last step", "On day 9.", "3 hours"]]
    doc = QTextDocument()
    font = QFont("Noto Sans")
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setHtml("<h2>Steps</h2>" + table(["Step", "Name", "When", "How long"], rows, bold_column=1))
    out = tmp_path / "tall.pdf"

    pages = write_pdf(out, doc, paper="a4", title="Tall row", footer="Footer words")

    texts = page_texts(out)
    assert pages == len(texts) >= 3
    assert texts[0].startswith("Steps Step Name When How long 1 Short step On day 1. 1 hour 2 Very long step Sentence 1 ends")
    continuation = "Step Name When How long 2 Very long step "
    for text in texts[1:]:
        assert text.startswith(continuation), text[:80]
    assert "2 hours" in texts[0] and all("2 hours" not in text for text in texts[1:])
    assert "3 Last step On day 9. 3 hours" in texts[-1]
    # Every sentence of the cut cell once, in order, read across the pages without their
    # footers, repeated headers and the last cell of the first part (drawn after "When").
    body = " ".join(
        text.removeprefix(continuation if number > 1 else "").removesuffix(f"Footer words Page {number} of {pages}")
        for number, text in enumerate(texts, 1)
    ).replace(" 2 hours ", " ")
    sentences = [int(n) for n in re.findall(r"Sentence (\d+) ends here\.", " ".join(body.split()))]
    assert sentences == list(range(1, 400))


def test_a_run_of_headings_moves_with_its_table_as_one(qapp: QApplication, tmp_path: Path) -> None:
    # Half a page of text, then a heading, its explanation and a table that fits a page on
    # its own but not under them: the table cannot follow the text on page 1, so both
    # headings go with it to page 2 and its last rows run over to page 3. Moving the
    # heading alone, and then its explanation alone, left "Steps" on a page of its own.
    text = "".join(f"<p>Paragraph {n} before the table.</p>" for n in range(1, 16))
    rows = [[str(n), f"Step {n}", f"On day {n}.", "1 hour"] for n in range(1, 25)]
    explanation = " ".join(["What each column means, in a sentence long enough to wrap."] * 5)
    html = (text + f"<h2>Steps</h2><h4>{explanation}</h4>"
            + table(["Step", "Name", "When", "How long"], rows, bold_column=1))
    doc = QTextDocument()
    font = QFont("Noto Sans")
    font.setPointSizeF(11)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    out = tmp_path / "headings.pdf"

    assert write_pdf(out, doc, paper="a4", title="Headings", footer="Footer words") == 3

    first, second, third = page_texts(out)
    assert first.endswith("Paragraph 15 before the table. Footer words Page 1 of 3")
    assert second.startswith(f"Steps {explanation} Step Name When How long 1 Step 1 On day 1. 1 hour")
    # The table runs over, at a row's edge, under its repeated header.
    assert third.startswith("Step Name When How long 2")
