"""Suggest a change to a step, and the list of suggestions made on this computer.

Anyone viewing a pathway can write "this timing is wrong for us" on a step; the list shows
what was written, lets it be deleted, and exports it (CSV for a spreadsheet, or JSON) for
whoever owns the content. Both dialogs say plainly that no patient details belong here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.wording.i18n import Words, fill
from models.wording.sections import format_date
from models.suggestions import MAX_TEXT, PRIVACY_WARNING

from ..core.atomic import WriteError
from ..core.suggestion_box import SuggestionBox
from ..core.theme import error_text_style
from ..core.screen_room import fit_to_words

EXPORT_FILTERS = QT_TRANSLATE_NOOP("FileFilters", "Spreadsheet (CSV) (*.csv);;JSON (*.json)")


def _warning(parent: QWidget) -> QLabel:
    label = QLabel(PRIVACY_WARNING, parent)
    label.setObjectName("suggestion_privacy")
    label.setWordWrap(True)
    label.setStyleSheet(error_text_style())
    return label


class SuggestDialog(QDialog):
    sig_suggested = Signal(str)  # the words, stripped; the window keeps them with the step

    def __init__(self, step_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggest_dialog")
        self.setWindowTitle(QCoreApplication.translate("DialogsSuggestions", "Suggest a change"))
        heading = QLabel(fill(QCoreApplication.translate("DialogsSuggestions", "Your suggestion for the step “%1”:"), step_title), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)  # the title as written in the file
        heading.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("suggestion_text")
        self.text_edit.setPlaceholderText(QCoreApplication.translate("DialogsSuggestions", "e.g. This timing is wrong for us: our patients stay five days."))
        self.text_edit.setTabChangesFocus(True)
        heading.setBuddy(self.text_edit)  # a screen reader names the box by the heading above it
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.keep_button = self.buttons.addButton(QCoreApplication.translate("DialogsSuggestions", "Keep suggestion"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button.setObjectName("suggestion_keep")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text_edit.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(_warning(self))
        layout.addWidget(self.buttons)
        fit_to_words(self, 520, 320)
        self._check()

    def _check(self) -> None:
        text = self.text_edit.toPlainText().strip()
        self.keep_button.setEnabled(0 < len(text) <= MAX_TEXT)

    def accept(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if not text:
            return
        self.sig_suggested.emit(text)
        super().accept()


class SuggestionsDialog(QDialog):
    """The suggestions kept for one pathway: read, delete, export."""

    COLUMNS = ("Date", "Step", "Suggestion")

    def __init__(self, box: SuggestionBox, pathway_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions_dialog")
        self.setWindowTitle(QCoreApplication.translate("DialogsSuggestions", "Suggestions for the content owner"))
        self._box, self._pathway_id = box, pathway_id
        intro = QLabel(
            QCoreApplication.translate("DialogsSuggestions", "Suggestions made on this computer for this pathway. Export them and send the file to "
            "whoever owns the pathway's content."),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setObjectName("suggestions_table")
        self.table.setAccessibleName(self.tr("Suggestions made on this computer"))
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 200)
        # Row heights follow the wrapped text, which depends on the column widths: measure
        # again whenever a column changes width (the first layout sets them after __init__).
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.status = QLabel(self)
        self.status.setObjectName("suggestions_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # The file's path (or a refusal naming it) wraps: on one line it widened the dialog
        # past a laptop's screen at 200 % text (1574 px).
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.delete_button = self.buttons.addButton(QCoreApplication.translate("DialogsSuggestions", "&Delete"), QDialogButtonBox.ButtonRole.ActionRole)
        self.delete_button.setObjectName("suggestions_delete")
        self.export_button = self.buttons.addButton(QCoreApplication.translate("DialogsSuggestions", "&Export..."), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("suggestions_export")
        self.buttons.rejected.connect(self.reject)
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_button.clicked.connect(self._export_dialog)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(_warning(self))
        layout.addWidget(self.buttons)
        fit_to_words(self, 760, 480)
        self.refresh()

    def refresh(self) -> None:
        items = self._box.for_pathway(self._pathway_id)
        self.table.setRowCount(len(items))
        for row, s in enumerate(items):
            for column, text in enumerate((format_date(s.made_on), s.step_title, s.text)):
                cell = QTableWidgetItem(text)  # a table cell is plain text: shown as written
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                cell.setData(Qt.ItemDataRole.UserRole, s.id)
                cell.setToolTip(text if column == 2 else "")
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.status.setText(fill(Words.tr("%n suggestion(s), kept in %1", "", len(items)), self._box.path))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.table.selectedItems()))
        self.export_button.setEnabled(self.table.rowCount() > 0)

    def delete_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows]
        try:
            for suggestion_id in ids:
                self._box.remove(suggestion_id)
        except WriteError as exc:
            self.status.setText(str(exc))
            return
        self.refresh()

    def _export_dialog(self) -> None:
        start = Path.home() / f"{self._pathway_id}-suggestions.csv"
        name, chosen = QFileDialog.getSaveFileName(self, QCoreApplication.translate("DialogsSuggestions", "Export suggestions"), str(start), QCoreApplication.translate("FileFilters", EXPORT_FILTERS))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".csv", ".json"):
            path = path.with_name(path.name + (".json" if "json" in chosen.lower() else ".csv"))
        self.export_to(path)

    def export_to(self, path: Path) -> bool:
        try:
            self._box.export(path, self._box.for_pathway(self._pathway_id))
        except WriteError as exc:
            # Said in the dialog, not in a second modal box the user must dismiss first.
            self.status.setText(fill(QCoreApplication.translate("DialogsSuggestions", "The suggestions could not be exported: %1"), exc))
            return False
        self.status.setText(fill(QCoreApplication.translate("DialogsSuggestions", "Exported to %1"), path))
        return True
