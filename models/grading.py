"""ASTCT consensus grading of CRS and ICANS, and the ICE score, for training only.

These are the published rules (Lee DW, et al., Biol Blood Marrow Transplant 2019;25:625-638),
written so that each argument is one finding a trainee reads off a case. They are for
practice and teaching: the app says on screen that they are not a tool for treating a
patient. Grade 0 means "none".

Every function refuses a value outside its documented set with ``ValueError`` instead of
guessing, because a misspelt finding silently graded as "none" would teach the wrong answer.
"""

from __future__ import annotations

from dataclasses import dataclass

# CRS needs a fever of this or more (°C): the one number the grading's words and the linter's advice share.
CRS_FEVER_C = 38.0
HYPOTENSION = ("none", "no_vasopressor", "one_vasopressor", "several_vasopressors")
HYPOXIA = ("none", "low_flow", "high_flow", "positive_pressure")
# "alert" is a normal level; "spontaneous" is a depressed level that wakes by itself (grade 1).
CONSCIOUSNESS = ("alert", "spontaneous", "voice", "touch", "unrousable")
SEIZURE = ("none", "brief", "prolonged")
RAISED_PRESSURE = ("none", "local", "diffuse")

# Points per ICE task, in the order of ice_score()'s arguments.
ICE_TASKS = (("orientation", 4), ("naming", 3), ("command", 1), ("writing", 1), ("attention", 1))
ICE_MAX = sum(points for _, points in ICE_TASKS)

# The grade each finding gives on its own; the overall grade is the most severe one.
_HYPOTENSION_GRADE = dict(zip(HYPOTENSION, (0, 2, 3, 4)))
_HYPOXIA_GRADE = dict(zip(HYPOXIA, (0, 2, 3, 4)))
_CONSCIOUSNESS_GRADE = dict(zip(CONSCIOUSNESS, (0, 1, 2, 3, 4)))
_SEIZURE_GRADE = dict(zip(SEIZURE, (0, 3, 4)))
_PRESSURE_GRADE = dict(zip(RAISED_PRESSURE, (0, 3, 4)))


@dataclass(frozen=True)
class Finding:
    """The finding that decided a grade, in words a trainer can show after an answer."""

    grade: int
    reason: str


def _choice(name: str, value: str, allowed: tuple[str, ...]) -> None:
    if value not in allowed:
        raise ValueError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")


def ice_score(orientation: int, naming: int, command: int, writing: int, attention: int) -> int:
    """The ICE score (0-10): orientation to year, month, city and hospital (0-4), naming three
    objects (0-3), following simple commands (0-1), writing a standard sentence (0-1) and
    counting backwards from 100 by ten (0-1)."""
    values = (orientation, naming, command, writing, attention)
    for (task, most), value in zip(ICE_TASKS, values):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= most:
            raise ValueError(f"{task} scores a whole number from 0 to {most}; got {value!r}")
    return sum(values)


def crs_finding(
    *, fever: bool, hypotension: str, hypoxia: str, anticytokine_given: bool = False
) -> Finding:
    """The CRS grade and the finding that decides it.

    CRS needs a fever of 38.0 °C or more, except once antipyretics or anti-cytokine treatment
    (tocilizumab, steroids) may have taken the fever away: then hypotension and hypoxia alone
    drive the grade. The grade is that of the more severe of the two.
    """
    _choice("hypotension", hypotension, HYPOTENSION)
    _choice("hypoxia", hypoxia, HYPOXIA)
    if not fever and not anticytokine_given:
        return Finding(0, f"no fever of {CRS_FEVER_C:.1f} °C or more (and no treatment that could hide one): not CRS")
    by_pressure, by_oxygen = _HYPOTENSION_GRADE[hypotension], _HYPOXIA_GRADE[hypoxia]
    if by_pressure == by_oxygen == 0:
        if not fever:
            return Finding(0, "fever masked by treatment, with no low blood pressure and no oxygen need: no CRS grade")
        return Finding(1, "fever alone, with no low blood pressure and no oxygen need")
    if by_pressure >= by_oxygen:
        return Finding(by_pressure, f"low blood pressure: {_HYPOTENSION_WORDS[hypotension]}")
    return Finding(by_oxygen, f"oxygen need: {_HYPOXIA_WORDS[hypoxia]}")


def crs_grade(*, fever: bool, hypotension: str, hypoxia: str, anticytokine_given: bool = False) -> int:
    """The ASTCT CRS grade (0 = none); see :func:`crs_finding` for the rules."""
    return crs_finding(
        fever=fever, hypotension=hypotension, hypoxia=hypoxia, anticytokine_given=anticytokine_given
    ).grade


