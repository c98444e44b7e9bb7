"""Everything clickable at least 24 x 24 px (WCAG 2.2, 2.5.8 target size).

Qt's own widgets pass at our 12 pt type, except the small close and float buttons in a
dock's title bar (about 18 x 14 px with Fusion). A proxy over the platform's style widens
their margins; every other measure is the platform's own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

MIN_TARGET_PX = 24
_DOCK_BUTTON_MARGIN = 8  # around the 9-10 px glyph Fusion draws: 25-26 px
_DOCK_TITLE_MARGIN = 8


class TargetSizeStyle(QProxyStyle):
    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DockWidgetTitleBarButtonMargin:
            return max(value, _DOCK_BUTTON_MARGIN)
        if metric == QStyle.PixelMetric.PM_DockWidgetTitleMargin:
            return max(value, _DOCK_TITLE_MARGIN)
        return value


def install_target_size_style(app: QApplication) -> None:
    """Wrap the application's style once (repeating the call changes nothing)."""
    if not isinstance(app.style(), TargetSizeStyle):
        app.setStyle(TargetSizeStyle(app.style().name()))
