"""The editor driven as a user would: type in the form, undo, redo, save, reopen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDoubleSpinBox, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QWidget,
)
from pytestqt.qtbot import QtBot

from models import load_pathway
from pathway_viewer.dialogs.problems import ProblemsDialog
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

from conftest import DATA


@pytest.fixture(autouse=True)
def _answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that ends with unsaved edits closes its window without a question it cannot answer."""
    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)


@pytest.fixture
def copy_file(tmp_path: Path) -> Path:
    target = tmp_path / "clinic.yaml"
    shutil.copy(DATA / "small.yaml", target)
    return target


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, copy_file: Path) -> MainWindow:
    w = open_window(qtbot, test_settings(tmp_path / "s.ini"), copy_file)
    w.document.select("collect")
    w.actions[A.EDIT_MODE].trigger()
    return w


def widget(window: MainWindow, name: str, kind: type) -> object:
    assert window.step_form is not None
    found = window.step_form.findChild(kind, name)
    assert found is not None, name
    return found


def test_typing_a_title_is_one_undo_step_with_words(qtbot: QtBot, window: MainWindow) -> None:
    title = widget(window, "edit_title", QLineEdit)
    assert isinstance(title, QLineEdit) and title.text() == "Cell collection"
    title.selectAll()
    qtbot.keyClicks(title, "Collecting cells")
    session = window.edit_session
    assert session is not None and session.stack.count() == 1  # merged typing
    assert window.actions[A.UNDO].text() == "&Undo change title of 'Cell collection'"  # named as it was
    session.validate_now()
    assert window.document.pathway.step("collect").title == "Collecting cells"
    assert window.document.selected == "collect"  # the edit kept the selection
    assert window.isWindowModified()
    window.actions[A.UNDO].trigger()
    session.validate_now()
    assert title.text() == "Cell collection" and window.document.pathway.step("collect").title == "Cell collection"
    assert not window.isWindowModified()
    window.actions[A.REDO].trigger()
    session.validate_now()
    assert title.text() == "Collecting cells"



def test_typing_at_the_start_of_a_title_keeps_the_letters_in_order(qtbot: QtBot, window: MainWindow) -> None:
    # A space typed before the first letter was not in the file yet; the file's text put
    # back moved the cursor to the start, and " abc" became "bcaCell collection".
    title = widget(window, "edit_title", QLineEdit)
    assert isinstance(title, QLineEdit)
    title.setFocus()
    qtbot.keyClick(title, Qt.Key.Key_Home)
    qtbot.keyClicks(title, " abc ")
    assert title.text() == " abc Cell collection"
    window.edit_session.validate_now()
    assert window.document.pathway.step("collect").title == "abc Cell collection"



def test_typing_at_the_start_of_what_a_person_does_keeps_the_letters_in_order(qtbot: QtBot, window: MainWindow) -> None:
    # The care team's boxes put the file's text back as the title's did: " abc" became "bca...".
    does = widget(window, "edit_care_does_0", QLineEdit)
    assert isinstance(does, QLineEdit)
    before = does.text()
    does.setFocus()
    qtbot.keyClick(does, Qt.Key.Key_Home)
    qtbot.keyClicks(does, " abc ")
    assert does.text() == " abc " + before
    window.edit_session.validate_now()
    assert window.document.pathway.step("collect").care_team[0].does == "abc " + before


def test_a_deleted_step_leaves_an_empty_form(qtbot: QtBot, window: MainWindow) -> None:
    # After "Delete this step" the form still showed the deleted step's title and days,
    # greyed, as if it were there.
    window.delete_step()
    assert window.document.selected is None
    assert not window.document.graph.has_step("collect")
    title = widget(window, "edit_title", QLineEdit)
    assert isinstance(title, QLineEdit) and title.text() == ""
    summary = widget(window, "edit_patient_summary", QPlainTextEdit)
    assert isinstance(summary, QPlainTextEdit) and summary.toPlainText() == ""
    assert window.step_form.heading.text() == "Click a step on the map to change it."
    assert window.step_form.heading.isVisible()
    assert not title.isVisible() and not summary.isVisible()  # no greyed boxes reading 0.0
    window.document.select("assess")
    assert title.isVisible() and title.text() == window.document.pathway.step("assess").title


def test_change_a_timing_save_and_reopen_keeps_the_rest_of_the_file(
    qtbot: QtBot, window: MainWindow, copy_file: Path
) -> None:
    before = copy_file.read_text(encoding="utf-8")
    spin = widget(window, "edit_duration_max", QDoubleSpinBox)
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(8)
    assert window.actions[A.UNDO].text() == "&Undo change duration of 'Cell collection'"
    window.actions[A.SAVE].trigger()
    after = copy_file.read_text(encoding="utf-8")
    # One line changed, and only the number in it: comments, flow style, quoting kept.
    changed = [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b]
    assert changed == [("    duration: {min: 3, max: 6, unit: hours}", "    duration: {min: 3, max: 8, unit: hours}")]
    assert not window.isWindowModified()
    assert load_pathway(copy_file).step("collect").duration.max == 8


