"""The edit session: one pathway file's YAML being edited, its undo stack and its problems.

While editing, the source of truth is the YAML text (a :class:`models.yaml_edit.YamlDocument`),
not the pydantic pathway: saving writes that text back, so the comments, key order and
quoting of everything not edited stay as the author wrote them. After each change the text
is validated by the same loader that opens files; a valid text replaces the document's
pathway through ``update_steps`` (the selection, role filter and zoom stay), an invalid one
leaves the map on the last valid pathway and lists the located problems.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from models import PathwayError, Problem
from models.loader import load_pathway_bytes
from models.parsing import encode_like
from models.problems import PathKey
from models.wording.i18n import fill
from models.yaml_edit import YamlDocument

from ..core.atomic import atomic_write_bytes
from ..core.document import PathwayDocument
from .commands import MISSING, InsertItem, RemoveItem, SetField
from .recovery import Recovery

# What a field is called in "Undo change <field> of '<step>'".
FIELD_WORDS = {
    "title": QT_TRANSLATE_NOOP("EditingSession", "title"), "phase": QT_TRANSLATE_NOOP("EditingSession", "part of the journey"),
    "patient_summary": QT_TRANSLATE_NOOP("EditingSession", "patient text"), "clinical_details": QT_TRANSLATE_NOOP("EditingSession", "clinical text"),
    "duration": QT_TRANSLATE_NOOP("EditingSession", "duration"), "timing": QT_TRANSLATE_NOOP("EditingSession", "timing"), "setting": QT_TRANSLATE_NOOP("EditingSession", "settings"),
    "care_team": QT_TRANSLATE_NOOP("EditingSession", "care team"), "what_to_expect": QT_TRANSLATE_NOOP("EditingSession", "what to expect"),
    "how_to_prepare": QT_TRANSLATE_NOOP("EditingSession", "how to prepare"), "questions": QT_TRANSLATE_NOOP("EditingSession", "questions"),
    "warning_signs": QT_TRANSLATE_NOOP("EditingSession", "warning signs"), "sources": QT_TRANSLATE_NOOP("EditingSession", "sources"),
}
VALIDATE_DELAY_MS = 250  # typing re-validates once the fingers pause, not on every key


def parse_path(text: str) -> PathKey:
    """``steps[3].duration.min`` -> ``("steps", 3, "duration", "min")`` (a problem's path)."""
    out: list[str | int] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", text):
        out.append(int(index) if index else name)
    return tuple(out)


def json_like(data: Any, original: str) -> str:
    """``data`` as JSON indented as ``original`` was (4 spaces stay 4, a tab a tab) and
    ending as it ended: a one-word edit re-indented every line of a 4-space file. A file on
    one line (as many tools write JSON) stays on one line."""
    indent: int | str | None = None if original.strip() and "\n" not in original.strip() else 2
    for line in original.splitlines()[1:]:
        stripped = line.lstrip(" \t")
        if stripped and len(stripped) < len(line):
            lead = line[: len(line) - len(stripped)]
            indent = lead if "\t" in lead else len(lead)
            break
    text = json.dumps(data, indent=indent, ensure_ascii=False, default=str)
    return text + "\n" if original.endswith("\n") or not original else text


class EditSession(QObject):
    sig_problems_changed = Signal(object)  # list[Problem]; empty when the text is valid
    sig_text_changed = Signal()  # the YAML changed (an edit, an undo or a redo): forms re-read it

    def __init__(
        self, document: PathwayDocument, text: str, name: str, path: Path | None,
        recovery: Recovery | None = None, parent: QObject | None = None, on_disk: bytes | None = None,
    ) -> None:
        super().__init__(parent)
        self.document, self.name, self.path = document, name, path
        # The file's bytes as this session found them (or last saved them): a save over a
        # file that no longer has them would throw away what someone else wrote there.
        self.on_disk = on_disk
        self.found_digest: str | None = None  # set for a restored copy: its crashed session's digest
        self.yaml = YamlDocument(text)
        self.stack = QUndoStack(self)
        self.problems: list[Problem] = []
        self.checked_text = text  # the text the problems are about (writing it out again is slow)
        self.recovery = recovery
        self._changed_steps: set[str] = set()
        self._timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate_now)
        self.stack.indexChanged.connect(self._on_stack_changed)

    # -- reading ---------------------------------------------------------------------------

    def step_index(self, step_id: str) -> int | None:
        for index, step in enumerate(self.yaml.get(("steps",))):
            if step.get("id") == step_id:
                return index
        return None

    def value(self, path: PathKey, default: Any = None) -> Any:
        try:
            return self.yaml.get(path)
        except ValueError:
            return default

    def step_title(self, index: int) -> str:
        return str(self.value(("steps", index, "title"), "") or self.value(("steps", index, "id"), ""))

    @property
    def dirty(self) -> bool:
        return not self.stack.isClean()

    # -- changing (each change is an undo command) -------------------------------------------

    def set_field(self, path: PathKey, value: Any, *, merge: bool = True, text: str | None = None) -> None:
        old = self.value(path, MISSING)
        if old is not MISSING and old == value:
            return
        self.stack.push(SetField(self, path, old, value, text or self._describe(path), merge=merge))

    def insert_item(self, list_path: PathKey, index: int, value: Any, text: str) -> None:
        self.stack.push(InsertItem(self, list_path, index, value, text))

    def remove_item(self, path: PathKey, text: str) -> None:
        self.stack.push(RemoveItem(self, path, text))

    def _describe(self, path: PathKey) -> str:
        if len(path) >= 3 and path[0] == "steps" and isinstance(path[1], int):
            key = str(path[2])
            word = QCoreApplication.translate("EditingSession", FIELD_WORDS[key]) if key in FIELD_WORDS else key.replace("_", " ")
            return fill(QCoreApplication.translate("EditingSession", "change %1 of '%2'"), word, self.step_title(path[1]))
        if path and path[0] == "transitions":
            return QCoreApplication.translate("EditingSession", "change an arrow")
        return fill(QCoreApplication.translate("EditingSession", "change %1"), str(path[0]).replace("_", " ")) if path else QCoreApplication.translate("EditingSession", "change")

    # -- called by the commands ------------------------------------------------------------

    def apply_set(self, path: PathKey, value: Any) -> None:
        if value is MISSING:
            self.yaml.remove(path)
        else:
            self.yaml.set(path, value)
        self._touched(path)

    def apply_insert(self, list_path: PathKey, index: int, value: Any) -> None:
        self.yaml.insert(list_path, index, value)
        self._touched(list_path, structural=True)

    def apply_remove(self, path: PathKey) -> None:
        self.yaml.remove(path)
        self._touched(path, structural=True)

    def _touched(self, path: PathKey, *, structural: bool = False) -> None:
        if structural or path[:1] != ("steps",) or len(path) < 2:
            self.changed_everything()  # steps or arrows came or went: any step may have moved
        else:
            self._changed_steps.add(str(self.value(("steps", path[1], "id"), "")))
        self.sig_text_changed.emit()
        self._timer.start()

    def changed_everything(self) -> None:
        """The next valid text redraws every step (a restored copy, say)."""
        self._changed_steps |= {str(s.get("id")) for s in self.yaml.get(("steps",))}

    # -- validation, saving, recovery ------------------------------------------------------

    def validate_now(self) -> list[Problem]:
        """Check the text now (the timer does it after typing); returns the problems."""
        self._timer.stop()
        text = self.text()
        self.checked_text = text
        try:
            pathway = load_pathway_bytes(text.encode("utf-8"), self.name, is_json=self.name.lower().endswith(".json"))
        except PathwayError as exc:
            self.problems = list(exc.problems)
        else:
            self.problems = []
            changed, self._changed_steps = self._changed_steps, set()
            self.document.update_steps(pathway, changed)
        self.sig_problems_changed.emit(self.problems)
        return self.problems

    def text(self, name: str | None = None) -> str:
        """The text to write, for a file called ``name`` (this session's file by default):
        JSON for a .json file (the YAML writer wraps a long JSON line, even inside a string,
        and a .json file saved as YAML is refused when opened again), else the YAML with
        the author's comments and layout kept."""
        if (name or self.name).lower().endswith(".json"):
            return json_like(self.yaml.data, self.yaml.original)
        return self.yaml.text()

    def save(self, path: Path) -> list[Problem]:
        """Write the text to ``path`` atomically; refused (nothing written) while it has problems.

        Raises :class:`pathway_viewer.core.atomic.WriteError` if the disk refuses.
        """
        problems = self.validate_now()
        if problems:
            return problems
        data = encode_like(self.text(path.name), self.on_disk)
        atomic_write_bytes(path, data)
        self.on_disk, self.found_digest = data, None
        self.path, self.name = path, path.name
        self.document.path = path
        self.stack.setClean()
        if self.recovery is not None:
            self.recovery.discard()
        return []

    def disk_digest(self) -> str | None:
        """The SHA-256 of the file as this session found it (or last saved it): a restored
        recovery copy keeps the one its crashed session had, so a change made to the file
        after the crash is still noticed at Save."""
        if self.found_digest is not None:
            return self.found_digest
        return hashlib.sha256(self.on_disk).hexdigest() if self.on_disk is not None else None

    def changed_on_disk(self, path: Path) -> bool:
        """Whether ``path`` (the file this session edits) now holds other bytes than it did
        when the session read or last saved it: changed by someone or something else."""
        expected = self.disk_digest()
        if expected is None or path != self.path:
            return False
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest() != expected
        except OSError:
            return False  # gone or unreadable: saving puts the text back, nothing is lost

    def _on_stack_changed(self, _index: int) -> None:
        if self.recovery is not None:
            if self.dirty:
                self.recovery.schedule(self.text, self.path, self.disk_digest())
            else:
                self.recovery.discard()
