"""The import rules of the house, checked on every test run (README: "Layout of the code").

Read from the source with ``ast`` (every import, including the ones inside functions that
keep start-up fast), so a rule holds for code paths a test never runs:

1. ``models`` is Qt-free and never reaches up into the app.
2. ``core`` is the floor every view stands on: it imports no view, dialog, output or window.
3. The views (journey canvas, timeline, presentation, panels, train mode) never import each other; what
   they share lives in ``core`` or ``models``.
4. Only the window opens dialogs: no module outside ``window`` imports ``dialogs`` or a Qt
   dialog class (a dialog may open its own file chooser).
5. ``output`` (export, handout, printing) may draw the journey but never reaches into the
   window, the dialogs or the panels.
6. Dialogs stand on ``core`` and ``models``: they import no view, no output and not the window.
7. The editor (``editing``) stands on ``core`` and ``models`` too; only the window hooks it
   into the panels, so no view imports it.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ("journey", "timeline", "presentation", "panels", "training")
QT_DIALOGS = {
    f"PySide6.QtWidgets.{name}" for name in ("QDialog", "QFileDialog", "QMessageBox", "QInputDialog", "QColorDialog")
} | {"PySide6.QtPrintSupport.QPrintDialog"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def imports_of(source: str, module: str, *, is_package: bool = False) -> set[str]:
    """Every module ``source`` imports, relative imports resolved against ``module``."""
    package = module.split(".") if is_package else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            # "from . import handout" imports a module, not a name: count it as one.
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def all_imports() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for top in ("models", "pathway_viewer"):
        for path in sorted((ROOT / top).rglob("*.py")):
            name = module_name(path)
            out[name] = imports_of(path.read_text(encoding="utf-8"), name, is_package=path.name == "__init__.py")
    return out


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def broken_rules(imports: dict[str, set[str]]) -> list[str]:
    broken: list[str] = []
    for module, targets in imports.items():
        for target in targets:
            why = None
            if within(module, "models") and target.split(".")[0] in ("PySide6", "shiboken6", "pathway_viewer"):
                why = "models is Qt-free and knows nothing of the app"
            elif within(module, "pathway_viewer.core") and any(
                within(target, f"pathway_viewer.{p}") for p in (*VIEWS, "dialogs", "output", "window", "cli")
            ):
                why = "core imports no view, dialog, output or window"
            elif any(within(module, f"pathway_viewer.{v}") for v in VIEWS) and any(
                within(target, f"pathway_viewer.{other}") and not within(module, f"pathway_viewer.{other}")
                for other in VIEWS
            ):
                why = "views never import each other"
            elif (within(target, "pathway_viewer.dialogs") or target in QT_DIALOGS) and not (
                within(module, "pathway_viewer.window") or within(module, "pathway_viewer.dialogs")
            ):
                why = "only the window opens dialogs"
            elif within(module, "pathway_viewer.dialogs") and any(
                within(target, f"pathway_viewer.{p}") for p in (*VIEWS, "output", "window")
            ):
                why = "dialogs stand on core and models, not on a view, output or the window"
            elif within(module, "pathway_viewer.editing") and any(
                within(target, f"pathway_viewer.{p}") for p in (*VIEWS, "output", "window", "dialogs", "cli")
            ):
                why = "the editor stands on core and models; the window hooks it in"
            elif any(within(module, f"pathway_viewer.{v}") for v in VIEWS) and within(target, "pathway_viewer.editing"):
                why = "the editor stands on core and models; the window hooks it in"
            elif within(module, "pathway_viewer.output") and any(
                within(target, f"pathway_viewer.{p}") for p in ("window", "dialogs", "panels")
            ):
                why = "output never reaches into the window, dialogs or panels"
            if why:
                broken.append(f"{module} imports {target}: {why}")
    return sorted(broken)


def test_the_import_rules_hold() -> None:
    imports = all_imports()
    assert len(imports) > 40 and "pathway_viewer.window.main_window" in imports  # the walk saw the tree
    assert broken_rules(imports) == []


@pytest.mark.parametrize(
    ("module", "source", "rule"),
    [
        ("models.layout", "from PySide6.QtGui import QColor", "Qt-free"),
        ("models.wording", "def f():\n    import pathway_viewer.core.theme", "Qt-free"),
        ("pathway_viewer.core.theme", "from ..window import actions", "core imports no view"),
        ("pathway_viewer.panels.details", "from ..journey.items import StepCard", "views never import"),
        ("pathway_viewer.journey.scene", "from ..panels import details", "views never import"),
        ("pathway_viewer.timeline.scene", "from pathway_viewer.dialogs.about import AboutDialog", "only the window"),
        ("pathway_viewer.output.handout", "from ..panels.details import heading_html", "output never"),
        ("pathway_viewer.panels.details", "from PySide6.QtWidgets import QMessageBox", "only the window"),
        ("pathway_viewer.training.view", "from ..journey.scene import JourneyScene", "views never import"),
        ("pathway_viewer.training.results_page", "from PySide6.QtWidgets import QFileDialog", "only the window"),
        ("pathway_viewer.dialogs.about", "from ..panels.details import heading_html", "dialogs stand on core"),
        ("pathway_viewer.editing.step_form", "from ..panels.details import DetailsPanel", "the editor stands"),
        ("pathway_viewer.panels.details", "from ..editing.step_form import StepForm", "the editor stands"),
    ],
)
def test_each_rule_can_fail(module: str, source: str, rule: str) -> None:
    # A rule that cannot fail proves nothing: each one catches a planted import.
    broken = broken_rules({module: imports_of(source, module)})
    assert broken and rule in broken[0]


def test_relative_imports_are_resolved() -> None:
    found = imports_of("from ..core.theme import Theme\nfrom . import actions", "pathway_viewer.window.main_window")
    assert {"pathway_viewer.core.theme", "pathway_viewer.window.actions"} <= found


def test_qt_warnings_fail_the_run(request: pytest.FixtureRequest) -> None:
    # pytest-qt turns a Qt warning into a failure of the test that caused it; the only
    # tolerated messages are listed, each with its reason, in pyproject.toml.
    assert request.config.getini("qt_log_level_fail") == "WARNING"
    ignored = request.config.getini("qt_log_ignore")
    # Only the offscreen platform's own limits are tolerated, never a warning about our code.
    assert ignored and all(m.startswith("This plugin does not support") for m in ignored)


COLOUR = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*\d")
LITERAL_STYLE = re.compile(r"setStyleSheet\(\s*f?[\"'][^\"']")


def colours_outside_the_theme(files: dict[str, str]) -> list[str]:
    """Lines outside core/theme.py that write a colour or a style sheet of their own."""
    return [
        f"{name}:{number}: {line.strip()}"
        for name, text in files.items()
        if not name.endswith("core/theme.py")
        for number, line in enumerate(text.splitlines(), start=1)
        if COLOUR.search(line) or LITERAL_STYLE.search(line)
    ]


def test_one_theme_owns_every_colour_and_style_sheet() -> None:
    files = {str(p.relative_to(ROOT)): p.read_text(encoding="utf-8") for p in (ROOT / "pathway_viewer").rglob("*.py")}
    assert colours_outside_the_theme(files) == []
    planted = {
        "pathway_viewer/panels/x.py": 'INK = "#1f2933"\nlabel.setStyleSheet("color: red")\npen = QColor(0, 0, 0)\n'
    }
    assert len(colours_outside_the_theme(planted)) == 3  # the check can fail
