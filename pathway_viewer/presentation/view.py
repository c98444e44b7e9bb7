"""Presentation mode: one step at a time, full screen, in type that reads across a desk.

A clinician presses F5, turns the screen towards the patient, and walks the journey with
the arrow keys or a presentation clicker (which sends Right/Left, Space, PageDown/PageUp).
The keys follow the *main* journey; where it can branch (not eligible, cells that fail
their tests, side effects) the branches are offered as numbered choices instead of being
skipped or walked into by surprise. From a branch, Right follows its way back (the
loop-back) or returns to the main journey. Esc leaves, and the window then shows the step
the conversation ended on.

Every size is worked out from the window in :meth:`PresentationView.resizeEvent`, so the
same screen reads on a 1024x768 projector and on a 4K monitor; a step too long for a small
screen scrolls (Up/Down) rather than being cut off.

Words come from :func:`models.sections.step_sections`, as in the details panel and the
handout, so patient wording hides the clinical text here too. All pathway text is escaped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from models import Transition, TransitionKind
from models.sections import Section, format_date, format_dates, step_sections

from ..core.clinic import ClinicInfo
from ..panels.details import local_rules
from ..core.document import PathwayDocument
from ..journey.items import wrap_lines
from ..core.theme import Theme

INK = "#15191E"
MUTED = "#3A424D"
ACCENT = "#174A7C"  # headings: dark blue, 9:1 on white
WARNING_INK = "#8A1C1C"
BRANCH_INK = "#7A3A00"
BRANCH_BG = "#FFF4E8"
BACKGROUND = "#FFFFFF"
MAX_CHOICE_COLUMNS = 3
STRIP_PAD = 6.0
STRIP_LINES = 3  # enough for "4. Chemotherapy before the cells" in a 1024-pixel-wide strip

# Sections shown, and in which column: what it is on the left, what to do on the right.
LEFT_SECTIONS = ("summary", "clinical", "timing", "setting")
RIGHT_SECTIONS = ("team", "prepare", "questions", "warnings")
HEADINGS = {
    "summary": "What happens",
    "timing": "How long",
    "team": "Who is there",
    "prepare": "What to bring and do",
    "questions": "Questions to ask",
    "warnings": "Watch for these and tell your team",
}

NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown)
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace)
DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes for one window size: everything scales with the smaller of its two sides."""

    base: float

    @classmethod
    def for_window(cls, width: int, height: int) -> Sizes:
        # 1024x768 -> about 20 px body text, 1920x1080 -> 32 px, 3840x2160 -> 64 px.
        return cls(max(14.0, min(96.0, min(height / 34.0, width / 50.0))))

    @property
    def body(self) -> int:
        return round(self.base)

    @property
    def title(self) -> int:
        return round(self.base * 1.75)

    @property
    def heading(self) -> int:
        return round(self.base * 1.05)

    @property
    def position(self) -> int:
        return round(self.base * 0.9)

    @property
    def small(self) -> int:
        # Small, but never below 14 px: the disclaimer must stay readable.
        return max(14, round(self.base * 0.62))

    @property
    def choice(self) -> int:
        # A little under the body size: three side paths fit side by side on a 16:9 screen.
        return round(self.base * 0.8)

    @property
    def margin(self) -> int:
        return round(self.base * 1.1)


