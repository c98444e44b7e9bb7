"""The side panels that make room for a journey's first look: the room is given for that one
journey, the next one starts from the panels' own widths again, and the app's narrowing is
never remembered as if the user had chosen it (README: "panel widths you set yourself are
kept")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from test_first_view import unreadable_or_hidden
from window_helpers import test_settings

DATA = Path(__file__).parent / "data"
KNEE = DATA / "knee_surgery.yaml"
LYMPHOMA = DATA / "car_t_lymphoma.yaml"
FIRST_WIDTHS = (260, 400)  # care team, details: the app's widths at a first start
# The lymphoma journey at 1366x768 needs a little more width: both panels give some.
LYMPHOMA_WIDTHS = (257, 390)
BUNDLED_WIDTHS = (231, 320)  # the bundled journey whole, its branches too


def widths(window: MainWindow) -> tuple[int, int]:
    return window.care_team.width(), window.details.width()


def start(qtbot: QtBot, settings_path: Path, path: Path | None, size: tuple[int, int] = (1366, 768)) -> MainWindow:
    """The app started on ``path`` with the settings at ``settings_path``, at ``size``."""
    window = create_main_window(test_settings(settings_path), path)
    qtbot.addWidget(window)
    window.resize(*size)  # the test screen is smaller than a window it restores
    window.show()
    qtbot.waitExposed(window)
    return window


def made_room(window: MainWindow) -> tuple[int, int]:
    """The panels' widths, checked to be narrower than the app's own and no narrower than
    their contents ask for, with the whole main journey in view and readable."""
    for panel, first_width in zip((window.care_team, window.details), FIRST_WIDTHS):
        assert panel.minimumSizeHint().width() <= panel.width() < first_width
    assert unreadable_or_hidden(window) == []
    return widths(window)


def open_file(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    assert window.open_file(path)
    qtbot.wait(20)  # any layout the panels' new widths ask for has run


def test_room_made_for_one_journey_is_given_back_for_the_next(qtbot: QtBot, tmp_path: Path) -> None:
    window = start(qtbot, tmp_path / "s.ini", LYMPHOMA)
    assert widths(window) == LYMPHOMA_WIDTHS
    # The knee journey fits without the room: the panels are as wide as at first again.
    open_file(qtbot, window, KNEE)
    assert widths(window) == FIRST_WIDTHS
    # The lymphoma again: room made from the panels' own widths, not from the narrowed ones,
    # and measured as at the start (not with the scroll bars the knee journey left).
    open_file(qtbot, window, LYMPHOMA)
    after_knee = made_room(window)
    assert after_knee == LYMPHOMA_WIDTHS
    # The bundled journey makes room of its own (its side steps in view beside its main
    # journey), measured from the panels' own widths, not from the lymphoma's.
    window.document.load(None)
    qtbot.wait(20)
    assert made_room(window) == BUNDLED_WIDTHS
    open_file(qtbot, window, KNEE)
    open_file(qtbot, window, LYMPHOMA)
    assert widths(window) == after_knee  # no narrower each time it is opened


def test_room_made_by_the_app_is_not_remembered_as_the_users_choice(qtbot: QtBot, tmp_path: Path) -> None:
    first = start(qtbot, tmp_path / "s.ini", LYMPHOMA)
    assert widths(first) == LYMPHOMA_WIDTHS
    first.close()  # saves the window's state
    # Next start on a journey that needs no room: the panels' first widths.
    second = start(qtbot, tmp_path / "s.ini", KNEE)
    assert widths(second) == FIRST_WIDTHS
    # The panels are still the app's to narrow, for the journey that needs it.
    open_file(qtbot, second, LYMPHOMA)
    narrowed = made_room(second)
    # Saving the window's state leaves the panels on screen as they are, and still the app's.
    second.save_window_state()
    qtbot.wait(20)
    assert widths(second) == narrowed
    open_file(qtbot, second, KNEE)
    assert widths(second) == FIRST_WIDTHS
    open_file(qtbot, second, LYMPHOMA)
    second.close()  # narrowed for the lymphoma
    # Started again on the lymphoma: the same room made as at the very first start.
    third = start(qtbot, tmp_path / "s.ini", LYMPHOMA)
    assert widths(third) == LYMPHOMA_WIDTHS
    open_file(qtbot, third, KNEE)
    assert widths(third) == FIRST_WIDTHS


def test_widths_the_user_drags_to_are_kept_for_every_journey_and_the_next_start(qtbot: QtBot, tmp_path: Path) -> None:
    window = start(qtbot, tmp_path / "s.ini", LYMPHOMA)
    assert widths(window) == LYMPHOMA_WIDTHS
    dragged = (300, 450)
    window.resizeDocks([window.care_team, window.details], list(dragged), Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: widths(window) == dragged)
    open_file(qtbot, window, KNEE)
    assert widths(window) == dragged
    open_file(qtbot, window, LYMPHOMA)  # needs room, but the user's widths come first
    assert widths(window) == dragged
    window.close()
    again = start(qtbot, tmp_path / "s.ini", LYMPHOMA)
    assert widths(again) == dragged
    open_file(qtbot, again, KNEE)
    assert widths(again) == dragged


def first_look(window: MainWindow) -> tuple[float, int | None, tuple[int, int], tuple[int, int], tuple[int, int]]:
    """What the journey map opens with: zoom (to 3 decimals), columns a row, the ranges
    of the sideways and upright scroll bars, and the side panels' widths."""
    view = window.view
    return (
        round(view.zoom_level, 3),
        view.journey_scene().columns_per_row,
        (view.horizontalScrollBar().minimum(), view.horizontalScrollBar().maximum()),
        (view.verticalScrollBar().minimum(), view.verticalScrollBar().maximum()),
        widths(window),
    )


