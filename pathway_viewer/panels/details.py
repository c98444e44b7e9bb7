"""The details panel: everything about the selected step, in large plain type.

The text comes from :func:`models.wording.sections.step_sections`, the same definition the handout
and presentation mode use. Pathway text is plain text: every string is escaped before it
goes into the rich text, and the browser loads no resource of any kind, so a pathway file
cannot make the app fetch a URL or show markup it did not mean to.

Glossary words are marked with a dotted underline (:mod:`pathway_viewer.glossary_text`):
hovering shows the meaning, clicking opens it in a small pop-up, and the page ends with
every marked word and its meaning, so a printed or read-aloud page still has them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAccessible,
    QColor, QCursor, QFont, QFontMetrics, QFontMetricsF, QHelpEvent, QKeyEvent, QResizeEvent, QShowEvent, QTextCursor,
)
from PySide6.QtWidgets import QDockWidget, QFrame, QLabel, QStackedWidget, QStyle, QToolTip, QVBoxLayout, QWidget

from models.wording.i18n import fill
from models import Pathway, Step
from models.clinic_rules import local_rules
from models.wording.patient_words import emergency_words, review_words
from models.glossary import Glossary, SharedWords, Term, pathway_glossary
from models.wording.sections import Section, step_sections
from models.wording import escape as _e
from models.wording import heading_html as _heading_html
from models.wording import dir_attribute, page_html, section_list_html

from ..core.dock_title import PanelDock
from ..core.keymap import DETAILS_KEYS, KeyCommand
from ..core.document import PathwayDocument
from ..core.safe_text import SafeTextBrowser
from ..core import screen_room
from ..core.screen_room import MOST_OF_SCREEN
from ..core.i18n import current_language
from ..core.text_fit import bare_word, hyphenate_wide_words, soften_wide_words, widest_piece
from ..core.theme import Theme, active_theme, popup_style, text_browser_style
from .glossary_text import TermMarker, term_for_href, underline_terms
from .readable_width import DETAILS_CHARACTERS, DETAILS_PANEL_WIDTH, readable_width

BODY_PT = 13
# The glossary pop-up's line: 380 px at 100 % text, and at larger text about as many
# characters as that held at 125 % (a line at 200 % no longer breaks every few words).
POPUP_LEAST_WIDTH = 380
POPUP_CHARACTERS = 40


def _read_aloud() -> bool:
    """Whether a screen reader is listening. Qt's own accessible text of a text view reads
    its document as it is, soft hyphens and all (said as "hyphen", or the word in pieces),
    and cannot be replaced from Python: while one listens, the page's words are not broken
    with them (a title too wide gets smaller; a word in the text breaks where Qt breaks it)."""
    return QAccessible.isActive()


def _pt(points: float) -> float:
    """``points`` at the text size the user chose (View > Text size)."""
    return points * active_theme().base_point_size / Theme.base_point_size


class GlossaryBrowser(SafeTextBrowser):
    """A safe browser whose glossary words explain themselves on hover and on click."""

    sig_width_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.glossary: Glossary | None = None
        self.popup = TermPopup(self)
        self.anchorClicked.connect(self._on_anchor_clicked)

    def term_at(self, pos: QPoint) -> Term | None:
        """The glossary term under ``pos`` (viewport coordinates), if any."""
        return term_for_href(self.glossary, self.anchorAt(pos))

    def show_term(self, term: Term, global_pos: QPoint | None = None) -> None:
        self.popup.show_term(term, global_pos if global_pos is not None else QCursor.pos())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.sig_width_changed.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sig_width_changed.emit()  # the width it is shown at is its first real one

    def text_width(self) -> float:
        """The width a line of the page may take, as if the scroll bar were shown (so it does
        not change when the bar comes and goes)."""
        # Measured without asking for the scroll bar or the viewport: Python meeting a widget
        # Qt made loads every QWidget class (and its enums) before the first paint.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        room = self.maximumViewportSize().width() - bar
        return room - 2 * self.document().documentMargin() - 1

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            term = self.term_at(event.pos())
            if term is not None:
                QToolTip.showText(event.globalPos(), _tooltip_html(term), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # --- the keyboard: one Tab stop, explained words by arrow keys (WCAG 2.1.1, 2.4.3) ---
    # Qt makes every link a Tab stop: a page with ten explained words took eleven Tabs to
    # leave. Their meanings are also listed at the page's foot, so the words are a way in,
    # not the only one.

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's parameter name
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = DETAILS_KEYS.command(event)
        if command in (KeyCommand.NEXT, KeyCommand.BACK):
            self.choose_term(1 if command is KeyCommand.NEXT else -1)
            event.accept()
            return
        if command is KeyCommand.ACTIVATE and self.chosen_href():
            self._on_anchor_clicked(QUrl(self.chosen_href()))
            event.accept()
            return
        super().keyPressEvent(event)

    def _term_spans(self) -> list[tuple[int, int]]:
        """Where each explained word is on the page, in reading order."""
        spans: list[tuple[int, int]] = []
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if term_for_href(self.glossary, fragment.charFormat().anchorHref()) is not None:
                    start, end = fragment.position(), fragment.position() + fragment.length()
                    if spans and spans[-1][1] == start:  # one word split by a format change
                        spans[-1] = (spans[-1][0], end)
                    else:
                        spans.append((start, end))
                fragments += 1
            block = block.next()
        return spans

    def choose_term(self, direction: int) -> None:
        """Select the next (1) or previous (-1) explained word, round the page."""
        spans = self._term_spans()
        if not spans:
            return
        here = self.textCursor()
        if not here.hasSelection():
            chosen = spans[0] if direction > 0 else spans[-1]
        elif direction > 0:
            chosen = next((s for s in spans if s[0] >= here.selectionEnd()), spans[0])
        else:
            chosen = next((s for s in reversed(spans) if s[1] <= here.selectionStart()), spans[-1])
        cursor = QTextCursor(self.document())
        cursor.setPosition(chosen[0])
        cursor.setPosition(chosen[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def chosen_href(self) -> str:
        """The link of the explained word chosen with the arrow keys, or ""."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return ""
        probe = QTextCursor(self.document())
        probe.setPosition(cursor.selectionStart() + 1)  # the format of the word's first letter
        href = probe.charFormat().anchorHref()
        return href if term_for_href(self.glossary, href) is not None else ""

    def _on_anchor_clicked(self, url: QUrl) -> None:
        term = term_for_href(self.glossary, url.toString())
        if term is None:
            return
        # A click puts the pop-up by the mouse; Enter on a link chosen with Tab puts it by the text.
        rect = self.cursorRect()
        by_text = self.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 6))
        under_mouse = self.viewport().rect().contains(self.viewport().mapFromGlobal(QCursor.pos()))
        self.show_term(term, QCursor.pos() + QPoint(0, 18) if under_mouse else by_text)


