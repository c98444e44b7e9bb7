"""The window's File commands that make something to keep: export the view, the handout, print.

A mixin of :class:`MainWindow`, kept apart so the window's module stays readable; the
methods read the same document, settings and glossary as the rest of the window. Printing
and the handout are imported on first use: they are not needed to show the journey.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from models.wording.i18n import fill

from ..core.atomic import WriteError

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from .main_window import MainWindow

EXPORT_FILTERS = {
    QT_TRANSLATE_NOOP("FileFilters", "PNG picture (*.png)"): ".png",
    QT_TRANSLATE_NOOP("FileFilters", "SVG drawing (*.svg)"): ".svg",
    QT_TRANSLATE_NOOP("FileFilters", "PDF document (*.pdf)"): ".pdf",
}
HANDOUT_FILTER = QT_TRANSLATE_NOOP("FileFilters", "PDF document (*.pdf)")


class OutputCommands:
    """Export, handout and print, for :class:`MainWindow` (``self`` is the window)."""

    def export_dialog(self: MainWindow) -> None:
        pathway = self.document.pathway
        stem = pathway.id if pathway is not None else "journey"
        if self.view_mode() == "timeline":
            stem += "-timeline"
        start = Path(self.settings.get("files/last_dir") or Path.home()) / f"{stem}.png"
        name, chosen = QFileDialog.getSaveFileName(self, QCoreApplication.translate("WindowOutputCommands", "Export view"), str(start),
                                               ";;".join(QCoreApplication.translate("FileFilters", f) for f in EXPORT_FILTERS))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in EXPORT_FILTERS.values():
            shown = {QCoreApplication.translate("FileFilters", f): suffix for f, suffix in EXPORT_FILTERS.items()}
            path = path.with_name(path.name + shown.get(chosen, ".png"))
        self.export_to(path)

    def export_to(self: MainWindow, path: Path) -> bool:
        """Save the view now in the middle (journey map or timeline), as the suffix says."""
        from ..output.export import ExportError, render_scene_to_file

        from ..core.theme import print_theme

        self.settings.set("files/last_dir", str(path.parent))
        scene = self.current_scene()
        paper = print_theme(self.theme)
        if paper != self.theme or self.view_mode() == "timeline":
            # Dark or high-contrast on screen, but a picture is printed or pasted on white:
            # a copy of the view is drawn in the light colours. The timeline's copy is also
            # drawn at its full width with every row's details, whatever the window's size.
            scene = type(scene)(self.document, paper)
        try:
            render_scene_to_file(scene, path)
        except (ExportError, OSError) as exc:
            self.inform(QCoreApplication.translate("WindowOutputCommands", "The picture could not be saved"), str(exc), QMessageBox.Icon.Warning)
            return False
        finally:
            if scene is not self.current_scene():
                scene.deleteLater()
        self.tell(fill(QCoreApplication.translate("WindowOutputCommands", "Saved %1"), path), 8000)
        return True

    # -- handout -------------------------------------------------------------------------

    def export_handout_dialog(self: MainWindow) -> None:
        pathway = self.document.pathway
        stem = f"{pathway.id}-handout" if pathway is not None else "handout"
        start = Path(self.settings.get("files/last_dir") or Path.home()) / f"{stem}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("WindowOutputCommands", "Export handout"), str(start), QCoreApplication.translate("FileFilters", HANDOUT_FILTER))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.export_handout_to(path)

    def export_handout_to(self: MainWindow, path: Path) -> bool:
        """Write the handout PDF for what is on screen: audience, dates and clinic settings."""
        pathway = self.document.pathway
        if pathway is None:
            return False
        from ..output import handout

        self.settings.set("files/last_dir", str(Path(path).parent))
        try:
            with self.making_handout() as repaint:
                pages = handout.write_handout_pdf(path, pathway, progress=repaint, **self.handout_options(progress=repaint))
        except (WriteError, OSError) as exc:
            self.inform(QCoreApplication.translate("WindowOutputCommands", "The handout could not be saved"), str(exc), QMessageBox.Icon.Warning)
            return False
        self.tell(fill(QCoreApplication.translate("WindowOutputCommands", "Saved the handout (%1 pages) to %2"), pages, path), 8000)
        return True

    def print_dialog(self: MainWindow) -> None:
        if self.document.pathway is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ..output import handout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        handout.configure_printer(printer, self.clinic.paper)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(QCoreApplication.translate("WindowOutputCommands", "Print handout"))
        # The system print dialog is modal everywhere; the printer must stay set up while it runs.
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self: MainWindow, printer: QPrinter) -> bool:
        """Print the handout on ``printer`` (already chosen in the print dialog)."""
        pathway = self.document.pathway
        if pathway is None:
            return False
        from ..output import handout

        try:
            with self.making_handout() as repaint:
                options = self.handout_options(handout.printer_paper(printer), progress=repaint, printing=True)
                pages = handout.print_handout(printer, pathway, progress=repaint, **options)
        except (RuntimeError, OSError) as exc:
            self.inform(QCoreApplication.translate("WindowOutputCommands", "The handout could not be printed"), str(exc), QMessageBox.Icon.Warning)
            return False
        self.tell(fill(QCoreApplication.translate("WindowOutputCommands", "Sent the handout (%1 pages) to the printer"), pages), 8000)
        return True

    @contextlib.contextmanager
    def making_handout(self: MainWindow) -> Iterator[Callable[[], None]]:
        """A busy cursor and a status line while the handout is made (its pictures take a
        second or two), and a way for that work to let the window repaint between its steps
        (clicks and keys wait until it is done: nothing can change the handout halfway)."""
        def repaint() -> None:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        self.tell(QCoreApplication.translate("WindowOutputCommands", "Making the handout\u2026"))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            repaint()
            yield repaint
        finally:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()

    def handout_options(
        self: MainWindow, paper: str | None = None, progress: Callable[[], None] | None = None,
        printing: bool = False,
    ) -> dict[str, Any]:
        """What the handout shows besides the pathway: the same audience, dates and clinic as on
        screen; its pictures fill pages of ``paper`` (the print dialog's; None: the clinic's,
        or, when ``printing`` on a paper that is neither A4 nor Letter, pictures that fit
        both), and are made calling ``progress`` between their steps."""
        from ..output import handout

        doc = self.document
        assert doc.pathway is not None
        clinic = self.clinic.with_paper(paper)
        # A printer set to Legal, A5 or a driver's own size: the clinic's paper says nothing
        # of the sheet in the printer, so the pictures fit A4 and Letter alike.
        picture_paper = None if printing and paper is None else clinic.paper
        return {
            "audience": doc.audience,
            "dates": doc.step_dates(),
            "infusion_date": doc.infusion_date,
            "collection_date": doc.collection_date,
            "clinic": clinic,
            "journey_image": handout.render_journey_pictures(
                doc.pathway, audience=doc.audience, large_print=bool(self.settings.get("handout/large_print")),
                paper=picture_paper, progress=progress,
            ),
            "glossary": self.glossary,
            "prepared_on": doc.today(),
            "unreviewed_language": doc.unreviewed_language,
            "large_print": bool(self.settings.get("handout/large_print")),
        }
