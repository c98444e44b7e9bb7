"""The patient's own dates: set in a small dialog, shown everywhere, stored nowhere."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from pathway_viewer.dialogs.schedule import ScheduleDialog
from pathway_viewer.core.settings import AppSettings
from window_helpers import open_window

INFUSION = dt.date(2026, 3, 10)  # a Tuesday


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "s.ini"


@pytest.fixture
def window(qtbot: QtBot, settings_path: Path) -> MainWindow:
    return open_window(qtbot, AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat)))


def open_dialog(qtbot: QtBot, window: MainWindow) -> ScheduleDialog:
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ScheduleDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ScheduleDialog)
    return dialog


def set_dates(qtbot: QtBot, window: MainWindow, infusion: dt.date, collection: dt.date | None = None) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.set_dates(infusion, collection)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


# --- setting and showing -------------------------------------------------------------------------


def test_the_dates_button_is_in_the_toolbar_and_the_tools_menu(window: MainWindow) -> None:
    assert window.actions[A.SET_DATES] in window.toolbar.actions()
    assert window.actions[A.SET_DATES].iconText() == "Set dates..."
    tools = window.findChild(type(window.menuBar().actions()[0].menu()), "menu_tools")
    assert window.actions[A.SET_DATES] in tools.actions()


def test_the_dialog_types_dates_in_words_and_asks_for_no_name(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.set_dates(INFUSION)
    assert dialog.infusion_edit.text() == "Tue 10 Mar 2026"
    # Only date fields: there is nowhere to type a name or anything else about the patient.
    loose_edits = [e for e in dialog.findChildren(QLineEdit) if not isinstance(e.parent(), QDateEdit)]
    assert loose_edits == []
    assert "nothing is saved" in dialog.findChild(type(dialog.preview), "schedule_intro").text()
    assert dialog.preview.text().splitlines() == [
        "Day 0, the day you get your cells: Tue 10 Mar 2026.",
        # A 3-6 hour collection on one day in a two-week window: never "10 Feb to 24 Feb".
        "Collecting your T cells: sometime between Tue 10 Feb 2026 and Tue 24 Feb 2026.",
        "Chemotherapy before the cells: Thu 5 Mar 2026 to Sat 7 Mar 2026.",
    ]
    dialog.reject()


def test_dates_reach_the_details_timeline_presentation_and_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    set_dates(qtbot, window, INFUSION)
    assert window.document.infusion_date == INFUSION
    window.document.select("lymphodepletion")
    assert "Your planned dates: Thu 5 Mar 2026 to Sat 7 Mar 2026." in window.details.text()
    assert window.timeline_scene.row("lymphodepletion").detail.endswith("Thu 5 Mar 2026 to Sat 7 Mar 2026")
    assert window.dates_label.text() == "The day you get your cells: Tue 10 Mar 2026 (not saved)"
    window.set_audience("clinician")
    assert window.dates_label.text() == "The infusion of CAR T cells (day 0): Tue 10 Mar 2026 (not saved)"
    window.set_audience("patient")
    view = window.start_presentation()
    assert view is not None
    assert view.dates_text() == "Your dates: Thu 5 Mar 2026 to Sat 7 Mar 2026"
    view.leave()
    window.document.select("follow_up")
    assert "Your planned dates: Tue 7 Apr 2026 to March 2028." in window.details.text()  # years ahead: no day
    window.document.select("evaluation")  # no typical timing: no dates invented
    assert "Your planned dates" not in window.details.text()


def test_a_booked_collection_day_moves_the_collection_and_the_lab_start(qtbot: QtBot, window: MainWindow) -> None:
    set_dates(qtbot, window, INFUSION, dt.date(2026, 2, 12))
    window.document.select("leukapheresis")
    assert "Your planned dates: Thu 12 Feb 2026." in window.details.text()
    window.document.select("manufacturing")
    assert "Your planned dates: Thu 12 Feb 2026 to Wed 4 Mar 2026." in window.details.text()


def test_impossible_dates_are_explained_and_nothing_changes(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.set_dates(INFUSION, dt.date(2026, 3, 12))
    assert not dialog.ok_button.isEnabled()
    assert dialog.preview.text() == (
        "The cell collection date (Thu 12 Mar 2026) is after day 0, the day you get your cells "
        "(Tue 10 Mar 2026). In this pathway the cell collection comes before day 0.")
    # Enter reached the switched-off OK in silence; the dates read, the problem is said.
    dialog.collection_edit.setFocus()
    qtbot.keyClick(dialog.collection_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and window.document.infusion_date is None
    assert dialog.collection_edit.accessibleDescription() == dialog.preview.text()
    assert dialog.ok_button.accessibleDescription() == dialog.preview.text()
    dialog.accept()  # even if forced, nothing is applied
    assert window.document.infusion_date is None
    dialog.set_dates(INFUSION, dt.date(2026, 2, 12))
    assert dialog.ok_button.isEnabled()
    dialog.reject()
    assert window.document.infusion_date is None  # Cancel applies nothing


def test_a_booked_day_far_from_its_usual_time_is_questioned_but_may_be_used(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.set_dates(INFUSION, dt.date(2026, 2, 17))  # inside the usual 28 to 14 days before
    assert dialog.note.isHidden()
    dialog.set_dates(INFUSION, dt.date(2025, 2, 17))  # a year typed wrong
    assert dialog.note.isVisible() and dialog.note.text() == (
        "Please check: the cell collection date (Mon 17 Feb 2025) is outside its usual time in this pathway, "
        "Tue 10 Feb 2026 to Tue 24 Feb 2026.")
    assert dialog.preview.text().startswith("Day 0, the day you get your cells: Tue 10 Mar 2026.")
    assert dialog.ok_button.isEnabled()  # a centre may book outside the usual time
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.document.select("leukapheresis")
    assert "Your planned dates: Mon 17 Feb 2025." in window.details.text()


def test_clear_removes_the_dates_everywhere(qtbot: QtBot, window: MainWindow) -> None:
    set_dates(qtbot, window, INFUSION)
    window.document.select("lymphodepletion")
    assert "Your planned dates" in window.details.text()
    dialog = open_dialog(qtbot, window)
    assert dialog.infusion_date() == INFUSION  # opens on the dates in use
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert window.document.infusion_date is None
    assert "Your planned dates" not in window.details.text()
    assert "Mar" not in window.timeline_scene.row("lymphodepletion").detail
    assert window.dates_label.text() == ""


def test_the_handout_carries_the_dates(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from pypdf import PdfReader

    set_dates(qtbot, window, INFUSION)
    out = tmp_path / "handout.pdf"
    assert window.export_handout_to(out)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(str(out)).pages).split())
    assert "Tue 10 Mar 2026" in text
    assert "Thu 5 Mar 2026" in text


# --- nothing about the patient is kept ----------------------------------------------------------


def _files(*roots: Path) -> dict[Path, tuple[int, int]]:
    out = {}
    for root in roots:
        for folder, _, names in os.walk(root):
            for name in names:
                path = Path(folder) / name
                stat = path.stat()
                out[path] = (stat.st_mtime_ns, stat.st_size)
    return out


def test_dates_are_never_written_anywhere(
    qtbot: QtBot, window: MainWindow, settings_path: Path, tmp_path: Path
) -> None:
    home = Path(os.environ["HOME"])
    before = _files(tmp_path, home)
    set_dates(qtbot, window, INFUSION, dt.date(2026, 2, 12))
    window.document.select("lymphodepletion")
    window.show_view("timeline")
    view = window.start_presentation()
    assert view is not None
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    window.close()

    after = _files(tmp_path, home)
    changed = {path for path, mark in after.items() if before.get(path) != mark}
    assert changed <= {settings_path}, changed  # the settings file, and nothing else
    text = settings_path.read_text(encoding="utf-8", errors="replace")
    for date_text in ("2026", "Mar", "Feb", "10.03", "03-10", "3/10", "10/3", "12.02", "02-12"):
        assert date_text not in text, date_text
    assert "view/mode" in text or "mode=" in text  # it did save what it should


def test_a_pathway_without_timings_refuses_a_day_zero_date(qtbot: QtBot, settings_path: Path) -> None:
    # tests/data/rodilla_minimo_es.yaml gives no step a timing: a day 0 date would date nothing.
    window = open_window(qtbot, AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat)),
                         Path(__file__).parent / "data" / "rodilla_minimo_es.yaml")
    dialog = open_dialog(qtbot, window)
    dialog.set_dates(INFUSION)
    assert not dialog.ok_button.isEnabled()
    assert dialog.preview.text() == (
        "No step of this pathway has a usual timing, so no step's date can be worked out from day 0.")
    dialog.accept()  # even if forced, nothing is applied
    assert window.document.infusion_date is None


# --- typing a date -------------------------------------------------------------------------------


def type_into_focus(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def wait_for_keyboard_in(qtbot: QtBot, box: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and box.isAncestorOf(QApplication.focusWidget())
                    or QApplication.focusWidget() is box)


@pytest.mark.parametrize("typed", ["15/03/2027", "15 Mar 2027", "Mon 15 March 2027", "2027-03-15"])
def test_a_date_typed_whole_is_taken_and_shown_in_words(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    dialog = open_dialog(qtbot, window)
    # The dialog opens with the keyboard in day 0's box: typing replaces the whole date.
    wait_for_keyboard_in(qtbot, dialog.infusion_edit)
    type_into_focus(qtbot, typed)
    assert dialog.ok_button.isEnabled()
    assert dialog.preview.text().startswith("Day 0, the day you get your cells: Mon 15 Mar 2027.")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.infusion_edit.text() == "Mon 15 Mar 2027"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.document.infusion_date == dt.date(2027, 3, 15)


def test_a_typed_date_that_cannot_be_read_is_said_and_never_used(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    wait_for_keyboard_in(qtbot, dialog.infusion_edit)
    before = dialog.infusion_date()
    type_into_focus(qtbot, "31/02/2027")
    assert not dialog.ok_button.isEnabled()
    said = dialog.preview.text()
    assert said.startswith("Planned day 0: \u201c31/02/2027\u201d is not a date the viewer can read.")
    assert "pick it from the calendar" in said
    # Leaving the box puts the last date back, and the dialog goes on saying what was not read,
    # so Enter cannot set the old date in place of the one typed.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.infusion_date() == before
    assert dialog.preview.text() == said
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() is dialog
    assert window.document.infusion_date is None
    # Changing the date (here with the arrow key, back in the box) clears the message.
    dialog.infusion_edit.setFocus(Qt.FocusReason.TabFocusReason)
    wait_for_keyboard_in(qtbot, dialog.infusion_edit)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)
    assert dialog.infusion_date() == before + dt.timedelta(days=1)
    assert dialog.ok_button.isEnabled()
    assert dialog.preview.text().startswith("Day 0, the day you get your cells:")
    dialog.reject()


@pytest.mark.parametrize("typed", ["2026-02-31", "1/13/2026", "31/02/2026", "hello"])
def test_enter_on_a_date_that_cannot_be_read_does_nothing_and_says_why(
    qtbot: QtBot, window: MainWindow, typed: str
) -> None:
    # Enter straight from the box once closed the dialog with a date made of a part of what
    # was typed ("2026-02-3" of "2026-02-31": 3 Feb) or with the old one.
    dialog = open_dialog(qtbot, window)
    wait_for_keyboard_in(qtbot, dialog.infusion_edit)
    before = dialog.infusion_date()
    type_into_focus(qtbot, typed)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() is dialog
    assert window.document.infusion_date is None
    said = dialog.preview.text()
    assert said.startswith(f"Planned day 0: \u201c{typed}\u201d is not a date the viewer can read.")
    assert dialog.infusion_edit.accessibleDescription().startswith("Planned day 0:")  # heard, not only seen
    # Leaving the box shows the date it had before the typing, never one nobody typed.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.infusion_date() == before
    assert dialog.preview.text() == said
    dialog.reject()


def test_the_booked_day_also_takes_a_typed_date(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.set_dates(INFUSION, dt.date(2026, 2, 1))
    dialog.collection_edit.setFocus(Qt.FocusReason.TabFocusReason)
    wait_for_keyboard_in(qtbot, dialog.collection_edit)
    type_into_focus(qtbot, "12 Feb 2026")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.collection_date() == dt.date(2026, 2, 12)
    dialog.collection_edit.setFocus(Qt.FocusReason.TabFocusReason)
    wait_for_keyboard_in(qtbot, dialog.collection_edit)
    type_into_focus(qtbot, "12 Fbr 2026")
    assert dialog.preview.text().startswith("Cell collection: \u201c12 Fbr 2026\u201d is not a date")
    dialog.reject()


def test_a_size_the_user_gave_the_dialog_is_kept_when_the_dates_change(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    bigger = dialog.size() + type(dialog.size())(120, 80)
    dialog.resize(bigger)
    dialog.set_dates(INFUSION)
    dialog.set_dates(INFUSION + dt.timedelta(days=30), dt.date(2026, 3, 20))
    assert dialog.size() == bigger
    dialog.reject()
