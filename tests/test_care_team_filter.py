"""Choosing a person in the care team: their steps get a bold frame, the others fade only so
far that their words still read at 4.5:1, read back from the map's pixels in every scheme;
the faded steps stay selectable."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from models.contrast import NON_TEXT_MINIMUM, TEXT_MINIMUM
from pathway_viewer.core.theme import contrast_ratio, make_theme
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import click_card

SCHEMES = ("light", "dark", "high-contrast")


def choose_person(qtbot: QtBot, window: MainWindow, name: str) -> None:
    people = window.findChild(QListWidget, "care_team_list")
    row = next(i for i in range(people.count()) if people.item(i).text().startswith(name))
    rect = people.visualItemRect(people.item(row))
    qtbot.mouseClick(people.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(20)


def card_on_screen(window: MainWindow, step_id: str) -> QRect:
    card = window.scene.card(step_id)
    return window.view.mapFromScene(card.mapRectToScene(card.card_rect())).boundingRect()


def title_contrast(image: QImage, rect: QRect, band: int) -> float:
    """The title's words against the card's own fill: the commonest colour under the band."""
    body = QRect(rect.left() + 4, rect.top() + band + 2, rect.width() - 8, rect.height() - band - 6)
    colours = Counter(image.pixel(x, y) for x in range(body.left(), body.right()) for y in range(body.top(), body.bottom()))
    fill = QColor.fromRgb(colours.most_common(1)[0][0])
    return max(contrast_ratio(QColor.fromRgb(c), fill) for c in colours)


def frame_width(image: QImage, rect: QRect, background: QColor) -> int:
    """How many pixels across the card's left edge, three quarters down (under the arrow
    that comes in half-way down), stand out at 3:1."""
    y = rect.top() + rect.height() * 3 // 4
    return sum(contrast_ratio(image.pixelColor(x, y), background) >= NON_TEXT_MINIMUM for x in range(rect.left() - 4, rect.left() + 5))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_chosen_persons_steps_are_framed_and_the_others_still_read(qtbot: QtBot, window: MainWindow, scheme: str) -> None:
    window.actions[A.THEME_ACTIONS[scheme]].trigger()
    window.view.centerOn(window.scene.card("make-cells"))
    qtbot.wait(20)
    before = window.view.viewport().grab().toImage()
    background = make_theme(scheme).background_color
    plain = frame_width(before, card_on_screen(window, "collect"), background)

    choose_person(qtbot, window, "Nurse")  # the nurse takes part in the collection, not in making the cells
    image = window.view.viewport().grab().toImage()
    band = round(window.scene.card("make-cells").band_rect().height() * window.view.zoom_level)
    assert window.scene.card("make-cells").is_dimmed
    assert title_contrast(image, card_on_screen(window, "make-cells"), band) >= TEXT_MINIMUM
    # The nurse's step: a frame at least twice as wide as before, not a colour.
    framed = frame_width(image, card_on_screen(window, "collect"), background)
    assert framed >= max(4, 2 * plain), (plain, framed)

    click_card(qtbot, window, "make-cells")  # faded, still there to click
    assert window.document.selected == "make-cells"


def test_a_screen_reader_hears_the_filter_on_the_map_and_on_each_step(qtbot: QtBot, window: MainWindow) -> None:
    view = QAccessible.queryAccessibleInterface(window.view)

    def described(title: str) -> str:
        child = next(view.child(i) for i in range(view.childCount()) if view.child(i).text(QAccessible.Text.Name) == title)
        return child.text(QAccessible.Text.Description)

    plain = described("Making the cells")
    choose_person(qtbot, window, "Nurse")
    assert described("Making the cells") == "Nurse has no part in this step. " + plain
    assert described("Cell collection").startswith("Nurse takes part in this step. Part of the journey: ")
    assert view.text(QAccessible.Text.Description).endswith(
        " Showing the steps of Nurse; each step says whether this person takes part.")
    choose_person(qtbot, window, "Everyone")
    assert described("Making the cells") == plain
    assert "Showing the steps of" not in view.text(QAccessible.Text.Description)
