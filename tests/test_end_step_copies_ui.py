"""Drawn copies of shared end steps in the real window (issue point 4): every arrow into an
end step is short on screen, and a copy is the same step (click, selection, role filter)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from pytestqt.qtbot import QtBot

from models.layout import Layout
from pathway_viewer.core.settings import AppSettings
from pathway_viewer.journey.items import COPY_CUE
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from test_end_steps import FEW_COLUMNS, shared_end_journey


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = create_main_window(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), None)
    qtbot.addWidget(window)
    window.document.set_pathway(shared_end_journey().pathway)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def column_of(layout: Layout, x: float) -> float:
    return x / (layout.spec.card_width + layout.spec.column_gap)


def test_every_arrow_into_an_end_step_spans_a_few_columns_on_screen(window: MainWindow) -> None:
    scene, layout = window.scene, window.document.layout
    assert layout is not None
    assert len(scene.copies("other")) == 2 and not scene.copies("care")
    for target in ("other", "care"):
        for t in window.document.graph.incoming(target):
            # Each line drawn: an arrow cut short where the journey wraps into rows is two stubs.
            for piece in scene.arrow(t.from_, target).path().toSubpathPolygons():
                line = piece.boundingRect()
                span = column_of(layout, line.right()) - column_of(layout, line.left())
                assert span <= FEW_COLUMNS, (t.from_, target, span)
            # ... and it ends at a card of that step: the real one or a copy.
            end = scene.arrow(t.from_, target).path().currentPosition()  # the arrowhead's base
            cards = [scene.card(target), *scene.copies(target)]
            assert any(c.sceneBoundingRect().adjusted(-20, -20, 20, 20).contains(end) for c in cards), (t.from_, end)


def test_a_copy_looks_like_the_step_and_says_it_is_drawn_again(window: MainWindow) -> None:
    real = window.scene.card("other")
    for copy in window.scene.copies("other"):
        assert copy.step_id == "other" and copy.title == real.title
        assert copy.meta_text.startswith(COPY_CUE)
    assert not real.meta_text.startswith(COPY_CUE)


def test_clicking_a_copy_selects_the_step_and_marks_every_copy(qtbot: QtBot, window: MainWindow) -> None:
    view, scene = window.view, window.scene
    copy = scene.copies("other")[0]
    view.centerOn(copy)
    qtbot.wait(10)
    point = view.mapFromScene(copy.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    assert window.document.selected == "other"
    assert "Step other" in window.details.text()
    assert all(c.is_selected_mark for c in [scene.card("other"), *scene.copies("other")])
    window.document.select("m1")
    assert not any(c.is_selected_mark for c in [scene.card("other"), *scene.copies("other")])


def test_the_role_filter_treats_copies_like_the_card(window: MainWindow) -> None:
    scene = window.scene
    for role in window.document.pathway.roles:
        window.document.set_role(role.id)
        real = scene.card("other").is_dimmed
        assert all(c.is_dimmed == real for c in scene.copies("other"))
    window.document.set_role(None)
    assert not any(c.is_dimmed for c in scene.all_cards())

