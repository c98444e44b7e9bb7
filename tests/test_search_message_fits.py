"""The search's answer is readable whole in a narrow window at any text size: the typed
words are shortened with an ellipsis, never the sentence cut at the window's edge; where
even the sentence does not fit, the status bar says it whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
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


def test_a_long_query_is_shortened_not_the_sentence_at_100(qtbot: QtBot, tmp_path: Path) -> None:
    window = _searched(qtbot, tmp_path, 100, "zzzqqq")
    text = window.search.status.text()
    # was "No step mentions 'zzzqqq'", cut at the window's edge ("No step mentions 'zzzc")
    assert text.startswith("No step mentions 'z") and text.endswith("\u2026'"), text
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
