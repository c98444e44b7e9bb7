"""The timeline's first look (issue #12.1): the whole span of days across the window at a
readable zoom, even at 1366x768 with both side panels open, and no words on other words
or cut (#9.6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from pathway_viewer.core.settings import AppSettings
from window_helpers import first_look_at_double_scale, test_settings

KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"


def timeline_at(
    qtbot: QtBot, tmp_path: Path, path: Path | None, size: tuple[int, int], settings: AppSettings | None = None
) -> MainWindow:
    window = create_main_window(settings or test_settings(tmp_path / "s.ini"), path)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("timeline", remember=False)
    qtbot.waitUntil(lambda: window.timeline_view.isVisible())
    return window


def overlapping(rects: list[tuple[str, QRectF]]) -> list[tuple[str, str]]:
    return [
        (a, b)
        for i, (a, ra) in enumerate(rects)
        for b, rb in rects[i + 1 :]
        if ra.intersects(rb)
    ]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("which", ["bundled", "knee"])
def test_the_timeline_opens_showing_every_day_readable_with_no_words_on_others(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], which: str
) -> None:
    window = timeline_at(qtbot, tmp_path, KNEE if which == "knee" else None, size)
    assert window.care_team.isVisible() and window.details.isVisible()
    view, scene = window.timeline_view, window.timeline_scene
    # Readable (titles 16.8 px * 0.75 = 12.6 px, over 9 pt) and the whole span across.
    assert view.zoom_level >= 0.75
    assert scene.journey_rect().width() * view.zoom_level <= view.viewport().width() + 1
    axis = scene.axis()
    assert axis is not None
    assert any(label.split(" / ")[-1] == "Day 0" for label in axis.tick_labels())
    ticks = [(label, rect) for label, rect in zip(axis.tick_labels(), axis.label_rects())]
    assert overlapping(ticks) == []
    words = []
    for step_id in scene.step_ids():
        row = scene.row(step_id)
        words.append((f"{step_id} words", row.mapRectToScene(row.text_rect())))
        shape = row.bar_rect() or row.chip_rect()
        if row.bar_rect() is not None:
            words.append((f"{step_id} bar", row.mapRectToScene(shape)))
    assert overlapping(words) == []


def test_no_words_are_cut_in_a_narrow_timeline(qtbot: QtBot, tmp_path: Path) -> None:
    window = timeline_at(qtbot, tmp_path, None, (1366, 768))
    scene = window.timeline_scene
    # Too low for every main step with its details: each row shows its whole title alone.
    assert not scene.shows_details()
    for step_id in scene.step_ids():
        row = scene.row(step_id)
        drawn = " ".join(row.text_lines()).replace("- ", "")
        assert "\u2026" not in drawn
        assert drawn.replace(" ", "") == row.title.replace(" ", "").replace("-", "") or drawn.replace(
            " ", ""
        ) == row.title.replace(" ", "")


# --- the first look across pathways, window sizes and languages ------------------------------

DATA = Path(__file__).parent / "data"
NINE_POINT_PX = 12.0  # 9 pt at 96 logical dpi
PATHWAYS = {
    "bundled": None,
    "ahsct": DATA / "ahsct_ms.yaml",  # day 0 is the stem cell return
    "lymphoma": DATA / "car_t_lymphoma.yaml",
    "kurz": DATA / "lupus_kurz_de.yaml",  # German content
    "long": DATA / "format_features.yaml",  # visits up to 15 years after day 0
}
# The first and last tick, from each file's earliest start and latest end (or visit): the
# whole span is named at both ends (the axis ends on the tick at or past the last day).
ENDS = {
    "bundled": ("4 weeks before", "15 years after"),  # day -28 .. day 5479
    "ahsct": ("3 months before", "5 years after"),  # day -90 .. day 1825
    "lymphoma": ("8 weeks before", "5 years after"),  # day -56 .. day 1825
    "kurz": ("4 weeks before", "1 month after"),  # (day -28 at least) .. day 28
    "long": ("8 weeks before", "15 years after"),  # day -42 .. the last visit, day 5479
}
GERMAN_ENDS = {
    "bundled": ("4 Wochen davor", "15 Jahre danach"),
    "kurz": ("4 Wochen davor", "1 Monat danach"),
}


def first_look_problems(window: MainWindow) -> list[str]:
    """What the timeline's first look gets wrong, in words (empty: nothing)."""
    view, scene = window.timeline_view, window.timeline_scene
    zoom = view.zoom_level
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    axis = scene.axis()
    assert axis is not None
    out = []
    if scene.sceneRect().width() * zoom > view.viewport().width() + 1:
        out.append("the days do not fit across")
    for step_id in window.document.graph.main_path:
        row = scene.row(step_id)
        if not visible.contains(row.mapRectToScene(row.content_rect())):
            out.append(f"{step_id} is not in view")
    for step_id in scene.step_ids():
        if scene.row(step_id).title_font_px() * zoom < NINE_POINT_PX - 0.01:
            out.append(f"{step_id}'s title is under 9 pt")
    if axis.label_font_px() * zoom < NINE_POINT_PX - 0.01:
        out.append("the ticks' words are under 9 pt")
    ticks = list(zip(axis.tick_labels(), axis.label_rects()))
    out += [f"ticks {a!r} and {b!r} overlap" for a, b in overlapping(ticks)]
    words = []
    for step_id in scene.step_ids():
        row = scene.row(step_id)
        words.append((f"{step_id} words", row.mapRectToScene(row.text_rect())))
        if row.bar_rect() is not None:
            words.append((f"{step_id} bar", row.mapRectToScene(row.bar_rect())))
        else:
            words.append((f"{step_id} card", row.mapRectToScene(row.chip_rect())))
    # A card holds its own words; nothing else may touch anything.
    out += [f"{a} and {b} overlap" for a, b in overlapping(words) if not (a.split()[0] == b.split()[0] and "card" in a + b)]
    shown = [day for day, _ in axis.shown_ticks()]
    for low, high in axis.squeezed_segments():
        if not any(low <= day <= high for day in shown):
            out.append(f"no tick between day {low} and day {high}")
    return out


