"""Soak: thousands of random user actions, and the viewer neither fails nor grows.

A clinic leaves the viewer open all day. Here a seeded "monkey" clicks cards and empty
space, drags, scrolls the wheel, presses keys, zooms, picks roles and audiences, searches,
resizes, hides panels, opens help, and opens good and broken files, on the bundled pathway
and on a generated 500-step one. Every action is followed by the event loop's own work
(paints, timers, deferred deletes), so paint code runs too.

It fails on: any exception reaching ``sys.excepthook`` (pytest-qt's capture stays on, and
the last actions before it are reported), a Qt warning or error message, a broken
invariant after an action (selection on a card that exists, one card per step, no leaked
scene items), and growth between a warmed-up start and the end of each run: resident
memory, Python objects, QObjects owned by the window, and top-level widgets.

The same seed always gives the same actions: a failure can be replayed.
"""

from __future__ import annotations

import gc
import os
import random
import resource
import sys
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from benchmarks.generate import write_pathway
from models import Pathway, bundled_pathway
from pathway_viewer import actions as A
from pathway_viewer.app import create_main_window
from pathway_viewer.main_window import MainWindow
from pathway_viewer.settings import AppSettings
from pathway_viewer.view import MAX_ZOOM, MIN_ZOOM

pytestmark = pytest.mark.slow

SEED = 20260115
ACTIONS = 2500  # per pathway: 5,000 in all
WARM_UP = 250
RSS_GROWTH_MB = 60.0  # between the warmed-up start and the end of one run
PY_OBJECTS_GROWTH = 0.01  # as a fraction of the objects alive after warm-up (a leak of one per action: 2%)
# Qt makes a few objects lazily or on a timer (the status bar's message timer comes and goes
# with its message); a leaked dialog or menu alone is dozens.
QOBJECTS_GROWTH = 3
WIDGETS_GROWTH = 2
# Messages the offscreen platform prints for calls it cannot honour; not our bugs.
BENIGN_QT_MESSAGES = ("This plugin does not support",)


# --- measuring ---------------------------------------------------------------------------------


def rss_mb() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:  # not Linux: the peak is the best there is
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak / (2**20 if sys.platform == "darwin" else 2**10)


@dataclass(frozen=True)
class Footprint:
    rss_mb: float
    py_objects: int
    window_qobjects: Counter[str]  # by class
    widgets: int
    scene_items: int

    def __str__(self) -> str:
        return (f"RSS {self.rss_mb:.1f} MB, {self.py_objects} Python objects, {self.window_qobjects.total()} QObjects "
                f"in the window, {self.widgets} widgets, {self.scene_items} scene items")


