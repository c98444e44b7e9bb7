"""The timeline's drawing objects: a row per step, the day axis under them, and plain text.

Items hold what they draw and a step id, never the pathway: the scene builds them from the
document and the day scale (:mod:`models.day_scale`), so a redraw never leaves stale words.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QLinearGradient, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from models.day_scale import LINEAR_DAYS, DayAxis, patient_tick_label, tick_date
from models.wording import short_date
from models.wording.i18n import Words

from models.hyphenation import SOFT_HYPHEN, break_points

from ..core.text_fit import Splitter, wrap_lines
from ..core.theme import Theme

NO_DAY_WIDTH = 300.0  # the "no fixed day" column
LEFT = 16.0
AXIS_GAP = 44.0  # between that column and the first day
ROW_HEIGHT = 56.0
COMPACT_ROW_HEIGHT = 38.0  # a row showing its title alone, beside its bar
# ... closer still, for a journey whose main steps would not all be in view otherwise (20
# of them in a laptop's window): the title's own line and a little air.
DENSE_ROW_HEIGHT = 30.0
GROUP_HEIGHT = 44.0
BAR_HEIGHT = 22.0
TEXT_GAP = 10.0
TEXT_WIDTH = 260.0  # a bar's words wrap at this width (and a chip's at its own), never cut
TITLE_WIDTH = 340.0  # a title shown alone wraps here: one line where the room allows
NARROW_NO_DAY_WIDTH = 190.0  # the "no fixed day" column when the window is narrow


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
        language: str = "en",
        below: bool = False,
        visits: list[float] | None = None,
        open_ended: bool = False,
        details: bool = True,
        row_height: float = ROW_HEIGHT,
        shortenable: str = "",
    ) -> None:
        super().__init__()
        self.step_id = step_id
        self._visits = list(visits or [])  # x of each repeating visit, drawn as a marker on the bar
        # No duration: "as long as needed". The bar still covers only its timing's days (the
        # card says "10 days to 4 weeks before"); it fades out towards its last day instead.
        self._open_ended = open_ended and bar is not None
        self._width = width
        self._bar = bar
        self._chip = chip
        self._title = title
        self._detail = detail
        # The part of the detail that gives way when it all cannot be shown (the phase's
        # name): its dates and days are what the row is for.
        self._shortenable = shortenable if shortenable and shortenable in detail else ""
        self._color = QColor(color)
        self._is_main = is_main
        self._theme = theme
        self._selected = False
        self._hovered = False
        self._export = False
        self._title_font = theme.scene_font(1.05, bold=True)
        self._detail_font = theme.scene_font(0.9)
        self._language = language
        self._details = details  # False: the title alone (zoomed out to show the whole journey)
        self._row_min = row_height
        # In a narrow window a bar's words go under it, not beside it, so they need no room
        # past the last day.
        self._below = below and bar is not None
        self._lay_out(text_limits)
        if not self._below and bar is not None and not self._fits_beside(text_limits):
            # No room beside the bar for the words: under it, so they cover no other bar.
            self._below = True
            self._lay_out(text_limits)
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

    def title_font_px(self) -> int:
        """The title's size in scene pixels (times the zoom: its size on screen)."""
        return self._title_font.pixelSize()

    def bar_rect(self) -> QRectF | None:
        """The bar in item coordinates (None for a step with no fixed day)."""
        return QRectF(self._bar) if self._bar is not None else None

    @property
    def visit_xs(self) -> list[float]:
        """Where the markers of a repeating step's visits sit (item x)."""
        return list(self._visits)

    def drawn_visit_xs(self) -> list[float]:
        """The visits that get a diamond: all of them, unless so close that they would touch."""
        return spaced(self._visits, VISIT_GAP)

    @property
    def open_end(self) -> float | None:
        """Where an open-ended step's fading bar ends (item x): the end of its last day, as
        its card says, never past it; None for a step with a duration."""
        return self._bar.right() if self._open_ended and self._bar is not None else None

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

    def row_height(self) -> float:
        """The row grows past ROW_HEIGHT when its words need more lines."""
        return self._height

    def text_lines(self) -> list[str]:
        """The words as drawn, line by line: title lines first, then the detail's."""
        return [text for text, _ in self._wrapped]

    def set_selected_mark(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self.update()

    def set_export_mode(self, on: bool) -> None:
        self._export = on
        self.update()

    # layout
    def _lay_out(self, text_limits: tuple[float, float, float]) -> None:
        if self._below:
            self._wrap_width = text_limits[1] - text_limits[0]
        elif not self._details and self._bar is not None:
            # A title alone takes one line where the room beside its bar allows: wrapped at a
            # fixed width, a long journey's titles took two lines each, and its rows twice
            # the height, in a window with room to spare on either side of every bar.
            low, high, _ = text_limits
            beside = max(high - self._bar.right(), self._bar.left() - low) - TEXT_GAP
            self._wrap_width = max(TITLE_WIDTH, beside)
        else:
            self._wrap_width = TITLE_WIDTH
        self._wrapped = self._wrap()
        text_height = sum(QFontMetricsF(f).height() + 2 for _, f in self._wrapped)
        self._height = max(self._row_min, text_height + (4 if self._dense() else 10))
        if self._below and self._bar is not None:
            self._height = self._bar.bottom() + 4 + text_height + 8
        if self._chip is not None:  # the card holds all its lines
            self._chip = QRectF(self._chip.left(), self._chip.top(), self._chip.width(), self._height - 8)
        self._text_rect = self._place_text(text_limits)

    def _dense(self) -> bool:
        """A bar's row as low as its words (a card keeps its own margins round them)."""
        return self._row_min <= DENSE_ROW_HEIGHT and self._chip is None

    def _fits_beside(self, limits: tuple[float, float, float]) -> bool:
        low, high, _ = limits
        assert self._bar is not None
        rect = self._text_rect
        return rect.left() >= low - 0.5 and rect.right() <= high + 0.5 and (
            rect.right() <= self._bar.left() or rect.left() >= self._bar.right()
        )

    def _lines(self) -> list[tuple[str, QFont]]:
        return self._wrapped

    def _wrap(self) -> list[tuple[str, QFont]]:
        """Title and detail wrapped to the room they have, long words broken by language."""
        # A title alone may use the room _lay_out found: the whole span of days under its
        # bar, or the side of it with the most room.
        line = TEXT_WIDTH if self._details else self._wrap_width
        width = self._chip.width() - 24 if self._chip is not None else min(line, self._wrap_width)

        def split(word: str) -> tuple[tuple[str, str], ...]:
            return break_points(word, self._language)

        out: list[tuple[str, QFont]] = []
        parts = [(self._title, self._title_font)] + ([(self._shown_detail(width, split), self._detail_font)] if self._details else [])
        for text, font in parts:
            out += [(line, font) for line in wrap_lines(text, font, width, self._max_lines(), split=split)]
        return out

    def _shown_detail(self, width: float, split: Splitter) -> str:
        """The detail as drawn: whole if it fits its lines, else with its shortenable part
        (a long phase name) cut to one line, so the planned dates at its end are not the
        words lost ("Tue 7 Jul 2026 to Thu...")."""
        font = self._detail_font
        if not self._shortenable or len(wrap_lines(self._detail, font, width, 1000, split=split)) <= self._max_lines():
            return self._detail
        short = QFontMetricsF(font).elidedText(self._shortenable, Qt.TextElideMode.ElideRight, width * 0.8)
        return self._detail.replace(self._shortenable, short, 1)

    def _max_lines(self) -> int:
        """A bar's words stop at six lines (they have the whole row to wrap in); a card in
        the narrow "no fixed day" column may need more at large text (eight letters a line
        at double size), and its title is never cut."""
        return 6 if self._chip is None else 12

    def _place_text(self, limits: tuple[float, float, float]) -> QRectF:
        heights = [QFontMetricsF(f).height() + 2 for _, f in self._lines()]
        height = sum(heights)
        top = max(2.0 if self._dense() else 5.0, (self._row_min - height) / 2)
        if self._chip is not None:
            inner = self._chip.adjusted(16, 0, -8, 0)
            return QRectF(inner.left(), top, inner.width(), height)
        assert self._bar is not None
        width = max(QFontMetricsF(f).horizontalAdvance(t) for t, f in self._lines()) + 2
        low, high, late = limits
        if self._below:
            return QRectF(max(low, min(self._bar.left(), high - width)), self._bar.bottom() + 4, width, height)
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
        return QRectF(0, 0, self._width, self._height).united(self._text_rect)

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
            painter.fillRect(QRectF(0, 1, self._width, self._height - 2), theme.selected_row_color)
            painter.fillRect(QRectF(0, 1, 6, self._height - 2), theme.selection_color)

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
        brush = QBrush(fill)
        if self._bar is not None and self._open_ended:
            brush = self._fading(fill, 0.1)
            if not (selected or hovered):  # the selection's ring stays whole
                pen = QPen(self._fading(border, 0.3), pen.widthF(), pen.style())
        painter.setPen(pen)
        painter.setBrush(brush)
        painter.drawRoundedRect(shape, radius, radius)
        if self._bar is not None and self._visits:
            self._paint_visits(painter)
        if self._chip is not None:  # the phase colour as a band down the left edge
            band = QRectF(self._chip.left() + 1.5, self._chip.top() + 1.5, 8, self._chip.height() - 3)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(self._color))
            painter.drawRoundedRect(band, 4, 4)

        # The words sit on a backing of the row's own colour, so grid lines never cross them.
        if self._bar is not None:
            backing = theme.selected_row_color if selected else theme.text_backing_color
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(backing)
            painter.drawRoundedRect(self._text_rect.adjusted(-4, -1, 4, 1), 4, 4)
        y = self._text_rect.top()
        for text, font in self._lines():
            metrics = QFontMetricsF(font)
            painter.setFont(font)
            painter.setPen(theme.text_color if font is self._title_font else theme.muted_text_color)
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


    def _fading(self, color: QColor, alpha: float) -> QBrush:
        """``color`` across the bar, fading over its last part to ``alpha`` at its last day:
        "as long as needed", ending by then."""
        assert self._bar is not None
        bar = self._bar
        faded = QColor(color)
        faded.setAlphaF(color.alphaF() * alpha)
        gradient = QLinearGradient(bar.left(), 0, bar.right(), 0)
        # The first part stays solid, so even a short bar shows its colour and where it starts.
        fade = min(80.0, 0.6 * bar.width()) / bar.width() if bar.width() > 0 else 1.0
        gradient.setColorAt(0.0, color)
        gradient.setColorAt(1.0 - fade, color)
        gradient.setColorAt(1.0, faded)
        return QBrush(gradient)

    def _paint_visits(self, painter: QPainter) -> None:
        """Each visit of a repeating step: a dark diamond on the bar, readable without colour."""
        assert self._bar is not None
        mid = self._bar.center().y()
        half = self._bar.height() / 2 + 3
        painter.setPen(QPen(self._theme.card_color, 1.2))
        painter.setBrush(QBrush(self._theme.text_color))
        for x in self.drawn_visit_xs():
            painter.drawPolygon(QPolygonF([QPointF(x, mid - half), QPointF(x + VISIT_HALF_WIDTH, mid),
                                           QPointF(x, mid + half), QPointF(x - VISIT_HALF_WIDTH, mid)]))


