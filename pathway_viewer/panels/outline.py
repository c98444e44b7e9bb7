"""The journey as text: a tree of the steps and their branches, for anyone who prefers
reading to a picture, and for screen readers (Qt makes tree items accessible natively).

The tree follows the selection both ways: choosing a line selects its step in every view,
and a step chosen elsewhere (map, timeline, search) becomes the current line. A step that
appears on several lines (a side effect reached from several steps) selects the first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from models.wording import escape
from models.wording.accessible import OutlineEntry, journey_outline, step_description

from ..core.accessible_style import draw_branch_arrow, paint_focus_frame
from ..core.dock_title import PanelDock
from ..core.document import PathwayDocument
from ..core.theme import active_theme
from ..core.viewport import use_own_viewport
from .readable_width import LIST_CHARACTERS, LIST_PANEL_WIDTH, readable_width
from .row_text import measured_row

STEP = Qt.ItemDataRole.UserRole  # the step id of a line


class _WrappingTree(QTreeWidget):
    """A tree whose lines wrap to its width: rows are measured again when it is resized."""

    resting_line_chosen = Signal(object)  # the QTreeWidgetItem the keyboard rested on
    focus_arriving = False  # Qt is putting the keyboard on a line because focus came in

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        # With no line current, Qt makes the first one current as focus comes in. Tabbing
        # through must not choose a step (WCAG 3.2.1, on focus): the line only shows where
        # the keyboard is until an arrow key chooses it.
        self.focus_arriving = True
        try:
            super().focusInEvent(event)
        finally:
            self.focus_arriving = False
        self.viewport().update()  # the frame that shows it has the keyboard

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        # Focus arriving chooses no line, so Fusion's faint dotted line would be its only sign.
        paint_focus_frame(self, active_theme().selection_color)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # The first Up or Down chooses the line the keyboard rests on (marked but not yet
        # chosen since focus arrived) rather than the one past it, which seemed to skip it;
        # Space and Enter choose it too.
        current = self.currentItem()
        choosing = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if (current is not None and not current.isSelected() and event.key() in choosing
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.resting_line_chosen.emit(current)
            event.accept()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()

    def drawBranches(self, painter: QPainter, rect: QRect, index: QModelIndex) -> None:  # noqa: N802 - Qt override
        # The open/closed arrow in the row's own ink, opaque (Fusion's is 63 % grey, 1.2-2:1
        # on a selected row). Drawn here, not in the application's style: a Python
        # drawPrimitive is handed every widget Qt paints, and PySide then loads every widget
        # class before the first paint. Fusion draws no tree lines, so the arrow is all.
        if not self.model().hasChildren(index):
            return
        indent = self.indentation()
        right_to_left = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        option = QStyleOption()
        option.rect = QRect(rect.left() if right_to_left else rect.right() + 1 - indent, rect.top(), indent, rect.height())
        option.palette = self.palette()
        option.direction = self.layoutDirection()
        option.state = QStyle.StateFlag.State_Children
        if self.isExpanded(index):
            option.state |= QStyle.StateFlag.State_Open
        if self.selectionModel().isSelected(index):
            option.state |= QStyle.StateFlag.State_Selected
        draw_branch_arrow(option, painter)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # noqa: N802 - Qt override
        # Rows measured after a resize are laid out first: scrolling to the new line with the
        # old heights left the keyboard's line out of sight.
        self.executeDelayedItemsLayout()
        super().currentChanged(current, previous)
        self.scrollTo(current)


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights from the text wrapped to the room the line has (the view's own sizes
    assume one line, so wrapped text would be cut off), and a word wider than that room
    broken, not cut at the panel's edge ("Transplantationsam" at 150 % text)."""

    def __init__(self, tree: QTreeWidget, language: Callable[[], str]) -> None:
        super().__init__(tree)
        self._tree = tree
        self._language = language

    def _room(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The width the line's text has, under its step's indentation."""
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        return self._tree.viewport().width() - self._tree.indentation() * (depth + 1) - 12

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        room = self._room(index)
        if room >= 40:
            option.text = measured_row(option.text, option.font, room, self._language())[0]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        room = self._room(index)
        if room < 40:
            return hint
        _, height = measured_row(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), option.font, room, self._language())
        return QSize(hint.width(), max(hint.height(), height + 6))


class OutlinePanel(PanelDock):
    def __init__(self, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("OutlinePanel", "Outline"), parent)
        self.setObjectName("outline")
        self._document = document
        self._syncing = False
        self._first_line: dict[str, QTreeWidgetItem] = {}  # step id -> its own line (the full one)
        self.tree = _WrappingTree(self)
        use_own_viewport(self.tree)  # its rows ask the viewport's width at start: core/viewport.py says why
        self.tree.setItemDelegate(_WrappingDelegate(self.tree, self._language))
        self.tree.setObjectName("outline_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        # Long titles and conditions wrap onto more lines rather than end in "...": a cut
        # condition ("if cells fail release ...") hides the very words that matter.
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Lines of several heights: scrolling by whole lines left the current one out of sight.
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setAccessibleName(QCoreApplication.translate("OutlinePanel", "Outline of the journey: steps, with their branches under them"))
        self.tree.setAccessibleDescription(
            QCoreApplication.translate("OutlinePanel", "Up and Down move between steps, Right opens a step's branches; the chosen step shows in the details.")
        )
        self.setWidget(self.tree)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self._keep_readable_width()
        self.tree.installEventFilter(self)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.tree.resting_line_chosen.connect(lambda item: self._on_current_changed(item, None))
        document.sig_pathway_changed.connect(self._rebuild)
        document.sig_steps_changed.connect(self._rebuild)
        document.sig_audience_changed.connect(self._describe)
        document.sig_selection_changed.connect(self._show_selection)
        self._rebuild()

    # --- what it shows ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # View > Text size reaches the tree (the dock keeps the font of its title).
        if watched is self.tree and event.type() == QEvent.Type.FontChange:
            self._keep_readable_width()
        return super().eventFilter(watched, event)

    def _keep_readable_width(self) -> None:
        """No narrower than a branch's line (indented under its step, as _WrappingDelegate
        measures it) needs to wrap in pieces of a few words at the current text size."""
        margins = 2 * self.tree.indentation() + 12 + 2 * self.tree.frameWidth()
        self.setMinimumWidth(readable_width(self.tree, self.tree.font(), LIST_CHARACTERS, margins, LIST_PANEL_WIDTH))

    def _language(self) -> str:
        return self._document.words_language

    def lines(self) -> list[tuple[int, str, str]]:
        """Every line as (depth, text, step id), top to bottom: what a reader sees."""
        out: list[tuple[int, str, str]] = []
        for item in self._items():
            depth, parent = 0, item.parent()
            while parent is not None:
                depth, parent = depth + 1, parent.parent()
            out.append((depth, item.text(0), item.data(0, STEP)))
        return out

    def current_step(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, STEP) if item is not None else None

    def _rebuild(self, *_: object) -> None:
        doc = self._document
        self._syncing = True
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.collapseAll()  # clearing an expanded tree of thousands of lines took seconds
            self.tree.clear()
            self._first_line = {}
            if doc.pathway is None or doc.graph is None:
                return
            # Lines are made whole before they join the tree: a line changed inside the tree
            # is measured again each time, which took seconds for thousands of steps.
            descriptions = self._descriptions()
            top: list[QTreeWidgetItem] = []
            # With a stack, not recursion: a branch may be a thousand steps long.
            stack: list[tuple[OutlineEntry, QTreeWidgetItem | None]] = [
                (entry, None) for entry in reversed(journey_outline(doc.pathway, doc.graph))
            ]
            # A step's own line is the one that lists it in full (every other is a repeat), not
            # the first met: a branch that rejoins the journey names the step it leads to first.
            while stack:
                entry, parent = stack.pop()
                item = QTreeWidgetItem([entry.label])
                item.setData(0, STEP, entry.step_id)
                self._set_description(item, descriptions[entry.step_id])
                if parent is None:
                    top.append(item)
                else:
                    parent.addChild(item)
                if not entry.repeat or entry.step_id not in self._first_line:
                    self._first_line[entry.step_id] = item
                stack.extend((child, item) for child in reversed(entry.children))
            self.tree.addTopLevelItems(top)
            self.tree.expandAll()
        finally:
            self.tree.setUpdatesEnabled(True)
            self._syncing = False
        self._show_selection(doc.selected)

    def _descriptions(self) -> dict[str, str]:
        """Every step as a screen reader hears it, in the words chosen (patients or clinicians)."""
        doc = self._document
        if doc.pathway is None or doc.graph is None:
            return {}
        main_index = {step_id: i for i, step_id in enumerate(doc.graph.main_path)}
        return {
            step_id: step_description(doc.pathway, doc.graph, step_id, audience=doc.audience, main_index=main_index)
            for step_id in doc.graph.step_ids
        }

    @staticmethod
    def _set_description(item: QTreeWidgetItem, text: str) -> None:
        # Qt guesses whether a tooltip is rich text: words from the file ("<img ...>" in a
        # title) are escaped inside a paragraph so they always show as typed.
        item.setToolTip(0, f"<p>{escape(text)}</p>")
        item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, text)

    def _describe(self, *_: object) -> None:
        """New words for every line's description (patients or clinicians)."""
        descriptions = self._descriptions()
        # Descriptions change no line's size: the model's signals would have every line
        # measured again, so they are held while the words change.
        model = self.tree.model()
        model.blockSignals(True)
        try:
            for item in self._items():
                self._set_description(item, descriptions.get(item.data(0, STEP), ""))
        finally:
            model.blockSignals(False)

    def _items(self) -> list[QTreeWidgetItem]:
        """Every line, top to bottom."""
        # Walked by hand: each QTreeWidgetItemIterator step ("iterator += 1") left a Python
        # wrapper alive for good (PySide), a few hundred bytes at every change of the outline.
        found: list[QTreeWidgetItem] = []

        def walk(item: QTreeWidgetItem) -> None:
            found.append(item)
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return found

    # --- following the selection both ways --------------------------------------------------

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if self._syncing or current is None or self.tree.focus_arriving:
            return
        # A line made current some other way than by focus arriving (Page Down, a typed
        # letter) is marked: the step is never chosen unseen.
        if not current.isSelected():
            current.setSelected(True)
        self._document.select(current.data(0, STEP))

    def _show_selection(self, step_id: object) -> None:
        if self.current_step() == step_id:
            return  # the current line already shows it (a repeat line stays where the reader is)
        self._syncing = True
        try:
            target = self._first_line.get(step_id) if isinstance(step_id, str) else None
            self.tree.setCurrentItem(target)
            if target is not None:
                self.tree.scrollToItem(target)
        finally:
            self._syncing = False
