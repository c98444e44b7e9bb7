"""View > Text size chosen while the app runs gives every widget the font a fresh start at
that size gives: menus, tool bar, dock titles, outline, care team, status bar, details, and
an open train window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QDockWidget, QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.core.settings import AppSettings
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

# Hand-written: 12 pt for the interface and 13 pt for the details' text, times the size.
UI_POINTS = {100: 12.0, 150: 18.0, 200: 24.0}
DETAILS_POINTS = {100: 13.0, 150: 19.5, 200: 26.0}


def _settings(folder: Path, text_size: int) -> AppSettings:
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    settings.set("view/text_size", text_size)
    return settings


def _name(widget: QWidget) -> str:
    """Where ``widget`` sits: its and its parents' names (or classes), with a sibling number."""
    parts = []
    current: QWidget | None = widget
    while current is not None:
        parent = current.parentWidget()
        # Among siblings of its type and name: Qt reorders a parent's children when one is
        # raised (a scroll area's bar containers, as its bars come and go).
        siblings = [] if parent is None else [
            w for w in parent.findChildren(type(current))
            if w.parentWidget() is parent and w.objectName() == current.objectName()
        ]
        number = siblings.index(current) if current in siblings else 0
        parts.append(f"{current.objectName() or type(current).__name__}[{number}]")
        current = parent
    return "/".join(reversed(parts))


def widget_fonts(window: QWidget) -> dict[str, tuple[float, bool, str]]:
    """Every widget's font, shown or not (which scroll bars show depends on the panels'
    widths, and a live change keeps those the user had): points, bold, family."""
    return {
        _name(w): (w.font().pointSizeF(), w.font().bold(), w.font().family())
        for w in [window, *window.findChildren(QWidget)]
    }


def _open_quiz(window: MainWindow) -> QWidget:
    train = window.show_training()
    assert train is not None
    train.start_quiz()
    return train


def _title_ink(dock: QDockWidget) -> tuple[int, int, int, int]:
    """The box of the dark pixels of a dock's title word (left of its close button)."""
    image: QImage = dock.grab().toImage()
    close = dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    assert close is not None
    xs: list[int] = []
    ys: list[int] = []
    for y in range(close.geometry().bottom() + 8):
        for x in range(close.geometry().left() - 2):
            if image.pixelColor(x, y).lightness() < 100:
                xs.append(x)
                ys.append(y)
    assert xs, f"no title drawn on {dock.objectName()}"
    return min(xs), min(ys), max(xs), max(ys)


def _titles(window: MainWindow) -> dict[str, tuple[int, int, int, int]]:
    return {dock.objectName(): _title_ink(dock) for dock in (window.care_team, window.outline, window.details)}


def test_a_text_size_chosen_while_running_equals_a_fresh_start_at_that_size(
    qtbot: QtBot, tmp_path: Path, small_pathway_file: Path
) -> None:
    live = open_window(qtbot, _settings(tmp_path, 100), small_pathway_file)
    live.resize(1366, 768)
    live.document.select("collect")
    titles_at_100 = _titles(live)
    train = _open_quiz(live)  # a window of its own, open while the size changes

    for size in (200, 150):
        live.actions[A.TEXT_SIZE_ACTIONS[size]].trigger()
        qtbot.wait(20)
        seen, seen_titles, seen_train = widget_fonts(live), _titles(live), widget_fonts(train)

        folder = tmp_path / str(size)
        folder.mkdir()
        fresh = open_window(qtbot, _settings(folder, size), small_pathway_file)
        fresh.resize(1366, 768)
        fresh.document.select("collect")
        fresh_train = _open_quiz(fresh)
        qtbot.wait(20)
        assert seen == widget_fonts(fresh)
        assert seen_train == widget_fonts(fresh_train)
        assert seen_titles == _titles(fresh)  # each dock's title word drawn the same size
        fresh_train.close()
        fresh.close()

        points = UI_POINTS[size]
        assert live.menuBar().font().pointSizeF() == points
        assert {m.font().pointSizeF() for m in live.findChildren(QMenu)} == {points}
        buttons = [b for b in live.findChildren(QToolButton) if b.isVisible() and b.parentWidget() is live.toolbar]
        assert buttons and {b.font().pointSizeF() for b in buttons} == {points}
        assert live.outline.tree.font().pointSizeF() == points
        assert live.care_team.list.font().pointSizeF() == points
        assert live.statusBar().font().pointSizeF() == points
        assert live.step_label.font().pointSizeF() == points
        assert live.search.edit.font().pointSizeF() == points
        assert {d.font().pointSizeF() for d in (live.care_team, live.outline, live.details)} == {points}
        assert live.details.browser.font().pointSizeF() == DETAILS_POINTS[size]
        assert live.details.browser.viewport().font().pointSizeF() == DETAILS_POINTS[size]
        assert live.banner.font().pointSizeF() == points and live.banner.font().bold()
        prompt = train.findChild(QWidget, "train_prompt")
        assert prompt is not None and prompt.font().bold()
        assert round(seen_train[_name(prompt)][0], 6) == round(points * 1.35, 6)  # the question, large
        # The title words grew with the text: taller than at 100 % (not the old size left).
        for name, (_, top, _, bottom) in seen_titles.items():
            _, top_100, _, bottom_100 = titles_at_100[name]
            assert bottom - top > bottom_100 - top_100


def test_at_the_largest_text_the_toolbar_keeps_dates_and_present_in_sight(qtbot: QtBot, tmp_path: Path) -> None:
    # At 200 % on a 1280x720 screen, Set dates and Present went behind ">>" with the zoom
    # commands, while Open pathway (also File > Open, Ctrl+O) stood first in the toolbar.
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", 200)
    window = open_window(qtbot, settings, None, (1280, 720))
    bar = window.toolbar

    def in_sight(action_id: str) -> bool:
        button = bar.widgetForAction(window.actions[action_id])
        return button is not None and button.isVisible() and bar.rect().contains(button.geometry())

    assert all(in_sight(a) for a in (A.VIEW_JOURNEY, A.VIEW_TIMELINE, A.AUDIENCE_PATIENT, A.AUDIENCE_CLINICIAN,
                                     A.SET_DATES, A.PRESENT))
