"""Write files so that a crash or a full disk never leaves a half-written file behind.

Everything the app saves goes through :func:`atomic_path` or :func:`atomic_write_bytes`:
the data goes to a temporary file in the same folder, is flushed and synced, and only
then renamed over the target (a rename within one folder is atomic). On failure the
temporary file is removed and the old file is left exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from models.wording.i18n import fill


class WriteError(OSError):
    """A file could not be written; the message says which and why, in plain words."""


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target`` to write to; on success it replaces ``target``.

    For writers that want a file name (QPdfWriter, QImage.save, QSvgGenerator).
    """
    from PySide6.QtCore import QCoreApplication  # only to word an error; the rest needs no Qt

    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part" + target.suffix, dir=folder)
        os.close(fd)
    except OSError as exc:
        raise WriteError(fill(QCoreApplication.translate("CoreAtomic", "Cannot write to the folder %1: %2"), folder, exc.strerror or exc)) from exc
    tmp = Path(tmp_name)
    try:
        _match_mode(tmp, target)
        yield tmp
        if tmp.stat().st_size == 0:
            raise WriteError(fill(QCoreApplication.translate("CoreAtomic", "Nothing was written for %1; the old file (if any) is unchanged"), target))
        _fsync(tmp)
        os.replace(tmp, target)
        _fsync_dir(folder)
    except WriteError:
        _discard(tmp)
        raise
    except OSError as exc:
        _discard(tmp)
        raise WriteError(fill(QCoreApplication.translate("CoreAtomic", "Could not save %1: %2. The old file (if any) is unchanged"), target, exc.strerror or exc)) from exc
    except BaseException:
        _discard(tmp)
        raise


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    with atomic_path(target) as tmp:
        with open(tmp, "wb") as handle:
            handle.write(data)


def atomic_write_text(target: str | os.PathLike[str], text: str) -> None:
    atomic_write_bytes(target, text.encode("utf-8"))


def _match_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes owner-only files; give the result the permissions a normal save would
    (the old file's, or the user's umask), so exports in a shared clinic folder stay readable."""
    try:
        mode = target.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(tmp, mode)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform (Windows), so best effort.
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _discard(tmp: Path) -> None:
    with contextlib.suppress(OSError):
        tmp.unlink()
