"""Every line of the outline is drawn whole: a word wider than the panel breaks, it is not
cut at the panel's edge.

At 150 % text in a 1366x768 window the German transplant pathway's first line read
"Aufklärungsgespräc" / "in der" / "Transplantationsam": the tree wraps at spaces only and
clipped the long words. Its lines now break such words with a hyphen, as the care-team
list does, and the line's own text (what a screen reader reads) stays as written.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from models.hyphenation import SOFT_HYPHEN
from window_helpers import open_window, test_settings

GERMAN = Path(__file__).parent / "data" / "stammzelltransplantation_de.yaml"


def ink(tree: QTreeWidget, item: QTreeWidgetItem, extra: int) -> int:
    """Dark pixels of ``item``'s line drawn as the tree draws it, in a rect ``extra`` pixels
    wider and taller: with room to spare nothing can be cut."""
    rect = tree.visualItemRect(item)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = QRect(0, 0, rect.width() + extra, rect.height() + extra)
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    tree.itemDelegate().paint(painter, option, tree.indexFromItem(item))
    painter.end()
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if QColor(image.pixel(x, y)).lightness() < 110
    )


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
        assert ink(tree, line, 0) >= 0.97 * ink(tree, line, 400), line.text(0)
