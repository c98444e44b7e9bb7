"""The journey's arrows, their labels and the legend that explains the line styles.

Like the cards, these are views: an arrow holds the two step ids and the route it was
given; the scene routes it (:mod:`models.routing`) and places its label
(:mod:`models.placement`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterator

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRectF, QSizeF, Qt
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
from models.badge_places import Anchor, badge_anchors, badge_box
from models.routing import Route

from ..core.theme import Theme
from .item_style import ARROW_LENGTH, ItemStyle, arrow_color, arrow_pen, screen_dash_pen


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
        # A line cut short where the journey wraps into rows: its number, and the two
        # badges that carry it (one at each stub's free end).
        self.mark: int | None = None
        self._badges: list[QRectF] = []
        self._anchors: list[Anchor] = []
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

    def set_route(self, route: Route, mark: int | None = None) -> None:
        """Draw along ``route``; with ``mark``, the route is two stubs (the journey wraps
        between its ends) and each free end carries the number ``mark``."""
        self.prepareGeometryChange()
        self.mark = mark
        # A cut-short arrow is only two stubs, and its numbered badges are how a reader joins
        # them: above every whole arrow (the main line too), so no line runs through a number.
        self.setZValue(1.2 if mark is not None else 1)
        path = QPainterPath()
        first = route.segments[0][0]
        path.moveTo(*first)
        for start, (x1, y1), (x2, y2), (x3, y3) in route.segments:
            if start != (path.currentPosition().x(), path.currentPosition().y()):
                path.moveTo(*start)  # an arrow cut short where the journey wraps: two stubs
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
        self._anchors = _anchors(route) if mark is not None else []
        # The largest each mark is drawn (zoomed out); nearer, it is drawn smaller.
        self._badges = [_badge_rect(a, self._style.badge_size(mark)) for a in self._anchors] if mark is not None else []
        self._bounds = path.boundingRect().united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)
        for badge in self._badges:
            self._bounds = self._bounds.united(badge.adjusted(-2, -2, 2, 2))
        self.bounds_box = (self._bounds.left(), self._bounds.top(), self._bounds.right(), self._bounds.bottom())
        self._shape = None
        self.update()

    def badge_rects(self, scale: float | None = None) -> list[QRectF]:
        """Where the two numbers of a line cut short stand (none for a whole line): as
        large as they are drawn zoomed out, or as drawn at ``scale``."""
        if scale is None or self.mark is None:
            return [QRectF(r) for r in self._badges]
        size = self._style.badge_size(self.mark, scale)
        return [_badge_rect(anchor, size) for anchor in self._anchors]

    def badge_font_at(self, scale: float) -> QFont:
        return QFont(self._style.badge_font(scale))

    def label_size(self) -> QSizeF:
        return self.label_item.size() if self.label_item is not None else QSizeF()

    def set_label_rect(self, rect: QRectF, lines: list[str] | None = None) -> None:
        """Put the label at ``rect``; with ``lines``, wrapped as they say (``rect`` is their size)."""
        if self.label_item is not None:
            if lines is not None:
                self.label_item.set_layout(lines, rect.width(), rect.height())
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
            for badge in self._badges:
                self._shape.addEllipse(badge)
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
        if self._badges:
            # Logical pixels: a high-DPI screen draws the number sharper, not larger.
            self._paint_badges(painter, option.levelOfDetailFromTransform(painter.worldTransform()))

    def _paint_badges(self, painter: QPainter, scale: float) -> None:
        """The mark at each stub's end: a ring in the line's colour with the number, large
        enough to read wherever the titles can be read, and no larger than that needs."""
        style = self._style
        assert self.mark is not None
        size = style.badge_size(self.mark, scale)
        badges = [_badge_rect(anchor, size) for anchor in self._anchors]
        painter.setPen(style.badge_pens[self.kind])
        painter.setBrush(style.label_brush)
        for badge in badges:
            painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        painter.setPen(style.text_pen)
        painter.setFont(style.badge_font(scale))
        for badge in badges:
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(self.mark))


def _anchors(route: Route) -> list[Anchor]:
    return badge_anchors(route)


def _badge_rect(anchor: Anchor, size: QSizeF) -> QRectF:
    """The mark of ``size`` touching its stub's free end, in line with the stub."""
    left, top, right, bottom = badge_box(anchor, (size.width(), size.height()))
    return QRectF(left, top, right - left, bottom - top)


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

    def set_layout(self, lines: list[str], width: float, height: float) -> None:
        """Wrapped another way (narrower, to stand between two cards side by side)."""
        if (lines, width, height) == (self.lines, self._size.width(), self._size.height()):
            return
        self.prepareGeometryChange()
        self.lines = list(lines)
        self._size = QSizeF(width, height)
        self._bounds = QRectF(QPointF(0, 0), self._size)
        self.update()

    def set_export_mode(self, on: bool) -> None:
        self._export = on

    def boundingRect(self) -> QRectF:
        return QRectF(self._bounds)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if not self._export and not self._style.label_readable(option.levelOfDetailFromTransform(painter.worldTransform())):
            # Too small to read across a desk (under 9 pt): an empty box looks like something
            # missing, so draw nothing. The line's style still says which kind of path it
            # is, the card it leads to says where, and the arrow's tooltip has the words.
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
    (TransitionKind.main, QT_TRANSLATE_NOOP("JourneyArrows", "Main journey")),
    (TransitionKind.alternative, QT_TRANSLATE_NOOP("JourneyArrows", "Another path, only if needed")),
    (TransitionKind.loop_back, QT_TRANSLATE_NOOP("JourneyArrows", "Going back to an earlier step")),
)
ONLY_SOME = QT_TRANSLATE_NOOP("JourneyArrows", "A step only some people need")
PARALLEL_LEGEND = QT_TRANSLATE_NOOP("JourneyArrows", "At the same time, not another way")
MARK_LEGEND = QT_TRANSLATE_NOOP("JourneyArrows", "The line goes on at the same number")
END_LEGEND = QT_TRANSLATE_NOOP("JourneyArrows", "The journey stops at this step")


