"""The journey's first look remembered between runs (issue #13 point 2).

Choosing the first look draws the journey in several row lengths; a second start at the
same size, text size and pathway puts the view straight into the look the first chose,
exactly as choosing again would. Anything that changes an input chooses again.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from pathway_viewer.core.bundled_cache import LOOK_CACHE, cache_key, read_cache, user_cache_folder, write_cache
from pathway_viewer.journey import look_memory
from pathway_viewer.journey.view import JourneyView
from pathway_viewer.window.app import after_first_look
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings


class Tries:
    """Counts the first looks chosen by trying row lengths (one first look may try the
    panels in one column too), and the rows drawn."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.choices = 0
        self.rows = 0
        choose, best = JourneyView._choose_first_look, JourneyView._best_wrap

        def counting_choose(view: JourneyView) -> None:
            self.choices += 1
            choose(view)

        def counting_best(view: JourneyView) -> object:
            self.rows += 1
            return best(view)

        monkeypatch.setattr(JourneyView, "_choose_first_look", counting_choose)
        monkeypatch.setattr(JourneyView, "_best_wrap", counting_best)


def _look(window: MainWindow) -> tuple[object, ...]:
    """What the user sees of the first look: the rows, the cards, the zoom, where it is
    scrolled to, how wide the panels are, and the map's pixels."""
    view, scene = window.view, window.scene
    window.view.viewport().repaint()
    image: QImage = view.viewport().grab().toImage()
    return (
        scene.columns_per_row, scene.compact_sides, scene.low_side_rows, scene.cut_detours, round(view.zoom_level, 9),
        view.horizontalScrollBar().value(), view.verticalScrollBar().value(),
        view.viewport().width(), view.viewport().height(),
        [d.width() for d in window.panel_columns.docks()], image,
    )


def _start(qtbot: QtBot, settings: Path, path: Path | None = None, size: tuple[int, int] | None = None) -> MainWindow:
    """A start that paints its first look (which keeps it for the next start)."""
    window = open_window(qtbot, test_settings(settings), path, size)
    after_first_look()  # as app.run does once the opening view is painted
    return window


