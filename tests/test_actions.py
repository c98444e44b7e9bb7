"""Actions: one table, standard keys where the platform has them, no shortcut used twice."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A


def test_no_two_actions_share_a_shortcut(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, str] = {}
    for action_id, action in A.create_actions(parent).items():
        for key in action.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} is used by both {seen[text]} and {action_id}"
            seen[text] = action_id


def test_every_action_has_an_id_text_and_tip(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    built = A.create_actions(parent)
    assert set(built) == {spec.id for spec in A.ACTIONS}
    for action_id, action in built.items():
        assert action.objectName() == action_id
        assert action.text().replace("&", "").strip()
        assert action.statusTip()


def test_standard_keys_are_used_where_the_platform_has_them(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    built = A.create_actions(parent)
    for spec in A.ACTIONS:
        keys = built[spec.id].shortcuts()
        if spec.standard is not None:
            standard = QKeySequence.keyBindings(spec.standard)
            if standard:
                assert all(k in keys for k in standard), spec.id
            else:
                # The platform has no standard (Quit on Windows): the fallback still gives one.
                assert keys, spec.id


def test_the_keys_the_issue_names() -> None:
    def keys(action_id: str) -> set[str]:
        return {k.toString() for k in A.shortcuts_for(A.SPECS[action_id])}

    assert "Ctrl+0" in keys(A.FIT)
    assert "Home" not in keys(A.FIT)  # the journey view's own key; window-wide it breaks lists
    assert "Ctrl+F" in keys(A.FIND)
    assert "F3" in keys(A.FIND_NEXT)
    assert "Shift+F3" in keys(A.FIND_PREVIOUS)
    assert "Ctrl+O" in keys(A.OPEN)
    assert "Ctrl+Q" in keys(A.QUIT)
    assert "F1" in keys(A.QUICK_GUIDE)


def test_tooltips_name_the_key(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    built = A.create_actions(parent)
    assert "Ctrl+O" in built[A.OPEN].toolTip()
    assert "Ctrl+0" in built[A.FIT].toolTip()
    assert "Home" in built[A.FIT].statusTip()
