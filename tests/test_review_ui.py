"""Compare, sign off and suggest, driven as a user drives them: actions, typing, buttons."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from pathlib import Path
from typing import Callable

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateEdit, QFileDialog
from pytestqt.qtbot import QtBot

from models import load_pathway
from pathway_files import DATA
from pathway_viewer.dialogs.compare import CompareDialog
from pathway_viewer.dialogs.sign_off import SignOffDialog
from pathway_viewer.dialogs.suggestions import SuggestDialog, SuggestionsDialog
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import click_card, open_window, test_settings

KNEE = DATA / "knee_surgery.yaml"


def knee_copy(tmp_path: Path) -> Path:
    path = tmp_path / "our-knee.yaml"
    shutil.copy(KNEE, path)
    return path


def dialog_of(window: MainWindow, kind: type) -> object:
    found = [d for d in window._dialogs if isinstance(d, kind)]
    assert found, f"no {kind.__name__} open"
    return found[-1]


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The next file chooser answers ``path``, as if the user had typed it."""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kw: (str(path), "")))


def test_compare_lists_the_clinics_changes_and_exports_a_pdf(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    changed = knee_copy(tmp_path)
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("timing: {start: 1, end: 3}", "timing: {start: 1, end: 5}"),
        encoding="utf-8",
    )
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), changed)
    window.actions[A.COMPARE].trigger()
    dialog = dialog_of(window, CompareDialog)
    assert isinstance(dialog, CompareDialog)
    # Against the bundled pathway by default; then the user picks the shared knee file.
    assert "the bundled pathway" in dialog.files_label.text()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(KNEE), "")))
    qtbot.mouseClick(dialog.file_button, Qt.MouseButton.LeftButton)
    assert dialog.lines() == ["Step ward: First days on the ward", "  timing.end: changed from “3” to “5”"]
    assert dialog.summary_label.text() == "1 difference in 1 place."
    assert "knee_surgery.yaml: id knee-replacement, version 1.0" in dialog.files_label.text()

    pdf = tmp_path / "changes.pdf"
    save_as(monkeypatch, pdf)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = " ".join(" ".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages).split())
    assert f"Compared on {dt.date.today():%a} {dt.date.today().day}" in text
    assert "Base: knee_surgery.yaml: id knee-replacement, version 1.0" in text
    assert "Changed: our-knee.yaml: id knee-replacement, version 1.0" in text
    assert "Step ward: First days on the ward timing.end: changed from “3” to “5”" in text
    dialog.close()  # an open window-modal dialog would hold the mouse for the next test's window


def test_compare_shows_short_values_whole_wrapping_a_long_line(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), DATA / "car_t_myelome_fr.yaml")
    window.actions[A.COMPARE].trigger()
    dialog = dialog_of(window, CompareDialog)
    assert isinstance(dialog, CompareDialog)
    qtbot.waitExposed(dialog)
    dialog.resize(760, dialog.height())
    qtbot.wait(20)  # rows measured again for the new width
    tree = dialog.tree
    whole = tree.topLevelItem(0)
    assert whole.text(0) == "The pathway as a whole"
    lines = {whole.child(n).text(0).split(":")[0]: whole.child(n) for n in range(whole.childCount())}
    # The words as the two files have them (the bundled pathway and tests/data/car_t_myelome_fr.yaml).
    title = lines["title"]
    assert title.text(0) == "title: changed from “CAR-T cell therapy for lupus (SLE)” to “Thérapie cellulaire CAR-T pour le myélome multiple”"
    assert lines["condition"].text(0) == "condition: changed from “Systemic lupus erythematosus (SLE)” to “Myélome multiple en rechute”"
    # Too long for one line of the list: it takes two, all of it inside the list, never "…".
    row = tree.visualItemRect(title)
    assert row.height() >= 2 * tree.fontMetrics().lineSpacing()
    assert row.right() <= tree.viewport().width()
    assert tree.textElideMode() == Qt.TextElideMode.ElideNone
    short = tree.visualItemRect(lines["version"])
    assert lines["version"].text(0) == "version: changed from “2.0” to “1.0”" and short.height() < 2 * tree.fontMetrics().lineSpacing()
    dialog.close()


