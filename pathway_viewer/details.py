"""The details panel: everything about the selected step, in large plain type.

The text comes from :func:`models.sections.step_sections`, the same definition the handout
and presentation mode use. Pathway text is plain text: every string is escaped before it
goes into the rich text, and the browser loads no resource of any kind, so a pathway file
cannot make the app fetch a URL or show markup it did not mean to.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QDockWidget, QTextBrowser, QWidget

from models.schedule import step_dates
from models.sections import Section, format_date, step_sections

from .document import PathwayDocument

# Calm colours with strong contrast on white (all pass WCAG AA for body text).
INK = "#1f2933"
MUTED = "#52606d"
HIGHLIGHT_BG = "#fff1b8"  # the chosen role's line: a soft marker-pen yellow
WARNING_INK = "#8a1c1c"

BODY_PT = 13


class SafeTextBrowser(QTextBrowser):
    """A read-only rich-text view that never follows a link or loads anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)

    def loadResource(self, type: int, name: QUrl) -> Any:  # noqa: A002 - Qt's parameter name
        # Images, style sheets, anything: the app loads no resource named by content.
        return None


class DetailsPanel(QDockWidget):
    """Shows the selected step; with nothing selected, a hint and the pathway's disclaimer."""

    def __init__(self, document: PathwayDocument, theme: Any = None, parent: QWidget | None = None) -> None:
        super().__init__("Step details", parent)
        self.setObjectName("details")
        self._document = document
        self._theme = theme
        self.browser = SafeTextBrowser(self)
        self.browser.setObjectName("details_text")
        self.browser.setAccessibleName("Step details")
        font = QFont(self.browser.font())
        font.setPointSizeF(BODY_PT)
        self.browser.setFont(font)
        self.browser.document().setDocumentMargin(14)
        self.browser.setStyleSheet(f"QTextBrowser {{ background: #ffffff; color: {INK}; border: none; }}")
        self.setWidget(self.browser)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.setMinimumWidth(320)

        for signal in (
            document.sig_pathway_changed,
            document.sig_selection_changed,
            document.sig_role_changed,
            document.sig_audience_changed,
            document.sig_schedule_changed,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def text(self) -> str:
        """What the panel shows, as plain text (for tests and accessibility checks)."""
        return self.browser.toPlainText()

    def refresh(self, *_: object) -> None:
        self.browser.setHtml(self._html())
        self.browser.verticalScrollBar().setValue(0)

    # -- building the page -------------------------------------------------------------

    def _html(self) -> str:
        doc = self._document
        if doc.pathway is None:
            return _page("<p>No pathway is open.</p>")
        if doc.selected is None:
            return _page(self._overview_html())
        return _page(self._step_html(doc.selected))

    def _overview_html(self) -> str:
        p = self._document.pathway
        assert p is not None
        return (
            f'<p style="font-size:{BODY_PT + 2}pt; color:{INK};"><b>Click a step to see what happens,'
            " who is there and how to prepare.</b></p>"
            f'<p style="color:{MUTED};">You can also use the arrow keys to move between steps,'
            " and Ctrl+F to search.</p>"
            + heading_html(_e(p.title), BODY_PT + 6, top=18)
            + f"<p>{_e(p.disclaimer)}</p>"
            f'<p style="color:{MUTED};">Content version {_e(p.version)}, last reviewed '
            f"{_e(format_date(p.last_reviewed))}.</p>"
        )

    def _step_html(self, step_id: str) -> str:
        doc = self._document
        pathway = doc.pathway
        assert pathway is not None
        step = pathway.step(step_id)
        phase = pathway.phase(step.phase)
        sections = step_sections(pathway, step, audience=doc.audience, dates=self._dates(step_id), role=doc.role)
        parts = [
            heading_html(_e(step.title), BODY_PT + 6, top=0, bottom=2),
            f'<p style="color:{MUTED}; margin-top:0;">'
            f'<span style="color:{self._phase_color(step.phase)}; font-size:{BODY_PT + 4}pt;">&#9632;</span>'
            f" Part of the journey: <b>{_e(phase.title)}</b></p>",
        ]
        parts += [_section_html(section, [r.name for r in pathway.roles]) for section in sections]
        return "".join(parts)

    def _dates(self, step_id: str) -> tuple[dt.date, dt.date] | None:
        doc = self._document
        if doc.pathway is None or doc.infusion_date is None:
            return None
        try:
            return step_dates(doc.pathway, doc.infusion_date, doc.collection_date).get(step_id)
        except ValueError:  # impossible dates are reported where they are typed in
            return None

    def _phase_color(self, phase_id: str) -> str:
        pathway = self._document.pathway
        if self._theme is not None and pathway is not None and hasattr(self._theme, "phase_color"):
            return QColor(self._theme.phase_color(pathway, phase_id)).name()
        color = pathway.phase(phase_id).color if pathway is not None else None
        return color or MUTED


def _section_html(section: Section, role_names: list[str]) -> str:
    heading_color = WARNING_INK if section.key == "warnings" else INK
    out = [heading_html(_e(section.heading), BODY_PT + 2, color=heading_color)]
    out += [f'<p style="margin-top:2px;">{_e(text)}</p>' for text in section.paragraphs]
    items = list(section.items)
    if section.highlight is not None and section.highlight in items:
        # The reader chose this role: their line comes first and stands out.
        items.remove(section.highlight)
        items.insert(0, section.highlight)
    if items:
        out.append('<ul style="margin-left:-16px; -qt-list-indent:1;">')
        for item in items:
            text = _team_line(item, role_names) if section.key == "team" else _e(item)
            if item == section.highlight:
                out.append(
                    f'<li style="background-color:{HIGHLIGHT_BG}; margin-bottom:6px;">'
                    f"&#9733; {text}</li>"
                )
            else:
                out.append(f'<li style="margin-bottom:6px;">{text}</li>')
        out.append("</ul>")
    return "".join(out)


def _team_line(item: str, role_names: list[str]) -> str:
    # "Name: what they do" -> the name in bold, so a nurse can scan down the roles.
    for name in sorted(role_names, key=len, reverse=True):
        if item.startswith(name + ": "):
            return f"<b>{_e(name)}</b>: {_e(item[len(name) + 2:])}"
    return _e(item)


def heading_html(inner: str, point_size: float, *, color: str = INK, top: int = 16, bottom: int = 4) -> str:
    """A bold paragraph of an exact size; ``inner`` must already be escaped.

    Not <h1>/<h2>: Qt's rich text adds its own size step on top of a heading's font-size,
    so a "15pt" <h2> draws at about 19pt and the headings shout over the text.
    """
    return (
        f'<p style="font-size:{point_size:g}pt; font-weight:700; color:{color};'
        f' margin-top:{top}px; margin-bottom:{bottom}px;">{inner}</p>'
    )


def _page(body: str) -> str:
    return f'<html><body style="color:{INK}; font-size:{BODY_PT}pt;">{body}</body></html>'


def _e(text: str) -> str:
    return html.escape(text, quote=True)

