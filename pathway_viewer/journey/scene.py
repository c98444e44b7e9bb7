"""The journey drawing: one card per step, one arrow per transition, kept in step with the document.

The scene keeps a dict from step id to card and from (from, to) to arrow, and updates them
when the document says the pathway, the selection or the role filter changed; the items
never hold a copy of the pathway. A shared end step reached from far-apart phases also has
drawn copies near its earlier sources (``Layout.echoes``): each copy is a card for the same
step id, so clicking it selects that step, and selection and the role filter mark the
step's card and all its copies alike.
"""

from __future__ import annotations

import bisect
import contextlib
import math
from collections.abc import Iterator

from PySide6.QtCore import QLineF, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from models import TransitionKind
from models.gc_pause import collector_paused
from models.hyphenation import break_points
from models.card_shape import scaled_layout, with_card_width, with_column_gap
from models.layout import Layout, with_card_height, with_side_height
from models.label_spots import place_labels
from models.placement import Box, Cubic
from models.badge_places import place_badges
from models.legend_place import free_corner
from models.mirror import mirror_box, mirror_corner, mirror_route, reads_right_to_left
from models.routing import EdgeRequest, Route, route_edges
from models.wrap import (
    BAND_PAD, BARE_PAD, FEW_COLUMNS, Footprint, Wrap, band_extents, choose_starts, footprint, lowest_starts, make_wrap, wrap_layout,
    wrapped_size,
)
from models.text_direction import is_rtl
from models.wording.journey_words import arrow_label, arrow_tip

from ..core.accessible_style import MIN_TARGET_PX
from ..core.document import PathwayDocument
from ..core.text_fit import breaks_inside_words
from ..core.theme import Theme
from .arrows import ArrowItem, LegendItem
from .item_style import (
    ARROW_LENGTH, CAPTION_HEIGHT, CAPTION_LINE, LABEL_CLEAR, LABEL_PADDING, OVERVIEW_GAP, SIDE_TITLE_SHARE, ItemStyle, label_gap,
    widest_label_piece,
)
from .items import RING, StepCard, card_meta

SCENE_MARGIN = 40.0
OVERVIEW_LINES = 3  # zoomed out, a title of more lines reads as a paragraph: the cards widen
WIDEN_STEP = 20.0
# At large text the cards grow by as much as their words need, tried in steps of this much
# of the normal card (a card at 150 % text may be 1, 1.125, ... 1.5 times the normal one).
CARD_SCALE_STEP = 0.125
MIN_COLUMN_GAP = 90.0  # an arrow, its arrowhead and a numbered stub still fit between columns
# A long journey's first look may draw the side steps' cards this share of a main card's
# height (set_compact_sides): the main journey large, the side paths lighter and closer.
SIDE_SHARE = 0.6
_KIND_PRIORITY = {
    TransitionKind.main: 0, TransitionKind.parallel: 1, TransitionKind.alternative: 2, TransitionKind.loop_back: 3,
}


TitleShape = tuple[int, int, int, int]  # breaks inside words and lines: zoomed in, then from afar


def _breaks_more(shapes: list[TitleShape], limits: list[TitleShape]) -> bool:
    """Whether titles shaped so break more than ``limits`` allow: any title inside more of
    its words, or the longest title (which sets every card's height, and how far out the
    journey reads) on more lines. A short title may take a line more where it is still
    shorter than the longest: it is not set a word a line for that."""
    if any(a[0] > b[0] or a[2] > b[2] for a, b in zip(shapes, limits)):
        return True
    return any(max((a[i] for a in shapes), default=0) > max((b[i] for b in limits), default=0) for i in (1, 3))


# A title more than this many times the journey's usual length (and longer than
# LONG_TITLE_CHARS) is shortened on its card: one 150-character title held every card of a
# journey tall and large, and half the journey off a laptop's screen at first look.
OUTLIER_FACTOR = 2.5
LONG_TITLE_CHARS = 70


