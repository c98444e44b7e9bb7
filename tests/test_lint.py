"""The linter (models.lint): one crafted file per warning, with its exact message and line.

The base file below lints clean; each test changes one thing and expects exactly one
warning. The bundled pathway must lint clean too.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
import textstat

from models import bundled_pathway
from models.lint import grade, lint_file, run

TODAY = dt.date(2026, 12, 1)

BASE = """\
id: lint-base
title: Lint test journey
condition: Lupus
version: "1"
review:
  reviewed_on: 2026-11-01
  reviewed_by:
    - {name: A Reviewer, role: Rheumatologist}
  next_review: 2027-11-01
  evidence_current_to: 2026-10-01
disclaimer: This is for learning only. Talk to your care team.
urgent_signs:
  - text: A temperature of {temperature} or higher
    temperature_c: 38.0
sources:
  - id: src-a
    citation: A source.
roles:
  - id: nurse
    name: Nurse
    description: A nurse who looks after you.
phases:
  - id: main
    title: Main
steps:
  - id: first
    title: First visit
    phase: main
    patient_summary: You come to the clinic. We talk with you.
    clinical_details: Assessment.
    duration: {min: 1, max: 1, unit: days}
    timing: {start: -7, end: -7}
    setting: [outpatient]
    care_team:
      - {role: nurse, does: Talks with you.}
    how_to_prepare:
      - Bring your list of medicines.
    sources: [src-a]
  - id: second
    title: Second visit
    phase: main
    patient_summary: You get your drip. A nurse stays with you.
    clinical_details: Infusion.
    duration: {min: 1, max: 1, unit: hours}
    timing: {start: 0, end: 0}
    setting: [outpatient]
    show_urgent_signs: true
    care_team:
      - {role: nurse, does: Gives the drip.}
    warning_signs:
      - Tell the nurse if you feel unwell.
    sources: [src-a]
transitions:
  - {from: first, to: second}
