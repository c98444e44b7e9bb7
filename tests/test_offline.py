"""The viewer runs on a locked-down clinic PC with no network: it never even tries to connect.

Three proofs, from the outside in: a whole user session with every way of opening a socket
made to fail and recorded; a fresh process that builds the window and then shows that Qt's
network library was never imported (nor loaded as a shared library); and a read of every
module's imports, so nobody adds a network import without this test saying so.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import pkgutil
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QFileDialog, QListWidget, QWidget
from pytestqt.qtbot import QtBot

import pathway_viewer
from pathway_viewer.window import actions as A
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from pathway_viewer.dialogs.problems import ProblemsDialog
from pathway_viewer.core.settings import AppSettings
from window_helpers import click_card

ROOT = Path(__file__).resolve().parents[1]
NETWORK_MODULES = {
    "socket", "ssl", "socketserver", "urllib", "urllib3", "http", "requests", "httpx", "aiohttp",
    "ftplib", "smtplib", "poplib", "imaplib", "telnetlib", "xmlrpc", "webbrowser",
}
QT_NETWORK_MODULES = {"QtNetwork", "QtNetworkAuth", "QtWebEngineCore", "QtWebEngineWidgets", "QtWebSockets"}


# --- (a) a whole session with the network cut off ---------------------------------------------


class _NetworkGuard:
    """While active, every socket operation Python can make is recorded and refused.

    An audit hook sees the C level too (``socket.__new__`` fires for any socket object,
    whoever creates it), so a library holding its own reference to ``socket.socket`` is
    caught as well. Audit hooks cannot be removed, hence one guard per process, switched on
    and off by the fixture.
    """

    def __init__(self) -> None:
        self.active = False
        self.attempts: list[str] = []

    def __call__(self, event: str, args: tuple[object, ...]) -> None:
        if self.active and event.startswith("socket."):
            self.attempts.append(f"{event}{args!r}"[:200])
            raise OSError(f"network use in an offline test: {event}")


_guard: _NetworkGuard | None = None


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every attempt to use the network during the test; each one also fails as if unplugged."""
    global _guard
    if _guard is None:
        _guard = _NetworkGuard()
        sys.addaudithook(_guard)
    attempts = _guard.attempts
    attempts.clear()

    def refuse(name: str):  # noqa: ANN202 - a factory of stand-ins
        def stand_in(*args: object, **kwargs: object) -> None:
            attempts.append(f"{name}{args!r}"[:200])
            raise OSError(f"network use in an offline test: {name}")

        return stand_in

    monkeypatch.setattr(socket.socket, "__init__", refuse("socket.socket"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "socketpair"):
        monkeypatch.setattr(socket, name, refuse(f"socket.{name}"))
    _guard.active = True
    try:
        yield attempts
    finally:
        _guard.active = False


def test_the_guard_catches_a_connection_even_when_the_error_is_swallowed(network_attempts: list[str]) -> None:
    import urllib.request

    for attempt in (
        lambda: urllib.request.urlopen("http://example.com/", timeout=1),
        lambda: socket.create_connection(("example.com", 80), timeout=1),
        lambda: socket.getaddrinfo("example.com", 80),
    ):
        try:
            attempt()
        except OSError:
            pass  # what careless code would do
    assert len(network_attempts) >= 3


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def broken_file(tmp_path: Path, small_pathway_file: Path) -> Path:
    text = small_pathway_file.read_text(encoding="utf-8")
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace("{role: lab,", "{role: surgeon,"), encoding="utf-8")
    return path


def click_row(qtbot: QtBot, lst: QListWidget, row: int) -> None:
    item = lst.item(row)
    lst.scrollToItem(item)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(item).center())


def close_dialogs(qtbot: QtBot, window: MainWindow) -> list[str]:
    """Close every open dialog the way a user would (its Close button or Esc); returns their titles."""
    titles = []
    for dialog in list(window.findChildren(QWidget)):
        if dialog.isWindow() and dialog.isVisible() and dialog is not window:
            titles.append(dialog.windowTitle())
            dialog.close()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    return titles


