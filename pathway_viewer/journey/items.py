"""The journey's step cards (arrows, their labels and the legend are in :mod:`.arrows`).

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

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from models.wording.i18n import Words, fill
from models.wording.patient_words import resolve_local
from models.wording import step_tooltip_html
from models.wording.journey_words import END_WORDS, duration_text
from models.mirror import reads_right_to_left
from models.text_direction import is_rtl, isolated

from ..core.text_fit import ELLIPSIS
from ..core.theme import Theme
from .item_style import CARD_RADIUS, OVERVIEW_GAP, RING, TEXT_MIN_SCALE, TITLE_MIN_SCALE, ItemStyle, timing_line, view_scale

if TYPE_CHECKING:
    from ..core.document import PathwayDocument

__all__ = ["ELLIPSIS", "RING", "StepCard", "timing_line"]


COPY_CUE = QT_TRANSLATE_NOOP("JourneyItems", "also here")  # leads a copy's bottom line, so it reads as the same step drawn again
END_BAR_WIDTH = 7.0  # the "journey stops here" bar down an end card's right edge (left, right to left)


class StepCard(QGraphicsItem):
    """One step of the journey as a rounded card with a labelled phase band.

    With ``copy`` it is a drawn copy of a shared end step's card (``Layout.echoes``): the
    same step and look, its bottom line led by "also here", so people see one step twice
    rather than two steps.
    """

    def __init__(
        self,
        document: PathwayDocument,
        step_id: str,
        theme: Theme,
        parent: QGraphicsItem | None = None,
        *,
        style: ItemStyle | None = None,
        copy: bool = False,
    ) -> None:
        super().__init__(parent)
        self.step_id = step_id
        self.is_copy = copy
        # No reference to the document is kept: the card is told what to show (refresh), so it
        # never holds the model and never forms a reference cycle with it.
        self._theme = theme
        if style is None:
            style = ItemStyle(theme, document.layout.card_size if document.layout else (220.0, 120.0))
        self._style = style
        self._selected = False
        self._dimmed = False
        self._role_mark = False
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
        self._is_main = graph.is_main(self.step_id) or graph.is_beside_main(self.step_id)
        self._phase_color = self._style.phase_color(pathway, step.phase)
        self._band_pen = self._style.band_pen(self._phase_color)
        phase = pathway.phase_of(step)
        self._phase_title = phase.title if phase is not None else ""
        self._is_end = step.end
        self._journey_rtl = reads_right_to_left(pathway)  # its journey runs leftwards: the bar too
        self._meta = card_meta(document, self.step_id, copy=self.is_copy)
        self._title = step.title
        # Right-to-left titles (Arabic, Hebrew...) start at the card's right edge.
        self._title_rtl = is_rtl(step.title, pathway.language)
        self._band_rtl = is_rtl(self._phase_title, pathway.language)
        self._lines = None
        paragraphs = [resolve_local(step.patient_summary, pathway, document.chosen())]  # never a raw {local:...}
        if phase is not None:
            # Whole here: zoomed out, a long name above the card ends in "...".
            paragraphs.insert(0, fill(QCoreApplication.translate("JourneyItems", "Part of the journey: %1"), isolated(phase.title)))
        if self.is_copy:
            paragraphs.append(QCoreApplication.translate("JourneyItems", "The same step, drawn again near the steps that lead to it."))
        if step.end:
            paragraphs.append(Words.tr(END_WORDS))  # the "End" tag in words, for whoever cannot see it
        self.setToolTip(step_tooltip_html(step.title, paragraphs, is_main=self._is_main))
        self.update()

    def set_style(self, style: ItemStyle) -> None:
        """Draw with ``style`` from now on (a side card made short or full size again)."""
        if style is not self._style:
            self.prepareGeometryChange()
            self._style = style
            self._lines = None
            self.update()

    def _text(self) -> tuple[str, str, list[str]]:
        if self._lines is None:
            style = self._style
            band = style.band_text(self._phase_title, self._is_end)
            self._lines = (band, style.meta_text(self._meta), style.title_lines(self._title))
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

    @property
    def is_end(self) -> bool:
        return self._is_end

    def title_font(self) -> QFont:
        return QFont(self._style.title_font)

    def title_font_at(self, scale: float) -> QFont:
        """The title's font when the view shows one scene unit as ``scale`` logical pixels:
        zoomed out, the title alone, larger (semantic zoom), if it fits the card."""
        overview = self._style.overview_title(self._title, scale) if scale > 0 else None
        return QFont(overview[0] if overview is not None else self._style.title_font)

    def title_lines_at(self, scale: float) -> list[str]:
        overview = self._style.overview_title(self._title, scale) if scale > 0 else None
        return list(overview[1]) if overview is not None else self.title_lines

    def caption_at(self, scale: float) -> tuple[QFont, str] | None:
        """The phase's name above the card at ``scale`` (font and text), or None where the
        card's own band shows it (zoomed in) or it has no phase."""
        if scale <= 0 or not self._style.zoomed_out(scale):
            return None
        return self._style.caption(self._phase_title, scale, self._band_rtl)

    def band_rect(self) -> QRectF:
        """The coloured phase band, in item coordinates."""
        return QRectF(self._style.band_rect)

    def card_rect(self) -> QRectF:
        return QRectF(self._style.card_rect)

    def band_text_box(self) -> QRectF:
        """Where the phase's name is written on the band, in item coordinates."""
        return self._style.band_text_box(self._is_end, self._band_rtl)

    def end_mark_rect(self) -> QRectF | None:
        """The "End" tag on the band, in item coordinates; None on a step that is not an end."""
        return self._style.end_badge_rect(self._band_rtl) if self._is_end else None

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

    def set_role_mark(self, marked: bool) -> None:
        """Frame the card boldly: the care-team filter's chosen person takes part here."""
        if marked != self._role_mark:
            self._role_mark = marked
            self.update()

    @property
    def has_role_mark(self) -> bool:
        return self._role_mark

    def set_export_mode(self, on: bool) -> None:
        self._export = on
        self.update()

    def _paint_end_mark(self, painter: QPainter, text: bool) -> None:
        """The journey stops here: a thick bar down the right edge and, readable, the word
        "End" with a stop square in the band; a shape and a word, never colour alone."""
        style = self._style
        rect = style.card_rect
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(style.text_pen.color())
        # On the card's edge itself, as a thick border: inset, it stood 3 px from the title's
        # longest lines ("Standard care|"). The edge the journey would go on from: the right,
        # or the left on a journey running from right to left.
        left = rect.left() - 1 if self._journey_rtl else rect.right() - END_BAR_WIDTH + 1
        painter.drawRect(QRectF(left, style.band_height, END_BAR_WIDTH, rect.height() - style.band_height - CARD_RADIUS))
        if not text:
            return
        painter.setFont(style.band_font)
        badge = style.end_badge_rect(self._band_rtl)
        painter.setBrush(style.card_brush)
        painter.drawRoundedRect(badge, 4, 4)
        side = style.end_square
        painter.setBrush(style.text_pen.color())
        painter.drawRect(QRectF(badge.left() + 6, badge.center().y() - side / 2, side, side))
        painter.setPen(style.text_pen)
        words = badge.adjusted(6 + side + 5, 0, 0, 0)
        painter.drawText(words, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), style.end_word)

    # --- Qt overrides --------------------------------------------------------------------

    def boundingRect(self) -> QRectF:
        return QRectF(self._style.paint_bounds)  # a copy: callers may adjust what they get

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
        scale = view_scale(painter, option, self._export)
        logical = scale if self._export else option.levelOfDetailFromTransform(painter.worldTransform())
        # Semantic zoom: too far out for the card's words, the title alone is drawn larger.
        overview = None if self._export else style.overview_title(self._title, logical)
        text = scale >= TEXT_MIN_SCALE and overview is None
        # A short side card printed (or on screen until the view makes it full size) has room
        # for its phase band and its title, not its timing (the details give all of it).
        short = overview is None and style.side

        painter.setPen(Qt.PenStyle.NoPen)
        if self._is_main:  # a soft shadow lifts the main journey off the canvas
            painter.setBrush(style.shadow_brush)
            painter.drawRoundedRect(style.shadow_rect, CARD_RADIUS, CARD_RADIUS)
        painter.setBrush(style.card_brush if self._is_main else style.branch_card_brush)
        painter.drawRoundedRect(rect, CARD_RADIUS, CARD_RADIUS)

        # Phase band: colour AND the phase name, never colour alone.
        painter.setBrush(self._phase_color)
        painter.drawPath(style.band_path if overview is None else style.strip_path)
        # Also when the large title does not fit: the phase is then still named in words.
        caption = not self._export and style.zoomed_out(logical)
        if overview is not None:
            font, lines, spacing, ascent = overview
            painter.setPen(style.text_pen)
            painter.setFont(font)
            y = style.strip_height + OVERVIEW_GAP + ascent
            # A right-to-left title starts at the card's right edge here too.
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self._title_rtl else Qt.LayoutDirection.LeftToRight)
            side = Qt.AlignmentFlag.AlignRight if self._title_rtl else Qt.AlignmentFlag.AlignLeft
            for line in lines:
                # Lines are set closer than the font's height: a box that tall would clip descenders.
                box = QRectF(style.overview_padding, y - ascent, rect.width() - 2 * style.overview_padding, 2 * spacing)
                painter.drawText(box, int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignTop), line)
                y += spacing
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if text:
            painter.setPen(self._band_pen)
            painter.setFont(style.band_font)
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if self._band_rtl else Qt.LayoutDirection.LeftToRight)
            side = Qt.AlignmentFlag.AlignRight if self._band_rtl else Qt.AlignmentFlag.AlignLeft
            painter.drawText(
                self.band_text_box(), int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter), self.band_text
            )
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        if self._is_end:
            self._paint_end_mark(painter, text)

        if scale >= TITLE_MIN_SCALE and overview is None:
            # Title, top-aligned under the band; whole lines only.
            painter.setPen(style.text_pen)
            font, lines, spacing, ascent = (
                style.short_title(self._title) if short
                else (style.title_font, self._text()[2], style.title_line_spacing, style.title_ascent)
            )
            painter.setFont(font)
            metrics = QFontMetricsF(font) if short else style.title_metrics  # made once per scene for full cards
            y = style.band_height + 7 + ascent
            rtl = self._title_rtl
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
            right = style.card_rect.right() - style.padding
            for line in lines:
                x = right - metrics.horizontalAdvance(line) if rtl else style.padding
                painter.drawText(QPointF(x, y), line)
                y += spacing
            painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

        if text and not short:
            # Duration and timing on one line at the bottom.
            painter.setPen(style.muted_text_pen)
            painter.setFont(style.small_font)
            y = style.meta_baseline
            for line in self.meta_text.split("\n"):
                painter.drawText(QPointF(style.padding, y), line)
                y += style.meta_line_spacing

        # Border: solid for the main journey, dashed for steps only some people need.
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._hovered and not self._export and not self._selected:
            pen = style.hover_pen
        elif self._role_mark and not self._export:
            pen = style.role_pen(scale, dashed=not self._is_main)
        elif self._is_main:
            pen = style.main_border_pen
        else:
            pen = (style.branch_border_pen if self._export
                   else style.branch_border_screen_pen if scale >= TITLE_MIN_SCALE else style.branch_border_solid_pen)
        painter.setPen(pen)
        painter.drawRoundedRect(style.border_rect, CARD_RADIUS, CARD_RADIUS)

        if self._selected and not self._export:
            painter.setPen(style.selection_pen)
            painter.drawRoundedRect(style.ring_rect, CARD_RADIUS + 3, CARD_RADIUS + 3)
            if self.has_keyboard():
                painter.setPen(style.focus_pen)
                painter.drawRoundedRect(style.focus_rect, CARD_RADIUS + 7, CARD_RADIUS + 7)
        if caption:
            # Last, so the selection and focus rings pass under the phase's name above the
            # card rather than over its lower half.
            self._paint_caption(painter, logical)

    def _paint_caption(self, painter: QPainter, scale: float) -> None:
        """Zoomed out, the band's phase name would be too small to read and its colour alone
        would have to say which part of the journey this is: the name stands above the card."""
        rtl = self._band_rtl
        caption = self._style.caption(self._phase_title, scale, rtl)
        if caption is None:
            return
        font, text = caption
        style = self._style
        painter.setPen(style.text_pen)
        painter.setFont(font)
        painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        box = QRectF(0.0, -style.caption_height, style.card_rect.width() if rtl else style.caption_width, style.caption_height - 2)
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        flags = int(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignBottom)
        # Lines that pass behind the name (a numbered stub's way down to the card, the
        # selection and focus rings reaching up) stop at its edge, as on a printed map:
        # drawn through it, they crossed its letters ("Checking if it suits you").
        # Down to the baseline only: an arrow's head, just above the card, stays whole.
        descent = painter.fontMetrics().descent()
        painter.fillRect(painter.boundingRect(box, flags, text).adjusted(-2, 0, 2, -descent), style.canvas_brush)
        painter.drawText(box, flags, text)
        painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)

    def has_keyboard(self) -> bool:
        """True while a view showing this card has the keyboard focus (its ring is drawn)."""
        scene = self.scene()
        return scene is not None and any(view.hasFocus() for view in scene.views())


def card_meta(document: PathwayDocument, step_id: str, *, copy: bool = False) -> str:
    """A card's bottom line: how long and when, led by "also here" on a drawn copy."""
    assert document.pathway is not None
    step = document.pathway.step(step_id)
    timing = (step.timing.start, step.timing.end) if step.timing else None
    approximate = step.timing is not None and (step.timing.window or step.timing.estimate)
    meta = timing_line(duration_text(step), timing, patient=document.audience == "patient", approximate=approximate)
    if copy:
        cue = QCoreApplication.translate("JourneyItems", COPY_CUE)
        meta = f"{cue} · {meta}" if meta else cue
    return meta
