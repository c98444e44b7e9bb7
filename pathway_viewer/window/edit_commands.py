"""The window's editing commands: edit mode, undo and redo, save, save as, closing with
unsaved changes, and the offer to restore a recovery copy after a crash.

A mixin of :class:`MainWindow` (``self`` is the window). The session, form and dock live
in :mod:`pathway_viewer.editing`; only the window asks questions (dialogs), and each
question is one method that tests answer in place of a person.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTabWidget

from models.wording.i18n import fill
from models import PathwayError, Problem
from models.loader import BUNDLED_PATHWAY, bundled_pathway

from ..core.atomic import WriteError
from ..dialogs.problems import CANNOT_EDIT, CANNOT_EDIT_TITLE, ProblemsDialog
from . import actions as A

if TYPE_CHECKING:
    # The editor (and ruamel.yaml under it) is imported when edit mode is first used:
    # showing the journey does not need it, and it costs start-up time.
    from ..editing.problems_view import EditorDock
    from ..editing.recovery import RecoveredEdit
    from ..editing.session import EditSession
    from ..editing.step_form import StepForm
    from .main_window import MainWindow

SAVE_FILTER = QT_TRANSLATE_NOOP("FileFilters", "Pathway files (*.yaml *.yml *.json);;All files (*)")
Button = QMessageBox.StandardButton


class EditCommands:
    """Edit mode for :class:`MainWindow`."""

    edit_session: EditSession | None = None
    step_form: StepForm | None = None
    edit_tabs: QTabWidget | None = None
    editor_dock: EditorDock | None = None
    _language_before_edit: str | None = None  # the content language edit mode put aside

    def init_editing(self: MainWindow) -> None:
        a = self.actions
        a[A.EDIT_MODE].toggled.connect(self._on_edit_mode_toggled)
        a[A.SAVE].triggered.connect(self.save)
        a[A.SAVE_AS].triggered.connect(lambda: self.save_as())
        a[A.UNDO].triggered.connect(lambda: self.edit_session and self.edit_session.stack.undo())
        a[A.REDO].triggered.connect(lambda: self.edit_session and self.edit_session.stack.redo())
        self.document.sig_pathway_changed.connect(self._end_session)  # another file was opened
        self._update_edit_actions()

    # -- edit mode -------------------------------------------------------------------------

    def _on_edit_mode_toggled(self: MainWindow, on: bool) -> None:
        self.set_edit_mode(on)
        session = self.edit_session
        if not on and self._language_before_edit is not None and session is not None and not session.dirty:
            # Back to the words the reader had chosen (it stayed in English after editing, and
            # German was refused while the session lived). With nothing unsaved the session
            # ends: a translation is shown from the file as saved.
            language, self._language_before_edit = self._language_before_edit, None
            self._end_session()
            self.choose_content_language(language)

    def set_edit_mode(self: MainWindow, on: bool) -> None:
        if on and self.edit_session is None:
            found = self._file_text_to_edit()
            if found is None:  # said why; edit mode stays off
                self.actions[A.EDIT_MODE].setChecked(False)
                return
            text, raw = found
            # The editor shows and changes the file's own words, never a translation of them
            # (before the session: a change of the pathway shown ends any session).
            original = self.document.original
            self._language_before_edit = None  # put aside for this session only
            if original is not None and self.document.content_language != original.language:
                self._language_before_edit = self.document.content_language
                self.document.set_content_language(None)
            self._start_session(text, self.document.path, raw)
        if self.step_form is not None:
            self.details.show_form(self.edit_tabs if on else None)
        if self.editor_dock is not None:
            self.editor_dock.setVisible(on)
        if self.actions[A.EDIT_MODE].isChecked() != on:
            self.actions[A.EDIT_MODE].setChecked(on)
        if on:
            self.details.show()
            # The form needs more room than the text: labels above the boxes, at a readable width.
            self.resizeDocks([self.details], [max(self.details.width(), min(560, self.width() // 3))],
                             Qt.Orientation.Horizontal)

    def _file_text_to_edit(self: MainWindow) -> tuple[str, bytes] | None:
        """The open file's text (and bytes) as it is on disk now, if it can be edited; else None, having
        said why (moved or deleted, or broken or refused since it was opened: the editor
        changes the file's own text, so it needs one that still reads as a pathway)."""
        # Here, not at the top: the parser (and PyYAML) is not needed to show the first journey.
        from models.loader import load_pathway_bytes
        from models.parsing import decode
        from models.problems import ParseFailure

        path = self.document.path
        name = path.name if path is not None else BUNDLED_PATHWAY
        try:
            raw = path.read_bytes() if path is not None else bundled_pathway().read_bytes()
        except OSError as exc:
            self.inform(QCoreApplication.translate("WindowEditCommands", "Cannot edit this file"),
                        fill(QCoreApplication.translate("WindowEditCommands", "%1 cannot be read any more (%2). It may have been moved, "
                                                        "renamed or deleted since it was opened. Open it again from where it is now."),
                             name, exc.strerror or str(exc)), QMessageBox.Icon.Warning)
            return None
        try:
            pathway = load_pathway_bytes(raw, name, is_json=name.lower().endswith(".json"))
            text = decode(raw, name)
        except (PathwayError, ParseFailure) as exc:
            self._open_dialog(ProblemsDialog(exc.problems, name, CANNOT_EDIT, self, title=CANNOT_EDIT_TITLE))
            return None
        if pathway != self.document.original:
            # Changed on disk since it was opened: the map shows what the form will edit.
            self.document.set_pathway(pathway, path)
        return text, raw

    def _start_session(self: MainWindow, text: str, path: Path | None, raw: bytes | None = None) -> EditSession:
        from ..editing.pathway_form import PathwayForm
        from ..editing.problems_view import EditorDock
        from ..editing.recovery import Recovery
        from ..editing.session import EditSession
        from ..editing.step_form import StepForm

        name = path.name if path is not None else BUNDLED_PATHWAY
        # The bytes the text was read from (read again, a change in between went unnoticed).
        on_disk = raw if path is not None else None
        if on_disk is None and path is not None:
            try:
                on_disk = path.read_bytes()
            except OSError:
                on_disk = None
        session = EditSession(self.document, text, name, path, Recovery(parent=self), self, on_disk=on_disk)
        self.edit_session = session
        self.step_form = StepForm(session, self.document, self)
        self.edit_tabs = QTabWidget(self)
        self.edit_tabs.setObjectName("edit_tabs")
        self.edit_tabs.addTab(self.step_form, QCoreApplication.translate("WindowEditCommands", "This step"))
        self.edit_tabs.addTab(PathwayForm(session, self), QCoreApplication.translate("WindowEditCommands", "Whole pathway"))
        self.step_form.sig_add_step.connect(self.add_step)
        self.step_form.sig_delete_step.connect(self.delete_step)
        self.editor_dock = EditorDock(session, self)
        self.editor_dock.sig_problem_chosen.connect(self.go_to_problem)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.editor_dock)
        self.splitDockWidget(self.details, self.editor_dock, Qt.Orientation.Vertical)
        self.resizeDocks([self.details, self.editor_dock], [3, 1], Qt.Orientation.Vertical)
        session.stack.cleanChanged.connect(self._on_clean_changed)  # a slot, not a lambda: dies with the window
        session.stack.indexChanged.connect(self._update_edit_actions)
        self._update_edit_actions()
        return session

    def _end_session(self: MainWindow) -> None:
        session = self.edit_session
        if session is None:
            return
        self.edit_session = None  # first: edit mode's toggle, below, sees no session to end
        self.set_edit_mode(False)
        self._language_before_edit = None  # another file, or the language already brought back
        if session.recovery is not None:
            session.recovery.discard()
        for widget in (self.edit_tabs, self.editor_dock):
            if widget is not None:
                widget.deleteLater()
        session.deleteLater()
        self.step_form = self.edit_tabs = self.editor_dock = None
        self.setWindowModified(False)
        self._update_edit_actions()

    def _on_clean_changed(self: MainWindow, clean: bool) -> None:
        self.setWindowModified(not clean)

    def _update_edit_actions(self: MainWindow, *_: object) -> None:
        session = self.edit_session
        stack = session.stack if session is not None else None
        undo, redo = self.actions[A.UNDO], self.actions[A.REDO]
        undo.setEnabled(bool(stack and stack.canUndo()))
        redo.setEnabled(bool(stack and stack.canRedo()))
        # "Undo change duration of 'Collecting your T cells'": the words say what goes back.
        if stack and stack.canUndo():
            undo.setText(fill(QCoreApplication.translate("Actions", "&Undo %1", "the edit taken back"), stack.undoText()))
        else:
            undo.setText(QCoreApplication.translate("Actions", "&Undo"))
        if stack and stack.canRedo():
            redo.setText(fill(QCoreApplication.translate("Actions", "&Redo %1", "the edit made again"), stack.redoText()))
        else:
            redo.setText(QCoreApplication.translate("Actions", "&Redo"))
        self.actions[A.SAVE].setEnabled(session is not None)
        self.actions[A.SAVE_AS].setEnabled(session is not None)

    # -- steps -----------------------------------------------------------------------------

    def add_step(self: MainWindow, branch: bool = False) -> str | None:
        session, selected = self.edit_session, self.document.selected
        if session is None or selected is None:
            return None
        from ..editing.structure import add_step

        new_id = add_step(session, selected, branch=branch)
        session.validate_now()
        self.document.select(new_id)
        return new_id

    def delete_step(self: MainWindow) -> None:
        session, selected = self.edit_session, self.document.selected
        if session is not None and selected is not None:
            from ..editing.structure import delete_step

            delete_step(session, selected)
            session.validate_now()

    def go_to_problem(self: MainWindow, problem: Problem) -> None:
        """Select the step a problem is about and put the cursor in its field."""
        from ..editing.session import parse_path

        path = parse_path(problem.path)
        if path == ("transitions",) and self.edit_session is not None:
            # The journey's shape ("2 steps have no way in: 'bilan', 'attente'"): to the step
            # the message names that is not the file's first (the start, as a rule), whose
            # arrows are where a way in is added.
            path = self._named_step_path(problem.message) or path
        if len(path) >= 2 and path[0] == "transitions" and self.edit_session is not None:
            # An arrow's problem is fixed where the arrow starts: that step's arrows.
            start = self.edit_session.value(("transitions", path[1], "from"))
            index = self.edit_session.step_index(start) if isinstance(start, str) else None
            path = ("steps", index, "transitions") if index is not None else path
        if len(path) >= 2 and path[0] == "steps" and isinstance(path[1], int) and self.edit_session is not None:
            step_id = self.edit_session.value(("steps", path[1], "id"))
            if isinstance(step_id, str):
                self.document.select(step_id)
                if self.step_form is not None and self.edit_tabs is not None:
                    self.edit_tabs.setCurrentWidget(self.step_form)
                    self.step_form.focus_field(path[2:])

    def _named_step_path(self: MainWindow, message: str) -> tuple[str | int, ...] | None:
        session = self.edit_session
        if session is None:
            return None
        named = [index for word in re.findall(r"'([^']+)'", message)
                 if (index := session.step_index(word)) is not None]
        later = [index for index in named if index != 0] or named
        return ("steps", later[0], "transitions") if later else None

    # -- saving ----------------------------------------------------------------------------

    def save(self: MainWindow) -> bool:
        session = self.edit_session
        if session is None:
            return False
        if session.path is None:  # the bundled pathway is read-only: a clinic saves its own copy
            return self.save_as()
        return self._save_to(session.path)

    def save_as(self: MainWindow, path: Path | None = None) -> bool:
        if self.edit_session is None:
            return False
        path = path or self.ask_save_path()
        return path is not None and self._save_to(path)

    def _save_to(self: MainWindow, path: Path) -> bool:
        assert self.edit_session is not None
        if _inside_the_app(path):  # Save As there, or Save of a shipped file opened by its path
            self.inform(
                QCoreApplication.translate("WindowEditCommands", "Not saved"),
                QCoreApplication.translate("WindowEditCommands", "The pathways that come with the viewer are part of it and are never "
                                           "changed. Save your pathway under another name, in a folder of your own."),
                QMessageBox.Icon.Warning)
            return False
        if self.edit_session.changed_on_disk(path) and not self.ask_overwrite_changed(path):
            return False
        try:
            problems = self.edit_session.save(path)
        except WriteError as exc:
            self.inform(QCoreApplication.translate("WindowEditCommands", "Not saved"), str(exc), QMessageBox.Icon.Warning)
            return False
        if problems:
            dialog = ProblemsDialog(
                problems, path.name, QCoreApplication.translate("WindowEditCommands", "Nothing was saved; your changes are still here."), self,
                title=QCoreApplication.translate("WindowEditCommands", "This pathway cannot be saved yet"),
                advice=QCoreApplication.translate("WindowEditCommands", "Click a problem in the Problems list to go to the step and the box to fix."),
            )
            self._open_dialog(dialog)
            return False
        self.settings.add_recent_file(path)
        self._on_pathway_changed()
        self.tell(fill(QCoreApplication.translate("WindowEditCommands", "Saved %1"), path.name), 5000)
        return True

    def ask_overwrite_changed(self: MainWindow, path: Path) -> bool:
        """The file was changed outside this window since editing began: True to save over it."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, QCoreApplication.translate("WindowEditCommands", "The file was changed"),
            fill(QCoreApplication.translate(
                "WindowEditCommands",
                "%1 was changed by someone or something else since you began changing it here. Saving now "
                "replaces those changes with yours. To keep both, cancel and use Save As to save yours "
                "under another name."), path.name),
            Button.Cancel, self)
        box.addButton(QCoreApplication.translate("WindowEditCommands", "Save over their changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(Button.Cancel)
        box.exec()
        return box.clickedButton() not in (None, box.button(Button.Cancel))

    def ask_save_path(self: MainWindow) -> Path | None:
        start = self.settings.get("files/last_dir") or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("WindowEditCommands", "Save the pathway as"), str(Path(start) / "my_clinic_pathway.yaml"),
                                              QCoreApplication.translate("FileFilters", SAVE_FILTER))
        return Path(name) if name else None

    def confirm_discard(self: MainWindow, *, closing: bool = False) -> bool:
        """True when it is fine to drop the session: nothing unsaved, saved, or thrown away
        (``closing``: the window goes, so nothing on it needs to go back to the saved text)."""
        session = self.edit_session
        if session is None or not session.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == Button.Save:
            return self.save()
        if answer == Button.Discard:
            if closing:
                if session.recovery is not None:
                    session.recovery.discard()
                session.stack.setClean()
            else:
                self._throw_away_edits(session)
            return True
        return False

    def _throw_away_edits(self: MainWindow, session: EditSession) -> None:
        """Back to the text last saved, on screen too: marked saved as it was, the edits stayed
        on the map and in the form when what came next (a file that was refused, a sign-off)
        kept this pathway, and were then lost without a question."""
        if session.recovery is not None:
            session.recovery.discard()
        clean = session.stack.cleanIndex()
        if clean >= 0:
            session.stack.setIndex(clean)
            session.changed_everything()
            session.validate_now()
            return
        # A restored copy was never saved: the file as it is on disk (or the bundled pathway).
        path = session.path
        self._end_session()
        try:
            self.document.load(path)
        except PathwayError:
            self.document.load(None)

    def ask_unsaved(self: MainWindow) -> Button:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("WindowEditCommands", "Unsaved changes"),
                          QCoreApplication.translate("WindowEditCommands", "You have changed the pathway and not saved it. Save the changes?"),
                          Button.Save | Button.Discard | Button.Cancel, self)
        box.setDefaultButton(Button.Save)
        return Button(box.exec())

    # -- recovery --------------------------------------------------------------------------

    def offer_recovery(self: MainWindow) -> bool:
        """At start: if an edit was cut short by a crash, offer to bring it back (the newest
        such copy; any others are offered at the next starts, one window editing one file)."""
        from ..editing.recovery import discard_recovery, find_recovery

        recovered = find_recovery()
        if recovered is None:
            return False
        if not self.ask_restore(recovered):
            discard_recovery(key=recovered.key)
            return False
        if recovered.source is not None and recovered.source.is_file():
            self.open_file(recovered.source)
        source = recovered.source if recovered.source is not None and recovered.source.is_file() else None
        session = self._start_session(recovered.text, source)
        if recovered.source_sha256 is not None:
            session.found_digest = recovered.source_sha256  # a change since the crash is asked about at Save
        session.stack.resetClean()  # never clean: the restored text is not saved anywhere yet
        session.changed_everything()
        session.validate_now()
        if session.recovery is not None:  # kept until saved or discarded, like any edit
            session.recovery.schedule(session.text, source, session.disk_digest())
            session.recovery.write_now()  # the new session's copy first, then the old one goes
        discard_recovery(key=recovered.key)
        self.set_edit_mode(True)
        self.setWindowModified(True)
        return True

    def ask_restore(self: MainWindow, recovered: RecoveredEdit) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("WindowEditCommands", "Restore unsaved changes?"),
                          restore_question(recovered), Button.Yes | Button.No, self)
        box.setDefaultButton(Button.Yes)
        return box.exec() == Button.Yes


def restore_question(recovered: RecoveredEdit) -> str:
    # The whole path: a file of that name in another folder is not the one in question.
    where = str(recovered.source) if recovered.source is not None else QCoreApplication.translate("WindowEditCommands", "the bundled pathway")
    return fill(QCoreApplication.translate("WindowEditCommands", "The viewer closed while you were changing %1, before the changes were saved. Bring the changes back?"), where)


def _inside_the_app(path: Path) -> bool:
    """Whether ``path`` is in the folder of the pathways the app ships (the bundled one and its
    translations): saving there would change the app for every user of this PC."""
    folder = Path(str(bundled_pathway())).resolve().parent
    try:
        return path.resolve().parent == folder
    except OSError:
        return False