class JourneyStrip(QWidget):
    """The whole main journey in one row of small cards; the current one says "You are here"."""

    sig_step_clicked = Signal(int)  # index along the main journey

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presentation_strip")
        self._theme = theme
        self._steps: list[tuple[str, QColor]] = []
        self._current: int | None = None
        self._marker = "You are here"
        self._px = 14
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_journey(self, steps: list[tuple[str, QColor]], current: int | None, marker: str) -> None:
        if steps != self._steps:
            self.updateGeometry()
        self._steps, self._current, self._marker = steps, current, marker
        self.setAccessibleName(f"The whole journey. {marker}: step {(current or 0) + 1} of {len(steps)}")
        self.update()

    def set_pixel_size(self, px: int) -> None:
        self._px = px
        self.updateGeometry()
        self.update()

    def marked_index(self) -> int | None:
        return self._current

    def marker_text(self) -> str:
        return self._marker

    def _fonts(self) -> tuple[QFont, QFont]:
        font = self._theme.ui_font()
        font.setPixelSize(self._px)
        bold = QFont(font)
        bold.setBold(True)
        return font, bold

    def _geometry(self) -> tuple[float, float, float, float]:
        """(marker height, band height, card height, gap) in pixels."""
        line = QFontMetricsF(self._fonts()[0]).lineSpacing()
        # The band is tall enough to carry the step's number, so titles keep the whole width.
        return line * 1.5, line * 1.15, line * self._lines_needed() + self._px * 0.8, max(6.0, self._px * 0.7)

    def _lines_needed(self) -> int:
        """Lines the longest title takes at the current width (at most STRIP_LINES)."""
        if not self._steps:
            return 1
        font = self._fonts()[0]
        gap = max(6.0, self._px * 0.7)
        n = len(self._steps)
        inner = (self.width() - 4 - gap * (n - 1)) / n - 2 * self._pad()
        return max(
            len(wrap_lines(title, font, max(20.0, inner), STRIP_LINES)) for title, _ in self._steps
        )

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
        return wrap_lines(title, self._fonts()[0], card.width() - 2 * self._pad(), STRIP_LINES)

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
        font, bold = self._fonts()
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
                painter.setPen(QPen(QColor("#8A94A3"), max(1.4, self._px / 14)))
            painter.setBrush(QColor("#FFFFFF") if current else QColor("#F4F6F8"))
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
            painter.setFont(font)
            painter.setPen(theme.selection_color if current else theme.text_color)
            metrics = QFontMetricsF(font)
            for n, line in enumerate(lines):
                painter.drawText(
                    QRectF(inner.left(), inner.top() + n * metrics.lineSpacing(), inner.width(), metrics.height()),
                    int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    line,
                )
            if index < len(rects) - 1:  # a small arrow in the gap: the order reads at a glance
                mid = QPointF(rect.right() + gap / 2, rect.center().y())
                painter.setPen(QPen(QColor("#5A6370"), max(1.5, self._px / 9)))
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


