"""The commonest slips in a hand-typed pathway, said as what to do, at line and column.

The files are a tester's German stem-cell pathway (tests/data/stammzelltransplantation_de.yaml)
with one slip each: a tab in the indentation, an unquoted ": " inside text, and text with a
comma inside ``{ ... }``. Before, the author read libyaml's words ("found a tab character
that violates indentation (while scanning a plain scalar)") or was sent looking for a
misspelt field named "ob Ihr Körper für die Behandlung bereit ist.".
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from models import PathwayError, Problem
from models.loader import load_pathway_bytes
from pathway_files import DATA, line_of
from pathway_viewer.dialogs.problems import ProblemsDialog
from window_helpers import open_window, test_settings

TAB = DATA / "broken_tab_indent.yaml"
COLON = DATA / "broken_colon_in_text.yaml"
COMMA = DATA / "broken_comma_in_braces.yaml"
GOOD = (DATA / "stammzelltransplantation_de.yaml").read_text(encoding="utf-8")


def validate(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pathway_viewer", "validate", *map(str, paths)],
                          capture_output=True, text=True, timeout=120, encoding="utf-8")


def test_validate_says_where_each_slip_is_and_what_to_do() -> None:
    result = validate(TAB, COLON, COMMA)
    assert result.returncode == 1
    tab_line = line_of(TAB.read_text(encoding="utf-8"), "\ttitle: Stammzellübertragung")
    colon_line = line_of(COLON.read_text(encoding="utf-8"), "patient_summary: Untersucht werden: Herz")
    comma_text = COMMA.read_text(encoding="utf-8")
    assert (tab_line, colon_line) == (121, 79)
    assert result.stdout.splitlines() == [
        # The tab is the line's first character.
        f"{TAB}:121:1: (file): not valid YAML: a tab is used to indent here; indent with spaces",
        # "    patient_summary: Untersucht werden: Herz, ...": the second colon is character 39.
        f"{COLON}:79:39: (file): not valid YAML: a colon followed by a space inside text: put the text in quotes",
        # "      - {role: haematologe, does: Prüft, ob Ihr Körper ...": the comma is character 40.
        f"{COMMA}:{line_of(comma_text, 'does: Prüft, ob')}:40: steps[3].care_team[0].does: "
        "a comma inside { ... } ends the text: put the text in quotes "
        "(the words after the comma, 'ob Ihr Körper für die Behandlung bereit ist.', were read as a field name)",
        f"{COMMA}:{line_of(comma_text, 'does: Besucht Sie, wenn')}:50: steps[8].care_team[1].does: "
        "a comma inside { ... } ends the text: put the text in quotes "
        "(the words after the comma, 'wenn Ihnen die Zeit lang wird.', were read as a field name)",
    ]
    assert result.stderr.splitlines() == [f"{TAB}: refused, 1 problem", f"{COLON}: refused, 1 problem",
                                          f"{COMMA}: refused, 2 problems"]


def test_the_window_refuses_the_comma_file_with_the_same_lines(qtbot: QtBot, settings_file: Path) -> None:
    window = open_window(qtbot, test_settings(settings_file))
    assert not window.open_file(COMMA)
    dialog = next(d for d in window.findChildren(ProblemsDialog) if d.isVisible())
    assert dialog.findChild(QLabel, "problems_intro").text().startswith("broken_comma_in_braces.yaml has 2 problems.")
    lines = dialog.text().splitlines()
    assert [line.split(": ", 2)[0:2] for line in lines] == [
        [f"{COMMA}:85:40", "steps[3].care_team[0].does"],
        [f"{COMMA}:141:50", "steps[8].care_team[1].does"],
    ]
    assert all("a comma inside { ... } ends the text: put the text in quotes" in line for line in lines)
    dialog.close()


def problem_of(text: str) -> Problem:
    try:
        load_pathway_bytes(text.encode("utf-8"), "p.yaml")
    except PathwayError as error:
        [problem] = error.problems
        return problem
    raise AssertionError("the file loaded")


def test_a_colon_on_a_line_that_goes_on_from_the_text_above_is_not_called_a_colon_in_text() -> None:
    # "phase:" indented under "title: ...": the title's text runs on into "phase" and meets
    # a colon, but quotes would not help: the line is indented too far, and says so (it
    # read libyaml's "mapping values are not allowed in this context").
    text = GOOD.replace("    title: Stammzellübertragung\n    phase:", "    title: Stammzellübertragung\n      phase:")
    problem = problem_of(text)
    assert str(problem) == ("p.yaml:122:12: (file): not valid YAML: this line is indented more than the key above it "
                            "(6 spaces, the key above 4); YAML reads indentation as structure: line it up with the key "
                            "above, or check that line")


@pytest.mark.parametrize(("slip", "spaces"), [("   phase:", 3), ("  phase:", 2)])
def test_a_key_indented_less_than_the_keys_around_it_is_said_in_plain_words(slip: str, spaces: int) -> None:
    # libyaml said "did not find expected '-' indicator (while parsing a block collection)".
    text = GOOD.replace("    title: Stammzellübertragung\n    phase:", f"    title: Stammzellübertragung\n{slip}")
    problem = problem_of(text)
    assert problem.line == 122
    assert problem.message.startswith(f"not valid YAML: this line is indented less than the key above it ({spaces} spaces, "
                                      "the key above 4)")


def test_a_tab_after_a_list_dash_is_also_a_tab_where_spaces_belong() -> None:
    text = GOOD.replace("  - id: erstgespraech", "  -\tid: erstgespraech")
    assert line_of(text, "-\tid: erstgespraech") == 42
    assert str(problem_of(text)) == "p.yaml:42:4: (file): not valid YAML: a tab is used to indent here; indent with spaces"


def test_an_unquoted_colon_inside_braces_is_a_colon_in_text() -> None:
    text = GOOD.replace("{from: zvk, to: konditionierung}", "{from: zvk, to: Konditionierung: Chemo}")
    line = line_of(text, "to: Konditionierung: Chemo")
    # "  - {from: zvk, to: Konditionierung: Chemo}": the second colon is character 36.
    assert str(problem_of(text)) == (
        f"p.yaml:{line}:36: (file): not valid YAML: a colon followed by a space inside text: put the text in quotes"
    )


def test_a_list_item_indented_unlike_the_one_above_is_said_in_plain_words() -> None:
    # libyaml said "did not find expected key (while parsing a block mapping)".
    old = "      - {role: psychoonkologie,"
    problem = problem_of(GOOD.replace(old, old[1:], 1))
    assert problem.line == 52
    assert problem.message == ("not valid YAML: this list item is indented less than the item above it (5 spaces, the "
                               "item above 6); YAML reads indentation as structure: line its '-' up with the one above")


@pytest.mark.parametrize(("old", "new", "path", "message"), [
    ("language: de\n", "language: german\n", "language", "should be a language code such as 'en', 'de', 'el' or 'pt-BR'"),
    ("    title: Vorbereitungsphase\n", "    title: Vorbereitungsphase\n    color: green\n", "phases[0].color",
     "should be a colour written as #RRGGBB, such as #9ecae1"),
])
def test_a_language_or_colour_that_does_not_fit_is_told_its_own_rule(old: str, new: str, path: str, message: str) -> None:
    # Both were told the id rule: "an id may use only letters, ...".
    assert GOOD.count(old) >= 1, old
    problem = problem_of(GOOD.replace(old, new, 1))
    assert (problem.path, problem.message) == (path, message)


def test_a_list_item_after_another_item_s_keys_is_compared_with_that_item() -> None:
    # "- id: b" one space in, after "- id: a" and its keys, was told to line up with the key
    # "title" (2) where the item above's dash is at 0; and "1 spaces".
    from models import load_pathway_bytes

    with pytest.raises(PathwayError) as caught:
        load_pathway_bytes(b"steps:\n- id: a\n  title: T\n - id: b\n", "p.yaml")
    assert caught.value.problems[0].message == (
        "not valid YAML: this list item is indented more than the item above it (1 space, the item above 0); "
        "YAML reads indentation as structure: line its '-' up with the one above")
