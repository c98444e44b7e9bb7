"""The details panel as a form for the selected step (edit mode).

Plain labels and one box per thing a nurse would change: no YAML, no ids. Lists (what to
expect, questions...) are written one item per line. Every change is an undo command on
the session; the form re-reads the YAML after an undo, so it always shows the file.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from models.wording.i18n import fill
from models.problems import PathKey
from models.schema import MAX_DAY, Setting, TimeUnit

from ..core.document import PathwayDocument
from . import fields as F
from ..core.flow import flow_row
from .links import ArrowsEditor, CareTeamEditor
from .session import EditSession

UNIT_WORDS = {"minutes": QT_TRANSLATE_NOOP("EditingStepForm", "minutes"), "hours": QT_TRANSLATE_NOOP("EditingStepForm", "hours"), "days": QT_TRANSLATE_NOOP("EditingStepForm", "days"),
              "weeks": QT_TRANSLATE_NOOP("EditingStepForm", "weeks"), "months": QT_TRANSLATE_NOOP("EditingStepForm", "months"), "years": QT_TRANSLATE_NOOP("EditingStepForm", "years")}

# Where a step happens, in the words the details panel starts with (the file's values,
# "near_centre", are not words for a nurse).
SETTING_WORDS = {"outpatient": QT_TRANSLATE_NOOP("EditingStepForm", "Outpatient clinic"), "inpatient": QT_TRANSLATE_NOOP("EditingStepForm", "Hospital ward"),
                 "laboratory": QT_TRANSLATE_NOOP("EditingStepForm", "Laboratory"), "home": QT_TRANSLATE_NOOP("EditingStepForm", "At home"),
                 "near_centre": QT_TRANSLATE_NOOP("EditingStepForm", "Near the treatment centre")}


class StepForm(QScrollArea):
    sig_add_step = Signal(bool)  # True: as a branch
    sig_delete_step = Signal()

    def __init__(self, session: EditSession, document: PathwayDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_form")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows wrap instead
        self.session, self.document = session, document
        self.bindings: list[F.Binding] = []
        self._groups: list[QWidget] = []  # hidden while no step is chosen: nothing to change
        self._loading = False
        inner = QWidget()
        self.setWidget(inner)
        column = QVBoxLayout(inner)
        self.heading = QLabel()
        self.heading.setObjectName("step_form_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)

        about = self._group(column, QCoreApplication.translate("EditingStepForm", "The step"))
        self._add(about, QCoreApplication.translate("EditingStepForm", "Title"), ("title",), *F.line_edit("edit_title"))
        phase = F.combo("edit_phase", self._phases())
        self.phase_box = phase[0]
        self._add(about, QCoreApplication.translate("EditingStepForm", "Part of the journey"), ("phase",), *phase)

        timing = self._group(column, QCoreApplication.translate("EditingStepForm", "How long and when"))
        low, read, show = F.spin("edit_duration_min", decimals=True, low=0, high=100000)
        self._bind(("duration", "min"), low, read, show)
        high, read, show = F.spin("edit_duration_max", decimals=True, low=0, high=100000)
        self._bind(("duration", "max"), high, read, show)
        unit, read, show = F.combo("edit_duration_unit", [(u.value, QCoreApplication.translate("EditingStepForm", UNIT_WORDS.get(u.value, u.value))) for u in TimeUnit])
        unit.setMinimumContentsLength(6)  # the longest unit word, not a step title
        self._bind(("duration", "unit"), unit, read, show)
        how_long = QCoreApplication.translate("EditingStepForm", "How long")
        low.setAccessibleName(fill(QCoreApplication.translate("EditingStepForm", "%1: at least"), how_long))
        high.setAccessibleName(fill(QCoreApplication.translate("EditingStepForm", "%1: at most"), how_long))
        unit.setAccessibleName(fill(QCoreApplication.translate("EditingStepForm", "%1: unit"), how_long))
        # "[1] to [2] [days]" on one line where it fits; else "to [2]" and the unit wrap below.
        self._row(timing, self._label(how_long, low), flow_row(low, self._to(high), unit))
        F.label_for_screen_readers(unit)
        self._add(timing, "", ("duration", "estimate"), *F.check("edit_duration_estimate",
                                                                QCoreApplication.translate("EditingStepForm", "The length is an estimate")))
        start, read, show = F.spin("edit_timing_start", decimals=False, low=-MAX_DAY, high=MAX_DAY)
        self._bind(("timing", "start"), start, read, show)
        end, read, show = F.spin("edit_timing_end", decimals=False, low=-MAX_DAY, high=MAX_DAY)
        self._bind(("timing", "end"), end, read, show)
        days = QCoreApplication.translate("EditingStepForm", "Days from day 0")
        start.setAccessibleName(fill(QCoreApplication.translate("EditingStepForm", "%1: first day"), days))
        end.setAccessibleName(fill(QCoreApplication.translate("EditingStepForm", "%1: last day"), days))
        self._row(timing, self._label(days, start), flow_row(start, self._to(end)))
        self._add(timing, "", ("timing", "estimate"), *F.check("edit_timing_estimate",
                                                              QCoreApplication.translate("EditingStepForm", "The days are an estimate")))

        texts = self._group(column, QCoreApplication.translate("EditingStepForm", "What happens"))
        self._add(texts, QCoreApplication.translate("EditingStepForm", "For the patient, in plain words"), ("patient_summary",), *F.text_edit("edit_patient_summary"))
        self._add(texts, QCoreApplication.translate("EditingStepForm", "Clinical details (for staff)"), ("clinical_details",), *F.text_edit("edit_clinical_details"))

        where = self._group(column, QCoreApplication.translate("EditingStepForm", "Where and who"))
        self.setting_boxes: dict[str, QCheckBox] = {}
        for setting in Setting:
            words = SETTING_WORDS.get(setting.value)
            box, _, _ = F.check(f"edit_setting_{setting.value}",
                                QCoreApplication.translate("EditingStepForm", words) if words else setting.value.replace("_", " "))
            box.toggled.connect(self._commit_settings)
            self.setting_boxes[setting.value] = box
        boxes = list(self.setting_boxes.values())
        self._row(where, self._label(QCoreApplication.translate("EditingStepForm", "Where"), boxes[0]),
                  flow_row(*(F.wrapping(box) for box in boxes)))
        self.care_team = CareTeamEditor(session, document, self)
        self._row(where, self._label(QCoreApplication.translate("EditingStepForm", "Care team"), self.care_team), self.care_team)

        words = self._group(column, QCoreApplication.translate("EditingStepForm", "For the patient (one item per line)"))
        for key, label in (("what_to_expect", QT_TRANSLATE_NOOP("EditingStepForm", "What to expect")), ("how_to_prepare", QT_TRANSLATE_NOOP("EditingStepForm", "How to prepare")),
                           ("questions", QT_TRANSLATE_NOOP("EditingStepForm", "Questions")), ("warning_signs", QT_TRANSLATE_NOOP("EditingStepForm", "Warning signs"))):
            self._add(words, QCoreApplication.translate("EditingStepForm", label), (key,), *F.text_edit(f"edit_{key}", lines=True))
        self._add(words, QCoreApplication.translate("EditingStepForm", "Sources (ids, one per line)"), ("sources",), *F.text_edit("edit_sources", lines=True))

        self.arrows = ArrowsEditor(session, document, self)
        arrows = self._group(column, QCoreApplication.translate("EditingStepForm", "Arrows from this step"))
        arrows.addRow(self.arrows)

        buttons = []  # side by side where they fit, else one under the other
        for name, words, handler in (
            ("add_step_after", QT_TRANSLATE_NOOP("EditingStepForm", "Add a step after this"), lambda: self.sig_add_step.emit(False)),
            ("add_step_branch", QT_TRANSLATE_NOOP("EditingStepForm", "Add a branch from this"), lambda: self.sig_add_step.emit(True)),
            ("delete_step", QT_TRANSLATE_NOOP("EditingStepForm", "Delete this step"), self.sig_delete_step.emit),
        ):
            button = F.WrappingButton(QCoreApplication.translate("EditingStepForm", words))
            button.setObjectName(name)
            button.clicked.connect(handler)
            buttons.append(button)
        self._groups.append(flow_row(*buttons))
        column.addWidget(self._groups[-1])
        column.addStretch(1)
        self.setAccessibleName(QCoreApplication.translate("EditingStepForm", "Change the step"))  # it takes the keyboard
        F.name_scroll_bars(self, self.accessibleName())

        document.sig_selection_changed.connect(self.load)
        session.sig_text_changed.connect(self.load)
        self.load()

    # -- building --------------------------------------------------------------------------

    def _group(self, column: QVBoxLayout, title: str) -> QFormLayout:
        # The heading is a label inside the box, not the box's title: a title never wraps,
        # and a long one (another language, large text) would make the form wider than its panel.
        group = QGroupBox()
        self._groups.append(group)
        group.setAccessibleName(title)
        form = QFormLayout(group)
        form.addRow(F.heading_label(title))
        # Labels above the boxes: the panel is narrow, and text boxes get its whole width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        column.addWidget(group)
        return form

    @staticmethod
    def _label(words: str, buddy: QWidget) -> QLabel:
        """A field's label that wraps (Qt's own form labels never do), read out for ``buddy``."""
        label = QLabel(words)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _row(form: QFormLayout, label: QLabel, field: QWidget) -> None:
        # Label and field each span the row: a form label gets only the width it asks for,
        # so a wrapping one would break after a few words in a wide panel.
        form.addRow(label)
        form.addRow(field)

    @staticmethod
    def _to(box: QWidget) -> QWidget:
        """"to [box]": kept together, so a wrapped line never ends on "to"."""
        pair = QWidget()
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(QCoreApplication.translate("EditingStepForm", "to")))
        row.addWidget(box)
        return pair

    def _bind(self, key: PathKey, widget: QWidget, read: Any, show: Any) -> F.Binding:
        binding = F.Binding(key, widget, read, show)
        self.bindings.append(binding)
        F.connect(binding, self._commit)
        return binding

    def _add(self, form: QFormLayout, label: str, key: PathKey, widget: QWidget, read: Any, show: Any) -> None:
        self._bind(key, widget, read, show)
        if label:
            # Named by its label, as a screen reader should say it: a combo box left unnamed
            # was announced by its current value ("Make"), not by what it is for.
            widget.setAccessibleName(label)
            self._row(form, self._label(label, widget), widget)
        elif isinstance(widget, QCheckBox):
            form.addRow(F.wrapping(widget))
        else:
            form.addRow(widget)

    def _refill_phases(self) -> None:
        """The parts of the journey as the file has them now: one added on the Whole pathway
        tab was never offered here."""
        phases = self._phases()
        box = self.phase_box
        if [(box.itemData(i), box.itemText(i)) for i in range(box.count())] == phases:
            return
        with QSignalBlocker(box):
            box.clear()
            for value, words in phases:
                box.addItem(words, value)

    def _phases(self) -> list[tuple[str, str]]:
        return [(str(p["id"]), str(p.get("title", p["id"]))) for p in self.session.value(("phases",), [])]

    # -- reading and writing ---------------------------------------------------------------

    @property
    def step_index(self) -> int | None:
        selected = self.document.selected
        return self.session.step_index(selected) if selected is not None else None

    def load(self, *_: object) -> None:
        index = self.step_index
        # Never greyed: with no step chosen only the heading shows, in full ink.
        for group in self._groups:
            # With no step chosen (or the one shown just deleted) the form holds only its
            # heading: greyed boxes reading 0.0 looked like a step that was still there.
            group.setVisible(index is not None)
        self._loading = True
        try:
            if index is None:
                self.heading.setText(QCoreApplication.translate("EditingStepForm", "Click a step on the map to change it."))
                # Emptied: a step just deleted stood on, greyed, as if it were still there.
                for binding in self.bindings:
                    binding.show(None)
                for box in self.setting_boxes.values():
                    with QSignalBlocker(box):
                        box.setChecked(False)
                self.care_team.load(None)
                self.arrows.load(None)
                return
            self.heading.setText(fill(QCoreApplication.translate("EditingStepForm", "Changing: %1"), self.session.step_title(index)))
            self._refill_phases()
            for binding in self.bindings:
                binding.show(self.session.value(("steps", index, *binding.key)))
            settings = {str(s) for s in self.session.value(("steps", index, "setting"), []) or []}
            for value, box in self.setting_boxes.items():
                box.blockSignals(True)
                box.setChecked(value in settings)
                box.blockSignals(False)
            has_timing = self.session.value(("steps", index, "timing")) is not None
            # An open-ended step (no duration: "as long as needed") has no length to change.
            has_duration = self.session.value(("steps", index, "duration")) is not None
            for binding in self.bindings:
                if binding.key[0] == "timing" and binding.key[-1] == "estimate":
                    # The days can be given to a step without them (a new step has none);
                    # "about" only to days there are.
                    binding.widget.setEnabled(has_timing)
                if binding.key[0] == "duration":
                    binding.widget.setEnabled(has_duration)
            self.care_team.load(index)
            self.arrows.load(self.document.selected)
        finally:
            self._loading = False

    def _commit(self, binding: F.Binding) -> None:
        index = self.step_index
        if self._loading or index is None:
            return
        F.set_in_step(self.session, index, binding.key, binding.read())

    def _commit_settings(self) -> None:
        index = self.step_index
        if self._loading or index is None:
            return
        chosen = [value for value, box in self.setting_boxes.items() if box.isChecked()]
        F.set_in_step(self.session, index, ("setting",), chosen)

    def focus_field(self, key: PathKey) -> None:
        """Put the cursor in the box for ``key`` (a path inside the step), or the nearest one."""
        for length in range(len(key), 0, -1):
            for binding in self.bindings:
                if binding.key == tuple(key[:length]):
                    self.ensureWidgetVisible(binding.widget)
                    binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                    return
        if key[:1] == ("care_team",):
            rows = self.care_team.rows
            number = key[1] if len(key) > 1 and isinstance(key[1], int) and key[1] < len(rows) else 0
            target = rows[number][1 if key[2:] == ("does",) else 0] if rows else self.care_team
            self.ensureWidgetVisible(target)
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        elif key[:1] == ("transitions",):
            self.ensureWidgetVisible(self.arrows)
            self.arrows.setFocus(Qt.FocusReason.OtherFocusReason)
