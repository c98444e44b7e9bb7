"""Train mode, for :class:`MainWindow`: open the train window, show a step on the map, and
save a session's record where the user chooses (only the window opens file dialogs).

A mixin kept apart so the window's module stays readable. The train window is made on
first use: nobody needs it to show the journey.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.wording.i18n import fill

from ..core.atomic import WriteError
from . import actions as A

if TYPE_CHECKING:
    from ..training.view import TrainingRecord, TrainView
    from .main_window import MainWindow

TRAINING_FILTERS = {"csv": QT_TRANSLATE_NOOP("FileFilters", "CSV table (*.csv)"), "pdf": QT_TRANSLATE_NOOP("FileFilters", "PDF document (*.pdf)")}


class TrainingCommands:
    """Tools > Train, for :class:`MainWindow` (``self`` is the window)."""

    def show_training(self: MainWindow) -> TrainView | None:
        if self.document.pathway is None:
            return None
        if self.training is None:
            from ..training.view import TrainView

            self.training = TrainView(self.document, self.theme, self, glossary=self.glossary)
            self.training.sig_show_step.connect(self.show_step_on_map)
            self.training.sig_export.connect(self.export_training_dialog)
            self.training.sig_pass_mark_changed.connect(lambda percent: self.settings.set("training/pass_mark", percent))
        # Read on every opening, so a pass mark changed in the settings applies to the next session.
        self.training.set_pass_mark(min(100, max(1, self.settings.get("training/pass_mark"))) / 100)
        self.training.show()
        self.training.raise_()
        self.training.activateWindow()
        return self.training

    def show_step_on_map(self: MainWindow, step_id: str) -> None:
        """"Show this step on the map": the journey in the middle, the step chosen and centred."""
        self.show_view("journey", remember=False)
        self.actions[A.VIEW_JOURNEY].setChecked(True)
        self.document.select(step_id)
        self._center_on(step_id)
        self.details.show()
        self.raise_()
        self.activateWindow()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_training_dialog(self: MainWindow, kind: str, record: TrainingRecord) -> None:
        pathway = self.document.pathway
        stem = f"{pathway.id if pathway is not None else 'training'}-training-{record.header.date.isoformat()}"
        start = Path(self.settings.get("files/last_dir") or Path.home()) / f"{stem}.{kind}"
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("WindowTrainingCommands", "Export training record"), str(start), QCoreApplication.translate("FileFilters", TRAINING_FILTERS[kind]))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        self.export_training_to(path, kind, record)

    def export_training_to(self: MainWindow, path: Path, kind: str, record: TrainingRecord) -> bool:
        """Write the record as CSV or PDF; the trainee's name goes into the file and nowhere else."""
        from ..core.atomic import atomic_write_text

        pathway = self.document.pathway
        if pathway is None:
            return False
        self.settings.set("files/last_dir", str(path.parent))
        try:
            if kind == "csv":
                from models.quiz_results import result_csv  # not at start-up: only a training record needs it

                atomic_write_text(path, result_csv(record.result, record.header, record.trainee))
            else:
                from ..output.training_pdf import write_result_pdf

                write_result_pdf(path, record.result, record.header, pathway, record.trainee, self.clinic.paper)
        except (WriteError, OSError) as exc:
            self.inform(QCoreApplication.translate("WindowTrainingCommands", "The training record could not be saved"), str(exc), QMessageBox.Icon.Warning)
            return False
        self.tell(fill(QCoreApplication.translate("WindowTrainingCommands", "Saved %1"), path), 8000)
        return True
