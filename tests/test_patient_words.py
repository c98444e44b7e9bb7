"""New optional format fields and the Qt-free wording built on them (models.wording.patient_words)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from models import PathwayError, bundled_pathway, load_pathway
from models.wording.patient_words import (
    choice_text,
    date_window_words,
    day_words,
    due_for_review,
    due_for_review_words,
    duration_words,
    resolve_local,
    sign_text,
    step_settings,
    temperature_words,
    timing_words,
)
from models.schema import DayRange, Duration, Setting
from models.wording.sections import step_sections


@pytest.fixture(scope="module")
def sle():
    return load_pathway(bundled_pathway())


def test_days_never_read_as_negative_numbers(sle) -> None:
    assert day_words(-28, sle) == "about 4 weeks before the day you get your cells"
    assert day_words(-5) == "5 days before the main treatment day"
    assert day_words(0, sle) == "the day you get your cells"
    assert day_words(5479, sle) == "about 15 years after the day you get your cells"
    assert timing_words(DayRange(start=-28, end=-14, window=True), sle) == (
        "Sometime between about 2 weeks and about 4 weeks before the day you get your cells."
    )
    assert timing_words(DayRange(start=0, end=14), sle) == "From the day you get your cells to about 2 weeks later."
    assert timing_words(DayRange(start=-5, end=-3, estimate=True)).endswith("Your team will tell you the exact times.")


def test_estimates_read_about_for_patients_and_are_marked_for_staff() -> None:
    d = Duration(min=1, max=4, unit="weeks", estimate=True)
    assert duration_words(d) == "about 1 to 4 weeks. Your team will tell you how long it takes for you"
    assert duration_words(d, "clinician") == "1 to 4 weeks (estimate: no source gives this)"
    assert duration_words(Duration(min=3, max=6, unit="hours")) == "3 to 6 hours"


def test_a_window_of_dates_reads_sometime_between() -> None:
    a, b = dt.date(2026, 2, 10), dt.date(2026, 2, 24)
    assert date_window_words(a, b, True) == "sometime between Tue 10 Feb 2026 and Tue 24 Feb 2026"
    assert date_window_words(a, b, False) == "Tue 10 Feb 2026 to Tue 24 Feb 2026"
    assert date_window_words(a, a, True) == "Tue 10 Feb 2026"


def test_dates_no_source_gives_read_about_and_years_ahead_read_as_a_month() -> None:
    # "Your planned dates: Tue 7 Apr 2026 to Sun 10 Mar 2041" for follow-up "up to 15 years".
    a, b = dt.date(2026, 4, 7), dt.date(2041, 3, 10)
    assert date_window_words(a, b, False) == "Tue 7 Apr 2026 to March 2041"
    assert date_window_words(a, b, False, estimate=True) == "about Tue 7 Apr 2026 to March 2041"
    assert date_window_words(a, a, False, estimate=True) == "about Tue 7 Apr 2026"
    near = dt.date(2027, 4, 7)  # a year and a day: still a day
    assert date_window_words(a, near, True) == "sometime between Tue 7 Apr 2026 and Wed 7 Apr 2027"


@pytest.mark.parametrize(("duration", "words"), [
    # "about 0 days" read as a misprint; "0 to 2 days" as a slip.
    (Duration(min=0, max=0, unit="days"), "less than a day"),
    (Duration(min=0, max=0, unit="hours"), "less than an hour"),
    (Duration(min=0, max=1, unit="days"), "up to 1 day"),
    (Duration(min=0, max=2.5, unit="hours"), "up to 2.5 hours"),
    (Duration(min=0, max=3, unit="weeks", estimate=True), "up to 3 weeks. Your team will tell you how long it takes for you"),
    (Duration(min=0, max=2, unit="cycles"), "0 to 2 cycles"),  # counted: nought is a count
])
def test_a_step_with_no_length_of_its_own_reads_less_than_or_up_to(duration: Duration, words: str) -> None:
    assert duration_words(duration) == words


def test_the_fever_sign_shows_celsius_or_fahrenheit(sle) -> None:
    fever = sle.urgent_signs[0]
    assert sign_text(fever) == "A temperature of 38.0 \u00b0C or higher"
    assert sign_text(fever, "F") == "A temperature of 100.4 \u00b0F or higher"
    assert temperature_words(38.0, "both") == "38.0 \u00b0C (100.4 \u00b0F)"
    assert any(s.call.value == "emergency" for s in sle.urgent_signs)


def test_clinic_choices_fill_the_text_and_never_print_a_blank(sle) -> None:
    choice = sle.local_choice("stay_after_infusion")
    assert choice_text(choice, None).startswith("Your team will tell you")
    printed = choice_text(choice, "", printed=True)
    assert printed.startswith("Your team will tell you") and "Where I stay after my cells: ____" in printed
    assert choice_text(choice, "hospital") == choice.options[0].text
    assert choice_text(choice, "Ward 7 for three nights.") == "Ward 7 for three nights."
    text = "Before. {local:stay_after_infusion}"
    assert resolve_local(text, sle, {"stay_after_infusion": "hospital"}) == "Before. " + choice.options[0].text


def test_a_setting_choice_shows_one_answer_not_both(sle) -> None:
    step = sle.step("monitoring_early")
    assert step_settings(sle, step) is None
    assert step_settings(sle, step, {"stay_after_infusion": "hospital"}) == [Setting.inpatient]
    where = next(s for s in step_sections(sle, step) if s.key == "setting").items
    assert where == [choice_text(sle.local_choice("stay_after_infusion"), None)]
    chosen = next(s for s in step_sections(sle, step, choices={"stay_after_infusion": "hospital"}) if s.key == "setting")
    assert chosen.items == ["Hospital ward: you stay in hospital"]


def test_patient_sections_of_the_bundled_pathway_have_no_placeholders_or_negative_days(sle) -> None:
    for step in sle.steps:
        for section in step_sections(sle, step, include_sources=False):
            for text in section.paragraphs + section.items:
                assert "{local:" not in text and "{temperature}" not in text, (step.id, text)
                assert "day -" not in text, (step.id, text)


def test_steps_from_the_infusion_on_show_the_urgent_signs(sle) -> None:
    step = sle.step("recovery")
    urgent = next(s for s in step_sections(sle, step, temperature_unit="F") if s.key == "urgent")
    assert urgent.items[0] == "A temperature of 100.4 \u00b0F or higher"
    assert not any(s.key == "urgent" for s in step_sections(sle, sle.step("evaluation")))


def test_review_due_date(sle) -> None:
    assert due_for_review(sle, sle.review.next_review - dt.timedelta(days=1)) is None
    assert due_for_review(sle, sle.review.next_review) == sle.review.next_review
    assert due_for_review_words(sle, dt.date(2099, 1, 1)).startswith("Due for review since ")
    assert sle.last_reviewed == sle.review.reviewed_on


def test_long_term_follow_up_lasts_up_to_15_years(sle) -> None:
    step = sle.step("long_term_follow_up")
    assert step.timing is not None and step.timing.end == 5479
    assert "15 years" in step.patient_summary and "cancers" in step.patient_summary
    assert any("long-term risks" in q for q in step.questions)


def test_isenberg_is_gone_and_greco_is_corrected(sle) -> None:
    ids = {s.id for s in sle.sources}
    assert "isenberg-review" not in ids
    greco = sle.source("greco-2024")
    assert "Innovative cellular therapies for autoimmune diseases" in greco.citation
    assert greco.url == "https://doi.org/10.1016/j.eclinm.2024.102476"


# --- validation of the new fields ---------------------------------------------------


def _bundled_text() -> str:
    return Path(str(bundled_pathway())).read_text(encoding="utf-8")


def _load(tmp_path: Path, text: str):
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return load_pathway(path)


def test_an_unknown_local_choice_in_text_is_located(tmp_path: Path) -> None:
    text = _bundled_text().replace("Plan how you will get around. {local:driving}", "Plan how you will get around. {local:drivng}")
    with pytest.raises(PathwayError) as excinfo:
        _load(tmp_path, text)
    [problem] = excinfo.value.problems
    assert problem.message == "unknown local choice 'drivng'; did you mean 'driving'?"
    assert problem.line == text[: text.index("{local:drivng}")].count("\n") + 1
    assert problem.path.startswith("steps[3].how_to_prepare[")


def test_review_dates_must_agree(tmp_path: Path) -> None:
    text = _bundled_text().replace("last_reviewed: 2026-12-01", "last_reviewed: 2026-11-30")
    with pytest.raises(PathwayError) as excinfo:
        _load(tmp_path, text)
    assert [p.path for p in excinfo.value.problems] == ["last_reviewed"]


def test_a_file_without_the_new_fields_still_loads(small_pathway_file: Path) -> None:
    pathway = load_pathway(small_pathway_file)
    assert pathway.urgent_signs == [] and pathway.review is None and pathway.local_choices == []
    assert due_for_review(pathway, dt.date(2999, 1, 1)) is None


def test_a_temperature_sign_needs_its_placeholder(tmp_path: Path) -> None:
    text = _bundled_text().replace("text: A temperature of {temperature} or higher", "text: A high temperature")
    with pytest.raises(PathwayError) as excinfo:
        _load(tmp_path, text)
    [problem] = excinfo.value.problems
    assert problem.path == "urgent_signs[0]" and "{temperature}" in problem.message


def test_a_pathway_that_names_no_day_zero_is_not_called_an_infusion() -> None:
    # A knee operation is day 0 there: patient and staff words must not name a treatment.
    from models.wording.patient_words import timing_clinical

    knee = load_pathway(Path(__file__).parent / "data" / "knee_surgery.yaml")
    timed = [step for step in knee.steps if step.timing is not None]
    assert [timing_words(step.timing, knee) for step in timed][:2] == [
        "From about 3 weeks to about 2 weeks before the main treatment day.", "On the main treatment day."]
    assert not any("infusion" in timing_clinical(step.timing, knee) for step in timed)
