"""The edit form fits its panel on a laptop screen: no box, drop-down arrow or button is cut
off at the panel's right edge (the form cannot scroll sideways), in French with long step
titles, at the normal text size and the largest."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QDockWidget, QMessageBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.core import i18n
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

from conftest import DATA


@pytest.fixture(autouse=True)
def _answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)


@pytest.fixture(autouse=True)
def _back_to_english(qapp: QApplication) -> Iterator[None]:
    """The German case leaves the interface German: the tests after it read English again."""
    yield
    i18n.apply_language(qapp, "en")
    QLocale.setDefault(QLocale.system())


def cut_off(form: QScrollArea) -> list[str]:
    """Each shown field, label or button of ``form`` that does not lie wholly inside its viewport's width."""
    viewport = form.viewport()
    found = []
    for widget in form.widget().findChildren(QWidget):
        if not widget.isVisible() or widget.objectName().startswith("qt_") or widget.parent().objectName().startswith("qt_"):
            continue  # a box's own parts (its scroll bars' holders) go where the box goes
        left = widget.mapTo(viewport, QPoint(0, 0)).x()
        if left < 0 or left + widget.width() > viewport.width():
            found.append(f"{type(widget).__name__} {widget.objectName()!r} from x={left}, {widget.width()} px wide")
    return found


def too_small(form: QScrollArea) -> list[str]:
    """Buttons, check boxes and drop-downs of ``form`` under 24 x 24 px (WCAG 2.5.8)."""
    return [f"{type(w).__name__} {w.objectName()!r}: {w.size()}" for w in form.widget().findChildren(QWidget)
            if isinstance(w, (QAbstractButton, QComboBox)) and w.isVisible() and (w.width() < 24 or w.height() < 24)]


# German at double size has the longest words: "Eine Abzweigung von hier einfügen".
@pytest.mark.parametrize(("size", "language"), [(100, "en"), (200, "en"), (200, "de")])
def test_every_field_of_the_edit_form_lies_inside_its_panel_at_1366x768(qtbot: QtBot, tmp_path: Path, size: int, language: str) -> None:
    work = tmp_path / "car_t_myelome_fr.yaml"
    shutil.copy(DATA / "car_t_myelome_fr.yaml", work)
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", language)
    window = open_window(qtbot, settings, work)
    window.resize(1366, 768)
    window.actions[A.TEXT_SIZE_ACTIONS[size]].trigger()
    window.document.select("perfusion")  # two people in its care team and an arrow out
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.step_form is not None and window.edit_tabs is not None
    docks = [d.objectName() for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert {"care_team", "details", "editor_dock"} <= set(docks)  # both side panels open
    form = window.step_form
    qtbot.wait(50)  # the layout settles
    assert form.widget().width() <= form.viewport().width()  # else its right side is cut off
    assert form.findChild(QComboBox, "edit_care_role_1").currentText() == "Hématologue"
    assert form.findChild(QAbstractButton, "edit_care_remove_1").isVisible()
    assert cut_off(form) == [] and too_small(form) == []
    pathway_form = window.edit_tabs.widget(1)
    assert isinstance(pathway_form, QScrollArea)
    window.edit_tabs.setCurrentWidget(pathway_form)
    qtbot.waitUntil(pathway_form.isVisible)
    assert cut_off(pathway_form) == [] and too_small(pathway_form) == []
