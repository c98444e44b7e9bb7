"""What a clinic changed: differences between two pathways, in words, matched by id."""

from __future__ import annotations

from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from models import load_pathway, load_pathway_bytes
from models.diff import diff_pathways

KNEE_FILE = Path(__file__).parent / "data" / "knee_surgery.yaml"
KNEE_TEXT = KNEE_FILE.read_text(encoding="utf-8")
KNEE = load_pathway(KNEE_FILE)


def changed(*edits: tuple[str, str]) -> list[str]:
    text = KNEE_TEXT
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return [str(c) for c in diff_pathways(KNEE, load_pathway_bytes(text.encode(), "changed.yaml"))]


def test_the_same_pathway_has_no_differences() -> None:
    assert diff_pathways(KNEE, load_pathway(KNEE_FILE)) == []


def test_a_changed_timing_and_version_are_named_with_old_and_new() -> None:
    assert changed(('version: "1.0"', 'version: "1.1"'), ("timing: {start: 1, end: 3}", "timing: {start: 1, end: 5}")) == [
        "(pathway).version: changed from “1.0” to “1.1”",
        "steps[ward].timing.end: changed from “3” to “5”",
    ]


def test_list_items_added_and_removed_are_named_one_by_one() -> None:
    assert changed(("what_to_expect: [Your knee will be sore and swollen.]",
                    "what_to_expect: [Your knee will be sore., Ice helps.]")) == [
        "steps[ward].what_to_expect: removed “Your knee will be sore and swollen.”",
        "steps[ward].what_to_expect: added “Your knee will be sore.”",
        "steps[ward].what_to_expect: added “Ice helps.”",
    ]


def test_care_team_is_matched_by_role() -> None:
    assert changed(("      - {role: gp, does: Removes the stitches.}\n", ""),
                   ("{role: physio, does: Shows you exercises and checks your progress.}",
                    "{role: physio, does: Shows you exercises.}")) == [
        "steps[rehab].care_team[gp]: removed “Removes the stitches.”",
        "steps[rehab].care_team[physio].does: changed from “Shows you exercises and checks your progress.” "
        "to “Shows you exercises.”",
    ]


def test_steps_and_transitions_added_or_removed() -> None:
    extra_step = """  - id: call
    title: Phone call at six weeks
    phase: after
    patient_summary: A nurse calls to ask how you are.
    clinical_details: Telephone review.
    duration: {min: 15, max: 15, unit: minutes}
    setting: [home]
    care_team:
      - {role: physio, does: Asks how the exercises go.}
    sources: [guide-1]
transitions:
"""
    wound = KNEE_TEXT[KNEE_TEXT.index("  - id: wound-problem"):KNEE_TEXT.index("  - id: rehab")]
    result = changed((wound, ""), ("transitions:\n", extra_step),
                     ("  - {from: rehab, to: wound-problem, kind: alternative, label: the wound becomes red or leaks}\n"
                      "  - {from: wound-problem, to: rehab, kind: loop_back, label: the wound has healed}\n",
                      "  - {from: rehab, to: call}\n"))
    assert result == [
        "steps[wound-problem]: removed “Wound check”",
        "steps[call]: added “Phone call at six weeks”",
        "transitions[rehab -> wound-problem]: removed (alternative: “the wound becomes red or leaks”)",
        "transitions[wound-problem -> rehab]: removed (loop_back: “the wound has healed”)",
        "transitions[rehab -> call]: added (main)",
    ]


def test_a_long_text_says_it_changed_without_printing_it() -> None:
    long_text = "You start walking with help. " * 6
    [line] = changed(("patient_summary: You start walking with help and go home when it is safe.",
                      f"patient_summary: {long_text.strip()}"))
    assert line == (
        "steps[ward].patient_summary: changed from “You start walking with help and go home when it is safe.” "
        f"to (a text of {len(long_text.strip())} characters)"
    )


