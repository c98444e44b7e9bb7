"""Soak: thousands of random user actions, and the viewer neither fails nor grows.

A clinic leaves the viewer open all day. Here a seeded "monkey" clicks cards (or timeline
rows) and empty space, drags, scrolls the wheel, presses keys, zooms, picks roles and
audiences, searches, resizes, hides panels, switches between the map and the timeline,
presents (keys, branch buttons, Esc), sets dates, opens help, and opens good and broken
files, on the bundled pathway and on a generated 500-step one. Every action is followed by the event loop's own work
(paints, timers, deferred deletes), so paint code runs too.

It fails on: any exception reaching ``sys.excepthook`` (pytest-qt's capture stays on, and
the last actions before it are reported), a Qt warning or error message, a broken
invariant after an action (selection on a card that exists, one card per step, no leaked
scene items), and growth between a warmed-up start and the end of each run: resident
memory, Python objects, QObjects owned by the window, and top-level widgets.

The same seed always gives the same actions: a failure can be replayed.
"""

from __future__ import annotations

import datetime as dt
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
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from benchmarks.generate import write_pathway
from models import Pathway, badge_places, bundled_pathway, label_spots
from pathway_viewer.window import actions as A
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from pathway_viewer.core.settings import AppSettings

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
TAB_BAR_WIDGETS = 3  # a dock tab bar and its two scroll buttons, made once and kept by Qt
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
    timeline_items: int

    def __str__(self) -> str:
        return (f"RSS {self.rss_mb:.1f} MB, {self.py_objects} Python objects, {self.window_qobjects.total()} QObjects "
                f"in the window, {self.widgets} widgets, {self.scene_items} + {self.timeline_items} scene items")


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
    timeline_items = len(window.timeline_scene.items())
    gc.collect()
    return Footprint(rss_mb(), len(gc.get_objects()), qobjects, widgets, items, timeline_items)


def expected_scene_items(pathway: Pathway) -> int:
    """One card per step, one arrow per transition, one label per labelled transition, the legend."""
    return len(pathway.steps) + len(pathway.transitions) + sum(1 for t in pathway.transitions if t.label) + 1


# --- the monkey --------------------------------------------------------------------------------

