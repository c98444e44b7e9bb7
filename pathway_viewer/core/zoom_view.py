"""A QGraphicsView with clamped zoom, shared by the journey map and the timeline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from .keymap import ZOOM_KEYS, KeyCommand, KeyMap
from .step_accessibility import AccessibleSteps
from .viewport import use_own_viewport

if TYPE_CHECKING:
    from .document import PathwayDocument

ZOOM_STEP = 1.2


class ZoomableView(QGraphicsView, AccessibleSteps):
    """Zoom in steps, clamped to [min_zoom, max_zoom], about the middle of the view.

    Enter on the selected step emits ``sig_activated`` (show its details); Home fits.
    """

    sig_activated = Signal(str)
    sig_zoom_changed = Signal(float)
    min_zoom = 0.1
    max_zoom = 4.0
    key_map: KeyMap = ZOOM_KEYS  # each view declares its keys in core/keymap.py
    focus_width = 3.0  # the frame drawn while the view has the keyboard, in the theme's selection colour

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        use_own_viewport(self)  # a start asks for it before the first paint: core/viewport.py says why
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        document = self.accessible_document()
        if document is not None:
            document.sig_selection_changed.connect(self.announce_step)

    @property
    def zoom_level(self) -> float:
        return self.transform().m11()

    def set_zoom(self, level: float) -> None:
        level = min(self.max_zoom, max(self.min_zoom, level))
        current = self.zoom_level
        if abs(level - current) < 1e-9:
            return
        self.scale(level / current, level / current)
        self.sig_zoom_changed.emit(self.zoom_level)

    def zoom_in(self) -> None:
        self.zoom_about_centre(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_about_centre(1 / ZOOM_STEP)

    def fit(self) -> None:
        raise NotImplementedError

    def selected_step(self) -> str | None:
        scene = self.scene()
        document = getattr(scene, "document", None)
        return getattr(document, "selected", None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter and Home mean the same in both zoomable views; their maps say so (core/keymap.py).
        command = self.key_map.command(event)
        if command is KeyCommand.ACTIVATE:
            step = self.selected_step()
            if step is not None:
                self.sig_activated.emit(step)
            event.accept()
            return
        if command is KeyCommand.FIT:
            self.fit()
            event.accept()
            return
        super().keyPressEvent(event)

    def step_at(self, view_pos: QPoint) -> str | None:
        """The step drawn under ``view_pos``; each view asks its own scene."""
        return None

    # --- the focus, always visible (WCAG 2.4.7) ---------------------------------------------
    # Without a frame the view shows no sign of having the keyboard: Tab would land on a
    # picture that looks exactly as before. The selected step also draws its own ring.

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        theme = getattr(self.scene(), "theme", None)  # read now: View > Colours may have changed it
        if self.hasFocus() and theme is not None:
            painter = QPainter(self.viewport())
            painter.setPen(QPen(theme.selection_color, self.focus_width))
            half = self.focus_width / 2
            painter.drawRect(self.viewport().rect().toRectF().adjusted(half, half, -half, -half))
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    # --- the steps a screen reader reads (core/step_accessibility.py) ---------------------

    def step_scene_rect(self, step_id: str) -> QRectF | None:
        """Where a step is drawn in the scene; each view asks its own scene."""
        return None

    def accessible_document(self) -> PathwayDocument | None:
        return getattr(self.scene(), "document", None)

    def accessible_step_ids(self) -> list[str]:
        step_ids = getattr(self.scene(), "step_ids", None)
        return list(step_ids()) if step_ids is not None else []

    def accessible_step_rect(self, step_id: str) -> QRect | None:
        rect = self.step_scene_rect(step_id)
        if rect is None:
            return None
        return self.mapFromScene(rect).boundingRect().translated(self.viewport().pos())

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        # A double click on a step selects it and opens its details, in either view.
        left = event.button() == Qt.MouseButton.LeftButton
        step_id = self.step_at(event.position().toPoint()) if left else None
        document = getattr(self.scene(), "document", None)
        if step_id is not None and document is not None:
            document.select(step_id)
            self.sig_activated.emit(step_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def zoom_about_centre(self, factor: float) -> None:
        # Buttons and shortcuts zoom about the middle; only the wheel follows the mouse.
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.set_zoom(self.zoom_level * factor)
        self.setTransformationAnchor(anchor)