def ends(window: MainWindow) -> tuple[str, str]:
    axis = window.timeline_scene.axis()
    assert axis is not None
    labels = axis.tick_labels()
    return labels[0], labels[-1]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("which", list(PATHWAYS))
def test_every_pathway_opens_whole_readable_and_named_from_end_to_end(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], which: str
) -> None:
    window = timeline_at(qtbot, tmp_path, PATHWAYS[which], size)
    assert window.care_team.isVisible() and window.details.isVisible()
    assert first_look_problems(window) == []
    assert ends(window) == ENDS[which]


def test_a_narrow_window_names_the_months_and_years_too(qtbot: QtBot, tmp_path: Path) -> None:
    # The bug: at 1366x768 with both panels only "1 week before", "Day 0" and "1 week after"
    # were left, so two years of follow-up had no tick at all.
    window = timeline_at(qtbot, tmp_path, None, (1366, 768))
    axis = window.timeline_scene.axis()
    assert axis is not None
    labels = axis.tick_labels()
    assert labels[:4] == ["4 weeks before", "1 week before", "The day you get your cells / Day 0", "1 week after"]
    # Months and years have ticks of their own, up to the journey's far end (how many years
    # between depends on the room the panels leave).
    assert "1 month after" in labels
    assert labels[-1] == "15 years after"
    # The rows show their titles alone, beside their bars: the whole main journey in view.
    assert not window.timeline_scene.shows_details()
    assert window.timeline_scene.row("manufacturing").text_lines() == ["Making your CAR T cells"]


def test_details_stay_when_the_main_journey_fits_with_them(qtbot: QtBot, tmp_path: Path) -> None:
    window = timeline_at(qtbot, tmp_path, PATHWAYS["long"], (1920, 1080))
    scene = window.timeline_scene
    assert scene.shows_details()
    assert scene.row("tablets").text_lines()[0] == "Tablets at home"
    assert len(scene.row("tablets").text_lines()) > 1


@pytest.fixture
def german(qapp):  # noqa: ANN001, ANN201 - pytest-qt's application
    from PySide6.QtCore import QLocale

    from pathway_viewer.core import i18n

    yield
    i18n.apply_language(qapp, "en")  # the tests after this one read English again
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("which", list(GERMAN_ENDS))
def test_a_german_timeline_opens_whole_with_german_ticks(
    qtbot: QtBot, tmp_path: Path, german: None, size: tuple[int, int], which: str
) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", "de")
    window = timeline_at(qtbot, tmp_path, PATHWAYS[which], size, settings)
    assert first_look_problems(window) == []
    assert ends(window) == GERMAN_ENDS[which]


