"""A row of widgets that wraps onto more lines when the panel is narrow (like words).

The edit form lives in a side panel whose width depends on the screen, the other panel and
the text size; a row of boxes that cannot wrap makes the form wider than its panel and cuts
the boxes' right ends off. Qt has no wrapping layout, so this is the idea of Qt's "Flow
Layout" example, plus one thing the form needs: on each line the boxes that ask to expand
(``QSizePolicy.Expanding``) share the room left over, so a lone line still fills the panel.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # width -> height, until the boxes change
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's bookkeeping -------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Asked many times per layout pass by the form's layouts, for the same few widths.
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        # Everything on one line, as wide as it likes.
        shown = self._shown()
        margins = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        # One box per line: as narrow as the widest box, which is what lets the panel be narrow.
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing the boxes -----------------------------------------------------------------

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        return parent.style().pixelMetric(parent.style().PixelMetric.PM_LayoutHorizontalSpacing) if parent else 6

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the boxes out in ``rect`` (only measuring unless ``move``); the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self._gap()
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = min(item.sizeHint().width(), area.width()) if area.width() > 0 else item.sizeHint().width()
            width = max(width, item.minimumSize().width())
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append(item)
        # A right-to-left interface starts each line at the right.
        mirrored = self.parentWidget() is not None and self.parentWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
        y = area.y()
        for line in lines:
            if not line:
                continue
            widths = [max(min(i.sizeHint().width(), area.width()), i.minimumSize().width()) for i in line]
            spare = area.width() - sum(widths) - gap * (len(line) - 1)
            growing = [n for n, i in enumerate(line) if i.expandingDirections() & Qt.Orientation.Horizontal]
            for n in growing:
                widths[n] += max(spare, 0) // len(growing)
            heights = [i.heightForWidth(w) if i.hasHeightForWidth() else i.sizeHint().height() for i, w in zip(line, widths)]
            height = max(heights)
            x = area.x()
            for item, width, own in zip(line, widths, heights):
                if move:
                    item_height = height if item.expandingDirections() & Qt.Orientation.Vertical else own
                    place = QRect(QPoint(x, y + (height - item_height) // 2), QSize(width, item_height))
                    item.setGeometry(QStyle.visualRect(Qt.LayoutDirection.RightToLeft, area, place) if mirrored else place)
                x += width + gap
            y += height + gap
        return y - gap - area.y() + margins.top() + margins.bottom() if y > area.y() else margins.top() + margins.bottom()


def flow_row(*widgets: QWidget) -> QWidget:
    """Widgets on one line where the panel is wide enough, else one under the other."""
    host = QWidget()
    flow = FlowLayout(host)
    for widget in widgets:
        flow.addWidget(widget)
    return host
