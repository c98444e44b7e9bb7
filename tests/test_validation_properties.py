"""Properties of the semantic checks (models.validation) that a real mistake would break.

Each property is checked on many generated journeys. The expected problems come from the
generated data itself or from networkx (an independent graph library), never from the
code under test. The exact-message tests at the end pin the shortened forms of long
cycles and long id lists, which the example tests in test_validation.py never reach.
"""

from __future__ import annotations

from typing import Any

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from models.validation import check_semantics
from pathway_files import generate_pathway, load_text, problems, to_yaml

KINDS = ("main", "alternative", "loop_back")
FAST = settings(max_examples=60, deadline=None)


def semantic_problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, message) of every problem check_semantics reports, in report order."""
    found: list[tuple[str, str]] = []

    def report(path: tuple[str | int, ...], message: str) -> None:
        found.append((".".join(str(p) for p in path), message))

    check_semantics(data, report)
    return found


def raw_pathway(n_steps: int, transitions: list[tuple[int, int, str]]) -> dict[str, Any]:
    """The smallest data check_semantics reads: step ids and transitions between them."""
    return {
        "steps": [{"id": f"s{i}"} for i in range(n_steps)],
        "transitions": [{"from": f"s{a}", "to": f"s{b}", "kind": kind} for a, b, kind in transitions],
    }


@st.composite
def journeys(draw: st.DrawFn) -> tuple[int, list[tuple[int, int, str]]]:
    """Any small set of steps with any transitions between them (no repeated pair)."""
    n = draw(st.integers(1, 9))
    pairs = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)), max_size=18, unique=True))
    kinds = draw(st.lists(st.sampled_from(KINDS), min_size=len(pairs), max_size=len(pairs)))
    return n, [(a, b, kind) for (a, b), kind in zip(pairs, kinds)]


def expected_shape(n: int, transitions: list[tuple[int, int, str]]) -> dict[str, Any]:
    """What the journey's shape should report, worked out with networkx."""
    every = nx.MultiDiGraph()
    every.add_nodes_from(range(n))
    every.add_edges_from((a, b) for a, b, _ in transitions)
    forward = nx.DiGraph()
    forward.add_nodes_from(range(n))
    forward.add_edges_from((a, b) for a, b, kind in transitions if kind != "loop_back")
    starts = [s for s in range(n) if forward.in_degree(s) == 0]
    unreachable: set[int] = set()
    if len(starts) == 1:
        unreachable = set(range(n)) - nx.descendants(every, starts[0]) - {starts[0]}
    return {"starts": starts, "unreachable": unreachable, "cyclic": not nx.is_directed_acyclic_graph(forward)}


def unreachable_reported(found: list[tuple[str, str]]) -> set[int]:
    return {int(path.split(".")[1]) for path, message in found if "cannot be reached" in message}


@FAST
@given(journeys())
def test_shape_problems_match_an_independent_graph_library(journey: tuple[int, list[tuple[int, int, str]]]) -> None:
    n, transitions = journey
    found = semantic_problems(raw_pathway(n, transitions))
    expected = expected_shape(n, transitions)
    start_problems = [m for p, m in found if p == "transitions"]
    assert bool(start_problems) == (len(expected["starts"]) != 1)
    # Loop-backs count for reaching a step (going back is a real way there), not for being one.
    assert unreachable_reported(found) == expected["unreachable"]
    assert any("closes a cycle" in m for _, m in found) == expected["cyclic"]


@FAST
@given(journeys(), st.randoms(use_true_random=False))
def test_shape_problems_do_not_depend_on_the_order_of_transitions(journey, rnd) -> None:  # noqa: ANN001
    n, transitions = journey
    shuffled = list(transitions)
    rnd.shuffle(shuffled)
    before, after = semantic_problems(raw_pathway(n, transitions)), semantic_problems(raw_pathway(n, shuffled))
    assert unreachable_reported(after) == unreachable_reported(before)
    assert [m for p, m in after if p == "transitions"] == [m for p, m in before if p == "transitions"]
    assert any("closes a cycle" in m for _, m in after) == any("closes a cycle" in m for _, m in before)


