"""Sign off: the reviewer's name and role, the review day, the next review and a summary.

The dialog only collects and checks; the window writes the file (it knows which file and
whether the bundled copy must be saved elsewhere), through :func:`models.signoff.sign_off`.
A reviewer sees the version the file will get before signing. Nothing asked here is about
a patient.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from models.wording.i18n import fill
from models import Pathway
from models.signoff import next_version

from ..core.theme import DIALOG_MUTED, error_text_style, label_color_style
from ..core.screen_room import fit_scrolling_body, scrolling_body
from ..core.step_accessibility import announce
from .date_fields import date_edit
from .refused_enter import SaysWhyEnterIsRefused

REVIEW_EVERY_DAYS = 365  # the next review is due a year later unless the reviewer says otherwise


@dataclass(frozen=True)
class SignOff:
    name: str
    role: str
    reviewed_on: dt.date
    next_review: dt.date
    evidence_current_to: dt.date
    summary: str


class SignOffDialog(SaysWhyEnterIsRefused):
    sig_signed = Signal(object)  # a SignOff, once every field is filled in and the dates make sense

    def __init__(
        self, pathway: Pathway, file_name: str, parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sign_off_dialog")
        self.setWindowTitle(QCoreApplication.translate("DialogsSignOff", "Sign off this pathway"))
        today = today or dt.date.today()
        intro = QLabel(
            fill(QCoreApplication.translate("DialogsSignOff", "Record that you have reviewed %1 (version %2). It becomes version %3, and the review and a line in its list of changes are saved in the file."), file_name, pathway.version, next_version(pathway.version)),
            self,
        )
        intro.setObjectName("sign_off_intro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("sign_off_name")
        self.name_edit.setPlaceholderText(QCoreApplication.translate("DialogsSignOff", "e.g. Dr Jane Smith"))
        self.role_edit = QLineEdit(self)
        self.role_edit.setObjectName("sign_off_role")
        self.role_edit.setPlaceholderText(QCoreApplication.translate("DialogsSignOff", "e.g. Consultant physician"))
        self.reviewed_edit = date_edit(self, "sign_off_reviewed_on", today)
        self.next_edit = date_edit(self, "sign_off_next_review", today + dt.timedelta(days=REVIEW_EVERY_DAYS))
        evidence = pathway.review.evidence_current_to if pathway.review is not None else today
        self.evidence_edit = date_edit(self, "sign_off_evidence", evidence)
        self.evidence_edit.setToolTip(QCoreApplication.translate("DialogsSignOff", "The day up to which the literature was searched for this review"))
        self.summary_edit = QPlainTextEdit(self)
        self.summary_edit.setObjectName("sign_off_summary")
        self.summary_edit.setPlaceholderText(
            QCoreApplication.translate("DialogsSignOff", "What you checked or changed, e.g. 'Ward stay timings checked against our practice.'")
        )
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(110)

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DialogsSignOff", "Your &name:"), self.name_edit)
        form.addRow(QCoreApplication.translate("DialogsSignOff", "Your &role:"), self.role_edit)
        form.addRow(QCoreApplication.translate("DialogsSignOff", "Reviewed &on:"), self.reviewed_edit)
        form.addRow(QCoreApplication.translate("DialogsSignOff", "Next review &due:"), self.next_edit)
        form.addRow(QCoreApplication.translate("DialogsSignOff", "&Evidence searched to:"), self.evidence_edit)
        form.addRow(QCoreApplication.translate("DialogsSignOff", "&Summary:"), self.summary_edit)

        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("sign_off_problem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(error_text_style())
        note = QLabel(QCoreApplication.translate("DialogsSignOff", "Only the pathway is signed: write nothing about a patient here."), self)
        note.setWordWrap(True)
        note.setStyleSheet(label_color_style(DIALOG_MUTED))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.sign_button = self.buttons.addButton(QCoreApplication.translate("DialogsSignOff", "Sign off and save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setObjectName("sign_off_ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # The words and fields scroll (vertically only) when the screen cannot hold them
        # at a large text size; the buttons stay in view below.
        self._scroll, body = scrolling_body(self, "sign_off_scroll")
        body.addWidget(intro)
        body.addLayout(form)
        body.addWidget(self.problem_label)
        body.addWidget(note)
        body.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        for edit in (self.name_edit, self.role_edit):
            edit.textChanged.connect(self._check)
        for date in (self.reviewed_edit, self.next_edit, self.evidence_edit):
            date.dateChanged.connect(self._check)
            date.sig_unread_changed.connect(self._check)
            date.sig_enter_refused.connect(lambda date=date: announce(date, self.problem()))
        self.summary_edit.textChanged.connect(self._check)
        self._check()

    def showEvent(self, event: QShowEvent) -> None:
        # Sized for its wrapped words once the style has sized every field: with only a
        # minimum width, at 200 % text its intro was cut and its fields squashed to slivers.
        fit_scrolling_body(self, self._scroll, self.buttons, 560)
        super().showEvent(event)

    def values(self) -> SignOff:
        return SignOff(
            self.name_edit.text().strip(),
            self.role_edit.text().strip(),
            self.reviewed_edit.date().toPython(),
            self.next_edit.date().toPython(),
            self.evidence_edit.date().toPython(),
            self.summary_edit.toPlainText().strip(),
        )

    def problem(self) -> str:
        """What is missing or wrong, in plain words ('' when the sign-off can be saved)."""
        v = self.values()
        fields = ((QCoreApplication.translate("DialogsSignOff", "your name"), v.name), (QCoreApplication.translate("DialogsSignOff", "your role"), v.role), (QCoreApplication.translate("DialogsSignOff", "a summary"), v.summary))
        dates = ((self.reviewed_edit, QCoreApplication.translate("DialogsSignOff", "Reviewed on")),
                 (self.next_edit, QCoreApplication.translate("DialogsSignOff", "Next review due")),
                 (self.evidence_edit, QCoreApplication.translate("DialogsSignOff", "Evidence searched to")))
        for edit, label in dates:
            if edit.unread():
                return edit.unread_problem(label)
        missing = [label for label, text in fields if not text]
        if missing:
            return fill(QCoreApplication.translate("DialogsSignOff", "Please give %1."), ", ".join(missing))
        if v.next_review <= v.reviewed_on:
            return QCoreApplication.translate("DialogsSignOff", "The next review must be after the review day.")
        if v.evidence_current_to > v.reviewed_on:
            return QCoreApplication.translate("DialogsSignOff", "The evidence date cannot be after the review day.")
        return ""

    def _check(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.show_problem_on(self.sign_button, problem)

    def accept(self) -> None:
        if self.problem():
            return
        self.sig_signed.emit(self.values())
        super().accept()