def _ice_grade(ice: int | None, consciousness: str) -> Finding:
    if ice is None:
        # A patient who cannot be roused for the test scores 0 and is grade 4; one who is awake
        # but cannot do it (global aphasia) is grade 3.
        if consciousness == "unrousable":
            return Finding(4, "cannot be roused to do the ICE test")
        return Finding(3, "awake but unable to do the ICE test (ICE 0)")
    if isinstance(ice, bool) or not isinstance(ice, int) or not 0 <= ice <= ICE_MAX:
        raise ValueError(f"ice must be a whole number from 0 to {ICE_MAX}, or None; got {ice!r}")
    grade = 0 if ice == ICE_MAX else 1 if ice >= 7 else 2 if ice >= 3 else 3
    return Finding(grade, f"ICE score {ice}")


def icans_finding(
    *,
    ice: int | None,
    consciousness: str = "alert",
    seizure: str = "none",
    motor_weakness: bool = False,
    raised_pressure: str = "none",
) -> Finding:
    """The adult ICANS grade and the finding that decides it: the most severe of the ICE
    score, the level of consciousness, seizures, deep focal motor weakness and raised
    pressure in the brain. ``ice=None`` means the patient cannot do the test."""
    _choice("consciousness", consciousness, CONSCIOUSNESS)
    _choice("seizure", seizure, SEIZURE)
    _choice("raised_pressure", raised_pressure, RAISED_PRESSURE)
    findings = [
        _ice_grade(ice, consciousness),
        Finding(_CONSCIOUSNESS_GRADE[consciousness], f"level of consciousness: {_CONSCIOUSNESS_WORDS[consciousness]}"),
        Finding(_SEIZURE_GRADE[seizure], f"seizure: {_SEIZURE_WORDS[seizure]}"),
        Finding(4 if motor_weakness else 0, "deep focal motor weakness (such as hemiparesis)"),
        Finding(_PRESSURE_GRADE[raised_pressure], f"raised pressure in the brain: {_PRESSURE_WORDS[raised_pressure]}"),
    ]
    worst = max(findings, key=lambda finding: finding.grade)  # the first of equals: ICE leads
    if worst.grade == 0:
        return Finding(0, "ICE score 10 and nothing else: no ICANS")
    return worst


def icans_grade(
    *,
    ice: int | None,
    consciousness: str = "alert",
    seizure: str = "none",
    motor_weakness: bool = False,
    raised_pressure: str = "none",
) -> int:
    """The adult ASTCT ICANS grade (0 = none); see :func:`icans_finding` for the rules."""
    return icans_finding(
        ice=ice,
        consciousness=consciousness,
        seizure=seizure,
        motor_weakness=motor_weakness,
        raised_pressure=raised_pressure,
    ).grade


_HYPOTENSION_WORDS = {
    "none": "none",
    "no_vasopressor": "not needing vasopressors",
    "one_vasopressor": "needing one vasopressor",
    "several_vasopressors": "needing several vasopressors",
}
_HYPOXIA_WORDS = {
    "none": "none",
    "low_flow": "low-flow nasal cannula (up to 6 L/min) or blow-by",
    "high_flow": "high-flow nasal cannula (over 6 L/min), facemask, non-rebreather or Venturi mask",
    "positive_pressure": "positive pressure (CPAP, BiPAP, intubation and ventilation)",
}
_CONSCIOUSNESS_WORDS = {
    "alert": "alert",
    "spontaneous": "drowsy, but wakes by itself",
    "voice": "wakes to voice",
    "touch": "wakes only to touch",
    "unrousable": "cannot be roused, or needs vigorous or repeated touch",
}
_SEIZURE_WORDS = {
    "none": "none",
    "brief": "a seizure that stops quickly, or non-convulsive seizures that stop with treatment",
    "prolonged": "a life-threatening seizure over 5 minutes, or repeated seizures without recovery between",
}
_PRESSURE_WORDS = {
    "none": "none",
    "local": "local oedema on imaging",
    "diffuse": "diffuse oedema, posturing, cranial nerve VI palsy, papilloedema or Cushing's triad",
}

# The words for each finding, by argument name: a practice case describes itself with them.
WORDS = {
    "hypotension": _HYPOTENSION_WORDS,
    "hypoxia": _HYPOXIA_WORDS,
    "consciousness": _CONSCIOUSNESS_WORDS,
    "seizure": _SEIZURE_WORDS,
    "raised_pressure": _PRESSURE_WORDS,
}