"""


def lint_text(tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return [(p.line, p.path, p.message) for p in lint_file(path, today=TODAY)]


def line_of(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


def changed(old: str, new: str) -> str:
    assert BASE.count(old) == 1, old
    return BASE.replace(old, new)


def test_the_base_file_lints_clean(tmp_path: Path) -> None:
    assert lint_text(tmp_path, BASE) == []


def test_the_bundled_pathway_lints_clean() -> None:
    problems = lint_file(Path(str(bundled_pathway())), today=dt.date(2027, 1, 1))
    assert [str(p) for p in problems] == []



@pytest.mark.parametrize(("items", "warned"), [
    # One sentence cut at its comma: patients read "Bring your list" and a fragment.
    ("[Bring your list of medicines, and your glasses.]", ["steps[0].how_to_prepare[1]"]),
    ("[Bring your medicines, your glasses, and a book.]", ["steps[0].how_to_prepare[1]", "steps[0].how_to_prepare[2]"]),
    ("[Bring your medicines., Bring your glasses.]", []),  # two sentences, each ended
    ("['Bring your list of medicines, and your glasses.']", []),  # quoted: one item
    ("\n      - Bring your list of medicines\n      - and your glasses.", []),  # an item a line: as written
    ("[Bring your medicines, Glasses]", []),  # a capital letter starts an item of its own
    ("['Bring your list of medicines', 'and your glasses']", []),  # quoted: as the author cut them
    ('["Comfortable clothes", "a book", "snacks"]', []),  # as JSON writes every list
])
def test_a_sentence_cut_at_a_comma_inside_brackets(tmp_path: Path, items: str, warned: list[str]) -> None:
    text = changed("    how_to_prepare:\n      - Bring your list of medicines.\n", f"    how_to_prepare: {items}\n")
    found = [(path, message) for _, path, message in lint_text(tmp_path, text) if "cut at a comma" in message]
    assert [path for path, _ in found] == warned
    for _, message in found:
        assert "put the whole sentence in quotes" in message


def test_the_editor_s_placeholder_words_left_in_a_file(tmp_path: Path) -> None:
    # A new step's "Write here what happens" linted clean and could reach patients.
    from models.placeholders import NEW_TEXT

    text = changed("    clinical_details: Infusion.\n", f"    clinical_details: {NEW_TEXT}\n")
    [(line, path, message)] = lint_text(tmp_path, text)
    assert (line, path) == (line_of(text, NEW_TEXT), "steps[1].clinical_details")
    assert message == f"still the editor's placeholder words (\u201c{NEW_TEXT}\u201d): write this pathway's own words"


def test_hard_patient_text(tmp_path: Path) -> None:
    hard = "Administration necessitates comprehensive immunological evaluation preceding therapeutic intervention."
    text = changed("You come to the clinic. We talk with you.", hard)
    [(line, path, message)] = lint_text(tmp_path, text)
    assert (line, path) == (line_of(text, hard), "steps[0].patient_summary")
    assert message.startswith("patient text reads at US grade ") and message.endswith(
        " (above 8): use shorter sentences and words"
    )


def test_a_medical_word_missing_from_the_glossary(tmp_path: Path) -> None:
    text = changed("Bring your list of medicines.", "Ask about neutropenia.")
    assert lint_text(tmp_path, text) == [
        (line_of(text, "Ask about neutropenia."), "steps[0].how_to_prepare[0]",
         "the medical word 'neutropenia' is not in the glossary: add it to the pathway's glossary or use plain words"),
    ]


def test_a_negative_day_number(tmp_path: Path) -> None:
    text = changed("Bring your list of medicines.", "Come on day -7.")
    assert lint_text(tmp_path, text) == [
        (line_of(text, "Come on day -7."), "steps[0].how_to_prepare[0]",
         "patient text has a negative day number ('day -7'): say 'about 4 weeks before the main treatment day'"),
    ]


def test_a_percentage(tmp_path: Path) -> None:
    text = changed("A nurse stays with you.", "It helped 80% of people.")
    assert lint_text(tmp_path, text) == [
        (line_of(text, "It helped 80%"), "steps[1].patient_summary",
         "patient text gives a percentage ('80%'): say how many people in words, or leave it to the clinical details"),
    ]


def test_a_grade(tmp_path: Path) -> None:
    text = changed("Tell the nurse if you feel unwell.", "Most had grade 1 fever.")
    assert lint_text(tmp_path, text) == [
        (line_of(text, "Most had grade 1"), "steps[1].warning_signs[0]",
         "patient text mentions a grade ('grade 1'): say 'mild' or 'severe', or leave it to the clinical details"),
    ]


def test_a_score_name(tmp_path: Path) -> None:
    text = changed("Bring your list of medicines.", "We use a score.")
    assert lint_text(tmp_path, text) == [
        (line_of(text, "We use a score."), "steps[0].how_to_prepare[0]",
         "patient text names a score or index ('score'): leave it to the clinical details"),
    ]


def test_a_step_with_nothing_for_the_patient(tmp_path: Path) -> None:
    text = changed("    how_to_prepare:\n      - Bring your list of medicines.\n", "")
    assert lint_text(tmp_path, text) == [
        (line_of(text, "  - id: first"), "steps[0]",
         "step 'first' gives the patient nothing to do, prepare or watch for: add how_to_prepare or warning_signs"),
    ]


def test_a_source_never_cited(tmp_path: Path) -> None:
    text = changed("    citation: A source.\n", "    citation: A source.\n  - id: src-b\n    citation: Another.\n")
    assert lint_text(tmp_path, text) == [
        (line_of(text, "- id: src-b"), "sources[1].id",
         "source 'src-b' is never cited by a step: cite it where it supports a claim, or remove it"),
    ]


def test_a_role_no_step_uses(tmp_path: Path) -> None:
    text = changed(
        "    description: A nurse who looks after you.\n",
        "    description: A nurse who looks after you.\n  - id: dietitian\n    name: Dietitian\n"
        "    description: Helps you eat well.\n",
    )
    assert lint_text(tmp_path, text) == [
        (line_of(text, "- id: dietitian"), "roles[1].id",
         "role 'dietitian' is in no step's care_team: add it where it takes part, or remove it"),
    ]


def test_a_review_date_that_has_passed(tmp_path: Path) -> None:
    text = changed("next_review: 2027-11-01", "next_review: 2026-11-30")
    assert lint_text(tmp_path, text) == [
        (line_of(text, "next_review:"), "review.next_review",
         "the review date 2026-11-30 has passed: review the content and set a new next_review"),
    ]


def test_no_urgent_signs(tmp_path: Path) -> None:
    text = changed(
        "urgent_signs:\n  - text: A temperature of {temperature} or higher\n    temperature_c: 38.0\n", ""
    ).replace("    show_urgent_signs: true\n", "")
    assert lint_text(tmp_path, text) == [
        (1, "urgent_signs", "no urgent_signs: list the signs that mean 'call at once', each with whom to call"),
    ]


NEUTRAL_FEVER = ("no urgent sign gives a temperature threshold (temperature_c): "
                 "where a fever matters, say at what temperature to call")


def test_no_temperature_threshold_is_warned_about_in_every_pathway_without_naming_a_treatment(tmp_path: Path) -> None:
    # A file without a training block (as the team's lymphoma and myeloma files are) is
    # still asked; nothing in it declares CRS, so the warning names no treatment's rule.
    text = changed("  - text: A temperature of {temperature} or higher\n    temperature_c: 38.0\n", "  - text: Shaking or chills\n")
    assert lint_text(tmp_path, text) == [(line_of(text, "urgent_signs:"), "urgent_signs", NEUTRAL_FEVER)]
    no_grading = text + "training:\n  grading_practice: false\n"
    assert lint_text(tmp_path, no_grading) == [(line_of(text, "urgent_signs:"), "urgent_signs", NEUTRAL_FEVER)]


def test_no_fever_threshold_where_the_training_practises_crs_grading_adds_the_crs_rule(tmp_path: Path) -> None:
    text = changed("  - text: A temperature of {temperature} or higher\n    temperature_c: 38.0\n", "  - text: Shaking or chills\n")
    text += "training:\n  grading_practice: true\n"
    assert lint_text(tmp_path, text) == [
        (line_of(text, "urgent_signs:"), "urgent_signs",
         "no urgent sign gives a temperature threshold (temperature_c): where a fever matters, say at what temperature "
         "to call; this pathway's training practises CRS grading, where a fever of 38.0 \u00b0C or more starts CRS: "
         "add a sign with temperature_c: 38.0"),
    ]


def test_one_sign_with_a_temperature_among_several_is_enough(tmp_path: Path) -> None:
    # Any threshold, not only 38.0: the clinic decides its number; a sign after it needs none.
    text = changed("    temperature_c: 38.0\n", "    temperature_c: 37.5\n  - text: Shaking or chills\n")
    assert lint_text(tmp_path, text) == []
    text = changed("  - text: A temperature of {temperature} or higher\n",
                   "  - text: Shaking or chills\n  - text: A temperature of {temperature} or higher\n")
    assert lint_text(tmp_path, text + "training:\n  grading_practice: true\n") == []


def test_a_step_after_day_0_without_the_urgent_signs(tmp_path: Path) -> None:
    text = changed("    show_urgent_signs: true\n", "")
    assert lint_text(tmp_path, text) == [
        (line_of(text, "  - id: second"), "steps[1]",
         "step 'second' is on or after day 0 but does not show the urgent signs: add show_urgent_signs: true"),
    ]


def test_run_exit_codes_and_output(tmp_path: Path) -> None:
    clean = tmp_path / "clean.yaml"
    clean.write_text(BASE, encoding="utf-8")
    warned = tmp_path / "warned.yaml"
    warned.write_text(changed("Bring your list of medicines.", "Come on day -7."), encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(BASE.replace("phase: main\n    patient_summary: You get", "phase: nowhere\n    patient_summary: You get"), encoding="utf-8")

    out = io.StringIO()
    assert run([clean], out, today=TODAY) == 0
    assert out.getvalue() == f"{clean}: no warnings\n"
    out = io.StringIO()
    assert run([clean, warned], out, today=TODAY) == 1
    assert f"{warned}:" in out.getvalue() and "negative day number" in out.getvalue()
    out = io.StringIO()
    assert run([warned, broken], out, today=TODAY) == 2
    assert f"{broken}:" in out.getvalue() and "unknown phase 'nowhere'" in out.getvalue()


def test_lint_runs_as_a_module_without_qt(tmp_path: Path) -> None:
    clean = tmp_path / "clean.yaml"
    clean.write_text(BASE.replace("next_review: 2027-11-01", "next_review: 2099-11-01"), encoding="utf-8")
    code = "import sys, models.lint; rc = models.lint.main(sys.argv[1:]); assert 'PySide6' not in sys.modules; sys.exit(rc)"
    result = subprocess.run([sys.executable, "-c", code, str(clean)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == f"{clean}: no warnings\n"


@pytest.mark.parametrize(
    "text",
    [
        "After the infusion, your team watches you very closely for at least two weeks.",
        "A machine collects some of your white blood cells, including your T cells.",
        "Administration necessitates comprehensive immunological evaluation preceding therapeutic intervention.",
    ],
)
def test_the_grade_is_close_to_textstat(text: str) -> None:
    assert abs(grade(text) - textstat.flesch_kincaid_grade(text)) < 1.5


def test_glossary_definitions_use_only_explained_words() -> None:
    # Issue item 16: a definition that says "cytokine" must explain it, or the glossary must.
    from models.glossary import load_glossary
    from models.lint import _unexplained

    from models import bundled_pathway, load_pathway
    from models.glossary import pathway_glossary

    shared = load_glossary()
    # The shared words, and the bundled pathway's own words over them, as a reader meets them.
    for glossary in (shared, pathway_glossary(shared, load_pathway(bundled_pathway()))):
        assert glossary is not None
        assert {t.term: _unexplained(t.definition, glossary) for t in glossary.terms if _unexplained(t.definition, glossary)} == {}
