"""Hostile and broken files: every input ends in a valid Pathway or a PathwayError whose
problems are all located (file, line >= 1, field path, message), never another exception
and never a hang. The committed corpus lives in tests/hostile/; large inputs are generated."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from models import Pathway, PathwayError, load_pathway, load_pathway_bytes
from models.parsing import MAX_BYTES
from models.problems import MAX_PROBLEMS
from pathway_files import SMALL_TEXT, assert_located, line_of, small_data, to_json, to_yaml

HOSTILE = Path(__file__).parent / "hostile"

# What each corpus file must give: ("loads", None, None) or ("refused", field path, words in the message).
EXPECTED: dict[str, tuple[str, str | None, str | None]] = {
    "alias_bomb.yaml": ("refused", None, "expands to far more data"),
    "bad_dates.yaml": ("refused", "last_reviewed", "'2026-02-30' is not a real date: that month has 28 days"),
    "binary_garbage.yaml": ("refused", "(file)", "binary file"),
    "binary_no_nul.yaml": ("refused", "(file)", "not UTF-8"),
    "binary_tag.yaml": ("refused", "title", "unsupported YAML tag"),
    "comments_only.yaml": ("refused", "(file)", "empty"),
    "complex_key.yaml": ("refused", "(file)", "a key must be a plain name"),
    "control_char.yaml": ("refused", "(file)", "(U+0007)"),
    "crlf_line_ends.yaml": ("loads", None, None),
    "deep_nesting.json": ("refused", "(file)", "nested more than"),
    "deep_nesting.yaml": ("refused", "(file)", "nested more than"),
    "duplicate_keys.json": ("refused", "id", "duplicate key 'id'"),
    "duplicate_keys.yaml": ("refused", "steps[3].title", "duplicate key 'title'"),
    "empty.yaml": ("refused", "(file)", "empty"),
    "html_script.yaml": ("loads", None, None),
    "huge_numbers.yaml": ("refused", "steps[0].duration.min", "greater than or equal to 0"),
    "json_lone_surrogate.json": ("refused", "(file)", "invalid Unicode character escape"),
    "json_single_quotes.json": ("refused", "(file)", "not valid JSON"),
    "json_trailing_comma.json": ("refused", "(file)", "not valid JSON"),
    "latin1_accents.yaml": ("refused", "(file)", "not UTF-8"),
    "list_document.json": ("refused", "(file)", "should hold one pathway"),
    "list_document.yaml": ("refused", "(file)", "should hold one pathway"),
    "long_strings.yaml": ("refused", "steps[1].title", "at most 200 characters"),
    "merge_key.yaml": ("refused", "steps[2].care_team[0].<<", "unknown field"),
    "multi_document.yaml": ("refused", "(file)", "single document"),
    "no_final_newline.json": ("loads", None, None),
    "nul_in_middle.yaml": ("refused", "(file)", "binary file"),
    "null_document.yaml": ("refused", "(file)", "should hold one pathway"),
    "odd_unicode_ids.yaml": ("refused", "sources[0].id", "an id may use only Latin letters"),
    "png_header.json": ("refused", "(file)", "binary file"),
    "python_name.yaml": ("refused", "version", "unsupported YAML tag"),
    "python_object.yaml": ("refused", "title", "unsupported YAML tag"),
    "python_tag_root.yaml": ("refused", "(file)", "unsupported YAML tag"),
    "recursive_alias.yaml": ("refused", "steps[2].setting[1]", "points back to a value that contains it"),
    "rtl_titles.yaml": ("loads", None, None),
    "scalar_document.yaml": ("refused", "(file)", "should hold one pathway"),
    "self_loop.yaml": ("refused", "transitions[8]", "closes a cycle (infuse -> infuse)"),
    "self_loop_loop_back.yaml": ("loads", None, None),
    "set_tag.yaml": ("refused", "steps[2].setting", "unsupported YAML tag"),
    "string_document.json": ("refused", "(file)", "should hold one pathway"),
    "tabs_indent.yaml": ("refused", "(file)", "a tab is used to indent here; indent with spaces"),
    "utf16_bom.yaml": ("loads", None, None),
    "utf16be_no_bom.json": ("refused", "(file)", "UTF-16"),
    "utf16le_no_bom.yaml": ("refused", "(file)", "UTF-16"),
    "utf8_bom.json": ("loads", None, None),
    "utf8_bom.yaml": ("loads", None, None),
    "whitespace_only.yaml": ("refused", "(file)", "not valid YAML"),
    "yaml_in_json.json": ("refused", "(file)", "not valid JSON"),
}

LINE = re.compile(r"^.+?:\d+: \S.*: .+$")


def finishes(action: Callable[[], Any], seconds: float = 120) -> Any:
    """Run ``action`` on a thread and fail (rather than hang the suite) if it never returns.
    The limit only catches hangs; it is far above what any input here needs."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = action()
        except BaseException as exc:  # handed back to the test thread below
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), f"still running after {seconds} s: a hang"
    if "error" in box:
        raise box["error"]
    return box["value"]


