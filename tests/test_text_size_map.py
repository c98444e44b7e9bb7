"""View > Text size while the app runs, on the journey map: a map the user has not moved
since its first look looks as a fresh start at the new size does (issue #12: it kept the
zoom of the old size, so at 200 % the first look of 100 % showed a few cut-off cards); a map
they zoomed or panned keeps their zoom and the step they were looking at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pathway_viewer.core.settings import AppSettings
from pathway_viewer.window import actions as A
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window

DATA = Path(__file__).parent / "data"
STROKE = DATA / "stroke_rehab.yaml"  # 16 main steps, long titles: a journey read by scrolling


def _settings(folder: Path, text_size: int) -> AppSettings:
    folder.mkdir(parents=True, exist_ok=True)
    settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    settings.set("view/text_size", text_size)
    return settings


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _look(window: MainWindow) -> tuple[float, list[str]]:
    """The map's zoom and the steps whose cards are wholly in view."""
    view = window.view
    visible = view.visible_scene_rect()
    shown = sorted(s for s in window.scene.step_ids() if visible.contains(view.step_scene_rect(s)))
    return round(view.zoom_level, 4), shown


def _fresh_look(qtbot: QtBot, folder: Path, text_size: int, path: Path, size: tuple[int, int]) -> tuple[float, list[str]]:
    """The first look of a window started at ``text_size`` (sized before it is shown, as a
    restored window is)."""
    fresh = create_main_window(_settings(folder, text_size), path)
    qtbot.addWidget(fresh)
    fresh.resize(*size)
    fresh.show()
    qtbot.waitExposed(fresh)
    _settle()
    look = _look(fresh)
    fresh.close()
    return look


def _central_step(window: MainWindow) -> str:
    """The step whose card is nearest the drawing's middle: one the view can be centred on
    (a card at the drawing's edge stays off centre however far the map is scrolled)."""
    centre = window.scene.journey_rect().center()

    def distance(step: str) -> float:
        offset = window.view.step_scene_rect(step).center() - centre
        return offset.x() ** 2 + offset.y() ** 2

    return min(window.scene.step_ids(), key=distance)


def _middle_step(window: MainWindow) -> str:
    """The step whose card is at the view's middle, or nearest it: a journey narrower than
    the view stands centred in it, its middle perhaps between two columns of cards."""
    middle = window.view.visible_scene_rect().center()

    def distance(step: str) -> float:
        card = window.view.step_scene_rect(step)
        dx = max(card.left() - middle.x(), 0.0, middle.x() - card.right())
        dy = max(card.top() - middle.y(), 0.0, middle.y() - card.bottom())
        return dx * dx + dy * dy

    return min(window.scene.step_ids(), key=distance)


def test_an_unmoved_map_looks_as_a_fresh_start_at_each_text_size(qtbot: QtBot, tmp_path: Path) -> None:
    for path, size in ((None, (1366, 768)), (STROKE, (1024, 700))):
        live = create_main_window(_settings(tmp_path / "live", 100), path)
        qtbot.addWidget(live)
        live.resize(*size)
        live.show()
        qtbot.waitExposed(live)
        _settle()
        assert _look(live) == _fresh_look(qtbot, tmp_path / "fresh100", 100, path, size)
        for text_size in (200, 150, 100):
            live.actions[A.TEXT_SIZE_ACTIONS[text_size]].trigger()
            _settle()
            fresh = _fresh_look(qtbot, tmp_path / f"fresh{text_size}-{size[0]}", text_size, path, size)
            assert _look(live) == fresh, (path, text_size)
        live.close()


def test_after_a_text_size_change_home_is_still_the_first_look(qtbot: QtBot, tmp_path: Path) -> None:
    live = open_window(qtbot, _settings(tmp_path / "live", 100), STROKE)
    live.resize(1024, 700)
    _settle()
    live.view.fit()
    live.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()
    _settle()
    zoom_at_200, shown_at_200 = _look(live)
    assert shown_at_200  # the journey's start, readable
    live.actions[A.ZOOM_IN].trigger()
    assert _look(live)[0] > zoom_at_200
    qtbot.keyClick(live.view, Qt.Key.Key_Home)
    assert _look(live) == (zoom_at_200, shown_at_200)


