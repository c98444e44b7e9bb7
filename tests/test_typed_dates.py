"""A date typed whole is read as people write it, or not at all: never guessed."""

from __future__ import annotations

import datetime as dt

import pytest

from models.typed_dates import read_typed_date

SHOWN = dt.date(2026, 12, 3)  # the date the box showed before typing
MARCH_15 = dt.date(2027, 3, 15)


@pytest.mark.parametrize("typed", [
    "15 Mar 2027", "Mon 15 Mar 2027", "Monday, 15 March 2027", "15th March 2027", "Mar 15, 2027",
    "march 15 2027", "15/03/2027", "15/3/2027", "15.3.2027", "15-3-2027", "15.3.27", "15 Mar 27",
    "2027-03-15", "  15 Mar 2027  ", "15 3 2027", "15 Mar. 2027", "15 mAR 2027",
])
def test_the_common_shapes_of_a_date_are_read(typed: str) -> None:
    assert read_typed_date(typed, reference=SHOWN) == MARCH_15


def test_a_weekday_that_does_not_match_is_ignored_not_trusted() -> None:
    # The box then shows the right weekday (Monday) beside the date that was typed.
    assert read_typed_date("Fri 15 Mar 2027", reference=SHOWN) == MARCH_15


def test_a_date_without_a_year_takes_the_year_the_box_showed() -> None:
    assert read_typed_date("15 Mar", reference=SHOWN) == dt.date(2026, 3, 15)
    assert read_typed_date("15/3", reference=SHOWN) == dt.date(2026, 3, 15)


def test_numbers_alone_follow_the_language_s_order() -> None:
    assert read_typed_date("3/4/2027", reference=SHOWN, day_first=True) == dt.date(2027, 4, 3)
    assert read_typed_date("3/4/2027", reference=SHOWN, day_first=False) == dt.date(2027, 3, 4)
    # A month name settles the order whatever the language's habit.
    assert read_typed_date("Mar 4 2027", reference=SHOWN, day_first=True) == dt.date(2027, 3, 4)


@pytest.mark.parametrize("typed", [
    "", "   ", "15", "March 2027", "31/02/2027", "15/13/2027", "32 Mar 2027", "15?3/2027",
    "next Monday", "15 Mar 2027 and 16 Mar 2027", "15 Mar Apr 2027", "Ma 15 2027", "15/03/12027",
    "15 Mar 2027 3 Dec 2026",
])
def test_what_is_not_one_date_is_not_read(typed: str) -> None:
    assert read_typed_date(typed, reference=SHOWN) is None


def test_names_in_the_interface_language_and_english_both_work() -> None:
    months = [(), (), ("März", "Mär."), *[()] * 9]
    weekdays = [(), ("Dienstag", "Di."), *[()] * 5]
    german = dict(reference=SHOWN, months=months, weekdays=weekdays)
    assert read_typed_date("Di., 10. März 2026", **german) == dt.date(2026, 3, 10)
    assert read_typed_date("10. märz 2026", **german) == dt.date(2026, 3, 10)
    assert read_typed_date("10 Mar 2026", **german) == dt.date(2026, 3, 10)


def test_a_whole_name_wins_over_the_beginning_of_another() -> None:
    # French: "mar." is Tuesday (mardi), though it also begins "mars" (March).
    months = [(), (), ("mars", "mars"), *[()] * 9]
    weekdays = [(), ("mardi", "mar."), *[()] * 5]
    assert read_typed_date("mar. 15 mars 2027", reference=SHOWN, months=months, weekdays=weekdays) == MARCH_15


def test_digits_of_other_scripts_are_read() -> None:
    assert read_typed_date("١٥/٣/٢٠٢٧", reference=SHOWN) == MARCH_15
