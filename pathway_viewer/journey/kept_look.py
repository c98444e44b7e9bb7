"""What the journey map shows after a change of text size, or of the window's size.

The cards are made again at the new size, but the view kept its zoom: at 200 % the first
look of 100 % showed a few cut-off cards, and back at 100 % a small drawing in a corner.
A text size chosen while the app runs is meant to look as a restart at that size would, so
a map the user has not zoomed or panned since its first look gets the first look again
(as Home gives it); one they have moved keeps their zoom, with the step that was in the
middle of the view still there.

The same holds for the map's room: a window maximised, restored, or given room by a panel
closed kept the rows and zoom chosen for the old size (a small drawing in a corner of a
large window). An unmoved map gets the first look for its new size once the resizing
stops; a moved one keeps the user's zoom.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, QTimer
from PySide6.QtWidgets import QAbstractSlider

if TYPE_CHECKING:
    from .view import JourneyView

ZOOM_SAME = 1e-9
# How long the map's size must stay the same before its first look is chosen again: a
# window dragged larger sends many sizes, and choosing a look draws the journey a few times.
RESIZE_SETTLE_MS = 200


class LookKeeper(QObject):
    """Tells whether the user has zoomed or panned since the view's last first look."""

    def __init__(self, view: JourneyView) -> None:
        super().__init__(view)
        self._view = view
        self._zoom: float | None = None  # the first look's zoom; None before the first look
        self._panned = False
        self._pressed_at: tuple[int, int] | None = None
        self._look_when_shown = False  # a first look is due the next time the map is shown
        self._fitted_size: tuple[int, int] | None = None  # the map's size at the last first look
        self._resized = QTimer(self)
        self._resized.setSingleShot(True)
        self._resized.setInterval(RESIZE_SETTLE_MS)
        self._resized.timeout.connect(self._after_resize)
        # Scroll bars tell their own drags, clicks, wheel and keys apart from the view's
        # scrolling (actionTriggered); a drag on the map is seen from its press to release.
        for bar in (view.horizontalScrollBar(), view.verticalScrollBar()):
            bar.actionTriggered.connect(self._on_bar_action)
        view.viewport().installEventFilter(self)
        view.installEventFilter(self)

    def first_look_chosen(self) -> None:
        """The view has just shown its first look (opening a journey, or Home)."""
        self._zoom = self._view.zoom_level
        self._panned = False
        self._look_when_shown = False
        self._fitted_size = self._size()

    def first_look_when_shown(self) -> None:
        """A new journey behind the timeline: its first look is chosen when the map is shown
        (until then there is no look of it to keep)."""
        self._zoom = None
        self._look_when_shown = True

    def moved(self) -> bool:
        """Whether the user zoomed or panned since the last first look."""
        return self._zoom is None or self._panned or abs(self._view.zoom_level - self._zoom) > ZOOM_SAME

    def keep(self) -> Callable[[], None]:
        """Call before the cards are made again at another text size; call what it returns
        once the window is laid out at that size."""
        if self._zoom is None:
            return lambda: None  # not looked at yet: its first show gives the first look
        if not self.moved():
            return self._first_look_now_or_when_shown
        place = self._place()
        return lambda: self._go_back_to(place)

    def _first_look_now_or_when_shown(self) -> None:
        # Behind the timeline the map waits: its first look may ask the side panels for room,
        # which would move the timeline the user is reading.
        if self._view.isVisible():
            self._first_look()
        else:
            self._look_when_shown = True

    def _size(self) -> tuple[int, int]:
        viewport = self._view.viewport()
        return viewport.width(), viewport.height()

    def _after_resize(self) -> None:
        """The map's size has settled: an unmoved map gets the first look for it."""
        if self._zoom is None or self.moved() or self._size() == self._fitted_size:
            return  # never looked at, the user's own zoom, or back at the size it was chosen for
        if self._view.choosing:
            self._resized.start()  # a look is being chosen right now: after it
        else:
            self._first_look_now_or_when_shown()

    def _first_look(self) -> None:
        # The chosen step stays in view: a keyboard user who walked the map along (the view
        # following the selection) would otherwise find their step off screen.
        self._view.fit()
        self._view.reveal_selection()

    # --- the user's place ---------------------------------------------------------------------

    def _place(self) -> tuple[str, float, float] | None:
        """The step nearest the middle of the view, and where that middle is on its card (as
        shares of the card's width and height, so it lands on the same words when the card grows)."""
        view = self._view
        middle = view.visible_scene_rect().center()
        best: tuple[float, str, float, float] | None = None
        for step_id in view.journey_scene().step_ids():
            rect = view.step_scene_rect(step_id)
            if rect is None or rect.isEmpty():
                continue
            dx = max(rect.left() - middle.x(), 0.0, middle.x() - rect.right())
            dy = max(rect.top() - middle.y(), 0.0, middle.y() - rect.bottom())
            distance = dx * dx + dy * dy
            if best is None or distance < best[0]:
                share_x = (middle.x() - rect.left()) / rect.width()
                share_y = (middle.y() - rect.top()) / rect.height()
                best = (distance, step_id, share_x, share_y)
        return None if best is None else best[1:]

    def _go_back_to(self, place: tuple[str, float, float] | None) -> None:
        if place is None:
            return
        step_id, share_x, share_y = place
        rect = self._view.step_scene_rect(step_id)
        if rect is not None:
            self._view.centerOn(QPointF(rect.left() + share_x * rect.width(), rect.top() + share_y * rect.height()))

    # --- seeing the user pan ---------------------------------------------------------------------

    def _on_bar_action(self, action: int) -> None:
        if action != QAbstractSlider.SliderAction.SliderNoAction.value:
            self._panned = True

    def _scroll(self) -> tuple[int, int]:
        return self._view.horizontalScrollBar().value(), self._view.verticalScrollBar().value()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Resize and watched is self._view.viewport() and self._zoom is not None:
            # Scroll bars coming and going while a look is chosen resize it too: each start
            # of the timer waits for the last size, and that size is compared with the look's.
            self._resized.start()
        if watched is self._view:
            if kind == QEvent.Type.Show and self._look_when_shown:
                self._look_when_shown = False
                self._first_look()
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed_at = self._scroll()
        elif kind == QEvent.Type.MouseButtonRelease and self._pressed_at is not None:
            if self._scroll() != self._pressed_at:
                self._panned = True  # the map was dragged
            self._pressed_at = None
        return False
