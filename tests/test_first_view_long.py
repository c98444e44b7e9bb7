"""The first look at a LONG journey (issue #12.1): 13 to 16 main steps with side steps above
and below the main line. Where the whole journey cannot be read with every card full size,
the side steps' cards are short (the title alone, smaller), so at 1366x768 with both side
panels open every main step is in view with its title at 9 pt or more, and so is every side
step; zoomed in to where cards show their words, every card is full size again."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QTabBar
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from test_first_view import NINE_POINT_PX, opening, unreadable_or_hidden
from window_helpers import click_card, open_window, test_settings

DATA = Path(__file__).parent / "data"


def benchmark_journey(folder: Path, steps: int, seed: int) -> Path:
    from benchmarks.generate import write_pathway

    return write_pathway(folder / f"bench{steps}_{seed}.yaml", steps, seed=seed)


def side_cards_out_of_view(window: MainWindow) -> list[str]:
    """Side steps (and drawn copies) whose card is not wholly in view."""
    main = set(window.document.graph.main_path)
    visible = window.view.visible_scene_rect()
    return [c.step_id for c in window.scene.all_cards()
            if c.step_id not in main and not visible.contains(c.mapRectToScene(c.card_rect()))]


def side_steps(window: MainWindow) -> list[str]:
    return [s for s, row in window.document.layout.rows.items() if row != 0]


def test_fourteen_main_steps_and_twelve_side_steps_open_whole_and_readable_on_a_laptop(qtbot: QtBot, tmp_path: Path) -> None:
    # The benchmarks' journey of 26 steps: 14 main steps in 17 columns, side steps above and
    # below. With every card full size, only 10 of its main steps could be read at 1366x768.
    window = opening(qtbot, tmp_path, benchmark_journey(tmp_path, 26, 0), (1366, 768))
    assert window.care_team.isVisible() and window.details.isVisible()
    assert len(window.document.graph.main_path) == 14
    assert unreadable_or_hidden(window) == []
    assert side_cards_out_of_view(window) == []
    assert len(side_steps(window)) == 12
    # The main journey large, the side paths lighter: their cards shorter.
    scene = window.scene
    main_height = scene.card(window.document.graph.start).card_rect().height()
    for step in side_steps(window):
        assert scene.card(step).card_rect().height() < 0.7 * main_height


def test_a_short_side_card_shows_its_title_not_a_blank_block(qtbot: QtBot, tmp_path: Path) -> None:
    window = opening(qtbot, tmp_path, benchmark_journey(tmp_path, 26, 0), (1366, 768))
    zoom = window.view.zoom_level
    pathway = window.document.pathway
    for step in side_steps(window):
        card = window.scene.card(step)
        lines = card.title_lines_at(zoom)
        assert lines, step
        # Smaller than a main title, but about 7 pt or more on screen.
        assert card.title_font_at(zoom).pixelSize() * zoom >= 0.6 * NINE_POINT_PX - 0.01, step
        # Its whole title where the card has no room for it: the tooltip (and the details).
        assert pathway.step(step).title in card.toolTip()
        if lines[-1].endswith("\u2026"):
            assert " ".join(lines)[:-1].replace("- ", "").strip() in pathway.step(step).title.replace("-", "")


def test_zoomed_in_every_card_is_full_size_again_and_the_step_in_the_middle_stays(qtbot: QtBot, tmp_path: Path) -> None:
    window = opening(qtbot, tmp_path, benchmark_journey(tmp_path, 26, 0), (1366, 768))
    scene, view = window.scene, window.view
    side = side_steps(window)[0]
    short = scene.card(side).card_rect().height()
    for _ in range(3):  # further out the side cards stay short
        window.actions[A.ZOOM_OUT].trigger()
    assert scene.card(side).card_rect().height() == short
    window.actions[A.FIT].trigger()
    click_card(qtbot, window, side)  # in the middle of the view
    assert window.document.selected == side
    for _ in range(4):  # 39 % to 80 %: where a card's own words are 9 pt or more
        window.actions[A.ZOOM_IN].trigger()
    main_height = scene.card(window.document.graph.start).card_rect().height()
    assert scene.card(side).card_rect().height() == main_height > short
    assert all(card.card_rect().height() == main_height for card in scene.all_cards())
    card = scene.card(side)
    assert view.visible_scene_rect().contains(card.mapRectToScene(card.card_rect()))
    # Fit to window gives the first look again: whole, readable, the side cards short.
    window.actions[A.FIT].trigger()
    assert unreadable_or_hidden(window) == []
    assert side_cards_out_of_view(window) == []
    assert scene.card(side).card_rect().height() == short


def test_the_wheel_over_a_short_side_card_zooms_in_to_it_full_size(qtbot: QtBot, tmp_path: Path) -> None:
    window = opening(qtbot, tmp_path, benchmark_journey(tmp_path, 26, 0), (1366, 768))
    scene, view = window.scene, window.view
    # The side step furthest from the middle of the view: the pointer is on it, not there.
    middle = view.visible_scene_rect().center()
    side = max(side_steps(window), key=lambda s: (scene.card(s).sceneBoundingRect().center() - middle).manhattanLength())
    main_height = scene.card(window.document.graph.start).card_rect().height()
    assert scene.card(side).card_rect().height() < main_height
    card = scene.card(side)
    pos = view.mapFromScene(card.mapRectToScene(card.card_rect()).center())  # the pointer stays here
    for _ in range(5):  # 39 % to about 97 %
        event = QWheelEvent(
            QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(0, 0), QPoint(0, 120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
        )
        QApplication.sendEvent(view.viewport(), event)
    card = scene.card(side)
    assert card.card_rect().height() == main_height
    # The card stays under the wheel (pointer) as it zooms in and grows.
    assert card.mapRectToScene(card.card_rect()).contains(view.mapToScene(pos))


def test_the_stroke_journey_opens_whole_on_a_full_hd_screen(qtbot: QtBot, tmp_path: Path) -> None:
    # 16 main steps with long titles, 12 side steps above and below.
    window = opening(qtbot, tmp_path, DATA / "stroke_rehab.yaml", (1920, 1080))
    assert len(window.document.graph.main_path) == 16
    assert unreadable_or_hidden(window) == []
    assert side_cards_out_of_view(window) == []


def test_a_journey_that_fits_with_full_size_cards_keeps_them(qtbot: QtBot, tmp_path: Path) -> None:
    # The lymphoma journey at 1366x768 opens with its main journey whole and every card full
    # size: short side cards are only for journeys that cannot be read otherwise (the bundled
    # one now takes them, to show its side steps too).
    window = opening(qtbot, tmp_path, Path(__file__).parent / "data" / "car_t_lymphoma.yaml", (1366, 768))
    scene = window.scene
    main_height = scene.card(window.document.graph.start).card_rect().height()
    assert all(card.card_rect().height() == main_height for card in scene.all_cards())


@pytest.mark.parametrize(("name", "text_size"), [("stroke_rehab", 125), ("hip_replacement", 150)])
def test_a_journey_read_from_its_start_has_no_sideways_scroll_bar(qtbot: QtBot, tmp_path: Path, name: str, text_size: int) -> None:
    # Too long to show whole at 1366x768, it opens from its start wrapped to the window's
    # width: its rows fit across, so there is nothing to scroll to sideways (a bar of 2 and
    # of 28 px came from the scene's margin, background only, and took height from the map).
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", text_size)
    window = create_main_window(settings, DATA / f"{name}.yaml")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    view = window.view
    assert unreadable_or_hidden(window) != []  # read from its start, by scrolling down
    bar = view.horizontalScrollBar()
    assert bar.maximum() - bar.minimum() == 0
    assert not bar.isVisible()
    # Every card of the rows in view is whole across: the margin gave way, not the drawing.
    visible = view.visible_scene_rect()
    journey = window.scene.journey_rect()
    pixel = 1 / view.zoom_level  # Qt places the drawing to the whole pixel
    assert visible.left() <= journey.left() + pixel and journey.right() <= visible.right() + pixel
    start = window.scene.card(window.document.graph.start)
    assert visible.contains(start.mapRectToScene(start.card_rect()))
    # Down is where the rest of it is.
    assert view.verticalScrollBar().maximum() > 0
    # Zoomed in, the drawing has its whole margin again to scroll to.
    window.actions[A.ZOOM_IN].trigger()
    assert view.sceneRect() == window.scene.sceneRect()
    assert window.scene.sceneRect() == journey.adjusted(-40, -40, 40, 40)


def test_a_window_made_wider_after_the_margin_gave_way_shows_the_journey_in_its_middle(qtbot: QtBot, tmp_path: Path) -> None:
    # The margin gave way to fit 1366 px; the window then made wider (a screen plugged in,
    # the window maximised) held the drawing against its left edge with 550 px empty on
    # the right, until the next zoom.
    window = opening(qtbot, tmp_path, DATA / "stroke_rehab.yaml", (1366, 768))
    window.resize(1900, 1000)
    QApplication.processEvents()
    view = window.view
    visible = view.visible_scene_rect()
    journey = window.scene.journey_rect()
    left = (journey.left() - visible.left()) * view.zoom_level
    right = (visible.right() - journey.right()) * view.zoom_level
    # (The wider window also parted the panels the look had put in one column.)
    assert left > 50 and right > 50  # room on both sides, not all of it on the right
    assert abs(left - right) <= 20  # and about as much each side
    assert not view.horizontalScrollBar().isVisible()


def whole_title(lines: list[str]) -> str:
    """A title as a card draws it on lines, its words joined again where a line ends in a hyphen."""
    return "".join(line[:-1] if line.endswith("-") else line + " " for line in lines).strip()


@pytest.mark.parametrize(
    ("steps", "seed", "main_steps", "side", "below"),
    [(28, 2, 15, 13, []), (30, 3, 16, 14, ["alt_00007", "alt_00008", "alt_00009"])],
)
def test_side_steps_stacked_deep_leave_room_for_the_whole_main_journey(
    qtbot: QtBot, tmp_path: Path, steps: int, seed: int, main_steps: int, side: int, below: list[str]
) -> None:
    # Side steps up to four rows deep above and below the main line. With short side cards
    # three fifths of a main card, and the scene's whole margin kept at the sides of the fit,
    # only 9 of 15 (and 13 of 16) main steps could be read at 1366x768. A short side card is
    # now as low as two lines of its title and a click target, its rows closer, and the
    # margin at the sides gives way: the main journey opens in view with its branches (but
    # those under its last row, a scroll away).
    window = opening(qtbot, tmp_path, benchmark_journey(tmp_path, steps, seed), (1366, 768))
    assert window.care_team.isVisible() and window.details.isVisible()
    assert len(window.document.graph.main_path) == main_steps
    assert unreadable_or_hidden(window) == []
    assert len(side_steps(window)) == side
    assert sorted(side_cards_out_of_view(window)) == below
    scene = window.scene
    def card_rect(step: str) -> QRectF:
        return scene.card(step).mapRectToScene(scene.card(step).card_rect())

    last_main = max(card_rect(s).bottom() for s in window.document.graph.main_path)
    assert all(card_rect(s).top() > last_main for s in below)
    view = window.view
    assert not view.horizontalScrollBar().isVisible()
    zoom = view.zoom_level
    pathway = window.document.pathway
    for step in side_steps(window):
        card = window.scene.card(step)
        assert card.card_rect().height() * zoom >= 24  # a click target (accessible_style)
        # These titles are short enough to be shown whole, on one or two lines.
        lines = card.title_lines_at(zoom)
        assert 1 <= len(lines) <= 2 and whole_title(lines) == pathway.step(step).title, step


def test_a_long_journey_with_no_branches_opens_with_its_rows_close_together(qtbot: QtBot, tmp_path: Path) -> None:
    # 32 steps on one line, titles of three lines: too many to read whole at 1366x768. With
    # no side step nothing could be made shorter, so its rows kept the full spacing made for
    # arrow labels and side cards, and the first look showed 24 of the 32; with the columns
    # closer and the bands low, as for a journey with side steps, it shows seven rows of four.
    data = yaml.safe_load((DATA / "tiny_en.yaml").read_text(encoding="utf-8"))
    template = next(step for step in data["steps"] if step["id"] == "blood-test")
    data["steps"] = [
        {**template, "id": f"s{n}", "title": f"Step number {n} of a long journey", "timing": None}
        for n in range(32)
    ]
    data["transitions"] = [{"from": f"s{n}", "to": f"s{n + 1}"} for n in range(31)]
    path = tmp_path / "long_line.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    window = opening(qtbot, tmp_path, path, (1366, 768))
    assert window.care_team.isVisible() and window.details.isVisible()
    main = window.document.graph.main_path
    missing = unreadable_or_hidden(window)
    assert len(main) - len(missing) >= 28, missing
    assert "s0" not in missing  # from its start


def test_a_journey_too_long_to_read_whole_takes_the_panels_spare_room_if_it_shows_more(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The stroke pathway's 16 main steps cannot all be read at 1280x800: the look falls short
    # by more than the panels' left column would give, so they are not put in one column.
    # With the panels at their own widths the map showed 6; with their spare room (down to
    # the width their words need), 11.
    window = opening(qtbot, tmp_path, DATA / "stroke_rehab.yaml", (1280, 800))
    main = window.document.graph.main_path
    assert len(main) - len(unreadable_or_hidden(window)) >= 11
    assert not window.panel_columns.joined  # one column would not have shown it whole
    assert window.care_team.width() < 260 and window.details.width() < 400
    for dock in (window.care_team, window.outline, window.details):
        assert dock.isVisible() and dock.width() >= dock.minimumSizeHint().width()


def panel_tabs(window: MainWindow) -> list[str]:
    """The names on the tabs of the window's docked panels, and the one in front."""
    bars = [bar for bar in window.findChildren(QTabBar) if bar.parent() is window and bar.isVisible()]
    return [f"[{bar.tabText(i)}]" if i == bar.currentIndex() else bar.tabText(i) for bar in bars for i in range(bar.count())]


