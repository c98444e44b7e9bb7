"""The date box every dialog uses: names in the interface language, a calendar pop-up, a
sane range, and a whole date typed over it read as people write dates.

Qt's date box edits one part at a time: a date typed over it ("15 Mar 2027", "15/03/2027")
was thrown away, and typed after a Tab it replaced only the weekday. This box selects the
whole date when the keyboard brings the user in, reads what is typed with
:func:`models.typed_dates.read_typed_date`, and keeps what it could not read so the dialog
can say so (never silently keeping the old date, never guessing). Enter on such text does
nothing (the dialog's default button is not pressed); leaving the box puts back the date it
had before the typing, never a date Qt made of a part of what was typed ("2026-02-3" of
"2026-02-31").
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QWidget

from models.typed_dates import read_typed_date
from models.wording.i18n import Words, fill

DATE_FORMAT = "ddd d MMM yyyy"  # the same shape as models.wording.sections.format_date: "Tue 10 Mar 2026"


class TypedDateEdit(QDateEdit):
    """A QDateEdit that also takes a whole date typed in any common shape."""

    sig_unread_changed = Signal()  # unread() has changed: the dialog re-checks its fields
    sig_enter_refused = Signal()  # Enter on text that could not be read: the dialog says why, aloud too

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._unread = ""
        # The date before the text now in the box was typed: a date read from a part of it
        # (while typing) is not one anybody chose.
        self._kept: QDate | None = None
        self._putting_back = False
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
        shown = self._kept if self._kept is not None else self.date()  # not one made of a part of the text
        example = self.textFromDateTime(QDateTime(shown, QTime(0, 0)))
        numeric = shown.toString("d/M/yyyy" if self._day_first() else "M/d/yyyy")
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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Enter on what could not be read: Qt would take the date it made of the text (or the
        # old one) and pass the key on to the dialog, which then used that date.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._unread:
            event.accept()
            self.sig_enter_refused.emit()
            return
        if self._kept is None:
            # Before the key: a digit typed may already be read as a date (Qt takes it at once).
            self._kept = self.date()
        super().keyPressEvent(event)

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
        if self._putting_back:
            return
        if self._read(self.lineEdit().text()) is not None:
            self._set_unread("")
            if not self.lineEdit().isModified():
                self._kept = None  # a date chosen (arrows, calendar, the dialog): nothing to put back

    def _set_unread(self, text: str) -> None:
        if text != self._unread:
            self._unread = text
            self.sig_unread_changed.emit()

    def _tidy(self) -> None:
        # A date typed as "15/03/2027" is shown again in the box's own shape once it is taken.
        # What could not be read stays in unread() after the date before it is put back, so
        # the dialog keeps saying so until the box is changed.
        if self._unread and self._kept is not None and self.date() != self._kept:
            self._putting_back = True
            try:
                self.setDate(self._kept)
            finally:
                self._putting_back = False
        if not self._unread:
            self._kept = None
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
