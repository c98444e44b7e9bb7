"""File > Export handout takes a second or two (the journey's pictures): meanwhile the window
says so, shows a busy cursor, and keeps repainting instead of freezing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from window_helpers import open_window, test_settings

STROKE = Path(__file__).parent / "data" / "stroke_rehab.yaml"


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_the_window_says_it_is_busy_and_repaints_while_the_handout_is_made(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), STROKE)
    seen: list[tuple[str, Qt.CursorShape | None]] = []

    def look() -> None:
        cursor = QApplication.overrideCursor()
        seen.append((window.statusBar().currentMessage(), cursor.shape() if cursor is not None else None))

    # A timer that fires whenever the window's event loop runs: during the export only if the
    # work lets the window handle its events.
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(look)
    painted = PaintCounter()
    window.statusBar().installEventFilter(painted)
    timer.start()
    try:
        assert window.export_handout_to(tmp_path / "handout.pdf")
    finally:
        timer.stop()
        window.statusBar().removeEventFilter(painted)

    assert len(seen) >= 5, seen  # again and again, between the steps of the work
    assert set(seen) == {("Making the handout\u2026", Qt.CursorShape.WaitCursor)}
    assert painted.paints >= 1  # the status line was drawn while the work went on
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage().startswith("Saved the handout (")
    window.close()
