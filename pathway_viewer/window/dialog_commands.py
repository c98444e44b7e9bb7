"""The window's dialogs: dates, clinic settings, about, quick guide and plain messages.

Only the window opens dialogs (tests/test_architecture.py); each is non-blocking, kept in
``self._dialogs`` while open so tests can find, read and close it, and deleted on close.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from ..core.clinic import ClinicInfo
from ..core.step_accessibility import announce

if TYPE_CHECKING:
    from ..dialogs.about import AboutDialog
    from ..dialogs.clinic_settings import ClinicSettingsDialog
    from ..dialogs.quick_guide import QuickGuideDialog
    from ..dialogs.schedule import ScheduleDialog
    from .main_window import MainWindow


class DialogCommands:
    """Opening the window's own dialogs, for :class:`MainWindow` (``self`` is the window)."""

    def show_schedule_dialog(self: MainWindow) -> ScheduleDialog:
        from ..dialogs.schedule import ScheduleDialog

        dialog = ScheduleDialog(self.document, self)
        self._open_dialog(dialog)
        return dialog

    def show_clinic_settings(self: MainWindow) -> ClinicSettingsDialog:
        from ..dialogs.clinic_settings import ClinicSettingsDialog

        dialog = ClinicSettingsDialog(self.settings, self.document.pathway, self)
        dialog.sig_saved.connect(self.set_clinic)
        self._open_dialog(dialog)
        return dialog

    @property
    def clinic(self: MainWindow) -> ClinicInfo:
        return self.document.clinic

    def set_clinic(self: MainWindow, clinic: ClinicInfo) -> None:
        self.document.set_clinic(clinic)  # every view that shows it subscribes

    def show_about(self: MainWindow) -> AboutDialog:
        from ..dialogs.about import AboutDialog

        dialog = AboutDialog(self.document.pathway, self.document.display_name, self, today=self.document.today())
        self._open_dialog(dialog)
        return dialog

    def show_quick_guide(self: MainWindow) -> QuickGuideDialog:
        from ..dialogs.quick_guide import QuickGuideDialog

        dialog = QuickGuideDialog(self)
        self._open_dialog(dialog)
        return dialog

    def tell(self: MainWindow, message: str, timeout: int = 0) -> None:
        """``message`` in the status bar, and to a screen reader: a status line is seen, not
        heard ("Saved the handout (32 pages)", "Opened clinic.yaml" were silent). Only the
        app's own messages: the tips of menu items, also shown there, are read with the item."""
        self.statusBar().showMessage(message, timeout)
        announce(self.statusBar(), message)

    def inform(
        self: MainWindow, title: str, text: str, icon: QMessageBox.Icon = QMessageBox.Icon.Information, *, rich: bool = False
    ) -> QMessageBox:
        """A non-blocking message: the window stays usable and tests can read and close it."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        box.setObjectName("message")
        self._open_dialog(box)
        return box

    def _open_dialog(self: MainWindow, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialogs.append(dialog)
        dialog.destroyed.connect(lambda _=None, d=dialog: self._forget(d))
        dialog.open()

    def _forget(self: MainWindow, dialog: QWidget) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
