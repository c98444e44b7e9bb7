"""The printable handout: open the PDF it writes and read it the way a patient would."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage

from models import bundled_pathway, load_pathway
from models.glossary import load_glossary
from models.graph import PathwayGraph
from models.schedule import step_dates
from pathway_viewer.core.clinic import ClinicFileError, ClinicInfo
from pathway_viewer.output.handout import NO_LOCAL_RULES, print_handout, render_journey_pictures, write_handout_pdf
from pathway_viewer.core.settings import AppSettings

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent
TUESDAY = dt.date(2026, 3, 10)


def pdf_pages(path: Path) -> list[str]:
    # NFKC folds any typographic ligature back to letters, so the checks read like a person.
    pages = PdfReader(str(path)).pages
    return [unicodedata.normalize("NFKC", page.extract_text() or "").replace("\t", " ") for page in pages]


def flat(text: str) -> str:
    """Text with line breaks turned to spaces: a sentence may wrap anywhere on the page.

    Text extraction also puts a space where bold ends ("CRS : Cytokine"); a reader sees none.
    """
    return re.sub(r" ([:;,.)])", r"\1", " ".join(text.split()))


@pytest.fixture
def small():
    return load_pathway(DATA / "small.yaml")


@pytest.fixture
def glossary():
    return load_glossary(DATA / "glossary_small.yaml")


@pytest.fixture
def clinic(settings_file: Path) -> ClinicInfo:
    """Clinic details as the Settings dialog would store them, read back through QSettings."""
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    settings.set("clinic/name", "Riverside Cell Therapy Unit")
    settings.set("clinic/emergency_number", "0800 555 0199")
    settings.set("clinic/stay_near_rule", "Stay within one hour of Riverside for four weeks.")
    settings.set("clinic/driving_rule", "Do not drive for eight weeks after the infusion.")
    settings.set("clinic/phones", {"nurse": "0800 555 0123", "ghost-role": "0800 000 0000"})
    settings.sync()
    return ClinicInfo.from_settings(QSettings(str(settings_file), QSettings.Format.IniFormat))


def write(tmp_path: Path, pathway, **options) -> Path:  # noqa: ANN001 - a Pathway
    out = tmp_path / "handout.pdf"
    write_handout_pdf(out, pathway, **options)
    return out


def test_main_steps_appear_in_journey_order_with_the_patients_dates(qapp, tmp_path, small, glossary, clinic) -> None:
    dates = step_dates(small, TUESDAY)
    out = write(tmp_path, small, dates=dates, infusion_date=TUESDAY, clinic=clinic, glossary=glossary)
    text = flat("\n".join(pdf_pages(out)))

    main = PathwayGraph(small).main_path
    headings = [f"Step {i} of {len(main)}: {small.step(s).title}" for i, s in enumerate(main, 1)]
    positions = [text.find(h) for h in headings]
    assert -1 not in positions, headings
    assert positions == sorted(positions)

    assert "The main treatment day Tue 10 Mar 2026" in text  # the file names no day 0: the default words
    assert "Your planned dates: Thu 29 Jan 2026 to Sun 8 Feb 2026." in text
    assert "Your planned dates: Tue 10 Mar 2026." in text  # the infusion itself


def test_contacts_rules_glossary_and_sources_are_printed(qapp, tmp_path, small, glossary, clinic) -> None:
    text = flat("\n".join(pdf_pages(write(tmp_path, small, clinic=clinic, glossary=glossary))))
    assert "Riverside Cell Therapy Unit" in text
    assert "In an emergency, day or night, call 0800 555 0199" in text
    assert "Nurse Looks after you day to day. 0800 555 0123" in text  # role, what they do, phone
    assert "0800 000 0000" not in text  # a phone for a role this pathway does not have
    assert "Stay within one hour of Riverside for four weeks." in text
    assert "Do not drive for eight weeks after the infusion." in text
    assert NO_LOCAL_RULES not in text
    # Glossary: only the terms the reader meets, each with its definition.
    assert "infusion: Giving a liquid into a vein through a drip." in text
    assert "fever: A high body temperature." in text
    assert "remission" not in text.lower()
    for source in small.sources:
        assert source.citation in text


def test_without_clinic_settings_the_handout_says_the_team_will_tell_you(qapp, tmp_path, small) -> None:
    text = flat("\n".join(pdf_pages(write(tmp_path, small))))
    assert "Emergency number: ________________________ Ask your team which number to use, and write it here." in text
    assert "Write the numbers your team gives you" in text
    # The file asks no local questions and lists no urgent signs: no section or box for them.
    assert "Local rules" not in text and NO_LOCAL_RULES not in text
    assert "Call emergency services" not in text and "at once" not in text
    assert "Planned infusion" not in text and "Your planned dates" not in text


def test_every_page_is_numbered_and_carries_the_disclaimer_line(qapp, tmp_path, small) -> None:
    pages = pdf_pages(write(tmp_path, small))
    assert len(pages) > 3
    for number, page in enumerate(pages, 1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Educational, not medical advice." in page


def test_clinical_details_are_only_for_clinicians(qapp, tmp_path, small) -> None:
    clinical = "Disease activity scores and organ function are reviewed."
    patient = flat("\n".join(pdf_pages(write(tmp_path, small, audience="patient"))))
    clinician = flat("\n".join(pdf_pages(write(tmp_path, small, audience="clinician"))))
    assert clinical not in patient and "Clinical details" not in patient
    assert clinical in clinician
    assert "Standard therapy continues." in clinician  # a branch step's details too


def test_other_paths_are_explained_in_plain_words(qapp, tmp_path, small) -> None:
    text = flat("\n".join(pdf_pages(write(tmp_path, small))))
    section = text[text.index("Other paths some people take"):]
    assert "When: not eligible (after “Step 1: Assessment”)." in section
    assert small.step("not-eligible").patient_summary in section
    assert "when it settles: back to “Step 5: Close watch”" in section
    assert "Relapse: from “Step 5: Close watch” back to “Step 1: Assessment”." in section



def test_a_side_path_says_how_long_it_lasts_and_when_to_call(qapp, tmp_path, small) -> None:
    # A patient read of a side step's treatment with neither its length (its card in the
    # picture said it) nor the call-now signs its file asks to show there.
    text = flat("\n".join(pdf_pages(write(tmp_path, small))))
    section = text[text.rindex("Other paths some people take"):]
    fever = section[section.index("Fever care"):section.index("Afterwards", section.index("Fever care"))]
    assert "Usually 1 to 5 days." in fever
    assert "Call your team at once, day or night" not in fever  # not asked for here

    sle = load_pathway(bundled_pathway())
    main = set(PathwayGraph(sle).main_path)
    flagged = [s for s in sle.steps if s.show_urgent_signs and s.id not in main]
    assert flagged
    dates = step_dates(sle, dt.date(2026, 5, 4))
    text = flat("\n".join(pdf_pages(write(tmp_path, sle, dates=dates))))
    section = text[text.rindex("Other paths some people take"):]
    assert "Your planned dates" not in section  # a side path happens to some people only
    for step in flagged:
        start = section.index(step.title)
        told = section[start:section.index("Afterwards", start)]
        assert "Call your team at once, day or night" in told, step.id
        assert sle.urgent_signs[0].text.split("{")[0] in told, step.id


def test_paper_size_follows_the_clinic_setting(qapp, tmp_path, small) -> None:
    def size(paper: str) -> tuple[int, int]:
        out = tmp_path / f"{paper}.pdf"
        write_handout_pdf(out, small, clinic=ClinicInfo(paper=paper))
        box = PdfReader(str(out)).pages[0].mediabox
        return round(float(box.width)), round(float(box.height))

    assert size("a4") == (595, 842)
    assert size("letter") == (612, 792)


def test_text_is_real_searchable_text_in_the_bundled_font(qapp, tmp_path, small) -> None:
    out = write(tmp_path, small, clinic=ClinicInfo(name="Fife Infirmary"))  # "fi" twice, as typed
    reader = PdfReader(str(out))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("NotoSans" in name for name in fonts), fonts
    # Ligatures are off, so "fi" is two letters a search box can find: a summary full of
    # ligature pairs comes out letter for letter (no NFKC folding here, unlike pdf_pages).
    data = small.model_dump(by_alias=True)
    data["steps"][0]["patient_summary"] = "The first office fills five official flasks."
    out = write(tmp_path, type(small).model_validate(data))
    raw = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages)
    assert not {"\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04"} & set(raw)
    assert "The first office fills five official flasks." in raw


def test_pathway_text_is_printed_literally_never_as_markup(qapp, tmp_path, small) -> None:
    data = small.model_dump(by_alias=True)
    data["steps"][0]["title"] = "Check <b>now</b> & <img src='x'>"
    data["steps"][0]["patient_summary"] = "Ask about <i>this</i>."
    tricky = type(small).model_validate(data)
    text = flat("\n".join(pdf_pages(write(tmp_path, tricky))))
    assert "Step 1 of 5: Check <b>now</b> & <img src='x'>" in text
    assert "Ask about <i>this</i>." in text


def test_a_heading_never_ends_a_page(qapp, tmp_path, clinic) -> None:
    pathway = load_pathway(bundled_pathway())
    pages = pdf_pages(write(tmp_path, pathway, clinic=clinic, dates=step_dates(pathway, TUESDAY)))
    headings = {"What happens", "How long and when", "Where", "Who is there and what they do", "What to expect",
                "How to prepare and what to bring", "Questions you may want to ask",
                "Watch for these and tell your team"}
    for number, page in enumerate(pages[:-1], 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        body = [line for line in lines if "Educational, not medical advice" not in line and not line.startswith("Page ")]
        last = body[-1]
        assert last not in headings and not last.startswith("Step "), f"page {number} ends with {last!r}"


def test_the_journey_picture_is_on_the_second_page(qapp, tmp_path, small) -> None:
    pictures = render_journey_pictures(small)
    assert len(pictures) == 1  # a short journey: one picture
    reader = PdfReader(str(write(tmp_path, small, journey_image=pictures)))
    assert len(reader.pages[1].images) == 1
    assert "Your journey at a glance" in pdf_pages(tmp_path / "handout.pdf")[1]
    assert len(PdfReader(str(write(tmp_path, small, journey_image=QImage()))).pages[1].images) == 0


def test_the_same_handout_prints_through_a_printer(qapp, tmp_path, small, glossary) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from pathway_viewer.output.handout import configure_printer

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    configure_printer(printer, "letter")
    pages = print_handout(printer, small, glossary=glossary)
    text = pdf_pages(tmp_path / "printed.pdf")
    assert len(text) == pages
    assert f"Page 1 of {pages}" in text[0]
    box = PdfReader(str(tmp_path / "printed.pdf")).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


def test_a_failed_write_keeps_the_old_file(qapp, tmp_path, small) -> None:
    from pathway_viewer.core.atomic import WriteError

    with pytest.raises(WriteError):
        write_handout_pdf(tmp_path / "missing-folder" / "h.pdf", small)
    assert not (tmp_path / "missing-folder").exists()


def test_the_bundled_pathway_handout(qapp, tmp_path) -> None:
    pathway = load_pathway(bundled_pathway())
    dates = step_dates(pathway, TUESDAY)
    out = write(tmp_path, pathway, dates=dates, infusion_date=TUESDAY, glossary=load_glossary(),
                journey_image=render_journey_pictures(pathway))
    text = flat("\n".join(pdf_pages(out)))
    main = PathwayGraph(pathway).main_path
    positions = [text.find(f"Step {i} of {len(main)}: {pathway.step(s).title}") for i, s in enumerate(main, 1)]
    assert -1 not in positions and positions == sorted(positions)
    assert "Your planned dates: Thu 5 Mar 2026 to Sat 7 Mar 2026." in text  # chemotherapy, days -5 to -3
    assert "CRS: A common side effect of CAR T cells" in text
    assert "Treating ICANS (brain side effects)" in text  # a branch, under "Other paths"


# --- clinic details ----------------------------------------------------------------------


def test_clinic_details_round_trip_through_a_file(tmp_path, clinic) -> None:
    path = tmp_path / "clinic.json"
    clinic.to_file(path)
    assert ClinicInfo.from_file(path) == clinic
    assert json.loads(path.read_text(encoding="utf-8"))["phones"]["nurse"] == "0800 555 0123"


def test_clinic_details_round_trip_through_settings(tmp_path, clinic) -> None:
    settings = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    clinic.to_settings(settings)
    assert ClinicInfo.from_settings(settings) == clinic
    assert ClinicInfo.from_settings(AppSettings(settings)) == clinic


def test_missing_settings_give_a_blank_a4_clinic(tmp_path) -> None:
    info = ClinicInfo.from_settings(QSettings(str(tmp_path / "empty.ini"), QSettings.Format.IniFormat))
    assert info == ClinicInfo() and info.paper == "a4"


def test_clinic_values_are_tidied(tmp_path) -> None:
    info = ClinicInfo(name="  Unit  ", paper="LETTER", phones={"nurse": " 123 ", "doctor": "  "})
    assert (info.name, info.paper, info.phones) == ("Unit", "letter", {"nurse": "123"})
    assert ClinicInfo(paper="tabloid").paper == "a4"
    assert info.with_paper("a4").paper == "a4" and info.with_paper(None) is info


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe not text", "not a clinic settings file"),
        (b"[1, 2]", "not a clinic settings file saved by this app"),
        (b'{"format": "car-t-pathway-viewer clinic", "phones": {"nurse": 5}}', "'phones' should map"),
        (b'{"format": "car-t-pathway-viewer clinic", "name": 3}', "'name' should be text"),
        (b'{"format": "car-t-pathway-viewer clinic", "paper": "a3"}', "'paper' should be 'a4' or 'letter'"),
    ],
)
def test_bad_clinic_files_are_refused_plainly(tmp_path, content: bytes, message: str) -> None:
    path = tmp_path / "clinic.json"
    path.write_bytes(content)
    with pytest.raises(ClinicFileError, match=message):
        ClinicInfo.from_file(path)
    with pytest.raises(ClinicFileError, match="does not exist"):
        ClinicInfo.from_file(tmp_path / "nope.json")


# --- command line ------------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "pathway_viewer", "handout", *args],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
    )


def test_cli_writes_a_handout(tmp_path) -> None:
    out = tmp_path / "X.pdf"
    result = run_cli("tests/data/small.yaml", "-o", str(out), "--infusion-date", "2026-03-10")
    assert result.returncode == 0, result.stderr
    assert f"Wrote {out}" in result.stdout
    text = flat("\n".join(pdf_pages(out)))
    assert "Your planned dates: Tue 10 Mar 2026." in text
    assert "Traceback" not in result.stderr


def test_cli_refuses_a_broken_pathway_with_its_problems(tmp_path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: [unclosed\n", encoding="utf-8")
    out = tmp_path / "X.pdf"
    result = run_cli(str(bad), "-o", str(out))
    assert result.returncode == 1
    assert f"{bad}:" in result.stderr and "refused" in result.stderr
    assert "Traceback" not in result.stderr and not out.exists()


def test_cli_neutral_date_options_name_day_0_and_the_booked_day_as_the_file_does(tmp_path) -> None:
    # The bundled pathway books its cell collection ahead; a collection after day 0 is refused
    # in the file's own words.
    result = run_cli("-o", str(tmp_path / "X.pdf"), "--day-zero-date", "2026-03-10", "--booked-date", "2026-03-12")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "The cell collection date (Thu 12 Mar 2026) is after day 0, the day you get your cells (Tue 10 Mar 2026). "
        "In this pathway the cell collection comes before day 0.")
    out = tmp_path / "Y.pdf"
    result = run_cli("-o", str(out), "--day-zero-date", "2026-03-10", "--booked-date", "2026-02-12")
    assert result.returncode == 0, result.stderr
    text = flat("\n".join(pdf_pages(out)))
    assert "The day you get your cells Tue 10 Mar 2026" in text
    assert "Planned cell collection Thu 12 Feb 2026" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/no/such/folder/X.pdf"], "Cannot write to the folder"),
        (["-o", "{tmp}/X.pdf", "--infusion-date", "2026-03-10", "--collection-date", "2026-03-12"],
         "This pathway books no day ahead (it has no booked_day): leave out --booked-date."),
        (["-o", "{tmp}/X.pdf", "--collection-date", "2026-03-01"], "--booked-date needs --day-zero-date"),
        # Written as YYYY-MM-DD but not on the calendar: say what is wrong with it.
        (["-o", "{tmp}/X.pdf", "--day-zero-date", "2027-02-30"],
         "'2027-02-30' is not a real date: that month has 28 days"),
        (["-o", "{tmp}/X.pdf", "--day-zero-date", "2028-02-30"],
         "'2028-02-30' is not a real date: that month has 29 days"),
        (["-o", "{tmp}/X.pdf", "--day-zero-date", "2027-13-01"], "'2027-13-01' is not a real date: there is no month 13"),
        (["-o", "{tmp}/X.pdf", "--day-zero-date", "2027-03-10", "--booked-date", "2027-02-29"],
         "'2027-02-29' is not a real date: that month has 28 days"),
        (["-o", "{tmp}/X.pdf", "--day-zero-date", "10.03.2027"], "'10.03.2027' is not a date written as YYYY-MM-DD"),
    ],
)
def test_cli_bad_output_or_dates_exit_2_plainly(tmp_path, args: list[str], message: str) -> None:
    result = run_cli("tests/data/small.yaml", *[a.format(tmp=tmp_path) for a in args])
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_the_command_line_questions_a_booked_day_far_from_its_usual_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathway_viewer.cli.commands import main

    out = tmp_path / "handout.pdf"
    assert main(["handout", "-o", str(out), "--day-zero-date", "2027-03-10", "--booked-date", "2026-01-01"]) == 0
    assert out.is_file()
    assert "Please check: the cell collection date (Thu 1 Jan 2026) is outside its usual time" in capsys.readouterr().err
