"""Tab goes through a form in the order its fields stand, not the order they were made."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from window_helpers import open_window, test_settings


def tab_ring(start: QWidget) -> list[str]:
    """The named Tab stops from ``start`` on, as Qt's focus chain (what Tab follows) has them."""
    names: list[str] = []
    widget = start
    for _ in range(500):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(start.window()) and widget.objectName():
            names.append(widget.objectName())
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return names


def in_this_order(ring: list[str], *prefixes: str) -> bool:
    """Whether every stop named with each prefix comes after all those of the prefix before."""
    places = [[i for i, name in enumerate(ring) if name.startswith(p)] for p in prefixes]
    return all(places) and all(max(a) < min(b) for a, b in zip(places, places[1:]))


def test_clinic_settings_tab_from_the_top_down(qtbot: QtBot, tmp_path: Path) -> None:
    # Made in parts, it tabbed name, emergency number, the phones at the bottom, the centre's
    # questions, and only then the temperature unit and the paper size near the top.
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    dialog = window.show_clinic_settings()
    qtbot.waitExposed(dialog)
    ring = tab_ring(dialog.findChild(QWidget, "clinic_name"))
    assert in_this_order(ring, "clinic_name", "emergency_number", "temperature_unit", "paper", "choice_", "phone_",
                         "clinic_import", "clinic_export"), ring
    dialog.close()


def test_the_train_page_tabs_through_its_boxes_then_its_buttons_in_place(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    train = window.show_training()
    qtbot.waitExposed(train)
    ring = tab_ring(train.findChild(QWidget, "train_module"))
    assert in_this_order(ring, "train_module", "train_count", "train_seed", "train_pass_mark", "train_start_quiz",
                         "train_scenario", "train_start_scenario"), ring
    assert "train_setup_scroll" not in ring  # a page that scrolls is not a stop of its own
    train.close()
