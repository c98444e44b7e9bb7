"""Undo commands for the editor (orange-canvas ``document/commands.py`` style).

Each command stores what it needs to go both ways, the (path, old value, new value) of one
field, or one list item inserted or removed, and applies it through the session, which
edits the YAML and re-validates it. Typing in one field merges into one command, so one
Undo takes back the whole word, not one letter.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from models.problems import PathKey
from models.yaml_edit import YamlEditError

if TYPE_CHECKING:
    from .session import EditSession

MERGE_TYPING = 1  # QUndoCommand.id() of field edits that merge while the same field is typed in


class _Missing:
    """The field was not in the file: undoing the edit removes it again (not ``null``)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


def _kept(value: Any) -> Any:
    # YamlDocument.set merges a mapping into the node in place; a stored old mapping must
    # be a copy or the edit would change it too and Undo would put back the new value.
    return copy.deepcopy(value) if isinstance(value, (dict, list)) else value


class SetField(QUndoCommand):
    def __init__(self, session: EditSession, path: PathKey, old: Any, new: Any, text: str, *, merge: bool) -> None:
        super().__init__(text)
        self.session, self.path, self.old, self.new, self.merge = session, path, _kept(old), _kept(new), merge

    def id(self) -> int:
        return MERGE_TYPING if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, SetField) and other.merge and other.path == self.path):
            return False
        self.new = other.new
        # Typed back to what it was: the command is obsolete and the stack drops it.
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        try:
            self.session.apply_set(self.path, self.new)
        except YamlEditError:
            # No place for the field (a mapping the file lacks): nothing changed, so nothing
            # to undo. Left on the stack, its undo later crashed the whole app.
            self.setObsolete(True)

    def undo(self) -> None:
        self.session.apply_set(self.path, self.old)


class InsertItem(QUndoCommand):
    def __init__(self, session: EditSession, list_path: PathKey, index: int, value: Any, text: str,
                 parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.session, self.list_path, self.index, self.value = session, list_path, index, _kept(value)

    def redo(self) -> None:
        self.session.apply_insert(self.list_path, self.index, _kept(self.value))

    def undo(self) -> None:
        self.session.apply_remove((*self.list_path, self.index))


class RemoveItem(QUndoCommand):
    def __init__(self, session: EditSession, path: PathKey, text: str, parent: QUndoCommand | None = None) -> None:
        super().__init__(text, parent)
        self.session, self.path = session, path
        self.value = _kept(session.yaml.get(path))

    def redo(self) -> None:
        self.session.apply_remove(self.path)

    def undo(self) -> None:
        index = self.path[-1]
        if isinstance(index, int):
            self.session.apply_insert(self.path[:-1], index, _kept(self.value))
        else:  # a field of a mapping (an arrow's words): put it back
            self.session.apply_set(self.path, _kept(self.value))
