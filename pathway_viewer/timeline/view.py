"""The journey on a calendar: each step as a bar across its days, counted from the infusion.

Day 0 is the infusion. The busy weeks around it (days -14 to +14) are drawn to a straight
scale; before and after them time is squeezed on a log scale, so a two-year follow-up and
the three days of chemotherapy are both readable on one screen. The squeezed stretches are
shaded and say so, because a squeezed scale that does not admit it misleads.

Rows: the main journey first, in order, then the steps only some people need. Steps with no
fixed day (the first assessment, side effects that may or may not happen) sit in a column
on the left. Every bar carries its words (title, phase, days and, when the patient's dates
are set, the calendar dates): colour is never the only clue.

Like the journey scene, this scene reads everything from the document when a signal says
it changed, and offers the same ``journey_rect()`` / ``export_mode()`` pair, so
:func:`pathway_viewer.export.render_scene_to_file` saves it as PNG, SVG or PDF.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import math
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsScene,
    QGraphicsSceneHoverEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from models import Step
from models.schedule import StepDates
from models.sections import format_dates

from ..core.document import PathwayDocument
from ..core.theme import Theme
from ..core.zoom_view import ZOOM_STEP, ZoomableView

# --- the day scale -------------------------------------------------------------------------

LINEAR_DAYS = 14  # days -14..+14 are drawn to a straight scale
SQUEEZE = 10.0  # beyond them, d days take SQUEEZE * ln(1 + d / SQUEEZE) "day widths"
PX_PER_DAY = 15.0

NO_DAY_WIDTH = 300.0  # the "no fixed day" column
LEFT = 16.0
AXIS_GAP = 44.0  # between that column and the first day
ROW_HEIGHT = 56.0
GROUP_HEIGHT = 44.0
BAR_HEIGHT = 22.0
TEXT_GAP = 10.0
MIN_TICK_SPACING = 92.0

# Ticks a reader knows: days near the infusion, then months and years.
TICKS: tuple[tuple[int, str], ...] = (
    (-365, "1 year before"),
    (-182, "6 months before"),
    (-91, "3 months before"),
    (-56, "day -56"),
    (-28, "day -28"),
    (-14, "day -14"),
    (-7, "day -7"),
    (0, "day 0 infusion"),
    (7, "day +7"),
    (14, "day +14"),
    (28, "1 month"),
    (91, "3 months"),
    (182, "6 months"),
    (365, "1 year"),
    (730, "2 years"),
    (1095, "3 years"),
    (1825, "5 years"),
    (3650, "10 years"),
)

# Calm colours with strong contrast on white.
SQUEEZED_BG = "#EEF1F5"
GRID = "#D5DAE1"
INFUSION_LINE = "#9C4A00"
SELECTED_ROW_BG = "#DCE8FC"
BRANCH_TEXT = "Only if needed"


def day_units(day: float) -> float:
    """Where ``day`` sits on the squeezed scale, in "day widths" (straight near day 0)."""
    size = abs(day)
    if size <= LINEAR_DAYS:
        return float(day)
    squeezed = LINEAR_DAYS + SQUEEZE * math.log1p((size - LINEAR_DAYS) / SQUEEZE)
    return math.copysign(squeezed, day)


def short_date(day: dt.date) -> str:
    """'10 Mar 2026': short enough for a tick, month in words so 3/4 and 4/3 never mix."""
    return f"{day.day} {day:%b %Y}"


@dataclass(frozen=True)
class DayAxis:
    """Maps days to scene x for one pathway's range of days."""

    first: int
    last: int
    left: float  # scene x of ``first``

    def x(self, day: float) -> float:
        return self.left + (day_units(day) - day_units(self.first)) * PX_PER_DAY

    @property
    def right(self) -> float:
        return self.x(self.last + 1)

    def ticks(self) -> list[tuple[int, str]]:
        """The ticks inside the range, dropping any that would crowd day 0 or the one before."""
        inside = [(d, label) for d, label in TICKS if self.first <= d <= self.last + 1]
        kept: list[tuple[int, str]] = []
        for day, label in sorted(inside, key=lambda t: (t[0] != 0, abs(t[0]))):
            if all(abs(self.x(day) - self.x(k)) >= MIN_TICK_SPACING for k, _ in kept):
                kept.append((day, label))
        return sorted(kept)


