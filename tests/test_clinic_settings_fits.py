"""Tools > Clinic settings fits its screen at every text size: no sideways scrolling, every
label and box title whole (wrapped, not cut), the dialog no bigger than the screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from pathway_viewer.dialogs.clinic_settings import ClinicSettingsDialog
from pathway_viewer.window import actions as A
from window_helpers import open_window, test_settings

DATA = Path(__file__).parent / "data"
GERMAN = DATA / "stammzelltransplantation_de.yaml"  # long role names ("Transplantationskoordinatorin")


def _dialog(qtbot: QtBot, tmp_path: Path, path: Path | None, percent: int, size: tuple[int, int]) -> ClinicSettingsDialog:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), path)
    window.resize(*size)
    window.actions[A.TEXT_SIZE_ACTIONS[percent]].trigger()
    window.actions[A.CLINIC_SETTINGS].trigger()
    # This window's dialog: the application's active modal widget may still be the last
    # test's dialog, closed but not yet deleted (its scroll area's contents already gone).
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(ClinicSettingsDialog)))
    dialog = next(d for d in window.findChildren(ClinicSettingsDialog) if d.isVisible())
    qtbot.wait(10)
    return dialog


@pytest.mark.parametrize(
    ("path", "percent", "size"),
    [
        (GERMAN, 100, (1024, 700)),
        (GERMAN, 150, (1366, 768)),
        (GERMAN, 200, (1366, 768)),
        (GERMAN, 150, (1024, 700)),
        (None, 200, (1024, 700)),
    ],
    ids=["german-100-1024", "german-150-1366", "german-200-1366", "german-150-1024", "bundled-200-1024"],
)
def test_the_clinic_settings_never_scroll_sideways(
    qtbot: QtBot, tmp_path: Path, path: Path | None, percent: int, size: tuple[int, int]
) -> None:
    dialog = _dialog(qtbot, tmp_path, path, percent, size)
    try:
        scroll = dialog.findChild(QScrollArea)
        assert scroll is not None
        # was a bar 14 px long at 150 % and 240 px at 200 %, the fields cut at the right
        assert scroll.horizontalScrollBar().maximum() == 0
        body = scroll.widget()
        assert body.width() <= scroll.viewport().width()
        screen = dialog.screen().availableGeometry()
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
        for label in body.findChildren(QLabel):
            if label.isVisible():  # whole: wrapped to its width, never wider than it
                assert label.wordWrap() or label.sizeHint().width() <= label.width(), label.text()
    finally:
        dialog.reject()


def test_box_titles_wrap_and_still_name_their_box(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, tmp_path, GERMAN, 200, (1024, 700))
    try:
        names = {box.accessibleName() for box in dialog.findChildren(QGroupBox) if box.isVisible()}
        assert names == {
            "Phone number for each member of the care team",
            "Local rules (for pathways that ask no questions of their own)",
        }
        headings = [label for label in dialog.findChildren(QLabel) if label.text() in names]
        assert len(headings) == 2 and all(label.wordWrap() for label in headings)
    finally:
        dialog.reject()


def test_the_form_stays_in_its_dialog_when_python_collects_its_garbage(qtbot: QtBot, tmp_path: Path) -> None:
    # The form's page was held only by a Python reference cycle: when the cycle collector
    # ran (at any moment) the page went with it, and the dialog showed an empty frame.
    import gc

    dialog = _dialog(qtbot, tmp_path, GERMAN, 100, (1366, 768))
    try:
        gc.collect()
        QApplication.processEvents()
        scroll = dialog.findChild(QScrollArea)
        assert scroll is not None and scroll.widget() is not None
        assert scroll.widget().findChildren(QLabel)
    finally:
        dialog.reject()