class PresentationView(QWidget):
    """The full-screen presenter. :meth:`start` shows it; Esc (or closing) leaves it."""

    sig_finished = Signal(object)  # the step shown when leaving (None without a pathway)

    def __init__(
        self,
        document: PathwayDocument,
        theme: Theme,
        clinic: ClinicInfo | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle("Presentation")
        self.setAccessibleName("Presentation: one step of the journey at a time")
        self._document = document
        self._theme = theme
        self._clinic = clinic
        self._current: str | None = None
        self._came_from: dict[str, str] = {}  # a side step -> the step it was chosen from
        self._sizes = Sizes.for_window(1024, 768)
        self._build()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        document.sig_audience_changed.connect(self._show)
        document.sig_schedule_changed.connect(self._show)
        document.sig_pathway_changed.connect(self._on_pathway_changed)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(BACKGROUND))
        palette.setColor(self.foregroundRole(), QColor(INK))
        self.setPalette(palette)

        self.strip = JourneyStrip(self._theme, self)
        self.strip.sig_step_clicked.connect(self._go_to_main_index)

        self.position_label = self._label("presentation_position", MUTED)
        self.position_label.setWordWrap(False)  # short, and on one line it reads as a label
        self.phase_label = self._label("presentation_phase", MUTED, rich=True)
        top = QHBoxLayout()
        top.addWidget(self.position_label)
        top.addSpacing(24)
        top.addWidget(self.phase_label, 1)
        self._top = top

        self.title_label = self._label("presentation_title", INK)
        self.dates_label = self._label("presentation_dates", ACCENT)

        self.left_label = self._label("presentation_left", INK, rich=True)
        self.right_label = self._label("presentation_right", INK, rich=True)
        for label in (self.left_label, self.right_label):
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        inner = QWidget()
        inner.setObjectName("presentation_body_inner")
        inner.setAutoFillBackground(True)
        inner.setPalette(self.palette())
        self._columns = QHBoxLayout(inner)
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.addWidget(self.left_label, 1)
        self._columns.addWidget(self.right_label, 1)
        self.body = QScrollArea(self)
        self.body.setObjectName("presentation_body")
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setWidget(inner)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the presenter
        # "More below" appears and goes as the step's words outgrow the screen or fit again.
        self.body.verticalScrollBar().rangeChanged.connect(lambda *_: self._show_next())

        self.choices_box = QFrame(self)
        self.choices_box.setObjectName("presentation_choices")
        self.choices_box.setStyleSheet(
            f"QFrame#presentation_choices {{ background: {BRANCH_BG}; border: 2px solid {BRANCH_INK};"
            " border-radius: 10px; }"
        )
        choices = QVBoxLayout(self.choices_box)
        self.choices_heading = self._label("presentation_choices_heading", BRANCH_INK)
        self.choices_heading.setStyleSheet("background: transparent; border: none;")
        choices.addWidget(self.choices_heading)
        self._buttons_grid = QGridLayout()
        choices.addLayout(self._buttons_grid)
        self.choice_buttons: list[QPushButton] = []

        self.next_label = self._label("presentation_next", MUTED)
        self.disclaimer_label = self._label("presentation_disclaimer", MUTED)

        self._layout = QVBoxLayout(self)
        # Sizes follow the window, never the other way round: without this, the type sized
        # for a 4K screen would stop the window from shrinking onto a smaller one.
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(640, 480)
        self._layout.addWidget(self.strip)
        self._layout.addLayout(top)
        self._layout.addWidget(self.title_label)
        self._layout.addWidget(self.dates_label)
        self._layout.addWidget(self.body, 1)
        self._layout.addWidget(self.choices_box)
        self._layout.addWidget(self.next_label)
        self._layout.addWidget(self.disclaimer_label)

    def _label(self, name: str, color: str, *, rich: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setStyleSheet(f"color: {color}; background: transparent;")
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    # --- public API -------------------------------------------------------------------------

    def start(self, step_id: str | None = None, *, full_screen: bool = True) -> None:
        """Show the presenter at ``step_id`` (the journey's start if None or unknown)."""
        graph = self._document.graph
        if graph is None:
            return
        self._came_from.clear()
        self._current = step_id if step_id is not None and graph.has_step(step_id) else graph.start
        self._finished = False
        self._show()
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()  # a window (for previews and tests), even after a full-screen run
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def leave(self) -> None:
        self.close()

    def set_clinic(self, clinic: ClinicInfo | None) -> None:
        self._clinic = clinic
        self._show()

    @property
    def current_step(self) -> str | None:
        return self._current

    def title_text(self) -> str:
        return self.title_label.text()

    def position_text(self) -> str:
        return self.position_label.text()

    def dates_text(self) -> str:
        return self.dates_label.text() if not self.dates_label.isHidden() else ""

    def body_text(self) -> str:
        """Both columns as plain text, the way a screen reader would read them."""
        return "\n".join(_plain(label.text()) for label in (self.left_label, self.right_label))

    def choice_labels(self) -> list[str]:
        """The branch choices offered now, as shown on their buttons."""
        return [b.text().replace("&&", "&") for b in self.choice_buttons] if not self.choices_box.isHidden() else []

    def next_hint(self) -> str:
        return self.next_label.text()

    def sizes(self) -> Sizes:
        return self._sizes

    # --- moving -----------------------------------------------------------------------------

    def go_next(self) -> None:
        target = self._forward_target()
        if target is not None:
            if self._is_main(target):
                self._came_from.clear()
            self._go(target)

    def go_previous(self) -> None:
        graph = self._document.graph
        current = self._current
        if graph is None or current is None:
            return
        if current in self._came_from:
            target: str | None = self._came_from.pop(current)
        elif self._is_main(current):
            index = graph.main_path.index(current)
            target = graph.main_path[index - 1] if index > 0 else None
        else:
            target = graph.previous_step(current)
        if target is not None:
            self._go(target)

    def choose(self, number: int) -> None:
        """Follow the branch offered as choice ``number`` (1 is the first)."""
        choices = self._choices()
        if not 1 <= number <= len(choices) or self._current is None:
            return
        target = choices[number - 1].to
        if self._is_main(target):
            self._came_from.clear()
        else:
            self._came_from[target] = self._current
        self._go(target)

    def _go(self, step_id: str) -> None:
        self._current = step_id
        self._show()
        self.body.verticalScrollBar().setValue(0)

    def _go_to_main_index(self, index: int) -> None:
        graph = self._document.graph
        if graph is not None and 0 <= index < len(graph.main_path):
            self._came_from.clear()
            self._go(graph.main_path[index])

    def _is_main(self, step_id: str) -> bool:
        graph = self._document.graph
        return graph is not None and graph.is_main(step_id)

    def _forward(self) -> tuple[str | None, Transition | None]:
        """Where Right goes from here, and the transition it follows (None when it goes back)."""
        graph, current = self._document.graph, self._current
        if graph is None or current is None:
            return None, None
        out = graph.outgoing(current)
        if graph.is_main(current):
            index = graph.main_path.index(current)
            if index + 1 >= len(graph.main_path):
                return None, None
            target = graph.main_path[index + 1]
            return target, next((t for t in out if t.to == target), None)
        for kind in (TransitionKind.loop_back, TransitionKind.main):
            for transition in out:
                if transition.kind is kind:
                    return transition.to, transition
        # A dead end (standard care goes on): back to the main journey where it branched off.
        return self._main_anchor(current), None

    def _forward_target(self) -> str | None:
        return self._forward()[0]

    def _choices(self) -> list[Transition]:
        graph, current = self._document.graph, self._current
        if graph is None or current is None:
            return []
        _, forward = self._forward()
        return [t for t in graph.outgoing(current) if t is not forward]

    def _main_anchor(self, step_id: str) -> str | None:
        """The main-journey step a side step belongs to (the way the reader came, if known)."""
        graph = self._document.graph
        if graph is None:
            return None
        seen: set[str] = set()
        current: str | None = step_id
        while current is not None and not graph.is_main(current) and current not in seen:
            seen.add(current)
            current = self._came_from.get(current) or graph.previous_step(current)
        return current if current is not None and graph.is_main(current) else graph.start

    # --- showing ----------------------------------------------------------------------------

    def _on_pathway_changed(self) -> None:
        graph = self._document.graph
        self._came_from.clear()
        self._current = graph.start if graph is not None else None
        self._show()

    def _show(self, *_: object) -> None:
        doc = self._document
        pathway, graph, current = doc.pathway, doc.graph, self._current
        if pathway is None or graph is None or current is None:
            return
        step = pathway.step(current)
        sizes = self._sizes
        main = graph.main_path
        on_main = graph.is_main(current)
        anchor = current if on_main else self._main_anchor(current)
        anchor_index = main.index(anchor) if anchor in main else None

        self.strip.set_journey(
            [(pathway.step(s).title, self._theme.phase_color(pathway, pathway.step(s).phase)) for s in main],
            anchor_index,
            "You are here" if on_main else "Side path from here",
        )
        if on_main:
            self.position_label.setText(f"Step {main.index(current) + 1} of {len(main)}")
        else:
            where = f" at step {anchor_index + 1} of {len(main)}" if anchor_index is not None else ""
            self.position_label.setText(f"Only if needed: a side path{where}")
        color = self._theme.phase_color(pathway, step.phase).name()
        self.phase_label.setText(
            f'<span style="color:{color}; font-size:{sizes.position + 4}px;">&#9632;</span> '
            f"{_e(pathway.phase(step.phase).title)}"
        )
        self.title_label.setText(step.title)

        dates = self._document.dates_for(current)
        self.dates_label.setText(f"Your dates: {format_dates(dates)}" if dates is not None else "")
        self.dates_label.setVisible(dates is not None)

        sections = {s.key: s for s in step_sections(pathway, step, audience=doc.audience, include_sources=False)}
        role_names = [r.name for r in pathway.roles]
        left = [self._section_html(sections[k], role_names) for k in LEFT_SECTIONS if k in sections]
        rules = local_rules(pathway, step, self._clinic)
        if rules:
            name = self._clinic.name if self._clinic is not None and self._clinic.name else "your clinic"
            left.append(self._heading(f"Local rules from {name}", ACCENT))
            left += [f"<p style=\"margin-top:0;\"><b>{_e(what)}:</b> {_e(rule)}</p>" for what, rule in rules]
        right = [self._section_html(sections[k], role_names) for k in RIGHT_SECTIONS if k in sections]
        self.left_label.setText(self._page(left))
        self.right_label.setText(self._page(right))

        self._show_choices()
        self._show_next()
        self.disclaimer_label.setText(
            "Educational information, not medical advice. Content last reviewed "
            f"{format_date(pathway.last_reviewed)}. Talk to your care team about your own care."
        )

    def _show_choices(self) -> None:
        pathway = self._document.pathway
        assert pathway is not None
        choices = self._choices()
        for button in self.choice_buttons:
            self._buttons_grid.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.choice_buttons = []
        self.choices_box.setVisible(bool(choices))
        if not choices:
            return
        keys = "1" if len(choices) == 1 else f"1 to {len(choices)}"
        self.choices_heading.setText(f"Some people go another way here. Press {keys} to see that path:")
        for number, transition in enumerate(choices, start=1):
            label = transition.label or "next"
            text = f"{number}   {label[:1].upper()}{label[1:]}\n\u2192 {pathway.step(transition.to).title}"
            # A lone "&" would mark a shortcut key and vanish: the file's words show as typed.
            button = QPushButton(text.replace("&", "&&"), self.choices_box)
            button.setObjectName(f"presentation_choice_{number}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space moves on; it never presses a button
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, n=number: self.choose(n))
            self._style_button(button)
            self.choice_buttons.append(button)
        self._place_buttons()

    def _place_buttons(self) -> None:
        """As many buttons side by side as fit whole; the rest wrap onto the next row."""
        buttons = self.choice_buttons
        if not buttons:
            return
        for button in buttons:
            self._buttons_grid.removeWidget(button)
        spacing = round(self._sizes.base * 0.5)
        self._buttons_grid.setHorizontalSpacing(spacing)
        self._buttons_grid.setVerticalSpacing(spacing)
        margins = self.choices_box.layout().contentsMargins()
        room = self.width() - 2 * self._sizes.margin - margins.left() - margins.right() - 8
        widest = max(b.sizeHint().width() for b in buttons)
        # Up to three equal columns, even for one button: a lone choice is a button, not a banner.
        columns = max(1, min(MAX_CHOICE_COLUMNS, (room + spacing) // (widest + spacing)))
        for index, button in enumerate(buttons):
            self._buttons_grid.addWidget(button, index // columns, index % columns)
        for column in range(MAX_CHOICE_COLUMNS):
            self._buttons_grid.setColumnStretch(column, 1 if column < columns else 0)

    def _show_next(self) -> None:
        pathway, graph, current = self._document.pathway, self._document.graph, self._current
        if pathway is None or graph is None or current is None:
            return
        target, transition = self._forward()
        if target is None:
            text = "This is the last step of the journey."
        elif graph.is_main(current):
            text = f"\u2192  Next: {pathway.step(target).title}"
        elif transition is not None and transition.kind is TransitionKind.loop_back:
            text = f"\u2192  Back to: {pathway.step(target).title} ({transition.label})"
        else:
            text = f"\u2192  Back to the main journey: {pathway.step(target).title}"
        hints = [text, "\u2190 Back"]
        if self.body.verticalScrollBar().maximum() > 0:
            hints.append("\u2193 More below")
        hints.append("Esc: leave")
        self.next_label.setText("      ".join(hints))


    # --- rich text ----------------------------------------------------------------------------

    def _heading(self, text: str, color: str) -> str:
        s = self._sizes
        return (
            f'<p style="font-size:{s.heading}px; font-weight:700; color:{color};'
            f' margin-top:{round(s.base * 0.7)}px; margin-bottom:{round(s.base * 0.15)}px;">{_e(text)}</p>'
        )

    def _section_html(self, section: Section, role_names: list[str]) -> str:
        color = WARNING_INK if section.key == "warnings" else ACCENT
        out = [self._heading(HEADINGS.get(section.key, section.heading), color)]
        out += [f'<p style="margin-top:0;">{_e(text)}</p>' for text in section.paragraphs]
        if section.items:
            # A table, not <ul>: Qt indents lists by a fixed 40 px, which cuts the bullet off
            # once the type is sized for a 4K screen. Here the bullet column grows with the type.
            base = self._sizes.base
            out.append(f'<table cellspacing="0" cellpadding="0" style="margin-left:{round(base * 0.3)}px;">')
            for item in section.items:
                out.append(
                    f'<tr><td width="{round(base * 1.1)}" valign="top">\u2022</td>'
                    f'<td style="padding-bottom:{round(base * 0.3)}px;">'
                    f"{_item(item, role_names, section.key)}</td></tr>"
                )
            out.append("</table>")
        return "".join(out)

    def _page(self, parts: list[str]) -> str:
        return f'<div style="font-size:{self._sizes.body}px; color:{INK};">{"".join(parts)}</div>'

    # --- sizes --------------------------------------------------------------------------------

    def _apply_sizes(self) -> None:
        s = self._sizes = Sizes.for_window(self.width(), self.height())
        font = self._theme.ui_font()

        def sized(px: int, *, bold: bool = False) -> QFont:
            f = QFont(font)
            f.setPixelSize(px)
            f.setBold(bold)
            return f

        self._layout.setContentsMargins(s.margin, round(s.margin * 0.6), s.margin, round(s.margin * 0.5))
        self._layout.setSpacing(round(s.base * 0.35))
        self._columns.setSpacing(round(s.base * 2))
        # Room between the words and the scroll bar, when there is one.
        self._columns.setContentsMargins(0, 0, round(s.base * 0.8), 0)
        self.strip.set_pixel_size(s.small)
        self.position_label.setFont(sized(s.position, bold=True))
        self.phase_label.setFont(sized(s.position))
        self.title_label.setFont(sized(s.title, bold=True))
        self.dates_label.setFont(sized(s.heading, bold=True))
        self.left_label.setFont(sized(s.body))
        self.right_label.setFont(sized(s.body))
        self.choices_heading.setFont(sized(s.choice, bold=True))
        self.next_label.setFont(sized(s.small, bold=True))
        self.disclaimer_label.setFont(sized(s.small))
        self.choices_box.layout().setContentsMargins(
            round(s.base * 0.6), round(s.base * 0.4), round(s.base * 0.6), round(s.base * 0.5)
        )
        self._show()

    def _style_button(self, button: QPushButton) -> None:
        s = self._sizes
        f = self._theme.ui_font()
        f.setPixelSize(s.choice)
        f.setBold(True)
        button.setFont(f)
        pad = round(s.base * 0.35)
        button.setStyleSheet(
            f"QPushButton {{ background: #FFFFFF; color: {INK}; border: 2px solid {BRANCH_INK};"
            f" border-radius: 8px; padding: {pad}px {pad * 2}px; text-align: left; }}"
            f" QPushButton:hover {{ background: #FFE9D2; }}"
        )

    # --- Qt overrides -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_sizes()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & ~(Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier):
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Escape:
            self.leave()
        elif key in NEXT_KEYS:
            self.go_next()
        elif key in BACK_KEYS:
            self.go_previous()
        elif key in DIGITS:
            self.choose(DIGITS[key])
        elif key == Qt.Key.Key_Home:
            self._go_to_main_index(0)
        elif key == Qt.Key.Key_End:
            graph = self._document.graph
            if graph is not None:
                self._go_to_main_index(len(graph.main_path) - 1)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            bar = self.body.verticalScrollBar()
            bar.setValue(bar.value() + (1 if key == Qt.Key.Key_Down else -1) * bar.singleStep() * 3)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if not getattr(self, "_finished", True):
            self._finished = True
            self.sig_finished.emit(self._current)


def _item(item: str, role_names: list[str], key: str) -> str:
    if key == "team":  # the role in bold, so the eye finds who is there
        for name in sorted(role_names, key=len, reverse=True):
            if item.startswith(name + ": "):
                return f"<b>{_e(name)}</b>: {_e(item[len(name) + 2:])}"
    return _e(item)


def _plain(rich: str) -> str:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


def _e(text: str) -> str:
    return html.escape(text, quote=True)