def day_text(step: Step) -> str:
    """'day -5 to -3' or 'day 0': the step's typical days, as on the cards."""
    if step.timing is None:
        return "no fixed day"
    return step.timing.describe().replace("to day", "to")


# --- items ------------------------------------------------------------------------------------


class TimelineRow(QGraphicsObject):
    """One step's row: a bar on the day axis (or a card in the "no fixed day" column) with its words."""

    def __init__(
        self,
        step_id: str,
        *,
        width: float,
        bar: QRectF | None,
        chip: QRectF | None,
        title: str,
        detail: str,
        color: QColor,
        is_main: bool,
        text_limits: tuple[float, float, float],
        theme: Theme,
    ) -> None:
        super().__init__()
        self.step_id = step_id
        self._width = width
        self._bar = bar
        self._chip = chip
        self._title = title
        self._detail = detail
        self._color = QColor(color)
        self._is_main = is_main
        self._theme = theme
        self._selected = False
        self._hovered = False
        self._export = False
        self._title_font = theme.scene_font(1.05, bold=True)
        self._detail_font = theme.scene_font(0.9)
        self._text_rect = self._place_text(text_limits)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setZValue(2)

    # what tests and the view read
    @property
    def title(self) -> str:
        return self._title

    @property
    def detail(self) -> str:
        return self._detail

    @property
    def is_main(self) -> bool:
        return self._is_main

    def bar_rect(self) -> QRectF | None:
        """The bar in item coordinates (None for a step with no fixed day)."""
        return QRectF(self._bar) if self._bar is not None else None

    def chip_rect(self) -> QRectF | None:
        return QRectF(self._chip) if self._chip is not None else None

    def text_rect(self) -> QRectF:
        return QRectF(self._text_rect)

    def content_rect(self) -> QRectF:
        """The bar (or card) and its words, in item coordinates: what must be in view."""
        shape = self._chip if self._chip is not None else self._bar
        assert shape is not None
        return shape.united(self._text_rect)

    def is_selected_mark(self) -> bool:
        return self._selected

    def set_selected_mark(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.update()

    def set_export_mode(self, on: bool) -> None:
        self._export = on
        self.update()

    # layout
    def _lines(self) -> list[tuple[str, QFont]]:
        return [(self._title, self._title_font), (self._detail, self._detail_font)]

    def _place_text(self, limits: tuple[float, float]) -> QRectF:
        heights = [QFontMetricsF(f).height() for _, f in self._lines()]
        height = sum(heights) + 2
        top = (ROW_HEIGHT - height) / 2
        if self._chip is not None:
            inner = self._chip.adjusted(16, 0, -8, 0)
            return QRectF(inner.left(), top, inner.width(), height)
        assert self._bar is not None
        width = max(QFontMetricsF(f).horizontalAdvance(t) for t, f in self._lines()) + 2
        low, high, late = limits
        after = QRectF(self._bar.right() + TEXT_GAP, top, width, height)
        before = QRectF(self._bar.left() - TEXT_GAP - width, top, width, height)
        # Words stay near the busy weeks the eye starts from: after a bar that starts early,
        # before one that starts late (two years of follow-up would push them off screen).
        if self._bar.left() >= late and before.left() >= low:
            return before
        if after.right() <= high:
            return after
        if before.left() >= low:
            return before
        return QRectF(max(low, after.left()), top, width, height)

    # Qt overrides
    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, ROW_HEIGHT).united(self._text_rect)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.boundingRect())
        return path

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()
        super().hoverLeaveEvent(event)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        theme = self._theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected = self._selected and not self._export
        hovered = self._hovered and not self._export
        if selected:
            painter.fillRect(QRectF(0, 1, self._width, ROW_HEIGHT - 2), QColor(SELECTED_ROW_BG))
            painter.fillRect(QRectF(0, 1, 6, ROW_HEIGHT - 2), theme.selection_color)

        shape = self._chip if self._chip is not None else self._bar
        assert shape is not None
        radius = 8.0 if self._chip is not None else 5.0
        if self._chip is not None:
            fill = QColor(theme.card_color if self._is_main else theme.branch_card_color)
        else:
            fill = QColor(self._color)
            if not self._is_main:
                fill.setAlphaF(0.55)  # lighter, and dashed below: "only if needed" in two ways
        border = QColor(theme.card_border_color if self._is_main else theme.branch_border_color)
        pen = QPen(border, 1.6)
        if not self._is_main:
            pen.setStyle(Qt.PenStyle.DashLine)
        if selected:
            pen = QPen(theme.selection_color, 3.2)
        elif hovered:
            pen = QPen(theme.hover_color, 2.6)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(shape, radius, radius)
        if self._chip is not None:  # the phase colour as a band down the left edge
            band = QRectF(self._chip.left() + 1.5, self._chip.top() + 1.5, 8, self._chip.height() - 3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(self._color))
            painter.drawRoundedRect(band, 4, 4)

        # The words sit on a backing of the row's own colour, so grid lines never cross them.
        if self._bar is not None:
            backing = QColor(SELECTED_ROW_BG) if selected else QColor(255, 255, 255, 235)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(backing)
            painter.drawRoundedRect(self._text_rect.adjusted(-4, -1, 4, 1), 4, 4)
        y = self._text_rect.top()
        for index, (text, font) in enumerate(self._lines()):
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            painter.setPen(theme.text_color if index == 0 else theme.muted_text_color)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, self._text_rect.width())
            align = Qt.AlignmentFlag.AlignLeft
            if self._bar is not None and self._text_rect.right() <= self._bar.left():
                align = Qt.AlignmentFlag.AlignRight  # text before the bar ends against it
            painter.drawText(
                QRectF(self._text_rect.left(), y, self._text_rect.width(), metrics.height()),
                int(align | Qt.AlignmentFlag.AlignVCenter),
                shown,
            )
            y += metrics.height() + 2


