"""What grading practice says after an answer: the deciding finding in words, and plain
refusals of findings that do not exist. Every expected sentence is written out here."""

from __future__ import annotations

import pytest

from models.grading import crs_finding, crs_grade, icans_finding, icans_grade, ice_score

CRS_REASONS = [
    # (fever, hypotension, hypoxia, given) -> reason
    ((False, "none", "none", False), "no fever of 38.0 °C or more (and no treatment that could hide one): not CRS"),
    ((False, "none", "none", True),
     "fever masked by treatment, with no low blood pressure and no oxygen need: no CRS grade"),
    ((True, "no_vasopressor", "none", False), "low blood pressure: not needing vasopressors"),
    ((True, "one_vasopressor", "none", False), "low blood pressure: needing one vasopressor"),
    ((True, "several_vasopressors", "none", False), "low blood pressure: needing several vasopressors"),
    ((True, "none", "low_flow", False), "oxygen need: low-flow nasal cannula (up to 6 L/min) or blow-by"),
    ((True, "none", "high_flow", False),
     "oxygen need: high-flow nasal cannula (over 6 L/min), facemask, non-rebreather or Venturi mask"),
    # A tie names the blood pressure: both give the same grade and it is read first.
    ((True, "one_vasopressor", "high_flow", False), "low blood pressure: needing one vasopressor"),
]


@pytest.mark.parametrize(("case", "reason"), CRS_REASONS)
def test_crs_names_the_deciding_finding(case: tuple, reason: str) -> None:
    fever, hypotension, hypoxia, given = case
    assert crs_finding(fever=fever, hypotension=hypotension, hypoxia=hypoxia, anticytokine_given=given).reason == reason


def test_without_treatment_a_fever_is_still_needed_by_default() -> None:
    assert crs_grade(fever=False, hypotension="one_vasopressor", hypoxia="none") == 0
    assert icans_grade(ice=10) == 0  # alert, no seizure, no weakness, no raised pressure


ICANS_REASONS = [
    ({"ice": 5}, "ICE score 5"),
    ({"ice": None}, "awake but unable to do the ICE test (ICE 0)"),
    ({"ice": None, "consciousness": "unrousable"}, "cannot be roused to do the ICE test"),
    ({"ice": 10, "consciousness": "spontaneous"}, "level of consciousness: drowsy, but wakes by itself"),
    ({"ice": 10, "consciousness": "voice"}, "level of consciousness: wakes to voice"),
    ({"ice": 10, "consciousness": "touch"}, "level of consciousness: wakes only to touch"),
    ({"ice": 10, "consciousness": "unrousable"},
     "level of consciousness: cannot be roused, or needs vigorous or repeated touch"),
    ({"ice": 10, "seizure": "brief"},
     "seizure: a seizure that stops quickly, or non-convulsive seizures that stop with treatment"),
    ({"ice": 10, "motor_weakness": True}, "deep focal motor weakness (such as hemiparesis)"),
    ({"ice": 10, "raised_pressure": "local"}, "raised pressure in the brain: local oedema on imaging"),
    ({"ice": 10, "raised_pressure": "diffuse"},
     "raised pressure in the brain: diffuse oedema, posturing, cranial nerve VI palsy, papilloedema or Cushing's triad"),
    # Equal grades: the ICE score is named first.
    ({"ice": 2, "seizure": "brief"}, "ICE score 2"),
]


@pytest.mark.parametrize(("kwargs", "reason"), ICANS_REASONS)
def test_icans_names_the_deciding_finding(kwargs: dict, reason: str) -> None:
    assert icans_finding(**kwargs).reason == reason


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: crs_grade(fever=True, hypotension="low", hypoxia="none"),
         "hypotension must be one of none, no_vasopressor, one_vasopressor, several_vasopressors; got 'low'"),
        (lambda: crs_grade(fever=True, hypotension="none", hypoxia="mask"),
         "hypoxia must be one of none, low_flow, high_flow, positive_pressure; got 'mask'"),
        (lambda: icans_grade(ice=10, consciousness="asleep"),
         "consciousness must be one of alert, spontaneous, voice, touch, unrousable; got 'asleep'"),
        (lambda: icans_grade(ice=10, seizure="long"), "seizure must be one of none, brief, prolonged; got 'long'"),
        (lambda: icans_grade(ice=10, raised_pressure="some"),
         "raised_pressure must be one of none, local, diffuse; got 'some'"),
        (lambda: icans_grade(ice=11), "ice must be a whole number from 0 to 10, or None; got 11"),
        (lambda: ice_score(5, 0, 0, 0, 0), "orientation scores a whole number from 0 to 4; got 5"),
        (lambda: ice_score(0, 4, 0, 0, 0), "naming scores a whole number from 0 to 3; got 4"),
        (lambda: ice_score(0, 0, 2, 0, 0), "command scores a whole number from 0 to 1; got 2"),
        (lambda: ice_score(0, 0, 0, 2, 0), "writing scores a whole number from 0 to 1; got 2"),
        (lambda: ice_score(0, 0, 0, 0, 2), "attention scores a whole number from 0 to 1; got 2"),
    ],
)
def test_unknown_findings_are_refused_in_words(call, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        call()
    assert str(caught.value) == message


def test_every_finding_a_practice_case_can_show_has_its_words() -> None:
    from models.grading import CONSCIOUSNESS, HYPOTENSION, HYPOXIA, RAISED_PRESSURE, SEIZURE, WORDS

    # The practice screen looks findings up by the grading functions' argument names.
    assert {name: set(words) for name, words in WORDS.items()} == {
        "hypotension": set(HYPOTENSION), "hypoxia": set(HYPOXIA), "consciousness": set(CONSCIOUSNESS),
        "seizure": set(SEIZURE), "raised_pressure": set(RAISED_PRESSURE)}
    # The normal findings, as a trainee reads them on a case card.
    assert [WORDS["hypotension"]["none"], WORDS["hypoxia"]["none"], WORDS["consciousness"]["alert"],
            WORDS["seizure"]["none"], WORDS["raised_pressure"]["none"]] == ["none", "none", "alert", "none", "none"]


def test_a_finding_is_a_value_a_results_sheet_can_keep() -> None:
    finding = crs_finding(fever=True, hypotension="none", hypoxia="none")
    assert {finding: "kept"}[finding] == "kept"
    with pytest.raises(AttributeError):
        finding.grade = 4  # type: ignore[misc]


def test_without_a_word_on_treatment_no_fever_means_no_crs() -> None:
    # A nurse who leaves "anti-cytokine given" unset has not given it: no fever is then no CRS.
    finding = crs_finding(fever=False, hypotension="none", hypoxia="none")
    assert (finding.grade, finding.reason) == (0, "no fever of 38.0 °C or more (and no treatment that could hide one): not CRS")
