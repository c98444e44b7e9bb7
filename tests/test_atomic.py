"""Every write is atomic: a failure at any point leaves the old file intact and says where."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from pathway_viewer.core import atomic
from pathway_viewer.core.atomic import WriteError, atomic_path, atomic_write_bytes

OLD = b"the previous handout, which must survive\n"


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "handout.pdf"
    path.write_bytes(OLD)
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "handout.pdf")


def test_success_replaces_file_and_leaves_no_temporary(target: Path) -> None:
    atomic_write_bytes(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert _leftovers(target.parent) == []


def test_new_file_in_empty_folder(tmp_path: Path) -> None:
    out = tmp_path / "fresh.png"
    atomic_write_bytes(out, b"x")
    assert out.read_bytes() == b"x"


def test_disk_full_while_writing(target: Path) -> None:
    with pytest.raises(WriteError) as info, atomic_path(target) as tmp:
        tmp.write_bytes(b"half of the n")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert "No space left on device" in str(info.value) and str(target) in str(info.value)
    assert target.read_bytes() == OLD
    assert _leftovers(target.parent) == []


def test_writer_produced_nothing(target: Path) -> None:
    with pytest.raises(WriteError, match="Nothing was written"), atomic_path(target):
        pass  # e.g. QPdfWriter that silently failed to open its file
    assert target.read_bytes() == OLD
    assert _leftovers(target.parent) == []


def test_crash_in_the_writer_keeps_old_file(target: Path) -> None:
    with pytest.raises(KeyboardInterrupt), atomic_path(target) as tmp:
        tmp.write_bytes(b"partial")
        raise KeyboardInterrupt
    assert target.read_bytes() == OLD
    assert _leftovers(target.parent) == []


def test_fsync_fails(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_fsync(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic.os, "fsync", broken_fsync)
    with pytest.raises(WriteError, match="Input/output error"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == OLD
    assert _leftovers(target.parent) == []


def test_rename_fails(target: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_replace(src: str, dst: str) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(atomic.os, "replace", broken_replace)
    with pytest.raises(WriteError, match="cross-device"):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == OLD
    assert _leftovers(target.parent) == []


def test_folder_missing(tmp_path: Path) -> None:
    folder = tmp_path / "no" / "such" / "folder"
    with pytest.raises(WriteError) as excinfo:
        atomic_write_bytes(folder / "x.pdf", b"x")
    assert str(excinfo.value) == f"Cannot write to the folder {folder}: No such file or directory"


def test_folder_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root ignores permission bits (and CI runs as root), so a chmod-ed folder would prove
    # nothing there: the operating system's refusal is injected instead, for every file
    # opened inside the folder, exactly as a read-only folder refuses it.
    locked = tmp_path / "locked"
    locked.mkdir()
    real_open = os.open

    def refusing_open(path: str | os.PathLike[str], flags: int, *args: object, **kwargs: object) -> int:
        if Path(path).parent == locked:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    with pytest.raises(WriteError) as excinfo:
        atomic_write_bytes(locked / "x.pdf", b"x")
    assert str(excinfo.value) == f"Cannot write to the folder {locked}: Permission denied"
    assert list(locked.iterdir()) == []


def test_permissions_follow_umask_or_old_file(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.pdf"
        atomic_write_bytes(fresh, b"x")
        assert fresh.stat().st_mode & 0o777 == 0o644  # not mkstemp's owner-only 0600
        kept = tmp_path / "kept.pdf"
        kept.write_bytes(b"old")
        kept.chmod(0o664)
        atomic_write_bytes(kept, b"new")
        assert kept.stat().st_mode & 0o777 == 0o664
    finally:
        os.umask(old_umask)
