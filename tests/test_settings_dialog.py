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

STAY = "Stay within one hour of the centre for four weeks after the infusion."
DRIVE = "Do not drive for eight weeks after the infusion."


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
    qtbot.keyClicks(dialog.stay_near_edit, STAY)
    qtbot.keyClicks(dialog.driving_edit, DRIVE)
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
    for edit in (dialog.stay_near_edit, dialog.driving_edit):
        assert edit.toPlainText() == ""  # no rule of the app's own
        assert "differ by country and by product" in edit.placeholderText()
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
    assert again.get("clinic/stay_near_rule") == STAY
    assert again.get("clinic/driving_rule") == DRIVE
    assert again.get("clinic/paper") == "letter"

    for step_id in ("infusion", "monitoring_early", "crs_management"):
        window.document.select(step_id)
        text = window.details.text()
        assert "Local rules from City Hospital Cell Therapy Unit" in text, step_id
        assert f"Staying near the centre: {STAY}" in text
        assert f"Driving: {DRIVE}" in text
    for step_id in ("evaluation", "lymphodepletion", "follow_up"):
        window.document.select(step_id)
        assert "Local rules" not in window.details.text(), step_id

    view = window.start_presentation()
    assert view is not None
    assert DRIVE not in view.body_text()  # started on follow-up: not a rules step
    qtbot.keyClick(view, Qt.Key.Key_Left)
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.title_text() == "Close watch: the first two weeks"
    assert DRIVE in view.body_text()
    view.leave()


def test_without_rules_no_rule_is_made_up(window: MainWindow) -> None:
    window.document.select("infusion")
    assert "Local rules" not in window.details.text()
    assert "Driving:" not in window.details.text()


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
    assert json.loads(shared.read_text(encoding="utf-8"))["driving_rule"] == DRIVE

    other = create_main_window(AppSettings(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)), None)
    qtbot.addWidget(other)
    other.show()
    second = open_dialog(qtbot, other)
    assert second.name_edit.text() == ""
    assert second.import_from(shared)
    assert second.name_edit.text() == "City Hospital Cell Therapy Unit"
    assert second.phone_edits["coordinator"].text() == "020 7946 0000"
    assert second.driving_edit.toPlainText() == DRIVE
    assert second.paper_combo.currentData() == "letter"
    save(qtbot, second)
    assert other.clinic.stay_near_rule == STAY


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
    qtbot.keyClicks(dialog.driving_edit, DRIVE)
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
    assert dialog.driving_edit.toPlainText() == DRIVE  # what was typed stays
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
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (612, 792)  # US Letter, as chosen
