"""A QGraphicsView with clamped zoom, shared by the journey map and the timeline."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from .keymap import ZOOM_KEYS, KeyCommand, KeyMap

ZOOM_STEP = 1.2


class ZoomableView(QGraphicsView):
    """Zoom in steps, clamped to [min_zoom, max_zoom], about the middle of the view.

    Enter on the selected step emits ``sig_activated`` (show its details); Home fits.
    """

    sig_activated = Signal(str)
    sig_zoom_changed = Signal(float)
    min_zoom = 0.1
    max_zoom = 4.0
    key_map: KeyMap = ZOOM_KEYS  # each view declares its keys in core/keymap.py

    def __init__(self, scene: QGraphicsScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setFrameShape(QFrame.Shape.NoFrame)

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
