"""Loading: a valid file loads; a file that is not valid YAML/JSON, has a wrong type, a
missing or unknown field, a duplicate key, or breaks a limit is refused with every
problem located as ``file:line: field.path: message``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
import yaml

from models import Pathway, PathwayError, Problem, bundled_pathway, load_pathway, load_pathway_bytes
from models.parsing import MAX_BYTES, MAX_DEPTH
from models.problems import MAX_PROBLEMS
from pathway_files import (
    DATA,
    SMALL_TEXT,
    assert_located,
    edit,
    line_of,
    load_text,
    only,
    problems,
    small_data,
    to_json,
    to_yaml,
)

# --- valid files -----------------------------------------------------------------------


def test_small_pathway_loads_with_every_part() -> None:
    pathway = load_pathway(DATA / "small.yaml")
    assert pathway.id == "small"
    assert [s.id for s in pathway.steps][:3] == ["assess", "collect", "make-cells"]
    assert pathway.step("assess").duration.describe() == "1 to 2 weeks"
    assert pathway.role("lab").name == "Laboratory"
    assert pathway.phase("make").color == "#9ecae1"
    assert pathway.source("src-b").citation.startswith("Author B.")
    assert len(pathway.transitions) == 8
    assert pathway.transitions[1].label == "not eligible"


def test_bundled_pathway_loads() -> None:
    pathway = load_pathway(bundled_pathway())
    assert pathway.steps and pathway.transitions


def test_bundled_pathway_is_portable_yaml() -> None:
    # The loader uses libyaml when present; the pure-Python reader is stricter (a '?'
    # inside [ ] is an error there). The shipped file must read the same on both.
    assert bundled_pathway().is_file(), "resources/pathways/car_t_sle.yaml is not packaged"
    text = bundled_pathway().read_text(encoding="utf-8")
    fast = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert yaml.load(text, Loader=yaml.SafeLoader) == fast


def test_yaml_and_json_of_the_same_pathway_are_equal(tmp_path: Path) -> None:
    from_yaml = load_pathway(DATA / "small.yaml")
    for name, text in (("indented.json", to_json(small_data())), ("compact.json", json.dumps(small_data()))):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert load_pathway(path) == from_yaml


def test_json_escapes_yaml_lacks_are_read(tmp_path: Path) -> None:
    # json.dumps writes an emoji as a surrogate pair "\ud83d\ude00" and some tools write
    # "\/" for "/"; both are valid JSON that libyaml alone refuses.
    data = small_data()
    data["title"] = "Your journey \U0001f600 a/b \\ back"
    path = tmp_path / "escaped.json"
    path.write_text(json.dumps(data).replace("a/b", "a\\/b"), encoding="ascii")
    assert "\\ud83d\\ude00" in path.read_text() and "\\/" in path.read_text()
    assert load_pathway(path).title == "Your journey \U0001f600 a/b \\ back"


def test_json_strings_keep_characters_yaml_treats_differently() -> None:
    # Raw NEL and LS are line breaks to YAML and C1 controls are refused, but JSON allows
    # them inside strings: the value must survive and later line numbers must not move.
    data = small_data()
    data["title"] = "a\u2028b\x85c\x7f\x80\ufffez"
    data["steps"][0]["patient_summary"] = 3
    text = to_json(data)
    problem = only(problems(text, "p.json"), "steps[0].patient_summary")
    assert problem.line == line_of(text, '"patient_summary": 3')
    data["steps"][0]["patient_summary"] = "Fine."
    assert load_text(to_json(data), "p.json").title == "a\u2028b\x85c\x7f\x80\ufffez"


def test_utf8_byte_order_mark_is_accepted() -> None:
    assert load_pathway_bytes(b"\xef\xbb\xbf" + SMALL_TEXT.encode(), "bom.yaml").id == "small"


def test_file_extension_chooses_json_rules(tmp_path: Path) -> None:
    # In a .json file an unquoted word is not text (YAML would read it as a string).
    path = tmp_path / "p.json"
    text = to_json(small_data()).replace('"title": "Small test journey"', '"title": Small')
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PathwayError) as info:
        load_pathway(path)
    [problem] = info.value.problems
    assert (problem.path, problem.line) == ("(file)", line_of(text, '"title": Small'))
    assert problem.message.startswith("not valid JSON")
    # the same text named .yaml is YAML, where an unquoted word is text
    assert load_pathway_bytes(text.encode(), "p.yaml").title == "Small"


def test_json_file_must_be_strict_json() -> None:
    # libyaml alone would accept these, but no other JSON tool would.
    text = to_json(small_data())
    for broken, where in (
        (text.replace('"small"', "'small'", 1), "'small'"),
        (text.replace('"version": "0.1",', '"version": "0.1",,', 1), '"version"'),
        (text[: text.rindex("}")].rstrip() + ",\n}\n", None),
    ):
        [problem] = problems(broken, "p.json")
        assert problem.path == "(file)" and problem.message.startswith("not valid JSON")
        expected = line_of(broken, where) if where else broken.count("\n")
        assert problem.line == expected, (str(problem), expected)


# --- syntax errors -------------------------------------------------------------------------


def test_yaml_syntax_error_is_located() -> None:
    text = edit(SMALL_TEXT, "    title: Making the cells\n", "    title: [Making the cells\n")
    [problem] = problems(text)
    assert problem.path == "(file)"
    assert problem.message == "not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence)"
    # the unclosed bracket shows on the next line, where a new key starts inside it
    assert problem.line == line_of(text, "[Making the cells") + 1


def test_yaml_bad_indentation_is_located_on_its_line() -> None:
    text = edit(SMALL_TEXT, "    phase: make\n    patient_summary: Blood", "    phase: make\n  patient_summary: Blood")
    [problem] = problems(text)
    assert problem.line == line_of(text, "  patient_summary: Blood")
    assert "not valid YAML" in problem.message


@pytest.mark.parametrize(
    ("opened", "closer"),
    [('"Making the cells', "its closing quote"), ("'Making the cells", "its closing quote")],
)
def test_unclosed_quote_is_located_where_it_starts_not_at_the_end(opened: str, closer: str) -> None:
    # The quote runs to the end of the file; the parser gives up there (line 126), but the
    # line to fix is the one with the open quote.
    text = edit(SMALL_TEXT, "    title: Making the cells\n", f"    title: {opened}\n")
    [problem] = problems(text)
    assert problem.line == 63 == line_of(text, opened)
    assert problem.message == (
        "not valid YAML: a quoted scalar starts here (column 12) and is still open where the file ends"
        f" (line 126); is {closer} missing?"
    )


def test_unclosed_quote_in_the_testers_japanese_file_points_at_its_line() -> None:
    [problem] = problems((DATA / "broken_syntax_ja.yaml").read_bytes(), "syntax_ja.yaml")
    assert (problem.line, problem.path) == (103, "(file)")
    assert "column 12" in problem.message and "line 272" in problem.message


@pytest.mark.parametrize("written", ["2027-02-30", '"2027-02-30"'])
def test_a_review_date_not_on_the_calendar_says_so_on_its_line(written: str) -> None:
    text = (DATA / "knee_surgery.yaml").read_text(encoding="utf-8")
    text = "".join(f"last_reviewed: {written}\n" if line.startswith("last_reviewed:") else line
                   for line in text.splitlines(keepends=True))
    found = problems(text)
    assert [(p.line, p.path, p.message) for p in found] == [
        (line_of(text, "last_reviewed:"), "last_reviewed", "'2027-02-30' is not a real date: that month has 28 days")
    ]


def test_json_syntax_error_is_located() -> None:
    text = to_json(small_data()).replace('"condition": "Test condition",', '"condition": "Test condition"', 1)
    [problem] = problems(text, "p.json")
    assert problem.file == "p.json"
    assert problem.path == "(file)"
    # json reports the missing comma where the next key starts
    assert problem.line == line_of(text, '"version"')
    assert "not valid JSON" in problem.message and "delimiter" in problem.message


def test_json_trailing_garbage_is_located() -> None:
    text = to_json(small_data()) + "\n}\n"
    [problem] = problems(text, "p.json")
    assert problem.line == text.count("\n")
    assert "not valid" in problem.message


# --- wrong types, missing and unknown fields ---------------------------------------------


def test_wrong_type_yaml() -> None:
    text = edit(SMALL_TEXT, "duration: {min: 3, max: 6, unit: hours}", "duration: {min: soon, max: 6, unit: hours}")
    text = edit(text, "    setting: [laboratory]", "    setting: laboratory")
    found = problems(text)
    duration = only(found, "steps[1].duration.min")
    assert duration.line == line_of(text, "min: soon")
    assert "number" in duration.message
    setting = only(found, "steps[2].setting")
    assert setting.line == line_of(text, "setting: laboratory")
    assert setting.message == "should be a list"
    assert len(found) == 2


def test_wrong_type_json() -> None:
    data = small_data()
    data["steps"][3]["duration"]["max"] = "half an hour"
    data["roles"] = {"doctor": "Doctor"}
    text = to_json(data)
    found = problems(text, "p.json")
    duration = only(found, "steps[3].duration.max")
    assert duration.line == line_of(text, '"max": "half an hour"')
    assert "number" in duration.message
    roles = only(found, "roles")
    assert roles.line == line_of(text, '"roles": {')
    assert roles.message == "should be a list"


def test_wrong_enum_value_lists_the_choices() -> None:
    text = edit(SMALL_TEXT, "unit: weeks}\n    timing: {start: -28", "unit: fortnights}\n    timing: {start: -28")
    problem = only(problems(text), "steps[2].duration.unit")
    assert problem.line == line_of(text, "fortnights")
    assert "'weeks'" in problem.message and "'days'" in problem.message


def test_missing_field_yaml_is_reported_on_the_object_that_lacks_it() -> None:
    text = edit(SMALL_TEXT, "    patient_summary: Blood is taken through a needle so the cells can be collected.\n", "")
    [problem] = problems(text)
    assert problem.path == "steps[1].patient_summary"
    assert problem.line == line_of(text, "- id: collect")
    assert problem.message == "this required field is missing"


def test_missing_field_json() -> None:
    data = small_data()
    del data["disclaimer"]
    del data["steps"][4]["clinical_details"]
    text = to_json(data)
    found = problems(text, "p.json")
    assert [p.path for p in found] == ["disclaimer", "steps[4].clinical_details"]
    assert found[0].line == 1  # the top-level object starts on line 1
    assert found[1].line == line_of(text, '"id": "observe"') - 1  # the "{" that opens the step
    assert all("required field is missing" in p.message for p in found)


def test_missing_label_on_an_alternative_transition() -> None:
    text = edit(SMALL_TEXT, "{from: assess, to: not-eligible, kind: alternative, label: not eligible}",
                "{from: assess, to: not-eligible, kind: alternative}")
    [problem] = problems(text)
    assert problem.path == "transitions[1]"
    assert problem.line == line_of(text, "to: not-eligible")
    assert "needs a label" in problem.message and "alternative" in problem.message


def test_unknown_field_is_reported_not_dropped() -> None:
    text = edit(SMALL_TEXT, "    warning_signs: [Call if you get a fever.]", "    warnings_signs: [Call if you get a fever.]")
    [problem] = problems(text)
    assert problem.path == "steps[0].warnings_signs"
    assert problem.line == line_of(text, "warnings_signs")
    assert "unknown field" in problem.message


def test_empty_text_is_refused() -> None:
    text = edit(SMALL_TEXT, "title: Small test journey", 'title: "   "')
    problem = only(problems(text), "title")
    assert problem.line == line_of(text, 'title: "   "')
    assert "at least 1 character" in problem.message


def test_bad_date_is_located() -> None:
    text = edit(SMALL_TEXT, "last_reviewed: 2026-01-15", "last_reviewed: 15/01/2026")
    [problem] = problems(text)
    assert (problem.path, problem.line) == ("last_reviewed", line_of(text, "last_reviewed"))
    assert "YYYY-MM-DD" in problem.message


# --- duplicate keys ------------------------------------------------------------------------


def test_duplicate_key_yaml_is_refused_not_overwritten() -> None:
    text = edit(SMALL_TEXT, "    title: Infusion\n", "    title: Infusion\n    title: Drip\n")
    [problem] = problems(text)
    assert problem.path == "steps[3].title"
    assert problem.line == line_of(text, "title: Drip")
    assert problem.message == f"duplicate key 'title' (first given on line {line_of(text, 'title: Infusion')})"


def test_duplicate_key_json_is_refused_not_overwritten() -> None:
    text = to_json(small_data()).replace('"version": "0.1",', '"version": "0.1",\n  "version": "0.2",', 1)
    [problem] = problems(text, "p.json")
    assert (problem.path, problem.line) == ("version", line_of(text, '"version": "0.2"'))
    assert "duplicate key 'version'" in problem.message


# --- several problems ----------------------------------------------------------------------


def test_all_problems_are_listed_in_line_order() -> None:
    text = edit(SMALL_TEXT, "version: \"0.1\"", "version: [1]")
    text = edit(text, "    phase: give", "    phase: giv")
    text = edit(text, "    setting: [inpatient]\n    care_team:\n      - {role: nurse, does: Checks your temperature",
                "    setting: [hotel]\n    care_team:\n      - {role: nurse, does: Checks your temperature")
    text = edit(text, "{from: make-cells, to: infuse}", "{from: make-cells, to: infuse, label: 5}")
    found = problems(text)
    assert [p.path for p in found] == [
        "version", "steps[3].phase", "steps[6].setting[0]", "transitions[3].label",
    ]
    assert [p.line for p in found] == [
        line_of(text, "version: [1]"), line_of(text, "phase: giv"), line_of(text, "[hotel]"), line_of(text, "label: 5"),
    ]
    assert "did you mean 'give'" in found[1].message
    assert "'outpatient'" in found[2].message
    assert found[3].message == "should be text"
    assert_located(found, text, "p.yaml")


def test_problem_prints_as_file_line_path_message() -> None:
    problem = Problem("a.yaml", 12, "steps[3].title", "should be text")
    assert str(problem) == "a.yaml:12: steps[3].title: should be text"
    error = PathwayError([problem, Problem("a.yaml", 2, "id", "x")])
    assert str(error).splitlines() == ["a.yaml:2: id: x", "a.yaml:12: steps[3].title: should be text"]


def test_problems_past_the_cap_are_summed_up() -> None:
    many = [Problem("a.yaml", line, "steps", f"problem {line}") for line in range(MAX_PROBLEMS + 50, 0, -1)]
    error = PathwayError(many)
    assert error.total == MAX_PROBLEMS + 50
    assert len(error.problems) == MAX_PROBLEMS + 1
    assert [p.line for p in error.problems[:MAX_PROBLEMS]] == list(range(1, MAX_PROBLEMS + 1))
    last = error.problems[-1]
    assert last.line == MAX_PROBLEMS + 1
    assert last.message.startswith(f"... and 50 more problems from line {MAX_PROBLEMS + 1} on")


def test_text_from_the_file_cannot_break_a_problem_line() -> None:
    text = SMALL_TEXT + '"evil\\nkey": 1\n'
    text = edit(text, "{from: assess, to: collect}", '{from: assess, to: "' + "c" * 5000 + '"}')
    found = problems(text)
    assert only(found, "evil\\nkey").line == text.count("\n")
    assert all("\n" not in str(p) and len(str(p)) < 400 for p in found)


# --- files on disk ---------------------------------------------------------------------------


def test_missing_file_folder_and_unreadable_file(tmp_path: Path) -> None:
    for path, words in ((tmp_path / "nope.yaml", "does not exist"), (tmp_path, "folder")):
        with pytest.raises(PathwayError) as info:
            load_pathway(path)
        [problem] = info.value.problems
        assert (problem.file, problem.line, problem.path) == (str(path), 1, "(file)")
        assert words in problem.message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
def test_device_or_pipe_is_refused_without_reading(tmp_path: Path) -> None:
    # Reading /dev/zero never ends and opening a pipe blocks until someone writes to it.
    pipe = tmp_path / "pipe.yaml"
    os.mkfifo(pipe)
    for path in (Path("/dev/zero"), pipe):
        with pytest.raises(PathwayError) as info:
            load_pathway(path)
        [problem] = info.value.problems
        assert problem.line == 1 and "device or pipe" in problem.message


# --- limits ------------------------------------------------------------------------------------


def test_over_size_file_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as fh:  # sparse: no real disk use
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(PathwayError) as info:
        load_pathway(path)
    [problem] = info.value.problems
    assert problem.line == 1 and problem.path == "(file)"
    assert "MB" in problem.message and "limit" in problem.message


def test_over_size_bytes_are_refused() -> None:
    raw = SMALL_TEXT.encode() + b"#" * (MAX_BYTES - len(SMALL_TEXT) + 1)
    [problem] = problems(raw)
    assert "limit" in problem.message


def test_nesting_deeper_than_the_limit_is_refused() -> None:
    depth = MAX_DEPTH + 1
    text = SMALL_TEXT + "extra: " + "[" * depth + "]" * depth + "\n"
    [problem] = problems(text)
    assert problem.line == text.count("\n")
    assert problem.message == f"the data is nested more than {MAX_DEPTH} levels deep"


def test_nesting_at_the_limit_is_only_an_unknown_field() -> None:
    depth = MAX_DEPTH - 1  # the top-level mapping is one level
    text = SMALL_TEXT + "extra: " + "[" * depth + "]" * depth + "\n"
    [problem] = problems(text)
    assert problem.path == "extra" and "unknown field" in problem.message


def test_alias_bomb_is_refused() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    text = "\n".join(lines) + "\n"
    assert len(text) < 1000  # a billion strings from under a kilobyte
    [problem] = problems(text)
    assert problem.message == "the file expands to far more data than it contains (YAML aliases); refused"
    # The budget is about 10,000 nodes for a file this size. a0 to a3 hold 10, 91, 820 and
    # 7,381 nodes (8,302 in all); a4's first alias adds another 7,381 and breaks it there.
    assert (problem.line, problem.path) == (5, "a4[0]")


def test_aliases_within_budget_are_fine() -> None:
    # Anchors are legitimate YAML: one care-team entry reused by two steps.
    text = edit(SMALL_TEXT, "      - {role: nurse, does: Runs the collection machine.}",
                "      - &machine {role: nurse, does: Runs the collection machine.}")
    text = edit(text, "      - {role: lab, does: Makes and tests the product.}", "      - *machine")
    assert load_text(text).step("make-cells").care_team[0].does == "Runs the collection machine."


# --- anchors, aliases, tags and numbers ---------------------------------------------------------


def _machine_alias(entry: str) -> str:
    """small.yaml where make-cells reuses collect's care-team entry through an alias."""
    text = edit(SMALL_TEXT, "      - {role: nurse, does: Runs the collection machine.}", f"      - &machine {entry}")
    return edit(text, "      - {role: lab, does: Makes and tests the product.}", "      - *machine")


