"""At a large text size on a small window the side panels stand in one column, as tabs, so
the journey keeps at least half the window instead of a sliver between two columns."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QTabBar
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

SMALL = (1024, 700)
LARGE = (1920, 1080)


# A journey that opens whole beside two columns of panels wherever they leave it half the
# window: the longer bundled one may ask for one column of its own (test_first_view_long).
KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"


def start(qtbot: QtBot, tmp_path: Path, text_size: int, size: tuple[int, int], path: Path | None = None) -> MainWindow:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", text_size)
    return open_window(qtbot, settings, path, size)


def panel_tabs(window: MainWindow) -> list[str]:
    """The names on the tabs of the window's docked panels (none while each has a place)."""
    return [bar.tabText(i) for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.isVisible()
            for i in range(bar.count())]


def map_share(window: MainWindow) -> float:
    return window.view.width() / window.width()


def test_large_text_on_a_small_window_puts_the_panels_in_one_column_of_tabs(qtbot: QtBot, tmp_path: Path) -> None:
    window = start(qtbot, tmp_path, 200, SMALL)
    assert sorted(panel_tabs(window)) == sorted(["Step details", "Care team", "Outline"])
    assert map_share(window) >= 0.5
    assert window.details.isVisible()  # the step's details stay in view
    # Every name whole: an elided tab ("Ou...") names nothing.
    bar = next(b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible())
    assert bar.elideMode() == Qt.TextElideMode.ElideNone
    # The care team is one click away and works as before.
    index = [bar.tabText(i) for i in range(bar.count())].index("Care team")
    seen = bar.tabRect(index).intersected(bar.rect())  # a tab partly scrolled out is clicked where seen
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=seen.center())
    qtbot.waitUntil(window.care_team.isVisible)
    window.care_team.list.setCurrentRow(1)
    assert window.document.role is not None


def test_two_columns_stay_when_the_journey_keeps_half_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    for text_size, size in ((100, SMALL), (200, LARGE)):
        window = start(qtbot, tmp_path / str(text_size), text_size, size, KNEE)
        assert panel_tabs(window) == []
        assert window.dockWidgetArea(window.care_team) == Qt.DockWidgetArea.LeftDockWidgetArea
        assert window.dockWidgetArea(window.details) == Qt.DockWidgetArea.RightDockWidgetArea
        window.close()


def test_the_columns_follow_a_text_size_change_both_ways(qtbot: QtBot, tmp_path: Path) -> None:
    window = start(qtbot, tmp_path, 100, SMALL, KNEE)
    two_columns_share = map_share(window)
    window.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()
    qtbot.waitUntil(lambda: panel_tabs(window) != [])
    assert map_share(window) >= 0.5
    window.actions[A.TEXT_SIZE_ACTIONS[100]].trigger()
    qtbot.waitUntil(lambda: panel_tabs(window) == [])
    assert window.dockWidgetArea(window.care_team) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert window.dockWidgetArea(window.outline) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert abs(map_share(window) - two_columns_share) < 0.02


def test_panels_the_user_placed_are_left_where_they_are(qtbot: QtBot, tmp_path: Path) -> None:
    window = start(qtbot, tmp_path, 100, SMALL, KNEE)
    window.outline.setFloating(True)  # the user tore the outline off
    window.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()
    qtbot.wait(50)
    assert panel_tabs(window) == []
    assert window.outline.isFloating()
    assert window.dockWidgetArea(window.care_team) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_at_double_text_the_audience_and_the_dates_stay_on_the_toolbar(qtbot: QtBot, tmp_path: Path) -> None:
    # The zoom commands stood before them and pushed them behind ">>" at 200 % on a laptop;
    # the zoom commands are also in the View menu and on the keys.
    window = start(qtbot, tmp_path, 200, (1366, 768))
    bar = window.toolbar
    for action_id in (A.AUDIENCE_PATIENT, A.AUDIENCE_CLINICIAN, A.SET_DATES):
        button = bar.widgetForAction(window.actions[action_id])
        assert button is not None and button.isVisible(), action_id
        assert bar.rect().contains(button.geometry()), action_id


def test_tab_never_goes_to_a_panel_behind_another_s_tab(qtbot: QtBot, tmp_path: Path) -> None:
    # Qt keeps a panel behind a tab "visible", moved off the window: the keyboard went there unseen.
    window = start(qtbot, tmp_path, 200, SMALL)
    assert window.panel_columns.joined
    window.activateWindow()
    window.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    seen: list[str] = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        assert focused is not None
        seen.append(focused.objectName())
        assert window.rect().intersects(QRect(focused.mapTo(window, QPoint(0, 0)), focused.size())), seen
        if focused is window.view:
            break
    assert focused is window.view, seen  # round the window and back, no trap
    assert window.details.isAncestorOf(window.details.browser) and "details" in " ".join(seen), seen


def test_the_panel_tabs_are_reached_by_tab_and_switched_by_the_arrow_keys(qtbot: QtBot, tmp_path: Path) -> None:
    window = start(qtbot, tmp_path, 200, SMALL)
    window.activateWindow()
    window.view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.view)
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)
    bar = QApplication.focusWidget()
    assert isinstance(bar, QTabBar) and bar.tabText(bar.currentIndex()) == "Step details"  # the tabs, then their page
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: bar.tabText(bar.currentIndex()) == "Care team")
    qtbot.keyClick(bar, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.care_team.list  # the page now in front
