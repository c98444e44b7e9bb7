"""The branch choices in presentation mode: "Some people go another way here. Press 1 ...".

Each way out of the current step that the arrow keys do not follow is a numbered button;
as many sit side by side as fit whole, and the rest wrap onto the next row.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from models.wording.i18n import fill
from models import Pathway, Transition, TransitionKind
from models.wording.journey_words import arrow_label

from ..core.theme import Theme
from .sizes import Sizes

MAX_CHOICE_COLUMNS = 3


class ChoicesBox(QFrame):
    """The numbered buttons for the branches from the current step (hidden when there are none)."""

    sig_chosen = Signal(int)  # the choice's number, 1 for the first

    def __init__(self, theme: Theme, heading: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self.setObjectName("presentation_choices")
        self.setStyleSheet(theme.choices_box_style("presentation_choices"))
        layout = QVBoxLayout(self)
        self.heading = heading
        heading.setStyleSheet(theme.bare_label_style())
        layout.addWidget(heading)
        self._grid = QGridLayout()
        layout.addLayout(self._grid)
        self.buttons: list[QPushButton] = []
        self.compact = False

    def show_choices(self, pathway: Pathway, choices: list[Transition], sizes: Sizes, width: int, *, compact: bool = False) -> None:
        """``compact``: each button on one line, the number and where it leads (the way's
        own words in its tooltip), for a screen that shares its height with the presenter's
        notes and has none to spare (large text on a laptop)."""
        for button in self.buttons:
            self._grid.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.buttons = []
        self.compact = compact
        self.setVisible(bool(choices))
        if not choices:
            return
        keys = "1" if len(choices) == 1 else fill(QCoreApplication.translate("PresentationChoices", "%1 to %2"), "1", str(len(choices)))
        together = sum(1 for t in choices if t.kind is TransitionKind.parallel)
        # A step at the same time is not "another way": saying so would tell the patient the
        # opposite of what happens.
        if together == len(choices):
            heading = QCoreApplication.translate("PresentationChoices", "Something also happens at the same time. Press %1 to see it:")
        elif together:
            heading = QCoreApplication.translate(
                "PresentationChoices", "Some people go another way here, and something also happens at the same time. Press %1 to see one:")
        else:
            heading = QCoreApplication.translate("PresentationChoices", "Some people go another way here. Press %1 to see that path:")
        self.heading.setText(fill(heading, keys))
        for number, transition in enumerate(choices, start=1):
            label = arrow_label(transition) or QCoreApplication.translate("PresentationChoices", "next")  # "at the same time", "relapse (rarely)"
            way = f"{label[:1].upper()}{label[1:]}"
            title = pathway.step(transition.to).title
            text = f"{number} \u2192 {title}" if compact else f"{number}   {way}\n\u2192 {title}"
            # A lone "&" would mark a shortcut key and vanish: the file's words show as typed.
            button = QPushButton(text.replace("&", "&&"), self)
            if compact:
                button.setToolTip(f"<p>{escape(way)}: {escape(title)}</p>")
                button.setAccessibleName(f"{number} {way}: {title}")  # heard whole, as when not compact
            button.setObjectName(f"presentation_choice_{number}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space moves on; it never presses a button
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, n=number: self.sig_chosen.emit(n))
            self._style_button(button, sizes)
            self.buttons.append(button)
        self._place_buttons(sizes, width)

    def apply_sizes(self, sizes: Sizes, font: QFont) -> None:
        self.heading.setFont(font)
        self.layout().setContentsMargins(
            round(sizes.base * 0.6), round(sizes.base * 0.4), round(sizes.base * 0.6), round(sizes.base * 0.5)
        )

    def _place_buttons(self, sizes: Sizes, width: int) -> None:
        """As many buttons side by side as fit whole; the rest wrap onto the next row."""
        buttons = self.buttons
        if not buttons:
            return
        for button in buttons:
            self._grid.removeWidget(button)
        spacing = round(sizes.base * 0.5)
        self._grid.setHorizontalSpacing(spacing)
        self._grid.setVerticalSpacing(spacing)
        margins = self.layout().contentsMargins()
        room = width - 2 * sizes.margin - margins.left() - margins.right() - 8
        for button in buttons:
            whole = button.property("whole_text")
            if whole is not None:
                button.setText(whole)  # as written, before this width's fit
        widest = max(b.sizeHint().width() for b in buttons)
        # Up to three equal columns, even for one button: a lone choice is a button, not a banner.
        columns = max(1, min(MAX_CHOICE_COLUMNS, (room + spacing) // (widest + spacing)))
        if self.compact and columns < MAX_CHOICE_COLUMNS and len(buttons) > 2 * columns:
            # Many ways on, one line each, still taking the step's room (seven from one
            # step): three columns, each title cut to its column (whole in its tooltip and
            # its accessible name).
            columns = MAX_CHOICE_COLUMNS
            column = (room - spacing * (columns - 1)) // columns
            for button in buttons:
                text = button.text()
                around = button.sizeHint().width() - button.fontMetrics().horizontalAdvance(text)
                button.setProperty("whole_text", text)
                button.setText(button.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(column - around, 0)))
        for index, button in enumerate(buttons):
            self._grid.addWidget(button, index // columns, index % columns)
            button.show()  # now, not when the event loop gets to it: the view measures the box at once
        for column in range(MAX_CHOICE_COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def _style_button(self, button: QPushButton, sizes: Sizes) -> None:
        f = self._theme.ui_font()
        f.setPixelSize(sizes.choice)
        f.setBold(True)
        button.setFont(f)
        button.setStyleSheet(self._theme.choice_button_style(round(sizes.base * 0.35)))
