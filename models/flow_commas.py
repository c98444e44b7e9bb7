"""Text cut short by a comma inside ``{ ... }``: found where pydantic sees an unknown field.

In a flow mapping such as ``{role: nurse, does: Checks, whether you are ready.}`` YAML ends
the text of ``does`` at the comma and reads "whether you are ready." as a field of its
own, with no value. Said as "unknown field; check the spelling" that sends an author
looking for a typo; the fix is quotes around the text. Qt-free.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from .problems import PathKey, Problem, format_path

_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def comma_slips(exc: ValidationError, parsed: Any, name: str) -> tuple[list[Problem], set[int]]:
    """The problems for text cut at a comma, one per cut text, and the indices of the
    pydantic errors they stand for (an unknown field with no value after each comma)."""
    text: str = getattr(parsed, "text", "")
    if not text or "{" not in text:
        return [], set()
    rows: list[str] | None = None
    found: list[Problem] = []
    handled: set[int] = set()
    cut: dict[PathKey, Problem | None] = {}  # mapping path -> its problem (None: not a cut text)
    for index, error in enumerate(exc.errors(include_url=False)):
        loc = tuple(error["loc"])
        if error["type"] != "extra_forbidden" or error.get("input") is not None or not loc or not isinstance(loc[-1], str):
            continue
        key, where = loc[-1], _plain(loc[:-1])
        mapping = _at(parsed.data, where)
        if not isinstance(mapping, dict) or key not in mapping:
            continue
        if where in cut:  # "a, b, c": the second cut is part of the same text
            if cut[where] is not None:
                handled.add(index)
            continue
        if rows is None:
            rows = _LINE_BREAK.split(text)
        line = parsed.line_of(where + (key,))
        row = rows[line - 1] if 0 < line <= len(rows) else ""
        comma = _comma_before(row, key)
        if comma is None:
            cut[where] = None
            continue
        keys = list(mapping)
        before = keys[keys.index(key) - 1] if keys.index(key) > 0 else key
        path = where + (before,)
        from .wording.file_problems import comma_in_flow

        rest = key if len(key) <= 60 else key[:59] + "…"
        problem = Problem(name, line, format_path(path), comma_in_flow(rest), comma + 1)
        cut[where] = problem
        found.append(problem)
        handled.add(index)
    return found, handled


def _comma_before(row: str, key: str) -> int | None:
    """The index of the comma that ends the text before ``key`` on ``row``, inside a ``{``."""
    for match in re.finditer(r",[ \t]*" + re.escape(key), row):
        if "{" in row[: match.start()]:
            return match.start()
    return None


def _plain(loc: tuple[Any, ...]) -> PathKey:
    # pydantic's union-branch labels ('function-after[...]') are not part of the data's path.
    return tuple(part for part in loc if not (isinstance(part, str) and "[" in part))


def _at(data: Any, path: PathKey) -> Any:
    for part in path:
        if isinstance(data, dict) and part in data:
            data = data[part]
        elif isinstance(data, list) and isinstance(part, int) and 0 <= part < len(data):
            data = data[part]
        else:
            return None
    return data
