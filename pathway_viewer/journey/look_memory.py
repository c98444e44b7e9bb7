"""The journey's first look remembered, so a start at the same size (and Home) tries no rows.

Choosing the first look (JourneyView._choose_look) draws the journey in several row
lengths and card heights to find the one that shows it whole and readable: about a third
of a cold start (issue #13). The choice is pure: from the same journey, measured the same
(its cards, labels and legend as laid out in this text size and these fonts), in the same
viewport, with the window answering its requests for room the same way, it ends in the
same look. So the look it ended in is remembered (core/bundled_cache.Memory, keyed by the
SHA-256 of those inputs and by the code of the modules that decide), and a start with equal
inputs puts the view straight into it.

A remembered look replays the requests for room the choice made, in order, and checks that
the window answered each as it did then (the view's size after it): a window that
answers otherwise (panels the user narrowed, a floor that moved) gives the room back and
chooses afresh, exactly as without a memory, and that look is remembered in its place.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, SignalInstance
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QStyle

from models.remembered import Recall

if TYPE_CHECKING:
    from .view import JourneyView

# Every module whose code takes part in the choice or in what it measures; a change to any
# of them makes every remembered look stale.
DECIDING = (
    "pathway_viewer.journey.look_memory", "pathway_viewer.journey.view", "pathway_viewer.journey.scene",
    "pathway_viewer.journey.items", "pathway_viewer.journey.arrows", "pathway_viewer.journey.item_style",
    "pathway_viewer.core.zoom_view", "pathway_viewer.core.accessible_style", "pathway_viewer.window.main_window",
    "pathway_viewer.window.panel_columns", "pathway_viewer.core.text_fit",
    "models.layout", "models.wrap", "models.routing", "models.placement", "models.label_spots",
    "models.badge_places", "models.legend_place", "models.card_shape", "models.layout_sides",
    "models.layout_crossings",
)

ROOM_WANTED, ROOM_UNUSED, ROOM_SPARE, ONE_COLUMN = "wanted", "unused", "spare", "one column"


@dataclass(frozen=True)
class Look:
    """Where a first look's choice left the view, and the room it asked the window for."""

    compact: bool
    low: bool
    detours: bool  # side paths' detours under or over their rows cut to numbered stubs
    per_row: int | None
    transform: tuple[float, ...]  # QTransform's nine numbers
    scroll: tuple[int, int]
    own_rect: tuple[float, float, float, float] | None  # the margin that gave way, if it did
    alignment: int
    # (signal, its pixels, the view's width and height once the window answered)
    asks: tuple[tuple[str, int, int, int], ...]
    viewport: tuple[int, int]


memory: Recall[Look] = Recall()


def deciding_modules() -> tuple[ModuleType, ...]:
    """The modules that key the memory (all imported by the time a window exists)."""
    return tuple(importlib.import_module(name) for name in DECIDING)


def choose_remembered(view: JourneyView, choose: Callable[[], None]) -> None:
    """``choose()`` the first look, or put the view into the look it chose before from equal inputs.

    Called by a start and by Home (JourneyView.fit), with the view as at a first start (on
    one line, every card full size, the room the window gave before taken back)."""
    chose: list[bool] = []

    def choose_and_note() -> Look:
        chose.append(True)
        start = _room(view)
        asks: list[tuple[str, int, int, int]] = []
        notes = _note_asks(view, asks)
        try:
            choose()
        finally:
            for signal, note in notes:
                signal.disconnect(note)
        return _look_of(view, _since_room_back(asks, start))

    inputs = _inputs(view)
    look = memory(inputs, choose_and_note)
    if chose or _replay(view, look):
        return
    # The window answered otherwise than when it was remembered: chosen afresh, as without
    # it, and kept in its place, so the next start like this one replays rather than fails again.
    view.give_room_back()
    view._as_at_first_start()
    memory.renew(inputs, choose_and_note)


def _inputs(view: JourneyView) -> tuple[object, ...]:
    """What the choice reads: the journey as measured, the viewport, the window it asks for room."""
    scene = view.journey_scene()
    document = scene.document
    window = view.window()
    bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view.verticalScrollBar())
    # The pathway by its repr, field by field: a pickle of it holds sets of field names,
    # whose order (and so the key) changes with Python's hash seed from run to run.
    return (
        repr(document.pathway), repr(document.clinic), document.audience, document.role, scene.measured(),
        (view.viewport().width(), view.viewport().height()), (view.x(), view.y()),
        (window.width(), window.height()), bar, view.min_zoom, view.max_zoom,
    )


