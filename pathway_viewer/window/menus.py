"""The window's menus and toolbar, built from the action table (``actions.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QToolBar

from . import actions as A

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_menus(window: MainWindow) -> None:
    """File, View, Tools and Help, from the action table."""
    a = window.actions
    file_menu = window.menuBar().addMenu("&File")
    file_menu.setObjectName("menu_file")
    file_menu.addAction(a[A.OPEN])
    window.recent_menu = file_menu.addMenu("Open &recent")
    window.recent_menu.setObjectName("menu_recent")
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    file_menu.addAction(a[A.SAVE])
    file_menu.addAction(a[A.SAVE_AS])
    file_menu.addSeparator()
    file_menu.addAction(a[A.EXPORT_VIEW])
    file_menu.addAction(a[A.EXPORT_HANDOUT])
    file_menu.addAction(a[A.PRINT])
    file_menu.addSeparator()
    file_menu.addAction(a[A.QUIT])

    edit_menu = window.menuBar().addMenu("&Edit")
    edit_menu.setObjectName("menu_edit")
    for action_id in (A.UNDO, A.REDO, A.EDIT_MODE):
        edit_menu.addAction(a[action_id])

    view_menu = window.menuBar().addMenu("&View")
    view_menu.setObjectName("menu_view")
    view_menu.addAction(a[A.VIEW_JOURNEY])
    view_menu.addAction(a[A.VIEW_TIMELINE])
    view_menu.addAction(a[A.PRESENT])
    view_menu.addSeparator()
    for action_id in (A.ZOOM_IN, A.ZOOM_OUT, A.FIT):
        view_menu.addAction(a[action_id])
    view_menu.addSeparator()
    details_toggle = window.details.toggleViewAction()
    details_toggle.setText("Show &details")
    details_toggle.setStatusTip("Show or hide the step details panel")
    team_toggle = window.care_team.toggleViewAction()
    team_toggle.setText("Show &care team")
    team_toggle.setStatusTip("Show or hide the care team panel")
    view_menu.addAction(details_toggle)
    view_menu.addAction(team_toggle)
    view_menu.addSeparator()
    view_menu.addAction(a[A.AUDIENCE_PATIENT])
    view_menu.addAction(a[A.AUDIENCE_CLINICIAN])
    view_menu.addSeparator()
    for action_id in (A.FIND, A.FIND_NEXT, A.FIND_PREVIOUS):
        view_menu.addAction(a[action_id])

    tools_menu = window.menuBar().addMenu("&Tools")
    tools_menu.setObjectName("menu_tools")
    tools_menu.addAction(a[A.SET_DATES])
    tools_menu.addAction(a[A.CLINIC_SETTINGS])
    tools_menu.addSeparator()
    tools_menu.addAction(a[A.TRAIN])

    review_menu = window.menuBar().addMenu("&Review")
    review_menu.setObjectName("menu_review")
    review_menu.addAction(a[A.COMPARE])
    review_menu.addAction(a[A.SIGN_OFF])
    review_menu.addSeparator()
    review_menu.addAction(a[A.SUGGEST])
    review_menu.addAction(a[A.SUGGESTIONS])

    help_menu = window.menuBar().addMenu("&Help")
    help_menu.setObjectName("menu_help")
    help_menu.addAction(a[A.QUICK_GUIDE])
    help_menu.addAction(a[A.ABOUT])
    window.fill_recent_menu()


def build_toolbar(window: MainWindow) -> None:
    """The toolbar: words, not icons, and the audience always in sight."""
    bar = QToolBar("Main toolbar", window)
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)  # words, not icons: no guessing
    bar.addAction(window.actions[A.OPEN])
    bar.addSeparator()
    # Which picture is in the middle, always in sight: the map or the days.
    for action_id, short in ((A.VIEW_JOURNEY, "Journey map"), (A.VIEW_TIMELINE, "Timeline")):
        window.actions[action_id].setIconText(short)
        bar.addAction(window.actions[action_id])
    bar.addSeparator()
    for action_id in (A.ZOOM_IN, A.ZOOM_OUT, A.FIT):
        bar.addAction(window.actions[action_id])
    bar.addSeparator()
    # The audience is always in sight, so a nurse knows which words the patient sees.
    words = QLabel(" Words for: ", bar)
    words.setObjectName("audience_label")
    bar.addWidget(words)
    for action_id, short in ((A.AUDIENCE_PATIENT, "Patients"), (A.AUDIENCE_CLINICIAN, "Clinicians")):
        window.actions[action_id].setIconText(short)
        bar.addAction(window.actions[action_id])
    bar.addSeparator()
    window.actions[A.SET_DATES].setIconText("Set dates...")
    window.actions[A.PRESENT].setIconText("Present")
    bar.addAction(window.actions[A.SET_DATES])
    bar.addAction(window.actions[A.PRESENT])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    # The search box sits at the right of the menu bar, where there is room to spare:
    # the toolbar keeps every command visible at the default window width.
    window.menuBar().setCornerWidget(window.search, Qt.Corner.TopRightCorner)
    window.toolbar = bar