SEARCH_WORDS = ["fever", "blood", "cells", "zzzz", "<b>", "é", "日本", "a" * 40, "  ", "day 0", "ICU", "x"]
PRESENTATION_KEYS = [Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_Left, Qt.Key.Key_Backspace,
                     Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_Down,
                     Qt.Key.Key_Up, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_9, Qt.Key.Key_A]
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
            (self.switch_view, 3), (self.present, 3), (self.dates, 1),
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
        assert sorted(window.timeline_scene.step_ids()) == sorted(steps), list(self.history)
        assert doc.selected is None or doc.selected in steps, list(self.history)
        assert window.details.text().strip(), list(self.history)
        assert 0.1 - 1e-9 <= window.current_view().zoom_level <= 4.0 + 1e-9, list(self.history)
        assert window.presentation is None or not window.presentation.isVisible(), list(self.history)
        if thorough:
            assert len(window.scene.items()) == expected_scene_items(doc.pathway), list(self.history)
            selected = [doc.selected] if doc.selected else []
            assert [s for s in steps if window.scene.card(s).is_selected_mark] == selected, list(self.history)
            rows = window.timeline_scene
            assert [s for s in steps if rows.row(s).is_selected_mark()] == selected, list(self.history)
            assert window.scene.highlighted_steps() == doc.role_steps(), list(self.history)

    # -- where things are --

    def _in_timeline(self) -> bool:
        return self.window.view_mode() == "timeline"

    def _item_rect(self, step_id: str) -> QRectF:
        if self._in_timeline():
            row = self.window.timeline_scene.row(step_id)
            return row.mapRectToScene(row.content_rect())
        return self.window.scene.card(step_id).sceneBoundingRect()

    def _pos_of(self, step_id: str) -> QPoint:
        view = self.window.current_view()
        rect = self._item_rect(step_id)
        visible = view.mapToScene(view.viewport().rect()).boundingRect()
        if not visible.contains(rect.center()):
            view.centerOn(rect.center())
        return view.mapFromScene(rect.center())

    def _random_step(self) -> str:
        return self.rng.choice(self.window.scene.step_ids())

    def _step_at(self, pos: QPoint) -> object:
        view = self.window.current_view()
        if self._in_timeline():
            return self.window.timeline_scene.row_at(view.mapToScene(pos))
        return self.window.scene.card_at(view.mapToScene(pos))

    def _empty_pos(self) -> QPoint | None:
        viewport = self.window.current_view().viewport()
        for _ in range(20):
            pos = QPoint(self.rng.randrange(viewport.width()), self.rng.randrange(viewport.height()))
            if self._step_at(pos) is None:
                return pos
        return None

    # -- the actions --

    def click_card(self) -> None:
        step = self._random_step()
        self.note(step)
        viewport = self.window.current_view().viewport()
        self.qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=self._pos_of(step))
        assert self.window.document.selected == step, list(self.history)

    def click_empty(self) -> None:
        pos = self._empty_pos()
        if pos is not None:
            button = self.rng.choice([Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton])
            self.qtbot.mouseClick(self.window.current_view().viewport(), button, pos=pos)
            if button == Qt.MouseButton.LeftButton and not self._in_timeline():
                assert self.window.document.selected is None, list(self.history)

    def double_click_card(self) -> None:
        step = self._random_step()
        viewport = self.window.current_view().viewport()
        self.qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=self._pos_of(step))

    def drag(self) -> None:
        start = self._empty_pos() or QPoint(5, 5)
        end = start + QPoint(self.rng.randint(-300, 300), self.rng.randint(-200, 200))
        viewport = self.window.current_view().viewport()
        self.qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
        self.qtbot.mouseMove(viewport, pos=(start + end) / 2)
        self.qtbot.mouseMove(viewport, pos=end)
        self.qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)

    def key(self) -> None:
        key = self.rng.choice(KEYS)
        self.note(key.name)
        self.qtbot.keyClick(self.window.current_view(), key)

    def wheel(self) -> None:
        viewport = self.window.current_view().viewport()
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

    def switch_view(self) -> None:
        mode = self.rng.choice(["journey", "timeline"])
        self.note(mode)
        if self.rng.random() < 0.5:
            self.window.actions[A.VIEW_TIMELINE if mode == "timeline" else A.VIEW_JOURNEY].trigger()
        else:
            self.window.activateWindow()
            self.qtbot.keyClick(self.window, Qt.Key.Key_T if mode == "timeline" else Qt.Key.Key_J,
                                Qt.KeyboardModifier.ControlModifier)
        if self.window.isActiveWindow():
            assert self.window.view_mode() == mode, list(self.history)

    def present(self) -> None:
        """F5, a few steps forward and back, a branch or a click on the strip, then Esc."""
        self.window.actions[A.PRESENT].trigger()
        show = self.window.presentation
        assert show is not None and show.isVisible(), list(self.history)
        graph = self.window.document.graph
        for _ in range(self.rng.randint(1, 8)):
            roll = self.rng.random()
            if roll < 0.15 and show.choice_buttons:
                button = self.rng.choice(show.choice_buttons)
                self.note(f"choice {button.objectName()}")
                self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            elif roll < 0.25 and show.strip.isVisible():
                strip = show.strip
                pos = QPoint(self.rng.randrange(strip.width()), self.rng.randrange(strip.height()))
                self.qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=pos)
            elif roll < 0.3:
                self.window.actions[self.rng.choice([A.AUDIENCE_PATIENT, A.AUDIENCE_CLINICIAN])].trigger()
            else:
                key = self.rng.choice(PRESENTATION_KEYS)
                self.note(key.name)
                self.qtbot.keyClick(show, key)
            QApplication.processEvents()
            assert graph.has_step(show.current_step), list(self.history)
            assert show.title_text() == self.window.document.pathway.step(show.current_step).title
        last = show.current_step
        self.qtbot.keyClick(show, Qt.Key.Key_Escape)
        assert not show.isVisible(), list(self.history)
        assert self.window.document.selected == last, list(self.history)
        self.window.activateWindow()

    def dates(self) -> None:
        """Tools > Set dates: a random infusion day, sometimes a booked collection, then OK, Clear or Esc."""
        self.window.actions[A.SET_DATES].trigger()
        dialog = next(d for d in self.window.findChildren(QWidget, "schedule_dialog") if d.isVisible())
        infusion = dt.date(2026, 1, 1) + dt.timedelta(days=self.rng.randint(0, 400))
        collection = infusion - dt.timedelta(days=self.rng.randint(-5, 60)) if self.rng.random() < 0.4 else None
        dialog.set_dates(infusion, collection)
        choice = self.rng.choice(["ok", "ok", "clear", "esc"])
        self.note(f"{infusion} {collection} {choice}")
        if choice == "ok" and dialog.ok_button.isEnabled():
            self.qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
            assert self.window.document.infusion_date == infusion, list(self.history)
        elif choice == "clear":
            self.qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
            assert self.window.document.infusion_date is None, list(self.history)
        else:
            self.qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible(), list(self.history)
        self.window.activateWindow()

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
    # Compare like with like: the same pathway freshly opened, no dates, no dialog open.
    window.open_file(start)
    window.document.set_schedule(None, None)
    before = footprint(window)
    # The timeline lays its labels out for the room it has (a crowded axis lifts "Day 0" onto
    # a line of its own): the window's size and panels are put back before counting again.
    docks = [window.care_team, window.outline, window.details]
    shape = (window.size(), [dock.isVisible() for dock in docks])
    assert before.scene_items == expected_scene_items(window.document.pathway)

    def run_and_count(actions: int) -> Footprint:
        monkey.run(actions)
        window.resize(shape[0])
        for dock, visible in zip(docks, shape[1]):
            dock.setVisible(visible)
        qtbot.wait(50)  # the size and panels laid out before the timeline measures its room again
        window.open_file(start)
        window.document.set_schedule(None, None)
        return footprint(window)

    began = time.perf_counter()
    half = (ACTIONS - WARM_UP) // 2
    middle = run_and_count(half)
    after = run_and_count(ACTIONS - WARM_UP - half)
    seconds = time.perf_counter() - began
    report.append(f"{start.name}: {ACTIONS} actions ({seconds:.0f} s after warm-up)\n  before: {before}\n"
                  f"  middle: {middle}\n  after:  {after}\n  actions: {monkey.summary()}")
    assert after.scene_items == expected_scene_items(window.document.pathway), report[-1]
    # One item either way is taken for the axis, not a leak (seen once in 2,500 actions, not
    # yet explained): a crowded axis lifts "Day 0" onto a line of its own by the room the
    # timeline has, which the status bar's one or two lines change. A leak grows with the
    # actions, far past one.
    assert abs(after.timeline_items - before.timeline_items) <= 1, report[-1]
    assert after.rss_mb - before.rss_mb < RSS_GROWTH_MB, report[-1]
    # Python objects: caches that fill as the monkey tries more window sizes and looks (a
    # journey's arrangements, measured rows) grow the first half most; a leak grows each
    # half alike. So the second half is held to half the bound of the whole run.
    assert after.py_objects - before.py_objects < PY_OBJECTS_GROWTH * before.py_objects * 1.5, report[-1]
    assert after.py_objects - middle.py_objects < PY_OBJECTS_GROWTH * before.py_objects / 2, report[-1]
    grown = after.window_qobjects - before.window_qobjects
    assert grown.total() <= QOBJECTS_GROWTH, f"{report[-1]}\n  new QObjects: {dict(grown)}"
    # Widgets: Qt's dock layout makes a tab bar (with its two scroll buttons) when the panels
    # first join as tabs (a narrow window) and keeps it for reuse once they part, so a run
    # whose first half first joins them adds those three once; a leak grows each half alike.
    assert after.widgets - before.widgets <= WIDGETS_GROWTH + TAB_BAR_WIDGETS, report[-1]
    assert after.widgets - middle.widgets <= WIDGETS_GROWTH, report[-1]
    assert monkey.done.get("open_broken", 0) > 0 and monkey.done.get("click_card", 0) > ACTIONS // 10, report[-1]


def test_thousands_of_random_actions_leave_no_error_and_no_growth(
    qtbot: QtBot, tmp_path: Path, files: dict[str, list[Path]], qtlog, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = create_main_window(settings)
    # The remembered placings of badges and labels hold up to MEMORY_ENTRIES window sizes
    # each (tests/test_bundled_cache*.py): filled one by one as the monkey resizes, they
    # read as growth here. Without them every look is placed afresh, which is what is counted.
    for memory in (badge_places.memory, label_spots.memory):
        monkeypatch.setattr(memory, "_remember", None)
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
