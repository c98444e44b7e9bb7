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

from pathlib import Path

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from models import PathwayError, Problem
from models.glossary import Glossary
from models.sections import format_date
from models.wording import banner_text

from .. import APP_NAME
from . import actions as A
from ..core.atomic import WriteError
from ..core.clinic import ClinicInfo
from ..panels.details import DetailsPanel
from ..core.document import AUDIENCES, PathwayDocument
from ..dialogs.problems import KEEPS_PREVIOUS, ProblemsDialog
from ..panels.care_team import CareTeamPanel
from ..journey.scene import JourneyScene
from ..panels.search_bar import SearchBar
from ..core.settings import AppSettings
from ..core.theme import Theme, banner_style, status_dates_style
from ..timeline.scene import TimelineScene
from ..timeline.view import TimelineView
from ..journey.view import JourneyView

if TYPE_CHECKING:
    # Printing, handouts, presentation and the dialogs are imported on first use: they
    # are not needed to show the journey, and importing them costs start-up time.
    from PySide6.QtPrintSupport import QPrinter

    from ..dialogs.about import AboutDialog
    from ..output.export import ExportableScene
    from ..presentation.view import PresentationView
    from ..dialogs.schedule import ScheduleDialog
    from ..dialogs.clinic_settings import ClinicSettingsDialog

OPEN_FILTER = "Pathway files (*.yaml *.yml *.json);;All files (*)"
EXPORT_FILTERS = {
    "PNG picture (*.png)": ".png",
    "SVG drawing (*.svg)": ".svg",
    "PDF document (*.pdf)": ".pdf",
}
HANDOUT_FILTER = "PDF document (*.pdf)"
VIEW_MODES = ("journey", "timeline")

