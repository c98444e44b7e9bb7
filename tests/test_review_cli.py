"""`pathway-viewer diff`, run as a clinic runs it: in a separate process, on a changed copy."""

from __future__ import annotations

import shutil
from pathlib import Path

from pathway_files import DATA
from test_cli_validate import run_cli

KNEE = DATA / "knee_surgery.yaml"

PHONE_STEP = """  - id: phone-call
    title: Phone call from the nurse
    phase: after
    patient_summary: A nurse phones you to ask how you are doing.
    clinical_details: Telephone follow-up.
    duration: {min: 10, max: 20, unit: minutes}
    setting: [home]
    care_team:
      - {role: physio, does: Asks how the exercises are going.}
    sources: [guide-1]
"""


def clinic_copy(tmp_path: Path) -> Path:
    """What a clinic might do: a longer ward stay, no separate wound step, a phone call."""
    text = KNEE.read_text(encoding="utf-8")
    start, end = text.index("  - id: wound-problem"), text.index("  - id: rehab")
    text = text[:start] + text[end:]
    for old, new in (
        ('version: "1.0"', 'version: "1.1"'),
        ("timing: {start: 1, end: 3}", "timing: {start: 1, end: 5}"),
        ("  - {from: rehab, to: wound-problem, kind: alternative, label: the wound becomes red or leaks}\n", ""),
        ("  - {from: wound-problem, to: rehab, kind: loop_back, label: the wound has healed}\n", ""),
        ("transitions:\n", PHONE_STEP + "transitions:\n  - {from: rehab, to: phone-call}\n"),
    ):
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "clinic.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_diff_prints_the_changes_per_step_and_exits_1(tmp_path: Path) -> None:
    changed = clinic_copy(tmp_path)
    result = run_cli("diff", KNEE, changed)
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"Base:    {KNEE}: id knee-replacement, version 1.0, last reviewed 2026-06-01",
        f"Changed: {changed}: id knee-replacement, version 1.1, last reviewed 2026-06-01",
        "",
        "7 differences in 5 places.",
        "",
        "The pathway as a whole",
        "  version: changed from “1.0” to “1.1”",
        "",
        "Step ward: First days on the ward",
        "  timing.end: changed from “3” to “5”",
        "",
        "Step rehab: Exercises at home",
        "  the way on to wound-problem was removed (alternative: “the wound becomes red or leaks”)",
        "  the way on to phone-call was added (main)",
        "",
        "Step phone-call: Phone call from the nurse",
        "  the step was added “Phone call from the nurse”",
        "",
        "Step wound-problem: Wound check",
        "  the step was removed “Wound check”",
        "  the way on to rehab was removed (loop_back: “the wound has healed”)",
    ]
    assert result.stderr == ""


def test_diff_of_a_file_with_itself_exits_0(tmp_path: Path) -> None:
    copy = tmp_path / "same.yaml"
    shutil.copy(KNEE, copy)
    result = run_cli("diff", KNEE, copy)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "The two pathways are the same."


def test_diff_of_a_file_that_does_not_load_exits_2_with_located_problems(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    text = KNEE.read_text(encoding="utf-8").replace("phase: hospital", "phase: nowhere", 1)
    broken.write_text(text, encoding="utf-8")
    result = run_cli("diff", KNEE, broken)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert lines[-1] == f"{broken}: cannot be compared until it loads"
    assert any(line.startswith(f"{broken}:") and "nowhere" in line for line in lines[:-1]), lines


def test_diff_with_a_translation_file_says_so_in_one_line() -> None:
    # It printed about 150 "unknown field" lines for the bundled German translation.
    translation = DATA / "knee_surgery.de.yaml"
    result = run_cli("diff", KNEE, translation)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{translation}: a translation file, not a pathway; diff compares two pathway files "
        f"(check a translation with 'pathway-viewer validate {translation}')"]
