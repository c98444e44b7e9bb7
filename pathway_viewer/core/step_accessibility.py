"""Steps a screen reader can reach, for views that draw their steps (journey, timeline, strip).

A drawn card is not a widget: QGraphicsItems have no accessible interface, so a screen
reader would hear one name for the whole map and nothing of its steps. A view that draws
steps mixes in :class:`AccessibleSteps` and says which steps it shows and where; the
factory installed by :func:`install_step_accessibility` then gives the view an accessible
interface (a list) whose children are the steps, each named by its title and described by
:func:`models.wording.accessible.step_description` (its part of the journey, when, and
where each arrow out of it leads).

Lifetimes: Qt caches the interfaces it is given and may keep a child's pointer once a
screen reader has asked for it, so every child interface made here stays referenced by
its view's interface for as long as that lives (one per step id ever shown); a step that
is gone reports itself invalid rather than being deleted under Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from models.wording.accessible import step_description
from models.wording.role_filter_words import role_filter_note, role_step_note

if TYPE_CHECKING:
    from .document import PathwayDocument

__all__ = [
    "AccessibleSteps", "StepAccessible", "StepListAccessible", "accessible_text", "announce", "install_step_accessibility",
]

# Shown for the eye only: soft hyphens (a word broken to fit is one word to the ear) and
# the shapes that stand before a part of the journey's name ("black square", read aloud).
_NOT_SPOKEN = str.maketrans("", "", "\u00ad\u25a0\u25cf\u25b6\u25c0\u2066\u2068\u2069")  # and the isolates of text_direction


def accessible_text(text: str) -> str:
    """``text`` as a screen reader should get it."""
    return " ".join(text.translate(_NOT_SPOKEN).split())


def announce(widget: QWidget, news: str) -> None:
    """Tell a screen reader ``news`` through ``widget`` (the one with the keyboard).

    The news becomes the widget's description, which Qt reports as changed; a listening
    reader is also alerted, so a result or a new step is spoken though the focus stayed."""
    news = accessible_text(news)
    widget.setAccessibleDescription(news)
    if news and QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))


class AccessibleSteps:
    """Mixed into a QWidget that draws steps: what a screen reader may read of them."""

    def accessible_document(self) -> PathwayDocument | None:
        raise NotImplementedError

    def accessible_step_ids(self) -> list[str]:
        """The steps drawn, in reading order."""
        raise NotImplementedError

    def accessible_step_rect(self, step_id: str) -> QRect | None:
        """Where a step is drawn, in the widget's own coordinates (None: not drawn)."""
        raise NotImplementedError

    def accessible_current_step(self) -> str | None:
        """The step the keyboard is on (the selection, or the presenter's step)."""
        document = self.accessible_document()
        return document.selected if document is not None else None

    def announce_step(self, step_id: str | None) -> None:
        """Tell a listening screen reader that the keyboard moved to ``step_id``."""
        if step_id is None or not QAccessible.isActive():
            return
        ids = self.accessible_step_ids()
        if step_id not in ids:
            return
        assert isinstance(self, QWidget)
        event = QAccessibleEvent(self, QAccessible.Event.Focus if self.hasFocus() else QAccessible.Event.Selection)
        event.setChild(ids.index(step_id))
        QAccessible.updateAccessibility(event)


class StepAccessible(QAccessibleInterface):
    """One drawn step: named by its title, described by where it is and where it leads."""

    def __init__(self, owner: StepListAccessible, step_id: str) -> None:
        super().__init__()
        self._owner = owner
        self.step_id = step_id

    def _source(self) -> AccessibleSteps | None:
        return self._owner.source()

    def isValid(self) -> bool:  # noqa: N802 - Qt override
        source = self._source()
        return source is not None and self.step_id in source.accessible_step_ids()

    def object(self) -> QObject | None:
        return None

    def window(self):  # noqa: ANN201 - Qt override
        return self._owner.window()

    def relations(self, match=None) -> list:  # noqa: ANN001 - Qt override
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802 - Qt override
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802 - Qt override
        return None

    def parent(self) -> QAccessibleInterface:
        return self._owner

    def child(self, index: int) -> QAccessibleInterface | None:
        return None

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        return -1

    def text(self, kind: QAccessible.Text) -> str:
        source = self._source()
        document = source.accessible_document() if source is not None else None
        if document is None or document.pathway is None or document.graph is None:
            return ""
        if not document.graph.has_step(self.step_id):
            return ""
        if kind == QAccessible.Text.Name:
            return accessible_text(document.pathway.step(self.step_id).title)
        if kind == QAccessible.Text.Description:
            description = step_description(document.pathway, document.graph, self.step_id, audience=document.audience)
            # The care-team filter frames or fades the card: said first, as it is seen first.
            note = role_step_note(document.pathway, document.graph, document.role, self.step_id)
            return accessible_text(f"{note} {description}" if note else description)
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802 - Qt override
        return  # the title comes from the pathway file; the editor changes it there

    def rect(self) -> QRect:
        source = self._source()
        local = source.accessible_step_rect(self.step_id) if source is not None else None
        if local is None or not isinstance(source, QWidget):
            return QRect()
        return QRect(source.mapToGlobal(local.topLeft()), local.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.focusable = True
        state.selectable = True
        source = self._source()
        if source is None:
            state.invalid = True
            return state
        current = source.accessible_current_step() == self.step_id
        state.selected = current
        state.focused = current and isinstance(source, QWidget) and source.hasFocus()
        local = source.accessible_step_rect(self.step_id)
        if local is None or (isinstance(source, QWidget) and not source.rect().intersects(local)):
            state.offscreen = True
        return state


class StepListAccessible(QAccessibleWidget):
    """A view that draws steps, as a list whose items are the steps."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.List, "")
        self._widget = widget
        self._children: dict[str, StepAccessible] = {}

    def source(self) -> AccessibleSteps | None:
        widget = self._widget
        return widget if isinstance(widget, AccessibleSteps) else None

    def _ids(self) -> list[str]:
        source = self.source()
        return source.accessible_step_ids() if source is not None else []

    def _child_for(self, step_id: str) -> StepAccessible:
        child = self._children.get(step_id)
        if child is None:
            child = self._children[step_id] = StepAccessible(self, step_id)
        return child

    def text(self, kind: QAccessible.Text) -> str:
        words = super().text(kind)
        source = self.source()
        document = source.accessible_document() if source is not None else None
        if kind == QAccessible.Text.Description and document is not None and document.pathway is not None:
            note = role_filter_note(document.pathway, document.role)
            return f"{words} {note}" if note and words else note or words
        return words

    def childCount(self) -> int:  # noqa: N802 - Qt override
        return len(self._ids())

    def child(self, index: int) -> QAccessibleInterface | None:
        ids = self._ids()
        return self._child_for(ids[index]) if 0 <= index < len(ids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802 - Qt override
        ids = self._ids()
        step_id = getattr(child, "step_id", None)
        return ids.index(step_id) if step_id in ids else -1

    def focusChild(self) -> QAccessibleInterface | None:  # noqa: N802 - Qt override
        source = self.source()
        current = source.accessible_current_step() if source is not None else None
        return self._child_for(current) if current is not None and current in self._ids() else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # noqa: N802 - Qt override
        for index in range(self.childCount()):
            child = self.child(index)
            if child is not None and child.rect().contains(x, y):
                return child
        return None


_installed = False


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if isinstance(obj, AccessibleSteps) and isinstance(obj, QWidget):
        return StepListAccessible(obj)
    return None


def install_step_accessibility() -> None:
    """Give every step-drawing view its list of steps (once per process)."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
