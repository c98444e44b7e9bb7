"""What every output command of the command line needs before it draws: the pathway (or
its located problems on stderr) and a QApplication that lives until the command returns."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from models import Pathway, PathwayError


def load_or_report(file: Path | None, nothing_written: str) -> Pathway | None:
    """The pathway in ``file`` (the bundled one if None), or None after printing each
    problem and ``"<file>: refused, <nothing_written>"`` to stderr."""
    from models import load_pathway
    from models.loader import bundled_pathway

    try:
        return load_pathway(file if file is not None else bundled_pathway())
    except PathwayError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{file or 'the bundled pathway'}: refused, {nothing_written}", file=sys.stderr)
        return None


def command_application(language: str | None = None) -> QCoreApplication:
    """The running application, or a new one for a command run from a shell; the caller
    keeps the reference until it returns, or Qt would be torn down mid-drawing.

    A new one speaks ``language`` (``--lang``), else the language chosen in the app's
    settings, else the system's, so a handout reads like the window the clinic uses.
    """
    app = QApplication.instance()
    if app is not None and language is None:
        return app  # the window's own, already in its language
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "pathway-viewer"])
    from PySide6.QtCore import QSettings

    from .. import APP_NAME, ORG_NAME
    from ..core.i18n import apply_language, resolve

    chosen = language or QSettings(ORG_NAME, APP_NAME).value("view/language")
    apply_language(app, resolve(chosen if isinstance(chosen, str) else None))
    return app
