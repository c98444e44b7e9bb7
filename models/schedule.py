"""A patient's own calendar dates, worked out from the pathway's typical timings.

Every step's ``timing`` counts days from the infusion (day 0), so a planned infusion date
turns each timing into calendar dates. Nothing here is stored anywhere: the dates live
only as long as the caller keeps them (see ``PathwayDocument``).

The collection rule, kept deliberately simple so it can be explained in one breath:

* A *collection step* is a step with a timing whose phase id is ``"leukapheresis"``
  (:data:`COLLECTION_PHASE`). Its typical timing is a window ("days -28 to -14");
  once the collection day is booked, the step happens on that one day.
* A step that typically *starts on the same day as the collection* (manufacturing
  starts when the cells arrive at the lab) starts on the booked collection day and
  keeps its usual end relative to the infusion.
* Every other step keeps its dates relative to the infusion. Steps without a timing
  (branches such as "collecting cells again") get no dates: when they happen is not
  known in advance.
"""

from __future__ import annotations

import datetime as dt

from .schema import Pathway, Step
from .wording.sections import format_date

COLLECTION_PHASE = "leukapheresis"

StepDates = dict[str, tuple[dt.date, dt.date]]


def step_dates(
    pathway: Pathway, infusion_date: dt.date, collection_date: dt.date | None = None
) -> StepDates:
    """Calendar dates ``(first day, last day)`` for every step that has a timing.

    Raises :class:`ValueError` with a plain message when the dates cannot be right
    (collection on or after the infusion, or dates outside the calendar).
    """
    infusion_date = _as_date(infusion_date, "infusion")
    if collection_date is not None:
        collection_date = _as_date(collection_date, "collection")
        if collection_date >= infusion_date:
            when = "the same day as" if collection_date == infusion_date else "after"
            raise ValueError(
                f"The cell collection date ({format_date(collection_date)}) is {when} the infusion date "
                f"({format_date(infusion_date)}). The cells are collected first and made in a lab, "
                "so collection comes weeks before the infusion."
            )

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
            raise ValueError(
                f"The infusion date {infusion_date.isoformat()} is too close to the end of the calendar"
            ) from None

    if collection_date is not None:
        collection_starts = {s.timing.start for s in collection_steps(pathway) if s.timing is not None}
        for step in pathway.steps:
            if step.id not in out or step.timing is None:
                continue
            if is_collection_step(step):
                out[step.id] = (collection_date, collection_date)
            elif step.timing.start in collection_starts:
                # Starts when the cells are collected; a booked collection later than the
                # typical end still gives a valid (one-day) range, never an inverted one.
                end = out[step.id][1]
                out[step.id] = (collection_date, max(collection_date, end))
    return out


def is_collection_step(step: Step) -> bool:
    return step.phase == COLLECTION_PHASE and step.timing is not None


def collection_steps(pathway: Pathway) -> list[Step]:
    """The steps the booked collection date replaces (see the module docstring)."""
    return [s for s in pathway.steps if is_collection_step(s)]


def _as_date(value: object, what: str) -> dt.date:
    # A datetime is a date too, but its time of day would leak into comparisons.
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise ValueError(f"The {what} date should be a calendar date, not {value!r}")
