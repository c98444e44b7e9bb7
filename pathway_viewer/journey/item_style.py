"""What every card, arrow and label of one scene draws with, made once per scene.

Fonts, font measurements, pens, the card outline paths and the wrapped label text are the
same for thousands of items; making them once (not per item, and never per paint) keeps
building a large journey and repainting it fast.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from models import Pathway, TransitionKind
from models.hyphenation import break_points
from models.wording.card_timing import card_timing_line as timing_line  # noqa: F401 (items.py draws it)
from models.wording.i18n import Words
from models.wording.journey_words import END_MARK

from ..core.line_breaks import pieces as line_pieces
from ..core.text_fit import wrap_lines
from ..core.theme import Theme

CARD_RADIUS = 10.0
PADDING = 12.0
RING = 9.0  # room outside the card for the selection ring
LABEL_WIDTH = 128.0  # a label wraps at most this wide at 100 % text (14 px), wider as its type grows
LABEL_BASE_PX = 14.0
# A label is shortened (with an ellipsis) only past this many lines: a 200-character label,
# the longest a pathway may have, takes about 11 at the usual width. The arrow's tooltip and
# its step's accessible description ("Next: ...; or, if ...: ...") always hold all its words.
LABEL_LINES = 12
LABEL_PADDING = 14.0  # the box's width beyond its longest line
# Between two cards side by side a label must fit the gap, wrapped narrower: it keeps this
# far from each card (the scene counts a card as 5 units larger and a label as 3), and the
# gap is made wide enough for lines of NARROW_LABEL_EMS (a word or two of the label's type).
LABEL_CLEAR = 9.0
NARROW_LABEL_EMS = 4.0
TITLE_LINES = 6  # a card grows to this many title lines before a title is shortened
META_LINES = 2  # and to two lines of timing
BAND_LINES = 3  # and to three lines of its phase's name (all at the normal text size)
READABLE_PX = 12.0  # 9 pt on a 96-dpi screen: the smallest title a first look may show
# Below this zoom a readable title would be over 48 px in a 240 px card: a word or two a
# line at best, so the card stays a plain block (and thousands of cards cost nothing).
OVERVIEW_MIN_SCALE = 0.25
CAPTION_HEIGHT = 40.0  # above a zoomed-out card, for its phase's name (rows are 46 apart)
CAPTION_LINE = 1.25  # that room for a name of this many times its type's size (caption)
CAPTION_OVERHANG = 110.0  # how far that name may run past the card's right edge, into the gap
CAPTION_CLEAR = 20.0  # ...stopping this far short of the next column's card
OVERVIEW_PADDING = 8.0  # the large title's margin left and right
OVERVIEW_GAP = 3.0  # between the phase strip and the large title
SIDE_TITLE_SHARE = 0.6  # a side step's short card sets its zoomed-out title down to this share of a main one's
BADGE_MIN_SCALE = 0.4  # about the smallest zoom a first look opens at, until the scene says (set_badge_scale)
OverviewTitle = tuple[QFont, list[str], float, float]  # font, lines, line spacing, ascent


def label_gap(theme: Theme, ems: float = NARROW_LABEL_EMS) -> float:
    """The narrowest gap between columns an arrow's label can stand in, its lines ``ems``
    of its type long (wider gaps for larger text)."""
    px = theme.label_font().pixelSize()
    return math.ceil(ems * px + LABEL_PADDING + 2 * LABEL_CLEAR)


def arrow_color(theme: Theme, kind: TransitionKind) -> QColor:
    return QColor(
        {
            TransitionKind.main: theme.arrow_main_color,
            TransitionKind.alternative: theme.arrow_alternative_color,
            TransitionKind.loop_back: theme.arrow_loop_color,
            TransitionKind.parallel: theme.arrow_parallel_color,
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
    elif kind is TransitionKind.parallel:
        pen.setDashPattern([6.0, 2.0, 1.0, 2.0])  # dash-dot: "at the same time", not another way
    else:
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setDashPattern([0.05, 2.2])  # round dots
    return pen


def screen_dash_pen(color: QColor) -> QPen:
    """A dashed border measured in screen pixels (2 px wide, 8 px dashes, 5 px gaps) at any zoom."""
    pen = QPen(color, 2.0, Qt.PenStyle.CustomDashLine)
    pen.setCosmetic(True)
    pen.setDashPattern([4.0, 2.5])  # in pen widths
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # dashes as long as the pattern says
    return pen


class ItemStyle:
    """Shared drawing state for the items of one scene; read-only once made."""

    def __init__(
        self, theme: Theme, card_size: tuple[float, float], language: str = "en", meta_lines: int = 1, band_lines: int = 1,
        column_gap: float = CAPTION_OVERHANG + CAPTION_CLEAR, *, side: bool = False, scale: float = 1.0,
        far_scale: float | None = None,
    ) -> None:
        self.theme = theme
        # Scene units per unit of the normal text size's card (JourneyScene.size_scale): at
        # 200 % text the card is twice as large, and so are its margins and the room above
        # it for its phase's name, so its words break and stand as they do at 100 %.
        self.scale = scale
        self.padding = PADDING * scale
        self.overview_padding = OVERVIEW_PADDING * scale
        # The room above it for its phase's name, which is read from afar (at the first look's
        # zoom): more than ``scale`` where cards grow less than their text (JourneyScene.size_scale).
        self.caption_height = CAPTION_HEIGHT * (scale if far_scale is None else far_scale)
        # A side step's shorter card (a long journey's first look, see JourneyScene): zoomed
        # out, its title may be set smaller than a main step's, and shortened as a last
        # resort (its tooltip and the details give it whole); it never goes blank.
        self.side = side
        # The phase name's share of a readable size: the lowest side cards' names are as much
        # smaller as their titles, so the gap above them can be lower (JourneyScene).
        self.caption_share = 1.0
        self.language = language
        self.meta_lines = meta_lines
        self.band_lines = band_lines
        width, height = card_size
        self.card_size = QSizeF(width, height)
        self.card_rect = QRectF(0, 0, width, height)
        self.column_gap = column_gap
        # Zoomed out, the phase's name stands above the card (CAPTION_HEIGHT, in the gap
        # between rows) and may run a little into the gap on its right.
        overhang = max(0.0, min(CAPTION_OVERHANG * scale, column_gap - CAPTION_CLEAR * scale))  # clear of the next card's name
        self.caption_width = width + overhang
        self.card_bounds = self.card_rect.adjusted(-RING, -max(RING, self.caption_height), RING, RING)
        # What a card may paint: the name's overhang too. Left out of the drawing's extent,
        # which sets how far out the journey opens; the gap it runs into is there anyway.
        self.paint_bounds = self.card_bounds.adjusted(0, 0, max(0.0, overhang - RING), 0)

        # Card text.
        self.title_font = theme.card_title_font()
        self.small_font = theme.card_small_font()
        self.band_font = theme.band_font()
        self.title_metrics = QFontMetricsF(self.title_font)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.band_metrics = QFontMetricsF(self.band_font)
        self.inner_width = width - 2 * self.padding
        self.band_height = round(self.band_metrics.height() + (band_lines - 1) * self.band_metrics.lineSpacing() + 10)
        meta_height = self.small_metrics.height() + (meta_lines - 1) * self.small_metrics.lineSpacing()
        room = height - self.band_height - 8 - meta_height - 10
        self.title_max_lines = max(1, int(room // self.title_metrics.lineSpacing()))
        self.title_ascent = self.title_metrics.ascent()
        self.title_line_spacing = self.title_metrics.lineSpacing()
        self.meta_baseline = height - 9 - self.small_metrics.descent() - (meta_lines - 1) * self.small_metrics.lineSpacing()
        self.meta_line_spacing = self.small_metrics.lineSpacing()
        self._overview: dict[tuple[str, int], OverviewTitle | None] = {}
        # Titles far longer than the journey's others (JourneyScene.outlier_titles): zoomed
        # out, one is shortened to the card rather than holding every card of the journey
        # large and the journey half off the screen; its tooltip and the details give it whole.
        self.shortened: frozenset[str] = frozenset()
        self._short_titles: dict[str, tuple[QFont, list[str], float, float]] = {}
        # A larger text size puts the same words on more lines: the most a card grows to
        # grows with it, so words that fit at the normal size are not cut at 200 %.
        text_scale = max(1.0, theme.base_point_size / Theme.base_point_size)
        # Readable grows with the text size: someone who chose 200 % reads 18 pt, not 9, so a
        # first look at 200 % shows fewer cards, larger, rather than the same cards at 9 pt.
        self.readable_px = READABLE_PX * text_scale
        self.most_title_lines = math.ceil(TITLE_LINES * text_scale)
        self.most_meta_lines = math.ceil(META_LINES * text_scale)
        self.most_band_lines = math.ceil(BAND_LINES * text_scale)

        # The "End" tag of a step where the journey stops: a stop square and the word, one
        # band line high, in the band's corner. An end card's phase name wraps beside it
        # rather than under it, so the tag never hides a word.
        self.end_word = Words.tr(END_MARK)
        self.end_square = round(self.band_metrics.height() * 0.55)
        self.end_badge_size = QSizeF(
            6 + self.end_square + 5 + math.ceil(self.band_metrics.horizontalAdvance(self.end_word)) + 7,
            round(self.band_metrics.height() + 4),
        )
        self.end_band_width = width - self.padding - self.end_badge_size.width() - 12

        # Card outlines: every card has the same size, so one set serves them all.
        self.band_rect = QRectF(0, 0, width, self.band_height)
        self.band_text_rect = self.band_rect.adjusted(self.padding, 0, -self.padding, 0)
        self.card_path = _rounded(self.card_rect, CARD_RADIUS)
        band = QPainterPath()
        band.addRect(self.band_rect)
        self.band_path = self.card_path.intersected(band)  # a path boolean: far too slow per paint
        # Zoomed out (semantic zoom) the band keeps its colour as a thin strip, giving its
        # room to a larger title.
        self.strip_height = 10.0
        strip = QPainterPath()
        strip.addRect(QRectF(0, 0, width, self.strip_height))
        self.strip_path = self.card_path.intersected(strip)
        self.shadow_rect = self.card_rect.translated(2, 3)
        self.border_rect = self.card_rect.adjusted(1, 1, -1, -1)
        self.ring_rect = self.card_rect.adjusted(-3.5, -3.5, 3.5, 3.5)
        self.focus_rect = self.card_rect.adjusted(-8, -8, 8, 8)

        self.shadow_brush = QBrush(theme.card_shadow_color)
        self.card_brush = QBrush(theme.card_color)
        self.branch_card_brush = QBrush(theme.branch_card_color)
        self.text_pen = QPen(theme.text_color)
        self.muted_text_pen = QPen(theme.muted_text_color)
        self.main_border_pen = QPen(theme.card_border_color, 2.0)
        self.branch_border_pen = QPen(theme.branch_border_color, 1.8, Qt.PenStyle.CustomDashLine)
        self.branch_border_pen.setDashPattern([5.0, 3.0])
        # On screen the dashes are measured in the screen's pixels (a cosmetic pen: 2 px wide,
        # 8 px dashes, 5 px gaps at any zoom). In scene units they were under a pixel at the
        # first look's 40 %, so the border read as solid and antialiased to 2:1: a step only
        # some people need then looked like any other (colour alone). Exports keep the pen
        # above, in the drawing's own units, which prints the same at any resolution.
        self.branch_border_screen_pen = screen_dash_pen(theme.branch_border_color)
        # Zoomed so far out that titles are not drawn, the card is a block a few pixels wide.
        self.branch_border_solid_pen = QPen(theme.branch_border_color, 2.0)
        self.branch_border_solid_pen.setCosmetic(True)
        # The care-team filter's mark on the chosen person's steps: a frame twice as thick, in
        # the words' colour, in screen pixels so it reads at any zoom; dashed on a step only
        # some people need, which keeps that sign too.
        # Zoomed in, the frame grows with the card (2.5 times the plain border), never thinner
        # than 4 screen pixels.
        self._role_pens: dict[tuple[bool, bool], QPen] = {}
        for cosmetic in (True, False):
            for dashed in (True, False):
                pen = QPen(theme.text_color, ROLE_FRAME_PX if cosmetic else ROLE_FRAME)
                pen.setCosmetic(cosmetic)
                if dashed:
                    pen.setStyle(Qt.PenStyle.CustomDashLine)
                    pen.setDashPattern([2.0, 1.25])  # in pen widths: the thin dashed border's rhythm
                    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                self._role_pens[cosmetic, dashed] = pen
        self.hover_pen = QPen(theme.hover_color, 3.0)
        self.selection_pen = QPen(theme.selection_color, 5.0)
        # The keyboard's ring: outside the selection ring, dashed and thick enough to see at a
        # glance (WCAG 2.4.7); drawn only while the map has the keyboard.
        self.focus_pen = QPen(theme.selection_color, 2.5, Qt.PenStyle.DashLine)

        # Arrows and their labels.
        self.arrow_colors = {kind: arrow_color(theme, kind) for kind in TransitionKind}
        self.arrow_pens = {kind: arrow_pen(theme, kind) for kind in TransitionKind}
        self.head_pens = {kind: QPen(color, 1.0) for kind, color in self.arrow_colors.items()}
        self.head_brushes = {kind: QBrush(color) for kind, color in self.arrow_colors.items()}
        self.label_font = theme.label_font()
        self.label_metrics = QFontMetricsF(self.label_font)
        self.label_brush = QBrush(theme.label_background_color)
        self.canvas_brush = QBrush(theme.background_color)  # the screen's canvas, behind a zoomed-out card's phase name

        # The numbers at the ends of a line cut short where the journey wraps: as large as a
        # readable title at the smallest zoom a first look uses (BADGE_MIN_SCALE), never smaller
        # than the labels.
        self.badge_pens = {kind: QPen(color, 2.0) for kind, color in self.arrow_colors.items()}
        self._badge_fonts: dict[int, QFont] = {}
        self._badge_scale = BADGE_MIN_SCALE
        self._badge_max_px = math.ceil(self.readable_px / BADGE_MIN_SCALE)
        self._badge_base_px = self.label_font.pixelSize() if self.label_font.pixelSize() > 0 else 12

        self._captions: dict[tuple[str, int, bool], tuple[QFont, str]] = {}
        self._phase_colors: dict[str, QColor] = {}
        self._band_pens: dict[str, QPen] = {}
        self._band_texts: dict[str, str] = {}
        self._labels: dict[tuple[str, float, bool], tuple[list[str], float, float]] = {}

    # --- per-pathway caches -------------------------------------------------------------

    def phase_color(self, pathway: Pathway, phase_id: str | None) -> QColor:
        key = phase_id or ""  # ids are never empty, so "" stands for "no phase"
        color = self._phase_colors.get(key)
        if color is None:
            color = self._phase_colors[key] = self.theme.phase_color(pathway, phase_id)
        return color

    def role_pen(self, scale: float, *, dashed: bool) -> QPen:
        """The care-team filter's frame at ``scale`` screen pixels per scene unit."""
        return self._role_pens[ROLE_FRAME * scale < ROLE_FRAME_PX, dashed]

    def band_pen(self, background: QColor) -> QPen:
        """Dark or white text for a phase band, chosen once per colour."""
        key = background.name(QColor.NameFormat.HexArgb)
        pen = self._band_pens.get(key)
        if pen is None:
            pen = self._band_pens[key] = QPen(self.theme.text_on(background))
        return pen

    def band_text(self, phase_title: str, end: bool = False) -> str:
        key = (phase_title, end)
        text = self._band_texts.get(key)
        if text is None:
            text = self._band_texts[key] = "\n".join(self.band_text_lines(phase_title, self.band_lines, end))
        return text

    def band_text_lines(self, phase_title: str, max_lines: int | None = None, end: bool = False) -> list[str]:
        """The phase's name on a card's band; beside the "End" tag on an end step's card."""
        width = self.end_band_width if end else self.inner_width
        most = self.most_band_lines if max_lines is None else max_lines
        return wrap_lines(phase_title, self.band_font, width, most, self.band_metrics, self.split)

    def band_text_box(self, end: bool, rtl: bool) -> QRectF:
        """Where a card's phase name is written: the band, less the "End" tag's corner."""
        if not end:
            return QRectF(self.band_text_rect)
        tag = self.end_badge_size.width() + 12
        return self.band_rect.adjusted(tag, 0, -self.padding, 0) if rtl else self.band_rect.adjusted(self.padding, 0, -tag, 0)

    def end_badge_rect(self, rtl: bool) -> QRectF:
        """The "End" tag: in the band's far corner (the left one for a right-to-left name)."""
        size = self.end_badge_size
        left = 6.0 if rtl else self.card_rect.width() - 6 - size.width()
        return QRectF(left, (self.band_height - size.height()) / 2, size.width(), size.height())

    def split(self, word: str) -> tuple[tuple[str, str], ...]:
        return break_points(word, self.language)

    def meta_text(self, text: str) -> str:
        return "\n".join(self.meta_text_lines(text, self.meta_lines))

    def meta_text_lines(self, text: str, max_lines: int | None = None) -> list[str]:
        most = self.most_meta_lines if max_lines is None else max_lines
        return wrap_lines(text, self.small_font, self.inner_width, most, self.small_metrics, self.split)

    def title_lines(self, title: str, max_lines: int | None = None) -> list[str]:
        lines = self.title_max_lines if max_lines is None else max_lines
        return wrap_lines(title, self.title_font, self.inner_width, lines, self.title_metrics, self.split)

    def height_for(self, title_lines: int, meta_lines: int, band_lines: int = 1) -> float:
        """The card height that holds this many title, timing and phase lines."""
        meta = self.small_metrics.height() + (meta_lines - 1) * self.small_metrics.lineSpacing()
        band = (band_lines - self.band_lines) * self.band_metrics.lineSpacing()
        return self.band_height + band + 8 + title_lines * self.title_metrics.lineSpacing() + meta + 10

    def zoomed_out(self, scale: float) -> bool:
        """Too far out for the normal title to be read, but not so far that cards are blocks:
        where a card names its phase above itself, whether or not its large title fits."""
        return scale >= OVERVIEW_MIN_SCALE and self.title_font.pixelSize() * scale < self.readable_px

    def lines_zoom(self, lines: int) -> float:
        """The smallest zoom at which ``lines`` lines of a large title, 9 pt on screen, fit
        the card's height (however wide they are)."""
        room = self.card_rect.height() - self.strip_height - OVERVIEW_GAP - 4
        px = self.title_font.pixelSize()
        while True:
            font = QFont(self.title_font)
            font.setPixelSize(px + 1)
            metrics = QFontMetricsF(font)
            if metrics.height() + (lines - 1) * min(metrics.lineSpacing(), 0.88 * metrics.height()) > room:
                return self.readable_px / px
            px += 1

    def overview_title(self, title: str, scale: float) -> OverviewTitle | None:
        """The title alone, large enough to read at ``scale`` (semantic zoom), or None if the
        normal title is readable there or no larger title fits the card."""
        if self.title_font.pixelSize() * scale >= self.readable_px or scale < OVERVIEW_MIN_SCALE:
            return None
        # Whole pixel sizes: zooming in steps then finds most titles already laid out.
        wanted = math.ceil(self.readable_px / scale - 1e-6)
        key = (title, wanted)
        if key not in self._overview:
            self._overview[key] = self._fit_overview(title, wanted)
        return self._overview[key]

    def readable_zoom(self, titles: list[str]) -> float:
        """The smallest zoom at which every one of ``titles`` is 9 pt or more on screen, drawn
        large and alone when zoomed out (overview_title); 1.0 with no titles."""
        if not titles:
            return 1.0

        def readable(zoom: float) -> bool:
            for title in titles:
                overview = self.overview_title(title, zoom)
                px = overview[0].pixelSize() if overview is not None else self.title_font.pixelSize()
                if px * zoom < self.readable_px - 1e-6:
                    return False
            return True

        low, high = 0.05, self.readable_px / self.title_font.pixelSize()
        for _ in range(14):
            mid = (low + high) / 2
            low, high = (low, mid) if readable(mid) else (mid, high)
        return high

    def short_title(self, title: str) -> tuple[QFont, list[str], float, float]:
        """A short side card's title under its band, as printed: in the normal title type if
        it fits whole, else a little smaller (down to three quarters), else shortened (the
        details give it whole). Font, lines, line spacing, ascent."""
        found = self._short_titles.get(title)
        if found is not None:
            return found
        room = self.card_rect.height() - self.band_height - 7 - 4
        px = self.title_font.pixelSize()
        while True:
            font = QFont(self.title_font)
            font.setPixelSize(px)
            metrics = QFontMetricsF(font)
            most = max(1, int((room - metrics.height()) // metrics.lineSpacing()) + 1)
            lines = wrap_lines(title, font, self.inner_width, most, metrics, self.split)
            if px <= self.title_font.pixelSize() * 0.75 or (lines and not lines[-1].endswith("\u2026")):
                found = self._short_titles[title] = (font, lines, metrics.lineSpacing(), metrics.ascent())
                return found
            px -= 1

    def _fit_overview(self, title: str, wanted: int) -> OverviewTitle | None:
        # A thin phase strip on top and narrow margins: every pixel of room here lets the
        # whole journey open a little further out with its titles still readable.
        px = wanted
        # Shrunk by more than a little, a title would be too small to be worth drawing: the
        # card is then a plain block in its phase colour, as far out it always was. A side
        # step's short card is lighter: its title smaller, but there.
        floor = SIDE_TITLE_SHARE if self.side else 0.85
        lines: list[str] = []
        while px > self.title_font.pixelSize() * (0.5 if self.side else 1.0) and px >= wanted * floor:
            last, most = self._overview_at(title, px)
            lines = last[1]
            if lines and not lines[-1].endswith("\u2026") and len(lines) <= most:
                return last
            smaller = int(px * 0.9)
            if self.side and smaller < wanted * floor < px - 1:
                # A side card is as low as its smallest title's two lines (JourneyScene): that
                # size is tried too, rather than skipped over to one shortened line.
                smaller = math.ceil(wanted * floor)
            px = smaller
        if self.side and lines:
            return last  # the smallest tried, shortened
        if title in self.shortened:
            shortened, _ = self._overview_at(title, wanted)
            if shortened[1]:
                return shortened
        return None

    def _overview_at(self, title: str, px: int) -> tuple[OverviewTitle, int]:
        """The title alone at ``px``, wrapped to the card (shortened where it runs over), and
        how many lines the card holds at that size."""
        room = self.card_rect.height() - self.strip_height - OVERVIEW_GAP - 4
        width = self.card_rect.width() - 2 * self.overview_padding
        font = QFont(self.title_font)
        font.setPixelSize(px)
        metrics = QFontMetricsF(font)
        # Set solid, as headings are: lines 1.2 em apart for Latin type (the font's own line
        # spacing leaves room for text set small), more for scripts that reach higher and lower.
        spacing = min(metrics.lineSpacing(), 0.88 * metrics.height())
        most = max(1, int((room - metrics.height()) // spacing) + 1)
        # A word too wide for the card is not cut between two letters ("Makin" / "g"): the
        # title is tried smaller, or the card is a block at this zoom and the journey opens nearer.
        lines = wrap_lines(title, font, width, most, metrics, self.split, anywhere=False)
        return (font, lines, spacing, metrics.ascent()), most

    def caption(self, phase_title: str, scale: float, rtl: bool = False) -> tuple[QFont, str] | None:
        """A zoomed-out card's phase name at ``scale``: 9 pt on screen where it fits above the
        card, down to about 7 pt if that is what it takes, else shortened with an ellipsis
        (the card's tooltip and accessible description give it whole)."""
        if not phase_title:
            return None
        wanted = min(math.ceil(self.readable_px * self.caption_share / max(scale, 1e-3)), int(self.caption_height / CAPTION_LINE))
        key = (phase_title, wanted, rtl)
        found = self._captions.get(key)
        # Right to left, the name starts at the card's right edge and stays over the card.
        room = self.card_rect.width() if rtl else self.caption_width
        if found is None:
            px = wanted
            while True:
                font = QFont(self.band_font)
                font.setBold(False)  # regular weight: a long name fits, and the title stays first
                font.setPixelSize(px)
                metrics = QFontMetricsF(font)
                if metrics.horizontalAdvance(phase_title) <= room or px <= wanted * 0.8:
                    text = metrics.elidedText(phase_title, Qt.TextElideMode.ElideRight, room)
                    break
                px -= 1
            found = self._captions[key] = (font, text)
        return found

    def label_readable(self, scale: float) -> bool:
        """Whether an arrow's label is at least 9 pt on screen at ``scale`` (logical pixels a
        scene unit: the pixel density of a high-DPI screen makes it sharper, not larger)."""
        return self._badge_base_px * scale >= self.readable_px - 0.5

    def label_min_scale(self) -> float:
        """The smallest zoom at which arrows' labels are drawn (label_readable)."""
        return (self.readable_px - 0.5) / self._badge_base_px

    def badge_font(self, scale: float) -> QFont:
        """A mark's number at ``scale``: readable_px on screen where the badge holds it."""
        px = max(self._badge_base_px, min(self._badge_max_px, math.ceil(self.readable_px / max(scale, 1e-3))))
        font = self._badge_fonts.get(px)
        if font is None:
            font = self._badge_fonts[px] = QFont(self.label_font)
            font.setPixelSize(px)
            font.setBold(True)
        return font

    @property
    def badge_scale(self) -> float:
        """The smallest zoom the numbers (and the legend) are made to be read at."""
        return self._badge_scale

    def set_badge_scale(self, scale: float) -> None:
        """The smallest zoom at which the journey's titles can be read (cards grown for
        larger text can be read further out): marks are made to be read down to it."""
        self._badge_scale = min(max(scale, 0.2), 1.0)
        self._badge_max_px = math.ceil(self.readable_px / self._badge_scale)

    def badge_size(self, mark: int, scale: float = 0.0) -> QSizeF:
        """A mark's size at ``scale``; the largest (the default) at the smallest zoom a
        first look uses."""
        metrics = QFontMetricsF(self.badge_font(max(scale, self._badge_scale)))
        height = metrics.height() + 6
        return QSizeF(max(height, metrics.horizontalAdvance(str(mark)) + 14), height)

    def label_width(self) -> float:
        """How wide a label's lines may run: LABEL_WIDTH at 100 % text, as many words a line at any size."""
        return LABEL_WIDTH * self._badge_base_px / LABEL_BASE_PX

    def narrow_label_width(self) -> float:
        """How wide a label's lines may run to stand in the gap between two columns."""
        return self.column_gap - 2 * LABEL_CLEAR - LABEL_PADDING

    def narrow_label_layout(self, text: str) -> tuple[list[str], float, float]:
        """A label wrapped to stand in the gap between two columns: as narrow as the gap
        allows, but never narrower than its widest word (or part of one, where its language
        lets it break), so no word is cut between two letters ("need" / "s"); a box too wide
        for the gap then stands elsewhere by its line."""
        widest = widest_label_piece(text, self.label_metrics, self.split)
        return self.label_layout(text, max(self.narrow_label_width(), math.ceil(widest)), anywhere=False)

    def label_layout(self, text: str, width: float | None = None, *, anywhere: bool = True) -> tuple[list[str], float, float]:
        """A label's lines and box size, its lines at most ``width`` (label_width()) long; the
        same few conditions label many arrows, so each is laid out once a width. Without
        ``anywhere`` a word too wide for a line, with no place its language lets it break, is
        shortened (so the narrow layout is not used) rather than cut between two letters
        ("need" / "s")."""
        width = self.label_width() if width is None else width
        layout = self._labels.get((text, width, anywhere))
        if layout is None:
            lines = wrap_lines(text, self.label_font, width, LABEL_LINES, self.label_metrics, self.split, anywhere=anywhere)
            # Measured as drawn: a script the label's font lacks (Arabic, Chinese) is drawn in
            # a fallback font whose lines are taller than the label font's own line spacing.
            metrics = self.label_metrics
            drawn = metrics.boundingRect(QRectF(0, 0, 10 * width, 1e6), int(Qt.AlignmentFlag.AlignCenter), "\n".join(lines))
            box_width = max(max(metrics.horizontalAdvance(line) for line in lines), drawn.width()) + LABEL_PADDING
            height = max(metrics.lineSpacing() * len(lines), drawn.height()) + 6
            layout = self._labels[text, width, anywhere] = (lines, box_width, height)
        return list(layout[0]), layout[1], layout[2]


def widest_label_piece(text: str, metrics: QFontMetricsF, split: Callable[[str], Sequence[tuple[str, str]]]) -> float:
    """The widest part of ``text`` a label's line cannot break: a word, or a part of one
    (with its hyphen) where its language lets it break. Chinese and Japanese, written
    without spaces, break between characters (as wrap_lines breaks them): taken whole, a
    Japanese label was one "word" too wide for any gap, so it stood on a card instead."""
    return max(
        (metrics.horizontalAdvance(piece + ("-" if n < len(parts) - 1 else ""))
         for word in text.split() for cjk in line_pieces(word)
         for parts in [[part for part, _ in _pieces(cjk, split)]]
         for n, piece in enumerate(parts)),
        default=0.0,
    )


def _pieces(word: str, split: Callable[[str], Sequence[tuple[str, str]]]) -> list[tuple[str, str]]:
    """``word`` cut at every place its language lets it break: [(piece, rest), ...]."""
    out: list[tuple[str, str]] = []
    rest = word
    while True:
        breaks = split(rest)
        if not breaks:
            out.append((rest, ""))
            return out
        left, right = breaks[-1]  # the shortest left part: the finest cut
        out.append((left.rstrip("-"), right))
        rest = right


def _rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


ARROW_LENGTH = 13.0
# Zoomed out, words a few pixels high cannot be read and are the slowest thing to draw: below
# these scales the small words (phase, timing, labels), then the titles, are left out.
TEXT_MIN_SCALE = 0.35  # small type is under ~5 px high below this
TITLE_MIN_SCALE = 0.22  # titles are under ~4 px high below this


ROLE_FRAME = 5.0  # the care-team filter's frame, in scene units...
ROLE_FRAME_PX = 4.0  # ...and the thinnest it is drawn on screen


def view_scale(painter: QPainter, option: QStyleOptionGraphicsItem, export: bool) -> float:
    """How many screen pixels one scene unit covers (physical ones on a high-DPI screen);
    exports always count as full size."""
    if export:
        return 1.0
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    return option.levelOfDetailFromTransform(painter.worldTransform()) * ratio
