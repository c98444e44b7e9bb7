"""Recovery copies: the text being edited, kept in the app-data folder while there are
unsaved changes, so a crash or a killed process loses nothing.

Written atomically (a crash while writing leaves the previous copy), a moment after the
last change rather than on every key. Removed when the changes are saved or the user
chooses to discard them; at start-up the app offers to restore one left behind.

Each edit session has copies of its own (``edit-<key>.yaml`` and ``.json``), held by a lock
file while its window is open: two windows editing two files, both killed, leave two copies
(one shared copy kept only the last), and a window started while another is editing is never
offered that other window's live copy. A lock whose process has gone is stale, and its copy
is offered (QLockFile tells a dead holder from a live one).
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QStandardPaths, QTimer

from ..core.atomic import atomic_write_text

WRITE_DELAY_MS = 1000
PREFIX = "edit-"
# One shared copy, as written before each session had its own: still found and offered.
LEGACY_TEXT, LEGACY_INFO = "recovery.yaml", "recovery.json"


def recovery_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / "recovery"


@dataclass(frozen=True)
class RecoveredEdit:
    text: str
    source: Path | None  # the file that was being edited; None: the bundled pathway
    key: str = ""  # which session's copy ("" the shared copy of older versions)
    source_sha256: str | None = None  # the file's bytes when that session began (or saved)


def _names(key: str) -> tuple[str, str, str]:
    if not key:
        return LEGACY_TEXT, LEGACY_INFO, "recovery.lock"
    return f"{PREFIX}{key}.yaml", f"{PREFIX}{key}.json", f"{PREFIX}{key}.lock"


def _lock(folder: Path, key: str) -> QLockFile:
    lock = QLockFile(str(folder / _names(key)[2]))
    lock.setStaleLockTime(0)  # only a holder that has gone makes a lock stale, never its age
    return lock


def find_recoveries(folder: Path | None = None) -> list[RecoveredEdit]:
    """Copies no open window is editing, the newest first."""
    folder = folder or recovery_folder()
    dated = []
    try:
        for info in folder.glob(f"{PREFIX}*.json"):
            try:
                dated.append((info.stat().st_mtime, info))
            except OSError:
                continue  # removed by its window while this one looked: not left over
    except OSError:
        return []
    infos = [info for _, info in sorted(dated, key=lambda d: d[0], reverse=True)]
    keys = [info.name[len(PREFIX):-len(".json")] for info in infos] + [""]
    found = []
    for key in keys:
        lock = _lock(folder, key)
        if not lock.tryLock(0):
            continue  # a window is editing it now
        try:
            recovered = _read(folder, key)
        finally:
            lock.unlock()
        if recovered is not None:
            found.append(recovered)
    return found


def find_recovery(folder: Path | None = None) -> RecoveredEdit | None:
    """The newest copy no open window is editing, or None."""
    found = find_recoveries(folder)
    return found[0] if found else None


def _read(folder: Path, key: str) -> RecoveredEdit | None:
    text_name, info_name, _ = _names(key)
    try:
        text = (folder / text_name).read_text(encoding="utf-8")
        info = json.loads((folder / info_name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    source = info.get("source") if isinstance(info, dict) else None
    digest = info.get("source_sha256") if isinstance(info, dict) else None
    return RecoveredEdit(text, Path(source) if isinstance(source, str) else None, key,
                         digest if isinstance(digest, str) else None)


def discard_recovery(folder: Path | None = None, key: str = "") -> None:
    """Remove one session's copy (``key``; "" the shared copy of older versions)."""
    folder = folder or recovery_folder()
    for name in _names(key)[:2]:
        with contextlib.suppress(OSError):
            (folder / name).unlink()


class Recovery(QObject):
    """The recovery copy of one edit session."""

    def __init__(self, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder or recovery_folder()
        self.key = uuid.uuid4().hex[:12]
        self._lock: QLockFile | None = None
        self._pending: tuple[Callable[[], str], Path | None, str | None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=WRITE_DELAY_MS)
        self._timer.timeout.connect(self.write_now)

    def schedule(self, text: Callable[[], str], source: Path | None, source_sha256: str | None = None) -> None:
        """Write soon; ``text`` is called then, so a burst of typing costs one write.
        ``source_sha256``: the file's bytes as the session found them (see RecoveredEdit)."""
        self._pending = (text, source, source_sha256)
        self._timer.start()

    def write_now(self) -> None:
        self._timer.stop()
        if self._pending is None:
            return
        text, source, digest = self._pending
        self._pending = None
        self.folder.mkdir(parents=True, exist_ok=True)
        if self._lock is None:
            self._lock = _lock(self.folder, self.key)
            self._lock.tryLock(0)  # a fresh key: nobody else holds it
        text_name, info_name, _ = _names(self.key)
        # The text first: a copy whose info file is missing is ignored, never half-restored.
        atomic_write_text(self.folder / text_name, text())
        atomic_write_text(self.folder / info_name,
                          json.dumps({"source": str(source) if source else None, "source_sha256": digest}))

    def discard(self) -> None:
        self._timer.stop()
        self._pending = None
        discard_recovery(self.folder, self.key)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