QUICK_GUIDE = """<p style="font-size:13pt;">
<b>Click a step</b> to read what happens, who is there and how to prepare.<br>
<b>Arrow keys</b> move from step to step; <b>Enter</b> opens the details.<br>
<b>Care team</b> (left): choose a person to light up the steps they take part in.<br>
<b>Ctrl+F</b> searches; <b>Enter</b> or <b>F3</b> goes to the next match, <b>Shift+F3</b> back.<br>
<b>Ctrl++ / Ctrl+-</b> zoom; <b>Home</b> shows the whole journey.<br>
<b>Ctrl+1 / Ctrl+2</b> switch between words for patients and for clinicians.<br>
<b>Ctrl+J / Ctrl+T</b> show the journey map or the timeline of days.<br>
<b>F5</b> presents one step at a time, full screen; <b>Esc</b> leaves.<br>
<b>Ctrl+D</b> sets the patient's dates (never saved).</p>"""


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: PathwayDocument,
        settings: AppSettings,
        theme: Theme,
        parent: QWidget | None = None,
        *,
        glossary: Glossary | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.document = document
        self.settings = settings
        self.theme = theme
        self.glossary = glossary
        document.set_clinic(ClinicInfo.from_settings(settings))  # views read it from the document
        self.presentation: PresentationView | None = None  # made on first use (F5)
        self.startup_problems: list[Problem] = []  # filled by app.create_main_window
        self._dialogs: list[QWidget] = []  # non-blocking dialogs kept alive while open

        audience = settings.get("view/audience")
        if audience in AUDIENCES:
            document.set_audience(audience)

        # The scene is kept on self: a view whose scene is collected draws blank.
        self.scene = JourneyScene(document, theme, self)
        self.view = JourneyView(self.scene, self)
        self.view.setObjectName("journey_view")
        self.view.setAccessibleName("Journey: the steps of CAR-T treatment, in order")
        self.timeline_scene = TimelineScene(document, theme, self)
        self.timeline_view = TimelineView(self.timeline_scene, self)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("centre_stack")
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.timeline_view)

        self.banner = QLabel(self)
        self.banner.setObjectName("disclaimer_banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.setStyleSheet(banner_style("disclaimer_banner"))
        font = theme.ui_font(1.0, bold=True)
        self.banner.setFont(font)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.details = DetailsPanel(document, theme, self, glossary=glossary)
        self.care_team = CareTeamPanel(document, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.details)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.care_team)
        self.search = SearchBar(document, self)

        self.actions = A.create_actions(self)
        self._connect_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()

        document.sig_pathway_changed.connect(self._on_pathway_changed)
        document.sig_steps_changed.connect(self._on_pathway_changed)  # title and banner only: nothing resets
        document.sig_selection_changed.connect(self._update_status)
        document.sig_role_changed.connect(self._update_status)
        document.sig_audience_changed.connect(self._on_audience_changed)
        document.sig_schedule_changed.connect(self._update_dates_label)
        self.view.sig_activated.connect(self._on_activated)
        self.timeline_view.sig_activated.connect(self._on_activated)
        self.search.sig_step_found.connect(self._center_on)
        self.search.sig_cleared.connect(lambda: self.current_view().setFocus())

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
        a[A.QUIT].triggered.connect(self.close)
        a[A.ZOOM_IN].triggered.connect(lambda: self.current_view().zoom_in())
        a[A.ZOOM_OUT].triggered.connect(lambda: self.current_view().zoom_out())
        a[A.FIT].triggered.connect(lambda: self.current_view().fit())
        a[A.PRESENT].triggered.connect(self.start_presentation)
        a[A.SET_DATES].triggered.connect(self.show_schedule_dialog)
        a[A.CLINIC_SETTINGS].triggered.connect(self.show_clinic_settings)
        views = QActionGroup(self)
        views.setExclusive(True)
        for action_id, mode in ((A.VIEW_JOURNEY, "journey"), (A.VIEW_TIMELINE, "timeline")):
            views.addAction(a[action_id])
            a[action_id].triggered.connect(lambda _checked=False, value=mode: self.show_view(value))
        a[A.FIND].triggered.connect(self.search.focus_search)
        a[A.FIND_NEXT].triggered.connect(self.search.find_next)
        a[A.FIND_PREVIOUS].triggered.connect(self.search.find_previous)
        a[A.QUICK_GUIDE].triggered.connect(self.show_quick_guide)
        a[A.ABOUT].triggered.connect(self.show_about)
        group = QActionGroup(self)
        group.setExclusive(True)
        for action_id, audience in ((A.AUDIENCE_PATIENT, "patient"), (A.AUDIENCE_CLINICIAN, "clinician")):
            group.addAction(a[action_id])
            a[action_id].triggered.connect(lambda _checked=False, value=audience: self.set_audience(value))

    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu("&File")
        file_menu.setObjectName("menu_file")
        file_menu.addAction(a[A.OPEN])
        self.recent_menu = file_menu.addMenu("Open &recent")
        self.recent_menu.setObjectName("menu_recent")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(a[A.EXPORT_VIEW])
        file_menu.addAction(a[A.EXPORT_HANDOUT])
        file_menu.addAction(a[A.PRINT])
        file_menu.addSeparator()
        file_menu.addAction(a[A.QUIT])

        view_menu = self.menuBar().addMenu("&View")
        view_menu.setObjectName("menu_view")
        view_menu.addAction(a[A.VIEW_JOURNEY])
        view_menu.addAction(a[A.VIEW_TIMELINE])
        view_menu.addAction(a[A.PRESENT])
        view_menu.addSeparator()
        for action_id in (A.ZOOM_IN, A.ZOOM_OUT, A.FIT):
            view_menu.addAction(a[action_id])
        view_menu.addSeparator()
        details_toggle = self.details.toggleViewAction()
        details_toggle.setText("Show &details")
        details_toggle.setStatusTip("Show or hide the step details panel")
        team_toggle = self.care_team.toggleViewAction()
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

        tools_menu = self.menuBar().addMenu("&Tools")
        tools_menu.setObjectName("menu_tools")
        tools_menu.addAction(a[A.SET_DATES])
        tools_menu.addAction(a[A.CLINIC_SETTINGS])

        help_menu = self.menuBar().addMenu("&Help")
        help_menu.setObjectName("menu_help")
        help_menu.addAction(a[A.QUICK_GUIDE])
        help_menu.addAction(a[A.ABOUT])
        self.fill_recent_menu()

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main toolbar", self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)  # words, not icons: no guessing
        bar.addAction(self.actions[A.OPEN])
        bar.addSeparator()
        # Which picture is in the middle, always in sight: the map or the days.
        for action_id, short in ((A.VIEW_JOURNEY, "Journey map"), (A.VIEW_TIMELINE, "Timeline")):
            self.actions[action_id].setIconText(short)
            bar.addAction(self.actions[action_id])
        bar.addSeparator()
        for action_id in (A.ZOOM_IN, A.ZOOM_OUT, A.FIT):
            bar.addAction(self.actions[action_id])
        bar.addSeparator()
        # The audience is always in sight, so a nurse knows which words the patient sees.
        words = QLabel(" Words for: ", bar)
        words.setObjectName("audience_label")
        bar.addWidget(words)
        for action_id, short in ((A.AUDIENCE_PATIENT, "Patients"), (A.AUDIENCE_CLINICIAN, "Clinicians")):
            self.actions[action_id].setIconText(short)
            bar.addAction(self.actions[action_id])
        bar.addSeparator()
        self.actions[A.SET_DATES].setIconText("Set dates...")
        self.actions[A.PRESENT].setIconText("Present")
        bar.addAction(self.actions[A.SET_DATES])
        bar.addAction(self.actions[A.PRESENT])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        # The search box sits at the right of the menu bar, where there is room to spare:
        # the toolbar keeps every command visible at the default window width.
        self.menuBar().setCornerWidget(self.search, Qt.Corner.TopRightCorner)
        self.toolbar = bar

    def _build_status_bar(self) -> None:
        self.step_label = QLabel(self)
        self.step_label.setObjectName("status_step")
        # Step titles and role names come from the file: a "<img src=...>" in one must show
        # as typed, not make the label load a picture (QLabel guesses rich text otherwise).
        self.step_label.setTextFormat(Qt.TextFormat.PlainText)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("status_zoom")
        self.dates_label = QLabel(self)
        self.dates_label.setObjectName("status_dates")
        self.dates_label.setStyleSheet(status_dates_style())
        self.statusBar().addWidget(self.step_label, 1)
        self.statusBar().addPermanentWidget(self.dates_label)
        self.statusBar().addPermanentWidget(self.zoom_label)
        self.view.sig_zoom_changed.connect(self._update_zoom)
        self.timeline_view.sig_zoom_changed.connect(self._update_zoom)
        self._update_zoom()

    # -- files -------------------------------------------------------------------------

    def open_dialog(self) -> None:
        start = self.settings.get("files/last_dir") or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, "Open pathway", start, OPEN_FILTER)
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path) -> bool:
        """Open ``path``; if it is refused, say why and keep showing the current pathway."""
        self.settings.set("files/last_dir", str(Path(path).parent))
        try:
            self.document.load(Path(path))
        except PathwayError as exc:
            self.show_problems(exc.problems, Path(path).name, KEEPS_PREVIOUS)
            return False
        self.settings.add_recent_file(Path(path))
        self.fill_recent_menu()
        self.statusBar().showMessage(f"Opened {Path(path).name}", 5000)
        return True

    def show_problems(self, problems: list[Problem], file_name: str, fallback: str = KEEPS_PREVIOUS) -> ProblemsDialog:
        dialog = ProblemsDialog(problems, file_name, fallback, self)
        self._open_dialog(dialog)
        return dialog

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        for index, path in enumerate(recent):
            # "&&": an "&" in a file name is shown, not taken as the shortcut marker.
            action = QAction(f"&{index + 1}  {path.name.replace('&', '&&')}", self.recent_menu)
            action.setObjectName(f"recent_{index}")
            action.setData(str(path))
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
            self.recent_menu.addAction(action)
        if not recent:
            empty = self.recent_menu.addAction("No recent files")
            empty.setEnabled(False)

    def open_recent(self, path: Path) -> bool:
        if not path.is_file():
            self.settings.remove_recent_file(path)
            self.fill_recent_menu()
            self.inform(
                "File not found",
                f"{path.name} is no longer at {path.parent}. It may have been moved or deleted, "
                "so it has been removed from Open recent.",
            )
            return False
        return self.open_file(path)

    def export_dialog(self) -> None:
        pathway = self.document.pathway
        stem = pathway.id if pathway is not None else "journey"
        if self.view_mode() == "timeline":
            stem += "-timeline"
        start = Path(self.settings.get("files/last_dir") or Path.home()) / f"{stem}.png"
        name, chosen = QFileDialog.getSaveFileName(self, "Export view", str(start), ";;".join(EXPORT_FILTERS))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in EXPORT_FILTERS.values():
            path = path.with_name(path.name + EXPORT_FILTERS.get(chosen, ".png"))
        self.export_to(path)

    def export_to(self, path: Path) -> bool:
        """Save the view now in the middle (journey map or timeline), as the suffix says."""
        from ..output.export import ExportError, render_scene_to_file

        self.settings.set("files/last_dir", str(path.parent))
        try:
            render_scene_to_file(self.current_scene(), path)
        except (ExportError, OSError) as exc:
            self.inform("The picture could not be saved", str(exc), QMessageBox.Icon.Warning)
            return False
        self.statusBar().showMessage(f"Saved {path}", 8000)
        return True

    # -- handout -------------------------------------------------------------------------

    def export_handout_dialog(self) -> None:
        pathway = self.document.pathway
        stem = f"{pathway.id}-handout" if pathway is not None else "handout"
        start = Path(self.settings.get("files/last_dir") or Path.home()) / f"{stem}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, "Export handout", str(start), HANDOUT_FILTER)
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.export_handout_to(path)

    def export_handout_to(self, path: Path) -> bool:
        """Write the handout PDF for what is on screen: audience, dates and clinic settings."""
        pathway = self.document.pathway
        if pathway is None:
            return False
        from ..output import handout

        self.settings.set("files/last_dir", str(Path(path).parent))
        try:
            pages = handout.write_handout_pdf(path, pathway, **self.handout_options())
        except (WriteError, OSError) as exc:
            self.inform("The handout could not be saved", str(exc), QMessageBox.Icon.Warning)
            return False
        self.statusBar().showMessage(f"Saved the handout ({pages} pages) to {path}", 8000)
        return True

    def print_dialog(self) -> None:
        if self.document.pathway is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ..output import handout

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        handout.configure_printer(printer, self.clinic.paper)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print handout")
        # The system print dialog is modal everywhere; the printer must stay set up while it runs.
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print the handout on ``printer`` (already chosen in the print dialog)."""
        pathway = self.document.pathway
        if pathway is None:
            return False
        from ..output import handout

        try:
            pages = handout.print_handout(printer, pathway, **self.handout_options())
        except (RuntimeError, OSError) as exc:
            self.inform("The handout could not be printed", str(exc), QMessageBox.Icon.Warning)
            return False
        self.statusBar().showMessage(f"Sent the handout ({pages} pages) to the printer", 8000)
        return True

    def handout_options(self) -> dict[str, Any]:
        """What the handout shows besides the pathway: the same audience, dates and clinic as on screen."""
        from ..output import handout

        doc = self.document
        assert doc.pathway is not None
        return {
            "audience": doc.audience,
            "dates": doc.step_dates(),
            "infusion_date": doc.infusion_date,
            "collection_date": doc.collection_date,
            "clinic": self.clinic,
            "journey_image": handout.render_journey_image(doc.pathway, audience=doc.audience),
            "glossary": self.glossary,
        }


    # -- views -----------------------------------------------------------------------------

    def view_mode(self) -> str:
        return "timeline" if self.stack.currentWidget() is self.timeline_view else "journey"

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
        if self.presentation is None:
            from ..presentation.view import PresentationView

            self.presentation = PresentationView(self.document, self.theme, self)
            # Ctrl+1 / Ctrl+2 switch the words while presenting too.
            self.presentation.addActions([self.actions[A.AUDIENCE_PATIENT], self.actions[A.AUDIENCE_CLINICIAN]])
            self.presentation.sig_finished.connect(self._on_presentation_finished)
        self.presentation.start(self.document.selected)
        return self.presentation

    def _on_presentation_finished(self, step_id: object) -> None:
        if isinstance(step_id, str):
            self.document.select(step_id)
        self.activateWindow()
        self.current_view().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- dates and clinic ----------------------------------------------------------------

    def show_schedule_dialog(self) -> ScheduleDialog:
        from ..dialogs.schedule import ScheduleDialog

        dialog = ScheduleDialog(self.document, self)
        self._open_dialog(dialog)
        return dialog

    def show_clinic_settings(self) -> ClinicSettingsDialog:
        from ..dialogs.clinic_settings import ClinicSettingsDialog

        dialog = ClinicSettingsDialog(self.settings, self.document.pathway, self)
        dialog.sig_saved.connect(self.set_clinic)
        self._open_dialog(dialog)
        return dialog

    @property
    def clinic(self) -> ClinicInfo:
        return self.document.clinic

    def set_clinic(self, clinic: ClinicInfo) -> None:
        self.document.set_clinic(clinic)  # every view that shows it subscribes

    def _update_dates_label(self) -> None:
        doc = self.document
        if doc.infusion_date is None:
            self.dates_label.setText("")
            self.dates_label.setToolTip("")
            return
        self.dates_label.setText(f"Infusion (day 0): {format_date(doc.infusion_date)} (not saved)")
        self.dates_label.setToolTip(
            "The dates are kept only while the viewer is open. Tools > Set dates changes or clears them."
        )

    # -- other commands ----------------------------------------------------------------

    def set_audience(self, audience: str) -> None:
        self.document.set_audience(audience)
        self.settings.set("view/audience", audience)

    def show_about(self) -> AboutDialog:
        from ..dialogs.about import AboutDialog

        dialog = AboutDialog(self.document.pathway, self.document.display_name, self)
        self._open_dialog(dialog)
        return dialog

    def show_quick_guide(self) -> QMessageBox:
        return self.inform("Quick guide", QUICK_GUIDE, rich=True)

    def inform(
        self, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information, *, rich: bool = False
    ) -> QMessageBox:
        """A non-blocking message: the window stays usable and tests can read and close it."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        box.setObjectName("message")
        self._open_dialog(box)
        return box

    def _open_dialog(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs.append(dialog)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        dialog.open()

    def _forget(self, dialog: QWidget) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    # -- reacting to the document ------------------------------------------------------

    def _on_pathway_changed(self, *_: object) -> None:
        pathway = self.document.pathway
        if pathway is None:
            self.setWindowTitle(APP_NAME)
            self.banner.setText(banner_text(None))
        else:
            self.setWindowTitle(f"{pathway.title} \u2013 {self.document.display_name} \u2013 {APP_NAME}")
            self.banner.setText(banner_text(pathway.last_reviewed))
        self._update_status()

    def _on_audience_changed(self, audience: str) -> None:
        self.actions[A.AUDIENCE_CLINICIAN if audience == "clinician" else A.AUDIENCE_PATIENT].setChecked(True)

    def _on_activated(self, _step_id: str) -> None:
        self.details.show()
        self.details.raise_()

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
            self.step_label.setText("")
            return
        if doc.selected is None:
            text = "No step selected: click a step, or use the arrow keys"
        else:
            text = f"Step: {doc.pathway.step(doc.selected).title}"
        if doc.role is not None:
            text += f"   \u2022   Showing the steps of: {doc.pathway.role(doc.role).name}"
        self.step_label.setText(text)
        self._update_zoom()

    def _update_zoom(self, *_: object) -> None:
        if hasattr(self, "stack") and hasattr(self, "zoom_label"):
            self.zoom_label.setText(f"Zoom {round(self.current_view().zoom_level * 100)}%")

    # -- window state ------------------------------------------------------------------

    def _restore_window(self) -> None:
        geometry = self.settings.get("window/geometry")
        if not (geometry and self.restoreGeometry(QByteArray(geometry))):
            # First start: most of the screen (a 1366x768 laptop must not get a window
            # taller than itself), but not a wall-sized window on a 4K monitor.
            screen = self.screen().availableGeometry()
            width = min(1600, max(1024, round(screen.width() * 0.9)))
            height = min(1000, max(700, round(screen.height() * 0.9)))
            self.resize(min(width, screen.width()), min(height, screen.height()))
            self.move(screen.center() - self.rect().center())
        state = self.settings.get("window/state")
        if not (state and self.restoreState(QByteArray(state))):
            # First start: side panels narrow enough that the journey gets most of the width.
            self.resizeDocks([self.care_team, self.details], [260, 400], Qt.Orientation.Horizontal)

    def save_window_state(self) -> None:
        self.settings.set("window/geometry", bytes(self.saveGeometry().data()))
        self.settings.set("window/state", bytes(self.saveState().data()))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.presentation is not None and self.presentation.isVisible():
            self.presentation.close()
        self.save_window_state()
        super().closeEvent(event)