def test_a_problem_inside_an_anchor_is_reported_where_each_alias_uses_it_on_the_anchor_line() -> None:
    # The wrong value is written once, under the anchor: both uses point the author there.
    text = _machine_alias("{role: nurse, does: 5}")
    found = problems(text)
    assert [(p.path, p.line, p.message) for p in found] == [
        ("steps[1].care_team[0].does", line_of(text, "does: 5"), "should be text"),
        ("steps[2].care_team[0].does", line_of(text, "does: 5"), "should be text"),
    ]


def test_a_missing_field_in_an_aliased_value_points_at_the_alias() -> None:
    text = _machine_alias("{role: nurse}")
    found = problems(text)
    assert [(p.path, p.line) for p in found] == [
        ("steps[1].care_team[0].does", line_of(text, "&machine")),
        ("steps[2].care_team[0].does", line_of(text, "- *machine")),
    ]


def test_an_alias_to_a_value_that_contains_it_is_located_on_the_alias() -> None:
    text = edit(SMALL_TEXT, "    setting: [laboratory]", "    setting: &here [laboratory,\n      *here]")
    message = "this alias points back to a value that contains it; a pathway cannot hold itself"
    [problem] = [p for p in problems(text) if p.message == message]
    assert (problem.path, problem.line) == ("steps[2].setting[1]", line_of(text, "*here]"))


