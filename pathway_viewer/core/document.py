"""The one owner of what the user is looking at; every view subscribes to its signals.

Views never keep their own copy of the pathway, the selection, the role filter or the
clinic's settings: they read them from here when a signal says something changed
(HOUSE.md: one owner of truth). Nothing here is written to disk: the patient's dates live
only in memory, and the window saves the clinic's settings to QSettings itself.

Two content signals, because they ask for different things:

- ``sig_pathway_changed``: a new pathway was opened. Views start afresh: the selection and
  role are cleared, the zoom fits the new drawing, the presenter goes back to step 1.
- ``sig_steps_changed(step_ids)``: the content of these steps changed in the same pathway
  (the editing work's foundation). Views redraw what changed and keep the selection, the
  role filter, the zoom and the presenter's position.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from models import Pathway, load_pathway
from models.graph import PathwayGraph
from models.layout import Layout, compute_layout
from models.wording.patient_words import due_for_review_words
from models.schedule import StepDates, step_dates

from .bundled_cache import load_bundled, user_cache_folder
from .clinic import ClinicInfo

AUDIENCES = ("patient", "clinician")


class PathwayDocument(QObject):
    sig_pathway_changed = Signal()  # a new pathway was opened: views start afresh
    sig_steps_changed = Signal(object)  # frozenset of step ids whose content changed: views keep their place
    sig_clinic_changed = Signal()  # the clinic's name, numbers or local rules changed
    sig_selection_changed = Signal(object)  # step id, or None
    sig_role_changed = Signal(object)  # role id, or None
    sig_audience_changed = Signal(str)  # "patient" or "clinician"
    sig_schedule_changed = Signal()  # infusion or collection date changed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pathway: Pathway | None = None
        self.graph: PathwayGraph | None = None
        self.layout: Layout | None = None
        self.path: Path | None = None  # None: the bundled pathway
        self.selected: str | None = None
        self.role: str | None = None
        self.audience: str = "patient"
        self.infusion_date: dt.date | None = None
        self.collection_date: dt.date | None = None
        self.clinic: ClinicInfo = ClinicInfo()
        # Views ask the document for today (review due dates, "prepared on") so tests can set it.
        self.today: Callable[[], dt.date] = dt.date.today

    def load(self, path: Path | None = None) -> None:
        """Open ``path`` (the bundled pathway if None).

        Raises :class:`models.PathwayError` and leaves the current pathway untouched if the
        file is refused. The bundled pathway comes from the per-user cache once it has been
        validated (core/bundled_cache.py); any other file is always validated in full.
        """
        pathway = load_bundled(user_cache_folder()) if path is None else load_pathway(path)
        self.set_pathway(pathway, path)

    def set_pathway(self, pathway: Pathway, path: Path | None = None) -> None:
        graph = PathwayGraph(pathway)
        self.layout = compute_layout(graph)
        self.pathway, self.graph, self.path = pathway, graph, path
        self.selected = None
        self.role = None
        self.sig_pathway_changed.emit()

    def update_steps(self, pathway: Pathway, step_ids: set[str] | frozenset[str]) -> None:
        """Replace the pathway with a new version of itself in which ``step_ids`` changed.

        Unlike :meth:`set_pathway` nothing the reader chose is reset: the selection stays
        (unless its step is gone), and so do the role filter, the audience and the dates.
        """
        graph = PathwayGraph(pathway)
        self.layout = compute_layout(graph)
        self.pathway, self.graph = pathway, graph
        selection_gone = self.selected is not None and not graph.has_step(self.selected)
        role_gone = self.role is not None and all(r.id != self.role for r in pathway.roles)
        # Cleared before the views hear of the change: they read the selection while redrawing.
        if selection_gone:
            self.selected = None
        if role_gone:
            self.role = None
        self.sig_steps_changed.emit(frozenset(step_ids))
        if selection_gone:
            self.sig_selection_changed.emit(None)
        if role_gone:
            self.sig_role_changed.emit(None)

    def set_clinic(self, clinic: ClinicInfo) -> None:
        if clinic != self.clinic:
            self.clinic = clinic
            self.sig_clinic_changed.emit()

    def chosen(self) -> dict[str, str]:
        """The clinic's answers to the open pathway's local choices, keyed by choice id."""
        return self.clinic.chosen(self.pathway.id) if self.pathway is not None else {}

    @property
    def temperature_unit(self) -> str:
        return self.clinic.temperature_unit

    def due_words(self) -> str | None:
        """'Due for review since <date>' when the pathway's next review has come, else None."""
        return due_for_review_words(self.pathway, self.today()) if self.pathway is not None else None

    @property
    def display_name(self) -> str:
        return self.path.name if self.path is not None else QCoreApplication.translate("Document", "bundled pathway")

    def select(self, step_id: str | None) -> None:
        if step_id is not None and (self.graph is None or not self.graph.has_step(step_id)):
            return
        if step_id != self.selected:
            self.selected = step_id
            self.sig_selection_changed.emit(step_id)

    def set_role(self, role_id: str | None) -> None:
        if role_id != self.role:
            self.role = role_id
            self.sig_role_changed.emit(role_id)

    def role_steps(self) -> set[str]:
        """Steps the chosen role takes part in (every step when no role is chosen)."""
        if self.graph is None:
            return set()
        if self.role is None:
            return set(self.graph.step_ids)
        return set(self.graph.steps_for_role(self.role))

    def set_audience(self, audience: str) -> None:
        if audience not in AUDIENCES:
            raise ValueError(f"audience must be one of {AUDIENCES}")
        if audience != self.audience:
            self.audience = audience
            self.sig_audience_changed.emit(audience)

    def step_dates(self) -> StepDates | None:
        """Every timed step's calendar dates for the planned infusion (None without one)."""
        if self.pathway is None or self.infusion_date is None:
            return None
        try:
            return step_dates(self.pathway, self.infusion_date, self.collection_date)
        except ValueError:  # the dates dialog refuses these; a newly opened pathway could still clash
            return None

    def dates_for(self, step_id: str) -> tuple[dt.date, dt.date] | None:
        dates = self.step_dates()
        return dates.get(step_id) if dates is not None else None

    def set_schedule(self, infusion_date: dt.date | None, collection_date: dt.date | None = None) -> None:
        if (infusion_date, collection_date) != (self.infusion_date, self.collection_date):
            self.infusion_date, self.collection_date = infusion_date, collection_date
            self.sig_schedule_changed.emit()
