"""The date box every dialog uses: English names, a calendar pop-up, and a sane range."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from models.wording.i18n import Words

DATE_FORMAT = "ddd d MMM yyyy"  # the same shape as models.wording.sections.format_date: "Tue 10 Mar 2026"


def date_edit(parent: QWidget, name: str, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
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
