"""The disclaimer banner: a row across the whole window, under the toolbar.

In the map's column alone (between the side panels) the disclaimer wrapped to a few words a
line: at 200 % text in a 1024 x 700 window it stood 325 px tall and left the map 216 px.
Across the whole window the same words take two or three lines.

A toolbar is the one row QMainWindow lays out across its whole width, above the side panels.
It sizes that row from its widgets' size hints and never asks a wrapped label for its height
at a width, so the window gives the label the height its words need at the window's width
(:meth:`DisclaimerBar.fit_to_width`) whenever that width, the words or their font change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar, QWidget

from ..core.theme import banner_bar_style, banner_style


class DisclaimerBar(QToolBar):
    """A fixed toolbar holding the disclaimer: it cannot be moved, torn off or hidden."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "Disclaimer"), parent)
        self.setObjectName("disclaimer_bar")
        self.setMovable(False)
        self.setFloatable(False)
        # Never offered in the toolbars' right-click menu: the disclaimer is always in view.
        self.toggleViewAction().setVisible(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.label = QLabel(self)
        self.label.setObjectName("disclaimer_banner")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # The whole row, however wide; and a small least width, else the toolbar counts the
        # unwrapped words and hides them behind its ">>" button in a narrow window.
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.label.setMinimumWidth(1)
        self.addWidget(self.label)
        self.restyle()

    def restyle(self) -> None:
        """The banner's colours (and the bar's zero margins) in the active theme."""
        self.setStyleSheet(banner_bar_style(self.objectName()))
        self.label.setStyleSheet(banner_style(self.label.objectName()))
        # What the sheet says (no margins): the toolbar read its margins from the style
        # before the sheet applied, and asks again only on its next style change.
        self.layout().setContentsMargins(0, 0, 0, 0)
        self.layout().setSpacing(0)

    def fit_to_width(self, width: int) -> bool:
        """Give the words the height they need when the bar is ``width`` wide (the window's
        width); True if the height changed (the window must then be laid out again)."""
        label = self.label
        margins = self.layout().contentsMargins()
        # A label's height for a width is never less than its least height: measured free.
        fixed = label.minimumHeight()
        label.setMinimumHeight(0)
        needed = label.heightForWidth(max(1, width - margins.left() - margins.right()))
        label.setMinimumHeight(fixed)
        if needed < 0 or needed == fixed == label.maximumHeight():
            return False
        label.setFixedHeight(needed)
        # The toolbar caches its size hint: asked again at once, the window's layout can
        # place the map under the new height before anything is drawn or measured.
        self.layout().invalidate()
        self.updateGeometry()
        return True
