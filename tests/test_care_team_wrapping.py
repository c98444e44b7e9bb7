"""Every care-team row draws its whole name, in Japanese too.

"CAR-Tコーディネーター (4 steps)" wraps to a line with Japanese in it and a line of Latin
letters only, which is shorter; Qt's item views check whether a next line fits by assuming it
is as tall as the one before, so a row exactly as tall as the two lines drew
"CAR-Tコーディネーター (4 …" (tests/data/car_t_all_ja.yaml, at 1920 and 1366 px wide).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.app import create_main_window
from window_helpers import open_window, row_ink, test_settings

JAPANESE = Path(__file__).parent / "data" / "car_t_all_ja.yaml"


def ink(rows: QListWidget, row: int, extra_height: int, extra_width: int = 0) -> int:
    """Dark pixels of ``row`` drawn as the list draws it, in a row ``extra_height`` taller
    (and ``extra_width`` wider)."""
    return row_ink(rows, rows.model().index(row, 0), extra_height, extra_width)


@pytest.mark.parametrize(("width", "height"), [(1920, 1080), (1366, 768)])
def test_every_role_name_is_drawn_whole(qtbot: QtBot, tmp_path: Path, width: int, height: int) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), JAPANESE)
    window.resize(width, height)
    QApplication.processEvents()
    rows = window.care_team.list
    names = window.care_team.role_names()
    assert names[2] == "CAR-Tコーディネーター (4 steps)"
    assert names[3] == "アフェレーシス担当看護師 (1 step)"
    for row in range(1, rows.count()):
        # With room to spare nothing can be cut; the row as it is must draw as much.
        assert ink(rows, row, 0) >= 0.98 * ink(rows, row, 200), names[row]
    # The two names that were cut take two lines (Japanese rows of one line are 36 px).
    assert rows.visualItemRect(rows.item(2)).height() > 2 * 22


@pytest.mark.parametrize(("percent", "shown"), [(100, True), (200, False)])
def test_the_hint_is_shown_whole_or_not_at_all(qtbot: QtBot, tmp_path: Path, percent: int, shown: bool) -> None:
    # At 200 % text in a laptop's 1366 x 768, under the two-line banner, the dock is too short
    # for "Choose a person to see the steps they take part in." (four lines there) and a
    # whole row: its lines were cut through ("Cnoose a" / "take part in" halved). There it
    # gives its room to the list; at 100 % it stands whole above the list.
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", percent)
    window = create_main_window(settings, None)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    panel = window.care_team
    hint = panel._hint
    assert panel.hint_shown() is shown
    if shown:
        assert hint.height() >= hint.heightForWidth(hint.width())
    first_row = panel.list.visualItemRect(panel.list.item(0))
    assert panel.list.viewport().rect().contains(first_row)  # the first role whole


@pytest.mark.parametrize(("width", "height"), [(1024, 700), (1366, 768), (1920, 1080)])
def test_at_200_percent_a_role_name_wider_than_the_panel_is_drawn_whole(
    qtbot: QtBot, tmp_path: Path, width: int, height: int
) -> None:
    # "Rheumatologist", one word wider than the panel at 200 %, was drawn "Rheumatolo…".
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", 200)
    window = create_main_window(settings, None)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    QApplication.processEvents()
    rows = window.care_team.list
    names = window.care_team.role_names()
    assert names[1] == "Rheumatologist (7 steps)"  # the row's text itself, as typed
    for row in range(1, rows.count()):
        # Drawn 300 px wider and 200 px taller, nothing is shortened: the row as the list
        # draws it must show as much ink (a hyphen where a word breaks adds a little; an
        # ellipsis instead of "gist" takes much away).
        assert ink(rows, row, 0) >= 0.98 * ink(rows, row, 200, 300), names[row]


def _care_team_look(window: QWidget) -> dict[str, object]:
    """Where the care team's parts and the Outline under it stand, as the user sees them."""
    panel = window.care_team
    # Maybe a tab behind the details (large text, small window): looked at as the user opens it.
    panel.raise_()
    QApplication.processEvents()
    top_left = QPoint(0, 0)
    return {
        "hint shown": panel.hint_shown(),
        "care team": QRect(panel.mapTo(window, top_left), panel.size()).getRect(),
        "list": QRect(panel.list.mapTo(window, top_left), panel.list.size()).getRect(),
        "outline": "a tab beside it" if window.outline in window.tabifiedDockWidgets(panel)
        else QRect(window.outline.mapTo(window, top_left), window.outline.size()).getRect(),
        "first row": panel.list.visualItemRect(panel.list.item(0)).getRect(),
    }


@pytest.mark.parametrize(("width", "height", "percent"), [(1440, 900, 200), (1024, 700, 150), (1366, 768, 200)])
def test_a_live_text_size_change_lays_the_care_team_out_as_a_restart_does(
    qtbot: QtBot, tmp_path: Path, width: int, height: int, percent: int
) -> None:
    # Live, "Everyone" was measured in the type of 100 % (its bold font kept that size) and
    # the hint above the list stayed; started again at that size (the same settings, so
    # the same panel sizes), the rows were measured at the width of a list not laid out
    # yet and the hint was hidden where there was room for it.
    settings = test_settings(tmp_path / "s.ini")
    live = create_main_window(settings, None)
    qtbot.addWidget(live)
    live.resize(width, height)
    live.show()
    qtbot.waitExposed(live)
    live.actions[A.TEXT_SIZE_ACTIONS[percent]].trigger()
    qtbot.wait(50)
    seen_live = _care_team_look(live)
    live.close()
    again = create_main_window(test_settings(tmp_path / "s.ini"), None)
    qtbot.addWidget(again)
    again.resize(width, height)
    again.show()
    qtbot.waitExposed(again)
    qtbot.wait(50)
    assert seen_live == _care_team_look(again)