def test_a_journey_two_columns_of_panels_cannot_show_whole_opens_with_them_in_one(qtbot: QtBot, tmp_path: Path) -> None:
    # The stroke pathway's 16 main steps at 1366x768: with both columns of panels at their
    # floors the map showed 14 of them. With the care team and the outline as tabs beside
    # the step's details (one click away), it shows all 16, readable.
    window = opening(qtbot, tmp_path, DATA / "stroke_rehab.yaml", (1366, 768))
    assert unreadable_or_hidden(window) == []
    assert sorted(panel_tabs(window)) == ["Care team", "Outline", "[Step details]"]
    # Every tab's name whole, none scrolled out of the bar ("Ou" and two arrows).
    bar = next(b for b in window.findChildren(QTabBar) if b.parent() is window and b.isVisible())
    assert all(bar.rect().contains(bar.tabRect(i)) for i in range(bar.count()))
    # A journey that fits beside two columns has them back, at the app's own widths.
    assert window.open_file(DATA / "knee_surgery.yaml")
    qtbot.wait(20)
    assert panel_tabs(window) == []
    assert (window.care_team.width(), window.details.width()) == (260, 400)
    assert unreadable_or_hidden(window) == []
    # The stroke journey again: one column again; a wider window parts them.
    assert window.open_file(DATA / "stroke_rehab.yaml")
    qtbot.wait(20)
    assert sorted(panel_tabs(window)) == ["Care team", "Outline", "[Step details]"]
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: panel_tabs(window) == [])
    assert window.dockWidgetArea(window.care_team) == Qt.DockWidgetArea.LeftDockWidgetArea
    window.actions[A.FIT].trigger()
    assert unreadable_or_hidden(window) == [] and panel_tabs(window) == []


def test_a_journey_that_needs_one_column_leaves_panels_the_user_placed_alone(qtbot: QtBot, tmp_path: Path) -> None:
    settings = test_settings(tmp_path / "s.ini")
    window = open_window(qtbot, settings, DATA / "knee_surgery.yaml", (1366, 768))
    window.outline.setFloating(True)  # the user tore the outline off
    assert window.open_file(DATA / "stroke_rehab.yaml")
    qtbot.wait(20)
    assert panel_tabs(window) == [] and window.outline.isFloating()
    assert window.dockWidgetArea(window.care_team) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_the_panels_keep_their_widths_where_their_room_would_show_no_more(qtbot: QtBot, tmp_path: Path) -> None:
    # The stroke journey at 150 % text opens from its start whatever room the panels give:
    # they keep their comfortable widths, in two columns.
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", 150)
    window = open_window(qtbot, settings, DATA / "stroke_rehab.yaml", (1366, 768))
    assert unreadable_or_hidden(window) != []
    assert not window.panel_columns.joined
    assert (window.care_team.width(), window.details.width()) == (260, 400)
