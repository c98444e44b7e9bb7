"""Navigation keys are declared in one key map beside the action table, and none is used twice.

The window's actions are window-wide shortcuts: if one used a key a view reads itself (an
arrow, Home, Space), that view would never see the key. These tests read the key maps the
views really use, so a key added to a view's keyPressEvent outside the map is not possible.
"""

from __future__ import annotations

import inspect

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.core import keymap
from pathway_viewer.core.keymap import KEY_MAPS, KeyMap
from pathway_viewer.journey.view import JourneyView
from pathway_viewer.presentation import view as presentation_view
from pathway_viewer.timeline.view import TimelineView
from pathway_viewer.window import actions as A


def clashes(key_map: KeyMap, shortcuts: dict[str, QKeySequence]) -> list[str]:
    """Window-wide shortcuts that would take a key the view reads itself."""
    found = []
    for action_id, sequence in shortcuts.items():
        combo = sequence[0]
        key, mods = combo.key(), combo.keyboardModifiers()
        if key in key_map.keys and (key in key_map.any_modifiers or not mods & ~key_map.modifiers):
            found.append(f"{action_id} ({sequence.toString()}) takes {key_map.name}'s {QKeySequence(key).toString()}")
    return found


def window_shortcuts(parent: QWidget) -> dict[str, QKeySequence]:
    return {
        f"{action_id}#{n}": key
        for action_id, action in A.create_actions(parent).items()
        for n, key in enumerate(action.shortcuts())
    }


def test_no_key_is_declared_twice_in_a_view() -> None:
    for key_map in KEY_MAPS:
        keys = [key for key, _ in key_map.bindings]
        assert len(keys) == len(set(keys)), key_map.name


def test_no_window_shortcut_takes_a_views_navigation_key(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shortcuts = window_shortcuts(parent)
    assert shortcuts  # the actions really have keys
    for key_map in KEY_MAPS:
        assert clashes(key_map, shortcuts) == []


def test_the_clash_check_can_fail() -> None:
    planted = {"planted": QKeySequence(Qt.Key.Key_Right), "with_ctrl": QKeySequence("Ctrl+Home")}
    found = clashes(keymap.JOURNEY_KEYS, planted)
    assert any("planted" in f for f in found) and any("with_ctrl" in f for f in found)
    assert clashes(keymap.JOURNEY_KEYS, {"ctrl_right": QKeySequence("Ctrl+Right")}) == []


def test_the_views_use_the_declared_maps() -> None:
    assert JourneyView.key_map is keymap.JOURNEY_KEYS
    assert TimelineView.key_map is keymap.TIMELINE_KEYS
    # No view names a navigation key itself: Qt.Key appears only in core/keymap.py.
    for module in (presentation_view, inspect.getmodule(JourneyView), inspect.getmodule(TimelineView)):
        assert "Qt.Key.Key_" not in inspect.getsource(module), module.__name__
