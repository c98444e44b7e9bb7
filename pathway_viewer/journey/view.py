"""The window onto the journey: zoom, pan, fit, and moving along the journey with the keyboard."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QStyle, QWidget

from models.map_walk import MapWalk

from ..core.keymap import JOURNEY_KEYS, KeyCommand
from ..core.report_later import report_later
from ..core.zoom_view import ZOOM_STEP, ZoomableView
from .kept_look import LookKeeper
from .look_memory import choose_remembered
from .scene import SCENE_MARGIN, JourneyScene

MIN_ZOOM = 0.1
MAX_ZOOM = 4.0

READABLE_ZOOM = 0.75  # below this card titles fall under ~10 pt: too small for a first look
FIT_MARGIN = 20.0
EVERY_WRAP_UP_TO = 120  # columns; sizing a wrap is a pass over every column
# A first look that cannot show the whole journey takes the side panels' spare room only for
# this many more main steps in view: for one, the details' lines are not worth narrowing.
MORE_FROM_ROOM = 2
ALL_THE_ROOM = 1_000_000  # pixels asked of the side panels: all they can give
MEASURED_WRAPS = 2  # wraps drawn and measured beyond the estimate's choice (each places every label)


class JourneyView(ZoomableView):
    # The first look would show the whole main journey readable with this many more pixels
    # across: whoever lays out the window may make room (a slot connected directly, so the
    # view is wider by the time the signal returns).
    sig_wants_width = Signal(int)
    # The room given is not wanted: it did not do it, or a new first look is about to be
    # measured (room made for one journey is not kept for the next): the window may take it back.
    sig_room_unused = Signal()
    # Of the room given, this many pixels across are not needed after all (the fit is held by
    # the window's height): the window may give them back to whoever gave them.
    sig_room_spare = Signal(int)
    # The look is about to be chosen again for the window as it is (Home, a resize, a text
    # size): widths the window gave an earlier look may go back first, its panels' layout as is.
    sig_look_again = Signal()
    # The whole main journey could not be shown with the side panels in two columns, however
    # narrow, for want of this many pixels across: the window may put them in one, as tabs,
    # if that gives as many; 0: back in the columns the window's width gives them.
    sig_wants_one_column = Signal(int)
    min_zoom = MIN_ZOOM
    key_map = JOURNEY_KEYS
    max_zoom = MAX_ZOOM

    def __init__(self, scene: JourneyScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene  # a strong reference: a collected scene makes the view draw blank
        self._first_show = True
        # The view's own scene rect is set (_margin_gives_way), not the scene's.
        self._own_rect = False
        scene.sceneRectChanged.connect(self._own_margin_again)
        self._choosing = False  # a first look is being chosen: its zooms are tries, not the user's
        self._short_by: list[int] = []  # pixels across the window could not give this choice
        # Where the wheel turned, and the scene point there before it zoomed (while it zooms).
        self._wheel_at: tuple[QPoint, QPointF] | None = None
        self._walk = MapWalk()  # Up then Down comes back to the same card
        self._walking = False  # the selection is changing by Up or Down
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        document = scene.document
        document.sig_selection_changed.connect(self._reveal)
        document.sig_selection_changed.connect(self._forget_walk)
        document.sig_pathway_changed.connect(self._initial_view)
        self._look_keeper = LookKeeper(self)  # what a change of text size does to the look

    def journey_scene(self) -> JourneyScene:
        return self._scene

    @property
    def choosing(self) -> bool:
        """Whether a first look is being chosen (its zooms and sizes are tries, not the user's)."""
        return self._choosing

    # --- zoom ------------------------------------------------------------------------------

    def fit(self) -> None:
        """Fit to window (Home): the look the journey opens with, for the window as it is now.
        That is the whole journey wherever its titles can be read whole; else the main
        journey whole, or its start, at the smallest readable zoom. The whole of a bigger
        journey would be a map of blank cards (the issue's "row of empty boxes"): Zoom out
        still goes there. Side panels the app narrowed for an earlier look get their own
        widths back first, so the look is chosen as a start at this size would choose it
        (after the window grew, their room was no longer needed); panels the user has sized
        stay as they are."""
        self.sig_look_again.emit()
        self.sig_wants_one_column.emit(0)  # a join for the last look ends with it
        self._as_at_first_start()
        # Remembered as a start's look is: the choice tries several row lengths and card
        # heights (about 1.7 s for the bundled journey in a 1024x700 window), and Home is
        # pressed again and again in the same window.
        choose_remembered(self, self._choose_and_lay_out)
        self._look_keeper.first_look_chosen()

    def keep_look(self) -> Callable[[], None]:
        """Call before the cards are made again at another text size, and what it returns
        once the window is laid out at that size (kept_look.py)."""
        return self._look_keeper.keep()

    def set_zoom(self, level: float) -> None:
        if not self._choosing:
            self._own_margin_again()
        super().set_zoom(level)
        scene = self._scene
        if not self._choosing and scene.compact_sides and not scene.compact_reads_at(self.zoom_level):
            if self._wheel_at is not None:
                self._full_cards(*self._wheel_at)
            else:
                middle = self.viewport().rect().center()
                self._full_cards(middle, self.mapToScene(middle))

    def _full_cards(self, at: QPoint, point: QPointF) -> None:
        """Zoomed in from a first look with short side cards, to where cards show their
        words: every card full size again, the step nearest ``point`` staying where it is
        on screen, ``point`` at ``at`` (the wheel's place, or the middle of the view):
        semantic zoom, the short cards were for the overview."""
        scene = self._scene
        anchor = min(scene.step_ids(), key=lambda s: (scene.card(s).sceneBoundingRect().center() - point).manhattanLength())
        before = scene.card(anchor).scenePos()
        scene.set_compact_sides(False)
        # The view learns of the larger scene only once back in the event loop: told now,
        # so the scroll can reach where the step went.
        self.updateSceneRect(scene.sceneRect())
        drift = self.mapFromScene(point + scene.card(anchor).scenePos() - before) - at
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())

    def _fit_whole(self) -> None:
        """Show the whole journey, wrapped into as many rows as make it largest in this window."""
        # Measured without scroll bars, as the whole journey needs none: those of a closer
        # look stay on until Qt lays them out again, and would make the fit a bar smaller.
        self.set_zoom(self.min_zoom)
        self._lay_out_scroll_bars()
        self._wrap_to_window()
        self._fit_rect()
        self._lay_out_scroll_bars()

    def _wrap_to_width(self, zoom: float) -> None:
        """As many columns a row as fit the window's width at ``zoom``: the journey then reads
        down the window like a page, scrolling only up and down."""
        scene = self._scene
        width = self.viewport().width() / zoom - 2 * FIT_MARGIN
        # Wider rows make a wider drawing: the most columns that fit, found by halving (each
        # size is an estimate over every column, too slow to try one by one on a long journey).
        low, high = 1, max(1, scene.columns())
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if scene.size_at(middle)[0] <= width else (low, middle - 1)
        per_row = low
        # The estimate leaves out labels and lanes: check the drawing itself, and if it is
        # still too wide, take off as many columns as it overshoots (a few rebuilds at most).
        for _ in range(4):
            scene.set_columns_per_row(per_row)
            # Labels are placed (the slow part) only for a wrap whose cards and lines fit.
            drawn = scene.unlabelled_rect().width()
            if drawn <= width + 2 * FIT_MARGIN:
                drawn = scene.journey_rect().width()
            if per_row == 1 or drawn <= width + 2 * FIT_MARGIN:
                return
            per_row = max(1, min(per_row - 1, int(per_row * width / drawn)))

    def _wrap_to_window(self) -> None:
        """Cut the journey into rows so its shape best matches the window's."""
        best = self._best_wrap()
        if best is not None:
            self._scene.set_columns_per_row(best[1])

    def _best_wrap(self) -> tuple[float, int] | None:
        """(about what zoom it fits at, columns a row) for the wrap that shows the journey
        largest in this window.

        One line suits a wide window and a short journey; a narrow window or a long journey
        reads better as rows, like a paragraph. Each choice is sized without drawing it.
        """
        scene = self._scene
        viewport = self.viewport().rect()
        columns = scene.columns()
        if columns < 2 or viewport.width() < 2 or viewport.height() < 2:
            return None
        best: tuple[float, int] | None = None
        # A long journey sizes only the shortest rows for each number of rows (a dozen
        # wraps, not hundreds); a short one tries every row length, as longer rows may
        # break where fewer arrows are cut.
        if columns <= EVERY_WRAP_UP_TO:
            candidates = list(range(columns, 0, -1))
        else:
            candidates = sorted({-(-columns // rows) for rows in range(1, columns + 1)}, reverse=True)
        for per_row in candidates:
            width, height = scene.size_at(per_row)
            level = min(viewport.width() / (width + 2 * FIT_MARGIN), viewport.height() / (height + 2 * FIT_MARGIN))
            # A row more must make the cards clearly larger (5 %) to be worth the break.
            if best is None or level > best[0] * 1.05:
                best = (level, per_row)
            if per_row * 12 < columns:  # beyond a dozen rows the journey is a list, not a map
                break
        return best

    def _fit_rect(self) -> None:
        rect = self._scene.journey_rect()
        if rect.isEmpty():
            return
        # The scroll margin too: with less, the drawing fits but the scene does not, and
        # scroll bars take their room from the window for nothing but background.
        rect = rect.adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
        viewport = self.viewport().rect()
        if viewport.width() < 2 or viewport.height() < 2:
            return
        level = min(viewport.width() / rect.width(), viewport.height() / rect.height())
        self.set_zoom(level)
        self.centerOn(rect.center())

    def _initial_view(self) -> None:
        if not self.isVisible():
            # Not shown yet (its first show chooses the look), or behind the timeline, where
            # its size is the one it had when last shown and its look may ask the side panels
            # for room (moving the timeline the user reads): the look waits until it is shown.
            if not self._first_show:
                self._look_keeper.first_look_when_shown()
            return
        self.give_room_back()  # measured from the panels' own columns and widths, not the last journey's
        self._as_at_first_start()
        choose_remembered(self, self._choose_and_lay_out)  # a start at the same size tries no rows
        self._look_keeper.first_look_chosen()

    def give_room_back(self) -> None:
        """All room the last look took from the window goes back: the side panels in the
        columns and at the widths the app gives them for the window as it is."""
        self.sig_wants_one_column.emit(0)
        self.sig_room_unused.emit()

    def _choose_and_lay_out(self) -> None:
        self._choose_first_look()
        self._lay_out_scroll_bars()  # the look is seen and measured (tests, tools) as it will stay

    def _as_at_first_start(self, compact: bool = False, low: bool = False) -> None:
        """The view as a first start measures it, whatever the last journey or try left: on
        one line at exactly 100 % (scaling back leaves 0.9999..., and a fit to the pixel then
        tips a scroll bar on), its scroll bars laid out for that; every card full size
        unless ``compact`` (short side cards; ``low``: as low as they may be) is being tried."""
        self._own_margin_again()
        self._scene.set_compact_sides(compact, low)
        self._scene.set_columns_per_row(None)
        self.resetTransform()
        self.sig_zoom_changed.emit(self.zoom_level)
        self._lay_out_scroll_bars()

    def _lay_out_scroll_bars(self) -> None:
        """Show or hide the scroll bars for the drawing and zoom as they are now. Qt does it
        only once back in the event loop, so a new journey would otherwise be measured with
        the bars the last one left (a view a scroll bar wider or taller than it will be), and
        open differently after each journey."""
        for _ in range(2):  # a bar shown or hidden changes the room, and so the other bar
            self.setViewportMargins(self.viewportMargins())  # Qt lays the scroll bars out at once

    def _choose_first_look(self) -> None:
        self._choosing = True
        self._short_by = []
        try:
            self._choose_look()
            if not self._main_in_view() and self._short_by:
                self._choose_with_one_column(min(self._short_by))
        finally:
            self._choosing = False

    def _choose_with_one_column(self, short_by: int) -> None:
        """The last try, where a look fell ``short_by`` pixels across of the room the panels
        could give: the look chosen again with the side panels in one column (the window's
        room for the left one given to the journey), kept if that shows the whole main
        journey; else the panels go back and the look is the one chosen before. A long
        journey on a laptop showed 14 of its 16 main steps with the panels at their floors."""
        before = self.viewport().width()
        self.sig_wants_one_column.emit(short_by)
        if self.viewport().width() <= before:
            self.sig_wants_one_column.emit(0)  # joined (if at all) for nothing: the look chosen stays
            return
        self._as_at_first_start()
        self._choose_look()
        if self._main_in_view():
            return
        self.give_room_back()
        self._as_at_first_start()
        self._choose_look()

    def _compact_if_it_helps(self, readable: float) -> bool:
        """Where the whole journey cannot be read at once with every card full size: its
        side steps' cards shorter (the main journey's as they are) for the rest of the
        choice. True if the whole journey then opens in view and readable. A journey with
        no side steps gains its closer columns and lower bands alone."""
        scene = self._scene
        if scene.columns() > EVERY_WRAP_UP_TO:
            return False
        # The side cards short; else their detours under their rows cut short too (with some
        # of the side panels' room if that is all it needs); else the cards as low as may be.
        # With no side steps the three are one, and the panels' room may still help.
        tries = ((False, False), (False, True), (True, True)) if scene.has_side_steps() else ((False, True),)
        for low, detours in tries:
            with scene.measured_as(compact=True, low=low, detours=detours):
                best = self._best_wrap()
                wanted = self._width_for_whole(readable) if detours else None
            if (best is None or best[0] < readable * 0.9) and wanted is None:
                continue  # not even by the estimate: the cards are not moved for it
            scene.set_compact_sides(True, low, detours)
            self._fit_whole()
            if self.zoom_level >= readable - 1e-6:
                return True
            if wanted is not None and self._whole_with_room(wanted, readable):
                return True
            self._as_at_first_start()
        return False

    def _width_for_whole(self, readable: float) -> int | None:
        """How many more pixels across would show the whole journey readable, wrapped into
        rows low enough for the window's height (the side panels may give some), or None if
        no wrap is that low. A journey's branches beside its main journey at first sight are
        worth a narrower panel: the panel's words still wrap readably at its floor."""
        scene = self._scene
        viewport = self.viewport().rect()
        bar = self.horizontalScrollBar()
        room = viewport.height() + (bar.height() if bar.isVisible() else 0)
        widths = []
        for per_row in range(scene.columns(), 0, -1):
            width, height = scene.size_at(per_row)
            if (height + 2 * FIT_MARGIN) * readable <= room:
                widths.append(width)
        if not widths:
            return None
        wanted = math.ceil((min(widths) + 2 * FIT_MARGIN) * readable) - viewport.width() + 2
        return wanted if wanted > 0 else None

    def _whole_with_room(self, wanted: int, readable: float) -> bool:
        """The whole journey fitted again with ``wanted`` more pixels across from the side
        panels; True if it is then readable (else the room goes back). The estimate leaves
        out the legend's and the stubs' reach: short by that, the drawing as fitted says how
        much more it needs, and that is asked for once more."""
        before = self.viewport().width()
        for _ in range(2):
            width = self.viewport().width()
            self._want(wanted)
            if self.viewport().width() <= width:
                break
            self._fit_whole()
            rect = self._scene.journey_rect().adjusted(-SCENE_MARGIN, -SCENE_MARGIN, SCENE_MARGIN, SCENE_MARGIN)
            if self.zoom_level >= readable - 1e-6:
                # Held by the window's height, the fit leaves some of the room unused: it goes back.
                spare = self.viewport().width() - math.ceil(rect.width() * self.zoom_level) - 2
                if spare > 0:
                    self.sig_room_spare.emit(spare)
                    self.centerOn(rect.center())
                return True
            wanted = math.ceil(rect.width() * readable) - self.viewport().width() + 2
            if wanted <= 0 or rect.height() * readable > self.viewport().height():
                break  # held by the height: no width helps
        if self.viewport().width() > before:
            self.sig_room_unused.emit()
        return False

    def _choose_look(self) -> None:
        """A first look that can be read: the whole journey if every main title can be read
        that way, every card full size; else with the side steps' cards short, if that
        shows it whole; else, if it can, the main journey whole (wrapped into the rows that
        show it largest, from the top of the drawing down to its last main step, the side
        steps under that row reached by scrolling), every card full size if that can, else
        the side cards short; else the journey wrapped to the window's width at the smallest
        readable zoom, from its start. Where that start does not show the whole main journey
        but a little more width would, the window is asked for it (sig_wants_width: the side
        panels may give some) and told if it did not help."""
        readable = self._scene.readable_zoom()
        best = self._best_wrap()
        # Far too big to read whole (by the estimate): skip drawing the whole-journey wrap.
        if best is None or best[0] >= readable * 0.9:
            self._fit_whole()
            if self.zoom_level >= readable - 1e-6 or self._scene.columns() == 0:
                return  # else (too small to read whole, even with no wrap to try): from its start
            self._as_at_first_start()  # the next tries measure as they would without this one
        if self._compact_if_it_helps(readable):
            return
        if self._main_journey_look(readable):  # full-size cards, where the main journey fits with them
            self._margin_gives_way()
            return
        if self._scene.columns() <= EVERY_WRAP_UP_TO:
            # The side cards short, else as low as they may be; with none, the columns closer.
            for low in (False, True) if self._scene.has_side_steps() else (False,):
                self._as_at_first_start(compact=True, low=low)
                if self._main_journey_look(readable):
                    self._margin_gives_way()
                    return
            # From its start the short side cards read more easily: the lowest only served a fit.
            self._as_at_first_start(compact=True)
        self._from_start(readable)
        self._room_for_more(readable)
        # Only for the look that stays: a try that would show the main journey whole with a
        # little more width must see the margin's bar, or the window is not asked for it.
        self._margin_gives_way()

    def _main_journey_look(self, readable: float) -> bool:
        """The main journey whole and readable, with the room the side panels can give if it
        needs some; False (the journey from its start, the panels as they were) if not."""
        if self._fit_main_journey(readable):
            return True
        self._from_start(readable)
        if self._main_in_view():
            return True
        wanted = self._width_wanted(readable)
        if wanted is None:
            return False
        before = self.viewport().width()
        self._want(wanted)
        if self.viewport().width() > before:
            # The sideways scroll bar of the look before takes height the fit will not need.
            policy = self.horizontalScrollBarPolicy()
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            fitted = self._fit_main_journey(readable)
            self.setHorizontalScrollBarPolicy(policy)
            if fitted:
                self._give_back_unused_width()
                return True
            self.sig_room_unused.emit()
        return False

    def _from_start(self, readable: float) -> None:
        """The journey at ``readable``, wrapped to the window's width, its start in view."""
        self.set_zoom(readable)
        self._wrap_to_width(readable)
        document = self._scene.document
        if document.graph is not None:
            start = self._scene.card(document.graph.start).sceneBoundingRect()
            rect = self._scene.unlabelled_rect()
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            # The journey's top corner at its start (left, or right for a right-to-left
            # journey) at the window's, the start in view.
            top = min(rect.top(), start.top() - 20)
            across = visible.width() / 2 - FIT_MARGIN
            x = rect.right() - across if self._scene.mirrored else rect.left() + across
            self.centerOn(x, top + visible.height() / 2 - FIT_MARGIN)

    def _margin_gives_way(self) -> None:
        """The look chosen fits across (wrapped to the window's width, or its main journey
        fitted with a margin as at its top), but the scene's wider margin may not: a sideways
        scroll bar for nothing but background would take its height from the map. The margin
        at the sides is then what the window has room for (until the drawing changes, the
        user zooms, or the next first look)."""
        self._lay_out_scroll_bars()  # the bar down the side, if any, takes its width now
        rect = self._scene.journey_rect()
        # A pixel short of the width: Qt rounds the scene's width up when it sizes the bar.
        room = (self.viewport().width() - 1) / self.zoom_level
        side = (room - rect.width()) / 2
        if rect.width() * self.zoom_level <= self.viewport().width() and side < 0:
            side = 0.0  # the drawing itself fits to a fraction of a pixel: no margin at all
        if 0 <= side < SCENE_MARGIN:
            middle = self.visible_scene_rect().center()
            self.setSceneRect(rect.adjusted(-side, -SCENE_MARGIN, side, SCENE_MARGIN))
            # Qt centres a scene narrower than the view as if the bar down the side took no
            # room: up to half a bar's width of the drawing's right edge went out of view.
            # It fills the width to a pixel: from the left is centred.
            self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self._own_rect = True
            self._lay_out_scroll_bars()
            self.centerOn(middle)  # what was in view stays (across, it is all in view now)

    def _own_margin_again(self) -> None:
        """The scene's own rect, margin and all: a margin that gave way fits one drawing at
        one zoom (the drawing changed, the user zoomed, or a new first look is chosen)."""
        if self._own_rect:
            self._own_rect = False
            self.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.setSceneRect(QRectF())  # null: the scene's own

    def _want(self, pixels: int) -> None:
        """Ask the window for ``pixels`` more across; what it could not give is noted for the
        last try (_choose_with_one_column)."""
        before = self.viewport().width()
        self.sig_wants_width.emit(pixels)
        short = pixels - (self.viewport().width() - before)
        if short > 0:
            self._short_by.append(short)

    def _room_for_more(self, readable: float) -> None:
        """The journey opens from its start, too long to be read whole: the side panels give
        what room they can (down to the width their words need) if that brings at least
        MORE_FROM_ROOM more of the main journey's steps into view, and keep it otherwise.
        A long journey on a laptop showed three rows of four where the panels' spare room
        held a fifth column (the stroke test pathway: 11 of 16 main steps, now 14)."""
        shown = self._main_shown()
        before = self.viewport().width()
        self.sig_wants_width.emit(ALL_THE_ROOM)
        if self.viewport().width() <= before:
            return
        self._from_start(readable)
        if self._main_shown() >= shown + MORE_FROM_ROOM:
            return
        self.sig_room_unused.emit()
        self._from_start(readable)

    def _main_shown(self) -> int:
        """How many main steps' cards are wholly in view."""
        graph = self._scene.document.graph
        if graph is None:
            return 0
        visible = self.visible_scene_rect()
        return sum(visible.contains(card.mapRectToScene(card.card_rect())) for card in map(self._scene.card, graph.main_path))

    def _main_in_view(self) -> bool:
        """Whether every main step's card is wholly in view, with nothing to scroll sideways to."""
        graph = self._scene.document.graph
        if graph is None or self.horizontalScrollBar().maximum() > self.horizontalScrollBar().minimum():
            return False
        return self._main_shown() == len(graph.main_path)

    def _width_wanted(self, readable: float) -> int | None:
        """How many more pixels across would show the main journey whole at ``readable``,
        or None if no width would (a journey too tall for the window however its rows are
        cut). Leaves the journey wrapped into the rows it measured."""
        scene = self._scene
        viewport = self.viewport().rect()
        columns = scene.columns()
        if scene.document.graph is None or columns < 2 or columns > EVERY_WRAP_UP_TO:
            return None
        # The fit that follows is measured without a sideways scroll bar: so is the height here.
        bar = self.horizontalScrollBar()
        room = viewport.height() + (bar.height() if bar.isVisible() else 0)
        fitting = []
        for per_row in range(columns, 0, -1):
            width, height = scene.main_size_at(per_row)
            if (height + 2 * FIT_MARGIN) * readable <= room:
                fitting.append((width, per_row))
        # The narrowest such wraps, measured as drawn (the estimate leaves out the numbered
        # stubs and the lanes in the margins, and a label may reach past a card): the first
        # whose height fits as drawn. Asking for the width of one drawn too tall, or a few
        # pixels too narrow, gains nothing: the fit that follows measures it so and fails.
        for _, per_row in sorted(fitting)[:MEASURED_WRAPS + 1]:
            rect = self._main_rect(per_row)
            if rect.height() * readable <= room:
                wanted = math.ceil(rect.width() * readable) - viewport.width() + 2 + self._bar_to_come(readable)
                return wanted if wanted > 0 else None
        return None

    def _fit_main_journey(self, readable: float) -> bool:
        """Wrap and zoom so the drawing's top down to its last main step fills the window, if
        every main title is readable that way; False (nothing changed for good) if not."""
        scene = self._scene
        graph = scene.document.graph
        viewport = self.viewport().rect()
        columns = scene.columns()
        if graph is None or columns < 2 or columns > EVERY_WRAP_UP_TO or viewport.width() < 2 or viewport.height() < 2:
            return False
        best: tuple[float, int] | None = None
        estimates: list[tuple[float, int]] = []
        for per_row in range(columns, 0, -1):
            width, height = scene.main_size_at(per_row)
            level = min(viewport.width() / (width + 2 * FIT_MARGIN), viewport.height() / (height + 2 * FIT_MARGIN))
            estimates.append((level, per_row))
            if best is None or level > best[0] * 1.05:
                best = (level, per_row)
        if best is None or best[0] < readable * 0.97:
            return False
        # The estimate leaves out the numbered stubs in the margins, most where titles are long
        # and cards wide: if its choice falls short, the next best few are measured as drawn.
        others = [p for level, p in sorted(estimates, reverse=True) if p != best[1] and level >= readable * 0.9][:MEASURED_WRAPS]
        for per_row in [best[1], *others]:
            rect = self._main_rect(per_row)
            level = min(viewport.width() / rect.width(), viewport.height() / rect.height())
            level = min(level, (viewport.width() - self._bar_to_come(level)) / rect.width())
            if level >= readable - 1e-6:
                break
        else:
            return False
        self.set_zoom(level)
        # Centred across; from the drawing's top down, so the start shows with what is above it.
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        self.centerOn(rect.center().x(), rect.top() + visible.height() / 2)
        return True

    def _bar_to_come(self, level: float) -> int:
        """The width a scroll bar down the side will take that it does not take now: the
        drawing as wrapped (the side steps under its last row too) is taller than the window
        at ``level``. Measured without it, a fit to the pixel came out a bar too wide."""
        bar = self.verticalScrollBar()
        full = self._scene.journey_rect().height() + 2 * SCENE_MARGIN
        if bar.isVisible() or full * level <= self.viewport().height():
            return 0
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, bar)

    def _give_back_unused_width(self) -> None:
        """After a fit with room made for it: the width the main journey does not use at the
        zoom it opened at (its rows were as low as the window allows) goes back."""
        scene = self._scene
        rect = self._main_rect(scene.columns_per_row or scene.columns())
        spare = self.viewport().width() - math.ceil(rect.width() * self.zoom_level) - 2
        if spare <= 0:
            return
        self.sig_room_spare.emit(spare)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        self.centerOn(rect.center().x(), rect.top() + visible.height() / 2)

    def _main_rect(self, per_row: int) -> QRectF:
        """What a first look must show, wrapped ``per_row`` columns a row: the drawing from its
        top down to the last main step, across with as much margin as above and below (the
        scene's own wider margin gives way once the look is chosen: _margin_gives_way)."""
        scene = self._scene
        graph = scene.document.graph
        assert graph is not None
        scene.set_columns_per_row(per_row)
        rect = scene.journey_rect()
        bottom = max(scene.card(s).sceneBoundingRect().bottom() for s in graph.main_path)
        rect.setBottom(min(rect.bottom(), bottom + FIT_MARGIN))
        return rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)

    # --- selection ---------------------------------------------------------------------------

    def reveal_selection(self) -> None:
        """Scrolls the chosen step, if any, into view."""
        self._reveal(self._scene.document.selected)

    def _reveal(self, step_id: str | None) -> None:
        if step_id is None or step_id not in self._scene.step_ids():
            return
        self.ensureVisible(self._scene.card(step_id).sceneBoundingRect(), 40, 40)

    # --- Qt overrides --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._own_rect and not self._choosing:
            # A margin that gave way fitted the old width: once the window is wide enough for
            # the whole margin again, the drawing stands in its middle (the left alignment was
            # only for the narrow fit; a wider window held it against the left edge).
            room = (self.viewport().width() - 1) / self.zoom_level
            if room - self._scene.journey_rect().width() >= 2 * SCENE_MARGIN:
                self._own_margin_again()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show:
            self._first_show = False
            try:
                self._initial_view()
            except Exception as error:  # a bug in the first look must not take the window down
                report_later(error)

    def paintEvent(self, event: QPaintEvent) -> None:
        self._scene.ensure_labels()  # placed once the rows are settled, before they are seen
        super().paintEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            super().wheelEvent(event)  # horizontal wheels and trackpads still scroll sideways
            return
        # Anchor on the event's own position rather than Qt's AnchorUnderMouse, which reads
        # the global cursor and so misses wheel events from touchpads, tablets and tests.
        pos = event.position().toPoint()
        under_cursor = self.mapToScene(pos)
        compact = self._scene.compact_sides
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self._wheel_at = pos, under_cursor
        try:
            self.set_zoom(self.zoom_level * ZOOM_STEP ** (delta / 120))
        finally:
            self._wheel_at = None
        self.setTransformationAnchor(anchor)
        if compact and not self._scene.compact_sides:
            event.accept()  # the cards moved back to full size, the step under the wheel kept there
            return
        drift = self.mapFromScene(under_cursor) - pos
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())
        event.accept()

    def step_at(self, view_pos: QPoint) -> str | None:
        card = self._scene.card_at(self.mapToScene(view_pos))
        return card.step_id if card is not None else None

    def step_scene_rect(self, step_id: str) -> QRectF | None:
        if step_id not in self._scene.step_ids():
            return None
        card = self._scene.card(step_id)
        return card.mapRectToScene(card.card_rect())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        document = self._scene.document
        graph, layout = document.graph, document.layout
        command = JOURNEY_KEYS.command(event)
        moves = (KeyCommand.NEXT_STEP, KeyCommand.PREVIOUS_STEP, KeyCommand.UP, KeyCommand.DOWN)
        if graph is None or layout is None or command not in moves:
            super().keyPressEvent(event)  # Enter and Home: ZoomableView
            return
        if self._scene.mirrored and command in (KeyCommand.NEXT_STEP, KeyCommand.PREVIOUS_STEP):
            # The journey runs from right to left: Left is the way on, as the arrows point.
            command = KeyCommand.PREVIOUS_STEP if command is KeyCommand.NEXT_STEP else KeyCommand.NEXT_STEP
        current = document.selected
        if current is None:
            target: str | None = graph.start
        elif command is KeyCommand.NEXT_STEP:
            target = graph.next_step(current)
        elif command is KeyCommand.PREVIOUS_STEP:
            target = graph.previous_step(current)
        else:
            target = self._walk.move(graph, layout, current, -1 if command is KeyCommand.UP else 1)
        if target is not None:
            self._walking = command in (KeyCommand.UP, KeyCommand.DOWN)
            try:
                document.select(target)
            finally:
                self._walking = False
        event.accept()

    def _forget_walk(self, _step_id: object) -> None:
        # A step chosen any other way (Left, Right, a click, the outline) starts a new way:
        # coming back to a card by a click must not make Down return to an older card.
        if not self._walking:
            self._walk.forget()

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()
