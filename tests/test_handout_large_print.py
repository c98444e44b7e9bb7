"""Large-print handouts: the body at 16 pt (headings in proportion, nothing smaller), from the
File menu (remembered) and from ``pathway-viewer handout --large-print``."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from pathway_viewer.core.settings import AppSettings
from pathway_viewer.window import actions as A
from pdf_text import layout_pages, words_on_page
from window_helpers import open_window

REPO = Path(__file__).parent.parent
KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"


def point_sizes(path: Path) -> Counter[float]:
    """Characters per printed size in points (the text matrix times the font size)."""
    sizes: Counter[float] = Counter()

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            sizes[round(size * tm[3] * cm[3])] += len(text.strip())

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def body_size(path: Path) -> float:
    return point_sizes(path).most_common(1)[0][0]  # most of a handout's words are body text


def test_large_print_from_the_file_menu_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = open_window(qtbot, settings, KNEE)
    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    assert window.export_handout_to(normal)
    window.actions[A.HANDOUT_LARGE_PRINT].trigger()
    assert window.export_handout_to(large)
    window.close()

    assert body_size(normal) == 12
    assert body_size(large) == 16
    # No print under the body's size: the role descriptions were about 14 pt and the footer
    # ("Educational, not medical advice") about 11 pt, shrunk to share a line with the page number.
    assert min(point_sizes(large)) >= 16, point_sizes(large)
    again = open_window(qtbot, settings, KNEE)
    assert again.actions[A.HANDOUT_LARGE_PRINT].isChecked()


def test_the_command_line_writes_large_print(tmp_path: Path) -> None:
    out = tmp_path / "large.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "pathway_viewer", "handout", str(KNEE), "-o", str(out), "--large-print"],
        cwd=REPO, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert body_size(out) == 16


def test_a_long_footer_and_notice_stay_whole_on_the_page_in_large_print(tmp_path: Path) -> None:
    """German words are long: in large print the unchecked-translation notice ran off the
    page ("... von einer Ärztin oder eine") and the footer ran under "Seite 3 von 10"."""
    out = tmp_path / "large-de.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "pathway_viewer", "handout", str(KNEE), "-o", str(out), "--large-print", "--lang", "de"],
        cwd=REPO, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    right_margin = 595 - 16 / 25.4 * 72  # A4, 16 mm margins
    words = words_on_page(out, 3)
    assert {"geprüft.", "Behandlung.", "Seite"} <= {word for word, _, _ in words}, "a line was cut off the page"
    notice_end = next(right for word, _, right in words if word == "geprüft.")
    assert notice_end <= right_margin + 0.5
    footer_end = next(right for word, _, right in words if word == "Behandlung.")
    page_number = next(left for word, left, _ in words if word == "Seite")
    assert footer_end < page_number
    assert max(right for _, _, right in words) <= right_margin + 0.5


def test_a_long_footer_and_notice_wrap_in_large_print_and_are_never_cut(qapp: object, tmp_path: Path) -> None:
    # At 16 pt a German footer with the emergency number takes three lines; with room for two
    # its last line ("Notruf: ...") was cut through, and the notice shrank to 10.5 pt.
    import datetime as dt

    from models import bundled_pathway, load_pathway
    from pathway_viewer.core import i18n
    from pathway_viewer.core.clinic import ClinicInfo
    from pathway_viewer.output.handout import write_handout_pdf

    i18n.apply_language(qapp, "de")  # type: ignore[arg-type]
    out = tmp_path / "large_de.pdf"
    write_handout_pdf(out, load_pathway(bundled_pathway()), clinic=ClinicInfo(emergency_number="0800 123 456 789"),
                      large_print=True, prepared_on=dt.date(2030, 1, 1))  # due for review: a notice on every page
    assert min(point_sizes(out)) >= 16, point_sizes(out)
    for page in PdfReader(str(out)).pages[:6]:
        text = " ".join((page.extract_text() or "").split())
        assert "Notruf: 0800 123 456 789" in text and "Prüfung fällig seit" in text, text[-300:]


def test_the_emergency_number_is_never_cut_across_two_lines(qapp: object, tmp_path: Path) -> None:
    # In large print the footer wrapped inside the number: "Emergency: +49 9131" on one line
    # and "85-12345" on the next, where half a number may be dialled in a panic.
    import datetime as dt

    from models import bundled_pathway, load_pathway
    from pathway_viewer.core.clinic import ClinicInfo
    from pathway_viewer.output.handout import write_handout_pdf

    out = tmp_path / "large.pdf"
    number = "+49 9131 85-12345"
    write_handout_pdf(out, load_pathway(bundled_pathway()), clinic=ClinicInfo(emergency_number=number, phones={}),
                      large_print=True, infusion_date=dt.date(2026, 3, 10), collection_date=dt.date(2026, 2, 17))
    pages = len(PdfReader(str(out)).pages)
    for page in (1, 2, pages):
        lines = layout_pages(out)[page - 1].splitlines()
        shown = [line for line in lines if "9131" in line or "85-12345" in line]
        assert all(re.search(r"\+49\s+9131\s+85-12345", line) for line in shown), shown
        assert any(re.search(r"Emergency:\s+\+49", line) for line in shown), shown  # the footer's


def test_the_cover_stays_on_one_page_in_large_print_and_its_review_line_goes_to_the_end(qapp: object, tmp_path: Path) -> None:
    # A Polish ward's large-print cover ran onto a second page that held only its
    # "Content version 0.9; reviewed ..." line, the rest of the paper blank.
    import datetime as dt

    from models import load_pathway
    from models.schedule import step_dates
    from pathway_viewer.output.handout import write_handout_pdf

    pathway = load_pathway(Path(__file__).parent / "data" / "zlamanie_biodra_pl.yaml")
    dates = step_dates(pathway, dt.date(2026, 7, 6), dt.date(2026, 7, 5))
    pages = {}
    for large in (False, True):
        out = tmp_path / f"h{large}.pdf"
        write_handout_pdf(out, pathway, dates=dates, infusion_date=dt.date(2026, 7, 6),
                          collection_date=dt.date(2026, 7, 5), large_print=large)
        pages[large] = [" ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages]
    for large, texts in pages.items():
        assert texts[1].startswith("Your journey at a glance"), (large, texts[1][:120])
        assert "Content version 0.9" in texts[-1]  # About this guide, at the end
    assert "Content version 0.9" in pages[False][0]  # the cover keeps it where it fits
    assert "Content version 0.9" not in pages[True][0]
