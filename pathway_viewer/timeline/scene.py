"""The timeline scene: builds a row per step from the document, on the day scale.

Rows: the main journey first, in order, then the steps only some people need. Steps with no
fixed day (the first assessment, side effects that may or may not happen) sit in a column
on the left; in a window with no room for it they are cards in a group of their own under
the main journey, where no day line runs. Every bar carries its words (title, phase, days and, when the patient's dates
are set, the calendar dates): colour is never the only clue. The squeezed stretches of the
day scale are shaded and say so, because a squeezed scale that does not admit it misleads.
A pathway that gives none of its steps a day has no day scale at all: the scene says so and
lists the steps in order as cards. A step with no duration keeps to its timing's days (its
card names them); its bar fades out towards their end rather than running on past them.

The view gives the scene the room of its first look (:meth:`TimelineScene.set_room`): the
days squeeze to its width and, when the main journey with every row's details would be
taller than it, each row shows its title alone (the phase and days stay in the tooltip,
the details panel and the words a screen reader hears) until the reader zooms in.

Like the journey scene, it reads everything from the document when a signal says it
changed, and offers the same ``journey_rect()`` / ``export_mode()`` pair, so
:func:`pathway_viewer.output.export.render_scene_to_file` saves it as PNG, SVG or PDF.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent, QWidget

from models.day_scale import LINEAR_DAYS, TICKS, TIGHT_LINEAR_PX, DayAxis, patient_tick_label, rounded_span
from models.schedule import StepDates
from models.text_direction import isolated
from models.wording.patient_words import (
    day_zero_clinical,
    day_zero_words,
    resolve_local,
    step_date_words,
    timing_clinical,
    timing_words,
)
from models.wording import BRANCH_TEXT, day_text, short_date, step_tooltip_html
from models.wording.i18n import Words, fill
from models.wording.journey_words import NO_DAYS, OPEN_ENDED, timeline_marks_words, visit_dates, visit_dates_words, visit_days_words, visits_text

from ..core.document import PathwayDocument
from ..core.theme import Theme
from .items import (
    AXIS_GAP,
    BAR_HEIGHT,
    COMPACT_ROW_HEIGHT,
    DENSE_ROW_HEIGHT,
    GROUP_HEIGHT,
    LEFT,
    NARROW_NO_DAY_WIDTH,
    NO_DAY_WIDTH,
    ROW_HEIGHT,
    TEXT_WIDTH,
    TICK_GAP,
    TimelineAxis,
    TimelineRow,
    TimelineText,
    stacked_lines,
    tick_font,
)

MIN_AXIS = 360.0  # the days never squeeze narrower than this, however narrow the window
END_ROOM = 60.0  # after the last day: half of the last tick's words (with a date) and the open-ended arrows
# Narrower still (a 1024 px window with both side panels), the "no fixed day" column goes
# (those steps are listed under the main journey), the days squeeze below MIN_AXIS, down
# to this, and the room either side of them is only what the end ticks' words need.
TIGHT_MIN_AXIS = 160.0
# Rows show their titles alone (no timing under them) where that brings the whole main
# journey into view, or at least this many more of its steps: a row or two more in view is
# not worth a timeline that no longer says when anything happens (200 % text in a laptop's
# window showed one titled row instead of none, and the timings of all were gone).
TITLES_ALONE_GAIN = 3
# How much narrower the days may be drawn, in turns, for titles alone to stand on one line
# beside their bars (_titles_on_one_line): a squeezed calendar still reads, a scroll does not.
TITLE_SQUEEZES = (0.8, 0.65, 0.5)
# A pathway that gives no step a day is a list of cards: as wide as a page of text, never
# wider (a nurse reads down it), never narrower than a card's words need.
LIST_WIDTH = 720.0
MIN_LIST_WIDTH = 360.0


class TimelineScene(QGraphicsScene):
    def __init__(self, document: PathwayDocument, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.theme = theme
        self._rows: dict[str, TimelineRow] = {}
        self._axis_item: TimelineAxis | None = None
        self._texts: list[TimelineText] = []
        self._width: float | None = None  # the width to fit, in scene units; None: natural
        self._height: float | None = None  # the height the main journey should fit in; None: any
        self._details = True  # False: each row shows its title only (the main journey would not fit)
        self._zoomed_in = False  # zoomed in past the first look: details whatever the height
        self._main_bottom = 0.0
        self._no_day_width = NO_DAY_WIDTH
        self._below = False
        self._dense = False  # titles alone in rows as low as their words (_titles_on_one_line)
        self._tight = False  # no "no fixed day" column: those steps are a group of their own
        self.setBackgroundBrush(theme.export_background_color)
        document.sig_pathway_changed.connect(self.rebuild)
        document.sig_schedule_changed.connect(self.rebuild)
        document.sig_steps_changed.connect(self.rebuild)  # selection and zoom are kept: only the view fits
        # Patients and clinicians read different words on the rows and the axis, not only in tooltips.
        document.sig_audience_changed.connect(self.rebuild)
        document.sig_clinic_changed.connect(self._refresh_tooltips)
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

    def set_room(self, width: float | None, height: float | None, *, zoomed_in: bool = False) -> None:
        """Fit the days into ``width`` scene units when they would be wider, so a narrow
        window shows the whole span at a readable size; and where the rows' details would
        push the main journey below ``height``, show each row's title alone (the details
        stay a click or a hover away) unless ``zoomed_in``. None: no limit."""
        if (width, height, zoomed_in) != (self._width, self._height, self._zoomed_in):
            self._width, self._height, self._zoomed_in = width, height, zoomed_in
            self.rebuild()

    def set_zoomed_in(self, zoomed_in: bool) -> None:
        """Zoomed in past the first look, each row shows its details again (as the map's
        cards do); back at the first look, titles alone if the details would not fit."""
        if zoomed_in != self._zoomed_in:
            self._zoomed_in = zoomed_in
            if not (zoomed_in and self._details):  # already showing them: nothing to redraw
                self.rebuild()

    def zoomed_in(self) -> bool:
        return self._zoomed_in

    def shows_details(self) -> bool:
        """Whether the rows show their details under the title, or only the title."""
        return self._details

    def main_rect(self) -> QRectF:
        """The ticks and the main journey's rows: what the first look must show."""
        rect = QRectF(self.journey_rect())
        rect.setBottom(self._main_bottom)
        return rect

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

    def set_theme(self, theme: Theme) -> None:
        """Redraw everything in ``theme``'s colours and text size (the selection stays)."""
        self.theme = theme
        self.setBackgroundBrush(theme.export_background_color)
        self.rebuild()

    def rebuild(self) -> None:
        self._build(details=True)
        if self._height is not None and self._main_bottom > self._height and not self._zoomed_in:
            with_details = self._main_rows_within(self._height)
            self._build(details=False)
            if self._main_bottom > self._height:
                self._titles_on_one_line()
            gain = self._main_rows_within(self._height) - with_details
            if self._main_bottom > self._height and gain < TITLES_ALONE_GAIN:
                # Titles alone bring neither the main journey nor a few more of its steps
                # into view (large text in a small window, where each row is tall either
                # way): each row keeps its timing, which is what a timeline is read for.
                self._build(details=True)

    def _titles_on_one_line(self) -> None:
        """Titles alone whose main journey still reaches below the room: the days drawn
        narrower (down to MIN_AXIS) where that brings it higher. A long journey's titles
        wrapped onto two lines between bars in the middle of the days, and its last steps
        were a scroll away; with the days narrower they stand on one line beside the bars."""
        assert self._height is not None
        tried = [(self._main_bottom, 1.0)]
        for squeeze in TITLE_SQUEEZES:
            self._build(details=False, squeeze=squeeze)
            tried.append((self._main_bottom, squeeze))
            if self._main_bottom <= self._height:
                return
        # None fits: the least squeeze of those that end highest (the rows' tops count, not
        # a pixel's difference); then the rows as low as their words, if that brings it higher.
        lowest = min(bottom for bottom, _ in tried)
        best = max(squeeze for bottom, squeeze in tried if bottom <= lowest + 1)
        self._build(details=False, squeeze=best, dense=True)
        if self._main_bottom > lowest - 1:
            self._build(details=False, squeeze=best)

    def _main_rows_within(self, height: float) -> int:
        """How many rows of the main journey (and steps beside it) end above ``height``."""
        graph = self.document.graph
        if graph is None:
            return 0
        return sum(
            1 for step_id, row in self._rows.items()
            if (graph.is_main(step_id) or graph.is_beside_main(step_id)) and row.y() + row.row_height() <= height
        )

    def _build(self, details: bool, squeeze: float = 1.0, dense: bool = False) -> None:
        """The rows, the days and the notes; the days ``squeeze`` times as wide as the room
        gives them, titles alone in ``dense`` rows (see _titles_on_one_line)."""
        self._details, self._dense = details, dense and not details
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
        if not timed:
            self._build_without_days()
            return
        visits = [day for s in pathway.steps for day in s.visit_days()]
        first, last = rounded_span(
            min([t.start for t in timed] + [-28]), max([t.end for t in timed] + visits + [LINEAR_DAYS])
        )
        no_day_width = NO_DAY_WIDTH
        axis = DayAxis(first, last, LEFT + no_day_width + AXIS_GAP)
        # Room after the last day for the words of bars that end there.
        text_room = TEXT_WIDTH
        narrow = self._width is not None and axis.right + END_ROOM + text_room > self._width
        tight = False
        end_room = END_ROOM
        if narrow:
            assert self._width is not None
            # A narrow window: a narrower "no fixed day" column, the words of bars near the
            # end go before them, and the squeezed months and years give up room, but each
            # keeps room for one tick's words.
            no_day_width = NARROW_NO_DAY_WIDTH
            text_room = 0.0  # the words go under the bars, or beside them where they fit
            left = LEFT + no_day_width + AXIS_GAP
            squeezed_room = self._squeezed_room(axis, doc.audience == "patient")
            # Large text: the last tick's words need more than END_ROOM past the last day.
            end_room = max(END_ROOM, self._end_tick_room(axis, doc.audience == "patient"))
            if self._width - left - end_room >= MIN_AXIS:
                axis = DayAxis(first, last, left).squeezed_to(max(MIN_AXIS, self._width - left - end_room), squeezed_room)
            else:
                # Too narrow for the column and the least axis side by side: the column
                # goes, and each end keeps only half of its tick's words.
                tight = True
                end_room = self._end_tick_room(axis, doc.audience == "patient")
                left = LEFT + end_room
                axis = DayAxis(first, last, left).squeezed_to(
                    max(TIGHT_MIN_AXIS, self._width - left - end_room), squeezed_room, TIGHT_LINEAR_PX
                )
        if squeeze < 1.0 and not tight and self._width is not None:
            days = axis.right - axis.left
            if days * squeeze < days and days > MIN_AXIS:
                squeezed_room = self._squeezed_room(axis, doc.audience == "patient")
                axis = DayAxis(first, last, axis.left).squeezed_to(max(MIN_AXIS, days * squeeze), squeezed_room)
                text_room = max(text_room, self._width - axis.right - end_room)  # the room they gave up
        self._tight = tight
        self._no_day_width = no_day_width
        self._below = narrow and details
        width = axis.right + end_room  # rows span the days; the picture grows only where words go further
        total_width = width + text_room

        no_day_heading = QCoreApplication.translate("TimelineScene", "No fixed day")
        no_day = None
        if not tight:
            no_day = TimelineText(no_day_heading, theme.scene_font(0.84, bold=True), theme.text_color, no_day_width)
            no_day.setPos(LEFT, 16)  # where day 0's name goes, far to the right of it
        axis_item = TimelineAxis(
            axis, top=0, infusion_date=doc.infusion_date, theme=theme,
            patient=doc.audience == "patient",
            day_zero=day_zero_words(doc.pathway) if doc.audience == "patient" else day_zero_clinical(doc.pathway),
            stacked=narrow, right_limit=total_width,
            # Ticks' words may reach over the "no fixed day" column: its heading is on the
            # rows of day 0's name, above them all (at large text, in German, on two lines).
            left_limit=LEFT, name_height=no_day.text_rect().height() if no_day is not None else 0.0,
            language=doc.pathway.language or "en",
        )
        # Tick rows: day 0's name, the ticks' words, and the dates when there are some.
        header = axis_item.header()

        if no_day is not None:
            self.addItem(no_day)
            self._texts.append(no_day)

        main = []
        for step_id in graph.main_path:  # a step at the same time as a main step follows it
            main += [step_id] + [t.to for t in graph.outgoing(step_id) if graph.is_beside_main(t.to)]
        branches = [s for s in graph.step_ids if s not in set(main)]
        undated: list[str] = []
        on_main = set(main)  # the main journey and the steps beside it, wherever they are listed
        if tight:  # no column for them: a group of their own under the main journey's rows
            undated = [s for s in main + branches if pathway.step(s).timing is None]
            main = [s for s in main if s not in undated]
            branches = [s for s in branches if s not in undated]
        # The first heading goes under the "time squeezed to fit" words at the top of the shading.
        y = header + max(8.0, axis_item.note_height() - 6)
        groups = [(self._main_heading(), main)]
        if undated:
            groups.append((no_day_heading, undated))
        if branches:
            groups.append((self._branch_heading(), branches))
        breaks: list[tuple[float, float]] = []
        for heading, step_ids in groups:
            top = y
            y = self._add_group(heading, step_ids, y, axis, width, total_width, dates)
            if step_ids is main or (step_ids is undated and not on_main.isdisjoint(undated)):
                self._main_bottom = y
            if step_ids is undated:
                breaks.append((top, y))  # no day lines through steps that have no day
        if doc.audience == "patient":
            words = fill(
                QCoreApplication.translate("TimelineScene", "Day 0 is %1. More than 2 weeks before or after it, the time is "
                "squeezed (shaded), so that the busy days and the years of follow-up both fit."),
                day_zero_words(doc.pathway),
            )
        else:
            words = fill(
                QCoreApplication.translate("TimelineScene", "Days count from %1 (day 0). Before day -14 and after day +14 the time is squeezed "
                "(shaded), so that the busy days and the years of follow-up both fit."),
                day_zero_clinical(doc.pathway),
            )
        words += timeline_marks_words(
            repeats=any(s.repeats is not None for s in pathway.steps),
            open_ended=any(s.duration is None and s.timing is not None for s in pathway.steps),
        )
        note = TimelineText(
            words + " " + QCoreApplication.translate("TimelineScene", "Timings are typical: your team plans your own dates."),
            theme.scene_font(0.84),
            theme.muted_text_color,
            min(width - 2 * LEFT, 1100.0),
        )
        note.setPos(LEFT, y + 14)
        self.addItem(note)
        self._texts.append(note)

        axis_item.set_bottom(y)
        axis_item.set_breaks(breaks)
        self._axis_item = axis_item
        self.addItem(axis_item)
        self._refresh_tooltips()
        self._show_selection(doc.selected)
        self.setSceneRect(self.journey_rect().adjusted(-20, -20, 20, 20))

    def _build_without_days(self) -> None:
        """A pathway that gives none of its steps a day: no day axis (one with nothing on it
        would be invented), a sentence saying so where the reader starts, then the steps in
        order as cards, the main journey first."""
        doc, theme = self.document, self.theme
        assert doc.pathway is not None and doc.graph is not None
        graph = doc.graph
        width = LIST_WIDTH if self._width is None else max(MIN_LIST_WIDTH, min(LIST_WIDTH, self._width))
        self._tight, self._below = True, False  # every step a card across the width
        words = TimelineText(Words.tr(NO_DAYS), theme.scene_font(0.95), theme.text_color, width - 2 * LEFT)
        words.setPos(LEFT, 16)
        self.addItem(words)
        self._texts.append(words)
        main = []
        for step_id in graph.main_path:
            main += [step_id] + [t.to for t in graph.outgoing(step_id) if graph.is_beside_main(t.to)]
        branches = [s for s in graph.step_ids if s not in set(main)]
        y = 16 + words.boundingRect().height() + 8
        dates = doc.step_dates()
        y = self._main_bottom = self._add_group(self._main_heading(), main, y, None, width, width, dates)
        if branches:
            self._add_group(self._branch_heading(), branches, y, None, width, width, dates)
        self._refresh_tooltips()
        self._show_selection(doc.selected)
        self.setSceneRect(self.journey_rect().adjusted(-20, -20, 20, 20))

    @staticmethod
    def _main_heading() -> str:
        return QCoreApplication.translate("TimelineScene", "Main journey: the steps most people go through")

    @staticmethod
    def _branch_heading() -> str:
        return fill(QCoreApplication.translate("TimelineScene", "%1: some people also go through these steps"),
                    Words.tr(BRANCH_TEXT))

    def _add_group(
        self, heading: str, step_ids: list[str], y: float, axis: DayAxis | None, width: float, total_width: float,
        dates: StepDates | None,
    ) -> float:
        """A group's heading and its rows from ``y`` down; returns the y under them."""
        theme = self.theme
        text = TimelineText(heading, theme.scene_font(1.1, bold=True), theme.text_color, width - 2 * LEFT,
                            theme.text_backing_color)
        text.setPos(LEFT, y + 10)
        self.addItem(text)
        self._texts.append(text)
        y += max(GROUP_HEIGHT, 10 + text.boundingRect().height() + 6)  # a long heading wraps: rows go under it
        for step_id in step_ids:
            row = self._make_row(step_id, axis, width, total_width, dates)
            row.setPos(0, y)
            self.addItem(row)
            self._rows[step_id] = row
            y += row.row_height()
        return y

    def _make_row(
        self, step_id: str, axis: DayAxis | None, width: float, text_limit: float, dates: StepDates | None
    ) -> TimelineRow:
        doc = self.document
        assert doc.pathway is not None and doc.graph is not None
        step = doc.pathway.step(step_id)
        is_main = doc.graph.is_main(step_id) or doc.graph.is_beside_main(step_id)
        phase = doc.pathway.phase_of(step)
        parts = [] if is_main else [Words.tr(BRANCH_TEXT)]
        if phase is not None:
            parts.append(isolated(phase.title))
        if step.timing is not None:  # the column heading already says "no fixed day"
            if doc.audience == "patient":  # no negative day numbers; a window says "sometime between"
                parts.append(timing_words(step.timing, doc.pathway).rstrip("."))
            else:
                window = step.timing.window
                parts.append(fill(QCoreApplication.translate("TimelineScene", "%1 (window)"), day_text(step)) if window else day_text(step))
        if step.repeats is not None:
            parts.append(visits_text(step))
        if step.duration is None:
            parts.append(Words.tr(OPEN_ENDED))
        if dates is not None and step_id in dates:
            first, last = dates[step_id]
            parts.append(step_date_words(step, (first, last)))
        bar = chip = None
        if step.timing is not None and axis is not None:
            left = axis.x(step.timing.start)
            right = max(axis.x(step.timing.end + 1), left + 10)
            top = 8.0 if self._below else (self._row_height() - BAR_HEIGHT) / 2
            bar = QRectF(left, top, right - left, BAR_HEIGHT)
        else:
            chip = QRectF(LEFT, 4, width - 2 * LEFT if self._tight else self._no_day_width, self._row_height() - 8)
        return TimelineRow(
            step_id,
            width=width,
            bar=bar,
            chip=chip,
            # A right-to-left title set apart: the row is laid out left to right, and "20
            # טיפולי הקרנה" stood with its number on the wrong side.
            title=isolated(step.title),
            detail=" \u00b7 ".join(parts),
            shortenable=isolated(phase.title) if phase is not None else "",
            details=self._details,
            row_height=self._row_height(),
            color=self.theme.phase_color(doc.pathway, step.phase),
            is_main=is_main,
            text_limits=(axis.x(axis.first), text_limit, axis.x(LINEAR_DAYS)) if axis is not None else (LEFT, width, width),
            theme=self.theme,
            language=doc.pathway.language or "en",
            below=self._below,
            visits=[axis.x(day + 0.5) for day in step.visit_days()] if bar is not None and axis is not None else [],
            # An open-ended step runs on past its usual days: its bar fades out to the axis end.
            open_ended=step.duration is None,
        )

    def _row_height(self) -> float:
        if self._details:
            return ROW_HEIGHT
        return DENSE_ROW_HEIGHT if self._dense else COMPACT_ROW_HEIGHT

    def _squeezed_room(self, axis: DayAxis, patient: bool) -> float:
        """The room a squeezed stretch needs for one tick's words, two lines high.

        The axis ends on a tick whose words may hang half past the end, so half their
        width keeps them off the busy weeks' ticks."""
        font = tick_font(self.theme, bold=True)
        metrics = QFontMetricsF(font)
        widest = 0.0
        for low, high in axis.squeezed_segments():
            for day, label in TICKS:
                if low <= day <= high:
                    words = patient_tick_label(day, label) if patient else Words.tr(label)
                    widest = max(widest, *(metrics.horizontalAdvance(h) for h in stacked_lines(words, font)))
        return widest / 2 + TICK_GAP

    def _end_tick_room(self, axis: DayAxis, patient: bool) -> float:
        """Room for half of the widest tick's words (two lines high, with a date when the
        dates are set): what the first and last tick need beyond the days."""
        font = tick_font(self.theme, bold=True)
        metrics = QFontMetricsF(font)
        regular = QFontMetricsF(tick_font(self.theme))
        widest = 0.0
        for day, label in axis.inside_ticks():
            words = patient_tick_label(day, label) if patient else Words.tr(label)
            widest = max(widest, *(metrics.horizontalAdvance(h) for h in stacked_lines(words, font)))
            if self.document.infusion_date is not None and day != 0:
                with contextlib.suppress(OverflowError):
                    widest = max(widest, regular.horizontalAdvance(short_date(self.document.infusion_date + dt.timedelta(days=day))))
        return widest / 2 + 4  # the tick's words are measured 4 wider than their advance

    # --- reacting to the document -------------------------------------------------------------

    def _refresh_tooltips(self, *_: object) -> None:
        doc = self.document
        if doc.pathway is None:
            return
        for step_id, row in self._rows.items():
            step = doc.pathway.step(step_id)
            chosen = doc.chosen()
            clinical = resolve_local(step.clinical_details, doc.pathway, chosen) if doc.audience == "clinician" else None
            lines = [row.detail, resolve_local(step.patient_summary, doc.pathway, chosen)]
            if doc.audience == "clinician" and step.timing is not None:
                lines.insert(1, timing_clinical(step.timing, doc.pathway))  # carries the estimate mark
            if step.repeats is not None:  # each visit's date (or day) where the diamonds are
                dates = doc.dates_for(step_id)
                visits = visit_dates_words(visit_dates(step, dates[0])) if dates else visit_days_words(step, doc.pathway)
                lines.append("; ".join(visits))
            row.setToolTip(step_tooltip_html(step.title, lines, clinical=clinical, is_main=row.is_main))

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
