"""The window's commands: ids as constants, default shortcuts in ONE table (Spyder style).

Shortcuts use the platform's standard keys where one exists (Ctrl+O on Linux and Windows,
Cmd+O on macOS), with a fixed fallback for platforms whose standard is empty (Quit has no
standard key on Windows or under the offscreen platform). Each QAction's objectName is its
id, so tests and menus find it by name, never by its translatable text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

OPEN = "open"
EXPORT_VIEW = "export_view"
QUIT = "quit"
ZOOM_IN = "zoom_in"
ZOOM_OUT = "zoom_out"
FIT = "fit"
FIND = "find"
FIND_NEXT = "find_next"
FIND_PREVIOUS = "find_previous"
AUDIENCE_PATIENT = "audience_patient"
AUDIENCE_CLINICIAN = "audience_clinician"
QUICK_GUIDE = "quick_guide"
ABOUT = "about"
EXPORT_HANDOUT = "export_handout"
PRINT = "print"
PRESENT = "present"
VIEW_JOURNEY = "view_journey"
VIEW_TIMELINE = "view_timeline"
SET_DATES = "set_dates"
CLINIC_SETTINGS = "clinic_settings"
COMPARE = "compare"
SIGN_OFF = "sign_off"
SUGGEST = "suggest_change"
SUGGESTIONS = "suggestions"
TRAIN = "train"
EDIT_MODE = "edit_mode"
SAVE = "save"
SAVE_AS = "save_as"
UNDO = "undo"
REDO = "redo"
HANDOUT_LARGE_PRINT = "handout_large_print"
THEME_SYSTEM = "theme_system"
THEME_LIGHT = "theme_light"
THEME_DARK = "theme_dark"
THEME_HIGH_CONTRAST = "theme_high_contrast"
TEXT_LARGER = "text_larger"
TEXT_SMALLER = "text_smaller"
TEXT_SIZE_ACTIONS = {100: "text_100", 125: "text_125", 150: "text_150", 200: "text_200"}
# Written out, not built: lupdate can only collect whole sentences.
TEXT_SIZE_TIPS = {
    100: QT_TRANSLATE_NOOP("Actions", "All text at 100 % of its normal size"),
    125: QT_TRANSLATE_NOOP("Actions", "All text at 125 % of its normal size"),
    150: QT_TRANSLATE_NOOP("Actions", "All text at 150 % of its normal size"),
    200: QT_TRANSLATE_NOOP("Actions", "All text at 200 % of its normal size"),
}
# The View > Colours choices, by the scheme each picks (core/theme.py SCHEMES).
THEME_ACTIONS = {"system": THEME_SYSTEM, "light": THEME_LIGHT, "dark": THEME_DARK, "high-contrast": THEME_HIGH_CONTRAST}

Std = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    tip: str
    standard: Std | None = None  # the platform's standard key, when there is one
    extra: tuple[str, ...] = field(default_factory=tuple)  # added to the standard keys
    fallback: tuple[str, ...] = field(default_factory=tuple)  # used only if the standard is empty
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(OPEN, QT_TRANSLATE_NOOP("Actions", "&Open pathway..."), QT_TRANSLATE_NOOP("Actions", "Open a pathway file (YAML or JSON)"), Std.Open, fallback=("Ctrl+O",)),
    ActionSpec(
        EXPORT_VIEW, QT_TRANSLATE_NOOP("Actions", "&Export view..."), QT_TRANSLATE_NOOP("Actions", "Save the journey map or the timeline as PNG, SVG or PDF"), extra=("Ctrl+E",)
    ),
    ActionSpec(
        EXPORT_HANDOUT,
        QT_TRANSLATE_NOOP("Actions", "Export &handout (PDF)..."),
        QT_TRANSLATE_NOOP("Actions", "Save a printable guide to the whole journey as a PDF"),
        extra=("Ctrl+Shift+E",),
    ),
    ActionSpec(HANDOUT_LARGE_PRINT, QT_TRANSLATE_NOOP("Actions", "&Large-print handouts"),
               QT_TRANSLATE_NOOP("Actions", "Handouts with body text at 16 pt, for people who read large print (more pages)"), checkable=True),
    ActionSpec(PRINT, QT_TRANSLATE_NOOP("Actions", "&Print handout..."), QT_TRANSLATE_NOOP("Actions", "Print the guide to the whole journey"), Std.Print, fallback=("Ctrl+P",)),
    ActionSpec(SAVE, QT_TRANSLATE_NOOP("Actions", "&Save"), QT_TRANSLATE_NOOP("Actions", "Save the changed pathway (the built-in one is saved as a copy)"), Std.Save,
               fallback=("Ctrl+S",)),
    ActionSpec(SAVE_AS, QT_TRANSLATE_NOOP("Actions", "Save &as..."), QT_TRANSLATE_NOOP("Actions", "Save the changed pathway as a new file, e.g. your clinic's copy"), Std.SaveAs,
               fallback=("Ctrl+Shift+S",)),
    ActionSpec(QUIT, QT_TRANSLATE_NOOP("Actions", "&Quit"), QT_TRANSLATE_NOOP("Actions", "Close the viewer"), Std.Quit, fallback=("Ctrl+Q",)),
    ActionSpec(ZOOM_IN, QT_TRANSLATE_NOOP("Actions", "Zoom &in"), QT_TRANSLATE_NOOP("Actions", "Make the journey bigger"), Std.ZoomIn, extra=("Ctrl+=",), fallback=("Ctrl++",)),
    ActionSpec(ZOOM_OUT, QT_TRANSLATE_NOOP("Actions", "Zoom &out"), QT_TRANSLATE_NOOP("Actions", "Make the journey smaller"), Std.ZoomOut, fallback=("Ctrl+-",)),
    # Home also fits, as the issue asks, but the journey view handles it itself: as a
    # window-wide shortcut it would steal Home from the care team list and text boxes.
    # Ctrl+0 is the "reset zoom" key people know from browsers.
    ActionSpec(FIT, QT_TRANSLATE_NOOP("Actions", "Fit to &window"), QT_TRANSLATE_NOOP("Actions", "Show the whole journey (Home in the journey)"), extra=("Ctrl+0",)),
    ActionSpec(FIND, QT_TRANSLATE_NOOP("Actions", "&Find..."), QT_TRANSLATE_NOOP("Actions", "Search the steps for a word"), Std.Find, fallback=("Ctrl+F",)),
    ActionSpec(FIND_NEXT, QT_TRANSLATE_NOOP("Actions", "Find &next"), QT_TRANSLATE_NOOP("Actions", "Go to the next step that matches"), Std.FindNext, fallback=("F3",)),
    ActionSpec(
        FIND_PREVIOUS, QT_TRANSLATE_NOOP("Actions", "Find pre&vious"), QT_TRANSLATE_NOOP("Actions", "Go to the previous step that matches"), Std.FindPrevious, fallback=("Shift+F3",)
    ),
    ActionSpec(AUDIENCE_PATIENT, QT_TRANSLATE_NOOP("Actions", "Words for pati&ents"), QT_TRANSLATE_NOOP("Actions", "Plain words only"), extra=("Ctrl+1",), checkable=True),
    ActionSpec(
        AUDIENCE_CLINICIAN, QT_TRANSLATE_NOOP("Actions", "Words for clinician&s"), QT_TRANSLATE_NOOP("Actions", "Also show clinical details"), extra=("Ctrl+2",), checkable=True
    ),
    ActionSpec(
        VIEW_JOURNEY, QT_TRANSLATE_NOOP("Actions", "Journey &map"), QT_TRANSLATE_NOOP("Actions", "Show the steps as a map of boxes and arrows"), extra=("Ctrl+J",), checkable=True
    ),
    ActionSpec(
        VIEW_TIMELINE, QT_TRANSLATE_NOOP("Actions", "&Timeline"), QT_TRANSLATE_NOOP("Actions", "Show the steps on a calendar of days around day 0"), extra=("Ctrl+T",),
        checkable=True,
    ),
    ActionSpec(
        PRESENT, QT_TRANSLATE_NOOP("Actions", "&Presentation mode"), QT_TRANSLATE_NOOP("Actions", "One step at a time, full screen, to explain it across a desk (Esc leaves)"),
        extra=("F5",),
    ),
    ActionSpec(
        SET_DATES, QT_TRANSLATE_NOOP("Actions", "Set &dates..."), QT_TRANSLATE_NOOP("Actions", "Show the patient's own dates from the planned day 0 (nothing is saved)"),
        extra=("Ctrl+D",),
    ),
    ActionSpec(
        CLINIC_SETTINGS, QT_TRANSLATE_NOOP("Actions", "&Clinic settings..."), QT_TRANSLATE_NOOP("Actions", "Clinic name, phone numbers, local rules and paper size"),
        Std.Preferences, fallback=("Ctrl+,",),
    ),
    # Review: what a clinic changed, its sign-off, and what users suggest to its owner.
    ActionSpec(COMPARE, QT_TRANSLATE_NOOP("Actions", "Co&mpare with..."), QT_TRANSLATE_NOOP("Actions", "List what this pathway changes compared with the bundled one or another file")),
    ActionSpec(SIGN_OFF, QT_TRANSLATE_NOOP("Actions", "&Sign off..."), QT_TRANSLATE_NOOP("Actions", "Record your review in the pathway file: name, role, dates; the version goes up")),
    ActionSpec(SUGGEST, QT_TRANSLATE_NOOP("Actions", "Suggest a &change to this step..."), QT_TRANSLATE_NOOP("Actions", "Write a note on the selected step for whoever owns the content")),
    ActionSpec(SUGGESTIONS, QT_TRANSLATE_NOOP("Actions", "Su&ggestions..."), QT_TRANSLATE_NOOP("Actions", "The suggestions made on this computer: read, delete, export")),
    ActionSpec(
        TRAIN, QT_TRANSLATE_NOOP("Actions", "T&rain..."), QT_TRANSLATE_NOOP("Actions", "Quizzes, scenarios and grading practice from this pathway, for staff training"),
        extra=("Ctrl+Shift+T",),
    ),
    # F2 is the key people know for "change this" (renaming a file); there is no standard one.
    ActionSpec(EDIT_MODE, QT_TRANSLATE_NOOP("Actions", "&Edit pathway"), QT_TRANSLATE_NOOP("Actions", "Change the selected step: the details become a form"), extra=("F2",),
               checkable=True),
    ActionSpec(UNDO, QT_TRANSLATE_NOOP("Actions", "&Undo"), QT_TRANSLATE_NOOP("Actions", "Take back the last change"), Std.Undo, fallback=("Ctrl+Z",)),
    ActionSpec(REDO, QT_TRANSLATE_NOOP("Actions", "&Redo"), QT_TRANSLATE_NOOP("Actions", "Make the change again"), Std.Redo, fallback=("Ctrl+Shift+Z",)),
    # View > Colours and View > Text size: remembered; "system" follows the desktop's dark
    # mode and high-contrast setting. Ctrl+Shift with +/- is text size, Ctrl alone is zoom.
    ActionSpec(THEME_SYSTEM, QT_TRANSLATE_NOOP("Actions", "Follow the &system"), QT_TRANSLATE_NOOP("Actions", "Light, dark or high contrast, as the computer is set"),
               checkable=True),
    ActionSpec(THEME_LIGHT, QT_TRANSLATE_NOOP("Actions", "&Light"), QT_TRANSLATE_NOOP("Actions", "Dark words on light backgrounds"), checkable=True),
    ActionSpec(THEME_DARK, QT_TRANSLATE_NOOP("Actions", "&Dark"), QT_TRANSLATE_NOOP("Actions", "Light words on dark backgrounds"), checkable=True),
    ActionSpec(THEME_HIGH_CONTRAST, QT_TRANSLATE_NOOP("Actions", "&High contrast"), QT_TRANSLATE_NOOP("Actions", "White and yellow on black, with strong outlines"),
               checkable=True),
    *(ActionSpec(action_id, f"{size} %", TEXT_SIZE_TIPS[size], checkable=True)
      for size, action_id in TEXT_SIZE_ACTIONS.items()),
    ActionSpec(TEXT_LARGER, QT_TRANSLATE_NOOP("Actions", "&Larger text"), QT_TRANSLATE_NOOP("Actions", "Make all text one step larger"), extra=("Ctrl+Shift++", "Ctrl+Shift+=")),
    ActionSpec(TEXT_SMALLER, QT_TRANSLATE_NOOP("Actions", "S&maller text"), QT_TRANSLATE_NOOP("Actions", "Make all text one step smaller"), extra=("Ctrl+Shift+-", "Ctrl+Shift+_")),
    ActionSpec(QUICK_GUIDE, QT_TRANSLATE_NOOP("Actions", "&Quick guide"), QT_TRANSLATE_NOOP("Actions", "How to use this viewer"), Std.HelpContents, fallback=("F1",)),
    ActionSpec(ABOUT, QT_TRANSLATE_NOOP("Actions", "&About"), QT_TRANSLATE_NOOP("Actions", "Version, sources and licences")),
)

SPECS = {spec.id: spec for spec in ACTIONS}


def shortcuts_for(spec: ActionSpec) -> list[QKeySequence]:
    standard = QKeySequence.keyBindings(spec.standard) if spec.standard is not None else []
    keys = list(standard) if standard else [QKeySequence(k) for k in spec.fallback]
    for extra in spec.extra:
        key = QKeySequence(extra)
        if key not in keys:
            keys.append(key)
    return keys


def create_actions(parent: QWidget) -> dict[str, QAction]:
    """Build every action on ``parent`` (their shortcuts work anywhere in that window)."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        text = QCoreApplication.translate("Actions", spec.text)
        action = QAction(text, parent)
        action.setObjectName(spec.id)
        action.setStatusTip(QCoreApplication.translate("Actions", spec.tip))
        action.setToolTip(_tooltip(text, shortcuts_for(spec)))
        action.setShortcuts(shortcuts_for(spec))
        action.setCheckable(spec.checkable)
        actions[spec.id] = action
    return actions


def _tooltip(text: str, keys: list[QKeySequence]) -> str:
    plain = text.replace("&", "").rstrip(".")
    shown = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys]
    shown = [s for s in shown if s]
    return QCoreApplication.translate("Actions", "%1 (%2)").replace("%1", plain).replace("%2", shown[0]) if shown else plain
