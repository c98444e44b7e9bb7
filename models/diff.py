"""What one pathway changes compared with another: the clinic's adaptations, in words.

A clinic adapts a shared pathway (its own timings, who does what, what it tells patients)
and must be able to show what it changed, to its reviewers and for its records. Steps and
other items are matched by id, fields by name, so a moved step is not a change while a
changed timing is. Short values are shown old and new; long texts say only that they
changed, with their length, so the report stays readable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .schema import Pathway

SHORT = 120  # values up to this many characters are printed in full, old and new


@dataclass(frozen=True)
class Change:
    where: str  # "steps[infusion].duration" or "(pathway).version"
    kind: str  # "added", "removed", "changed"
    old: str = ""
    new: str = ""

    def __str__(self) -> str:
        if self.kind == "added":
            return f"{self.where}: added {self.new}".rstrip()
        if self.kind == "removed":
            return f"{self.where}: removed {self.old}".rstrip()
        return f"{self.where}: changed from {self.old} to {self.new}"


def _show(value: Any) -> str:
    text = value if isinstance(value, str) else _plain(value)
    if len(text) > SHORT:
        return f"(a text of {len(text)} characters)"
    return f"“{text}”"


def _plain(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items() if v not in (None, [], {}))
    if isinstance(value, list):
        return "; ".join(_plain(v) for v in value)
    return str(value)


def diff_pathways(base: Pathway, changed: Pathway) -> list[Change]:
    """Every difference, in the order of the pathway file: pathway fields, then each keyed
    collection (sources, roles, phases, steps), then transitions."""
    old, new = base.model_dump(mode="json", by_alias=True), changed.model_dump(mode="json", by_alias=True)
    changes: list[Change] = []
    keyed = ("sources", "roles", "phases", "steps")
    for key in _ordered_keys(old, new):
        if key in keyed or key == "transitions":
            continue
        _compare(f"(pathway).{key}", old.get(key), new.get(key), changes)
    for section in keyed:
        _compare_keyed(section, old.get(section) or [], new.get(section) or [], changes)
    _compare_transitions(old.get("transitions") or [], new.get("transitions") or [], changes)
    return changes


def _ordered_keys(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return list(old) + [k for k in new if k not in old]


def _compare(where: str, old: Any, new: Any, out: list[Change]) -> None:
    if old == new:
        return
    if old in (None, [], {}, ""):
        out.append(Change(where, "added", new=_show(new)))
    elif new in (None, [], {}, ""):
        out.append(Change(where, "removed", old=_show(old)))
    elif isinstance(old, dict) and isinstance(new, dict):
        for key in _ordered_keys(old, new):
            _compare(f"{where}.{key}", old.get(key), new.get(key), out)
    elif isinstance(old, list) and isinstance(new, list) and _all(old + new, str):
        # A list of sentences: say which went and which came, not "the list changed".
        out.extend(Change(where, "removed", old=_show(item)) for item in old if item not in new)
        out.extend(Change(where, "added", new=_show(item)) for item in new if item not in old)
    elif isinstance(old, list) and isinstance(new, list) and _all(old + new, dict) and _keyed_by(old, "role") and _keyed_by(new, "role"):
        before, after = {e["role"]: e for e in old}, {e["role"]: e for e in new}
        for role, entry in before.items():
            if role not in after:
                out.append(Change(f"{where}[{role}]", "removed", old=_show(entry.get("does", ""))))
        for role, entry in after.items():
            if role not in before:
                out.append(Change(f"{where}[{role}]", "added", new=_show(entry.get("does", ""))))
            else:
                _compare(f"{where}[{role}].does", before[role].get("does"), entry.get("does"), out)
    else:
        out.append(Change(where, "changed", _show(old), _show(new)))


def _all(items: list[Any], kind: type) -> bool:
    return all(isinstance(item, kind) for item in items)


def _keyed_by(items: list[dict[str, Any]], key: str) -> bool:
    """Whether each item has ``key`` and no two share its value (so items can be matched)."""
    return all(key in item for item in items) and len({item[key] for item in items}) == len(items)


def _compare_keyed(section: str, old: list[dict[str, Any]], new: list[dict[str, Any]], out: list[Change]) -> None:
    def name(item: dict[str, Any]) -> str:
        # Sources have a citation where steps have a title and roles a name.
        return _show(item.get("title") or item.get("name") or item.get("citation") or "")

    _matched(
        {item["id"]: item for item in old}, {item["id"]: item for item in new},
        where=lambda item_id: f"{section}[{item_id}]", describe=name, fields=None, out=out,
    )


def _compare_transitions(old: list[dict[str, Any]], new: list[dict[str, Any]], out: list[Change]) -> None:
    _matched(
        {(t["from"], t["to"]): t for t in old}, {(t["from"], t["to"]): t for t in new},
        where=lambda edge: f"transitions[{edge[0]} -> {edge[1]}]", describe=_describe_way,
        fields=("kind", "label", "frequency"), out=out,
    )


def _matched(
    before: dict[Any, dict[str, Any]],
    after: dict[Any, dict[str, Any]],
    *,
    where: Callable[[Any], str],
    describe: Callable[[dict[str, Any]], str],
    fields: tuple[str, ...] | None,
    out: list[Change],
) -> None:
    """Items matched by key: removed ones first, then added ones and the fields that changed
    (``fields``, or every field but the id)."""
    for key, item in before.items():
        if key not in after:
            out.append(Change(where(key), "removed", old=describe(item)))
    for key, item in after.items():
        if key not in before:
            out.append(Change(where(key), "added", new=describe(item)))
            continue
        names = fields if fields is not None else [k for k in _ordered_keys(before[key], item) if k != "id"]
        for field in names:
            _compare(f"{where(key)}.{field}", before[key].get(field), item.get(field), out)


def _describe_way(t: dict[str, Any]) -> str:
    label = f": “{t['label']}”" if t.get("label") else ""
    return f"({t.get('kind', 'main')}{label})"