class TermPopup(QFrame):
    """A word and its meaning, in large type, until the next click or Esc."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("glossary_popup")
        self.setFrameShape(QFrame.Shape.Box)
        self.setStyleSheet(popup_style("glossary_popup"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        self.label = QLabel(self)
        self.label.setObjectName("glossary_popup_text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self._set_type()
        layout.addWidget(self.label)
        self.term: Term | None = None

    def text(self) -> str:
        return self.label.text()

    def show_term(self, term: Term, global_pos: QPoint) -> None:
        self.term = term
        # The type and the width at each showing: the text size may have changed since the
        # last. A fixed 380 px held 20 characters a line at 200 % text and cut a long word.
        self._set_type()
        self.label.setText(_tooltip_html(term))
        self.label.setFixedWidth(self._width(term))
        # Named for its word: a screen reader said "Border" and nothing else.
        self.setAccessibleName(term.term)
        self.setAccessibleDescription(term.definition)
        self.adjustSize()
        screen = screen_room.available_room(self)
        pos = QPoint(global_pos)
        if screen is not None:  # keep it on the screen, near the word
            pos.setX(max(screen.left(), min(pos.x(), screen.right() - self.width())))
            pos.setY(max(screen.top(), min(pos.y(), screen.bottom() - self.height())))
        self.move(pos)
        self.show()

    def _set_type(self) -> None:
        # Set when made too, so a pop-up not yet shown is as a fresh start at this size makes it.
        font = QFont(self.label.font())
        font.setPointSizeF(_pt(BODY_PT))
        self.label.setFont(font)

    def _width(self, term: Term) -> int:
        """About POPUP_CHARACTERS of the popup's type a line, wide enough for its longest
        word (bold in the heading), and within nine tenths of the screen."""
        plain, bold = self.label.fontMetrics(), QFont(self.label.font())
        bold.setBold(True)
        words = [(plain, w) for w in term.definition.split()] + [(QFontMetrics(bold), w) for w in term.term.split()]
        widest = max((m.horizontalAdvance(w) for m, w in words), default=0)
        width = max(POPUP_LEAST_WIDTH, plain.averageCharWidth() * POPUP_CHARACTERS, widest + 2)
        room = screen_room.room_share(self, MOST_OF_SCREEN)
        if room is not None:
            width = min(width, room.width() - 28)  # and the popup's margins
        return width

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.close()
            return
        super().keyPressEvent(event)


def _tooltip_html(term: Term) -> str:
    return f"<p><b>{_e(term.term)}</b></p><p>{_e(term.definition)}</p>"


class DetailsPanel(PanelDock):
    """Shows the selected step; with nothing selected, a hint and the pathway's disclaimer."""

    def __init__(
        self,
        document: PathwayDocument,
        theme: Any = None,
        parent: QWidget | None = None,
        *,
        glossary: SharedWords | None = None,
    ) -> None:
        super().__init__(QCoreApplication.translate("PanelsDetails", "Step details"), parent)
        self.setObjectName("details")
        self._document = document
        self._theme = theme
        self.browser = GlossaryBrowser(self)
        # The shared general words; each pathway's own words are laid over them on refresh.
        self._shared_glossary = glossary
        self.browser.glossary = pathway_glossary(glossary, document.pathway)
        self.browser.setObjectName("details_text")
        self.browser.setAccessibleName(QCoreApplication.translate("PanelsDetails", "Step details"))
        font = QFont(self.browser.font())
        font.setPointSizeF(_pt(BODY_PT))
        self.browser.setFont(font)
        # 14 px from the panel's edge to its words, 3 of them the focus frame (core/theme.py).
        self.browser.document().setDocumentMargin(11)
        self.browser.setStyleSheet(text_browser_style())
        # Edit mode puts a form in the browser's place (show_form); the panel never knows the form.
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.browser)
        self.setWidget(self.pages)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self._keep_readable_width()

        for signal in (
            document.sig_pathway_changed,
            document.sig_selection_changed,
            document.sig_role_changed,
            document.sig_audience_changed,
            document.sig_schedule_changed,
            document.sig_clinic_changed,
            document.sig_steps_changed,  # an edit: the same step stays shown, with its new words
        ):
            signal.connect(self.refresh)
        self._title_shown: tuple[str, float] = ("", 0.0)  # the title as last written (soft hyphens, size)
        self._softened_for: float | None = None  # the line width the page's words were fitted to
        self._word_widths: list[float] = []
        self._pathway_words: tuple[Pathway, frozenset[str]] | None = None  # (for which, its words)
        self.browser.sig_width_changed.connect(self._on_width_changed)
        self.refresh()

    def show_form(self, form: QWidget | None) -> None:
        """Show ``form`` instead of the step's text (edit mode), or the text again with None."""
        if form is not None and self.pages.indexOf(form) < 0:
            self.pages.addWidget(form)
        self.pages.setCurrentWidget(form if form is not None else self.browser)
        self.setWindowTitle(QCoreApplication.translate("PanelsDetails", "Change the step") if form is not None else QCoreApplication.translate("PanelsDetails", "Step details"))

    def text(self) -> str:
        """What the panel shows, as plain text (for tests and accessibility checks): without
        the soft hyphens a word too wide for the panel gets, which show only where a line
        breaks at one."""
        return self.browser.toPlainText().replace("\u00ad", "")

    def title_lines(self) -> list[str]:
        """The page's title (the step's, or the pathway's with no step chosen) as its lines
        are drawn: a soft hyphen that ends a line shows as "-"."""
        title = self._page_title()
        block = self.browser.document().firstBlock()
        while block.isValid() and block.text().replace("\u00ad", "") != title:
            block = block.next()
        if not block.isValid():
            return []
        text, layout, lines = block.text(), block.layout(), []
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            words = text[line.textStart() : line.textStart() + line.textLength()]
            shown = words.replace("\u00ad", "")
            lines.append(shown + "-" if words.endswith("\u00ad") else shown.rstrip(" "))
        return lines

    @property
    def glossary(self) -> Glossary | None:
        return self.browser.glossary

    def marked_terms(self) -> list[Term]:
        """The glossary words marked on the page now, in the order they appear."""
        return list(self._marker.used)

    def set_theme(self, theme: Theme) -> None:
        """New colours or text size: restyle and rewrite the page (the style sheets read the active theme)."""
        self._theme = theme
        font = QFont(self.browser.font())
        font.setPointSizeF(_pt(BODY_PT))
        self.browser.setFont(font)
        self.browser.popup.label.setFont(font)
        # The sheets after the font: a style sheet set again passes the new font on to the
        # viewport, which otherwise kept the size the panel was made at.
        self.browser.setStyleSheet(text_browser_style())
        self.browser.popup.setStyleSheet(popup_style("glossary_popup"))
        self._keep_readable_width()
        self.refresh()

    def _keep_readable_width(self) -> None:
        """No narrower than its body text needs to read as sentences at the current text size
        (the first look may narrow the panel to this for the journey map)."""
        margins = 2 * self.browser.document().documentMargin() + 2 * self.browser.frameWidth()
        self.setMinimumWidth(readable_width(self.browser, self.browser.font(), DETAILS_CHARACTERS, margins, DETAILS_PANEL_WIDTH))

    def refresh(self, *_: object) -> None:
        self.browser.glossary = pathway_glossary(self._shared_glossary, self._document.pathway)
        self._marker = TermMarker(self.browser.glossary)
        html = self._html()
        if _read_aloud():  # the words' own break marks too (a translation's "Haupt-behandlungs-tag")
            html = html.replace("\u00ad", "").replace("\u200b", "")
        self.browser.setHtml(html)
        underline_terms(self.browser.document())
        self._soften_wide_words()
        self.browser.verticalScrollBar().setValue(0)

    def _soften_wide_words(self) -> None:
        # Rich text breaks a word wider than the panel between any two letters ("Transplanta-
        # tionsaufenthal / t" in the phase line at large text): soft hyphens let it break
        # where its language allows, anywhere on the page.
        self._softened_for = self.browser.text_width() if self.browser.isVisible() else None
        if self._softened_for is None or _read_aloud():
            self._word_widths = []
            return
        pathway = self._document.pathway
        language = self._document.words_language
        interface = current_language()
        if pathway is None or interface == language:
            self._word_widths = soften_wide_words(self.browser.document(), self._softened_for, language)
            return
        # The page mixes the interface's words ("Krankenhausstation:") with the pathway's text,
        # each in its own language: English rules made "Be-hand-lung-steam" of a German heading.
        # A word of the pathway file breaks by the pathway's rules, any other by the interface's.
        # Gathered only when some word is too wide (most pages need none), once per pathway
        # (frozen: an edit makes a new one); the bundled pathway takes ~15 ms.
        shown: Pathway = pathway

        def language_of(word: str) -> str:
            if self._pathway_words is None or self._pathway_words[0] is not shown:
                self._pathway_words = (shown, frozenset(_words_of(shown.model_dump(mode="json"))))
            return language if bare_word(word) in self._pathway_words[1] else interface

        self._word_widths = soften_wide_words(self.browser.document(), self._softened_for, language_of)

    def _words_fit_differently(self) -> bool:
        """Whether the panel's width now makes other words of the page too wide (or no longer)."""
        if not self.browser.isVisible():
            return False
        old, new = self._softened_for, self.browser.text_width()
        if old is None:
            return True
        return any(min(old, new) < width <= max(old, new) for width in self._word_widths)

    # -- building the page -------------------------------------------------------------

    def _html(self) -> str:
        doc = self._document
        if doc.pathway is None:
            return _page("<p>" + _e(QCoreApplication.translate("PanelsDetails", "No pathway is open.")) + "</p>")
        if doc.selected is None:
            return _page(self._overview_html())
        return _page(self._step_html(doc.selected))

    def _overview_html(self) -> str:
        p = self._document.pathway
        assert p is not None
        return (
            f'<p style="font-size:{_pt(BODY_PT + 2):g}pt; color:{active_theme().panel_ink};"><b>'
            + _e(QCoreApplication.translate("PanelsDetails", "Click a step to see what happens, who is there and how to prepare."))
            + f'</b></p><p style="color:{active_theme().panel_muted};">'
            + _e(QCoreApplication.translate("PanelsDetails", "You can also use the arrow keys to move between steps, and Ctrl+F to search."))
            + "</p>"
            + self._title_html(p.title, top=18)
            + f"<p{dir_attribute(p.disclaimer)}>{self._marker.mark(p.disclaimer)}</p>"
            + self._review_html()
            + self._glossary_html()
        )

    def _step_html(self, step_id: str) -> str:
        doc = self._document
        pathway = doc.pathway
        assert pathway is not None
        step = pathway.step(step_id)
        phase = pathway.phase_of(step)
        sections = step_sections(
            pathway, step, audience=doc.audience, dates=doc.dates_for(step_id), role=doc.role,
            choices=doc.chosen(), temperature_unit=doc.temperature_unit,
        )
        parts = [self._title_html(step.title, top=0, bottom=2)]
        if phase is not None:
            parts.append(
                f'<p style="color:{active_theme().panel_muted}; margin-top:0;">'
                # A box of colour, not a "■" character: a screen reader read that as "black square".
                f'<span style="background-color:{self._phase_color(phase.id)}; font-size:{_pt(BODY_PT + 4):g}pt;">'
                "&nbsp;&nbsp;&nbsp;</span>"
                " " + fill(QCoreApplication.translate("PanelsDetails", "Part of the journey: %1"), f"<b>{_e(phase.title)}</b>") + "</p>"
            )
        role_names = [r.name for r in pathway.roles]
        mark = self._marker.mark
        body = []
        for section in sections:
            if section.key == "sources":
                continue
            body.append(_section_html(section, role_names, mark))
            if section.key == "timing":
                body.append(self._rules_html(pathway, step))
            if section.key == "urgent":
                body.append(self._emergency_html())
        # The word list goes after the text it explains and before the citations.
        parts += body
        parts.append(self._glossary_html())
        parts += [_section_html(s, role_names) for s in sections if s.key == "sources"]
        parts.append(self._review_html())
        return "".join(parts)

    def _page_title(self) -> str | None:
        doc = self._document
        if doc.pathway is None:
            return None
        return doc.pathway.title if doc.selected is None else doc.pathway.step(doc.selected).title

    def _fit_title(self, title: str) -> tuple[str, float]:
        """``title`` and its size in points for the panel's width: a word too wide for a line
        may break with a hyphen (in the pathway's language); one that still does not fit
        makes the title smaller (down to the body's size) rather than break anywhere."""
        size = _pt(BODY_PT + 6)
        if not self.browser.isVisible():
            return title, size  # no width yet: fitted once shown (showEvent)
        font = QFont(self.browser.font())
        font.setPointSizeF(size)
        font.setBold(True)
        metrics = QFontMetricsF(font)
        width = self.browser.text_width()
        language = self._document.words_language
        text = title if _read_aloud() else hyphenate_wide_words(title, metrics, width, language)
        widest = widest_piece(text, metrics)
        if widest > width:
            size = max(_pt(BODY_PT), math.floor(size * width / widest * 10) / 10)
        return text, size

    def _title_html(self, title: str, **margins: int) -> str:
        self._title_shown = self._fit_title(title)
        text, size = self._title_shown
        return heading_html(_e(text), size, **margins)

    def _on_width_changed(self) -> None:
        # The title is written for the panel's width: again, at the same scroll place, when
        # the new width breaks its words differently.
        title = self._page_title()
        if title is None or (self._fit_title(title) == self._title_shown and not self._words_fit_differently()):
            return
        bar = self.browser.verticalScrollBar()
        keep = bar.value()
        self.refresh()
        bar.setValue(keep)

    def _review_html(self) -> str:
        """Who checked this content and when; a due review stands out (the reader should know)."""
        doc = self._document
        assert doc.pathway is not None
        due = doc.due_words()
        out = f'<p style="color:{active_theme().panel_muted}; margin-top:18px;">{_e(review_words(doc.pathway))}</p>'
        if due is not None:
            out += f'<p style="color:{active_theme().warning_ink};"><b>{_e(due)}.</b></p>'
        return out

    def _emergency_html(self) -> str:
        return f'<p style="margin-top:6px;"><b>{_e(emergency_words(self._document.clinic.emergency_number))}</b></p>'

    def _rules_html(self, pathway: Pathway, step: Step) -> str:
        clinic = self._document.clinic
        rules = local_rules(pathway, step, clinic)
        if not rules:
            return ""
        name = clinic.name or QCoreApplication.translate("PanelsDetails", "your clinic")
        out = [heading_html(fill(QCoreApplication.translate("PanelsDetails", "Local rules from %1"), _e(name)), _pt(BODY_PT + 2))]
        out += [f'<p style="margin-top:2px;"><b>{_e(what)}:</b> {_e(rule)}</p>' for what, rule in rules]
        return "".join(out)

    def _glossary_html(self) -> str:
        used = self._marker.used
        if not used:
            return ""
        out = [
            heading_html(QCoreApplication.translate("PanelsDetails", "Words used on this page"), _pt(BODY_PT + 2), top=22),
            f'<p style="color:{active_theme().panel_muted}; margin-top:0;">'
            + _e(QCoreApplication.translate("PanelsDetails", "Words with a dotted line are explained here. Point at one, or click it, to see what it means."))
            + "</p>",
        ]
        out += [f'<p style="margin-top:4px;"><b>{_e(t.term)}</b>: {_e(t.definition)}</p>' for t in used]
        return "".join(out)


    def _phase_color(self, phase_id: str) -> str:
        pathway = self._document.pathway
        if self._theme is not None and pathway is not None and hasattr(self._theme, "phase_color"):
            return QColor(self._theme.phase_color(pathway, phase_id)).name()
        color = pathway.phase(phase_id).color if pathway is not None else None
        return color or active_theme().panel_muted


