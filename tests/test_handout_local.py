"""The handout follows the file and the clinic: urgent signs, local answers, review dates.

Each test writes the PDF and reads it back page by page, as a patient would read it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from test_handout import flat, pdf_pages

from models import bundled_pathway, load_pathway
from pathway_viewer.core.clinic import ClinicInfo
from pathway_viewer.output.handout import write_handout_pdf

DATA = Path(__file__).parent / "data"
BEFORE_REVIEW = dt.date(2027, 5, 31)  # the bundled file's next_review is Tue 1 Jun 2027
DUE = "Due for review since Tue 1 Jun 2027"


def handout(tmp_path: Path, pathway, **options) -> list[str]:  # noqa: ANN001 - a Pathway
    out = tmp_path / "handout.pdf"
    options.setdefault("prepared_on", BEFORE_REVIEW)
    write_handout_pdf(out, pathway, **options)
    return [flat(page) for page in pdf_pages(out)]


def test_the_call_now_box_lists_the_files_signs_in_the_clinics_unit(qapp, tmp_path: Path) -> None:
    pathway = load_pathway(bundled_pathway())
    text = " ".join(handout(tmp_path, pathway, clinic=ClinicInfo(temperature_unit="F")))
    assert (
        "Call emergency services if you have: A seizure (fit) "
        "Call your team at once, day or night if you have: A temperature of 100.4 °F or higher Shaking or chills"
    ) in text
    assert "38.0 °C" not in text
    both = " ".join(handout(tmp_path, pathway, clinic=ClinicInfo(temperature_unit="both")))
    assert "A temperature of 38.0 °C (100.4 °F) or higher" in both


def test_unanswered_questions_and_numbers_get_a_labelled_line_to_write_on(qapp, tmp_path: Path) -> None:
    pathway = load_pathway(bundled_pathway())
    text = " ".join(handout(tmp_path, pathway))
    line = "_" * 24
    assert f"Emergency number: {line} Ask your team which number to use, and write it here." in text
    assert (
        f"Local rules from your clinic Your team will tell you if you stay in hospital or come in every day. "
        f"Where I stay after my cells: {line}"
    ) in text
    assert f"Do not drive until your team says you can. They will tell you the local rules. No driving until: {line}" in text
    # In the steps themselves the words say who will tell them; the lines are printed once.
    assert text.count(f"No driving until: {line}") == 1


def test_the_clinics_answers_replace_the_lines(qapp, tmp_path: Path) -> None:
    pathway = load_pathway(bundled_pathway())
    clinic = ClinicInfo(emergency_number="0800 555 0199", choices={
        "car_t_sle/stay_near_centre": "four_weeks", "car_t_sle/driving": "No driving for 8 weeks after your cells.",
    })
    text = " ".join(handout(tmp_path, pathway, clinic=clinic))
    assert "In an emergency, day or night, call 0800 555 0199" in text
    assert "so infections are still more likely. Stay near the treatment centre for about 4 weeks after you get your cells." in text
    assert "No driving for 8 weeks after your cells." in text
    assert "No driving until" not in text and "Stay near the centre until" not in text
    assert "Where I stay after my cells" in text  # a question the clinic left unanswered


def test_patients_read_no_negative_day_numbers_and_windows_read_sometime_between(qapp, tmp_path: Path) -> None:
    pathway = load_pathway(bundled_pathway())
    from models.schedule import step_dates

    infusion = dt.date(2027, 3, 10)
    text = " ".join(handout(tmp_path, pathway, dates=step_dates(pathway, infusion), infusion_date=infusion))
    assert "day -" not in text.lower() and "days -" not in text.lower()
    assert "The day you get your cells Wed 10 Mar 2027" in text
    assert "Your planned dates: sometime between Wed 10 Feb 2027 and Wed 24 Feb 2027." in text
    assert "Usually 3 to 6 hours. Sometime between about 2 weeks and about 4 weeks before the day you get your cells." in text
    assert "Usually about 1 to 4 weeks. Your team will tell you how long it takes for you." in text  # an estimate


def test_a_pathway_past_its_review_date_says_so_on_every_page(qapp, tmp_path: Path) -> None:
    pathway = load_pathway(bundled_pathway())
    pages = handout(tmp_path, pathway, prepared_on=dt.date(2027, 6, 1))
    assert len(pages) > 20
    assert all(page.startswith(DUE) for page in pages), [p[:60] for p in pages if not p.startswith(DUE)]
    assert not any(DUE in page for page in handout(tmp_path, pathway))
    assert (
        "Content version 2.0; reviewed Tue 1 Dec 2026 by Project content team (Content authors, checked against "
        "the project's fact sheet; clinical sign-off pending); next review Tue 1 Jun 2027; evidence up to Thu 26 Jun 2025."
    ) in pages[0]


def test_a_pathway_without_signs_choices_or_review_prints_none_of_them(qapp, tmp_path: Path) -> None:
    pathway = load_pathway(DATA / "knee_surgery.yaml")
    text = " ".join(handout(tmp_path, pathway, prepared_on=dt.date(2040, 1, 1)))
    for absent in ("at once", "Call emergency services", "Local rules", "Due for review", "°C", "°F",
                   "lupus", "CAR T", "CAR-T cell", "cells", "driv", "next review"):
        assert absent not in text, absent
    assert "Who to call " in text and "Content version 1.0; last reviewed Mon 1 Jun 2026." in text
    # No phone numbers set: a line to write each one on, never an empty cell.
    assert "Orthopaedic surgeon Does the operation. ____________ Anaesthetist" in text


def test_the_care_team_table_lists_only_roles_that_take_part_in_a_step(qapp, tmp_path: Path) -> None:
    pathway = load_pathway(bundled_pathway())
    idle = pathway.roles[0].model_copy(update={"id": "idle_role", "name": "Idle Rolename", "description": "Nobody you meet."})
    pathway = pathway.model_copy(update={"roles": [*pathway.roles, idle]})
    text = " ".join(handout(tmp_path, pathway))
    assert "Idle Rolename" not in text and "Nobody you meet." not in text
    used = {entry.role for step in pathway.steps for entry in step.care_team}
    for role in pathway.roles:
        if role.id in used:
            assert role.name in text
