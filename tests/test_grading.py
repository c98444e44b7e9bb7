"""ASTCT grading, checked row by row against the published tables (Lee 2019) as FACTS.md
gives them. Expected grades are written by hand here, never computed with the code."""

from __future__ import annotations

import pytest

from models.grading import crs_finding, crs_grade, icans_finding, icans_grade, ice_score

# --- ICE score -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tasks", "score"),
    [
        ((4, 3, 1, 1, 1), 10),
        ((0, 0, 0, 0, 0), 0),
        ((3, 3, 1, 1, 1), 9),
        ((4, 0, 1, 0, 1), 6),
        ((2, 1, 0, 0, 0), 3),
        ((1, 1, 0, 0, 0), 2),
    ],
)
def test_ice_score_adds_the_points_of_the_five_tasks(tasks: tuple[int, ...], score: int) -> None:
    assert ice_score(*tasks) == score


@pytest.mark.parametrize(
    "tasks",
    [(5, 3, 1, 1, 1), (4, 4, 1, 1, 1), (4, 3, 2, 1, 1), (4, 3, 1, 2, 1), (4, 3, 1, 1, 2), (-1, 0, 0, 0, 0),
     (True, 0, 0, 0, 0), (1.5, 0, 0, 0, 0)],
)
def test_ice_score_refuses_points_a_task_cannot_give(tasks: tuple[object, ...]) -> None:
    with pytest.raises(ValueError):
        ice_score(*tasks)  # type: ignore[arg-type]


# --- CRS -----------------------------------------------------------------------------------

CRS_TABLE = [
    # fever, hypotension, hypoxia, anti-cytokine given, grade
    (False, "none", "none", False, 0),
    (True, "none", "none", False, 1),
    (True, "no_vasopressor", "none", False, 2),
    (True, "none", "low_flow", False, 2),
    (True, "no_vasopressor", "low_flow", False, 2),
    (True, "one_vasopressor", "none", False, 3),
    (True, "none", "high_flow", False, 3),
    (True, "one_vasopressor", "low_flow", False, 3),
    (True, "no_vasopressor", "high_flow", False, 3),
    (True, "several_vasopressors", "none", False, 4),
    (True, "none", "positive_pressure", False, 4),
    (True, "several_vasopressors", "high_flow", False, 4),
    (True, "one_vasopressor", "positive_pressure", False, 4),
    # Without a fever (and nothing that could have taken it away) it is not CRS.
    (False, "several_vasopressors", "positive_pressure", False, 0),
    (False, "no_vasopressor", "low_flow", False, 0),
    # After antipyretics or tocilizumab/steroids, fever is no longer needed.
    (False, "no_vasopressor", "none", True, 2),
    (False, "none", "high_flow", True, 3),
    (False, "several_vasopressors", "low_flow", True, 4),
    (False, "none", "none", True, 0),
    (True, "none", "none", True, 1),
]


@pytest.mark.parametrize(("fever", "hypotension", "hypoxia", "given", "grade"), CRS_TABLE)
def test_crs_grade_follows_the_astct_table(fever: bool, hypotension: str, hypoxia: str, given: bool, grade: int) -> None:
    assert crs_grade(fever=fever, hypotension=hypotension, hypoxia=hypoxia, anticytokine_given=given) == grade


def test_crs_explains_the_deciding_finding() -> None:
    assert crs_finding(fever=True, hypotension="one_vasopressor", hypoxia="low_flow").reason == (
        "low blood pressure: needing one vasopressor"
    )
    assert crs_finding(fever=True, hypotension="no_vasopressor", hypoxia="positive_pressure").reason == (
        "oxygen need: positive pressure (CPAP, BiPAP, intubation and ventilation)"
    )
    assert crs_finding(fever=True, hypotension="none", hypoxia="none").reason == (
        "fever alone, with no low blood pressure and no oxygen need"
    )


@pytest.mark.parametrize(("hypotension", "hypoxia"), [("vasopressor", "none"), ("none", "nasal"), ("", "none")])
def test_crs_refuses_an_unknown_finding(hypotension: str, hypoxia: str) -> None:
    with pytest.raises(ValueError):
        crs_grade(fever=True, hypotension=hypotension, hypoxia=hypoxia)


# --- ICANS ---------------------------------------------------------------------------------

ICANS_TABLE = [
    # ice, consciousness, seizure, motor weakness, raised pressure, grade
    (10, "alert", "none", False, "none", 0),
    (9, "alert", "none", False, "none", 1),
    (7, "alert", "none", False, "none", 1),
    (6, "alert", "none", False, "none", 2),
    (3, "alert", "none", False, "none", 2),
    (2, "alert", "none", False, "none", 3),
    (0, "alert", "none", False, "none", 3),
    (None, "alert", "none", False, "none", 3),  # awake, global aphasia
    (None, "unrousable", "none", False, "none", 4),  # cannot be roused for the test
    (10, "spontaneous", "none", False, "none", 1),  # drowsy, wakes by itself: grade 1 (FACTS)
    (9, "spontaneous", "none", False, "none", 1),
    (10, "voice", "none", False, "none", 2),
    (10, "touch", "none", False, "none", 3),
    (10, "unrousable", "none", False, "none", 4),
    (10, "alert", "brief", False, "none", 3),
    (10, "alert", "prolonged", False, "none", 4),
    (10, "alert", "none", True, "none", 4),
    (10, "alert", "none", False, "local", 3),
    (10, "alert", "none", False, "diffuse", 4),
    (8, "voice", "none", False, "none", 2),
    (5, "touch", "none", False, "none", 3),
    (8, "alert", "brief", False, "none", 3),
    (1, "voice", "none", False, "diffuse", 4),
]


@pytest.mark.parametrize(("ice", "consciousness", "seizure", "motor", "pressure", "grade"), ICANS_TABLE)
def test_icans_grade_is_the_most_severe_finding(
    ice: int | None, consciousness: str, seizure: str, motor: bool, pressure: str, grade: int
) -> None:
    assert icans_grade(
        ice=ice, consciousness=consciousness, seizure=seizure, motor_weakness=motor, raised_pressure=pressure
    ) == grade


def test_icans_explains_the_deciding_finding() -> None:
    assert icans_finding(ice=5).reason == "ICE score 5"
    assert icans_finding(ice=10).reason == "ICE score 10 and nothing else: no ICANS"
    assert icans_finding(ice=8, seizure="prolonged").reason == (
        "seizure: a life-threatening seizure over 5 minutes, or repeated seizures without recovery between"
    )
    assert icans_finding(ice=None, consciousness="unrousable").reason == "cannot be roused to do the ICE test"


@pytest.mark.parametrize(
    "kwargs",
    [{"ice": 11}, {"ice": -1}, {"ice": True}, {"ice": 10, "consciousness": "asleep"},
     {"ice": 10, "seizure": "long"}, {"ice": 10, "raised_pressure": "some"}],
)
def test_icans_refuses_an_unknown_finding(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        icans_grade(**kwargs)  # type: ignore[arg-type]
