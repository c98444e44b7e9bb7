"""The search box in the toolbar: type a word, press Enter to go from match to match.

Matches come from ``document.graph.search`` (main journey first), recomputed from the
document on every keystroke and pathway change; the bar keeps no copy of the steps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QWidget

from models.wording.i18n import Words, fill

from ..core.document import PathwayDocument
from ..core.step_accessibility import announce
from ..core.theme import search_status_style

PLACEHOLDER = QT_TRANSLATE_NOOP("PanelsSearchBar", "Search steps (Ctrl+F)")


class _SearchEdit(QLineEdit):
    sig_escape = Signal()
    sig_previous = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.sig_escape.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.sig_previous.emit()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    sig_step_found = Signal(str)  # a match was jumped to: the window centres it
    sig_cleared = Signal()  # Esc: the window gives the keyboard back to the journey

    def __init__(self, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_bar")
        self._document = document
        self._matches: list[str] = []

        self.edit = _SearchEdit(self)
        self.edit.setObjectName("search_edit")
        self.edit.setPlaceholderText(QCoreApplication.translate("PanelsSearchBar", PLACEHOLDER))
        self.edit.setAccessibleName(QCoreApplication.translate("PanelsSearchBar", "Search steps"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(240)
        self.edit.setMaximumWidth(340)
        self.status = QLabel(self)
        self.status.setObjectName("search_status")
        self.status.setMinimumWidth(180)
        # Plain text: a typed "<b>" must show as typed, not as bold.
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet(search_status_style())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.status)

        self.edit.textChanged.connect(self._update_matches)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.sig_previous.connect(self.find_previous)
        self.edit.sig_escape.connect(self.clear)
        document.sig_pathway_changed.connect(self._update_matches)
        document.sig_steps_changed.connect(self._update_matches)

    def restyle(self) -> None:
        """The colours changed: write the status line's style sheet again."""
        self.status.setStyleSheet(search_status_style())

    @property
    def matches(self) -> list[str]:
        return list(self._matches)

    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def clear(self) -> None:
        self.edit.clear()
        self.sig_cleared.emit()

    def find_next(self) -> None:
        self._jump(+1)

    def find_previous(self) -> None:
        self._jump(-1)

    def _jump(self, direction: int) -> None:
        if not self._matches:
            self._update_matches()  # repeats "No step mentions ..." so Enter is never silent
            if not self.edit.text().strip():
                self.focus_search()
            return
        current = self._document.selected
        if current in self._matches:
            index = (self._matches.index(current) + direction) % len(self._matches)
        else:
            index = 0 if direction > 0 else len(self._matches) - 1
        step_id = self._matches[index]
        self._document.select(step_id)
        self.status.setText(fill(QCoreApplication.translate("PanelsSearchBar", "%1 of %2"), index + 1, len(self._matches)))
        # The map moved, but the keyboard is still here: say where it went.
        pathway = self._document.pathway
        found = pathway.step(step_id).title if pathway is not None else ""
        announce(self.edit, f"{found}. {self.status.text()}")
        self.sig_step_found.emit(step_id)

    def _update_matches(self, *_: object) -> None:
        text = self.edit.text().strip()
        graph = self._document.graph
        self._matches = graph.search(text) if (graph is not None and text) else []
        if not text:
            self.status.setText("")
        elif not self._matches:
            shown = text if len(text) <= 30 else text[:29] + "\u2026"
            self.status.setText(fill(QCoreApplication.translate("PanelsSearchBar", "No step mentions '%1'"), shown))
        else:
            n = len(self._matches)
            self.status.setText(Words.tr("%n step(s) found: press Enter", "", n))
        announce(self.edit, self.status.text())  # the status line is seen, not heard
