"""Large-print handouts: the body at 16 pt (and every other size in proportion), from the
File menu (remembered) and from ``pathway-viewer handout --large-print``."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from pathway_viewer.core.settings import AppSettings
from pathway_viewer.window import actions as A
from window_helpers import open_window

REPO = Path(__file__).parent.parent
KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"


def point_sizes(path: Path) -> Counter[float]:
    """Characters per printed size in points (the text matrix times the font size)."""
    sizes: Counter[float] = Counter()

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            sizes[round(size * tm[3] * cm[3])] += len(text.strip())

    for page in PdfReader(str(path)).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def body_size(path: Path) -> float:
    return point_sizes(path).most_common(1)[0][0]  # most of a handout's words are body text


def test_large_print_from_the_file_menu_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = open_window(qtbot, settings, KNEE)
    normal, large = tmp_path / "normal.pdf", tmp_path / "large.pdf"
    assert window.export_handout_to(normal)
    window.actions[A.HANDOUT_LARGE_PRINT].trigger()
    assert window.export_handout_to(large)
    window.close()

    assert body_size(normal) == 12
    assert body_size(large) == 16
    assert min(point_sizes(large)) >= 11  # the smallest print (the footer) grew too: 8.5 pt before
    again = open_window(qtbot, settings, KNEE)
    assert again.actions[A.HANDOUT_LARGE_PRINT].isChecked()


def test_the_command_line_writes_large_print(tmp_path: Path) -> None:
    out = tmp_path / "large.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "pathway_viewer", "handout", str(KNEE), "-o", str(out), "--large-print"],
        cwd=REPO, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert body_size(out) == 16
