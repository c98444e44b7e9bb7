"""`models` never imports Qt: content, graph, validation and layout run on any server."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import models

SCRIPT = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(",".join(qt))
"""


def _imports_qt(*modules: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *modules], capture_output=True, text=True, timeout=120, check=True
    )
    return result.stdout.strip()


def test_models_and_its_modules_do_not_import_qt() -> None:
    submodules = sorted(m.name for m in pkgutil.walk_packages(models.__path__, "models."))
    assert {"models.layout", "models.wording.sections", "models.graph", "models.loader"} <= set(submodules)
    assert _imports_qt("models", *submodules) == ""


def test_validating_a_file_does_not_import_qt() -> None:
    # `pathway-viewer validate` must run on a server with no Qt libraries at all.
    small = str(Path(__file__).parent / "data" / "small.yaml")
    script = (
        "import sys; from pathway_viewer.cli.commands import main; code = main(['validate', sys.argv[1]]);"
        "print(','.join(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))), file=sys.stderr);"
        "sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", script, small], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert result.stdout.startswith(f"{small}: valid")
    assert result.stderr.strip() == ""


def test_the_check_itself_sees_qt() -> None:
    # Guard against a check that cannot fail: importing Qt is noticed.
    assert _imports_qt("PySide6.QtCore").startswith("PySide6")