LAPTOP, FULL_HD = (1366, 768), (1920, 1080)


@pytest.mark.parametrize(
    ("before", "after", "size"),
    [(KNEE, None, LAPTOP), (LYMPHOMA, None, LAPTOP), (None, LYMPHOMA, LAPTOP), (KNEE, LYMPHOMA, LAPTOP), (None, LYMPHOMA, FULL_HD)],
    ids=["knee-then-bundled", "lymphoma-then-bundled", "bundled-then-lymphoma", "knee-then-lymphoma", "bundled-then-lymphoma-full-hd"],
)
def test_a_journey_opens_the_same_whatever_was_shown_before(
    qtbot: QtBot, tmp_path: Path, before: Path | None, after: Path | None, size: tuple[int, int]
) -> None:
    fresh = start(qtbot, tmp_path / "fresh.ini", after, size)
    expected = first_look(fresh)
    fresh.close()
    window = start(qtbot, tmp_path / "s.ini", before, size)
    qtbot.wait(50)  # looked at a moment: Qt has shown or hidden its scroll bars
    if after is None:
        window.document.load(None)
        qtbot.wait(20)
    else:
        open_file(qtbot, window, after)
    assert first_look(window) == expected


def test_a_role_name_a_little_too_long_for_one_line_wraps_whole(qtbot: QtBot, tmp_path: Path) -> None:
    # "Cell-therapy doctor (7 steps)" was a few pixels too long for one line of a 260 px
    # panel: its row was one line high and the name was drawn wrapped, its second line cut to
    # "Cell-therapy doctor (7 ...". Each row is now as high as its name wrapped to the row.
    from benchmarks.generate import write_pathway

    # 1920 wide: at 1366 this journey's first look now asks the panels for room (768 high,
    # as before: the list scrolls, so its scroll bar takes its width from the names).
    window = start(qtbot, tmp_path / "s.ini", write_pathway(tmp_path / "seed3.yaml", 24, seed=3), (1920, 768))
    rows = window.care_team.list
    assert widths(window) == FIRST_WIDTHS
    names = window.care_team.role_names()
    assert names[2] == "Cell-therapy doctor (7 steps)" and names[8] == "Intensive-care team (8 steps)"
    heights = [rows.visualItemRect(rows.item(i)).height() for i in range(rows.count())]
    assert heights == [34, 34, 56, 34, 34, 34, 34, 34, 56, 34, 34]
    # No row is wider than the list shows: nothing runs under the scroll bar.
    assert max(rows.visualItemRect(rows.item(i)).right() for i in range(rows.count())) < rows.viewport().width()