def test_a_broken_rule_is_listed_clicking_it_goes_to_the_field_and_saving_is_refused(
    qtbot: QtBot, window: MainWindow, copy_file: Path
) -> None:
    before = copy_file.read_text(encoding="utf-8")
    session = window.edit_session
    assert session is not None and window.editor_dock is not None
    # A reference to a missing role, typed where a nurse would: in the care team list.
    session.set_field(("steps", 1, "care_team", 0, "role"), "surgeon")
    problems = session.validate_now()
    assert problems and "steps[1].care_team[0].role" in str(problems[0])
    lines = window.editor_dock.problem_lines()
    assert lines[0].startswith("clinic.yaml:") and "unknown role 'surgeon'" in lines[0]
    assert window.document.pathway.step("collect").care_team[0].role == "nurse"  # the map keeps the valid one
    window.document.select("assess")
    window.editor_dock.problems.itemClicked.emit(window.editor_dock.problems.item(0))
    assert window.document.selected == "collect"
    role_box = window.step_form.findChild(QComboBox, "edit_care_role_0")
    assert role_box is not None
    qtbot.waitUntil(role_box.hasFocus)  # the box to fix has the cursor
    assert not window.save()
    assert copy_file.read_text(encoding="utf-8") == before  # nothing written
    dialogs = [d for d in window.findChildren(ProblemsDialog) if d.isVisible()]
    assert dialogs and "unknown role" in dialogs[0].list.toPlainText()
    assert session.dirty  # nothing lost


def test_an_unreachable_step_and_a_cycle_are_problems(window: MainWindow) -> None:
    session = window.edit_session
    assert session is not None
    session.remove_item(("transitions", 2), "remove")  # collect -> make-cells: make-cells unreachable
    assert any("no way in" in p.message and "make-cells" in p.message for p in session.validate_now())
    session.stack.undo()
    assert session.validate_now() == []
    session.set_field(("transitions", 6, "kind"), "main", merge=False)  # fever-care -> observe, not a loop_back
    assert any("cycle" in p.message for p in session.validate_now())


def test_add_a_step_and_a_branch_then_delete_and_undo(qtbot: QtBot, window: MainWindow, copy_file: Path) -> None:
    session = window.edit_session
    assert session is not None
    new_id = window.add_step(branch=False)
    assert new_id == "new_step_1" and window.document.selected == new_id
    graph = window.document.graph
    assert graph is not None and graph.has_step(new_id)
    assert window.scene.card(new_id) is not None  # drawn at once
    assert window.actions[A.UNDO].text() == "&Undo add a step after 'Cell collection'"
    window.document.select("collect")
    branch = window.add_step(branch=True)
    assert branch == "new_step_2" and session.problems == []
    window.delete_step()  # deletes the branch: it is selected
    assert session.validate_now() == [] and not window.document.graph.has_step("new_step_2")
    session.stack.undo()
    assert session.validate_now() == [] and window.document.graph.has_step("new_step_2")
    assert window.save_as(copy_file.with_name("copy.yaml"))
    assert load_pathway(copy_file.with_name("copy.yaml")).step("new_step_1").title == "New step"


def test_a_deleted_step_put_back_by_undo_saves_the_file_as_it_was(
    qtbot: QtBot, tmp_path: Path, copy_file: Path
) -> None:
    # Delete and undo put the step and its arrows back without the comments written among
    # them: the saved file had lost them, though the undo stack read clean.
    text = copy_file.read_text(encoding="utf-8").replace(
        "  - {from: make-cells, to: infuse}\n",
        "  # The cells come back frozen: the ward books the infusion.\n  - {from: make-cells, to: infuse}\n",
    ).replace("  - {from: collect, to: make-cells}\n", "  - {from: collect, to: make-cells}   # shipped the same day\n")
    copy_file.write_text(text, encoding="utf-8")
    window = open_window(qtbot, test_settings(tmp_path / "s2.ini"), copy_file)
    window.document.select("make-cells")
    window.actions[A.EDIT_MODE].trigger()
    session = window.edit_session
    assert session is not None
    window.delete_step()
    assert not window.document.graph.has_step("make-cells")
    session.stack.undo()
    assert session.validate_now() == [] and window.document.graph.has_step("make-cells")
    assert not session.dirty
    assert window.save_as(copy_file.with_name("again.yaml"))
    assert copy_file.with_name("again.yaml").read_text(encoding="utf-8") == text


