"""The commands that write a file never write over what they read, and a PDF is named .pdf."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pathway_viewer.cli.commands import main
from pathway_files import DATA

SOURCE = DATA / "tiny_en.yaml"


@pytest.fixture
def clinic(tmp_path: Path) -> Path:
    """A clinic's only copy of its pathway, with a translation beside it."""
    shutil.copy(SOURCE, tmp_path / "ward.yaml")
    shutil.copy(SOURCE, tmp_path / "ward.de.yaml")
    return tmp_path


@pytest.mark.parametrize("command", [["handout"], ["quiz", "-n", "3"], ["export"]])
@pytest.mark.parametrize("target", ["ward.yaml", "ward.de.yaml"])
def test_the_pathway_or_its_translation_is_never_written_over(
    clinic: Path, command: list[str], target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {path.name: path.read_bytes() for path in clinic.iterdir()}
    out = clinic / target
    assert main([command[0], str(clinic / "ward.yaml"), *command[1:], "-o", str(out)]) == 2
    message = capsys.readouterr().err
    assert str(out) in message and "Nothing was written." in message
    assert {path.name: path.read_bytes() for path in clinic.iterdir()} == before


@pytest.mark.parametrize("command", [["handout"], ["quiz", "-n", "3"]])
@pytest.mark.parametrize("name", ["handout.png", "handout", "notes.txt"])
def test_a_handout_or_quiz_must_be_named_as_a_pdf(
    clinic: Path, command: list[str], name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = clinic / name
    assert main([command[0], str(clinic / "ward.yaml"), *command[1:], "-o", str(out)]) == 2
    assert "give a file name ending in .pdf" in capsys.readouterr().err
    assert not out.exists()


def test_a_pathway_file_named_like_the_output_is_not_written_over(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # The one case the extension rule lets through: a pathway whose own name ends in .pdf.
    source = tmp_path / "ward.pdf"
    shutil.copy(SOURCE, source)
    assert main(["handout", str(source), "-o", str(source)]) == 2
    assert "that is the pathway file being read" in capsys.readouterr().err
    assert source.read_bytes() == SOURCE.read_bytes()


def test_a_pathway_with_no_extension_may_have_its_handout_written_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "ward" has no translations beside it: an earlier "ward.pdf" is the handout, to be replaced.
    source = tmp_path / "ward"
    shutil.copy(SOURCE, source)
    out = tmp_path / "ward.pdf"
    out.write_bytes(b"%PDF- an earlier handout")
    assert main(["handout", str(source), "-o", str(out)]) == 0
    assert out.read_bytes() != b"%PDF- an earlier handout"


def test_a_name_the_system_refuses_is_reported_not_raised(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = clinic / ("a" * 300 + ".pdf")  # longer than a file name may be
    assert main(["handout", str(clinic / "ward.yaml"), "-o", str(out)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_pdf_of_another_name_is_written(clinic: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = clinic / "ward handout.PDF"  # any case of the extension
    assert main(["handout", str(clinic / "ward.yaml"), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert (clinic / "ward.yaml").read_bytes() == SOURCE.read_bytes()
