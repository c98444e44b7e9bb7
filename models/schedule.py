"""A patient's own calendar dates, worked out from the pathway's typical timings.

Every step's ``timing`` counts days from day 0 (what day 0 is, the pathway says in
``day_zero``), so a planned day-0 date turns each timing into calendar dates. Nothing
here is stored anywhere: the dates live only as long as the caller keeps them (see
``PathwayDocument``).

A pathway may name a second day booked ahead (``booked_day``, e.g. the cell collection).
The rule, kept deliberately simple so it can be explained in one breath:

* The steps ``booked_day.steps`` lists (those with a timing) happen on the booked day.
  Their typical timing is a window ("days -28 to -14"); once the day is booked, the step
  happens on that one day.
* A step that typically *starts on the same day* as one of those (making the cells starts
  when they arrive at the lab) starts on the booked day and keeps its usual end relative
  to day 0.
* Every other step keeps its dates relative to day 0. Steps without a timing (branches)
  get no dates: when they happen is not known in advance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .schema import Pathway, Step
from .wording.patient_words import day_zero_words
from .wording.schedule_words import (
    booked_day_not_before_day_zero,
    booked_day_unusual,
    booked_not_a_date,
    day_zero_not_a_date,
    day_zero_too_late,
)

StepDates = dict[str, tuple[dt.date, dt.date]]


def step_dates(
    pathway: Pathway, infusion_date: dt.date, collection_date: dt.date | None = None
) -> StepDates:
    """Calendar dates ``(first day, last day)`` for every step that has a timing.

    ``infusion_date`` is day 0 and ``collection_date`` the pathway's booked day (the names
    are kept for callers written when both were fixed). Raises :class:`ValueError`, said in the
    interface language, when the dates cannot be right (the booked day on or after day 0, or
    dates outside the calendar). A pathway without a booked day ignores ``collection_date``.
    """
    infusion_date = _as_date(infusion_date, day_zero_not_a_date)
    if collection_date is not None:
        collection_date = _as_date(collection_date, booked_not_a_date)
        if pathway.booked_day is not None and collection_date >= infusion_date:
            raise ValueError(booked_day_not_before_day_zero(
                pathway.booked_day.label, collection_date, day_zero_words(pathway), infusion_date))

    out: StepDates = {}
    for step in pathway.steps:
        if step.timing is None:
            continue
        try:
            out[step.id] = (
                infusion_date + dt.timedelta(days=step.timing.start),
                infusion_date + dt.timedelta(days=step.timing.end),
            )
        except OverflowError:
            raise ValueError(day_zero_too_late(infusion_date)) from None

    if collection_date is not None:
        booked = collection_steps(pathway)
        collection_starts = {s.timing.start for s in booked if s.timing is not None}
        booked_ids = {s.id for s in booked}
        for step in pathway.steps:
            if step.id not in out or step.timing is None:
                continue
            if step.id in booked_ids:
                out[step.id] = (collection_date, collection_date)
            elif step.timing.start in collection_starts:
                # Starts when the cells are collected; a booked collection later than the
                # typical end still gives a valid (one-day) range, never an inverted one.
                end = out[step.id][1]
                out[step.id] = (collection_date, max(collection_date, end))
    return out


def booked_day_note(pathway: Pathway, day_zero: dt.date, booked: dt.date | None) -> str:
    """A word of caution ('' if none) when the booked day falls outside the usual time the
    pathway gives its steps: a year typed wrong gave a handout whose cell making ran "1 Jan
    2026 to 4 Mar 2027" beside "about 1 to 3 weeks". Such dates are still used."""
    if booked is None or pathway.booked_day is None:
        return ""
    day_zero = _as_date(day_zero, day_zero_not_a_date)
    booked = _as_date(booked, booked_not_a_date)
    for step in collection_steps(pathway):
        assert step.timing is not None
        try:
            first = day_zero + dt.timedelta(days=step.timing.start)
            last = day_zero + dt.timedelta(days=step.timing.end)
        except OverflowError:
            return ""  # step_dates says why such a day 0 cannot be used
        if not first <= booked <= last:
            return booked_day_unusual(pathway.booked_day.label, booked, first, last)
    return ""


def collection_steps(pathway: Pathway) -> list[Step]:
    """The steps the booked day replaces (see the module docstring), in pathway order."""
    if pathway.booked_day is None:
        return []
    booked = set(pathway.booked_day.steps)
    return [s for s in pathway.steps if s.id in booked and s.timing is not None]


def _as_date(value: object, refusal: Callable[[object], str]) -> dt.date:
    # A datetime is a date too, but its time of day would leak into comparisons.
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise ValueError(refusal(value))
