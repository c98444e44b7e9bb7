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
screen scrolls (Up/Down) rather than being cut off, and its words area begins and ends between
lines (:mod:`.whole_lines`). With the notes at the foot, the step keeps its first lines first.

Words come from :func:`models.wording.sections.step_sections`, as in the details panel and the
handout, so patient wording hides the clinical text here too. All pathway text is escaped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.wording.i18n import fill
from models import TransitionKind
from models.clinic_rules import local_rules
from models.wording.patient_words import emergency_words, step_date_words
from models.presentation_walk import PresentationWalk
from models.wording.sections import step_sections
from models.wording import disclaimer_text, escape

from ..core.document import PathwayDocument
from ..core.keymap import DIGIT_KEYS, PRESENTATION_KEYS, KeyCommand
from ..core.step_accessibility import announce
from ..core.theme import Theme
from .choices import ChoicesBox
from .notes import PresenterNotes
from .page_html import PageHtml, plain
from .sizes import Sizes
from .strip import JourneyStrip
from .whole_lines import WholeLineScrollArea, clean_end_below, line_boxes

# Sections shown, and in which column: what it is on the left, what to do on the right.
LEFT_SECTIONS = ("summary", "clinical", "timing", "together", "end", "setting", "often")
RIGHT_SECTIONS = ("team", "prepare", "questions", "warnings", "urgent", "visits")

# Lines of the step's own words kept in view under the first heading ("What happens") before
# the presenter's notes get any room: four lines hold a two- or three-sentence summary at
# presentation size, so the family reads the whole point of the step, not a fragment of it.
BODY_LINES_KEPT = 4
# Where the screen holds not both those lines and this many lines of what to say (large text
# on a laptop), the step gives way first, down
# to its heading and BODY_LINES_AT_LEAST lines (Down shows the rest), then the notes.
NOTES_LINES_WANTED = 3
BODY_LINES_AT_LEAST = 2
# The notes never take more than this share of the screen, however long they are: the screen
# faces the family, the notes are the presenter's prompt.
NOTES_SHARE = 0.3


