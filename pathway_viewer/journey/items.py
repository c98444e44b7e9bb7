"""The drawing objects of the journey: step cards, arrows and the legend.

Items are views: a card holds a step id and how it is shown (selected, dimmed, hovered),
and reads the step's words from the document when it is refreshed. The scene owns the
mapping from step id to card and tells the items when the document changes.

Speed, for journeys of thousands of steps: what every item draws with (fonts, pens, the
card outline) is made once per scene (:class:`ItemStyle`); a card wraps its title only
when it is first drawn or asked; and when the view is zoomed out so far that words would
be a pixel or two high, cards and labels are drawn as plain shapes without text.
Exports always draw everything.
"""

from __future__ import annotations

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
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models import TransitionKind
from models.wording import step_tooltip_html

from ..core.text_fit import ELLIPSIS, wrap_lines
from .item_style import CARD_RADIUS, PADDING, RING, ItemStyle, arrow_color, arrow_pen
from models.routing import Route
from ..core.theme import Theme

if TYPE_CHECKING:
    from ..core.document import PathwayDocument

__all__ = [
    "ARROW_LENGTH", "CARD_RADIUS", "ELLIPSIS", "PADDING", "RING", "ArrowItem", "ArrowLabel", "LegendItem",
    "StepCard", "arrow_color", "arrow_pen", "timing_line", "wrap_lines",
]

ARROW_LENGTH = 13.0
# Zoomed out, words a few pixels high cannot be read and are the slowest thing to draw: below
# these scales the small words (phase, timing, labels), then the titles, are left out.
TEXT_MIN_SCALE = 0.35  # small type is under ~5 px high below this
TITLE_MIN_SCALE = 0.22  # titles are under ~4 px high below this


def timing_line(duration: str, timing: tuple[int, int] | None) -> str:
    """'3 to 6 hours \u00b7 day -28' or '2 to 4 weeks \u00b7 days -28 to -6': short enough for a card."""
    if timing is None:
        return duration
    start, end = timing

    def day(n: int) -> str:
        return "0" if n == 0 else f"{n:+d}"

    when = f"day {day(start)}" if start == end else f"days {day(start)} to {day(end)}"
    return f"{duration} \u00b7 {when}"


def _scale(painter: QPainter, option: QStyleOptionGraphicsItem, export: bool) -> float:
    """How many screen pixels one scene unit covers (physical ones on a high-DPI screen);
    exports always count as full size."""
    if export:
        return 1.0
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    return option.levelOfDetailFromTransform(painter.worldTransform()) * ratio