def _look_at_timeline(window: MainWindow) -> list[object]:
    return [first_look_problems(window), list(ends(window))]


def test_a_4k_screen_at_200_percent_opens_the_timeline_like_full_hd(tmp_path: Path) -> None:
    # 3840x2160 at scale 2 is 1920x1080 logical pixels of twice the density: run where Qt
    # is started with that scale (it cannot change once the application runs).
    paths = {"bundled": "", "lymphoma": str(PATHWAYS["lymphoma"]), "long": str(PATHWAYS["long"])}
    found = first_look_at_double_scale(_look_at_timeline, paths, view="timeline")
    assert found == {
        "bundled": [2.0, [], list(ENDS["bundled"])],
        "lymphoma": [2.0, [], list(ENDS["lymphoma"])],
        "long": [2.0, [], list(ENDS["long"])],
    }


def test_zooming_in_brings_back_each_row_s_details_and_home_drops_them_again(qtbot: QtBot, tmp_path: Path) -> None:
    window = timeline_at(qtbot, tmp_path, None, (1366, 768))
    scene, view = window.timeline_scene, window.timeline_view
    assert scene.row("lymphodepletion").text_lines() == ["Chemotherapy before the cells"]
    window.document.select("lymphodepletion")
    window.actions[A.ZOOM_IN].trigger()
    # Like the map's cards: zoomed in, the words come back, and the chosen row stays in view.
    assert scene.shows_details()
    assert scene.row("lymphodepletion").detail == (
        "Chemotherapy before the cells \u00b7 From 5 days to 3 days before the day you get your cells"
    )
    assert " ".join(scene.row("lymphodepletion").text_lines()).startswith(
        "Chemotherapy before the cells Chemotherapy before the cells \u00b7 From 5 days"
    )
    row = scene.row("lymphodepletion")
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.intersects(row.mapRectToScene(row.bar_rect()))
    window.actions[A.FIT].trigger()
    assert not scene.shows_details()
    assert first_look_problems(window) == []


def test_planned_dates_fit_under_the_ticks_of_a_narrow_timeline(qtbot: QtBot, tmp_path: Path) -> None:
    import datetime as dt

    window = timeline_at(qtbot, tmp_path, None, (1366, 768))
    window.document.set_schedule(dt.date(2026, 3, 10))
    window.timeline_view.fit()
    assert first_look_problems(window) == []
    axis = window.timeline_scene.axis()
    assert axis is not None
    # Day 0's date sits beside its name, so the weeks either side keep their ticks and dates.
    labels = axis.tick_labels()
    assert "The day you get your cells / Day 0 / 10 Mar 2026" in labels
    assert "1 week before / 3 Mar 2026" in labels and "1 week after / 17 Mar 2026" in labels
    assert labels[0] == "4 weeks before / 10 Feb 2026" and labels[-1] == "15 years after / 10 Mar 2041"


