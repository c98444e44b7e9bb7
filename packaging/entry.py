"""Entry point of the offline bundle (PyInstaller): the same as ``python -m pathway_viewer``.

The bundle's executable runs this script. It hands over to the package's own ``__main__``
by name, so the bundle keeps working however the modules inside ``pathway_viewer`` are
arranged, and every argument means what it means to ``pathway-viewer``.

One addition, for the bundle's test (tests/test_bundle.py) and for IT checking an install:

    pathway-viewer --bundle-smoke-test OUT.png

opens the real window through the normal start-up path, waits until it is on screen,
saves what it shows to OUT.png and quits with 0 (non-zero, with the reason on stderr, if
the window never appeared or a dialog such as the crash message came up instead). It needs
no display when run with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import runpy
import sys

SMOKE_FLAG = "--bundle-smoke-test"
SMOKE_TIMEOUT_MS = 60_000
POLL_MS = 100


def _arm_smoke_test(out: str) -> None:
    """Create the QApplication the app will reuse, with a timer that checks the window and quits."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

    app = QApplication(sys.argv[:1])
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer(app)
    timer.setInterval(POLL_MS)

    def fail(code: int, why: str) -> None:
        timer.stop()
        print(f"bundle smoke test failed: {why}", file=sys.stderr, flush=True)
        app.exit(code)

    def check() -> None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        dialogs = [w for w in visible if isinstance(w, QDialog)]
        if dialogs:
            texts = [w.text() if isinstance(w, QMessageBox) else w.windowTitle() for w in dialogs]
            fail(3, f"a dialog came up instead of the window alone: {texts!r}")
            return
        windows = [w for w in visible if isinstance(w, QMainWindow)]
        handle = windows[0].windowHandle() if windows else None
        if handle is None or not handle.isExposed():
            if clock.elapsed() > SMOKE_TIMEOUT_MS:
                fail(4, f"no main window on screen after {SMOKE_TIMEOUT_MS / 1000:.0f} s")
            return
        timer.stop()
        window = windows[0]
        QApplication.processEvents()
        image = window.grab().toImage()
        if image.isNull() or not image.save(out):
            fail(5, f"could not save the window's picture to {out}")
            return
        print(f"window shown: {window.windowTitle()!r}, {image.width()}x{image.height()} px, "
              f"platform {QApplication.platformName()}, saved {out}", flush=True)
        app.exit(0)

    timer.timeout.connect(check)
    timer.start()


def main() -> None:
    args = sys.argv[1:]
    if len(args) == 2 and args[0] == SMOKE_FLAG:
        _arm_smoke_test(args[1])
        del sys.argv[1:]  # the app itself then starts exactly as with no arguments
    runpy.run_module("pathway_viewer", run_name="__main__")


if __name__ == "__main__":
    main()