def _section_html(section: Section, role_names: list[str], mark: Callable[[str], str] = _e) -> str:
    """One section as rich text; ``mark`` escapes text and marks glossary words in it."""
    ui = active_theme()
    heading_color = ui.warning_ink if section.key in ("warnings", "urgent") else ui.panel_ink
    return section_list_html(
        section, role_names, heading_color=heading_color, heading_pt=_pt(BODY_PT + 2), highlight_bg=ui.highlight_background,
        mark=mark,
    )


def heading_html(inner: str, point_size: float, *, color: str | None = None, top: int = 16, bottom: int = 4) -> str:
    """A bold paragraph in the panel's ink; ``inner`` must already be escaped."""
    return _heading_html(inner, point_size, color=color or active_theme().panel_ink, top=top, bottom=bottom)


def _page(body: str) -> str:
    return page_html(body, color=active_theme().panel_ink, size=f"{_pt(BODY_PT):g}pt")


def _words_of(data: object) -> set[str]:
    """Every word (without the punctuation around it) of the strings in ``data``, a pathway
    as plain data."""
    if isinstance(data, str):
        return {bare_word(word) for word in data.split()}
    if isinstance(data, dict):
        return set().union(*(_words_of(value) for value in data.values())) if data else set()
    if isinstance(data, list):
        return set().union(*(_words_of(value) for value in data)) if data else set()
    return set()
