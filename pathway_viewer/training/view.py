"""The train mode window: choose a module and go; one question at a time; then the results.

A top-level window of its own beside the journey, so a trainer can show a step on the map
while the question stays in view. It reads the pathway from the document; the window
answers ``sig_show_step`` (select and centre the step on the map) and ``sig_export``
(ask where to save, then write the CSV or PDF): only the window opens file dialogs.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.wording.i18n import fill
from models.glossary import SharedWords
from models.quiz import Question
from models.schema import Pathway
from models.quiz_results import DEFAULT_PASS_MARK, QuizResult, RecordHeader
from models.training_session import (
    WHOLE_PATHWAY,
    grading_case,
    module_name,
    scenario_questions,
    scenarios,
    session_questions,
)
from models.wording import TRAINING_ONLY
from models.wording.i18n import Words

from ..core.document import PathwayDocument
from ..core.appearance import refresh_ui_fonts, set_ui_font
from ..core.tab_order import tab_in_reading_order
from ..core.theme import Theme
from .question_page import QuestionPage, plain_label, press_focused_button
from .results_page import ResultsPage

GRADING_CASES = 5


@dataclass(frozen=True)
class TrainingRecord:
    """A finished session, as the window needs it to write an export."""

    result: QuizResult
    header: RecordHeader
    trainee: str


class TrainView(QWidget):
    sig_show_step = Signal(str)
    sig_export = Signal(str, object)  # "csv" or "pdf", a TrainingRecord
    sig_pass_mark_changed = Signal(int)  # percent; the window keeps it in the settings

    def __init__(
        self, document: PathwayDocument, theme: Theme, parent: QWidget | None = None, *,
        glossary: SharedWords | None = None, pass_mark: float = DEFAULT_PASS_MARK,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("train_view")
        self.setWindowTitle(QCoreApplication.translate("TrainingView", "Train"))
        self.document = document
        self.glossary = glossary
        self.questions: list[Question] = []
        self.given: list[int | None] = []
        self.module = WHOLE_PATHWAY
        self.warning = ""
        self.index = 0
        self.result: QuizResult | None = None
        self._filled_for: tuple[str, str] | None = None  # (id, version) of the pathway the choices were made for
        self._quiz_pathway: Pathway | None = None  # the pathway the questions under way came from

        self.stack = QStackedWidget(self)
        self.setup = self._build_setup(theme)
        self.page = QuestionPage(theme, self)
        self.page.sig_answered.connect(self._on_answered)
        self.page.sig_next.connect(self._next)
        self.page.sig_show_step.connect(self.sig_show_step)
        self.page.sig_stop.connect(self.stop_quiz)
        self.results = ResultsPage(theme, self)
        self.results.sig_export.connect(self._export)
        self.results.sig_again.connect(self.show_setup)
        for widget in (self.setup, self.page, self.results):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        document.sig_pathway_changed.connect(self._fill_choices)
        self._fill_choices()
        self.set_pass_mark(pass_mark)
        self.pass_box.valueChanged.connect(self.sig_pass_mark_changed)
        self.resize(820, 640)

    # -- the start page ----------------------------------------------------------------

    def _build_setup(self, theme: Theme) -> QScrollArea:
        # In a scroll area: at 200 % text the page is taller than a laptop's screen, and a
        # window squeezed to the screen cut the choices' and buttons' words in half.
        scroll = QScrollArea(self)
        scroll.setObjectName("train_setup_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its boxes and buttons are the stops
        page = QWidget(scroll)
        page.setObjectName("train_setup_page")
        title = plain_label(page, "train_setup_title", 1.35, theme, bold=True)
        title.setText(QCoreApplication.translate("TrainingView", "Train: questions from this pathway"))
        scroll.setAccessibleName(title.text())  # a screen reader names the page it scrolls by its heading
        self.module_box = QComboBox(page)
        self.module_box.setObjectName("train_module")
        self.count_box = QSpinBox(page)
        self.count_box.setObjectName("train_count")
        self.count_box.setRange(1, 50)
        self.count_box.setValue(10)
        self.seed_box = QSpinBox(page)
        self.seed_box.setObjectName("train_seed")
        self.seed_box.setRange(0, 999_999)
        self.seed_box.setValue(1)
        self.seed_box.setToolTip(QCoreApplication.translate("TrainingView", "The same seed gives the same questions in the same order"))
        self.pass_box = QSpinBox(page)
        self.pass_box.setObjectName("train_pass_mark")
        self.pass_box.setRange(1, 100)
        self.pass_box.setSuffix(" %")
        self.pass_box.setToolTip(QCoreApplication.translate("TrainingView", "The share of right answers that passes; kept in the settings"))
        self.scenario_box = QComboBox(page)
        self.scenario_box.setObjectName("train_scenario")
        self.quiz_button = self._big_button(page, QCoreApplication.translate("TrainingView", "Start quiz"), "train_start_quiz", theme)
        self.quiz_button.clicked.connect(self.start_quiz)
        self.scenario_button = self._big_button(page, QCoreApplication.translate("TrainingView", "Play scenario"), "train_start_scenario", theme)
        self.scenario_button.clicked.connect(self.start_scenario)
        self.grading_button = self._big_button(page, QCoreApplication.translate("TrainingView", "Grading practice (CRS, ICE score, ICANS)"), "train_start_grading", theme)
        self.grading_button.clicked.connect(self.start_grading)
        self.module_box.currentIndexChanged.connect(self._fill_scenarios)  # scenarios follow the module

        # Box titles are labels in the boxes (a group box's own title never wraps: at 200 %
        # text in French the page scrolled sideways and cut it), forms put a field under its
        # label where the two do not fit side by side, and a long module name may shorten.
        def box(title: str, name: str) -> tuple[QGroupBox, QVBoxLayout]:
            group = QGroupBox(page)
            group.setAccessibleName(title)
            inner = QVBoxLayout(group)
            heading = plain_label(group, name, 1.05, theme, bold=True)
            heading.setText(title)
            inner.addWidget(heading)
            return group, inner

        def form_in(inner: QVBoxLayout) -> QFormLayout:
            form = QFormLayout()
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            inner.addLayout(form)
            return form

        for combo in (self.module_box, self.scenario_box):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        quiz, quiz_inner = box(QCoreApplication.translate("TrainingView", "Quiz"), "train_quiz_heading")
        form = form_in(quiz_inner)
        form.addRow(QCoreApplication.translate("TrainingView", "Module:"), self.module_box)
        form.addRow(QCoreApplication.translate("TrainingView", "Questions:"), self.count_box)
        form.addRow(QCoreApplication.translate("TrainingView", "Seed:"), self.seed_box)
        form.addRow(QCoreApplication.translate("TrainingView", "Pass mark:"), self.pass_box)
        form.addRow(self.quiz_button)
        scenario, scenario_inner = box(QCoreApplication.translate("TrainingView", "Scenario: a patient's days, one event at a time"),
                                       "train_scenario_heading")
        scenario_form = form_in(scenario_inner)
        scenario_form.addRow(QCoreApplication.translate("TrainingView", "Scenario:"), self.scenario_box)
        scenario_form.addRow(self.scenario_button)
        # Only a pathway whose training block asks for it: CRS and ICANS belong to some treatments.
        grading, grading_layout = box(QCoreApplication.translate("TrainingView", "Grading practice"), "train_grading_heading")
        self.grading_box = grading
        note = plain_label(grading, "train_grading_note", 1.0, theme)
        note.setText(fill(QCoreApplication.translate("TrainingView", "Cases graded by the ASTCT consensus rules. %1"), Words.tr(TRAINING_ONLY)))
        grading_layout.addWidget(note)
        grading_layout.addWidget(self.grading_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(14)
        layout.addWidget(title)
        for box in (quiz, scenario, grading):
            set_ui_font(box, theme, 1.05)
            layout.addWidget(box)
        layout.addStretch(1)
        scroll.setWidget(page)
        return scroll

    @staticmethod
    def _big_button(parent: QWidget, text: str, name: str, theme: Theme) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setMinimumHeight(40)
        set_ui_font(button, theme, 1.1, bold=True)
        return button

    def _fill_choices(self, *_: object) -> None:
        pathway = self.document.pathway
        chosen = self.module_box.currentData()
        # The same pathway in other words: its id and version (another version of a file with
        # the same id is other content, and its quiz starts again).
        key = (pathway.id, pathway.version) if pathway is not None else None
        same = key is not None and key == self._filled_for
        self._filled_for = key
        self.module_box.clear()
        self.scenario_box.clear()
        if pathway is None:
            return
        self.module_box.addItem(QCoreApplication.translate("TrainingView", "The whole pathway"), None)
        for role in pathway.roles:
            self.module_box.addItem(fill(QCoreApplication.translate("TrainingView", "For: %1"), role.name), role.id)
        if same:
            self.module_box.setCurrentIndex(max(0, self.module_box.findData(chosen)))
        self._fill_scenarios()
        self.grading_box.setVisible(pathway.training is not None and pathway.training.grading_practice)
        # The same pathway in other words (a content language, an edit): a quiz under way goes
        # on (its answers were thrown away); another pathway starts again from the start page.
        if not same or self.stack.currentWidget() is self.setup:
            self.show_setup()

    def _fill_scenarios(self, *_: object) -> None:
        pathway = self.document.pathway
        self.scenario_box.clear()
        if pathway is None:
            return
        for scenario in scenarios(pathway, self.module_box.currentData()):
            self.scenario_box.addItem(scenario.title, scenario.id)
        has = self.scenario_box.count() > 0
        self.scenario_box.setEnabled(has)
        self.scenario_button.setEnabled(has)
        if not has:
            self.scenario_box.addItem(QCoreApplication.translate("TrainingView", "This pathway has no scenarios for this module"))

    def restyle(self, theme: Theme | None = None) -> None:
        """The colours changed (View > Colours, or the desktop's), or with ``theme`` the
        text size too (View > Text size)."""
        if theme is not None:
            refresh_ui_fonts(self, theme)
        self.page.restyle(theme)

    @property
    def pass_mark(self) -> float:
        return self.pass_box.value() / 100

    def set_pass_mark(self, fraction: float) -> None:
        self.pass_box.setValue(round(fraction * 100))

    def show_setup(self) -> None:
        self.stack.setCurrentWidget(self.setup)
        self.quiz_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter on a focused button (Start the quiz, New session, Export...) did nothing: a
        # push button takes Enter only in a dialog, and this is a window of its own.
        if press_focused_button(self, event):
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The buttons are made after the boxes below them: Tab went from the pass mark to the
        # scenario list and back up to "Start quiz". It follows where they stand.
        page = self.setup.widget()
        if page is not None:
            tab_in_reading_order(page)

    # -- sessions ------------------------------------------------------------------------

    def _module_name(self) -> str:
        role_id = self.module_box.currentData()
        pathway = self.document.pathway
        return pathway.role(role_id).name if pathway is not None and role_id else WHOLE_PATHWAY

    def start_quiz(self) -> None:
        pathway = self.document.pathway
        if pathway is None:
            return
        questions = session_questions(
            pathway, count=self.count_box.value(), seed=self.seed_box.value(),
            role_id=self.module_box.currentData(), glossary=self.glossary,
        )
        self._run(questions, self._module_name())

    def start_scenario(self) -> None:
        pathway = self.document.pathway
        if pathway is None or not self.scenario_button.isEnabled():
            return
        chosen = next(s for s in scenarios(pathway) if s.id == self.scenario_box.currentData())
        questions = scenario_questions(chosen, self.seed_box.value())
        if chosen.summary:
            # The patient's story leads the first event, so the trainee meets it once.
            first = questions[0]
            questions[0] = Question(first.kind, f"{chosen.summary}\n\n{first.prompt}", first.choices, first.answer,
                                    first.explanation, first.step_id)
        self._run(questions, fill(QCoreApplication.translate("TrainingView", "scenario: %1"), chosen.title))

    def start_grading(self) -> None:
        rng = random.Random(f"grading:{self.seed_box.value()}")
        cases = [grading_case(rng) for _ in range(GRADING_CASES)]
        questions = [
            Question("grading", "\n".join((*case.findings, "", case.question)), case.choices, case.answer,
                     case.explanation)
            for case in cases
        ]
        self._run(questions, QCoreApplication.translate("TrainingView", "grading practice"), warning=Words.tr(TRAINING_ONLY))

    def _run(self, questions: list[Question], module: str, *, warning: str = "") -> None:
        if not questions:
            return
        self.questions = questions
        self.given = [None] * len(questions)
        self.module = module
        # The record names the content the questions came from, whatever is shown when it
        # is exported (a quiz goes on through a change of content language).
        self._quiz_pathway = self.document.pathway
        self.warning = warning
        self.index = 0
        self.stack.setCurrentWidget(self.page)
        self._ask()

    def _ask(self) -> None:
        total = len(self.questions)
        self.page.ask(
            self.questions[self.index], fill(QCoreApplication.translate("TrainingView", "Question %1 of %2  (%3)"), self.index + 1, total, module_name(self.module)),
            warning=self.warning, last=self.index == total - 1,
        )

    def _on_answered(self, chosen: int) -> None:
        self.given[self.index] = chosen

    def _next(self) -> None:
        if self.index + 1 < len(self.questions):
            self.index += 1
            self._ask()
            return
        pathway = self.document.pathway
        if pathway is None:
            return
        self.result = QuizResult(tuple(self.questions), tuple(self.given), self.pass_mark)
        self.results.show_result(self.result, pathway, self.module)
        self.stack.setCurrentWidget(self.results)

    def stop_quiz(self) -> None:
        """End the quiz early: its results with the questions not answered counted as missed,
        so a record never passes on part of a quiz (none answered: back to the start page)."""
        answered = self.index + (1 if self.page.answered else 0)
        if answered == 0:
            self.show_setup()
            return
        self.index = len(self.questions) - 1
        self._next()

    def record(self, trainee: str = "") -> TrainingRecord | None:
        pathway = self._quiz_pathway or self.document.pathway
        if self.result is None or pathway is None:
            return None
        return TrainingRecord(self.result, RecordHeader.of(pathway, self.module, dt.date.today()), trainee.strip())

    def _export(self, kind: str, trainee: str) -> None:
        record = self.record(trainee)
        if record is not None:
            self.sig_export.emit(kind, record)
