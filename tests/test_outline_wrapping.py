"""Every line of the outline is drawn whole: a word wider than the panel breaks, it is not
cut at the panel's edge.

At 150 % text in a 1366x768 window the German transplant pathway's first line read
"Aufklärungsgespräc" / "in der" / "Transplantationsam": the tree wraps at spaces only and
clipped the long words. Its lines now break such words with a hyphen, as the care-team
list does, and the line's own text (what a screen reader reads) stays as written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.hyphenation import SOFT_HYPHEN
from window_helpers import open_window, row_ink, test_settings

GERMAN = Path(__file__).parent / "data" / "stammzelltransplantation_de.yaml"


def test_long_german_words_in_the_outline_break_and_are_drawn_whole(qtbot: QtBot, tmp_path: Path) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", 150)
    window = open_window(qtbot, settings, GERMAN, (1366, 768))
    QApplication.processEvents()
    tree = window.outline.tree
    lines = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    first = lines[0]
    assert first.text(0) == "Aufklärungsgespräch in der Transplantationsambulanz"
    assert SOFT_HYPHEN not in first.text(0)  # what is read aloud and copied is the title
    # The word is wider than the line's room, so it must break to be drawn whole.
    room = tree.visualItemRect(first).width()
    assert tree.fontMetrics().horizontalAdvance("Transplantationsambulanz") > room - tree.indentation()
    for line in lines:
        index = tree.indexFromItem(line)
        assert row_ink(tree, index, 0) >= 0.97 * row_ink(tree, index, 400, 400), line.text(0)
