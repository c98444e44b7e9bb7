"""The timeline with unusual timings (tester's report): a step with no duration is drawn over
its own days, as its card says, and a pathway that gives no step a day shows no invented
day axis, but says so and lists its steps in order."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from pathway_viewer.window.main_window import MainWindow
from test_timeline_fit import german, overlapping, timeline_at  # noqa: F401 - german is a fixture
from window_helpers import test_settings

DATA = Path(__file__).parent / "data"
ALL_JA = DATA / "car_t_all_ja.yaml"  # bridging: timing -28 to -10, no duration
NO_DAYS = DATA / "rodilla_minimo_es.yaml"  # required fields only: no step has a timing
SOME_DAYS = DATA / "rodilla_parcial_es.yaml"  # the same with three steps timed, one with no duration
NO_DAYS_WORDS = (
    "This pathway does not say on which days its steps happen. Here they are in the order they come. "
    "Your team will tell you when each one is."
)


def scene_rect(window: MainWindow, step_id: str, which: str) -> QRectF:
    row = window.timeline_scene.row(step_id)
    rect = {"bar": row.bar_rect(), "chip": row.chip_rect(), "words": row.text_rect()}[which]
    assert rect is not None, f"{step_id} has no {which}"
    return row.mapRectToScene(rect)


def open_end_x(window: MainWindow, step_id: str) -> float | None:
    row = window.timeline_scene.row(step_id)
    return None if row.open_end is None else row.mapToScene(row.open_end, 0).x()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_a_step_with_no_duration_ends_on_the_day_its_card_says(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    window = timeline_at(qtbot, tmp_path, ALL_JA, size)
    # The card on the map: as long as needed, between 4 weeks and 10 days before day 0.
    assert window.scene.card("bridging").meta_text.replace("\n", " ") == "as long as needed \u00b7 10 days to 4 weeks before"
    bridging = scene_rect(window, "bridging", "bar")
    # Day -10 comes before the chemotherapy's first day (-7) and the infusion (0): the
    # bar, and the fading that says "as long as needed", stop before both.
    chemo, infusion = scene_rect(window, "zenchiryo", "bar"), scene_rect(window, "yuchu", "bar")
    assert open_end_x(window, "bridging") == bridging.right()
    assert bridging.right() < chemo.left() < infusion.left()
    # It starts with the cell making (day -30 .. -7; bridging from day -28), inside its stretch.
    making = scene_rect(window, "seizou-kikan", "bar")
    assert making.left() < bridging.left() < bridging.right() < making.right()
    # Steps with a duration have no fading end.
    assert window.timeline_scene.row("zenchiryo").open_end is None
    assert "A bar that fades out means the step lasts as long as it is needed, and ends by the end of the bar." in (
        " ".join(window.timeline_scene.texts())
    )
    window.grab().save(f"/tmp/tl3-test-bridging-{size[0]}.png")


def test_a_pathway_with_some_days_keeps_each_open_step_inside_its_days(qtbot: QtBot, tmp_path: Path) -> None:
    window = timeline_at(qtbot, tmp_path, SOME_DAYS, (1366, 768))
    scene = window.timeline_scene
    axis = scene.axis()
    assert axis is not None
    # Back to sport: days 120 to 270, no duration; the axis runs on to its "1 year after" tick.
    ticks = dict(zip(axis.tick_labels(), axis.label_rects()))
    year = ticks["1 year after"].center().x()
    sport = scene_rect(window, "vuelta-deporte", "bar")
    assert open_end_x(window, "vuelta-deporte") == sport.right() < year
    # The steps with no day are cards, in the column of their own.
    assert [s for s in scene.step_ids() if scene.row(s).bar_rect() is None] == ["consulta", "ejercicios", "fuerza"]


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_a_pathway_with_no_days_lists_its_steps_in_order_with_no_day_axis(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], audience: str
) -> None:
    window = timeline_at(qtbot, tmp_path, NO_DAYS, size)
    window.document.set_audience(audience)
    view, scene = window.timeline_view, window.timeline_scene
    view.fit()
    assert scene.axis() is None  # no "4 weeks before ... 2 weeks after", no "main treatment day"
    texts = scene.texts()
    assert texts == [NO_DAYS_WORDS, "Main journey: the steps most people go through"]
    assert not any("squeezed" in t or "Day 0" in t or "No fixed day" in t for t in texts)
    # The steps in the order they come, each a card holding its words.
    order = ["consulta", "reposo", "ejercicios", "fuerza", "revision", "vuelta-deporte"]
    assert scene.step_ids() == order
    tops = [scene_rect(window, s, "chip").top() for s in order]
    assert tops == sorted(tops)
    for step_id in order:
        card = scene_rect(window, step_id, "chip")
        assert card.contains(scene_rect(window, step_id, "words"))
        assert scene.row(step_id).bar_rect() is None
    # Nothing on anything: the sentence, the heading, the cards.
    items = [(f"{s} card", scene_rect(window, s, "chip")) for s in order]
    items += [(f"text {i}", item.sceneBoundingRect()) for i, item in enumerate(scene.items()) if not hasattr(item, "step_id")
              and item.parentItem() is None]
    assert overlapping(items) == []
    # Readable, and never a sideways scroll.
    assert view.zoom_level >= 0.75
    assert scene.sceneRect().width() * view.zoom_level <= view.viewport().width() + 1
    qtbot.waitUntil(lambda: not view.horizontalScrollBar().isVisible())
    window.grab().save(f"/tmp/tl3-test-nodays-{size[0]}-{audience}.png")


def test_a_german_interface_says_so_in_german(qtbot: QtBot, tmp_path: Path, german: None) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", "de")
    window = timeline_at(qtbot, tmp_path, NO_DAYS, (1366, 768), settings)
    assert window.timeline_scene.texts()[0] == (
        "Dieser Behandlungsweg sagt nicht, an welchen Tagen seine Schritte stattfinden. Hier stehen sie in der "
        "Reihenfolge, in der sie kommen. Ihr Behandlungsteam sagt Ihnen, wann jeder Schritt ist."
    )
    window.grab().save("/tmp/tl3-test-nodays-de.png")


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1920, 1080)])
@pytest.mark.parametrize("path", [None, ALL_JA, SOME_DAYS, DATA / "knee_surgery.yaml", DATA / "stroke_rehab.yaml"])
def test_the_squeezed_note_is_clear_of_every_heading_and_row(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], path: Path | None
) -> None:
    window = timeline_at(qtbot, tmp_path, path, size)
    scene = window.timeline_scene
    axis = scene.axis()
    assert axis is not None
    notes = axis.squeezed_note_rects()
    words = [item.mapRectToScene(item.text_rect()) for item in scene.items() if hasattr(item, "text_rect")
             and item is not axis]
    assert [(n, w) for n in notes for w in words if n.intersects(w)] == []


def test_the_listed_steps_are_clicked_walked_and_read_like_any_row(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from test_accessibility import items_of

    window = timeline_at(qtbot, tmp_path, NO_DAYS, (1366, 768))
    view = window.timeline_view
    assert set(items_of(view)) == {"Primera consulta", "Reposo y hielo", "Ejercicios de movilidad",
                                   "Fortalecimiento muscular", "Revisión con el médico", "Vuelta al deporte"}
    card = scene_rect(window, "fuerza", "chip")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(card.center()))
    assert window.document.selected == "fuerza"
    assert "Trabaja los músculos del muslo para proteger la rodilla." in window.details.text()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.document.selected == "revision"


# Which steps have a timing but no duration, read from the files by hand.
OPEN_ENDED = {
    None: {"long_term_follow_up"},  # days 28 .. 5479
    ALL_JA: {"bridging", "keika"},  # days -28 .. -10; 120 .. 5479 with visits
    DATA / "format_features.yaml": {"tablets"},  # days 14 .. 365
    SOME_DAYS: {"vuelta-deporte"},  # days 120 .. 270
}


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768)])
@pytest.mark.parametrize("path", list(OPEN_ENDED))
def test_every_bar_covers_its_timing_days_and_no_more(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], path: Path | None
) -> None:
    # Stretch or window, with a duration or without, repeating or not: the bar runs from
    # the start of its first day to the end of its last (one day at least 10 units wide),
    # and only a step with no duration fades out, by that same end.
    window = timeline_at(qtbot, tmp_path, path, size)
    scene, pathway = window.timeline_scene, window.document.pathway
    axis = scene.axis()
    assert axis is not None and pathway is not None
    fading = set()
    for step in pathway.steps:
        if step.timing is None:
            continue
        bar = scene_rect(window, step.id, "bar")
        left, right = axis.day_x(step.timing.start), axis.day_x(step.timing.end + 1)
        assert (bar.left(), bar.right()) == pytest.approx((left, max(right, left + 10))), step.id
        end = open_end_x(window, step.id)
        if end is not None:
            fading.add(step.id)
            assert end == pytest.approx(bar.right()), step.id
    assert fading == OPEN_ENDED[path]


def test_a_screen_reader_hears_no_calendar_where_there_is_none(qtbot: QtBot, tmp_path: Path) -> None:
    window = timeline_at(qtbot, tmp_path, NO_DAYS, (1366, 768))
    assert window.timeline_view.accessibleName() == "Timeline: the steps in the order they come (this pathway gives no days)"
    assert window.open_file(SOME_DAYS)
    assert window.timeline_view.accessibleName() == "Timeline: the steps on a calendar of days around day 0"


def test_visits_squeezed_together_get_diamonds_that_do_not_touch(qtbot: QtBot, tmp_path: Path) -> None:
    # Follow-up every 3 months to 2 years, then yearly to 15 years, squeezed into the last
    # stretch of the axis: twenty diamonds drew one black zig-zag.
    from pathway_viewer.timeline.items import VISIT_GAP

    window = timeline_at(qtbot, tmp_path, ALL_JA, (1366, 768))
    row = window.timeline_scene.row("keika")
    every, drawn = row.visit_xs, row.drawn_visit_xs()
    assert len(every) == 20  # the row still knows each visit
    assert drawn[0] == every[0] and drawn[-1] == every[-1]
    assert 2 < len(drawn) < len(every)
    assert all(b - a >= VISIT_GAP for a, b in zip(drawn, drawn[1:]))
    # Visits far enough apart are all drawn.
    wide = [0.0, 20.0, 40.0, 60.0]
    from pathway_viewer.timeline.items import spaced

    assert spaced(wide, VISIT_GAP) == wide
