"""The checks a schema cannot express: unique ids, references that resolve, one start step,
every step reachable, cycles only through loop-backs, one main way on from each step."""

from __future__ import annotations

from pathway_files import SMALL_TEXT, assert_located, edit, line_of, load_text, only, problems, small_data, to_json


def test_small_pathway_passes_every_check() -> None:
    assert load_text(SMALL_TEXT).id == "small"


def test_duplicate_step_id() -> None:
    text = edit(SMALL_TEXT, "  - id: fever-care\n", "  - id: collect\n")
    found = problems(text)
    problem = only(found, "steps[6].id")
    assert problem.line == line_of(text, "- id: collect", nth=2)
    # The transitions still name the step's old id: the duplicate says which, and is the cause.
    assert problem.message == (
        "duplicate step id 'collect' (also used by steps[1]); "
        "transitions name 'fever-care', which no step has: is this step 'fever-care'?"
    )


def test_duplicate_ids_of_roles_sources_and_phases() -> None:
    text = edit(SMALL_TEXT, "  - id: nurse\n", "  - id: doctor\n")
    text = edit(text, "  - id: src-b\n", "  - id: src-a\n")
    text = edit(text, "  - id: watch\n", "  - id: give\n")
    found = problems(text)
    role = only(found, "roles[1].id")
    assert role.line == line_of(text, "- id: doctor", nth=2)
    assert "duplicate role id 'doctor'" in role.message
    source = only(found, "sources[1].id")
    assert source.line == line_of(text, "- id: src-a", nth=2)
    assert "duplicate source id 'src-a'" in source.message
    phase = only(found, "phases[3].id")
    assert phase.line == line_of(text, "- id: give", nth=2)
    assert "duplicate phase id 'give'" in phase.message


def test_duplicate_id_json() -> None:
    data = small_data()
    data["steps"][2]["id"] = "assess"
    text = to_json(data)
    problem = only(problems(text, "p.json"), "steps[2].id")
    assert problem.line == line_of(text, '"id": "assess"', nth=2)
    assert "duplicate step id 'assess'" in problem.message


def test_transition_to_an_unknown_step_suggests_the_spelling() -> None:
    text = edit(SMALL_TEXT, "{from: collect, to: make-cells}", "{from: collect, to: make-cell}")
    found = problems(text)
    problem = only(found, "transitions[2].to")
    assert problem.line == line_of(text, "to: make-cell}")
    assert problem.message == "unknown step 'make-cell'; did you mean 'make-cells'?"


def test_transition_from_an_unknown_step_lists_the_known_ones() -> None:
    text = edit(SMALL_TEXT, "{from: infuse, to: observe}", "{from: zzz, to: observe}")
    problem = only(problems(text), "transitions[4].from")
    assert problem.line == line_of(text, "from: zzz")
    assert problem.message.startswith("unknown step 'zzz'; known steps: assess, collect, fever-care")


def test_unknown_role_source_and_phase() -> None:
    text = edit(SMALL_TEXT, "{role: lab, does: Makes and tests the product.}", "{role: laboratory, does: Makes it.}")
    text = edit(text, "    sources: [src-b]\n  - id: infuse", "    sources: [src-c]\n  - id: infuse")
    text = edit(text, "    phase: watch\n    patient_summary: You are", "    phase: wait\n    patient_summary: You are")
    found = problems(text)
    role = only(found, "steps[2].care_team[0].role")
    assert role.line == line_of(text, "role: laboratory")
    assert role.message.startswith("unknown role 'laboratory'")
    source = only(found, "steps[2].sources[0]")
    assert source.line == line_of(text, "[src-c]")
    assert source.message.startswith("unknown source 'src-c'")
    phase = only(found, "steps[4].phase")
    assert phase.line == line_of(text, "phase: wait")
    assert phase.message.startswith("unknown phase 'wait'")
    assert len(found) == 3


def test_unknown_role_json() -> None:
    data = small_data()
    data["steps"][0]["care_team"][1]["role"] = "nures"
    text = to_json(data)
    problem = only(problems(text, "p.json"), "steps[0].care_team[1].role")
    assert problem.line == line_of(text, '"role": "nures"')
    assert problem.message == "unknown role 'nures'; did you mean 'nurse'?"


def test_two_start_steps() -> None:
    text = edit(SMALL_TEXT, "  - {from: collect, to: make-cells}\n", "")
    found = problems(text)
    problem = only(found, "transitions")
    assert problem.line == line_of(text, "transitions:")
    assert problem.message == (
        "the journey must have a single start step, but 2 steps have no way in: 'assess', 'make-cells'"
    )
    # with two starts, reachability is not judged: one clear problem, not a cascade
    assert len(found) == 1


