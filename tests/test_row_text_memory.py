"""A row's text as drawn and its height, remembered (panels/row_text.measured_row).

A list asks for every row's size to measure it and again to draw it, and again each time
its panel is narrowed and widened back: a 5,000-step outline spent seconds breaking and
measuring the same texts. What is remembered must be exactly what measuring gives.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from pathway_viewer.panels import row_text
from pathway_viewer.panels.row_text import as_measured, breakable, measured_row, wrapped_height

TEXTS = [
    "Stammzelltransplantationsambulanz und Nachsorge",  # a compound wider than the row
    "Rheumatologist (7 steps)",
    "CAR-Tコーディネーター (4 steps)",
    "",
]


@pytest.mark.parametrize("width", [60, 120, 400])
def test_a_remembered_row_is_exactly_the_row_measured_afresh(qapp: QApplication, width: int) -> None:
    font = QFont(qapp.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    for text in TEXTS:
        broken = breakable(text, QFontMetricsF(font), width, "de")
        afresh = as_measured(broken, font, width), wrapped_height(broken, font, width)
        assert measured_row(text, font, width, "de") == afresh
        assert measured_row(text, font, width, "de") == afresh  # asked again: the same


def test_another_font_width_or_language_is_measured_for_itself(qapp: QApplication) -> None:
    text = TEXTS[0]
    font = QFont(qapp.font())
    narrow = measured_row(text, font, 80, "de")
    assert measured_row(text, font, 400, "de") != narrow  # wider: fewer lines
    bold = QFont(font)
    bold.setBold(True)
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 2)
    assert measured_row(text, bigger, 80, "de")[1] > narrow[1]
    assert measured_row(text, bold, 80, "de") == (
        as_measured(breakable(text, QFontMetricsF(bold), 80, "de"), bold, 80),
        wrapped_height(breakable(text, QFontMetricsF(bold), 80, "de"), bold, 80),
    )


def test_the_memory_is_bounded(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(row_text, "MEASURED_MOST", 10)
    monkeypatch.setattr(row_text, "_MEASURED", {})
    font = QFont(qapp.font())
    for k in range(25):
        measured_row(f"row {k}", font, 200, "en")
        assert len(row_text._MEASURED) <= 10