def test_enter_on_a_review_date_that_cannot_be_read_signs_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    # "2027-02-30" and Enter once signed 3 Feb 2027 (a date made of "2027-02-3") into the file.
    path = knee_copy(tmp_path)
    before = path.read_bytes()
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), path)
    window.actions[A.SIGN_OFF].trigger()
    dialog = dialog_of(window, SignOffDialog)
    assert isinstance(dialog, SignOffDialog)
    qtbot.keyClicks(dialog.name_edit, "Sam Jones")
    qtbot.keyClicks(dialog.role_edit, "Ward manager")
    qtbot.keyClicks(dialog.summary_edit, "Checked.")
    assert dialog.sign_button.isEnabled()
    next_review = dialog.next_edit.date()
    dialog.next_edit.setFocus(Qt.FocusReason.TabFocusReason)
    dialog.next_edit.lineEdit().selectAll()
    qtbot.keyClicks(dialog.next_edit, "2027-02-30")  # the box has the keys (its line is its proxy)
    qtbot.keyClick(dialog.next_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert path.read_bytes() == before
    assert dialog.problem_label.text().startswith("Next review due: \u201c2027-02-30\u201d is not a date")
    assert dialog.next_edit.accessibleDescription() == dialog.problem_label.text()
    dialog.next_edit.editingFinished.emit()  # leaving the box: the date it had comes back
    assert dialog.next_edit.date() == next_review
    dialog.reject()


def test_sign_off_writes_the_review_into_the_open_file(qtbot: QtBot, tmp_path: Path) -> None:
    path = knee_copy(tmp_path)
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), path)
    window.actions[A.SIGN_OFF].trigger()
    dialog = dialog_of(window, SignOffDialog)
    assert isinstance(dialog, SignOffDialog)
    assert not dialog.sign_button.isEnabled()  # nothing typed yet
    # Enter reached the switched-off button in silence: what is missing is said where the
    # keyboard is, and the button says why it is off.
    dialog.name_edit.setFocus()
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.name_edit.accessibleDescription() == "Please give your name, your role, a summary."
    assert dialog.sign_button.accessibleDescription() == "Please give your name, your role, a summary."
    qtbot.keyClicks(dialog.name_edit, "Sam Jones")
    qtbot.keyClicks(dialog.role_edit, "Ward manager")
    assert dialog.next_edit.date().toPython() == dt.date.today() + dt.timedelta(days=365)
    qtbot.keyClicks(dialog.summary_edit, "Ward timings checked against our practice.")

    def type_date(box: QDateEdit, text: str) -> None:  # as typed over the whole date
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, text)
        box.editingFinished.emit()

    type_date(dialog.reviewed_edit, "1 Dce 2026")  # a slip of the keys is said, not signed
    assert not dialog.sign_button.isEnabled()
    assert dialog.problem_label.text().startswith("Reviewed on: \u201c1 Dce 2026\u201d is not a date")
    type_date(dialog.reviewed_edit, "1 Dec 2026")
    type_date(dialog.next_edit, "1/12/2027")
    type_date(dialog.evidence_edit, "2026-11-01")
    assert dialog.sign_button.isEnabled(), dialog.problem_label.text()
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)

    text = path.read_text(encoding="utf-8")
    pathway = load_pathway(path)
    assert pathway.version == "1.1"
    assert pathway.last_reviewed == dt.date(2026, 12, 1)
    assert pathway.review is not None
    assert (pathway.review.reviewed_by[0].name, pathway.review.reviewed_by[0].role) == ("Sam Jones", "Ward manager")
    assert pathway.review.next_review == dt.date(2027, 12, 1)
    assert pathway.review.evidence_current_to == dt.date(2026, 11, 1)
    assert [(c.version, c.date, c.summary) for c in pathway.changes] == [
        ("1.1", dt.date(2026, 12, 1), "Ward timings checked against our practice.")
    ]
    # Only what was signed changed: the author's comments and the rest of the file are as they were.
    assert text.startswith(KNEE.read_text(encoding="utf-8")[: KNEE.read_text(encoding="utf-8").index("id:")])
    assert "  - {from: clinic-visit, to: operation}\n" in text
    assert window.document.pathway is not None and window.document.pathway.version == "1.1"


@pytest.mark.parametrize(
    ("form", "encode"),
    [
        ("windows line ends", lambda text: text.replace("\n", "\r\n").encode("utf-8")),
        ("UTF-8 byte-order mark", lambda text: b"\xef\xbb\xbf" + text.encode("utf-8")),
        ("UTF-16 with CR LF", lambda text: b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le")),
    ],
)
def test_sign_off_writes_the_file_as_it_was_written(
    qtbot: QtBot, tmp_path: Path, form: str, encode: Callable[[str], bytes]
) -> None:
    # Signing rewrote a Windows file with LF line ends (every line a change in the clinic's
    # version control) and dropped its byte-order mark; a UTF-16 file could not be signed.
    path = tmp_path / "ours.yaml"
    path.write_bytes(encode(KNEE.read_text(encoding="utf-8")))
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), path)
    dialog = window.show_sign_off()
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Sam Jones")
    qtbot.keyClicks(dialog.role_edit, "Lead nurse")
    qtbot.keyClicks(dialog.summary_edit, "Checked.")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert load_pathway(path).version == "1.1", form
    signed = path.read_bytes()
    # The signed text, written the file's way: only the review lines are new.
    before_lines = encode(KNEE.read_text(encoding="utf-8")).splitlines(keepends=True)
    after_lines = signed.splitlines(keepends=True)
    assert signed.startswith(encode(""))  # the byte-order mark, if the file had one
    assert after_lines[0] == before_lines[0]
    assert len(set(after_lines) - set(before_lines)) <= 14, form
    assert window.document.pathway is not None and window.document.pathway.version == "1.1"