def outcome(raw: bytes, name: str) -> Pathway | PathwayError:
    """The loader's answer; any exception other than PathwayError fails the test."""
    try:
        return load_pathway_bytes(raw, name, is_json=name.endswith(".json"))
    except PathwayError as exc:
        assert_located(exc.problems, raw.decode("utf-8", errors="replace"), name)
        return exc


# --- the committed corpus ------------------------------------------------------------------------


def test_every_corpus_file_has_an_expectation() -> None:
    assert sorted(p.name for p in HOSTILE.iterdir() if not p.name.startswith(".")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_file(name: str) -> None:
    path = HOSTILE / name
    kind, field, words = EXPECTED[name]
    if kind == "loads":
        assert isinstance(finishes(lambda: load_pathway(path)), Pathway)
        return
    with pytest.raises(PathwayError) as info:
        finishes(lambda: load_pathway(path))
    found = info.value.problems
    raw = path.read_bytes()
    lines = max(1, raw.count(b"\n") + 1, raw.count(b"\n\x00") + 1, raw.count(b"\x00\n") + 1)
    for problem in found:
        assert problem.file == str(path)
        assert 1 <= problem.line <= lines, str(problem)
        assert problem.path and problem.message and "\n" not in str(problem)
    matching = [p for p in found if words in p.message and (field is None or p.path == field)]
    assert matching, [str(p) for p in found]


def test_corpus_through_the_command_line_never_shows_a_traceback() -> None:
    # One process for the whole corpus, as an author would run it: exit 1, every line either
    # "file: valid (...)" or a located problem, and a process that neither crashes nor hangs.
    files = sorted(str(HOSTILE / name) for name in EXPECTED)
    result = subprocess.run(
        [sys.executable, "-m", "pathway_viewer", "validate", *files],
        capture_output=True, text=True, timeout=300, encoding="utf-8",
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    out = result.stdout.splitlines()
    assert all(LINE.match(line) or re.match(r"^.+: valid \(\d+ steps", line) for line in out), out
    valid = sorted(line.split(": valid")[0] for line in out if ": valid (" in line)
    assert valid == sorted(str(HOSTILE / n) for n, e in EXPECTED.items() if e[0] == "loads")


def test_corpus_without_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    # PyYAML falls back to its pure-Python reader where libyaml is missing; it raises in
    # other places (it checks every character up front), and must still end in located problems.
    import yaml

    from models import parsing

    monkeypatch.setattr(parsing, "_Loader", yaml.SafeLoader)
    for name in sorted(EXPECTED):
        raw = (HOSTILE / name).read_bytes()
        finishes(lambda raw=raw, name=name: outcome(raw, name))
    assert isinstance(outcome((HOSTILE / "control_char.yaml").read_bytes(), "c.yaml"), PathwayError)


def test_latin1_is_refused_on_the_line_of_the_first_accent() -> None:
    raw = (HOSTILE / "latin1_accents.yaml").read_bytes()
    [problem] = outcome(raw, "l.yaml").problems
    assert problem.line == raw[: raw.index(b"\xe9")].count(b"\n") + 1
    assert problem.message == "the file is not UTF-8 text (byte 0xe9 cannot be read); save it as UTF-8"


def test_control_and_nul_characters_are_located() -> None:
    control = (HOSTILE / "control_char.yaml").read_text(encoding="utf-8")
    [problem] = outcome(control.encode(), "c.yaml").problems
    assert problem.line == line_of(control, "\a")
    nul = (HOSTILE / "nul_in_middle.yaml").read_bytes()
    [problem] = outcome(nul, "n.yaml").problems
    assert problem.line == nul[: nul.index(b"\x00")].count(b"\n") + 1


def test_utf16_with_a_byte_order_mark_loads_like_utf8() -> None:
    assert load_pathway(HOSTILE / "utf16_bom.yaml") == load_pathway_bytes(SMALL_TEXT.encode(), "s.yaml")
    for encoding in ("utf-16-le", "utf-16-be", "utf-32"):
        raw = SMALL_TEXT.encode(encoding)
        if encoding != "utf-32":
            raw = (b"\xff\xfe" if encoding.endswith("le") else b"\xfe\xff") + raw
        assert load_pathway_bytes(raw, "s.yaml").id == "small"


def test_odd_unicode_ids_are_each_refused_with_the_id_rule() -> None:
    error = outcome((HOSTILE / "odd_unicode_ids.yaml").read_bytes(), "u.yaml")
    assert isinstance(error, PathwayError)
    rule = "an id may use only Latin letters (a to z), digits, '_', '-' and '.', and must start with a letter or digit"
    assert {p.path for p in error.problems if p.message == rule} == {
        "sources[0].id", "roles[1].id", "phases[2].id", "steps[5].id",
    }


def test_right_to_left_text_loads_unchanged() -> None:
    pathway = load_pathway(HOSTILE / "rtl_titles.yaml")
    assert pathway.title == "\u0645\u0633\u0627\u0631 \u0627\u0644\u0639\u0644\u0627\u062c"
    assert pathway.step("infuse").title == "\u05e2\u05d9\u05e8\u05d5\u05d9 \u202eevil\u202c Infusion"


def test_html_and_script_stay_literal_text() -> None:
    pathway = load_pathway(HOSTILE / "html_script.yaml")
    assert pathway.step("assess").title == "<script>alert('x')</script><b>Assessment</b>"
    assert pathway.step("assess").patient_summary.startswith("<img src=x onerror=alert(1)> &amp; <a href=")


def test_long_strings_get_a_clear_limit_message() -> None:
    error = outcome((HOSTILE / "long_strings.yaml").read_bytes(), "l.yaml")
    assert isinstance(error, PathwayError)
    assert [(p.path, p.message) for p in error.problems] == [
        ("steps[1].title", "should have at most 200 characters"),
        ("steps[2].patient_summary", "should have at most 4000 characters"),
    ]


# --- generated inputs ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["small.yaml", "small.json"])
def test_truncated_files_are_refused_or_valid(name: str) -> None:
    text = SMALL_TEXT if name.endswith(".yaml") else to_json(small_data())
    raw = text.encode()
    loaded = 0
    for cut in [*range(0, len(raw), 53), len(raw) - 1]:
        result = outcome(raw[:cut], name)
        loaded += isinstance(result, Pathway)
    # a YAML file cut after a complete transition line can still be a valid pathway;
    # a JSON file cut anywhere cannot
    assert loaded == 0 if name.endswith(".json") else loaded < 3


def test_truncated_in_the_middle_of_a_character() -> None:
    raw = (HOSTILE / "rtl_titles.yaml").read_bytes()
    cut = raw.index("\u0645".encode()) + 1  # half of a two-byte character
    [problem] = outcome(raw[:cut], "t.yaml").problems
    assert "not UTF-8" in problem.message
    assert problem.line == raw[:cut].count(b"\n") + 1


def test_over_size_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(SMALL_TEXT.encode() + b"#" * MAX_BYTES)
    with pytest.raises(PathwayError) as info:
        load_pathway(path)
    [problem] = info.value.problems
    assert (problem.line, problem.path) == (1, "(file)")
    assert re.fullmatch(r"the file is [\d.]+ MB; the limit is \d+ MB", problem.message)


def test_very_deep_nesting_does_not_crash_the_process(tmp_path: Path) -> None:
    # A C stack overflow would kill the process outright, so this runs in a separate one.
    deep_yaml, deep_json = tmp_path / "deep.yaml", tmp_path / "deep.json"
    deep_yaml.write_text("a:\n" + "".join("  " * i + "- \n" for i in range(1, 3000)), encoding="utf-8")
    deep_json.write_text('{"a": ' + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pathway_viewer", "validate", str(deep_yaml), str(deep_json)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all("nested more than" in line for line in lines), lines


def _disconnected(n: int, *, bad_references: bool) -> dict[str, Any]:
    data = small_data()
    template = data["steps"][-1]
    for i in range(n):
        data["steps"].append({**template, "id": f"orphan-{i}"})
        if bad_references:
            data["transitions"].append({"from": f"orphan-{i}x", "to": f"orphanx-{i}"})
    return data


def test_thousands_of_disconnected_steps_give_one_readable_problem() -> None:
    raw = to_yaml(_disconnected(2000, bad_references=False)).encode()
    error = finishes(lambda: outcome(raw, "d.yaml"))
    assert isinstance(error, PathwayError)
    [problem] = error.problems
    assert problem.path == "transitions"
    assert problem.message.startswith("the journey must have a single start step, but 2001 steps have no way in: ")
    assert problem.message.endswith(", ...") and len(problem.message) < 300


def test_thousands_of_bad_references_finish_and_are_capped() -> None:
    # 3,000 steps and 6,000 bad references took over six minutes before spelling hints
    # were put on a budget; this size would still take well over a minute without it.
    for name, text in (("r.yaml", to_yaml), ("r.json", to_json)):
        raw = text(_disconnected(1500, bad_references=True)).encode()
        error = finishes(lambda raw=raw, name=name: outcome(raw, name))
        assert isinstance(error, PathwayError)
        assert error.total == 3001  # two unknown ends per transition, and 1501 starts
        assert len(error.problems) == MAX_PROBLEMS + 1
        assert error.problems[-1].message.startswith(f"... and {3001 - MAX_PROBLEMS} more problems from line ")
        assert len(str(error)) < 60_000


@pytest.mark.parametrize("reader", ["libyaml", "pure-python"])
@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("flow.json", '{"a":\n' + "[" * 2000 + "]" * 2000 + "}", 2),
        ("flow.yaml", 'a: "[[["\nb: ' + "[" * 2000 + "]" * 2000 + "\n", 2),
        ("block.yaml", "a:\n" + "".join("  " * i + "- \n" for i in range(1, 60)), 33),
    ],
)
def test_too_deep_is_the_same_located_message_on_every_reader(
    monkeypatch: pytest.MonkeyPatch, reader: str, name: str, text: str, line: int
) -> None:
    # libyaml refuses flow nesting past 1,000 levels itself and the json module hits
    # Python's recursion limit: whichever meets the depth first, the user reads one message.
    import yaml

    from models import parsing

    if reader == "pure-python":
        monkeypatch.setattr(parsing, "_Loader", yaml.SafeLoader)
    [problem] = outcome(text.encode(), name).problems
    assert (problem.line, problem.path) == (line, "(file)")
    assert problem.message == "the data is nested more than 32 levels deep"