class PresentationView(QWidget):
    """The full-screen presenter. :meth:`start` shows it; Esc (or closing) leaves it."""

    sig_finished = Signal(object)  # the step shown when leaving (None without a pathway)
    sig_step_shown = Signal(str, object)  # the step now shown and the next one (None at the end)

    def __init__(
        self,
        document: PathwayDocument,
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(QCoreApplication.translate("PresentationView", "Presentation"))
        self.setAccessibleName(QCoreApplication.translate("PresentationView", "Presentation: one step of the journey at a time"))
        self._document = document
        self._theme = theme
        self._walk = PresentationWalk()  # where the presenter is: survives a content change
        self._sizes = Sizes.for_window(1024, 768)
        self._build()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        document.sig_audience_changed.connect(self._show)
        document.sig_schedule_changed.connect(self._show)
        document.sig_clinic_changed.connect(self._show)
        document.sig_pathway_changed.connect(self._on_pathway_changed)
        document.sig_steps_changed.connect(self._on_steps_changed)

    # --- building -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setAutoFillBackground(True)
        palette = self.palette()
        theme = self._theme
        palette.setColor(self.backgroundRole(), theme.export_background_color)
        palette.setColor(self.foregroundRole(), theme.text_color)
        self.setPalette(palette)

        self.strip = JourneyStrip(self._theme, self)
        self.strip.document = self._document
        self.strip.sig_step_clicked.connect(self._go_to_main_index)

        self.position_label = self._label("presentation_position", theme.muted_text_color)
        self.position_label.setWordWrap(False)  # short, and on one line it reads as a label
        self.phase_label = self._label("presentation_phase", theme.muted_text_color, rich=True)
        top = QHBoxLayout()
        top.addWidget(self.position_label)
        top.addSpacing(24)
        top.addWidget(self.phase_label, 1)
        self._top = top

        self.title_label = self._label("presentation_title", theme.text_color)
        self.dates_label = self._label("presentation_dates", theme.accent_color)

        self.left_label = self._label("presentation_left", theme.text_color, rich=True)
        self.right_label = self._label("presentation_right", theme.text_color, rich=True)
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
        self.body = WholeLineScrollArea(self)
        self.body.setObjectName("presentation_body")
        self.body.setWidget(inner)
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys belong to the presenter
        # "More below" appears and goes as the step's words outgrow the screen or fit again.
        self.body.verticalScrollBar().rangeChanged.connect(lambda *_: self._show_next())

        heading = self._label("presentation_choices_heading", theme.branch_ink_color)
        self.choices_box = ChoicesBox(theme, heading, self)
        self.choices_heading = heading
        self.choices_box.sig_chosen.connect(self.choose)

        self.next_label = self._label("presentation_next", theme.muted_text_color)
        self.disclaimer_label = self._label("presentation_disclaimer", theme.muted_text_color)
        # With one screen the presenter's notes sit here, hidden until N shows them.
        self.notes_panel = PresenterNotes(theme, self)
        self.notes_panel.hide()

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
        self._layout.addWidget(self.notes_panel)
        self._layout.addWidget(self.disclaimer_label)

    def _label(self, name: str, color: QColor, *, rich: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        label.setStyleSheet(self._theme.label_style(color))
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        return label

    # --- public API -------------------------------------------------------------------------

    def start(self, step_id: str | None = None, *, full_screen: bool = True) -> None:
        """Show the presenter at ``step_id`` (the journey's start if None or unknown)."""
        graph = self._document.graph
        if graph is None:
            return
        self._walk.restart(graph, step_id)
        self._finished = False
        self.notes_panel.start_clock()
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

    @property
    def current_step(self) -> str | None:
        return self._walk.current

    def title_text(self) -> str:
        return self.title_label.text()

    def position_text(self) -> str:
        return self.position_label.text()

    def dates_text(self) -> str:
        return self.dates_label.text() if not self.dates_label.isHidden() else ""

    def body_text(self) -> str:
        """Both columns as plain text, the way a screen reader would read them."""
        return "\n".join(plain(label.text()) for label in (self.left_label, self.right_label))

    def choice_labels(self) -> list[str]:
        """The branch choices offered now, as shown on their buttons."""
        return [b.text().replace("&&", "&") for b in self.choice_buttons] if not self.choices_box.isHidden() else []

    @property
    def choice_buttons(self) -> list[QPushButton]:
        return self.choices_box.buttons

    def next_hint(self) -> str:
        return self.next_label.text()

    def sizes(self) -> Sizes:
        return self._sizes

    # --- moving -----------------------------------------------------------------------------

    def go_next(self) -> None:
        self._moved(self._walk.go_next())

    def go_previous(self) -> None:
        self._moved(self._walk.go_previous())

    def choose(self, number: int) -> None:
        """Follow the branch offered as choice ``number`` (1 is the first)."""
        self._moved(self._walk.choose(number))

    def _go_to_main_index(self, index: int) -> None:
        self._moved(self._walk.go_to_main_index(index))

    def _moved(self, step_id: str | None) -> None:
        if step_id is not None:
            self._show()
            self.body.verticalScrollBar().setValue(0)

    # --- showing ----------------------------------------------------------------------------

    def _on_pathway_changed(self) -> None:
        self._walk.restart(self._document.graph)  # a new pathway: start from its beginning
        self._show()

    def _on_steps_changed(self, _step_ids: object) -> None:
        self._walk.keep_place(self._document.graph)  # an edit: the presenter stays where they are
        self._show()

    def _show(self, *_: object) -> None:
        doc = self._document
        pathway, graph, current = doc.pathway, doc.graph, self._walk.current
        if pathway is None or graph is None or current is None:
            return
        step = pathway.step(current)
        sizes = self._sizes
        main = graph.main_path
        on_main = graph.is_main(current)
        anchor = current if on_main else self._walk.main_anchor(current)
        anchor_index = main.index(anchor) if anchor in main else None

        self.strip.set_journey(
            [(pathway.step(s).title, self._theme.phase_color(pathway, pathway.step(s).phase)) for s in main],
            anchor_index,
            QCoreApplication.translate("PresentationView", "You are here") if on_main else QCoreApplication.translate("PresentationView", "Side path from here"),
            step_ids=main,
        )
        self.strip.announce_step(self.strip.accessible_current_step())
        if on_main:
            self.position_label.setText(fill(QCoreApplication.translate("PresentationView", "Step %1 of %2"), main.index(current) + 1, len(main)))
        else:
            if anchor_index is not None:
                text = fill(QCoreApplication.translate("PresentationView", "Only if needed: a side path at step %1 of %2"), anchor_index + 1, len(main))
            else:
                text = QCoreApplication.translate("PresentationView", "Only if needed: a side path")
            self.position_label.setText(text)
        color = self._theme.phase_color(pathway, step.phase).name()
        phase = pathway.phase_of(step)
        self.phase_label.setText(
            f'<span style="background-color:{color}; font-size:{sizes.position + 4}px;">&nbsp;&nbsp;&nbsp;</span> '
            f"{escape(phase.title)}"
            if phase is not None
            else ""
        )
        self.title_label.setText(step.title)

        dates = self._document.dates_for(current)
        self.dates_label.setText(
            fill(QCoreApplication.translate("PresentationView", "Your dates: %1"), step_date_words(step, dates)) if dates is not None else ""
        )
        self.dates_label.setVisible(dates is not None)

        sections = {
            s.key: s
            for s in step_sections(
                pathway, step, audience=doc.audience, include_sources=False,
                choices=doc.chosen(), temperature_unit=doc.temperature_unit,
            )
        }
        role_names = [r.name for r in pathway.roles]
        html = PageHtml(self._theme, self._sizes)
        left = [html.section(sections[k], role_names) for k in LEFT_SECTIONS if k in sections]
        clinic = doc.clinic
        rules = local_rules(pathway, step, clinic)
        if rules:
            name = clinic.name or QCoreApplication.translate("PresentationView", "your clinic")
            left.append(html.heading(fill(QCoreApplication.translate("PresentationView", "Local rules from %1"), name), self._theme.accent_color))
            left += [f'<p style="margin-top:0;"><b>{escape(what)}:</b> {escape(rule)}</p>' for what, rule in rules]
        right = [html.section(sections[k], role_names) for k in RIGHT_SECTIONS if k in sections]
        if "urgent" in sections:
            right.append(f"<p><b>{escape(emergency_words(clinic.emergency_number))}</b></p>")
        self.left_label.setText(html.page(left))
        self.right_label.setText(html.page(right))

        self._show_choices()
        self._show_next()
        due = doc.due_words()
        notice = doc.content_notice()  # an unchecked translation on the screen the patient sees
        self.disclaimer_label.setText(
            disclaimer_text(pathway.last_reviewed) + (f"   {due}." if due else "") + (f"\n{notice}" if notice else "")
        )
        target, _ = self._walk.forward()
        self.notes_panel.show_step(pathway, current, target)
        self._share_height()
        # The presenter's keys stay on this view: a screen reader hears the new step here.
        heard = [step.title, self.position_label.text()] + ([phase.title] if phase is not None else [])
        announce(self, ". ".join(heard))
        self.sig_step_shown.emit(current, target)

    def toggle_notes(self) -> None:
        """N: the presenter's notes at the foot of the screen, for a single screen."""
        self.notes_panel.setVisible(self.notes_panel.isHidden())
        self._share_height()

    def _share_height(self) -> None:
        """Give the notes only the height the step's words can spare, then fit the words.

        The step keeps its first heading and :data:`BODY_LINES_KEPT` lines of its left column;
        the notes get what is left, at most :data:`NOTES_SHARE` of the window and never less
        than one of their own lines (they then scroll, by whole lines). Where that leaves the
        notes fewer than :data:`NOTES_LINES_WANTED` lines, the step keeps only
        :data:`BODY_LINES_AT_LEAST` of its lines in view; and if that is still too short
        for the notes' words, the ways on from the step (the choices) take one line each."""
        notes = self.notes_panel
        if notes.isHidden():
            if self.choices_box.compact:
                self._show_choices()  # the whole words again, with the room back
                self._layout.activate()
            if self._choices_crowd_the_step():
                # Many ways on (seven from one step) took the whole screen: the step kept
                # one line of its words, the buttons were squeezed through their text.
                # One line each, in columns, leaves the step its lines.
                self._show_choices(compact=True)
                self._layout.activate()
            self.body.refit()
            return
        self._fit_notes()
        cut = any(area.verticalScrollBar().maximum() > 0 for area in notes.areas)
        if cut and notes.height() < self._notes_lines_wanted() and not self.choices_box.isHidden() and not self.choices_box.compact:
            # Still too short for the lines to say: the ways on from here give up their
            # second lines (the way's words stay in their tooltips) before the notes do.
            width = self.width() - self._layout.contentsMargins().left() - self._layout.contentsMargins().right()
            full = self.choices_box.heightForWidth(width)
            self._show_choices(compact=True)
            if self.choices_box.heightForWidth(width) >= full:
                self._show_choices()  # one line each needed more columns than there are: no gain
            self._fit_notes()

    def _body_reserve(self, count: int) -> int:
        """The height the step's first heading and ``count`` lines of its words take, down
        to a place where the right column cuts no line either."""
        kept = line_boxes(self.left_label, self.body.widget())[: count + 1]
        return round(clean_end_below(self.body.boxes(), kept[-1][1])) + 1 if kept else 0

    def _choices_crowd_the_step(self) -> bool:
        """Whether the choices, in full, leave the step fewer than BODY_LINES_AT_LEAST lines
        in view or are squeezed below the height their words need (a way's own words, "signs
        of infection", are worth a short step's third line; not its only one)."""
        box = self.choices_box
        if box.isHidden():
            return False
        width = box.width()
        squeezed = box.hasHeightForWidth() and box.height() < box.heightForWidth(width)
        shown = self.body.height() - 2 * self.body.frameWidth()
        return squeezed or shown < self._body_reserve(BODY_LINES_AT_LEAST)

    def _notes_lines_wanted(self) -> int:
        return NOTES_LINES_WANTED * self.notes_panel.notes.fontMetrics().lineSpacing() + 4

    def _fit_notes(self) -> None:
        notes = self.notes_panel
        self._layout.activate()
        margins = self._layout.contentsMargins()
        width = self.width() - margins.left() - margins.right()
        others = [self.strip, self.title_label, self.dates_label, self.choices_box, self.next_label, self.disclaimer_label]
        shown = [w for w in others if not w.isHidden()]
        top = self._top.heightForWidth(width) if self._top.hasHeightForWidth() else self._top.sizeHint().height()
        used = margins.top() + margins.bottom() + top
        used += sum(w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height() for w in shown)
        used += self._layout.spacing() * (len(shown) + 2)  # and the top row, the body, the notes
        # The first heading and its lines, down to a place where the right column cuts no
        # line either (else the fit would end the words above the last kept line).
        reserve_for = self._body_reserve
        reserve = reserve_for(BODY_LINES_KEPT)
        one_line = notes.now.fontMetrics().lineSpacing() + 4
        wanted = self._notes_lines_wanted()
        spare = self.height() - used - reserve
        if spare < wanted:
            reserve = reserve_for(BODY_LINES_AT_LEAST)
            spare = min(wanted, self.height() - used - reserve)
        room = max(one_line, min(spare, round(self.height() * NOTES_SHARE)))
        height = notes.fit_height(width, room)
        notes.setFixedHeight(height)
        self._layout.activate()
        # The sum above is an estimate (rows that wrap, spacing); the body's height is a fact.
        short = reserve - (self.body.height() - 2 * self.body.frameWidth())
        if short > 0 and height > one_line:
            notes.setFixedHeight(max(one_line, height - short))
            self._layout.activate()
        self.body.refit()
        for area in notes.areas:
            area.refit()

    def _show_choices(self, *, compact: bool = False) -> None:
        pathway = self._document.pathway
        assert pathway is not None
        self.choices_box.show_choices(pathway, self._walk.choices(), self._sizes, self.width(), compact=compact)

    def _show_next(self) -> None:
        pathway, graph, current = self._document.pathway, self._document.graph, self._walk.current
        if pathway is None or graph is None or current is None:
            return
        target, transition = self._walk.forward()
        if target is None:
            text = QCoreApplication.translate("PresentationView", "This is the last step of the journey.")
        elif graph.is_main(current):
            text = fill(QCoreApplication.translate("PresentationView", "\u2192  Next: %1"), pathway.step(target).title)
        elif transition is not None and transition.kind is TransitionKind.loop_back:
            text = fill(QCoreApplication.translate("PresentationView", "\u2192  Back to: %1 (%2)"), pathway.step(target).title, transition.label)
        else:
            text = fill(QCoreApplication.translate("PresentationView", "\u2192  Back to the main journey: %1"), pathway.step(target).title)
        hints = [text, QCoreApplication.translate("PresentationView", "\u2190 Back")]
        if self.body.verticalScrollBar().maximum() > 0:
            hints.append(QCoreApplication.translate("PresentationView", "\u2193 More below"))
        hints += [QCoreApplication.translate("PresentationView", "N: notes"), QCoreApplication.translate("PresentationView", "Esc: leave")]
        self.next_label.setText("      ".join(hints))


    # --- sizes --------------------------------------------------------------------------------

    def _apply_sizes(self) -> None:
        s = Sizes.for_window(self.width(), self.height())
        # View > Text size makes the type larger here too, but by half as much (it is already
        # sized for across a desk) and never so large that a step's words get no room under
        # the journey strip and the choices: at most a 30th of the window's height.
        wanted = s.base * (1 + (self._theme.base_point_size / Theme.base_point_size - 1) / 2)
        s = self._sizes = Sizes(max(s.base, min(wanted, self.height() / 30)))
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
        self.choices_box.apply_sizes(s, sized(s.choice, bold=True))
        self.next_label.setFont(sized(s.small, bold=True))
        self.disclaimer_label.setFont(sized(s.small))
        self.notes_panel.set_largest_pixel_size(s.body)
        self._show()

    # --- Qt overrides -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._apply_sizes()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = PRESENTATION_KEYS.command(event)
        if command is None:
            super().keyPressEvent(event)
            return
        graph = self._document.graph
        if command is KeyCommand.LEAVE:
            self.leave()
        elif command is KeyCommand.NEXT:
            self.go_next()
        elif command is KeyCommand.BACK:
            self.go_previous()
        elif command is KeyCommand.CHOICE:
            self.choose(DIGIT_KEYS[Qt.Key(event.key())])
        elif command is KeyCommand.FIRST:
            self._go_to_main_index(0)
        elif command is KeyCommand.LAST and graph is not None:
            self._go_to_main_index(len(graph.main_path) - 1)
        elif command is KeyCommand.NOTES:
            self.toggle_notes()
        elif command in (KeyCommand.SCROLL_DOWN, KeyCommand.SCROLL_UP):
            self.body.scroll_lines(command is KeyCommand.SCROLL_DOWN)
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.notes_panel.stop_clock()
        if not getattr(self, "_finished", True):
            self._finished = True
            self.sig_finished.emit(self._walk.current)

