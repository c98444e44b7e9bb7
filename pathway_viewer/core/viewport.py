"""A scroll area's viewport made from Python, set up as Qt sets up its own.

The first time Python meets a widget that Qt made (``viewport()`` of a view returns one),
PySide works out its class by loading every QWidget class it has, ~70 of them with their
enums (wizards, calendars, dials...): ~14 ms of a cold start (issue #13). A widget made
from Python is known at once, so the views that are asked for their viewport before the
first paint get one made here.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractScrollArea, QWidget


def use_own_viewport(area: QAbstractScrollArea) -> None:
    """Give ``area`` a viewport made here, with what Qt gives the one it makes itself."""
    viewport = QWidget()
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    area.setViewport(viewport)
