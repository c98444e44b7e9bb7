"""What a reader sees of the journey's arrow labels and stub numbers, read off the scene's
items as drawn: which of them stand on a card, on another label or number, on a line they
do not belong to, or on a phase name.

Only Qt's own geometry (the items' rects, their painter paths flattened by Qt) is used, so
the checks do not repeat the placing code they check.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QFontMetricsF, QPolygonF

from models.text_direction import is_rtl
from pathway_viewer.journey.arrows import ArrowItem
from pathway_viewer.journey.scene import JourneyScene

# A label's or number's edge may graze a line by this much (its rounded corner, antialiasing).
TOLERANCE = 1.5


def polylines(arrow: ArrowItem) -> list[QPolygonF]:
    """The arrow's line as drawn, flattened by Qt into straight pieces (each stub apart)."""
    return arrow.path().toSubpathPolygons()


def meets(polygon: QPolygonF, rect: QRectF) -> bool:
    """Whether the polyline has a point inside ``rect`` or crosses its edges."""
    corners = [rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()]
    edges = [QLineF(corners[i], corners[(i + 1) % 4]) for i in range(4)]
    points = [polygon.at(i) for i in range(polygon.size())]
    if any(rect.contains(p) for p in points):
        return True
    for a, b in zip(points, points[1:]):
        piece = QLineF(a, b)
        if any(piece.intersects(edge)[0] == QLineF.IntersectionType.BoundedIntersection for edge in edges):
            return True
    return False


def on_line(arrow: ArrowItem, rect: QRectF) -> bool:
    return any(meets(polygon, rect) for polygon in polylines(arrow))


def card_rects(scene: JourneyScene) -> dict[str, list[QRectF]]:
    out: dict[str, list[QRectF]] = {}
    for card in scene.all_cards():
        out.setdefault(card.step_id, []).append(card.mapRectToScene(card.card_rect()))
    return out


def caption_rects(scene: JourneyScene, scale: float) -> list[tuple[str, QRectF]]:
    """Each phase name drawn above a zoomed-out card at ``scale``: the ink of its words
    (left-aligned, or right-aligned for right-to-left), in scene units."""
    out = []
    for card in scene.all_cards():
        caption = card.caption_at(scale)
        if caption is None:
            continue
        font, text = caption
        metrics = QFontMetricsF(font)
        width, height = metrics.horizontalAdvance(text), metrics.height()
        rect = card.mapRectToScene(card.card_rect())
        # Drawn bottom-aligned in the 40 units above the card, 2 units up from its top.
        left = rect.right() - width if is_rtl(text) else rect.left()
        out.append((text, QRectF(left, rect.top() - 2 - height, width, height)))
    return out


def label_problems(scene: JourneyScene, tolerance: float = TOLERANCE) -> list[str]:
    """Each label that stands on a card, on another label or on a line of another arrow."""
    cards = card_rects(scene)
    arrows = scene.arrows()
    labelled = [a for a in arrows if a.label]
    out = []
    for arrow in labelled:
        box = arrow.label_rect().adjusted(tolerance, tolerance, -tolerance, -tolerance)
        out += [f"{arrow.label!r} on card {step}" for step, rects in cards.items() if any(box.intersects(r) for r in rects)]
        out += [f"{arrow.label!r} on label {other.label!r}" for other in labelled
                if other is not arrow and other.key < arrow.key and other.label_rect().intersects(box)]
        out += [f"{arrow.label!r} on the line {other.source}->{other.target} ({other.kind.value})" for other in arrows
                if other is not arrow and on_line(other, box)]
    return out


def badge_problems(scene: JourneyScene, scale: float, tolerance: float = TOLERANCE, clear_px: float = 0.0) -> list[str]:
    """Each stub number (as drawn at ``scale``) that stands on another line (or, with
    ``clear_px``, closer to it than that many pixels on screen), a card, a label, another
    number or a phase name."""
    cards = card_rects(scene)
    arrows = scene.arrows()
    captions = caption_rects(scene, scale)
    out = []
    for arrow in arrows:
        for badge in arrow.badge_rects(scale):
            box = badge.adjusted(tolerance, tolerance, -tolerance, -tolerance)
            name = f"number {arrow.mark}"
            clear = clear_px / scale
            near = badge.adjusted(-clear, -clear, clear, clear) if clear_px else box
            out += [f"{name} on the line {o.source}->{o.target}" for o in arrows if o is not arrow and on_line(o, near)]
            out += [f"{name} on card {step}" for step, rects in cards.items() if any(box.intersects(r) for r in rects)]
            out += [f"{name} on phase name {text!r}" for text, rect in captions if box.intersects(rect)]
            out += [f"{name} on number {o.mark}" for o in arrows if o.key < arrow.key
                    for other in o.badge_rects(scale) if other.intersects(box)]
    return out


def stub_problems(scene: JourneyScene, scale: float) -> list[str]:
    """Each numbered stub whose line runs through a phase name drawn at ``scale``."""
    captions = caption_rects(scene, scale)
    return [f"stub {arrow.mark} through phase name {text!r}" for arrow in scene.arrows() if arrow.mark is not None
            for text, rect in captions if on_line(arrow, rect.adjusted(1, 1, -1, -1))]


def report(scene: JourneyScene, zoom: float) -> list[str]:
    return [*label_problems(scene), *badge_problems(scene, zoom), *stub_problems(scene, zoom)]
