"""Forms that fit a narrow dialog at large text: labels wrap, a long label stands above its
field, a box's title wraps, a list shrinks to the room it has.

Qt's form labels, group box titles and combo boxes ask for their whole text on one line,
so at 150-200 % text a dialog grew wider than the screen or scrolled sideways.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QGroupBox, QLabel, QLayout, QVBoxLayout, QWidget

from ..core import screen_room  # looked up when used: a test gives its own screen
from ..core.screen_room import MOST_OF_SCREEN

COMBO_CHARACTERS = 12  # a list is never narrower than this many characters of its font


def wrap_form(form: QFormLayout) -> QFormLayout:
    """Labels that wrap, standing above their field when the row is too narrow for both."""
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if label is not None and isinstance(label.widget(), QLabel):
            label.widget().setWordWrap(True)
    return form


def shrinkable(combo: QComboBox) -> QComboBox:
    """A list as narrow as its room (its longest choice is shown whole when it opens)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_CHARACTERS)
    return combo


def titled_box(title: str, parent: QWidget) -> tuple[QGroupBox, QVBoxLayout]:
    """A group box whose title wraps (a QGroupBox title never does), and its layout."""
    box = QGroupBox(parent)
    return box, wrap_title(box, title)


def wrap_title(box: QGroupBox, title: str) -> QVBoxLayout:
    """Give ``box`` (with no title of its own) ``title`` as a wrapping bold label at its
    top, and as its name for a screen reader; returns the box's layout."""
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    heading = QLabel(title, box)
    heading.setWordWrap(True)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    layout.addWidget(heading)
    return layout


def fit_to_screen(dialog: QDialog, content: QLayout | QWidget, width: int, height: int) -> None:
    """Size ``dialog`` to ``width`` x ``height`` grown to its content's width, within the
    screen it opens on (nine tenths of it, so its frame and the taskbar fit too)."""
    hint = content.sizeHint()
    want_width, want_height = max(width, hint.width()), max(height, dialog.minimumSizeHint().height())
    room = screen_room.room_share(dialog, MOST_OF_SCREEN)
    if room is not None:
        want_width, want_height = min(want_width, room.width()), min(want_height, room.height())
    dialog.resize(want_width, want_height)
