"""The window's File commands that open a pathway: Open, Open recent, and the problems dialog.

A mixin of :class:`MainWindow`, kept apart so the window's module stays readable. A refused
file is explained and the current pathway stays on screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from models.wording.i18n import fill
from models import PathwayError, Problem

from ..dialogs.problems import KEEPS_PREVIOUS, ProblemsDialog

if TYPE_CHECKING:
    from .main_window import MainWindow

OPEN_FILTER = QT_TRANSLATE_NOOP("FileFilters", "Pathway files (*.yaml *.yml *.json);;All files (*)")


class OpenCommands:
    """Open, Open recent and the problems dialog, for :class:`MainWindow` (``self`` is the window)."""

    def open_dialog(self: MainWindow) -> None:
        start = self.settings.get("files/last_dir") or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("WindowOpenCommands", "Open pathway"), start, QCoreApplication.translate("FileFilters", OPEN_FILTER))
        if name:
            self.open_file(Path(name))

    def open_file(self: MainWindow, path: Path) -> bool:
        """Open ``path``; if it is refused, say why and keep showing the current pathway."""
        if not self.confirm_discard():  # unsaved edits come first
            return False
        self.settings.set("files/last_dir", str(Path(path).parent))
        try:
            self.document.load(Path(path))
        except PathwayError as exc:
            self.show_problems(exc.problems, Path(path).name, KEEPS_PREVIOUS)
            return False
        self.settings.add_recent_file(Path(path))
        self.fill_recent_menu()
        self.tell(fill(QCoreApplication.translate("WindowOpenCommands", "Opened %1"), Path(path).name), 5000)
        return True

    def show_problems(self: MainWindow, problems: list[Problem], file_name: str, fallback: str = KEEPS_PREVIOUS) -> ProblemsDialog:
        dialog = ProblemsDialog(problems, file_name, fallback, self)
        self._open_dialog(dialog)
        return dialog

    def fill_recent_menu(self: MainWindow) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for index, path in enumerate(recent):
            # "&&": an "&" in a file name is shown, not taken as the shortcut marker.
            action = QAction(f"&{index + 1}  {path.name.replace('&', '&&')}", self.recent_menu)
            action.setObjectName(f"recent_{index}")
            action.setData(str(path))
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
            self.recent_menu.addAction(action)
        if not recent:
            empty = self.recent_menu.addAction(QCoreApplication.translate("WindowOpenCommands", "No recent files"))
            empty.setEnabled(False)

    def open_recent(self: MainWindow, path: Path) -> bool:
        if not path.is_file():
            self.settings.remove_recent_file(path)
            self.fill_recent_menu()
            self.inform(
                QCoreApplication.translate("WindowOpenCommands", "File not found"),
                fill(QCoreApplication.translate("WindowOpenCommands", "%1 is no longer at %2. It may have been moved or deleted, so it has been removed from Open recent."), path.name, path.parent),
            )
            return False
        return self.open_file(path)
