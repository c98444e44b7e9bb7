"""Both zoomable views (journey and timeline) share one double-click: select the step, open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from window_helpers import open_window, test_settings


def test_double_click_selects_and_activates_in_both_views(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    doc = window.document
    assert doc.graph is not None
    step_id = doc.graph.main_path[2]
    for mode, view, rect in (
        ("journey", window.view, lambda: window.scene.card(step_id).sceneBoundingRect()),
        ("timeline", window.timeline_view, lambda: window.timeline_scene.row(step_id).mapRectToScene(
            window.timeline_scene.row(step_id).content_rect())),
    ):
        doc.select(None)
        window.show_view(mode)
        view.centerOn(rect().center())
        pos = view.mapFromScene(rect().center())
        with qtbot.waitSignal(view.sig_activated) as activated:
            qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        assert activated.args == [step_id], mode
        assert doc.selected == step_id, mode
