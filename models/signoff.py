"""Sign-off: record who reviewed a pathway file, when, and when it is due again.

A clinic's reviewing clinician signs the content they checked. The record lives in the file
itself, where every reader of the file sees it: the ``review`` block (reviewed on, by whom,
next review, evidence date) and one new entry in ``changes``; the version goes up so the
signed content can be told apart from what came before. The edit goes through
:class:`YamlDocument`, so comments, key order and quoting elsewhere in the file survive.

Version numbers: the last dot-separated part goes up by one when it is a number
("2.0" -> "2.1", "1" -> "2", "1.2.9" -> "1.2.10", "1.09" -> "1.10"); a version that does not
end in a number gets ".1" added ("2026-spring" -> "2026-spring.1"), so it still changes
and the old text stays readable in it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from .loader import load_pathway_bytes
from .parsing import parse_text
from .placeholders import placeholder_message, placeholders_in
from .problems import PathwayError, Problem, format_path
from .schema import Pathway
from .yaml_edit import FOLD_WIDTH, YamlDocument, folded

def unsignable_words(text: str, name: str) -> list[Problem]:
    """The editor's placeholder words still in a file's ``text``, located: a clinician signs
    the pathway's own words, and placeholders would reach patients as signed content."""
    parsed = parse_text(text, name, is_json=name.lower().endswith(".json"))
    return [Problem(name, parsed.line_of(path), format_path(path), placeholder_message(words))
            for path, words in placeholders_in(parsed.data)]


def next_version(version: str) -> str:
    """The version after ``version`` (see the module's docstring for the rule)."""
    version = version.strip()
    last = version.rsplit(".", 1)[-1]
    if last.isdigit():
        head = version[: len(version) - len(last)]
        return f"{head}{int(last) + 1:0{len(last)}d}"
    return f"{version}.1" if version else "1"


def sign_off(
    text: str,
    reviewer_name: str,
    reviewer_role: str,
    reviewed_on: dt.date,
    next_review: dt.date,
    summary: str,
    evidence_current_to: dt.date | None = None,
    *,
    name: str = "pathway",
) -> tuple[str, Pathway]:
    """The file's text signed off, and the pathway it now holds.

    ``evidence_current_to`` left out keeps the file's own date if it has one (a review need
    not search the literature again) and is otherwise the review day. ``last_reviewed`` is
    kept equal to ``reviewed_on`` when the file has it, as the format requires.
    Raises :class:`models.PathwayError` if the result would not be a valid pathway (a
    next review on or before the review day, an empty name), so nothing invalid is written,
    or if the file still holds the editor's placeholder words.
    """
    doc = YamlDocument(text)
    data = doc.data
    if not isinstance(data, CommentedMap):
        raise ValueError(f"{name}: is not a pathway (its top level is not a mapping)")
    unfinished = unsignable_words(text, name)
    if unfinished:
        raise PathwayError(unfinished)
    old_review = data.get("review") if isinstance(data.get("review"), dict) else None
    if evidence_current_to is None:
        # '2026-05-01' quoted is the same day to the format.
        kept = _as_day(old_review.get("evidence_current_to")) if old_review else None
        evidence_current_to = kept if kept is not None and kept <= reviewed_on else reviewed_on
    review = {
        "reviewed_on": _day(reviewed_on),
        "reviewed_by": [{"name": reviewer_name.strip(), "role": reviewer_role.strip()}],
        "next_review": _day(next_review),
        "evidence_current_to": _day(evidence_current_to),
    }
    version = next_version(str(data.get("version", "")))
    doc.set(("version",), _like(data.get("version"), version))
    if "last_reviewed" in data:
        doc.set(("last_reviewed",), _day(reviewed_on))
    _set_after(doc, "review", review, after=("last_reviewed", "version"))
    entry = {"version": _like(data.get("version"), version), "date": _day(reviewed_on), "summary": _summary(summary)}
    if isinstance(data.get("changes"), list):
        doc.insert(("changes",), len(data["changes"]), entry)
    else:
        _set_after(doc, "changes", [entry], after=("review",))
    new_text = doc.text()
    return new_text, load_pathway_bytes(new_text.encode("utf-8"), name)


def _summary(text: str) -> Any:
    # A long summary is folded over lines like the file's other long texts, not one wide line.
    text = " ".join(text.split())
    return folded(text) if len(text) > FOLD_WIDTH else text


def _as_day(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        return None


def _day(day: dt.date) -> dt.date:
    """A date object of its own for each field: the YAML writer marks one object used twice
    as an anchor and aliases (``&id001`` / ``*id001``), which no reader of the file expects."""
    return dt.date.fromordinal(day.toordinal())


def _like(old: Any, value: str) -> Any:
    """The new version styled as the old one (a quoted "1.0" stays quoted, so YAML never
    reads "2.10" as the number 2.1)."""
    return type(old)(value) if isinstance(old, str) and type(old) is not str else DoubleQuotedScalarString(value)


def _set_after(doc: YamlDocument, key: str, value: Any, *, after: tuple[str, ...]) -> None:
    """Set a top-level ``key``; a new one goes after the first of ``after`` the file has,
    near the other review fields, not at the end of the file under the steps."""
    data = doc.data
    existed = key in data
    doc.set((key,), value)
    if existed:
        return
    anchor = next((name for name in after if name in data and name != key), None)
    if anchor is None:
        return
    moved = data.pop(key)
    data.insert(list(data).index(anchor) + 1, key, moved)
