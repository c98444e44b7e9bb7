"""The drawing objects of the journey: step cards, arrows and the legend.

Items are views: a card holds a step id and how it is shown (selected, dimmed, hovered),
and reads the step's words from the document when it lays itself out. The scene owns
the mapping from step id to card and tells the items when the document changes.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from models import TransitionKind

from .routing import Route
from .theme import Theme

if TYPE_CHECKING:
    from .document import PathwayDocument

CARD_RADIUS = 10.0
PADDING = 12.0
RING = 9.0  # room outside the card for the selection ring
ARROW_LENGTH = 13.0
ELLIPSIS = "\u2026"


def wrap_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """Greedy word wrap into at most ``max_lines`` lines; the last one ends in an ellipsis if cut.

    Whole lines only: a title is shortened at a word, never clipped through the middle of a line.
    """
    metrics = QFontMetricsF(font)
    words = text.split()
    lines: list[str] = []
    current = ""
    index = 0
    while index < len(words):
        word = words[index]
        candidate = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            index += 1
            continue
        if not current:  # one word wider than the card: shorten the word itself
            current = metrics.elidedText(word, Qt.TextElideMode.ElideRight, width)
            index += 1
        lines.append(current)
        current = ""
        if len(lines) == max_lines:
            break
    if current and len(lines) < max_lines:
        lines.append(current)
    if index < len(words) and lines:
        rest = " ".join([lines[-1], *words[index:]])
        # Force an ellipsis even when the cut falls exactly at the end of the last line.
        last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
        if not last.endswith(ELLIPSIS):
            last = metrics.elidedText(last + ELLIPSIS + ELLIPSIS, Qt.TextElideMode.ElideRight, width)
        lines[-1] = last
    return lines


def timing_line(duration: str, timing: tuple[int, int] | None) -> str:
    """'3 to 6 hours · day -28' or '2 to 4 weeks · days -28 to -6': short enough for a card."""
    if timing is None:
        return duration
    start, end = timing

    def day(n: int) -> str:
        return "0" if n == 0 else f"{n:+d}"

    when = f"day {day(start)}" if start == end else f"days {day(start)} to {day(end)}"
    return f"{duration} \u00b7 {when}"


def arrow_color(theme: Theme, kind: TransitionKind) -> QColor:
    return QColor(
        {
            TransitionKind.main: theme.arrow_main_color,
            TransitionKind.alternative: theme.arrow_alternative_color,
            TransitionKind.loop_back: theme.arrow_loop_color,
        }[kind]
    )


def arrow_pen(theme: Theme, kind: TransitionKind) -> QPen:
    """The line's pen; its style (solid, dashed, dotted) tells the kinds apart without colour."""
    color = arrow_color(theme, kind)
    if kind is TransitionKind.main:
        return QPen(color, 3.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.RoundJoin)
    pen = QPen(color, 2.6, Qt.PenStyle.CustomDashLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.RoundJoin)
    if kind is TransitionKind.alternative:
        pen.setDashPattern([4.0, 2.5])
    else:
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setDashPattern([0.05, 2.2])  # round dots
    return pen