def text_size(qtbot: QtBot, window: MainWindow, percent: int) -> None:
    """View > Text size > ``percent``, as the user chooses it."""
    from pathway_viewer.window import actions as A

    window.actions[A.TEXT_SIZE_ACTIONS[percent]].trigger()
    qtbot.wait(20)  # the panels' new floors are laid out


def test_at_double_text_size_a_1024_window_keeps_every_panel_and_half_for_the_map(qtbot: QtBot, tmp_path: Path) -> None:
    # The panels' reading floors grew with the text to 340 and 527 px: the window could be
    # no narrower than 1151 px, grew past a 1024 px screen and left the map 234x138 px; at
    # the app's widths in two columns it still had only 338 px. The panels now stand in one
    # column of tabs (test_panel_columns).
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", 200)  # a fresh start at 200 %
    window = create_main_window(settings, None)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    assert window.minimumSizeHint().width() <= 1024
    assert window.width() == 1024
    for panel in (window.care_team, window.outline, window.details):
        assert not panel.isFloating() and not panel.isHidden()
    assert window.details.isVisible()
    assert set(window.tabifiedDockWidgets(window.details)) == {window.care_team, window.outline}
    assert (window.care_team.minimumWidth(), window.outline.minimumWidth(), window.details.minimumWidth()) == (260, 260, 400)
    assert window.details.width() == FIRST_WIDTHS[1]
    assert window.view.width() >= window.width() // 2


def test_text_size_changed_and_back_gives_the_apps_widths_still_the_apps(qtbot: QtBot, tmp_path: Path) -> None:
    # 100 -> 200 -> 100 % left the panels as wide as 200 % text had pushed them and counted
    # them as the user's for good: the next journey got no room, the next start neither.
    window = start(qtbot, tmp_path / "s.ini", LYMPHOMA)
    assert widths(window) == LYMPHOMA_WIDTHS  # narrowed for the lymphoma's first look
    text_size(qtbot, window, 200)
    assert widths(window) == FIRST_WIDTHS  # 200 % floors are the app's own widths
    text_size(qtbot, window, 100)
    # The first look of 100 % again (the map was not moved), as a restart would give it:
    # the same room for the lymphoma as at the start, so the widths are still the app's.
    assert widths(window) == LYMPHOMA_WIDTHS
    # Still the app's: opening the lymphoma again makes the same room as at the start.
    open_file(qtbot, window, LYMPHOMA)
    assert widths(window) == LYMPHOMA_WIDTHS
    text_size(qtbot, window, 200)
    text_size(qtbot, window, 100)
    window.close()  # saves the app's own widths, not the ones on screen
    again = start(qtbot, tmp_path / "s.ini", KNEE)
    assert widths(again) == FIRST_WIDTHS
    open_file(qtbot, again, LYMPHOMA)
    assert widths(again) == LYMPHOMA_WIDTHS


def test_widths_the_user_drags_to_survive_a_text_size_change(qtbot: QtBot, tmp_path: Path) -> None:
    window = start(qtbot, tmp_path / "s.ini", KNEE)
    dragged = (300, 450)
    window.resizeDocks([window.care_team, window.details], list(dragged), Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: widths(window) == dragged)
    text_size(qtbot, window, 200)
    assert widths(window) == dragged
    text_size(qtbot, window, 100)
    assert widths(window) == dragged
    open_file(qtbot, window, LYMPHOMA)  # needs room, but the user's widths come first
    assert widths(window) == dragged
    window.close()
    again = start(qtbot, tmp_path / "s.ini", KNEE)
    assert widths(again) == dragged
