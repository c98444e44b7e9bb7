"""The journey strip across the top of presentation mode: every main step in one row.

The current step says "You are here" (or "Side path from here"), so a patient keeps the
whole journey in view while one step fills the screen. Drawn by hand rather than built from
widgets, so its type and lines scale with the presenter's sizes on any screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from models.hyphenation import break_points
from models.text_direction import is_rtl
from models.wording.i18n import fill

from ..core.document import PathwayDocument
from ..core.step_accessibility import AccessibleSteps
from ..core.text_fit import words_fit, wrap_lines
from ..core.theme import Theme

STRIP_PAD = 6.0
STRIP_LINES = 3  # enough for "4. Chemotherapy before the cells" in a 1024-pixel-wide strip
SMALLEST_TITLE_PX = 12  # 9 pt: the titles get no smaller than this to keep their words whole

class JourneyStrip(QWidget, AccessibleSteps):
    """The whole main journey in one row of small cards; the current one says "You are here"."""

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
        self._title_px: tuple[object, int] | None = None  # (what it was chosen for, pixel size)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_journey(
        self, steps: list[tuple[str, QColor]], current: int | None, marker: str, *, step_ids: list[str] | None = None
    ) -> None:
        if steps != self._steps:
            self.updateGeometry()
        self._steps, self._current, self._marker = steps, current, marker
        self._step_ids = list(step_ids) if step_ids is not None and len(step_ids) == len(steps) else []
        self.setAccessibleName(fill(QCoreApplication.translate("PresentationStrip", "The whole journey. %1: step %2 of %3"), marker, (current or 0) + 1, len(steps)))
        self.update()

    def set_pixel_size(self, px: int) -> None:
        self._px = px
        self.updateGeometry()
        self.update()

    def marked_index(self) -> int | None:
        return self._current

    def marker_text(self) -> str:
        return self._marker

    # --- each card as an item a screen reader can reach (core/step_accessibility.py) -----------

    def accessible_document(self) -> PathwayDocument | None:
        return self.document

    def accessible_step_ids(self) -> list[str]:
        return list(self._step_ids)

    def accessible_step_rect(self, step_id: str) -> QRect | None:
        if step_id not in self._step_ids:
            return None
        rects = self._card_rects()
        index = self._step_ids.index(step_id)
        return rects[index].toAlignedRect() if index < len(rects) else None

    def accessible_current_step(self) -> str | None:
        current = self._current
        return self._step_ids[current] if current is not None and 0 <= current < len(self._step_ids) else None

    def _fonts(self) -> tuple[QFont, QFont]:
        font = self._theme.ui_font()
        font.setPixelSize(self._px)
        bold = QFont(font)
        bold.setBold(True)
        return font, bold

    def _geometry(self) -> tuple[float, float, float, float]:
        """(marker height, band height, card height, gap) in pixels."""
        line = QFontMetricsF(self._fonts()[0]).lineSpacing()
        title_line = QFontMetricsF(self._title_font()).lineSpacing()
        # The band is tall enough to carry the step's number, so titles keep the whole width.
        return line * 1.5, line * 1.15, title_line * self._lines_needed() + self._px * 0.8, max(6.0, self._px * 0.7)

    def _inner_width(self) -> float:
        """The width a title has on a card."""
        gap = max(6.0, self._px * 0.7)
        n = max(1, len(self._steps))
        return max(20.0, (self.width() - 4 - gap * (n - 1)) / n - 2 * self._pad())

    def _title_font(self) -> QFont:
        """The titles' type: the strip's own size, or smaller (down to 9 pt) where a word
        would otherwise fit a card neither whole nor broken with a hyphen (the narrow cards
        of a long journey: "Sur-veillanc" / "e")."""
        font = QFont(self._fonts()[0])
        key = (self.width(), self._px, tuple(title for title, _ in self._steps))
        if self._title_px is None or self._title_px[0] != key:
            width, px = self._inner_width(), self._px
            while px > SMALLEST_TITLE_PX:
                font.setPixelSize(px)
                if all(words_fit(title, font, width, self._split) for title, _ in self._steps):
                    break
                px -= 1
            self._title_px = (key, px)
        font.setPixelSize(self._title_px[1])
        return font

    def _lines_needed(self) -> int:
        """Lines the longest title takes at the current width (at most STRIP_LINES)."""
        if not self._steps:
            return 1
        font, width = self._title_font(), self._inner_width()
        return max(len(self._wrap(title, font, width)) for title, _ in self._steps)

    def _wrap(self, title: str, font: QFont, width: float) -> list[str]:
        # A word that fits a card neither whole nor at a hyphen even at the smallest size is
        # shortened with an ellipsis: split between two letters it would read as other words.
        return wrap_lines(title, font, width, STRIP_LINES, split=self._split, anywhere=False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the number of title lines follows the width

    def sizeHint(self) -> QSize:
        marker, band, card, _ = self._geometry()
        return QSize(600, round(marker + band + card + 6))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def shown_titles(self) -> list[list[str]]:
        """The lines drawn on each card at the current size (an ellipsis means a cut title)."""
        return [self._title_lines(title, rect) for rect, (title, _) in zip(self._card_rects(), self._steps)]

    def _title_lines(self, title: str, card: QRectF) -> list[str]:
        # One weight for all: a bold title would need more lines than the others get.
        return self._wrap(title, self._title_font(), card.width() - 2 * self._pad())

    def _split(self, word: str) -> tuple[tuple[str, str], ...]:
        # Long words break with a hyphen by the pathway's language, as on the map, rather than
        # being cut with an ellipsis ("Lymphozytendepletio…").
        language = self.document.pathway.language if self.document is not None else "en"
        return break_points(word, language)

    def _pad(self) -> float:
        """Space inside a card, growing with the type (never less than STRIP_PAD)."""
        return max(STRIP_PAD, self._px * 0.35)

    def _card_rects(self) -> list[QRectF]:
        if not self._steps:
            return []
        marker, band, card, gap = self._geometry()
        n = len(self._steps)
        width = (self.width() - 4 - gap * (n - 1)) / n
        return [QRectF(2 + i * (width + gap), marker, width, band + card) for i in range(n)]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        _, bold = self._fonts()
        marker_h, band_h, _, gap = self._geometry()
        theme = self._theme
        rects = self._card_rects()
        pad = self._pad()
        for index, (rect, (title, color)) in enumerate(zip(rects, self._steps)):
            current = index == self._current
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
            if index < len(rects) - 1:  # a small arrow in the gap: the order reads at a glance
                mid = QPointF(rect.right() + gap / 2, rect.center().y())
                painter.setPen(QPen(theme.branch_border_color, max(1.5, self._px / 9)))
                d = gap * 0.22
                painter.drawLine(QPointF(mid.x() - d, mid.y() - d * 1.4), QPointF(mid.x() + d, mid.y()))
                painter.drawLine(QPointF(mid.x() + d, mid.y()), QPointF(mid.x() - d, mid.y() + d * 1.4))
        if self._current is not None and 0 <= self._current < len(rects):
            rect = rects[self._current]
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

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for index, rect in enumerate(self._card_rects()):
            if rect.contains(event.position()):
                self.sig_step_clicked.emit(index)
                event.accept()
                return
        super().mousePressEvent(event)
