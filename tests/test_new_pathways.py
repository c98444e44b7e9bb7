"""Pathways that are not the bundled one, opened as a clinic would (issue #9).

tests/data/car_t_lymphoma.yaml (a commercial CAR T journey for lymphoma, 19 steps, a booked
T cell collection) and tests/data/ahsct_ms.yaml (a stem cell transplant for MS: no phase
called infusion, day 0 is the stem cell return, nothing booked ahead) each bring their own
day 0 and glossary. Whatever the app shows or prints for them names their treatment, in
their words, and never lupus. The expected texts below are copied from the two files.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pathway_viewer.core.settings import AppSettings
from pathway_viewer.dialogs.schedule import ScheduleDialog
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window

DATA = Path(__file__).parent / "data"
LYMPHOMA = DATA / "car_t_lymphoma.yaml"
MS = DATA / "ahsct_ms.yaml"
DAY_0 = dt.date(2026, 3, 10)  # a Tuesday
# The app's own name is printed at the end of every handout ("Made with ..."); it is the
# product's name, not the pathway's words.
PRODUCT = "CAR-T Pathway Viewer"


def window_on(qtbot: QtBot, tmp_path: Path, path: Path) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    return open_window(qtbot, settings, path)


def open_dates(qtbot: QtBot, window: MainWindow) -> ScheduleDialog:
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ScheduleDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, ScheduleDialog)
    return dialog


def set_dates(qtbot: QtBot, window: MainWindow, day_0: dt.date, booked: dt.date | None = None) -> ScheduleDialog:
    dialog = open_dates(qtbot, window)
    dialog.set_dates(day_0, booked)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    return dialog


def handout_text(window: MainWindow, out: Path) -> str:
    assert window.export_handout_to(out)
    pages = [unicodedata.normalize("NFKC", p.extract_text() or "") for p in PdfReader(str(out)).pages]
    return re.sub(r" ([:;,.)])", r"\1", " ".join(" ".join(pages).split()))


def without_product_name(text: str) -> str:
    return text.replace(PRODUCT, "")


# --- the lymphoma pathway --------------------------------------------------------------------


def test_lymphoma_details_explain_car_t_cells_in_the_files_own_words(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path, LYMPHOMA)
    window.document.select("cell-infusion")
    text = window.details.text()
    assert "CAR T cell: A T cell from your blood, changed in a lab so that it can find and attack lymphoma cells." in text
    assert "lupus" not in text.lower()


def test_lymphoma_dates_use_its_day_0_and_its_booked_collection(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path, LYMPHOMA)
    dialog = open_dates(qtbot, window)
    assert dialog.collection_check.text() == "The T cell collection day is booked"
    assert not dialog.collection_check.isHidden()
    dialog.reject()
    set_dates(qtbot, window, DAY_0, dt.date(2026, 2, 12))
    assert window.dates_label.text() == "The day you get your CAR T cells: Tue 10 Mar 2026 (not saved)"
    # booked_day lists cell-collection: the booked day replaces its window, and making the
    # cells (which starts the same day, day -28) starts there too.
    window.document.select("cell-collection")
    assert "Your planned dates: Thu 12 Feb 2026." in window.details.text()
    window.document.select("making-cells")
    assert "Your planned dates: about Thu 12 Feb 2026 to Wed 4 Mar 2026." in window.details.text()  # no source gives it


def test_lymphoma_handout_names_lymphoma_never_lupus(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path, LYMPHOMA)
    set_dates(qtbot, window, DAY_0, dt.date(2026, 2, 12))
    text = handout_text(window, tmp_path / "lymphoma.pdf")
    assert "The day you get your CAR T cells Tue 10 Mar 2026" in text
    assert "Planned T cell collection Thu 12 Feb 2026" in text
    assert ("CAR T cell: A T cell from your blood, changed in a lab so that it can find and attack lymphoma "
            "cells.") in text
    # The shared, general T cell: the bundled file's own one speaks of lupus treatment.
    assert "T cell: A type of white blood cell that is part of your immune system. white blood cells:" in text
    assert "lupus" not in text.lower()
    assert "infusion day" not in text
    # Nothing the clinic did not write: no legacy rule headings, no app name on the cover.
    assert "Staying near the centre" not in text and "Driving" not in text
    assert not text.startswith("CAR-T PATHWAY VIEWER")


# --- the MS transplant pathway ---------------------------------------------------------------


def test_ms_details_use_the_shared_words_and_its_own(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path, MS)
    window.document.select("stem-cell-return")
    text = window.details.text()
    assert ("stem cells: Young cells in the bone marrow that grow into all kinds of blood cells, "
            "including immune cells.") in text
    # "drip" comes from the shared general glossary.
    assert "drip: A tube into a vein that lets liquid flow slowly into your body." in text
    assert "lupus" not in text.lower() and "CAR T" not in text


def test_ms_day_0_is_the_stem_cell_return_everywhere(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path, MS)
    dialog = open_dates(qtbot, window)
    assert "Enter the planned date of day 0, the day your stem cells are given back, to see" in (
        dialog.findChild(type(dialog.preview), "schedule_intro").text())
    # Nothing is booked ahead in this pathway: the dialog asks for day 0 only.
    assert dialog.collection_check.isHidden() and dialog.collection_edit.isHidden()
    dialog.reject()
    set_dates(qtbot, window, DAY_0)
    assert window.dates_label.text() == "The day your stem cells are given back: Tue 10 Mar 2026 (not saved)"
    axis = window.timeline_scene.axis()
    assert axis is not None
    assert "The day your stem cells are given back / Day 0 / 10 Mar 2026" in axis.tick_labels()
    window.set_audience("clinician")
    axis = window.timeline_scene.axis()
    assert axis is not None
    assert "Stem cell return / day 0 / 10 Mar 2026" in axis.tick_labels()


def test_ms_handout_explains_relapse_as_ms_and_names_no_other_disease(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path, MS)
    set_dates(qtbot, window, DAY_0)
    text = handout_text(window, tmp_path / "ms.pdf")
    assert "The day your stem cells are given back Tue 10 Mar 2026" in text
    assert "relapse: A new attack of MS symptoms, or old symptoms coming back." in text
    assert "When lupus comes back" not in text
    plain = without_product_name(text)
    for word in ("lupus", "CAR T", "CAR-T", "infusion", "lymphoma"):
        assert word.lower() not in plain.lower(), word
    # Its one local question, unanswered: a labelled line to write on.
    assert "Where I will stay: ____" in text


@pytest.mark.parametrize("path", [LYMPHOMA, MS])
def test_the_new_pathways_validate_without_a_phase_or_step_of_the_bundled_file(path: Path) -> None:
    from models import bundled_pathway, load_pathway

    pathway, bundled = load_pathway(path), load_pathway(bundled_pathway())
    ids = {p.id for p in pathway.phases} | {s.id for s in pathway.steps}
    assert not ids & ({p.id for p in bundled.phases} | {s.id for s in bundled.steps})
    assert {"lymphoma": 19, "ahsct_ms": 11}[path.stem.removeprefix("car_t_")] == len(pathway.steps)


def test_quiz_glossary_questions_ask_the_ms_files_own_meaning() -> None:
    from models import load_pathway
    from models.glossary import load_glossary
    from models.quiz import generate_quiz

    quiz = generate_quiz(load_pathway(MS), count=100, seed=0, glossary=load_glossary())
    asked = {q.prompt: q.right_answer for q in quiz if q.kind == "glossary"}
    assert asked["What does \u201cstem cells\u201d mean?"] == (
        "Young cells in the bone marrow that grow into all kinds of blood cells, including immune cells.")
    every_word = " ".join(c for q in quiz for c in (q.prompt, *q.choices, q.explanation))
    assert "lupus" not in every_word.lower()


@pytest.mark.parametrize(
    ("glossary", "problems"),
    [
        # A word twice, once as an alias with other spelling: explained two ways.
        ("glossary:\n  - {term: MRI, definition: A scan.}\n  - {term: scan, aliases: [mri], definition: A picture.}\n",
         [("glossary[1].aliases[0]", "'mri' is already explained by glossary[0]")]),
        # A term with no definition, located at its line.
        ("glossary:\n  - {term: MRI}\n", [("glossary[0].definition", "this required field is missing")]),
        # booked_day naming a step that is not there, and a step without a timing.
        ("booked_day: {label: x, steps: [nope, other-treatment]}\n",
         [("booked_day.steps[0]", "unknown step 'nope'"),
          ("booked_day.steps[1]", "step 'other-treatment' has no timing, so a booked date has nothing to move")]),
    ],
)
def test_a_pathways_glossary_and_booked_day_are_checked_with_located_problems(
    tmp_path: Path, glossary: str, problems: list[tuple[str, str]]
) -> None:
    from models import PathwayError, load_pathway

    text = MS.read_text(encoding="utf-8")
    text = text[: text.index("\nglossary:")] + "\n" + glossary
    path = tmp_path / "ms.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PathwayError) as excinfo:
        load_pathway(path)
    found = [(p.path, p.message) for p in excinfo.value.problems]
    for where, message in problems:
        assert any(w == where and message in m for w, m in found), found
    line = text.count("\n", 0, text.index(glossary.splitlines()[0])) + 1
    assert all(p.line >= line for p in excinfo.value.problems)


def test_the_clinics_old_rules_show_on_the_steps_the_file_marks_not_on_a_phase_name(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from pathway_viewer.core.clinic import ClinicInfo

    # The lymphoma file asks no questions of its own and has no phase called infusion or
    # monitoring: the rule shows where the file marks show_urgent_signs (close-watch), and
    # not on the collection day.
    window = window_on(qtbot, tmp_path, LYMPHOMA)
    window.set_clinic(ClinicInfo(name="City Unit", stay_near_rule="Stay within one hour of City Unit."))
    window.document.select("close-watch")
    assert "Local rules from City Unit" in window.details.text()
    assert "Staying near the centre: Stay within one hour of City Unit." in window.details.text()
    window.document.select("cell-collection")
    assert "Stay within one hour" not in window.details.text()


def test_the_shared_english_words_are_not_laid_over_a_pathway_in_another_language(tmp_path: Path) -> None:
    from models import load_pathway
    from models.glossary import load_glossary, pathway_glossary

    shared = load_glossary()
    assert shared.language == "en"
    text = MS.read_text(encoding="utf-8").replace('version: "1.0"\n', 'version: "1.0"\nlanguage: de\n', 1)
    text = text[: text.index("\nglossary:")] + (
        "\nglossary:\n  - term: Stammzellen\n    definition: Junge Zellen im Knochenmark.\n")
    path = tmp_path / "ms-de.yaml"
    path.write_text(text, encoding="utf-8")
    german = pathway_glossary(shared, load_pathway(path))
    assert german is not None
    # Only the file's own German word: an English "drip" or "chemotherapy" explains nothing here.
    assert [(t.term, t.definition) for t in german.terms] == [("Stammzellen", "Junge Zellen im Knochenmark.")]
    # A British English pathway reads the shared English words.
    british = load_pathway(MS).model_copy(update={"language": "en-GB"})
    merged = pathway_glossary(shared, british)
    assert merged is not None and "drip" in {t.term for t in merged.terms}
