"""The grown format on screen and on paper (issue #9 point 5): a user opens a pathway with no
phases, a 15-year follow-up with repeating visits, steps at the same time, an end step and
side paths with how often they happen, and reads the map, the details, the timeline and
the handout."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from models import load_pathway
from models.schedule import step_dates
from pathway_viewer.output.handout import write_handout_pdf
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from test_handout import flat, pdf_pages
from window_helpers import click_card, open_window, test_settings

FEATURES = Path(__file__).parent / "data" / "format_features.yaml"
INFUSION = dt.date(2027, 3, 1)  # a Monday


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), FEATURES)
    window.resize(1400, 860)
    return window


def test_the_map_marks_the_end_step_and_labels_parallel_and_rare_paths(window: MainWindow) -> None:
    scene = window.scene
    assert scene.card("other-treatment").is_end and not scene.card("follow-up").is_end
    assert scene.card("assessment").band_text == ""  # no phases: a neutral band, no name
    assert scene.card("bridging").meta_text.startswith("2 to 4 cycles, every 2 weeks")
    assert scene.card("tablets").meta_text.startswith("as long as needed")
    assert scene.arrow("preparation", "bridging").label == "at the same time"
    assert scene.arrow("assessment", "other-treatment").label == "not suitable (sometimes)"
    assert scene.arrow("follow-up", "assessment").label == "the illness comes back (rarely)"
    assert scene.arrow("preparation", "bridging").pen().dashPattern() == [6.0, 2.0, 1.0, 2.0]
    # Beside its partner, in the same column: not drawn as a step after it.
    assert scene.card("bridging").x() == scene.card("preparation").x()
    window.view.grab().save("/tmp/format-map.png")


def test_details_show_visits_same_time_and_how_often(qtbot: QtBot, window: MainWindow) -> None:
    click_card(qtbot, window, "follow-up")
    text = window.details.text()
    assert "Visits come every 3 months until about 12 months after the main treatment day, then every year" in text
    assert "About 15 years after the main treatment day" in text
    assert "Going back to \u201cFirst visit\u201d (the illness comes back): this happens rarely." in text
    assert "Part of the journey" not in text

    window.document.set_schedule(INFUSION)
    text = window.details.text()
    assert "Your visit dates" in text
    assert "Mon 31 May 2027" in text and "And 6 more visits after that, the last on Sat 1 Mar 2042." in text
    window.grab().save("/tmp/format-details.png")

    click_card(qtbot, window, "preparation")
    assert "This happens at the same time as \u201cTreatment while you wait\u201d." in window.details.text()
    click_card(qtbot, window, "other-treatment")
    assert "This path of the journey ends here." in window.details.text()


def test_the_timeline_shows_each_visit_and_an_open_ended_step(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    scene = window.timeline_scene
    axis = scene.axis()
    assert axis is not None
    # The years are squeezed to fit the window, yet the last tick still says how far the
    # visits reach (the last one 15 years after the main treatment day).
    assert axis.tick_labels()[-1] == "15 years after"
    follow = scene.row("follow-up")
    assert len(follow.visit_xs) == 18
    assert follow.visit_xs == sorted(follow.visit_xs)
    assert "18 visits: every 3 months, then every year" in follow.detail
    tablets = scene.row("tablets")
    bar = tablets.bar_rect()
    # As long as needed, from day 14 to day 365 (as its card says): it fades out by its last
    # day, never on past it.
    assert bar is not None and tablets.open_end == bar.right()
    assert "as long as needed" in tablets.detail
    assert scene.row("treatment").visit_xs == [] and scene.row("treatment").open_end is None
    assert "About 3 months after the main treatment day; About 6 months after" in follow.toolTip()
    note = " ".join(scene.texts())
    assert "Diamonds mark the visits of a step that repeats; its details list every one." in note
    assert "A bar that fades out means the step lasts as long as it is needed, and ends by the end of the bar." in note
    window.document.set_schedule(INFUSION)
    follow = scene.row("follow-up")
    assert "Mon 31 May 2027; Mon 30 Aug 2027; Tue 30 Nov 2027" in follow.toolTip()
    window.timeline_view.grab().save("/tmp/format-timeline.png")


def test_the_handout_lists_the_visit_dates_and_puts_parallel_steps_beside_their_partner(
    qapp, tmp_path: Path  # noqa: ANN001 - pytest-qt's application
) -> None:
    pathway = load_pathway(FEATURES)
    out = tmp_path / "handout.pdf"
    write_handout_pdf(out, pathway, dates=step_dates(pathway, INFUSION), infusion_date=INFUSION)
    text = flat("\n".join(pdf_pages(out)))
    assert "Your visit dates Visits come every 3 months" in text
    assert "5 Check-up visits From about 3 months to about 15 years after the main treatment day. 1 to 2 hours; 18 visits" in text
    # The dates in order (a page may end among them: a step is kept whole on a page only
    # when it fits on one).
    dates = ["Mon 31 May 2027", "Mon 30 Aug 2027", "Tue 30 Nov 2027", "Tue 29 Feb 2028"]
    places = [text.find(date, text.find("Your visit dates")) for date in dates]
    assert -1 not in places and places == sorted(places), places
    assert "And 6 more visits after that, the last on Sat 1 Mar 2042." in text
    assert "At the same time: Treatment while you wait" in text
    assert "Usually 2 to 4 cycles, every 2 weeks." in text
    assert "How long: as long as needed." in text
    # Only the real side path is among the other paths, with how often it is taken.
    others = text[text.rindex("Other paths some people take"):]  # the section, not the contents list
    assert "Treatment while you wait" not in others and "Tablets at home" not in others
    assert "When: not suitable (after \u201cStep 1: First visit\u201d), this happens sometimes." in others
    assert "This path of the journey ends here." in others


def test_the_editor_keeps_the_new_fields_when_another_field_is_changed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)
    copy = tmp_path / "clinic.yaml"
    shutil.copy(FEATURES, copy)
    before = copy.read_text(encoding="utf-8")
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), copy)
    window.document.select("tablets")  # no duration: the form opens without writing one
    window.actions[A.EDIT_MODE].trigger()
    assert window.step_form is not None
    assert not window.step_form.findChild(QDoubleSpinBox, "edit_duration_max").isEnabled()  # nothing to change
    window.document.select("follow-up")
    assert window.step_form.findChild(QDoubleSpinBox, "edit_duration_max").isEnabled()
    title = window.step_form.findChild(QLineEdit, "edit_title")
    assert isinstance(title, QLineEdit) and title.text() == "Check-up visits"
    title.selectAll()
    qtbot.keyClicks(title, "Check-ups")
    kinds = [window.step_form.findChild(QComboBox, f"edit_arrow_kind_{n}") for n in range(3)]
    assert "At the same time" not in [k.currentText() for k in kinds if k is not None]  # none from here
    window.actions[A.SAVE].trigger()
    after = copy.read_text(encoding="utf-8")
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b]
    assert changed == [("    title: Check-up visits", "    title: Check-ups")]
    reloaded = load_pathway(copy)
    assert reloaded.step("follow-up").visit_days()[-1] == 5479
    assert reloaded.step("other-treatment").end and reloaded.step("tablets").duration is None
    assert [t.frequency.value for t in reloaded.transitions if t.frequency] == ["uncommon", "rare"]


def test_the_arrow_editor_names_a_parallel_arrow_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), FEATURES)
    window.document.select("preparation")
    window.actions[A.EDIT_MODE].trigger()
    assert window.step_form is not None
    texts = [box.currentText() for box in window.step_form.findChildren(QComboBox) if box.objectName().startswith("edit_arrow_kind_")]
    assert texts == ["Main journey", "At the same time"]


def test_presenting_offers_a_parallel_step_in_words_and_shows_the_visits(qtbot: QtBot, window: MainWindow) -> None:
    window.document.select("preparation")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    view = window.presentation
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    assert view.choice_labels() == ["1   At the same time\n\u2192 Treatment while you wait"]
    assert view.phase_label.text() == ""  # no phases: no empty "part of the journey"
    window.document.set_schedule(INFUSION)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.title_text() == "Check-up visits"
    body = view.body_text()
    # The dates line above the page gives the range; the visits are listed in words.
    assert "Visits\n" in body and "About 15 years after the main treatment day" in body
    assert view.dates_label.text() == "Your dates: Mon 31 May 2027 to March 2042"  # years ahead: no day
    view.grab().save("/tmp/format-present.png")
    qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_adding_a_step_in_a_pathway_without_phases_gives_it_none(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), FEATURES)
    window.document.select("treatment")
    window.actions[A.EDIT_MODE].trigger()
    assert window.step_form is not None
    button = window.step_form.findChild(QPushButton, "add_step_after")
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    session = window.edit_session
    assert session is not None and session.validate_now() == []
    pathway = window.document.pathway
    assert pathway.step("new_step_1").phase is None
    assert window.document.graph.main_path[3:5] == ["new_step_1", "physio"]
