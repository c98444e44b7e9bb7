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

The content language: ``original`` is the pathway as its file says, ``pathway`` what is
shown, which is the original with a translation laid over it field by field when a content
language is chosen (``models.translation``). A change of language is sent as
``sig_pathway_changed`` (every word may differ: phase bands, arrow labels, roles) but keeps
the selection and the role filter, since the ids are the same.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from models import Pathway, Problem, load_pathway
from models.graph import PathwayGraph
from models.layout import Layout, compute_layout
from models.translation_files import available_translations
from models.wording.patient_words import due_for_review_words
from models.wording.translation_words import not_reviewed_notice
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
    sig_schedule_changed = Signal()  # day 0 or the booked date changed
    sig_content_language_changed = Signal(str)  # the language the pathway's words are shown in

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
        self.original: Pathway | None = None  # as the file says; ``pathway`` may be a translation of it
        self.content_language: str | None = None  # the language ``pathway`` is shown in
        self.content_reviewed: bool = True  # False: a translation no clinician has checked
        self.content_problems: list[Problem] = []  # of the last translation asked for
        # The window's remembered choice for a newly opened pathway (pathway id -> language).
        self.language_for: Callable[[str], str | None] = lambda _pathway_id: None

    def load(self, path: Path | None = None) -> None:
        """Open ``path`` (the bundled pathway if None).

        Raises :class:`models.PathwayError` and leaves the current pathway untouched if the
        file is refused. The bundled pathway comes from the per-user cache once it has been
        validated (core/bundled_cache.py); any other file is always validated in full.
        """
        pathway = load_bundled(user_cache_folder()) if path is None else load_pathway(path)
        self.set_pathway(pathway, path)

    def set_pathway(self, pathway: Pathway, path: Path | None = None) -> None:
        # Absolute: a file opened as "clinic.yaml" is still this file for a crash recovery
        # read from another folder, and for Save after the working folder changed.
        self.original, self.path = pathway, Path(os.path.abspath(path)) if path is not None else None
        self.content_language, self.content_reviewed, self.content_problems = pathway.language, True, []
        shown = pathway
        wanted = self.language_for(pathway.id)
        if wanted is not None and wanted != pathway.language and wanted in self.translations():
            # A refused translation leaves the original on screen, with its problems kept.
            shown = self._translate(wanted) or pathway
        graph = PathwayGraph(shown)
        self.layout = compute_layout(graph)
        self.pathway, self.graph = shown, graph
        self.selected = None
        self.role = None
        self.sig_pathway_changed.emit()
        self.sig_content_language_changed.emit(self.content_language)

    # -- content language --------------------------------------------------------------

    def source_file(self) -> Path | None:
        """The open pathway's file; the bundled pathway's file inside the app when it is open."""
        if self.path is not None:
            return self.path
        from models.loader import bundled_pathway

        return Path(str(bundled_pathway()))

    def translations(self) -> dict[str, Path]:
        """Translation files beside the open pathway, by language (``name.<lang>.yaml``)."""
        source = self.source_file()
        return available_translations(source) if source is not None else {}

    def set_content_language(self, language: str | None) -> bool:
        """Show the pathway's words in ``language`` (None or the pathway's own: the original).

        Returns False, keeps what is shown and leaves the located problems in
        ``content_problems`` when the translation cannot be used. Ids that are only not
        translated yet show the original there and are listed in ``content_problems`` too.
        The selection and role filter stay: a translation has the original's ids.
        """
        if self.original is None:
            return False
        if (language or self.original.language) == self.content_language:
            return True
        if language is None or language == self.original.language:
            self.content_language, self.content_reviewed, self.content_problems = self.original.language, True, []
            self._show(self.original)
            return True
        translated = self._translate(language)
        if translated is None:
            return False
        self._show(translated)
        return True

    def _translate(self, language: str) -> Pathway | None:
        """The original in ``language``, noting its language and review; None if refused."""
        assert self.original is not None
        path = self.translations().get(language)
        if path is None:
            self.content_problems = []
            return None
        from models.translation import open_translation  # its pydantic models: only when a translation is chosen

        opened = open_translation(path, self.original)
        self.content_problems = opened.problems
        if opened.translated is None:
            return None
        self.content_language, self.content_reviewed = opened.translated.language, opened.translated.reviewed
        return opened.translated.pathway

    def _show(self, pathway: Pathway | None) -> None:
        assert pathway is not None
        graph = PathwayGraph(pathway)
        self.layout = compute_layout(graph)
        self.pathway, self.graph = pathway, graph
        self.sig_pathway_changed.emit()
        self.sig_content_language_changed.emit(self.content_language or pathway.language)

    @property
    def words_language(self) -> str:
        """The language the pathway's words on screen are in, for breaking them ('en' when
        there is no pathway or it names none)."""
        return (self.pathway.language if self.pathway is not None else None) or "en"

    @property
    def unreviewed_language(self) -> str | None:
        """The language of a translation on screen that no clinician has checked, else None."""
        return None if self.content_reviewed or self.content_language is None else self.content_language

    def content_notice(self) -> str | None:
        """'This German translation has not yet been checked by a clinician', or None."""
        language = self.unreviewed_language
        return not_reviewed_notice(language) if language is not None else None

    def update_steps(self, pathway: Pathway, step_ids: set[str] | frozenset[str]) -> None:
        """Replace the pathway with a new version of itself in which ``step_ids`` changed.

        Unlike :meth:`set_pathway` nothing the reader chose is reset: the selection stays
        (unless its step is gone), and so do the role filter, the audience and the dates.
        """
        graph = PathwayGraph(pathway)
        self.layout = compute_layout(graph)
        self.pathway, self.graph = pathway, graph
        # Edits are made to the file, so what they give is the original in its own words.
        self.original = pathway
        language_was = self.content_language
        self.content_language, self.content_reviewed, self.content_problems = pathway.language, True, []
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
        if language_was != pathway.language:
            self.sig_content_language_changed.emit(pathway.language)

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
        """Every timed step's calendar dates for the planned day 0 (None without one)."""
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