class StepCard(QGraphicsItem):
    """One step of the journey as a rounded card with a labelled phase band."""

    def __init__(
        self,
        document: PathwayDocument,
        step_id: str,
        theme: Theme,
        parent: QGraphicsItem | None = None,
        *,
        style: ItemStyle | None = None,
    ) -> None:
        super().__init__(parent)
        self.step_id = step_id
        # No reference to the document is kept: the card is told what to show (refresh), so it
        # never holds the model and never forms a reference cycle with it.
        self._theme = theme
        if style is None:
            style = ItemStyle(theme, document.layout.card_size if document.layout else (220.0, 120.0))
        self._style = style
        self._selected = False
        self._dimmed = False
        self._hovered = False
        self._export = False
        self._lines: tuple[str, str, list[str]] | None = None  # band, meta, title lines: made on first use
        self.setAcceptHoverEvents(True)
        self.setZValue(2)
        self.refresh(document)

    # --- what it shows (derived from the document, laid out on first use) --------------

    def refresh(self, document: PathwayDocument) -> None:
        """Read the step's words from the document; they are laid out again when next needed."""
        pathway = document.pathway
        graph = document.graph
        assert pathway is not None and graph is not None
        step = pathway.step(self.step_id)
        self._is_main = graph.is_main(self.step_id)
        self._phase_color = self._style.phase_color(pathway, step.phase)
        self._band_pen = self._style.band_pen(self._phase_color)
        self._phase_title = pathway.phase(step.phase).title
        timing = (step.timing.start, step.timing.end) if step.timing else None
        self._meta = timing_line(step.duration.describe(), timing)
        self._title = step.title
        self._lines = None
        self.setToolTip(step_tooltip_html(step.title, [step.patient_summary], is_main=self._is_main))
        self.update()

    def _text(self) -> tuple[str, str, list[str]]:
        if self._lines is None:
            style = self._style
            self._lines = (style.band_text(self._phase_title), style.meta_text(self._meta), style.title_lines(self._title))
        return self._lines

    @property
    def title(self) -> str:
        return self._title

    @property
    def title_lines(self) -> list[str]:
        return list(self._text()[2])

    @property
    def band_text(self) -> str:
        return self._text()[0]

    @property
    def meta_text(self) -> str:
        return self._text()[1]

    @property
    def phase_color(self) -> QColor:
        return QColor(self._phase_color)

    @property
    def is_main(self) -> bool:
        return self._is_main

    def title_font(self) -> QFont:
        return QFont(self._style.title_font)

    def band_rect(self) -> QRectF:
        """The coloured phase band, in item coordinates."""
        return QRectF(self._style.band_rect)

    def card_rect(self) -> QRectF:
        return QRectF(self._style.card_rect)

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
        if dimmed != self._dimmed:
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
        return QRectF(self._style.card_bounds)  # a copy: callers may adjust what they get

    def shape(self) -> QPainterPath:
        return QPainterPath(self._style.card_path)

    def hoverEnterEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        if not self.hasCursor():
            # Set on first hover, not when made: a cursor costs ~9 us per card to set, and the
            # view looks for one only after the hover has been handled.
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        style = self._style
        rect = style.card_rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        scale = _scale(painter, option, self._export)
        text = scale >= TEXT_MIN_SCALE

        painter.setPen(Qt.PenStyle.NoPen)
        if self._is_main:  # a soft shadow lifts the main journey off the canvas
            painter.setBrush(style.shadow_brush)
            painter.drawRoundedRect(style.shadow_rect, CARD_RADIUS, CARD_RADIUS)
        painter.setBrush(style.card_brush if self._is_main else style.branch_card_brush)
        painter.drawRoundedRect(rect, CARD_RADIUS, CARD_RADIUS)

        # Phase band: colour AND the phase name, never colour alone.
        painter.setBrush(self._phase_color)
        painter.drawPath(style.band_path)
        if text:
            painter.setPen(self._band_pen)
            painter.setFont(style.band_font)
            painter.drawText(
                style.band_text_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), self.band_text
            )

        if scale >= TITLE_MIN_SCALE:
            # Title, top-aligned under the band; whole lines only.
            painter.setPen(style.text_pen)
            painter.setFont(style.title_font)
            y = style.band_height + 7 + style.title_ascent
            for line in self._text()[2]:
                painter.drawText(QPointF(PADDING, y), line)
                y += style.title_line_spacing

        if text:
            # Duration and timing on one line at the bottom.
            painter.setPen(style.muted_text_pen)
            painter.setFont(style.small_font)
            painter.drawText(QPointF(PADDING, style.meta_baseline), self.meta_text)

        # Border: solid for the main journey, dashed for steps only some people need.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._hovered and not self._export and not self._selected:
            pen = style.hover_pen
        elif self._is_main:
            pen = style.main_border_pen
        else:
            pen = style.branch_border_pen if text else style.branch_border_solid_pen
        painter.setPen(pen)
        painter.drawRoundedRect(style.border_rect, CARD_RADIUS, CARD_RADIUS)

        if self._selected and not self._export:
            painter.setPen(style.selection_pen)
            painter.drawRoundedRect(style.ring_rect, CARD_RADIUS + 3, CARD_RADIUS + 3)
            painter.setPen(style.focus_pen)
            painter.drawRoundedRect(style.focus_rect, CARD_RADIUS + 7, CARD_RADIUS + 7)


