"""Set-up shared by the tests that drive the main window (one copy, not one per file)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QAbstractItemView, QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from models import load_pathway
from pathway_viewer.core.document import PathwayDocument
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.core.settings import AppSettings
from pathway_viewer.core.step_accessibility import install_step_accessibility
from pathway_viewer.core.theme import make_theme
from pathway_viewer.presentation.view import PresentationView
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow


def test_settings(path: Path) -> AppSettings:
    """Settings in a file of the test's own, never the user's."""
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


test_settings.__test__ = False  # type: ignore[attr-defined]  # a helper, not a test


def row_ink(view: QAbstractItemView, index: QModelIndex, extra_height: int, extra_width: int = 0) -> int:
    """Dark pixels of the row at ``index`` drawn as ``view`` draws it, in a rect
    ``extra_height`` taller and ``extra_width`` wider than its own: with room to spare
    nothing can be cut, so a row that draws less as it is has text cut off."""
    rect = view.visualRect(index)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, rect.width() + extra_width, rect.height() + extra_height)
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if QColor(image.pixel(x, y)).lightness() < 110
    )


# The child's side of first_look_at_double_scale: each pathway opened as a first start at
# 1920x1080 logical pixels, on the view asked for, then looked at by the test's function.
_DOUBLE_SCALE_PROBE = """
import importlib, json, sys, tempfile
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from window_helpers import test_settings
from pathway_viewer.window.app import create_main_window
module, function, view = sys.argv[2:5]
look = getattr(importlib.import_module(module), function)
out = {}
for name, path in json.loads(sys.argv[1]).items():
    window = create_main_window(test_settings(Path(tempfile.mkdtemp()) / "s.ini"), Path(path) if path else None)
    window.resize(1920, 1080)
    window.show()
    if view != "journey":
        window.show_view(view, remember=False)
    for _ in range(5):
        app.processEvents()
    out[name] = [window.devicePixelRatio(), *look(window)]
    window.close()
print(json.dumps(out))
"""


def first_look_at_double_scale(
    look: Callable[[MainWindow], list[Any]], paths: dict[str, str], view: str = "journey"
) -> dict[str, list[Any]]:
    """For each of ``paths`` (name: file, "" for the bundled pathway), ``[device pixel ratio,
    *look(window)]`` of its first look on ``view`` in a child process whose Qt starts at
    scale 2, as on a 3840x2160 screen at 200 % (the scale cannot change once an application
    runs). ``look`` must be a module-level function of a test module (the child imports it)
    returning JSON-able values."""
    tests = Path(__file__).parent
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": "2",
           "PYTHONPATH": os.pathsep.join([str(tests.parent), str(tests)])}
    args = [json.dumps(paths), look.__module__, look.__name__, view]
    result = subprocess.run([sys.executable, "-c", _DOUBLE_SCALE_PROBE, *args], capture_output=True, text=True,
                            env=env, timeout=120, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def open_window(qtbot: QtBot, settings: AppSettings, path: Path | None = None,
                size: tuple[int, int] | None = None) -> MainWindow:
    """The main window on ``path`` (the bundled pathway if None), shown, exposed and active;
    at ``size`` from its first look, if given (else the first-start size for the test screen,
    800 px wide: the side panels then stand in one column of tabs)."""
    window = create_main_window(settings, path)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def click_card(qtbot: QtBot, window: MainWindow, step_id: str) -> None:
    card = window.scene.card(step_id)
    window.view.centerOn(card)
    pos = window.view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def presenting(qtbot: QtBot, path: Path, text_size: int = 100, size: tuple[int, int] = (1024, 768)) -> PresentationView:
    """A presentation of the pathway at ``path`` in a window of ``size``, not full screen,
    made as the main window makes it (step accessibility installed before any view)."""
    install_step_accessibility()
    document = PathwayDocument()
    document.set_pathway(load_pathway(path))
    view = PresentationView(document, make_theme("light", load_bundled_fonts(), text_size))
    qtbot.addWidget(view)
    view.start(None, full_screen=False)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view
