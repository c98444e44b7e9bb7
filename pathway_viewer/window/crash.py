"""Keep the app running when a bug slips through, and leave a trail for whoever fixes it.

PySide6 hands an exception raised in a slot or an event handler to ``sys.excepthook``
and then carries on with the event loop. We install a hook that writes the traceback to
a log file under the platform's app-data folder and shows the user one short, plain
message instead of a traceback. Nothing the user was looking at is lost.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

LOG_NAME = "pathway-viewer.log"


def log_dir() -> Path:
    """Where crash logs go: e.g. ~/.local/share/<app>/logs on Linux, %APPDATA% on Windows."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home()) / "logs"


class CrashHandler:
    """Callable used as ``sys.excepthook`` while the window is up."""

    def __init__(self, parent: Callable[[], QWidget | None] = lambda: None, folder: Path | None = None) -> None:
        self._parent = parent
        self.folder = folder or log_dir()
        self.log_path = self.folder / LOG_NAME
        self._logger: logging.Logger | None = None
        self._showing = False
        self.count = 0
        self._previous: ExceptHook | None = None

    def install(self) -> CrashHandler:
        self._previous = sys.excepthook
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous is not None:
            sys.excepthook = self._previous

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        self.count += 1
        where = self._log(exc_type, exc, tb)
        # A failure while the message is already up (e.g. in a paint handler that fires
        # again behind the dialog) is logged but not shown twice.
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            box = QMessageBox(self._parent())
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(QCoreApplication.translate("WindowCrash", "Something went wrong"))
            box.setText(QCoreApplication.translate("WindowCrash", "Something went wrong, but the app is still running and nothing was lost."))
            box.setInformativeText(
                QCoreApplication.translate(
                    "WindowCrash", "You can carry on. If it happens again, please send this file to your IT support:"
                ) + "\n" + where
            )
            box.setObjectName("crash_message")
            box.exec()
        finally:
            self._showing = False

    def _log(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        try:
            logger = self._get_logger()
            logger.error("Unhandled exception at %s\n%s", dt.datetime.now().isoformat(timespec="seconds"), text)
            return str(self.log_path)
        except OSError:
            # Cannot write a log (read-only profile): the traceback still goes to stderr.
            sys.stderr.write(text)
            return "(the log could not be written; details were printed to the console)"

    def _get_logger(self) -> logging.Logger:
        if self._logger is None:
            # Imported on the first crash: logging.handlers brings in socket and more,
            # about 5 ms of every start for a log most sessions never write.
            import logging.handlers

            self.folder.mkdir(parents=True, exist_ok=True)
            logger = logging.getLogger(f"pathway_viewer.crash.{id(self)}")
            logger.propagate = False
            handler = logging.handlers.RotatingFileHandler(
                self.log_path, maxBytes=512_000, backupCount=2, encoding="utf-8"
            )
            handler.setFormatter(logging.Formatter("%(message)s"))
            logger.addHandler(handler)
            self._logger = logger
        return self._logger

    def close(self) -> None:
        if self._logger is not None:
            for handler in list(self._logger.handlers):
                handler.close()
                self._logger.removeHandler(handler)
