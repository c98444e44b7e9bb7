"""The window's review commands: compare with another pathway, sign off, suggest a change.

A mixin of :class:`MainWindow`, like the output commands. The dialogs collect; this module
does the work that touches files: the comparison PDF, writing the signed-off pathway
(atomically, and never over the bundled copy), and keeping suggestions in the per-user
suggestion box.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from models.wording.i18n import fill
from models import PathwayError, Problem, bundled_pathway

from ..core.atomic import WriteError, atomic_write_bytes
from . import actions as A

if TYPE_CHECKING:
    from ..core.suggestion_box import SuggestionBox
    from ..core.zoom_view import ZoomableView
    from ..dialogs.compare import CompareDialog
    from ..dialogs.sign_off import SignOff, SignOffDialog
    from ..dialogs.suggestions import SuggestDialog, SuggestionsDialog
    from .main_window import MainWindow

PDF_FILTER = QT_TRANSLATE_NOOP("FileFilters", "PDF document (*.pdf)")
YAML_FILTER = QT_TRANSLATE_NOOP("FileFilters", "Pathway file (*.yaml *.yml)")


class ReviewCommands:
    """Compare, sign off and suggest, for :class:`MainWindow` (``self`` is the window)."""

    _suggestion_box: SuggestionBox | None = None

    def connect_review_actions(self: MainWindow) -> None:
        a = self.actions
        a[A.COMPARE].triggered.connect(self.show_compare)
        a[A.SIGN_OFF].triggered.connect(self.show_sign_off)
        a[A.SUGGEST].triggered.connect(self.show_suggest)
        a[A.SUGGESTIONS].triggered.connect(self.show_suggestions)
        self.enable_step_menu(self.view)  # the timeline's is enabled when it is first made

    def enable_step_menu(self: MainWindow, view: ZoomableView) -> None:
        """Right-click on a step offers the suggestion there, where the reader is looking."""
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos: self.step_menu(view, pos))

    def step_menu(self: MainWindow, view: ZoomableView, pos: QPoint) -> QMenu | None:
        """Select the step under ``pos`` (viewport coordinates) and offer what can be done to it."""
        step_id = view.step_at(pos)
        if step_id is None:
            return None
        self.document.select(step_id)
        menu = QMenu(self)
        menu.setObjectName("step_menu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.actions[A.SUGGEST])
        menu.popup(view.viewport().mapToGlobal(pos))
        return menu

    @property
    def suggestion_box(self: MainWindow) -> SuggestionBox:
        if self._suggestion_box is None:  # read from disk on first use, not at start-up
            from ..core.suggestion_box import SuggestionBox  # nor imported: its format's classes cost a start ~2 ms

            self._suggestion_box = SuggestionBox()
        return self._suggestion_box

    # -- compare -----------------------------------------------------------------------------

    def show_compare(self: MainWindow) -> CompareDialog | None:
        if self.document.pathway is None:
            return None
        from ..dialogs.compare import CompareDialog

        # The file's own words: a translation on screen would show every text as changed.
        dialog = CompareDialog(self.document.display_name, self.document.original or self.document.pathway, self)
        dialog.sig_export_requested.connect(lambda: self._export_comparison_dialog(dialog))
        self._open_dialog(dialog)
        return dialog

    def _export_comparison_dialog(self: MainWindow, dialog: CompareDialog) -> None:
        start = Path(self.settings.get("files/last_dir") or Path.home()) / f"{dialog.changed.id}-changes.pdf"
        name, _ = QFileDialog.getSaveFileName(dialog, QCoreApplication.translate("WindowReviewCommands", "Export the comparison"), str(start), QCoreApplication.translate("FileFilters", PDF_FILTER))
        if name:
            path = Path(name)
            if path.suffix.lower() != ".pdf":
                path = path.with_name(path.name + ".pdf")
            self.export_comparison_to(dialog, path)

    def export_comparison_to(self: MainWindow, dialog: CompareDialog, path: Path) -> bool:
        if dialog.base is None:
            return False
        from ..output.change_report_pdf import write_change_report_pdf

        self.settings.set("files/last_dir", str(path.parent))
        try:
            write_change_report_pdf(
                path, dialog.base_name, dialog.base, dialog.changed_name, dialog.changed, paper=self.clinic.paper
            )
        except (WriteError, OSError) as exc:
            self.inform(QCoreApplication.translate("WindowReviewCommands", "The comparison could not be saved"), str(exc), QMessageBox.Icon.Warning)
            return False
        self.tell(fill(QCoreApplication.translate("WindowReviewCommands", "Saved the comparison to %1"), path), 8000)
        return True

    # -- sign-off ----------------------------------------------------------------------------

    def show_sign_off(self: MainWindow) -> SignOffDialog | None:
        # Sign-off writes the file on disk: unsaved edits are saved first (or the user
        # cancels), so a reviewer never signs one text while the screen shows another.
        if self.document.pathway is None or not self.confirm_discard():
            return None
        if unfinished := self._unsignable():
            # Said before the reviewer types a word, not after they have filled the dialog.
            self.inform(QCoreApplication.translate("WindowReviewCommands", "This pathway cannot be signed off yet"),
                        "\n".join(str(p) for p in unfinished), QMessageBox.Icon.Warning)
            return None
        from ..dialogs.sign_off import SignOffDialog

        # A clinician signs the file's own words, never a translation of them.
        dialog = SignOffDialog(self.document.original or self.document.pathway, self.document.display_name, self)
        dialog.sig_signed.connect(self._sign_off_where)
        self._open_dialog(dialog)
        return dialog

    def _unsignable(self: MainWindow) -> list[Problem]:
        from models.parsing import ParseFailure, decode
        from models.signoff import unsignable_words

        source = self.document.path or Path(str(bundled_pathway()))
        try:
            return unsignable_words(decode(source.read_bytes(), source.name), source.name)
        except (OSError, ParseFailure):
            return []  # sign_off_to says what is wrong with the file

    def _sign_off_where(self: MainWindow, values: SignOff) -> None:
        """Sign the open file; the bundled pathway is read-only, so its signed copy goes
        to a file the user chooses."""
        target = self.document.path
        if target is None or target.suffix.lower() == ".json":
            start = Path(self.settings.get("files/last_dir") or Path.home()) / "signed-pathway.yaml"
            name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("WindowReviewCommands", "Save the signed pathway as"), str(start), QCoreApplication.translate("FileFilters", YAML_FILTER))
            if not name:
                return
            target = Path(name)
        self.sign_off_to(values, target)

    def sign_off_to(self: MainWindow, values: SignOff, target: Path) -> bool:
        """Write the open pathway, signed off, to ``target`` and open it from there."""
        from models.parsing import ParseFailure, decode, encode_like
        from models.signoff import sign_off

        source = self.document.path or Path(str(bundled_pathway()))
        try:
            raw = source.read_bytes()
            text = decode(raw, source.name)
            new_text, _ = sign_off(
                text, values.name, values.role, values.reviewed_on, values.next_review, values.summary,
                values.evidence_current_to, name=target.name,
            )
            # Written as the file was (CR LF, byte-order mark, UTF-16), as File > Save does:
            # signing must not make every line of a Windows file a change.
            atomic_write_bytes(target, encode_like(new_text, raw))
        except (PathwayError, ParseFailure) as exc:
            problems = "\n".join(str(p) for p in exc.problems)
            self.inform(QCoreApplication.translate("WindowReviewCommands", "The sign-off was not saved"), problems, QMessageBox.Icon.Warning)
            return False
        except (OSError, ValueError) as exc:
            self.inform(QCoreApplication.translate("WindowReviewCommands", "The sign-off was not saved"), str(exc), QMessageBox.Icon.Warning)
            return False
        self.open_file(target)
        self.tell(fill(QCoreApplication.translate("WindowReviewCommands", "Signed off and saved %1"), target), 8000)
        return True

    # -- suggestions ---------------------------------------------------------------------

    def show_suggest(self: MainWindow) -> SuggestDialog | None:
        doc = self.document
        if doc.pathway is None or doc.selected is None:
            self.inform(QCoreApplication.translate("WindowReviewCommands", "Suggest a change"), QCoreApplication.translate("WindowReviewCommands", "Click the step you want to suggest a change to, then try again."))
            return None
        from ..dialogs.suggestions import SuggestDialog

        pathway, step = doc.pathway, doc.pathway.step(doc.selected)
        dialog = SuggestDialog(step.title, self)
        dialog.sig_suggested.connect(
            lambda text: self.keep_suggestion(pathway.id, pathway.version, step.id, step.title, text)
        )
        self._open_dialog(dialog)
        return dialog

    def keep_suggestion(self: MainWindow, pathway_id: str, version: str, step_id: str, title: str, text: str) -> None:
        try:
            self.suggestion_box.add(pathway_id, version, step_id, title, text)
        except WriteError as exc:
            self.inform(QCoreApplication.translate("WindowReviewCommands", "The suggestion was not kept"), str(exc), QMessageBox.Icon.Warning)
            return
        self.tell(QCoreApplication.translate("WindowReviewCommands", "Suggestion kept. Review > Suggestions lists and exports them."), 8000)

    def show_suggestions(self: MainWindow) -> SuggestionsDialog | None:
        if self.document.pathway is None:
            return None
        from ..dialogs.suggestions import SuggestionsDialog

        dialog = SuggestionsDialog(self.suggestion_box, self.document.pathway.id, self)
        self._open_dialog(dialog)
        return dialog
