"""The outline breaks a word wider than its line with a hyphen (in the pathway's language)
rather than cutting it at the panel's edge ("Zentralvenenka", "Überbrückungschemothera":
a tester, German pathway at 1366 x 768)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QStyleOptionViewItem, QTreeWidgetItemIterator
from pytestqt.qtbot import QtBot

from pathway_viewer.core.text_fit import widest_piece
from pathway_viewer.window import actions as A
from window_helpers import open_window, test_settings

GERMAN = Path(__file__).parent / "data" / "stammzelltransplantation_de.yaml"


@pytest.mark.parametrize("percent", [100, 200])
def test_every_word_of_the_outline_fits_its_line(qtbot: QtBot, tmp_path: Path, percent: int) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), GERMAN)
    window.resize(1366, 768)
    window.actions[A.TEXT_SIZE_ACTIONS[percent]].trigger()
    qtbot.wait(10)
    tree = window.outline.tree
    delegate = tree.itemDelegate()
    rows = []
    iterator = QTreeWidgetItemIterator(tree)
    while iterator.value() is not None:
        rows.append(iterator.value())
        iterator += 1
    typed = [row.text(0) for row in rows]
    assert any("Überbrückungschemotherapie" in text for text in typed)  # the word that was cut
    for row in rows:
        index = tree.indexFromItem(row)
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, index)
        room = delegate._room(index)
        drawn = option.text
        # What is drawn is the text as typed, with break chances only.
        assert drawn.replace("\u00ad", "").replace("\u200b", "") == row.text(0)
        # Qt breaks after a hyphen, at a soft hyphen and at a zero-width space.
        assert widest_piece(drawn.replace("\u200b", " ").replace("-", "- "), QFontMetricsF(option.font)) <= room, drawn
