"""A content change keeps the reader's place; opening a pathway starts afresh.

The document has two content signals (core/document.py): ``sig_steps_changed`` for "these
steps' words changed" and ``sig_pathway_changed`` for "a new pathway was opened". These tests
are the contract the editing work builds on. The clinic's settings live in the document too,
so a view cannot show a stale copy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from models import Pathway
from pathway_viewer.core.clinic import ClinicInfo
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, test_settings(tmp_path / "s.ini"))  # the bundled pathway


def retitled(pathway: Pathway, step_id: str, title: str) -> Pathway:
    data = pathway.model_dump(mode="json", by_alias=True, exclude_none=True)
    for step in data["steps"]:
        if step["id"] == step_id:
            step["title"] = title
    return Pathway.model_validate(data)


def test_a_content_change_keeps_selection_role_zoom_and_presenter(qtbot: QtBot, window: MainWindow) -> None:
    doc = window.document
    assert doc.pathway is not None and doc.graph is not None
    main = doc.graph.main_path
    doc.select(main[1])
    role = doc.pathway.roles[0].id
    doc.set_role(role)
    window.view.set_zoom(1.7)
    show = window.start_presentation()
    assert show is not None
    show.go_next()
    show.go_next()
    presenter_at = show.current_step
    with qtbot.assertNotEmitted(doc.sig_pathway_changed):
        with qtbot.waitSignal(doc.sig_steps_changed) as changed:
            doc.update_steps(retitled(doc.pathway, main[1], "A new title for this step"), {main[1]})
    assert changed.args == [frozenset({main[1]})]
    assert doc.selected == main[1]
    assert doc.role == role
    assert window.view.zoom_level == pytest.approx(1.7)
    assert show.current_step == presenter_at
    assert window.scene.card(main[1]).title == "A new title for this step"
    assert "A new title for this step" in window.details.text()
    assert "A new title for this step" in window.timeline_scene.row(main[1]).title
    show.leave()


def test_only_the_changed_card_is_refreshed(qtbot: QtBot, window: MainWindow) -> None:
    doc = window.document
    assert doc.pathway is not None and doc.graph is not None
    step_id = doc.graph.main_path[0]
    cards_before = {sid: window.scene.card(sid) for sid in window.scene.step_ids()}
    doc.update_steps(retitled(doc.pathway, step_id, "Renamed"), {step_id})
    # The same card objects: the scene refreshed one card rather than redrawing the journey.
    assert all(window.scene.card(sid) is card for sid, card in cards_before.items())
    assert window.scene.card(step_id).title == "Renamed"


def test_opening_a_pathway_still_starts_afresh(qtbot: QtBot, window: MainWindow) -> None:
    doc = window.document
    assert doc.pathway is not None and doc.graph is not None
    doc.select(doc.graph.main_path[2])
    doc.set_role(doc.pathway.roles[0].id)
    with qtbot.waitSignal(doc.sig_pathway_changed):
        doc.set_pathway(doc.pathway)
    assert doc.selected is None and doc.role is None


def test_the_clinic_lives_in_the_document_and_views_follow_it(qtbot: QtBot, window: MainWindow) -> None:
    doc = window.document
    assert doc.graph is not None
    infusion_step = next(s for s in doc.pathway.steps if s.phase == "infusion") if doc.pathway else None
    assert infusion_step is not None
    doc.select(infusion_step.id)
    show = window.start_presentation()
    assert show is not None
    with qtbot.waitSignal(doc.sig_clinic_changed):
        doc.set_clinic(ClinicInfo(name="North Unit", emergency_number="0800 30 30 30"))
    # No one copied the settings by hand: both views read the document.
    assert "Emergency number: 0800 30 30 30" in window.details.text()
    assert "Emergency number: 0800 30 30 30" in show.body_text()
    assert window.clinic.name == "North Unit"
    with qtbot.assertNotEmitted(doc.sig_clinic_changed):
        doc.set_clinic(ClinicInfo(name="North Unit", emergency_number="0800 30 30 30"))
    show.leave()
