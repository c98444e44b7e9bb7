"""Wider cards in the same columns: for a journey whose titles are too long for its cards.

Zoomed out, a card shows its title alone and large (semantic zoom). A long title then runs
to four or five short lines, and the whole journey can only open as far out as its longest
title still fits its card at 9 pt. Widening the card by what the gap between columns gives
up keeps every column where it was (the journey is exactly as wide, row for row) while each
line of the title holds more words.
"""

from __future__ import annotations

from dataclasses import replace

from .layout import Layout
from .routing import Point


def with_card_width(layout: Layout, card_width: float) -> Layout:
    """The same layout with cards ``card_width`` wide and the gap between columns narrower
    by as much, so every card's left edge stays where it was."""
    spec = layout.spec
    pitch = spec.card_width + spec.column_gap
    new_spec = replace(spec, card_width=card_width, column_gap=pitch - card_width)
    shift = (card_width - spec.card_width) / 2

    def centre(p: Point) -> Point:  # a long arrow's waypoints are the centres of card slots
        return p[0] + shift, p[1]

    return Layout(
        dict(layout.positions),
        layout.columns,
        layout.rows,
        {k: [centre(p) for p in points] for k, points in layout.waypoints.items()},
        new_spec,
        layout.crossings,
        {s: list(copies) for s, copies in layout.echoes.items()},
        dict(layout.arrow_ends),
    )


def with_column_gap(layout: Layout, column_gap: float) -> Layout:
    """The same layout with ``column_gap`` between columns: every column moves by as much as
    the gaps before it grew, cards keep their size, rows and order.

    For an arrow's label between two cards side by side: it must stand in the gap, never
    under a card, so the gap is made wide enough for its words (the scene says how wide).
    """
    spec = layout.spec
    old_pitch = spec.card_width + spec.column_gap
    new_pitch = spec.card_width + column_gap
    half = spec.card_width / 2

    def corner(p: Point) -> Point:
        return round(p[0] / old_pitch) * new_pitch, p[1]

    def centre(p: Point) -> Point:  # a long arrow's waypoints are the centres of card slots
        return round((p[0] - half) / old_pitch) * new_pitch + half, p[1]

    return Layout(
        {s: corner(p) for s, p in layout.positions.items()},
        layout.columns,
        layout.rows,
        {k: [centre(p) for p in points] for k, points in layout.waypoints.items()},
        replace(spec, column_gap=column_gap),
        layout.crossings,
        {s: [corner(p) for p in copies] for s, copies in layout.echoes.items()},
        {k: corner(p) for k, p in layout.arrow_ends.items()},
        layout.group_sweeps,
        layout.window_sweeps,
    )


def scaled_layout(layout: Layout, factor: float) -> Layout:
    """The same layout ``factor`` times as large: cards, gaps and every point alike.

    For larger text: a card whose words are twice as large is made twice as wide, so its
    title breaks at the same words as at the normal size (not one short word a line)."""
    if factor == 1.0:
        return layout
    spec = layout.spec

    def times(p: Point) -> Point:
        return p[0] * factor, p[1] * factor

    new_spec = replace(
        spec, card_width=spec.card_width * factor, card_height=spec.card_height * factor,
        column_gap=spec.column_gap * factor, row_gap=spec.row_gap * factor,
    )
    return replace(
        layout,
        positions={s: times(p) for s, p in layout.positions.items()},
        waypoints={k: [times(p) for p in points] for k, points in layout.waypoints.items()},
        spec=new_spec,
        echoes={s: [times(p) for p in copies] for s, copies in layout.echoes.items()},
        arrow_ends={k: times(p) for k, p in layout.arrow_ends.items()},
        side_height=None if layout.side_height is None else layout.side_height * factor,
    )
