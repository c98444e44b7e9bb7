"""A drawing read from right to left: the journey of an Arabic, Hebrew or Persian pathway.

Readers of a right-to-left language read a process the way they read a line: its start at
the right, each next step to its left, a wrapped row going on below at the right again. The
layout is made once, left to right (its rules and its quality stay the same); this turns
what it placed into its mirror image about the line x = 0. Text is not mirrored: each card
and label is moved whole, and draws its words in their own direction.
"""

from __future__ import annotations

from dataclasses import replace

from .routing import Cubic, Point, Route
from .schema import Pathway
from .text_direction import is_rtl, language_is_rtl

Box = tuple[float, float, float, float]


def reads_right_to_left(pathway: Pathway) -> bool:
    """Whether ``pathway``'s journey is drawn from right to left: its language is written so,
    or, with no language given, its title is."""
    if "language" in pathway.model_fields_set:
        return language_is_rtl(pathway.language)
    return is_rtl(pathway.title)


def mirror_point(point: Point) -> Point:
    return -point[0], point[1]


def mirror_corner(corner: Point, width: float) -> Point:
    """The top-left corner of a box ``width`` wide whose top-left corner was ``corner``."""
    return -corner[0] - width, corner[1]


def mirror_box(box: Box) -> Box:
    left, top, right, bottom = box
    return -right, top, -left, bottom


def mirror_route(route: Route) -> Route:
    """The same line seen in a mirror: every point, and the way its arrowhead points."""
    segments: list[Cubic] = [
        (mirror_point(a), mirror_point(b), mirror_point(c), mirror_point(d)) for a, b, c, d in route.segments
    ]
    dx, dy = route.direction
    return replace(route, segments=segments, tip=mirror_point(route.tip), direction=(-dx, dy))
