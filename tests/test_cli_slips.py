"""Small slips at the command line get a sentence that says what happened."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathway_files import DATA
from pathway_viewer.cli.commands import main


@pytest.mark.parametrize(("typed", "meant"), [("valdiate", "validate"), ("hnadout", "handout"), ("Lint", "lint")])
def test_a_mistyped_command_is_named_with_the_one_meant(
    typed: str, meant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Taken for a file to open, it read "unrecognized arguments: FILE".
    assert main([typed, str(DATA / "small.yaml")]) == 2
    assert capsys.readouterr().err.strip() == (
        f"pathway-viewer: '{typed}' is not a command (did you mean '{meant}'?); 'pathway-viewer --help' lists them")


@pytest.mark.parametrize("name", ["quiz.yaml", "Lint.json", "clinic/lint"])
def test_a_missing_file_named_like_a_command_is_not_called_a_mistyped_command(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathway_viewer.cli import commands

    opened: list[Path | None] = []
    monkeypatch.setattr(commands, "_open_window", lambda path, language: opened.append(path) or 0)
    assert main([name, "--lang", "de"]) == 0  # the window then says the file is missing
    assert opened == [Path(name)]


def test_a_file_named_like_a_command_still_opens_as_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pathway_viewer.cli import commands

    opened: list[Path | None] = []
    monkeypatch.setattr(commands, "_open_window", lambda path, language: opened.append(path) or 0)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "valdiate").write_text("", encoding="utf-8")
    assert main(["valdiate", "--lang", "de"]) == 0
    assert opened == [Path("valdiate")]


def test_a_quiz_with_fewer_questions_than_asked_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "quiz.pdf"
    assert main(["quiz", str(DATA / "tiny_en.yaml"), "-n", "60", "-o", str(out)]) == 0
    captured = capsys.readouterr()
    count = int(captured.out.split("(")[1].split()[0])
    assert count < 60
    assert captured.err.strip() == f"This pathway gives only {count} different questions (60 asked)."
