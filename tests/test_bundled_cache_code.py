"""A remembered placing is trusted only while the code that placed it is unchanged.

Each memory is keyed by the placing's modules; a module left out of that key (badge
placing uses label_spots' weights and its "beside a line" test, and label_spots was not in
the badges' key) lets a start after an edit draw what the old code placed.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import models
from pathway_viewer.core import bundled_cache
from pathway_viewer.core.bundled_cache import Memory, badge_memory, label_memory

# Named by a placing module for a type only, or the hook a memory is reached through: no
# code of theirs runs in the placing (a Layout is not among a placing's inputs).
NOT_RUN = {"models.layout", "models.remembered"}
MODELS = Path(models.__file__).parent


def _imported(name: str) -> set[str]:
    """The models modules ``name``'s source imports from."""
    source = MODELS.joinpath(*name.split(".")[1:]).with_suffix(".py")
    package = name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            target = f"{package}.{node.module}" if node.level == 1 else node.module
            if target.startswith("models."):
                found.add(target)
    return found


def _placing_code(start: str) -> list[str]:
    """``start`` and every models module it runs code from, directly or through another."""
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name in seen or name in NOT_RUN:
            continue
        seen.add(name)
        todo += _imported(name)
    return sorted(seen)


CASES = [(badge_memory, name) for name in _placing_code("models.badge_places")] + [
    (label_memory, name) for name in _placing_code("models.label_spots")
]


def test_the_placing_code_is_found() -> None:
    assert "models.label_spots" in _placing_code("models.badge_places")
    assert "models.placement" in _placing_code("models.label_spots")


@pytest.mark.parametrize(("memory_for", "edited"), CASES, ids=[f"{m.__name__}-{n}" for m, n in CASES])
def test_editing_a_module_the_placing_runs_places_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_for: Callable[[Path], Memory[object]], edited: str
) -> None:
    calls: list[str] = []

    def run(result: str) -> object:
        memory = memory_for(tmp_path)
        got = memory((("k", 1.0),), lambda: calls.append(result) or result)
        memory.flush()
        return got

    assert run("first") == "first"
    assert run("again") == "first"  # remembered while the code is the same
    module: ModuleType = importlib.import_module(edited)
    real = bundled_cache._module_bytes
    monkeypatch.setattr(bundled_cache, "_module_bytes", lambda m: real(m) + b"# edited" if m is module else real(m))
    assert run("after the edit") == "after the edit"
    assert calls == ["first", "after the edit"]
