"""The end of a session: score, pass or not, what was missed, and the record to export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from models.wording.i18n import fill
from models.training_session import module_name
from models.quiz_results import QuizResult
from models.schema import Pathway

from ..core.appearance import set_ui_font
from ..core.theme import Theme, train_feedback_style
from .question_page import plain_label


def one_line(prompt: str) -> str:
    """A prompt of several lines on one: lines without their own stop get a semicolon."""
    lines = [line.strip() for line in prompt.splitlines() if line.strip()]
    return " ".join(line if i == len(lines) - 1 or line[-1] in ".?!:;" else f"{line};" for i, line in enumerate(lines))


def summary_lines(result: QuizResult, pathway: Pathway) -> tuple[str, str, str]:
    """The score line, the missed questions and the steps to revisit, as shown and printed."""
    percent = round(result.score * 100)
    mark = round(result.pass_mark * 100)
    if result.passed:
        template = QCoreApplication.translate("TrainingResultsPage", "Passed: %1 of %2 right (%3 %; pass mark %4 %)")
    else:
        template = QCoreApplication.translate("TrainingResultsPage", "Not passed yet: %1 of %2 right (%3 %; pass mark %4 %)")
    score = fill(template, result.correct, result.total, percent, mark)
    # The whole prompt on one line: a scenario's day and finding, or a grading case's findings,
    # are what make the missed question make sense on its own.
    right = QCoreApplication.translate("TrainingResultsPage", "Right answer: %1")
    missed = "\n".join(f"• {one_line(q.prompt)}\n   {fill(right, q.right_answer)}" for q in result.missed)
    titles = {step.id: step.title for step in pathway.steps}
    steps = "\n".join(f"• {titles.get(step_id, step_id)}" for step_id in result.steps_to_revisit())
    return score, missed or QCoreApplication.translate("TrainingResultsPage", "None: every answer was right."), steps or QCoreApplication.translate("TrainingResultsPage", "None.")


class ResultsPage(QWidget):
    """``sig_export(kind, trainee)`` with kind "csv" or "pdf"; ``sig_again`` for a new session."""

    sig_export = Signal(str, str)
    sig_again = Signal()

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("train_results_page")
        self.title = plain_label(self, "train_results_title", 1.35, theme, bold=True)
        self.summary = plain_label(self, "train_summary", 1.25, theme, bold=True)
        self.missed_heading = plain_label(self, "train_missed_heading", 1.1, theme, bold=True)
        self.missed_heading.setText(QCoreApplication.translate("TrainingResultsPage", "Questions missed"))
        self.missed = plain_label(self, "train_missed", 1.0, theme)
        self.steps_heading = plain_label(self, "train_steps_heading", 1.1, theme, bold=True)
        self.steps_heading.setText(QCoreApplication.translate("TrainingResultsPage", "Steps to revisit"))
        self.steps = plain_label(self, "train_steps", 1.0, theme)

        # The name is typed here for the export only: it is passed to the file and kept nowhere.
        self.trainee = QLineEdit(self)
        self.trainee.setObjectName("train_trainee")
        self.trainee.setPlaceholderText(QCoreApplication.translate("TrainingResultsPage", "Optional; printed on the export only, never saved"))
        self.export_csv = QPushButton(QCoreApplication.translate("TrainingResultsPage", "Export CSV..."), self)
        self.export_csv.setObjectName("train_export_csv")
        self.export_csv.clicked.connect(lambda: self.sig_export.emit("csv", self.trainee.text()))
        self.export_pdf = QPushButton(QCoreApplication.translate("TrainingResultsPage", "Export PDF..."), self)
        self.export_pdf.setObjectName("train_export_pdf")
        self.export_pdf.clicked.connect(lambda: self.sig_export.emit("pdf", self.trainee.text()))
        self.again = QPushButton(QCoreApplication.translate("TrainingResultsPage", "New session"), self)
        self.again.setObjectName("train_again")
        self.again.clicked.connect(self.sig_again)
        for button in (self.export_csv, self.export_pdf, self.again):
            button.setMinimumHeight(40)
            set_ui_font(button, theme, 1.1)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("TrainingResultsPage", "Trainee's name for the export:"), self.trainee)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_csv)
        buttons.addWidget(self.export_pdf)
        buttons.addStretch(1)
        buttons.addWidget(self.again)
        # A long list of missed questions scrolls; the export row stays in sight below it.
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 8, 0)
        for widget in (self.title, self.summary, self.missed_heading, self.missed, self.steps_heading, self.steps):
            widget.setParent(body)
            body_layout.addWidget(widget)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("train_results_scroll")
        # Its rows are read where the keyboard is; the scroll area is no stop of its own
        # (it took one, with no name), as on the start page.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(scroll, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def show_result(self, result: QuizResult, pathway: Pathway, module: str) -> None:
        score, missed, steps = summary_lines(result, pathway)
        self.title.setText(fill(QCoreApplication.translate("TrainingResultsPage", "Results: %1 (%2)"), pathway.title, module_name(module)))
        self.summary.setText(score)
        self.summary.setStyleSheet(train_feedback_style(result.passed))
        self.missed.setText(missed)
        self.steps.setText(steps)
        self.trainee.clear()  # a new result never carries the last trainee's name
        # The page opens with the keyboard in the name box: a screen reader says the score
        # there (it heard only "edit"), and what was missed.
        self.trainee.setAccessibleDescription(" ".join(part for part in (score, missed) if part))
