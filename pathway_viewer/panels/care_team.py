"""The care team panel: pick a role to see the steps they take part in.

The list mirrors ``document.role``; choosing a row sets it, and a role set elsewhere
(a test, a future menu) moves the current row, so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, QT_TRANSLATE_NOOP, Qt,
)
from PySide6.QtGui import QFocusEvent, QFont, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget, QLabel, QListView, QListWidget, QListWidgetItem, QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout,
    QWidget,
)

from models.wording import escape
from models.text_direction import isolated
from models.wording.i18n import Words, fill

from ..core.accessible_style import paint_focus_frame
from ..core.dock_title import PanelDock
from ..core.document import PathwayDocument
from ..core.theme import PANEL_MUTED, active_theme, care_team_list_style, label_color_style
from ..core.viewport import use_own_viewport
from .readable_width import LIST_CHARACTERS, LIST_PANEL_WIDTH, readable_width
from .row_text import measured_row

ROLE = Qt.ItemDataRole.UserRole  # the role id of a row; None on "Everyone"
EVERYONE = QT_TRANSLATE_NOOP("PanelsCareTeam", "Everyone (no filter)")


ROW_PADDING = (4, 6)  # across, up and down: care_team_list_style's row padding
TEXT_MARGIN = 6  # the style's own margin either side of a row's text, and a pixel or two more


class _FocusFramedList(QListWidget):
    """A list that shows it has the keyboard by a frame in the theme's focus colour."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        paint_focus_frame(self, active_theme().selection_color)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusOutEvent(event)
        self.viewport().update()


class _WrappingRows(QStyledItemDelegate):
    """Row heights from the name wrapped to the room the row has: the list's own sizes
    made a name a few pixels too long for one line a row of one line, drawn wrapped with
    its second line cut to "..." ("Cell-therapy doctor (7 ...")."""

    def __init__(self, rows: QListWidget, language: Callable[[], str]) -> None:
        super().__init__(rows)
        self._rows = rows
        self._language = language

    def _room(self) -> tuple[int, int]:
        """The row's width and the width its text has."""
        across = self._rows.viewport().width() - 2 * self._rows.spacing()
        return across, across - 2 * (ROW_PADDING[0] + TEXT_MARGIN)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        _across, room = self._room()
        if room >= 40:
            option.text = measured_row(option.text, option.font, room, self._language())[0]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        across, room = self._room()
        if room < 40:
            return hint
        # The row's own font (bold "Everyone") sets only what it changes: the rest, its size
        # above all, is the list's, as the row is drawn. Read alone it kept the size of the
        # text when the row was made, so after a live change of text size that row was
        # measured one line high, and the hint above the list was kept where a fresh start
        # at that size has no room for it.
        font = index.data(Qt.ItemDataRole.FontRole)
        font = font.resolve(option.font) if isinstance(font, QFont) else option.font
        _, height = measured_row(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), font, room, self._language())
        return QSize(min(hint.width(), across), max(hint.height(), height + 2 * ROW_PADDING[1]))