@FAST
@given(st.integers(2, 9), st.integers(0, 8), st.integers(0, 8))
def test_a_region_reached_only_through_a_loop_back_is_reached(n_main: int, a: int, b: int) -> None:
    """s0 -> ... main journey; one main step loops back into a pair of steps that lead into
    each other (a cycle, reported), and nothing else leads there: reached, not unreachable."""
    a, b = a % n_main, b % n_main
    x, y = n_main, n_main + 1
    transitions = [(i, i + 1, "main") for i in range(n_main - 1)]
    transitions += [(a, x, "loop_back"), (x, y, "main"), (y, x, "alternative")]
    found = semantic_problems(raw_pathway(n_main + 2, transitions))
    assert unreachable_reported(found) == set()
    cycles = [(p, m) for p, m in found if "closes a cycle" in m]
    assert cycles == [(f"transitions.{len(transitions) - 1}",
                       f"this transition closes a cycle (s{x} -> s{y} -> s{x}); "
                       "mark it kind: loop_back if going back is intended")]
    # Without the loop-back, the same pair is unreachable: no way from the start leads there.
    found = semantic_problems(raw_pathway(n_main + 2, [t for t in transitions if t[2] != "loop_back"]))
    assert unreachable_reported(found) == {x, y}


@st.composite
def valid_with_a_duplicate(draw: st.DrawFn) -> tuple[dict[str, Any], int, int]:
    """A valid generated pathway with one transition repeated at any position (same kind:
    another kind would change the journey's shape as well)."""
    data = generate_pathway(draw(st.integers(4, 14)), seed=draw(st.integers(0, 10_000)), loop_backs=2)
    transitions = data["transitions"]
    original = draw(st.integers(0, len(transitions) - 1))
    copy = dict(transitions[original], label="again")
    position = draw(st.integers(0, len(transitions)))
    transitions.insert(position, copy)
    first, second = sorted((original + (original >= position), position))
    return data, first, second


@FAST
@given(valid_with_a_duplicate())
def test_every_duplicate_transition_is_reported_wherever_it_is(case: tuple[dict[str, Any], int, int]) -> None:
    data, first, second = case
    t = data["transitions"][second]
    found = problems(to_yaml(data))
    assert [(p.path, p.message) for p in found] == [
        (f"transitions[{second}]",
         f"duplicate transition from '{t['from']}' to '{t['to']}' (also transitions[{first}])")
    ]


@FAST
@given(st.lists(st.one_of(st.sampled_from(["a", "b", "c", "d"]), st.integers(), st.none()), max_size=12))
def test_every_repeated_id_is_reported_even_after_one_that_is_not_text(ids: list[object]) -> None:
    found = semantic_problems({"roles": [{"id": ident} for ident in ids]})
    expected = []
    first: dict[object, int] = {}
    for index, ident in enumerate(ids):
        if isinstance(ident, str) and ident in first:
            expected.append((f"roles.{index}.id", f"duplicate role id '{ident}' (also used by roles[{first[ident]}])"))
        elif isinstance(ident, str):
            first[ident] = index
    assert found == expected


@FAST
@given(st.integers(4, 30), st.integers(0, 10_000))
def test_generated_valid_pathways_have_no_problems_in_any_transition_order(n: int, seed: int) -> None:
    data = generate_pathway(n, seed)
    assert semantic_problems(data) == []
    data["transitions"] = data["transitions"][::-1]
    assert semantic_problems(data) == []


# --- the shortened forms of long messages, written out by hand ------------------------------


def _cycle_message(n: int) -> str:
    [(path, message)] = semantic_problems(raw_pathway(n + 1, [(0, 1, "main")] + [
        (i, i + 1, "main") for i in range(1, n)] + [(n, 1, "alternative")]))
    assert path == f"transitions.{n}"
    return message


def test_a_cycle_of_seven_steps_is_shown_in_full() -> None:
    assert _cycle_message(7) == (
        "this transition closes a cycle (s1 -> s2 -> s3 -> s4 -> s5 -> s6 -> s7 -> s1); "
        "mark it kind: loop_back if going back is intended"
    )


def test_a_cycle_of_eight_steps_is_shortened_to_its_ends() -> None:
    assert _cycle_message(8) == (
        "this transition closes a cycle (s1 -> s2 -> s3 -> ... -> s7 -> s8 -> s1); "
        "mark it kind: loop_back if going back is intended"
    )


def test_a_long_cycle_is_shortened_to_its_ends() -> None:
    assert _cycle_message(20) == (
        "this transition closes a cycle (s1 -> s2 -> s3 -> ... -> s19 -> s20 -> s1); "
        "mark it kind: loop_back if going back is intended"
    )


def test_a_journey_with_no_start_says_so_exactly() -> None:
    found = semantic_problems(raw_pathway(2, [(0, 1, "main"), (1, 0, "alternative")]))
    assert found[0] == ("transitions", "the journey has no start step: every step has a transition leading into it")


def test_six_start_steps_are_all_named_and_seven_are_shortened() -> None:
    [(_, six)] = semantic_problems(raw_pathway(6, []))
    assert six == ("the journey must have a single start step, but 6 steps have no way in: "
                   "'s0', 's1', 's2', 's3', 's4', 's5'")
    [(_, seven)] = semantic_problems(raw_pathway(7, []))
    assert seven == ("the journey must have a single start step, but 7 steps have no way in: "
                     "'s0', 's1', 's2', 's3', 's4', 's5', ...")


