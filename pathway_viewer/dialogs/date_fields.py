"""The date box every dialog uses: names in the interface language, a calendar pop-up, a
sane range, and a whole date typed over it read as people write dates.

Qt's date box edits one part at a time: a date typed over it ("15 Mar 2027", "15/03/2027")
was thrown away, and typed after a Tab it replaced only the weekday. This box selects the
whole date when the keyboard brings the user in, reads what is typed with
:func:`models.typed_dates.read_typed_date`, and keeps what it could not read so the dialog
can say so (never silently keeping the old date, never guessing).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from models.typed_dates import read_typed_date
from models.wording.i18n import Words, fill

DATE_FORMAT = "ddd d MMM yyyy"  # the same shape as models.wording.sections.format_date: "Tue 10 Mar 2026"


class TypedDateEdit(QDateEdit):
    """A QDateEdit that also takes a whole date typed in any common shape."""

    sig_unread_changed = Signal()  # unread() has changed: the dialog re-checks its fields

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unread = ""
        self.lineEdit().textEdited.connect(self._typed)
        self.dateChanged.connect(self._forget_unread)
        self.editingFinished.connect(self._tidy)

    # --- what the dialogs ask -------------------------------------------------------------

    def unread(self) -> str:
        """What was typed and could not be read as a date ('' when there is nothing such)."""
        return self._unread

    def unread_problem(self, label: str) -> str:
        """Plain words for a dialog when this box holds text it could not read, else ''."""
        if not self._unread:
            return ""
        example = self.textFromDateTime(self.dateTime())
        numeric = self.date().toString("d/M/yyyy" if self._day_first() else "M/d/yyyy")
        return fill(
            QCoreApplication.translate(
                "DialogsDateFields",
                "%1: \u201c%2\u201d is not a date the viewer can read. Type it like %3 or %4, "
                "or pick it from the calendar.",
            ),
            label, self._unread, example, numeric,
        )

    # --- Qt's hooks ----------------------------------------------------------------------

    def validate(self, text: str, pos: int) -> object:  # noqa: N802 - Qt override
        # Never Invalid: any key is let in, so a date can be typed whole; the box only
        # takes it as its value once it reads as one.
        state = QValidator.State.Acceptable if self._read(text) is not None else QValidator.State.Intermediate
        return state, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt override
        day = self._read(text)
        if day is None:
            return self.dateTime()
        return QDateTime(QDate(day.year, day.month, day.day), QTime(0, 0))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        # Coming in by keyboard, what is typed replaces the whole date, not only its weekday.
        if event.reason() != Qt.FocusReason.MouseFocusReason:
            self.lineEdit().selectAll()

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        # With the whole date selected, Qt would step the part the cursor ends on (the year);
        # the arrow keys step a day, as they do on the weekday or the day.
        edit = self.lineEdit()
        if edit.text() and edit.selectedText() == edit.text():
            self.setDate(self.date().addDays(steps))
            edit.selectAll()
            return
        super().stepBy(steps)

    # --- reading ---------------------------------------------------------------------------

    def _read(self, text: str) -> dt.date | None:
        locale = self.locale()
        long_, short = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
        months = [
            (locale.monthName(m, long_), locale.monthName(m, short),
             locale.standaloneMonthName(m, long_), locale.standaloneMonthName(m, short))
            for m in range(1, 13)
        ]
        weekdays = [(locale.dayName(d, long_), locale.dayName(d, short)) for d in range(1, 8)]
        day = read_typed_date(text, reference=self.date().toPython(), day_first=self._day_first(),
                              months=months, weekdays=weekdays)
        if day is None or not self.minimumDate().toPython() <= day <= self.maximumDate().toPython():
            return None
        return day

    def _day_first(self) -> bool:
        short = self.locale().dateFormat(QLocale.FormatType.ShortFormat)
        return short.find("d") <= short.find("M") or short.find("d") < 0

    def _typed(self, text: str) -> None:
        unread = "" if self._read(text) is not None or not text.strip() else text.strip()
        self._set_unread(unread)

    def _forget_unread(self, *_: object) -> None:
        if self._read(self.lineEdit().text()) is not None:
            self._set_unread("")

    def _set_unread(self, text: str) -> None:
        if text != self._unread:
            self._unread = text
            self.sig_unread_changed.emit()

    def _tidy(self) -> None:
        # A date typed as "15/03/2027" is shown again in the box's own shape once it is taken.
        # What could not be read stays in unread() after Qt puts the last date back, so the
        # dialog keeps saying so until the box is changed.
        shown = self.textFromDateTime(self.dateTime())
        if self.lineEdit().text() != shown:
            self.lineEdit().setText(shown)


def date_edit(parent: QWidget, name: str, day: dt.date | None = None) -> TypedDateEdit:
    edit = TypedDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    # Day and month names in the interface language, in the same shape as every other date
    # in the app ("Tue 10 Mar 2026", German "Di., 10. März 2026"). English stays British.
    locale = QLocale()
    if locale.language() in (QLocale.Language.English, QLocale.Language.C):
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    edit.setLocale(locale)
    edit.setDisplayFormat(Words.tr(DATE_FORMAT, "date format: weekday, day, month, year"))
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setMaximumDate(QDate(2100, 12, 31))
    if day is not None:
        edit.setDate(qdate(day))
    return edit


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
