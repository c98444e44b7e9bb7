"""Help > About: the app, the pathway's review status, its sources, and the font licence.

Trainers are asked "where does this come from?": the answer is every source citation of
the open pathway, in full, next to the date the content was last reviewed.
"""

from __future__ import annotations

import datetime as dt
from importlib.resources import files

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from models.wording.i18n import fill
from models import Pathway
from models.wording.patient_words import due_for_review_words, review_words
from models.wording.sections import format_date
from models.wording import escape
from models.wording import heading_html as _heading_html

from .. import APP_NAME, __version__
from ..core.safe_text import SafeTextBrowser
from ..core.theme import Theme, active_theme


def font_licence_text() -> str:
    try:
        return (files("resources") / "fonts" / "LICENSE-NotoSans.txt").read_text(encoding="utf-8")
    except OSError:
        return "Noto Sans is licensed under the SIL Open Font License, Version 1.1."


def script_font_notices() -> list[str]:
    """The notice lines of the Arabic, Hebrew and CJK fonts: their licence files start with them."""
    notices: list[str] = []
    folder = files("resources") / "fonts"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith("LICENSE-") and entry.name != "LICENSE-NotoSans.txt":
            head = entry.read_text(encoding="utf-8").partition("Licensed under")[0]
            notices += [line for line in head.splitlines() if line.strip()]
    return notices


def _pt(points: float) -> float:
    """``points`` at the text size the user chose (View > Text size): the body text follows
    it, so the headings must too (at 200 % they were smaller than the words under them)."""
    return points * active_theme().base_point_size / Theme.base_point_size


def heading_html(inner: str, point_size: float, *, top: int = 16) -> str:
    """A heading in the panels' ink, as the details panel writes them."""
    return _heading_html(inner, _pt(point_size), color=active_theme().panel_ink, top=top)


def about_html(pathway: Pathway | None, source_name: str = "", today: dt.date | None = None) -> str:
    e = escape
    parts = [
        heading_html(e(APP_NAME), 19, top=0),
        "<p>" + e(fill(QCoreApplication.translate("DialogsAbout", "Version %1. Works offline; opens no network connection."), __version__)) + "</p>",
    ]
    if pathway is not None:
        parts += [
            heading_html(e(pathway.title), 15),
            f"<p>{e(review_words(pathway))}" + (f" ({e(source_name)})" if source_name else "") + "</p>",
        ]
        due = due_for_review_words(pathway, today) if today is not None else None
        if due is not None:
            parts.append(f"<p><b>{e(due)}.</b></p>")
        parts.append(f"<p><b>{e(pathway.disclaimer)}</b></p>")
        if pathway.changes:
            parts.append(heading_html(QCoreApplication.translate("DialogsAbout", "Changes"), 15) + "<ul>")
            parts += [
                "<li>" + fill(QCoreApplication.translate("DialogsAbout", "Version %1, %2: %3"), e(c.version), e(format_date(c.date)), e(c.summary)) + "</li>"
                for c in pathway.changes
            ]
            parts.append("</ul>")
        parts.append(heading_html(QCoreApplication.translate("DialogsAbout", "Sources"), 15) + "<ol>")
        for source in pathway.sources:
            url = f"<br>{e(source.url)}" if source.url else ""
            parts.append(f'<li style="margin-bottom:6px;">{e(source.citation)}{url}</li>')
        parts.append("</ol>")
    licence = font_licence_text()
    first, _, rest = licence.partition("\n")
    parts += [
        heading_html(QCoreApplication.translate("DialogsAbout", "Font"), 15),
        "<p>" + e(first) + " "
        + e(QCoreApplication.translate("DialogsAbout", "Licensed under the SIL Open Font License, Version 1.1; the full licence follows.")) + "</p>",
        *(f"<p>{e(line)}</p>" for line in script_font_notices()),
        f'<p style="font-size:{_pt(9):g}pt; white-space:pre-wrap;">{e(rest.strip())}</p>',
    ]
    return "".join(parts)


class AboutDialog(QDialog):
    def __init__(
        self, pathway: Pathway | None, source_name: str = "", parent: QWidget | None = None, *, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(fill(QCoreApplication.translate("DialogsAbout", "About %1"), APP_NAME))
        self.browser = SafeTextBrowser(self)
        self.browser.setObjectName("about_text")
        self.browser.setAccessibleName(self.tr("About this viewer: version, sources and licences"))
        self.browser.setHtml(about_html(pathway, source_name, today))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(720, 640)

    def text(self) -> str:
        return self.browser.toPlainText()