def test_alias_bomb_is_refused_at_the_alias_that_goes_over_the_budget() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    text = "\n".join(lines) + "\n"
    [problem] = problems(text)
    assert problem.message == "the file expands to far more data than it contains (YAML aliases); refused"
    assert text.split("\n")[problem.line - 1].startswith(problem.path.split("[")[0] + ": &")


def test_scalar_anchors_repeat_their_value_and_their_type() -> None:
    text = edit(SMALL_TEXT, "duration: {min: 1, max: 2, unit: weeks}", "duration: {min: &one 1, max: 2, unit: weeks}")
    text = edit(text, "duration: {min: 3, max: 6, unit: hours}", "duration: {min: *one, max: 6, unit: hours}")
    assert load_text(text).step("collect").duration.min == 1


def test_undefined_alias_and_repeated_anchor_are_named() -> None:
    text = edit(SMALL_TEXT, "    setting: [laboratory]", "    setting: *lab")
    [problem] = problems(text)
    assert (problem.path, problem.line) == ("(file)", line_of(text, "*lab"))
    assert problem.message == "not valid YAML: the alias *lab names no anchor (&lab) given before it"
    text = edit(SMALL_TEXT, "    setting: [laboratory]", "    setting: &s [laboratory]")
    text = edit(text, "    setting: [inpatient, outpatient]", "    setting: &s [inpatient, outpatient]")
    [problem] = problems(text)
    assert problem.line == line_of(text, "&s [inpatient")
    assert problem.message == f"not valid YAML: the anchor &s is given twice (first on line {line_of(text, '&s [lab')})"