def test_a_journey_too_long_for_the_window_opens_at_its_start_and_scrolls_down_only(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from pathway_files import generate_pathway, to_yaml

    # 30 main steps cannot all be read in the 680x613 px between the panels (30 rows of
    # 9-pt titles need more than 900 px): the first look is their start, read by scrolling down.
    path = tmp_path / "long.yaml"
    path.write_text(to_yaml(generate_pathway(90, seed=3)), encoding="utf-8")
    window = timeline_at(qtbot, tmp_path, path, (1366, 768))
    main = window.document.graph.main_path
    assert len(main) == 30
    problems = first_look_problems(window)
    hidden = [p for p in problems if p.endswith(" is not in view")]
    assert [p for p in problems if p not in hidden] == []
    first_hidden = main.index(hidden[0].split()[0])
    assert first_hidden >= 10
    assert hidden == [f"{step_id} is not in view" for step_id in main[first_hidden:]]  # the tail, in order
    assert window.timeline_view.horizontalScrollBar().maximum() == 0


def test_double_text_size_keeps_ticks_apart_and_one_in_each_stretch(qtbot: QtBot, tmp_path: Path) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", 200)
    window = timeline_at(qtbot, tmp_path, None, (1366, 768), settings)
    # Twice the text is a scroll down, but nothing overlaps; the axis runs to 15 years and
    # keeps room past its end for that tick's words at double size.
    assert [p for p in first_look_problems(window) if not p.endswith(" is not in view")] == []
    assert ends(window) == ("4 weeks before", "15 years after")
    assert sideways_problems(window) == []


# --- narrower windows: 1024 and 1152 px wide with both side panels (issue #12.1) -------------

NARROW_PATHWAYS = ["bundled", "ahsct", "lymphoma", "kurz"]


def sideways_problems(window: MainWindow) -> list[str]:
    """What a reader would have to scroll sideways for (empty: nothing): the scroll range,
    a main step's bar or words, a tick's words or day 0's name beyond the view's sides."""
    view, scene = window.timeline_view, window.timeline_scene
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    axis = scene.axis()
    assert axis is not None
    out = []
    if view.horizontalScrollBar().maximum() != 0:
        out.append(f"scrolls sideways by {view.horizontalScrollBar().maximum()}")

    def beside(rect: QRectF) -> bool:
        return rect.left() < visible.left() - 0.5 or rect.right() > visible.right() + 0.5

    for step_id in window.document.graph.main_path:
        row = scene.row(step_id)
        if beside(row.mapRectToScene(row.content_rect())):
            out.append(f"{step_id} is out of view sideways")
    for label, rect in zip(axis.tick_labels(), axis.label_rects()):
        if beside(rect):
            out.append(f"tick {label!r} is out of view sideways")
    if beside(axis.day_zero_rect()):
        out.append("day 0's name is out of view sideways")
    if any(axis.day_zero_rect().intersects(rect) for rect in axis.label_rects()):
        out.append("day 0's name touches a tick's words")
    return out


@pytest.mark.parametrize("size", [(1024, 768), (1152, 768)])
@pytest.mark.parametrize("which", NARROW_PATHWAYS)
def test_a_narrow_window_with_both_panels_opens_the_timeline_with_no_sideways_scroll(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int], which: str
) -> None:
    window = timeline_at(qtbot, tmp_path, PATHWAYS[which], size)
    assert window.care_team.isVisible() and window.details.isVisible()
    assert window.timeline_view.horizontalScrollBar().maximum() == 0
    assert sideways_problems(window) == []
    # Readable, nothing on anything, a tick in each squeezed stretch; a main step may be a
    # scroll down (a long journey in 768 px), never sideways.
    assert [p for p in first_look_problems(window) if not p.endswith(" is not in view")] == []
    assert ends(window) == ENDS[which]


# The steps of the bundled file with no `timing`, in the file's order, main journey first.
BUNDLED_UNDATED = [
    ("evaluation", "Checking if CAR-T may suit you"),
    ("standard_care", "Standard care continues"),
    ("bridging_treatment", "Treating your lupus while you wait"),
    ("treatment_delay", "A delay before the chemotherapy"),
    ("repeat_collection", "Collecting cells again"),
    ("infection_management", "Treating infections"),
    ("low_blood_counts", "Low blood counts that last or come back"),
    ("low_antibodies", "Low antibody levels"),
    ("icu_care", "Intensive care, if needed"),
]


