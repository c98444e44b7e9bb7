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


def command_application() -> QCoreApplication:
    """The running application, or a new one for a command run from a shell; the caller
    keeps the reference until it returns, or Qt would be torn down mid-drawing."""
    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "pathway-viewer"])
