"""The linter's rules at their edges, with values counted by hand: syllables and grades, the
eight-word limit for grading, every kind of patient field, each way a step may give the
patient something to watch for, the review date on the day itself, and the command's exact
output. The base file and helpers are those of test_lint.py (it lints clean)."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest
from test_lint import BASE, TODAY, changed, line_of, lint_text

from models.lint import grade, main, run, syllables

DATA = Path(__file__).parent / "data"

# Counted by hand, by the rules the module states (vowel groups, silent e, -es/-ed).
SYLLABLES = {
    "cat": 1, "the": 1, "Be": 1, "tree": 1, "eye": 1, "rhythm": 1,
    "make": 1, "makes": 1, "hoped": 1, "jumped": 1,
    "table": 2, "little": 2, "wanted": 2, "faded": 2, "needed": 2,
    "horses": 2, "places": 2, "sizes": 2, "pages": 2,
    "well-known": 2, "x-ray": 2, "38": 1, "10-12": 2,
    "rock'n'roll": 3, "rock\u2019n\u2019roll": 3,
    "comprehensive": 4, "necessitates": 4, "administration": 5, "immunological": 6,
}


def test_syllables_by_hand() -> None:
    assert {word: syllables(word) for word in SYLLABLES} == SYLLABLES


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 6 words, 1 sentence, 6 syllables: 0.39 * 6 + 11.8 * 1 - 15.59
        ("The cat sat on the mat.", -1.45),
        # 4 words, 2 sentences, 4 syllables: 0.39 * 2 + 11.8 - 15.59
        ("I ran. You sat!", -3.01),
        # no full stop still counts as one sentence: 0.39 * 3 + 11.8 - 15.59
        ("the cat sat", -2.62),
        # 8 words, 34 syllables (5+4+4+6+4+3+4+4): 0.39 * 8 + 11.8 * 34 / 8 - 15.59
        ("Administration necessitates comprehensive immunological evaluation preceding therapeutic intervention.", 37.68),
        ("", 0.0),
        ("... !", 0.0),
    ],
)
def test_grade_by_hand(text: str, expected: float) -> None:
    assert grade(text) == pytest.approx(expected, abs=1e-9)


HARD_8 = "Administration necessitates comprehensive immunological evaluation preceding therapeutic intervention."
HARD_7 = "Administration necessitates comprehensive immunological evaluation preceding intervention."


def test_hard_text_of_eight_words_is_graded_and_of_seven_is_not(tmp_path: Path) -> None:
    text = changed("Bring your list of medicines.", HARD_8)
    assert lint_text(tmp_path, text) == [
        (line_of(text, HARD_8), "steps[0].how_to_prepare[0]",
         "patient text reads at US grade 37.7 (above 8): use shorter sentences and words"),
    ]
    assert lint_text(tmp_path, changed("Bring your list of medicines.", HARD_7)) == []


def test_every_kind_of_patient_field_is_read(tmp_path: Path) -> None:
    """A percentage in each field a patient reads is found there, by its path."""
    text = (
        changed("description: A nurse who looks after you.", "description: A nurse, 1% of staff.")
        .replace("  - id: main\n    title: Main\n",
                 "  - id: main\n    title: Main 2%\n    description: Phase 3%.\n")
        .replace("  - text: A temperature of {temperature} or higher\n",
                 "  - text: A temperature of {temperature} or higher, 4%\n")
        .replace("    clinical_details: Assessment.\n",
                 "    clinical_details: Assessment.\n    what_to_expect: [5% wait.]\n    questions: [Is it 6%?]\n")
        .replace("      - {role: nurse, does: Talks with you.}", "      - {role: nurse, does: Talks with 7% of you.}")
        .replace("  - {from: first, to: second}", "  - {from: first, to: second}\n"
                 "  - {from: second, to: first, kind: loop_back, label: 8% come back}")
        .replace("title: First visit", "title: First visit 9%")
    )
    text += (
        "local_choices:\n"
        "  - id: where\n"
        "    question: Where?\n"
        "    unset_text: Your team will tell you, 10%.\n"
        "    options:\n"
        "      - {id: here, label: Here, text: Here 11%.}\n"
    )
    found = {(path, message.split("'")[1]) for _, path, message in lint_text(tmp_path, text)}
    assert found == {
        ("roles[0].description", "1%"), ("phases[0].title", "2%"), ("phases[0].description", "3%"),
        ("urgent_signs[0].text", "4%"), ("steps[0].what_to_expect[0]", "5%"), ("steps[0].questions[0]", "6%"),
        ("steps[0].care_team[0].does", "7%"), ("transitions[1].label", "8%"), ("steps[0].title", "9%"),
        ("local_choices[0].unset_text", "10%"), ("local_choices[0].options[0].text", "11%"),
    }


def test_the_temperature_placeholder_reads_as_38_degrees(tmp_path: Path) -> None:
    # 6 words and the placeholder: graded only because "38 degrees" makes it 8 words.
    sign = "Temperature {temperature} signals immunological complications requiring evaluation."
    text = changed("A temperature of {temperature} or higher", sign)
    # 8 words; syllables 4 (temperature) + 1 (38) + 1 (degrees) + 2 + 6 + 4 + 3 + 4 = 25:
    # 0.39 * 8 + 11.8 * 25 / 8 - 15.59 = 24.405, shown as 24.4 (the float is just below)
    [(line, path, message)] = lint_text(tmp_path, text)
    assert (line, path) == (line_of(text, "Temperature {temperature}"), "urgent_signs[0].text")
    assert message == "patient text reads at US grade 24.4 (above 8): use shorter sentences and words"


def test_a_field_that_is_only_a_local_placeholder_is_skipped_and_the_rest_still_read(tmp_path: Path) -> None:
    text = changed("Bring your list of medicines.", '"{local:where}"').replace(
        "Tell the nurse if you feel unwell.", "It helped 80% of people."
    ) + "local_choices:\n  - id: where\n    question: Where?\n    unset_text: Your team will tell you.\n"
    assert lint_text(tmp_path, text) == [
        (line_of(text, "It helped 80%"), "steps[1].warning_signs[0]",
         "patient text gives a percentage ('80%'): say how many people in words, or leave it to the clinical details"),
    ]


@pytest.mark.parametrize(
    ("words", "said"),
    [
        ("Come on day \u22127.", "day \u22127"),  # a real minus sign
        ("Come on days \u2013 3.", "days \u2013 3"),  # an en dash
        ("Come on DAY-2.", "DAY-2"),
    ],
)
def test_negative_days_in_any_dash(tmp_path: Path, words: str, said: str) -> None:
    text = changed("Bring your list of medicines.", words)
    assert [m for _, _, m in lint_text(tmp_path, text)] == [
        f"patient text has a negative day number ('{said}'): say 'about 4 weeks before the main treatment day'",
    ]


@pytest.mark.parametrize(("words", "said"), [("It helps 2.5 % of people.", "2.5 %"), ("It helps ten per cent.", "per cent"),
                                             ("It helps ten percent.", "percent")])
def test_percentages_in_words_and_numbers(tmp_path: Path, words: str, said: str) -> None:
    text = changed("Bring your list of medicines.", words)
    assert [m.split("'")[1] for _, _, m in lint_text(tmp_path, text)] == [said]


@pytest.mark.parametrize(("words", "said"), [("It is graded.", "graded"), ("Most had grade IV.", "grade IV"),
                                             ("We use SLEDAI.", "SLEDAI"), ("We use an index.", "index")])
def test_grades_and_named_scores(tmp_path: Path, words: str, said: str) -> None:
    text = changed("Bring your list of medicines.", words)
    # SLEDAI is a medical word too: that warning is another test's.
    assert [m.split("'")[1] for _, _, m in lint_text(tmp_path, text) if "medical word" not in m] == [said]


def test_medical_words_explained_or_not(tmp_path: Path) -> None:
    def warned(words: str) -> list[str]:
        return [m.split("'")[1] for _, _, m in lint_text(tmp_path, changed("Bring your list of medicines.", words))]

    assert warned("Ask about chemotherapy.") == []  # the shared glossary explains it
    assert warned("Ask about neutropenia and neutropenia.") == ["neutropenia"]  # once, not twice
    # An explained word before an unexplained one does not cover it.
    assert warned("Ask about chemotherapy and neutropenia.") == ["neutropenia"]
    # "T cells" inside an unexplained "CAR T cells" is one problem, not two.
    assert warned("Your CAR T cells are made.") == ["CAR T"]
    # A listed word inside a longer unexplained one is not named again; two unrelated words both are.
    assert warned("Ask about cytokine release syndrome.") == ["cytokine release syndrome"]
    assert warned("Ask about neutropenia and cytopenia.") == ["neutropenia", "cytopenia"]


def test_each_way_to_give_the_patient_something_is_enough(tmp_path: Path) -> None:
    only_warning = changed("    how_to_prepare:\n      - Bring your list of medicines.\n",
                           "    warning_signs:\n      - Tell us if you feel ill.\n")
    assert lint_text(tmp_path, only_warning) == []
    only_urgent = changed("    how_to_prepare:\n      - Bring your list of medicines.\n", "    show_urgent_signs: true\n")
    assert lint_text(tmp_path, only_urgent) == []
    # The last step becomes an end step with nothing for the patient and no day.
    end_step = changed("    timing: {start: 0, end: 0}\n    setting: [outpatient]\n    show_urgent_signs: true\n",
                       "    setting: [outpatient]\n    end: true\n").replace(
        "    warning_signs:\n      - Tell the nurse if you feel unwell.\n", "")
    assert lint_text(tmp_path, end_step) == []
    assert lint_text(tmp_path, end_step.replace("    end: true\n", "")) == [
        (line_of(end_step, "  - id: second"), "steps[1]",
         "step 'second' gives the patient nothing to do, prepare or watch for: add how_to_prepare or warning_signs"),
    ]


def test_a_step_without_timing_need_not_show_the_urgent_signs(tmp_path: Path) -> None:
    text = changed("    timing: {start: 0, end: 0}\n    setting: [outpatient]\n    show_urgent_signs: true\n",
                   "    setting: [outpatient]\n")
    assert lint_text(tmp_path, text) == []


def test_the_review_date_counts_as_passed_on_the_day_itself(tmp_path: Path) -> None:
    text = changed("next_review: 2027-11-01", f"next_review: {TODAY.isoformat()}")
    assert [m for _, _, m in lint_text(tmp_path, text)] == [
        "the review date 2026-12-01 has passed: review the content and set a new next_review",
    ]
    later = changed("next_review: 2027-11-01", "next_review: 2026-12-02")
    assert lint_text(tmp_path, later) == []


def test_a_file_without_a_review_is_not_warned_about_dates(tmp_path: Path) -> None:
    text = BASE.replace(
        "review:\n  reviewed_on: 2026-11-01\n  reviewed_by:\n    - {name: A Reviewer, role: Rheumatologist}\n"
        "  next_review: 2027-11-01\n  evidence_current_to: 2026-10-01\n", "last_reviewed: 2026-11-01\n")
    assert "review:" not in text
    assert lint_text(tmp_path, text) == []


def test_warnings_come_in_line_order(tmp_path: Path) -> None:
    text = changed("  - text: A temperature of {temperature} or higher\n    temperature_c: 38.0\n",
                   "  - text: Shaking or chills\n").replace("Bring your list of medicines.", "Come on day -7.")
    text += "training:\n  grading_practice: true\n"  # so a missing fever threshold is warned about
    assert [(line, path) for line, path, _ in lint_text(tmp_path, text)] == [
        (line_of(text, "urgent_signs:"), "urgent_signs"),
        (line_of(text, "Come on day -7."), "steps[0].how_to_prepare[0]"),
    ]


def test_run_prints_each_file_with_its_count_in_words(tmp_path: Path) -> None:
    one = tmp_path / "one.yaml"
    one.write_text(changed("Bring your list of medicines.", "Come on day -7."), encoding="utf-8")
    two = tmp_path / "two.yaml"
    two.write_text(changed("Bring your list of medicines.", "Come on day -7 with 80%."), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(BASE.replace("phase: main\n    patient_summary: You get", "phase: nowhere\n    patient_summary: You get"),
                   encoding="utf-8")
    out = io.StringIO()
    assert run([bad, one, two], out, today=TODAY) == 2
    lines = out.getvalue().splitlines()
    assert lines[1] == f"{bad}: refused, 1 problem; not linted"
    assert lines[2].startswith(f"{one}:") and lines[3] == f"{one}: 1 warning"
    assert lines[6] == f"{two}: 2 warnings"
    assert len(lines) == 7


def test_run_lints_a_translation_as_a_translation(tmp_path: Path) -> None:
    for name in ("knee_surgery.yaml", "knee_surgery.de.yaml"):
        shutil.copy(DATA / name, tmp_path / name)
    translated = tmp_path / "knee_surgery.de.yaml"
    out = io.StringIO()
    assert run([translated], out, today=TODAY) == 1
    review = (f"{translated}:5: review: no clinician has checked this translation yet; "
              "the app says so wherever it is shown")
    assert review in out.getvalue().splitlines()
    # The English checks (grade, medical words, urgent signs) are not run on German text.
    assert "grade" not in out.getvalue() and "urgent_signs" not in out.getvalue()


def test_main_without_files_says_how_to_use_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main([]) == 2
    assert capsys.readouterr().err == "usage: pathway-viewer lint FILE...\n"
    clean = tmp_path / "clean.yaml"
    clean.write_text(BASE.replace("next_review: 2027-11-01", "next_review: 2099-11-01"), encoding="utf-8")
    assert main([str(clean)]) == 0
    assert capsys.readouterr().out == f"{clean}: no warnings\n"


def test_lint_uses_todays_date_when_none_is_given(tmp_path: Path) -> None:
    from models.lint import lint_file

    path = tmp_path / "p.yaml"
    text = changed("next_review: 2027-11-01", "next_review: 2000-01-01")
    text = text.replace("reviewed_on: 2026-11-01", "reviewed_on: 1999-06-01").replace(
        "evidence_current_to: 2026-10-01", "evidence_current_to: 1999-05-01")
    path.write_text(text, encoding="utf-8")
    assert [p.message for p in lint_file(path)] == [
        "the review date 2000-01-01 has passed: review the content and set a new next_review"]


def test_more_syllable_rules_by_hand() -> None:
    # "-ye" and "-ee" keep their syllable ("good-bye", "a-gree"); a word with a number counts
    # one syllable per run of digits, whatever letters it has (the stated rule, rough on purpose).
    table = {"goodbye": 2, "agree": 2, "covid-19": 1, "day-7": 1, "12a3": 2,
             # An apostrophe, straight or curly, splits the word: "one" keeps its silent e.
             "one's": 2, "one\u2019s": 2}
    assert {word: syllables(word) for word in table} == table


def test_the_medical_word_list_is_read_without_its_comments() -> None:
    from models.lint import medical_words

    words = medical_words()
    # The first entries of resources/medical_words.txt, after its comment lines.
    assert words[:4] == ("CAR T", "CAR-T", "T cell", "T cells")
    assert not any(w.startswith("#") or not w for w in words)


def test_the_disclaimer_is_patient_text(tmp_path: Path) -> None:
    text = changed("disclaimer: This is for learning only.", "disclaimer: This helps 9% of people.")
    assert [(p, m.split("'")[1]) for _, p, m in lint_text(tmp_path, text)] == [("disclaimer", "9%")]


def test_two_explained_words_each_cover_only_themselves(tmp_path: Path) -> None:
    text = changed("Bring your list of medicines.", "Ask about chemotherapy and your infusion.")
    assert lint_text(tmp_path, text) == []


def test_the_pathways_own_glossary_explains_its_words(tmp_path: Path) -> None:
    text = changed("Bring your list of medicines.", "Ask about neutropenia.") + (
        "glossary:\n  - term: neutropenia\n    definition: Too few of the white blood cells that fight germs.\n")
    assert lint_text(tmp_path, text) == []


def test_a_local_placeholder_is_taken_out_before_words_are_counted(tmp_path: Path) -> None:
    # Seven hard words and the placeholder: the placeholder is no word, so the text is not graded.
    text = changed("Bring your list of medicines.", '"{local:where} ' + HARD_7 + '"') + (
        "local_choices:\n  - id: where\n    question: Where?\n    unset_text: Your team will tell you.\n")
    assert lint_text(tmp_path, text) == []


def test_a_json_file_is_located_by_its_own_lines(tmp_path: Path) -> None:
    import json

    import yaml

    data = yaml.safe_load(changed("Bring your list of medicines.", "Come on day -7."))
    text = json.dumps(data, indent="\t", default=str)
    path = tmp_path / "p.json"
    path.write_text(text, encoding="utf-8")
    [problem] = lint_file_at(path)
    assert (problem.line, problem.path) == (line_of(text, '"Come on day -7."'), "steps[0].how_to_prepare[0]")


def lint_file_at(path: Path, today: dt.date = TODAY) -> list:  # noqa: ANN401
    from models.lint import lint_file

    return lint_file(path, today=today)


def test_the_date_given_is_the_one_used(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(BASE, encoding="utf-8")
    assert [p.message for p in lint_file_at(path, dt.date(2030, 1, 1))] == [
        "the review date 2027-11-01 has passed: review the content and set a new next_review"]


def test_main_reads_the_command_line(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
                                     tmp_path: Path) -> None:
    clean = tmp_path / "clean.yaml"
    clean.write_text(BASE.replace("next_review: 2027-11-01", "next_review: 2099-11-01"), encoding="utf-8")
    monkeypatch.setattr("sys.argv", ["lint", str(clean)])
    assert main() == 0
    assert capsys.readouterr().out == f"{clean}: no warnings\n"


def test_python_dash_m_models_lint(tmp_path: Path) -> None:
    import subprocess
    import sys

    clean = tmp_path / "clean.yaml"
    clean.write_text(BASE.replace("next_review: 2027-11-01", "next_review: 2099-11-01"), encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "models.lint", str(clean)], capture_output=True, text=True,
                            timeout=60, cwd=Path(__file__).parent.parent)
    assert (result.returncode, result.stdout) == (0, f"{clean}: no warnings\n")


def test_text_at_exactly_the_top_grade_is_not_warned(tmp_path: Path) -> None:
    # 59 words, 39 sentences, 115 syllables ("water", "paper" 2 each, "rest" 1):
    # 0.39 * 59 / 39 + 11.8 * 115 / 59 - 15.59 = 0.59 + 23 - 15.59 = 8.0, the limit itself.
    at_limit = " ".join(["Water."] * 16 + ["Rest."] * 3 + ["Water paper."] * 20)
    assert grade(at_limit) == 8.0
    assert lint_text(tmp_path, changed("Bring your list of medicines.", at_limit)) == []
    # One syllable more ("rest" -> "water") is above it.
    above = at_limit.replace("Rest.", "Water.", 1)
    [(_, path, message)] = lint_text(tmp_path, changed("Bring your list of medicines.", above))
    assert (path, message) == ("steps[0].how_to_prepare[0]",
                               "patient text reads at US grade 8.2 (above 8): use shorter sentences and words")


def test_a_grade_that_prints_as_the_limit_is_not_above_it(tmp_path: Path) -> None:
    # From the tester's hip pathway: 11 words, 1 sentence, 18 syllables:
    # 0.39 * 11 + 11.8 * 18 / 11 - 15.59 = 8.009, printed "8.0"; "grade 8.0 (above 8)"
    # would contradict itself, and the formula is not that exact.
    text = "Gives you the spinal or general anaesthetic and watches you throughout."
    assert lint_text(tmp_path, changed("Bring your list of medicines.", text)) == []


def test_run_uses_the_glossary_it_is_given(tmp_path: Path) -> None:
    from models.glossary import Glossary

    path = tmp_path / "p.yaml"
    path.write_text(changed("Bring your list of medicines.", "Ask about chemotherapy."), encoding="utf-8")
    out = io.StringIO()
    # The shared glossary explains chemotherapy and drip; an empty one given instead does not.
    assert run([path], out, glossary=Glossary(), today=TODAY) == 1
    lines = out.getvalue().splitlines()
    assert [line.split(": ")[1] + " " + line.split("'")[1] for line in lines[:-1]] == [
        "steps[0].how_to_prepare[0] chemotherapy", "steps[1].patient_summary drip", "steps[1].care_team[0].does drip"]
    assert lines[-1] == f"{path}: 3 warnings"


def test_run_counts_the_problems_of_a_refused_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(BASE.replace("phase: main", "phase: nowhere"), encoding="utf-8")
    out = io.StringIO()
    assert run([bad], out, today=TODAY) == 2
    assert out.getvalue().splitlines()[-1] == f"{bad}: refused, 2 problems; not linted"


def test_a_listed_word_inside_a_longer_one_is_named_once(tmp_path: Path) -> None:
    from models.glossary import Glossary

    # With no glossary at all both "cytokine release syndrome" and the "cytokine" inside it
    # are unexplained: the longer one is the one problem.
    path = tmp_path / "p.yaml"
    path.write_text(changed("Bring your list of medicines.", "Ask about cytokine release syndrome."), encoding="utf-8")
    out = io.StringIO()
    assert run([path], out, glossary=Glossary(), today=TODAY) == 1
    assert [line.split("'")[1] for line in out.getvalue().splitlines()[:-1]] == [
        "cytokine release syndrome", "drip", "drip"]