def test_a_step_the_training_shows_can_be_deleted_and_put_back(qtbot: QtBot, tmp_path: Path) -> None:
    # A step named by a training question or a scenario's event could not be deleted: the
    # file then held a reference to no step, and the problem pointed at training, which
    # the form has no box for.
    path = tmp_path / "biodro.yaml"
    original = (DATA / "zlamanie_biodra_pl.yaml").read_text(encoding="utf-8").replace(
        "          step: nadzor\n", "          step: pionizacja\n")  # a question and an event show it
    path.write_text(original, encoding="utf-8")
    window = open_window(qtbot, test_settings(tmp_path / "s2.ini"), path)
    window.document.select("pionizacja")
    window.actions[A.EDIT_MODE].trigger()
    session = window.edit_session
    assert session is not None
    window.delete_step()
    assert session.validate_now() == [], [str(p) for p in session.problems]
    assert not window.document.graph.has_step("pionizacja")
    assert window.save()
    training = load_pathway(path).training
    assert training is not None
    assert [q.step for q in training.questions] == ["rehabilitacja_szpital", None]
    assert [e.step for e in training.scenarios[0].events] == [None]
    # Undone, the training shows the step again, and the file is as it was.
    session.stack.undo()
    assert session.validate_now() == []
    assert window.save()
    assert path.read_text(encoding="utf-8") == original


@pytest.mark.parametrize("form", ["literal", "folded"])
def test_typing_in_a_text_keeps_the_author_s_lines(qtbot: QtBot, tmp_path: Path, copy_file: Path, form: str) -> None:
    # Typing at the end of a "|" block joined its lines into one; a word added to a ">-"
    # block rewrapped the whole paragraph, so the diff showed every line changed.
    block = {
        "literal": "    patient_summary: |\n      Blood is taken through a needle.\n      The cells are collected.\n",
        "folded": "    patient_summary: >-\n      Blood is taken through a needle so the cells\n"
                  "      can be collected by the machine over some\n      hours while you rest.\n",
    }[form]
    text = copy_file.read_text(encoding="utf-8").replace(
        "    patient_summary: Blood is taken through a needle so the cells can be collected.\n", block)
    copy_file.write_text(text, encoding="utf-8")
    window = open_window(qtbot, test_settings(tmp_path / "s2.ini"), copy_file)
    window.document.select("collect")
    window.actions[A.EDIT_MODE].trigger()
    summary = widget(window, "edit_patient_summary", QPlainTextEdit)
    assert isinstance(summary, QPlainTextEdit)
    summary.setFocus()
    if form == "literal":  # typed at its end
        summary.moveCursor(summary.textCursor().MoveOperation.End)
        qtbot.keyClicks(summary, " Bring a book")
    else:  # a word typed into its first line
        summary.moveCursor(summary.textCursor().MoveOperation.Start)
        qtbot.keyClicks(summary, "Today: ")
    assert window.save()
    saved = copy_file.read_text(encoding="utf-8")
    expected = {
        "literal": block.replace("collected.\n", "collected. Bring a book\n"),
        "folded": block.replace(" Blood is", " Today: Blood is"),
    }[form]
    assert expected in saved, saved[saved.index("patient_summary"):][:300]


def test_a_problem_with_the_journey_s_shape_goes_to_the_step_without_a_way_in(qtbot: QtBot, window: MainWindow) -> None:
    # "2 steps have no way in: 'assess', 'collect'" is about the whole journey: clicking it
    # did nothing. It goes to the step that lost its way in (not the file's first step).
    from pathway_viewer.editing import structure

    session = window.edit_session
    assert session is not None and window.editor_dock is not None
    number = next(i for i, t in enumerate(session.value(("transitions",))) if t.get("to") == "collect")
    structure.remove_transition(session, number)
    [problem] = session.validate_now()
    assert "no way in" in problem.message and problem.path == "transitions"
    window.document.select("infuse")
    window.editor_dock.problems.itemClicked.emit(window.editor_dock.problems.item(0))
    assert window.document.selected == "collect"


def test_removing_an_arrow_is_named_by_the_steps_titles(qtbot: QtBot, window: MainWindow) -> None:
    # The undo list said "remove arrow assess \u2192 collect" (ids) where every other entry uses titles.
    from pathway_viewer.editing import structure

    session = window.edit_session
    assert session is not None
    number = next(i for i, t in enumerate(session.value(("transitions",))) if t.get("from") == "collect")
    structure.remove_transition(session, number)
    assert window.actions[A.UNDO].text() == "&Undo remove arrow 'Cell collection' \u2192 'Making the cells'"


def test_arrows_change_kind_and_words(qtbot: QtBot, window: MainWindow) -> None:
    window.document.select("assess")
    session = window.edit_session
    assert session is not None and window.step_form is not None
    label = window.step_form.findChild(QLineEdit, "edit_arrow_label_1")
    assert isinstance(label, QLineEdit) and label.text() == "not eligible"
    label.selectAll()
    qtbot.keyClicks(label, "not suitable")
    assert session.validate_now() == []
    arrows = window.document.pathway.transitions
    assert any(t.label == "not suitable" for t in arrows)


