"""Tab through a dialog or a page in the order its fields stand on the screen (WCAG 2.4.3).

Qt's Tab order is the order widgets were made: a form built in parts (the clinic settings:
name and emergency number, then the phones near the bottom, then the centre's questions,
then the temperature unit added to the first part) tabbed from the second field to the last
box and back up. :func:`tab_in_reading_order` sets Qt's own chain to where the stops stand,
top to bottom and, on one line, in the direction the language reads, so the Tab key, Qt's
focus chain and a screen reader's next-field all agree.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QTabBar, QWidget

LINE_SLACK = 8  # pixels: fields whose tops differ by less stand on one line (a label's baseline)


def _stops(root: QWidget) -> list[QWidget]:
    """``root``'s Tab stops in Qt's present chain (a widget's inner line is not one)."""
    chain: list[QWidget] = []
    seen: set[int] = set()
    widget = root.nextInFocusChain()
    while widget is not root and id(widget) not in seen:
        seen.add(id(widget))
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return [
        w for w in chain
        if bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.focusProxy() is None
        and root.isAncestorOf(w) and w.isVisibleTo(root) and not isinstance(w.parentWidget(), QTabBar)
    ]


def _lines(items: list[tuple[int, int, object]]) -> list[object]:
    """(top, across, thing) in reading order: by line (tops within LINE_SLACK), then across."""
    items = sorted(items, key=lambda p: (p[0], p[1]))
    ordered: list[object] = []
    line: list[tuple[int, int, object]] = []
    for item in items:
        if line and item[0] - line[0][0] > LINE_SLACK:
            ordered += [thing for _, _, thing in sorted(line, key=lambda p: p[1])]
            line = []
        line.append(item)
    return ordered + [thing for _, _, thing in sorted(line, key=lambda p: p[1])]


def tab_in_reading_order(root: QWidget) -> None:
    """Set the Tab order of ``root``'s stops to their places, once they are laid out.

    A scrolling part (a long form in a QScrollArea) is read where it stands, its fields in
    their order inside it: those scrolled out of view below stand, on the dialog, below the
    buttons under it."""
    layout = root.layout()
    if layout is not None:
        layout.activate()
    stops = _stops(root)
    # A scroll area holding fields is not a stop of its own (Tab went to it, showing nothing).
    for holder in [s for s in stops if any(s is not other and s.isAncestorOf(other) for other in stops)]:
        if isinstance(holder, QScrollArea):
            holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        stops.remove(holder)
    right_to_left = root.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def place(widget: QWidget, frame: QWidget) -> tuple[int, int]:
        at = widget.mapTo(frame, QPoint(0, 0))
        return at.y(), -(at.x() + widget.width()) if right_to_left else at.x()

    groups: dict[int, tuple[QWidget, list[QWidget]]] = {}
    for stop in stops:
        area = _outer_scroll_area(stop, root)
        frame = area if area is not None else stop
        groups.setdefault(id(frame), (frame, []))[1].append(stop)
    ordered: list[QWidget] = []
    for frame, members in _lines([(*place(f, root), (f, m)) for f, m in groups.values()]):  # type: ignore[misc]
        inner = frame.widget() if isinstance(frame, QScrollArea) and frame.widget() is not None else frame
        ordered += _lines([(*place(m, inner), m) for m in members]) if len(members) > 1 else members  # type: ignore[misc]
    for before, after in zip(ordered, ordered[1:]):
        QWidget.setTabOrder(before, after)


def _outer_scroll_area(widget: QWidget, root: QWidget) -> QScrollArea | None:
    found = None
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QScrollArea):
            found = parent
        parent = parent.parentWidget()
    return found
