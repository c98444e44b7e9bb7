"""The pathway itself: format, loading, graph, validation and layout. Never imports Qt."""

from __future__ import annotations

from .loader import bundled_pathway, load_pathway, load_pathway_bytes
from .problems import PathwayError, Problem
from .schema import (
    CallWhom,
    CareTeamEntry,
    Change,
    ChoiceOption,
    DayRange,
    DayZero,
    Duration,
    LocalChoice,
    Pathway,
    Phase,
    Review,
    Reviewer,
    Role,
    Setting,
    Source,
    Step,
    TimeUnit,
    Transition,
    TransitionKind,
    UrgentSign,
)

__all__ = [
    "CallWhom",
    "CareTeamEntry",
    "Change",
    "ChoiceOption",
    "DayRange",
    "DayZero",
    "Duration",
    "LocalChoice",
    "Review",
    "Reviewer",
    "UrgentSign",
    "Pathway",
    "PathwayError",
    "Phase",
    "Problem",
    "Role",
    "Setting",
    "Source",
    "Step",
    "TimeUnit",
    "Transition",
    "TransitionKind",
    "bundled_pathway",
    "load_pathway",
    "load_pathway_bytes",
]