def test_with_no_room_for_the_no_fixed_day_column_those_steps_follow_the_main_journey(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Started in the timeline: the panels stand in two columns (a first look at the journey
    # map at this size puts them in one, and the timeline then has room for the column).
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/mode", "timeline")
    window = timeline_at(qtbot, tmp_path, None, (1024, 768), settings)
    assert not window.panel_columns.joined
    scene = window.timeline_scene
    assert scene.texts()[:3] == [
        "Main journey: the steps most people go through",
        "No fixed day",
        "Only if needed: some people also go through these steps",
    ]
    timed_main = ["leukapheresis", "manufacturing", "lymphodepletion", "infusion", "monitoring_early",
                  "recovery", "follow_up", "long_term_follow_up"]
    assert scene.step_ids() == timed_main + [s for s, _ in BUNDLED_UNDATED] + ["crs_management", "icans_management"]
    last_main = scene.row("long_term_follow_up")
    below = last_main.y() + last_main.row_height()
    first_bar = min(scene.row(s).mapRectToScene(scene.row(s).bar_rect()).left() for s in timed_main)
    for step_id, title in BUNDLED_UNDATED:
        row = scene.row(step_id)
        assert row.bar_rect() is None
        card = row.mapRectToScene(row.chip_rect())
        assert card.top() >= below, step_id  # under the main journey's rows
        assert card.left() < first_bar, step_id  # a card across the row, not a bar on a day
        assert " ".join(row.text_lines()) == title  # the whole title, on the card
    view = window.timeline_view
    # Three days of chemotherapy make a thin bar here, but the whole row is what a click hits.
    row = scene.row("lymphodepletion")
    bar = row.mapRectToScene(row.bar_rect())
    assert bar.width() * view.zoom_level < 24 <= row.row_height() * view.zoom_level
    point = QPointF(bar.left() - 30, bar.center().y())
    view.centerOn(point)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(point))
    assert window.document.selected == "lymphodepletion"
    assert window.details.text().startswith("Chemotherapy before the cells")
    # The keys walk the rows as drawn, down into the list.
    view.setFocus()
    window.document.select("long_term_follow_up")
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.document.selected == "evaluation"


@pytest.mark.parametrize("size", [(750, 768), (1024, 768), (1152, 768)])
def test_double_text_size_in_a_narrow_window_never_scrolls_sideways(
    qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", 200)
    window = timeline_at(qtbot, tmp_path, None, size, settings)
    assert window.timeline_view.horizontalScrollBar().maximum() == 0
    assert sideways_problems(window) == []
    problems = [p for p in first_look_problems(window) if not p.endswith(" is not in view")]
    axis = window.timeline_scene.axis()
    assert axis is not None
    assert problems == []
    assert ends(window) == ("4 weeks before", "15 years after")
    if size == (750, 768):
        # About 340 px for the timeline (beside one column of panels): "Day 0" goes up under
        # day 0's name, so the row of ticks below holds both ends of the span at double size.
        assert axis.tick_labels() == ["4 weeks before", "The day you get your cells / Day 0", "15 years after"]
        day_zero = dict(zip(axis.tick_labels(), axis.label_rects()))["The day you get your cells / Day 0"]
        assert day_zero.bottom() <= min(rect.top() for rect in axis.label_rects() if rect != day_zero)
        assert axis.day_zero_rect().bottom() <= day_zero.top()


@pytest.mark.parametrize("start_in", ["journey", "timeline"])
def test_a_long_journey_s_titles_take_one_line_and_its_whole_main_journey_is_in_view(
    qtbot: QtBot, tmp_path: Path, start_in: str
) -> None:
    # The stroke pathway's 16 main steps at 1366x768: its titles alone were wrapped at a fixed
    # width, two lines each, and 6 of its main steps were out of view; then, a title taking
    # the roomier side of its bar, 1 to 3. Now the days are drawn narrower where that puts
    # every title on one line, and the side panels go into one column where that is what
    # shows the whole main journey (whether the app starts in the timeline or on the map).
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/mode", start_in)
    window = timeline_at(qtbot, tmp_path, Path(__file__).parent / "data" / "stroke_rehab.yaml", (1366, 768), settings)
    assert first_look_problems(window) == []
    scene = window.timeline_scene
    assert all(len(scene.row(s).text_lines()) == 1 for s in window.document.graph.main_path)
    assert window.care_team.isVisible() or window.panel_columns.joined  # one click away, as tabs


def test_twenty_short_main_steps_all_open_in_view_on_a_laptop(qtbot: QtBot, tmp_path: Path) -> None:
    # 20 one-line titles in rows of 38 px did not fit the laptop's height at a readable zoom
    # (the last two a scroll away): the rows are as low as their words when that is needed.
    window = timeline_at(qtbot, tmp_path, Path(__file__).parent / "data" / "twenty_short_en.yaml", (1366, 768))
    assert first_look_problems(window) == []
    assert window.timeline_view.zoom_level >= 0.75
    rows = [window.timeline_scene.row(s) for s in window.document.graph.main_path]
    assert all(row.row_height() < 38 for row in rows)
    # The bars and the words of one row stay clear of the next one's.
    for above, below in zip(rows, rows[1:]):
        bottom = max(above.mapRectToScene(above.bar_rect()).bottom(), above.mapRectToScene(above.text_rect()).bottom())
        top = min(below.mapRectToScene(below.bar_rect()).top(), below.mapRectToScene(below.text_rect()).top())
        assert bottom < top
