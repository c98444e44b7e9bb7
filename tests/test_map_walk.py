"""Up and Down on the journey map are each other's undo (WCAG 2.1.1, keyboard users keep
their place): from any card, Up then Down comes back to it, on every pathway we ship or test."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import PathwayError
from models.graph import PathwayGraph
from models.layout import Layout, compute_layout
from models.loader import load_pathway
from models.map_walk import MapWalk

ROOT = Path(__file__).parent.parent


def loads(path: Path) -> bool:
    try:
        load_pathway(path)
    except PathwayError:
        return False  # the broken files are there to be refused
    return True


PATHWAYS = sorted(
    path
    for folder in (ROOT / "resources" / "pathways", ROOT / "tests" / "data")
    for path in folder.iterdir()
    if path.suffix in (".yaml", ".yml", ".json") and loads(path)
)


def walkable(path: Path) -> tuple[PathwayGraph, Layout]:
    graph = PathwayGraph(load_pathway(path))
    return graph, compute_layout(graph)


@pytest.mark.parametrize("path", PATHWAYS, ids=lambda p: p.name)
@pytest.mark.parametrize(("there", "back"), [(-1, 1), (1, -1)], ids=["up-down", "down-up"])
def test_the_opposite_key_returns_to_every_step(path: Path, there: int, back: int) -> None:
    graph, layout = walkable(path)
    lost = {}
    for step_id in graph.step_ids:
        walk = MapWalk()
        moved = walk.move(graph, layout, step_id, there)
        if moved is not None:
            returned = walk.move(graph, layout, moved, back)
            if returned != step_id:
                lost[step_id] = (moved, returned)
    assert lost == {}


@pytest.mark.parametrize("path", PATHWAYS, ids=lambda p: p.name)
def test_several_ups_are_undone_by_as_many_downs(path: Path) -> None:
    graph, layout = walkable(path)
    for step_id in graph.step_ids:
        walk, way = MapWalk(), [step_id]
        for _ in range(3):
            moved = walk.move(graph, layout, way[-1], -1)
            if moved is None:
                break
            way.append(moved)
        while len(way) > 1:
            assert walk.move(graph, layout, way[-1], 1) == way[-2], (path.name, way)
            way.pop()


def test_a_step_reached_another_way_walks_its_own_list() -> None:
    graph, layout = walkable(ROOT / "tests" / "data" / "small.yaml")
    walk = MapWalk()
    below = walk.move(graph, layout, "assess", 1)
    assert below is not None and below != "assess"
    walk.forget()  # e.g. the card was clicked: Up walks the map, not the way back
    fresh = MapWalk().move(graph, layout, below, -1)
    assert walk.move(graph, layout, below, -1) == fresh
