"""Clinic settings: the clinic's name, numbers and local rules, set once per PC.

They are printed on the handout and shown on the steps they concern. Where centres differ,
the open pathway asks its own questions (``local_choices``) and the clinic answers each one
(:mod:`local_choices`); the answers are kept per pathway. The two free-text rules of earlier
versions are offered only for a pathway that asks no questions (see ``core/clinic.py``).
Export and Import move the settings between the PCs of a department as a small file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from models.wording.i18n import fill
from models import Pathway

from ..core.atomic import WriteError
from ..core.clinic import ClinicFileError, ClinicInfo
from ..core.settings import AppSettings
from ..core.tab_order import tab_in_reading_order
from ..core.theme import DIALOG_MUTED, label_color_style
from .local_choices import LocalChoicesBox
from .narrow_forms import fit_to_screen, shrinkable, titled_box, wrap_form

CLINIC_FILTER = QT_TRANSLATE_NOOP("FileFilters", "Clinic settings (*.json);;All files (*)")
PAPERS = (("a4", "A4"), ("letter", QT_TRANSLATE_NOOP("DialogsClinicSettings", "US Letter")))
UNITS = (("C", QT_TRANSLATE_NOOP("DialogsClinicSettings", "\u00b0C (38.0 \u00b0C)")), ("F", QT_TRANSLATE_NOOP("DialogsClinicSettings", "\u00b0F (100.4 \u00b0F)")),
         ("both", QT_TRANSLATE_NOOP("DialogsClinicSettings", "Both (38.0 \u00b0C (100.4 \u00b0F))")))
RULE_PLACEHOLDER = QT_TRANSLATE_NOOP("DialogsClinicSettings", (
    "In your clinic's own words. These rules differ by country and by product, so the viewer "
    "has no rule of its own. If left empty, patients are told that their team will explain the local rules."
))


class ClinicSettingsDialog(QDialog):
    sig_saved = Signal(object)  # the ClinicInfo now in the settings

    def __init__(self, settings: AppSettings, pathway: Pathway | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clinic_settings_dialog")
        self.setWindowTitle(QCoreApplication.translate("DialogsClinicSettings", "Clinic settings"))
        self._settings = settings
        self._pathway = pathway
        self._messages: list[QMessageBox] = []
        info = ClinicInfo.from_settings(settings)
        # Numbers for roles this pathway does not have are kept, not dropped on save.
        self._other_phones = {k: v for k, v in info.phones.items() if pathway is None or k not in _role_ids(pathway)}

        intro = QLabel(
            QCoreApplication.translate("DialogsClinicSettings", "These details are printed on every handout and shown on the steps they concern. "
            "They are kept on this PC only. Nothing about patients is stored here."),
            self,
        )
        intro.setWordWrap(True)
        intro.setStyleSheet(label_color_style(DIALOG_MUTED))

        self.name_edit = _line(self, "clinic_name", QCoreApplication.translate("DialogsClinicSettings", "e.g. Cell Therapy Unit, City Hospital"))
        self.emergency_edit = _line(self, "emergency_number", QCoreApplication.translate("DialogsClinicSettings", "The number to call at any hour"))
        general = QFormLayout()
        general.addRow(QCoreApplication.translate("DialogsClinicSettings", "Clinic name:"), self.name_edit)
        general.addRow(QCoreApplication.translate("DialogsClinicSettings", "Emergency number (day and night):"), self.emergency_edit)

        self.phone_edits: dict[str, QLineEdit] = {}
        phones_box, phones_column = titled_box(QCoreApplication.translate("DialogsClinicSettings", "Phone number for each member of the care team"), self)
        phones_form = QFormLayout()
        phones_column.addLayout(phones_form)
        if pathway is not None:
            for role in pathway.roles:
                edit = _line(self, f"phone_{role.id}", QCoreApplication.translate("DialogsClinicSettings", "Phone number"))
                edit.setAccessibleName(fill(QCoreApplication.translate("DialogsClinicSettings", "Phone number for %1"), role.name))
                # Role names come from the pathway file: a plain-text label shows them as typed
                # (addRow(str, ...) would make a label that reads "<img src=...>" as HTML).
                label = QLabel(f"{role.name.replace('&', '&&')}:", phones_box)  # "&" alone marks a shortcut key
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setWordWrap(True)  # a long role name ("Transplantationskoordinatorin")
                label.setBuddy(edit)
                phones_form.addRow(label, edit)
                self.phone_edits[role.id] = edit

        self.stay_near_edit = _rule(self, "stay_near_rule")
        self.driving_edit = _rule(self, "driving_rule")
        rules_box, rules_column = titled_box(QCoreApplication.translate("DialogsClinicSettings", "Local rules (for pathways that ask no questions of their own)"), self)
        rules_form = QFormLayout()
        rules_column.addLayout(rules_form)
        rules_form.addRow(QCoreApplication.translate("DialogsClinicSettings", "Staying near the centre:"), self.stay_near_edit)
        rules_form.addRow(QCoreApplication.translate("DialogsClinicSettings", "Driving:"), self.driving_edit)
        self.choices_box = LocalChoicesBox(pathway, self)
        # A pathway that asks its own questions answers these there; the old texts stay saved.
        rules_box.setVisible(not self.choices_box.rows)

        self.unit_combo = shrinkable(QComboBox(self))
        self.unit_combo.setObjectName("temperature_unit")
        for key, text in UNITS:
            self.unit_combo.addItem(QCoreApplication.translate("DialogsClinicSettings", text), key)
        general.addRow(QCoreApplication.translate("DialogsClinicSettings", "Temperatures on the urgent signs:"), self.unit_combo)

        self.paper_combo = shrinkable(QComboBox(self))
        self.paper_combo.setObjectName("paper")
        for key, text in PAPERS:
            self.paper_combo.addItem(QCoreApplication.translate("DialogsClinicSettings", text), key)
        general.addRow(QCoreApplication.translate("DialogsClinicSettings", "Handout paper size:"), self.paper_combo)

        for form in (general, phones_form, rules_form):
            wrap_form(form)
        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(intro)
        body_layout.addLayout(general)
        # What patients see on screen first; the long list of numbers last.
        body_layout.addWidget(self.choices_box)
        body_layout.addWidget(rules_box)
        body_layout.addWidget(phones_box)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Clinic settings"))  # it takes the keyboard: a screen reader says what it is
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Held while the dialog lives: collected with their Python cycle, the form's page
        # went with them, and the dialog showed an empty frame (the cycle collector runs at
        # any moment, so only sometimes).
        self._scroll, self._body = scroll, body

        # Import and Export on the left, away from Save and Cancel: they act on files, not on the form.
        self.import_button = QPushButton(QCoreApplication.translate("DialogsClinicSettings", "Import..."), self)
        self.import_button.setObjectName("clinic_import")
        self.import_button.setToolTip(QCoreApplication.translate("DialogsClinicSettings", "Fill in these settings from a file exported on another PC"))
        self.export_button = QPushButton(QCoreApplication.translate("DialogsClinicSettings", "Export..."), self)
        self.export_button.setObjectName("clinic_export")
        self.export_button.setToolTip(QCoreApplication.translate("DialogsClinicSettings", "Save these settings to a file, to use them on other PCs"))
        self.buttons = QDialogButtonBox(self)
        save = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        save.setObjectName("clinic_save")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("clinic_cancel")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.import_dialog)
        self.export_button.clicked.connect(self.export_dialog)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        fit_to_screen(self, body, 760, 720)
        self.show_info(info)
        self._tab_order_set = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._tab_order_set:  # the form is built in parts: Tab follows where fields stand
            self._tab_order_set = True
            tab_in_reading_order(self)

    # --- the form <-> ClinicInfo ----------------------------------------------------------------

    def show_info(self, info: ClinicInfo) -> None:
        self.name_edit.setText(info.name)
        self.emergency_edit.setText(info.emergency_number)
        for role_id, edit in self.phone_edits.items():
            edit.setText(info.phones.get(role_id, ""))
        self.stay_near_edit.setPlainText(info.stay_near_rule)
        self.driving_edit.setPlainText(info.driving_rule)
        index = self.paper_combo.findData(info.paper)
        self.paper_combo.setCurrentIndex(max(0, index))
        self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(info.temperature_unit)))
        self._info = info
        if self._pathway is not None:
            self.choices_box.set_values(info.chosen(self._pathway.id))

    def info(self) -> ClinicInfo:
        """What the form says now (not yet saved)."""
        phones = dict(self._other_phones)
        phones.update({role_id: edit.text() for role_id, edit in self.phone_edits.items()})
        info = ClinicInfo(
            name=self.name_edit.text(),
            emergency_number=self.emergency_edit.text(),
            stay_near_rule=self.stay_near_edit.toPlainText(),
            driving_rule=self.driving_edit.toPlainText(),
            paper=str(self.paper_combo.currentData()),
            phones=phones,
            choices=self._info.choices,  # answers for other pathways are kept
            temperature_unit=str(self.unit_combo.currentData()),
        )
        if self._pathway is None:
            return info
        return info.with_chosen(self._pathway.id, self.choices_box.values())

    def accept(self) -> None:
        info = self.info()
        info.to_settings(self._settings)
        self._settings.sync()
        self.sig_saved.emit(info)
        super().accept()

    # --- sharing between PCs ----------------------------------------------------------------------

    def export_dialog(self) -> None:
        start = Path(self._settings.get("files/last_dir") or Path.home()) / "clinic-settings.json"
        name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("DialogsClinicSettings", "Export clinic settings"), str(start), QCoreApplication.translate("FileFilters", CLINIC_FILTER))
        if name:
            path = Path(name)
            self.export_to(path if path.suffix else path.with_suffix(".json"))

    def export_to(self, path: Path) -> bool:
        try:
            self.info().to_file(path)
        except (WriteError, OSError) as exc:
            self._message(QCoreApplication.translate("DialogsClinicSettings", "The clinic settings could not be saved"), str(exc), QMessageBox.Icon.Warning)
            return False
        self._settings.set("files/last_dir", str(Path(path).parent))
        return True

    def import_dialog(self) -> None:
        start = self._settings.get("files/last_dir") or str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("DialogsClinicSettings", "Import clinic settings"), start, QCoreApplication.translate("FileFilters", CLINIC_FILTER))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> bool:
        """Fill the form from ``path``; a bad file changes nothing and says why."""
        try:
            info = ClinicInfo.from_file(path)
        except ClinicFileError as exc:
            self._message(
                QCoreApplication.translate("DialogsClinicSettings", "These settings could not be imported"),
                f"{exc}.\n\nNothing was changed. Choose a file saved with Export... in this dialog.",
                QMessageBox.Icon.Warning,
            )
            return False
        self._other_phones = {k: v for k, v in info.phones.items() if k not in self.phone_edits}
        self.show_info(info)
        self._settings.set("files/last_dir", str(Path(path).parent))
        return True

    def _message(self, title: str, text: str, icon: QMessageBox.Icon) -> QMessageBox:
        # Non-blocking, so the dialog stays usable and tests can read the message.
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Close, self)
        box.setObjectName("clinic_message")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._messages.append(box)
        box.destroyed.connect(lambda _=None, b=box: self._messages.remove(b) if b in self._messages else None)
        box.open()
        return box


def _role_ids(pathway: Pathway) -> set[str]:
    return {role.id for role in pathway.roles}


def _line(parent: QWidget, name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(200)
    return edit


def _rule(parent: QWidget, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setObjectName(name)
    edit.setPlaceholderText(QCoreApplication.translate("DialogsClinicSettings", RULE_PLACEHOLDER))
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 16)
    return edit
