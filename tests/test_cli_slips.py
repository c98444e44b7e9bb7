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


def test_a_mistyped_command_alone_does_not_open_the_window(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'pathway-viewer valdate' opened the window on a file called "valdate".
    from pathway_viewer.cli import commands

    monkeypatch.setattr(commands, "_open_window", lambda path, language: pytest.fail("the window opened"))
    assert main(["valdate"]) == 2
    assert "'valdate' is not a command (did you mean 'validate'?)" in capsys.readouterr().err


@pytest.mark.parametrize("typed", [["review", "--help"], ["help"], ["version"], ["check", "clinic.yaml"]])
def test_a_word_that_is_neither_a_command_nor_a_file_is_said(
    typed: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # 'review --help' printed the help of 'open'; 'help' opened the window on a file called
    # "help"; 'check FILE' said "unrecognized arguments: FILE", blaming the file.
    from pathway_viewer.cli import commands

    monkeypatch.setattr(commands, "_open_window", lambda path, language: pytest.fail("the window opened"))
    assert main(typed) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() == (
        f"pathway-viewer: '{typed[0]}' is neither a command nor a file; 'pathway-viewer --help' lists the commands")
    assert captured.out == ""


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


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path: Path) -> None:
    # `pathway-viewer diff A B | head -3` printed a BrokenPipeError traceback after the lines.
    import os
    import subprocess
    import sys

    from models import bundled_pathway

    proc = subprocess.Popen(
        [sys.executable, "-m", "pathway_viewer", "diff", str(bundled_pathway()), str(DATA / "small.yaml")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        cwd=Path(__file__).parent.parent,
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader leaves before a word is written
    with proc.stderr:
        error = proc.stderr.read().decode("utf-8", "replace")
    proc.wait(timeout=60)
    assert "Traceback" not in error and "BrokenPipeError" not in error, error


def test_the_windowed_app_with_no_stdout_exits_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    # pythonw and the bundle built without a console have no stdout: flushing it on the way
    # out raised AttributeError, shown by the bundle as an "Unhandled exception" dialog.
    from pathway_viewer.cli import commands

    monkeypatch.setattr(commands, "_main", lambda argv: 0)
    monkeypatch.setattr("sys.stdout", None)
    assert commands.main([]) == 0
