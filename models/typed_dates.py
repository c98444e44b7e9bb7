"""Reading a date as people type it: "15 Mar 2027", "Mon 15 March 2027", "15/3/2027",
"2027-03-15", "15.3.27", "Mar 15, 2027" or just "15 Mar".

A date box that only lets a user change one part at a time (day, then month, then year)
ignored a whole date typed over it. This reads the common shapes instead. Numbers alone
are read day first or month first as the interface language writes dates; a year of two
digits is in this century; a date with no year takes the year of ``reference`` (the date
the box showed). A weekday is allowed and ignored (the box shows the right one after).
Month and weekday names come from the caller in the interface language, and English
always works too. Anything else, or a day the calendar does not have (31 Feb), is not
read: the caller says so rather than guessing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
SHORTEST_PREFIX = 3  # "Sep" or "sept" reads as September; "Ma" could be March or May
ORDINAL_ENDINGS = ("st", "nd", "rd", "th")  # "15th March"

_TOKEN = re.compile(r"\d+|[^\W\d_]+\.?", re.UNICODE)
_ALLOWED_BETWEEN = re.compile(r"[\s,./\-]*", re.UNICODE)


def _plain(word: str) -> str:
    return word.casefold().rstrip(".")


def _names_match(word: str, names: Sequence[Sequence[str]], *, beginning: bool) -> int | None:
    """The 1-based place of ``word`` among ``names`` (each entry: that month's or weekday's
    spellings), by a whole spelling, or with ``beginning`` by a beginning of at least three
    letters; None if no entry or more than one matches."""
    found = set()
    for number, spellings in enumerate(names, start=1):
        for spelling in spellings:
            plain = _plain(spelling)
            if plain and (word == plain or (beginning and len(word) >= SHORTEST_PREFIX and plain.startswith(word))):
                found.add(number)
    return found.pop() if len(found) == 1 else None


def _name_kind(word: str, months: Sequence[Sequence[str]], weekdays: Sequence[Sequence[str]]) -> tuple[str, int] | None:
    """("month", n) or ("weekday", n): a whole name first, so French "mar." (Tuesday) is a
    weekday though it begins "mars" (March)."""
    for beginning in (False, True):
        for kind, names in (("month", months), ("weekday", weekdays)):
            number = _names_match(word, names, beginning=beginning)
            if number is not None:
                return kind, number
    return None


def _year(digits: str) -> int:
    return 2000 + int(digits) if len(digits) <= 2 else int(digits)


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def read_typed_date(
    text: str,
    *,
    reference: dt.date,
    day_first: bool = True,
    months: Sequence[Sequence[str]] = (),
    weekdays: Sequence[Sequence[str]] = (),
) -> dt.date | None:
    """The date ``text`` names, or None when it names none (or more than one reading fits).

    ``months`` holds twelve entries and ``weekdays`` seven, each the spellings of that name
    in the interface language (long and short); English names are always understood.
    """
    month_names = [(*(months[i] if i < len(months) else ()), ENGLISH_MONTHS[i]) for i in range(12)]
    weekday_names = [(*(weekdays[i] if i < len(weekdays) else ()), ENGLISH_WEEKDAYS[i]) for i in range(7)]
    tokens = list(_TOKEN.finditer(text))
    # Only spaces and the usual separators may stand between the parts: "15?3" is not a date.
    gaps = [text[:tokens[0].start()] if tokens else text]
    gaps += [text[a.end():b.start()] for a, b in zip(tokens, tokens[1:])]
    gaps.append(text[tokens[-1].end():] if tokens else "")
    if not tokens or not all(_ALLOWED_BETWEEN.fullmatch(gap) for gap in gaps):
        return None

    numbers: list[str] = []
    month: int | None = None
    for index, match in enumerate(tokens):
        token = match.group()
        if token[0].isdigit():
            numbers.append(token)
            continue
        word = _plain(token)
        if word in ORDINAL_ENDINGS and index and tokens[index - 1].end() == match.start() and tokens[index - 1].group()[0].isdigit():
            continue  # "15th": the ending belongs to the number before it
        kind = _name_kind(word, month_names, weekday_names)
        if kind is None or (kind[0] == "month" and month is not None):
            return None  # a word that is neither a month nor a weekday, or a second month
        if kind[0] == "month":
            month = kind[1]
    if any(len(n) > 4 for n in numbers):
        return None
    # Written with three or four digits, a number can only be a year.
    years = [int(n) for n in numbers if len(n) > 2]
    small = [n for n in numbers if len(n) <= 2]
    if month is not None:
        return _with_month_name(small, years, month, reference)
    if len(numbers) == 3 and len(numbers[0]) > 2:  # 2027-03-15
        return _make(int(numbers[0]), int(numbers[1]), int(numbers[2]))
    if len(numbers) not in (2, 3) or len(small) < 2 or numbers[:2] != small[:2]:
        return None
    first, second = int(numbers[0]), int(numbers[1])
    day, month_number = (first, second) if day_first else (second, first)
    year = _year(numbers[2]) if len(numbers) == 3 else reference.year
    return _make(year, month_number, day)


def _with_month_name(small: list[str], years: list[int], month: int, reference: dt.date) -> dt.date | None:
    if len(small) == 2 and not years:  # "15 Mar 27": the second small number is the year
        small, years = small[:1], [_year(small[1])]
    if len(small) != 1 or len(years) > 1:
        return None
    return _make(years[0] if years else reference.year, month, int(small[0]))
