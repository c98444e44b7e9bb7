"""The linter on pathways in other languages and for other treatments (the tester's files,
copied to tests/data): the English reading grade is not applied to French or Arabic, it
says so once, and no pathway is advised from another treatment's rules (CRS, 38.0 °C), though
every pathway without a temperature threshold is asked, in neutral words, to give one.

Expected lines are written by hand from the files; the one grade is worked out by hand below.
"""

from __future__ import annotations

import io
from pathlib import Path

from models.lint import run

DATA = Path(__file__).parent / "data"


def lint_lines(name: str) -> tuple[int, list[str]]:
    out = io.StringIO()
    status = run([DATA / name], out)
    return status, out.getvalue().splitlines()


def test_a_french_pathway_is_not_graded_by_the_english_formula_and_says_so_once() -> None:
    status, lines = lint_lines("car_t_myelome_fr.yaml")
    path = DATA / "car_t_myelome_fr.yaml"
    assert status == 1
    assert lines[0] == (
        f"{path}:6: language: note: reading grade not checked: its formula (Flesch-Kincaid) measures English, "
        "and this file's language is 'fr'"
    )
    assert [line for line in lines if "grade" in line] == [lines[0]]
    # "Mangez normalement et buvez beaucoup avant de venir." was once called grade 11.1.
    assert not any("steps[3].how_to_prepare[0]" in line for line in lines)
    # Its other warnings stay: 'CAR-T' is not explained by the file's glossary, in four places.
    assert [line.split(": ", 2)[1] for line in lines if "'CAR-T'" in line] == [
        "roles[3].description", "steps[2].patient_summary", "steps[4].title", "steps[8].title"]
    # The note is not a warning: the count is the warnings' alone.
    assert lines[-1] == f"{path}: {len(lines) - 2} warnings"


def test_an_arabic_cataract_pathway_gets_its_own_warnings_and_no_crs_advice() -> None:
    status, lines = lint_lines("cataract_ar.yaml")
    path = DATA / "cataract_ar.yaml"
    assert status == 1
    assert lines == [
        f"{path}:5: language: note: reading grade not checked: its formula (Flesch-Kincaid) measures English, "
        "and this file's language is 'ar'",
        f"{path}:12: urgent_signs: no urgent sign gives a temperature threshold (temperature_c): "
        "where a fever matters, say at what temperature to call",
        f"{path}:34: steps[0]: step 'exam' gives the patient nothing to do, prepare or watch for: "
        "add how_to_prepare or warning_signs",
        f"{path}:85: steps[4]: step 'followup' gives the patient nothing to do, prepare or watch for: "
        "add how_to_prepare or warning_signs",
        f"{path}:85: steps[4]: step 'followup' is on or after day 0 but does not show the urgent signs: "
        "add show_urgent_signs: true",
        f"{path}: 4 warnings",
    ]


def test_an_english_stroke_pathway_is_graded_and_not_told_about_crs() -> None:
    status, lines = lint_lines("stroke_rehab.yaml")
    path = DATA / "stroke_rehab.yaml"
    assert status == 1
    assert not any("note:" in line or "CRS" in line or "38.0" in line for line in lines)
    assert [line for line in lines if ": urgent_signs: " in line] == [
        f"{path}:12: urgent_signs: no urgent sign gives a temperature threshold (temperature_c): "
        "where a fever matters, say at what temperature to call"]
    # "Moving to the inpatient rehabilitation ward for therapy": 8 words, 1 sentence and
    # 2+1+1+3+6+1+1+3 = 18 syllables: 0.39 * 8 + 11.8 * 18 / 8 - 15.59 = 14.08.
    assert (f"{path}:264: steps[10].title: patient text reads at US grade 14.1 (above 8): "
            "use shorter sentences and words") in lines


def test_an_english_tag_with_a_region_is_still_graded(tmp_path: Path) -> None:
    from test_lint import BASE

    hard = "Administration necessitates comprehensive immunological evaluation preceding therapeutic intervention."
    path = tmp_path / "gb.yaml"
    path.write_text(BASE.replace("version: \"1\"\n", "version: \"1\"\nlanguage: en-GB\n")
                    .replace("next_review: 2027-11-01", "next_review: 2099-11-01")
                    .replace("You come to the clinic. We talk with you.", hard), encoding="utf-8")
    out = io.StringIO()
    assert run([path], out) == 1
    [warning, count] = out.getvalue().splitlines()
    assert warning.startswith(f"{path}:") and " steps[0].patient_summary: patient text reads at US grade " in warning
    assert count == f"{path}: 1 warning"


def test_a_car_t_file_without_a_training_block_is_still_asked_for_its_fever_threshold(tmp_path: Path) -> None:
    # The reviewer's case: the lymphoma file with its 38.0 taken out lints silent no more.
    text = (DATA / "car_t_lymphoma.yaml").read_text(encoding="utf-8")
    assert "\ntraining:" not in text
    text = text.replace("    temperature_c: 38.0\n", "").replace("{temperature}", "a high temperature")
    path = tmp_path / "car_t_lymphoma_nofever.yaml"
    path.write_text(text, encoding="utf-8")
    out = io.StringIO()
    assert run([path], out) == 1
    assert [line for line in out.getvalue().splitlines() if "urgent_signs:" in line] == [
        f"{path}:23: urgent_signs: no urgent sign gives a temperature threshold (temperature_c): "
        "where a fever matters, say at what temperature to call"]