def test_a_map_zoomed_in_keeps_its_zoom_and_the_step_in_the_middle(qtbot: QtBot, tmp_path: Path) -> None:
    # Sized before it is shown, as a restored window is: the first look is made for 1366 px
    # (a window resized after its first look keeps the rows it was wrapped into).
    live = create_main_window(_settings(tmp_path / "live", 100), STROKE)
    qtbot.addWidget(live)
    live.resize(1366, 768)
    live.show()
    qtbot.waitExposed(live)
    _settle()
    step = _central_step(live)
    live.view.centerOn(live.scene.card(step))
    live.actions[A.ZOOM_IN].trigger()
    live.actions[A.ZOOM_IN].trigger()
    zoom = live.view.zoom_level
    assert _middle_step(live) == step
    for text_size in (200, 150, 100):
        live.actions[A.TEXT_SIZE_ACTIONS[text_size]].trigger()
        _settle()
        assert live.view.zoom_level == zoom  # the user's zoom, not a first look
        assert _middle_step(live) == step, text_size


def test_a_map_scrolled_by_its_scroll_bar_keeps_its_place(qtbot: QtBot, tmp_path: Path) -> None:
    live = open_window(qtbot, _settings(tmp_path / "live", 100), STROKE)
    live.resize(1024, 700)
    _settle()
    live.view.fit()
    first_zoom = live.view.zoom_level
    live.view.centerOn(live.scene.card(_central_step(live)))  # as the search or a selection brings it in view
    bar = live.view.verticalScrollBar()
    before = bar.value()
    # One click on the scroll bar's lower arrow: the user moved the map.
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(bar.width() // 2, bar.height() - 4))
    assert bar.value() > before
    step = _middle_step(live)  # where the user left the map
    live.actions[A.TEXT_SIZE_ACTIONS[150]].trigger()
    _settle()
    assert live.view.zoom_level == first_zoom  # the user's place: not the first look of 150 %
    assert _middle_step(live) == step


def test_a_text_size_chosen_on_the_timeline_gives_the_map_its_first_look_when_shown(qtbot: QtBot, tmp_path: Path) -> None:
    live = create_main_window(_settings(tmp_path / "live", 100), None)
    qtbot.addWidget(live)
    live.resize(1366, 768)
    live.show()
    qtbot.waitExposed(live)
    _settle()
    qtbot.keyClick(live, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # the timeline
    assert live.view_mode() == "timeline"
    live.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()
    _settle()
    panels = (live.care_team.width(), live.details.width())
    qtbot.keyClick(live, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)  # back to the map
    _settle()
    assert live.view_mode() == "journey"
    assert _look(live) == _fresh_look(qtbot, tmp_path / "fresh", 200, None, (1366, 768))
    assert (live.care_team.width(), live.details.width()) == panels  # the bundled journey needs no room


def test_a_keyboard_users_chosen_step_stays_in_view_after_a_text_size_change(qtbot: QtBot, tmp_path: Path) -> None:
    # The reviewer walked the stroke map with the Right key to "Planning your discharge"
    # (the view following the selection), then chose 150 %: the first look came back and
    # the focused step was off screen.
    live = open_window(qtbot, _settings(tmp_path / "live", 100), STROKE)
    live.resize(1366, 768)
    _settle()
    live.view.setFocus()
    live.document.select("arrival")
    while live.document.selected != "discharge-plan":
        qtbot.keyClick(live.view, Qt.Key.Key_Right)
    assert "discharge-plan" in _look(live)[1]
    live.actions[A.TEXT_SIZE_ACTIONS[150]].trigger()
    _settle()
    assert "discharge-plan" in _look(live)[1]
