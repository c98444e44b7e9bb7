"""What the window shows from the file's urgent signs, local questions and review block.

Driven like a user: click a card, read the details panel, open the About box. The bundled
pathway has all three; tests/data/knee_surgery.yaml has none and must show none of it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from PySide6.QtWidgets import QWidget
from window_helpers import click_card, open_window, test_settings

from pathway_viewer.core.clinic import ClinicInfo
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow

DATA = Path(__file__).parent / "data"
URGENT = [
    "A temperature of 38.0 \u00b0C or higher", "Shaking or chills", "Feeling confused or very sleepy",
    "Trouble speaking, reading or writing", "A seizure (fit): call emergency services", "Being short of breath",
    "Feeling dizzy or faint", "A fast heartbeat", "New bleeding or bruising",
]


def window_on(qtbot: QtBot, tmp_path: Path, path: Path | None = None, today: dt.date | None = None) -> MainWindow:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), path)
    if today is not None:  # the window reads today from the document; reopen so the banner sees it
        window.document.today = lambda: today
        window.document.load(path)
    return window


def test_steps_from_the_chemotherapy_on_list_the_urgent_signs_and_who_to_call(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path)
    click_card(qtbot, window, "infusion")
    lines = window.details.text().splitlines()
    start = lines.index("Call your team at once, day or night")
    assert [line.strip("\u2022 ") for line in lines[start + 1:] if line.strip("\u2022 ")][:10] == [
        *URGENT, "Emergency number: ask your team which number to call"
    ]
    # The chemotherapy before the cells too: blood counts fall from then on (show_urgent_signs).
    click_card(qtbot, window, "lymphodepletion")
    assert "Call your team at once, day or night" in window.details.text().splitlines()
    click_card(qtbot, window, "manufacturing")  # before it: not yet
    assert "Call your team at once, day or night" not in window.details.text()


def test_the_card_tooltip_never_shows_a_raw_placeholder(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path)
    tip = window.scene.card("monitoring_early").toolTip()
    assert "{local:" not in tip and "Your team will tell you if you stay in hospital or come in every day." in tip
    window.set_clinic(ClinicInfo(choices={"car_t_sle/stay_after_infusion": "daily_visits"}))
    tip = window.scene.card("monitoring_early").toolTip()
    assert "You stay near the centre and come in every day so staff can check you." in tip


def test_a_pathway_past_its_review_says_so_in_the_window_details_and_about(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_on(qtbot, tmp_path, today=dt.date(2027, 6, 1))
    assert window.banner.text().endswith("Due for review since Tue 1 Jun 2027.")
    click_card(qtbot, window, "evaluation")
    assert "Due for review since Tue 1 Jun 2027." in window.details.text()
    window.actions[A.ABOUT].trigger()
    about = next(d for d in window.findChildren(QWidget, "about_dialog") if d.isVisible())
    text = about.text()
    assert "Due for review since Tue 1 Jun 2027." in text
    assert (
        "Content version 2.0; reviewed Tue 1 Dec 2026 by Project content team (Content authors, checked against the "
        "project's fact sheet; clinical sign-off pending); next review Tue 1 Jun 2027; evidence up to Thu 26 Jun 2025."
    ) in text
    assert "Version 1.0, Sun 22 Nov 2026: First bundled version." in text
    about.close()
    fresh = window_on(qtbot, tmp_path, today=dt.date(2027, 5, 31))
    assert "Due for review" not in fresh.banner.text()


def test_a_pathway_without_signs_questions_or_review_shows_none_of_them(qtbot: QtBot, tmp_path: Path) -> None:
    knee = DATA / "knee_surgery.yaml"
    window = window_on(qtbot, tmp_path, knee, today=dt.date(2040, 1, 1))
    window.set_clinic(ClinicInfo(stay_near_rule="Stay within one hour.", temperature_unit="F"))
    assert "Due for review" not in window.banner.text()
    for step_id in window.document.graph.step_ids:
        window.document.select(step_id)
        # The bundled glossary's own words (its "infusion" mentions CAR T cells) are content, not code.
        text = window.details.text().split("Words used on this page")[0]
        for absent in ("at once", "Emergency number", "\u00b0F", "lupus", "CAR T", "Due for review", "{local:"):
            assert absent not in text, (step_id, absent)
    assert "Content version 1.0; last reviewed Mon 1 Jun 2026." in window.details.text()
