"""One mistake, one problem first: the cause is listed before what follows from it.

A misspelt step id in a transition used to be listed after "the journey must have a
single start step, but 2 steps have no way in" (an earlier line), and a step id typed
twice gave four problems. The tester's files: tests/data/stammzelltransplantation_de.yaml
with ``to: konditionirung`` (broken_misspelt_next.yaml) and with the step 'entlassung'
given the id 'aplasie' of the step before it (broken_repeated_step_id.yaml).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models import PathwayError, Problem
from models.loader import load_pathway_bytes
from pathway_files import DATA, line_of

MISSPELT = DATA / "broken_misspelt_next.yaml"
REPEATED = DATA / "broken_repeated_step_id.yaml"
GOOD = (DATA / "stammzelltransplantation_de.yaml").read_text(encoding="utf-8")


def validate(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pathway_viewer", "validate", *map(str, paths)],
                          capture_output=True, text=True, timeout=120, encoding="utf-8")


def problems_of(text: str) -> list[Problem]:
    try:
        load_pathway_bytes(text.encode("utf-8"), "p.yaml")
    except PathwayError as error:
        return error.problems
    raise AssertionError("the file loaded")


def test_a_misspelt_next_step_is_one_problem_and_the_start_step_is_not_blamed() -> None:
    result = validate(MISSPELT, REPEATED)
    line = line_of(MISSPELT.read_text(encoding="utf-8"), "to: konditionirung")
    repeated = REPEATED.read_text(encoding="utf-8")
    assert line == 207
    assert result.stdout.splitlines() == [
        f"{MISSPELT}:207: transitions[6].to: unknown step 'konditionirung'; did you mean 'konditionierung'?",
        # The cause first, naming the id the transitions still use ...
        f"{REPEATED}:{line_of(repeated, '- id: aplasie', nth=2)}: steps[9].id: duplicate step id 'aplasie' "
        "(also used by steps[8]); transitions name 'entlassung', which no step has: is this step 'entlassung'?",
        # ... then the transitions that name it, marked as following from it.
        f"{REPEATED}:{line_of(repeated, 'to: entlassung')}: transitions[9].to: unknown step 'entlassung'; "
        "it may be the step that repeats the id 'aplasie' (steps[9]): fix that first",
        f"{REPEATED}:{line_of(repeated, 'from: entlassung')}: transitions[10].from: unknown step 'entlassung'; "
        "it may be the step that repeats the id 'aplasie' (steps[9]): fix that first",
    ]
    assert result.stderr.splitlines() == [f"{MISSPELT}: refused, 1 problem", f"{REPEATED}: refused, 3 problems"]


def test_a_next_step_like_no_step_comes_first_and_the_shape_after_it_marked() -> None:
    text = GOOD.replace("{from: zvk, to: konditionierung}", "{from: zvk, to: xyz}")
    found = problems_of(text)
    assert [str(p) for p in found] == [
        "p.yaml:207: transitions[6].to: unknown step 'xyz'; known steps: abstossungsreaktion, ambulanz, aplasie, "
        "entlassung, erstgespraech, kein-spender, konditionierung, langzeitnachsorge, ...",
        # Line 200 is above line 207, but it only follows from it.
        "p.yaml:200: transitions: the journey must have a single start step, but 2 steps have no way in: "
        "'erstgespraech', 'konditionierung' (this may only follow from the unknown step in transitions[6].to: "
        "fix that first)",
    ]
    assert [p.follows for p in found] == [False, True]


def test_a_misspelt_step_a_transition_leaves_from_is_not_also_unreachable() -> None:
    # "from: zvk" misspelt: 'konditionierung' still has its way in (from a step not found),
    # and the steps after it are still reached, so the misspelling is the only problem.
    text = GOOD.replace("{from: zvk, to: konditionierung}", "{from: zkv, to: konditionierung}")
    assert [str(p) for p in problems_of(text)] == [
        "p.yaml:207: transitions[6].from: unknown step 'zkv'; did you mean 'zvk'?",
    ]


def test_a_real_second_start_step_is_still_reported_as_a_cause() -> None:
    text = GOOD.replace("  - {from: zvk, to: konditionierung}\n", "")
    assert [str(p) for p in problems_of(text)] == [
        "p.yaml:200: transitions: the journey must have a single start step, but 2 steps have no way in: "
        "'erstgespraech', 'konditionierung'",
    ]
