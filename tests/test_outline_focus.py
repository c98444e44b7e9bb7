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



def test_the_outline_shows_it_has_the_keyboard_by_a_clear_frame(qtbot: QtBot, tmp_path: Path) -> None:
    # Focus arriving chooses no line now, so the frame is the sign that Tab landed here.
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    window.outline.show()
    tree = window.outline.tree
    ring = window.theme.selection_color

    def frame_width() -> int:
        image = tree.viewport().grab().toImage()
        middle = image.height() // 2
        return sum(abs(image.pixelColor(x, middle).red() - ring.red()) + abs(image.pixelColor(x, middle).green() - ring.green())
                   + abs(image.pixelColor(x, middle).blue() - ring.blue()) < 60 for x in range(6))

    window.view.setFocus()
    assert frame_width() == 0
    tree.setFocus(Qt.FocusReason.TabFocusReason)
    assert frame_width() >= 2


def test_space_chooses_the_line_the_keyboard_rests_on(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    window.outline.show()
    tree = window.outline.tree
    tree.setFocus(Qt.FocusReason.TabFocusReason)
    assert window.document.selected is None
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    assert window.document.selected == "evaluation"
    assert [item.text(0) for item in tree.selectedItems()] == ["Checking if CAR-T may suit you"]


def test_choosing_a_main_step_anywhere_shows_its_own_line_in_the_outline(qtbot: QtBot, tmp_path: Path) -> None:
    # A side path that rejoins the journey names the step it leads to on a line of its own,
    # above that step's own line: choosing "lymphodepletion" on the map marked such a line,
    # deep under another step, and scrolled the reader there.
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    window.outline.show()
    tree = window.outline.tree
    graph = window.document.graph
    assert graph is not None
    for step_id in graph.main_path:
        window.document.select(step_id)
        line = tree.currentItem()
        assert line is not None and window.outline.current_step() == step_id
        assert line.parent() is None, f"{step_id}: marked {line.text(0)!r}, under {line.parent().text(0)!r}"


def test_choosing_a_side_step_shows_its_full_line_not_a_repeat_higher_up(qtbot: QtBot, tmp_path: Path) -> None:
    # Fever care listed in full deep under "Usual care continues", and as a short repeat one
    # level higher under "Close watch": the repeat was marked, a line with nothing under it.
    import yaml

    data = yaml.safe_load((Path(__file__).parent / "data" / "small.yaml").read_text(encoding="utf-8"))
    data["transitions"].append({"from": "not-eligible", "to": "fever-care", "kind": "alternative", "label": "a fever"})
    path = tmp_path / "small_more.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), path)
    window.outline.show()
    window.document.select("fever-care")
    line = window.outline.tree.currentItem()
    assert line is not None and window.outline.current_step() == "fever-care"
    assert line.childCount() > 0, f"marked {line.text(0)!r}, a repeat line"
