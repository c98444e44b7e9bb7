"""Lines break as a typesetter would: a word that fits on a line of its own moves there whole
rather than being hyphenated ("Emergency as-" / "sessment" on a card with room), unless that
costs a line the card does not have; a number stays with its unit ("1 / Tag", "day 0"); and
a German word is never broken so that a line starts with letters no syllable starts with
("Zentra-" / "lvenen", "absto-" / "ssungs")."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication

from models.hyphenation import break_points, soft_hyphenate
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.core.text_fit import wrap_lines


def card_font() -> tuple[QFont, QFontMetricsF]:
    load_bundled_fonts()
    font = QFont()
    font.setPointSizeF(12)
    font.setBold(True)
    return font, QFontMetricsF(font)


def english(word: str) -> tuple[tuple[str, str], ...]:
    return break_points(word, "en")


def german(word: str) -> tuple[tuple[str, str], ...]:
    return break_points(word, "de")


def test_a_word_that_fits_a_line_moves_there_whole(qapp: QApplication) -> None:
    font, metrics = card_font()
    # Room for "Emergency as-" but not "Emergency assessment"; "assessment" fits alone.
    width = metrics.horizontalAdvance("Emergency as-") + 1
    assert metrics.horizontalAdvance("Emergency assessment") > width
    lines = wrap_lines("Emergency assessment and brain scan", font, width, 4, metrics, english)
    assert lines[:2] == ["Emergency", "assessment"]  # was "Emergency as-" / "sessment ..."
    assert not any(line.endswith("-") for line in lines)


def test_a_hyphen_is_kept_when_the_card_has_no_line_to_spare(qapp: QApplication) -> None:
    font, metrics = card_font()
    width = max(metrics.horizontalAdvance("Emergency as-"), metrics.horizontalAdvance("sessment today")) + 1
    assert metrics.horizontalAdvance("assessment today") > width
    # Three lines whole; in two, only the hyphen keeps every word.
    assert wrap_lines("Emergency assessment today", font, width, 3, metrics, english) == [
        "Emergency", "assessment", "today",
    ]
    assert wrap_lines("Emergency assessment today", font, width, 2, metrics, english) == [
        "Emergency as-", "sessment today",
    ]


def test_a_word_wider_than_a_line_is_still_hyphenated(qapp: QApplication) -> None:
    font, metrics = card_font()
    width = metrics.horizontalAdvance("Zentralvenen-") + 1
    assert metrics.horizontalAdvance("Zentralvenenkatheter") > width
    lines = wrap_lines("Ein Zentralvenenkatheter wird gelegt", font, width, 5, metrics, german)
    assert lines == ["Ein Zentralve-", "nenkatheter", "wird gelegt"]


def test_a_number_stays_with_its_unit(qapp: QApplication) -> None:
    font, metrics = card_font()
    width = metrics.horizontalAdvance("Tabletten 1 /") + 1
    assert metrics.horizontalAdvance("Tabletten 1 / Tag") > width
    assert wrap_lines("Tabletten 1 / Tag", font, width, 3, metrics, german) == ["Tabletten", "1 / Tag"]
    width = metrics.horizontalAdvance("back on day") + 1
    assert wrap_lines("Cells come back on day 0", font, width, 3, metrics, english)[-1] == "day 0"
    width = metrics.horizontalAdvance("Take 10") + 1
    assert wrap_lines("Take 10 mg daily", font, width, 3, metrics, english) == ["Take", "10 mg", "daily"]


def test_german_breaks_start_a_line_where_a_syllable_can() -> None:
    # pyphen's patterns gave "Zen-tra-lve-nen..." and "ab-sto-ssungs..." (a compound's seam missed).
    assert soft_hyphenate("Zentralvenenkatheter", "de").split("\u00ad")[:3] == ["Zen", "tral", "ve"]
    assert soft_hyphenate("Abstossungsreaktion", "de").split("\u00ad")[:3] == ["Ab", "stos", "sungs"]
    assert soft_hyphenate("Rückkehr", "de") == "Rück\u00adkehr"
    for word in ("Zentralvenenkatheteranlage", "abstossungsreaktion", "Blutstammzelltransplantation"):
        assert not any(right[:2].lower() in ("lv", "ss", "ck", "mz") for _left, right in german(word)), word
    # What pyphen had right stays: a syllable may start "Pfl", "str", "schw"; Spanish writes "ll", "rr".
    assert soft_hyphenate("Pflegefachkraft", "de") == "Pfle\u00adge\u00adfach\u00adkraft"
    assert soft_hyphenate("rodilla", "es") == "ro\u00addi\u00adlla"
    assert soft_hyphenate("derrame", "es") == "de\u00adrra\u00adme"
