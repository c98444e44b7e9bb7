"""The numbered badges' places remembered between runs (issue #13 point 2).

Placing the badges of a wrapped journey was the longest step of a start. A placing is
looked up by the bytes of its inputs and the placing's code; a hit must be exactly what
placing again would give, and anything stale or damaged is placed again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models import badge_places
from pathway_viewer.core import bundled_cache
from pathway_viewer.core.bundled_cache import BADGE_CACHE, MEMORY_ENTRIES, SESSION_BYTES, SESSION_ENTRIES, badge_memory
from pathway_viewer.journey import look_memory
from pathway_viewer.window.app import after_first_look
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

# The bundled journey wrapped six columns a row: the lines cut short where it wraps (its
# side steps' cards short, as the test window's first look draws it: a map 124 px wide;
# that first look measures four columns a row itself, so six is the row length tried after).
CUT_AT_SIX = 2

ROUTE_A = {("a", "b"): "placed a-b"}  # stand-ins: the memory keeps whatever the placing returns
ROUTE_B = {("b", "c"): "placed b-c"}


class Placer:
    """A placing that counts its calls and returns what it is given."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, result: dict[tuple[str, str], str]) -> Callable[[], dict[tuple[str, str], str]]:
        def place() -> dict[tuple[str, str], str]:
            self.calls += 1
            return result

        return place


def one_run(folder: Path | None, *placings: tuple[tuple[object, ...], Callable[[], object]]) -> list[object]:
    """A run that places these, then paints its first look (which writes the memory)."""
    memory = badge_memory(folder)
    got = [memory(inputs, place) for inputs, place in placings]  # type: ignore[arg-type]
    memory.flush()
    return got


def test_a_placing_is_read_back_by_the_next_run_without_placing_again(tmp_path: Path) -> None:
    placer = Placer()
    inputs = ({("a", "b"): (1.0, 2.0)}, {("a", "b"): (20.0, 14.0)}, {}, [(0.0, 0.0, 10.0, 10.0)], {})
    memory = badge_memory(tmp_path)
    assert memory(inputs, placer(ROUTE_A)) == ROUTE_A
    assert not (tmp_path / BADGE_CACHE).exists()  # placing never waits for the disk
    memory.flush()
    assert placer.calls == 1 and (tmp_path / BADGE_CACHE).is_file()
    assert one_run(tmp_path, (inputs, placer(ROUTE_B))) == [ROUTE_A]  # remembered, not placed again
    assert placer.calls == 1


def test_other_inputs_are_placed(tmp_path: Path) -> None:
    placer = Placer()
    assert one_run(tmp_path, (({"k": (1.0, 2.0)},), placer(ROUTE_A)),
                   (({"k": (1.0, 2.5)},), placer(ROUTE_B))) == [ROUTE_A, ROUTE_B]
    # -0.0 and 0.0 compare equal but may place differently: only equal bytes are a hit.
    assert one_run(tmp_path, (({"k": (-0.0, 2.0)},), placer(ROUTE_B))) == [ROUTE_B]
    assert one_run(tmp_path, (({"k": (0.0, 2.0)},), placer(ROUTE_B))) == [ROUTE_B]
    assert placer.calls == 4
    assert one_run(tmp_path, (({"k": (1.0, 2.0)},), placer(ROUTE_B))) == [ROUTE_A]  # still kept