class ArrowItem(QGraphicsItem):
    """One transition: solid for the main journey, dashed for a branch, dotted for a loop-back."""

    def __init__(
        self,
        source: str,
        target: str,
        kind: TransitionKind,
        label: str | None,
        theme: Theme,
        parent: QGraphicsItem | None = None,
        *,
        style: ItemStyle | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.target = target
        self.kind = kind
        self.label = label or ""
        self._theme = theme
        self._style = style if style is not None else ItemStyle(theme, (220.0, 120.0))
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._bounds = QRectF()
        self.bounds_box = (0.0, 0.0, 0.0, 0.0)  # the bounding rect as (left, top, right, bottom)
        self._shape: QPainterPath | None = None
        self._dimmed = False
        self.label_item = ArrowLabel(self.label, self.color, theme, style=self._style) if self.label else None
        self.setZValue(1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks fall through to the canvas

    @property
    def key(self) -> tuple[str, str]:
        return self.source, self.target

    @property
    def color(self) -> QColor:
        return QColor(self._style.arrow_colors[self.kind])

    def pen(self) -> QPen:
        return QPen(self._style.arrow_pens[self.kind])

    def path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def set_route(self, route: Route) -> None:
        self.prepareGeometryChange()
        path = QPainterPath()
        first = route.segments[0][0]
        path.moveTo(*first)
        for _, (x1, y1), (x2, y2), (x3, y3) in route.segments:
            path.cubicTo(x1, y1, x2, y2, x3, y3)
        self._path = path
        tip_x, tip_y = route.tip
        dx, dy = route.direction
        back_x, back_y = tip_x - dx * ARROW_LENGTH, tip_y - dy * ARROW_LENGTH
        half = 7.0 if self.kind is TransitionKind.main else 6.0
        nx, ny = -dy * half, dx * half
        self._head = QPolygonF(
            [QPointF(tip_x, tip_y), QPointF(back_x + nx, back_y + ny), QPointF(back_x - nx, back_y - ny)]
        )
        self._bounds = path.boundingRect().united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)
        self.bounds_box = (self._bounds.left(), self._bounds.top(), self._bounds.right(), self._bounds.bottom())
        self._shape = None
        self.update()

    def label_size(self) -> QSizeF:
        return self.label_item.size() if self.label_item is not None else QSizeF()

    def set_label_rect(self, rect: QRectF) -> None:
        if self.label_item is not None:
            self.label_item.set_rect(rect)

    def label_rect(self) -> QRectF:
        return self.label_item.sceneBoundingRect() if self.label_item is not None else QRectF()

    def set_dimmed(self, dimmed: bool) -> None:
        if dimmed == self._dimmed:
            return
        self._dimmed = dimmed
        self.setOpacity(self._theme.dim_opacity if dimmed else 1.0)
        if self.label_item is not None:
            self.label_item.setOpacity(self.opacity())

    @property
    def is_dimmed(self) -> bool:
        return self._dimmed

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(8)
            self._shape = stroker.createStroke(self._path)
            self._shape.addPolygon(self._head)
        return QPainterPath(self._shape)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        style = self._style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(style.arrow_pens[self.kind])
        painter.drawPath(self._path)
        painter.setPen(style.head_pens[self.kind])
        painter.setBrush(style.head_brushes[self.kind])
        painter.drawPolygon(self._head)


class ArrowLabel(QGraphicsItem):
    """An arrow's condition ("signs of CRS") on a small rounded box.

    A separate top-level item so every label sits above every line and stays readable.
    """

    def __init__(
        self,
        text: str,
        color: QColor,
        theme: Theme,
        parent: QGraphicsItem | None = None,
        *,
        style: ItemStyle | None = None,
    ) -> None:
        super().__init__(parent)
        self.text = text
        self._style = style if style is not None else ItemStyle(theme, (220.0, 120.0))
        self._theme = theme
        self._pen = QPen(QColor(color), 1.4)
        self.lines, width, height = self._style.label_layout(text)
        self._size = QSizeF(width, height)
        self._bounds = QRectF(QPointF(0, 0), self._size)
        self._export = False
        self.setZValue(1.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def size(self) -> QSizeF:
        return QSizeF(self._size)

    def set_rect(self, rect: QRectF) -> None:
        self.setPos(rect.topLeft())

    def set_export_mode(self, on: bool) -> None:
        self._export = on

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if _scale(painter, option, self._export) < TEXT_MIN_SCALE:
            # Too far out to read: an empty box looks like something missing, so draw
            # nothing; the line's style still says which kind of path it is.
            return
        style = self._style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = self._bounds.adjusted(0.7, 0.7, -0.7, -0.7)
        painter.setPen(self._pen)
        painter.setBrush(style.label_brush)
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(style.text_pen)
        painter.setFont(style.label_font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), "\n".join(self.lines))


LEGEND_ENTRIES = (
    (TransitionKind.main, "Main journey"),
    (TransitionKind.alternative, "Another path, only if needed"),
    (TransitionKind.loop_back, "Going back to an earlier step"),
)


class LegendItem(QGraphicsItem):
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
