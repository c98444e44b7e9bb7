"""The arrows' labels' places remembered between runs (issue #13 point 2).

Placing the labels of the first look was the longest step of its first paint. A placing is
looked up by the bytes of its inputs (the words as laid out included) and the placing's
code, in the same memory as the badges' (tests/test_bundled_cache_badges.py checks that
memory's rules); here: the window's own path.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models import label_spots
from pathway_viewer.core import bundled_cache
from pathway_viewer.core.bundled_cache import LABEL_CACHE
from pathway_viewer.window.app import after_first_look
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

DATA = Path(__file__).parent / "data"
Labels = dict[tuple[str, str], tuple[tuple[float, float, float, float], list[str]]]


@pytest.fixture
def placings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the label placings that really ran (not read back)."""
    calls: list[int] = []
    real = label_spots._place
    monkeypatch.setattr(label_spots, "_place", lambda *a: calls.append(1) or real(*a))
    return calls


def test_a_second_start_draws_the_labels_where_placing_puts_them_without_placing(
    qtbot: QtBot, tmp_path: Path, placings: list[int]
) -> None:
    first = open_window(qtbot, test_settings(tmp_path / "a.ini"))
    first_look = _labels(first)
    placed = len(placings)
    assert placed >= 1
    # The bundled journey's labels, as its file words them.
    assert " ".join(first_look["treatment_delay", "lymphodepletion"][1]) == "when you are well"
    folder = bundled_cache.user_cache_folder()
    assert folder is not None and folder.is_relative_to(os.environ["HOME"])  # the test's own folder, never the user's
    assert not (folder / LABEL_CACHE).exists()  # the first paint never waits for the disk
    after_first_look()  # as app.run does once the opening view is painted
    assert (folder / LABEL_CACHE).is_file()
    first.close()
    second = open_window(qtbot, test_settings(tmp_path / "b.ini"))
    assert len(placings) == placed  # every one read back, none placed
    assert _labels(second) == first_look
    label_spots.memory.use(None)  # placing afresh, as with no cache folder at all
    per_row = second.scene.columns_per_row
    assert per_row is not None
    second.scene.set_columns_per_row(per_row + 1)
    second.scene.set_columns_per_row(per_row)
    assert _labels(second) == first_look
    assert len(placings) == placed + 1  # only the one asked for: labels are placed when needed


def test_other_words_are_placed_again(qtbot: QtBot, tmp_path: Path, placings: list[int]) -> None:
    path = tmp_path / "knee.yaml"
    shutil.copy(DATA / "knee_surgery.yaml", path)
    first = open_window(qtbot, test_settings(tmp_path / "a.ini"), path)
    assert " ".join(_labels(first)["wound-problem", "rehab"][1]) == "the wound has healed"
    after_first_look()
    first.close()
    placed = len(placings)
    path.write_text(path.read_text(encoding="utf-8").replace("the wound has healed", "all healed"),
                    encoding="utf-8")
    second = open_window(qtbot, test_settings(tmp_path / "b.ini"), path)
    assert len(placings) > placed
    assert _labels(second)["wound-problem", "rehab"][1] == ["all healed"]


@pytest.mark.parametrize("damage", ["truncate", "garbage"])
def test_a_damaged_file_is_placed_again_and_written_whole(
    qtbot: QtBot, tmp_path: Path, placings: list[int], damage: str
) -> None:
    first = open_window(qtbot, test_settings(tmp_path / "a.ini"))
    first_look = _labels(first)
    after_first_look()
    first.close()
    cache = bundled_cache.user_cache_folder() / LABEL_CACHE  # type: ignore[operator]
    good = cache.read_bytes()
    cache.write_bytes(good[: len(good) // 2] if damage == "truncate" else b"\x00\xff" * 50)
    placed = len(placings)
    second = open_window(qtbot, test_settings(tmp_path / "b.ini"))
    assert len(placings) > placed
    assert _labels(second) == first_look
    after_first_look()
    # Same key, and whole: readable again. (Its placings may be fewer than the first start's:
    # a start that remembers its first look places only the labels of the look it shows.)
    head = len(bundled_cache._MAGIC) + 32
    assert cache.read_bytes()[:head] == good[:head]
    key = bundled_cache.cache_key(b"", bundled_cache._LABEL_MODULES)
    assert bundled_cache.read_cache(cache, key, dict)


def test_what_a_placing_is_looked_up_by_holds_no_set(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A set's order (of step ids) changes with Python's hash seed from one process to the
    next: pickled, the same inputs would never be found again by the next start."""
    seen: list[tuple[object, ...]] = []
    real = bundled_cache.Memory.__call__

    def recording(memory: bundled_cache.Memory[object], inputs: tuple[object, ...], compute: Callable[[], object]) -> object:
        seen.append(inputs)
        return real(memory, inputs, compute)

    monkeypatch.setattr(bundled_cache.Memory, "__call__", recording)
    window = open_window(qtbot, test_settings(tmp_path / "a.ini"))
    window.scene.arrows()
    assert len(seen) >= 2  # the first look's labels and badges at least
    assert not [kind for inputs in seen for kind in _kinds(inputs) if issubclass(kind, (set, frozenset))]


def _kinds(value: object) -> Iterator[type]:
    yield type(value)
    if isinstance(value, dict):
        for item in value.items():
            yield from _kinds(item)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _kinds(item)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:  # type: ignore[attr-defined]
            yield from _kinds(getattr(value, name))


def _labels(window: MainWindow) -> Labels:
    """Each labelled arrow's label as drawn: its rectangle in the scene and its lines."""
    out: Labels = {}
    for arrow in window.scene.arrows():
        if arrow.label_item is not None:
            r = arrow.label_rect()
            out[arrow.source, arrow.target] = ((r.x(), r.y(), r.width(), r.height()), list(arrow.label_item.lines))
    return out