def test_a_placing_remembered_by_other_code_is_not_trusted(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    placer = Placer()
    inputs = ({"k": (1.0, 2.0)},)
    one_run(tmp_path, (inputs, placer(ROUTE_A)))
    # An edited placing module (an editable install) or a new app version: placed again.
    real = bundled_cache._module_bytes
    monkeypatch.setattr(bundled_cache, "_module_bytes",
                        lambda m: real(m) + b"# edited" if m is badge_places else real(m))
    assert one_run(tmp_path, (inputs, placer(ROUTE_B))) == [ROUTE_B]
    monkeypatch.setattr(bundled_cache, "__version__", "99.0")
    assert one_run(tmp_path, (inputs, placer(ROUTE_A))) == [ROUTE_A]
    assert placer.calls == 3


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_a_damaged_file_is_placed_again(tmp_path: Path, damage: str) -> None:
    placer = Placer()
    inputs = ({"k": (1.0, 2.0)},)
    one_run(tmp_path, (inputs, placer(ROUTE_A)))
    cache = tmp_path / BADGE_CACHE
    good = cache.read_bytes()
    cache.write_bytes({"truncate": good[: len(good) // 2], "garbage": b"\x00\xff" * 50, "empty": b""}[damage])
    assert one_run(tmp_path, (inputs, placer(ROUTE_B))) == [ROUTE_B]
    assert placer.calls == 2
    assert one_run(tmp_path, (inputs, placer(ROUTE_A))) == [ROUTE_B]  # written again, whole


def test_placings_after_the_first_look_are_kept_in_memory_only(tmp_path: Path) -> None:
    """Resizing the window places again and again: that must never wait for the disk."""
    placer = Placer()
    memory = badge_memory(tmp_path)
    memory(({"k": 1.0},), placer(ROUTE_A))
    memory(({"k": 2.0},), placer(ROUTE_A))
    memory.flush()  # the first look is painted
    written = (tmp_path / BADGE_CACHE).read_bytes()
    memory(({"k": 3.0},), placer(ROUTE_B))
    memory.flush()  # a second call writes nothing
    assert (tmp_path / BADGE_CACHE).read_bytes() == written
    assert memory(({"k": 3.0},), placer(ROUTE_A)) == ROUTE_B  # from memory
    assert placer.calls == 3
    # Both of the first look's placings were written; the later one was not.
    assert one_run(tmp_path, (({"k": 2.0},), placer(ROUTE_B)), (({"k": 3.0},), placer(ROUTE_A))) == [ROUTE_A, ROUTE_A]
    assert placer.calls == 4


def test_a_run_that_only_reads_writes_nothing(tmp_path: Path) -> None:
    placer = Placer()
    one_run(tmp_path, (({"k": 1.0},), placer(ROUTE_A)))
    cache = tmp_path / BADGE_CACHE
    before = cache.stat().st_mtime_ns
    cache.touch()  # a recognisable time: a write would replace the file
    touched = cache.stat().st_mtime_ns
    assert one_run(tmp_path, (({"k": 1.0},), placer(ROUTE_B))) == [ROUTE_A]
    assert cache.stat().st_mtime_ns == touched and touched >= before


def test_at_most_sixteen_placings_are_kept_the_least_recently_used_forgotten_first(tmp_path: Path) -> None:
    assert MEMORY_ENTRIES == 16
    placer = Placer()
    for run in range(16):
        one_run(tmp_path, (({"run": run},), placer({("a", "b"): f"run {run}"})))
    # The usual window size (run 0, the oldest) is used again: it becomes the newest.
    assert one_run(tmp_path, (({"run": 0},), placer(ROUTE_A))) == [{("a", "b"): "run 0"}]
    for run in (16, 17):
        one_run(tmp_path, (({"run": run},), placer({("a", "b"): f"run {run}"})))
    assert placer.calls == 18
    kept = bundled_cache.read_cache(tmp_path / BADGE_CACHE, bundled_cache.cache_key(b"", bundled_cache._BADGE_MODULES), dict)
    assert kept is not None
    assert sorted(v[("a", "b")] for v in kept.values()) == sorted(f"run {r}" for r in [0, *range(3, 18)])
    assert one_run(tmp_path, (({"run": 1},), placer(ROUTE_A))) == [ROUTE_A]  # forgotten: placed again
    assert one_run(tmp_path, (({"run": 0},), placer(ROUTE_B))) == [{("a", "b"): "run 0"}]


def test_a_session_keeps_more_placings_than_it_writes(tmp_path: Path) -> None:
    """One look chosen in a small window places the badges for more row lengths and card
    heights than the file keeps; within the run all of them are read back (Home asks them
    all again), and the file keeps only the newest."""
    assert SESSION_ENTRIES > 3 * MEMORY_ENTRIES
    placer = Placer()
    memory = badge_memory(tmp_path)
    tries = 3 * MEMORY_ENTRIES
    for k in range(tries):
        memory(({"try": k},), placer({("a", "b"): f"try {k}"}))
    for k in range(tries):  # the same choice again (Home): nothing placed afresh
        assert memory(({"try": k},), placer(ROUTE_A)) == {("a", "b"): f"try {k}"}
    assert placer.calls == tries
    memory.flush()
    kept = bundled_cache.read_cache(tmp_path / BADGE_CACHE, bundled_cache.cache_key(b"", bundled_cache._BADGE_MODULES), dict)
    assert kept is not None
    assert sorted(v[("a", "b")] for v in kept.values()) == sorted(f"try {k}" for k in range(tries - MEMORY_ENTRIES, tries))
    # ...and a session's memory is bounded too: the least recently used go first.
    for k in range(tries, SESSION_ENTRIES + 1):
        memory(({"try": k},), placer(ROUTE_B))
    assert memory(({"try": 0},), placer(ROUTE_A)) == ROUTE_A  # forgotten: placed again
    assert memory(({"try": tries - 1},), placer(ROUTE_A)) == {("a", "b"): f"try {tries - 1}"}


def test_a_session_keeps_large_placings_within_its_bytes_but_never_fewer_than_the_file_does() -> None:
    """A huge journey's placings are large, and resizing the window makes one at every size:
    the session's memory stays within SESSION_BYTES, yet keeps at least the newest 16."""
    placer = Placer()
    memory = badge_memory(None)
    large = SESSION_BYTES // 10
    tries = MEMORY_ENTRIES + 14
    for k in range(tries):
        memory(({"size": k},), placer({("a", "b"): f"{k}".ljust(large)}))
    assert placer.calls == tries
    for k in range(tries - MEMORY_ENTRIES, tries):  # the newest 16: kept
        assert memory(({"size": k},), placer(ROUTE_A))[("a", "b")].strip() == f"{k}"
    assert placer.calls == tries
    assert memory(({"size": 0},), placer(ROUTE_A)) == ROUTE_A  # the oldest: forgotten
    # Small ones are not held to 16: ten of these take less room than one large one.
    for k in range(3 * MEMORY_ENTRIES):
        memory(({"small": k},), placer({("a", "b"): f"{k}"}))
    assert memory(({"small": 0},), placer(ROUTE_B)) == {("a", "b"): "0"}


def test_without_a_cache_folder_placings_are_kept_for_the_session_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # anything written to a relative path would land here
    placer = Placer()
    memory = badge_memory(None)
    memory(({"k": 1.0},), placer(ROUTE_A))
    assert memory(({"k": 1.0},), placer(ROUTE_B)) == ROUTE_A  # kept for the session
    memory.flush()
    assert placer.calls == 1 and list(tmp_path.iterdir()) == []
    assert badge_memory(None)(({"k": 1.0},), placer(ROUTE_B)) == ROUTE_B  # nothing kept between runs


def test_a_second_start_draws_the_badges_where_placing_puts_them_without_placing(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's own path: a first start places its first look's badges and keeps them
    once painted; a second start in the same window size reads them, and its lines are
    exactly those placed with no memory at all."""
    calls: list[int] = []
    real = badge_places._place

    def counting(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(badge_places, "_place", counting)
    first = open_window(qtbot, test_settings(tmp_path / "a.ini"))
    per_row = first.scene.columns_per_row
    assert per_row is not None and per_row < first.scene.columns()  # wrapped: lines cut short
    placed = len(calls)  # the first look may try more than one row length before it settles
    assert placed >= 1 and any(a.mark for a in first.scene.arrows())
    after_first_look()  # as app.run does once the opening view is painted
    first_look = _drawn(first)
    first.close()
    second = open_window(qtbot, test_settings(tmp_path / "b.ini"))
    assert second.scene.columns_per_row == per_row
    assert len(calls) == placed  # every one read back, none placed
    assert _drawn(second) == first_look
    badge_places.memory.use(None)  # placing afresh, as with no cache folder at all
    second.scene.set_columns_per_row(per_row + 1)
    second.scene.set_columns_per_row(per_row)
    assert len(calls) == placed + 2
    assert _drawn(second) == first_look


def test_a_placing_made_after_the_first_look_is_not_kept_for_the_next_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = badge_places._place
    monkeypatch.setattr(badge_places, "_place", lambda *a: calls.append(1) or real(*a))
    first = open_window(qtbot, test_settings(tmp_path / "a.ini"))
    after_first_look()
    # Resizing after the first look places for the session only: each of these row lengths
    # is placed again by the next start.
    resized = (7, 8, 6)  # none of them tried by the first look (two to five a row beside one column of panels)
    assert first.scene.columns_per_row not in resized
    for per_row in resized:
        first.scene.set_columns_per_row(per_row)
    assert sorted(a.mark for a in first.scene.arrows() if a.mark) == list(range(1, CUT_AT_SIX + 1))
    first.close()
    second = open_window(qtbot, test_settings(tmp_path / "b.ini"))
    opened = len(calls)
    for per_row in resized:
        second.scene.set_columns_per_row(per_row)
    assert len(calls) == opened + len(resized)


def _drawn(window: MainWindow) -> dict[tuple[str, str], tuple[int | None, list[tuple[float, ...]], list[tuple[float, float]]]]:
    """Each arrow as drawn: its number, its badges' rectangles and its line's points."""
    out = {}
    for arrow in window.scene.arrows():
        path = arrow.path()
        points = [(path.elementAt(i).x, path.elementAt(i).y) for i in range(path.elementCount())]
        badges = [(r.x(), r.y(), r.width(), r.height()) for r in arrow.badge_rects()]
        out[arrow.source, arrow.target] = (arrow.mark, badges, points)
    return out


def test_home_pressed_again_places_no_badge_afresh(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Home chooses the first look again, trying several row lengths and card heights; in a
    small window the bundled journey's tries place more badges than the file keeps. Pressed
    again at the same size, every one of them is read back: Home answers at once."""
    calls: list[int] = []
    real = badge_places._place
    monkeypatch.setattr(badge_places, "_place", lambda *a: calls.append(1) or real(*a))
    window = open_window(qtbot, test_settings(tmp_path / "a.ini"), size=(1024, 700))
    # Without the remembered look (Home replays it: tests/test_bundled_cache_look.py), so
    # each Home chooses afresh and only the placings' memory can spare the placing.
    monkeypatch.setattr(look_memory.memory, "_remember", None)
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    first = len(calls)
    look = view.transform(), window.scene.columns_per_row
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert len(calls) == first
    assert (view.transform(), window.scene.columns_per_row) == look