VISIT_HALF_WIDTH = 5.0
VISIT_GAP = 2 * VISIT_HALF_WIDTH + 3  # centre to centre: two diamonds and a little canvas between


def spaced(xs: list[float], gap: float) -> list[float]:
    """``xs`` (sorted) thinned so no two are closer than ``gap``, the first and the last kept:
    visits every 3 months, then yearly, squeezed into a few pixels of follow-up drew twenty
    diamonds into one black zig-zag. The details and the screen reader give every visit."""
    if len(xs) < 3:
        return list(xs)
    kept = [xs[0]]
    for x in xs[1:-1]:
        if x - kept[-1] >= gap and xs[-1] - x >= gap:
            kept.append(x)
    if xs[-1] - kept[-1] < gap and len(kept) > 1:
        kept.pop()
    return [*kept, xs[-1]]


MAX_DAY_ZERO_WIDTH = 420.0  # the day-0 name above its tick; half of it fits left of day 0
TICK_GAP = 10.0  # the least room between two ticks' words
TICK_SCALE = 1.0  # tick words at the scene's body size: 9 pt on screen at the first zoom


def tick_font(theme: Theme, bold: bool = False) -> QFont:
    return theme.scene_font(TICK_SCALE, bold=bold)


def stacked_lines(words: str, font: QFont) -> list[str]:
    """A tick's words on two lines, cut at the space nearest the middle ("3 months" over
    "after"), when they are long enough to gain by it; short words stay on one line."""
    # Three words or more ("1 week before"): a number stays with its unit ("1 month").
    if len(words.split()) < 3 or QFontMetricsF(font).horizontalAdvance(words) <= 4 * font.pixelSize():
        return [words]
    spaces = [i for i, c in enumerate(words) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - len(words) / 2))
    return [words[:cut], words[cut + 1 :]]