def test_bundled_pathway_save_goes_to_save_as(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    # A step with a length to change (an open-ended one has none).
    window.document.select(next(s.id for s in window.document.pathway.steps[1:] if s.duration is not None))
    window.actions[A.EDIT_MODE].trigger()
    spin = widget(window, "edit_duration_max", QDoubleSpinBox)
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(spin.value() + 1)
    target = tmp_path / "our_clinic.yaml"
    asked: list[bool] = []
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self: asked.append(True) or target)
    window.actions[A.SAVE].trigger()
    assert asked and target.is_file()
    assert target.read_text(encoding="utf-8").startswith("# CAR-T")  # the header comment is kept
    assert window.document.path == target and "our_clinic.yaml" in window.windowTitle()


@pytest.mark.parametrize(("answer", "closes"), [(QMessageBox.StandardButton.Cancel, False),
                                                (QMessageBox.StandardButton.Discard, True)])
def test_closing_with_unsaved_changes_asks(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton,
    closes: bool,
) -> None:
    text = widget(window, "edit_patient_summary", QPlainTextEdit)
    assert isinstance(text, QPlainTextEdit)
    text.setFocus()
    qtbot.keyClicks(text, " More.")
    asked: list[bool] = []
    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: asked.append(True) or answer)
    assert window.close() is closes
    assert asked


def test_problems_path_parses_back() -> None:
    from pathway_viewer.editing.session import parse_path

    assert parse_path("steps[3].duration.min") == ("steps", 3, "duration", "min")
    assert parse_path("transitions[12]") == ("transitions", 12)


def test_edit_mode_form_reads_as_text_only(window: MainWindow) -> None:
    assert window.details.windowTitle() == "Change the step"
    window.actions[A.EDIT_MODE].trigger()
    assert window.details.windowTitle() == "Step details" and window.details.pages.currentWidget() is window.details.browser
    assert Qt.TextFormat.PlainText == window.step_form.heading.textFormat()


def test_whole_pathway_form_roles_and_review(qtbot: QtBot, window: MainWindow, copy_file: Path) -> None:
    assert window.edit_tabs is not None
    window.edit_tabs.setCurrentIndex(1)
    form = window.edit_tabs.currentWidget()
    name = form.findChild(QLineEdit, "edit_roles_1_name")
    assert isinstance(name, QLineEdit) and name.text() == "Nurse"
    name.selectAll()
    qtbot.keyClicks(name, "Apheresis nurse")
    session = window.edit_session
    assert session is not None and session.validate_now() == []
    assert window.document.pathway.role("nurse").name == "Apheresis nurse"
    removers = [b for b in form.findChildren(QPushButton) if b.text() == "Remove"]
    assert len(removers) >= 3
    removers[1].click()  # the nurse's row: steps still name the nurse
    assert window.actions[A.UNDO].text() == "&Undo remove from care team roles"
    assert any("unknown role 'nurse'" in p.message for p in session.validate_now())
    session.stack.undo()
    assert session.validate_now() == []
    assert window.save()
    assert "name: Apheresis nurse" in copy_file.read_text(encoding="utf-8")


