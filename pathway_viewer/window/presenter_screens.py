"""Presenter view with two screens: the presentation goes full screen on the audience's
screen and the presenter's notes open on the screen the main window is on.

With one screen nothing changes here: the presentation covers it and N shows the notes at
its foot. The choice of screens is a small function so it is tested without two monitors.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QGuiApplication

from ..presentation.notes import PresenterNotes

if TYPE_CHECKING:
    from ..presentation.view import PresentationView
    from .main_window import MainWindow

S = TypeVar("S")


def audience_screen(screens: Sequence[S], presenter: S) -> S | None:
    """The screen the audience sees: the first one that is not the presenter's (None if one)."""
    others = [screen for screen in screens if screen != presenter]
    return others[0] if others else None


def place_presentation(window: MainWindow, presentation: PresentationView) -> PresenterNotes | None:
    """Before the presentation starts: with two screens, send it to the audience's screen and
    open the presenter's notes window where the presenter sits; returns that window."""
    presenter_screen = window.screen()
    audience = audience_screen(QGuiApplication.screens(), presenter_screen)
    if audience is None:
        return None
    presentation.setScreen(audience)
    presentation.setGeometry(audience.availableGeometry())
    notes = window.presenter_notes
    if notes is None:
        notes = window.presenter_notes = PresenterNotes(window.theme, window, window=True)
        def follow(step: str, following: object) -> None:
            pathway = window.document.pathway
            if pathway is not None:
                notes.show_step(pathway, step, following if isinstance(following, str) else None)

        presentation.sig_step_shown.connect(follow)
        presentation.sig_finished.connect(lambda _step: notes.close())
    notes.setGeometry(presenter_screen.availableGeometry().adjusted(40, 40, -40, -40))
    notes.show()
    notes.start_clock()
    return notes
