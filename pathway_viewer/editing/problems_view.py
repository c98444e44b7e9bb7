"""The editor's dock: the problems in the text being edited, and the undo history.

Problems are shown in the loader's own words (``file:line: field.path: message``), one per
line, so what the editor says and what ``pathway-viewer validate`` says are the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QTabWidget, QUndoView, QWidget

from models import Problem
from models.wording.i18n import fill

from ..core.dock_title import PanelDock
from .session import EditSession

ALL_GOOD = QT_TRANSLATE_NOOP("EditingProblemsView", "No problems: this pathway can be saved.")


class EditorDock(PanelDock):
    sig_problem_chosen = Signal(object)  # the Problem clicked

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__("Editing", parent)
        self.setObjectName("editor_dock")
        self.tabs = QTabWidget(self)
        self.problems = QListWidget(self)
        self.problems.setObjectName("edit_problems")
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._chosen)
        self.problems.itemClicked.connect(self._chosen)
        self.history = QUndoView(session.stack, self)
        self.history.setObjectName("edit_history")
        self.history.setEmptyLabel(QCoreApplication.translate("EditingProblemsView", "The pathway as it was opened"))
        self.tabs.addTab(self.problems, QCoreApplication.translate("EditingProblemsView", "Problems"))
        self.tabs.addTab(self.history, QCoreApplication.translate("EditingProblemsView", "Undo history"))
        self.setWidget(self.tabs)
        session.sig_problems_changed.connect(self.show_problems)
        self.show_problems(session.problems)

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.clear()
        for problem in problems:
            item = QListWidgetItem(str(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.problems.addItem(item)
        if not problems:
            item = QListWidgetItem(QCoreApplication.translate("EditingProblemsView", ALL_GOOD))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.problems.addItem(item)
        if problems:
            self.tabs.setTabText(0, fill(QCoreApplication.translate("EditingProblemsView", "Problems (%1)"), len(problems)))
        else:
            self.tabs.setTabText(0, QCoreApplication.translate("EditingProblemsView", "Problems"))
        if problems:
            self.tabs.setCurrentWidget(self.problems)

    def problem_lines(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(problem, Problem):
            self.sig_problem_chosen.emit(problem)