class TimelineAxis(QGraphicsItem):
    """Ticks, grid lines, the squeezed stretches and day 0, under the rows.

    Which ticks are shown is settled when the axis is made: day 0, the nearest weeks, at
    least one tick in each squeezed stretch (the farthest that fits, so the reader sees
    how far the journey reaches), then the rest nearest first, each only where its words
    touch no other tick's. In a narrow window (``stacked``) a tick's words may take two
    lines ("3 months" over "after"), so more of them fit side by side. Where day 0's words
    would leave a squeezed stretch unnamed (large text in a narrow window), they go up
    under day 0's name, a line of their own, and the other ticks share the row below.
    """

    def __init__(
        self,
        axis: DayAxis,
        *,
        top: float,
        infusion_date: dt.date | None,
        theme: Theme,
        patient: bool = False,
        day_zero: str = "",
        stacked: bool = False,
        left_limit: float | None = None,
        right_limit: float | None = None,
        language: str = "en",
        name_height: float = 0.0,
    ) -> None:
        super().__init__()
        self._axis = axis
        self._name_height = name_height  # the least height of the rows of day 0's name
        self._language = language  # of day 0's name, for breaking a word too long for its line
        # What day 0 is, in the pathway's words: on a row of its own above the ticks, where
        # a long name ("Stem cell return") crowds no neighbour.
        self._day_zero = day_zero
        self._patient = patient  # patients read "4 weeks before", never "day -28"
        self._top = top
        self._bottom = top
        self._infusion_date = infusion_date
        self._theme = theme
        self._font = tick_font(theme)
        self._bold = tick_font(theme, bold=True)
        self._note_font = theme.scene_font(0.78)
        self._note_font.setItalic(True)
        self._stacked = stacked
        # Words may reach a little past the first and last day, never past the picture.
        self._left_limit = left_limit if left_limit is not None else axis.x(axis.first) - 40
        self._right_limit = right_limit if right_limit is not None else axis.right + 40
        self._breaks: list[tuple[float, float]] = []
        self._lifted = False  # day 0's words on a row of their own, under its name
        self._shown = self._choose()
        shared = [(day, label) for day, label in self._shown if not (self._lifted and day == 0)]
        self._label_rows = max([len(self._label_lines(day, label)) for day, label in shared] + [1])
        self._name_lines = self._day_zero_lines()
        self.setZValue(0)

    # what the scene, the view and the tests read
    def header(self) -> float:
        """The height above the first row: day 0's name, the ticks' words and the dates."""
        dates = max([1] + [len(self._own_dates(day)) for day, _ in self._shown]) if self._infusion_date is not None else 0
        rows = self._name_rows() + self._label_rows + dates
        return 16 + QFontMetricsF(self._bold).height() * rows + 14

    def set_bottom(self, bottom: float) -> None:
        self.prepareGeometryChange()
        self._bottom = bottom

    def set_breaks(self, breaks: list[tuple[float, float]]) -> None:
        """Stretches of y (the steps with no fixed day) that no day line or shading crosses."""
        self._breaks = sorted(breaks)
        self.update()

    def day_zero_rect(self) -> QRectF:
        """Where day 0's name (and its date) goes, in scene coordinates; empty if none."""
        if not self._name_lines:
            return QRectF()
        metrics = QFontMetricsF(self._bold)
        width = max(metrics.horizontalAdvance(line) for line in self._name_lines) + 4
        low, high = self._left_limit + width / 2, self._right_limit - width / 2
        x = min(max(self._axis.x(0), low), max(low, high))  # kept inside the picture, near day 0
        return QRectF(x - width / 2, self._top + 16, width, metrics.height() * len(self._name_lines))

    def day_zero_lines(self) -> list[str]:
        """Day 0's name (and date) as drawn, line by line; [""] when day 0 has no tick."""
        return list(self._name_lines)

    def tick_labels(self) -> list[str]:
        """Every tick's words, one string per tick ("day -7", "day +7 / 17 Mar 2026")."""
        return [" / ".join(self._tick_lines(day, label)) for day, label in self._shown]

    def day_x(self, day: float) -> float:
        """Where ``day`` begins across the picture (scene x), on the axis's day scale."""
        return self._axis.x(day)

    def shown_ticks(self) -> list[tuple[int, str]]:
        return list(self._shown)

    def squeezed_segments(self) -> list[tuple[int, int]]:
        return self._axis.squeezed_segments()

    def label_rects(self) -> list[QRectF]:
        """Where each shown tick's words go, in scene coordinates (for tests and the view).

        Day 0's name is left out: it has the line above all ticks' words to itself.
        """
        return [self._label_rect(day, label) for day, label in self._shown]

    def label_font_px(self) -> int:
        """The smallest pixel size the ticks' words are drawn in (scene units)."""
        return min(self._font.pixelSize(), self._bold.pixelSize())

    # layout
    def _choose(self) -> list[tuple[int, str]]:
        shown = self._choose_ticks(lifted=False)
        if self._day_zero and any(day == 0 for day, _ in self._axis.inside_ticks()):
            self._lifted = True  # the ticks' words measured as they would be drawn so
            lifted = self._choose_ticks(lifted=True)
            # Another line in the header only where it names more of the journey's span.
            if self._named_stretches(lifted) > self._named_stretches(shown):
                return lifted
            self._lifted = False
        return shown

    def _named_stretches(self, shown: list[tuple[int, str]]) -> int:
        return sum(any(low <= day <= high for day, _ in shown) for low, high in self._axis.squeezed_segments())

    def _choose_ticks(self, *, lifted: bool) -> list[tuple[int, str]]:
        """The ticks whose words fit side by side; with ``lifted``, day 0's words are on a
        row above the others and take none of their room."""
        kept: list[QRectF] = []
        shown: list[tuple[int, str]] = []

        def fits(day: int, label: str) -> QRectF | None:
            rect = self._span_rect(day, label)
            inside = rect.left() >= self._left_limit and rect.right() <= self._right_limit
            clear = (lifted and day == 0) or all(not rect.adjusted(-TICK_GAP, 0, TICK_GAP, 0).intersects(k) for k in kept)
            return rect if inside and clear else None

        turns = self._axis.first_ticks()
        if lifted:  # so little room that the journey's reach comes before the nearest weeks
            turns.sort(key=lambda turn: 0 if turn[0][0] == 0 else 1 if abs(turn[0][0]) > 7 else 2)
        for turn in turns:
            for day, label in turn:
                rect = fits(day, label)
                if rect is not None:
                    if not (lifted and day == 0):
                        kept.append(rect)
                    shown.append((day, label))
                    break  # one of a squeezed stretch's ticks is enough here
        # Then the widest gap first: the tick farthest from every shown one, while any fits.
        while True:
            placed = {day for day, _ in shown}
            options = [(d, lab) for d, lab in self._axis.inside_ticks() if d not in placed and fits(d, lab) is not None]
            if not options:
                return sorted(shown)
            xs = [self._axis.x(day) for day in placed]
            day, label = max(options, key=lambda t: (min(abs(self._axis.x(t[0]) - x) for x in xs), -abs(t[0])))
            rect = fits(day, label)
            assert rect is not None
            kept.append(rect)
            shown.append((day, label))

    def _name_rows(self) -> int:
        """Rows above the ticks' shared words: day 0's name, and its own words when lifted."""
        return self._name_block() + (len(self._label_lines(0, "day 0")) if self._lifted else 0)

    def _name_block(self) -> int:
        """Rows of day 0's name, or more where something beside it (the "no fixed day"
        heading) is taller: no tick's words go up beside that."""
        return max(len(self._name_lines), math.ceil(self._name_height / QFontMetricsF(self._bold).height() - 0.01))

    def _day_zero_lines(self) -> list[str]:
        """Day 0's name and date, on more lines where the picture is narrower than them."""
        if not self._day_zero or not any(day == 0 for day, _ in self._shown):
            return [""]  # the row stays, empty, so the ticks' words sit where they always do
        name = self._day_zero[:1].upper() + self._day_zero[1:]
        name = " \u00b7 ".join([name] + self._date_lines(0))
        # A long name takes more lines, never an ellipsis: the words say what day 0 is.
        room = min(self._right_limit - self._left_limit - 4, MAX_DAY_ZERO_WIDTH)
        return wrap_lines(name, self._bold, room, 4, split=self._split)

    def _split(self, word: str) -> tuple[tuple[str, str], ...]:
        """Where a word of day 0's name may break: at its soft hyphens (a translated name
        carries them: "Haupt\u00adbehandlungs\u00adtag"), else where its language allows."""
        cuts = [i for i, c in enumerate(word) if c == SOFT_HYPHEN]
        if cuts:
            return tuple((word[:i].replace(SOFT_HYPHEN, ""), word[i + 1 :]) for i in reversed(cuts))
        return break_points(word, self._language)

    def _label_lines(self, day: int, label: str) -> list[str]:
        """The tick's own words, on two lines when stacked and the words are long."""
        words = patient_tick_label(day, label) if self._patient else Words.tr(label)
        return stacked_lines(words, self._bold) if self._stacked else [words]

    def _shared_lines(self, day: int, label: str) -> list[str]:
        """A tick's lines that share rows with other ticks' words (not day 0's name on top)."""
        return self._label_lines(day, label) + self._own_dates(day)

    def _date_lines(self, day: int) -> list[str]:
        if self._infusion_date is None:
            return []
        try:
            return [short_date(tick_date(self._infusion_date, day))]
        except (OverflowError, ValueError):
            return []

    def _own_dates(self, day: int) -> list[str]:
        """The date under a tick's words; day 0's goes beside its name, on the row above
        all ticks' words, so the busy weeks' ticks keep their room. Where even that leaves
        too little room (day 0's words lifted), a date takes two lines, as the words do."""
        if day == 0 and self._day_zero:
            return []
        dates = self._date_lines(day)
        if self._lifted and self._stacked and dates:
            return stacked_lines(dates[0], self._font)
        return dates

    def _span_rect(self, day: int, label: str) -> QRectF:
        # Day 0's name sits a line higher than any other tick's words, so it never touches
        # them: a long name ("the day you get your cells") must not push the near ticks out.
        metrics = QFontMetricsF(self._bold)  # each line measured in the font it is drawn in
        regular = QFontMetricsF(self._font)
        width = max(
            [metrics.horizontalAdvance(line) for line in self._label_lines(day, label)]
            + [regular.horizontalAdvance(line) for line in self._own_dates(day)]
        ) + 4
        x = self._axis.x(day)
        height = metrics.height() * (2 + (1 if self._infusion_date is not None else 0))
        return QRectF(x - width / 2, 0, width, height)

    def _label_rect(self, day: int, label: str) -> QRectF:
        metrics = QFontMetricsF(self._bold)
        span = self._span_rect(day, label)
        lines = self._label_lines(day, label)
        dates = len(self._own_dates(day))
        if self._lifted and day == 0:  # under day 0's name, above the other ticks' words
            top = self._top + 16 + metrics.height() * self._name_block()
            return QRectF(span.left(), top, span.width(), (len(lines) + dates) * metrics.height())
        top = self._top + 16 + metrics.height() * (self._name_rows() + self._label_rows - len(lines))
        return QRectF(span.left(), top, span.width(), (len(lines) + dates) * metrics.height())

    def _tick_lines(self, day: int, label: str) -> list[str]:
        lines = [patient_tick_label(day, label) if self._patient else Words.tr(label)]
        if day == 0 and self._day_zero:
            lines.insert(0, self._day_zero[:1].upper() + self._day_zero[1:])
        return lines + self._date_lines(day)

    def boundingRect(self) -> QRectF:
        # The lines run from the first day to the last; words stay inside the limits.
        left = max(self._axis.x(self._axis.first) - 60, self._left_limit)
        right = min(self._axis.right + 60, self._right_limit)
        rect = QRectF(left, self._top, right - left, self._bottom - self._top)
        for label in self.label_rects() + [self.day_zero_rect()]:  # a far tick's words may reach past the last day
            if not label.isEmpty():
                rect = rect.united(label)
        return rect

    def _squeezed_bands(self) -> list[QRectF]:
        """The shaded stretches' columns, from the axis line down (no height yet)."""
        axis, grid_top = self._axis, self._top + self.header()
        bands = []
        if axis.first < -LINEAR_DAYS:
            bands.append(QRectF(axis.x(axis.first), grid_top, axis.x(-LINEAR_DAYS) - axis.x(axis.first), 0))
        if axis.last + 1 > LINEAR_DAYS:
            bands.append(QRectF(axis.x(LINEAR_DAYS), grid_top, axis.right - axis.x(LINEAR_DAYS), 0))
        return bands

    @staticmethod
    def _squeezed_words() -> str:
        return QCoreApplication.translate("TimelineItems", "time squeezed to fit")

    def squeezed_note_rects(self) -> list[QRectF]:
        """Where "time squeezed to fit" is written, at the top of each shaded stretch wide
        enough for the words (a narrower one says it by its shading alone), in scene units."""
        metrics = QFontMetricsF(self._note_font)
        words = self._squeezed_words()
        return [
            QRectF(band.left() + 6, band.top() + 4, band.width() - 12, metrics.height())
            for band in self._squeezed_bands()
            if metrics.horizontalAdvance(words) <= band.width() - 12
        ]

    def note_height(self) -> float:
        """How far under the axis line those words reach (0 when no stretch shows them):
        the rows' first heading goes below them."""
        rects = self.squeezed_note_rects()
        return max(r.bottom() for r in rects) - (self._top + self.header()) if rects else 0.0

    def _unbroken(self, top: float, bottom: float) -> list[tuple[float, float]]:
        """``top``..``bottom`` less the breaks: where day lines and shading are drawn."""
        out = []
        for low, high in self._breaks:
            if low > top:
                out.append((top, min(low, bottom)))
            top = max(top, high)
        if top < bottom:
            out.append((top, bottom))
        return out

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        axis, theme = self._axis, self._theme
        grid_top = self._top + self.header()
        # Squeezed stretches: shaded, and labelled where the reader looks first.
        painter.setPen(Qt.PenStyle.NoPen)
        for band in self._squeezed_bands():
            band.setBottom(self._bottom)
            for low, high in self._unbroken(band.top(), band.bottom()):
                painter.fillRect(QRectF(band.left(), low, band.width(), high - low), theme.squeezed_background_color)
        painter.setPen(theme.muted_text_color)
        painter.setFont(self._note_font)
        for rect in self.squeezed_note_rects():
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), self._squeezed_words())

        metrics = QFontMetricsF(self._bold)
        for day, label in self._shown:
            x = axis.x(day)
            infusion = day == 0
            painter.setPen(QPen(theme.infusion_line_color if infusion else theme.grid_color, 2.4 if infusion else 1.0))
            for low, high in self._unbroken(grid_top - 6, self._bottom):
                painter.drawLine(QPointF(x, low), QPointF(x, high))
            if infusion and self._day_zero:
                # A long day-0 name may not run off the picture: it ends in "..." instead,
                # and in a narrow picture it takes more lines and keeps inside.
                name_rect = self.day_zero_rect()
                for i, name in enumerate(self._name_lines):
                    y_name = name_rect.top() + i * metrics.height()
                    self._draw_centred(painter, name, self._bold, theme.infusion_line_color, name_rect.center().x(), y_name)
            rect = self._label_rect(day, label)
            y = rect.top()
            for line in self._label_lines(day, label):
                color = theme.infusion_line_color if infusion else theme.text_color
                self._draw_centred(painter, line, self._bold, color, x, y)
                y += metrics.height()
            for line in self._own_dates(day):
                self._draw_centred(painter, line, self._font, theme.muted_text_color, x, y)
                y += metrics.height()
        painter.setPen(QPen(theme.muted_text_color, 1.2))
        painter.drawLine(QPointF(axis.x(axis.first), grid_top), QPointF(axis.right, grid_top))

    def _draw_centred(self, painter: QPainter, line: str, font: QFont, color: QColor, x: float, y: float) -> None:
        painter.setFont(font)
        painter.setPen(color)
        width = QFontMetricsF(font).horizontalAdvance(line) + 4
        height = QFontMetricsF(self._bold).height()
        painter.drawText(QRectF(x - width / 2, y, width, height), int(Qt.AlignmentFlag.AlignCenter), line)


class TimelineText(QGraphicsItem):
    """A heading or a note: plain text in one font, wrapped to a width."""

    def __init__(self, text: str, font: QFont, color: QColor, width: float, backing: QColor | None = None) -> None:
        super().__init__()
        self.text = text
        self._font = font
        self._color = QColor(color)
        self._width = width
        # Behind the words (a heading among the rows): day lines and shading stop at them.
        self._backing = QColor(backing) if backing is not None else None
        self._inked = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        self._height = self._inked.height() + 4
        self.setZValue(1)

    def text_rect(self) -> QRectF:
        """Where the wrapped words are, in item coordinates (narrower than a short heading's box)."""
        return QRectF(self._inked)

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self._width, self._height)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if self._backing is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._backing)
            painter.drawRoundedRect(self._inked.adjusted(-4, -1, 4, 1), 4, 4)
        painter.setFont(self._font)
        painter.setPen(self._color)
        painter.drawText(self.boundingRect(), int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft), self.text)
