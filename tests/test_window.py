"""The main window end to end: click, type and read what the panels show."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QListWidget, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.dialogs.about import AboutDialog
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from pathway_viewer.dialogs.problems import TITLE as PROBLEMS_TITLE
from pathway_viewer.dialogs.problems import ProblemsDialog
from pathway_viewer.core.settings import AppSettings
from window_helpers import click_card

# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot: QtBot, settings: AppSettings) -> Callable[..., MainWindow]:
    def make(
        path: Path | None = None, app_settings: AppSettings = settings, size: tuple[int, int] | None = (1280, 800)
    ) -> MainWindow:
        window = create_main_window(app_settings, path)
        qtbot.addWidget(window)
        # The offscreen screen is 800x800, so a first-start window would be sized to it;
        # the tests use the common laptop size the panels were designed for.
        if size is not None:
            window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # window-wide shortcuts need an active window
        window.view.fit()
        return window

    return make


@pytest.fixture
def window(make_window: Callable[..., MainWindow], small_pathway_file: Path) -> MainWindow:
    return make_window(small_pathway_file)


@pytest.fixture
def broken_file(tmp_path: Path, small_pathway_file: Path) -> Path:
    """small.yaml with a required field removed and a role nobody declared."""
    text = small_pathway_file.read_text(encoding="utf-8")
    text = text.replace("    patient_summary: Blood is taken through a needle so the cells can be collected.\n", "")
    text = text.replace("{role: lab, does: Makes and tests the product.}", "{role: surgeon, does: Makes and tests the product.}")
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def click_role(qtbot: QtBot, window: MainWindow, starts_with: str) -> None:
    lst: QListWidget = window.care_team.list
    item = next(lst.item(i) for i in range(lst.count()) if lst.item(i).text().startswith(starts_with))
    lst.scrollToItem(item)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(item).center())


def modal(qtbot: QtBot, kind: type[QWidget]) -> QWidget:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    widget = QApplication.activeModalWidget()
    assert widget is not None
    return widget


def details(window: MainWindow) -> str:
    return window.details.text()


# --- reading a step ---------------------------------------------------------------------


def test_nothing_selected_shows_a_hint_and_the_disclaimer(window: MainWindow) -> None:
    text = details(window)
    assert "Click a step" in text
    assert "Small test journey" in text
    assert "For testing only. Not medical advice." in text
    assert "Thu 15 Jan 2026" in text


def test_clicking_a_card_shows_everything_about_the_step(qtbot: QtBot, window: MainWindow) -> None:
    click_card(qtbot, window, "assess")
    assert window.document.selected == "assess"
    text = details(window)
    assert "Assessment" in text
    assert "The team checks if the treatment suits you." in text
    assert "Doctor: Reviews your history and explains the options." in text
    assert "Nurse: Takes blood samples." in text
    assert "Author A. A test source. Journal. 2020;1:1-2." in text
    assert "Bring a list of your medicines." in text
    assert "Call if you get a fever." in text
    assert "Part of the journey: Check" in text
    assert "Step: Assessment" in window.step_label.text()


def test_patients_see_no_clinical_details_clinicians_do(qtbot: QtBot, window: MainWindow) -> None:
    click_card(qtbot, window, "assess")
    assert "Disease activity scores" not in details(window)
    window.actions[A.AUDIENCE_CLINICIAN].trigger()
    assert "Clinical details (for staff)" in details(window)
    assert "Disease activity scores and organ function are reviewed." in details(window)
    assert window.settings.get("view/audience") == "clinician"
    window.actions[A.AUDIENCE_PATIENT].trigger()
    assert "Disease activity scores" not in details(window)


def test_pathway_text_is_shown_as_typed_never_as_markup(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, small_pathway_file: Path
) -> None:
    text = small_pathway_file.read_text(encoding="utf-8").replace(
        "The team checks if the treatment suits you.",
        "\"<b>Not bold</b> & <img src='file:///etc/passwd'> <a href='http://example.com'>x</a>\"",
    )
    path = tmp_path / "markup.yaml"
    path.write_text(text, encoding="utf-8")
    window = make_window(path)
    click_card(qtbot, window, "assess")
    shown = details(window)
    assert "<b>Not bold</b> & <img src='file:///etc/passwd'>" in shown
    assert "<a href='http://example.com'>x</a>" in shown


def test_details_panel_loads_no_resource(window: MainWindow) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    for url in ("file:///etc/passwd", "http://example.com/a.png", "qrc:/x.png"):
        assert window.details.browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(url)) is None
    assert not window.details.browser.openLinks()
    assert not window.details.browser.openExternalLinks()


# --- the care team ----------------------------------------------------------------------


def test_choosing_a_role_highlights_exactly_their_steps(qtbot: QtBot, window: MainWindow) -> None:
    names = window.care_team.role_names()
    assert names[0] == "Everyone (no filter)"
    assert "Nurse (4 steps)" in names
    click_role(qtbot, window, "Nurse")
    assert window.document.role == "nurse"
    assert window.scene.highlighted_steps() == {"assess", "collect", "infuse", "fever-care"}
    assert "Nurse" in window.step_label.text()

    click_card(qtbot, window, "assess")
    text = details(window)
    team = text[text.index("Who is there") :]
    # The chosen role's line comes first and is marked.
    assert team.index("Nurse: Takes blood samples.") < team.index("Doctor: Reviews your history")
    assert "\u2605 Nurse: Takes blood samples." in team
    html = window.details.browser.toHtml()
    marked = html[html.index("#fff1b8") :]
    assert marked.index("Takes blood samples") < marked.index("Reviews your history")

    click_role(qtbot, window, "Everyone")
    assert window.document.role is None
    assert "\u2605" not in details(window)


def test_care_team_list_works_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    lst = window.care_team.list
    lst.setFocus()
    lst.setCurrentRow(0)
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    assert window.document.role == "doctor"
    qtbot.keyClick(lst, Qt.Key.Key_Down)
    assert window.document.role == "nurse"
    assert window.scene.highlighted_steps() == {"assess", "collect", "infuse", "fever-care"}
    qtbot.keyClick(lst, Qt.Key.Key_Home)
    assert window.document.role is None


def test_roles_show_their_description_as_a_tooltip(window: MainWindow) -> None:
    lst = window.care_team.list
    item = next(lst.item(i) for i in range(lst.count()) if lst.item(i).text().startswith("Laboratory"))
    assert item.toolTip() == "<p>Makes the product.</p>"  # rich text, so file words show as typed


# --- keyboard ---------------------------------------------------------------------------


def test_arrow_keys_move_the_selection_and_the_details_follow(qtbot: QtBot, window: MainWindow) -> None:
    click_card(qtbot, window, "assess")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.document.selected == "collect"
    assert "Cell collection" in details(window)
    assert "Runs the collection machine." in details(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert "Making the cells" in details(window)
    qtbot.keyClick(window.view, Qt.Key.Key_Left)
    assert "Cell collection" in details(window)
    # "Usual care continues" sits in the same column as "Cell collection", above or below it.
    below = window.document.layout.rows["not-eligible"] > window.document.layout.rows["collect"]
    qtbot.keyClick(window.view, Qt.Key.Key_Down if below else Qt.Key.Key_Up)
    assert window.document.selected == "not-eligible"
    assert "If the treatment does not suit you, your usual care goes on." in details(window)


def test_the_journey_has_the_keyboard_from_the_start(qtbot: QtBot, window: MainWindow) -> None:
    assert QApplication.focusWidget() is window.view
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.document.selected == "assess"  # the journey's first step
    assert "The team checks if the treatment suits you." in details(window)


def test_enter_on_a_step_shows_the_details_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.details.close()
    assert not window.details.isVisible()
    click_card(qtbot, window, "infuse")
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.details.isVisible()
    assert "Infusion" in details(window)


# --- search -----------------------------------------------------------------------------


def test_ctrl_f_then_typing_and_enter_goes_to_a_matching_step(qtbot: QtBot, window: MainWindow) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    edit = window.search.edit
    assert edit.hasFocus()
    assert edit.placeholderText() == "Search steps (Ctrl+F)"
    qtbot.keyClicks(edit, "blood")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.document.selected == "assess"  # main journey first, in file order
    assert "Assessment" in details(window)
    assert window.search.status.text() == "1 of 3"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.document.selected == "collect"
    assert "Cell collection" in details(window)
    assert window.search.status.text() == "2 of 3"
    qtbot.keyClick(edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.document.selected == "assess"
    qtbot.keyClick(edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.document.selected == "infuse"  # wraps round to the last match
    qtbot.keyClick(edit, Qt.Key.Key_Escape)
    assert edit.text() == ""
    assert window.search.status.text() == ""


def test_search_with_no_match_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.actions[A.FIND].trigger()
    qtbot.keyClicks(window.search.edit, "xyzzy")
    # Whole as read aloud, and on screen too now that the answer's room follows its words
    # (a query too long for the room is shortened: tests/test_search_message_fits.py).
    assert window.search.status.accessibleName() == "No step mentions 'xyzzy'"
    assert window.search.status.text() == "No step mentions 'xyzzy'"
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert window.document.selected is None
    assert window.search.status.accessibleName() == "No step mentions 'xyzzy'"


# --- files ------------------------------------------------------------------------------


def test_opening_a_broken_file_lists_its_problems_and_keeps_the_pathway(
    qtbot: QtBot, window: MainWindow, broken_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    click_card(qtbot, window, "infuse")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken_file), ""))
    window.actions[A.OPEN].trigger()
    dialog = modal(qtbot, ProblemsDialog)
    assert dialog.windowTitle() == PROBLEMS_TITLE
    lines = dialog.text().splitlines()
    located = [re.fullmatch(r"(.+):(\d+): (\S+): (.+)", line) for line in lines]
    assert all(located), lines  # file:line: field: message, every one
    assert {m.group(1) for m in located} == {str(broken_file)}
    fields = {m.group(3): m.group(4) for m in located}
    assert fields["steps[1].patient_summary"] == "this required field is missing"
    assert fields["steps[2].care_team[0].role"].startswith("unknown role 'surgeon'")
    assert "keeps showing the previous pathway" in dialog.findChild(QWidget, "problems_intro").text()
    dialog.findChild(QWidget, "copy_problems").click()
    assert "unknown role 'surgeon'" in QApplication.clipboard().text()
    dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    # Still the previous pathway, still on the same step.
    assert window.document.pathway.title == "Small test journey"
    assert "Small test journey" in window.windowTitle()
    assert "Infusion" in details(window)
    assert broken_file not in window.settings.recent_files()


def test_a_refused_file_at_start_falls_back_to_the_bundled_pathway(
    make_window: Callable[..., MainWindow], broken_file: Path
) -> None:
    window = make_window(broken_file)
    assert window.startup_problems
    assert window.document.path is None
    assert window.document.pathway.title != "Small test journey"
    assert "bundled pathway" in window.windowTitle()


def test_opening_a_good_file_replaces_the_pathway(
    qtbot: QtBot, make_window: Callable[..., MainWindow], small_pathway_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(small_pathway_file), ""))
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window.document.pathway.title == "Small test journey"
    assert "Small test journey" in window.windowTitle()
    assert "small.yaml" in window.windowTitle()
    assert window.care_team.role_names()[1:] == ["Doctor (4 steps)", "Nurse (4 steps)", "Laboratory (1 step)"]
    assert window.settings.recent_files()[0] == small_pathway_file.resolve()


def test_recent_files_and_geometry_persist_across_windows(
    qtbot: QtBot, make_window: Callable[..., MainWindow], settings: AppSettings, small_pathway_file: Path
) -> None:
    first = make_window(None)
    first.open_file(small_pathway_file)
    first.resize(760, 560)  # the offscreen screen is 800x800; restoreGeometry keeps windows on it
    first.care_team.close()
    first.close()

    second = make_window(None, size=None)  # keep the size it restored
    assert (second.width(), second.height()) == (760, 560)
    assert not second.care_team.isVisible()
    assert second.details.isVisible()
    second.recent_menu.aboutToShow.emit()
    recent = [a for a in second.recent_menu.actions() if a.objectName().startswith("recent_")]
    assert [Path(a.data()) for a in recent] == [small_pathway_file.resolve()]
    recent[0].trigger()
    assert second.document.pathway.title == "Small test journey"


def test_a_missing_recent_file_is_removed_with_a_message(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    gone = tmp_path / "moved.yaml"
    window.settings.add_recent_file(gone)
    window.recent_menu.aboutToShow.emit()
    action = next(a for a in window.recent_menu.actions() if a.data() == str(gone.resolve()))
    action.trigger()
    box = modal(qtbot, QMessageBox)
    assert "moved.yaml" in box.text()
    assert "removed from Open recent" in box.text()
    box.close()
    assert gone.resolve() not in window.settings.recent_files()
    assert window.document.pathway.title == "Small test journey"


def test_export_view_writes_the_chosen_format(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "SVG drawing (*.svg)"))
    window.actions[A.EXPORT_VIEW].trigger()
    out = tmp_path / "journey.svg"
    assert out.is_file()
    assert "<svg" in out.read_text(encoding="utf-8")[:2000]


def test_export_failure_is_a_message_not_a_traceback(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    assert not window.export_to(tmp_path / "no such folder" / "journey.png")
    box = modal(qtbot, QMessageBox)
    assert box.windowTitle() == "The picture could not be saved"
    assert "Traceback" not in box.text()
    box.close()


# --- help -------------------------------------------------------------------------------


def test_about_lists_version_review_date_disclaimer_and_every_source(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.actions[A.ABOUT].trigger()
    dialog = modal(qtbot, AboutDialog)
    text = dialog.text()
    from pathway_viewer import __version__

    assert __version__ in text
    assert "Small test journey" in text
    assert "Thu 15 Jan 2026" in text
    assert "For testing only. Not medical advice." in text
    assert "Author A. A test source. Journal. 2020;1:1-2." in text
    assert "Author B. Another test source. Journal. 2021;2:3-4." in text
    assert "SIL Open Font License" in text
    assert "Noto Sans Arabic (Regular, Bold), Copyright 2015-2020 Google LLC. All Rights Reserved." in text
    assert "Noto Sans CJK SC (Regular), Copyright 2014-2021 Adobe (http://www.adobe.com/)." in text
    dialog.close()


def test_the_disclaimer_banner_is_always_there(window: MainWindow) -> None:
    banner = window.banner
    assert banner.isVisible()
    assert banner.text() == (
        "Educational information, not medical advice. Content last reviewed Thu 15 Jan 2026. Talk to your care team."
    )
    window.details.close()
    window.care_team.close()
    assert banner.isVisible()


# --- actions in the window ----------------------------------------------------------------


def test_window_shortcuts_are_unique_and_menus_use_standard_keys(window: MainWindow) -> None:
    seen: dict[str, str] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text}: {seen[text]} and {action.objectName() or action.text()}"
            seen[text] = action.objectName() or action.text()
    in_menus = [a for menu in window.menuBar().actions() if menu.menu() for a in menu.menu().actions()]
    in_menus += [a for entry in in_menus if entry.menu() for a in entry.menu().actions()]  # View > Colours, ...
    by_id = {a.objectName(): a for a in in_menus}
    for spec in A.ACTIONS:
        assert spec.id in by_id, f"{spec.id} is in no menu"
        standard = QKeySequence.keyBindings(spec.standard) if spec.standard is not None else []
        for key in standard:
            assert key in by_id[spec.id].shortcuts(), spec.id


def test_zoom_actions_change_the_zoom_shown_in_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    before = window.view.zoom_level
    window.actions[A.ZOOM_IN].trigger()
    assert window.view.zoom_level > before
    assert window.zoom_label.text() == f"Zoom {round(window.view.zoom_level * 100)}%"
    window.actions[A.ZOOM_OUT].trigger()
    window.actions[A.ZOOM_OUT].trigger()
    assert window.view.zoom_level < before
    window.view.fit()
    fitted = window.view.zoom_level
    window.actions[A.ZOOM_IN].trigger()
    assert window.view.zoom_level != pytest.approx(fitted)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Home)  # Home in the journey fits, as the issue asks
    assert window.view.zoom_level == pytest.approx(fitted)
    window.actions[A.ZOOM_IN].trigger()
    qtbot.keyClick(window.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.view.zoom_level == pytest.approx(fitted)
    assert window.zoom_label.text() == f"Zoom {round(fitted * 100)}%"


def test_the_bundled_window_starts_with_nothing_selected(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window(None)
    assert window.document.selected is None
    assert "Click a step" in details(window)
    assert window.care_team.list.count() == len(window.document.pathway.roles) + 1



# --- starting the app -------------------------------------------------------------------


def test_run_with_a_refused_file_shows_its_problems_over_the_bundled_pathway(
    qtbot: QtBot, broken_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathway_viewer.window import app as app_module

    seen: dict[str, object] = {}

    def fake_exec() -> int:
        # What the user sees once the event loop starts.
        dialog = QApplication.activeModalWidget()
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["dialog"] = dialog.text() if isinstance(dialog, ProblemsDialog) else None
        seen["intro"] = dialog.findChild(QWidget, "problems_intro").text() if dialog else ""
        seen["title"] = window.windowTitle()
        seen["selected"] = window.document.selected
        dialog.close()
        window.close()
        window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run(broken_file) == 0
    assert "unknown role 'surgeon'" in str(seen["dialog"])
    assert "built-in" in str(seen["intro"])
    assert "bundled pathway" in str(seen["title"])
    assert seen["selected"] is None


def _noise(folder: Path) -> Path:
    path = folder / "noise.yaml"
    path.write_bytes(bytes(range(256)) * 8)
    return path


def _empty(folder: Path) -> Path:
    path = folder / "empty.yaml"
    path.write_bytes(b"")
    return path


def _folder(folder: Path) -> Path:
    path = folder / "folder.yaml"
    path.mkdir()
    return path


def _missing(folder: Path) -> Path:
    return folder / "not-there.yaml"


@pytest.mark.parametrize(
    ("make_bad", "says"),
    [(_noise, "binary"), (_empty, "empty"), (_folder, "folder"), (_missing, "does not exist")],
)
def test_any_file_error_is_a_message_and_the_pathway_stays(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, make_bad: Callable[[Path], Path], says: str
) -> None:
    bad = make_bad(tmp_path)
    assert not window.open_file(bad)
    dialog = modal(qtbot, ProblemsDialog)
    assert says in dialog.text()
    assert "Traceback" not in dialog.text()
    dialog.close()
    assert window.document.pathway.title == "Small test journey"


# --- words for patients or clinicians, remembered ------------------------------------------


def test_the_audience_is_remembered_between_runs(
    qtbot: QtBot, make_window: Callable[..., MainWindow], small_pathway_file: Path
) -> None:
    first = make_window(small_pathway_file)
    assert first.document.audience == "patient"
    qtbot.keyClick(first, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert first.document.audience == "clinician"
    first.close()

    second = make_window(small_pathway_file)  # the same settings file: the next run
    assert second.document.audience == "clinician"
    assert second.actions[A.AUDIENCE_CLINICIAN].isChecked()
    click_card(qtbot, second, "assess")
    assert "Disease activity scores and organ function are reviewed." in details(second)
    qtbot.keyClick(second, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    second.close()
    third = make_window(small_pathway_file)
    assert third.document.audience == "patient"
    assert third.actions[A.AUDIENCE_PATIENT].isChecked()


# --- handout: export and print -------------------------------------------------------------


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


@pytest.fixture
def bundled(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window(None)


def test_export_handout_writes_a_pdf_with_every_main_step(
    qtbot: QtBot, bundled: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "guide"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF document (*.pdf)"))
    bundled.actions[A.EXPORT_HANDOUT].trigger()
    out = tmp_path / "guide.pdf"
    assert out.is_file()
    text = _pdf_text(out)
    pathway = bundled.document.pathway
    for step_id in bundled.document.graph.main_path:
        assert pathway.step(step_id).title in text, step_id
    assert "Saved the handout" in bundled.statusBar().currentMessage()


def test_the_handout_uses_the_words_on_screen(bundled: MainWindow, tmp_path: Path) -> None:
    clinical = "Joint decision by the rheumatologist and the cell-therapy"
    assert bundled.export_handout_to(tmp_path / "patient.pdf")
    assert clinical not in _pdf_text(tmp_path / "patient.pdf")
    bundled.set_audience("clinician")
    assert bundled.export_handout_to(tmp_path / "clinician.pdf")
    assert clinical in _pdf_text(tmp_path / "clinician.pdf")


def test_print_sends_the_handout_to_the_chosen_printer(bundled: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtPrintSupport import QPrinter

    # What the print dialog hands back, with a PDF file standing in for the paper.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert bundled.print_to(printer)
    text = _pdf_text(tmp_path / "printed.pdf")
    assert bundled.document.pathway.title in text
    assert "Follow-up visits" in text
    assert bundled.actions[A.PRINT].shortcuts()[0].toString() == "Ctrl+P"


def test_a_handout_that_cannot_be_written_is_a_message(qtbot: QtBot, bundled: MainWindow, tmp_path: Path) -> None:
    assert not bundled.export_handout_to(tmp_path / "no such folder" / "guide.pdf")
    box = modal(qtbot, QMessageBox)
    assert box.windowTitle() == "The handout could not be saved"
    assert "Traceback" not in box.text()
    box.close()


def test_a_message_given_before_the_window_shows_is_not_drawn_over_the_step_line(qtbot: QtBot, settings: AppSettings) -> None:
    # A partly translated pathway says so in the status bar while the window is being made:
    # the step line stayed visible under that message, the two drawn on top of each other.
    window = create_main_window(settings, None)
    qtbot.addWidget(window)
    window.statusBar().showMessage("Parts of this pathway are not yet translated.", 10000)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.statusBar().currentMessage() == "Parts of this pathway are not yet translated."
    assert not window.step_label.isVisible()
    window.statusBar().clearMessage()
    assert window.step_label.isVisible()
    assert window.step_label.text() == "No step selected: click a step, or use the arrow keys"