def settle() -> None:
    """What the event loop would do between user actions, deferred deletes included."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def footprint(window: MainWindow) -> Footprint:
    settle()
    # Qt objects first: listing them makes Python wrappers for C++-made objects, which
    # would otherwise show up as growth in the next count.
    qobjects = Counter(type(o).__name__ for o in window.findChildren(QObject))
    widgets = len(QApplication.allWidgets())
    items = len(window.scene.items())
    gc.collect()
    return Footprint(rss_mb(), len(gc.get_objects()), qobjects, widgets, items)


def expected_scene_items(pathway: Pathway) -> int:
    """One card per step, one arrow per transition, one label per labelled transition, the legend."""
    return len(pathway.steps) + len(pathway.transitions) + sum(1 for t in pathway.transitions if t.label) + 1


# --- the monkey --------------------------------------------------------------------------------

SEARCH_WORDS = ["fever", "blood", "cells", "zzzz", "<b>", "é", "日本", "a" * 40, "  ", "day 0", "ICU", "x"]
KEYS = [Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter,
        Qt.Key.Key_Home, Qt.Key.Key_Escape, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Tab]


class Monkey:
    """Random user actions on one window; ``history`` holds the latest, for failure reports."""

    def __init__(self, qtbot: QtBot, window: MainWindow, rng: random.Random,
                 good: list[Path], broken: list[Path], open_good_weight: float = 1.0) -> None:
        self.qtbot = qtbot
        self.window = window
        self.rng = rng
        self.good = good
        self.broken = broken
        self.history: deque[str] = deque(maxlen=12)
        self.count = 0
        self.done: dict[str, int] = {}
        self.seconds: dict[str, float] = {}
        weighted: list[tuple[Callable[[], None], float]] = [
            (self.click_card, 22), (self.click_empty, 6), (self.double_click_card, 3), (self.drag, 3),
            (self.key, 20), (self.wheel, 8), (self.zoom, 6), (self.role, 7), (self.audience, 3),
            (self.search, 8), (self.resize, 2), (self.toggle_panel, 2), (self.help, 1),
            (self.open_good, open_good_weight), (self.open_broken, 2),
        ]
        self._actions = [a for a, _ in weighted]
        self._weights = [w for _, w in weighted]

    # -- running --

    def run(self, n: int) -> None:
        for _ in range(n):
            action = self.rng.choices(self._actions, self._weights)[0]
            self.count += 1
            self.history.append(f"#{self.count} {action.__name__}")
            began = time.perf_counter()
            action()
            settle()
            self.seconds[action.__name__] = self.seconds.get(action.__name__, 0.0) + time.perf_counter() - began
            self.done[action.__name__] = self.done.get(action.__name__, 0) + 1
            self.check(thorough=self.count % 100 == 0)

    def summary(self) -> str:
        return ", ".join(f"{name} {n} ({self.seconds[name]:.1f} s)" for name, n in sorted(self.done.items()))

    def note(self, text: str) -> None:
        self.history[-1] += f" {text}"

    def check(self, *, thorough: bool = False) -> None:
        window = self.window
        doc = window.document
        assert doc.pathway is not None, self.history
        steps = window.scene.step_ids()
        assert len(steps) == len(doc.pathway.steps), list(self.history)
        assert doc.selected is None or doc.selected in steps, list(self.history)
        assert window.details.text().strip(), list(self.history)
        assert MIN_ZOOM - 1e-9 <= window.view.zoom_level <= MAX_ZOOM + 1e-9, list(self.history)
        if thorough:
            assert len(window.scene.items()) == expected_scene_items(doc.pathway), list(self.history)
            marked = [s for s in steps if window.scene.card(s).is_selected_mark]
            assert marked == ([doc.selected] if doc.selected else []), list(self.history)
            assert window.scene.highlighted_steps() == doc.role_steps(), list(self.history)

    # -- where things are --

    def _pos_of(self, step_id: str) -> QPoint:
        view = self.window.view
        card = self.window.scene.card(step_id)
        if not view.visible_scene_rect().contains(card.sceneBoundingRect().center()):
            view.centerOn(card)
        return view.mapFromScene(card.sceneBoundingRect().center())

    def _random_step(self) -> str:
        return self.rng.choice(self.window.scene.step_ids())

    def _empty_pos(self) -> QPoint | None:
        view = self.window.view
        for _ in range(20):
            pos = QPoint(self.rng.randrange(view.viewport().width()), self.rng.randrange(view.viewport().height()))
            if self.window.scene.card_at(view.mapToScene(pos)) is None:
                return pos
        return None

    # -- the actions --

    def click_card(self) -> None:
        step = self._random_step()
        self.note(step)
        self.qtbot.mouseClick(self.window.view.viewport(), Qt.MouseButton.LeftButton, pos=self._pos_of(step))
        assert self.window.document.selected == step, list(self.history)

    def click_empty(self) -> None:
        pos = self._empty_pos()
        if pos is not None:
            button = self.rng.choice([Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton])
            self.qtbot.mouseClick(self.window.view.viewport(), button, pos=pos)
            if button == Qt.MouseButton.LeftButton:
                assert self.window.document.selected is None, list(self.history)

    def double_click_card(self) -> None:
        step = self._random_step()
        self.qtbot.mouseDClick(self.window.view.viewport(), Qt.MouseButton.LeftButton, pos=self._pos_of(step))

    def drag(self) -> None:
        start = self._empty_pos() or QPoint(5, 5)
        end = start + QPoint(self.rng.randint(-300, 300), self.rng.randint(-200, 200))
        viewport = self.window.view.viewport()
        self.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
        self.qtbot.mouseMove(viewport, pos=(start + end) / 2)
        self.qtbot.mouseMove(viewport, pos=end)
        self.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    def key(self) -> None:
        key = self.rng.choice(KEYS)
        self.note(key.name)
        self.qtbot.keyClick(self.window.view, key)

    def wheel(self) -> None:
        viewport = self.window.view.viewport()
        pos = QPointF(self.rng.uniform(0, viewport.width()), self.rng.uniform(0, viewport.height()))
        delta = self.rng.choice([QPoint(0, 120), QPoint(0, -120), QPoint(0, 360), QPoint(0, -15), QPoint(120, 0)])
        modifiers = self.rng.choice([Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier])
        event = QWheelEvent(pos, viewport.mapToGlobal(pos), QPoint(), delta, Qt.MouseButton.NoButton, modifiers,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(viewport, event)

    def zoom(self) -> None:
        action = self.rng.choice([A.ZOOM_IN, A.ZOOM_IN, A.ZOOM_OUT, A.ZOOM_OUT, A.FIT])
        self.note(action)
        self.window.actions[action].trigger()

    def role(self) -> None:
        lst = self.window.care_team.list
        if not self.window.care_team.isVisible():
            return
        row = self.rng.randrange(lst.count())
        item = lst.item(row)
        lst.scrollToItem(item)
        self.qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(item).center())
        pathway = self.window.document.pathway
        assert self.window.document.role == (None if row == 0 else pathway.roles[row - 1].id), list(self.history)

    def audience(self) -> None:
        action = self.rng.choice([A.AUDIENCE_PATIENT, A.AUDIENCE_CLINICIAN])
        self.window.actions[action].trigger()
        assert self.window.document.audience == action.removeprefix("audience_"), list(self.history)

    def search(self) -> None:
        edit = self.window.search.edit
        self.window.actions[A.FIND].trigger()
        pathway = self.window.document.pathway
        words = pathway.step(self._random_step()).title.split() + SEARCH_WORDS
        word = self.rng.choice(words)
        self.note(repr(word))
        if word.isascii() and len(word) <= 12:
            self.qtbot.keyClicks(edit, word)
        else:
            edit.insert(word)  # pasted, or committed by an input method (QTest types ASCII only)
        for _ in range(self.rng.randint(0, 3)):
            key, modifier = self.rng.choice([(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
                                             (Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier),
                                             (Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)])
            self.qtbot.keyClick(edit, key, modifier)
            matches = self.window.search.matches
            assert not matches or self.window.document.selected in matches, list(self.history)
        if self.rng.random() < 0.5:
            self.qtbot.keyClick(edit, Qt.Key.Key_Escape)

    def resize(self) -> None:
        self.window.resize(self.rng.randint(640, 1400), self.rng.randint(480, 900))

    def toggle_panel(self) -> None:
        panel = self.rng.choice([self.window.details, self.window.care_team])
        panel.toggleViewAction().trigger()

    def help(self) -> None:
        self.window.actions[self.rng.choice([A.ABOUT, A.QUICK_GUIDE])].trigger()
        self.dismiss_dialogs(expect=1)

    def open_good(self) -> None:
        path = self.rng.choice(self.good)
        self.note(path.name)
        self.qtbot_open(path)
        assert self.window.document.path == path, list(self.history)

    def open_broken(self) -> None:
        path = self.rng.choice(self.broken)
        self.note(path.name)
        before = self.window.document.pathway
        self.qtbot_open(path)
        self.dismiss_dialogs(expect=1)
        assert self.window.document.pathway is before, list(self.history)

    # -- helpers --

    def qtbot_open(self, path: Path) -> None:
        """File > Open, with the file dialog answered (it is the one dialog a test cannot drive)."""
        original = QFileDialog.getOpenFileName
        QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(path), ""))  # type: ignore[method-assign]
        try:
            self.window.actions[A.OPEN].trigger()
        finally:
            QFileDialog.getOpenFileName = original  # type: ignore[method-assign]

    def dismiss_dialogs(self, expect: int) -> None:
        """Press Esc in each dialog the window opened, as a user closing it would."""
        open_now = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()
                    and w is not self.window and w.objectName() != "qtooltip_label"]
        assert len(open_now) == expect, (open_now, list(self.history))
        for dialog in open_now:
            self.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not [w for w in open_now if w.isVisible()], list(self.history)
        self.window.activateWindow()


# --- fixtures and the test ---------------------------------------------------------------------


@pytest.fixture
def files(tmp_path: Path, small_pathway_file: Path) -> dict[str, list[Path]]:
    text = small_pathway_file.read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("{role: lab,", "{role: surgeon,"), encoding="utf-8")
    noise = tmp_path / "noise.yaml"
    noise.write_bytes(bytes(range(256)) * 8)
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    big = write_pathway(tmp_path / "generated-500.yaml", 500, "yaml", seed=7)
    return {
        "broken": [broken, noise, empty, folder, tmp_path / "missing.yaml"],
        "small": [small_pathway_file, bundled_pathway()],
        "big": [big],
    }


def soak(qtbot: QtBot, window: MainWindow, rng: random.Random, start: Path, good: list[Path],
         broken: list[Path], report: list[str], monkeys: list[Monkey], open_good_weight: float = 1.0) -> None:
    monkey = Monkey(qtbot, window, rng, good, broken, open_good_weight)
    monkeys.append(monkey)
    window.open_file(start)
    monkey.run(WARM_UP)
    # Compare like with like: the same pathway freshly opened, no dialog open.
    window.open_file(start)
    before = footprint(window)
    assert before.scene_items == expected_scene_items(window.document.pathway)
    began = time.perf_counter()
    monkey.run(ACTIONS - WARM_UP)
    seconds = time.perf_counter() - began
    window.open_file(start)
    after = footprint(window)
    report.append(f"{start.name}: {ACTIONS} actions ({seconds:.0f} s after warm-up)\n  before: {before}\n"
                  f"  after:  {after}\n  actions: {monkey.summary()}")
    assert after.scene_items == expected_scene_items(window.document.pathway), report[-1]
    assert after.rss_mb - before.rss_mb < RSS_GROWTH_MB, report[-1]
    assert after.py_objects - before.py_objects < PY_OBJECTS_GROWTH * before.py_objects, report[-1]
    grown = after.window_qobjects - before.window_qobjects
    assert grown.total() <= QOBJECTS_GROWTH, f"{report[-1]}\n  new QObjects: {dict(grown)}"
    assert after.widgets - before.widgets <= WIDGETS_GROWTH, report[-1]
    assert monkey.done.get("open_broken", 0) > 0 and monkey.done.get("click_card", 0) > ACTIONS // 10, report[-1]


def test_thousands_of_random_actions_leave_no_error_and_no_growth(
    qtbot: QtBot, tmp_path: Path, files: dict[str, list[Path]], qtlog, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = create_main_window(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()

    # pytest-qt's own hook fails the test on any exception; this one also says what the
    # monkey had just done.
    last_actions: list[list[str]] = []
    monkeys: list[Monkey] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        last_actions.append(list(monkeys[-1].history) if monkeys else [])
        previous(kind, value, tb)

    sys.excepthook = hook
    report: list[str] = []
    rng = random.Random(SEED)
    try:
        soak(qtbot, window, rng, bundled_pathway(), files["small"], files["broken"], report, monkeys)
        # Opening 500 steps takes seconds (layout): a few times is enough to show no leak.
        soak(qtbot, window, rng, files["big"][0], files["big"], files["broken"], report, monkeys, 0.12)
    finally:
        sys.excepthook = previous
        with capsys.disabled():
            print("\n" + "\n".join(report))
    assert last_actions == []
    messages = [r.message for r in qtlog.records if not r.message.startswith(BENIGN_QT_MESSAGES)]
    assert messages == []
