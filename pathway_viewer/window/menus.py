"""The window's menus and toolbar, built from the action table (``actions.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenuBar, QSizePolicy, QToolBar, QToolButton, QWidget

from . import actions as A
from .language_menu import build_language_menu

if TYPE_CHECKING:
    from .main_window import MainWindow


# Each menu as data: action ids in order, "-" for a separator, and "@name" for an entry the
# window supplies (a submenu or a dock's own toggle). One table reads like the menu bar.
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Menus", "&File"), "menu_file", (A.OPEN, "@recent", A.SAVE, A.SAVE_AS, "-", A.EXPORT_VIEW, A.EXPORT_HANDOUT, A.PRINT,
                            A.HANDOUT_LARGE_PRINT,
                            "-", A.QUIT)),
    (QT_TRANSLATE_NOOP("Menus", "&Edit"), "menu_edit", (A.UNDO, A.REDO, A.EDIT_MODE)),
    (QT_TRANSLATE_NOOP("Menus", "&View"), "menu_view", (A.VIEW_JOURNEY, A.VIEW_TIMELINE, A.PRESENT, "-", A.ZOOM_IN, A.ZOOM_OUT, A.FIT, "-",
                            "@details", "@care_team", "@outline", "-", A.AUDIENCE_PATIENT, A.AUDIENCE_CLINICIAN,
                            "@content_language", "-",
                            A.FIND, A.FIND_NEXT, A.FIND_PREVIOUS, "-", "@colours", "@text_size", "@language")),
    (QT_TRANSLATE_NOOP("Menus", "&Tools"), "menu_tools", (A.SET_DATES, A.CLINIC_SETTINGS, "-", A.TRAIN)),
    (QT_TRANSLATE_NOOP("Menus", "&Review"), "menu_review", (A.COMPARE, A.SIGN_OFF, "-", A.SUGGEST, A.SUGGESTIONS)),
    (QT_TRANSLATE_NOOP("Menus", "&Help"), "menu_help", (A.QUICK_GUIDE, A.ABOUT)),
)


# Submenus: title, object name, entries.
SUBMENUS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "@colours": (QT_TRANSLATE_NOOP("Menus", "Co&lours"), "menu_colours", tuple(A.THEME_ACTIONS.values())),
    "@text_size": (QT_TRANSLATE_NOOP("Menus", "Text si&ze"), "menu_text_size", (*A.TEXT_SIZE_ACTIONS.values(), "-", A.TEXT_LARGER, A.TEXT_SMALLER)),
}


def build_menus(window: MainWindow) -> None:
    """The menu bar, from :data:`MENUS` and the action table, in one row with the search box."""
    # The search box stands at the right of the menus, where there is room to spare: the
    # toolbar keeps every command in sight at the default window width. As the menu bar's
    # corner widget it was missing from the accessibility tree (a menu bar lists only its
    # menus), so a screen reader's review of the window never met it: the menu bar and
    # the search are two widgets of one row instead.
    row = QWidget(window)
    row.setObjectName("menu_row")
    bar = QMenuBar(row)
    bar.setObjectName("menu_bar")
    line = QHBoxLayout(row)
    line.setContentsMargins(0, 0, 0, 0)
    line.setSpacing(0)
    line.addWidget(bar, 1)
    # The search takes the width it asks for (no more: the menus' strip runs under it up to
    # the window's edge, as under a corner widget), the menus the rest.
    window.search.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
    line.addWidget(window.search)
    window.search.stand_beside(bar)
    window.menu_bar = bar
    window.setMenuWidget(row)
    details_toggle = window.details.toggleViewAction()
    details_toggle.setText(QCoreApplication.translate("Menus", "Show &details"))
    details_toggle.setStatusTip(QCoreApplication.translate("Menus", "Show or hide the step details panel"))
    team_toggle = window.care_team.toggleViewAction()
    team_toggle.setText(QCoreApplication.translate("Menus", "Show &care team"))
    team_toggle.setStatusTip(QCoreApplication.translate("Menus", "Show or hide the care team panel"))
    outline_toggle = window.outline.toggleViewAction()
    outline_toggle.setText(QCoreApplication.translate("Menus", "Show o&utline"))
    outline_toggle.setStatusTip(QCoreApplication.translate("Menus", "Show or hide the journey as a list of steps and branches"))
    docks = {"@details": details_toggle, "@care_team": team_toggle, "@outline": outline_toggle}
    for title, name, entries in MENUS:
        menu = window.menuBar().addMenu(QCoreApplication.translate("Menus", title))
        menu.setObjectName(name)
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif entry == "@recent":
                window.recent_menu = menu.addMenu(QCoreApplication.translate("Menus", "Open &recent"))
                window.recent_menu.setObjectName("menu_recent")
                window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
            elif entry == "@language":
                build_language_menu(window, menu)
            elif entry == "@content_language":
                window.content_language_menu = menu.addMenu(
                    QCoreApplication.translate("MainWindow", "Content lan&guage"))
                window.content_language_menu.setObjectName("menu_content_language")
            elif entry in SUBMENUS:
                title_text, sub_name, ids = SUBMENUS[entry]
                sub = menu.addMenu(QCoreApplication.translate("Menus", title_text))
                sub.setObjectName(sub_name)
                for action_id in ids:
                    if action_id == "-":
                        sub.addSeparator()
                    else:
                        sub.addAction(window.actions[action_id])
            elif entry in docks:
                menu.addAction(docks[entry])
            else:
                menu.addAction(window.actions[entry])
    window.fill_recent_menu()


def build_toolbar(window: MainWindow) -> None:
    """The toolbar: words, not icons, and the audience always in sight."""
    bar = QToolBar(QCoreApplication.translate("Menus", "Main toolbar"), window)
    bar.setObjectName("main_toolbar")
    bar.setMovable(False)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)  # words, not icons: no guessing
    # Which picture is in the middle, always in sight: the map or the days.
    for action_id, short in ((A.VIEW_JOURNEY, QCoreApplication.translate("Menus", "Journey map")),
                              (A.VIEW_TIMELINE, QCoreApplication.translate("Menus", "Timeline"))):
        window.actions[action_id].setIconText(short)
        bar.addAction(window.actions[action_id])
    bar.addSeparator()
    # The audience is always in sight, so a nurse knows which words the patient sees.
    words = QLabel(QCoreApplication.translate("Menus", " Words for: "), bar)
    words.setObjectName("audience_label")
    bar.addWidget(words)
    for action_id, short in ((A.AUDIENCE_PATIENT, QCoreApplication.translate("Menus", "Patients")),
                              (A.AUDIENCE_CLINICIAN, QCoreApplication.translate("Menus", "Clinicians"))):
        window.actions[action_id].setIconText(short)
        bar.addAction(window.actions[action_id])
    bar.addSeparator()
    window.actions[A.SET_DATES].setIconText(QCoreApplication.translate("Menus", "Set dates..."))
    window.actions[A.PRESENT].setIconText(QCoreApplication.translate("Menus", "Present"))
    bar.addAction(window.actions[A.SET_DATES])
    bar.addAction(window.actions[A.PRESENT])
    # Opening another file and the zoom commands last: on a narrow window or at a large
    # text size the toolbar's end goes behind ">>" first (at 200 % on a 1280 px screen,
    # Set dates and Present went there too, behind Open pathway), and these are also on
    # the File and View menus, the keys and the wheel, while the picture, the audience,
    # the dates and Present are what a nurse needs in sight.
    bar.addSeparator()
    bar.addAction(window.actions[A.OPEN])
    bar.addSeparator()
    for action_id in (A.ZOOM_IN, A.ZOOM_OUT, A.FIT):
        bar.addAction(window.actions[action_id])
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    # The ">>" button Qt adds when the window is too narrow for every command has no words.
    more = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    if more is not None:
        more.setAccessibleName(QCoreApplication.translate("Menus", "More toolbar commands"))
    window.toolbar = bar