def test_eight_known_ids_are_all_listed_and_nine_are_shortened() -> None:
    def unknown_step_message(n: int) -> str:
        data = raw_pathway(n, [(0, i, "alternative") for i in range(1, n)])
        data["transitions"].append({"from": "s0", "to": "zzzz", "kind": "alternative"})
        [(path, message)] = semantic_problems(data)
        assert path == f"transitions.{n - 1}.to"
        return message

    assert unknown_step_message(8) == "unknown step 'zzzz'; known steps: s0, s1, s2, s3, s4, s5, s6, s7"
    assert unknown_step_message(9) == "unknown step 'zzzz'; known steps: s0, s1, s2, s3, s4, s5, s6, s7, ..."


def test_a_loop_back_that_repeats_a_main_transition_is_a_duplicate() -> None:
    found = semantic_problems(raw_pathway(2, [(0, 1, "main"), (0, 1, "loop_back")]))
    assert found == [("transitions.1", "duplicate transition from 's0' to 's1' (also transitions[0])")]


def test_the_bundled_style_file_round_trips_through_the_loader() -> None:
    # The properties above call check_semantics directly; the loader reports the same.
    data = generate_pathway(12, seed=7)
    assert load_text(to_yaml(data)).id == data["id"]


def _unknown_to(known: list[str], references: list[str]) -> list[str]:
    """The messages for transitions from the first known step to each of ``references``."""
    data = {"steps": [{"id": s} for s in known],
            "transitions": [{"from": known[0], "to": r, "kind": "alternative"} for r in references]}
    return [m for p, m in semantic_problems(data) if p.endswith(".to")]


def test_a_long_unknown_id_is_cut_to_sixty_characters_from_eighty_one() -> None:
    eighty, eighty_one = "q" * 80, "q" * 81
    assert _unknown_to(["s0"], [eighty, eighty_one]) == [
        f"unknown step '{eighty}'; known steps: s0",
        f"unknown step '{'q' * 60}...'; known steps: s0",
    ]


def test_spelling_hints_stop_for_ids_over_two_hundred_characters() -> None:
    known = "x" * 202
    assert _unknown_to([known], ["x" * 200, "x" * 201]) == [
        f"unknown step '{'x' * 60}...'; did you mean '{known}'?",
        f"unknown step '{'x' * 60}...'; known steps: {known}",
    ]


def test_spelling_hints_stop_when_their_budget_of_comparisons_is_spent() -> None:
    # 100 known steps: each hint compares with all 100, and the budget is 10,000, so the
    # first 100 unknown references get a hint and the 101st only the list.
    known = [f"s{i:03d}" for i in range(100)]
    messages = _unknown_to(known, ["s0000"] * 101)
    assert messages[:100] == ["unknown step 's0000'; did you mean 's000'?"] * 100
    assert messages[100] == "unknown step 's0000'; known steps: s000, s001, s002, s003, s004, s005, s006, s007, ..."
    # 73 known steps: 136 hints cost 9,928 of the 10,000; the 72 left are not enough for
    # a 137th (a budget of 10,001 = 73 x 137 would allow it).
    known = [f"s{i:03d}" for i in range(73)]
    messages = _unknown_to(known, ["s0000"] * 138)
    assert messages.count("unknown step 's0000'; did you mean 's000'?") == 136
    assert messages[135:137] == ["unknown step 's0000'; did you mean 's000'?",
                                 "unknown step 's0000'; known steps: s000, s001, s002, s003, s004, s005, s006, s007, ..."]


def test_an_unknown_reference_with_nothing_known_says_only_that() -> None:
    found = semantic_problems({"steps": [{"id": "a", "phase": "check", "care_team": [{"role": "nurse"}],
                                          "sources": ["src"]}]})
    assert found == [("steps.0.phase", "unknown phase 'check'"),
                     ("steps.0.care_team.0.role", "unknown role 'nurse'"),
                     ("steps.0.sources.0", "unknown source 'src'")]


def test_entries_that_are_not_mappings_are_left_to_the_schema() -> None:
    data = raw_pathway(2, [(0, 1, "main")])
    data["steps"].insert(0, "not a step")
    data["transitions"].insert(0, ["not", "a", "transition"])
    data["steps"][1]["care_team"] = ["nobody", {"role": "ghost"}]
    data["steps"][1]["sources"] = "not a list"
    assert semantic_problems(data) == [("steps.1.care_team.1.role", "unknown role 'ghost'")]
    assert semantic_problems(["not", "a", "mapping"]) == []  # type: ignore[arg-type]
