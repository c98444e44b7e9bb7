"""The whole-pathway form (edit mode): care-team roles, parts of the journey, sources,
urgent signs and the review block, each a list of rows of plain boxes.

A removed role, phase or source that a step still names shows at once in the problems
list (the loader's own check), so nothing dangles unnoticed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import QFormLayout, QGridLayout, QGroupBox, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from models.placeholders import NEW_PART, NEW_ROLE, NEW_SOURCE, NEW_URGENT_SIGN
from models.problems import PathKey
from models.wording.i18n import fill

from .fields import heading_label, name_scroll_bars
from .commands import MISSING
from .session import EditSession

# (list in the file, heading, fields shown as (key, words), what a new item starts as)
LISTS: tuple[tuple[str, str, tuple[tuple[str, str], ...], dict[str, Any]], ...] = (
    ("roles", QT_TRANSLATE_NOOP("EditingPathwayForm", "Care team roles"), (("name", QT_TRANSLATE_NOOP("EditingPathwayForm", "Name")), ("description", QT_TRANSLATE_NOOP("EditingPathwayForm", "What this role is"))),
     NEW_ROLE),
    ("phases", QT_TRANSLATE_NOOP("EditingPathwayForm", "Parts of the journey"), (("title", QT_TRANSLATE_NOOP("EditingPathwayForm", "Title")),), NEW_PART),
    ("sources", QT_TRANSLATE_NOOP("EditingPathwayForm", "Sources"), (("citation", QT_TRANSLATE_NOOP("EditingPathwayForm", "Citation")), ("url", QT_TRANSLATE_NOOP("EditingPathwayForm", "DOI or web address"))),
     NEW_SOURCE),
    ("urgent_signs", QT_TRANSLATE_NOOP("EditingPathwayForm", "Urgent signs (call at once)"),
     (("text", QT_TRANSLATE_NOOP("EditingPathwayForm", "Sign, in patient words")), ("call", QT_TRANSLATE_NOOP("EditingPathwayForm", "Call: team or emergency"))),
     NEW_URGENT_SIGN),
)
REVIEW_DATES = (("reviewed_on", QT_TRANSLATE_NOOP("EditingPathwayForm", "Reviewed on")), ("next_review", QT_TRANSLATE_NOOP("EditingPathwayForm", "Next review due")),
                ("evidence_current_to", QT_TRANSLATE_NOOP("EditingPathwayForm", "Literature searched up to")))


def _as_value(key: str, text: str) -> Any:
    """Dates stay YAML dates (unquoted); anything else is the text as typed."""
    if key in {k for k, _ in REVIEW_DATES}:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    return text


class ListRows(QGroupBox):
    def __init__(self, session: EditSession, list_path: PathKey, title: str, fields: tuple[tuple[str, str], ...],
                 new_item: dict[str, Any], parent: QWidget | None = None) -> None:
        # The heading is a label in the box, not its title: a title never wraps, and a long
        # one (another language, large text) would make the form wider than its panel.
        super().__init__(parent)
        self.heading = QCoreApplication.translate("EditingPathwayForm", title)
        self.setAccessibleName(self.heading)
        self.session, self.list_path, self.fields, self.new_item = session, list_path, fields, new_item
        self.setObjectName(f"edit_{'_'.join(str(p) for p in list_path)}")
        outer = QVBoxLayout(self)
        outer.addWidget(heading_label(self.heading))
        self.grid = QGridLayout()
        outer.addLayout(self.grid)
        add = QPushButton(QCoreApplication.translate("EditingPathwayForm", "Add"))
        add.setObjectName(f"{self.objectName()}_add")
        add.clicked.connect(self._add)
        outer.addWidget(add, 0, Qt.AlignmentFlag.AlignLeft)
        self.boxes: list[list[QLineEdit]] = []
        self.removers: list[QPushButton] = []
        self._count = -1

    def load(self) -> None:
        items = list(self.session.value(self.list_path, []) or [])
        if len(items) != self._count:
            self._count = len(items)
            for widget in [b for row in self.boxes for b in row] + self.removers:
                widget.deleteLater()
            self.boxes, self.removers = [], []
            for number in range(len(items)):
                row = []
                for column, (key, words) in enumerate(self.fields):
                    box = QLineEdit()
                    box.setObjectName(f"{self.objectName()}_{number}_{key}")
                    box.setPlaceholderText(QCoreApplication.translate("EditingPathwayForm", words))
                    box.setToolTip(QCoreApplication.translate("EditingPathwayForm", words))
                    box.setAccessibleName(fill(QCoreApplication.translate("EditingPathwayForm", "%1, number %2: %3"),
                                               self.heading, number + 1, QCoreApplication.translate("EditingPathwayForm", words)))
                    box.textChanged.connect(lambda text, n=number, k=key: self._set(n, k, text.strip()))
                    self.grid.addWidget(box, number * len(self.fields) + column, 0)
                    row.append(box)
                remove = QPushButton(QCoreApplication.translate("EditingPathwayForm", "Remove"))
                remove.setAccessibleName(fill(QCoreApplication.translate("EditingPathwayForm", "Remove %1, number %2"), self.heading, number + 1))
                remove.clicked.connect(lambda _c=False, n=number: self._remove(n))
                self.grid.addWidget(remove, number * len(self.fields), 1)
                self.boxes.append(row)
                self.removers.append(remove)
        for row, item in zip(self.boxes, items):
            for box, (key, _) in zip(row, self.fields):
                value = item.get(key)
                text = "" if value is None else str(value)
                if box.text().strip() != text:  # a space typed first is no change
                    with QSignalBlocker(box):
                        box.setText(text)
                        box.setCursorPosition(0)  # the start of a long text, not its tail

    def _set(self, number: int, key: str, text: str) -> None:
        path = (*self.list_path, number, key)
        if text or self.session.value(path) is not None:
            self.session.set_field(path, _as_value(key, text), text=fill(QCoreApplication.translate("EditingPathwayForm", "change %1"), self.heading.lower()))

    def _add(self) -> None:
        items = list(self.session.value(self.list_path, []) or [])
        item = dict(self.new_item)
        if "id" in item:  # ids must be unique: new_role, new_role_2, ...
            taken = {str(i.get("id")) for i in items}
            base, number = item["id"], 2
            while item["id"] in taken:
                item["id"], number = f"{base}_{number}", number + 1
        if self.session.value(self.list_path) is None:
            self.session.set_field(self.list_path, [item], merge=False,
                                   text=fill(QCoreApplication.translate("EditingPathwayForm", "add to %1"), self.heading.lower()))
        else:
            self.session.insert_item(self.list_path, len(items), item,
                                     fill(QCoreApplication.translate("EditingPathwayForm", "add to %1"), self.heading.lower()))

    def _remove(self, number: int) -> None:
        self.session.remove_item((*self.list_path, number), fill(QCoreApplication.translate("EditingPathwayForm", "remove from %1"), self.heading.lower()))


class PathwayForm(QScrollArea):
    def __init__(self, session: EditSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pathway_form")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.session = session
        inner = QWidget()
        self.setWidget(inner)
        column = QVBoxLayout(inner)
        self.lists = [ListRows(session, (key,), title, fields, new) for key, title, fields, new in LISTS]
        for rows in self.lists:
            column.addWidget(rows)
        review = QGroupBox(QCoreApplication.translate("EditingPathwayForm", "Review"))
        form = QFormLayout(review)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.review_boxes: dict[str, QLineEdit] = {}
        for key, words in REVIEW_DATES:
            box = QLineEdit()
            box.setObjectName(f"edit_review_{key}")
            box.setPlaceholderText(QCoreApplication.translate("EditingPathwayForm", "YYYY-MM-DD"))
            box.textChanged.connect(lambda text, k=key: self._set_review(k, text.strip()))
            form.addRow(QCoreApplication.translate("EditingPathwayForm", words), box)
            self.review_boxes[key] = box
        self.reviewers = ListRows(session, ("review", "reviewed_by"), QT_TRANSLATE_NOOP("EditingPathwayForm", "Reviewed by"),
                                  (("name", QT_TRANSLATE_NOOP("EditingPathwayForm", "Name")), ("role", QT_TRANSLATE_NOOP("EditingPathwayForm", "Role"))), {"name": "Name", "role": "Role"})
        form.addRow(self.reviewers)
        column.addWidget(review)
        column.addStretch(1)
        self.setAccessibleName(QCoreApplication.translate("EditingPathwayForm", "Change the whole pathway"))  # it takes the keyboard
        name_scroll_bars(self, self.accessibleName())
        session.sig_text_changed.connect(self.load)
        self.load()

    def load(self) -> None:
        for rows in self.lists:
            rows.load()
        has_review = self.session.value(("review",)) is not None
        for key, box in self.review_boxes.items():
            box.setEnabled(has_review)
            value = self.session.value(("review", key))
            text = "" if value is None else str(value)
            if box.text().strip() != text:  # a space typed first is no change
                with QSignalBlocker(box):
                    box.setText(text)
        self.reviewers.setEnabled(has_review)
        if has_review:
            self.reviewers.load()

    def _set_review(self, key: str, text: str) -> None:
        words = QCoreApplication.translate("EditingPathwayForm", "change the review dates")
        value = _as_value(key, text)
        if key != "reviewed_on" or self.session.value(("last_reviewed",)) is None:
            self.session.set_field(("review", key), value, text=words)
            return
        # A file with both dates must have them agree, and the form has no box for the older
        # one: changed alone, the pathway could not be saved ("last_reviewed differs"). The
        # review block's date stands for both (the format reads last_reviewed from it), so
        # the older line goes, once; later keys merge into one undo step as usual.
        stack = self.session.stack
        stack.beginMacro(words)
        self.session.set_field(("last_reviewed",), MISSING, text=words, merge=False)
        self.session.set_field(("review", key), value, text=words, merge=False)
        stack.endMacro()
