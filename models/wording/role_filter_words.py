"""What a screen reader hears about the care-team filter (no Qt).

On the map the chosen person's steps are framed and the others faded: someone who cannot
see that hears it in each step's description and in the view's.
"""

from __future__ import annotations

from ..graph import PathwayGraph
from ..schema import Pathway
from .i18n import QT_TRANSLATE_NOOP, Words, fill

__all__ = ["role_filter_note", "role_step_note"]

TAKES_PART = QT_TRANSLATE_NOOP("Words", "%1 takes part in this step.")
NO_PART = QT_TRANSLATE_NOOP("Words", "%1 has no part in this step.")
FILTERED = QT_TRANSLATE_NOOP("Words", "Showing the steps of %1; each step says whether this person takes part.")


def role_step_note(pathway: Pathway, graph: PathwayGraph, role_id: str | None, step_id: str) -> str:
    """Whether the chosen person takes part in ``step_id``; "" with no person chosen."""
    if role_id is None:
        return ""
    name = pathway.role(role_id).name
    return fill(Words.tr(TAKES_PART if step_id in graph.steps_for_role(role_id) else NO_PART), name)


def role_filter_note(pathway: Pathway, role_id: str | None) -> str:
    """The filter in force, for the view's description; "" with no person chosen."""
    return "" if role_id is None else fill(Words.tr(FILTERED), pathway.role(role_id).name)
