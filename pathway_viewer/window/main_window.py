"""The main window: the journey in the middle, step details on the right, the care team on
the left, and a disclaimer that is always in view.

The middle shows the journey map or the timeline (a QStackedWidget); F5 opens presentation
mode; the File menu exports the view or a handout and prints; the Tools menu sets the
patient's dates (memory only) and the clinic's settings (kept in QSettings).

The window owns widgets, not state: the pathway, the selection, the role filter and the
audience live in :class:`PathwayDocument`, and everything here reads them from there when
a signal says they changed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtGui import QActionGroup, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenuBar, QStackedWidget, QStyle, QVBoxLayout, QWidget

from models import Problem
from models.glossary import SharedWords
from models.wording.patient_words import day_zero_words
from models.wording.sections import format_date
from models.wording import banner_text
from models.wording.translation_words import mixed_language_notice

from .. import APP_NAME
from ..core.accessible_style import restyle_toolbar_extensions
from ..core.clinic import ClinicInfo
from ..core.document import AUDIENCES, PathwayDocument
from ..core.appearance import Appearance
from ..core.i18n import fill
from ..core.screen_room import available_room
from ..core.settings import AppSettings
from ..core.step_accessibility import install_step_accessibility
from ..core.theme import Theme, status_dates_style
from ..journey.scene import JourneyScene
from ..journey.view import JourneyView
from ..panels.care_team import CareTeamPanel
from ..panels.details import DetailsPanel
from ..panels.outline import OutlinePanel
from ..panels.readable_width import DETAILS_PANEL_WIDTH, LIST_PANEL_WIDTH
from ..panels.search_bar import SearchBar
from . import actions as A
from .banner import DisclaimerBar
from .content_language import ContentLanguageCommands
from .dialog_commands import DialogCommands
from .edit_commands import EditCommands
from .menus import build_menus, build_toolbar
from .open_commands import OpenCommands
from .panel_columns import PanelColumns
from .status_line import StatusLine
from .output_commands import OutputCommands
from .reading_order import move_focus
from .review_commands import ReviewCommands
from .training_commands import TrainingCommands

if TYPE_CHECKING:
    from ..timeline.scene import TimelineScene
    from ..timeline.view import TimelineView
    # Printing, handouts, presentation and the dialogs are imported on first use: they
    # are not needed to show the journey, and importing them costs start-up time.
    from ..output.export import ExportableScene
    from ..presentation.notes import PresenterNotes
    from ..presentation.view import PresentationView
    from ..training.view import TrainView

VIEW_MODES = ("journey", "timeline")
# The side panels (care team, details) at a first start: the journey gets most of the width.
# (The panels cap their reading floors at the same numbers.)
PANEL_WIDTHS = (LIST_PANEL_WIDTH, DETAILS_PANEL_WIDTH)

class MainWindow(
    QMainWindow, DialogCommands, OpenCommands, OutputCommands, ReviewCommands, TrainingCommands, EditCommands,
    ContentLanguageCommands,
):
    def __init__(
        self,
        document: PathwayDocument,
        settings: AppSettings,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        glossary: SharedWords | None = None,
        appearance: Appearance | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.document = document
        self.settings = settings
        self.theme = theme
        self.appearance = appearance  # colours and text size, View > Colours / Text size
        self.glossary = glossary
        document.set_clinic(ClinicInfo.from_settings(settings))  # views read it from the document
        self.presentation: PresentationView | None = None  # made on first use (F5)
        self._presentation_theme: Theme | None = None  # the theme it was made in
        self.training: TrainView | None = None  # made on first use (Tools > Train)
        self.presenter_notes: PresenterNotes | None = None  # the notes window, with two screens
        self.startup_problems: list[Problem] = []  # filled by app.create_main_window
        self.menu_bar: QMenuBar  # in one row with the search box (menus.build_menus)
        self._dialogs: list[QWidget] = []  # non-blocking dialogs kept alive while open
        # The side panels' widths while the app owns them (None once the user has moved them,
        # whose widths win): its own for a journey that needs no room, and as it last set them
        # (narrower where a journey's first look asked for room), to tell a user's drag.
        self._panel_base: list[int] | None = None
        self._panel_widths: list[int] | None = None

        audience = settings.get("view/audience")
        if audience in AUDIENCES:
            document.set_audience(audience)

        # Before any view is made: Qt asks the factory once per widget, then caches the answer.
        install_step_accessibility()
        # The disclaimer, across the whole window under the toolbar. Told of a new pathway
        # before the map is: its words (and so its height) are settled when the map measures
        # its first look.
        self.banner_bar = DisclaimerBar(self)
        self.banner = self.banner_bar.label
        self.banner.setFont(theme.ui_font(1.0, bold=True))
        document.sig_pathway_changed.connect(self._update_banner)
        # The scene is kept on self: a view whose scene is collected draws blank.
        self.scene = JourneyScene(document, theme, self)
        self.view = JourneyView(self.scene, self)
        self.view.setObjectName("journey_view")
        self.view.setAccessibleName(QCoreApplication.translate("MainWindow", "Journey: the steps of the treatment, in order"))
        self.view.setAccessibleDescription(
            QCoreApplication.translate("MainWindow", "Each step is an item. Arrow keys move along the journey; Enter shows the step's details.")
        )
        self._timeline: tuple[TimelineScene, TimelineView] | None = None  # made on first use
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centre_stack")
        self.stack.addWidget(self.view)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.details = DetailsPanel(document, theme, self, glossary=glossary)
        self.care_team = CareTeamPanel(document, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.care_team)
        self.outline = OutlinePanel(document, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline)
        self.splitDockWidget(self.care_team, self.outline, Qt.Orientation.Vertical)
        self.panel_columns = PanelColumns(self, (self.care_team, self.outline), self.details)
        self.search = SearchBar(document, self)
        self._search_answer = ""  # the search's answer shown in the status bar, if any

        self.actions = A.create_actions(self)
        self._connect_actions()
        self._connect_appearance()
        self.connect_review_actions()
        self.init_editing()
        build_menus(self)
        build_toolbar(self)
        self._build_status_bar()
        # Tab goes the way the eye reads, worked out at each press: focusNextPrevChild.

        document.sig_pathway_changed.connect(self._on_pathway_changed)
        document.sig_steps_changed.connect(self._on_pathway_changed)  # title and banner only: nothing resets
        document.sig_selection_changed.connect(self._update_status)
        document.sig_role_changed.connect(self._update_status)
        document.sig_audience_changed.connect(self._on_audience_changed)
        document.sig_schedule_changed.connect(self._update_dates_label)
        document.sig_audience_changed.connect(self._update_dates_label)
        document.sig_pathway_changed.connect(self._update_dates_label)
        self.view.sig_activated.connect(self._on_activated)
        self.view.sig_wants_width.connect(self._make_room_for_journey)
        self.view.sig_room_unused.connect(self._give_room_back)
        self.view.sig_look_again.connect(self._give_widths_back)
        self.view.sig_room_spare.connect(self._give_spare_room_back)
        self.view.sig_wants_one_column.connect(self._one_column_for_room)
        self.search.sig_step_found.connect(self._center_on)
        self.search.sig_cleared.connect(lambda: self.current_view().setFocus())
        self.search.sig_message_cut.connect(self._show_search_answer)
        # A passing message (an export's, a menu item's tip) clears the status bar when it
        # ends: the search's answer, still cut short up there, comes back.
        self.statusBar().messageChanged.connect(self._search_answer_again)

        self.init_content_language()
        self._on_pathway_changed()
        self._on_audience_changed(document.audience)
        self._update_dates_label()
        self._restore_window()
        mode = settings.get("view/mode")
        self.show_view(mode if mode in VIEW_MODES else "journey", remember=False)
        # The journey has the keyboard from the start: arrow keys walk the steps at once.
        self.current_view().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ----------------------------------------------------------------------

    def _connect_actions(self) -> None:
        a = self.actions
        a[A.OPEN].triggered.connect(self.open_dialog)
        a[A.EXPORT_VIEW].triggered.connect(self.export_dialog)
        a[A.EXPORT_HANDOUT].triggered.connect(self.export_handout_dialog)
        a[A.PRINT].triggered.connect(self.print_dialog)
        a[A.HANDOUT_LARGE_PRINT].setChecked(bool(self.settings.get("handout/large_print")))
        a[A.HANDOUT_LARGE_PRINT].toggled.connect(lambda on: self.settings.set("handout/large_print", int(on)))
        a[A.QUIT].triggered.connect(self.close)
        a[A.ZOOM_IN].triggered.connect(lambda: self.current_view().zoom_in())
        a[A.ZOOM_OUT].triggered.connect(lambda: self.current_view().zoom_out())
        a[A.FIT].triggered.connect(lambda: self.current_view().fit())
        a[A.PRESENT].triggered.connect(self.start_presentation)
        a[A.SET_DATES].triggered.connect(self.show_schedule_dialog)
        a[A.CLINIC_SETTINGS].triggered.connect(self.show_clinic_settings)
        a[A.TRAIN].triggered.connect(self.show_training)
        self._exclusive(((A.VIEW_JOURNEY, "journey"), (A.VIEW_TIMELINE, "timeline")), self.show_view)
        a[A.FIND].triggered.connect(self.search.focus_search)
        a[A.FIND_NEXT].triggered.connect(self.search.find_next)
        a[A.FIND_PREVIOUS].triggered.connect(self.search.find_previous)
        a[A.QUICK_GUIDE].triggered.connect(self.show_quick_guide)
        a[A.ABOUT].triggered.connect(self.show_about)
        self._exclusive(((A.AUDIENCE_PATIENT, "patient"), (A.AUDIENCE_CLINICIAN, "clinician")), self.set_audience)

    def _connect_appearance(self) -> None:
        """View > Colours and View > Text size; with no Appearance (a bare window) they are off."""
        appearance = self.appearance
        ids = [*A.THEME_ACTIONS.values(), *A.TEXT_SIZE_ACTIONS.values(), A.TEXT_LARGER, A.TEXT_SMALLER]
        if appearance is None:
            for action_id in ids:
                self.actions[action_id].setEnabled(False)
            return
        appearance.setParent(self)
        self._exclusive(tuple((a, s) for s, a in A.THEME_ACTIONS.items()), appearance.set_scheme_choice)
        self._exclusive(tuple((a, str(s)) for s, a in A.TEXT_SIZE_ACTIONS.items()),
                        lambda size: appearance.set_text_size(int(size)))
        self.actions[A.TEXT_LARGER].triggered.connect(appearance.larger_text)
        self.actions[A.TEXT_SMALLER].triggered.connect(appearance.smaller_text)
        appearance.sig_theme_changed.connect(self.apply_theme)
        self._check_appearance()

    def _check_appearance(self) -> None:
        if self.appearance is not None:
            self.actions[A.THEME_ACTIONS[self.appearance.scheme_choice()]].setChecked(True)
            self.actions[A.TEXT_SIZE_ACTIONS[self.appearance.text_size()]].setChecked(True)

    def apply_theme(self, theme: Theme) -> None:
        """Redraw every view in ``theme`` (the selection, the view mode and the zoom stay)."""
        # Asked before the details take their new floor: the lists already have theirs.
        resized = theme.base_point_size != self.theme.base_point_size
        apps = resized and self._panels_were_the_apps_before_new_floors()
        keep_look = self.view.keep_look() if resized else None  # asked before the cards grow
        self.theme = theme
        restyle_toolbar_extensions(self)
        self.banner_bar.restyle()
        self.banner.setFont(theme.ui_font(1.0, bold=True))
        self._fit_banner()
        self.scene.set_theme(theme)
        if self._timeline is not None:
            self._timeline[0].set_theme(theme)
        self.details.set_theme(theme)
        self.care_team.restyle()
        self.search.restyle()
        if self.training is not None:
            self.training.restyle(theme)
        # The presentation is made again, in the new colours, the next time F5 is pressed
        # (one on screen now keeps its colours until it is left: see start_presentation).
        self._check_appearance()
        if apps:
            # The app's widths for the new text size (raised by Qt to a floor if one asks for
            # more), still the app's: a text size changed and changed back must not leave
            # them wider for good, nor count them as the user's.
            self._fit_panel_columns()
            self._panel_base = self._app_widths()
            self._set_panel_widths(self._app_widths())
        if keep_look is not None:
            # The map's first look (or the user's place) for the room it has at the new size:
            # the menus, toolbar, banner and dock titles take their new heights first.
            for _ in range(3):
                QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.layout().activate()
            keep_look()

    def _exclusive(self, choices: tuple[tuple[str, str], ...], choose: Callable[[str], object]) -> None:
        """Checkable actions of which one is on (view mode, audience); each calls ``choose``."""
        group = QActionGroup(self)
        group.setExclusive(True)
        for action_id, value in choices:
            group.addAction(self.actions[action_id])
            self.actions[action_id].triggered.connect(lambda _checked=False, v=value: choose(v))

    def _build_status_bar(self) -> None:
        self.step_label = StatusLine(self)
        self.step_label.setObjectName("status_step")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("status_zoom")
        self.dates_label = QLabel(self)
        self.dates_label.setObjectName("status_dates")
        self.dates_label.setStyleSheet(status_dates_style())
        self.statusBar().addWidget(self.step_label, 1)
        self.statusBar().addPermanentWidget(self.dates_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        # The status bar hides its step line for a message only if the line is visible then:
        # a message given before the window is shown (a partly translated pathway at start)
        # was drawn on top of the step line. The line follows the message itself instead.
        self.statusBar().messageChanged.connect(lambda message: self.step_label.setVisible(not message))
        self.view.sig_zoom_changed.connect(self._update_zoom)
        self._update_zoom()

    # -- views -----------------------------------------------------------------------------

    @property
    def timeline_scene(self) -> TimelineScene:
        return self._timeline_parts()[0]

    @property
    def timeline_view(self) -> TimelineView:
        return self._timeline_parts()[1]

    def _timeline_parts(self) -> tuple[TimelineScene, TimelineView]:
        """The timeline, made when first shown or asked for: the first paint shows the
        journey map, and importing and building the timeline cost ~30 ms of every start."""
        if self._timeline is None:
            from ..timeline.scene import TimelineScene
            from ..timeline.view import TimelineView

            scene = TimelineScene(self.document, self.theme, self)
            view = TimelineView(scene, self)
            self.stack.addWidget(view)
            QWidget.setTabOrder(self.view, view)  # in the journey's place in the Tab order
            QWidget.setTabOrder(view, self.details.browser)
            view.sig_activated.connect(self._on_activated)
            view.sig_zoom_changed.connect(self._update_zoom)
            view.sig_wants_one_column.connect(self._one_column_for_room)
            view.sig_room_unused.connect(self._give_room_back)
            self.enable_step_menu(view)
            self._timeline = scene, view
        return self._timeline

    def view_mode(self) -> str:
        timeline = self._timeline
        return "timeline" if timeline is not None and self.stack.currentWidget() is timeline[1] else "journey"

    def menuBar(self) -> QMenuBar:  # noqa: N802 - Qt's name
        # The window's menu widget is the row of menus and search (menus.build_menus); Qt's
        # own menuBar() would put a new, empty bar in its place.
        return self.menu_bar

    def current_view(self) -> JourneyView | TimelineView:
        return self.timeline_view if self.view_mode() == "timeline" else self.view

    def current_scene(self) -> ExportableScene:
        return self.timeline_scene if self.view_mode() == "timeline" else self.scene

    def show_view(self, mode: str, *, remember: bool = True) -> None:
        """Put the journey map or the timeline in the middle (the selection stays)."""
        if mode not in VIEW_MODES:
            raise ValueError(f"view mode must be one of {VIEW_MODES}")
        widget = self.timeline_view if mode == "timeline" else self.view
        self.stack.setCurrentWidget(widget)
        self.actions[A.VIEW_TIMELINE if mode == "timeline" else A.VIEW_JOURNEY].setChecked(True)
        if remember:
            self.settings.set("view/mode", mode)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_zoom()

    # -- presentation ------------------------------------------------------------------

    def start_presentation(self) -> PresentationView | None:
        """F5: present from the selected step (or the start), full screen."""
        if self.document.pathway is None:
            return None
        stale = self.presentation is not None and self._presentation_theme != self.theme
        if self.presentation is not None and stale and not self.presentation.isVisible():
            self.presentation.deleteLater()  # made in colours or a text size changed since
            self.presentation = None
        if self.presentation is None:
            from ..presentation.view import PresentationView

            self.presentation = PresentationView(self.document, self.theme, self)
            self._presentation_theme = self.theme
            # Ctrl+1 / Ctrl+2 switch the words while presenting too.
            self.presentation.addActions([self.actions[A.AUDIENCE_PATIENT], self.actions[A.AUDIENCE_CLINICIAN]])
            self.presentation.sig_finished.connect(self._on_presentation_finished)
        from .presenter_screens import place_presentation

        place_presentation(self, self.presentation)  # two screens: notes here, slides there
        self.presentation.start(self.document.selected)
        return self.presentation

    def _on_presentation_finished(self, step_id: object) -> None:
        if isinstance(step_id, str):
            self.document.select(step_id)
        self.activateWindow()
        self.current_view().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- dates ----------------------------------------------------------------------------

    def _update_dates_label(self) -> None:
        doc = self.document
        if doc.infusion_date is None:
            self.dates_label.setText("")
            self.dates_label.setToolTip("")
            return
        if doc.audience == "patient" and doc.pathway is not None:  # words, not "day 0"
            when = day_zero_words(doc.pathway)
        else:
            label = doc.pathway.day_zero.label if doc.pathway is not None and doc.pathway.day_zero else ""
            when = QCoreApplication.translate("MainWindow", "%1 (day 0)").replace("%1", label) if label else QCoreApplication.translate("MainWindow", "Day 0")
        when = when[:1].upper() + when[1:]
        self.dates_label.setText(
            fill(QCoreApplication.translate("MainWindow", "%1: %2 (not saved)"), when, format_date(doc.infusion_date))
        )
        self.dates_label.setToolTip(
            QCoreApplication.translate("MainWindow", "The dates are kept only while the viewer is open. Tools > Set dates changes or clears them.")
        )

    # -- other commands ----------------------------------------------------------------

    def set_audience(self, audience: str) -> None:
        changed = audience != self.document.audience
        self.document.set_audience(audience)
        self.settings.set("view/audience", audience)
        if changed:  # Ctrl+1 / Ctrl+2 changed every panel's words, and a screen reader heard nothing
            self.tell(QCoreApplication.translate("MainWindow", "Words for clinicians: clinical details shown too")
                      if audience == "clinician" else
                      QCoreApplication.translate("MainWindow", "Words for patients: plain words only"), 4000)

    # -- reacting to the document ------------------------------------------------------

    def _on_pathway_changed(self, *_: object) -> None:
        pathway = self.document.pathway
        self._update_banner()
        if pathway is None:
            self.setWindowTitle(APP_NAME)
            self.view.setAccessibleName(self.tr("Journey map"))
        else:
            # "[*]": Qt shows "*" there while edits are unsaved (setWindowModified).
            self.setWindowTitle(f"{pathway.title} \u2013 {self.document.display_name}[*] \u2013 {APP_NAME}")
            # Named by the open pathway, not by one treatment: clinics load their own.
            self.view.setAccessibleName(self.tr("Journey map: {title}").format(title=pathway.title))
        self._update_status()

    def _update_banner(self, *_: object) -> None:
        pathway = self.document.pathway
        if pathway is None:
            self.banner.setText(banner_text(None))
        else:
            due = self.document.due_words()
            # Each on its own line: an unchecked translation, and words in two languages.
            notices = [n for n in (self.document.content_notice(), mixed_language_notice(self.document.words_language)) if n]
            self.banner.setText("\n".join([banner_text(pathway.last_reviewed) + (f" {due}." if due else ""), *notices]))
        self._fit_banner()

    def _fit_banner(self) -> None:
        """The banner as tall as its words need across the window, the map laid out under
        it at once (QMainWindow does not ask a toolbar's words for their height at a width).
        A hidden window is laid out when shown: a pass now would be work thrown away."""
        if self.banner_bar.fit_to_width(self.width()) and self.isVisible():
            self.layout().activate()

    def setVisible(self, visible: bool) -> None:
        # Showing lays the window out first, then sends the size it was given while hidden:
        # the banner's height for that size is set before, so one layout pass does.
        if visible:
            self.banner_bar.fit_to_width(self.width())
        super().setVisible(visible)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's override and parameter name
        # Every Tab that no widget keeps for itself ends here: reading_order.py says why.
        return move_focus(self, next)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The layout has placed everything for the old height: again for the new one, at
        # once, so the map's first look (sent next, at a first show) measures its own room.
        if self.banner_bar.fit_to_width(self.width()):
            self.layout().activate()
        # A window made narrower or wider changes whether two columns of panels leave the
        # journey its half: the app's arrangement follows, as a start at this size has it.
        if self.isVisible() and event.oldSize().width() != event.size().width() and self._panels_are_the_apps():
            self._fit_panel_columns()

    def _on_audience_changed(self, audience: str) -> None:
        self.actions[A.AUDIENCE_CLINICIAN if audience == "clinician" else A.AUDIENCE_PATIENT].setChecked(True)

    def _on_activated(self, _step_id: str) -> None:
        self.details.show()
        self.details.raise_()

    def _show_search_answer(self, whole: str) -> None:
        # The search's answer when the menu bar has no room for it (large text, a narrow
        # window): whole in the status bar, for as long as it is the answer.
        bar = self.statusBar()
        before, self._search_answer = self._search_answer, whole  # first: clearing it must not bring it back
        if whole:
            bar.showMessage(whole)
        elif bar.currentMessage() == before:
            bar.clearMessage()

    def _search_answer_again(self, message: str) -> None:
        if not message and self._search_answer:
            self.statusBar().showMessage(self._search_answer)

    def _center_on(self, step_id: str) -> None:
        if self.view_mode() == "timeline":
            self.timeline_view.centerOn(self.timeline_scene.row(step_id))
            return
        card = self.scene.card(step_id)
        if card is not None:
            self.view.centerOn(card)

    def _update_status(self, *_: object) -> None:
        doc = self.document
        if doc.pathway is None:
            self.step_label.set_parts([])
            return
        if doc.selected is None:
            parts = [QCoreApplication.translate("MainWindow", "No step selected: click a step, or use the arrow keys")]
        else:
            parts = [QCoreApplication.translate("MainWindow", "Step: %1").replace("%1", doc.pathway.step(doc.selected).title)]
        if doc.role is not None:
            parts.append(QCoreApplication.translate("MainWindow", "Showing the steps of: %1").replace("%1", doc.pathway.role(doc.role).name))
        self.step_label.set_parts(parts)
        self._update_zoom()

    def _update_zoom(self, *_: object) -> None:
        if hasattr(self, "stack") and hasattr(self, "zoom_label"):
            percent = QLocale().toString(round(self.current_view().zoom_level * 100))
            self.zoom_label.setText(QCoreApplication.translate("MainWindow", "Zoom %1%").replace("%1", percent))

    # -- window state ------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.get("window/geometry")
        screen = None if geometry and self.restoreGeometry(QByteArray(geometry)) else available_room(self)
        if screen is not None:
            # First start: most of the screen (a 1366x768 laptop must not get a window
            # taller than itself), but not a wall-sized window on a 4K monitor.
            width = min(1600, max(1024, round(screen.width() * 0.9)))
            height = min(1000, max(700, round(screen.height() * 0.9)))
            self.resize(min(width, screen.width()), min(height, screen.height()))
            self.move(screen.center() - self.rect().center())
        state = self.settings.get("window/state")
        # Restored panels still at the app's widths are the app's (it saves its own widths, not
        # the room it made); any others the user set, and the first look finds them different.
        if state and self.restoreState(QByteArray(state)):
            self.panel_columns.recognise(for_look=self.settings.get("window/panels_joined_for_look") == 1)
        else:
            self.resizeDocks(self.panel_columns.docks(), self._app_widths(), Qt.Orientation.Horizontal)
        self._panel_base = self._app_widths()
        self._panel_widths = self._app_widths()
        self._place_banner()

    def _place_banner(self) -> None:
        """The banner on a line of its own under the toolbar, shown: a state saved before it
        was a toolbar has no line for it, and restoring that would put it beside the commands."""
        top = Qt.ToolBarArea.TopToolBarArea
        self.removeToolBar(self.banner_bar)
        self.addToolBarBreak(top)
        self.addToolBar(top, self.banner_bar)
        self.banner_bar.setVisible(True)

    def _panels_are_the_apps(self) -> bool:
        """Whether the side panels are as the app last set them; once the user has moved
        them they are the user's for good."""
        if not self.isVisible():
            return False  # not laid out yet: nothing to compare (and nothing handed over)
        if self._panel_widths is None or [d.width() for d in self.panel_columns.docks()] != self._panel_widths:
            self._panel_base = self._panel_widths = None
            return False
        return True

    def _panels_were_the_apps_before_new_floors(self) -> bool:
        """Like _panels_are_the_apps, when a new text size has just raised the panels' reading
        floors: Qt widens a panel narrower than its new floor at once, and that is not a drag."""
        docks = self.panel_columns.docks()
        if self.isVisible() and self._panel_widths is not None:
            now = [d.width() for d in docks]
            if all(w == was or was < w <= self._column_floor(d) for d, w, was in zip(docks, now, self._panel_widths)):
                self._panel_widths = now
        return self._panels_are_the_apps()

    def _make_room_for_journey(self, pixels: int) -> None:
        """The journey's first look needs about ``pixels`` more across to show its whole main
        journey readable: the side panels give what they can of it, down to the width their
        contents ask for (both stay open; sig_room_unused puts them back if it was not
        enough). Widths the user chose are kept."""
        docks = self.panel_columns.docks()
        if not self._panels_are_the_apps():
            return
        if any(d.isFloating() or d.isHidden() for d in docks):
            return  # closed or torn off: no room to give
        spare = [max(0, d.width() - self._column_floor(d)) for d in docks]
        give = min(pixels, sum(spare))
        if give <= 0:
            return
        self._set_panel_widths([d.width() - round(give * s / sum(spare)) for d, s in zip(docks, spare)])

    def _column_floor(self, dock: QDockWidget) -> int:
        """The narrowest ``dock`` may be made: docks stacked with it in one column (the care
        team over the outline) share its width, so the widest of their floors."""
        area = self.dockWidgetArea(dock)
        column = [d for d in self.findChildren(QDockWidget) if not d.isHidden() and not d.isFloating()
                  and self.dockWidgetArea(d) == area and d.x() == dock.x()]
        return max(d.minimumSizeHint().width() for d in [dock, *column])

    def _app_widths(self) -> list[int]:
        """The app's own width for each column of side panels (see panel_columns)."""
        return [DETAILS_PANEL_WIDTH] if self.panel_columns.joined else list(PANEL_WIDTHS)

    def _fit_panel_columns(self, users_details_width: int | None = None) -> None:
        """Two columns of panels, or one when two would leave the journey a sliver; the
        details at ``users_details_width`` if the user sized them (the widths stay theirs)."""
        lists = max(self.care_team.minimumSizeHint().width(), self.outline.minimumSizeHint().width())
        if not self.panel_columns.fit({self.care_team: lists, self.details: self.details.minimumSizeHint().width()}):
            return
        widths = self._app_widths()
        if users_details_width is None:
            self._panel_base = widths
            self._set_panel_widths(widths)
        else:
            self.resizeDocks(self.panel_columns.docks(), [*widths[:-1], users_details_width], Qt.Orientation.Horizontal)
            self.layout().activate()

    def _give_room_back(self) -> None:
        """Narrower panels did not show the whole journey either, or another journey is about
        to be looked at: the panels the app narrowed go back to its own widths (in one column
        or two, as the window's width allows; in one while the journey's look asks for it)."""
        if self._panels_are_the_apps() and not self.panel_columns.for_room:
            self._fit_panel_columns()
        self._give_widths_back()

    def _one_column_for_room(self, pixels: int) -> None:
        """The side panels in one column of tabs for the journey's look, if that gives it
        ``pixels`` more across than two columns at their floors; 0: back in the columns the
        window's width gives them (see panel_columns)."""
        if pixels == 0:
            if self.panel_columns.for_room:
                # The tabs were for that look alone, even if the user has sized their column
                # since (the details keep that width): else they stayed for every journey after.
                self._fit_panel_columns(None if self._panels_are_the_apps() else self.details.width())
            return
        if not self._panels_are_the_apps():
            return  # the user's own arrangement is never changed
        if self._one_column_gives() >= pixels and self.panel_columns.join_for_room():
            self._panel_base = self._app_widths()
            self._set_panel_widths(self._app_widths())

    def _one_column_gives(self) -> int:
        """How many more pixels across the journey has with the panels in one column, each
        column at its floor, than in two: hiding the care team behind a tab for a look that
        still falls short is not worth it."""
        if self.panel_columns.joined:
            return 0
        separator = self.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent, None, self)
        one = max(self._column_floor(self.details), self._column_floor(self.care_team))
        return self._column_floor(self.care_team) + separator + self._column_floor(self.details) - one

    def _give_widths_back(self) -> None:
        """The panels the app narrowed for a look go back to its own widths, in the columns
        they stand in (the map's look is chosen again for the window as it is)."""
        base = self._panel_base
        if base is not None and self._panels_are_the_apps() and self._panel_widths != base:
            self._set_panel_widths(base)

    def _give_spare_room_back(self, pixels: int) -> None:
        """The journey did not need ``pixels`` of the room the panels made: each panel gets
        back its share of it, so no panel is narrower than the journey needs."""
        base, now = self._panel_base, self._panel_widths
        if base is None or now is None or not self._panels_are_the_apps():
            return
        gave = [max(0, b - w) for b, w in zip(base, now)]
        back = min(pixels, sum(gave))
        if back > 0:
            self._set_panel_widths([w + back * g // sum(gave) for w, g in zip(now, gave)])

    def _set_panel_widths(self, widths: list[int]) -> None:
        docks = self.panel_columns.docks()
        self.resizeDocks(docks, widths, Qt.Orientation.Horizontal)
        self.layout().activate()  # the journey has its new width before the view asks again
        self._panel_widths = [d.width() for d in docks]

    def save_window_state(self) -> None:
        self.settings.set("window/geometry", bytes(self.saveGeometry().data()))
        state = self.saveState()
        base, narrowed = self._panel_base, self._panel_widths
        if base is not None and narrowed is not None and narrowed != base and self._panels_are_the_apps():
            # The room made for this journey is not the user's choice: the app's own widths are
            # saved, so the next start measures its journey from them. The panels on screen stay.
            docks = self.panel_columns.docks()
            self.resizeDocks(docks, base, Qt.Orientation.Horizontal)
            state = self.saveState()
            self.resizeDocks(docks, narrowed, Qt.Orientation.Horizontal)
        self.settings.set("window/state", bytes(state.data()))
        # Tabs made for one journey's look are not the window's arrangement: the next start parts them.
        self.settings.set("window/panels_joined_for_look", int(self.panel_columns.for_room))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard(closing=True):  # unsaved edits: the user chose Cancel, or saving failed
            event.ignore()
            return
        if self.presentation is not None and self.presentation.isVisible():
            self.presentation.close()
        if self.training is not None:
            self.training.close()  # a window of its own: it would outlive the journey otherwise
        self.save_window_state()
        super().closeEvent(event)
