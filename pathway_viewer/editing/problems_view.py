"""The editor's dock: the problems in the text being edited, and the undo history.

Problems are shown in the loader's own words (``file:line: field.path: message``), one per
line, so what the editor says and what ``pathway-viewer validate`` says are the same. A file
that loads may still hold the editor's placeholder words for a new item: they are listed in
the same form under the problems, without stopping a save.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QTabWidget, QUndoView, QWidget

from models import Problem
from models.wording.i18n import fill

from ..core.dock_title import PanelDock
from .session import EditSession
from .unfinished import placeholders_left

ALL_GOOD = QT_TRANSLATE_NOOP("EditingProblemsView", "No problems: this pathway can be saved.")
UNFINISHED = QT_TRANSLATE_NOOP("EditingProblemsView", "This pathway can be saved, but these words are still the editor's placeholders:")


class EditorDock(PanelDock):
    sig_problem_chosen = Signal(object)  # the Problem clicked

    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("EditingProblemsView", "Editing"), parent)
        self.session = session
        self.setObjectName("editor_dock")
        self.tabs = QTabWidget(self)
        self.problems = QListWidget(self)
        self.problems.setObjectName("edit_problems")
        self.problems.setWordWrap(True)
        self.problems.setAccessibleName(QCoreApplication.translate("EditingProblemsView", "Problems in the pathway being edited: choose one to go to it"))
        self.problems.itemActivated.connect(self._chosen)
        self.problems.itemClicked.connect(self._chosen)
        self.history = QUndoView(session.stack, self)
        self.history.setObjectName("edit_history")
        self.history.setAccessibleName(QCoreApplication.translate("EditingProblemsView", "Undo history: choose a line to go back to it"))
        self.history.setEmptyLabel(QCoreApplication.translate("EditingProblemsView", "The pathway as it was opened"))
        self.tabs.addTab(self.problems, QCoreApplication.translate("EditingProblemsView", "Problems"))
        self.tabs.addTab(self.history, QCoreApplication.translate("EditingProblemsView", "Undo history"))
        self.setWidget(self.tabs)
        session.sig_problems_changed.connect(self.show_problems)
        self.show_problems(session.problems)

    def show_problems(self, problems: list[Problem]) -> None:
        self.problems.clear()
        # Placeholders only matter in a file that loads; a broken one has its problems first.
        unfinished = [] if problems else self._placeholders()
        for problem in problems:
            self._add(problem)
        if not problems:
            item = QListWidgetItem(QCoreApplication.translate("EditingProblemsView", UNFINISHED if unfinished else ALL_GOOD))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.problems.addItem(item)
        for problem in unfinished:
            self._add(problem)
        count = len(problems) + len(unfinished)
        if count:
            self.tabs.setTabText(0, fill(QCoreApplication.translate("EditingProblemsView", "Problems (%1)"), count))
        else:
            self.tabs.setTabText(0, QCoreApplication.translate("EditingProblemsView", "Problems"))
        if count:
            self.tabs.setCurrentWidget(self.problems)

    def _add(self, problem: Problem) -> None:
        item = QListWidgetItem(str(problem))
        item.setData(Qt.ItemDataRole.UserRole, problem)
        self.problems.addItem(item)

    def _placeholders(self) -> list[Problem]:
        return placeholders_left(self.session.checked_text, self.session.name)

    def problem_lines(self) -> list[str]:
        return [self.problems.item(i).text() for i in range(self.problems.count())]

    def _chosen(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(problem, Problem):
            self.sig_problem_chosen.emit(problem)
