"""Tab through the main window in the order a sighted user reads it (WCAG 2.4.3).

Qt's Tab order is the order widgets were made or last told (QWidget.setTabOrder), not where
they stand: the editor's tabs, made when editing starts, came after everything else, so Tab
went from the map past the search to the left panels and the editor, and reached the map
last. Panels can also be moved, closed, or mirrored for a right-to-left language. So the
order is worked out at each Tab from where things are on screen: first the bar along the
top (the search), then the columns in the order the language reads (left to right, or right
to left), each column top to bottom. Inside a panel, Qt's own order stands (the forms set it
to their reading order), but for a tab widget's tabs, which come before its pages.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget


def _is_stop(widget: QWidget, window: QWidget) -> bool:
    # What Qt's own focusNextPrevChild counts as a Tab stop.
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisibleTo(window)
        and widget.isEnabled()
        and widget.focusProxy() is None
        and widget.window() is window
        and not _behind_a_tab(widget, window)
        # A tab bar's scroll arrows are for the mouse: the arrow keys move along its tabs.
        and not isinstance(widget.parentWidget(), QTabBar)
    )


def _behind_a_tab(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is in a panel behind another panel's tab: Qt keeps such a panel
    "visible" and moves it off the window. (A field merely scrolled out of its panel's view
    is still a stop: the panel scrolls to it.)"""
    dock = widget
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    return dock is not None and not dock.isFloating() and not _rect(dock, window).intersects(window.rect())


def _region(widget: QWidget, window: QMainWindow) -> QWidget:
    """The part of the window ``widget`` belongs to: a docked panel, the centre, or the top bar."""
    region: QWidget = widget
    while region.parentWidget() is not None and region.parentWidget() is not window:
        region = region.parentWidget()
    return region


def _rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def tab_stops(window: QMainWindow) -> list[QWidget]:
    """Every Tab stop of ``window`` in reading order."""
    chain: list[QWidget] = []  # held, so no wrapper is freed and its id given to another
    seen: set[int] = set()  # the chain is a ring through the window; this only guards a broken one
    widget = window.nextInFocusChain()
    while widget is not window and id(widget) not in seen:
        seen.add(id(widget))
        chain.append(widget)
        widget = widget.nextInFocusChain()
    stops = [widget for widget in chain if _is_stop(widget, window)]
    central = window.centralWidget()
    body_top = _rect(central, window).top() if central is not None else 0
    right_to_left = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    regions: dict[int, QRect] = {}

    def key(stop: QWidget) -> tuple[int, int, int, int]:
        region = _region(stop, window)
        # A panel, the centre, or the tabs of panels stacked in one place.
        if isinstance(region, (QDockWidget, QTabBar)) or region is central:
            place = regions.setdefault(id(region), _rect(region, window))
            column = -place.right() if right_to_left else place.left()
            # A tab widget's tabs stand above its pages, but Qt made them after (editing's tabs).
            return 1, column, place.top(), 0 if isinstance(stop, QTabBar) else 1
        # Above the panels and the map (the menu bar's search, the tool bars): by where it stands.
        place = _rect(stop, window)
        column = -place.right() if right_to_left else place.left()
        return (0 if place.top() < body_top else 2), place.top(), column, 0

    # A stable sort: within a panel, Qt's own order is kept.
    return sorted(stops, key=key)


def move_focus(window: QMainWindow, forward: bool) -> bool:
    """Give the keyboard to the next (or previous) stop in reading order; False if there is none."""
    stops = tab_stops(window)
    if not stops:
        return False
    focused = window.focusWidget()
    while focused is not None and focused not in stops and focused is not window:
        focused = focused.parentWidget()  # a widget inside a stop (a combo box's line)
    if focused in stops:
        at = (stops.index(focused) + (1 if forward else -1)) % len(stops)
    else:
        at = 0 if forward else len(stops) - 1
    stops[at].setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
    return True
