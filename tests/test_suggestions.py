"""The suggestion box: kept per user, written whole, exported for the content owner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from models.suggestions import from_json, new_suggestion, to_csv, to_json
from pathway_viewer.core.suggestion_box import SuggestionBox, default_path


def test_json_round_trip_and_csv_that_a_spreadsheet_cannot_run() -> None:
    one = new_suggestion("p", "1.0", "ward", "Ward", "  =SUM(A1) is not a formula  ", dt.date(2026, 12, 1))
    assert from_json(to_json([one])) == [one]
    assert to_csv([one]).splitlines() == [
        "pathway_id,pathway_version,step_id,step_title,made_on,text",
        "p,1.0,ward,Ward,2026-12-01,'=SUM(A1) is not a formula",
    ]


def test_the_box_lives_in_the_redirected_app_data_folder_and_survives_a_restart() -> None:
    box = SuggestionBox()
    assert box.path == default_path() and ".qttest" in str(box.path)  # never the user's real folder
    kept = box.add("p", "1.0", "ward", "Ward", "Too short for us.")
    assert SuggestionBox().all() == [kept]


def test_an_unreadable_file_is_set_aside_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "suggestions.json"
    path.write_text("{not json", encoding="utf-8")
    box = SuggestionBox(path)
    assert box.all() == []
    assert (tmp_path / "suggestions.json.unreadable").read_text(encoding="utf-8") == "{not json"
    box.add("p", "1.0", "ward", "Ward", "Words.")
    assert len(from_json(path.read_text(encoding="utf-8"))) == 1
