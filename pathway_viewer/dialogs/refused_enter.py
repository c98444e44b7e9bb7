"""Enter in a dialog whose OK button is off while something is missing says what is missing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QDialog

from ..core.step_accessibility import announce


class SaysWhyEnterIsRefused(QDialog):
    """A dialog with ``problem()`` ('' when it can be accepted) and an OK button switched off
    while there is one. Enter then reached the switched-off button: nothing happened and
    nothing was said, which a screen reader's user cannot tell from a dialog that hung."""

    def problem(self) -> str:
        raise NotImplementedError

    def show_problem_on(self, button: QAbstractButton, problem: str) -> None:
        """Switch ``button`` off while there is a ``problem``, which it gives as why."""
        button.setEnabled(not problem)
        button.setAccessibleDescription(problem)  # read where a screen reader finds it off

    def keyPressEvent(self, event: QKeyEvent) -> None:
        problem = self.problem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and problem:
            announce(self.focusWidget() or self, problem)  # where the keyboard is
            return
        super().keyPressEvent(event)
