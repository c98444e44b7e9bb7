"""How much of the screen a dialog may take, and how wide its text reads well.

A dialog sized for its words at 100 % text can run off a laptop's screen at 200 %
(Set dates was 772 px tall, its buttons below a 768 px screen): the width for a
comfortable line grows with the text, and the screen's available room caps both sides.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QWidget

READING_CHARACTERS = 60  # a comfortable line of dialog text, whatever the text size
SCREEN_SHARE = 0.92  # leave the window frame and a little desktop visible around it


def available_room(widget: QWidget) -> QRect | None:
    """The available geometry of the screen the dialog (or its parent window) is on."""
    screen = widget.screen()
    if screen is None and widget.parentWidget() is not None:
        screen = widget.parentWidget().screen()
    return screen.availableGeometry() if screen is not None else None


def reading_width(widget: QWidget, least: int) -> int:
    """A width for about READING_CHARACTERS of the dialog's own font, at least ``least``,
    at most the screen's available width (so never a sideways scroll or an edge off screen)."""
    width = max(least, widget.fontMetrics().averageCharWidth() * READING_CHARACTERS)
    room = available_room(widget)
    if room is not None:
        width = min(width, max(least, int(room.width() * SCREEN_SHARE)))
    return width


def height_cap(widget: QWidget) -> int | None:
    """The tallest a dialog may be on its screen (None when there is no screen to ask)."""
    room = available_room(widget)
    return int(room.height() * SCREEN_SHARE) if room is not None else None


def fit_to_words(dialog: QWidget, least_width: int, least_height: int) -> None:
    """Size ``dialog`` for its wrapped words at a comfortable width, within the screen.

    Qt does not ask a layout how tall wrapped labels are at the dialog's width, so a fixed
    size cut words off at large text; a dialog whose words cannot all fit the screen keeps
    the screen's height and its list (the stretching part) gives up the room.
    """
    layout = dialog.layout()
    width = reading_width(dialog, max(least_width, layout.totalMinimumSize().width()))
    height = max(least_height, layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.totalSizeHint().height())
    cap = height_cap(dialog)
    if cap is not None:
        height = min(height, cap)
    dialog.resize(width, height)