def outlier_titles(titles: list[str]) -> frozenset[str]:
    """The titles far longer than the others of a journey (by the median length)."""
    if len(titles) < 4:
        return frozenset()
    lengths = sorted(len(t) for t in titles)
    usual = lengths[len(lengths) // 2]
    return frozenset(t for t in titles if len(t) > max(LONG_TITLE_CHARS, OUTLIER_FACTOR * usual))


class JourneyScene(QGraphicsScene):
    def __init__(
        self, document: PathwayDocument, theme: Theme, parent: QObject | None = None, *, label_ems: float | None = None,
        cards_follow_text: bool = True, labels_widen: bool = True,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.theme = theme
        # Cards as much larger as the text (size_scale); the handout's picture keeps them
        # at the normal size, as it picks the text size that fits its paper (journey_picture).
        self._cards_follow_text = cards_follow_text
        # How long a label's lines may be between two cards side by side (None: the window's
        # few words); paper has room for wider gaps than a screen (the handout's picture).
        self._label_ems = label_ems
        # A label with no place but the main journey's line may stand past the drawing's edge,
        # widening it: on screen the first look fits the drawing whatever its width; the
        # handout's picture is measured to fill its pages, and there a wider drawing cost
        # pages (the stroke journey in large print: 12 pictures where 10 is the most).
        self._labels_widen = labels_widen
        self._cards: dict[str, StepCard] = {}
        self._copies: dict[str, list[StepCard]] = {}  # drawn copies of shared end steps
        self._arrows: dict[tuple[str, str], ArrowItem] = {}
        self._legend: LegendItem | None = None
        self._journey = QRectF()  # everything drawn; items move only when the rows change
        # Labels are placed when first needed (drawn, measured, exported): opening a journey
        # wraps it a few times to find its first look, and placing thousands of labels for
        # each wrap was most of the time that took.
        self._label_routes: dict[tuple[str, str], Route] | None = None
        self._marked: list[StepCard] = []  # the cards showing the selection ring
        self._press_screen_pos: QPointF | None = None
        # Columns per row when the journey is wrapped to fit a window (None: one line, as
        # exports draw it); the one-line routes are kept to size other wraps cheaply.
        self._per_row: int | None = None
        self._wrap: Wrap | None = None
        self._line_routes: dict[tuple[str, str], Route] = {}
        self._cuts: list[int] = []  # arrows a row break before each column would cut
        self._footprint: Footprint | None = None  # what each column and arrow takes up and down
        self._row_heights: dict[tuple[int, int], float] = {}  # height of each possible row, once measured
        self._positions: dict[str, tuple[float, float]] = {}
        self._layout: Layout | None = None  # the document's, or one with taller cards
        self._from_layout: Layout | None = None  # the document's layout it was made from
        self._echoes: dict[str, list[tuple[float, float]]] = {}
        self._main_edges: set[tuple[str, str]] = set()
        self._mirrored = False  # a right-to-left pathway: its journey runs from right to left
        self._style: ItemStyle | None = None
        self._compact = False  # side steps' cards shorter (set_compact_sides)
        self._low = False  # and as low as they may be, their rows closer still
        self._detours = False  # and side paths' detours under their rows cut short
        self._side_style: ItemStyle | None = None  # theirs, when they are
        self._grown: tuple[Layout, ItemStyle] | None = None  # the cards grown to fit their words, before any wrap
        self._outliers: frozenset[str] = frozenset()  # titles shortened on their cards (outlier_titles)
        self._card_scale = 1.0  # size_scale: chosen for each journey and text size (_scaled_cards)
        # What is read from afar at the first look's zoom grows by this much: the phase names
        # above the cards, the channels between rows that hold them, the stubs' numbers.
        self._far_scale = 1.0
        # Each arrangement made (full-size cards, short side cards), kept until the journey or
        # its look changes: a first look tries both, and Home tries them again.
        self._arrangements: dict[tuple[bool, bool, bool], tuple[object, ...]] = {}
        self.setBackgroundBrush(theme.background_color)
        document.sig_pathway_changed.connect(self._new_journey)
        document.sig_steps_changed.connect(self._on_steps_changed)
        document.sig_selection_changed.connect(self._show_selection)
        document.sig_role_changed.connect(self._show_role)
        # Cards say their timing in patient words or in day numbers, and their tooltips carry
        # the clinic's answers: both change without moving a card.
        document.sig_audience_changed.connect(self._refresh_cards)
        document.sig_clinic_changed.connect(self._refresh_cards)
        self.rebuild()

    # --- public API ----------------------------------------------------------------------

    def card(self, step_id: str) -> StepCard:
        return self._cards[step_id]

    def copies(self, step_id: str) -> list[StepCard]:
        """The drawn copies of a shared end step's card (none for most steps)."""
        return list(self._copies.get(step_id, ()))

    def all_cards(self) -> list[StepCard]:
        """Every card drawn: one per step, then the copies."""
        return [*self._cards.values(), *(c for copies in self._copies.values() for c in copies)]

    def step_ids(self) -> list[str]:
        return list(self._cards)

    def arrow(self, source: str, target: str) -> ArrowItem:
        self.ensure_labels()
        return self._arrows[source, target]

    def arrows(self) -> list[ArrowItem]:
        self.ensure_labels()
        return list(self._arrows.values())

    def legend(self) -> LegendItem | None:
        return self._legend

    def highlighted_steps(self) -> set[str]:
        """Steps shown at full strength: all of them, or the chosen role's steps."""
        return {step_id for step_id, card in self._cards.items() if not card.is_dimmed}

    def columns(self) -> int:
        """How many columns the one-line layout has (0 with no pathway)."""
        layout = self.document.layout
        return max(layout.columns.values()) + 1 if layout is not None and layout.columns else 0

    @property
    def columns_per_row(self) -> int | None:
        """Columns in each row of the wrapped journey; None when it is drawn on one line."""
        return self._per_row

    def row_breaks(self) -> list[float]:
        """Where each row after the first begins, as a scene y: the bottom of the row above
        (its room for labels included), where the channel to the next row starts. Empty on
        one line. A printed picture may be cut there without cutting a row."""
        return list(self._wrap.channels[:-1]) if self._wrap is not None else []

    def set_columns_per_row(self, per_row: int | None) -> None:
        """Wrap the journey into rows of ``per_row`` columns (None or all: one line)."""
        if per_row is not None and per_row >= self.columns():
            per_row = None
        if per_row != self._per_row:
            self._per_row = per_row
            # Same journey, other rows: the items only move (making thousands of cards again
            # was most of the time a large journey took to open).
            if self._cards and self._from_layout is self.document.layout and self._layout is not None:
                with collector_paused():
                    self._place_items()
            else:
                self.rebuild()

    @property
    def mirrored(self) -> bool:
        """Whether the journey runs from right to left (a right-to-left pathway)."""
        return self._mirrored

    @property
    def compact_sides(self) -> bool:
        """Whether the side steps' cards are drawn shorter than the main journey's."""
        return self._compact

    @property
    def low_side_rows(self) -> bool:
        """Whether the short side cards are as low as they may be (set_compact_sides)."""
        return self._low

    @property
    def cut_detours(self) -> bool:
        """Whether a side path diving under (or arcing over) its row is cut to numbered stubs."""
        return self._detours

    def set_compact_sides(self, on: bool, low: bool = False, detours: bool = False) -> None:
        """Draw the cards off the main line shorter, their rows closer (a long journey's
        first look: the main journey readable, the side paths in view but lighter), or all
        cards alike again. ``low``: shorter still, where even that does not leave room for
        the main journey (_short_side_rows). ``detours``: a side path that would make its
        row higher than its cards is cut short (models.wrap, Footprint.cut_detours), for a
        first look that then shows the whole journey. Zoomed in, a short card could not hold
        its words: the view puts them back (JourneyView) before the cards' own text is drawn."""
        low, detours = on and low, on and detours
        if (on, low, detours) == (self._compact, self._low, self._detours):
            return
        self._compact, self._low, self._detours = on, low, detours
        doc = self.document
        if not (self._cards and self._grown is not None and self._from_layout is doc.layout):
            self.rebuild()
            return
        # Same journey, other card heights: the cards are restyled and moved, not made again.
        with collector_paused():
            self._arrange()
            for step_id, card in self._cards.items():
                card.set_style(self._style_of(step_id))
            for step_id, copies in self._copies.items():
                for copy in copies:
                    copy.set_style(self._style_of(step_id, copy=True))
            self._place_items()

    @contextlib.contextmanager
    def measured_as(self, compact: bool, low: bool = False, detours: bool = False) -> Iterator[None]:
        """Within: size_at and main_size_at measure the journey with short side cards (``low``,
        ``detours``: as set_compact_sides) or every card full size, the items staying as they
        are: cheap enough to rule out a look that cannot fit before moving every card into it."""
        was = self._compact, self._low, self._detours
        wanted = compact, compact and low, compact and detours
        if wanted == was or self._grown is None:
            yield
            return
        self._compact, self._low, self._detours = wanted
        self._arrange()
        try:
            yield
        finally:
            self._compact, self._low, self._detours = was
            self._arrange()

    def has_side_steps(self) -> bool:
        """Whether any card stands off the main line (only those can be made shorter)."""
        layout = self.document.layout
        return layout is not None and (any(row != 0 for row in layout.rows.values()) or bool(layout.echoes))

    def compact_reads_at(self, zoom: float) -> bool:
        """Whether short side cards still suit ``zoom``: zoomed out, where a card shows its
        title alone (closer in, the card's words need the full card)."""
        # Further out than the overview too: there every card is a plain block anyway.
        return self._style is not None and self._style.title_font.pixelSize() * zoom < self._style.readable_px

    def size_at(self, per_row: int) -> tuple[float, float]:
        """About how wide and high the drawing is with ``per_row`` columns a row."""
        layout = self._layout
        if layout is None or not self._line_routes:
            return 1.0, 1.0
        starts = self._starts(per_row)
        assert self._footprint is not None
        extents = band_extents(self._footprint, starts, layout.card_size[1])
        width, height = wrapped_size(layout, extents, starts, self._footprint.main_cuts, self._footprint.channel)
        # At its size unscaled: wrapped, it mostly stands beside a short last row (_place_legend).
        legend = self._legend.boundingRect() if self._legend is not None else QRectF()
        return max(width, legend.width()), height + legend.height() + 40

    def main_size_at(self, per_row: int) -> tuple[float, float]:
        """About how wide and high the drawing is with ``per_row`` columns a row, from its top
        down to the main journey's last card: what a first look must show when the side steps
        under the last row cannot all be shown too."""
        layout, graph = self._layout, self.document.graph
        if layout is None or graph is None or not self._line_routes or self._footprint is None:
            return 1.0, 1.0
        starts = self._starts(per_row)
        extents = band_extents(self._footprint, starts, layout.card_size[1])
        cuts, channel = self._footprint.main_cuts, self._footprint.channel
        width, _ = wrapped_size(layout, extents, starts, cuts, channel)
        last = max(layout.columns[s] for s in graph.main_path)
        band = max(0, bisect.bisect_right(starts, last) - 1)
        _, height = wrapped_size(layout, extents[:band], starts[:band + 1], cuts, channel) if band else (0.0, 0.0)
        bottom = max(layout.positions[s][1] for s in graph.main_path) + layout.card_size[1]
        return width, height + bottom - extents[band][0] + self._footprint.pad

    def _starts(self, per_row: int) -> list[int]:
        """Where each row starts: a short journey is cut where its rows are lowest in all, a
        long one (too many ways to try) where the fewest arrows are cut."""
        if per_row >= self.columns():
            return [0]  # one line, as set_columns_per_row draws it
        if self._footprint is not None and self.columns() <= FEW_COLUMNS:
            return lowest_starts(self._footprint, per_row, self._row_heights)
        return choose_starts(self._cuts, per_row)

    @property
    def size_scale(self) -> float:
        """How much larger than at the normal text size the cards, the gaps between them and
        the room for their phase names are: between 1 and the text's own scale (2 at 200 %),
        as much as the titles need to break at no more places inside words and into no more
        lines than at 100 % (_scaled_cards), where cards of one size broke a title into a
        word a line ("Check-" / "ing" / "if")."""
        return self._card_scale

    def _text_scale(self) -> float:
        """How much larger than normal the text is: the most the cards grow (size_scale)."""
        if not self._cards_follow_text:
            return 1.0
        return max(1.0, self.theme.base_point_size / Theme.base_point_size)

    def readable_zoom(self) -> float:
        """The smallest zoom at which every main-journey title is at least 9 pt on screen
        (zoomed out, cards draw their title alone and larger: see ItemStyle.overview_title)."""
        if self._style is None:
            return 1.0
        return self._style.readable_zoom(self._deciding_titles())

    def _deciding_titles(self) -> list[str]:
        """The main journey's titles that decide how far out it can be read: the longest
        titles and those with the longest words (a long journey is not measured card by card)."""
        doc = self.document
        if doc.graph is None or doc.pathway is None:
            return []
        titles = [t for t in (doc.pathway.step(s).title for s in doc.graph.main_path) if t not in self._outliers]
        by_length = sorted(titles, key=lambda t: -len(t))[:24]
        by_word = sorted(titles, key=lambda t: -max(map(len, t.split() or [""])))[:8]
        return list(dict.fromkeys(by_length + by_word))

    def measured(self) -> tuple[object, ...]:
        """The journey as measured in this text size and these fonts, which a first look is
        chosen from (look_memory.py keys the remembered choice by it): the cards grown to
        their words, their size, the fonts, the labels as laid out, the legend."""
        if self._grown is None or self._style is None:
            return ()
        layout, style = self._grown
        fonts = tuple(
            (font.toString(), metrics.height(), metrics.lineSpacing(), metrics.averageCharWidth())
            for font, metrics in ((style.title_font, style.title_metrics), (style.band_font, style.band_metrics),
                                  (style.label_font, style.label_metrics))
        )
        # Every card's at a first start (full size); the short side cards are made from these and the fonts.
        cards = style.card_size.width(), style.card_size.height(), _box(style.card_bounds), style.meta_lines, style.band_lines
        labels = tuple(
            (key, arrow.label, style.label_layout(arrow.label), style.narrow_label_layout(arrow.label))
            for key, arrow in self._arrows.items() if arrow.label
        )
        legend = _box(self._legend.boundingRect()) if self._legend is not None else None
        return layout, fonts, cards, labels, legend, self.readable_zoom(), self._label_ems, _box(self._journey)

    def journey_rect(self) -> QRectF:
        """Everything drawn (cards, arrows, labels, legend), without the scroll margin."""
        self.ensure_labels()
        return QRectF(self._journey)

    def unlabelled_rect(self) -> QRectF:
        """The cards, arrows and legend as placed, without placing the arrows' labels (which
        sit beside their lines, so seldom reach further): cheap enough to size a wrap by."""
        return QRectF(self._journey)

    def ensure_labels(self) -> None:
        """Place the arrows' labels for where the items are now, if not done yet."""
        routes, self._label_routes = self._label_routes, None
        if routes is None:
            return
        with collector_paused():
            boxes = self._place_labels(routes)
        if boxes:
            left = min(self._journey.left(), *(b[0] for b in boxes))
            top = min(self._journey.top(), *(b[1] for b in boxes))
            right = max(self._journey.right(), *(b[2] for b in boxes))
            bottom = max(self._journey.bottom(), *(b[3] for b in boxes))
            self._journey = QRectF(left, top, right - left, bottom - top)
            self.setSceneRect(self._journey.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))

    @contextlib.contextmanager
    def export_mode(self) -> Iterator[None]:
        """Draw without selection or hover marks and on white, then restore the screen look."""
        self.ensure_labels()
        brush = self.backgroundBrush()
        self.setBackgroundBrush(self.theme.export_background_color)
        self._set_export_mode(True)
        try:
            yield
        finally:
            self._set_export_mode(False)
            self.setBackgroundBrush(brush)

    def _set_export_mode(self, on: bool) -> None:
        for card in self.all_cards():
            card.set_export_mode(on)
        for arrow in self._arrows.values():
            if arrow.label_item is not None:
                arrow.label_item.set_export_mode(on)

    def set_theme(self, theme: Theme) -> None:
        """Redraw everything in ``theme``'s colours and text size (the selection stays)."""
        self.theme = theme
        self.setBackgroundBrush(theme.background_color)
        self.rebuild()

    # --- building --------------------------------------------------------------------------

    def _new_journey(self) -> None:
        # On one line, as at a first start: built in the last journey's rows, a journey would
        # be measured for its first look at another size, and open differently after each.
        self._per_row = None
        self.rebuild()

    def rebuild(self) -> None:
        with collector_paused():
            self._rebuild()

    def _rebuild(self) -> None:
        self.clear()  # deletes the old items
        self._cards.clear()
        self._copies.clear()
        self._arrows.clear()
        self._legend = None
        self._marked = []
        self._journey = QRectF()
        self._label_routes = None
        doc = self.document
        self._line_routes = {}
        self._grown = None
        if doc.pathway is None or doc.graph is None or doc.layout is None:
            self.setSceneRect(QRectF(0, 0, 1, 1))
            return
        self._outliers = outlier_titles([step.title for step in doc.pathway.steps])
        self._grown = self._scaled_cards(doc.layout)
        self._mirrored = reads_right_to_left(doc.pathway)
        self._arrangements = {}
        self._from_layout = doc.layout
        main_path = doc.graph.main_path
        self._main_edges = set(zip(main_path, main_path[1:]))
        self._arrange()
        layout, style = self._layout, self._grown[1]
        assert layout is not None
        # Items are placed before they join the scene: moving thousands of items already in
        # it costs an index update each.
        items: list[QGraphicsItem] = []
        for step_id in doc.graph.step_ids:
            card = self._cards[step_id] = StepCard(doc, step_id, self.theme, style=self._style_of(step_id))
            items.append(card)
        for step_id, corners in layout.echoes.items():
            for _ in corners:
                copy = StepCard(doc, step_id, self.theme, style=self._style_of(step_id, copy=True), copy=True)
                self._copies.setdefault(step_id, []).append(copy)
                items.append(copy)
        for t in sorted(doc.pathway.transitions, key=lambda t: _KIND_PRIORITY[t.kind]):
            arrow = self._arrows[t.from_, t.to] = ArrowItem(t.from_, t.to, t.kind, arrow_label(t), self.theme, style=style)
            if arrow.label:  # the words a far-out map leaves off the line (unlabelled: nothing to add)
                self._set_tip(arrow, None)
            items.append(arrow)
            if arrow.label_item is not None:
                items.append(arrow.label_item)
        self._place_items()
        for item in items:
            self.addItem(item)
        self._show_selection(doc.selected)
        self._show_role(doc.role)

    def _arrange(self) -> None:
        """Where the cards go and how the arrows run, before any wrap: from the grown
        layout, with short side cards and closer columns where set_compact_sides asks."""
        doc = self.document
        assert self._grown is not None and doc.pathway is not None
        kept = self._arrangements.get((self._compact, self._low, self._detours))
        if kept is not None:
            (self._layout, self._style, self._side_style, self._line_routes, self._footprint,
             self._row_heights) = kept  # type: ignore[assignment]
            self._cuts = self._footprint.cuts
            return
        layout, style = self._grown
        self._side_style = None
        if self._compact:
            # Its labels too small to be drawn, the gaps need only room for an arrow and a
            # label wrapped narrow (File > Export draws them): the columns closer.
            gap = max(MIN_COLUMN_GAP * self.size_scale, self._label_gap())
            if layout.spec.column_gap > gap:
                layout = with_column_gap(layout, gap)
                style = ItemStyle(self.theme, layout.card_size, style.language, style.meta_lines, style.band_lines, gap,
                                  scale=self.size_scale, far_scale=self._far_scale)
                style.shortened = self._outliers
            side_height, side_gap = (
                self._short_side_rows(layout, style) if self._low else (math.ceil(layout.spec.card_height * SIDE_SHARE), None)
            )
            layout = with_side_height(layout, side_height, side_gap)
            self._side_style = ItemStyle(
                self.theme, (layout.spec.card_width, side_height), style.language, style.meta_lines, style.band_lines,
                layout.spec.column_gap, side=True, scale=self.size_scale, far_scale=self._far_scale,
            )
            # Its words (title_lines) are those of its full-size card: drawn there, zoomed in.
            self._side_style.title_max_lines = style.title_max_lines
            if self._low:  # its gap is only as high as a name as small as its title
                self._side_style.caption_share = SIDE_TITLE_SHARE
        self._layout, self._style = layout, style
        requests = [
            EdgeRequest(t.from_, t.to, t.kind is TransitionKind.loop_back, (t.from_, t.to) in self._main_edges)
            for t in doc.pathway.transitions
        ]
        routes = self._line_routes = route_edges(layout, requests)
        pad = (BARE_PAD if self._compact else BAND_PAD) * self.size_scale
        self._footprint = footprint(layout, routes, self._main_edges, pad, cut_detours=self._detours, scale=self.size_scale)
        self._cuts = self._footprint.cuts  # crossings_per_cut, without sampling every route again
        self._row_heights = {}
        style.set_badge_scale(self.readable_zoom())
        self._grown[1].set_badge_scale(style.badge_scale)  # the arrows draw with it
        if self._side_style is not None:
            self._side_style.set_badge_scale(style.badge_scale)
        self._arrangements[self._compact, self._low, self._detours] = (
            layout, style, self._side_style, routes, self._footprint, self._row_heights,
        )

    def _short_side_rows(self, layout: Layout, style: ItemStyle) -> tuple[float, float]:
        """How high a short side card is, and the gap above it: at the furthest out a first
        look opens (every main title at 9 pt), the card as low as a click target, two lines
        of its title in their smallest type and, printed, one line under its phase's band;
        the gap as its phase's name there (never
        more than SIDE_SHARE of a main card, nor the row gap). The side rows are what makes
        a long journey's rows tall: the lower they are, the larger its main journey opens."""
        zoom = max(style.readable_zoom(self._deciding_titles()), 1e-3)
        px = max(1, math.ceil(SIDE_TITLE_SHARE * style.readable_px / zoom))
        title = QFont(style.title_font)
        title.setPixelSize(px)
        metrics = QFontMetricsF(title)
        # As the card sets its zoomed-out title (ItemStyle.overview_title): under the phase strip.
        two_lines = style.strip_height + OVERVIEW_GAP + 4 + metrics.height() + min(metrics.lineSpacing(), 0.88 * metrics.height())
        # Printed (File > Export draws the look as it is), a line of its title under its
        # phase's band, in the smallest type a printed short title takes (ItemStyle.short_title).
        printed = QFont(style.title_font)
        printed.setPixelSize(max(1, math.ceil(style.title_font.pixelSize() * 0.75)))
        one_printed = style.band_height + 7 + 4 + QFontMetricsF(printed).height()
        least = max(MIN_TARGET_PX / zoom, two_lines, one_printed)
        height = min(math.ceil(layout.spec.card_height * SIDE_SHARE), math.ceil(least))
        name = QFont(style.band_font)
        name.setPixelSize(px)
        # The name stands 2 px above its card (StepCard._paint_caption), clear of the card above.
        gap = min(layout.spec.row_gap, math.ceil(QFontMetricsF(name).height() + 2 + 4))
        return height, gap

    def _style_of(self, step_id: str, copy: bool = False) -> ItemStyle:
        """The style a step's card (or a drawn copy of it) is drawn with: off the main line,
        in a compact first look, the short side card's."""
        assert self._style is not None and self._layout is not None
        if self._side_style is not None and (copy or self._layout.rows[step_id] != 0):
            return self._side_style
        return self._style

    def _card_boxes(self, inset: float = 0.0) -> list[Box]:
        """Every card drawn (copies too), as placed, ``inset`` larger on each side."""
        assert self._layout is not None
        width = self._layout.spec.card_width
        boxes = []
        for step, (x, y) in self._positions.items():
            height = self._style_of(step).card_size.height()
            boxes.append((x - inset, y - inset, x + width + inset, y + height + inset))
        for step, copies in self._echoes.items():
            height = self._style_of(step, copy=True).card_size.height()
            boxes += [(x - inset, y - inset, x + width + inset, y + height + inset) for x, y in copies]
        return boxes

    def _place_items(self) -> None:
        """Put the cards, arrows, labels and legend where the one-line or wrapped layout says."""
        layout, routes = self._layout, self._line_routes
        assert layout is not None
        self._wrap = None
        positions, echoes = layout.positions, layout.echoes
        if self._per_row is not None and self._per_row < self.columns():
            starts = self._starts(self._per_row)
            self._wrap, routes = make_wrap(layout, routes, starts, self._main_edges, self._footprint)
            positions, echoes, _ = wrap_layout(layout, self._wrap)
        self._positions, self._echoes = dict(positions), {s: list(c) for s, c in echoes.items()}
        # What is drawn, as (left, top, right, bottom): the journey's extent without asking
        # thousands of items for their bounding rects.
        drawn: list[Box] = []
        for step_id, card in self._cards.items():
            x, y = positions[step_id]
            card.setPos(x, y)
            bl, bt, br, bb = _box(self._style_of(step_id).card_bounds)
            drawn.append((x + bl, y + bt, x + br, y + bb))
        for step_id, copies in self._copies.items():
            bl, bt, br, bb = _box(self._style_of(step_id, copy=True).card_bounds)
            for copy, (x, y) in zip(copies, echoes[step_id]):
                copy.setPos(x, y)
                drawn.append((x + bl, y + bt, x + br, y + bb))
        marks = {key: i + 1 for i, key in enumerate(self._wrap.stubbed)} if self._wrap is not None else {}
        if marks:
            routes = self._clear_badges(routes, marks)
        for key, arrow in self._arrows.items():
            mark = marks.get(key)
            if mark != arrow.mark:
                self._set_tip(arrow, mark)
            arrow.set_route(routes[key], mark)
            drawn.append(arrow.bounds_box)
        self._label_routes = routes
        if self._legend is not None:
            self.removeItem(self._legend)
            self._legend = None
        self._place_legend(drawn, routes)
        if self._mirrored:
            drawn = self._mirror_placed(drawn, routes)
        left, top = min(b[0] for b in drawn), min(b[1] for b in drawn)
        self._journey = QRectF(left, top, max(b[2] for b in drawn) - left, max(b[3] for b in drawn) - top)
        self.setSceneRect(self._journey.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN))

    def _mirror_placed(self, drawn: list[Box], routes: dict[tuple[str, str], Route]) -> list[Box]:
        """Everything just placed, left to right, moved to its mirror image: the journey of a
        right-to-left pathway starts at the right. Placed first as any other (its rows, its
        numbers and its legend chosen alike), then each card, line and the legend moved whole,
        their words unmirrored."""
        assert self._layout is not None
        width = self._layout.card_size[0]
        self._positions = {step: mirror_corner(corner, width) for step, corner in self._positions.items()}
        self._echoes = {step: [mirror_corner(c, width) for c in corners] for step, corners in self._echoes.items()}
        for step_id, card in self._cards.items():
            card.setPos(*self._positions[step_id])
        for step_id, copies in self._copies.items():
            for copy, corner in zip(copies, self._echoes[step_id]):
                copy.setPos(*corner)
        mirrored = {key: mirror_route(route) for key, route in routes.items()}
        for key, arrow in self._arrows.items():
            arrow.set_route(mirrored[key], arrow.mark)
        self._label_routes = mirrored
        if self._legend is not None:
            self._legend.setX(-self._legend.x() - self._legend.sceneBoundingRect().width())
        return [mirror_box(box) for box in drawn]

    def _clear_badges(self, routes: dict[tuple[str, str], Route], marks: dict[tuple[str, str], int]) -> dict[tuple[str, str], Route]:
        """The routes with each numbered stub lengthened, shortened or bent until its badge
        stands clear of cards, arrowheads, other lines and other badges."""
        layout = self._layout
        assert layout is not None
        width, height = layout.card_size
        corners = {step: [self._positions[step], *self._echoes.get(step, [])] for step in self._positions}
        heights = {corner: self._style_of(step, corner != self._positions[step]).card_size.height()
                   for step, cs in corners.items() for corner in cs}

        def card_near(step: str, point: tuple[float, float]) -> Box:
            x, y = min(corners[step], key=lambda c: (c[0] + width / 2 - point[0]) ** 2 + (c[1] + height / 2 - point[1]) ** 2)
            return x, y, x + width, y + heights[x, y]

        solid = self._card_boxes()
        solid += self._caption_boxes(corners)
        for route in routes.values():
            (tx, ty), (dx, dy) = route.tip, route.direction
            bx, by = tx - dx * ARROW_LENGTH, ty - dy * ARROW_LENGTH
            solid.append((min(tx, bx) - 7, min(ty, by) - 7, max(tx, bx) + 7, max(ty, by) + 7))
        marked = {key: routes[key] for key in sorted(marks, key=marks.__getitem__)}
        sizes = {}
        for key, mark in marks.items():
            size = self._style.badge_size(mark)
            sizes[key] = (size.width(), size.height())
        ends = {key: (card_near(key[0], r.segments[0][0]), card_near(key[1], r.tip)) for key, r in marked.items()}
        # A label on a stub too short for it stands beside the number, drawn as large as
        # where labels are first read: the number goes where that room is free.
        readable = self._style.label_min_scale()
        labels = {}
        for key in marked:
            text = self._arrows[key].label
            if text:
                small = self._style.badge_size(marks[key], readable)
                labels[key] = ((small.width(), small.height()),
                               [self._style.label_layout(text)[1:], self._style.narrow_label_layout(text)[1:]])
        main = self._main_lines()
        # On cards grown less than their text (size_scale), the numbers, sized to be read from
        # afar, are larger beside their cards than the placing's reach and steps were made
        # for: those grow as much as what is read from afar (far_scale).
        reach = self._far_scale if self._far_scale > self.size_scale else 1.0
        placed = place_badges(marked, sizes, ends, solid, routes, labels, self._gap_centres(), main, reach)
        return {**routes, **placed}

    def _caption_boxes(self, corners: dict[str, list[tuple[float, float]]]) -> list[Box]:
        """Where each card's phase name stands above it at the smallest zoom a first look
        uses (the largest it is drawn): a number there would sit on its words."""
        pathway, style = self.document.pathway, self._style
        assert pathway is not None and style is not None
        widths: dict[str, tuple[float, bool]] = {}
        boxes: list[Box] = []
        for step, places in corners.items():
            phase = pathway.phase_of(pathway.step(step))
            if phase is None:
                continue
            if phase.title not in widths:
                rtl = is_rtl(phase.title, pathway.language)
                # As the card draws it: right to left it may be as wide as the card, and so set larger.
                caption = style.caption(phase.title, style.badge_scale, rtl)
                w = QFontMetricsF(caption[0]).horizontalAdvance(caption[1]) if caption is not None else 0.0
                widths[phase.title] = (w, rtl)
            w, rtl = widths[phase.title]
            # Right to left, the name ends at the card's right edge. Placed before a right-to-left
            # journey is mirrored (_mirror_placed), whose cards move but whose words do not: a
            # name at one edge once mirrored stands at the other edge here.
            shift = style.card_size.width() - w if rtl != self._mirrored else 0.0
            for x, y in places:
                boxes.append((x + shift, y - style.caption_height, x + shift + w, y))
        return boxes

    def _set_tip(self, arrow: ArrowItem, mark: int | None) -> None:
        pathway = self.document.pathway
        assert pathway is not None
        arrow.setToolTip(arrow_tip(pathway.step(arrow.source).title, pathway.step(arrow.target).title, arrow.label, mark))

    def _scaled_cards(self, layout: Layout) -> tuple[Layout, ItemStyle]:
        """The grown layout (_grown_layout) at the card scale chosen for this text size, which
        it sets (size_scale).

        Cards as much larger as the text break every title as at 100 %, but their columns
        are as much wider too: at 150 % a laptop's first look then fitted three columns where
        cards of the normal size fitted four. Where the words allow, the cards grow less:
        each scale from the text's down to 1 (CARD_SCALE_STEP) whose main titles, zoomed in
        and at the zoom they read at from afar alike, break inside no more words than at
        100 % and whose longest title takes no more lines (_title_shapes, _breaks_more), and
        whose labels wrapped into a first look's gap stand no taller beside a card than at
        the text's own scale (_narrow_label_share), is a choice; smaller scales are not
        tried past the first that is not. Of the choices, the one whose cards take the least
        room on screen where their titles read at 9 pt times the text size (_screen_room),
        as that is what decides how many fit a window at the first look.
        """
        top = self._text_scale()
        self._card_scale = self._far_scale = 1.0
        if top <= 1.0 + 1e-9:
            return self._grown_layout(layout)
        pathway = self.document.pathway
        assert pathway is not None
        normal = self._normal_title_shapes(layout)
        labels = sorted({text for t in pathway.transitions if (text := arrow_label(t))})
        options: list[tuple[float, float, tuple[Layout, ItemStyle], float]] = []
        most, tallest = normal, 0.5
        scale = top
        while True:
            self._card_scale = self._far_scale = scale
            grown = self._grown_layout(scaled_layout(layout, scale))
            shapes, zoom = self._title_shapes(grown[1])
            share = self._narrow_label_share(grown, labels)
            if not options:
                # What the text's own scale gives is always a choice: fonts do not grow in
                # exact proportion, so a title may take a line more there than at 100 %.
                most = [tuple(max(a, b) for a, b in zip(at_normal, at_top)) for at_normal, at_top in zip(normal, shapes)]
                tallest = max(tallest, share)
            elif _breaks_more(shapes, most) or share > tallest:
                break  # smaller cards only break the titles more, and leave the labels less room
            options.append((self._screen_room(grown, zoom), scale, grown, zoom))
            if scale <= 1.0:
                break
            scale = max(1.0, scale - CARD_SCALE_STEP)
        # Least room on screen; of those alike (2 %), the largest cards, whose titles read most as at 100 %.
        least = min(option[0] for option in options)
        _, self._card_scale, (chosen, style), zoom = max((o for o in options if o[0] <= least * 1.02), key=lambda o: o[1])
        self._far_scale = self._far_scale_at(style, zoom)
        if self._far_scale == self._card_scale:
            return chosen, style
        return chosen, ItemStyle(
            self.theme, (style.card_size.width(), style.card_size.height()), style.language, style.meta_lines,
            style.band_lines, style.column_gap, scale=self._card_scale, far_scale=self._far_scale,
        )

    def _far_scale_at(self, style: ItemStyle, zoom: float) -> float:
        """far_scale for cards of ``style`` read from ``zoom`` on: the room above a card must
        hold its phase's name at 9 pt times the text size on screen (ItemStyle.caption). Cards
        grown less than the text read from further out, so that name needs more room than
        CAPTION_HEIGHT times the card scale; never less."""
        needed = (math.ceil(style.readable_px / max(zoom, 1e-3)) + 1) * CAPTION_LINE / CAPTION_HEIGHT
        return max(self._card_scale, needed)

    def _narrow_label_share(self, grown: tuple[Layout, ItemStyle], labels: list[str]) -> float:
        """The tallest of ``labels`` wrapped to stand in the gap a first look leaves between
        two columns (set_compact_sides), as a share of the card's height. Between two cards
        side by side such a label must stand above or below the line joining their middles;
        smaller cards have narrower gaps, so taller labels, whose type is as large as the
        text's, not the cards': _scaled_cards takes none taller than at the text's own scale
        (or than half a card)."""
        layout, style = grown
        if not labels:
            return 0.0
        gap = min(layout.spec.column_gap, max(MIN_COLUMN_GAP * self._card_scale, self._label_gap()))
        narrow = ItemStyle(self.theme, (layout.spec.card_width, layout.spec.card_height), style.language,
                           style.meta_lines, style.band_lines, gap, scale=self._card_scale)
        return max(narrow.narrow_label_layout(text)[2] for text in labels) / layout.spec.card_height

    def _title_shapes(self, style: ItemStyle) -> tuple[list[TitleShape], float]:
        """For each title deciding how far out the journey reads: its breaks inside words and
        its lines, zoomed in (the card's full title) and at the zoom it reads at from afar
        (the title alone, large); and that zoom."""
        titles = self._deciding_titles()
        zoom = style.readable_zoom(titles)
        shapes = []
        for title in titles:
            full = style.title_lines(title)
            overview = style.overview_title(title, zoom)
            far = overview[1] if overview is not None else full
            shapes.append((breaks_inside_words(title, full), len(full), breaks_inside_words(title, far), len(far)))
        return shapes, zoom

    def _normal_title_shapes(self, layout: Layout) -> list[TitleShape]:
        """_title_shapes at 100 % text, cards of the normal size: what larger text must not break more."""
        theme, self.theme = self.theme, self.theme.scaled(100)
        try:
            return self._title_shapes(self._grown_layout(layout)[1])[0]
        finally:
            self.theme = theme

    def _screen_room(self, grown: tuple[Layout, ItemStyle], zoom: float) -> float:
        """About how much of the screen a card takes at ``zoom``: its column (card and gap)
        times its row (card, the phase name above it and the room around its band)."""
        layout, style = grown
        column = layout.spec.card_width + layout.spec.column_gap
        caption = CAPTION_HEIGHT * self._far_scale_at(style, zoom)
        row = layout.spec.card_height + caption + 2 * BAND_PAD * self._card_scale
        return column * zoom * row * zoom

    def _grown_layout(self, layout: Layout) -> tuple[Layout, ItemStyle]:
        """The layout with cards tall enough for every title and timing line, and its style;
        cards wider (the gaps narrower, the columns where they were) where the main
        journey's long titles, not the card's height, decide how far out it can be read.

        Zoomed out, a title of four or five short lines needs the journey shown larger:
        wider cards let it open further out with the same titles readable, at no cost in
        width. A wider card may need fewer lines for its full-size title, so it may also be
        shorter; kept as tall as before where that room is what the long title needs.
        """
        words = self._card_words(layout)  # the same for every width: read once
        least_gap = self._label_gap()
        base_gap = layout.spec.column_gap
        if base_gap < least_gap:
            layout = with_column_gap(layout, least_gap)
        grown, style = self._grow(layout, words)
        titles = self._deciding_titles()
        zoom = style.readable_zoom(titles)
        if zoom <= style.lines_zoom(OVERVIEW_LINES) * 1.02:
            return grown, style  # the card's height, not its width, decides how far out it reads
        options = [(zoom, grown, style)]
        pitch = layout.spec.card_width + layout.spec.column_gap
        widen = WIDEN_STEP * self.size_scale
        width = layout.spec.card_width + widen
        # Wider cards may narrow the gaps down to what an arrow needs, where the labels were
        # given no room beyond the normal gap; at large text the wider gap made for labels
        # stays (a first look at 150 % needs the wider cards more than its labels the room).
        narrowest = max(least_gap if least_gap > base_gap else MIN_COLUMN_GAP * self.size_scale, self._word_gap())
        while pitch - width >= narrowest:
            for least in (0.0, grown.spec.card_height):
                wide, wide_style = self._grow(with_card_width(layout, width), words, least)
                options.append((wide_style.readable_zoom(titles), wide, wide_style))
            width += widen
        # Whatever reads clearly furthest out; of those alike, the lowest card, then the narrowest.
        furthest = min(option[0] for option in options)
        _, chosen, chosen_style = min(
            (o for o in options if o[0] <= furthest * 1.02), key=lambda o: (o[1].spec.card_height, o[1].spec.card_width)
        )
        return chosen, chosen_style

    def _label_gap(self) -> float:
        """How wide the gap between columns must be for an arrow's label to stand in it
        (none without labels): between two cards side by side it has nowhere else to go."""
        pathway = self.document.pathway
        if pathway is None or not any(arrow_label(t) for t in pathway.transitions):
            return 0.0
        return label_gap(self.theme) if self._label_ems is None else label_gap(self.theme, self._label_ems)

    def _word_gap(self) -> float:
        """The narrowest gap a label can stand in without a word cut between two letters: its
        widest word (or part of one, where the pathway's language lets it break) and the
        label's box and clearance around it."""
        pathway = self.document.pathway
        if pathway is None:
            return 0.0
        labels = [label for label in (arrow_label(t) for t in pathway.transitions) if label]
        if not labels:
            return 0.0
        language = pathway.language or "en"
        metrics = QFontMetricsF(self.theme.label_font())
        widest = max(widest_label_piece(label, metrics, lambda word: break_points(word, language)) for label in labels)
        return math.ceil(widest + LABEL_PADDING + 2 * LABEL_CLEAR)

    def _grow(
        self, layout: Layout, words: tuple[set[str], set[str], set[str], set[str]], least_height: float = 0.0
    ) -> tuple[Layout, ItemStyle]:
        """The layout with cards tall enough for every title and timing line, and its style.

        All cards grow alike, so columns and rows stay aligned and the main journey stays one
        straight line; only a pathway with a longer title than the default card holds pays
        for a second layout pass.
        """
        doc = self.document
        assert doc.pathway is not None and doc.graph is not None
        language = doc.pathway.language or "en"
        style = ItemStyle(self.theme, layout.card_size, language, scale=self.size_scale)
        metas, titles, phases, end_phases = words
        meta_lines = max((len(style.meta_text_lines(m)) for m in metas), default=1)
        title_lines = max((len(style.title_lines(t, style.most_title_lines)) for t in titles), default=1)
        band_lines = max(
            [len(style.band_text_lines(p)) for p in phases] + [len(style.band_text_lines(p, end=True)) for p in end_phases],
            default=1,
        )
        height = max(layout.spec.card_height, least_height, style.height_for(title_lines, meta_lines, band_lines))
        # Whole units, rounded up: a card a fraction of a unit short (cards twice as large
        # as at 100 % need 240.2 where 240 is the norm) had room for one line less.
        if math.ceil(height - 1e-6) > layout.spec.card_height:
            layout = with_card_height(layout, math.ceil(height - 1e-6))
        grown = ItemStyle(
            self.theme, layout.card_size, language, meta_lines, band_lines, layout.spec.column_gap, scale=self.size_scale,
            far_scale=self._far_scale,
        )
        grown.shortened = self._outliers
        return layout, grown

    def _card_words(self, layout: Layout) -> tuple[set[str], set[str], set[str], set[str]]:
        """Every card's timing line, title and phase name, and the phase names written beside
        an "End" tag, each once: measured for every card width tried, and many steps say the same."""
        doc = self.document
        assert doc.pathway is not None and doc.graph is not None
        metas = {card_meta(doc, s) for s in doc.graph.step_ids} | {card_meta(doc, s, copy=True) for s in layout.echoes}
        titles = {doc.pathway.step(s).title for s in doc.graph.step_ids}
        ends = {phase.title for s in doc.pathway.steps if s.end and (phase := doc.pathway.phase_of(s)) is not None}
        return metas, titles, {p.title for p in doc.pathway.phases}, ends

    def _place_labels(self, routes: dict[tuple[str, str], Route]) -> list[Box]:
        """Put each label on its own line where it covers no card, no other label and no other line.

        Returns where the labels went.
        """
        layout = self._layout
        assert layout is not None
        inset = RING - 4  # the card itself and a little more, as cards' bounding rects shrunk by 4
        cards = self._card_boxes(inset)
        # Each number as large as it is drawn where the labels can be read: zoomed further
        # out it grows, but the labels are left out there (exports draw both at that size).
        style = self._style
        assert style is not None
        readable = style.label_min_scale()
        marks = [_box(badge) for arrow in self._arrows.values() for badge in arrow.badge_rects(readable)]
        if self._legend is not None:  # beside a short last row, it may stand among the lines
            marks.append(_box(self._legend.sceneBoundingRect()))
        # Each labelled arrow's cubic lengths, measured once by Qt: pointAtPercent measured
        # the whole path again on every call.
        labelled = []
        for arrow in self._arrows.values():
            if arrow.label:
                # A line cut short carries its words on its first stub, where it leaves.
                cubics = routes[arrow.key].segments if arrow.mark is None else _first_stub(routes[arrow.key])
                lengths = [_cubic_length(cubic) for cubic in cubics]
                badges = arrow.badge_rects(readable)
                badge = _box(badges[0]) if badges else None  # the number at the end of its first stub
                words = (style.label_layout(arrow.label), style.narrow_label_layout(arrow.label))
                labelled.append((sum(lengths), arrow.key, cubics, lengths, *words, badge))
        # Short arrows first: they have the fewest good places.
        labelled.sort(key=lambda entry: entry[:2])
        lines = {key: list(route.segments) for key, route in routes.items()}
        frame = _box(self._journey)  # cards, lines and legend: what labels should not widen
        main = self._main_lines()
        spots = place_labels(cards, lines, marks, [entry[1:] for entry in labelled], self._gap_centres(), frame, main,
                             off_main_past_edge=self._labels_widen)
        placed: list[Box] = []
        for key, (left, top), (words, w, h) in spots:
            self._arrows[key].set_label_rect(QRectF(left, top, w, h), list(words))
            placed.append((left, top, left + w, top + h))
        return placed

    def _main_lines(self) -> list[tuple[str, str]]:
        """The main journey's lines that numbers and labels keep off: those routed as the
        main line, not every arrow of kind main (a side path may continue by one)."""
        return sorted(key for key in self._arrows if key in self._main_edges)

    def _gap_centres(self) -> list[float]:
        """The x of the middle of every gap between columns of cards, ascending (rows wrapped
        or not: they are read from where the cards stand)."""
        layout = self._layout
        assert layout is not None
        width, gap = layout.card_size[0], layout.spec.column_gap
        lefts = {x for x, _ in self._positions.values()} | {x for copies in self._echoes.values() for x, _ in copies}
        return sorted({x - gap / 2 for x in lefts} | {x + width + gap / 2 for x in lefts})

    def _place_legend(self, drawn: list[Box], routes: dict[tuple[str, str], Route]) -> None:
        """Adds the legend to ``drawn``. Wrapped on screen, where the drawing's bottom-right
        corner is empty (a short last row leaves room), it stands there as large as a
        readable title at the smallest zoom a first look uses (as the numbers are); else,
        at its own size, under the first columns, just below whatever is drawn there."""
        pathway = self.document.pathway
        kinds = {t.kind for t in pathway.transitions} if pathway is not None else set()
        marks = self._wrap is not None and bool(self._wrap.stubbed)
        ends = pathway is not None and any(step.end for step in pathway.steps)
        graph = self.document.graph
        only_some = pathway is not None and graph is not None and any(
            not (graph.is_main(step.id) or graph.is_beside_main(step.id)) for step in pathway.steps)
        legend = LegendItem(self.theme, kinds=kinds, only_some=only_some, marks=marks, ends=ends, leftwards=self._mirrored)
        if not legend.texts():
            return  # a journey with no arrows, ends or side steps: nothing to explain, no empty box
        corner = None
        if self._wrap is not None and self._style is not None:
            scale = max(1.0, self._style.readable_px / (legend.font_px() * self._style.badge_scale))
            size = legend.boundingRect()
            # Each card and its phase's name above it.
            caption = self._style.caption_height
            solid = [(x - RING, y - max(RING, caption), r + RING, b + RING) for x, y, r, b in self._card_boxes()]
            solid += [_box(badge) for arrow in self._arrows.values() for badge in arrow.badge_rects()]
            lines = (cubic for route in routes.values() for cubic in route.segments)
            corner = free_corner(drawn, size.width() * scale, size.height() * scale, solid, lines)
        if corner is not None:
            legend.setScale(scale)
            legend.setPos(*corner)
        else:
            # Below, it would make the drawing taller and every card smaller: kept small.
            width = legend.boundingRect().width()
            left = min(box[0] for box in drawn)
            below = [box[3] for box in drawn if box[2] > left and box[0] < left + width + 40]
            legend.setPos(left, max(below) + 40)
        self.addItem(legend)
        self._legend = legend
        drawn.append(_box(legend.sceneBoundingRect()))

    # --- reacting to the document ----------------------------------------------------------

    def _on_steps_changed(self, step_ids: frozenset[str]) -> None:
        """Content of some steps changed: refresh those cards only, if nothing has to move.

        One card per step id (orange-canvas style): a changed title updates one card. When
        the steps, arrows or positions differ, the drawing is rebuilt, still keeping the
        selection and the role filter, which the rebuild reads back from the document.
        """
        doc = self.document
        if doc.graph is None or doc.layout is None or doc.pathway is None:
            self.rebuild()
            return
        same_steps = set(self._cards) == set(doc.graph.step_ids)
        same_arrows = set(self._arrows) == {(t.from_, t.to) for t in doc.pathway.transitions}
        # Cards stay where they are if the document's layout is the one they were placed
        # from (grown and wrapped as they are).
        before = self._from_layout
        same_places = same_steps and before is not None and (
            before.spec == doc.layout.spec
            and before.positions == doc.layout.positions
            and before.echoes == doc.layout.echoes
        )
        if not (same_arrows and same_places):
            self.rebuild()
            return
        style = next(iter(self._cards.values()))._style if self._cards else None
        for step_id in step_ids:
            if style is not None and step_id in self._cards and not self._fits(style, step_id):
                self.rebuild()  # a longer title or timing: the cards must grow
                return
        for step_id in step_ids:
            card = self._cards.get(step_id)
            if card is not None:
                card.refresh(doc)
            for copy in self._copies.get(step_id, ()):
                copy.refresh(doc)

    def _fits(self, style: ItemStyle, step_id: str) -> bool:
        pathway = self.document.pathway
        assert pathway is not None
        step = pathway.step(step_id)
        phase = pathway.phase_of(step)  # None for a pathway without phases
        if phase is not None and len(style.band_text_lines(phase.title, end=step.end)) > style.band_lines:
            return False
        title = step.title
        full = style.title_lines(title, style.most_title_lines)
        meta = card_meta(self.document, step_id, copy=step_id in self._copies)
        return len(full) <= style.title_max_lines and len(style.meta_text_lines(meta)) <= style.meta_lines

    def _refresh_cards(self, *_: object) -> None:
        if self.document.pathway is None:
            return
        for card in self._cards.values():
            card.refresh(self.document)

    def _show_selection(self, step_id: str | None) -> None:
        for card in self._marked:
            card.set_selected_mark(False)
        self._marked = []
        if step_id is not None and step_id in self._cards:
            self._marked = [self._cards[step_id], *self._copies.get(step_id, ())]
        for card in self._marked:
            card.set_selected_mark(True)

    def _show_role(self, role_id: str | None) -> None:
        shown = self.document.role_steps()
        for card in self.all_cards():
            card.set_dimmed(card.step_id not in shown)
            card.set_role_mark(role_id is not None and card.step_id in shown)
        for (source, target), arrow in self._arrows.items():
            arrow.set_dimmed(source not in shown or target not in shown)

    # --- clicks ------------------------------------------------------------------------------

    def card_at(self, scene_pos: QPointF) -> StepCard | None:
        for item in self.items(scene_pos):
            if isinstance(item, StepCard):
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        card = self.card_at(event.scenePos()) if event.button() == Qt.MouseButton.LeftButton else None
        if card is not None:
            self.document.select(card.step_id)
            event.accept()
            return
        # Left unaccepted, so the view starts panning; a press that does not move is a click.
        self._press_screen_pos = event.screenPos() if event.button() == Qt.MouseButton.LeftButton else None
        event.ignore()

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        press, self._press_screen_pos = self._press_screen_pos, None
        if press is not None and event.button() == Qt.MouseButton.LeftButton:
            moved = QLineF(QPointF(press), QPointF(event.screenPos())).length()
            if moved < QApplication.startDragDistance():
                self.document.select(None)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            # The scene acted on this click (selected a card, cleared the selection, or let
            # the view pan): say so, rather than leaving the release unclaimed, which Qt
            # reports as a warning ("MouseRelease not accepted by receiving widget").
            event.accept()


def _box(rect: QRectF) -> Box:
    return rect.left(), rect.top(), rect.right(), rect.bottom()


def _first_stub(route: Route) -> list[Cubic]:
    segments = route.segments
    for i in range(1, len(segments)):
        if segments[i][0] != segments[i - 1][3]:
            return segments[:i]
    return segments


def _cubic_length(cubic: Cubic) -> float:
    path = QPainterPath(QPointF(*cubic[0]))
    path.cubicTo(*cubic[1], *cubic[2], *cubic[3])
    return path.length()