class TimelineAxis(QGraphicsItem):
    """Ticks, grid lines, the squeezed stretches and the infusion day, under the rows."""

    def __init__(
        self,
        axis: DayAxis,
        *,
        top: float,
        bottom: float,
        header: float,
        infusion_date: dt.date | None,
        theme: Theme,
    ) -> None:
        super().__init__()
        self._axis = axis
        self._top = top
        self._bottom = bottom
        self._header = header
        self._infusion_date = infusion_date
        self._theme = theme
        self._font = theme.scene_font(0.9)
        self._bold = theme.scene_font(0.9, bold=True)
        self._note_font = theme.scene_font(0.78)
        self._note_font.setItalic(True)
        self.setZValue(0)

    def tick_labels(self) -> list[str]:
        """Every tick's words, one string per tick ("day -7", "day +7\\n17 Mar 2026")."""
        return [" / ".join(self._tick_lines(day, label)) for day, label in self._axis.ticks()]

    def _tick_lines(self, day: int, label: str) -> list[str]:
        lines = [label]
        if self._infusion_date is not None:
            try:
                lines.append(short_date(self._infusion_date + dt.timedelta(days=day)))
            except OverflowError:
                pass
        return lines

    def boundingRect(self) -> QRectF:
        left = self._axis.x(self._axis.first) - 60
        return QRectF(left, self._top, self._axis.right + 60 - left, self._bottom - self._top)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        axis, theme = self._axis, self._theme
        grid_top = self._top + self._header
        # Squeezed stretches: shaded, and labelled where the reader looks first.
        painter.setPen(Qt.PenStyle.NoPen)
        squeezed = []
        if axis.first < -LINEAR_DAYS:
            squeezed.append(QRectF(axis.x(axis.first), grid_top, axis.x(-LINEAR_DAYS) - axis.x(axis.first), 0))
        if axis.last + 1 > LINEAR_DAYS:
            squeezed.append(QRectF(axis.x(LINEAR_DAYS), grid_top, axis.right - axis.x(LINEAR_DAYS), 0))
        for band in squeezed:
            band.setBottom(self._bottom)
            painter.fillRect(band, QColor(SQUEEZED_BG))
            painter.setPen(theme.muted_text_color)
            painter.setFont(self._note_font)
            painter.drawText(
                band.adjusted(6, 4, -6, 0),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                "time squeezed to fit",
            )
            painter.setPen(Qt.PenStyle.NoPen)

        metrics = QFontMetricsF(self._font)
        for day, label in axis.ticks():
            x = axis.x(day)
            infusion = day == 0
            painter.setPen(QPen(QColor(INFUSION_LINE) if infusion else QColor(GRID), 2.4 if infusion else 1.0))
            painter.drawLine(QPointF(x, grid_top - 6), QPointF(x, self._bottom))
            lines = self._tick_lines(day, label)
            y = self._top + self._header - 10 - len(lines) * metrics.height()
            for index, line in enumerate(lines):
                font = self._bold if infusion or index == 0 else self._font
                painter.setFont(font)
                painter.setPen(QColor(INFUSION_LINE) if infusion and index == 0 else
                               (theme.text_color if index == 0 else theme.muted_text_color))
                width = QFontMetricsF(font).horizontalAdvance(line) + 4
                painter.drawText(
                    QRectF(x - width / 2, y, width, metrics.height()), int(Qt.AlignmentFlag.AlignCenter), line
                )
                y += metrics.height()
        painter.setPen(QPen(theme.muted_text_color, 1.2))
        painter.drawLine(QPointF(axis.x(axis.first), grid_top), QPointF(axis.right, grid_top))


