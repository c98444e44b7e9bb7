"""Train mode as a trainee uses it: open it from the menu, take a quiz and a scenario with
the keyboard and the mouse, see right or wrong and why, show a step on the map, read the
results, and export them."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QRadioButton, QScrollArea
from pytestqt.qtbot import QtBot

from models.wording import TRAINING_ONLY
from pathway_viewer.training.view import TrainView
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow

from training_data import KNEE, knee_with_training
from window_helpers import open_window, test_settings


def open_train(qtbot: QtBot, window: MainWindow) -> TrainView:
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    train = window.training
    assert train is not None and train.isVisible()
    return train


def choice_letter(train: TrainView, text: str) -> Qt.Key:
    """The key of the choice that reads ``text`` on screen (the choices are shuffled)."""
    radios = train.page.choices_box.findChildren(QRadioButton)
    shown = [r.text() for r in sorted(radios, key=lambda r: r.objectName()) if not r.isHidden()]
    index = [s.split("  ", 1)[1] for s in shown].index(text)
    return Qt.Key(Qt.Key.Key_A + index)


def answer(qtbot: QtBot, train: TrainView, text: str) -> None:
    qtbot.keyClick(train.page, choice_letter(train, text))
    qtbot.keyClick(train.page, Qt.Key.Key_Return)


def test_the_menu_has_train_with_its_shortcut(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    tools = window.menuBar().findChild(type(window.recent_menu), "menu_tools")
    assert A.TRAIN in [a.objectName() for a in tools.actions()]
    assert window.actions[A.TRAIN].shortcut().toString() == "Ctrl+Shift+T"


def test_a_pathway_without_scenarios_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), KNEE)
    train = open_train(qtbot, window)
    assert train.scenario_box.currentText() == "This pathway has no scenarios for this module"
    assert not train.scenario_button.isEnabled()
    assert [train.module_box.itemText(i) for i in range(train.module_box.count())] == [
        "The whole pathway", "For: Orthopaedic surgeon", "For: Anaesthetist", "For: Physiotherapist",
        "For: Family doctor",
    ]


def test_grading_practice_is_offered_only_where_the_pathway_asks_for_it(qtbot: QtBot, tmp_path: Path) -> None:
    # CRS and ICANS follow some treatments only: a knee operation offers no CRS grading.
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), KNEE)
    train = open_train(qtbot, window)
    assert not train.grading_button.isVisible()
    window.document.load(None)  # the bundled file says training.grading_practice: true
    assert train.grading_button.isVisible()


def test_a_scenario_through_the_window(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("training/pass_mark", 50)
    window = open_window(qtbot, settings, knee_with_training(tmp_path))
    train = open_train(qtbot, window)
    assert train.pass_box.text() == "50 %"  # from the settings
    assert train.scenario_box.currentText() == "A red wound at home"
    qtbot.mouseClick(train.scenario_button, Qt.MouseButton.LeftButton)

    assert train.page.progress.text() == "Question 1 of 2  (scenario: A red wound at home)"
    assert train.page.prompt.text() == (
        "A man went home five days after his new knee.\n\nDay 10: The wound is red and leaks a little.\n"
        "Where does the journey go?"
    )
    assert not train.page.next.isVisible() and not train.page.check.isEnabled()  # nothing chosen yet
    answer(qtbot, train, "Wound check")
    assert train.page.feedback.text() == "Right."
    assert train.page.explanation.text() == "A red or leaking wound is checked before the exercises go on."

    # The link shows the step on the map: the journey in the middle, the step chosen.
    window.show_view("timeline")
    qtbot.mouseClick(train.page.show_step, Qt.MouseButton.LeftButton)
    assert window.document.selected == "wound-problem"
    assert window.view_mode() == "journey"
    assert window.step_label.text() == "Step: Wound check"

    qtbot.mouseClick(train.page.next, Qt.MouseButton.LeftButton)
    assert train.page.prompt.text() == "Day 24: The wound has healed.\nWhere does the journey go now?"
    assert train.page.next.text() == "See results"
    answer(qtbot, train, "The operation")
    assert train.page.feedback.text() == "Not quite. The right answer is: Exercises at home"
    qtbot.keyClick(train.page, Qt.Key.Key_Return)

    results = train.results
    assert train.stack.currentWidget() is results
    assert results.summary.text() == "Passed: 1 of 2 right (50 %; pass mark 50 %)"
    assert results.missed.text() == (
        "• Day 24: The wound has healed. Where does the journey go now?\n   Right answer: Exercises at home"
    )
    assert results.steps.text() == "• Exercises at home"

    # The trainee's name is typed for the export and lands in the file, nowhere else.
    qtbot.keyClicks(results.trainee, "Sam Lee")
    out = tmp_path / "record"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(results.export_csv, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO((tmp_path / "record.csv").read_text(encoding="utf-8"))))
    meta = dict(row for row in rows[:9])
    assert (meta["pathway"], meta["version"], meta["module"], meta["trainee"], meta["score"], meta["passed"]) == (
        "knee-replacement", "1.0", "scenario: A red wound at home", "Sam Lee", "1/2", "yes",
    )
    assert rows[11] == ["1", "A man went home five days after his new knee.\n\nDay 10: The wound is red and leaks a little.\nWhere does the journey go?",
                        "Wound check", "Wound check", "yes", "wound-problem"]
    qtbot.mouseClick(results.export_pdf, Qt.MouseButton.LeftButton)
    text = " ".join(page.extract_text() for page in PdfReader(tmp_path / "record.pdf").pages)
    for expected in ("Training record: Planned knee replacement", "Trainee: Sam Lee",
                     "Pathway: knee-replacement, version 1.0", "Module: scenario: A red wound at home",
                     "Passed: 1 of 2 right (50 %; pass mark 50 %)", "Right answer: Exercises at home"):
        assert expected in " ".join(text.split())
    settings.sync()
    assert "Sam Lee" not in (tmp_path / "s.ini").read_text(encoding="utf-8")


def test_a_quiz_for_one_role_with_the_keyboard(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_with_training(tmp_path))
    train = open_train(qtbot, window)
    train.module_box.setCurrentIndex(train.module_box.findText("For: Physiotherapist"))
    assert train.scenario_box.currentText() == "A red wound at home"  # it names no role: for everyone
    train.count_box.setValue(3)
    train.seed_box.setValue(4)
    qtbot.mouseClick(train.quiz_button, Qt.MouseButton.LeftButton)
    prompts = []
    for number in (1, 2, 3):
        assert train.page.progress.text() == f"Question {number} of 3  (Physiotherapist)"
        prompts.append(train.page.prompt.text())
        answer(qtbot, train, train.page.question.right_answer)
        assert train.page.feedback.text() == "Right."
        qtbot.keyClick(train.page, Qt.Key.Key_Return)
    # The authored question for physiotherapists is among them, with the generated ones.
    assert "Who teaches the exercises to do at home?" in prompts
    assert train.results.summary.text() == "Passed: 3 of 3 right (100 %; pass mark 80 %)"
    assert train.results.missed.text() == "None: every answer was right."
    assert train.results.steps.text() == "None."

    # The same seed gives the same quiz.
    qtbot.mouseClick(train.results.again, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(train.quiz_button, Qt.MouseButton.LeftButton)
    assert train.page.prompt.text() == prompts[0]


def test_grading_practice_says_it_is_for_training_and_explains(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    train = open_train(qtbot, window)
    train.seed_box.setValue(2)
    qtbot.mouseClick(train.grading_button, Qt.MouseButton.LeftButton)
    kinds = set()
    for number in range(1, 6):
        assert train.page.progress.text() == f"Question {number} of 5  (grading practice)"
        assert train.page.warning.isVisible() and train.page.warning.text() == TRAINING_ONLY
        shown = [r.text() for r in sorted(train.page.choices_box.findChildren(QRadioButton),
                                          key=lambda r: r.objectName()) if not r.isHidden()]
        right = train.page.question.right_answer
        answer(qtbot, train, right)
        assert train.page.feedback.text() == "Right."
        if train.page.prompt.text().endswith("What is the ICE score?"):
            kinds.add("ICE")
            assert train.page.explanation.text().startswith(f"ICE score {right}: orientation ")
            assert train.page.explanation.text().endswith(f" = {right} of 10.")
        else:
            kinds.add(train.page.prompt.text().rsplit("What is the ", 1)[1].split()[0])
            assert shown == ["A  Grade 0 (none)", "B  Grade 1", "C  Grade 2", "D  Grade 3", "E  Grade 4"]
            assert train.page.explanation.text().startswith(f"{right}. The deciding finding: ")
        assert not train.page.show_step.isVisible()  # a grading case is about no step
        qtbot.keyClick(train.page, Qt.Key.Key_Return)
    assert kinds == {"CRS", "ICE", "ICANS"}  # seed 2 gives each kind at least once
    assert train.results.summary.text() == "Passed: 5 of 5 right (100 %; pass mark 80 %)"


def test_the_pass_mark_typed_in_train_mode_is_kept_in_the_settings(qtbot: QtBot, tmp_path: Path) -> None:
    settings = test_settings(tmp_path / "s.ini")
    window = open_window(qtbot, settings, KNEE)
    train = open_train(qtbot, window)
    assert train.pass_box.text() == "80 %"
    train.pass_box.selectAll()
    qtbot.keyClicks(train.pass_box, "70")
    assert settings.get("training/pass_mark") == 70
    train.count_box.setValue(1)
    qtbot.mouseClick(train.quiz_button, Qt.MouseButton.LeftButton)
    answer(qtbot, train, train.page.question.right_answer)
    qtbot.keyClick(train.page, Qt.Key.Key_Return)
    assert train.results.summary.text() == "Passed: 1 of 1 right (100 %; pass mark 70 %)"


def test_the_pass_mark_setting_reads_back_and_survives_hand_edits(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    settings = test_settings(path)
    assert settings.get("training/pass_mark") == 80
    settings.set("training/pass_mark", 65)
    settings.sync()
    assert test_settings(path).get("training/pass_mark") == 65
    path.write_text("[training]\npass_mark=most\n", encoding="utf-8")
    assert test_settings(path).get("training/pass_mark") == 80


def test_a_missed_case_reads_on_one_line() -> None:
    from pathway_viewer.training.results_page import one_line

    assert one_line("ICE score: 4 of 10\nSeizure: none\n\nWhat is the ICANS grade (ASTCT)?") == (
        "ICE score: 4 of 10; Seizure: none; What is the ICANS grade (ASTCT)?"
    )


@pytest.mark.parametrize("percent", [100, 200])
def test_a_long_answer_wraps_and_the_train_window_fits_a_laptop(qtbot: QtBot, tmp_path: Path, percent: int) -> None:
    # An answer is one line of a radio button: one long answer made the Train window
    # 1,570 px wide (3,042 at 200 % text), its Check button off the screen.
    from models.quiz import Question

    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_with_training(tmp_path), size=(1366, 768))
    window.actions[A.TEXT_SIZE_ACTIONS[percent]].trigger()
    train = open_train(qtbot, window)
    long = ("Vaccines are given again from about six months to two years after the transplant, once the "
            "new immune system has grown back, starting with the inactivated ones and never live ones "
            "while immunosuppressive treatment or graft-versus-host disease goes on")
    train.stack.setCurrentWidget(train.page)
    train.page.ask(Question("written", "When are vaccines given again?", ("Never", "Soon"), 1, "Test."), "1 of 2")
    qtbot.wait(50)
    width = train.frameGeometry().width()
    train.page.ask(Question("written", "When are vaccines given again?", ("Never", long), 1, "Test."), "2 of 2")
    qtbot.wait(50)
    assert train.frameGeometry().width() <= width  # the answer wraps; the window stays as wide
    choice = train.page.choices_box.findChildren(QRadioButton)[-1]
    assert choice.text() == f"B  {long}" and choice.accessibleName() == f"B  {long}"
    assert choice.height() > 2 * choice.fontMetrics().height()  # wrapped onto lines
    assert train.page.check.isVisible() and train.page.check.geometry().right() <= train.page.width()
    qtbot.mouseClick(choice, Qt.MouseButton.LeftButton, pos=choice.rect().center())
    assert choice.isChecked()  # a click on its words chooses it
    ink = choice.words.palette().color(choice.words.foregroundRole()).name()
    choice.setEnabled(False)  # as checking the answer does (no quiz runs here to take it)
    # Answered, the choices are off, and their words look it.
    from pathway_viewer.core.theme import active_theme

    assert choice.words.palette().color(choice.words.foregroundRole()).name() == active_theme().disabled_ink != ink


def test_a_screen_reader_user_hears_the_question_the_answer_and_the_score(qtbot: QtBot, tmp_path: Path) -> None:
    # Enter on "Start the quiz" did nothing (a push button takes Enter only in a dialog); the
    # first answer was read alone, without its question; after Enter, "Next question,
    # button" with no word of right or wrong; the results page, "edit", with no score.
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_with_training(tmp_path))
    train = open_train(qtbot, window)
    train.count_box.setValue(2)
    train.quiz_button.setFocus()
    qtbot.waitUntil(train.quiz_button.hasFocus)
    qtbot.keyClick(train.quiz_button, Qt.Key.Key_Return)
    assert train.stack.currentWidget() is train.page
    for number in (1, 2):
        focused = QApplication.focusWidget()
        assert isinstance(focused, QRadioButton)
        assert focused.accessibleDescription() == f"{train.page.progress.text()}. {train.page.prompt.text()}"
        assert focused.accessibleDescription().startswith(f"Question {number} of 2")
        wrong = next(i for i in range(len(train.page.question.choices)) if i != train.page.question.answer)
        qtbot.keyClick(train.page, Qt.Key(Qt.Key.Key_A + wrong))
        qtbot.keyClick(train.page, Qt.Key.Key_Return)
        assert QApplication.focusWidget() is train.page.next
        assert train.page.next.accessibleDescription().startswith("Not quite. The right answer is: ")
        assert train.page.question.explanation in train.page.next.accessibleDescription()
        qtbot.keyClick(train.page, Qt.Key.Key_Return)
    assert train.stack.currentWidget() is train.results
    assert train.results.trainee.accessibleDescription().startswith(train.results.summary.text())
    scroll = train.results.findChild(QScrollArea, "train_results_scroll")
    assert scroll.focusPolicy() == Qt.FocusPolicy.NoFocus  # no stop without a name


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "Pas encore réussi\u00a0: score de 1 sur 2 (50\u00a0%\u00a0; seuil de réussite 80\u00a0%)"),
    ("it", "Non ancora superato: punteggio 1 su 2 (50 %; soglia di superamento 80 %)"),
])
def test_one_right_answer_reads_as_one_in_french_and_italian(qapp: object, language: str, expected: str) -> None:
    # "1 bonnes réponses sur 2", "1 risposte giuste su 2": a plural for one.
    from models import load_pathway
    from models.quiz_results import QuizResult
    from pathway_viewer.core import i18n
    from pathway_viewer.training.results_page import summary_lines

    i18n.apply_language(qapp, language)  # type: ignore[arg-type]
    from models.quiz import Question

    questions = (Question("who", "Q1", ("a", "b"), 0, "x"), Question("who", "Q2", ("a", "b"), 0, "x"))
    result = QuizResult(questions, (0, 1), 0.8)
    try:
        assert summary_lines(result, load_pathway(KNEE))[0] == expected
    finally:
        i18n.apply_language(qapp, "en")  # type: ignore[arg-type]


def test_tab_goes_through_the_buttons_as_they_are_read(qtbot: QtBot, tmp_path: Path) -> None:
    # After an answer, Tab went Next question, Show this step, Stop quiz: right to left.
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_with_training(tmp_path))
    train = open_train(qtbot, window)
    train.count_box.setValue(2)
    qtbot.mouseClick(train.quiz_button, Qt.MouseButton.LeftButton)
    answer(qtbot, train, train.page.question.right_answer)
    visible = [b for b in (train.page.stop, train.page.show_step, train.page.check, train.page.next) if b.isVisible()]
    assert visible[0] is train.page.stop and visible[-1] is train.page.next
    order = []
    widget = visible[0]
    for _ in range(len(visible)):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget is not None and widget not in visible and widget is not visible[0]:
            widget = widget.nextInFocusChain()
    assert order == visible


@pytest.mark.parametrize("language", ["en", "fr", "de"])
def test_the_train_start_page_never_scrolls_sideways_at_double_text(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    # In French at 200 % the page needed 1,020 px in a 970 px window: its box titles (which
    # never wrap) and the form's labels beside long drop-downs were cut at the right.
    from pathway_viewer.core import i18n

    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", language)
    try:
        window = open_window(qtbot, settings, knee_with_training(tmp_path), size=(1366, 768))
        window.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()
        train = open_train(qtbot, window)
        qtbot.wait(50)
        scroll = train.findChild(QScrollArea, "train_setup_scroll")
        assert scroll.horizontalScrollBar().maximum() == 0
        assert scroll.widget().width() <= scroll.viewport().width()
    finally:
        i18n.apply_language(QApplication.instance(), "en")  # type: ignore[arg-type]
