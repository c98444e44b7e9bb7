"""Compare with…: what the open pathway changes compared with the bundled one or another file.

The open file is the "changed" side: a clinic's copy compared with the pathway it was
adapted from. The list is the same grouping as ``pathway-viewer diff`` (one heading per
step, then its changes in plain words) in a tree, so a long report can be folded. The
dialog loads the other file itself (a located problem is shown, not raised); making the
PDF is the window's job (``sig_export_requested``), since dialogs never draw output.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.wording.i18n import fill
from models import Pathway, PathwayError, bundled_pathway, load_pathway
from models.change_report import describe_file, grouped_changes, summary_line

from ..core.theme import DIALOG_MUTED, error_text_style, label_color_style
from ..core import screen_room
from ..core.screen_room import MOST_OF_SCREEN, SCREEN_SHARE

BUNDLED_NAME = "the bundled pathway"
FILE_FILTER = QT_TRANSLATE_NOOP("FileFilters", "Pathway files (*.yaml *.yml *.json);;All files (*)")


class _WrappingTree(QTreeWidget):
    """A tree whose lines wrap to its width instead of ending in "…": a line that says
    'changed from “old” to “new”' is read for its last words. Rows are measured again when
    the dialog is resized."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # lines wrap instead
        self.setItemDelegate(_WrappingDelegate(self))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights from the text wrapped to the room the line has (the tree's own sizes
    assume one line, so it would shorten the line with "…")."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        depth = 0 if not index.parent().isValid() else 1  # headings, and their lines under them
        room = self._tree.viewport().width() - self._tree.indentation() * (depth + 1) - 12
        if room < 40:
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = option.fontMetrics if font is None else QFontMetrics(font)
        height = metrics.boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(min(hint.width(), room), max(hint.height(), height + 6))


class CompareDialog(QDialog):
    sig_export_requested = Signal()  # "Export as PDF": the window asks where and writes it

    def __init__(self, changed_name: str, changed: Pathway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(QCoreApplication.translate("DialogsCompare", "Compare pathways"))
        self.changed_name, self.changed = changed_name, changed
        self.base_name = BUNDLED_NAME
        self.base: Pathway | None = None

        self.files_label = QLabel(self)
        self.files_label.setObjectName("compare_files")
        self.files_label.setTextFormat(Qt.TextFormat.PlainText)  # file names and titles as typed
        self.files_label.setWordWrap(True)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("compare_summary")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.tree = _WrappingTree(self)
        self.tree.setObjectName("compare_changes")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(QCoreApplication.translate("DialogsCompare", "What changed, step by step"))
        hint = QLabel(QCoreApplication.translate("DialogsCompare", "Short values show the old and new words; long texts say only that they changed."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet(label_color_style(DIALOG_MUTED))

        self.bundled_button = QPushButton(QCoreApplication.translate("DialogsCompare", "Compare with the &bundled pathway"), self)
        self.bundled_button.setObjectName("compare_bundled")
        self.file_button = QPushButton(QCoreApplication.translate("DialogsCompare", "Compare with another &file..."), self)
        self.file_button.setObjectName("compare_file")
        choose = QHBoxLayout()
        choose.addWidget(self.bundled_button)
        choose.addWidget(self.file_button)
        choose.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(QCoreApplication.translate("DialogsCompare", "Export as &PDF..."), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("compare_export")
        self.buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(self.sig_export_requested)
        self.bundled_button.clicked.connect(self.compare_with_bundled)
        self.file_button.clicked.connect(self._choose_file)

        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.files_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        # The two "Compare with" buttons stand one above the other when side by side they
        # would run past the screen (long German labels at 200 % text: 1421 px).
        room = screen_room.room_share(self, SCREEN_SHARE)  # looked up here: a test gives its own screen
        if room is not None and choose.sizeHint().width() + 40 > room.width():
            choose.setDirection(QHBoxLayout.Direction.TopToBottom)
        # Room for about 18 lines of the list at any text size, within the screen.
        line = self.fontMetrics().lineSpacing()
        height = max(560, 18 * line + self.sizeHint().height() - self.tree.sizeHint().height())
        width = max(760, self.sizeHint().width())
        tall = screen_room.room_share(self, MOST_OF_SCREEN)
        self.resize(min(width, room.width()) if room is not None else width, min(height, tall.height()) if tall is not None else height)
        self.compare_with_bundled()

    def compare_with_bundled(self) -> None:
        self.compare_with(Path(str(bundled_pathway())), BUNDLED_NAME)

    def compare_with(self, path: Path, name: str | None = None) -> bool:
        """Load ``path`` as the base and list what the open pathway changes; False if it does not load."""
        try:
            base = load_pathway(path)
        except PathwayError as exc:
            self.base = None
            self.files_label.setText(fill(QCoreApplication.translate("DialogsCompare", "%1 cannot be compared: it does not load."), path.name))
            self.summary_label.setText("\n".join(str(p) for p in exc.problems[:5]))
            self.summary_label.setStyleSheet(error_text_style())
            self.tree.clear()
            self.export_button.setEnabled(False)
            return False
        self.base, self.base_name = base, name or path.name
        self._show()
        return True

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("DialogsCompare", "Compare with"), str(Path.home()), QCoreApplication.translate("FileFilters", FILE_FILTER))
        if name:
            self.compare_with(Path(name))

    def _show(self) -> None:
        assert self.base is not None
        groups = grouped_changes(self.base, self.changed)
        self.files_label.setText(
            fill(QCoreApplication.translate("DialogsCompare", "Base (as it was): %1\nChanged (open now): %2"),
                 describe_file(self.base_name, self.base), describe_file(self.changed_name, self.changed))
        )
        self.summary_label.setText(summary_line(groups))
        self.summary_label.setStyleSheet("")
        self.tree.clear()
        for group in groups:
            heading = QTreeWidgetItem(self.tree, [group.heading])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for line in group.lines:
                QTreeWidgetItem(heading, [line])
        self.tree.expandAll()
        self.export_button.setEnabled(bool(groups))

    def lines(self) -> list[str]:
        """What the list shows, heading then its indented lines (tests and screen readers)."""
        out: list[str] = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            out.append(item.text(0))
            out += [f"  {item.child(j).text(0)}" for j in range(item.childCount())]
        return out
