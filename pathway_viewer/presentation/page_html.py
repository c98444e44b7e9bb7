"""The presentation's rich text at the sizes worked out for the screen it is on.

The HTML itself comes from :mod:`models.wording`, as for the details panel and the handout;
this only supplies the presentation's sizes and the theme's colours.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextDocument

from models.wording import presentation_heading_html, section_table_html
from models.wording.sections import Section

from ..core.theme import Theme
from .sizes import Sizes


class PageHtml:
    def __init__(self, theme: Theme, sizes: Sizes) -> None:
        self._theme, self._sizes = theme, sizes

    def heading(self, text: str, color: QColor) -> str:
        s = self._sizes
        return presentation_heading_html(text, base_px=s.base, heading_px=s.heading, color=color.name().upper())

    def section(self, section: Section, role_names: list[str]) -> str:
        theme, s = self._theme, self._sizes
        color = theme.warning_color if section.key in ("warnings", "urgent") else theme.accent_color
        return section_table_html(
            section, role_names, base_px=s.base, heading_px=s.heading, heading_color=color.name().upper()
        )

    def page(self, parts: list[str]) -> str:
        ink = self._theme.text_color.name().upper()
        return f'<div style="font-size:{self._sizes.body}px; color:{ink};">{"".join(parts)}</div>'


def plain(rich: str) -> str:
    """What a rich-text label reads as, for tests and screen readers."""
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()