class StepCard(QGraphicsObject):
    """One step of the journey as a rounded card with a labelled phase band."""

    def __init__(self, document: PathwayDocument, step_id: str, theme: Theme, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.step_id = step_id
        # No reference to the document is kept: the card is told what to show (refresh), so it
        # never holds the model and never forms a reference cycle with it.
        self._theme = theme
        width, height = document.layout.card_size if document.layout else (220.0, 120.0)
        self._size = QSizeF(width, height)
        self._selected = False
        self._dimmed = False
        self._hovered = False
        self._export = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)
        self._title_font = theme.card_title_font()
        self._small_font = theme.card_small_font()
        self._band_font = theme.band_font()
        self.refresh(document)

    # --- what it shows (derived from the document, cached until refresh) ---------------

    def refresh(self, document: PathwayDocument) -> None:
        """Read the step's words from the document and lay them out again."""
        pathway = document.pathway
        graph = document.graph
        assert pathway is not None and graph is not None
        step = pathway.step(self.step_id)
        self._is_main = graph.is_main(self.step_id)
        self._phase_color = self._theme.phase_color(pathway, step.phase)
        inner = self._size.width() - 2 * PADDING
        band_metrics = QFontMetricsF(self._band_font)
        self._band_height = round(band_metrics.height() + 10)
        self._band_text = band_metrics.elidedText(pathway.phase(step.phase).title, Qt.TextElideMode.ElideRight, inner)
        timing = (step.timing.start, step.timing.end) if step.timing else None
        self._meta_text = QFontMetricsF(self._small_font).elidedText(
            timing_line(step.duration.describe(), timing), Qt.TextElideMode.ElideRight, inner
        )
        title_metrics = QFontMetricsF(self._title_font)
        room = self._size.height() - self._band_height - 8 - QFontMetricsF(self._small_font).height() - 10
        max_lines = max(1, int(room // title_metrics.lineSpacing()))
        self._title_lines = wrap_lines(step.title, self._title_font, inner, max_lines)
        self.setToolTip(
            f"<p><b>{html.escape(step.title)}</b></p><p>{html.escape(step.patient_summary)}</p>"
            + ("" if self._is_main else "<p><i>Only some people need this step.</i></p>")
        )
        self._title = step.title
        self.update()

    @property
    def title(self) -> str:
        return self._title

    @property
    def title_lines(self) -> list[str]:
        return list(self._title_lines)

    @property
    def band_text(self) -> str:
        return self._band_text

    @property
    def meta_text(self) -> str:
        return self._meta_text

    @property
    def phase_color(self) -> QColor:
        return QColor(self._phase_color)

    @property
    def is_main(self) -> bool:
        return self._is_main

    def title_font(self) -> QFont:
        return QFont(self._title_font)

    def band_rect(self) -> QRectF:
        """The coloured phase band, in item coordinates."""
        return QRectF(0, 0, self._size.width(), self._band_height)

    def card_rect(self) -> QRectF:
        return QRectF(QPointF(0, 0), self._size)

    # --- display state -------------------------------------------------------------------

    def set_selected_mark(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.setZValue(3 if selected else 2)
            self.update()

    @property
    def is_selected_mark(self) -> bool:
        return self._selected

    def set_dimmed(self, dimmed: bool) -> None:
        self._dimmed = dimmed
        self.setOpacity(self._theme.dim_opacity if dimmed else 1.0)

    @property
    def is_dimmed(self) -> bool:
        return self._dimmed

    def set_export_mode(self, on: bool) -> None:
        self._export = on
        self.update()

    # --- Qt overrides --------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return self.card_rect().adjusted(-RING, -RING, RING, RING)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self.card_rect(), CARD_RADIUS, CARD_RADIUS)
        return path

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        theme = self._theme
        rect = self.card_rect()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)

        if self._is_main:  # a soft shadow lifts the main journey off the canvas
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 34))
            painter.drawRoundedRect(rect.translated(2, 3), CARD_RADIUS, CARD_RADIUS)

        painter.setBrush(theme.card_color if self._is_main else theme.branch_card_color)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, CARD_RADIUS, CARD_RADIUS)

        # Phase band: colour AND the phase name, never colour alone.
        band = self.band_rect()
        clip = QPainterPath()
        clip.addRoundedRect(rect, CARD_RADIUS, CARD_RADIUS)
        band_path = QPainterPath()
        band_path.addRect(band)
        painter.setBrush(self._phase_color)
        painter.drawPath(clip.intersected(band_path))
        painter.setPen(theme.text_on(self._phase_color))
        painter.setFont(self._band_font)
        painter.drawText(
            band.adjusted(PADDING, 0, -PADDING, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self._band_text,
        )

        # Title, top-aligned under the band; whole lines only.
        painter.setPen(theme.text_color)
        painter.setFont(self._title_font)
        metrics = QFontMetricsF(self._title_font)
        y = band.bottom() + 7 + metrics.ascent()
        for line in self._title_lines:
            painter.drawText(QPointF(PADDING, y), line)
            y += metrics.lineSpacing()

        # Duration and timing on one line at the bottom.
        painter.setPen(theme.muted_text_color)
        painter.setFont(self._small_font)
        small = QFontMetricsF(self._small_font)
        painter.drawText(QPointF(PADDING, rect.bottom() - 9 - small.descent()), self._meta_text)

        # Border: solid for the main journey, dashed for steps only some people need.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._is_main:
            pen = QPen(theme.card_border_color, 2.0)
        else:
            pen = QPen(theme.branch_border_color, 1.8, Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([5.0, 3.0])
        if self._hovered and not self._export and not self._selected:
            pen = QPen(theme.hover_color, 3.0)
        painter.setPen(pen)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), CARD_RADIUS, CARD_RADIUS)

        if self._selected and not self._export:
            painter.setPen(QPen(theme.selection_color, 5.0))
            painter.drawRoundedRect(rect.adjusted(-3.5, -3.5, 3.5, 3.5), CARD_RADIUS + 3, CARD_RADIUS + 3)
            focus = QPen(theme.selection_color, 1.5, Qt.PenStyle.DotLine)
            painter.setPen(focus)
            painter.drawRoundedRect(rect.adjusted(-8, -8, 8, 8), CARD_RADIUS + 7, CARD_RADIUS + 7)


