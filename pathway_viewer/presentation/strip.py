"""The journey strip across the top of presentation mode: the main steps in one row.

The current step says "You are here" (or "Side path from here"), so a patient keeps the
journey in view while one step fills the screen. Every title is whole: a journey too long
for that shows the current step and its neighbours, with "N more before / after" at the
ends. Drawn by hand rather than built from widgets, so its type and lines scale with the
presenter's sizes on any screen.
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from models.hyphenation import break_points
from models.text_direction import is_rtl
from models.wording.i18n import fill
from models.wording.journey_words import more_steps_words

from ..core.document import PathwayDocument
from ..core.step_accessibility import AccessibleSteps
from ..core.text_fit import ELLIPSIS, widest_piece, wrap_lines
from ..core.theme import Theme

STRIP_PAD = 6.0
STRIP_LINES = 3  # enough for "4. Chemotherapy before the cells" in a 1024-pixel-wide strip
ALONE_LINES = 8  # one card alone may take more lines rather than cut a very long title
SMALLEST_TITLE_PX = 12  # 9 pt: the titles get no smaller than this to keep their words whole
SIGN_LINES = 2  # "◀ 3 more" / "before": as tall as the shortest card


@dataclass(frozen=True)
class StripFit:
    """How the strip shows the main journey at one width: how many cards at once, their
    titles' pixel size and lines, and the width of each end's "N more" sign (0: all shown)."""

    shown: int
    title_px: int
    lines: int
    sign_width: float


class JourneyStrip(QWidget, AccessibleSteps):
    """The main journey in one row of small cards; the current one says "You are here".

    Every title is shown whole. When the whole journey does not fit that way (a long
    journey on a small screen), the strip shows the current step and as many neighbours as
    fit whole, with a sign at each end saying how many more steps come before and after.
    """

    sig_step_clicked = Signal(int)  # index along the main journey

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_strip")
        self._theme = theme
        self._steps: list[tuple[str, QColor]] = []
        self._step_ids: list[str] = []  # what a screen reader reads as the strip's items
        self.document: PathwayDocument | None = None  # set by the presenter: the words of each step
        self._current: int | None = None
        self._marker = QCoreApplication.translate("PresentationView", "You are here")
        self._px = 14
        self._fitted: dict[object, StripFit] = {}  # each fit by what it was worked out for
        # Its height follows its width (heightForWidth): the layout asks for the width it gives.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_journey(
        self, steps: list[tuple[str, QColor]], current: int | None, marker: str, *, step_ids: list[str] | None = None
    ) -> None:
        if steps != self._steps:
            self.updateGeometry()
        self._steps, self._current, self._marker = steps, current, marker
        self._step_ids = list(step_ids) if step_ids is not None and len(step_ids) == len(steps) else []
        self.setAccessibleName(fill(QCoreApplication.translate("PresentationStrip", "The whole journey. %1: step %2 of %3"), marker, (current or 0) + 1, len(steps)))
        self._describe()
        self.update()

    def set_pixel_size(self, px: int) -> None:
        self._px = px
        self.updateGeometry()
        self.update()

    def marked_index(self) -> int | None:
        return self._current

    def marker_text(self) -> str:
        return self._marker

    def shown_range(self) -> tuple[int, int]:
        """The first and last main step shown (indexes along the main journey): all of them,
        or the current one with as many neighbours as fit whole (more of those after it)."""
        n = len(self._steps)
        shown = self._fit().shown
        if shown >= n:
            return 0, n - 1
        current = self._current or 0
        first = min(max(0, current - (shown - 1) // 2), n - shown)
        return first, first + shown - 1

    def more_signs(self) -> tuple[str, str]:
        """What the signs at the two ends say ("" where nothing is left out that way)."""
        first, last = self.shown_range()
        before = more_steps_words(first, before=True) if first > 0 else ""
        after = more_steps_words(len(self._steps) - 1 - last, before=False) if last < len(self._steps) - 1 else ""
        return before, after

    def _describe(self) -> None:
        # A screen reader hears what the signs show: the steps out of view are still items.
        # The arrows point the way on screen; read aloud they are noise ("black left-pointing
        # triangle, 3 more before"), so the words go without them.
        self.setAccessibleDescription("; ".join(" ".join(sign.replace("\u25c0", "").replace("\u25b6", "").split())
                                                for sign in self.more_signs() if sign))

    # --- each card as an item a screen reader can reach (core/step_accessibility.py) -----------

    def accessible_document(self) -> PathwayDocument | None:
        return self.document

    def accessible_step_ids(self) -> list[str]:
        return list(self._step_ids)

    def accessible_step_rect(self, step_id: str) -> QRect | None:
        if step_id not in self._step_ids:
            return None
        index = self._step_ids.index(step_id)
        for shown, rect in self._shown_cards():
            if shown == index:
                return rect.toAlignedRect()
        return None  # out of the strip's view: the item says it is off screen

    def accessible_current_step(self) -> str | None:
        current = self._current
        return self._step_ids[current] if current is not None and 0 <= current < len(self._step_ids) else None

    def _fonts(self) -> tuple[QFont, QFont]:
        font = self._theme.ui_font()
        font.setPixelSize(self._px)
        bold = QFont(font)
        bold.setBold(True)
        return font, bold

    def _geometry(self, width: int | None = None) -> tuple[float, float, float, float]:
        """(marker height, band height, card height, gap) in pixels, at ``width`` (the strip's own)."""
        fit = self._fit(width)
        line = QFontMetricsF(self._fonts()[0]).lineSpacing()
        title = QFont(self._fonts()[0])
        title.setPixelSize(fit.title_px)
        title_line = QFontMetricsF(title).lineSpacing()
        # The band is tall enough to carry the step's number, so titles keep the whole width.
        return line * 1.5, line * 1.15, title_line * fit.lines + self._px * 0.8, self._gap()

    def _gap(self) -> float:
        return max(6.0, self._px * 0.7)

    def _card_width(self, shown: int, sign_width: float, width: int | None = None) -> float:
        """Each card's width with ``shown`` cards in view (and the signs, if not all)."""
        ends = 0.0 if shown >= len(self._steps) else 2 * (sign_width + self._gap())
        strip = self.width() if width is None else width
        return (strip - 4 - ends - self._gap() * (shown - 1)) / max(1, shown)

    def _title_font(self) -> QFont:
        font = QFont(self._fonts()[0])
        font.setPixelSize(self._fit().title_px)
        return font

    def _fit(self, width: int | None = None) -> StripFit:
        """How many cards, how large their titles and how many lines, worked out once per
        width, type size and journey: as many cards as show every title whole (broken only
        at a hyphen where the language allows) in at most STRIP_LINES lines at 9 pt or more,
        all of them if they can be; then the largest type up to the strip's own that keeps
        that many whole."""
        titles = tuple(title for title, _ in self._steps)
        width = self.width() if width is None else width
        key = (width, self._px, titles, self._language())
        if key in self._fitted:
            return self._fitted[key]
        n = len(titles)
        smallest = min(SMALLEST_TITLE_PX, self._px)
        sign = self._sign_width() if n > 1 else 0.0
        lines = STRIP_LINES

        def fits(shown: int, px: int) -> bool:
            return self._titles_whole(titles, px, self._card_width(shown, sign, width) - 2 * self._pad(), lines)

        if n == 0 or fits(n, smallest):
            shown = n
        elif fits(1, smallest):
            low, high = 1, n - 1  # the most cards that keep every title whole
            while low < high:
                middle = (low + high + 1) // 2
                low, high = (middle, high) if fits(middle, smallest) else (low, middle - 1)
            shown = low
        else:
            shown, lines = 1, ALONE_LINES  # one card alone: more lines before any word is cut
        low, high = smallest, max(smallest, self._px)  # the largest type that keeps them whole
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if n == 0 or fits(shown, middle) else (low, middle - 1)
        inner = self._card_width(max(1, shown), sign, width) - 2 * self._pad()
        font = QFont(self._fonts()[0])
        font.setPixelSize(low)
        needed = max((len(self._wrap(t, font, inner, lines)) for t in titles), default=1)
        fit = StripFit(max(1, shown) if n else 0, low, max(1, needed), sign if shown < n else 0.0)
        if len(self._fitted) > 16:  # a few widths are asked for while a window is resized
            self._fitted.clear()
        self._fitted[key] = fit
        return fit

    def _titles_whole(self, titles: tuple[str, ...], px: int, width: float, lines: int) -> bool:
        if width < 1:
            return False
        font = QFont(self._fonts()[0])
        font.setPixelSize(px)
        return all(_is_whole(self._wrap(title, font, width, lines), title) for title in titles)

    def _sign_width(self) -> float:
        """Wide enough for the longest sign ("◀ 15 more before") in SIGN_LINES lines."""
        _, bold = self._fonts()
        metrics = QFontMetricsF(bold)
        most = max(1, len(self._steps) - 1)
        texts = [more_steps_words(most, before=True), more_steps_words(most, before=False)]
        width = max(widest_piece(text, metrics) for text in texts)
        while any(len(wrap_lines(t, bold, width, 99, metrics)) > SIGN_LINES for t in texts):
            width += self._px / 2
        return width + 2 * self._pad()

    def _wrap(self, title: str, font: QFont, width: float, lines: int = STRIP_LINES) -> list[str]:
        # A word that fits a card neither whole nor at a hyphen even at the smallest size is
        # shortened with an ellipsis: split between two letters it would read as other words.
        # (The fit shows fewer, wider cards before that happens.)
        return wrap_lines(title, font, width, lines, split=self._split, anywhere=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._describe()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The title lines (and so the height) follow the width the layout gives."""
        marker, band, card, _ = self._geometry(width)
        return round(marker + band + card + 6)

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(self.width()))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(self.width()))

    def shown_titles(self) -> list[list[str]]:
        """The lines drawn on each card shown, in order (an ellipsis means a cut title)."""
        return [lines for _, lines in self.shown_steps()]

    def shown_steps(self) -> list[tuple[int, list[str]]]:
        """Each card shown: its index along the main journey and the lines drawn on it."""
        return [(index, self._title_lines(self._steps[index][0], rect)) for index, rect in self._shown_cards()]

    def _title_lines(self, title: str, card: QRectF) -> list[str]:
        # One weight for all: a bold title would need more lines than the others get.
        return self._wrap(title, self._title_font(), card.width() - 2 * self._pad(), self._fit().lines)

    def _split(self, word: str) -> tuple[tuple[str, str], ...]:
        # Long words break with a hyphen by the pathway's language, as on the map, rather than
        # being cut with an ellipsis ("Lymphozytendepletio…").
        return break_points(word, self._language())

    def _language(self) -> str:
        return self.document.pathway.language if self.document is not None and self.document.pathway is not None else "en"

    def _pad(self) -> float:
        """Space inside a card, growing with the type (never less than STRIP_PAD)."""
        return max(STRIP_PAD, self._px * 0.35)

    def _card_rects(self) -> list[QRectF]:
        """Where the cards shown are drawn, in order along the journey."""
        return [rect for _, rect in self._shown_cards()]

    def _shown_cards(self) -> list[tuple[int, QRectF]]:
        if not self._steps:
            return []
        fit = self._fit()
        marker, band, card, gap = self._geometry()
        first, last = self.shown_range()
        width = self._card_width(fit.shown, fit.sign_width)
        left = 2 + (fit.sign_width + gap if fit.sign_width else 0.0)
        return [(first + i, QRectF(left + i * (width + gap), marker, width, band + card)) for i in range(last - first + 1)]

    def _sign_rects(self) -> tuple[QRectF | None, QRectF | None]:
        """Where the "N more before" and "N more after" signs stand (None: no sign that way)."""
        fit = self._fit()
        if not fit.sign_width:
            return None, None
        marker, band, card, _ = self._geometry()
        first, last = self.shown_range()
        before = QRectF(2, marker, fit.sign_width, band + card) if first > 0 else None
        after = QRectF(self.width() - 2 - fit.sign_width, marker, fit.sign_width, band + card) if last < len(self._steps) - 1 else None
        return before, after

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _, bold = self._fonts()
        marker_h, band_h, _, gap = self._geometry()
        theme = self._theme
        cards = self._shown_cards()
        pad = self._pad()
        last_shown = cards[-1][0] if cards else -1
        marked: QRectF | None = None
        for index, rect in cards:
            title, color = self._steps[index]
            current = index == self._current
            if current:
                marked = rect
            # Lines thicken with the type, so the marked step stands out on a 4K screen too.
            if current:
                painter.setPen(QPen(theme.selection_color, max(3.0, self._px / 5)))
            else:
                painter.setPen(QPen(theme.strip_border_color, max(1.4, self._px / 14)))
            painter.setBrush(theme.card_color if current else theme.strip_card_color)
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 8, 8)
            band = QRectF(rect.left() + 3, rect.top() + 3, rect.width() - 6, band_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(band, 4, 4)
            painter.setFont(bold)
            painter.setPen(theme.text_on(color))
            painter.drawText(
                band.adjusted(pad, 0, -pad, 0),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                f"{index + 1}",
            )
            inner = rect.adjusted(pad, band_h + 6, -pad, -4)
            lines = self._title_lines(title, rect)
            title_font = self._title_font()
            painter.setFont(title_font)
            painter.setPen(theme.selection_color if current else theme.text_color)
            metrics = QFontMetricsF(title_font)
            # An Arabic or Hebrew title starts at the right, as its readers expect.
            rtl = is_rtl(title)
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            for n, line in enumerate(lines):
                painter.drawText(
                    QRectF(inner.left(), inner.top() + n * metrics.lineSpacing(), inner.width(), metrics.height()),
                    int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter),
                    line,
                )
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            if index < last_shown:  # a small arrow in the gap: the order reads at a glance
                mid = QPointF(rect.right() + gap / 2, rect.center().y())
                painter.setPen(QPen(theme.branch_border_color, max(1.5, self._px / 9)))
                d = gap * 0.22
                painter.drawLine(QPointF(mid.x() - d, mid.y() - d * 1.4), QPointF(mid.x() + d, mid.y()))
                painter.drawLine(QPointF(mid.x() + d, mid.y()), QPointF(mid.x() - d, mid.y() + d * 1.4))
        self._paint_signs(painter, bold)
        if marked is not None:
            rect = marked
            text = f"{self._marker} \u25bc"
            metrics = QFontMetricsF(bold)
            width = metrics.horizontalAdvance(text) + 12
            left = min(max(0.0, rect.center().x() - width / 2), self.width() - width)
            painter.setFont(bold)
            painter.setPen(theme.selection_color)
            painter.drawText(
                QRectF(left, 0, width, marker_h - 2),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                text,
            )
        painter.end()

    def _paint_signs(self, painter: QPainter, bold: QFont) -> None:
        """The signs at the ends ("◀ 3 more before", "5 more after ▶") for steps out of view."""
        metrics = QFontMetricsF(bold)
        painter.setFont(bold)
        painter.setPen(self._theme.text_color)
        for rect, text in zip(self._sign_rects(), self.more_signs()):
            if rect is None:
                continue
            inner = rect.adjusted(self._pad(), 0, -self._pad(), 0)
            lines = wrap_lines(text, bold, inner.width(), SIGN_LINES, metrics)
            top = inner.center().y() - len(lines) * metrics.lineSpacing() / 2
            for n, line in enumerate(lines):
                painter.drawText(
                    QRectF(inner.left(), top + n * metrics.lineSpacing(), inner.width(), metrics.lineSpacing()),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
                    line,
                )

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index, rect in self._shown_cards():
            if rect.contains(event.position()):
                self.sig_step_clicked.emit(index)
                event.accept()
                return
        # A sign goes to the nearest step out of view that way; the strip follows.
        first, last = self.shown_range()
        before, after = self._sign_rects()
        for rect, index in ((before, first - 1), (after, last + 1)):
            if rect is not None and rect.contains(event.position()):
                self.sig_step_clicked.emit(index)
                event.accept()
                return
        super().mousePressEvent(event)


_NOT_LETTERS = re.compile(r"[\s\-\u00ad]")


def _is_whole(lines: list[str], title: str) -> bool:
    """Whether ``lines`` hold every letter of ``title``: no ellipsis, and no line left empty
    (a card narrower than an ellipsis gets its title shortened to nothing, which ends in none)."""
    if not lines or any(not line.strip() or line.endswith(ELLIPSIS) for line in lines):
        return False
    return _NOT_LETTERS.sub("", "".join(lines)) == _NOT_LETTERS.sub("", title)
