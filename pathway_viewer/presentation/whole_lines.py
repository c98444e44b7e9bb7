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

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QRegion, QResizeEvent, QTextBlock, QTextCursor, QTextDocument
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
        self._last = 0  # where the view began after the last fit
        self._measured_for: tuple[object, ...] = ()
        self._measured: tuple[list[tuple[float, float]], list[tuple[float, float]]] = ([], [])
        self._per_label: list[tuple[QLabel, list[tuple[float, float]], list[tuple[float, float]]]] = []
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.refit())

    def labels(self) -> list[QLabel]:
        inner = self.widget()
        return inner.findChildren(QLabel) if inner is not None else []

    def boxes(self) -> list[tuple[float, float]]:
        return self._measure()[0]

    def headings(self) -> list[tuple[float, float]]:
        return self._measure()[1]

    def _measure(self) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
        """Every label's lines and headings; laid out again only when a label changed (the
        view asks several times for one step shown, and a layout of the text is not free)."""
        inner = self.widget()
        if inner is None:
            return [], []
        labels = self.labels()
        key = tuple(
            (label.text(), label.font().key(), label.geometry().getRect(), label.isHidden()) for label in labels
        )
        if key != self._measured_for:
            laid = [_laid_out(label, inner) for label in labels]
            self._measured = ([b for boxes, _ in laid for b in boxes], [h for _, ends in laid for h in ends])
            self._per_label = [(label, boxes, ends) for label, (boxes, ends) in zip(labels, laid)]
            self._measured_for = key
        return self._measured

    def refit(self, wanted: float | None = None) -> None:
        """Begin at a line's top near ``wanted`` (the scroll bar's place if None) and end
        where no line is cut."""
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
            content = inner.heightForWidth(self.viewport().width()) if inner.hasHeightForWidth() else inner.sizeHint().height()
            asked = float(bar.value()) if wanted is None else max(0.0, wanted)
            start = self._start_near(asked, clean_tops(boxes), room, content)
            ends: dict[QLabel, float] = {}
            if start + room >= content:
                # The rest fits: show it to its end, and let the end be where the bar stops.
                shown = max(1, min(room, int(content - start))) if start > 0 else room
            else:
                # Each column ends at its own last whole line. Columns whose lines do not
                # line up (a heading of another height above them) had no common place to
                # end but one far up: a third of the room stood blank under a cut sentence.
                for label, label_boxes, label_headings in self._per_label:
                    ends[label] = clean_cut(label_boxes, start, start + room, label_headings)
                end = max(ends.values(), default=clean_cut(boxes, start, start + room, self.headings()))
                shown = max(1, int(end - start))
            self._hide_below(ends, start + shown)
            self.setViewportMargins(0, 0, 0, room - shown)
            lines = [b - t for t, b in boxes]
            bar.setSingleStep(max(1, round(min(lines))) if lines else 20)
            if bar.value() != int(start):
                bar.setValue(int(start))
            self._last = int(start)
        finally:
            self._fitting = False

    def _hide_below(self, ends: dict[QLabel, float], end: float) -> None:
        """Each label drawn down to its own end (``ends``, in the inner widget's places) where
        that is above the view's ``end``; the others whole."""
        inner = self.widget()
        for label in self.labels():
            own = ends.get(label, end)
            if own >= end or inner is None:
                label.clearMask()
                continue
            top = label.mapFrom(inner, QPoint(0, 0)).y()
            label.setMask(QRegion(0, 0, label.width(), max(1, int(own) + top)))

    def _start_near(self, wanted: float, tops: list[float], room: int, content: int) -> float:
        """Where the view should begin when asked to begin at ``wanted``: the top of a line,
        from the last place in the direction asked, as far as asked but at least one line (a
        small wheel turn that would snap back to where it was goes on a line instead)."""
        if wanted <= 0:
            return 0.0
        if wanted + room >= content:  # asked for the end: the first whole line that shows it
            ending = [t for t in tops if t + room >= content and t > 0]
            return min(ending) if ending else wanted
        last = self._last
        if wanted > last:  # down: as far as asked, at least to the next line's top
            passed = [t for t in tops if last < t <= wanted]
            after = [t for t in tops if t > last]
            return passed[-1] if passed else (after[0] if after else wanted)
        if wanted < last:  # up: the same, the other way
            passed = [t for t in tops if wanted <= t < last]
            before = [t for t in tops if t < last]
            return passed[0] if passed else (before[-1] if before else 0.0)
        before = [t for t in tops if t <= wanted]  # the same place: its line's top
        return before[-1] if before else wanted

    def scroll_lines(self, down: bool) -> None:
        """Up/Down: about three lines on, to the top of a whole line."""
        bar = self.verticalScrollBar()
        self.refit(bar.value() + (3 if down else -3) * bar.singleStep())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

