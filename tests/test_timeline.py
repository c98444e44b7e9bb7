"""The timeline: steps on a day axis around the infusion, clickable, exportable like the map."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from pathway_viewer.core.settings import AppSettings
from models.day_scale import LINEAR_DAYS, DayAxis, day_units, rounded_span
from pathway_viewer.core.theme import SELECTED_ROW_BG
from window_helpers import open_window


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: QtBot, settings: AppSettings) -> MainWindow:
    window = open_window(qtbot, settings)
    # Wide enough for the "no fixed day" column these tests read (a narrower window lists
    # those steps under the main journey instead: test_timeline_fit.py).
    window.resize(1280, 800)
    window.care_team.close()  # room for the days
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    return window


def click_row(qtbot: QtBot, window: MainWindow, step_id: str) -> None:
    view = window.timeline_view
    row = window.timeline_scene.row(step_id)
    target = row.mapRectToScene(row.bar_rect() or row.chip_rect())
    view.centerOn(target.center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(target.center()))


# --- the day scale ----------------------------------------------------------------------------


def test_the_scale_is_straight_near_day_0_and_squeezed_beyond() -> None:
    assert [day_units(d) for d in (-14, -7, 0, 7, 14)] == [-14, -7, 0, 7, 14]
    assert day_units(-28) == -day_units(28)
    days = list(range(-400, 800, 3))
    units = [day_units(d) for d in days]
    assert units == sorted(units)  # never folds back
    # A week near the infusion is wider on screen than the whole second year.
    assert day_units(7) - day_units(0) > day_units(730) - day_units(365)
    # Yet a year of follow-up still gets real room.
    assert day_units(365) - day_units(LINEAR_DAYS) > 2 * LINEAR_DAYS


def test_ticks_speak_in_days_near_the_infusion_and_months_and_years_after() -> None:
    labels = [label for _, label in DayAxis(-28, 730, 0.0).inside_ticks()]
    # Day 0 names no treatment here: the timeline writes the pathway's own name above it.
    assert labels == ["day -28", "day -14", "day -7", "day 0", "day +7", "day +14",
                      "1 month", "3 months", "6 months", "1 year", "2 years"]


def test_the_span_widens_to_a_tick_a_reader_knows() -> None:
    assert rounded_span(-90, 1825) == (-91, 1825)  # 3 months before .. 5 years after
    assert rounded_span(-42, 5479) == (-56, 5479)  # day -56 .. 15 years (ends on it)
    # 10 ln(97/87) = 1.1 squeezed days past "3 months" (day 91): the axis ends on the
    # journey's own last day, with that tick there, not 82 days on at "6 months".
    assert rounded_span(-28, 100) == (-28, 100)
    # 10 ln(267/178) = 4.1 past "6 months": on to the next tick, "1 year" (day 365).
    assert rounded_span(-28, 270) == (-28, 364)
    # The tester's five-year follow-up ends on day 1826, a day after "5 years" (day 1825):
    # the axis ended at "10 years after".
    assert rounded_span(-28, 1826) == (-28, 1826)
    assert rounded_span(-10, 14) == (-10, 14)  # the straight weeks need no tick at the ends
    assert rounded_span(-400, 40000) == (-400, 40000)  # past the last tick: as it is


def test_a_narrow_axis_keeps_room_for_each_squeezed_stretch() -> None:
    # Days -28..729 at full scale: 8.75 squeezed units before, 28 straight, 42.85 after
    # (10 ln 2.4 and 10 ln 72.6), 1194 px. Into 600 px with 50 px a stretch at least: the
    # straight weeks keep 65 % (390 px); of the other 210 px the 14 days before would get
    # 35.6 px by their share, so they get 50 and the two years after the other 160.
    axis = DayAxis(-28, 729, 0.0).squeezed_to(600, 50)
    assert axis.x(-14) - axis.x(-28) == pytest.approx(50)
    assert axis.x(14) - axis.x(-14) == pytest.approx(390)
    assert axis.x(730) - axis.x(14) == pytest.approx(160)
    assert axis.right == pytest.approx(600)
    assert axis.squeezed_segments() == [(-28, -15), (15, 730)]


def test_ticks_are_offered_day_0_first_then_the_near_weeks_then_each_stretch_from_its_far_end() -> None:
    turns = DayAxis(-91, 1824, 0.0).first_ticks()
    assert turns == [
        [(0, "day 0")], [(-7, "day -7")], [(7, "day +7")],
        [(-91, "3 months before"), (-56, "day -56"), (-28, "day -28")],
        [(1825, "5 years"), (1095, "3 years"), (730, "2 years"), (365, "1 year"), (182, "6 months"), (91, "3 months"),
         (28, "1 month")],
    ]


# --- the view in the window -------------------------------------------------------------------


def test_ctrl_t_and_ctrl_j_switch_the_middle_and_the_choice_is_remembered(
    qtbot: QtBot, window: MainWindow, settings: AppSettings
) -> None:
    assert window.stack.currentWidget() is window.timeline_view
    assert window.actions[A.VIEW_TIMELINE].isChecked()
    assert window.timeline_view.isVisible() and not window.view.isVisible()
    window.close()
    again = open_window(qtbot, settings)
    assert again.stack.currentWidget() is again.timeline_view
    qtbot.keyClick(again, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert again.stack.currentWidget() is again.view
    assert again.actions[A.VIEW_JOURNEY].isChecked()
    assert settings.get("view/mode") == "journey"


def test_rows_main_journey_first_then_steps_only_some_need(window: MainWindow) -> None:
    scene = window.timeline_scene
    graph = window.document.graph
    rows = scene.step_ids()
    main = graph.main_path
    assert rows[: len(main)] == main
    assert set(rows[len(main):]) == set(graph.step_ids) - set(main)
    assert "Main journey: the steps most people go through" in scene.texts()
    assert "Only if needed: some people also go through these steps" in scene.texts()
    for step_id in rows[len(main):]:
        assert scene.row(step_id).detail.startswith("Only if needed"), step_id
    # Colour is never alone: each bar says its phase in words. Patients read no negative days.
    assert scene.row("lymphodepletion").detail == (
        "Chemotherapy before the cells \u00b7 From 5 days to 3 days before the day you get your cells"
    )
    assert scene.row("leukapheresis").detail == (
        "Collecting your cells \u00b7 Sometime between about 2 weeks and about 4 weeks before the day you get your cells"
    )
    window.set_audience("clinician")
    assert scene.row("lymphodepletion").detail == "Chemotherapy before the cells \u00b7 day -5 to -3"
    assert scene.row("leukapheresis").detail == "Collecting your cells \u00b7 day -28 to -14 (window)"


def test_steps_with_no_fixed_day_sit_in_their_own_column(window: MainWindow) -> None:
    scene = window.timeline_scene
    assert "No fixed day" in scene.texts()
    evaluation = scene.row("evaluation")
    assert evaluation.bar_rect() is None and evaluation.chip_rect() is not None
    axis = scene.axis()
    assert axis is not None
    first_day_x = scene.row("leukapheresis").mapRectToScene(scene.row("leukapheresis").bar_rect()).left()
    for step_id in ("evaluation", "standard_care", "repeat_collection", "icu_care"):
        chip = scene.row(step_id).mapRectToScene(scene.row(step_id).chip_rect())
        assert chip.right() < first_day_x, step_id


def test_bars_span_their_days(window: MainWindow) -> None:
    scene = window.timeline_scene
    def bar(step_id: str):  # noqa: ANN202
        row = scene.row(step_id)
        return row.mapRectToScene(row.bar_rect())
    infusion, chemo, close = bar("infusion"), bar("lymphodepletion"), bar("monitoring_early")
    follow_up = bar("follow_up")
    assert chemo.right() < infusion.left()  # the chemotherapy ends before day 0
    assert infusion.left() == pytest.approx(close.left())  # both start on day 0
    # The three days of chemotherapy are wide enough to see and click: 24 px on screen.
    assert chemo.width() * window.timeline_view.zoom_level >= 24
    # Two years of follow-up do not swallow the picture.
    assert follow_up.width() < 2 * (close.right() - chemo.left())


def test_clicking_a_bar_selects_the_step_and_the_details_show_it(qtbot: QtBot, window: MainWindow) -> None:
    click_row(qtbot, window, "lymphodepletion")
    assert window.document.selected == "lymphodepletion"
    assert window.details.text().startswith("Chemotherapy before the cells")
    scene = window.timeline_scene
    assert scene.row("lymphodepletion").is_selected_mark()
    assert not scene.row("infusion").is_selected_mark()
    click_row(qtbot, window, "evaluation")  # a card in the "no fixed day" column
    assert window.document.selected == "evaluation"
    assert not scene.row("lymphodepletion").is_selected_mark()


def test_selection_made_elsewhere_is_highlighted_here(window: MainWindow) -> None:
    window.document.select("crs_management")
    assert window.timeline_scene.row("crs_management").is_selected_mark()


def test_keys_walk_the_rows(qtbot: QtBot, window: MainWindow) -> None:
    view = window.timeline_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.document.selected == "evaluation"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert window.document.selected == "leukapheresis"
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert window.document.selected == "manufacturing"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert window.document.selected == "leukapheresis"


def test_zoom_commands_work_on_the_timeline(window: MainWindow) -> None:
    before = window.timeline_view.zoom_level
    window.actions[A.ZOOM_IN].trigger()
    assert window.timeline_view.zoom_level > before
    assert window.zoom_label.text() == f"Zoom {round(window.timeline_view.zoom_level * 100)}%"


def test_dates_appear_on_ticks_and_bars_once_the_infusion_day_is_set(window: MainWindow) -> None:
    window.resize(1920, 1080)
    window.timeline_view.fit()
    scene = window.timeline_scene
    axis = scene.axis()
    assert axis is not None
    # Ticks whose words would touch a nearer one are left out ("2 weeks before" here).
    # Each squeezed stretch has a tick, the last one saying how far the journey reaches;
    # the other ticks fill the widest gaps where their words touch no other tick's.
    assert axis.tick_labels() == [
        "4 weeks before", "2 weeks before", "1 week before", "The day you get your cells / Day 0", "1 week after",
        "2 weeks after", "1 month after", "6 months after", "1 year after", "3 years after", "15 years after",
    ]
    assert "Day 0 is the day you get your cells." in " ".join(scene.texts())
    window.document.set_schedule(dt.date(2026, 3, 10))
    axis = scene.axis()
    assert axis is not None
    labels = axis.tick_labels()
    assert "The day you get your cells / Day 0 / 10 Mar 2026" in labels
    assert "1 week before / 3 Mar 2026" in labels
    assert "3 years after / 10 Mar 2029" in labels  # by the calendar: day 1095 was 9 Mar, 2028 having a 29 February
    assert "15 years after / 10 Mar 2041" in labels
    assert scene.row("lymphodepletion").detail.endswith("Thu 5 Mar 2026 to Sat 7 Mar 2026")
    assert scene.row("leukapheresis").detail.endswith("sometime between Tue 10 Feb 2026 and Tue 24 Feb 2026")
    window.set_audience("clinician")
    assert "The infusion of CAR T cells / day 0 / 10 Mar 2026" in scene.axis().tick_labels()
    assert scene.row("infusion").detail.endswith("Tue 10 Mar 2026")
    assert "Mar" not in scene.row("evaluation").detail
    window.document.set_schedule(None)
    assert "Mar" not in scene.row("lymphodepletion").detail


def test_tooltips_use_patient_words_unless_the_clinician_words_are_chosen(window: MainWindow) -> None:
    row = window.timeline_scene.row("evaluation")
    step = window.document.pathway.step("evaluation")
    clinical_start = step.clinical_details[:40]
    assert "First, your team checks" in row.toolTip()
    assert clinical_start not in row.toolTip()
    window.actions[A.AUDIENCE_CLINICIAN].trigger()
    assert clinical_start in window.timeline_scene.row("evaluation").toolTip()
    window.actions[A.AUDIENCE_PATIENT].trigger()
    assert clinical_start not in window.timeline_scene.row("evaluation").toolTip()


# --- export ------------------------------------------------------------------------------------


def test_export_view_saves_the_timeline_when_it_is_showing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    window.document.select("lymphodepletion")  # selected on screen, but not in the picture
    out = tmp_path / "timeline.png"
    assert window.export_to(out)
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() > 1500  # print resolution: twice the scene's pixels
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
    assert len(colours) > 20  # drawn, not blank
    assert QColor(SELECTED_ROW_BG).name() not in colours  # export mode: no selection mark
    infusion_line = QColor("#9C4A00").name()
    assert infusion_line in colours
    # The journey map's picture is a different one: the export follows the view.
    window.show_view("journey")
    journey = tmp_path / "journey.png"
    assert window.export_to(journey)
    assert QImage(str(journey)).size() != image.size()


@pytest.mark.parametrize("suffix", [".svg", ".pdf"])
def test_the_timeline_exports_as_svg_and_pdf(window: MainWindow, tmp_path: Path, suffix: str) -> None:
    window.resize(1920, 1080)  # wide enough for the days at full width: every tick shows
    window.timeline_view.fit()
    out = tmp_path / f"timeline{suffix}"
    assert window.export_to(out)
    data = out.read_bytes()
    if suffix == ".svg":
        text = data.decode("utf-8")
        assert "Chemotherapy before the cells" in text
        assert "Day 0" in text and "4 weeks before" in text
    else:
        from pypdf import PdfReader

        text = " ".join(PdfReader(str(out)).pages[0].extract_text().split())
        assert "Chemotherapy before the cells" in text
        assert "Day 0" in text and "4 weeks before" in text


def test_the_timeline_reads_at_its_first_zoom(qtbot: QtBot, window: MainWindow) -> None:
    # Readable type first; the rest is a scroll away, never a squint.
    assert window.timeline_view.zoom_level >= 0.75
    window.timeline_view.fit()
    assert window.timeline_view.zoom_level >= 0.75
    QApplication.processEvents()
    first = window.timeline_view.mapToScene(QPoint(0, 0))
    assert first.x() <= window.timeline_scene.row("evaluation").mapRectToScene(
        window.timeline_scene.row("evaluation").chip_rect()
    ).left()


def test_a_long_phase_name_gives_way_to_the_planned_dates(qtbot: QtBot, settings: AppSettings, tmp_path: Path) -> None:
    # A Polish ward's phase name ran to four lines in every row's details, and the planned
    # dates at their end were cut: "Tue 7 Jul 2026 to Thu...".
    import yaml

    from models import load_pathway
    from models.loader import bundled_pathway

    data = yaml.safe_load(bundled_pathway().read_text(encoding="utf-8"))
    long_name = ("Hospital care, nursing and early mobilisation after the operation on the ward of "
                 "orthopaedics and trauma surgery of the locomotor system, for every patient")
    phase_id = load_pathway(bundled_pathway()).step("lymphodepletion").phase
    for phase in data["phases"]:
        if phase["id"] == phase_id:
            phase["title"] = long_name
    path = tmp_path / "long_phase.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    window = open_window(qtbot, settings, path, size=(1366, 768))
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    window.document.set_schedule(dt.date(2026, 3, 10))
    window.timeline_scene.set_zoomed_in(True)  # as exported, and zoomed in: every row's details
    assert window.timeline_scene.shows_details()
    row = window.timeline_scene.row("lymphodepletion")
    assert row.detail.startswith(long_name) and row.detail.endswith("Thu 5 Mar 2026 to Sat 7 Mar 2026")
    drawn = " ".join(row.text_lines()).replace("\u00ad", "")
    assert drawn.endswith("Thu 5 Mar 2026 to Sat 7 Mar 2026"), drawn
    assert "Hospital care" in drawn  # the phase is still named, shortened
