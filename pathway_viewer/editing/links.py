"""The step form's lists of rows: who is in the care team, and the arrows leaving the step.

Rows are rebuilt only when the number of rows changes, so typing in one never loses focus.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from models.placeholders import NEW_TEXT
from models.wording.i18n import fill

from ..core.document import PathwayDocument
from . import structure
from .fields import WrappingButton, label_for_screen_readers, narrow
from ..core.flow import flow_row
from .session import EditSession

KIND_WORDS = (
    ("main", QT_TRANSLATE_NOOP("EditingLinks", "Main journey")), ("alternative", QT_TRANSLATE_NOOP("EditingLinks", "Only some people")),
    ("loop_back", QT_TRANSLATE_NOOP("EditingLinks", "Goes back")), ("parallel", QT_TRANSLATE_NOOP("EditingLinks", "At the same time")),
)


def _combo(name: str, choices: list[tuple[str, str]], value: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    narrow(box)
    for data, words in choices:
        box.addItem(words, data)
    index = box.findData(value)
    if index < 0:
        box.addItem(value, value)
        index = box.count() - 1
    box.setCurrentIndex(index)
    box.setSizePolicy(QSizePolicy.Policy.Expanding, box.sizePolicy().verticalPolicy())  # fills its line
    return box


class _Rows(QWidget):
    def __init__(self, session: EditSession, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.document = session, document
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.grid_host)
        self.footer = QVBoxLayout()
        outer.addLayout(self.footer)
        self.rows: list[list[QWidget]] = []
        self.footer_fields: list[QWidget] = []  # what Tab reaches below the rows, top to bottom
        self._shape: Any = None

    def _tab_through_rows(self, fields: list[QWidget]) -> None:
        """Put ``fields`` (the rows', in reading order) just before the footer in Tab's order.

        Rows are made when a step is loaded, after the rest of the form, and Qt adds a new
        widget at the end of the window's Tab order: keyboard users met them only after the
        form's last button, far from where they are seen (WCAG 2.4.3).
        """
        if not fields or not self.footer_fields:
            return
        # The last field before this editor: Qt places a widget after a container's last
        # child, and the rows are children of this editor too.
        anchor = self.footer_fields[0].previousInFocusChain()
        while anchor is not self.footer_fields[0] and (
            self.isAncestorOf(anchor) or not anchor.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            anchor = anchor.previousInFocusChain()
        for before, after in zip([anchor, *fields, fields[-1]], [*fields, self.footer_fields[0]]):
            QWidget.setTabOrder(before, after)

    def _show_rows(self) -> None:
        # Shown now, not when the layout gets round to it: a problem's click focuses a row at once.
        for row in self.rows:
            for widget in row:
                widget.show()

    def _clear(self) -> None:
        for row in self.rows:
            for widget in row:
                widget.setObjectName("")  # gone at once for findChild, deleted when Qt is ready
                widget.hide()
                widget.deleteLater()
        self.rows = []


class CareTeamEditor(_Rows):
    """One row per person: the role (chosen by name) and what they do in this step."""

    def __init__(self, session: EditSession, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(session, document, parent)
        self.setObjectName("edit_care_team")
        self.index: int | None = None
        add = WrappingButton(QCoreApplication.translate("EditingLinks", "Add a person"))
        add.setObjectName("edit_care_team_add")
        add.clicked.connect(self._add)
        self.footer.addWidget(add)
        self.footer_fields = [add]

    def load(self, index: int | None) -> None:
        self.index = index
        team = list(self.session.value(("steps", index, "care_team"), []) or [])
        shape = (index, len(team))
        if shape != self._shape:
            self._shape = shape
            self._clear()
            roles = [(str(r["id"]), str(r.get("name", r["id"]))) for r in self.session.value(("roles",), [])]
            for number, entry in enumerate(team):
                role = _combo(f"edit_care_role_{number}", roles, str(entry.get("role", "")))
                role.currentIndexChanged.connect(lambda _i, n=number, w=role: self._set(n, "role", w.currentData()))
                does = QLineEdit()
                does.setObjectName(f"edit_care_does_{number}")
                does.textChanged.connect(lambda text, n=number: self._set(n, "does", text.strip()))
                remove = QPushButton(QCoreApplication.translate("EditingLinks", "Remove"))
                remove.setObjectName(f"edit_care_remove_{number}")
                remove.clicked.connect(lambda _c=False, n=number: self._remove(n))
                who = flow_row(role, remove)
                self.rows.append([role, does, remove, who])
                # Two lines per person: who (and Remove, below it if the panel is narrow),
                # then what they do, full width.
                self.grid.addWidget(who, 2 * number, 0)
                self.grid.addWidget(does, 2 * number + 1, 0)
            self._show_rows()
            self._tab_through_rows([field for role, does, remove, _ in self.rows for field in (role, remove, does)])
        for number, ((role, does, remove, _), entry) in enumerate(zip(self.rows, team)):
            assert isinstance(role, QComboBox) and isinstance(does, QLineEdit)
            with QSignalBlocker(role):
                role.setCurrentIndex(max(role.findData(str(entry.get("role", ""))), 0))
            self._name(number, role, does, remove)
            if does.text().strip() != str(entry.get("does", "")):  # a space typed first is no change
                with QSignalBlocker(does):
                    does.setText(str(entry.get("does", "")))
                    does.setCursorPosition(0)  # the start of a long text, not its tail

    @staticmethod
    def _name(number: int, role: QComboBox, does: QLineEdit, remove: QWidget) -> None:
        """Names a screen reader says for the row: the person's role, in the file's words."""
        who = role.currentText()
        role.setAccessibleName(fill(QCoreApplication.translate("EditingLinks", "Person %1 in the care team: role"), number + 1))
        does.setAccessibleName(fill(QCoreApplication.translate("EditingLinks", "What the %1 does"), who))
        remove.setAccessibleName(fill(QCoreApplication.translate("EditingLinks", "Remove the %1 from this step"), who))
        label_for_screen_readers(role)

    def _set(self, number: int, key: str, value: Any) -> None:
        if self.index is not None:
            self.session.set_field(("steps", self.index, "care_team", number, key), value)

    def _add(self) -> None:
        if self.index is None:
            return
        team = self.session.value(("steps", self.index, "care_team"), [])
        role = str(self.session.value(("roles", 0, "id"), ""))
        self.session.insert_item(("steps", self.index, "care_team"), len(team),
                                 {"role": role, "does": NEW_TEXT},
                                 fill(QCoreApplication.translate("EditingLinks", "add a person to '%1'"), self.session.step_title(self.index)))

    def _remove(self, number: int) -> None:
        if self.index is not None:
            self.session.remove_item(("steps", self.index, "care_team", number),
                                     fill(QCoreApplication.translate("EditingLinks", "remove a person from '%1'"), self.session.step_title(self.index)))


class ArrowsEditor(_Rows):
    """One row per arrow leaving the step: where to, what kind, and when (its label)."""

    def __init__(self, session: EditSession, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(session, document, parent)
        self.setObjectName("edit_arrows")
        self.step_id: str | None = None
        self.numbers: list[int] = []
        self.target = QComboBox()
        self.target.setObjectName("edit_arrow_target")
        narrow(self.target)
        self.target.setSizePolicy(QSizePolicy.Policy.Expanding, self.target.sizePolicy().verticalPolicy())
        # "Add an arrow to: [step] [Add]": a button's words never wrap, so they stay short.
        to = QLabel(QCoreApplication.translate("EditingLinks", "Add an arrow to:"))
        to.setWordWrap(True)
        to.setBuddy(self.target)
        # Named by the label it is seen with (WCAG 2.5.3), which a Linux screen reader says too.
        self.target.setAccessibleName(to.text())
        self.target.setAccessibleDescription(QCoreApplication.translate("EditingLinks", "Step a new arrow goes to"))
        add = QPushButton(QCoreApplication.translate("EditingLinks", "Add", "an arrow to the chosen step"))
        add.setObjectName("edit_arrow_add")
        add.setAccessibleName(QCoreApplication.translate("EditingLinks", "Add an arrow to the chosen step"))
        add.clicked.connect(self._add)
        self.footer.addWidget(to)
        self.footer.addWidget(flow_row(self.target, add))
        self.footer_fields = [self.target, add]

    def load(self, step_id: str | None) -> None:
        self.step_id = step_id
        arrows = list(self.session.value(("transitions",), []) or [])
        numbers = [n for n, a in enumerate(arrows) if a.get("from") == step_id]
        steps = [(str(s["id"]), str(s.get("title", s["id"]))) for s in self.session.value(("steps",), [])]
        titles = dict(steps)
        if (step_id, numbers, len(steps)) != self._shape:
            self._shape = (step_id, numbers, len(steps))
            self.numbers = numbers
            self._clear()
            for row, number in enumerate(numbers):
                arrow = arrows[number]
                title = str(titles.get(str(arrow.get("to")), arrow.get("to")))
                # Words, not a read-only box: a long title wraps instead of showing half of it.
                to = QLabel(fill(QCoreApplication.translate("EditingLinks", "To: %1"), title))
                to.setTextFormat(Qt.TextFormat.PlainText)
                to.setWordWrap(True)
                to.setObjectName(f"edit_arrow_to_{row}")
                kind = _combo(f"edit_arrow_kind_{row}", [(k, QCoreApplication.translate("EditingLinks", w)) for k, w in KIND_WORDS], str(arrow.get("kind", "main")))
                kind.currentIndexChanged.connect(
                    lambda _i, n=number, w=kind: structure.set_transition_kind(self.session, n, w.currentData()))
                label = QLineEdit()
                label.setObjectName(f"edit_arrow_label_{row}")
                label.setPlaceholderText(QCoreApplication.translate("EditingLinks", "when this happens"))
                label.setAccessibleName(fill(QCoreApplication.translate("EditingLinks", "Arrow to %1: label"), title))
                kind.setAccessibleName(fill(QCoreApplication.translate("EditingLinks", "Arrow to %1: kind"), title))
                label.textChanged.connect(lambda text, n=number: self._set_label(n, text.strip()))
                remove = QPushButton(QCoreApplication.translate("EditingLinks", "Remove"))
                remove.setObjectName(f"edit_arrow_remove_{row}")
                remove.setAccessibleName(fill(QCoreApplication.translate("EditingLinks", "Remove the arrow to %1"), title))
                remove.clicked.connect(lambda _c=False, n=number: structure.remove_transition(self.session, n))
                what = flow_row(kind, remove)
                label_for_screen_readers(kind)
                self.rows.append([to, kind, label, remove, what])
                # Where to on its own line; then the kind and Remove; then its words.
                self.grid.addWidget(to, 3 * row, 0)
                self.grid.addWidget(what, 3 * row + 1, 0)
                self.grid.addWidget(label, 3 * row + 2, 0)
            self._show_rows()
            self._tab_through_rows([field for _, kind, label, remove, _ in self.rows for field in (kind, remove, label)])
            with QSignalBlocker(self.target):
                self.target.clear()
                for value, words in steps:
                    if value != step_id:
                        self.target.addItem(words, value)
        for (_, kind, label, _, _), number in zip(self.rows, self.numbers):
            assert isinstance(kind, QComboBox) and isinstance(label, QLineEdit)
            with QSignalBlocker(kind):
                kind.setCurrentIndex(max(kind.findData(str(arrows[number].get("kind", "main"))), 0))
            text = str(arrows[number].get("label") or "")
            if label.text().strip() != text:  # a space typed first is no change
                with QSignalBlocker(label):
                    label.setText(text)

    def _set_label(self, number: int, text: str) -> None:
        path = ("transitions", number, "label")
        if text:
            self.session.set_field(path, text, text=QCoreApplication.translate("EditingLinks", "change the words of an arrow"))
        elif self.session.value(path) is not None:
            self.session.remove_item(path, QCoreApplication.translate("EditingLinks", "remove the words of an arrow"))

    def _add(self) -> None:
        target = self.target.currentData()
        if self.step_id is not None and isinstance(target, str):
            structure.add_transition(self.session, self.step_id, target)
