"""Showing the journey loads only what it needs; the rest is imported on first use.

Guards the cold start measured in benchmarks/: each of these modules costs start-up time
and none is needed until the user asks for it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

NOT_AT_START = [
    "networkx",  # the layout and the app's queries use plain adjacency lists
    "PySide6.QtPrintSupport",
    "PySide6.QtNetwork",
    "pathway_viewer.output.handout",
    "pathway_viewer.presentation.view",
    "pathway_viewer.output.export",
    "pathway_viewer.dialogs.clinic_settings",
    "pathway_viewer.dialogs.schedule",
    "pathway_viewer.dialogs.about",
    "pathway_viewer.timeline.scene",  # the first paint shows the journey map
    "pathway_viewer.timeline.view",
    "yaml",  # the bundled pathway and glossary come from the validated cache (core/bundled_cache.py)
    "pathway_viewer.editing.session",  # and ruamel.yaml under it: only edit mode needs them
    "models.translation",  # the translation format's pydantic models: only once a translation is chosen
    "pydantic.plugin._loader",  # imported as the first pydantic validator is built: the cache needs none
    "models.quiz_results",  # a training record's classes: only Tools > Train needs them
    "models.quiz",
    "models.suggestions",  # the suggestion box's format: read on first use
]


def _modules_after(script: str, tmp_path: Path) -> set[str]:
    code = textwrap.dedent(
        f"""
        import json, sys
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        from pathway_viewer.window.app import configure_application, create_main_window
        from pathway_viewer.core.settings import AppSettings
        app = QApplication([])
        configure_application(app)
        window = create_main_window(AppSettings(QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)))
        window.show()
        app.processEvents()
        {script}
        print(json.dumps(sorted(sys.modules)))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_showing_the_journey_imports_nothing_it_does_not_need(tmp_path: Path) -> None:
    _modules_after("", tmp_path)  # the first start validates the bundled files and caches them
    loaded = _modules_after("window.document.select('evaluation'); app.processEvents()", tmp_path)
    assert "pathway_viewer.window.main_window" in loaded  # the probe really built the window
    assert sorted(set(NOT_AT_START) & loaded) == []


def test_the_first_use_imports_them(tmp_path: Path) -> None:
    loaded = _modules_after("window.start_presentation(); window.export_to(__import__('pathlib').Path(" + repr(str(tmp_path / "j.svg")) + "))", tmp_path)
    assert {"pathway_viewer.presentation.view", "pathway_viewer.output.export"} <= loaded
