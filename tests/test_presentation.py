"""Presentation mode, driven the way a clinician drives it: F5, arrow keys, a clicker, numbers, Esc."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from pathway_viewer.core.clinic import ClinicInfo
from pathway_viewer.core.document import PathwayDocument
from pathway_viewer.journey.items import ELLIPSIS
from pathway_viewer.window.main_window import MainWindow
from pathway_viewer.presentation.view import PresentationView
from pathway_viewer.core.settings import AppSettings
from pathway_viewer.core.theme import Theme
from window_helpers import open_window

MAIN_TITLES = [
    "Checking if CAR-T may suit you",
    "Collecting your T cells",
    "Making your CAR T cells",
    "Chemotherapy before the cells",
    "Getting your CAR T cells (day 0)",
    "Close watch: the first two weeks",
    "Recovery: weeks 2 to 4",
    "Follow-up visits",
    "Long-term follow-up",
]


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: QtBot, settings: AppSettings) -> MainWindow:
    return open_window(qtbot, settings)  # the bundled SLE pathway


def present(qtbot: QtBot, window: MainWindow, step_id: str | None = None) -> PresentationView:
    window.document.select(step_id)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    view = window.presentation
    assert view is not None
    qtbot.waitUntil(view.isVisible)
    return view


def key(qtbot: QtBot, view: PresentationView, k: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(view, k)


# --- entering, moving, leaving ------------------------------------------------------------


def test_f5_presents_the_selected_step_full_screen_and_esc_selects_where_it_ended(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = present(qtbot, window, "leukapheresis")
    assert view.windowState() & Qt.WindowState.WindowFullScreen
    assert view.title_text() == "Collecting your T cells"
    assert view.position_text() == "Step 2 of 9"
    assert view.strip.marked_index() == 1
    assert view.strip.marker_text() == "You are here"

    key(qtbot, view, Qt.Key.Key_Right)
    assert view.title_text() == "Making your CAR T cells"
    assert view.position_text() == "Step 3 of 9"
    assert view.strip.marked_index() == 2

    key(qtbot, view, Qt.Key.Key_Escape)
    assert not view.isVisible()
    assert window.document.selected == "manufacturing"
    assert "Making your CAR T cells" in window.details.text()


def test_with_nothing_selected_it_starts_at_the_beginning(qtbot: QtBot, window: MainWindow) -> None:
    view = present(qtbot, window, None)
    assert view.title_text() == MAIN_TITLES[0]
    assert view.position_text() == "Step 1 of 9"


def test_clicker_keys_walk_the_whole_main_journey_and_back(qtbot: QtBot, window: MainWindow) -> None:
    view = present(qtbot, window, None)
    seen = [view.title_text()]
    for k in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown) * 3:
        key(qtbot, view, k)
        if view.title_text() != seen[-1]:
            seen.append(view.title_text())
    # Every main step in order, no branch walked into by surprise, and the end holds.
    assert seen == MAIN_TITLES
    assert view.position_text() == "Step 9 of 9"
    assert view.next_hint().startswith("This is the last step")
    key(qtbot, view, Qt.Key.Key_PageUp)
    assert view.title_text() == MAIN_TITLES[-2]
    key(qtbot, view, Qt.Key.Key_Left)
    assert view.title_text() == MAIN_TITLES[-3]
    key(qtbot, view, Qt.Key.Key_Home)
    assert view.position_text() == "Step 1 of 9"
    key(qtbot, view, Qt.Key.Key_End)
    assert view.position_text() == "Step 9 of 9"


# --- branches -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("step_id", "offered", "heading"),
    [
        ("evaluation", ["1   Not eligible, or you say no\n\u2192 Standard care continues"],
         "Some people go another way here. Press 1 to see that path:"),
        (
            "manufacturing",
            [
                # Bridging runs alongside making the cells (kind: parallel in the YAML).
                "1   At the same time: lupus needs treatment\n\u2192 Treating your lupus while you wait",
                "2   Cells fail release tests\n\u2192 Collecting cells again",
                "3   A flare or an infection\n\u2192 A delay before the chemotherapy",
                "4   Cells fail again, or you stop\n\u2192 Standard care continues",
            ],
            # Bridging is not "another way": the heading says something happens alongside.
            "Some people go another way here, and something also happens at the same time. Press 1 to 4 to see one:",
        ),
        (
            "monitoring_early",
            [
                "1   Signs of CRS (often)\n\u2192 Treating CRS",  # frequency: common in the YAML
                "2   Signs of ICANS\n\u2192 Treating ICANS (brain side effects)",
                "3   Signs of infection\n\u2192 Treating infections",
            ],
            "Some people go another way here. Press 1 to 3 to see that path:",
        ),
    ],
)
def test_branches_are_offered_as_numbered_choices(
    qtbot: QtBot, window: MainWindow, step_id: str, offered: list[str], heading: str
) -> None:
    view = present(qtbot, window, step_id)
    # On a laptop's screen (the offscreen one, 800x600, leaves the step one line beside the
    # ways' second lines: there they take one line each).
    view.showNormal()
    view.resize(1366, 768)
    qtbot.waitUntil(lambda: view.height() == 768)
    assert view.choice_labels() == offered
    assert view.choices_box.isVisible()
    assert view.choices_heading.text() == heading


def test_steps_without_branches_offer_no_choices(qtbot: QtBot, window: MainWindow) -> None:
    view = present(qtbot, window, "lymphodepletion")
    assert view.choice_labels() == []
    assert not view.choices_box.isVisible()


def test_a_side_effect_branch_is_chosen_by_number_and_right_loops_back(qtbot: QtBot, window: MainWindow) -> None:
    view = present(qtbot, window, "monitoring_early")
    key(qtbot, view, Qt.Key.Key_2)
    assert view.title_text() == "Treating ICANS (brain side effects)"
    assert view.position_text() == "Only if needed: a side path at step 6 of 9"
    assert view.strip.marked_index() == 5  # still pointing at where the main journey is
    assert view.strip.marker_text() == "Side path from here"
    assert view.next_hint().startswith("\u2192  Back to: Close watch: the first two weeks (when it settles)")
    assert view.choice_labels() == ["1   If severe\n\u2192 Intensive care, if needed"]

    key(qtbot, view, Qt.Key.Key_1)
    assert view.title_text() == "Intensive care, if needed"
    key(qtbot, view, Qt.Key.Key_Right)  # ICU loops back to the close watch "when stable"
    assert view.title_text() == "Close watch: the first two weeks"
    assert view.position_text() == "Step 6 of 9"
    key(qtbot, view, Qt.Key.Key_Right)
    assert view.title_text() == "Recovery: weeks 2 to 4"


def test_left_from_a_branch_goes_back_to_where_it_was_chosen(qtbot: QtBot, window: MainWindow) -> None:
    view = present(qtbot, window, "monitoring_early")
    key(qtbot, view, Qt.Key.Key_1)
    assert view.title_text() == "Treating CRS"
    key(qtbot, view, Qt.Key.Key_Left)
    assert view.title_text() == "Close watch: the first two weeks"


def test_a_dead_end_branch_returns_to_the_main_journey(qtbot: QtBot, window: MainWindow) -> None:
    view = present(qtbot, window, "evaluation")
    key(qtbot, view, Qt.Key.Key_1)
    assert view.title_text() == "Standard care continues"
    assert view.next_hint().startswith("\u2192  Back to the main journey: Checking if CAR-T may suit you")
    key(qtbot, view, Qt.Key.Key_Right)
    assert view.title_text() == "Checking if CAR-T may suit you"
    key(qtbot, view, Qt.Key.Key_Right)
    assert view.title_text() == "Collecting your T cells"  # and on along the main journey


def test_cells_failing_their_tests_loop_back_to_manufacturing(qtbot: QtBot, window: MainWindow) -> None:
    view = present(qtbot, window, "manufacturing")
    # The second choice: the first is the bridging treatment at the same time. A click works as well as "2".
    qtbot.mouseClick(view.choice_buttons[1], Qt.MouseButton.LeftButton)
    assert view.title_text() == "Collecting cells again"
    key(qtbot, view, Qt.Key.Key_Space)
    assert view.title_text() == "Making your CAR T cells"


def test_leaving_on_a_branch_selects_the_branch_step(qtbot: QtBot, window: MainWindow) -> None:
    view = present(qtbot, window, "monitoring_early")
    key(qtbot, view, Qt.Key.Key_3)
    key(qtbot, view, Qt.Key.Key_Escape)
    assert window.document.selected == "infection_management"
    assert window.details.text().startswith("Treating infections")


def test_clicking_a_step_in_the_strip_goes_there(qtbot: QtBot, window: MainWindow) -> None:
    view = present(qtbot, window, None)
    view.resize(1024, 768)
    rect = view.strip._card_rects()[4]
    qtbot.mouseClick(view.strip, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert view.title_text() == MAIN_TITLES[4]


# --- what it shows --------------------------------------------------------------------------


def test_it_shows_what_happens_who_is_there_and_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    view = present(qtbot, window, "lymphodepletion")
    step = window.document.pathway.step("lymphodepletion")
    text = view.body_text()
    for heading in ("What happens", "How long", "Who is there", "What to bring and do", "Questions to ask",
                    "Watch for these and tell your team"):
        assert heading in text
    assert step.patient_summary in text
    assert "Usually about 3 days." in text
    assert "Pharmacist: Prepares and checks your chemotherapy medicines." in text
    assert step.how_to_prepare[0] in text
    assert step.questions[0] in text
    assert step.warning_signs[0] in text
    assert "Educational information, not medical advice" in view.disclaimer_label.text()
    assert view.disclaimer_label.isVisible()


def test_patients_never_see_clinical_text_and_ctrl_2_shows_it_while_presenting(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = present(qtbot, window, "evaluation")
    clinical = window.document.pathway.step("evaluation").clinical_details
    assert clinical not in view.body_text()
    assert "Clinical details" not in view.body_text()
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.document.audience == "clinician"
    assert clinical in view.body_text()
    assert view.title_text() == "Checking if CAR-T may suit you"  # Ctrl+2 is not choice 2
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert clinical not in view.body_text()
    assert window.settings.get("view/audience") == "patient"


def test_the_patients_dates_are_shown_in_large_type(qtbot: QtBot, window: MainWindow) -> None:
    window.document.set_schedule(dt.date(2026, 3, 10))  # a Tuesday
    view = present(qtbot, window, "lymphodepletion")
    assert view.dates_text() == "Your dates: Thu 5 Mar 2026 to Sat 7 Mar 2026"
    assert view.dates_label.font().pixelSize() > view.left_label.font().pixelSize()
    key(qtbot, view, Qt.Key.Key_Right)
    assert view.dates_text() == "Your dates: Tue 10 Mar 2026"
    window.document.set_schedule(None)
    assert view.dates_text() == ""


def test_steps_without_a_timing_show_no_dates(qtbot: QtBot, window: MainWindow) -> None:
    window.document.set_schedule(dt.date(2026, 3, 10))
    view = present(qtbot, window, "evaluation")
    assert view.dates_text() == ""


def test_the_clinics_answers_and_temperature_unit_show_and_old_free_text_rules_do_not(
    qtbot: QtBot, window: MainWindow
) -> None:
    # The bundled pathway asks its own questions, so the old free-text rules are not shown too.
    window.set_clinic(ClinicInfo(name="City Unit", stay_near_rule="Stay within 1 hour for 4 weeks.",
                                 choices={"car_t_sle/stay_after_infusion": "hospital"}, temperature_unit="F"))
    view = present(qtbot, window, "monitoring_early")
    text = view.body_text()
    assert "This is when side effects are most likely to start. You stay in hospital at first, so staff can check you often." in text
    assert "A temperature of 100.4 \u00b0F or higher" in text
    assert "Emergency number: ask your team which number to call" in text
    assert "Stay within 1 hour" not in text and "Local rules" not in text
    window.set_clinic(ClinicInfo(emergency_number="999"))
    text = view.body_text()
    assert "Your team will tell you if you stay in hospital or come in every day." in text
    assert "A temperature of 38.0 \u00b0C or higher" in text and "Emergency number: 999" in text
    key(qtbot, view, Qt.Key.Key_Home)
    assert "Emergency number" not in view.body_text() and "at once" not in view.body_text()


def test_a_pathway_past_its_review_date_says_so_while_presenting(qtbot: QtBot, window: MainWindow) -> None:
    window.document.today = lambda: dt.date(2027, 6, 1)
    view = present(qtbot, window, "infusion")
    assert "Due for review since Tue 1 Jun 2027." in view.disclaimer_label.text()
    window.document.today = lambda: dt.date(2027, 5, 31)
    key(qtbot, view, Qt.Key.Key_Right)
    assert "Due for review" not in view.disclaimer_label.text()


def test_pathway_text_is_escaped_never_markup(qtbot: QtBot, small_pathway_file: Path, tmp_path: Path) -> None:
    from models import load_pathway
    from pathway_viewer.core.fonts import load_bundled_fonts

    text = small_pathway_file.read_text(encoding="utf-8").replace(
        "title: Assessment", "title: \"<b>Assessment</b>\""
    ).replace("The team checks if the treatment suits you.", "\"<i>not italic</i> & <img src='x.png'>\"")
    path = tmp_path / "markup.yaml"
    path.write_text(text, encoding="utf-8")
    document = PathwayDocument()
    document.set_pathway(load_pathway(path))
    view = PresentationView(document, Theme(font_family=load_bundled_fonts()))
    qtbot.addWidget(view)
    view.start(None, full_screen=False)
    assert view.title_text() == "<b>Assessment</b>"
    assert view.title_label.textFormat() == Qt.TextFormat.PlainText
    assert "<i>not italic</i> & <img src='x.png'>" in view.body_text()


# --- sizes ----------------------------------------------------------------------------------


@pytest.fixture
def bare_view(qtbot: QtBot) -> PresentationView:
    from pathway_viewer.core.fonts import load_bundled_fonts

    document = PathwayDocument()
    document.load(None)
    document.set_schedule(dt.date(2026, 3, 10))
    view = PresentationView(document, Theme(font_family=load_bundled_fonts()))
    qtbot.addWidget(view)
    return view


def _fits(label: QLabel) -> bool:
    return label.isHidden() or label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("step_id", ["evaluation", "lymphodepletion", "monitoring_early", "follow_up"])
def test_text_scales_with_the_screen_and_nothing_is_cut_off(
    qtbot: QtBot, bare_view: PresentationView, step_id: str
) -> None:
    view = bare_view
    view.start(step_id, full_screen=False)
    body_sizes = []
    # Up, then back down: type sized for a big screen must not hold a small window open.
    for width, height in ((1024, 768), (1920, 1080), (3840, 2160), (1024, 768)):
        view.resize(width, height)
        QApplication.processEvents()
        assert (view.width(), view.height()) == (width, height)  # the content never forces a taller window
        sizes = view.sizes()
        body_sizes.append(view.left_label.font().pixelSize())
        assert view.title_label.font().pixelSize() == sizes.title
        assert view.left_label.font().pixelSize() >= 20  # large from across a desk, even on 1024x768
        assert view.disclaimer_label.font().pixelSize() >= 14  # small, still readable
        for label in (view.title_label, view.position_label, view.dates_label, view.next_label,
                      view.disclaimer_label, view.choices_heading):
            assert _fits(label), (width, label.objectName())
        # The step's words: whole, or scrollable to the end (never cut off silently).
        inner = view.body.widget()
        needed = inner.heightForWidth(view.body.viewport().width())
        scrollable = view.body.verticalScrollBar().maximum()
        assert view.body.viewport().height() + scrollable >= needed - 1, width
        if scrollable:
            assert "More below" in view.next_hint()
        for button in view.choice_buttons:
            assert button.width() >= button.sizeHint().width(), (width, button.text())
        # Every step of the journey strip keeps its whole title at this width.
        for lines in view.strip.shown_titles():
            assert not lines[-1].endswith(ELLIPSIS), (width, lines)
        assert view.strip.height() >= view.strip.sizeHint().height()
    assert body_sizes[0] < body_sizes[1] < body_sizes[2]
    assert body_sizes[2] >= 2.5 * body_sizes[0]
    assert body_sizes[3] == body_sizes[0]


def test_keys_scroll_a_long_step_on_a_small_screen(qtbot: QtBot, bare_view: PresentationView) -> None:
    view = bare_view
    view.start("evaluation", full_screen=False)
    view.resize(1024, 768)
    QApplication.processEvents()
    bar = view.body.verticalScrollBar()
    assert bar.maximum() > 0  # the first step has a lot to say
    key(qtbot, view, Qt.Key.Key_Down, 3)
    assert bar.value() > 0
    assert view.title_text() == "Checking if CAR-T may suit you"  # Down scrolls; it does not move on


def test_a_window_preview_after_a_full_screen_run_is_a_normal_window(
    qtbot: QtBot, bare_view: PresentationView
) -> None:
    view = bare_view
    view.start("lymphodepletion")
    assert view.windowState() & Qt.WindowState.WindowFullScreen
    view.leave()
    view.start("monitoring_early", full_screen=False)
    assert not view.windowState() & Qt.WindowState.WindowFullScreen
    view.resize(1024, 768)
    QApplication.processEvents()
    assert (view.width(), view.height()) == (1024, 768)


def test_a_long_word_in_the_strip_breaks_with_a_hyphen_by_the_pathway_language(qtbot: QtBot, tmp_path: Path) -> None:
    from models import load_pathway
    from pathway_viewer.core.fonts import load_bundled_fonts

    source = Path(__file__).parent / "data" / "lupus_kurz_de.yaml"
    text = source.read_text(encoding="utf-8").replace("title: Die Infusion", "title: Lymphozytendepletionsbehandlung")
    path = tmp_path / "lang.yaml"
    path.write_text(text, encoding="utf-8")
    document = PathwayDocument()
    document.set_pathway(load_pathway(path))
    view = PresentationView(document, Theme(font_family=load_bundled_fonts()))
    qtbot.addWidget(view)
    view.start(None, full_screen=False)
    view.resize(1024, 768)
    view.show()
    qtbot.waitExposed(view)
    lines = next(lines for lines in view.strip.shown_titles() if lines[0].startswith("Lympho"))
    # German hyphenation, not an ellipsis: the word is whole across its lines.
    assert not lines[-1].endswith(ELLIPSIS), lines
    assert lines[0].endswith("-") and "".join(line.rstrip("-") for line in lines) == "Lymphozytendepletionsbehandlung"