def _room(view: JourneyView) -> tuple[int, int]:
    """The room the window gives the view: its own size, not its viewport's. The viewport
    is that less the scroll bars the view shows at the moment, and a replay (from the look
    of a first start, on one line, both bars on) does not show those the choice did when it
    asked (a wrap fitted whole, none): compared by viewport, every replay of a look that
    asked for room failed, and the tries before room went back were never left out."""
    return view.width(), view.height()


def _note_asks(view: JourneyView, asks: list[tuple[str, int, int, int]]) -> list[tuple[SignalInstance, Callable[..., None]]]:
    """Note each request for room as the window has answered it (connected after its slots)."""

    def note(kind: str) -> Callable[..., None]:
        def noted(pixels: int = 0) -> None:
            asks.append((kind, int(pixels), *_room(view)))

        return noted

    notes: list[tuple[SignalInstance, Callable[..., None]]] = [
        (view.sig_wants_width, note(ROOM_WANTED)), (view.sig_room_unused, note(ROOM_UNUSED)),
        (view.sig_room_spare, note(ROOM_SPARE)), (view.sig_wants_one_column, note(ONE_COLUMN)),
    ]
    for signal, noted in notes:
        signal.connect(noted)
    return notes


def _since_room_back(asks: list[tuple[str, int, int, int]], start: tuple[int, int]) -> tuple[tuple[str, int, int, int], ...]:
    """The requests after the last time all room went back to the window as the choice
    began: the window is then as it was at the start (the app's own panel widths for that
    window), so replaying the tries before it would only move the panels and back again."""
    # A join of the side panels for the look (the window gave room for it) starts afresh too:
    # the panels go to the app's widths in their one column, whatever the tries before it
    # asked; after it, all room going back means back to that join (until the panels part).
    rooms = [start, *((width, height) for _, _, width, height in asks)]
    base, first, join = start, 0, None
    for i, (kind, pixels, width, height) in enumerate(asks):
        if kind == ONE_COLUMN and rooms[i + 1] != rooms[i]:
            base, join, first = (rooms[i + 1], i, i) if pixels > 0 else (start, None, first)
        elif kind == ROOM_UNUSED and (width, height) == base:
            first = i + 1
    return tuple(([asks[join]] if join is not None and first > join else []) + asks[first:])


def _look_of(view: JourneyView, asks: tuple[tuple[str, int, int, int], ...]) -> Look:
    scene = view.journey_scene()
    t = view.transform()
    own = view.sceneRect() if view._own_rect else None
    return Look(
        compact=scene.compact_sides, low=scene.low_side_rows, detours=scene.cut_detours, per_row=scene.columns_per_row,
        transform=(t.m11(), t.m12(), t.m13(), t.m21(), t.m22(), t.m23(), t.m31(), t.m32(), t.m33()),
        scroll=(view.horizontalScrollBar().value(), view.verticalScrollBar().value()),
        own_rect=(own.x(), own.y(), own.width(), own.height()) if own is not None else None,
        alignment=view.alignment().value,
        asks=asks, viewport=(view.viewport().width(), view.viewport().height()),
    )


def _replay(view: JourneyView, look: Look) -> bool:
    """Put the view into ``look``; False if the window did not answer as it did then."""
    signals = {ROOM_WANTED: view.sig_wants_width, ROOM_UNUSED: view.sig_room_unused, ROOM_SPARE: view.sig_room_spare}
    for kind, pixels, width, height in look.asks:
        if kind == ROOM_UNUSED:
            signals[kind].emit()
        elif kind == ONE_COLUMN:
            view.sig_wants_one_column.emit(pixels)
        else:
            signals[kind].emit(pixels)
        if _room(view) != (width, height):
            return False
    scene = view.journey_scene()
    scene.set_compact_sides(look.compact, look.low, look.detours)
    scene.set_columns_per_row(look.per_row)
    # The labels placed now, as the choice placed them before it set any margin of its own:
    # placed at the first paint, they would widen the scene and take that margin back.
    scene.ensure_labels()
    view.setTransform(QTransform(*look.transform))
    view.sig_zoom_changed.emit(view.zoom_level)
    if look.own_rect is not None:
        view.setSceneRect(QRectF(*look.own_rect))
        view.setAlignment(Qt.AlignmentFlag(look.alignment))
        view._own_rect = True
    view._lay_out_scroll_bars()
    view.horizontalScrollBar().setValue(look.scroll[0])
    view.verticalScrollBar().setValue(look.scroll[1])
    return (view.viewport().width(), view.viewport().height()) == look.viewport
