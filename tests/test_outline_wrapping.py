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


def _inked_rows(tree, index) -> tuple[int, int, int]:  # noqa: ANN001 - the outline's tree
    """(first, last) rows of dark pixels of the line at ``index`` as drawn, and its height."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    rect = tree.visualRect(index)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = QRect(0, 0, rect.width(), rect.height())
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    tree.itemDelegate().paint(painter, option, index)
    painter.end()
    inked = [y for y in range(image.height()) if any(QColor(image.pixel(x, y)).lightness() < 110 for x in range(image.width()))]
    return inked[0], inked[-1], rect.height()


def test_a_line_mixing_right_to_left_words_and_the_app_s_is_drawn_on_the_lines_it_was_measured_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # "back to <Arabic title> (<Arabic label>)" was measured on three of the Arabic font's
    # tall lines and drawn by the style on two, centred: a blank line above the words.
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), Path(__file__).parent / "data" / "cataract_ar.yaml", (1920, 1080))
    QApplication.processEvents()
    tree = window.outline.tree
    branch = next(
        tree.topLevelItem(n).child(0) for n in range(tree.topLevelItemCount()) if tree.topLevelItem(n).childCount()
    )
    assert branch.text(0).startswith("back to ")
    first, last, height = _inked_rows(tree, tree.indexFromItem(branch))
    # As much room above the words as below them, and neither a line's worth.
    assert first < 22 and height - last < 22, (first, last, height)  # drawn on two of three: 30 above
