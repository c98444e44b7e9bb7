"""An exception in any slot or event handler is logged, shown plainly, and the app keeps running."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from pathway_viewer.window.crash import CrashHandler

# pytest-qt would turn the injected exception into a test failure; here it is the point.
pytestmark = pytest.mark.qt_no_exception_capture


def _close_message_when_shown(qtbot, seen: list[str]) -> None:
    def close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text() + "\n" + box.informativeText())
            box.accept()
        else:
            QTimer.singleShot(20, close)

    QTimer.singleShot(0, close)


class Flaky(QWidget):
    """A widget with a bug in a slot and in an event handler."""

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("Go", self)
        self.button.clicked.connect(self.on_click)
        self.clicks = 0

    def on_click(self) -> None:
        self.clicks += 1
        if self.clicks == 1:
            raise ValueError("injected failure in a slot")

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        raise RuntimeError("injected failure in an event handler")


@pytest.fixture
def flaky(qtbot, tmp_path: Path) -> Iterator[tuple[Flaky, CrashHandler, list[str]]]:
    """A shown Flaky widget with the crash handler installed, and the crash messages seen
    (each closed as it appears); the handler is removed afterwards whatever happens."""
    widget = Flaky()
    qtbot.addWidget(widget)
    widget.show()
    handler = CrashHandler(lambda: widget, folder=tmp_path / "logs").install()
    seen: list[str] = []
    _close_message_when_shown(qtbot, seen)
    try:
        yield widget, handler, seen
    finally:
        handler.uninstall()
        handler.close()


def test_failure_in_slot_is_logged_shown_and_app_survives(qtbot, flaky) -> None:
    widget, handler, seen = flaky
    qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    # The app is still running and the same button works the second time.
    qtbot.mouseClick(widget.button, Qt.MouseButton.LeftButton)
    assert widget.clicks == 2
    assert handler.count == 1
    assert "still running" in seen[0] and "Traceback" not in seen[0]
    assert str(handler.log_path) in seen[0]
    log = handler.log_path.read_text(encoding="utf-8")
    assert "Traceback" in log and "injected failure in a slot" in log and "on_click" in log


def test_failure_in_event_handler_is_caught(qtbot, flaky) -> None:
    widget, handler, seen = flaky
    # Posted, not sent: a real key press arrives from the event loop, not from Python.
    QApplication.postEvent(
        widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert "injected failure in an event handler" in handler.log_path.read_text(encoding="utf-8")
    assert widget.isVisible()


def test_unwritable_log_folder_still_shows_message(qtbot, tmp_path: Path, capsys) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    handler = CrashHandler(folder=blocker / "logs")
    seen: list[str] = []
    _close_message_when_shown(qtbot, seen)
    try:
        raise KeyError("boom")
    except KeyError as exc:
        handler(type(exc), exc, exc.__traceback__)
    assert seen and "could not be written" in seen[0]
    assert "KeyError" in capsys.readouterr().err


# A bug in the first look, raised while the window is first shown (``window.show()`` is a call
# made from Python, so PySide keeps the error pending instead of handing it on): the next
# Python override Qt called (a style metric for the outline's scroll bar) crashed the process.
_FIRST_LOOK_FAILS = """
import sys, tempfile
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from pathway_viewer.core.settings import AppSettings
from pathway_viewer.journey.scene import JourneyScene
from pathway_viewer.window.app import create_main_window
place = JourneyScene._place_items
calls = []
def failing(scene):
    calls.append(1)
    if len(calls) == 2:  # the first look's first wrap, inside window.show()
        raise RuntimeError("a bug in the first look")
    return place(scene)
JourneyScene._place_items = failing
seen = []
sys.excepthook = lambda kind, error, tb: seen.append(str(error))
settings = AppSettings(QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat))
window = create_main_window(settings, None)
window.resize(1366, 768)
window.show()
for _ in range(20):
    app.processEvents()
print("reported:", seen)
window.document.select(window.document.graph.main_path[1])
print("details:", window.details.text().splitlines()[0])
"""


def test_a_bug_in_the_first_look_is_reported_and_the_window_stays_up(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "c")}
    out = subprocess.run([sys.executable, "-c", _FIRST_LOOK_FAILS], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "reported: ['a bug in the first look']" in out.stdout
    assert "details: Collecting your T cells" in out.stdout
