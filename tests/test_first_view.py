"""The first look at a journey (issue #12.1): at common screen sizes, with both side panels
open, the opening view shows every main-journey title at 9 pt or more where the journey
allows it, wrapped into rows to fit the window, and a too-long journey opens from its start
at a readable size; zoomed out, cards show their title large rather than going blank."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from pathway_viewer.journey.items import StepCard
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from pathway_files import generate_pathway, to_yaml
from pathway_viewer.window.app import create_main_window
from window_helpers import click_card, first_look_at_double_scale, test_settings

DATA = Path(__file__).parent / "data"
KNEE = DATA / "knee_surgery.yaml"
LYMPHOMA = DATA / "car_t_lymphoma.yaml"
NINE_POINT_PX = 12.0  # 9 pt at 96 logical dpi


def long_pathway(folder: Path, main_steps: int = 14) -> Path:
    """A main journey of ``main_steps`` steps (longer than the bundled one's 10), two side
    paths and a way back: far wider than any window on one line."""
    data = generate_pathway(main_steps + 2, seed=3, loop_backs=0)
    ids = [step["id"] for step in data["steps"]]
    main = ids[:main_steps]
    data["transitions"] = [{"from": a, "to": b} for a, b in zip(main, main[1:])] + [
        {"from": main[2], "to": ids[-2], "kind": "alternative", "label": "if the test shows a problem"},
        {"from": ids[-2], "to": main[3], "kind": "alternative", "label": "when it is fixed"},
        {"from": main[8], "to": ids[-1], "kind": "alternative", "label": "if you feel unwell"},
        {"from": main[-1], "to": main[5], "kind": "loop_back", "label": "if it comes back"},
    ]
    path = folder / f"long{main_steps}.yaml"
    path.write_text(to_yaml(data), encoding="utf-8")
    return path


# Where a step is, or who is with you: each generated title made longer by one of these.
LONGER = ["at the treatment centre", "with your care team", "before the next step", "in the day unit",
          "and what comes after", "at home with support"]


def long_titled_pathway(folder: Path, steps: int) -> Path:
    """A journey from the benchmarks' generator ("Recovering after the infusion plan") with
    every title made longer ("... at the treatment centre"): titles of 30 to 60 characters."""
    from benchmarks.generate import generate_pathway as generate_like_the_bundled

    data = generate_like_the_bundled(steps)
    for i, step in enumerate(data["steps"]):
        step["title"] = f"{step['title']} {LONGER[i % len(LONGER)]}"
    path = folder / f"long_titles{steps}.yaml"
    path.write_text(to_yaml(data), encoding="utf-8")
    return path


def opening(qtbot: QtBot, tmp_path: Path, path: Path | None, size: tuple[int, int]) -> MainWindow:
    """The window as it first opens at ``size``."""
    window = create_main_window(test_settings(tmp_path / "s.ini"), path)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def unreadable_or_hidden(window: MainWindow) -> list[str]:
    """Main-journey steps whose card is not wholly in view or whose title is under 9 pt."""
    view, scene = window.view, window.scene
    visible = view.visible_scene_rect()
    zoom = view.zoom_level
    out = []
    for step_id in window.document.graph.main_path:
        card = scene.card(step_id)
        font_px = card.title_font_at(zoom).pixelSize() * zoom
        if not visible.contains(card.mapRectToScene(card.card_rect())) or font_px < NINE_POINT_PX - 0.01:
            out.append(step_id)
    return out


def one_long_title(folder: Path) -> Path:
    """A clinic's hip pathway where one main step's title runs to 139 characters: it held
    every card tall and the first look at 52 %, 9 of 16 main steps in view."""
    text = (DATA / "hip_replacement.yaml").read_text(encoding="utf-8")
    old = "    title: Hip school class\n"
    assert text.count(old) == 1
    path = folder / "one_long_title.yaml"
    path.write_text(text.replace(old, f"    title: {ONE_LONG_TITLE}\n"), encoding="utf-8")
    return path


ONE_LONG_TITLE = ("Hip school class with the physiotherapist, the occupational therapist and the ward nurse, "
                  "and a visit to the ward before your operation day")


def pathway_path(which: str, folder: Path) -> Path | None:
    """The bundled CAR-T journey (None), two clinics' pathways of other diseases, and
    generated main journeys of 14 and 18 steps, and a pathway with one very long title."""
    return {
        "bundled": lambda: None,
        "knee": lambda: KNEE,
        "ahsct": lambda: DATA / "ahsct_ms.yaml",
        "long": lambda: long_pathway(folder),
        "longer": lambda: long_pathway(folder, 18),
        "one-long-title": lambda: one_long_title(folder),
    }[which]()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("which", ["bundled", "knee", "ahsct", "long", "longer", "one-long-title"])
def test_whole_main_journey_is_readable_at_first_sight(qtbot: QtBot, tmp_path: Path, size: tuple[int, int], which: str) -> None:
    window = opening(qtbot, tmp_path, pathway_path(which, tmp_path), size)
    assert window.care_team.isVisible() and window.details.isVisible()  # both panels open
    assert unreadable_or_hidden(window) == []
    assert window.scene.columns_per_row is not None  # wrapped into rows to fit
    if which == "one-long-title":
        # Shortened zoomed out, at the size every title reads at; whole where it is read in full.
        card = window.scene.card("hip-school")
        lines = card.title_lines_at(window.view.zoom_level)
        assert lines[-1].endswith("\u2026") and " ".join(lines).startswith("Hip school class with the")
        assert " ".join(card.title_lines) == ONE_LONG_TITLE  # zoomed in, the card holds it all


@pytest.mark.parametrize("percent", [100, 150, 200])
def test_larger_text_opens_the_map_with_titles_larger_in_step(qtbot: QtBot, tmp_path: Path, percent: int) -> None:
    # View > Text size is for people who need larger text: the map's first look keeps its
    # titles at 9 pt times the text size (13.5 pt at 150 %, 18 at 200), showing fewer cards
    # larger, from the start of the journey, rather than zooming out to the same 9 pt as at
    # 100 %. The numbers of cut-short paths are made for that zoom too.
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", percent)
    window = create_main_window(settings, None)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    zoom, visible = window.view.zoom_level, window.view.visible_scene_rect()
    floor = NINE_POINT_PX * percent / 100
    main = window.document.graph.main_path
    shown = [s for s in main if visible.contains(window.scene.card(s).mapRectToScene(window.scene.card(s).card_rect()))]
    assert shown[:2] == main[:2]  # it opens at the start
    for step in shown:
        assert window.scene.card(step).title_font_at(zoom).pixelSize() * zoom >= floor - 0.01, step
    marked = [a for a in window.scene.arrows() if a.mark is not None]
    for arrow in marked:
        assert arrow.badge_font_at(zoom).pixelSize() * zoom >= floor - 0.5


def test_the_bundled_journey_opens_with_its_nine_main_steps_in_two_rows_on_a_laptop(qtbot: QtBot, tmp_path: Path) -> None:
    # Two rows of short side cards, the side panels a little narrower: the whole journey, its
    # side steps too (three rows of full-size cards left six of them a scroll away).
    window = opening(qtbot, tmp_path, None, (1366, 768))
    main = window.document.graph.main_path
    assert len(main) == 9
    rows = sorted({round(window.scene.card(s).scenePos().y()) for s in main})
    assert len(rows) == 2
    # Every branch leaves its main step in view: where it starts, the line is on screen.
    visible = window.view.visible_scene_rect()
    leaving = [t for t in window.document.pathway.transitions if t.from_ in main and t.kind.value != "main"]
    assert len(leaving) == 15  # counted in resources/pathways/car_t_sle.yaml
    for t in leaving:
        arrow = window.scene.arrow(t.from_, t.to)
        assert visible.contains(arrow.mapToScene(arrow.path().pointAtPercent(0))), (t.from_, t.to)


def test_a_way_back_to_an_earlier_row_is_cut_short_with_its_number_at_both_ends(qtbot: QtBot, tmp_path: Path) -> None:
    # A tall arc from the last row back to the first took most of the window's height:
    # it is now a stub at each end, both marked with one number, readable at the opening zoom.
    window = opening(qtbot, tmp_path, None, (1366, 768))
    scene, zoom = window.scene, window.view.zoom_level
    arrow = scene.arrow("follow_up", "evaluation")
    assert arrow.mark is not None
    # Its words stand by the stub where it leaves (drawn once they reach 9 pt, zoomed in)...
    leaving = scene.card("follow_up").mapRectToScene(scene.card("follow_up").card_rect())
    assert leaving.adjusted(-250, -250, 250, 250).contains(arrow.label_rect())
    assert painted_pixels(arrow.label_item, zoom) == 0 and painted_pixels(arrow.label_item, 1.0) > 100
    assert arrow.toolTip() == (  # ...and its tooltip gives them, with where the line goes on
        "From \u201cFollow-up visits\u201d to \u201cChecking if CAR-T may suit you\u201d: if lupus comes back (relapse)."
        " The line breaks here and goes on at the other number 4."
    )
    assert arrow.mark == 4
    near_source, near_target = arrow.badge_rects()
    source = scene.card("follow_up").mapRectToScene(scene.card("follow_up").card_rect())
    target = scene.card("evaluation").mapRectToScene(scene.card("evaluation").card_rect())
    assert source.adjusted(-150, -150, 150, 150).contains(near_source)
    assert target.adjusted(-150, -150, 150, 150).contains(near_target)
    assert window.view.visible_scene_rect().contains(near_source) and window.view.visible_scene_rect().contains(near_target)
    assert arrow.badge_font_at(zoom).pixelSize() * zoom >= NINE_POINT_PX - 0.01
    assert arrow.badge_font_at(zoom).pixelSize() <= near_source.height()
    # The main journey itself is never cut: its arrow from one row to the next is one line.
    down = scene.arrow("manufacturing", "lymphodepletion")
    assert down.mark is None and down.badge_rects() == []
    # Marks are numbered 1, 2, 3... each used by one arrow.
    marks = sorted(a.mark for a in scene.arrows() if a.mark is not None)
    assert marks == list(range(1, len(marks) + 1))


def scene_gap(a: QRectF, b: QRectF) -> float:
    """The shortest distance between two rects (0 where they touch or overlap)."""
    dx = max(b.left() - a.right(), a.left() - b.right(), 0.0)
    dy = max(b.top() - a.bottom(), a.top() - b.bottom(), 0.0)
    return math.hypot(dx, dy)


# (pathway, window size, at least this many cut-short lines): sizes where each journey,
# wrapped, cuts some lines short (counted on the first look when these tests were written).
# Lymphoma and AHSCT at 960 wide: one column a row, the most cut lines (at 1024 they now
# open two columns a row, since their arrows' labels stay within the drawing). Lymphoma at
# 1280x800: at 720 high the map now has the banner's second line too, and its rows cut none;
# at 680 high its side cards are short, and its rows cut none either.
CROWDED = [
    # (lymphoma at 1280x800 and the long-titled 18 at 1366x768 now open whole, with short
    # side cards and no stubs; ahsct at 960x768 opens its main journey whole, two a row)
    # (the bundled journey at 1366x768 and lymphoma at 1152x800 now open whole: a side path's
    # dive under its row is cut short too, and the side panels give a little room)
    ("bundled", (1366, 768), 7), ("bundled", (1920, 1080), 11),
    # (at 960 px two columns of panels left the map 300 px and cut 12 lymphoma arrows short;
    # the panels now stand in one column there, and fewer arrows are cut)
    # (at 800x600 the panels now give the lymphoma map their spare room: two arrows cut)
    ("lymphoma", (800, 600), 2), ("ahsct", (860, 768), 3),
    ("longer", (1366, 768), 1), ("longer", (1024, 768), 1), ("bundled", (1600, 900), 6),
    ("right to left", (1024, 768), 8),  # its side steps' cards short (at 1280x720 it now opens in two rows)
]


def right_to_left_phases(folder: Path) -> Path:
    """A journey of 42 steps with two ways back, its phases named in Arabic (the names in
    tests/data/lupus_short_ar.yaml): each name stands above a zoomed-out card ending at its
    right edge."""
    import yaml

    names = [phase["title"] for phase in yaml.safe_load((DATA / "lupus_short_ar.yaml").read_text(encoding="utf-8"))["phases"]]
    data = generate_pathway(42, seed=3, loop_backs=2, branches=0.0)
    for i, phase in enumerate(data["phases"]):
        phase["title"] = names[i % len(names)]
    path = folder / "right_to_left_phases.yaml"
    path.write_text(to_yaml(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("which", "size", "least"), CROWDED)
def test_numbered_badges_stand_clear_of_each_other_and_of_every_other_line(
    qtbot: QtBot, tmp_path: Path, which: str, size: tuple[int, int], least: int
) -> None:
    # The numbers are how a reader joins the two ends of a cut-short line: two touching
    # numbers read as one ("9" beside "8" as "98"), and a line drawn through a number makes
    # it hard to read, whether the line is whole or another cut-short line's stub.
    from pathway_viewer.journey.arrows import ArrowItem

    if which == "right to left":
        path = right_to_left_phases(tmp_path)
    else:
        path = LYMPHOMA if which == "lymphoma" else pathway_path(which, tmp_path)
    window = opening(qtbot, tmp_path, path, size)
    scene = window.scene
    marked = [a for a in scene.arrows() if a.mark is not None]
    assert len(marked) >= least
    badges = [(arrow, badge) for arrow in marked for badge in arrow.badge_rects()]
    for i, (arrow, badge) in enumerate(badges):
        for other, other_badge in badges[i + 1:]:
            assert scene_gap(badge, other_badge) >= 4, (arrow.mark, other.mark)
        inside = badge.adjusted(2, 2, -2, -2)
        crossing = [item.key for item in scene.items(inside, Qt.ItemSelectionMode.IntersectsItemShape)
                    if isinstance(item, ArrowItem) and item is not arrow]
        assert crossing == [], (arrow.mark, crossing)
        for card in scene.items(inside):
            assert not isinstance(card, StepCard) or not card.mapRectToScene(card.card_rect()).intersects(badge), (arrow.mark, card.step_id)
    # Nor on the words of a phase's name above a card (drawn there zoomed out).
    zoom = window.view.zoom_level
    for card in scene.all_cards():
        caption = card.caption_at(zoom)
        if caption is None:
            continue
        width = QFontMetricsF(caption[0]).horizontalAdvance(caption[1])
        if which == "right to left":  # the name ends at the card's right edge
            corner = card.mapToScene(card.card_rect().topRight()) - QPointF(width, 0)
        else:
            corner = card.mapToScene(card.card_rect().topLeft())
        words = QRectF(corner.x(), corner.y() - 40, width, 40)
        assert [a.mark for a, b in badges if b.intersects(words)] == [], card.step_id
    # Each number stays by the card its stub leaves, so the reader sees whose it is: within
    # 140 of it, or 200 where a crowd of lines leaves no free place nearer (the bundled
    # journey's "Treating CRS" at 1600x900).
    for arrow in marked:
        for step_id, badge in zip(arrow.key, arrow.badge_rects()):
            cards = [scene.card(step_id), *scene.copies(step_id)]
            assert any(c.mapRectToScene(c.card_rect()).adjusted(-200, -200, 200, 200).contains(badge) for c in cards), (arrow.mark, step_id)


def test_on_a_full_hd_screen_every_number_is_in_the_opening_view(qtbot: QtBot, tmp_path: Path) -> None:
    window = opening(qtbot, tmp_path, None, (1920, 1080))
    visible = window.view.visible_scene_rect()
    badges = [badge for arrow in window.scene.arrows() for badge in arrow.badge_rects()]
    assert len(badges) == 22  # 11 lines cut short, a number at each end
    assert [b for b in badges if not visible.contains(b)] == []


def test_on_a_full_hd_screen_the_legend_stands_beside_the_short_last_row_readable(qtbot: QtBot, tmp_path: Path) -> None:
    # Drawn at its own size it was about 4 pt at the opening zoom; below the drawing, drawn
    # larger, it would have made every card smaller. The last row is short: it stands there.
    from pathway_viewer.journey.arrows import ArrowItem

    window = opening(qtbot, tmp_path, None, (1920, 1080))
    scene, zoom = window.scene, window.view.zoom_level
    legend = scene.legend()
    rect = legend.sceneBoundingRect()
    assert window.view.visible_scene_rect().contains(rect)
    assert legend.font_px() * legend.scale() * zoom >= NINE_POINT_PX - 0.01
    # Right of the last row's first cards, and no lower than its lowest card or number.
    assert rect.left() > scene.card("long_term_follow_up").sceneBoundingRect().right()
    lowest = max([c.sceneBoundingRect().bottom() for c in scene.all_cards()] + [b.bottom() for a in scene.arrows() for b in a.badge_rects()])
    assert rect.bottom() <= lowest + 4  # the drawing ends there, give or take a line's width
    covered = [item for item in scene.items(rect) if isinstance(item, (StepCard, ArrowItem)) and item.shape().intersects(item.mapFromScene(rect).boundingRect())]
    assert covered == []
    assert [b for a in scene.arrows() for b in a.badge_rects() if b.intersects(rect)] == []


def test_a_label_too_small_to_read_is_left_out_and_kept_in_the_tooltip(qtbot: QtBot, tmp_path: Path) -> None:
    window = opening(qtbot, tmp_path, None, (1366, 768))
    zoom = window.view.zoom_level
    assert zoom < 0.5
    arrow = window.scene.arrow("evaluation", "standard_care")
    assert arrow.mark is None and arrow.label_item.isVisible()
    assert arrow.toolTip() == "From \u201cChecking if CAR-T may suit you\u201d to \u201cStandard care continues\u201d: not eligible, or you say no"
    assert painted_pixels(arrow.label_item, zoom) == 0  # about 5 pt here: not drawn
    assert painted_pixels(arrow.label_item, 1.0) > 100  # 9 pt at full size: drawn


def test_zoomed_out_cards_name_their_phase_in_words(qtbot: QtBot, tmp_path: Path) -> None:
    window = opening(qtbot, tmp_path, None, (1366, 768))
    zoom = window.view.zoom_level
    card = window.scene.card("leukapheresis")
    font, text = card.caption_at(zoom)
    assert text == "Collecting your cells"
    assert font.pixelSize() * zoom >= NINE_POINT_PX - 0.01
    # The longest phase name of the bundled journey is made a little smaller, and cut (with
    # "…") only where even that does not fit (the whole journey opens a little further out).
    font, text = window.scene.card("lymphodepletion").caption_at(zoom)
    assert text == "Chemotherapy before the cells" or (text.endswith("\u2026") and len(text) > 20)
    assert font.pixelSize() * zoom >= 0.8 * NINE_POINT_PX - 0.5
    # Drawn above the card zoomed out; at full size the card's own band names the phase.
    assert painted_pixels(card, zoom, above=True) > 50
    assert card.caption_at(1.0) is None
    assert painted_pixels(card, 1.0, above=True) == 0
    # Further out, where even the large title no longer fits its card, the phase is still
    # named in words above it (the colour strip is never the only sign).
    far = 0.26
    assert card.title_font_at(far).pixelSize() == card.title_font_at(1.0).pixelSize()  # no large title here
    font, text = card.caption_at(far)
    assert text == "Collecting your cells"
    assert painted_pixels(card, far, above=True) > 20


def painted_pixels(item: QGraphicsItem, scale: float, *, above: bool = False) -> int:
    """How many pixels ``item`` paints at ``scale`` (only those above its top edge, with
    ``above``: where a card's phase name goes)."""
    rect = item.boundingRect()
    image = QImage(math.ceil(rect.width() * scale) + 2, math.ceil(rect.height() * scale) + 2, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.scale(scale, scale)
    painter.translate(-rect.left(), -rect.top())
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    rows = range(math.floor(-rect.top() * scale)) if above else range(image.height())
    return sum(1 for y in rows for x in range(image.width()) if image.pixelColor(x, y).alpha() > 0)


def side_steps_above_and_below(folder: Path, steps: int = 30, seed: int = 2) -> Path:
    """The benchmarks' journey of 30 steps, seed 2: 16 main steps with side steps above and
    below the main line, so its rows are tall."""
    from benchmarks.generate import write_pathway

    return write_pathway(folder / f"seed{seed}.yaml", steps, seed=seed)


@pytest.mark.parametrize(("which", "size"), [("tall rows", (1024, 768)), ("stroke", (1024, 768))])
def test_a_journey_too_big_for_the_window_opens_readable_from_its_start(
    qtbot: QtBot, tmp_path: Path, which: str, size: tuple[int, int]
) -> None:
    # 16 main steps in rows made tall by their side steps (as few rows as fit the height are
    # far wider than the window, even with the panels narrowed or in one column and the side
    # cards short), or the stroke journey's 16 main steps on a 1024-wide window, cannot all
    # be read at once: the journey opens from its start at the smallest readable size.
    path = DATA / "stroke_rehab.yaml" if which == "stroke" else side_steps_above_and_below(tmp_path)
    window = opening(qtbot, tmp_path, path, size)
    view, scene = window.view, window.scene
    assert unreadable_or_hidden(window) != []
    start = scene.card(window.document.graph.start)
    assert view.visible_scene_rect().contains(start.sceneBoundingRect())
    assert start.title_font_at(view.zoom_level).pixelSize() * view.zoom_level >= NINE_POINT_PX - 0.01
    # Wrapped to the window's width: the rows read down the window, no sideways scrolling.
    assert scene.journey_rect().width() * view.zoom_level <= view.viewport().width() + 1
    # Narrower panels would not have shown it all either; they gave their spare room, which
    # brings more of the main journey into view, but never below what their words need.
    for dock in (window.care_team, window.details):
        assert dock.width() >= dock.minimumSizeHint().width()


def test_the_side_panels_make_room_for_a_main_journey_a_little_too_wide(qtbot: QtBot, tmp_path: Path) -> None:
    # 14 main steps and 28 side steps: at 1366x768 its main journey fits, readable, once the
    # panels give some width; what the map does not use at the zoom it opens at goes back.
    path = tmp_path / "branchy.yaml"
    path.write_text(to_yaml(generate_pathway(42, seed=3, loop_backs=2, branches=0.0)), encoding="utf-8")
    window = opening(qtbot, tmp_path, path, (1366, 768))
    assert len(window.document.graph.main_path) == 14
    assert unreadable_or_hidden(window) == []
    assert window.care_team.isVisible() and window.details.isVisible()
    # (A pixel narrower each since the numbers at the left margin keep a wider berth off the
    # main line there: the drawing is 6 units wider.)
    assert (window.care_team.width(), window.details.width()) == (252, 379)
    assert not window.view.horizontalScrollBar().isVisible()


# (journey, main steps, the narrowest the panels may be at its first look at 1366x768):
# narrowed for the map, no narrower than their text needs (care team 216 as the outline
# under it, details 278 at 100 % text), and for the 20-step one, which needs less, no
# narrower than the map uses.
ROOM_MADE = [("long titles 24", 13, (216, 278)), ("long titles 20", 11, (222, 294))]


@pytest.mark.parametrize(("which", "main_steps", "panels"), ROOM_MADE)
def test_panels_narrow_to_what_their_text_needs_and_no_more_than_the_map_uses(
    qtbot: QtBot, tmp_path: Path, which: str, main_steps: int, panels: tuple[int, int]
) -> None:
    # 13 main steps with titles of up to 58 characters opened from their start (10 of 13 in
    # view): the map needed 153 px more and the panels' fixed minimums of 240 and 320 px let
    # them give 100. The 20-step one needed less than it was given: the rest goes back.
    window = opening(qtbot, tmp_path, long_titled_pathway(tmp_path, int(which.split()[-1])), (1366, 768))
    assert len(window.document.graph.main_path) == main_steps
    assert window.care_team.isVisible() and window.details.isVisible() and window.outline.isVisible()
    assert unreadable_or_hidden(window) == []
    care, details = window.care_team.width(), window.details.width()
    # Narrowed for the map (the app's widths are 260 and 400), never below what their text
    # needs; the widest of them is what the journey asked for (exact pixels follow the fonts).
    column_floor = max(window.care_team.minimumWidth(), window.outline.minimumWidth())
    assert column_floor <= care < 260 and window.details.minimumWidth() <= details < 400
    assert care >= panels[0] and details >= panels[1]  # no narrower than that journey needs
    assert window.outline.width() == window.care_team.width()  # one column
    view = window.view
    assert not view.horizontalScrollBar().isVisible()
    # The map uses the width it kept: its drawing spans the view but for a few pixels.
    used = window.scene.journey_rect().width() * view.zoom_level
    assert view.viewport().width() - 60 <= used <= view.viewport().width()


def wrapped_body_lines(window: MainWindow) -> list[str]:
    """The lines of running text the details panel wraps (each but the last of a paragraph,
    headings left out), as laid out on screen."""
    document = window.details.browser.document()
    body_size = window.details.browser.font().pointSizeF()
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        size = block.begin().fragment().charFormat().font().pointSizeF()
        if abs(size - body_size) < 0.5:
            for i in range(layout.lineCount() - 1):
                line = layout.lineAt(i)
                lines.append(block.text()[line.textStart():line.textStart() + line.textLength()])
        block = block.next()
    return lines


def test_a_step_chosen_after_the_first_look_reads_in_the_narrowed_details(qtbot: QtBot, tmp_path: Path) -> None:
    window = opening(qtbot, tmp_path, long_titled_pathway(tmp_path, 24), (1366, 768))
    # Narrowed for the map: the whole journey, its side paths' detours cut short (300, the
    # floor, when its main journey alone opened whole)
    assert window.details.width() == 307
    click_card(qtbot, window, "main_00003")
    assert window.details.text().startswith("Collecting the consent form in the day unit\n")
    # Sentences, not a list of words: a full line of its running text holds 25 characters
    # or more (five words or so), and no word is broken for want of room.
    full = wrapped_body_lines(window)
    assert len(full) >= 10
    assert sorted(len(line) for line in full)[len(full) // 2] >= 25
    assert not any(line.rstrip().endswith("-") for line in full)


def test_at_double_text_size_the_panels_keep_room_for_their_words(qtbot: QtBot, tmp_path: Path) -> None:
    # A fixed 320 px held four or five words a line of the details at 200 % text: the floor
    # is counted in characters of the panel's own text, so it grows with the text, up to
    # the app's own widths (260, 400): more held the window wider than a 1024 px screen.
    settings = test_settings(tmp_path / "s.ini")
    window = create_main_window(settings, None)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert (window.care_team.minimumWidth(), window.outline.minimumWidth(), window.details.minimumWidth()) == (192, 216, 278)
    window.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()
    qtbot.wait(20)
    assert (window.care_team.minimumWidth(), window.outline.minimumWidth(), window.details.minimumWidth()) == (260, 260, 400)


def test_long_titles_get_wider_cards_and_the_whole_lymphoma_journey_opens_readable(qtbot: QtBot, tmp_path: Path) -> None:
    # Zoomed out, "Scan to see how the lymphoma responded" ran to four short lines on a card
    # 240 wide and could be read only at 43 %, too close for 12 main steps at 1366x768.
    window = opening(qtbot, tmp_path, LYMPHOMA, (1366, 768))
    assert window.care_team.isVisible() and window.details.isVisible()  # both panels open
    assert unreadable_or_hidden(window) == []
    assert len(window.document.graph.main_path) == 12
    scene, zoom = window.scene, window.view.zoom_level
    # Cards 280 wide; the gaps between columns 40 narrower, so every column is where it was.
    scan = scene.card("first-scan")
    assert (scan.card_rect().width(), scan.card_rect().height()) == (280, 154)
    assert scene.card("assessment").scenePos().x() - scene.card("referral").scenePos().x() == 240 + 130
    assert scan.title_lines_at(zoom) == ["Scan to see how", "the lymphoma", "responded"]
    assert scan.title_font_at(zoom).bold()
    # The side panels made a little room, no narrower than their contents ask for.
    for panel, first_width in ((window.care_team, 260), (window.details, 400)):
        assert panel.minimumSizeHint().width() <= panel.width() < first_width
    # No sideways scrolling: the journey's width is all in view.
    assert window.view.horizontalScrollBar().maximum() == window.view.horizontalScrollBar().minimum()


@pytest.mark.parametrize(("steps", "main_steps"), [(14, 8), (18, 10)])
def test_a_journey_with_long_titles_opens_whole_and_readable_on_a_laptop(
    qtbot: QtBot, tmp_path: Path, steps: int, main_steps: int
) -> None:
    window = opening(qtbot, tmp_path, long_titled_pathway(tmp_path, steps), (1366, 768))
    main = window.document.graph.main_path
    assert len(main) == main_steps
    assert max(len(window.scene.card(s).title) for s in main) >= 50
    assert window.care_team.isVisible() and window.details.isVisible()
    assert unreadable_or_hidden(window) == []


def test_panel_widths_the_user_left_are_kept_at_first_sight(qtbot: QtBot, tmp_path: Path) -> None:
    settings = test_settings(tmp_path / "s.ini")
    first = create_main_window(settings, None)
    qtbot.addWidget(first)
    first.resize(1366, 768)
    first.show()
    qtbot.waitExposed(first)
    first.resizeDocks([first.care_team, first.details], [300, 450], Qt.Orientation.Horizontal)
    left = (300, 450)
    qtbot.waitUntil(lambda: (first.care_team.width(), first.details.width()) == left)
    first.save_window_state()
    first.close()
    # 14 main steps, whose first look at 1366 needs the panels narrower than their own widths.
    window = create_main_window(test_settings(tmp_path / "s.ini"), side_steps_above_and_below(tmp_path, 26, seed=0))
    qtbot.addWidget(window)
    window.resize(1366, 768)  # the test screen is smaller than the window it restores
    window.show()
    qtbot.waitExposed(window)
    # Too narrow for that journey's main steps, but the panels stay as the user left them.
    assert (window.care_team.width(), window.details.width()) == left
    assert unreadable_or_hidden(window) != []


def test_fit_to_window_keeps_titles_instead_of_empty_boxes(qtbot: QtBot, tmp_path: Path) -> None:
    window = opening(qtbot, tmp_path, KNEE, (1366, 768))
    window.view.set_zoom(0.5)
    card = window.scene.card("operation")
    # At half size the normal 16 px title would be 8 px on screen: the card draws it larger.
    assert card.title_font().pixelSize() * 0.5 < NINE_POINT_PX
    assert card.title_font_at(0.5).pixelSize() * 0.5 >= NINE_POINT_PX
    assert card.title_lines_at(0.5) == ["The operation"]


def _look_at_journey(window: MainWindow) -> list[object]:
    return [unreadable_or_hidden(window)]


def test_a_4k_screen_at_200_percent_reads_like_full_hd(tmp_path: Path) -> None:
    # 3840x2160 at scale 2 is 1920x1080 logical pixels of twice the density: run where Qt
    # is started with that scale (it cannot change once the application runs).
    paths = {which: str(pathway_path(which, tmp_path) or "") for which in ("bundled", "knee", "ahsct", "long", "longer")}
    paths |= {"lymphoma": str(LYMPHOMA), "long titles": str(long_titled_pathway(tmp_path, 24))}
    found = first_look_at_double_scale(_look_at_journey, paths)
    assert found == {which: [2.0, []] for which in paths}


def test_the_first_look_moves_the_cards_it_has_instead_of_making_them_again(qtbot: QtBot, tmp_path: Path) -> None:
    # Opening a long journey made every card twice (one line, then wrapped): the cards of
    # the wrapped first look are the very cards made when the file was read, moved.
    path = tmp_path / "long.yaml"
    path.write_text(to_yaml(generate_pathway(120, seed=5)), encoding="utf-8")
    window = create_main_window(test_settings(tmp_path / "s.ini"), path)
    qtbot.addWidget(window)
    first = window.document.graph.start
    card = window.scene.card(first)
    assert window.scene.columns_per_row is None  # read, not yet seen: one line
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.scene.columns_per_row is not None  # wrapped to the window
    assert window.scene.card(first) is card
    assert window.view.visible_scene_rect().contains(card.sceneBoundingRect())


@pytest.mark.parametrize(("which", "size"), [("knee", (1366, 768)), ("knee", (1920, 1080)), ("bundled", (1920, 1080))])
def test_a_journey_shown_whole_has_no_scroll_bars(qtbot: QtBot, tmp_path: Path, which: str, size: tuple[int, int]) -> None:
    # The fit left out the scene's scroll margin: a sideways bar took its height from the
    # window to scroll a few pixels of background.
    window = opening(qtbot, tmp_path, pathway_path(which, tmp_path), size)
    view = window.view

    def whole_without_bars() -> None:
        visible = view.visible_scene_rect()
        assert [c.step_id for c in window.scene.all_cards() if not visible.contains(c.mapRectToScene(c.card_rect()))] == []
        assert not view.horizontalScrollBar().isVisible()
        assert not view.verticalScrollBar().isVisible()

    whole_without_bars()
    opened_at = view.zoom_level
    window.actions[A.ZOOM_IN].trigger()
    window.actions[A.ZOOM_IN].trigger()
    assert view.zoom_level > opened_at * 1.2
    qtbot.waitUntil(view.horizontalScrollBar().isVisible)  # zoomed in: something to scroll to
    window.actions[A.FIT].trigger()
    qtbot.wait(20)
    assert view.zoom_level == pytest.approx(opened_at)
    whole_without_bars()


@pytest.mark.parametrize("which", ["bundled", "longer"])
def test_fit_to_window_goes_back_to_the_readable_first_look_not_to_blank_cards(qtbot: QtBot, tmp_path: Path, which: str) -> None:
    # The whole bundled journey fits 1366x768 only at about 22 %, where a card's title is
    # 4 or 5 px: "Fit to window" went there, the "row of empty boxes". It now gives
    # the look the journey opened with, every main title readable; Zoom out still goes further.
    window = opening(qtbot, tmp_path, pathway_path(which, tmp_path), (1366, 768))
    first = (window.view.zoom_level, window.scene.columns_per_row)
    window.actions[A.ZOOM_IN].trigger()
    window.actions[A.ZOOM_IN].trigger()
    window.actions[A.FIT].trigger()
    assert (window.view.zoom_level, window.scene.columns_per_row) == first
    assert unreadable_or_hidden(window) == []
    window.actions[A.ZOOM_OUT].trigger()
    assert window.view.zoom_level < first[0]
