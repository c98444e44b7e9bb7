"""Nothing is lost on a crash: a process killed mid-edit leaves a recovery copy, and the
next start offers it and restores the text."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDoubleSpinBox, QMessageBox
from pytestqt.qtbot import QtBot

from pathway_viewer.editing.recovery import find_recoveries, find_recovery, recovery_folder
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

from conftest import DATA

ROOT = Path(__file__).resolve().parent.parent

# Run in a separate process: the same user folders as the test (inherited environment,
# Qt's test mode), an edit typed into the form, the recovery timer left to fire, then
# SIGKILL, which no handler can catch or tidy up after.
EDIT_THEN_DIE = textwrap.dedent(
    """
    import os, signal, sys
    from PySide6.QtCore import QSettings, QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication, QDoubleSpinBox
    QStandardPaths.setTestModeEnabled(True)
    app = QApplication([])
    from pathway_viewer.core.settings import AppSettings
    from pathway_viewer.window.app import create_main_window
    from pathway_viewer.window import actions as A
    from pathlib import Path
    window = create_main_window(AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat)), Path(sys.argv[1]))
    window.show()
    window.document.select("collect")
    window.actions[A.EDIT_MODE].trigger()
    window.step_form.findChild(QDoubleSpinBox, "edit_duration_max").setValue(9)
    # No save, no close: the recovery copy is written by its own timer, then the process dies.
    QTimer.singleShot(2500, lambda: os.kill(os.getpid(), signal.SIGKILL))
    app.exec()
    """
)


@pytest.fixture(autouse=True)
def _answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that ends with unsaved edits closes its window without a question it cannot answer."""
    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_killed_mid_edit_then_restored(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pathway = tmp_path / "clinic.yaml"
    shutil.copy(DATA / "small.yaml", pathway)
    original = pathway.read_text(encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", EDIT_THEN_DIE, str(pathway), str(tmp_path / "child.ini")],
        env=env, cwd=ROOT, timeout=120, capture_output=True, text=True,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert pathway.read_text(encoding="utf-8") == original  # the edit was never saved

    offered: list[str] = []
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, r: offered.append(r.text) or True)
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))  # names the app: its data folder
    recovered = find_recovery()
    assert recovered is not None and recovered.source == pathway
    assert "{min: 3, max: 9, unit: hours}" in recovered.text
    assert window.offer_recovery()
    assert offered
    session = window.edit_session
    assert session is not None and session.dirty and window.isWindowModified()
    assert window.actions[A.EDIT_MODE].isChecked()
    assert window.document.path == pathway
    assert window.document.pathway.step("collect").duration.max == 9
    window.document.select("collect")
    spin = window.step_form.findChild(QDoubleSpinBox, "edit_duration_max")
    assert spin.value() == 9
    assert window.save()
    assert "{min: 3, max: 9, unit: hours}" in pathway.read_text(encoding="utf-8")
    assert find_recovery() is None  # saved: the copy is gone


