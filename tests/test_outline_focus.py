"""The outline with the keyboard: focus arriving chooses nothing; the arrows choose (#12.3)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from window_helpers import open_window, test_settings


def test_tabbing_into_the_outline_chooses_nothing_and_the_first_down_chooses_the_first_line(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    window.outline.show()
    tree = window.outline.tree
    assert window.document.selected is None
    tree.setFocus(Qt.FocusReason.TabFocusReason)
    # Focus arriving changes nothing (WCAG 3.2.1): no step chosen, the details unchanged.
    assert tree.selectedItems() == []
    assert window.document.selected is None
    # The first Down chooses the line the keyboard rests on, so no line seems skipped.
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert [item.text(0) for item in tree.selectedItems()] == ["Checking if CAR-T may suit you"]
    assert window.document.selected == "evaluation"
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert [item.text(0) for item in tree.selectedItems()] == ["if not eligible, or you say no: Standard care continues"]

