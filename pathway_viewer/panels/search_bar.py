"""The search box in the toolbar: type a word, press Enter to go from match to match.

Matches come from ``document.graph.search`` (main journey first), recomputed from the
document on every keystroke and pathway change; the bar keeps no copy of the steps.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QSize, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QMenuBar, QWidget

from models.wording.i18n import Words, fill

from ..core.document import PathwayDocument
from ..core.menu_room import menus_width
from ..core.step_accessibility import accessible_text, announce
from ..core.text_fit import ELLIPSIS
from ..core.theme import search_status_style

PLACEHOLDER = QT_TRANSLATE_NOOP("PanelsSearchBar", "Search steps (Ctrl+F)")
NO_MATCH = QT_TRANSLATE_NOOP("PanelsSearchBar", "No step mentions '%1'")
# Where the typed words do not fit beside the sentence: they are in the box right beside it.
# ("No step mentions 'fever…'" for 'feverzzqx' read as if no step mentioned fever.)
NO_MATCH_TYPED = QT_TRANSLATE_NOOP("PanelsSearchBar", "No step found")


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


class _StatusLabel(QLabel):
    """The search's answer, whole in the room the menu bar leaves it: a typed query too long
    for it is left out for a sentence without it ("No step found"), never
    shortened (a query cut to "fever…" reads as another query). A sentence that still does not fit (large text in a narrow window) ends in an
    ellipsis here and is given whole with ``sig_cut`` for the window to show where there is
    room; the whole message is also the tooltip."""

    sig_cut = Signal(str)  # the whole message when this label cannot show it, else ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._message: tuple[str, str] = ("", "")  # a sentence with %1, and what goes there
        self._without_query = ""  # the sentence to show where the query does not fit
        self._cut = ""
        self._around: dict[tuple[str, str], float] = {}

    def show_message(self, sentence: str, query: str = "", without_query: str = "") -> None:
        self._message = (sentence, query)
        self._without_query = without_query
        self.setText(fill(sentence, query) if query else sentence)
        self._fit()

    def whole_message(self) -> str:
        """The answer as written, whatever part of it the room shows."""
        sentence, query = self._message
        return fill(sentence, query) if query else sentence

    def sizeHint(self) -> QSize:
        # Its least width, whatever the answer: the menu bar gives the search box the width
        # it asks for at a resize, taking it from the menus (which then hide behind "»"),
        # and keeps it until the next resize; the words are fitted to this room instead.
        return QSize(self.minimumWidth(), super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def around_words(self) -> float:
        """What the label adds to its words' advance (its padding, and what Qt's own size
        hint adds): measured on words wider than its least width, which the hint keeps to."""
        key = (self.font().key(), self.styleSheet())
        if key not in self._around:
            shown, probe = self.text(), "M" * 60
            self.setText(probe)
            self._around[key] = super().sizeHint().width() - QFontMetricsF(self.font()).horizontalAdvance(probe)
            self.setText(shown)
        return self._around[key]

    def _fit(self) -> None:
        sentence, query = self._message
        whole = self.whole_message()
        if not self.isVisible():
            self.setText(whole)  # no room known yet: fitted when shown and laid out
            return
        metrics = QFontMetricsF(self.font())
        room = self.width() - self.around_words()
        shown = whole
        if query and metrics.horizontalAdvance(whole) > room:
            if self._without_query:
                shown = self._without_query
            else:
                left = room - metrics.horizontalAdvance(fill(sentence, ""))
                shown = fill(sentence, metrics.elidedText(query, Qt.TextElideMode.ElideRight, max(left, 0.0)) or ELLIPSIS)
        cut = "" if metrics.horizontalAdvance(shown) <= room else whole
        self.setText(metrics.elidedText(shown, Qt.TextElideMode.ElideRight, max(room, 0.0)) if cut else shown)
        self.setToolTip(whole if self.text() != whole else "")
        self.setAccessibleName(whole)  # read aloud whole, whatever the room
        if cut != self._cut:
            self._cut = cut
            self.sig_cut.emit(cut)


class SearchBar(QWidget):
    sig_step_found = Signal(str)  # a match was jumped to: the window centres it
    sig_cleared = Signal()  # Esc: the window gives the keyboard back to the journey
    sig_message_cut = Signal(str)  # the answer too long for the bar, whole ("" once it fits again)

    def __init__(self, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_bar")
        self._document = document
        self._matches: list[str] = []
        self._menus: QMenuBar | None = None  # the menu bar it shares its row with (stand_beside)

        self.edit = _SearchEdit(self)
        self.edit.setObjectName("search_edit")
        self.edit.setPlaceholderText(QCoreApplication.translate("PanelsSearchBar", PLACEHOLDER))
        self.edit.setAccessibleName(QCoreApplication.translate("PanelsSearchBar", "Search steps"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(240)
        self.edit.setMaximumWidth(340)
        self.status = _StatusLabel(self)
        self.status.setObjectName("search_status")
        self.status.setMinimumWidth(180)
        # Plain text: a typed "<b>" must show as typed, not as bold.
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet(search_status_style())
        self.status.sig_cut.connect(self.sig_message_cut)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.status, 1)  # any room the bar gives beyond the box's least goes to the answer

        self.edit.textChanged.connect(self._typed)
        self.edit.returnPressed.connect(self.find_next)
        self.edit.sig_previous.connect(self.find_previous)
        self.edit.sig_escape.connect(self.clear)
        # The answer follows the pathway silently: the user did not search, so a screen
        # reader is not interrupted each time the pathway is opened or edited.
        document.sig_pathway_changed.connect(self._refresh_quietly)
        document.sig_steps_changed.connect(self._refresh_quietly)

    def stand_beside(self, menus: QMenuBar) -> None:
        """Share a row with ``menus``: ask for no more width than they leave."""
        self._menus = menus

    def sizeHint(self) -> QSize:
        # The same whatever is typed or answered: the row gives the search the width it
        # asks for, taking it from the menus ("Help" went behind "»" at 200 % once the
        # box's clear button showed); the answer fits the room instead.
        return QSize(self._width(), super().sizeHint().height())

    def _width(self) -> int:
        """The box as wide as it would show what is typed (up to its greatest width) and a
        typical answer whole, in the current words and text size, as far as the menus leave
        room beside them; never less than the box's and the answer's least widths."""
        margins = self.layout().contentsMargins()
        around = self.layout().spacing() + margins.left() + margins.right()
        least = around + self.edit.minimumWidth() + self.status.minimumWidth()
        bar, row = self._menus, self.parentWidget()
        # At a live text-size change the row may ask before this widget has the new font.
        font = bar.font() if bar is not None else self.font()
        typed = min(max(self.edit.sizeHint().width(), self.edit.minimumWidth()), self.edit.maximumWidth())
        typical = Words.tr("%n step(s) found: press Enter", "", 2)
        answer = math.ceil(QFontMetricsF(font).horizontalAdvance(typical) + self.status.around_words())
        wanted = around + typed + answer
        if bar is not None and row is not None:
            wanted = min(wanted, row.width() - menus_width(bar))
        return max(least, wanted)

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
            self._update_matches()
            self._announce()  # repeats "No step mentions ..." so Enter is never silent
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
        self.status.show_message(fill(QCoreApplication.translate("PanelsSearchBar", "%1 of %2"), index + 1, len(self._matches)))
        # The map moved, but the keyboard is still here: say where it went.
        pathway = self._document.pathway
        found = pathway.step(step_id).title if pathway is not None else ""
        announce(self.edit, f"{found}. {self.status.whole_message()}")
        self.sig_step_found.emit(step_id)

    def _typed(self, *_: object) -> None:
        was = self.status.whole_message()
        self._update_matches()
        # Each keystroke that leaves the answer as it was ("2 steps found") would only repeat it.
        if self.status.whole_message() != was:
            self._announce()

    def _refresh_quietly(self, *_: object) -> None:
        self._update_matches()
        # Still true for whoever asks the box, but no alert: nothing was searched.
        self.edit.setAccessibleDescription(accessible_text(self.status.whole_message()))

    def _announce(self) -> None:
        announce(self.edit, self.status.whole_message())  # the status line is seen, not heard

    def _update_matches(self) -> None:
        text = self.edit.text().strip()
        graph = self._document.graph
        self._matches = graph.search(text) if (graph is not None and text) else []
        if not text:
            self.status.show_message("")
        elif not self._matches:
            self.status.show_message(QCoreApplication.translate("PanelsSearchBar", NO_MATCH), text,
                                     QCoreApplication.translate("PanelsSearchBar", NO_MATCH_TYPED))
        else:
            n = len(self._matches)
            self.status.show_message(Words.tr("%n step(s) found: press Enter", "", n))