class ArrowItem(QGraphicsObject):
    """One transition: solid for the main journey, dashed for a branch, dotted for a loop-back."""

    def __init__(
        self,
        source: str,
        target: str,
        kind: TransitionKind,
        label: str | None,
        theme: Theme,
        parent: QGraphicsItem | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.target = target
        self.kind = kind
        self.label = label or ""
        self._theme = theme
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._dimmed = False
        self.label_item = ArrowLabel(self.label, self.color, theme) if self.label else None
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks fall through to the canvas

    @property
    def key(self) -> tuple[str, str]:
        return self.source, self.target

    @property
    def color(self) -> QColor:
        return arrow_color(self._theme, self.kind)

    def pen(self) -> QPen:
        return arrow_pen(self._theme, self.kind)

    def path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def set_route(self, route: Route) -> None:
        self.prepareGeometryChange()
        path = QPainterPath()
        first = route.segments[0][0]
        path.moveTo(*first)
        for _, c1, c2, end in route.segments:
            path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
        self._path = path
        tip = QPointF(*route.tip)
        dx, dy = route.direction
        back = QPointF(tip.x() - dx * ARROW_LENGTH, tip.y() - dy * ARROW_LENGTH)
        half = 7.0 if self.kind is TransitionKind.main else 6.0
        normal = QPointF(-dy * half, dx * half)
        self._head = QPolygonF([tip, back + normal, back - normal])
        self.update()

    def label_size(self) -> QSizeF:
        return self.label_item.size() if self.label_item is not None else QSizeF()

    def set_label_rect(self, rect: QRectF) -> None:
        if self.label_item is not None:
            self.label_item.set_rect(rect)

    def label_rect(self) -> QRectF:
        return self.label_item.sceneBoundingRect() if self.label_item is not None else QRectF()

    def set_dimmed(self, dimmed: bool) -> None:
        self._dimmed = dimmed
        self.setOpacity(self._theme.dim_opacity if dimmed else 1.0)
        if self.label_item is not None:
            self.label_item.setOpacity(self.opacity())

    @property
    def is_dimmed(self) -> bool:
        return self._dimmed

    def boundingRect(self) -> QRectF:
        rect = self._path.boundingRect().united(self._head.boundingRect())
        return rect.adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        path = stroker.createStroke(self._path)
        path.addPolygon(self._head)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(self.pen())
        painter.drawPath(self._path)
        painter.setPen(QPen(self.color, 1.0))
        painter.setBrush(self.color)
        painter.drawPolygon(self._head)


class ArrowLabel(QGraphicsObject):
    """An arrow's condition ("signs of CRS") on a small rounded box.

    A separate top-level item so every label sits above every line and stays readable.
    """

    def __init__(self, text: str, color: QColor, theme: Theme, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self._color = QColor(color)
        self._theme = theme
        self._font = theme.label_font()
        self.lines = wrap_lines(text, self._font, 128.0, 2)
        metrics = QFontMetricsF(self._font)
        width = max(metrics.horizontalAdvance(line) for line in self.lines) + 14
        self._size = QSizeF(width, metrics.lineSpacing() * len(self.lines) + 6)
        self.setZValue(1.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def size(self) -> QSizeF:
        return QSizeF(self._size)

    def set_rect(self, rect: QRectF) -> None:
        self.setPos(rect.topLeft())

    def boundingRect(self) -> QRectF:
        return QRectF(QPointF(0, 0), self._size)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self.boundingRect().adjusted(0.7, 0.7, -0.7, -0.7)
        painter.setPen(QPen(self._color, 1.4))
        painter.setBrush(self._theme.label_background_color)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(self._theme.text_color)
        painter.setFont(self._font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), "\n".join(self.lines))


LEGEND_ENTRIES = (
    (TransitionKind.main, "Main journey"),
    (TransitionKind.alternative, "Another path, only if needed"),
    (TransitionKind.loop_back, "Going back to an earlier step"),
)


class LegendItem(QGraphicsObject):
    """What the line styles and the dashed cards mean, drawn with the journey and in exports."""

    def __init__(self, theme: Theme, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._font = theme.card_small_font()
        metrics = QFontMetricsF(self._font)
        self._row = max(28.0, metrics.lineSpacing() + 10)
        texts = [text for _, text in LEGEND_ENTRIES] + ["A step only some people need"]
        self._width = 16 + 64 + 12 + max(metrics.horizontalAdvance(t) for t in texts) + 16
        self._height = 12 + self._row * len(texts) + 8
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(0)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        theme = self._theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(theme.branch_border_color), 1.0))
        painter.setBrush(QBrush(theme.card_color))
        painter.drawRoundedRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.setFont(self._font)
        y = 12.0
        for kind, text in LEGEND_ENTRIES:
            mid = y + self._row / 2
            color = arrow_color(theme, kind)
            painter.setPen(arrow_pen(theme, kind))
            painter.drawLine(QPointF(16, mid), QPointF(68, mid))
            painter.setPen(QPen(color, 1.0))
            painter.setBrush(color)
            painter.drawPolygon(QPolygonF([QPointF(80, mid), QPointF(68, mid - 6), QPointF(68, mid + 6)]))
            painter.setPen(theme.text_color)
            painter.drawText(QRectF(92, y, self._width - 92, self._row), int(Qt.AlignmentFlag.AlignVCenter), text)
            y += self._row
        card = QRectF(16, y + 4, 64, self._row - 8)
        pen = QPen(theme.branch_border_color, 1.6, Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([5.0, 3.0])
        painter.setPen(pen)
        painter.setBrush(theme.branch_card_color)
        painter.drawRoundedRect(card, 5, 5)
        painter.setPen(theme.text_color)
        painter.drawText(
            QRectF(92, y, self._width - 92, self._row), int(Qt.AlignmentFlag.AlignVCenter), "A step only some people need"
        )
