"""How narrow a side panel may be and still be read: a measure in characters of its own text.

A fixed number of pixels was too wide at the first look (the journey map needed the room
and the panels held it) and too narrow at double text size (a few words a line). A measure
in characters follows the text size, the font and the language's script.
"""

from __future__ import annotations

import math

from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QStyle, QWidget

# Narrow newspaper columns hold about 25 characters a line: the least that still reads as
# sentences rather than a list of words (the details' large type makes that about 280 px).
DETAILS_CHARACTERS = 24
# A role's name or an outline line reads in pieces of two or three words: fewer characters.
LIST_CHARACTERS = 16
# The app's own widths for the side panels (the care team and the outline share a column;
# the details): the main window opens them at these, and no reading floor asks for more.
# At large text a floor in characters would otherwise outgrow them (about 340 and 530 px at
# 200 %) and hold the window wider than a 1024 px screen, leaving the map a sliver; a panel
# at its cap still reads, in shorter lines, and the user may widen it.
LIST_PANEL_WIDTH = 260
DETAILS_PANEL_WIDTH = 400


def readable_width(widget: QWidget, font: QFont, characters: int, chrome: float, most: int) -> int:
    """Pixels for ``widget`` whose lines hold about ``characters`` average characters of
    ``font``, with ``chrome`` pixels of margins and frames beside the text and room for an
    upright scroll bar (a long page or list has one); never more than ``most`` (the app's
    own width for the panel)."""
    bar = widget.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, widget)
    return min(most, math.ceil(characters * QFontMetricsF(font).averageCharWidth() + chrome + bar))
