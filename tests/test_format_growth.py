"""The format grown up (issue #9 point 5), without a screen: 15-year timings, no phases,
counted and open-ended durations, repeating visits, steps at the same time, end steps and
how often a path is taken. Expected values are written out by hand from the test file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from models import load_pathway
from models.schema import MAX_VISITS, RepeatRule, RepeatUnit, Repeats
from models.graph import PathwayGraph
from models.layout import compute_layout
from models.lint import lint_file
from models.wording.sections import step_sections
from pathway_files import edit, line_of, load_text, problems

DATA = Path(__file__).parent / "data"
FEATURES = DATA / "format_features.yaml"
TEXT = FEATURES.read_text(encoding="utf-8")

# Day 91, every 3 months (91.31 days) to day 365, then every year (365.25 days) to day
# 5479: months 3, 6, 9, 12, then years 2 to 15.
FOLLOW_UP_DAYS = [91, 182, 274, 365, 730, 1095, 1461, 1826, 2191, 2557, 2922, 3287, 3652, 4017, 4383, 4748, 5113, 5479]


def sections(step_id: str, **options) -> dict[str, tuple[list[str], list[str]]]:  # noqa: ANN003
    pathway = load_pathway(FEATURES)
    return {s.key: (s.paragraphs, s.items) for s in step_sections(pathway, pathway.step(step_id), **options)}


def test_the_test_pathway_loads_with_no_phases_and_a_15_year_follow_up() -> None:
    pathway = load_pathway(FEATURES)
    assert pathway.phases == []
    assert pathway.step("follow-up").timing.end == 5479  # past the old 3,650-day limit
    assert pathway.phase_of(pathway.step("assessment")) is None


def test_older_files_still_load_unchanged() -> None:
    knee = load_pathway(DATA / "knee_surgery.yaml")
    assert [s.duration.unit.value for s in knee.steps][:2] == ["hours", "weeks"]
    assert all(not s.end and s.repeats is None for s in knee.steps)
    assert all(t.frequency is None for t in knee.transitions)


def test_repeating_visits_every_3_months_then_yearly() -> None:
    pathway = load_pathway(FEATURES)
    assert pathway.step("follow-up").visit_days() == FOLLOW_UP_DAYS
    assert pathway.step("treatment").visit_days() == []


def test_durations_in_cycles_sessions_and_open_ended_read_in_words() -> None:
    assert sections("bridging")["timing"][0][0] == "Usually 2 to 4 cycles, every 2 weeks."
    assert sections("physio")["timing"][0][0] == "Usually 10 to 12 sessions, every week."
    assert sections("tablets")["timing"][0][0] == "How long: as long as needed."


def test_visits_are_described_and_listed_as_days_or_as_the_patients_dates() -> None:
    paragraphs, items = sections("follow-up")["visits"]
    assert paragraphs == [
        "Visits come every 3 months until about 12 months after the main treatment day, "
        "then every year until about 15 years after the main treatment day."
    ]
    assert items[:2] == ["About 3 months after the main treatment day", "About 6 months after the main treatment day"]
    assert items[-1] == "About 15 years after the main treatment day"
    clinician = sections("follow-up", audience="clinician")["visits"][0]
    assert clinician == ["Visits come every 3 months until day +365, then every year until day +5479."]

    # Infusion on Mon 1 Mar 2027: the first visit is day 91, the last day 5479 (15 years on).
    first = dt.date(2027, 3, 1) + dt.timedelta(days=91)
    _, dated = sections("follow-up", dates=(first, dt.date(2042, 3, 1)))["visits"]
    assert dated[:4] == ["Mon 31 May 2027", "Mon 30 Aug 2027", "Tue 30 Nov 2027", "Tue 29 Feb 2028"]
    assert len(dated) == 13  # 12 dates, then the rest in one line
    assert dated[-1] == "And 6 more visits after that, the last on Sat 1 Mar 2042."


def test_steps_at_the_same_time_say_so_both_ways() -> None:
    assert sections("preparation")["together"][1] == ["This happens at the same time as \u201cTreatment while you wait\u201d."]
    assert sections("bridging")["together"][1] == ["This happens at the same time as \u201cGetting the treatment ready\u201d."]
    assert "together" not in sections("treatment")


def test_how_often_a_path_is_taken_is_said_in_words() -> None:
    assert sections("assessment")["often"][1] == [
        "Going on to \u201cOther treatment\u201d (not suitable): this happens sometimes.",
        "Coming back here (the illness comes back): this happens rarely.",
    ]


def test_an_end_step_says_the_path_ends_there() -> None:
    assert sections("other-treatment")["end"][0] == ["This path of the journey ends here."]
    assert "end" not in sections("follow-up")


def test_a_parallel_step_stands_beside_its_partner_not_after_it() -> None:
    graph = PathwayGraph(load_pathway(FEATURES))
    assert graph.main_path == ["assessment", "preparation", "treatment", "physio", "follow-up"]
    layout = compute_layout(graph)
    assert layout.columns["bridging"] == layout.columns["preparation"] == 1
    assert layout.columns["tablets"] == layout.columns["physio"] == 3
    assert layout.rows["bridging"] != 0 and layout.rows["tablets"] != 0


def test_lint_does_not_ask_an_end_step_for_things_to_do() -> None:
    messages = [p.message for p in lint_file(FEATURES, today=dt.date(2026, 7, 1))]
    assert messages == ["no urgent_signs: list the signs that mean 'call at once', each with whom to call"]
    # The same step without end: true is asked for something to do.
    plain = edit(TEXT, "    end: true\n", "")
    path = FEATURES.parent.parent / "_tmp_plain.yaml"
    try:
        path.write_text(plain, encoding="utf-8")
        found = {p.path: p.message for p in lint_file(path, today=dt.date(2026, 7, 1))}
    finally:
        path.unlink()
    assert found["steps[7]"].startswith("step 'other-treatment' gives the patient nothing to do")


# --- refused with a located message ------------------------------------------------------------


def test_an_end_step_that_goes_on_is_refused_at_the_transition() -> None:
    text = edit(TEXT, "transitions:\n", "transitions:\n  - {from: other-treatment, to: treatment, kind: alternative, label: later}\n")
    found = problems(text)
    assert [(p.line, p.path, p.message) for p in found] == [(
        line_of(text, "from: other-treatment"), "transitions[0]",
        "step 'other-treatment' is marked end: true (the journey ends there), so it cannot go on to 'treatment'; "
        "remove end: true from the step or this transition",
    )]


def test_frequency_on_a_main_transition_is_refused() -> None:
    text = edit(TEXT, "{from: treatment, to: physio}", "{from: treatment, to: physio, frequency: common}")
    found = problems(text)
    assert [(p.line, p.path) for p in found] == [(line_of(text, "frequency: common"), "transitions[2]")]
    assert found[0].message.endswith(
        "frequency says how often a path is taken: give it only on kind alternative or loop_back"
    )


def test_an_unknown_frequency_word_is_refused_with_the_known_ones() -> None:
    text = edit(TEXT, "frequency: rare", "frequency: seldom")
    found = problems(text)
    assert [(p.line, p.path) for p in found] == [(line_of(text, "frequency: seldom"), "transitions[7].frequency")]
    assert "'common', 'uncommon' or 'rare'" in found[0].message


def test_repeats_without_a_first_day_or_with_both_forms_are_refused() -> None:
    no_timing = edit(TEXT, "    timing: {start: 91, end: 5479}\n", "")
    found = problems(no_timing)
    assert [p.path for p in found] == ["steps[6]"]
    assert found[0].message.endswith("repeats needs a timing: the first visit is on timing.start")

    both = edit(TEXT, "      until_day: 365\n", "      until_day: 365\n      days: [91, 182]\n")
    found = problems(both)
    assert [(p.line, p.path) for p in found] == [(line_of(both, "repeats:"), "steps[6].repeats")]
    assert found[0].message.endswith("give either days: [...] or every/unit/until_day, not both")


def test_every_days_needs_a_counted_unit_and_counts_are_whole() -> None:
    text = edit(TEXT, "{min: 3, max: 4, unit: weeks}", "{min: 3, max: 4, unit: weeks, every_days: 7}")
    found = problems(text)
    assert [(p.line, p.path) for p in found] == [(line_of(text, "every_days: 7}"), "steps[1].duration")]
    assert found[0].message.endswith("every_days goes with unit cycles or sessions; a time in days needs no every_days")

    half = edit(TEXT, "{min: 2, max: 4, unit: cycles", "{min: 2.5, max: 4, unit: cycles")
    assert problems(half)[0].message.endswith("cycles are counted in whole numbers, not 2.5 to 4")


def test_a_step_may_name_no_phase_even_when_the_pathway_has_phases() -> None:
    knee = (DATA / "knee_surgery.yaml").read_text(encoding="utf-8")
    text = edit(knee, "    phase: before\n", "", count=2)
    pathway = load_text(text)
    assert pathway.step("clinic-visit").phase is None and pathway.step("operation").phase == "hospital"


def test_a_rhythm_that_makes_hundreds_of_visits_is_refused_as_a_likely_typo() -> None:
    # Every day from day 91 to day 1000: 910 visits, where "every 3 months" was meant.
    text = edit(TEXT, "      every: 3\n      unit: months\n      until_day: 365\n", "      every: 1\n      unit: days\n      until_day: 1000\n")
    found = problems(text)
    assert [(p.line, p.path) for p in found] == [(line_of(text, "- id: follow-up"), "steps[6]")]
    assert found[0].message.endswith("these repeats make more than 400 visits; check every and unit (every: 1, unit: days?)")


def test_compare_names_a_changed_frequency_end_and_rhythm() -> None:
    from models.diff import diff_pathways

    text = TEXT.replace("frequency: rare", "frequency: common").replace("    end: true\n", "")
    text = text.replace("until_day: 5479}", "until_day: 3650}")
    found = [str(c) for c in diff_pathways(load_pathway(FEATURES), load_text(text))]
    assert found == [
        "steps[follow-up].repeats.then.until_day: changed from \u201c5479\u201d to \u201c3650\u201d",
        "steps[other-treatment].end: changed from \u201cTrue\u201d to \u201cFalse\u201d",
        "transitions[follow-up -> assessment].frequency: changed from \u201crare\u201d to \u201ccommon\u201d",
    ]


def test_a_labelled_parallel_step_is_at_the_same_time_but_only_for_some() -> None:
    text = edit(TEXT, "{from: preparation, to: bridging, kind: parallel}",
                "{from: preparation, to: bridging, kind: parallel, label: the illness needs it}")
    pathway = load_text(text)
    graph = PathwayGraph(pathway)
    assert not graph.is_beside_main("bridging") and graph.is_beside_main("tablets")
    together = {s.key: s.items for s in step_sections(pathway, pathway.step("bridging"))}["together"]
    assert together == ["This happens at the same time as \u201cGetting the treatment ready\u201d (the illness needs it)."]
    from models.wording.journey_words import arrow_label

    assert arrow_label(pathway.transitions[4]) == "at the same time: the illness needs it"
    assert arrow_label(pathway.transitions[5]) == "at the same time"


@settings(max_examples=150, deadline=None)
@given(
    first=st.integers(-400, 4000),
    every=st.integers(1, 24),
    unit=st.sampled_from(list(RepeatUnit)),
    until=st.integers(-400, 20000),
    then_every=st.integers(1, 5),
    then_until=st.integers(0, 36500),
)
def test_visits_start_on_the_first_day_go_up_and_stop_at_each_rhythms_limit(  # noqa: PLR0913
    first: int, every: int, unit: RepeatUnit, until: int, then_every: int, then_until: int
) -> None:
    repeats = Repeats(every=every, unit=unit, until_day=until,
                      then=RepeatRule(every=then_every, unit=RepeatUnit.years, until_day=then_until))
    days = repeats.visit_days(first)
    assert days[0] == first
    assert all(a < b for a, b in zip(days, days[1:]))
    assert all(d <= max(until, then_until) for d in days[1:])
    assert len(days) <= MAX_VISITS + 1
    # "then" only adds visits after the first rhythm's, whose gaps are its interval, give or
    # take a day of rounding.
    first_rhythm = Repeats(every=every, unit=unit, until_day=until).visit_days(first)
    assert days[: len(first_rhythm)] == first_rhythm
    step = {"days": 1, "weeks": 7, "months": 30.4375, "years": 365.25}[unit.value] * every
    assert all(abs((b - a) - step) <= 1 for a, b in zip(first_rhythm, first_rhythm[1:]))


def test_search_finds_steps_of_a_pathway_without_phases() -> None:
    graph = PathwayGraph(load_pathway(FEATURES))
    assert graph.search("tablets") == ["tablets"]
    assert graph.search("physiotherapist") == ["physio"]  # by the role's name, as before
