"""Navigation keys: declared once, beside the window's action table (``window/actions.py``).

Actions are window-wide shortcuts; these keys belong to one view at a time (the journey,
the timeline, the presenter), where a window-wide shortcut would steal Home from text boxes
and lists. Each view asks :meth:`KeyMap.command` what a key press means and does it, so the
keys are written here and nowhere else, and the duplicate-shortcut test reads them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

Key = Qt.Key
Mod = Qt.KeyboardModifier


class KeyCommand(enum.Enum):
    ACTIVATE = "activate"  # open the chosen step's details
    FIT = "fit"  # show the whole drawing
    NEXT_STEP = "next_step"  # along the journey
    PREVIOUS_STEP = "previous_step"
    UP = "up"  # the step above (journey: models/map_walk.py; timeline: the row above)
    DOWN = "down"
    NEXT = "next"  # presenter: forward
    BACK = "back"
    CHOICE = "choice"  # presenter: follow branch 1..9
    FIRST = "first"
    LAST = "last"
    SCROLL_UP = "scroll_up"
    SCROLL_DOWN = "scroll_down"
    LEAVE = "leave"
    NOTES = "notes"  # presenter: show or hide the presenter's notes


@dataclass(frozen=True)
class KeyMap:
    """One view's keys, as (key, command) pairs; ``modifiers`` are the ones a key may carry."""

    name: str
    bindings: tuple[tuple[Key, KeyCommand], ...]
    modifiers: Mod = Mod.KeypadModifier
    any_modifiers: frozenset[Key] = frozenset()  # keys that count with any modifier held

    @property
    def keys(self) -> dict[Key, KeyCommand]:
        return dict(self.bindings)

    def command(self, event: QKeyEvent) -> KeyCommand | None:
        key = Key(event.key())
        command = self.keys.get(key)
        if command is None:
            return None
        if key not in self.any_modifiers and event.modifiers() & ~self.modifiers:
            return None
        return command

    def sequences(self) -> list[tuple[str, KeyCommand]]:
        """Each key as text ("Home", "Right"), for help pages and the duplicate-key test."""
        return [(QKeySequence(key).toString(), command) for key, command in self.bindings]


# Enter and Home work in both zoomable views, with or without modifiers (as before).
_ZOOM = ((Key.Key_Return, KeyCommand.ACTIVATE), (Key.Key_Enter, KeyCommand.ACTIVATE), (Key.Key_Home, KeyCommand.FIT))
_ZOOM_ANY = frozenset(key for key, _ in _ZOOM)
_ARROWS = (
    (Key.Key_Right, KeyCommand.NEXT_STEP),
    (Key.Key_Left, KeyCommand.PREVIOUS_STEP),
    (Key.Key_Up, KeyCommand.UP),
    (Key.Key_Down, KeyCommand.DOWN),
)

ZOOM_KEYS = KeyMap("zoomable view", _ZOOM, any_modifiers=_ZOOM_ANY)
JOURNEY_KEYS = KeyMap("journey", _ZOOM + _ARROWS, any_modifiers=_ZOOM_ANY)
TIMELINE_KEYS = KeyMap("timeline", _ZOOM + _ARROWS, any_modifiers=_ZOOM_ANY)

DIGIT_KEYS = {getattr(Key, f"Key_{n}"): n for n in range(1, 10)}

# A presentation clicker sends Right/Left, Space, PageDown/PageUp. Shift may be held (the
# presenter has always accepted it); Ctrl and Alt combinations pass on to the window.
PRESENTATION_KEYS = KeyMap(
    "presentation",
    (
        (Key.Key_Escape, KeyCommand.LEAVE),
        (Key.Key_Right, KeyCommand.NEXT),
        (Key.Key_Space, KeyCommand.NEXT),
        (Key.Key_PageDown, KeyCommand.NEXT),
        (Key.Key_Left, KeyCommand.BACK),
        (Key.Key_PageUp, KeyCommand.BACK),
        (Key.Key_Backspace, KeyCommand.BACK),
        *((key, KeyCommand.CHOICE) for key in DIGIT_KEYS),
        (Key.Key_Home, KeyCommand.FIRST),
        (Key.Key_End, KeyCommand.LAST),
        (Key.Key_Down, KeyCommand.SCROLL_DOWN),
        (Key.Key_Up, KeyCommand.SCROLL_UP),
        (Key.Key_N, KeyCommand.NOTES),
    ),
    modifiers=Mod.KeypadModifier | Mod.ShiftModifier,
)

# The step details: Tab leaves the page in one press (its explained words are no Tab
# stops); Right/Left choose an explained word, Enter shows what it means.
DETAILS_KEYS = KeyMap(
    "details",
    (
        (Key.Key_Right, KeyCommand.NEXT),
        (Key.Key_Left, KeyCommand.BACK),
        (Key.Key_Return, KeyCommand.ACTIVATE),
        (Key.Key_Enter, KeyCommand.ACTIVATE),
    ),
)

KEY_MAPS: tuple[KeyMap, ...] = (JOURNEY_KEYS, TIMELINE_KEYS, PRESENTATION_KEYS, DETAILS_KEYS)