def test_sign_off_says_first_which_placeholder_words_are_left(qtbot: QtBot, tmp_path: Path) -> None:
    from models.placeholders import NEW_TEXT
    from PySide6.QtWidgets import QMessageBox

    path = knee_copy(tmp_path)
    text = path.read_text(encoding="utf-8")
    summary = next(line for line in text.splitlines() if line.strip().startswith("clinical_details:"))
    path.write_text(text.replace(summary, summary.split(":")[0] + ": " + NEW_TEXT, 1), encoding="utf-8")
    before = path.read_bytes()
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), path)
    window.actions[A.SIGN_OFF].trigger()
    assert not [d for d in window._dialogs if isinstance(d, SignOffDialog)]
    message = dialog_of(window, QMessageBox)
    assert isinstance(message, QMessageBox)
    assert message.windowTitle() == "This pathway cannot be signed off yet"
    assert "clinical_details: still the editor's placeholder words" in message.text()
    assert path.read_bytes() == before


def test_sign_off_of_the_bundled_pathway_goes_to_a_file_of_its_own(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    dialog = window.show_sign_off()
    assert dialog is not None
    qtbot.keyClicks(dialog.name_edit, "Sam Jones")
    qtbot.keyClicks(dialog.role_edit, "Lead nurse")
    qtbot.keyClicks(dialog.summary_edit, "Checked.")
    target = tmp_path / "ours.yaml"
    save_as(monkeypatch, target)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert load_pathway(target).version == "2.1"
    assert "# No clinician has signed" in target.read_text(encoding="utf-8")  # comments kept
    assert window.document.path == target


def test_suggest_list_delete_and_export(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_copy(tmp_path))
    for step_id, words in (("ward", "This timing is wrong for us: five days."), ("rehab", "=Add our phone number")):
        click_card(qtbot, window, step_id)
        window.actions[A.SUGGEST].trigger()
        suggest = dialog_of(window, SuggestDialog)
        assert isinstance(suggest, SuggestDialog)
        assert "do not write patient names or details" in suggest.findChild(object, "suggestion_privacy").text()
        qtbot.keyClicks(suggest.text_edit, words)
        qtbot.mouseClick(suggest.keep_button, Qt.MouseButton.LeftButton)

    # Right-click on a step offers the same command, for that step.
    card = window.scene.card("operation")
    window.view.centerOn(card)
    menu = window.step_menu(window.view, window.view.mapFromScene(card.sceneBoundingRect().center()))
    assert menu is not None and menu.actions() == [window.actions[A.SUGGEST]]
    assert window.document.selected == "operation"
    menu.close()

    window.actions[A.SUGGESTIONS].trigger()
    listing = dialog_of(window, SuggestionsDialog)
    assert isinstance(listing, SuggestionsDialog)
    rows = [[listing.table.item(r, c).text() for c in (1, 2)] for r in range(listing.table.rowCount())]
    assert rows == [
        ["First days on the ward", "This timing is wrong for us: five days."],
        ["Exercises at home", "=Add our phone number"],
    ]
    listing.table.selectRow(1)
    qtbot.mouseClick(listing.delete_button, Qt.MouseButton.LeftButton)
    assert listing.table.rowCount() == 1

    out = tmp_path / "for-the-owner.csv"
    assert listing.export_to(out)
    with out.open(encoding="utf-8", newline="") as handle:
        exported = list(csv.DictReader(handle))
    assert [(r["pathway_id"], r["step_id"], r["text"], r["made_on"]) for r in exported] == [
        ("knee-replacement", "ward", "This timing is wrong for us: five days.", dt.date.today().isoformat())
    ]
    # Kept on disk in the per-user folder: a new window sees the same list.
    assert window.suggestion_box.path.is_file()
    assert "five days" in window.suggestion_box.path.read_text(encoding="utf-8")
    listing.close()  # an open window-modal dialog would hold the mouse for the next test's window
