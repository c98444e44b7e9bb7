"""A hyphenated compound too wide for its line breaks inside its long parts where the
language allows, never between two letters with no hyphen (the large-print handout once
drew "Transplanta" / "t-gegen-")."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from models.hyphenation import break_points
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.core.text_fit import wrap_lines

TITLE = "Behandlung einer Transplantat-gegen-Wirt-Reaktion"


def test_a_compound_breaks_inside_its_long_part_with_a_hyphen(qapp: QApplication) -> None:
    load_bundled_fonts()
    font = QFont()
    font.setPointSizeF(12)
    font.setBold(True)
    metrics = QFontMetricsF(font)
    # Narrower than "Transplantat-", wide enough for "Transplan-" and "Behandlung".
    width = max(metrics.horizontalAdvance("Transplan-"), metrics.horizontalAdvance("Behandlung")) + 1
    assert metrics.horizontalAdvance("Transplantat-") > width
    lines = wrap_lines(TITLE, font, width, 12, metrics, lambda word: break_points(word, "de"))
    # was "Transplanta" / "t-gegen-": cut between letters, no hyphen
    assert lines == ["Behandlung", "einer Trans-", "plantat-", "gegen-Wirt-", "Reaktion"]
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
