"""A scroll area whose visible part begins and ends between lines of text, never through one.

A presenter turning the screen to a family cannot have the step's words sliced through the
middle of a line when the screen is short (the notes shown, a small projector, large text).
The area lays its labels' text out the way the labels do, finds where lines begin and end,
and narrows the visible part (a bottom viewport margin, left blank) to the last place that
cuts no line in any column and leaves no heading at the foot without its first line;
Up/Down and the wheel move from one such place to the next.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

# A cut this far into a line, from its top, only passes through the blank above the letters
# (capitals begin about a quarter of the line down), so it hides nothing one could read.
TOP_SLACK = 0.15


def line_boxes(label: QLabel, within: QWidget) -> list[tuple[float, float]]:
    """Top and bottom of every line ``label`` shows, in ``within``'s coordinates."""
    return _laid_out(label, within)[0]


def heading_ends(label: QLabel, within: QWidget) -> list[tuple[float, float]]:
    """For each heading (a paragraph all in bold, outside a list) that has words after it:
    the heading's bottom and the bottom of the first line under it."""
    return _laid_out(label, within)[1]


def _is_heading(block: QTextBlock) -> bool:
    if QTextCursor(block).currentTable() is not None or not block.text().strip():
        return False
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid() and fragment.text().strip() and fragment.charFormat().fontWeight() < 600:
            return False
        it += 1
    return True


def _laid_out(label: QLabel, within: QWidget) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    text = label.text()
    if label.isHidden() or not text:
        return [], []
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)  # as a label lays out its text
    if label.textFormat() == Qt.TextFormat.PlainText:
        doc.setPlainText(text)
    else:
        doc.setHtml(text)
    rect = label.contentsRect()
    doc.setTextWidth(rect.width() if label.wordWrap() else -1)
    origin = label.mapTo(within, rect.topLeft()) if label is not within else rect.topLeft()
    y0 = origin.y()
    boxes: list[tuple[float, float]] = []
    headings: list[int] = []  # index in boxes of each heading's last line
    block = doc.begin()
    layout_of = doc.documentLayout()
    while block.isValid():
        layout = block.layout()
        top = layout_of.blockBoundingRect(block).top()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            boxes.append((y0 + top + line.y(), y0 + top + line.y() + line.height()))
        if layout.lineCount() and _is_heading(block):
            headings.append(len(boxes) - 1)
        block = block.next()
    ends = [(boxes[i][1], boxes[i + 1][1]) for i in headings if i + 1 < len(boxes)]
    return boxes, ends


def clean_cut(
    boxes: list[tuple[float, float]], start: float, end: float, headings: Sequence[tuple[float, float]] = ()
) -> float:
    """The lowest place in (start, end] that cuts through no line's letters and leaves no
    heading at the foot without its first line (``headings`` from :func:`heading_ends`);
    ``end`` if there is none."""

    def cuts(y: float) -> bool:
        return _cuts(boxes, y) or any(bottom - 1 <= y < below for bottom, below in headings)

    candidates = [end] + [b for _, b in boxes] + [t + TOP_SLACK * (b - t) for t, b in boxes] + [t for t, _ in boxes]
    fitting = [y for y in candidates if start < y <= end and not cuts(y)]
    return max(fitting) if fitting else end


def clean_end_below(boxes: list[tuple[float, float]], y: float) -> float:
    """The first place at or below ``y`` where a view may end without cutting a line."""
    fitting = [b for _, b in boxes if b >= y and not _cuts(boxes, b)]
    return min(fitting) if fitting else y


def _cuts(boxes: list[tuple[float, float]], y: float) -> bool:
    return any(top + TOP_SLACK * (bottom - top) < y < bottom for top, bottom in boxes)


def clean_tops(boxes: list[tuple[float, float]]) -> list[float]:
    """Places where a view may begin: the top of a line that no other line crosses."""
    tops = sorted({t for t, _ in boxes} | {0.0})
    return [y for y in tops if not any(t < y < b for t, b in boxes)]


class WholeLineScrollArea(QScrollArea):
    """Shows its widget's labels from a line's top to another line's end, never a line cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fitting = False
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.refit())

    def labels(self) -> list[QLabel]:
        inner = self.widget()
        return inner.findChildren(QLabel) if inner is not None else []

    def boxes(self) -> list[tuple[float, float]]:
        inner = self.widget()
        if inner is None:
            return []
        return [box for label in self.labels() for box in line_boxes(label, inner)]

    def headings(self) -> list[tuple[float, float]]:
        inner = self.widget()
        if inner is None:
            return []
        return [end for label in self.labels() for end in heading_ends(label, inner)]

    def visible_height(self) -> int:
        """Height of the text the viewport shows now (less than the area when it ends early)."""
        return self.viewport().height()

    def refit(self) -> None:
        """Begin at a line's top and end where no line is cut, at the current scroll place."""
        inner = self.widget()
        if inner is None or self._fitting:
            return
        self._fitting = True
        try:
            room = max(0, self.height() - 2 * self.frameWidth())
            layout = inner.layout()
            if layout is not None:
                layout.activate()  # the labels' places, before measuring their lines
            boxes = self.boxes()
            bar = self.verticalScrollBar()
            start = float(bar.value())
            if bar.value() > 0:
                tops = [t for t in clean_tops(boxes) if t <= start]
                start = tops[-1] if tops else start
            content = inner.heightForWidth(self.viewport().width()) if inner.hasHeightForWidth() else inner.sizeHint().height()
            if start + room >= content:
                shown = room  # the rest fits: nothing below to cut
            else:
                shown = max(1, int(clean_cut(boxes, start, start + room, self.headings()) - start))
            self.setViewportMargins(0, 0, 0, room - shown)
            lines = [b - t for t, b in boxes]
            bar.setSingleStep(max(1, round(min(lines))) if lines else 20)
            if bar.value() != int(start):
                bar.setValue(int(start))
        finally:
            self._fitting = False

    def scroll_lines(self, down: bool) -> None:
        """Up/Down: about three lines on, to the top of a whole line."""
        bar = self.verticalScrollBar()
        tops = clean_tops(self.boxes())
        value = bar.value()
        wanted = value + (3 if down else -3) * bar.singleStep()
        if down:
            after = [t for t in tops if value < t <= wanted] or [t for t in tops if t > value]
            target = max(after) if after and max(after) <= wanted else (min(after) if after else bar.maximum())
        else:
            before = [t for t in tops if wanted <= t < value] or [t for t in tops if t < value]
            target = min(before) if before and min(before) >= wanted else (max(before) if before else 0)
        bar.setValue(min(int(target), bar.maximum()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

