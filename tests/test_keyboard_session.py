"""A whole session with the keyboard alone (#12.3): open a pathway, walk the journey and into
a branch, filter by role, search, switch the words, set dates, present, export, quit.

Only key presses reach the window (no clicks, no calls to what a user would do). Dialogs
opened by a key are answered by keys too: a timer waits for the dialog and types into
whatever has the keyboard focus in it, as a person would.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.core.settings import AppSettings
from window_helpers import open_window

KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"
Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard"
    return widget


def answer_modal(qtbot: QtBot, kind: str, keys: Callable[[QWidget], None]) -> list[str]:
    """When a modal dialog of class ``kind`` opens, press ``keys`` in it. Returns a list
    that holds the dialog's title once it was answered (so a test can wait for that)."""
    done: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        focus = QApplication.focusWidget()
        # Wait until the dialog is up AND has the keyboard: keys pressed before would go
        # to the window behind it.
        if dialog is None or type(dialog).__name__ != kind or focus is None or focus.window() is not dialog:
            QTimer.singleShot(20, act)
            return
        keys(dialog)
        done.append(dialog.windowTitle())

    QTimer.singleShot(0, act)
    return done


def type_file_name(qtbot: QtBot, path: Path) -> Callable[[QWidget], None]:
    def keys(_dialog: QWidget) -> None:
        box = focused()  # the file dialog opens with the cursor in its file name box
        qtbot.keyClick(box, Key.Key_A, CTRL)
        qtbot.keyClicks(box, str(path))
        qtbot.keyClick(box, Key.Key_Return)

    return keys


def back_to_window(qtbot: QtBot, window: QWidget) -> None:
    """What a desktop's window manager does when a dialog closes: the window behind it is
    active again (the offscreen platform has no window manager to do it)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_a_whole_session_by_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    window.resize(1280, 800)
    window.document.today = lambda: dt.date(2026, 3, 9)  # what "today" is, so the dates are known
    assert focused() is window.view  # the journey has the keyboard from the start

    # Open: Ctrl+O, type the file's name, Enter.
    done = answer_modal(qtbot, "QFileDialog", type_file_name(qtbot, KNEE))
    qtbot.keyClick(focused(), Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: bool(done))
    back_to_window(qtbot, window)
    assert window.windowTitle().startswith("Planned knee replacement")

    # Along the journey with the arrow keys on the map.
    assert focused() is window.view
    qtbot.keyClick(focused(), Key.Key_Right)
    assert window.step_label.text() == "Step: Pre-operative assessment"
    qtbot.keyClick(focused(), Key.Key_Right)
    assert window.step_label.text() == "Step: The operation"
    qtbot.keyClick(focused(), Key.Key_Left)
    assert window.step_label.text() == "Step: Pre-operative assessment"

    # Into a branch: Shift+Tab to the outline, which is on the same step; Down is its branch.
    qtbot.keyClick(focused(), Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.outline.tree
    assert window.outline.tree.currentItem().text(0) == "Pre-operative assessment"
    qtbot.keyClick(focused(), Key.Key_Down)
    assert window.outline.tree.currentItem().text(0) == (
        "if another health problem needs treating first: Other treatment first"
    )
    assert window.step_label.text() == "Step: Other treatment first"
    assert "Other treatment first" in window.details.browser.toPlainText()
    assert window.scene.card("not-fit").is_selected_mark

    # Filter by role: Shift+Tab to the care team, Down twice to the second role.
    qtbot.keyClick(focused(), Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is window.care_team.list
    qtbot.keyClick(focused(), Key.Key_Down)
    qtbot.keyClick(focused(), Key.Key_Down)
    assert window.step_label.text().endswith("Showing the steps of: Anaesthetist")
    assert window.scene.card("wound-problem").is_dimmed and not window.scene.card("operation").is_dimmed
    qtbot.keyClick(focused(), Key.Key_Home)  # back to "Everyone"
    assert window.document.role is None

    # Search: Ctrl+F, type, Enter jumps to the match.
    qtbot.keyClick(focused(), Key.Key_F, CTRL)
    assert focused() is window.search.edit
    qtbot.keyClicks(focused(), "wound")
    qtbot.keyClick(focused(), Key.Key_Return)
    assert window.step_label.text() == "Step: Wound check"

    # Words for clinicians and back: Ctrl+2, Ctrl+1.
    assert "Assess for surgical site infection." not in window.details.browser.toPlainText()
    qtbot.keyClick(focused(), Key.Key_2, CTRL)
    assert "Assess for surgical site infection." in window.details.browser.toPlainText()
    qtbot.keyClick(focused(), Key.Key_1, CTRL)
    assert "Assess for surgical site infection." not in window.details.browser.toPlainText()

    # Dates: Ctrl+D; the day field has the cursor on today's date (9 Mar); Up makes it the 10th.
    def set_day(dialog: QWidget) -> None:
        box = focused()
        assert box.window() is dialog
        qtbot.keyClick(box, Key.Key_Up)
        qtbot.keyClick(box, Key.Key_Return)

    done = answer_modal(qtbot, "ScheduleDialog", set_day)
    qtbot.keyClick(focused(), Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: bool(done))
    back_to_window(qtbot, window)
    assert window.document.infusion_date == dt.date(2026, 3, 10)
    assert window.dates_label.text().endswith("Tue 10 Mar 2026 (not saved)")

    # Present: F5 from the map, Right to the next step, Esc back to the window.
    qtbot.keyClick(focused(), Key.Key_J, CTRL)  # the map has the keyboard again
    assert focused() is window.view
    qtbot.keyClick(focused(), Key.Key_Home)
    qtbot.keyClick(focused(), Key.Key_Right)  # from the wound check back to the main journey
    assert window.step_label.text() == "Step: Exercises at home"
    qtbot.keyClick(focused(), Key.Key_Left)
    assert window.step_label.text() == "Step: First days on the ward"
    qtbot.keyClick(focused(), Key.Key_F5)
    presentation = window.presentation
    assert presentation is not None
    qtbot.waitUntil(presentation.isVisible)
    assert presentation.title_label.text() == "First days on the ward"
    qtbot.keyClick(presentation, Key.Key_Right)
    assert presentation.title_label.text() == "Exercises at home"
    qtbot.keyClick(presentation, Key.Key_Escape)
    qtbot.waitUntil(lambda: not presentation.isVisible())
    back_to_window(qtbot, window)
    assert window.step_label.text() == "Step: Exercises at home"

    # Export the handout: Ctrl+Shift+E, type a name, Enter; then read the PDF.
    handout = tmp_path / "knee-handout.pdf"
    done = answer_modal(qtbot, "QFileDialog", type_file_name(qtbot, handout))
    qtbot.keyClick(focused(), Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: bool(done) and handout.exists())
    back_to_window(qtbot, window)
    text = squeeze("".join(page.extract_text() for page in PdfReader(handout).pages))
    for words in ("Planned knee replacement", "Pre-operative assessment", "Wound check", "10 Mar 2026"):
        assert squeeze(words) in text

    # Quit: Ctrl+Q closes the window.
    qtbot.keyClick(focused(), Key.Key_Q, CTRL)
    qtbot.waitUntil(lambda: not window.isVisible())
