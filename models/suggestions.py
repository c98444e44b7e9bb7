"""Suggestions from the people who use a pathway, for whoever owns its content.

A nurse who sees "this timing is wrong for us" in view mode writes it down on the step;
the suggestions are kept on this computer and exported as a file for the content owner.
They are about the content, never about a patient: nothing here asks for a name, and the
dialog says not to write one. The app cannot tell a patient's name from a drug's, so it
warns rather than deletes (a silent edit of what someone wrote would be worse).

This module is the Qt-free part: what a suggestion is, and its JSON and CSV forms. Where
the file lives and how it is written safely is :mod:`pathway_viewer.core.suggestion_box`.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid
from dataclasses import asdict, dataclass
from typing import Any

FORMAT = 1  # written into the file, so a later viewer can read an older file
CSV_COLUMNS = ("pathway_id", "pathway_version", "step_id", "step_title", "made_on", "text")
MAX_TEXT = 4000  # a suggestion, not an essay: keeps the file and its export small
PRIVACY_WARNING = (
    "Write about the pathway, not about a patient: do not write patient names or details. "
    "Suggestions are kept on this computer until you export them for whoever owns the content."
)


@dataclass(frozen=True)
class Suggestion:
    id: str  # random, to delete this one and no other
    pathway_id: str
    pathway_version: str
    step_id: str
    step_title: str  # as it was when suggested: the step may be renamed later
    made_on: dt.date  # the day only; the time adds nothing for the content owner
    text: str


def new_suggestion(
    pathway_id: str, pathway_version: str, step_id: str, step_title: str, text: str, made_on: dt.date
) -> Suggestion:
    text = text.strip()
    if not text:
        raise ValueError("a suggestion needs some words")
    return Suggestion(uuid.uuid4().hex, pathway_id, pathway_version, step_id, step_title, made_on, text[:MAX_TEXT])


def to_json(suggestions: list[Suggestion]) -> str:
    items = [asdict(s) | {"made_on": s.made_on.isoformat()} for s in suggestions]
    return json.dumps({"format": FORMAT, "suggestions": items}, indent=2, ensure_ascii=False) + "\n"


def from_json(text: str) -> list[Suggestion]:
    """The suggestions in a file written by :func:`to_json`; raises ValueError if it is not one."""
    try:
        data = json.loads(text)
        items = data["suggestions"]
        return [_suggestion(item) for item in items]
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"not a suggestions file: {exc}") from None


def to_csv(suggestions: list[Suggestion]) -> str:
    """One row per suggestion with a header row: opens in any spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for s in suggestions:
        writer.writerow([_csv_safe(str(getattr(s, column))) for column in CSV_COLUMNS])
    return out.getvalue()


def _csv_safe(value: str) -> str:
    # A cell starting with = + - @ is run as a formula by spreadsheets; a leading
    # apostrophe shows the text as typed.
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def _suggestion(item: Any) -> Suggestion:
    fields = {name: item[name] for name in Suggestion.__dataclass_fields__}
    if not all(isinstance(value, str) for value in fields.values()):
        raise ValueError("every field of a suggestion is text")
    fields["made_on"] = dt.date.fromisoformat(fields["made_on"])
    return Suggestion(**fields)