def test_a_whole_session_never_touches_the_network(
    qtbot: QtBot,
    network_attempts: list[str],
    settings: AppSettings,
    small_pathway_file: Path,
    broken_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = create_main_window(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pathway = window.document.pathway
    assert pathway is not None and window.document.path is None  # the bundled pathway

    # Every step, every role, both audiences.
    for step in pathway.steps:
        click_card(qtbot, window, step.id)
        assert window.document.selected == step.id
        assert step.title in window.details.text()
    roles = window.care_team.list
    for row in range(roles.count()):
        click_row(qtbot, roles, row)
    assert window.document.role == pathway.roles[-1].id
    click_row(qtbot, roles, 0)
    for key, audience in ((Qt.Key.Key_2, "clinician"), (Qt.Key.Key_1, "patient")):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.document.audience == audience

    # Zoom, fit, the keyboard, search.
    for action in (A.ZOOM_IN, A.ZOOM_IN, A.ZOOM_OUT, A.FIT):
        window.actions[action].trigger()
    window.view.setFocus()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Return,
                Qt.Key.Key_Home):
        qtbot.keyClick(window.view, key)
    window.actions[A.FIND].trigger()
    qtbot.keyClicks(window.search.edit, "fever")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert window.search.matches and window.document.selected in window.search.matches
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Escape)

    # Help.
    window.actions[A.QUICK_GUIDE].trigger()
    window.actions[A.ABOUT].trigger()
    assert len(close_dialogs(qtbot, window)) == 2

    # Files: a good one, a broken one (its problems dialog dismissed), the recent list.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(small_pathway_file), ""))
    window.actions[A.OPEN].trigger()
    assert window.document.pathway.title == "Small test journey"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken_file), ""))
    window.actions[A.OPEN].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ProblemsDialog))
    assert close_dialogs(qtbot, window) == ["This pathway file cannot be opened"]
    window.recent_menu.aboutToShow.emit()
    next(a for a in window.recent_menu.actions() if a.objectName() == "recent_0").trigger()
    assert window.document.pathway.title == "Small test journey"

    # Export the journey in every format.
    for name, chosen in (("j.png", "PNG picture (*.png)"), ("j.svg", "SVG drawing (*.svg)"),
                         ("j.pdf", "PDF document (*.pdf)")):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, c=chosen, **k: (str(t), c))
        window.actions[A.EXPORT_VIEW].trigger()
        assert target.stat().st_size > 1000, name
    assert not [t for t in close_dialogs(qtbot, window) if t]  # no error message

    # The timeline, and back to the map.
    window.actions[A.VIEW_TIMELINE].trigger()
    assert window.view_mode() == "timeline"
    row = window.timeline_scene.row("infuse")
    window.timeline_view.centerOn(row)
    qtbot.mouseClick(window.timeline_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.timeline_view.mapFromScene(row.sceneBoundingRect().center()))
    assert window.document.selected == "infuse"
    target = tmp_path / "timeline.svg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "SVG drawing (*.svg)"))
    window.actions[A.EXPORT_VIEW].trigger()
    assert target.stat().st_size > 1000
    window.actions[A.VIEW_JOURNEY].trigger()
    assert window.view_mode() == "journey"

    # Dates and clinic details, typed into their dialogs.
    window.actions[A.SET_DATES].trigger()
    dates = next(d for d in window.findChildren(QWidget, "schedule_dialog") if d.isVisible())
    dates.set_dates(dt.date(2026, 3, 10))
    qtbot.mouseClick(dates.ok_button, Qt.MouseButton.LeftButton)
    assert window.document.infusion_date == dt.date(2026, 3, 10)
    window.actions[A.CLINIC_SETTINGS].trigger()
    clinic = next(d for d in window.findChildren(QWidget, "clinic_settings_dialog") if d.isVisible())
    qtbot.keyClicks(clinic.name_edit, "Cell Therapy Unit")
    qtbot.keyClicks(clinic.emergency_edit, "999")
    qtbot.mouseClick(clinic.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert window.clinic.name == "Cell Therapy Unit"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

    # Presentation: in, forward, a branch, back out.
    click_card(qtbot, window, "observe")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    show = window.presentation
    assert show is not None and show.isVisible() and show.current_step == "observe"
    assert show.choice_labels()
    qtbot.keyClick(show, Qt.Key.Key_1)
    assert show.current_step == "fever-care"
    qtbot.keyClick(show, Qt.Key.Key_Right)
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible()

    # The handout: as a PDF and printed (to a PDF file: there is no printer here).
    handout = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(handout), ""))
    window.actions[A.EXPORT_HANDOUT].trigger()
    assert handout.read_bytes().startswith(b"%PDF")
    printed = tmp_path / "printed.pdf"

    def print_to_file(dialog: QPrintDialog) -> int:
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(printed))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    window.actions[A.PRINT].trigger()
    assert printed.read_bytes().startswith(b"%PDF")
    assert not [t for t in close_dialogs(qtbot, window) if t]  # no error message

    window.close()
    assert network_attempts == []


