"""The handout's text sections, read from the PDF as a patient would: each heading holds
what it says, and the contents list exactly the sections printed."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from models import load_pathway
from models.glossary import load_glossary
from models.schedule import step_dates
from pathway_viewer.output.handout import write_handout_pdf
from pathway_viewer.output.handout_html import HandoutContent, handout_html

DATA = Path(__file__).parent / "data"


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
    assert others.split("Skipping ahead to a later step", 1)[1].strip() == (
        "Doing well, no more visits: from “Step 14: Six-week check-up” on to “Step 16: Care back with your GP”. "
        "Healed and local policy is GP follow-up: from “Step 13: Wound check” on to “Step 16: Care back with your GP”."
    )


def test_a_way_back_between_main_steps_stays_under_going_back(qapp, tmp_path: Path) -> None:
    # tests/data/small.yaml: "relapse" goes from the close watch (step 5) back to step 1.
    out = tmp_path / "small.pdf"
    write_handout_pdf(out, load_pathway(DATA / "small.yaml"))
    others = between(pdf_text(out), "Not everyone follows the main journey", "Usual care continues")
    assert "Skipping ahead to a later step" not in others
    assert others.split("Going back to an earlier step", 1)[1].strip() == (
        "Relapse: from “Step 5: Close watch” back to “Step 1: Assessment”."
    )


def test_the_contents_list_only_the_sections_printed(qapp, tmp_path: Path) -> None:
    # No word of the shared glossary occurs in the hip pathway, so it has no glossary
    # section; the contents must not promise one.
    out = tmp_path / "hip.pdf"
    write_handout_pdf(out, load_pathway(DATA / "hip_replacement.yaml"), glossary=load_glossary())
    text = pdf_text(out)
    assert between(text, "In this guide", "Please read:").strip() == (
        "1. Your journey at a glance 2. The steps, one by one 3. Other paths some people take "
        "4. Who to call, and local rules 5. Sources"
    )
    assert "Words used in this guide" not in text


def test_the_contents_list_the_glossary_when_it_is_printed(qapp, tmp_path: Path) -> None:
    # small.yaml meets words of tests/data/glossary_small.yaml; it has no urgent signs or
    # local choices, so its contacts section is "Who to call".
    out = tmp_path / "small.pdf"
    write_handout_pdf(out, load_pathway(DATA / "small.yaml"), glossary=load_glossary(DATA / "glossary_small.yaml"))
    text = pdf_text(out)
    assert between(text, "In this guide", "Please read:").strip() == (
        "1. Your journey at a glance 2. The steps, one by one 3. Other paths some people take "
        "4. Who to call 5. Words used in this guide 6. Sources"
    )
    assert text.count("Words used in this guide") == 2  # in the contents and as the section's heading


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
    assert "Step When How long 1 Primera consulta varies As long as needed 2 Reposo y hielo" in text


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
