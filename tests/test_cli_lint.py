"""`pathway-viewer lint FILE...` through the real command line, in a subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from test_lint import BASE

from models import bundled_pathway


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pathway_viewer", *map(str, args)],
        capture_output=True, text=True, timeout=120, encoding="utf-8",
    )


def test_the_bundled_pathway_lints_clean_through_the_cli() -> None:
    path = Path(str(bundled_pathway()))
    result = run_cli("lint", path)
    assert (result.returncode, result.stdout, result.stderr) == (0, f"{path}: no warnings\n", "")


def test_a_crafted_file_prints_each_warning_on_its_line_and_exits_1(tmp_path: Path) -> None:
    # Review far in the future so the file's only warnings are the two written in here.
    text = (
        BASE.replace("next_review: 2027-11-01", "next_review: 2099-11-01")
        .replace("Bring your list of medicines.", "Come on day -7.")
        .replace("    show_urgent_signs: true\n", "")
    )
    path = tmp_path / "crafted.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("lint", path)
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        f"{path}:37: steps[0].how_to_prepare[0]: patient text has a negative day number ('day -7'): "
        "say 'about 4 weeks before the main treatment day'",
        f"{path}:39: steps[1]: step 'second' is on or after day 0 but does not show the urgent signs: "
        "add show_urgent_signs: true",
        f"{path}: 2 warnings",
    ]


def test_a_file_that_does_not_load_exits_2(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(BASE.replace("phase: main\n    patient_summary: You get", "phase: nowhere\n    patient_summary: You get"), encoding="utf-8")
    result = run_cli("lint", path)
    assert result.returncode == 2
    assert result.stdout.splitlines()[-1] == f"{path}: refused, 1 problem; not linted"


def test_lint_without_files_is_a_usage_error() -> None:
    result = run_cli("lint")
    assert result.returncode == 2 and "FILE" in result.stderr and "Traceback" not in result.stderr


def test_characters_the_app_s_fonts_cannot_draw_are_named_on_their_line(tmp_path: Path) -> None:
    # An emoji in a title (here the first phase's) drew an empty box on screen and vanished from
    # the handout's text.
    text = BASE.replace("next_review: 2027-11-01", "next_review: 2099-11-01")
    title = next(line for line in text.splitlines() if line.strip().startswith("title:") and line.startswith("    "))
    text = text.replace(title, title + " \U0001F3E0\uFE0F", 1)  # with the emoji's variation selector
    path = tmp_path / "emoji.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("lint", path)
    assert result.returncode == 1, result.stderr
    line = text.splitlines().index(title + " \U0001F3E0\uFE0F") + 1
    assert result.stdout.splitlines()[0] == (
        f"{path}:{line}: phases[0].title: '\U0001F3E0' (U+1F3E0): the app's fonts cannot draw this; it shows "
        "as an empty box on a PC without a font for it, and is left out of the handout's text")


def test_a_character_only_this_pc_s_fonts_have_is_still_named(tmp_path: Path) -> None:
    # "✓" and "⚠" are in DejaVu (a system font here), in none of the app's: a PC without
    # DejaVu draws boxes, so lint counts the app's own fonts, not this machine's.
    text = BASE.replace("next_review: 2027-11-01", "next_review: 2099-11-01")
    title = next(line for line in text.splitlines() if line.strip().startswith("title:") and line.startswith("    "))
    path = tmp_path / "symbols.yaml"
    path.write_text(text.replace(title, title + " \u2713 \u26a0", 1), encoding="utf-8")
    result = run_cli("lint", path)
    assert "'\u2713' (U+2713), '\u26a0' (U+26A0): the app's fonts cannot draw this" in result.stdout


def test_lint_speaks_english_for_every_file_whatever_language_the_app_was_set_to(tmp_path: Path) -> None:
    # Set as the app sets it, in a process of its own: this one's QSettings are in test mode.
    subprocess.run([sys.executable, "-c", (
        "from PySide6.QtCore import QSettings; from pathway_viewer import APP_NAME, ORG_NAME; "
        "s = QSettings(ORG_NAME, APP_NAME); s.setValue('view/language', 'de'); s.sync()")], check=True, timeout=60)
    text = BASE.replace("next_review: 2027-11-01", "next_review: 2099-11-01").replace(
        "Bring your list of medicines.", "Come on day -7.")
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    first.write_text(text, encoding="utf-8")
    second.write_text(text, encoding="utf-8")
    out = run_cli("lint", first, second).stdout
    english = "say 'about 4 weeks before the main treatment day'"
    assert out.count(english) == 2, out


def test_a_role_s_name_is_checked_for_undrawable_characters_too(tmp_path: Path) -> None:
    # Names are not sentences (the reading checks skip them) but are on every card and page.
    text = BASE.replace("next_review: 2027-11-01", "next_review: 2099-11-01").replace(
        "    name: Nurse\n", "    name: Nurse \U0001F469\u200D\u2695\uFE0F\n", 1)
    path = tmp_path / "role.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("lint", path)
    line = text.splitlines().index("    name: Nurse \U0001F469\u200D\u2695\uFE0F") + 1
    assert result.stdout.splitlines()[0].startswith(f"{path}:{line}: roles[0].name: '\U0001F469' (U+1F469)")


def test_a_translation_s_words_are_checked_for_undrawable_characters_at_their_own_line(tmp_path: Path) -> None:
    # A clinic translating into another language writes only the translation file: a symbol
    # there is as much an empty box on the card as one in the pathway.
    source = bundled_pathway()
    (tmp_path / source.name).write_bytes(source.read_bytes())
    german = (source.parent / f"{Path(source.name).stem}.de.yaml").read_text(encoding="utf-8")
    lines = german.splitlines()
    title = next(line for line in lines[lines.index("steps:"):] if line.startswith("    title: "))
    text = german.replace(title, title + " \u2713", 1)
    path = tmp_path / f"{Path(source.name).stem}.de.yaml"
    path.write_text(text, encoding="utf-8")
    result = run_cli("lint", path)
    line = text.splitlines().index(title + " \u2713") + 1
    found = [out for out in result.stdout.splitlines() if "U+2713" in out]
    assert found == [f"{path}:{line}: steps[0].title: '\u2713' (U+2713): the app's fonts cannot draw this; it shows "
                     "as an empty box on a PC without a font for it, and is left out of the handout's text"]
    assert result.returncode == 1