# --- (b) Qt's network library is never even loaded ----------------------------------------------

_CHILD = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    from pathlib import Path

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import pathway_viewer
    app = QApplication([])
    imported = []
    for info in pkgutil.walk_packages(pathway_viewer.__path__, "pathway_viewer."):
        if not info.name.endswith("__main__"):
            importlib.import_module(info.name)
            imported.append(info.name.rsplit(".", 1)[-1])
    from pathway_viewer.window.app import create_main_window
    from pathway_viewer.core.settings import AppSettings

    out = Path(sys.argv[1])
    window = create_main_window(AppSettings(QSettings(str(out / "s.ini"), QSettings.Format.IniFormat)))
    window.show()
    app.processEvents()
    window.document.select(window.document.pathway.steps[0].id)
    app.processEvents()
    for suffix in (".png", ".svg", ".pdf"):
        assert window.export_to(out / ("journey" + suffix))
    window.show_view("timeline")
    app.processEvents()
    assert window.export_to(out / "timeline.svg")
    window.show_view("journey")
    show = window.start_presentation()
    app.processEvents()
    show.go_next()
    show.leave()
    assert window.export_handout_to(out / "handout.pdf")
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            libraries = sorted({line.strip().rsplit("/", 1)[-1] for line in maps if "Qt6" in line})
    except OSError:  # not Linux
        libraries = []
    print(json.dumps({
        "imported": imported,
        "qt_modules": sorted(m for m in sys.modules if m.startswith("PySide6.Qt")),
        "libraries": libraries,
    }))
    window.close()
    """
)


def test_a_fresh_process_never_loads_qt_network(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tmp_path)], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert {"app", "main_window", "export", "handout", "presentation", "timeline"} <= set(report["imported"])
    assert "PySide6.QtWidgets" in report["qt_modules"]  # the report is real
    assert not [m for m in report["qt_modules"] if m.split(".")[-1] in QT_NETWORK_MODULES], report["qt_modules"]
    if sys.platform.startswith("linux"):
        assert "libQt6Widgets.so.6" in report["libraries"]
        assert not [lib for lib in report["libraries"] if "Network" in lib or "WebEngine" in lib], report["libraries"]


# --- (c) no module imports a network library ----------------------------------------------------


def network_imports(source: str) -> list[str]:
    """The network modules a Python source imports, statically or through importlib/__import__."""
    found: list[str] = []

    def check(name: str) -> None:
        parts = name.split(".")
        if parts[0] in NETWORK_MODULES or (parts[0] == "PySide6" and len(parts) > 1 and parts[1] in QT_NETWORK_MODULES):
            found.append(name)

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                check(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            check(node.module)
            for alias in node.names:
                check(f"{node.module}.{alias.name}")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in ("import_module", "__import__") and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    check(first.value)
    return found


def test_the_import_check_recognises_network_imports() -> None:
    bad = textwrap.dedent(
        """
        import os, urllib.request
        from http import client
        from PySide6 import QtCore, QtNetwork
        from PySide6.QtNetwork import QNetworkAccessManager
        import importlib; importlib.import_module("socket")
        requests = __import__("requests")
        from .socket import thing  # our own module, relative: allowed
        """
    )
    assert network_imports(bad) == [
        "urllib.request", "http", "http.client", "PySide6.QtNetwork", "PySide6.QtNetwork",
        "PySide6.QtNetwork.QNetworkAccessManager", "socket", "requests",
    ]
    assert network_imports("from PySide6.QtWidgets import QWidget\nimport json\n") == []


def test_no_module_of_the_app_imports_a_network_library() -> None:
    files = sorted((ROOT / "pathway_viewer").rglob("*.py")) + sorted((ROOT / "models").rglob("*.py"))
    assert len(files) > 20
    offenders = {
        str(path.relative_to(ROOT)): found
        for path in files
        if (found := network_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}
    # Every module of the package is read, including ones added after this test was written.
    names = {info.name.rsplit(".", 1)[-1] for info in pkgutil.walk_packages(pathway_viewer.__path__, "pathway_viewer.")}
    assert names <= {path.stem for path in files} | {path.parent.name for path in files}
