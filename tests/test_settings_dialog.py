"""Clinic settings: typed once, kept in the settings, shown where they apply, shared as a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.app import create_main_window
from pathway_viewer.core.clinic import ClinicInfo
from pathway_viewer.window.main_window import MainWindow
from pathway_viewer.core.settings import AppSettings
from pathway_viewer.dialogs.clinic_settings import ClinicSettingsDialog
from pathway_viewer.dialogs.local_choices import NOT_SET, OWN_WORDS

STAY = "Stay near the treatment centre for 2 weeks after you get your cells."  # the pathway's option text
DRIVE = "Do not drive for eight weeks after the infusion."  # typed as the clinic's own words


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: QtBot, settings: AppSettings) -> MainWindow:
    window = create_main_window(settings, None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_dialog(qtbot: QtBot, window: MainWindow) -> ClinicSettingsDialog:
    window.actions[A.CLINIC_SETTINGS].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ClinicSettingsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ClinicSettingsDialog)
    return dialog


def fill(qtbot: QtBot, dialog: ClinicSettingsDialog) -> None:
    qtbot.keyClicks(dialog.name_edit, "City Hospital Cell Therapy Unit")
    qtbot.keyClicks(dialog.emergency_edit, "0800 123 456")
    qtbot.keyClicks(dialog.phone_edits["coordinator"], "020 7946 0000")
    stay = dialog.choices_box.rows["stay_near_centre"].combo
    stay.setCurrentIndex(stay.findText("2 weeks (US labels of approved CAR T products since June 2025)"))
    driving = dialog.choices_box.rows["driving"]
    driving.combo.setCurrentIndex(driving.combo.findText(OWN_WORDS))
    qtbot.keyClicks(driving.words, DRIVE)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("F"))
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("letter"))


def save(qtbot: QtBot, dialog: ClinicSettingsDialog) -> None:
    qtbot.mouseClick(dialog.findChild(type(dialog.import_button), "clinic_save"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


# --- the form -----------------------------------------------------------------------------------


def test_the_form_has_a_phone_for_each_role_and_rules_in_the_clinics_own_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = open_dialog(qtbot, window)
    roles = [r.id for r in window.document.pathway.roles]
    assert list(dialog.phone_edits) == roles
    # The pathway asks its own questions, one list of answers each; the old free texts are not offered.
    rows = dialog.choices_box.rows
    assert list(rows) == ["stay_after_infusion", "chemo_stay", "stay_near_centre", "driving"]
    driving = rows["driving"].combo
    assert [driving.itemText(i) for i in range(driving.count())] == [
        NOT_SET, "2 weeks (US labels of approved CAR T products since June 2025)", OWN_WORDS
    ]
    assert all(row.combo.currentText() == NOT_SET and not row.words.isVisibleTo(dialog) for row in rows.values())
    assert not dialog.stay_near_edit.isVisibleTo(dialog) and not dialog.driving_edit.isVisibleTo(dialog)
    assert [dialog.unit_combo.itemData(i) for i in range(dialog.unit_combo.count())] == ["C", "F", "both"]
    assert [dialog.paper_combo.itemData(i) for i in range(dialog.paper_combo.count())] == ["a4", "letter"]
    assert window.actions[A.CLINIC_SETTINGS] in window.findChild(type(window.menuBar().actions()[0].menu()),
                                                                  "menu_tools").actions()
    dialog.reject()


def test_saved_settings_persist_and_show_on_the_steps_they_concern(
    qtbot: QtBot, window: MainWindow, settings: AppSettings
) -> None:
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog)
    save(qtbot, dialog)
    settings.sync()
    again = AppSettings(QSettings(settings.qsettings.fileName(), QSettings.Format.IniFormat))
    assert again.get("clinic/name") == "City Hospital Cell Therapy Unit"
    assert again.get("clinic/emergency_number") == "0800 123 456"
    assert again.get("clinic/phones")["coordinator"] == "020 7946 0000"
    assert again.get("clinic/choices") == {"car_t_sle/stay_near_centre": "two_weeks", "car_t_sle/driving": DRIVE}
    assert again.get("clinic/temperature_unit") == "F"
    assert again.get("clinic/paper") == "letter"

    window.document.select("recovery")
    text = window.details.text()
    assert f"so infections are still more likely. {STAY}" in text
    assert DRIVE in text
    assert "Emergency number: 0800 123 456" in text
    assert "A temperature of 100.4 \u00b0F or higher" in text
    window.document.select("evaluation")
    assert DRIVE not in window.details.text() and "\u00b0F" not in window.details.text()

    view = window.start_presentation()
    assert view is not None
    assert view.title_text() == "Checking if CAR-T may suit you"
    assert DRIVE not in view.body_text()
    for _ in range(6):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.title_text() == "Recovery: weeks 2 to 4"
    assert f"so infections are still more likely. {STAY}" in view.body_text()
    view.leave()


def test_without_answers_the_screen_says_the_team_will_tell_you(window: MainWindow) -> None:
    window.document.select("recovery")
    text = window.details.text()
    assert "so infections are still more likely. Your team will tell you how long to stay near the treatment centre." in text
    assert "Do not drive until your team says you can. They will tell you the local rules." in text
    assert "Emergency number: ask your team which number to call" in text
    assert "Local rules" not in text and "____" not in text


def test_cancel_changes_nothing(qtbot: QtBot, window: MainWindow, settings: AppSettings) -> None:
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog)
    dialog.reject()
    assert settings.get("clinic/name") == ""
    assert window.clinic == ClinicInfo()


def test_numbers_for_roles_of_other_pathways_are_kept(qtbot: QtBot, window: MainWindow, settings: AppSettings) -> None:
    settings.set("clinic/phones", {"surgeon": "111", "coordinator": "222"})
    dialog = open_dialog(qtbot, window)
    assert dialog.phone_edits["coordinator"].text() == "222"
    dialog.phone_edits["coordinator"].setText("333")
    save(qtbot, dialog)
    assert settings.get("clinic/phones") == {"surgeon": "111", "coordinator": "333"}


# --- sharing between PCs ------------------------------------------------------------------------------


def test_export_then_import_on_another_pc(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog)
    shared = tmp_path / "clinic.json"
    assert dialog.export_to(shared)
    dialog.reject()
    assert json.loads(shared.read_text(encoding="utf-8"))["choices"]["car_t_sle/driving"] == DRIVE

    other = create_main_window(AppSettings(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)), None)
    qtbot.addWidget(other)
    other.show()
    second = open_dialog(qtbot, other)
    assert second.name_edit.text() == ""
    assert second.import_from(shared)
    assert second.name_edit.text() == "City Hospital Cell Therapy Unit"
    assert second.phone_edits["coordinator"].text() == "020 7946 0000"
    assert second.choices_box.rows["driving"].words.text() == DRIVE
    assert second.choices_box.rows["stay_near_centre"].combo.currentData() == "two_weeks"
    assert second.paper_combo.currentData() == "letter"
    save(qtbot, second)
    assert other.clinic.chosen("car_t_sle") == {"stay_near_centre": "two_weeks", "driving": DRIVE}
    assert other.clinic.temperature_unit == "F"


@pytest.mark.parametrize(
    "content",
    [b"not json at all", b'{"format": "something else"}', b'{"format": "car-t-pathway-viewer clinic", "name": 5}',
     b"\xff\xfe\x00garbage"],
)
def test_importing_a_bad_file_says_so_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, settings: AppSettings, tmp_path: Path, content: bytes
) -> None:
    settings.set("clinic/name", "Before")
    dialog = open_dialog(qtbot, window)
    qtbot.keyClicks(dialog.emergency_edit, "0800 999")
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    assert not dialog.import_from(bad)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "These settings could not be imported"
    assert "bad.json" in box.text()
    assert "Nothing was changed" in box.text()
    assert "Traceback" not in box.text()
    box.close()
    assert dialog.name_edit.text() == "Before"
    assert dialog.emergency_edit.text() == "0800 999"  # what was typed stays
    assert settings.get("clinic/name") == "Before"
    dialog.reject()


def test_export_to_an_impossible_place_is_a_message(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, window)
    assert not dialog.export_to(tmp_path / "no such folder" / "clinic.json")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.windowTitle() == "The clinic settings could not be saved"
    box.close()
    dialog.reject()


# --- the handout --------------------------------------------------------------------------------------


def test_the_handout_prints_the_clinic_details_and_rules(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    from pypdf import PdfReader

    dialog = open_dialog(qtbot, window)
    fill(qtbot, dialog)
    save(qtbot, dialog)
    out = tmp_path / "handout.pdf"
    assert window.export_handout_to(out)
    reader = PdfReader(str(out))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert "City Hospital Cell Therapy Unit" in text
    assert "0800 123 456" in text
    assert "020 7946 0000" in text
    assert STAY in text
    assert DRIVE in text
    assert "A temperature of 100.4 \u00b0F or higher" in text
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (612, 792)  # US Letter, as chosen