def edited(*edits: tuple[str, str]) -> str:
    text = KNEE_TEXT
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def between(old_text: str, new_text: str) -> list[str]:
    load = load_pathway_bytes
    return [str(c) for c in diff_pathways(load(old_text.encode(), "old.yaml"), load(new_text.encode(), "new.yaml"))]


DISCLAIMER = "disclaimer: Test data for the viewer. Not medical advice.\n"
DAY_ZERO = DISCLAIMER + "day_zero: {label: the operation, patient_label: the day of your operation}\n"


def test_a_pathway_field_added_removed_and_changed_inside() -> None:
    with_day_zero = edited((DISCLAIMER, DAY_ZERO))
    added = "(pathway).day_zero: added “label: the operation, patient_label: the day of your operation”"
    assert between(KNEE_TEXT, with_day_zero) == [added]
    assert between(with_day_zero, KNEE_TEXT) == [
        "(pathway).day_zero: removed “label: the operation, patient_label: the day of your operation”"]
    renamed = with_day_zero.replace("patient_label: the day of your operation", "patient_label: your operation day")
    assert between(with_day_zero, renamed) == [
        "(pathway).day_zero.patient_label: changed from “the day of your operation” to “your operation day”"]


def test_a_list_of_items_without_roles_is_shown_whole_with_only_the_fields_given() -> None:
    signs = DISCLAIMER + "urgent_signs:\n  - {text: Shaking or chills}\n  - {text: Feeling faint}\n"
    one = edited((DISCLAIMER, signs))
    assert between(KNEE_TEXT, one) == [
        "(pathway).urgent_signs: added “text: Shaking or chills, call: team; text: Feeling faint, call: team”"]
    two = one.replace("{text: Feeling faint}", "{text: Feeling faint, call: emergency}")
    assert between(one, two) == [
        "(pathway).urgent_signs: changed from “text: Shaking or chills, call: team; text: Feeling faint, call: team” "
        "to “text: Shaking or chills, call: team; text: Feeling faint, call: emergency”"]


def test_roles_sources_and_phases_are_named_by_name_citation_and_title() -> None:
    text = edited(
        ("    name: Family doctor\n", "    name: GP\n"),
        ("roles:\n", "roles:\n  - {id: nurse, name: Ward nurse, description: Looks after you on the ward.}\n"),
        ("sources:\n", "sources:\n  - {id: guide-2, citation: Another guide.}\n"),
        ("phases:\n", "phases:\n  - {id: extra, title: Extra time}\n"),
    )
    assert between(KNEE_TEXT, text) == [
        "sources[guide-2]: added “Another guide.”",
        "roles[nurse]: added “Ward nurse”",  # first in the new file
        "roles[gp].name: changed from “Family doctor” to “GP”",
        "phases[extra]: added “Extra time”",
    ]
    assert between(text, KNEE_TEXT)[0] == "sources[guide-2]: removed “Another guide.”"


def test_a_care_team_member_added_and_a_way_relabelled_with_a_frequency() -> None:
    assert changed(
        ("      - {role: physio, does: Gets you walking with a frame.}\n",
         "      - {role: physio, does: Gets you walking with a frame.}\n      - {role: gp, does: Checks on you.}\n"),
        ("label: another health problem needs treating first}", "label: another problem first, frequency: rare}"),
    ) == [
        "steps[ward].care_team[gp]: added “Checks on you.”",
        "transitions[clinic-visit -> not-fit].label: changed from “another health problem needs treating first” "
        "to “another problem first”",
        "transitions[clinic-visit -> not-fit].frequency: added “rare”",
    ]


def test_texts_up_to_120_characters_are_shown_and_longer_ones_counted() -> None:
    old = "You start walking with help and go home when it is safe."
    exactly = "A" * 119 + "."
    assert len(exactly) == 120
    assert changed((old, exactly)) == [f"steps[ward].patient_summary: changed from “{old}” to “{exactly}”"]
    longer = "A" * 120 + "."
    assert changed((old, longer)) == [f"steps[ward].patient_summary: changed from “{old}” to (a text of 121 characters)"]


