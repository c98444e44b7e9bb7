"""No page of a handout is paper with only its footer (and notice) on it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

REPO = Path(__file__).parent.parent


def _pictures(page: DictionaryObject) -> int:
    resources = page.get("/Resources")
    objects = resources.get_object().get("/XObject") if resources is not None else None
    if objects is None:
        return 0
    return sum(1 for ref in objects.get_object().values() if ref.get_object().get("/Subtype") == "/Image")


def _bare_pages(path: Path, furniture: tuple[str, ...]) -> list[int]:
    """Pages (from 1) whose text, without the words every page carries, is empty, and that
    hold no picture."""
    bare = []
    for number, page in enumerate(PdfReader(str(path)).pages, start=1):
        words = " ".join((page.extract_text() or "").split())
        for line in furniture:
            words = words.replace(line, "")
        words = " ".join(word for word in words.split() if not word.isdigit() and word not in ("Page", "of", "Seite", "von", "·"))
        if not words and not _pictures(page):
            bare.append(number)
    return bare


@pytest.mark.parametrize(("args", "furniture"), [
    # Large print with both dates: a page break asked for inside the cover's "Please read"
    # box left three pages with only the box's empty frame on them.
    (["--large-print", "--day-zero-date", "2026-03-10", "--booked-date", "2026-02-17"],
     ("Educational, not medical advice. Talk to your care team about your own care.",)),
    # The unchecked German translation's notice above every page took the few pixels a
    # journey picture planned for a page needed: Qt moved it on, leaving a page blank.
    (["--lang", "de", "--content-lang", "de", "--day-zero-date", "2026-03-10", "--booked-date", "2026-02-17"],
     ("Zum Lernen, keine ärztliche Beratung. Sprechen Sie mit Ihrem Behandlungsteam über Ihre eigene Behandlung.",
      "Diese deutsche Übersetzung wurde noch nicht von einer Ärztin oder einem Arzt geprüft.")),
])
def test_no_page_holds_only_its_footer(tmp_path: Path, args: list[str], furniture: tuple[str, ...]) -> None:
    out = tmp_path / "handout.pdf"
    home = tmp_path / "home"  # no clinic settings: the cover as a new install makes it
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    result = subprocess.run([sys.executable, "-m", "pathway_viewer", "handout", "-o", str(out), *args],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr
    assert _bare_pages(out, furniture) == []


def test_a_box_taller_than_a_page_is_cut_not_moved(qapp: object, tmp_path: Path) -> None:
    # A break asked for inside a box moves the whole box; a box taller than a page cannot
    # move whole, and moving it only left the page before it half empty (one page more).
    from PySide6.QtGui import QTextDocument

    from pathway_viewer.output.paged_text import write_pdf

    intro = "".join(f"<p>Intro paragraph {i} with some words to fill a line of text here.</p>" for i in range(20))
    box = "".join(f"<p>Box paragraph {i}: " + "call your team if you feel unwell or have a fever. " * 6 + "</p>"
                  for i in range(40))
    doc = QTextDocument()
    doc.setHtml(f"<html><body>{intro}<table border='1' width='100%' cellpadding='6'><tr><td>{box}</td></tr></table>"
                "<p>After the box.</p></body></html>")
    out = tmp_path / "box.pdf"
    write_pdf(out, doc, paper="a4", title="t", footer="FOOT")
    first = " ".join((PdfReader(str(out)).pages[0].extract_text() or "").split())
    assert "Box paragraph 0" in first  # the box starts under the intro, on the first page