def _legend(text: str) -> str:
    return QCoreApplication.translate("JourneyArrows", text)


SAMPLE_MIDDLE = 48.0  # the middle of the legend's column of samples (16 to 80)


class LegendItem(QGraphicsItem):
    """What the line styles and the dashed cards mean, drawn with the journey and in exports."""

    def __init__(
        self, theme: Theme, parent: QGraphicsItem | None = None, *, kinds: Collection[TransitionKind] = (),
        only_some: bool = False, marks: bool = False, ends: bool = False, leftwards: bool = False,
    ) -> None:
        super().__init__(parent)
        self._theme = theme
        # On a journey running from right to left its samples do too (arrows point left, the
        # end bar on the card's left edge); its words stay as they are.
        self._leftwards = leftwards
        self._font = theme.card_small_font()
        metrics = QFontMetricsF(self._font)
        self._row = max(28.0, metrics.lineSpacing() + 10)
        # A row explains only what this drawing has: a key to lines and cards the reader
        # cannot find sends them looking for them.
        self._entries = [(kind, text) for kind, text in LEGEND_ENTRIES if kind in kinds]
        if TransitionKind.parallel in kinds:
            self._entries.append((TransitionKind.parallel, PARALLEL_LEGEND))
        self._only_some = only_some  # dashed cards
        # Numbered stubs are explained only where the journey, wrapped into rows, has some.
        self._marks = marks
        # Zoomed out, an end step's card shows only its bar (the word "End" needs room).
        self._ends = ends
        texts = self.texts()
        self._width = 16 + 64 + 12 + max((metrics.horizontalAdvance(t) for t in texts), default=0) + 16
        self._height = 12 + self._row * len(texts) + 8
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(0)

    def texts(self) -> list[str]:
        """Its words, top to bottom, in the interface's language."""
        return ([_legend(text) for _, text in self._entries] + ([_legend(ONLY_SOME)] if self._only_some else [])
                + ([_legend(END_LEGEND)] if self._ends else []) + ([_legend(MARK_LEGEND)] if self._marks else []))

    def only_some_sample(self) -> QRectF | None:
        """The small dashed card that stands for "a step only some people need", if shown."""
        if not self._only_some:
            return None
        return QRectF(16, 12.0 + self._row * len(self._entries) + 4, 64, self._row - 8)

    def font_px(self) -> int:
        """How many scene pixels high its words are, before it is scaled."""
        return self._font.pixelSize()

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    @contextlib.contextmanager
    def _sample(self, painter: QPainter) -> Iterator[None]:
        """Draw a sample (never words) mirrored about its column's middle on a leftward journey."""
        painter.save()
        if self._leftwards:
            painter.translate(2 * SAMPLE_MIDDLE, 0)
            painter.scale(-1, 1)
        try:
            yield
        finally:
            painter.restore()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        theme = self._theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(QColor(theme.branch_border_color), 1.0))
        painter.setBrush(QBrush(theme.card_color))
        painter.drawRoundedRect(self.boundingRect().adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
        painter.setFont(self._font)
        y = 12.0
        for kind, text in self._entries:
            mid = y + self._row / 2
            color = arrow_color(theme, kind)
            with self._sample(painter):
                painter.setPen(arrow_pen(theme, kind))
                painter.drawLine(QPointF(16, mid), QPointF(68, mid))
                painter.setPen(QPen(color, 1.0))
                painter.setBrush(color)
                painter.drawPolygon(QPolygonF([QPointF(80, mid), QPointF(68, mid - 6), QPointF(68, mid + 6)]))
            painter.setPen(theme.text_color)
            painter.drawText(QRectF(92, y, self._width - 92, self._row), int(Qt.AlignmentFlag.AlignVCenter), _legend(text))
            y += self._row
        card = self.only_some_sample()
        if card is not None:
            if option.levelOfDetailFromTransform(painter.worldTransform()) < 1.0:
                # Shrunk on screen, dashes in the drawing's units would run together into a
                # solid line: measured in screen pixels, as on the cards the legend explains.
                pen = screen_dash_pen(theme.branch_border_color)
            else:
                pen = QPen(theme.branch_border_color, 1.6, Qt.PenStyle.CustomDashLine)
                pen.setDashPattern([5.0, 3.0])
            painter.setPen(pen)
            painter.setBrush(theme.branch_card_color)
            painter.drawRoundedRect(card, 5, 5)
            painter.setPen(theme.text_color)
            painter.drawText(
                QRectF(92, y, self._width - 92, self._row), int(Qt.AlignmentFlag.AlignVCenter), _legend(ONLY_SOME)
            )
            y += self._row
        if self._ends:
            card = QRectF(16, y + 4, 64, self._row - 8)
            painter.setPen(QPen(theme.branch_border_color, 1.6))
            painter.setBrush(theme.card_color)
            painter.drawRoundedRect(card, 5, 5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.text_color)
            with self._sample(painter):
                painter.drawRect(QRectF(card.right() - 4, card.top() + 3, 5, card.height() - 6))  # as the card's bar
            painter.setPen(theme.text_color)
            painter.drawText(QRectF(92, y, self._width - 92, self._row), int(Qt.AlignmentFlag.AlignVCenter), _legend(END_LEGEND))
            y += self._row
        if self._marks:
            mid = y + self._row / 2
            badge = QRectF(48, mid - (self._row - 8) / 2, self._row - 8, self._row - 8)
            with self._sample(painter):
                painter.setPen(arrow_pen(theme, TransitionKind.loop_back))
                painter.drawLine(QPointF(16, mid), QPointF(48, mid))
                painter.setPen(QPen(arrow_color(theme, TransitionKind.loop_back), 1.6))
                painter.setBrush(theme.card_color)
                painter.drawEllipse(badge)
            if self._leftwards:  # its number written unmirrored, where the circle went
                badge.moveRight(2 * SAMPLE_MIDDLE - badge.left())
            painter.setPen(theme.text_color)
            painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), "1")
            painter.drawText(QRectF(92, y, self._width - 92, self._row), int(Qt.AlignmentFlag.AlignVCenter), _legend(MARK_LEGEND))
