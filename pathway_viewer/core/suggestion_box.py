"""Where users' suggestions are kept: one JSON file in the per-user app-data folder.

The file is rewritten whole and atomically on every change (a few dozen suggestions are a
few kilobytes), so a crash never leaves half a file. A file that cannot be read is never
overwritten: it is set aside as ``suggestions.json.unreadable`` and the box starts empty,
so what people wrote can still be recovered by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from models.wording.i18n import fill
from models.suggestions import Suggestion, from_json, new_suggestion, to_csv, to_json

from .atomic import WriteError, atomic_write_bytes

FILE_NAME = "suggestions.json"


def default_path() -> Path:
    """e.g. ~/.local/share/<app>/suggestions.json on Linux (tests point it at a temporary folder)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home()) / FILE_NAME


class SuggestionBox:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._items: list[Suggestion] = self._read()

    def _read(self) -> list[Suggestion]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return []
        except (OSError, UnicodeDecodeError):
            return self._set_aside()
        try:
            return from_json(text)
        except ValueError:
            return self._set_aside()

    def _set_aside(self) -> list[Suggestion]:
        try:
            self.path.replace(self.path.with_name(self.path.name + ".unreadable"))
        except OSError:
            pass  # left where it is; the next save reports the problem
        return []

    def all(self) -> list[Suggestion]:
        return list(self._items)

    def for_pathway(self, pathway_id: str) -> list[Suggestion]:
        return [s for s in self._items if s.pathway_id == pathway_id]

    def add(
        self, pathway_id: str, pathway_version: str, step_id: str, step_title: str, text: str,
        made_on: dt.date | None = None,
    ) -> Suggestion:
        """Keep a new suggestion; raises WriteError if the file cannot be written (then it is not kept)."""
        item = new_suggestion(pathway_id, pathway_version, step_id, step_title, text, made_on or dt.date.today())
        self._save([*self._items, item])
        return item

    def remove(self, suggestion_id: str) -> None:
        self._save([s for s in self._items if s.id != suggestion_id])

    def export(self, path: Path, suggestions: list[Suggestion]) -> None:
        """Write ``suggestions`` for the content owner: CSV for a .csv name, JSON otherwise."""
        text = to_csv(suggestions) if path.suffix.lower() == ".csv" else to_json(suggestions)
        atomic_write_bytes(path, text.encode("utf-8"))

    def _save(self, items: list[Suggestion]) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError(fill(QCoreApplication.translate("CoreSuggestionBox", "Cannot make the folder %1: %2"), self.path.parent, exc.strerror or exc)) from exc
        atomic_write_bytes(self.path, to_json(items).encode("utf-8"))
        self._items = items  # only once it is on disk, so memory never claims more than the file
