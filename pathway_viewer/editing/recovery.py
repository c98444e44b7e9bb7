"""The recovery copy: the text being edited, kept in the app-data folder while there are
unsaved changes, so a crash or a killed process loses nothing.

Written atomically (a crash while writing leaves the previous copy), a moment after the
last change rather than on every key. Removed when the changes are saved or the user
chooses to discard them; if one is there at start-up the app offers to restore it.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from ..core.atomic import atomic_write_text

WRITE_DELAY_MS = 1000
TEXT_NAME = "recovery.yaml"
INFO_NAME = "recovery.json"


def recovery_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


@dataclass(frozen=True)
class RecoveredEdit:
    text: str
    source: Path | None  # the file that was being edited; None: the bundled pathway


def find_recovery(folder: Path | None = None) -> RecoveredEdit | None:
    folder = folder or recovery_folder()
    try:
        text = (folder / TEXT_NAME).read_text(encoding="utf-8")
        info = json.loads((folder / INFO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    source = info.get("source") if isinstance(info, dict) else None
    return RecoveredEdit(text, Path(source) if isinstance(source, str) else None)


def discard_recovery(folder: Path | None = None) -> None:
    folder = folder or recovery_folder()
    for name in (TEXT_NAME, INFO_NAME):
        with contextlib.suppress(OSError):
            (folder / name).unlink()


class Recovery(QObject):
    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or recovery_folder()
        self._pending: tuple[Callable[[], str], Path | None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=WRITE_DELAY_MS)
        self._timer.timeout.connect(self.write_now)

    def schedule(self, text: Callable[[], str], source: Path | None) -> None:
        """Write soon; ``text`` is called then, so a burst of typing costs one write."""
        self._pending = (text, source)
        self._timer.start()

    def write_now(self) -> None:
        self._timer.stop()
        if self._pending is None:
            return
        text, source = self._pending
        self._pending = None
        self.folder.mkdir(parents=True, exist_ok=True)
        # The text first: a copy whose info file is missing is ignored, never half-restored.
        atomic_write_text(self.folder / TEXT_NAME, text())
        atomic_write_text(self.folder / INFO_NAME, json.dumps({"source": str(source) if source else None}))

    def discard(self) -> None:
        self._timer.stop()
        self._pending = None
        discard_recovery(self.folder)