def test_a_second_start_at_the_same_size_tries_no_rows_and_looks_the_same(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tries = Tries(monkeypatch)
    first = _start(qtbot, tmp_path / "a.ini")
    assert tries.choices == 1 and tries.rows >= 1
    chosen = _look(first)
    first.close()
    rows = tries.rows
    second = _start(qtbot, tmp_path / "b.ini")
    assert (tries.choices, tries.rows) == (1, rows)  # no row length tried
    assert _look(second) == chosen


def test_a_look_that_cut_detours_and_took_room_from_the_panels_comes_back_the_same(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 1366x768 the bundled journey opens whole with its side paths' detours cut to stubs
    # and the panels a little narrower: a remembered look must cut them too, or its rows
    # come back taller than the zoom it remembers was fitted to.
    tries = Tries(monkeypatch)
    first = _start(qtbot, tmp_path / "a.ini", size=(1366, 768))
    assert first.scene.cut_detours
    chosen = _look(first)
    first.close()
    rows = tries.rows
    second = _start(qtbot, tmp_path / "b.ini", size=(1366, 768))
    assert (tries.choices, tries.rows) == (1, rows)  # no row length tried
    assert _look(second) == chosen


def test_a_changed_input_chooses_again(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       small_pathway_file: Path) -> None:
    tries = Tries(monkeypatch)
    _start(qtbot, tmp_path / "a.ini", size=(1100, 700)).close()
    _start(qtbot, tmp_path / "b.ini", size=(1000, 700)).close()  # another window size
    assert tries.choices == 2
    larger = test_settings(tmp_path / "c.ini")
    larger.set("view/text_size", 150)
    _start(qtbot, tmp_path / "c.ini", size=(1100, 700)).close()  # another text size
    assert tries.choices == 3
    # Another pathway, then the same file edited (a title longer): each chosen afresh.
    edited = tmp_path / "edited.yaml"
    edited.write_bytes(small_pathway_file.read_bytes())
    _start(qtbot, tmp_path / "d.ini", edited, size=(1100, 700)).close()
    assert tries.choices == 4
    _start(qtbot, tmp_path / "e.ini", edited, size=(1100, 700)).close()
    assert tries.choices == 4  # the same file again: remembered
    text = edited.read_text(encoding="utf-8")
    title = next(line for line in text.splitlines() if line.strip().startswith("title:"))
    edited.write_text(text.replace(title, title + " and a few more words", 1), encoding="utf-8")
    _start(qtbot, tmp_path / "f.ini", edited, size=(1100, 700)).close()
    assert tries.choices == 5
    # The first size again: still remembered, beside the others.
    _start(qtbot, tmp_path / "g.ini", size=(1100, 700)).close()
    assert tries.choices == 5


def test_a_look_that_put_the_panels_in_one_column_comes_back_the_same(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The stroke journey at 1366x768 opens whole only with the care team and outline as tabs
    # beside the details: a remembered look must put them there too, or its map is too narrow.
    stroke = Path(__file__).parent / "data" / "stroke_rehab.yaml"
    tries = Tries(monkeypatch)
    first = _start(qtbot, tmp_path / "a.ini", stroke, size=(1366, 768))
    assert first.panel_columns.joined
    chosen = _look(first)
    first.close()
    rows = tries.rows
    second = _start(qtbot, tmp_path / "b.ini", stroke, size=(1366, 768))
    assert (tries.choices, tries.rows) == (1, rows)  # no row length tried
    assert second.panel_columns.joined
    assert _look(second) == chosen


def test_a_window_that_answers_otherwise_chooses_afresh(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A remembered look whose requests for room the window answers otherwise than when it
    was kept: the room goes back and the look is chosen as with no memory at all."""
    tries = Tries(monkeypatch)
    chosen = _look(_start(qtbot, tmp_path / "a.ini"))
    replay = look_memory._replay

    def answered_otherwise(view: JourneyView, look: look_memory.Look) -> bool:
        replay(view, look)
        return False

    monkeypatch.setattr(look_memory, "_replay", answered_otherwise)
    again = _start(qtbot, tmp_path / "b.ini")
    assert tries.choices == 2
    assert _look(again) == chosen


def test_a_look_that_no_longer_holds_is_replaced_by_the_one_chosen_afresh(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A remembered look the window cannot be put into (here: its viewport's size spoiled in
    the file) is chosen afresh once, and the new look kept: the next start replays it
    rather than fail and choose again at every start."""
    tries = Tries(monkeypatch)
    chosen = _look(_start(qtbot, tmp_path / "a.ini"))
    folder = user_cache_folder()
    assert folder is not None
    key = cache_key(b"", look_memory.deciding_modules())
    kept = read_cache(folder / LOOK_CACHE, key, dict)
    assert kept
    write_cache(folder / LOOK_CACHE, key, {k: replace(look, viewport=(1, 1)) for k, look in kept.items()})
    again = _start(qtbot, tmp_path / "b.ini")
    assert tries.choices == 2  # the spoiled look failed its check: chosen afresh
    assert _look(again) == chosen
    third = _start(qtbot, tmp_path / "c.ini")
    assert tries.choices == 2  # the look chosen afresh was kept, and replayed
    assert _look(third) == chosen


def test_the_look_is_kept_in_the_test_cache_folder_never_the_users(qtbot: QtBot, tmp_path: Path) -> None:
    _start(qtbot, tmp_path / "a.ini")
    folder = user_cache_folder()
    assert folder is not None and (folder / LOOK_CACHE).is_file()
    # conftest points the cache folder into pytest's own temporary folders.
    assert Path(folder).resolve().is_relative_to(tmp_path.parent.resolve())


def test_a_failed_replay_of_a_look_in_one_column_is_chosen_afresh_from_two_columns_and_kept(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A remembered look that joined the panels, whose replay fails: the panels part again
    before the look is chosen afresh (as at a first start), so the look kept for the next
    start asks for the join itself, and that start replays it."""
    stroke = Path(__file__).parent / "data" / "stroke_rehab.yaml"
    tries = Tries(monkeypatch)
    chosen = _look(_start(qtbot, tmp_path / "a.ini", stroke, size=(1366, 768)))
    replay = look_memory._replay

    def answered_otherwise(view: JourneyView, look: look_memory.Look) -> bool:
        replay(view, look)
        return False

    monkeypatch.setattr(look_memory, "_replay", answered_otherwise)
    again = _start(qtbot, tmp_path / "b.ini", stroke, size=(1366, 768))
    assert tries.choices == 2
    assert again.panel_columns.joined and _look(again) == chosen
    monkeypatch.setattr(look_memory, "_replay", replay)
    third = _start(qtbot, tmp_path / "c.ini", stroke, size=(1366, 768))
    assert tries.choices == 2  # replayed: the look chosen afresh joined the panels itself
    assert third.panel_columns.joined and _look(third) == chosen


@pytest.mark.parametrize(
    ("name", "size"),
    [(None, None), (None, (1366, 768)), ("stroke_rehab.yaml", (1366, 768)), ("colonna_it.yaml", (1024, 700))],
)
def test_home_after_moving_about_puts_back_the_opening_look_without_trying_rows(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str | None, size: tuple[int, int] | None
) -> None:
    """Home chooses the look a start at this size opens with: remembered, it comes back at
    once (the choice took seconds in a small window) and exactly as the window opened."""
    path = Path(__file__).parent / "data" / name if name else None
    tries = Tries(monkeypatch)
    window = _start(qtbot, tmp_path / "a.ini", path, size)
    opened = _look(window)
    choices, rows = tries.choices, tries.rows
    view = window.view
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)  # closer...
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())  # ...and along
    assert _look(window) != opened
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert (tries.choices, tries.rows) == (choices, rows)  # nothing tried again
    assert _look(window) == opened
