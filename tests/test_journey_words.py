"""The words for the grown format (models/wording/journey_words.py), as a card, an arrow,
the details panel and the timeline show them. Every expected sentence is written out by
hand from tests/data/format_features.yaml; day words follow the rounding a patient reads
(365 days is "about 12 months", 5479 days "about 15 years")."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from models import load_pathway
from models.schema import Duration, Frequency, Pathway, RepeatRule, Repeats, RepeatUnit, Step, TimeUnit, Transition
from models.wording.journey_words import (
    arrow_label,
    arrow_tip,
    duration_text,
    every_words,
    frequency_words,
    repeat_words,
    rule_list,
    timeline_marks_words,
    together_words,
    visit_count_words,
    visit_dates,
    visit_dates_words,
    visit_days_words,
    visits_text,
)

FEATURES = load_pathway(Path(__file__).parent / "data" / "format_features.yaml")
ZERO = "the main treatment day"  # the file names no day 0: the default words


def step(step_id: str) -> Step:
    return FEATURES.step(step_id)


def with_repeats(repeats: Repeats, start: int = 91) -> Step:
    timing = step("follow-up").timing.model_copy(update={"start": start})
    return step("follow-up").model_copy(update={"repeats": repeats, "timing": timing})


# ------------------------------------------------------------------ rhythms in words
def test_every_words_for_days_weeks_and_one() -> None:
    table = {1: "every day", 2: "every 2 days", 6: "every 6 days", 7: "every week", 8: "every 8 days",
             10: "every 10 days", 14: "every 2 weeks", 21: "every 3 weeks", 28: "every 4 weeks", 30: "every 30 days"}
    assert {days: every_words(days) for days in table} == table


def _days_said(words: str) -> int:
    """What a reader takes 'every 3 weeks' to mean, in days: written without the code."""
    match = re.fullmatch(r"every (?:(\d+) )?(day|days|week|weeks)", words)
    assert match, words
    count = int(match.group(1) or 1)
    return count * (7 if match.group(2).startswith("week") else 1)


@given(st.integers(1, 3650))
def test_every_words_says_exactly_the_days_it_was_given(days: int) -> None:
    words = every_words(days)
    assert _days_said(words) == days
    # "every 1 weeks" or "every 1 days" never appears; a plural goes with more than one.
    assert not re.search(r"\b1 (days|weeks)\b", words)


def test_duration_text_counts_cycles_with_their_rhythm_and_says_when_there_is_no_end() -> None:
    assert duration_text(step("bridging")) == "2 to 4 cycles, every 2 weeks"
    assert duration_text(step("physio")) == "10 to 12 sessions, every week"
    assert duration_text(step("tablets")) == "as long as needed"
    assert duration_text(step("treatment")) == "2 to 3 hours"
    one = step("treatment").model_copy(update={"duration": Duration(min=6, max=6, unit=TimeUnit.cycles, every_days=21)})
    assert duration_text(one) == "6 cycles, every 3 weeks"


def test_rule_list_turns_twelve_months_into_a_year_and_drops_the_plural_for_one() -> None:
    table = [
        (RepeatRule(every=3, unit=RepeatUnit.months, until_day=365), "every 3 months"),
        (RepeatRule(every=6, unit=RepeatUnit.months, until_day=365), "every 6 months"),
        (RepeatRule(every=12, unit=RepeatUnit.months, until_day=365), "every year"),
        (RepeatRule(every=24, unit=RepeatUnit.months, until_day=365), "every 2 years"),
        (RepeatRule(every=18, unit=RepeatUnit.months, until_day=365), "every 18 months"),
        (RepeatRule(every=1, unit=RepeatUnit.months, until_day=365), "every month"),
        (RepeatRule(every=1, unit=RepeatUnit.weeks, until_day=365), "every week"),
        (RepeatRule(every=2, unit=RepeatUnit.weeks, until_day=365), "every 2 weeks"),
        (RepeatRule(every=1, unit=RepeatUnit.days, until_day=365), "every day"),
        (RepeatRule(every=12, unit=RepeatUnit.days, until_day=365), "every 12 days"),
        (RepeatRule(every=1, unit=RepeatUnit.years, until_day=365), "every year"),
        (RepeatRule(every=3, unit=RepeatUnit.years, until_day=365), "every 3 years"),
    ]
    assert [rule_list([rule]) for rule, _ in table] == [words for _, words in table]
    assert rule_list([table[0][0], table[2][0], table[11][0]]) == "every 3 months, then every year, then every 3 years"
    assert rule_list([]) == ""


# ------------------------------------------------------------------ arrows
def test_arrow_labels_say_at_the_same_time_and_how_often_in_words() -> None:
    labels = [arrow_label(t) for t in FEATURES.transitions]
    assert labels == [
        None, None, None, None,
        "at the same time", "at the same time",
        "not suitable (sometimes)",
        "the illness comes back (rarely)",
    ]
    often = Transition.model_validate({"from": "a", "to": "b", "kind": "alternative", "label": "x", "frequency": "common"})
    assert arrow_label(often) == "x (often)"
    labelled = Transition.model_validate({"from": "a", "to": "b", "kind": "main", "label": "when ready"})
    assert arrow_label(labelled) == "when ready"


def test_an_arrows_tip_says_where_it_goes_when_and_where_a_cut_line_goes_on() -> None:
    # What the map says when an arrow is pointed at: the label only when there is one, the
    # number only for a line cut short where the journey wraps.
    assert arrow_tip("Blood test", "Rest", None) == "From \u201cBlood test\u201d to \u201cRest\u201d"
    assert arrow_tip("Blood test", "Rest", "") == "From \u201cBlood test\u201d to \u201cRest\u201d"
    assert arrow_tip("Blood test", "Rest", "if well") == "From \u201cBlood test\u201d to \u201cRest\u201d: if well"
    assert arrow_tip("Blood test", "Rest", "if well", 3) == (
        "From \u201cBlood test\u201d to \u201cRest\u201d: if well. The line breaks here and goes on at the other number 3."
    )
    assert arrow_tip("Scan", "Clinic", None, 12) == (
        "From \u201cScan\u201d to \u201cClinic\u201d. The line breaks here and goes on at the other number 12."
    )


# ------------------------------------------------------------------ repeating visits
def test_repeat_words_for_patients_name_day_zero_and_for_clinicians_give_day_numbers() -> None:
    follow_up = step("follow-up")
    assert repeat_words(follow_up, FEATURES) == (
        f"Visits come every 3 months until about 12 months after {ZERO}, then every year until about 15 years after {ZERO}."
    )
    assert repeat_words(follow_up, FEATURES, audience="clinician") == (
        "Visits come every 3 months until day +365, then every year until day +5479."
    )
    assert repeat_words(step("treatment"), FEATURES) is None


def test_repeat_words_for_listed_days_count_them_and_say_one_visit_in_the_singular() -> None:
    three = with_repeats(Repeats(days=[-7, 14, 28]))
    assert repeat_words(three, FEATURES) == "There are 3 visits. Each visit is listed below."
    assert repeat_words(three, FEATURES, audience="clinician") == "There are 3 visits. Days: -7, +14, +28."
    one = with_repeats(Repeats(days=[30]))
    assert repeat_words(one, FEATURES) == "There is one visit. It is listed below."
    assert repeat_words(one, FEATURES, audience="clinician") == "There is one visit. Day: +30."


def test_visit_days_in_patient_words() -> None:
    words = visit_days_words(step("follow-up"), FEATURES)
    assert len(words) == 18
    assert words[:5] == [
        f"About 3 months after {ZERO}",  # day 91
        f"About 6 months after {ZERO}",  # day 182
        f"About 9 months after {ZERO}",  # day 274
        f"About 12 months after {ZERO}",  # day 365
        f"About 2 years after {ZERO}",  # day 730
    ]
    assert words[-1] == f"About 15 years after {ZERO}"  # day 5479
    assert visit_days_words(step("treatment"), FEATURES) == []


def test_visit_dates_count_from_the_steps_own_start() -> None:
    # Visits on days 91, 182, 274, 365, 730: 0, 91, 183, 274 and 639 days after the first.
    dates = visit_dates(step("follow-up"), dt.date(2027, 1, 1))
    assert len(dates) == 18
    assert dates[:5] == [dt.date(2027, 1, 1), dt.date(2027, 4, 2), dt.date(2027, 7, 3), dt.date(2027, 10, 2),
                         dt.date(2028, 10, 1)]
    listed = with_repeats(Repeats(days=[10, 12, 40]), start=10)
    assert visit_dates(listed, dt.date(2027, 3, 1)) == [dt.date(2027, 3, 1), dt.date(2027, 3, 3), dt.date(2027, 3, 31)]


def test_visits_past_either_end_of_the_calendar_are_left_out_and_the_others_kept() -> None:
    # Day 5 is 5 days before the start (day 10); the first date is 1 January of year 1.
    early = with_repeats(Repeats(days=[5, 10, 20]), start=10)
    assert visit_dates(early, dt.date(1, 1, 1)) == [dt.date(1, 1, 1), dt.date(1, 1, 11)]
    # From 1 January 9999, days 91 to 365 still fit (9999-10-02 is 274 days on); 2 years do not.
    late = visit_dates(step("follow-up"), dt.date(9999, 1, 1))
    assert late == [dt.date(9999, 1, 1), dt.date(9999, 4, 2), dt.date(9999, 7, 3), dt.date(9999, 10, 2)]


def test_a_long_list_of_dates_ends_with_how_many_more_and_the_last() -> None:
    start = dt.date(2027, 1, 4)  # a Monday
    weekly = [start + dt.timedelta(weeks=k) for k in range(18)]
    words = visit_dates_words(weekly)
    assert len(words) == 13
    assert words[0] == "Mon 4 Jan 2027" and words[11] == "Mon 22 Mar 2027"
    assert words[12] == "And 6 more visits after that, the last on Mon 3 May 2027."
    thirteen = visit_dates_words(weekly[:13])
    assert thirteen[12] == "And 1 more visit after that, the last on Mon 29 Mar 2027."
    assert visit_dates_words(weekly[:12]) == [f"Mon {d}" for d in
                                              ["4 Jan 2027", "11 Jan 2027", "18 Jan 2027", "25 Jan 2027", "1 Feb 2027",
                                               "8 Feb 2027", "15 Feb 2027", "22 Feb 2027", "1 Mar 2027", "8 Mar 2027",
                                               "15 Mar 2027", "22 Mar 2027"]]


def test_visit_counts_and_the_timeline_bar_words() -> None:
    assert visit_count_words(step("follow-up")) == "18 visits"
    assert visits_text(step("follow-up")) == "18 visits: every 3 months, then every year"
    assert visit_count_words(with_repeats(Repeats(days=[30]))) == "1 visit"
    assert visits_text(with_repeats(Repeats(days=[1, 2, 3]))) == "3 visits"
    assert visits_text(step("treatment")) == "0 visits"


# ------------------------------------------------------------------ steps together, how often
def test_together_words_name_the_partner_both_ways() -> None:
    partner = "This happens at the same time as \u201c{}\u201d."
    assert together_words(FEATURES, step("bridging")) == [partner.format("Getting the treatment ready")]
    assert together_words(FEATURES, step("preparation")) == [partner.format("Treatment while you wait")]
    assert together_words(FEATURES, step("physio")) == [partner.format("Tablets at home")]
    assert together_words(FEATURES, step("tablets")) == [partner.format("Getting strong again")]
    assert together_words(FEATURES, step("treatment")) == []


def test_frequency_words_say_how_often_each_way_in_and_out() -> None:
    assert frequency_words(FEATURES, step("assessment")) == [
        "Going on to \u201cOther treatment\u201d (not suitable): this happens sometimes.",
        "Coming back here (the illness comes back): this happens rarely.",
    ]
    assert frequency_words(FEATURES, step("follow-up")) == [
        "Going back to \u201cFirst visit\u201d (the illness comes back): this happens rarely.",
    ]
    assert frequency_words(FEATURES, step("other-treatment")) == ["Coming here (not suitable): this happens sometimes."]
    assert frequency_words(FEATURES, step("treatment")) == []


def test_frequency_words_for_a_common_path() -> None:
    data = FEATURES.model_dump(by_alias=True)
    data["transitions"][6]["frequency"] = "common"
    pathway = Pathway.model_validate(data)
    assert pathway.transitions[6].frequency is Frequency.common
    assert frequency_words(pathway, pathway.step("other-treatment")) == ["Coming here (not suitable): this happens often."]


def test_timeline_marks_are_explained_only_when_drawn() -> None:
    diamonds = " Diamonds mark the visits of a step that repeats; its details list every one."
    fading = " A bar that fades out means the step lasts as long as it is needed, and ends by the end of the bar."
    assert timeline_marks_words(repeats=False, open_ended=False) == ""
    assert timeline_marks_words(repeats=True, open_ended=False) == diamonds
    assert timeline_marks_words(repeats=False, open_ended=True) == fading
    assert timeline_marks_words(repeats=True, open_ended=True) == diamonds + fading


def test_listed_days_without_a_timing_count_from_day_0() -> None:
    loose = step("follow-up").model_copy(update={"timing": None, "repeats": Repeats(days=[0, 7, 30])})
    assert visit_dates(loose, dt.date(2027, 3, 1)) == [dt.date(2027, 3, 1), dt.date(2027, 3, 8), dt.date(2027, 3, 31)]


def test_the_words_for_an_end_step_and_an_open_end() -> None:
    from models.wording.journey_words import END_MARK, END_WORDS, OPEN_ENDED, PARALLEL_LABEL

    # The card's mark, the sentence under it, the length of a step with no end, a partner's arrow.
    assert (END_MARK, END_WORDS) == ("End", "This path of the journey ends here.")
    assert (OPEN_ENDED, PARALLEL_LABEL) == ("as long as needed", "at the same time")
