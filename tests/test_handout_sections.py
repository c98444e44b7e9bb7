"""The handout's text sections, read from the PDF as a patient would: each heading holds
what it says, and the contents list exactly the sections printed."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from models import load_pathway
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
