"""The timeline's first look (issue #12.1): the whole span of days across the window at a
readable zoom, even at 1366x768 with both side panels open, and no words on other words
or cut (#9.6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from window_helpers import test_settings

KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"


def timeline_at(qtbot: QtBot, tmp_path: Path, path: Path | None, size: tuple[int, int]) -> MainWindow:
    window = create_main_window(test_settings(tmp_path / "s.ini"), path)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("timeline", remember=False)
    qtbot.waitUntil(lambda: window.timeline_view.isVisible())
    return window


def overlapping(rects: list[tuple[str, QRectF]]) -> list[tuple[str, str]]:
    return [
        (a, b)
        for i, (a, ra) in enumerate(rects)
        for b, rb in rects[i + 1 :]
        if ra.intersects(rb)
    ]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("which", ["bundled", "knee"])
def test_the_timeline_opens_showing_every_day_readable_with_no_words_on_others(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], which: str
) -> None:
    window = timeline_at(qtbot, tmp_path, KNEE if which == "knee" else None, size)
    assert window.care_team.isVisible() and window.details.isVisible()
    view, scene = window.timeline_view, window.timeline_scene
    # Readable (titles 16.8 px * 0.75 = 12.6 px, over 9 pt) and the whole span across.
    assert view.zoom_level >= 0.75
    assert scene.journey_rect().width() * view.zoom_level <= view.viewport().width() + 1
    axis = scene.axis()
    assert axis is not None
    assert any(label.split(" / ")[-1] == "Day 0" for label in axis.tick_labels())
    ticks = [(label, rect) for label, rect in zip(axis.tick_labels(), axis.label_rects())]
    assert overlapping(ticks) == []
    words = []
    for step_id in scene.step_ids():
        row = scene.row(step_id)
        words.append((f"{step_id} words", row.mapRectToScene(row.text_rect())))
        shape = row.bar_rect() or row.chip_rect()
        if row.bar_rect() is not None:
            words.append((f"{step_id} bar", row.mapRectToScene(shape)))
    assert overlapping(words) == []


def test_no_words_are_cut_in_a_narrow_timeline(qtbot: QtBot, tmp_path: Path) -> None:
    window = timeline_at(qtbot, tmp_path, None, (1366, 768))
    scene = window.timeline_scene
    # Too low for every main step with its details: each row shows its whole title alone.
    assert not scene.shows_details()
    for step_id in scene.step_ids():
        row = scene.row(step_id)
        drawn = " ".join(row.text_lines()).replace("- ", "")
        assert "\u2026" not in drawn
        assert drawn.replace(" ", "") == row.title.replace(" ", "").replace("-", "") or drawn.replace(
            " ", ""
        ) == row.title.replace(" ", "")
