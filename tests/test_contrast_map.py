"""What the journey map paints, read back from its pixels: a step only some people need is
told apart by a dashed border at the first look's zoom too (never by its fill alone), and
that border stands out at 3:1 from the map in every scheme."""

from __future__ import annotations


import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from models.contrast import NON_TEXT_MINIMUM
from pathway_viewer.core.theme import contrast_ratio, make_theme
from pathway_viewer.journey.items import StepCard
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow

SCHEMES = ("light", "dark", "high-contrast")
FIRST_LOOK_ZOOM = 0.4  # about where the bundled journey opens at 1366 x 768


def left_edge(window: MainWindow, image: QImage, card: StepCard, scheme: str) -> list[bool]:
    """Down the card's left edge, under its phase band: True where the border's ink is
    painted (3:1 or more against the map's background, in any of the edge's 4 columns)."""
    view = window.view
    rect = view.mapFromScene(card.mapRectToScene(card.card_rect())).boundingRect()
    band = round(card.band_rect().height() * view.zoom_level)
    background = make_theme(scheme).background_color
    return [
        max(contrast_ratio(image.pixelColor(rect.left() + dx, y), background) for dx in (-1, 0, 1, 2)) >= NON_TEXT_MINIMUM
        for y in range(rect.top() + band + 3, rect.bottom() - 8)
    ]


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_side_steps_border_is_dashed_and_3_to_1_at_the_first_looks_zoom(
    qtbot: QtBot, window: MainWindow, scheme: str
) -> None:
    window.actions[A.THEME_ACTIONS[scheme]].trigger()
    window.view.set_zoom(FIRST_LOOK_ZOOM)
    window.view.centerOn(window.scene.card("not-eligible"))
    qtbot.wait(20)
    image = window.view.viewport().grab().toImage()
    side = left_edge(window, image, window.scene.card("not-eligible"), scheme)  # "not eligible": only some people
    painted = [run for run in "".join("x" if on else "." for on in side).split(".") if run]
    # Dashes: several painted runs with gaps between them, each dash a few pixels long.
    assert len(painted) >= 2, side
    assert all(len(run) >= 4 for run in painted[1:-1]), painted
    window.view.centerOn(window.scene.card("assess"))
    qtbot.wait(20)
    image = window.view.viewport().grab().toImage()
    assert all(left_edge(window, image, window.scene.card("assess"), scheme))  # the main journey's: solid


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_legends_sample_of_a_side_step_is_dashed_as_it_promises_when_zoomed_out(
    qtbot: QtBot, window: MainWindow, scheme: str
) -> None:
    window.actions[A.THEME_ACTIONS[scheme]].trigger()
    window.view.set_zoom(FIRST_LOOK_ZOOM)
    legend = window.scene.legend()
    assert legend is not None
    sample = legend.only_some_sample()
    assert sample is not None  # small.yaml has steps only some people need
    window.view.centerOn(legend)
    qtbot.wait(20)
    image = window.view.viewport().grab().toImage()
    rect = window.view.mapFromScene(legend.mapRectToScene(sample)).boundingRect()
    background = make_theme(scheme).card_color  # the legend's own box
    y = rect.bottom()  # along the sample's bottom edge, below its rounded corners
    edge = [max(contrast_ratio(image.pixelColor(x, y + dy), background) for dy in (-2, -1, 0, 1)) >= NON_TEXT_MINIMUM
            for x in range(rect.left() + 3, rect.right() - 2)]
    seen = "".join("x" if on else "." for on in edge)
    # Dashes of 8 px with gaps: painted and unpainted stretches along one straight edge (a
    # solid border, as drawn before, painted it all).
    assert "xxxx" in seen and "..." in seen, seen
