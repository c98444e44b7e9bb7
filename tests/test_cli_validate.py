"""`pathway-viewer validate` and `schema`, run as a user runs them: in a separate process."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from models import bundled_pathway
from pathway_files import DATA, line_of

# file:line: or, where the reader knows the column (a YAML syntax error), file:line:column:
LINE = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?:(?P<column>\d+):)? (?P<path>\S+): (?P<message>.+)$")


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pathway_viewer", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        encoding="utf-8",
    )


def bundled_file() -> Path:
    path = Path(str(bundled_pathway()))
    assert path.is_file(), "resources/pathways/car_t_sle.yaml is not packaged"
    return path


def test_valid_files_exit_0() -> None:
    small, bundled = DATA / "small.yaml", bundled_file()
    result = run_cli("validate", small, bundled)
    assert result.returncode == 0, result.stdout + result.stderr
    first, second = result.stdout.splitlines()
    assert first == f"{small}: valid (7 steps, 8 transitions)"
    assert re.fullmatch(rf"{re.escape(str(bundled))}: valid \(\d+ steps, \d+ transitions\)", second)
    assert result.stderr == ""


def test_broken_file_exits_1_with_located_problems() -> None:
    path = DATA / "broken_refs.yaml"
    text = path.read_text(encoding="utf-8")
    result = run_cli("validate", path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{path}:{line_of(text, 'role: labs')}: steps[2].care_team[0].role: unknown role 'labs'; did you mean 'lab'?",
        f"{path}:{line_of(text, 'warnings_signs')}: steps[3].warnings_signs: "
        "unknown field; check the spelling against the format in the README",
        f"{path}:{line_of(text, 'to: make-cels')}: transitions[2].to: unknown step 'make-cels'; did you mean 'make-cells'?",
        f"{path}:{line_of(text, 'to: observe, kind: alternative')}: transitions[7]: this transition closes a cycle "
        "(observe -> fever-care -> observe); mark it kind: loop_back if going back is intended",
    ]
    assert result.stderr.strip() == f"{path}: refused, 4 problems"


def test_several_files_at_once_report_each_and_exit_1() -> None:
    broken_json, broken_yaml, small = DATA / "broken_types.json", DATA / "broken_syntax.yaml", DATA / "small.yaml"
    result = run_cli("validate", small, broken_json, broken_yaml)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{small}: valid (7 steps, 8 transitions)"
    problems = [LINE.match(line) for line in lines[1:]]
    assert all(problems), lines
    located = [(m["file"], int(m["line"]), m["path"]) for m in problems if m]
    json_text = broken_json.read_text(encoding="utf-8")
    assert located == [
        (str(broken_json), line_of(json_text, '"version": "0.2"'), "version"),
        (str(broken_json), line_of(json_text, '"name": "Night nurse"') - 1, "roles[3].id"),
        (str(broken_json), line_of(json_text, '"min": "three"'), "steps[1].duration.min"),
        (str(broken_json), line_of(json_text, '"id": "make-cells"') - 1, "steps[2].clinical_details"),
        (str(broken_yaml), line_of(broken_yaml.read_text(encoding="utf-8"), "   phase: watch"), "(file)"),
    ]
    messages = [m["message"] for m in problems if m]
    assert "duplicate key 'version'" in messages[0]
    assert "duplicate role id 'nurse'" in messages[1]
    assert "number" in messages[2]
    assert "required field is missing" in messages[3]
    assert messages[4].startswith("not valid YAML")
    assert result.stderr.splitlines() == [f"{broken_json}: refused, 4 problems", f"{broken_yaml}: refused, 1 problem"]


def test_missing_file_is_a_located_problem_not_a_traceback(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    result = run_cli("validate", missing)
    assert result.returncode == 1
    assert result.stdout.strip() == f"{missing}:1: (file): the file does not exist"
    assert "Traceback" not in result.stderr


def test_schema_is_json_schema_of_the_format() -> None:
    result = run_cli("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"steps", "transitions", "roles", "sources", "phases"} <= set(schema["properties"])
    assert "steps" in schema["required"]
    transition = schema["$defs"]["Transition"]
    assert "from" in transition["properties"]  # the alias authors write, not from_


@pytest.mark.parametrize("command", ["validate", "lint", "schema", "open", "export", "handout"])
def test_every_subcommand_has_help(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"usage: pathway-viewer {command}")


def test_validate_without_files_is_a_usage_error() -> None:
    result = run_cli("validate")
    assert result.returncode == 2
    assert "FILE" in result.stderr and "Traceback" not in result.stderr