class CareTeamPanel(PanelDock):
    def __init__(self, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PanelsCareTeam", "Care team"), parent)
        self.setObjectName("care_team")
        self._document = document

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 6, 8, 8)
        hint = QLabel(QCoreApplication.translate("PanelsCareTeam", "Choose a person to see the steps they take part in."), body)
        hint.setWordWrap(True)
        hint.setStyleSheet(label_color_style(PANEL_MUTED))
        self._hint = hint
        self.list = _FocusFramedList(body)
        use_own_viewport(self.list)  # its rows ask the viewport's width at start: core/viewport.py says why
        self.list.setItemDelegate(_WrappingRows(self.list, self._language))
        self.list.setObjectName("care_team_list")
        self.list.setAccessibleName(QCoreApplication.translate("PanelsCareTeam", "Care team: choose a role to highlight their steps"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        # Long role names wrap instead of hiding behind a sideways scroll bar.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setStyleSheet(care_team_list_style())
        hint.setBuddy(self.list)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self._body_margins = layout.contentsMargins()
        self._keep_readable_width()
        self.list.installEventFilter(self)
        self._body = body
        body.installEventFilter(self)
        # The rows' heights follow the list's width, which is settled only after the panel's
        # first resize: the hint is weighed again then (a fresh start measured the rows at
        # the width of a list not laid out yet, four times too narrow, and hid a hint that a
        # live change of text size, measuring them right, showed: the Outline below stood
        # at another height).
        self.list.viewport().installEventFilter(self)

        self.list.currentItemChanged.connect(self._on_current_changed)
        document.sig_pathway_changed.connect(self._rebuild)
        document.sig_steps_changed.connect(self._rebuild)  # a step's team may have changed
        document.sig_role_changed.connect(self._show_role)
        self._rebuild()

    def _language(self) -> str:
        return self._document.words_language

    def restyle(self) -> None:
        """The colours changed (View > Colours, or the desktop's): write the style sheets again."""
        self._hint.setStyleSheet(label_color_style(PANEL_MUTED))
        self.list.setStyleSheet(care_team_list_style())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # View > Text size reaches the list (the dock keeps the font of its title).
        if watched is self.list and event.type() == QEvent.Type.FontChange:
            self._keep_readable_width()
        if watched is self._body and event.type() == QEvent.Type.Resize:
            self._hint_only_whole()
        elif watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            assert isinstance(event, QResizeEvent)
            if event.size().width() != event.oldSize().width():
                self._hint_only_whole()
        return super().eventFilter(watched, event)

    def hint_shown(self) -> bool:
        """Whether the panel shows its "Choose a person..." line above the list."""
        return not self._hint.isHidden()

    def _hint_only_whole(self) -> None:
        """The hint above the list only where its lines and a whole row of the list fit: a
        wrapped label asks for one line's height, so at 200 % text in a laptop's height the
        dock was squeezed until the hint's lines were cut through. The list's accessible
        name says the same, and the panel's title stays."""
        hint, body = self._hint, self._body
        margins = self._body_margins.top() + self._body_margins.bottom() + body.layout().spacing()
        row = self.list.sizeHintForRow(0) if self.list.count() else 0
        need = hint.heightForWidth(max(1, body.width() - self._body_margins.left() - self._body_margins.right()))
        room = body.height() - margins - row - 2 * self.list.frameWidth() - 2 * self.list.spacing()
        hint.setHidden(need > room)

    def _keep_readable_width(self) -> None:
        """No narrower than a role's name needs to wrap in pieces of a few words at the
        current text size (the first look may narrow the panel to this for the journey map)."""
        margins = self._body_margins.left() + self._body_margins.right() + 2 * self.list.frameWidth()
        # Each row's padding (care_team_list_style) and the list's spacing on both sides.
        margins += 8 + 2 * self.list.spacing()
        self.setMinimumWidth(readable_width(self.list, self.list.font(), LIST_CHARACTERS, margins, LIST_PANEL_WIDTH))

    def role_names(self) -> list[str]:
        """The rows' text, top to bottom (what the user reads)."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _rebuild(self) -> None:
        self.list.blockSignals(True)
        try:
            self.list.clear()
            doc = self._document
            if doc.pathway is None or doc.graph is None:
                return
            everyone = QListWidgetItem(QCoreApplication.translate("PanelsCareTeam", EVERYONE))
            everyone.setData(ROLE, None)
            everyone.setToolTip(QCoreApplication.translate("PanelsCareTeam", "Show every step the same way"))
            bold = QFont(self.list.font())
            bold.setBold(True)
            everyone.setFont(bold)
            self.list.addItem(everyone)
            for role in doc.pathway.roles:
                count = len(doc.graph.steps_for_role(role.id))
                item = QListWidgetItem(fill(Words.tr("%1 (%n step(s))", "", count), isolated(role.name)))
                item.setData(ROLE, role.id)
                # Qt reads a tooltip as rich text when it looks like HTML; escaped inside <p>
                # it is always rich text whose words are the file's, as typed.
                item.setToolTip(f"<p>{escape(role.description)}</p>")
                item.setStatusTip(role.description)
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        self._show_role(self._document.role)

    def _show_role(self, role_id: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(ROLE) == role_id:
                if self.list.currentRow() != row:
                    self.list.blockSignals(True)
                    self.list.setCurrentRow(row)
                    self.list.blockSignals(False)
                return

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self._document.set_role(current.data(ROLE))
