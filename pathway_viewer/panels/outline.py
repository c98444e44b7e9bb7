"""The journey as text: a tree of the steps and their branches, for anyone who prefers
reading to a picture, and for screen readers (Qt makes tree items accessible natively).

The tree follows the selection both ways: choosing a line selects its step in every view,
and a step chosen elsewhere (map, timeline, search) becomes the current line. A step that
appears on several lines (a side effect reached from several steps) selects the first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from models.wording.accessible import OutlineEntry, journey_outline, step_description

from ..core.document import PathwayDocument

STEP = Qt.ItemDataRole.UserRole  # the step id of a line


def _tr(text: str) -> str:
    return QCoreApplication.translate("OutlinePanel", text)


class _WrappingTree(QTreeWidget):
    """A tree whose lines wrap to its width: rows are measured again when it is resized."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights from the text wrapped to the room the line has (the view's own sizes
    assume one line, so wrapped text would be cut off)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        room = self._tree.viewport().width() - self._tree.indentation() * (depth + 1) - 12
        if room < 40:
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        height = option.fontMetrics.boundingRect(QRect(0, 0, room, 100_000), int(Qt.TextFlag.TextWordWrap), text).height()
        return QSize(hint.width(), max(hint.height(), height + 6))


class OutlinePanel(QDockWidget):
    def __init__(self, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Outline"), parent)
        self.setObjectName("outline")
        self._document = document
        self._syncing = False
        self.tree = _WrappingTree(self)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.setObjectName("outline_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        # Long titles and conditions wrap onto more lines rather than end in "...": a cut
        # condition ("if cells fail release ...") hides the very words that matter.
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setAccessibleName(_tr("Outline of the journey: steps, with their branches under them"))
        self.tree.setAccessibleDescription(
            _tr("Up and Down move between steps, Right opens a step's branches; the chosen step shows in the details.")
        )
        self.setWidget(self.tree)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.setMinimumWidth(240)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        document.sig_pathway_changed.connect(self._rebuild)
        document.sig_steps_changed.connect(self._rebuild)
        document.sig_audience_changed.connect(self._describe)
        document.sig_selection_changed.connect(self._show_selection)
        self._rebuild()

    # --- what it shows ---------------------------------------------------------------------

    def lines(self) -> list[tuple[int, str, str]]:
        """Every line as (depth, text, step id), top to bottom: what a reader sees."""
        out: list[tuple[int, str, str]] = []

        def walk(item: QTreeWidgetItem, depth: int) -> None:
            out.append((depth, item.text(0), item.data(0, STEP)))
            for i in range(item.childCount()):
                walk(item.child(i), depth + 1)

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i), 0)
        return out

    def current_step(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, STEP) if item is not None else None

    def _rebuild(self, *_: object) -> None:
        doc = self._document
        self._syncing = True
        try:
            self.tree.clear()
            if doc.pathway is None or doc.graph is None:
                return

            def add(entry: OutlineEntry, parent: QTreeWidget | QTreeWidgetItem) -> None:
                item = QTreeWidgetItem(parent, [entry.label])
                item.setData(0, STEP, entry.step_id)
                for child in entry.children:
                    add(child, item)

            for entry in journey_outline(doc.pathway, doc.graph):
                add(entry, self.tree)
            self.tree.expandAll()
            self._describe()
        finally:
            self._syncing = False
        self._show_selection(doc.selected)

    def _describe(self, *_: object) -> None:
        """Each line's tooltip and accessible description: the step as a screen reader hears it."""
        doc = self._document
        if doc.pathway is None or doc.graph is None:
            return
        descriptions: dict[str, str] = {}
        for item in self._items():
            step_id = item.data(0, STEP)
            if step_id not in descriptions:
                descriptions[step_id] = step_description(doc.pathway, doc.graph, step_id, audience=doc.audience)
            item.setToolTip(0, descriptions[step_id])
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, descriptions[step_id])

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(i))
        return found

    # --- following the selection both ways --------------------------------------------------

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._syncing or current is None:
            return
        self._document.select(current.data(0, STEP))

    def _show_selection(self, step_id: object) -> None:
        if self.current_step() == step_id:
            return  # the current line already shows it (a repeat line stays where the reader is)
        self._syncing = True
        try:
            target = next((item for item in self._items() if item.data(0, STEP) == step_id), None)
            self.tree.setCurrentItem(target)
            if target is not None:
                self.tree.scrollToItem(target)
        finally:
            self._syncing = False