class TimelineText(QGraphicsItem):
    """A heading or a note: plain text in one font, wrapped to a width."""

    def __init__(self, text: str, font: QFont, color: QColor, width: float) -> None:
        super().__init__()
        self.text = text
        self._font = font
        self._color = QColor(color)
        self._width = width
        self._height = (
            QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()
            + 4
        )
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setFont(self._font)
        painter.setPen(self._color)
        painter.drawText(self.boundingRect(), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), self.text)


# --- the scene --------------------------------------------------------------------------------


class TimelineScene(QGraphicsScene):
    def __init__(self, document: PathwayDocument, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.theme = theme
        self._rows: dict[str, TimelineRow] = {}
        self._axis_item: TimelineAxis | None = None
        self._texts: list[TimelineText] = []
        self.setBackgroundBrush(QColor("#FFFFFF"))
        document.sig_pathway_changed.connect(self.rebuild)
        document.sig_schedule_changed.connect(self.rebuild)
        document.sig_audience_changed.connect(self._refresh_tooltips)
        document.sig_selection_changed.connect(self._show_selection)
        self.rebuild()

    # --- public API ---------------------------------------------------------------------------

    def row(self, step_id: str) -> TimelineRow:
        return self._rows[step_id]

    def step_ids(self) -> list[str]:
        """Row order, top to bottom: the main journey, then the steps only some people need."""
        return list(self._rows)

    def axis(self) -> TimelineAxis | None:
        return self._axis_item

    def texts(self) -> list[str]:
        return [t.text for t in self._texts]

    def journey_rect(self) -> QRectF:
        rect = QRectF()
        for item in self.items():
            if item.parentItem() is None:
                rect = rect.united(item.sceneBoundingRect())
        return rect

    @contextlib.contextmanager
    def export_mode(self) -> Iterator[None]:
        """Draw without selection or hover marks, then restore the screen look."""
        for row in self._rows.values():
            row.set_export_mode(True)
        try:
            yield
        finally:
            for row in self._rows.values():
                row.set_export_mode(False)

    def row_at(self, scene_pos: QPointF) -> TimelineRow | None:
        for item in self.items(scene_pos):
            if isinstance(item, TimelineRow):
                return item
        return None

    # --- building -----------------------------------------------------------------------------

    def rebuild(self) -> None:
        self.clear()
        self._rows.clear()
        self._texts.clear()
        self._axis_item = None
        doc = self.document
        pathway, graph = doc.pathway, doc.graph
        if pathway is None or graph is None:
            self.setSceneRect(QRectF(0, 0, 1, 1))
            return
        theme = self.theme
        dates = self.document.step_dates()
        timed = [s.timing for s in pathway.steps if s.timing is not None]
        first = min([t.start for t in timed] + [-28])
        last = max([t.end for t in timed] + [LINEAR_DAYS])
        axis = DayAxis(first, last, LEFT + NO_DAY_WIDTH + AXIS_GAP)
        width = axis.right + 40  # rows span the days; the picture grows only where words go further
        # Room after the last day for the words of bars that end there.
        text_room = 260.0
        total_width = width + text_room

        tick_metrics = QFontMetricsF(theme.scene_font(0.9))
        header = 16 + tick_metrics.height() * (2 if doc.infusion_date is not None else 1) + 14
        heading_font = theme.scene_font(1.1, bold=True)
        heading_color = theme.text_color

        no_day = TimelineText("No fixed day", theme.scene_font(0.84, bold=True), theme.text_color, NO_DAY_WIDTH)
        no_day.setPos(LEFT, header - tick_metrics.height() - 10)
        self.addItem(no_day)
        self._texts.append(no_day)

        main = list(graph.main_path)
        branches = [s for s in graph.step_ids if s not in set(main)]
        y = header + 8
        groups = [("Main journey: the steps most people go through", main)]
        if branches:
            groups.append((f"{BRANCH_TEXT}: some people also go through these steps", branches))
        for heading, step_ids in groups:
            text = TimelineText(heading, heading_font, heading_color, width - 2 * LEFT)
            text.setPos(LEFT, y + 10)
            self.addItem(text)
            self._texts.append(text)
            y += GROUP_HEIGHT
            for step_id in step_ids:
                row = self._make_row(step_id, axis, width, total_width, dates)
                row.setPos(0, y)
                self.addItem(row)
                self._rows[step_id] = row
                y += ROW_HEIGHT

        note = TimelineText(
            "Days count from the infusion (day 0). Before day -14 and after day +14 the time is squeezed "
            "(shaded), so that the busy days and the years of follow-up both fit. Timings are typical: "
            "your team plans your own dates.",
            theme.scene_font(0.84),
            theme.muted_text_color,
            min(width - 2 * LEFT, 1100.0),
        )
        note.setPos(LEFT, y + 14)
        self.addItem(note)
        self._texts.append(note)

        self._axis_item = TimelineAxis(
            axis, top=0, bottom=y, header=header, infusion_date=doc.infusion_date, theme=theme
        )
        self.addItem(self._axis_item)
        self._refresh_tooltips()
        self._show_selection(doc.selected)
        self.setSceneRect(self.journey_rect().adjusted(-20, -20, 20, 20))

    def _make_row(
        self, step_id: str, axis: DayAxis, width: float, text_limit: float, dates: StepDates | None
    ) -> TimelineRow:
        doc = self.document
        assert doc.pathway is not None and doc.graph is not None
        step = doc.pathway.step(step_id)
        is_main = doc.graph.is_main(step_id)
        phase = doc.pathway.phase(step.phase).title
        parts = [] if is_main else [BRANCH_TEXT]
        parts.append(phase)
        if step.timing is not None:  # the column heading already says "no fixed day"
            parts.append(day_text(step))
        if dates is not None and step_id in dates:
            parts.append(format_dates(dates[step_id]))
        bar = chip = None
        if step.timing is not None:
            left = axis.x(step.timing.start)
            right = max(axis.x(step.timing.end + 1), left + 10)
            bar = QRectF(left, (ROW_HEIGHT - BAR_HEIGHT) / 2, right - left, BAR_HEIGHT)
        else:
            chip = QRectF(LEFT, 4, NO_DAY_WIDTH, ROW_HEIGHT - 8)
        return TimelineRow(
            step_id,
            width=width,
            bar=bar,
            chip=chip,
            title=step.title,
            detail=" \u00b7 ".join(parts),
            color=self.theme.phase_color(doc.pathway, step.phase),
            is_main=is_main,
            text_limits=(axis.x(axis.first), text_limit, axis.x(LINEAR_DAYS)),
            theme=self.theme,
        )


    # --- reacting to the document -------------------------------------------------------------

    def _refresh_tooltips(self, *_: object) -> None:
        doc = self.document
        if doc.pathway is None:
            return
        for step_id, row in self._rows.items():
            step = doc.pathway.step(step_id)
            parts = [f"<p><b>{_e(step.title)}</b><br>{_e(row.detail)}</p>", f"<p>{_e(step.patient_summary)}</p>"]
            if doc.audience == "clinician":  # patients never see the clinical text, here or anywhere
                parts.append(f"<p><i>For staff:</i> {_e(step.clinical_details)}</p>")
            if not row.is_main:
                parts.append("<p><i>Only some people need this step.</i></p>")
            row.setToolTip("".join(parts))

    def _show_selection(self, step_id: object) -> None:
        for sid, row in self._rows.items():
            row.set_selected_mark(sid == step_id)

    # --- clicks -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            row = self.row_at(event.scenePos())
            if row is not None:
                self.document.select(row.step_id)
                event.accept()
                return
        event.ignore()  # the view pans


def _e(text: str) -> str:
    return html.escape(text, quote=True)


# --- the view ---------------------------------------------------------------------------------

READABLE_ZOOM = 0.75


class TimelineView(ZoomableView):
    """Zoom and pan like the journey view; the arrow keys walk the rows."""

    min_zoom = 0.2

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene  # a strong reference: a collected scene makes the view draw blank
        self._first_show = True
        self.setObjectName("timeline_view")
        self.setAccessibleName("Timeline: the steps on a calendar of days around the infusion")
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scene.document.sig_selection_changed.connect(self._reveal)
        scene.document.sig_pathway_changed.connect(self.fit)

    def timeline_scene(self) -> TimelineScene:
        return self._scene

    def fit(self) -> None:
        """The whole width if it stays readable; else a readable zoom from the left, scrolled."""
        rect = self._scene.journey_rect()
        viewport = self.viewport().rect()
        if rect.isEmpty() or viewport.width() < 2 or viewport.height() < 2:
            return
        rect = rect.adjusted(-10, -10, 10, 10)
        whole = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        if whole >= READABLE_ZOOM:
            self.set_zoom(min(whole, 1.5))
            self.centerOn(rect.center())
            return
        self.set_zoom(max(READABLE_ZOOM, min(1.0, viewport.width() / rect.width())))
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def _reveal(self, step_id: object) -> None:
        if isinstance(step_id, str) and step_id in self._scene.step_ids():
            row = self._scene.row(step_id)
            # The bar and its words, not the whole row: a full-width row would scroll to its end.
            self.ensureVisible(row.mapRectToScene(row.content_rect()), 20, 20)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.angleDelta().y():
            self.set_zoom(self.zoom_level * ZOOM_STEP ** (event.angleDelta().y() / 120))
            event.accept()
            return
        super().wheelEvent(event)  # a plain wheel scrolls down the rows, as in any list

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: ANN001 - Qt event
        row = self._scene.row_at(self.mapToScene(event.position().toPoint()))
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self._scene.document.select(row.step_id)
            self.sig_activated.emit(row.step_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        document = self._scene.document
        graph = document.graph
        if graph is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        key = event.key()
        rows = self._scene.step_ids()
        current = document.selected
        target: str | None = None
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            if current is None or current not in rows:
                target = rows[0] if rows else None
            elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                index = rows.index(current) + (1 if key == Qt.Key.Key_Down else -1)
                target = rows[index] if 0 <= index < len(rows) else None
            elif key == Qt.Key.Key_Right:
                target = graph.next_step(current)
            else:
                target = graph.previous_step(current)
            if target is not None:
                document.select(target)
            event.accept()
            return
        super().keyPressEvent(event)  # Enter and Home: ZoomableView
