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
