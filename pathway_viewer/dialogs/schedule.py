"""The "Set dates" dialog: the planned day 0 (and, if the pathway has one, the day booked ahead).

What day 0 is and what can be booked ahead (e.g. the cell collection) come from the
pathway file (``day_zero``, ``booked_day``). From these two dates every step with a
typical timing gets calendar dates in the details, the timeline, presentation mode and
the handout. Nothing about the patient is kept: the
dates go to :meth:`PathwayDocument.set_schedule` (memory only) and are forgotten when the
viewer closes. No name is asked for, and nothing here touches the settings.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models import Step
from models.wording.i18n import fill
from models.wording.patient_words import day_zero_words, step_date_words
from models.wording.schedule_words import no_step_has_a_timing
from models.schedule import booked_day_note, collection_steps, step_dates
from models.wording.sections import format_date

from ..core.document import PathwayDocument
from ..core.theme import DIALOG_MUTED, error_text_style, label_color_style
from .date_fields import date_edit as _date_edit
from .date_fields import qdate as _qdate
from .refused_enter import SaysWhyEnterIsRefused
from ..core.screen_room import fit_scrolling_body, scrolling_body
from ..core.step_accessibility import announce

TYPICAL_LEAD_DAYS = 21  # a first guess for the collection day; the user sets the real one
MIN_WIDTH = 560


class ScheduleDialog(SaysWhyEnterIsRefused):
    def __init__(self, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schedule_dialog")
        self.setWindowTitle(QCoreApplication.translate("DialogsSchedule", "Set dates"))
        self._document = document

        pathway = document.pathway
        day_zero = day_zero_words(pathway)
        booked = pathway.booked_day.label if pathway is not None and pathway.booked_day is not None else ""
        intro = QLabel(
            fill(QCoreApplication.translate("DialogsSchedule", "Enter the planned date of day 0, %1, to see the dates of each step. "
            "The dates are only shown on screen and in the handout: nothing is saved, "
            "and they are forgotten when the viewer closes. No name is needed."), day_zero),
            self,
        )
        intro.setObjectName("schedule_intro")
        intro.setWordWrap(True)
        intro.setStyleSheet(label_color_style(DIALOG_MUTED))

        self.infusion_edit = _date_edit(self, "infusion_date")
        self.infusion_edit.setAccessibleName(fill(QCoreApplication.translate("DialogsSchedule", "Planned date of day 0, %1"), day_zero))
        self.collection_check = QCheckBox(fill(QCoreApplication.translate("DialogsSchedule", "The %1 day is booked"), booked), self)
        self.collection_check.setObjectName("collection_known")
        self.collection_edit = _date_edit(self, "collection_date")
        self.collection_edit.setAccessibleName(fill(QCoreApplication.translate("DialogsSchedule", "Booked %1 date"), booked))

        start = document.infusion_date or document.today()
        self.infusion_edit.setDate(_qdate(start))
        collection = document.collection_date or (start - dt.timedelta(days=TYPICAL_LEAD_DAYS))
        self.collection_edit.setDate(_qdate(collection))
        self.collection_check.setChecked(document.collection_date is not None)
        self.collection_edit.setEnabled(self.collection_check.isChecked())

        self._booked_label = booked[:1].upper() + booked[1:]
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("DialogsSchedule", "Planned day 0:"), self.infusion_edit)
        if booked:  # a pathway that books nothing ahead asks for day 0 only
            form.addRow("", self.collection_check)
            form.addRow(fill(QCoreApplication.translate("DialogsSchedule", "%1:", "a form label: the booked day as the pathway names it"), self._booked_label), self.collection_edit)
        else:
            self.collection_check.setChecked(False)
            self.collection_check.hide()
            self.collection_edit.hide()

        self.preview = QLabel(self)
        self.preview.setObjectName("schedule_preview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        # A booked day outside its usual time: allowed, but said above the dates in warning colours.
        self.note = QLabel(self)
        self.note.setObjectName("schedule_note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setStyleSheet(error_text_style())
        self.note.hide()

        self.buttons = QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(QCoreApplication.translate("DialogsSchedule", "Show these dates"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("schedule_ok")
        self.clear_button: QPushButton = self.buttons.addButton(QCoreApplication.translate("DialogsSchedule", "Clear dates"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.setObjectName("schedule_clear")
        self.clear_button.setToolTip(QCoreApplication.translate("DialogsSchedule", "Remove the dates from every view"))
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("schedule_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.clear_button.clicked.connect(self.clear)

        # The words and fields scroll (vertically only) when a small screen at a large text
        # size cannot hold them; the buttons stay in view below them.
        self._scroll, body_layout = scrolling_body(self, "schedule_scroll")
        body_layout.addWidget(intro)
        body_layout.addLayout(form)
        body_layout.addWidget(self.note)
        body_layout.addWidget(self.preview)
        # Spare height (a one-date form is short) goes above the buttons, not inside the form.
        body_layout.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.buttons)

        self.infusion_edit.dateChanged.connect(self._check)
        self.collection_edit.dateChanged.connect(self._check)
        self.collection_check.toggled.connect(self.collection_edit.setEnabled)
        self.collection_check.toggled.connect(self._check)
        for edit in (self.infusion_edit, self.collection_edit):
            edit.sig_unread_changed.connect(self._check)
            edit.sig_enter_refused.connect(lambda edit=edit: announce(edit, self.problem()))
        self._check()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit()  # now that the style has given every field its size
        super().showEvent(event)

    def _fit(self) -> None:
        """Room for every word, within the screen. A window does not ask its layout how tall
        its wrapped text is at its width (Qt), so a longer language, a larger text size or a
        refusal in place of the preview was cut off at the foot; a fixed minimum width let
        the booked-day check box lose the end of its label; and at 200 % text the words
        wrapped at 560 px ran the dialog (and its buttons) off a 768 px screen. The width
        now grows with the text (a comfortable line, within the screen), and only what
        still cannot fit the screen's height scrolls."""
        fit_scrolling_body(self, self._scroll, self.buttons, MIN_WIDTH)

    # --- what the dialog holds ----------------------------------------------------------------

    def infusion_date(self) -> dt.date:
        return self.infusion_edit.date().toPython()

    def collection_date(self) -> dt.date | None:
        return self.collection_edit.date().toPython() if self.collection_check.isChecked() else None

    def set_dates(self, infusion: dt.date, collection: dt.date | None = None) -> None:
        """Fill the dialog as a user would (tests and keyboard users alike)."""
        self.infusion_edit.setDate(_qdate(infusion))
        self.collection_check.setChecked(collection is not None)
        if collection is not None:
            self.collection_edit.setDate(_qdate(collection))

    def problem(self) -> str:
        """Why these dates cannot be used, in plain words ('' when they can)."""
        pathway = self._document.pathway
        if pathway is None:
            return QCoreApplication.translate("DialogsSchedule", "No pathway is open.")
        fields = [(self.infusion_edit, QCoreApplication.translate("DialogsSchedule", "Planned day 0"))]
        if self.collection_check.isChecked():
            fields.append((self.collection_edit, self._booked_label))
        for edit, label in fields:
            if edit.unread():
                return edit.unread_problem(label)
        try:
            dates = step_dates(pathway, self.infusion_date(), self.collection_date())
        except ValueError as exc:
            return str(exc)
        if not dates:
            # A date that dates no step would look, in every view, as if it mattered.
            return no_step_has_a_timing()
        return ""

    # --- buttons ------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.problem():
            return
        self._document.set_schedule(self.infusion_date(), self.collection_date())
        super().accept()

    def clear(self) -> None:
        self._document.set_schedule(None, None)
        super().reject()  # nothing left to apply

    # --- feedback -----------------------------------------------------------------------------

    def _check(self, *_: object) -> None:
        problem = self.problem()
        self.show_problem_on(self.ok_button, problem)
        note = ""
        if problem:
            self.preview.setStyleSheet(error_text_style())
            self.preview.setText(problem)
        else:
            pathway = self._document.pathway
            assert pathway is not None  # else problem() says no pathway is open
            note = booked_day_note(pathway, self.infusion_date(), self.collection_date())
            self.preview.setStyleSheet("")
            self.preview.setText(self._preview_text())
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self._fit()

    def _preview_text(self) -> str:
        pathway = self._document.pathway
        assert pathway is not None
        dates = step_dates(pathway, self.infusion_date(), self.collection_date())
        lines = [fill(QCoreApplication.translate("DialogsSchedule", "Day 0, %1: %2."), day_zero_words(pathway), format_date(self.infusion_date()))]
        # The dates people plan around first: the booked day and the last step before day 0.
        for step in collection_steps(pathway)[:1]:
            lines.append(f"{step.title}: {_when(step, dates[step.id])}.")
        before = [s for s in pathway.steps if s.timing is not None and s.timing.end < 0 and s.id in dates]
        if before:
            last = max(before, key=lambda s: s.timing.end if s.timing else 0)
            if last not in collection_steps(pathway):
                lines.append(f"{last.title}: {_when(last, dates[last.id])}.")
        return "\n".join(lines)


def _when(step: Step, dates: tuple[dt.date, dt.date]) -> str:
    """A window (the step happens on one day in it) reads 'sometime between X and Y'."""
    return step_date_words(step, dates)

