"""The handout's text sections, read from the PDF as a patient would: each heading holds
what it says, and the contents list exactly the sections printed."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from models import load_pathway
from models.glossary import load_glossary
from pathway_viewer.output.handout import write_handout_pdf

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
