"""A patient's calendar dates, worked out from the typical timings (models.schedule)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from models import load_pathway
from models.schedule import booked_day_note, step_dates
from models.wording.sections import format_date, format_dates, step_sections

TUESDAY = dt.date(2026, 3, 10)


@pytest.fixture
def small(small_pathway_file: Path):
    return load_pathway(small_pathway_file)


@pytest.fixture
def with_collection_phase(small):
    """The small pathway with its collection step as the day booked ahead."""
    data = small.model_dump(by_alias=True)
    data["booked_day"] = {"label": "cell collection", "steps": ["collect"]}
    for step in data["steps"]:
        if step["id"] == "collect":
            step["timing"] = {"start": -28, "end": -14}
    return type(small).model_validate(data)


def test_dates_follow_the_timings_relative_to_infusion(small) -> None:
    dates = step_dates(small, TUESDAY)
    assert dates["infuse"] == (TUESDAY, TUESDAY)
    assert dates["assess"] == (dt.date(2026, 1, 29), dt.date(2026, 2, 8))  # days -40 to -30
    assert dates["observe"] == (TUESDAY, dt.date(2026, 4, 7))  # days 0 to 28
    assert dates["fever-care"] == (dt.date(2026, 3, 11), dt.date(2026, 3, 24))


def test_steps_without_timing_get_no_dates(small) -> None:
    dates = step_dates(small, TUESDAY)
    assert "not-eligible" not in dates
    assert set(dates) == {s.id for s in small.steps if s.timing is not None}


def test_bundled_lymphodepletion_falls_thursday_to_saturday(bundled) -> None:
    dates = step_dates(bundled, TUESDAY)
    assert format_dates(dates["lymphodepletion"]) == "Thu 5 Mar 2026 to Sat 7 Mar 2026"
    assert format_dates(dates["infusion"]) == "Tue 10 Mar 2026"


def test_dates_reach_the_step_text_with_weekdays(small) -> None:
    dates = step_dates(small, TUESDAY)
    sections = step_sections(small, small.step("infuse"), dates=dates["infuse"])
    timing = next(s for s in sections if s.key == "timing")
    assert "Your planned dates: Tue 10 Mar 2026." in timing.paragraphs


def test_format_date_names_the_weekday_and_month() -> None:
    assert format_date(dt.date(2026, 3, 5)) == "Thu 5 Mar 2026"
    assert format_date(dt.date(2026, 12, 31)) == "Thu 31 Dec 2026"


def test_collection_date_replaces_the_collection_window(with_collection_phase) -> None:
    collection = dt.date(2026, 2, 16)  # day -22, inside the typical window
    dates = step_dates(with_collection_phase, TUESDAY, collection)
    assert dates["collect"] == (collection, collection)
    # Making the cells typically starts on collection day too, so it starts on the booked day
    # and still ends the day before the infusion.
    assert dates["make-cells"] == (collection, dt.date(2026, 3, 9))
    # Everything else still counts from the infusion.
    assert dates["infuse"] == (TUESDAY, TUESDAY)
    assert dates["assess"] == (dt.date(2026, 1, 29), dt.date(2026, 2, 8))  # days -40 to -30


def test_without_a_collection_date_the_window_stays_typical(with_collection_phase) -> None:
    dates = step_dates(with_collection_phase, TUESDAY)
    assert dates["collect"] == (dt.date(2026, 2, 10), dt.date(2026, 2, 24))


def test_collection_date_moves_manufacturing_in_the_bundled_pathway(bundled) -> None:
    collection = dt.date(2026, 2, 17)
    dates = step_dates(bundled, TUESDAY, collection)
    assert dates["leukapheresis"] == (collection, collection)
    # Expected dates from the file's own timings, read without the code under test.
    assert dates["manufacturing"] == (collection, _typical(TUESDAY, "manufacturing")[1])
    assert dates["lymphodepletion"] == _typical(TUESDAY, "lymphodepletion")


# small.yaml's timings (days from the infusion) as calendar dates for an infusion on TUESDAY,
# worked out by hand.
SMALL_DATES = {
    "assess": (dt.date(2026, 1, 29), dt.date(2026, 2, 8)),  # -40 to -30
    "collect": (dt.date(2026, 2, 10), dt.date(2026, 2, 10)),  # -28
    "make-cells": (dt.date(2026, 2, 10), dt.date(2026, 3, 9)),  # -28 to -1
    "infuse": (TUESDAY, TUESDAY),  # 0
    "observe": (TUESDAY, dt.date(2026, 4, 7)),  # 0 to 28
    "fever-care": (dt.date(2026, 3, 11), dt.date(2026, 3, 24)),  # 1 to 14
}


def test_every_step_of_the_small_pathway_gets_its_hand_worked_dates(small) -> None:
    assert step_dates(small, TUESDAY) == SMALL_DATES


def test_a_pathway_without_a_booked_day_ignores_a_booked_date(small) -> None:
    # Which steps a booked date moves is the file's booked_day; without one nothing moves.
    assert step_dates(small, TUESDAY, dt.date(2026, 2, 1)) == SMALL_DATES
    # nor is a date on or after day 0 refused: there is no booked day it could be wrong for
    assert step_dates(small, TUESDAY, dt.date(2026, 3, 11)) == SMALL_DATES
    assert step_dates(small, TUESDAY, TUESDAY) == SMALL_DATES


@pytest.mark.parametrize(
    ("collection", "words"),
    [(dt.date(2026, 3, 11), "after"), (TUESDAY, "the same day as")],
)
def test_collection_on_or_after_infusion_is_refused_plainly(with_collection_phase, collection: dt.date, words: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        step_dates(with_collection_phase, TUESDAY, collection)
    shown = {dt.date(2026, 3, 11): "Wed 11 Mar 2026", TUESDAY: "Tue 10 Mar 2026"}[collection]
    # The booked day and day 0 are named in the pathway's own words (small.yaml names no day 0).
    assert str(excinfo.value) == (
        f"The cell collection date ({shown}) is {words} day 0, the main treatment day (Tue 10 Mar 2026). "
        "In this pathway the cell collection comes before day 0."
    )


def test_a_datetime_counts_as_its_day(small, with_collection_phase) -> None:
    assert step_dates(small, dt.datetime(2026, 3, 10, 23, 59)) == SMALL_DATES
    dates = step_dates(with_collection_phase, TUESDAY, dt.datetime(2026, 2, 16, 8, 30))
    assert dates["collect"] == (dt.date(2026, 2, 16), dt.date(2026, 2, 16))


def test_non_dates_are_refused(small) -> None:
    with pytest.raises(ValueError, match="day 0 date should be a calendar date"):
        step_dates(small, "2026-03-10")  # type: ignore[arg-type]
    with pytest.raises(ValueError) as excinfo:
        step_dates(small, TUESDAY, "2026-02-16")  # type: ignore[arg-type]
    assert str(excinfo.value) == "The booked date should be a calendar date, not '2026-02-16'"


def test_dates_beyond_the_calendar_are_refused_plainly(small) -> None:
    with pytest.raises(ValueError, match="too close to the end of the calendar"):
        step_dates(small, dt.date(9999, 12, 30))
    # small.yaml's steps start 40 days before day 0: a day 0 in year 1 runs off the start.
    with pytest.raises(ValueError, match="The day 0 date 0001-01-02 is too close to the start of the calendar"):
        step_dates(small, dt.date(1, 1, 2))


def test_a_booked_day_outside_its_usual_time_is_used_but_questioned(bundled) -> None:
    # The bundled collection is usually 28 to 14 days before day 0; a year typed wrong
    # gave cells "made from 1 Jan 2026 to 4 Mar 2027" beside "about 1 to 3 weeks".
    usual_first, usual_last = _typical(TUESDAY, "leukapheresis")
    for fine in (usual_first, usual_last):
        assert booked_day_note(bundled, TUESDAY, fine) == ""
    assert booked_day_note(bundled, TUESDAY, None) == ""
    typo = dt.date(2025, 2, 17)
    assert step_dates(bundled, TUESDAY, typo)["leukapheresis"] == (typo, typo)  # still used
    assert booked_day_note(bundled, TUESDAY, typo) == (
        f"Please check: the cell collection date ({format_date(typo)}) is outside its usual time in this "
        f"pathway, {format_date(usual_first)} to {format_date(usual_last)}.")
    assert booked_day_note(bundled, TUESDAY, usual_last + dt.timedelta(days=1)) != ""


@pytest.fixture
def bundled():
    from models import bundled_pathway

    return load_pathway(bundled_pathway())


def _typical(infusion: dt.date, step_id: str) -> tuple[dt.date, dt.date]:
    """A bundled step's typical dates, from the raw file (not from the code under test)."""
    from models import bundled_pathway

    raw = yaml.safe_load(bundled_pathway().read_text(encoding="utf-8"))
    [timing] = [s["timing"] for s in raw["steps"] if s["id"] == step_id]
    return infusion + dt.timedelta(days=timing["start"]), infusion + dt.timedelta(days=timing["end"])
