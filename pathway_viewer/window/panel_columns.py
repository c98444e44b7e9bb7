"""One column of side panels instead of two when two would leave the journey a sliver.

The care team and the outline share a column at the left, the details one at the right.
At a large text size their reading floors grow (about 260 and 400 px at 150 % and more),
so on a 1024 px window two columns left the map about a third of the window, where it
showed one step. When the panels, at the narrowest they still read, would leave the map
less than :data:`JOURNEY_SHARE` of the window, the left column joins the details as tabs
(the details shown, the others one click away), and goes back when the room returns
(a smaller text size). Only the app's own arrangement is changed: panels the user moved,
closed or tore off are left where they are.

The journey may ask for the left column's room too (:meth:`PanelColumns.join_for_room`):
a long journey on a laptop showed 14 of its 16 main steps with both columns at their
floors, and all 16 without the left one. Those tabs last for that look only: the next
journey, Fit to window or a new window width part them again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QTabWidget

JOURNEY_SHARE = 0.5  # the map keeps at least half the window's width


class PanelColumns:
    """Whether the window's side panels stand in two columns or in one, as tabs."""

    def __init__(self, window: QMainWindow, lists: tuple[QDockWidget, QDockWidget], details: QDockWidget) -> None:
        self._window = window
        self._lists = lists  # the care team over the outline
        self._details = details
        self.joined = False  # the app put the lists beside the details as tabs
        self.for_room = False  # ... for the journey's look, not for the window's width
        self._left_column: list[QDockWidget] = list(lists)  # top to bottom when in two columns
        self._left_heights: list[int] | None = None  # their heights then, if measured

    def docks(self) -> list[QDockWidget]:
        """One dock per column of panels, left to right."""
        return [self._details] if self.joined else [self._lists[0], self._details]

    def recognise(self, for_look: bool = False) -> None:
        """After a saved arrangement is restored: the lists and the details as the app's one
        column of tabs (its own arrangement, whoever made it), so a wider window parts them;
        parted at once if they were joined ``for_look`` (the journey shown then asked for them:
        the next start is the next journey's, in the timeline too)."""
        self.joined, self.for_room = True, False
        if not self._as_the_app_left_them():
            self.joined = False
        elif for_look:
            self._part()
        else:
            self._whole_tab_names()

    def fit(self, floor_of: dict[QDockWidget, int]) -> bool:
        """Join or part the columns for the window's width; True if the arrangement changed.
        ``floor_of``: the narrowest each column's panels still read."""
        if not self._as_the_app_left_them():
            return False
        width = self._window.width()
        both = sum(floor_of[d] for d in (self._lists[0], self._details))
        crowded = width - both < width * JOURNEY_SHARE
        if crowded and not self.joined:
            self._join()
            return True
        if crowded:
            self.for_room = False  # joined for the width now: a look that ends keeps them
        if not crowded and self.joined:
            self._part()
            return True
        return False

    def join_for_room(self) -> bool:
        """The lists beside the details as tabs, so the journey has the left column's room
        for its look; False if they are joined already or not as the app left them."""
        if self.joined or not self._as_the_app_left_them():
            return False
        self._join()
        self.for_room = True
        return True

    def _as_the_app_left_them(self) -> bool:
        window, (care, outline), details = self._window, self._lists, self._details
        panels = (care, outline, details)
        if any(d.isFloating() or d.isHidden() for d in panels):
            return False
        areas = [window.dockWidgetArea(d) for d in panels]
        if self.joined:
            together = set(window.tabifiedDockWidgets(details)) >= {care, outline}
            return together and areas == [Qt.DockWidgetArea.RightDockWidgetArea] * 3
        return areas == [Qt.DockWidgetArea.LeftDockWidgetArea] * 2 + [Qt.DockWidgetArea.RightDockWidgetArea] \
            and not window.tabifiedDockWidgets(details) and not window.tabifiedDockWidgets(care)

    def _join(self) -> None:
        care, outline = self._lists
        if self._window.isVisible():
            # The left column as the user may have set it (the outline on top, a taller care
            # team), to stand as it was when the panels part again.
            self._left_column = sorted(self._lists, key=lambda d: d.y())
            self._left_heights = [d.height() for d in self._left_column]
        self._window.tabifyDockWidget(self._details, care)
        self._window.tabifyDockWidget(care, outline)
        self._details.raise_()  # the step's details stay in view; the tabs name the others
        self.joined = True
        self._whole_tab_names()

    def _whole_tab_names(self) -> None:
        # Tabs above the panels, where the eye looks first, each with its whole name ("Step
        # d..." and "Ou..." named nothing): a bar too narrow for all of them scrolls instead.
        self._window.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
        for bar in self._window.findChildren(QTabBar):
            if bar.parent() is self._window:
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(True)

    def _part(self) -> None:
        window, (top, bottom) = self._window, self._left_column
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, top)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, bottom)
        window.splitDockWidget(top, bottom, Qt.Orientation.Vertical)
        if self._left_heights is not None:
            window.resizeDocks([top, bottom], self._left_heights, Qt.Orientation.Vertical)
        self.joined = self.for_room = False
