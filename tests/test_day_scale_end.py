"""The timeline's axis ends where the journey does (a tester's report).

The German stem-cell pathway's last step runs from day 365 to day 1826 (five years); the
axis ran on to the next tick a reader knows, "10 years after", with no tick near five
years, and a patient may read ten years of follow-up. A journey that ends on a tick, or a
little after one, now ends on its own last day with that tick there; one that ends far
past a tick still runs on to the next (the ticks are the words a reader knows).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models.day_scale import TICK_NEAR_END_UNITS, rounded_span
from test_timeline_fit import timeline_at

GERMAN = Path(__file__).parent / "data" / "stammzelltransplantation_de.yaml"

# (journey's last day, the axis's last day), worked by hand: ten times the log of the ratio
# of days past day 4 gives the squeezed distance (day_units), 2 at most counts as a little.
ENDS = [
    (1826, 1826),  # the tester's file: 10 ln(1823/1821) = 0.01 past "5 years" (day 1825)
    (1825, 1825),  # on "5 years"
    (2000, 2000),  # 10 ln(1997/1821) = 0.92 past "5 years"
    (2300, 3649),  # 10 ln(2297/1821) = 2.32 past "5 years": on to "10 years" (day 3650)
    (400, 400),  # 10 ln(397/361) = 0.95 past "1 year"
    (222, 364),  # 10 ln(219/178) = 2.07 past "6 months": on to "1 year"
    (100, 100),  # 10 ln(97/87) = 1.09 past "3 months"; main ran on to "6 months" (day 181)
    (20, 27),  # 10 ln(17/10) = 5.3 past day 14 (no tick after day 0 until "1 month", day 28)
]


@pytest.mark.parametrize(("last", "axis_last"), ENDS)
def test_the_axis_ends_with_the_journey_where_a_tick_is_there(last: int, axis_last: int) -> None:
    assert TICK_NEAR_END_UNITS == 2.0
    assert rounded_span(-28, last) == (-28, axis_last)


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 700)])
def test_a_five_year_follow_up_ends_at_five_years_on_screen(qtbot: QtBot, tmp_path: Path, size: tuple[int, int]) -> None:
    window = timeline_at(qtbot, tmp_path, GERMAN, size)
    axis = window.timeline_scene.axis()
    assert axis is not None
    labels = axis.tick_labels()
    # The far end says five years, and nothing says ten.
    assert labels[-1] == "5 years after"
    assert "10 years after" not in labels
    # The yearly follow-up's bar ends where the axis does (day 1826 is the last day; the
    # axis ends after it), the "5 years" tick a day before.
    row = window.timeline_scene.row("langzeitnachsorge")
    bar = row.mapRectToScene(row.bar_rect())
    assert axis.day_x(1827) == pytest.approx(bar.right(), abs=1.0)
    assert axis.day_x(1827) - axis.day_x(1825) < 1.0
    window.grab().save(f"/tmp/errors-test-five-years-{size[0]}.png")


@pytest.mark.parametrize(("day_zero", "day", "date"), [
    ("2026-09-15", 1825, "2031-09-15"),  # "5 years after": day 1825 was 14 Sep 2031
    ("2026-09-15", -182, "2026-03-15"),  # "6 months before": day -182 was 17 Mar 2026
    ("2026-09-15", 28, "2026-10-15"),  # "1 month"
    ("2026-01-31", 28, "2026-02-28"),  # a month with fewer days: its last
    ("2026-09-15", 7, "2026-09-22"),  # "day +7": day by day
    ("2026-09-15", -14, "2026-09-01"),
])
def test_a_tick_named_in_months_or_years_is_dated_by_the_calendar(day_zero: str, day: int, date: str) -> None:
    # A patient reads the date under "5 years after" as that anniversary.
    import datetime as dt

    from models.day_scale import TICKS, tick_date

    assert day in {d for d, _ in TICKS}
    assert tick_date(dt.date.fromisoformat(day_zero), day) == dt.date.fromisoformat(date)
