"""Tabs made for one journey's look last for that look alone.

The stroke journey at 1366x768 shows its whole main journey only with the care team and
the outline as tabs beside the step's details. Those tabs are the app's, for that look: the
next journey, a restart and a user who sized their column must all find the panels back in
the columns they stood in, as they stood there. A journey opened in the timeline gets the
timeline's own look there, and the map's once the map is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.app import after_first_look, create_main_window
from pathway_viewer.window.main_window import MainWindow
from test_first_view import unreadable_or_hidden
from test_timeline_fit import first_look_problems
from test_panel_columns import panel_tabs
from window_helpers import open_window, test_settings

DATA = Path(__file__).parent / "data"
STROKE = DATA / "stroke_rehab.yaml"  # whole at 1366x768 only with the panels in one column
KNEE = DATA / "knee_surgery.yaml"  # whole beside two columns
LAPTOP = (1366, 768)
LEFT = Qt.DockWidgetArea.LeftDockWidgetArea


def in_two_columns(window: MainWindow) -> bool:
    return panel_tabs(window) == [] and all(window.dockWidgetArea(d) == LEFT for d in (window.care_team, window.outline))


def test_a_journey_opened_in_the_timeline_opens_whole_there_and_on_the_map_when_shown(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), KNEE, LAPTOP)
    window.show_view("timeline")
    assert window.open_file(STROKE)
    qtbot.wait(50)
    # The timeline's own first look (the map's, chosen behind it at the size it had when last
    # shown, joined the panels and then left 3 main steps out once the map was shown).
    assert first_look_problems(window) == []
    window.show_view("journey")
    qtbot.waitUntil(lambda: unreadable_or_hidden(window) == [])
    # (Qt leaves the last tab bar up until its events run: a tab bar, not two, once they have.)
    qtbot.waitUntil(lambda: sorted(panel_tabs(window)) == ["Care team", "Outline", "Step details"])
    # And a journey that needs no tabs, opened in the timeline, parts them there.
    window.show_view("timeline")
    assert window.open_file(KNEE)
    qtbot.wait(50)
    assert in_two_columns(window) and first_look_problems(window) == []


def test_tabs_the_user_sized_part_for_the_next_journey_and_keep_the_users_width(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), STROKE, LAPTOP)
    assert window.panel_columns.joined
    window.resizeDocks([window.details], [450], Qt.Orientation.Horizontal)  # the user drags its edge
    qtbot.wait(20)
    sized = window.details.width()
    assert sized > 400
    assert window.open_file(KNEE)
    qtbot.wait(20)
    assert in_two_columns(window)
    assert window.details.width() == sized
    assert window.care_team.isVisible() and window.outline.isVisible()


def test_the_left_column_comes_back_in_the_users_order_and_heights(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), KNEE, LAPTOP)
    care, outline = window.care_team, window.outline
    # The user puts the outline on top and gives it most of the column.
    window.splitDockWidget(outline, care, Qt.Orientation.Vertical)
    window.resizeDocks([outline, care], [420, 150], Qt.Orientation.Vertical)
    qtbot.wait(20)
    assert outline.y() < care.y()
    heights = [outline.height(), care.height()]
    assert window.open_file(STROKE)
    qtbot.wait(20)
    assert window.panel_columns.joined  # the whole stroke journey needs their room
    assert window.open_file(KNEE)
    qtbot.wait(20)
    assert in_two_columns(window)
    assert outline.y() < care.y()
    assert [outline.height(), care.height()] == heights


def test_tabs_made_for_a_look_are_parted_at_the_next_start_even_in_the_timeline(qtbot: QtBot, tmp_path: Path) -> None:
    settings = test_settings(tmp_path / "s.ini")
    first = open_window(qtbot, settings, STROKE, LAPTOP)
    assert first.panel_columns.joined
    first.show_view("timeline")
    first.close()  # saves the window's state, and the timeline as the view to start in
    again = open_window(qtbot, settings, KNEE)
    assert again.view_mode() == "timeline"
    assert in_two_columns(again)
    assert not again.panel_columns.joined


def test_a_remembered_look_in_one_column_asks_for_room_once_not_through_every_try(qtbot: QtBot, tmp_path: Path) -> None:
    # The first start tried widths in two columns, joined them, and tried widths again in one
    # (each try moving the panels): the second start at the same size goes straight to the
    # look it chose, the panels moved once for it.
    first = open_window(qtbot, test_settings(tmp_path / "a.ini"), STROKE, LAPTOP)
    after_first_look()  # as app.run does once the opening view is painted: the look is kept
    first.close()
    window = create_main_window(test_settings(tmp_path / "b.ini"), STROKE)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    asks: list[int] = []
    window.view.sig_wants_width.connect(asks.append)
    window.view.sig_room_unused.connect(lambda: asks.append(0))
    window.show()
    qtbot.waitExposed(window)
    assert window.panel_columns.joined and unreadable_or_hidden(window) == []
    assert len([a for a in asks if a > 0]) <= 1


def test_a_text_size_chosen_while_in_one_column_looks_as_a_start_at_that_size_would(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), STROKE, LAPTOP)
    assert window.panel_columns.joined
    window.actions[A.TEXT_SIZE_ACTIONS[150]].trigger()
    qtbot.wait(300)  # the look is chosen again once the window has settled at the new size
    # At 150 % no column of panels shows it whole: they stand in two columns, as at such a start.
    assert in_two_columns(window)
    settings = test_settings(tmp_path / "150.ini")
    settings.set("view/text_size", 150)
    start = open_window(qtbot, settings, STROKE, LAPTOP)
    assert in_two_columns(start)
    assert [window.care_team.width(), window.details.width()] == [start.care_team.width(), start.details.width()]
    window.actions[A.TEXT_SIZE_ACTIONS[100]].trigger()
    qtbot.waitUntil(lambda: unreadable_or_hidden(window) == [])
    assert window.panel_columns.joined
