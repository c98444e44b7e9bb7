"""One question at a time: the prompt, large radio choices, then right or wrong and why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from models.quiz import Question
from models.wording.i18n import fill
from models.training_print import LETTERS

from ..core.appearance import set_ui_font
from ..core.flow import flow_row
from ..core.wrapped_words import WrappedWords
from ..core.theme import Theme, error_text_style, train_choice_words_style, train_choices_style, train_feedback_style


def plain_label(parent: QWidget, name: str, font_scale: float, theme: Theme, *, bold: bool = False) -> QLabel:
    """A word-wrapped label that shows pathway content as typed, never as HTML."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    set_ui_font(label, theme, font_scale, bold=bold)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def press_focused_button(page: QWidget, event: QKeyEvent) -> bool:
    """Enter on a push button that has the keyboard presses it, as Space does; whether it did."""
    focused = page.focusWidget()
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(focused, QPushButton) \
            and focused.isVisible() and focused.isEnabled() and page.isAncestorOf(focused):
        focused.click()
        return True
    return False


class WrappingChoice(WrappedWords, QRadioButton):
    """An answer whose words wrap onto more lines: a radio button's own text never wraps,
    and one long answer made the Train window 1,570 px wide (3,042 at 200 % text). The words
    are a label beside the button's circle; a click on them is the button's."""

    def __init__(self, letter: str, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(f"{letter}  {words}")
        self.setShortcut(QKeySequence(f"Alt+{letter}"))  # as the printed quiz's letters
        self.words = QLabel(f"{letter}  {words}", self)
        self.words.setObjectName("train_choice_words")
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.words.setStyleSheet(train_choice_words_style(False))
        row = QHBoxLayout(self)
        row.addWidget(self.words)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        self.setSizePolicy(policy)
        self._place_words()

    def text(self) -> str:  # type: ignore[override]  # what the answer says, as for any button
        return self.words.text()

    def _place_words(self) -> None:
        """The words where the button's own text would start: right of its circle."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = "x"
        contents = self.style().subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, self)
        self.layout().setContentsMargins(max(contents.left(), 24), 6, 6, 6)

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the words too, not only the circle

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_words()
        super().resizeEvent(event)

    def _ink(self) -> None:
        self.words.setStyleSheet(train_choice_words_style(self.hasFocus(), self.isEnabled()))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._ink()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._ink()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._ink()


class QuestionPage(QWidget):
    """Asks one :class:`Question`; ``sig_answered(index)`` once checked, ``sig_next`` to go on."""

    sig_answered = Signal(int)
    sig_next = Signal()
    sig_show_step = Signal(str)
    sig_stop = Signal()  # Stop quiz or Esc: end here, with the answers given so far

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("train_question_page")
        self.question: Question | None = None
        self.answered = False
        self.progress = plain_label(self, "train_progress", 1.0, theme)
        self.warning = plain_label(self, "train_training_only", 1.0, theme)
        self.warning.setStyleSheet(error_text_style())
        self.prompt = plain_label(self, "train_prompt", 1.35, theme, bold=True)
        self.choices_box = QWidget(self)
        self.choices_box.setStyleSheet(train_choices_style())
        self.choices_layout = QVBoxLayout(self.choices_box)
        self.choices_layout.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        self.group.idToggled.connect(lambda *_: self._update_buttons())
        self._theme = theme  # the answers are made anew for each question, in its type
        self.feedback = plain_label(self, "train_feedback", 1.2, theme)
        self.explanation = plain_label(self, "train_explanation", 1.1, theme)

        self.show_step = QPushButton(QCoreApplication.translate("TrainingQuestionPage", "Show this step on the map"), self)
        self.show_step.setObjectName("train_show_step")
        self.show_step.clicked.connect(self._show_step)
        self.check = QPushButton(QCoreApplication.translate("TrainingQuestionPage", "Check answer"), self)
        self.check.setObjectName("train_check")
        self.check.clicked.connect(self._check)
        self.next = QPushButton(QCoreApplication.translate("TrainingQuestionPage", "Next question"), self)
        self.next.setObjectName("train_next")
        self.next.clicked.connect(self.sig_next)
        self.stop = QPushButton(QCoreApplication.translate("TrainingQuestionPage", "Stop quiz"), self)
        self.stop.setObjectName("train_stop")
        self.stop.setToolTip(QCoreApplication.translate("TrainingQuestionPage", "End the quiz now and see the results so far (Esc)"))
        self.stop.clicked.connect(self.sig_stop)
        for button in (self.show_step, self.check, self.next, self.stop):
            set_ui_font(button, theme, 1.1)
            button.setMinimumHeight(40)

        # Stop and Show-step at the left, Check and Next at the right, on one line where the
        # window is wide enough, else on two: at 200 % text the four side by side are wider
        # than a 1024 px screen, and the window could not be made narrower than them.
        leave = QWidget(self)
        leave_row = QHBoxLayout(leave)
        leave_row.setContentsMargins(0, 0, 0, 0)
        leave_row.addWidget(self.stop)
        leave_row.addWidget(self.show_step)
        go_on = QWidget(self)
        go_on.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)  # the room left: at the right
        go_on_row = QHBoxLayout(go_on)
        go_on_row.setContentsMargins(0, 0, 0, 0)
        go_on_row.addStretch(1)
        go_on_row.addWidget(self.check)
        go_on_row.addWidget(self.next)
        buttons = flow_row(leave, go_on)
        buttons.setParent(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(12)
        for widget in (self.progress, self.warning, self.prompt, self.choices_box, self.feedback, self.explanation):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def restyle(self, theme: Theme | None = None) -> None:
        """The colours or the text size changed: write the style sheets again (they read the
        active theme); answers made from now on take ``theme``'s type."""
        if theme is not None:
            self._theme = theme
        self.warning.setStyleSheet(error_text_style())
        self.choices_box.setStyleSheet(train_choices_style())

    def ask(self, question: Question, progress: str, *, warning: str = "", last: bool = False) -> None:
        self.question = question
        self.answered = False
        self.progress.setText(progress)
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        self.prompt.setText(question.prompt)
        for button in self.group.buttons():
            self.group.removeButton(button)
            self.choices_layout.removeWidget(button)
            button.hide()  # gone from the screen now; deleted once control returns to Qt
            button.deleteLater()
        for index, choice in enumerate(question.choices):
            # Letters as on the printed quiz: the key A (or Alt+A) chooses the first answer,
            # and the letter reads aloud in a screen reader. A "&" in the content stays a "&".
            radio = WrappingChoice(LETTERS[index], choice, self.choices_box)
            radio.setObjectName(f"train_choice_{index}")
            set_ui_font(radio, self._theme, 1.2)
            self.group.addButton(radio, index)
            self.choices_layout.addWidget(radio)
            radio.show()  # the layout would only show it once control returns to the event loop
        self.feedback.setText("")
        self.explanation.setText("")
        self.next.setText(QCoreApplication.translate("TrainingQuestionPage", "See results") if last else QCoreApplication.translate("TrainingQuestionPage", "Next question"))
        self._update_buttons()
        # The keyboard goes to the first answer, which a screen reader read alone ("A  day
        # -90, radio button"): each answer carries the question, as its description.
        for button in self.group.buttons():
            button.setAccessibleDescription(f"{progress}. {question.prompt}")
        # Tab goes as the buttons are read, left to right: the answers, Stop, Show this
        # step, Check, Next (made before the answers, they came first and in reverse).
        chain = [*self.group.buttons()[-1:], self.stop, self.show_step, self.check, self.next]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        first = self.group.button(0)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        self.check.setVisible(not self.answered)
        self.check.setEnabled(self.group.checkedId() >= 0)
        self.next.setVisible(self.answered)
        self.show_step.setVisible(self.answered and self.question is not None and self.question.step_id is not None)

    def _check(self) -> None:
        chosen = self.group.checkedId()
        if self.question is None or chosen < 0 or self.answered:
            return
        self.answered = True
        right = chosen == self.question.answer
        self.feedback.setStyleSheet(train_feedback_style(right))
        self.feedback.setText(
            QCoreApplication.translate("TrainingQuestionPage", "Right.") if right
            else fill(QCoreApplication.translate("TrainingQuestionPage", "Not quite. The right answer is: %1"), self.question.right_answer)
        )
        self.explanation.setText(self.question.explanation)
        for button in self.group.buttons():
            button.setEnabled(False)  # the answer is given; it stays on screen to talk about
        self._update_buttons()
        # Right or wrong, and why, where the keyboard goes next: a screen reader heard only
        # "Next question, button".
        self.next.setAccessibleDescription(" ".join(part for part in (self.feedback.text(), self.question.explanation) if part))
        self.next.setFocus(Qt.FocusReason.OtherFocusReason)
        self.sig_answered.emit(chosen)

    def _show_step(self) -> None:
        if self.question is not None and self.question.step_id is not None:
            self.sig_show_step.emit(self.question.step_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self.answered and Qt.Key.Key_A <= key < Qt.Key.Key_A + len(LETTERS) and not event.modifiers():
            button = self.group.button(key - Qt.Key.Key_A)
            if button is not None:
                button.setChecked(True)
                button.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return
        if key == Qt.Key.Key_Escape:  # a keyboard user could not leave a quiz before its end
            self.sig_stop.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if press_focused_button(self, event):  # "Stop quiz" with the keyboard on it: stop
                return
            if not self.answered:
                self._check()
            else:
                self.sig_next.emit()
            return
        super().keyPressEvent(event)
