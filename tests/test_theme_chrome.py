"""The window's own controls that Qt's Fusion style draws in fixed greys (the toolbar's ">>",
a panel's close button, a tree row's open/closed arrow) are painted in the theme's ink, 3:1 or
better on what is around them, in every scheme.

Measured from the pixels of a grab: the colour that stands out most from the control's
background, against the background colour the theme says is there.
"""

from __future__ import annotations


import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QToolButton, QTreeView
from pytestqt.qtbot import QtBot

from models.contrast import NON_TEXT_MINIMUM
from pathway_viewer.core.theme import contrast_ratio, make_theme
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow

SCHEMES = ("light", "dark", "high-contrast")


def strongest(image: QImage, background: QColor, area: QRect | None = None) -> float:
    """The contrast of the painted colour that stands out most from ``background``."""
    area = area or image.rect()
    best = 1.0
    for x in range(area.left(), area.right() + 1):
        for y in range(area.top(), area.bottom() + 1):
            best = max(best, contrast_ratio(image.pixelColor(x, y), background))
    return best


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_toolbars_more_button_and_the_panels_close_buttons_are_drawn_in_the_themes_ink(
    qtbot: QtBot, window: MainWindow, scheme: str
) -> None:
    window.actions[A.THEME_ACTIONS[scheme]].trigger()
    window.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()  # the toolbar's commands no longer fit 1366 px
    qtbot.wait(20)
    around = QColor(make_theme(scheme).window_color)
    more = [b for b in window.findChildren(QToolButton, "qt_toolbar_ext_button") if b.isVisible()]
    assert len(more) == 1
    assert strongest(more[0].grab().toImage(), around) >= NON_TEXT_MINIMUM
    closes = [b for dock in window.findChildren(QDockWidget) if dock.isVisible()
              for b in dock.findChildren(QAbstractButton) if b.isVisible() and b.parent() is dock]
    assert len(closes) >= 2  # care team and details, each with its close button
    for button in closes:
        assert strongest(button.grab().toImage(), around) >= NON_TEXT_MINIMUM, button.parent().objectName()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_selected_outline_rows_arrow_reads_on_the_selection(qtbot: QtBot, window: MainWindow, scheme: str) -> None:
    window.actions[A.THEME_ACTIONS[scheme]].trigger()
    tree = window.findChild(QTreeView, "outline_tree")
    assert tree is not None
    tree.setVisible(True)
    first = tree.model().index(0, 0)
    assert tree.model().hasChildren(first)  # the first step has a branch under it
    tree.setCurrentIndex(first)
    qtbot.wait(20)
    row = tree.visualRect(first)
    image = tree.viewport().grab().toImage()
    # The arrow stands left of the words, in the tree's indentation.
    arrow = QRect(0, row.top(), max(1, row.left()), row.height())
    assert arrow.width() >= 8
    selected = QColor(make_theme(scheme).selection_background)
    assert strongest(image, selected, arrow) >= NON_TEXT_MINIMUM


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_focused_push_button_shows_a_ring_that_reads(qtbot: QtBot, window: MainWindow, scheme: str) -> None:
    # Fusion's mark of a focused push button ("Start the quiz", "Check answer") changed not a
    # pixel under the app's style sheet: a keyboard user could not see where they were.
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

    window.actions[A.THEME_ACTIONS[scheme]].trigger()
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    field, button = QLineEdit(), QPushButton("Start the quiz")
    layout.addWidget(field)
    layout.addWidget(button)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(host.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    before = button.grab().toImage()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    after = button.grab().toImage()
    changed = [(x, y) for x in range(after.width()) for y in range(after.height()) if after.pixel(x, y) != before.pixel(x, y)]
    assert len(changed) > 2 * (after.width() + after.height())  # a ring all round, not a speck
    ring = max(contrast_ratio(after.pixelColor(x, y), before.pixelColor(x, y)) for x, y in changed)
    assert ring >= NON_TEXT_MINIMUM