def test_explicit_tags_on_text_that_does_not_fit_them_are_located() -> None:
    # These raised KeyError and AttributeError inside PyYAML's constructor (a traceback).
    text = edit(SMALL_TEXT, "last_reviewed: 2026-01-15", "last_reviewed: !!timestamp soon")
    text = edit(text, "    setting: [laboratory]", "    setting: [!!bool maybe]")
    found = [(p.path, p.line, p.message) for p in problems(text)]
    assert ("last_reviewed", line_of(text, "!!timestamp soon"),
            "cannot read this value: 'soon' is not a date written as YYYY-MM-DD") in found
    assert ("steps[2].setting[0]", line_of(text, "!!bool maybe"),
            "cannot read this value: 'maybe' is not true or false") in found


@pytest.mark.parametrize("name", ["p.yaml", "p.json"])
def test_a_number_too_long_for_python_is_located_in_plain_words(name: str) -> None:
    # In JSON this was a traceback: the json module raises ValueError past 4,300 digits.
    data = small_data()
    data["steps"][1]["duration"]["max"] = 7
    text = (to_json(data) if name.endswith(".json") else to_yaml(data)).replace("7", "7" * 5000, 1)
    message = "cannot read this value: a number 5000 characters long is far longer than any pathway needs"
    found = [(p.path, p.line) for p in problems(text, name) if p.message == message]
    assert found == [("steps[1].duration.max", line_of(text, "7" * 5000))]


