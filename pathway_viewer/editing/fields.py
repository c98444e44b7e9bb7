"""Small editors bound to one field of the YAML: each reads its value from the session and
turns what the user does into an undo command. Shared by the step form and its sections."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea, QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSpinBox,
    QWidget,
)

from models.problems import PathKey

from ..core.wrapped_words import WrappedWords
from .session import EditSession


class Binding:
    """One editor widget and the field (relative to the step) it edits."""

    def __init__(self, key: PathKey, widget: QWidget, read: Callable[[], Any], show: Callable[[Any], None]) -> None:
        self.key, self.widget, self.read, self.show = key, widget, read, show


def narrow(box: QComboBox) -> None:
    """A list of long step titles must not make the form wider than the panel."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(12)


def label_for_screen_readers(box: QComboBox) -> None:
    """Give ``box`` a hidden label, its buddy, saying its accessible name.

    On Linux Qt reports a combo box's current text as its name, whatever setAccessibleName
    says ("weeks", not "How long: unit"); screen readers there name it by a label whose
    buddy it is. Call after the box is placed: the label must be its sibling. Calling again
    (a row's words changed) updates the label's words.
    """
    parent = box.parentWidget()
    assert parent is not None, "place the box first: its label must be a sibling"
    label = next((kid for kid in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly)
                  if kid.buddy() is box), None)
    if label is None:
        label = QLabel(parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setBuddy(box)
        label.hide()
    label.setText(box.accessibleName().replace("&", "&&"))  # a role named "A&E nurse" makes no shortcut


def number(value: float) -> int | float:
    """1.0 is written as 1: the file keeps reading like a person wrote it."""
    return int(value) if float(value).is_integer() else value


def line_edit(name: str) -> tuple[QLineEdit, Callable[[], Any], Callable[[Any], None]]:
    widget = QLineEdit()
    widget.setObjectName(name)

    def read() -> str:
        return widget.text().strip()

    def show(value: Any) -> None:
        text = "" if value is None else str(value)
        # Compared as read: a space typed before a title's first letter is not in the file
        # yet, and putting the file's text back moved the cursor to the start ("bcaTitle").
        if read() != text:  # never move the cursor of the field being typed in
            widget.setText(text)
            widget.setCursorPosition(0)

    return widget, read, show


def text_edit(name: str, *, lines: bool = False) -> tuple[QPlainTextEdit, Callable[[], Any], Callable[[Any], None]]:
    """Free text, or with ``lines`` a list written one item per line (no YAML to learn).

    A text the author wrote over several lines of its own (a YAML ``|`` block) keeps them:
    typing at its end joined them into one. Any other text is one paragraph, its spaces
    tidied, as the views show it."""
    widget = QPlainTextEdit()
    widget.setObjectName(name)
    widget.setTabChangesFocus(True)
    shown_lines = {"kept": False, "end": ""}  # of the value last shown: its line breaks are its own

    def tidy(text: str) -> str:
        if not shown_lines["kept"]:
            return " ".join(text.split())
        return "\n".join(" ".join(line.split()) for line in text.strip().splitlines()) + shown_lines["end"]

    def read() -> Any:
        text = widget.toPlainText()
        if lines:
            return [line.strip() for line in text.splitlines() if line.strip()]
        return tidy(text)

    def show(value: Any) -> None:
        text = "\n".join(str(v) for v in value or []) if lines else ("" if value is None else str(value))
        if not lines:
            shown_lines["kept"] = "\n" in text.strip()
            shown_lines["end"] = "\n" if shown_lines["kept"] and text.endswith("\n") else ""
        wanted = [str(v) for v in value or []] if lines else tidy(text)
        if read() != wanted:  # never move the cursor of the field being typed in
            with QSignalBlocker(widget):
                widget.setPlainText(text.rstrip("\n") if shown_lines["kept"] else text)

    return widget, read, show


def spin(name: str, *, decimals: bool, low: int, high: int) -> tuple[QWidget, Callable[[], Any], Callable[[Any], None]]:
    widget: QDoubleSpinBox | QSpinBox = QDoubleSpinBox() if decimals else QSpinBox()
    widget.setObjectName(name)
    widget.setRange(low, high)
    if isinstance(widget, QDoubleSpinBox):
        widget.setDecimals(1)

    def show(value: Any) -> None:
        with QSignalBlocker(widget):
            widget.setValue(value if isinstance(value, (int, float)) else 0)

    return widget, lambda: number(widget.value()), show


def combo(name: str, choices: list[tuple[str, str]]) -> tuple[QComboBox, Callable[[], Any], Callable[[Any], None]]:
    """``choices``: (value written to the file, words shown)."""
    widget = QComboBox()
    widget.setObjectName(name)
    narrow(widget)
    for value, words in choices:
        widget.addItem(words, value)

    def show(value: Any) -> None:
        with QSignalBlocker(widget):
            index = widget.findData(str(value))
            if index < 0 and value is not None:  # a value the list does not know: show it as it is
                widget.addItem(str(value), str(value))
                index = widget.count() - 1
            widget.setCurrentIndex(index)

    return widget, lambda: widget.currentData(), show


def check(name: str, words: str) -> tuple[QCheckBox, Callable[[], Any], Callable[[Any], None]]:
    widget = QCheckBox(words)
    widget.setObjectName(name)

    def show(value: Any) -> None:
        with QSignalBlocker(widget):
            widget.setChecked(bool(value))

    return widget, widget.isChecked, show


class _BoxWords(QLabel):
    """A check box's words that wrap; clicking them ticks the box, as clicking its own text would."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__(box.text())
        self.box = box
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled() and self.rect().contains(event.position().toPoint()):
            self.box.click()
        super().mouseReleaseEvent(event)


def heading_label(words: str) -> QLabel:
    """A bold heading of the form that wraps: a long one (another language, large text)
    would otherwise make the form wider than its panel."""
    heading = QLabel(words)
    heading.setTextFormat(Qt.TextFormat.PlainText)
    heading.setWordWrap(True)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    return heading


def wrapping(box: QCheckBox) -> QWidget:
    """``box`` with its words on as many lines as the panel needs: a check box's own text never
    wraps, and a long one (another language, large text) would widen the whole form."""
    host = QWidget()
    row = QHBoxLayout(host)
    row.setContentsMargins(0, 0, 0, 0)
    words = _BoxWords(box)
    box.setAccessibleName(box.text())  # a screen reader still hears what the box is for
    box.setText("")
    box.setMinimumSize(24, 24)  # its words no longer make it a larger target
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(words, 1)
    return host


def name_scroll_bars(top: QAbstractScrollArea, words: str) -> None:
    """Give the scroll bars under ``top`` a name a screen reader can say: each box's own name
    (or label), else ``words``."""
    for area in [top, *top.findChildren(QAbstractScrollArea)]:
        buddy = next((label.text() for label in top.findChildren(QLabel) if label.buddy() is area), "")
        name = area.accessibleName() or buddy or words
        for bar in (area.verticalScrollBar(), area.horizontalScrollBar()):
            bar.setAccessibleName(name)


def connect(binding: Binding, commit: Callable[[Binding], None]) -> None:
    """Every change of the widget commits (typing merges into one undo step per field)."""
    w = binding.widget
    for signal_name in ("valueChanged", "toggled", "currentIndexChanged", "textChanged"):
        signal = getattr(w, signal_name, None)
        if signal is not None:
            signal.connect(lambda *_: commit(binding))
            return


def set_in_step(session: EditSession, index: int, key: PathKey, value: Any) -> None:
    """Set one field of a step; a field of a mapping the step lacks (the days of a step with
    no timing) makes that mapping, whole: set alone, the field had no parent to go in, and
    the failed edit left the undo history broken. A new day range starts one day long."""
    path = ("steps", index, *key)
    for depth in range(len(key) - 1, 0, -1):
        parent = ("steps", index, *key[:depth])
        if session.value(parent) is not None:
            break
        value = {key[depth]: value}
        if key[:depth] == ("timing",) and key[depth] in ("start", "end"):
            value = {"start": value[key[depth]], "end": value[key[depth]]}
        path = parent
    session.set_field(path, value)


class WrappingButton(WrappedWords, QPushButton):
    """A push button whose words wrap onto more lines in a narrow panel (a button's own text
    never wraps: "Eine Abzweigung von hier einfügen" at double size is wider than the panel).
    The words are a label inside it; a click on them is the button's (a label ignores it)."""

    def __init__(self, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(words.replace("&", ""))
        self.words = QLabel(words, self)
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.words.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.words)
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:  # type: ignore[override]  # what the button says, as for any button
        return self.words.text()

