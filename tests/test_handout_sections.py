"""The handout's text sections, read from the PDF as a patient would: each heading holds
what it says, and the contents list exactly the sections printed."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from models import load_pathway
from models.glossary import load_glossary
from models.schedule import step_dates
from pathway_viewer.output.handout import render_journey_pictures, write_handout_pdf
from pathway_viewer.output.handout_html import HandoutContent, handout_html
from pdf_text import layout_pages

DATA = Path(__file__).parent / "data"
BUNDLED = Path(__file__).resolve().parents[1] / "resources" / "pathways" / "car_t_sle.yaml"


def pdf_text(path: Path) -> str:
    """The whole handout as one line of words (a sentence may wrap anywhere)."""
    pages = PdfReader(str(path)).pages
    text = "\n".join(unicodedata.normalize("NFKC", page.extract_text() or "") for page in pages)
    return re.sub(r" ([:;,.)])", r"\1", " ".join(text.split()))


def between(text: str, start: str, end: str) -> str:
    return text[text.index(start) + len(start): text.index(end, text.index(start))]


def test_forward_skips_between_main_steps_are_not_called_going_back(qapp, tmp_path: Path) -> None:
    # tests/data/hip_replacement.yaml: two arrows between main steps, both forward
    # (six-week check-up -> care back with your GP, wound check -> GP) and none back.
    out = tmp_path / "hip.pdf"
    write_handout_pdf(out, load_pathway(DATA / "hip_replacement.yaml"))
    text = pdf_text(out)
    others = between(text, "Not everyone follows the main journey", "Getting fit for surgery")
    assert "Going back to an earlier step" not in others
    # Both end the journey (care back with the GP is an end step): said so, not "skipping ahead".
    assert "Skipping ahead to a later step" not in others
    assert others.split("Going straight to the end of the journey", 1)[1].strip() == (
        "Doing well, no more visits: from “Step 14: Six-week check-up” straight to “Step 16: Care back with your GP”, "
        "where the journey ends. "
        "Healed and local policy is GP follow-up: from “Step 13: Wound check” straight to “Step 16: Care back with your GP”, "
        "where the journey ends."
    )


def test_forward_skips_to_a_step_that_is_no_end_are_skipping_ahead(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    text = (DATA / "hip_replacement.yaml").read_text(encoding="utf-8")
    marked = "  - id: discharged-gp\n    title: Care back with your GP\n"
    assert marked in text
    start = text.index(marked)
    end_flag = text.index("    end: true\n", start)
    path = tmp_path / "hip_no_end.yaml"
    path.write_text(text[:end_flag] + text[end_flag + len("    end: true\n"):], encoding="utf-8")
    out = tmp_path / "hip.pdf"
    write_handout_pdf(out, load_pathway(path))
    others = between(pdf_text(out), "Not everyone follows the main journey", "Getting fit for surgery")
    assert "Going straight to the end of the journey" not in others
    assert "Doing well, no more visits: from “Step 14: Six-week check-up” on to “Step 16: Care back with your GP”." in others.split(
        "Skipping ahead to a later step", 1)[1]


def test_a_way_back_between_main_steps_stays_under_going_back(qapp, tmp_path: Path) -> None:
    # tests/data/small.yaml: "relapse" goes from the close watch (step 5) back to step 1.
    out = tmp_path / "small.pdf"
    write_handout_pdf(out, load_pathway(DATA / "small.yaml"))
    others = between(pdf_text(out), "Not everyone follows the main journey", "Usual care continues")
    assert "Skipping ahead to a later step" not in others
    assert others.split("Going back to an earlier step", 1)[1].strip() == (
        "Relapse: from “Step 5: Close watch” back to “Step 1: Assessment”."
    )


def contents(path: Path) -> list[tuple[str, int]]:
    """(title, page) of each line of the cover's contents ("3.  The steps, one by one  6"),
    as the cover is laid out (tests/pdf_text.py)."""
    cover = layout_pages(path)[0]
    listed = re.findall(r"^\s*(\d+)\.\s+(\S.*?)\s{2,}(\d+)\s*$", cover, re.M)
    assert [int(number) for number, _, _ in listed] == list(range(1, len(listed) + 1))
    return [(title, int(page)) for _, title, page in listed]


def heading_pages(path: Path, title: str) -> list[int]:
    """The pages after the cover with ``title`` on lines of its own (a heading, perhaps
    wrapped: large print)."""
    def has(page: str) -> bool:
        lines = [line.strip() for line in page.splitlines()]
        return any(" ".join(lines[i:j]) == title for i in range(len(lines)) for j in range(i + 1, min(i + 4, len(lines) + 1)))

    return [number for number, page in enumerate(layout_pages(path), 1) if number > 1 and has(page)]


def test_the_contents_list_only_the_sections_printed(qapp, tmp_path: Path) -> None:
    # No word of the shared glossary occurs in the hip pathway, so it has no glossary
    # section; the contents must not promise one.
    out = tmp_path / "hip.pdf"
    write_handout_pdf(out, load_pathway(DATA / "hip_replacement.yaml"), glossary=load_glossary())
    assert [title for title, _ in contents(out)] == [
        "Your journey at a glance", "The main journey, step by step", "The steps, one by one",
        "Other paths some people take", "Who to call, and local rules", "Sources", "About this guide",
    ]
    assert "Words used in this guide" not in pdf_text(out)


def test_the_contents_list_the_glossary_when_it_is_printed(qapp, tmp_path: Path) -> None:
    # small.yaml meets words of tests/data/glossary_small.yaml; it has no urgent signs or
    # local choices, so its contacts section is "Who to call".
    out = tmp_path / "small.pdf"
    write_handout_pdf(out, load_pathway(DATA / "small.yaml"), glossary=load_glossary(DATA / "glossary_small.yaml"))
    assert [title for title, _ in contents(out)] == [
        "Your journey at a glance", "The main journey, step by step", "The steps, one by one",
        "Other paths some people take", "Who to call", "Words used in this guide", "Sources", "About this guide",
    ]
    assert pdf_text(out).count("Words used in this guide") == 2  # in the contents and as the section's heading


BUNDLED_SECTIONS = [
    "Your journey at a glance", "The main journey, step by step", "The steps, one by one",
    "Other paths some people take", "Who to call, and local rules", "Words used in this guide", "Sources",
    "About this guide",
]


@pytest.mark.parametrize(("file", "large_print"), [
    (BUNDLED, False), (BUNDLED, True), (DATA / "stroke_rehab.yaml", True),
])
def test_the_contents_give_the_page_each_section_starts_on(qapp, tmp_path: Path, file: Path, large_print: bool) -> None:
    """The step table comes after the journey's picture, pages after its heading: the
    contents list it, and every section, on the page where its heading is printed."""
    pathway = load_pathway(file)
    out = tmp_path / "handout.pdf"
    write_handout_pdf(out, pathway, glossary=load_glossary(), large_print=large_print,
                      journey_image=render_journey_pictures(pathway, large_print=large_print))
    listed = contents(out)
    if file == BUNDLED:
        assert [title for title, _ in listed] == BUNDLED_SECTIONS
    for title, page in listed:
        assert heading_pages(out, title) == [page], title
    pages = [page for _, page in listed]
    assert pages == sorted(pages)  # in the order printed
    # The picture takes pages of its own: the table is listed pages after "at a glance".
    assert pages[1] > pages[0] + 1


def test_the_contents_in_german_give_the_pages_too(tmp_path: Path) -> None:
    out = tmp_path / "knie.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "pathway_viewer", "handout", str(DATA / "knee_surgery.yaml"), "-o", str(out),
         "--lang", "de", "--large-print"],
        capture_output=True, text=True, timeout=120, encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    listed = contents(out)
    # The interface's words in German (resources/translations/pathway_viewer_de.ts).
    assert [title for title, _ in listed][:3] == ["Ihr Weg auf einen Blick", "Der Hauptweg, Schritt für Schritt",
                                                  "Die Schritte, einer nach dem anderen"]
    for title, page in listed:
        assert heading_pages(out, title) == [page], title


def test_interface_words_hyphenate_by_the_interface_language_pathway_words_by_its_own(qapp) -> None:
    # The French pathway in an English interface: the step table's "Sometime between ..."
    # is English (French rules gave "bet-ween"); the step's title stays French ("Pre-mière").
    pathway = load_pathway(DATA / "car_t_myelome_fr.yaml")
    day_zero = dt.date(2027, 3, 15)
    html = handout_html(pathway, HandoutContent(dates=step_dates(pathway, day_zero), infusion_date=day_zero))
    assert "Some\u00adtime between about 6 weeks and about 2 months before" in html
    assert "bet\u00adween" not in html
    assert "Pre\u00admière consul\u00adta\u00adtion" in html


def test_a_day_zero_date_that_dates_no_step_is_not_printed(qapp, tmp_path: Path) -> None:
    # The tester's Spanish file gives no step a timing: every row would say "to be agreed"
    # and the cover would print a date that anchors nothing.
    pathway = load_pathway(DATA / "rodilla_minimo_es.yaml")
    day_zero = dt.date(2027, 3, 15)
    out = tmp_path / "rodilla.pdf"
    write_handout_pdf(out, pathway, dates=step_dates(pathway, day_zero), infusion_date=day_zero)
    text = pdf_text(out)
    for absent in ("Mon 15 Mar 2027", "The main treatment day", "Your dates", "to be agreed", "worked out from"):
        assert absent not in text
    assert "Step When How long 1 Primera consulta Varies As long as needed 2 Reposo y hielo" in text


def test_the_cli_refuses_a_day_zero_date_for_a_pathway_without_timings(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pathway_viewer", "handout", str(DATA / "rodilla_minimo_es.yaml"),
         "-o", str(tmp_path / "X.pdf"), "--day-zero-date", "2027-03-15"],
        capture_output=True, text=True, timeout=120, encoding="utf-8",
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == ("No step of this pathway has a usual timing, so no step's date can be worked out from day 0: "
                             "leave out --day-zero-date.\n")
    assert not (tmp_path / "X.pdf").exists()


def test_a_way_back_labelled_back_is_not_told_back_twice(qapp, tmp_path: Path) -> None:
    # The bundled infection step leads "back to recovery" and "back to follow-up": the
    # handout read "back to recovery: back to “Step 7 ...”".
    out = tmp_path / "bundled.pdf"
    write_handout_pdf(out, load_pathway(BUNDLED))
    text = pdf_text(out)
    assert "back to recovery: back to" not in text and "back to follow-up: back to" not in text
    assert "Afterwards: back to “Step 7: Recovery: weeks 2 to 4”; back to “Step 8: Follow-up visits”." in text
    # A way back with a condition keeps it: "when it settles: back to ...".
    assert "when it settles: back to “Step 6" in text


def test_a_journey_with_no_side_paths_is_not_said_to_have_some(qapp, tmp_path: Path) -> None:
    from pathway_viewer.cli.commands import main

    out = tmp_path / "line.pdf"  # every step of this one is on the main journey
    assert main(["handout", str(DATA / "rodilla_minimo_es.yaml"), "-o", str(out)]) == 0
    text = pdf_text(out)
    assert "The picture shows every step of the journey, in order." in text
    assert "side paths" not in text
    bundled = tmp_path / "bundled.pdf"
    assert main(["handout", "-o", str(bundled)]) == 0
    assert "the side paths show what can happen to some people" in pdf_text(bundled)