def test_no_offer_without_a_copy_nor_of_a_copy_an_open_window_is_editing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    asked: list[bool] = []
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, r: asked.append(True) or False)
    assert not window.offer_recovery() and not asked
    # A step with a length to change (an open-ended one has none).
    window.document.select(next(s.id for s in window.document.pathway.steps[1:] if s.duration is not None))
    window.actions[A.EDIT_MODE].trigger()
    session = window.edit_session
    assert session is not None and session.recovery is not None
    spin = window.step_form.findChild(QDoubleSpinBox, "edit_duration_max")
    spin.setValue(spin.value() + 1)
    session.recovery.write_now()
    assert list(recovery_folder().glob("edit-*.yaml"))  # the copy is there...
    # ...but a window started now (this one at its start, or a second one) is not told that
    # "the viewer closed" while the first is still editing.
    assert find_recovery() is None
    assert not window.offer_recovery() and not asked
    window.actions[A.EDIT_MODE].trigger()
    assert window.confirm_discard()  # Discard (the fixture's answer): the copy goes too
    assert not list(recovery_folder().glob("edit-*"))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_two_windows_killed_mid_edit_leave_two_copies(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # One shared copy kept only the last window's edits: the other's were lost.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    children = []
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(DATA / "small.yaml", tmp_path / name)
        children.append(subprocess.Popen([sys.executable, "-c", EDIT_THEN_DIE, str(tmp_path / name), str(tmp_path / f"{name}.ini")],
                                         env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    assert [child.wait(timeout=120) for child in children] == [-signal.SIGKILL] * 2
    open_window(qtbot, test_settings(tmp_path / "s.ini"))  # names the app: its data folder
    found = find_recoveries()
    assert sorted(r.source.name for r in found if r.source is not None) == ["a.yaml", "b.yaml"]
    assert all("{min: 3, max: 9, unit: hours}" in r.text for r in found)
    # Each start offers one (a window edits one file); the other waits for the next.
    offered: list[Path | None] = []
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, r: offered.append(r.source) or False)
    first = open_window(qtbot, test_settings(tmp_path / "s1.ini"))
    assert not first.offer_recovery() and len(offered) == 1
    assert [r.source for r in find_recoveries()] == [r.source for r in found if r.source != offered[0]]


def test_a_file_changed_after_the_crash_is_asked_about_before_the_restored_copy_is_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib

    from pathway_viewer.editing.recovery import Recovery

    pathway = tmp_path / "clinic.yaml"
    shutil.copy(DATA / "small.yaml", pathway)
    found = pathway.read_bytes()
    open_window(qtbot, test_settings(tmp_path / "s0.ini"))  # names the app: its data folder
    copy = Recovery()  # as a session that then crashed left it
    copy.schedule(lambda: found.decode("utf-8").replace("title: Assessment", "title: Assessment (mine)"), pathway,
                  hashlib.sha256(found).hexdigest())
    copy.write_now()
    copy._lock.unlock()  # its process is gone  # type: ignore[union-attr]
    pathway.write_text(found.decode("utf-8").replace("title: Assessment", "title: Assessment (theirs)"), encoding="utf-8")
    monkeypatch.setattr(MainWindow, "ask_restore", lambda self, r: True)
    asked: list[Path] = []
    monkeypatch.setattr(MainWindow, "ask_overwrite_changed", lambda self, path: asked.append(path) or False)
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    assert window.offer_recovery()
    assert not window.save() and asked == [pathway]  # read again at restore, their change went unnoticed
    assert "(theirs)" in pathway.read_text(encoding="utf-8")


def test_a_file_opened_by_a_relative_name_is_found_again_from_another_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "pathway-viewer open clinic.yaml" recorded "clinic.yaml" in the recovery copy: the next
    # start, from another folder, restored the edit attached to no file (Save asked where).
    pathway = tmp_path / "clinic.yaml"
    shutil.copy(DATA / "small.yaml", pathway)
    monkeypatch.chdir(tmp_path)
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), Path("clinic.yaml"))
    window.document.select("collect")
    window.actions[A.EDIT_MODE].trigger()
    window.step_form.findChild(QDoubleSpinBox, "edit_duration_max").setValue(9)
    session = window.edit_session
    assert session is not None and session.recovery is not None
    session.recovery.write_now()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    # The copy as the next start reads it (this window still holds it, so read its file).
    info = json.loads((recovery_folder() / f"edit-{session.recovery.key}.json").read_text(encoding="utf-8"))
    assert Path(info["source"]) == pathway
    assert window.document.path == pathway
    # The question names the folder too: "clinic.yaml" alone may be another folder's file.
    from pathway_viewer.editing.recovery import RecoveredEdit
    from pathway_viewer.window.edit_commands import restore_question

    assert restore_question(RecoveredEdit("", Path(info["source"]))) == (
        f"The viewer closed while you were changing {pathway}, before the changes were saved. Bring the changes back?")