def test_the_pathways_own_glossary_added_is_a_pathway_field() -> None:
    glossary = "glossary:\n  - {term: kneecap, definition: The small bone at the front of the knee.}\n"
    assert between(KNEE_TEXT, KNEE_TEXT + glossary) == [
        "(pathway).glossary: added “term: kneecap, definition: The small bone at the front of the knee.”"]


def test_a_way_that_changes_kind() -> None:
    assert changed(("{from: rehab, to: wound-problem, kind: alternative,", "{from: rehab, to: wound-problem, kind: main,")) == [
        "transitions[rehab -> wound-problem].kind: changed from “alternative” to “main”"]


def test_a_change_is_a_fixed_record() -> None:
    import dataclasses

    import pytest

    from models.diff import Change

    change = Change("steps[ward].timing.end", "changed", "“3”", "“5”")
    with pytest.raises(dataclasses.FrozenInstanceError):
        change.new = "“6”"  # type: ignore[misc]
    assert str(Change("roles[gp]", "removed", old="“Family doctor”")) == "roles[gp]: removed “Family doctor”"


def test_reviewers_are_shown_whole_not_as_roles_that_do_nothing() -> None:
    review = ("review:\n  reviewed_on: 2026-06-01\n  reviewed_by:\n    - {name: A Reviewer, role: Surgeon}\n"
              "  next_review: 2027-06-01\n  evidence_current_to: 2026-05-01\n")
    one = edited(("last_reviewed: 2026-06-01\n", review))
    two = one.replace("    - {name: A Reviewer, role: Surgeon}\n",
                      "    - {name: A Reviewer, role: Surgeon}\n    - {name: B Nurse, role: Nurse}\n")
    assert between(one, two) == [
        "(pathway).review.reviewed_by: changed from “name: A Reviewer, role: Surgeon” "
        "to “name: A Reviewer, role: Surgeon; name: B Nurse, role: Nurse”"]


TEXT_FIELDS = ("title", "patient_summary", "clinical_details")
WORDS = st.text(alphabet=st.characters(whitelist_categories=("L", "N"), whitelist_characters=" .,-"),
                min_size=1, max_size=120).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None)
@given(index=st.integers(0, len(KNEE.steps) - 1), field=st.sampled_from(TEXT_FIELDS), text=WORDS)
def test_one_changed_text_is_named_once_old_and_new_and_mirrored_the_other_way(index: int, field: str, text: str) -> None:
    step = KNEE.steps[index]
    old = getattr(step, field)
    assume(text != old)
    steps = [*KNEE.steps[:index], step.model_copy(update={field: text}), *KNEE.steps[index + 1:]]
    edited_pathway = KNEE.model_copy(update={"steps": steps})
    assert [str(c) for c in diff_pathways(KNEE, edited_pathway)] == [
        f"steps[{step.id}].{field}: changed from “{old}” to “{text}”"]
    assert [str(c) for c in diff_pathways(edited_pathway, KNEE)] == [
        f"steps[{step.id}].{field}: changed from “{text}” to “{old}”"]


@settings(max_examples=40, deadline=None)
@given(index=st.integers(0, len(KNEE.steps) - 1), text=WORDS)
def test_a_sentence_added_to_what_to_expect_is_the_only_change_and_removed_the_other_way(index: int, text: str) -> None:
    step = KNEE.steps[index]
    assume(text not in step.what_to_expect)
    steps = [*KNEE.steps[:index], step.model_copy(update={"what_to_expect": [*step.what_to_expect, text]}),
             *KNEE.steps[index + 1:]]
    edited_pathway = KNEE.model_copy(update={"steps": steps})
    where = f"steps[{step.id}].what_to_expect"
    # Also when the list was empty: the one sentence is what was added (or removed).
    assert [str(c) for c in diff_pathways(KNEE, edited_pathway)] == [f"{where}: added “{text}”"]
    assert [str(c) for c in diff_pathways(edited_pathway, KNEE)] == [f"{where}: removed “{text}”"]
