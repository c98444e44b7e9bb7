"""The handout's rich-text pieces: headings, lists, tables, boxes and write-in lines.

Printed pages read in points; the sizes and colours here are the handout's own (its colours
come from :mod:`pathway_viewer.core.theme`). Every string passed in is escaped here unless the
argument says it is already markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from PySide6.QtGui import QFont, QFontMetricsF, QImage

from models.hyphenation import soft_hyphenate
from models.wording import dir_attribute, html_dir_attribute
from models.wording import escape as _e

from ..core.text_fit import hyphenate_wide_words
from ..core.theme import PRINT_ACCENT as ACCENT
from ..core.theme import PRINT_BOX_BG as BOX_BG
from ..core.theme import PRINT_INK as INK
from ..core.theme import PRINT_MUTED as MUTED
from ..core.theme import PRINT_RULE as RULE
from .paged_text import LARGE_PRINT_PT, MARGIN_MM

BODY_PT = 12

# The text's width on the narrower of the clinic's papers (A4: 210 mm; US Letter is wider),
# in points, and what a table's cell takes of its column's width (padding and rules, rounded
# up): a word measured against the narrower page is never too wide for the other.
TEXT_WIDTH_PT = (210 - 2 * MARGIN_MM) * 72 / 25.4
CELL_CHROME_PT = 24
_POINT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")


def scale_point_sizes(html: str, factor: float, least: float = 0.0) -> str:
    """Every ``font-size: N pt`` in ``html`` times ``factor`` (large print keeps the
    proportions of headings), and none under ``least``: scaled alone, the care team's role
    descriptions were about 14 pt in a large-print handout whose body is 16."""
    return _POINT_SIZE.sub(lambda m: f"font-size:{max(float(m.group(1)) * factor, least):.4g}pt", html)


def box(inner: str, background: str, *, border: str = RULE, size: float = BODY_PT) -> str:
    """Text in a framed, shaded box: warnings, the disclaimer, the emergency number."""
    return (
        f'<table width="100%" cellspacing="0" cellpadding="12" border="1" '
        f'style="border-color:{border}; border-style:solid; background-color:{background}; '
        f'margin-top:8px; margin-bottom:8px;"><tr><td style="font-size:{size}pt;">{inner}</td></tr></table>'
    )


def _anchor(name: str | None) -> str:
    """A named place at the start of a heading: the contents find its page by it."""
    return f'<a name="{_e(name)}"></a>' if name else ""


def h1(text: str, *, anchor: str | None = None) -> str:
    return (
        f'<h1 style="font-size:21pt; color:{INK}; page-break-before:always; margin-top:0; '
        f'margin-bottom:10px;">{_anchor(anchor)}{_e(text)}</h1>'
    )


def h2(text: str, *, anchor: str | None = None) -> str:
    return (
        f'<h2 style="font-size:16pt; color:{ACCENT}; margin-top:20px; margin-bottom:4px;">'
        f"{_anchor(anchor)}{_e(text)}</h2>"
    )


def h4(text: str) -> str:
    """A quiet line that travels with the heading or table after it (headings keep together)."""
    return (
        f'<h4 style="font-size:{BODY_PT}pt; font-weight:normal; color:{MUTED}; margin-top:2px; '
        f'margin-bottom:6px;">{_e(text)}</h4>'
    )


def h3(text: str, *, color: str = INK) -> str:
    return f'<h3{dir_attribute(text)} style="font-size:14pt; color:{color}; margin-top:16px; margin-bottom:4px;">{_e(text)}</h3>'


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def list_html(items: Sequence[str], *, escaped: bool = False) -> str:
    lis = "".join(
        f'<li{html_dir_attribute(x) if escaped else dir_attribute(x)} style="margin-bottom:5px;">{x if escaped else _e(x)}</li>'
        for x in items
    )
    return f'<ul style="margin-top:2px;">{lis}</ul>'


def column_room(columns: int) -> float:
    """Points across each column of a ``columns``-column table may count on, the first
    (a step's number) aside: an equal share of the rest."""
    return TEXT_WIDTH_PT / max(1, columns - 1) - CELL_CHROME_PT


def cell_words(text: str, language: str, font: QFont | None, room: float, *, bold: bool = False) -> str:
    """``text`` for a table cell ``room`` points wide: soft hyphens, by ``language``, in
    those of its words wider than that in ``font`` (bold if the cell is), so Qt breaks them
    with a hyphen rather than between any two letters. A word that fits stays whole: Qt
    breaks at a soft hyphen wherever a line fills, not only where it must. With no font,
    every long word gets them."""
    if font is None:
        return soft_hyphenate(text, language)
    measured = QFont(font)
    measured.setBold(bold)
    return hyphenate_wide_words(text, QFontMetricsF(measured, _points()), room, language)


@cache
def _points() -> QImage:
    """A device of 72 dots per inch: font metrics on it are in points, the page's own unit."""
    device = QImage(1, 1, QImage.Format.Format_ARGB32)
    device.setDotsPerMeterX(round(72 / 0.0254))
    device.setDotsPerMeterY(round(72 / 0.0254))
    return device


def table(
    header: list[str], rows: list[list[str]], *, bold_column: int = -1, widths: Sequence[int] = ()
) -> str:
    head = "".join(
        f'<th align="left" style="background-color:{BOX_BG}; padding:6px;"'
        + (f' width="{widths[i]}%"' if i < len(widths) else "")
        + f">{_e(h)}</th>"
        for i, h in enumerate(header)
    )
    body = []
    for row in rows:
        cells = []
        for i, cell in enumerate(row):
            text = f"<b>{_e(cell)}</b>" if i == bold_column else _e(cell)
            # A cell in a right-to-left script runs right to left: the table's left-to-right
            # default put "20" on the wrong side of a Hebrew title.
            cells.append(f'<td{dir_attribute(cell)} style="padding:6px;">{text}</td>')
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" border="1" '
        f'style="border-color:{RULE}; border-style:solid; margin-top:6px;">'
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def write_in_lines(labels: Sequence[str]) -> str:
    rows = "".join(
        f'<tr><td style="padding:10px 10px 10px 0;" width="35%"><b>{_e(label)}:</b></td>'
        f'<td style="padding:10px 0; border-bottom:1px solid {RULE};">&nbsp;</td></tr>'
        for label in labels
    )
    return f'<table width="100%" cellspacing="0">{rows}</table>'
