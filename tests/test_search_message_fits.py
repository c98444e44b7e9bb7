"""The search's answer is readable whole in a narrow window at any text size: the typed
words are shortened with an ellipsis, never the sentence cut at the window's edge; where
even the sentence does not fit, the status bar says it whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

TWENTY = Path(__file__).parent / "data" / "twenty_short_en.yaml"


def _searched(qtbot: QtBot, tmp_path: Path, percent: int, typed: str) -> MainWindow:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), TWENTY)
    window.resize(1024, 700)
    window.actions[A.TEXT_SIZE_ACTIONS[percent]].trigger()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.edit, typed)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    qtbot.wait(10)
    return window


def _label_fits(window: MainWindow) -> bool:
    """Whether the status label's words end inside the label and inside the window."""
    label = window.search.status
    words = QFontMetricsF(label.font()).horizontalAdvance(label.text())
    right = label.mapTo(window, label.contentsRect().topLeft()).x() + words
    return label.contentsRect().left() + words <= label.width() and right <= window.width()


def test_a_query_too_long_for_the_bar_is_left_out_not_shortened_at_100(qtbot: QtBot, tmp_path: Path) -> None:
    window = _searched(qtbot, tmp_path, 100, "zzzqqq")
    text = window.search.status.text()
    # was "No step mentions 'zzzqqq'", cut at the window's edge ("No step mentions 'zzzc"), then
    # "No step mentions 'zzz…'", which for 'feverzzqx' read "No step mentions 'fever…'"
    assert text == "No step found", text
    assert _label_fits(window)
    assert window.search.status.toolTip() == "No step mentions 'zzzqqq'"
    assert window.statusBar().currentMessage() == ""


def test_at_200_the_status_bar_gives_the_whole_answer_while_it_stands(qtbot: QtBot, tmp_path: Path) -> None:
    window = _searched(qtbot, tmp_path, 200, "zzzqqq")
    assert _label_fits(window)
    assert window.statusBar().currentMessage() == "No step mentions 'zzzqqq'"
    # A new answer that fits the bar takes the old one away from the status bar.
    window.search.edit.clear()
    assert window.search.status.text() == ""
    assert window.statusBar().currentMessage() == ""


def test_the_whole_answer_comes_back_after_an_export_s_message(qtbot: QtBot, tmp_path: Path) -> None:
    # "Saved the handout ..." took the status bar for 8 s, then left it empty while the bar
    # above still showed only "No step ...".
    window = _searched(qtbot, tmp_path, 200, "zzzqqq")
    assert window.statusBar().currentMessage() == "No step mentions 'zzzqqq'"
    window.export_handout_to(tmp_path / "h.pdf")
    assert window.statusBar().currentMessage().startswith("Saved the handout")
    window.statusBar().clearMessage()  # as its timeout does
    assert window.statusBar().currentMessage() == "No step mentions 'zzzqqq'"


def _menus_whole(window: MainWindow) -> bool:
    bar = window.menuBar()
    more = bar.findChild(QToolButton, "qt_menubar_ext_button")
    titles = [a for a in bar.actions() if a.isVisible()]
    return (more is None or not more.isVisible()) and all(
        bar.actionGeometry(a).right() < window.search.x() for a in titles
    )


def _found(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search.edit, "leukapheresis")
    qtbot.wait(10)


@pytest.mark.parametrize("live", [False, True])
def test_at_200_the_answer_has_room_by_the_text_size_where_the_bar_has_it(qtbot: QtBot, tmp_path: Path, live: bool) -> None:
    # The answer had 180 px whatever the text size: "2 steps f…" at 200 % beside empty room.
    settings = test_settings(tmp_path / "s.ini")
    if not live:
        settings.set("view/text_size", 200)
    window = open_window(qtbot, settings)
    window.resize(1366, 768)
    if live:
        window.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()
    qtbot.wait(10)
    _found(qtbot, window)
    assert window.search.status.text() == "2 steps found: press Enter"
    assert _label_fits(window)
    assert window.statusBar().currentMessage() == ""
    assert _menus_whole(window)


def test_in_german_at_200_the_menus_keep_their_room_and_the_answer_takes_the_rest(qtbot: QtBot, tmp_path: Path) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", 200)
    settings.set("view/language", "de")
    window = open_window(qtbot, settings)
    window.resize(1366, 768)
    qtbot.wait(10)
    _found(qtbot, window)
    assert _menus_whole(window)
    assert _label_fits(window)
    assert window.search.status.width() > 180  # was pinned at 180 px with room beside the menus
    assert window.statusBar().currentMessage() == "2 Schritte gefunden: Eingabetaste drücken"
