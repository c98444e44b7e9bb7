"""How much of the screen a window, dialog or pop-up may take, and how wide its text reads well.

A dialog sized for its words at 100 % text can run off a laptop's screen at 200 %
(Set dates was 772 px tall, its buttons below a 768 px screen): the width for a
comfortable line grows with the text, and the screen's available room caps both sides.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

READING_CHARACTERS = 60  # a comfortable line of dialog text, whatever the text size
SCREEN_SHARE = 0.92  # leave the window frame and a little desktop visible around it
MOST_OF_SCREEN = 0.9  # a form or a pop-up: its frame and the taskbar fit too


def available_room(widget: QWidget) -> QRect | None:
    """The available geometry of the screen the widget (or its parent window) is on."""
    screen = widget.screen()
    if screen is None and widget.parentWidget() is not None:
        screen = widget.parentWidget().screen()
    return screen.availableGeometry() if screen is not None else None


def room_share(widget: QWidget, share: float) -> QSize | None:
    """``share`` of that room each way, in whole pixels (None when there is no screen to ask)."""
    room = available_room(widget)
    return QSize(int(room.width() * share), int(room.height() * share)) if room is not None else None


def reading_width(widget: QWidget, least: int) -> int:
    """A width for about READING_CHARACTERS of the dialog's own font, at least ``least``,
    at most the screen's available width (so never a sideways scroll or an edge off screen)."""
    width = max(least, widget.fontMetrics().averageCharWidth() * READING_CHARACTERS)
    room = room_share(widget, SCREEN_SHARE)
    if room is not None:
        width = min(width, max(least, room.width()))
    return width


def height_cap(widget: QWidget) -> int | None:
    """The tallest a dialog may be on its screen (None when there is no screen to ask)."""
    room = room_share(widget, SCREEN_SHARE)
    return room.height() if room is not None else None


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


def fit_scrolling_body(dialog: QWidget, scroll: QScrollArea, buttons: QWidget, least_width: int) -> None:
    """Size a dialog whose words and fields sit in ``scroll`` above ``buttons``: a
    comfortable width within the screen, the body's whole height if the screen holds it,
    else the screen's height with the body scrolling (vertically only) and the buttons in view."""
    layout = dialog.layout()
    body_layout = scroll.widget().layout()
    margins = layout.contentsMargins()
    sides = margins.left() + margins.right()
    least = max(least_width, body_layout.totalMinimumSize().width() + sides, buttons.minimumSizeHint().width() + sides)
    width = reading_width(dialog, least)
    # Measured as if the scroll bar were there, so words that just fit do not call it up.
    inner = width - sides - scroll.verticalScrollBar().sizeHint().width()
    body = body_layout.totalHeightForWidth(inner) if body_layout.hasHeightForWidth() else body_layout.totalSizeHint().height()
    rest = margins.top() + margins.bottom() + layout.spacing() + buttons.sizeHint().height()
    cap = height_cap(dialog)
    shown = body if cap is None else max(dialog.fontMetrics().lineSpacing() * 3, min(body, cap - rest))
    scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded if shown < body else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumHeight(shown)
    dialog.setMinimumSize(width, shown + rest)
    if dialog.isVisible():
        # Once shown, a size the user chose (a wider, taller dialog) is kept: the dialog only
        # grows when its words need more, rather than snapping back at every change.
        dialog.resize(max(width, dialog.width()), max(shown + rest, dialog.height()))
    else:
        dialog.resize(width, shown + rest)


def scrolling_body(dialog: QWidget, name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A frameless area that scrolls up and down only, and the layout to fill it with."""
    body = QWidget(dialog)
    body_layout = QVBoxLayout(body)
    body_layout.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(dialog)
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # No Tab stop of its own: Tab goes from field to field, and the area scrolls to each.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    return scroll, body_layout
