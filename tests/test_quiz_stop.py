"""A quiz can be left before its end, by keyboard (Esc) or by its Stop quiz button (#12.3):
the answers given so far are scored as at a quiz's end."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from test_train_mode import answer, open_train
from pathway_files import DATA
from training_data import knee_with_training
from window_helpers import open_window, test_settings

Key = Qt.Key


def start_quiz(qtbot: QtBot, tmp_path: Path):  # noqa: ANN201 - a TrainView
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_with_training(tmp_path))
    train = open_train(qtbot, window)
    train.activateWindow()  # as the window manager does for a new window
    qtbot.waitUntil(train.isActiveWindow)
    train.count_box.setValue(3)
    train.seed_box.setValue(4)
    train.quiz_button.setFocus()
    qtbot.keyClick(train.quiz_button, Key.Key_Space)
    assert train.page.progress.text() == "Question 1 of 3  (whole pathway)"
    return train


def test_esc_ends_the_quiz_with_the_answers_given_so_far(qtbot: QtBot, tmp_path: Path) -> None:
    train = start_quiz(qtbot, tmp_path)
    answer(qtbot, train, train.page.question.right_answer)
    qtbot.keyClick(train.page, Key.Key_Return)  # on to question 2, not answered
    assert train.page.progress.text() == "Question 2 of 3  (whole pathway)"
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Escape)
    assert train.stack.currentWidget() is train.results
    # Scored on the whole quiz: the two questions not answered count as missed, so a trainee
    # cannot pass by answering one and stopping (was "Passed: 1 of 1 right").
    assert train.results.summary.text() == "Not passed yet: 1 of 3 right (33 %; pass mark 80 %)"


def test_the_stop_button_is_a_tab_stop_and_with_nothing_answered_goes_back_to_the_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    train = start_quiz(qtbot, tmp_path)
    assert train.page.stop.isVisible() and train.page.stop.text() == "Stop quiz"
    seen = set()
    for _ in range(8):  # Tab goes round the page's controls, the Stop button among them
        qtbot.keyClick(QApplication.focusWidget(), Key.Key_Tab)
        seen.add(QApplication.focusWidget())
    assert train.page.stop in seen
    train.page.stop.setFocus()
    qtbot.keyClick(train.page.stop, Key.Key_Space)
    assert train.stack.currentWidget() is train.setup
    assert QApplication.focusWidget() is train.quiz_button


def test_a_quiz_under_way_goes_on_when_the_same_pathway_is_shown_in_other_words(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Switching the content language (or entering edit mode) sent the Train window back to
    # its start page: the answers given were gone. Another pathway still starts again.
    shutil.copy(DATA / "knee_surgery.de.yaml", tmp_path / "knee_training.de.yaml")
    train = start_quiz(qtbot, tmp_path)
    answer(qtbot, train, train.page.question.right_answer)
    document = train.document
    assert document.set_content_language("de") and document.content_language == "de"
    assert train.stack.currentWidget() is train.page
    assert train.given[0] is not None
    document.load(None)  # another pathway: the quiz no longer matches it
    assert train.stack.currentWidget() is train.setup


def test_the_record_names_the_content_the_questions_came_from(qtbot: QtBot, tmp_path: Path) -> None:
    # Stopped after a switch to German, the record was stamped with the German content's hash.
    shutil.copy(DATA / "knee_surgery.de.yaml", tmp_path / "knee_training.de.yaml")
    train = start_quiz(qtbot, tmp_path)
    original = train.document.pathway
    answer(qtbot, train, train.page.question.right_answer)
    assert train.document.set_content_language("de")
    qtbot.keyClick(QApplication.focusWidget(), Key.Key_Escape)  # stop: the results
    record = train.record("Sam")
    assert record is not None
    from models.quiz_results import content_hash

    assert record.header.content == content_hash(original) != content_hash(train.document.pathway)