def test_yaml_types_of_plain_scalars_are_those_of_pyyaml() -> None:
    # The event pass types plain scalars itself; the answers must be PyYAML's SafeLoader's.
    values = ["yes", "No", "on", "OFF", "~", "null", "", "0", "012", "0o7", "0x1F", "0b101", "1_000", "-3", "+4",
              "190:20:30", "1e5", "1.5e3", ".inf", "-.INF", ".nan", "2026-01-15", "2026-01-15 10:20:30",
              "2026-01-15T10:20:30Z", "12:30", "3.", "Yes please", "True story", "0x", "٣"]
    text = "".join(f"k{i}: {value}\n" for i, value in enumerate(values))
    text += "list:\n" + "".join(f"  - {value}\n" for value in values)
    from models.parsing import parse_text

    ours = parse_text(text, "t.yaml", is_json=False).data
    theirs = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    assert repr(ours) == repr(theirs)  # repr: nan is not equal to itself


def test_nesting_deeper_than_the_limit_in_json_is_refused_on_its_line() -> None:
    data = small_data()
    text = to_json(data)
    deep = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    text = text.replace('"version": "0.1",', f'"version": "0.1",\n  "extra":\n {deep},', 1)
    [problem] = problems(text, "p.json")
    assert problem.line == line_of(text, deep)
    assert problem.message == f"the data is nested more than {MAX_DEPTH} levels deep"


def test_loading_leaves_the_garbage_collector_as_it_was() -> None:
    import gc

    assert gc.isenabled()
    load_text(SMALL_TEXT)
    with pytest.raises(PathwayError):
        load_text(SMALL_TEXT.replace("title: Infusion", "title: [Infusion"))
    assert gc.isenabled()
    gc.disable()
    try:
        load_text(SMALL_TEXT)
        assert not gc.isenabled()  # someone else turned it off: not ours to turn on
    finally:
        gc.enable()
