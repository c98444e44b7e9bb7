"""The timeline's view: zoom and pan like the journey view; the arrow keys walk the rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ..core.keymap import TIMELINE_KEYS, KeyCommand
from ..core.report_later import report_later
from ..core.zoom_view import ZOOM_STEP, ZoomableView
from .scene import TimelineScene

READABLE_ZOOM = 0.75
DETAIL_STEP = 1.1  # zoomed in this much past the first look, the rows show their details again


class TimelineView(ZoomableView):
    """Zoom and pan like the journey view; the arrow keys walk the rows."""

    min_zoom = 0.2
    key_map = TIMELINE_KEYS
    # As the journey map's (journey/view.py): the side panels in one column of tabs for
    # this look (any pixels more across: the look itself says whether they were enough),
    # or 0: back in the columns the window gives them; and the widths the app narrowed
    # for an earlier look back.
    sig_wants_one_column = Signal(int)
    sig_room_unused = Signal()

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self._scene = scene  # a strong reference: a collected scene makes the view draw blank
        self._first_show = True
        self._fit_zoom = READABLE_ZOOM  # the zoom of the first look (details dropped below it)
        self._fit_when_shown = False  # fitted while hidden (at the size it had when last shown)
        self.setObjectName("timeline_view")
        self._name_for_scene()
        self.setAccessibleDescription(
            QCoreApplication.translate("TimelineView", "Each step is an item. Arrow keys move between the steps; Enter shows the step's details.")
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        scene.document.sig_selection_changed.connect(self._reveal)
        scene.document.sig_pathway_changed.connect(self.fit)
        scene.document.sig_pathway_changed.connect(self._name_for_scene)

    def _name_for_scene(self) -> None:
        """What a screen reader calls the view: a calendar of days only where there is one."""
        if self._scene.axis() is None and self._scene.step_ids():
            name = QCoreApplication.translate("TimelineView", "Timeline: the steps in the order they come (this pathway gives no days)")
        else:
            name = QCoreApplication.translate("TimelineView", "Timeline: the steps on a calendar of days around day 0")
        self.setAccessibleName(name)

    def timeline_scene(self) -> TimelineScene:
        return self._scene

    def fit(self) -> None:
        """The whole span of days across the window and, as far as the height allows, every
        step of the main journey, at a readable zoom (titles and ticks 9 pt or more).

        In a window too narrow for the days at their full width, they are drawn narrower
        first (the scene squeezes its day scale); in one too low for every main step with
        its details, the rows show their titles alone. What does not fit (the steps only
        some people need, or a very long journey) is a scroll down, never sideways. Where
        the side panels in one column would show the whole main journey, they go into one.
        """
        if not self.isVisible():
            # Behind the journey map: fitted to the size it had when last shown (for what is
            # read of it meanwhile), and again, asking the panels for room, when shown.
            self._fit_when_shown = True
            self._fit()
            return
        self._fit_when_shown = False
        self.sig_wants_one_column.emit(0)  # measured from the panels' own columns and widths
        self.sig_room_unused.emit()
        self._fit()
        if self._main_whole():
            return
        before = self.viewport().width()
        self.sig_wants_one_column.emit(1)
        if self.viewport().width() <= before:
            return
        self._fit()
        if not self._main_whole():
            self.sig_wants_one_column.emit(0)  # not enough: the panels stay where they were
            self._fit()

    def _main_whole(self) -> bool:
        """Whether every row of the main journey is wholly in view."""
        graph = self._scene.document.graph
        if graph is None:
            return True
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        rows = [self._scene.row(s) for s in graph.main_path if s in self._scene.step_ids()]
        return all(visible.contains(row.mapRectToScene(row.content_rect())) for row in rows)

    def _fit(self) -> None:
        viewport = self.viewport().rect()
        if viewport.width() < 2 or viewport.height() < 2:
            return
        # Room for a vertical scroll bar, which a long list of rows will need.
        room = viewport.width() - self.verticalScrollBar().sizeHint().width()
        # The scene rect's margins (20 a side) and the fitted rect's (10) too.
        self._scene.set_room(room / READABLE_ZOOM - 60, viewport.height() / READABLE_ZOOM - 60, zoomed_in=False)
        rect = self._scene.journey_rect()
        if rect.isEmpty():
            return
        rect = rect.adjusted(-10, -10, 10, 10)
        # The scene rect (the journey and its margins) is what the scroll bars measure.
        scene_rect = self._scene.sceneRect()
        whole = min(viewport.width() / scene_rect.width(), viewport.height() / scene_rect.height())
        if whole >= READABLE_ZOOM:
            self._fit_zoom = min(whole, 1.5)
            self.set_zoom(self._fit_zoom)
            self.centerOn(rect.center())
            return
        main = self._scene.main_rect().adjusted(-10, -10, 10, 10)
        across = min(room / self._scene.sceneRect().width(), viewport.height() / main.height(), 1.5)
        self._fit_zoom = max(READABLE_ZOOM, across)
        self.set_zoom(self._fit_zoom)
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        # From the top, but the step chosen on the map stays in view (at 200 % text it was
        # off screen when the timeline opened).
        self._reveal(self._scene.document.selected)

    def set_zoom(self, level: float) -> None:
        super().set_zoom(level)
        zoomed_in = self.zoom_level > self._fit_zoom * DETAIL_STEP
        if zoomed_in == self._scene.zoomed_in():
            return
        # The rows change height: keep the row in the middle of the view where it was.
        middle = self.mapToScene(self.viewport().rect().center())
        row = self._scene.row_at(middle)
        offset = middle.y() - row.y() if row is not None else 0.0
        step_id = row.step_id if row is not None else None
        self._scene.set_zoomed_in(zoomed_in)
        if step_id is not None and step_id in self._scene.step_ids():
            again = self._scene.row(step_id)
            self.centerOn(QPointF(middle.x(), again.y() + min(offset, again.row_height())))

    def _reveal(self, step_id: object) -> None:
        if isinstance(step_id, str) and step_id in self._scene.step_ids():
            row = self._scene.row(step_id)
            # The bar and its words, not the whole row: a full-width row would scroll to its end.
            self.ensureVisible(row.mapRectToScene(row.content_rect()), 20, 20)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._first_show or self._fit_when_shown:
            self._first_show = False
            try:
                self.fit()
            except Exception as error:  # a bug in the first look must not take the window down
                report_later(error)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.angleDelta().y():
            self.set_zoom(self.zoom_level * ZOOM_STEP ** (event.angleDelta().y() / 120))
            event.accept()
            return
        super().wheelEvent(event)  # a plain wheel scrolls down the rows, as in any list

    def step_scene_rect(self, step_id: str) -> QRectF | None:
        if step_id not in self._scene.step_ids():
            return None
        row = self._scene.row(step_id)
        return row.mapRectToScene(row.content_rect())

    def step_at(self, view_pos: QPoint) -> str | None:
        row = self._scene.row_at(self.mapToScene(view_pos))
        return row.step_id if row is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        document = self._scene.document
        command = TIMELINE_KEYS.command(event)
        steps = {KeyCommand.UP: -1, KeyCommand.DOWN: 1, KeyCommand.NEXT_STEP: 0, KeyCommand.PREVIOUS_STEP: 0}
        graph = document.graph
        if graph is None or command not in steps:
            super().keyPressEvent(event)  # Enter and Home: ZoomableView
            return
        rows = self._scene.step_ids()
        current = document.selected
        target: str | None
        if current is None or current not in rows:
            target = rows[0] if rows else None
        elif command in (KeyCommand.UP, KeyCommand.DOWN):
            index = rows.index(current) + steps[command]
            target = rows[index] if 0 <= index < len(rows) else None
        elif command is KeyCommand.NEXT_STEP:
            target = graph.next_step(current)
        else:
            target = graph.previous_step(current)
        if target is not None:
            document.select(target)
        event.accept()
