"""The pathway itself: format, loading, graph, validation and layout. Never imports Qt."""

from __future__ import annotations

from .loader import bundled_pathway, load_pathway, load_pathway_bytes
from .problems import PathwayError, Problem
from .schema import (
    CareTeamEntry,
    DayRange,
    Duration,
    Pathway,
    Phase,
    Role,
    Setting,
    Source,
    Step,
    TimeUnit,
    Transition,
    TransitionKind,
)

__all__ = [
    "CareTeamEntry",
    "DayRange",
    "Duration",
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