def test_no_start_step() -> None:
    text = edit(SMALL_TEXT, "{from: observe, to: assess, kind: loop_back, label: relapse}",
                "{from: observe, to: assess, kind: alternative, label: relapse}")
    found = problems(text)
    start = only(found, "transitions")
    assert start.line == line_of(text, "transitions:")
    assert "no start step" in start.message
    cycle = only(found, "transitions[7]")
    assert cycle.line == line_of(text, "label: relapse")
    assert "closes a cycle (assess -> collect -> make-cells -> infuse -> observe -> assess)" in cycle.message
    assert "loop_back" in cycle.message


def test_step_not_reachable_from_the_start() -> None:
    # not-eligible's only way in is now from itself: it is no start, and nothing reaches it.
    text = edit(SMALL_TEXT, "{from: assess, to: not-eligible, kind: alternative, label: not eligible}",
                "{from: not-eligible, to: not-eligible, kind: alternative, label: not eligible}")
    found = problems(text)
    problem = only(found, "steps[5]")
    assert problem.line == line_of(text, "- id: not-eligible")
    assert problem.message == "step 'not-eligible' cannot be reached from the start step 'assess'"
    assert "closes a cycle" in only(found, "transitions[1]").message


def test_cycle_not_marked_as_loop_back() -> None:
    text = edit(SMALL_TEXT, "{from: fever-care, to: observe, kind: loop_back, label: when it settles}",
                "{from: fever-care, to: observe, kind: alternative, label: when it settles}")
    [problem] = problems(text)
    assert problem.path == "transitions[6]"
    assert problem.line == line_of(text, "to: observe, kind: alternative")
    assert problem.message == (
        "this transition closes a cycle (observe -> fever-care -> observe); "
        "mark it kind: loop_back if going back is intended"
    )


def test_cycle_json() -> None:
    data = small_data()
    data["transitions"][6]["kind"] = "main"
    text = to_json(data)
    [problem] = problems(text, "p.json")
    assert problem.path == "transitions[6]"
    assert problem.line == line_of(text, '"from": "fever-care"') - 1  # the "{" of that transition
    assert "closes a cycle" in problem.message


def test_self_loop_is_refused_unless_loop_back() -> None:
    text = SMALL_TEXT + "  - {from: not-eligible, to: not-eligible, kind: alternative, label: wait}\n"
    [problem] = problems(text)
    assert (problem.path, problem.line) == ("transitions[8]", text.count("\n"))
    assert "closes a cycle (not-eligible -> not-eligible)" in problem.message
    fixed = edit(text, "kind: alternative, label: wait", "kind: loop_back, label: wait")
    assert load_text(fixed).transitions[-1].to == "not-eligible"


def test_two_main_transitions_out_of_one_step() -> None:
    text = edit(SMALL_TEXT, "{from: assess, to: not-eligible, kind: alternative, label: not eligible}",
                "{from: assess, to: not-eligible, label: not eligible}")
    [problem] = problems(text)
    assert problem.path == "transitions[1].kind"
    assert problem.line == line_of(text, "to: not-eligible, label")
    assert "already continues the main journey" in problem.message
    assert "kind: alternative" in problem.message


def test_duplicate_transition() -> None:
    text = SMALL_TEXT + "  - {from: collect, to: make-cells, kind: alternative, label: again}\n"
    [problem] = problems(text)
    assert (problem.path, problem.line) == ("transitions[8]", text.count("\n"))
    assert "duplicate transition from 'collect' to 'make-cells' (also transitions[2])" in problem.message


def test_semantic_and_schema_problems_are_reported_together_in_line_order() -> None:
    text = edit(SMALL_TEXT, "    title: Cell collection\n", "    title: [Cell collection]\n")
    text = edit(text, "{role: doctor, does: Checks you every day.}", "{role: doc, does: Checks you every day.}")
    text = edit(text, "    setting: [inpatient]\n    care_team:\n      - {role: nurse, does: Checks your",
                "    setting: [hotel]\n    care_team:\n      - {role: nurse, does: Checks your")
    text += "  - {from: assess, to: collect, kind: alternative, label: again}\n"
    found = problems(text)
    assert [(p.path, p.line) for p in found] == [
        ("steps[1].title", line_of(text, "[Cell collection]")),
        ("steps[4].care_team[0].role", line_of(text, "role: doc,")),
        ("steps[6].setting[0]", line_of(text, "[hotel]")),
        ("transitions[8]", text.count("\n")),
    ]
    assert found[0].message == "should be text"
    assert found[1].message == "unknown role 'doc'; did you mean 'doctor'?"
    assert_located(found, text, "p.yaml")


def test_loop_backs_and_branches_are_valid() -> None:
    pathway = load_text(SMALL_TEXT)
    kinds = {(t.from_, t.to): t.kind.value for t in pathway.transitions}
    assert kinds["observe", "assess"] == "loop_back"
    assert kinds["assess", "not-eligible"] == "alternative"
