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
