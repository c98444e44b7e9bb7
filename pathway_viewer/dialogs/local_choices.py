"""The clinic's answers to the open pathway's questions (``local_choices``), one row each.

Each question gets a list of the pathway's options plus "Not set" (patients then read the
choice's "your team will tell you" words, and the handout a line to write on) and "Our own
words" (a line the clinic types). Questions, option labels and words come from the file,
so every label shows them as plain text. No code here knows any question.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from models.wording.i18n import fill
from models import Pathway
from models.schema import LocalChoice

from .narrow_forms import shrinkable, wrap_title

NOT_SET = QT_TRANSLATE_NOOP("DialogsLocalChoices", "Not set: patients are told their team will tell them")
OWN_WORDS = QT_TRANSLATE_NOOP("DialogsLocalChoices", "Our own words (type them below)")
_OWN = "\x00own"  # the combo's data for "own words": never an option id (ids are plain words)


class ChoiceRow:
    """One question: its label, the list of answers and the line for the clinic's own words."""

    def __init__(self, choice: LocalChoice, parent: QWidget, layout: QVBoxLayout) -> None:
        self.choice = choice
        self.label = QLabel(choice.question, parent)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # from the file: never markup
        self.label.setWordWrap(True)
        self.combo = shrinkable(QComboBox(parent))
        self.combo.setObjectName(f"choice_{choice.id}")
        self.combo.setAccessibleName(choice.question)
        self.combo.addItem(QCoreApplication.translate("DialogsLocalChoices", NOT_SET), "")
        for option in choice.options:
            self.combo.addItem(option.label, option.id)
        self.combo.addItem(QCoreApplication.translate("DialogsLocalChoices", OWN_WORDS), _OWN)
        self.words = QLineEdit(parent)
        self.words.setObjectName(f"choice_{choice.id}_words")
        self.words.setAccessibleName(fill(QCoreApplication.translate("DialogsLocalChoices", "Your own words: %1"), choice.question))
        self.words.setPlaceholderText(QCoreApplication.translate("DialogsLocalChoices", "What patients should read, in your clinic's words"))
        self.words.setMaxLength(300)
        self.label.setBuddy(self.combo)
        for widget in (self.label, self.combo, self.words):
            layout.addWidget(widget)
        layout.addSpacing(8)
        self.combo.currentIndexChanged.connect(self._on_changed)
        self._on_changed()

    def set_value(self, value: str) -> None:
        index = self.combo.findData(value) if value else 0
        if value and index < 0:  # not an option: the clinic's own words
            index = self.combo.findData(_OWN)
            self.words.setText(value)
        self.combo.setCurrentIndex(max(0, index))

    def value(self) -> str:
        data = self.combo.currentData()
        return self.words.text().strip() if data == _OWN else str(data or "")

    def _on_changed(self, *_: object) -> None:
        own = self.combo.currentData() == _OWN
        self.words.setVisible(own)
        self.words.setEnabled(own)


class LocalChoicesBox(QGroupBox):
    """Every question the pathway asks the clinic; empty and hidden when it asks none."""

    def __init__(self, pathway: Pathway | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("local_choices")
        layout = wrap_title(self, QCoreApplication.translate("DialogsLocalChoices", "What your centre does (this pathway's questions)"))
        self.rows = {c.id: ChoiceRow(c, self, layout) for c in (pathway.local_choices if pathway else [])}
        self.setVisible(bool(self.rows))

    def set_values(self, chosen: dict[str, str]) -> None:
        for choice_id, row in self.rows.items():
            row.set_value(chosen.get(choice_id, ""))

    def values(self) -> dict[str, str]:
        return {choice_id: value for choice_id, row in self.rows.items() if (value := row.value())}
