"""The journey graph as one picture for print, cut into stacked strips when it is wide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from models import Pathway

from ..core.document import PathwayDocument
from ..core.fonts import load_bundled_fonts
from ..core.theme import Theme
from ..journey.scene import JourneyScene


def render_journey_image(pathway: Pathway, *, audience: str = "patient", width_px: int = 2000) -> QImage | None:
    """The journey graph in export mode (no selection, white background) as one picture.

    A wide journey shrunk to the width of a page has unreadably small cards, so it is cut
    into strips at gaps between card columns and the strips are stacked, the way a long
    timeline is printed in a book. ``width_px`` is the picture's width: 2000 px across a
    178 mm text column is about 285 dpi: crisp in print, and quick to compress into a PDF.
    Returns None if nothing is drawn.
    """
    document = PathwayDocument()
    document.set_audience(audience)
    document.set_pathway(pathway)
    scene = JourneyScene(document, Theme(font_family=load_bundled_fonts()))
    source = scene.journey_rect().adjusted(-8, -8, 8, 8)
    if source.isEmpty():
        return None
    # Cuts may cross arrows but never a card, a label or the legend.
    solid = [card.sceneBoundingRect() for card in scene.all_cards()]
    solid += [a.label_item.sceneBoundingRect() for a in scene.arrows() if a.label_item is not None]
    legend = scene.legend()
    if legend is not None:
        solid.append(legend.sceneBoundingRect())
    strips = [
        _tight(strip, [item.sceneBoundingRect() for item in scene.items() if item.parentItem() is None])
        for strip in _strips(source, [(r.left(), r.right()) for r in solid])
    ]
    scale = width_px / max(strip.width() for strip in strips)
    gap = round(width_px * STRIP_GAP)
    height = sum(round(strip.height() * scale) for strip in strips) + gap * (len(strips) - 1)
    image = QImage(width_px, max(1, height), QImage.Format.Format_RGB32)
    if image.isNull():
        return None
    image.fill(QColor(scene.theme.export_background_color))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        y = 0.0
        with scene.export_mode():
            for index, strip in enumerate(strips):
                target = QRectF(0, y, strip.width() * scale, strip.height() * scale)
                scene.render(painter, target, strip, Qt.AspectRatioMode.KeepAspectRatio)
                y = target.bottom()
                if index < len(strips) - 1:
                    _draw_continued(
                        painter,
                        QRectF(0, y, width_px, gap),
                        scene.theme.muted_text_color,
                        scene.theme.export_background_color,
                    )
                    y += gap
    finally:
        painter.end()
    return image


STRIP_GAP = 0.05  # the band between strips ("continues below"), as a share of the width
# Width over height of the text column, roughly: strips are stacked until the picture is
# about this shape, so it fills the page instead of a thin band across it.
TARGET_ASPECT = 1.1


def _strips(source: QRectF, columns: list[tuple[float, float]]) -> list[QRectF]:
    """Cut ``source`` into side-by-side pieces, each cut in a gap between cards."""
    count = max(1, min(3, round((source.width() / source.height() / TARGET_ASPECT) ** 0.5)))
    if count == 1:
        return [source]
    cuts = []
    for i in range(1, count):
        ideal = source.left() + source.width() * i / count
        gaps = _gaps(columns, source.left(), source.right())
        if not gaps:
            return [source]
        cut = min(gaps, key=lambda x: abs(x - ideal))
        cuts.append(cut)
    edges = [source.left(), *sorted(set(cuts)), source.right()]
    return [QRectF(a, source.top(), b - a, source.height()) for a, b in zip(edges, edges[1:]) if b - a > 1]


def _tight(strip: QRectF, drawn: list[QRectF]) -> QRectF:
    """``strip`` trimmed top and bottom to what is drawn inside it (no empty bands)."""
    used = QRectF()
    for rect in drawn:
        part = rect.intersected(strip)
        if not part.isEmpty():
            used = used.united(part)
    if used.isEmpty():
        return strip
    return QRectF(strip.left(), max(strip.top(), used.top() - 8), strip.width(), 0).adjusted(
        0, 0, 0, min(strip.bottom(), used.bottom() + 8) - max(strip.top(), used.top() - 8)
    )


def _gaps(columns: list[tuple[float, float]], left: float, right: float) -> list[float]:
    """The middle of every empty vertical band between cards."""
    out = []
    spans = sorted(columns)
    reach = left
    for start, end in spans:
        if start > reach and reach > left:
            out.append((reach + start) / 2)
        reach = max(reach, end)
    return [x for x in out if left < x < right]


def _draw_continued(painter: QPainter, band: QRectF, color: QColor, background: QColor) -> None:
    painter.save()
    pen = QPen(color, 3, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    mid = band.center().y()
    painter.drawLine(round(band.left()), round(mid), round(band.right()), round(mid))
    font = QFont(painter.font())
    font.setPixelSize(round(band.height() * 0.34))
    painter.setFont(font)
    text = "  " + QCoreApplication.translate("OutputJourneyPicture", "The journey continues below") + "  "
    width = painter.fontMetrics().horizontalAdvance(text)
    label = QRectF(band.center().x() - width / 2, band.top(), width, band.height())
    painter.fillRect(label, background)
    painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