def test_sign_off_with_unsaved_edits_asks_first_and_cancel_writes_nothing(
    qtbot: QtBot, window: MainWindow, copy_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = copy_file.read_text(encoding="utf-8")
    title = widget(window, "edit_title", QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Collecting cells")
    asked: list[str] = []

    def cancel(self: MainWindow) -> QMessageBox.StandardButton:
        asked.append("unsaved")
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(MainWindow, "ask_unsaved", cancel)
    assert window.show_sign_off() is None
    assert asked == ["unsaved"]
    assert copy_file.read_text(encoding="utf-8") == before
    assert window.isWindowModified()  # the edit is still there

    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: QMessageBox.StandardButton.Save)
    dialog = window.show_sign_off()
    assert dialog is not None  # saved first, so the dialog signs what the screen shows
    assert "title: Collecting cells" in copy_file.read_text(encoding="utf-8")
    dialog.close()


def test_placeholder_words_left_in_a_new_step_are_listed_but_do_not_stop_a_save(qtbot: QtBot, tmp_path: Path) -> None:
    french = tmp_path / "myelome.yaml"
    shutil.copy(DATA / "car_t_myelome_fr.yaml", french)
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), french)
    window.resize(1366, 768)
    window.document.select("perfusion")
    window.actions[A.EDIT_MODE].trigger()
    assert window.editor_dock is not None and window.step_form is not None
    assert window.editor_dock.problem_lines() == ["No problems: this pathway can be saved."]
    qtbot.mouseClick(widget(window, "add_step_after", QPushButton), Qt.MouseButton.LeftButton)
    assert window.edit_session is not None and window.edit_session.validate_now() == []
    # The editor's English words in a French file: each box that still holds them, located.
    placeholder = "still the editor's placeholder words (“Write here what happens, in plain words.”): write this pathway's own words"
    assert window.editor_dock.problem_lines() == [
        "This pathway can be saved, but these words are still the editor's placeholders:",
        "myelome.yaml:202: steps[9].title: still the editor's placeholder words (“New step”): write this pathway's own words",
        f"myelome.yaml:204: steps[9].patient_summary: {placeholder}",
        f"myelome.yaml:205: steps[9].clinical_details: {placeholder}",
        f"myelome.yaml:216: steps[9].care_team[0].does: {placeholder}",
    ]
    assert window.editor_dock.tabs.tabText(0) == "Problems (4)"
    title = widget(window, "edit_title", QLineEdit)
    assert isinstance(title, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Retour chez vous")
    window.edit_session.validate_now()
    assert len(window.editor_dock.problem_lines()) == 4 and "steps[9].title" not in " ".join(window.editor_dock.problem_lines())
    # A click on one goes to its box.
    item = window.editor_dock.problems.item(1)
    qtbot.mouseClick(window.editor_dock.problems.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.editor_dock.problems.visualItemRect(item).center())
    assert window.document.selected == "new_step_1"
    assert window.step_form.findChild(QPlainTextEdit, "edit_patient_summary").hasFocus()
    window.actions[A.SAVE].trigger()  # half-written work can be kept
    assert load_pathway(french).step("new_step_1").title == "Retour chez vous"


def _label_relation(box: QComboBox) -> list[str]:
    """What a Linux screen reader names the box by: the labels Qt relates to it."""
    face = QAccessible.queryAccessibleInterface(box)
    return [other.text(QAccessible.Text.Name) for other, how in face.relations() if how & QAccessible.RelationFlag.Label]


def test_every_choice_box_of_the_form_is_named_by_a_label_not_by_its_value(window: MainWindow) -> None:
    # On Linux Qt names a combo box by its current text ("hours"); Orca says what the box is
    # for only through a label whose buddy it is.
    expected = {
        "edit_phase": ["Part of the journey"],
        "edit_duration_unit": ["How long: unit"],
        "edit_care_role_0": ["Person 1 in the care team: role"],
        "edit_arrow_kind_0": ["Arrow to Making the cells: kind"],
        "edit_arrow_target": ["Add an arrow to:"],
    }
    for name, labels in expected.items():
        assert _label_relation(widget(window, name, QComboBox)) == labels, name


def _tab_through_the_form(qtbot: QtBot, window: MainWindow) -> list[QWidget]:
    """The fields Tab reaches from the title to where it leaves the step form."""
    form = window.step_form
    assert form is not None
    window.activateWindow()
    title = widget(window, "edit_title", QLineEdit)
    title.setFocus(Qt.FocusReason.TabFocusReason)
    reached: list[QWidget] = []
    while (focused := QApplication.focusWidget()) is not None and form.isAncestorOf(focused) and focused not in reached:
        reached.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return reached


@pytest.mark.parametrize("people_added", [0, 2])
def test_tab_reaches_every_field_of_the_step_form_in_reading_order(qtbot: QtBot, window: MainWindow, people_added: int) -> None:
    form = window.step_form
    assert form is not None
    for _ in range(people_added):  # the rows are made again, each time one more
        qtbot.mouseClick(widget(window, "edit_care_team_add", QPushButton), Qt.MouseButton.LeftButton)
    assert widget(window, f"edit_care_does_{people_added}", QLineEdit) is not None
    reached = _tab_through_the_form(qtbot, window)
    fields = [w for w in form.widget().findChildren(QWidget)
              if w.isVisibleTo(form) and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
              and w.objectName().startswith(("edit_", "add_step", "delete_step"))]
    missing = sorted(w.objectName() for w in fields if w not in reached)
    assert missing == []  # the care team's rows were reached only after the form's last button
    inner = form.widget()

    def box(w: QWidget) -> QRect:
        return QRect(w.mapTo(inner, QPoint(0, 0)), w.size())

    for before, after in zip(reached, reached[1:]):
        a, b = box(before), box(after)
        above = b.bottom() < a.top()
        same_line_back = b.top() < a.bottom() and a.top() < b.bottom() and b.right() < a.left()
        assert not above and not same_line_back, (before.objectName(), after.objectName())


def test_every_choice_box_of_the_step_form_is_named_by_its_label(window: MainWindow) -> None:
    form = window.step_form
    assert form is not None
    boxes = [box for box in form.findChildren(QComboBox) if box.objectName()]
    assert len(boxes) >= 5
    for box in boxes:
        labels = [label.text().replace("&&", "&") for label in form.findChildren(QLabel) if label.buddy() is box]
        assert box.accessibleName() in labels, (box.objectName(), box.accessibleName(), labels)
        assert box.accessibleName() != box.currentText(), box.objectName()


def test_discarding_edits_before_a_refused_file_puts_the_saved_text_back_on_screen(
    qtbot: QtBot, window: MainWindow, copy_file: Path, tmp_path: Path
) -> None:
    # Discard marked the edits saved but left them on the map and in the form when the file
    # asked for was refused; closing then quit without a question and the edit was lost.
    title = widget(window, "edit_title", QLineEdit)
    assert isinstance(title, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "My unsaved title")
    window.edit_session.validate_now()
    broken = tmp_path / "broken.yaml"
    broken.write_text("steps: [\n", encoding="utf-8")
    assert not window.open_file(broken)  # Discard (the fixture's answer), then refused
    assert window.document.pathway.step("collect").title == "Cell collection"
    assert title.text() == "Cell collection"
    assert not window.isWindowModified() and not window.edit_session.dirty
    assert "My unsaved title" not in copy_file.read_text(encoding="utf-8")


@pytest.mark.parametrize("save_over", [False, True])
def test_saving_over_a_file_changed_by_someone_else_asks_first(
    qtbot: QtBot, window: MainWindow, copy_file: Path, monkeypatch: pytest.MonkeyPatch, save_over: bool
) -> None:
    title = widget(window, "edit_title", QLineEdit)
    assert isinstance(title, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Edited here")
    theirs = copy_file.read_text(encoding="utf-8").replace("title: Assessment", "title: Assessment by a colleague")
    assert theirs != copy_file.read_text(encoding="utf-8")
    copy_file.write_text(theirs, encoding="utf-8")
    asked: list[Path] = []
    monkeypatch.setattr(MainWindow, "ask_overwrite_changed", lambda self, path: asked.append(path) or save_over)
    assert window.save() is save_over
    assert asked == [copy_file]
    now = copy_file.read_text(encoding="utf-8")
    assert ("Edited here" in now) is save_over and ("by a colleague" in now) is not save_over
    assert window.edit_session.dirty is not save_over  # cancelled: the edits are still here, unsaved
    if save_over:  # saved: what is on disk is ours now, and the next save asks nothing
        qtbot.keyClicks(title, " again")
        assert window.save() and asked == [copy_file]


def test_save_as_never_writes_over_the_pathways_that_come_with_the_app(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from models import bundled_pathway

    bundled = Path(str(bundled_pathway()))
    before = bundled.read_bytes()
    told: list[str] = []
    monkeypatch.setattr(MainWindow, "inform", lambda self, title, text, *a: told.append(text))
    for target in (bundled, bundled.with_name("my_copy.yaml")):
        monkeypatch.setattr(MainWindow, "ask_save_path", lambda self, t=target: t)
        assert not window.save_as()
        assert not target.with_name("my_copy.yaml").exists()
    assert bundled.read_bytes() == before
    assert len(told) == 2 and "are never changed" in told[0]
    assert window.edit_session.dirty is False  # nothing was changed in this test: nothing lost either


@pytest.mark.parametrize("change", ["deleted", "broken", "utf16"])
def test_edit_mode_on_a_file_that_can_no_longer_be_read_says_why_and_stays_off(
    qtbot: QtBot, tmp_path: Path, copy_file: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), copy_file)
    text = copy_file.read_text(encoding="utf-8")
    if change == "deleted":
        copy_file.unlink()
    elif change == "broken":
        copy_file.write_text(text + "\n  - [broken\n", encoding="utf-8")
    else:  # Notepad's "Unicode": opens and validates, and can be edited
        copy_file.write_bytes(text.encode("utf-16"))
    told: list[str] = []
    monkeypatch.setattr(MainWindow, "inform", lambda self, title, words, *a: told.append(words))
    window.actions[A.EDIT_MODE].trigger()
    if change == "utf16":
        assert window.edit_session is not None and window.actions[A.EDIT_MODE].isChecked()
        return
    assert window.edit_session is None and not window.actions[A.EDIT_MODE].isChecked()
    if change == "deleted":
        assert told and told[0].startswith("clinic.yaml cannot be read any more")
    else:
        dialog = window.findChild(ProblemsDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowTitle() == "This pathway file cannot be changed here"
    assert window.document.pathway is not None  # the map as it was opened


def test_adding_a_step_after_one_whose_sources_were_cleared_still_adds_it(qtbot: QtBot, window: MainWindow) -> None:
    session = window.edit_session
    assert session is not None
    index = session.step_index("collect")
    session.set_field(("steps", index, "sources"), [], merge=False)
    new_id = window.add_step()
    assert new_id is not None and session.step_index(new_id) is not None
    borrowed = session.value(("steps", session.step_index(new_id), "sources"))
    assert list(borrowed) and all(isinstance(s, str) for s in borrowed)  # another step's source


def _retitle_and_save(qtbot: QtBot, tmp_path: Path, path: Path) -> MainWindow:
    """``path`` opened, its step 'collect' retitled "Collecting cells" in the form, saved."""
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), path)
    window.document.select("collect")
    window.actions[A.EDIT_MODE].trigger()
    title = widget(window, "edit_title", QLineEdit)
    assert isinstance(title, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Collecting cells")
    assert window.save()
    return window


def test_a_json_pathway_is_edited_and_saved_as_json(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The YAML writer wrapped a JSON file's long line inside a string (not valid JSON), and
    # Save As a .json file wrote YAML into it: both were refused when opened again.
    import json

    import yaml

    source = tmp_path / "clinic.json"
    source.write_text(json.dumps(yaml.safe_load((DATA / "small.yaml").read_text(encoding="utf-8")), default=str),
                      encoding="utf-8")  # one long line, as many tools write JSON
    assert len(source.read_text(encoding="utf-8")) > 4096
    window = _retitle_and_save(qtbot, tmp_path, source)
    assert json.loads(source.read_text(encoding="utf-8"))["steps"][1]["title"] == "Collecting cells"
    assert load_pathway(source).step("collect").title == "Collecting cells"
    yaml_copy = tmp_path / "again.json"
    monkeypatch.setattr(MainWindow, "ask_save_path", lambda self: yaml_copy)
    window.open_file(DATA / "small.yaml")
    window.actions[A.EDIT_MODE].trigger()
    assert window.save_as()  # from a YAML file to a .json name: JSON
    assert json.loads(yaml_copy.read_text(encoding="utf-8"))["id"] == load_pathway(DATA / "small.yaml").id
    assert load_pathway(yaml_copy).id == load_pathway(DATA / "small.yaml").id


@pytest.mark.parametrize("indent", [4, "\t", None])
def test_a_json_pathway_keeps_its_indent(qtbot: QtBot, tmp_path: Path, indent: int | str | None) -> None:
    # Saving a 4-space JSON file re-indented every line to 2 spaces and added a last newline.
    import difflib
    import json

    import yaml

    source = tmp_path / "clinic.json"
    text = json.dumps(yaml.safe_load((DATA / "small.yaml").read_text(encoding="utf-8")), default=str,
                      indent=indent, ensure_ascii=False)
    source.write_text(text, encoding="utf-8")  # no newline at the end, as json.dump writes it
    _retitle_and_save(qtbot, tmp_path, source)
    saved = source.read_text(encoding="utf-8")
    changed = [line for line in difflib.unified_diff(text.splitlines(), saved.splitlines(), lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert len(changed) == 2 and "Collecting cells" in changed[1], changed
    assert not saved.endswith("\n")


@pytest.mark.parametrize("form", ["crlf", "bom"])
def test_saving_keeps_the_file_s_line_ends_and_byte_order_mark(qtbot: QtBot, tmp_path: Path, form: str) -> None:
    # A file written on Windows came back with every line end changed: a one-word edit was a
    # whole-file change in version control; a UTF-8 byte-order mark was dropped.
    text = (DATA / "small.yaml").read_text(encoding="utf-8")
    path = tmp_path / "clinic.yaml"
    data = text.replace("\n", "\r\n").encode("utf-8") if form == "crlf" else b"\xef\xbb\xbf" + text.encode("utf-8")
    path.write_bytes(data)
    _retitle_and_save(qtbot, tmp_path, path)
    saved = path.read_bytes()
    changed = [(a, b) for a, b in zip(data.splitlines(), saved.splitlines()) if a != b]
    assert len(changed) == 1 and b"Collecting cells" in changed[0][1]
    assert len(saved.splitlines()) == len(data.splitlines())
    if form == "crlf":
        assert saved.count(b"\r\n") == data.count(b"\r\n") and b"\n" not in saved.replace(b"\r\n", b"")
    else:
        assert saved.startswith(b"\xef\xbb\xbf")
    assert load_pathway(path).step("collect").title == "Collecting cells"


@pytest.mark.parametrize("encoding, line_end", [("utf-16-le", "\r\n"), ("utf-16-be", "\n"), ("utf-32-le", "\r\n")])
def test_saving_keeps_a_unicode_file_in_its_encoding(qtbot: QtBot, tmp_path: Path, encoding: str, line_end: str) -> None:
    # Notepad's "Unicode" (UTF-16 with a byte-order mark) opens and can be edited; saved, it
    # came back as UTF-8, which the clinic's own tool that wrote it may not read.
    text = (DATA / "small.yaml").read_text(encoding="utf-8").replace("\n", line_end)
    path = tmp_path / "clinic.yaml"
    bom = "\ufeff".encode(encoding)
    path.write_bytes(bom + text.encode(encoding))
    _retitle_and_save(qtbot, tmp_path, path)
    saved = path.read_bytes()
    assert saved.startswith(bom)
    written = saved[len(bom):].decode(encoding)  # strict: every byte in that encoding
    changed = [(a, b) for a, b in zip(text.split(line_end), written.split(line_end)) if a != b]
    assert len(changed) == 1 and "Collecting cells" in changed[0][1]
    assert written.count(line_end) == text.count(line_end) and "\n" not in written.replace(line_end, "")
    assert load_pathway(path).step("collect").title == "Collecting cells"


def _bundled_in_edit_mode(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    from models import bundled_pathway

    copy = tmp_path / "clinic.yaml"
    copy.write_bytes(bundled_pathway().read_bytes())
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), copy)
    window.document.select(window.document.pathway.steps[0].id)
    window.actions[A.EDIT_MODE].trigger()
    return window


def test_the_review_date_changed_in_the_form_can_be_saved(qtbot: QtBot, tmp_path: Path) -> None:
    # With both last_reviewed and review.reviewed_on in the file, changing the form's date
    # gave "last_reviewed differs from review.reviewed_on", and no box to fix it.
    window = _bundled_in_edit_mode(qtbot, tmp_path)
    box = window.findChild(QLineEdit, "edit_review_reviewed_on")
    assert box is not None
    box.setText("2027-01-10")
    assert window.edit_session.validate_now() == []
    assert window.save()
    assert window.document.pathway.last_reviewed.isoformat() == "2027-01-10"


def test_a_step_added_after_an_end_step_is_not_refused_for_its_end(qtbot: QtBot, tmp_path: Path) -> None:
    window = _bundled_in_edit_mode(qtbot, tmp_path)
    end = next(s.id for s in window.document.pathway.steps if s.end)
    window.document.select(end)
    new_id = window.add_step()
    assert new_id is not None
    assert [p.message for p in window.edit_session.validate_now() if "end" in p.message] == []
    assert window.document.pathway.step(new_id).end and not window.document.pathway.step(end).end  # it ends there now


def test_deleting_the_booked_day_s_step_leaves_no_problem_the_form_cannot_fix(qtbot: QtBot, tmp_path: Path) -> None:
    window = _bundled_in_edit_mode(qtbot, tmp_path)
    booked = window.document.pathway.booked_day
    assert booked is not None
    for step_id in booked.steps:
        window.document.select(step_id)
        window.delete_step()
    assert [p for p in window.edit_session.validate_now() if p.path.startswith("booked_day")] == []
    assert window.document.pathway.booked_day is None


def test_an_arrow_made_parallel_drops_the_frequency_only_branches_have(qtbot: QtBot, tmp_path: Path) -> None:
    from pathway_viewer.editing import structure

    window = _bundled_in_edit_mode(qtbot, tmp_path)
    session = window.edit_session
    number = next(i for i, t in enumerate(window.document.pathway.transitions) if t.frequency is not None)
    structure.set_transition_kind(session, number, "parallel")
    assert [p.message for p in session.validate_now() if "frequency" in p.message] == []
    session.stack.undo()
    assert session.value(("transitions", number, "frequency")) is not None  # one undo puts it back


def test_a_new_step_can_be_given_its_days_and_a_new_part_of_the_journey(qtbot: QtBot, window: MainWindow) -> None:
    # A new step had no timing and the 'Days from day 0' boxes were greyed out; a part of the
    # journey added on the Whole pathway tab never appeared in a step's list.
    session = window.edit_session
    assert session is not None
    phases = list(session.value(("phases",), []) or [])
    session.set_field(("phases",), [*phases, {"id": "aftercare", "title": "Aftercare"}], merge=False)
    new_id = window.add_step()
    assert new_id is not None
    phase = widget(window, "edit_phase", QComboBox)
    assert isinstance(phase, QComboBox)
    assert phase.findData("aftercare") >= 0
    phase.setCurrentIndex(phase.findData("aftercare"))
    start = widget(window, "edit_timing_start", QSpinBox)
    end = widget(window, "edit_timing_end", QSpinBox)
    assert isinstance(start, QSpinBox) and isinstance(end, QSpinBox) and start.isEnabled() and end.isEnabled()
    start.setValue(30)
    end.setValue(35)
    assert session.validate_now() == [] or all("timing" not in p.path for p in session.problems)
    step = window.document.pathway.step(new_id)
    assert step.phase == "aftercare"
    assert step.timing is not None and (step.timing.start, step.timing.end) == (30, 35)


def test_save_of_the_app_s_own_pathway_opened_by_its_path_is_refused_too(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from models import bundled_pathway

    shipped = Path(str(bundled_pathway()))
    before = shipped.read_bytes()
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), shipped)  # File > Open, by its path
    window.document.select(window.document.pathway.steps[1].id)
    window.actions[A.EDIT_MODE].trigger()
    title = widget(window, "edit_title", QLineEdit)
    assert isinstance(title, QLineEdit)
    qtbot.keyClicks(title, " (ours)")
    told: list[str] = []
    monkeypatch.setattr(MainWindow, "inform", lambda self, title, text, *a: told.append(text))
    assert not window.save()
    assert shipped.read_bytes() == before and told and "never changed" in told[0]
