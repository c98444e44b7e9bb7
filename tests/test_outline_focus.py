"""The outline with the keyboard: the line it starts on is shown as chosen (#12.3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from window_helpers import open_window, test_settings


def test_tabbing_into_the_outline_marks_the_first_line_and_down_goes_to_the_next(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    window.outline.show()
    tree = window.outline.tree
    assert window.document.selected is None
    tree.setFocus(Qt.FocusReason.TabFocusReason)
    # The step the keyboard is on is the one shown chosen: no step chosen unseen.
    assert [item.text(0) for item in tree.selectedItems()] == ["Checking if CAR-T may suit you"]
    assert window.document.selected == "evaluation"
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert [item.text(0) for item in tree.selectedItems()] == ["if not eligible, or you say no: Standard care continues"]
