"""Which translation files sit beside a pathway file, by name alone.

Apart from ``models.translation`` (which defines the translation format's pydantic models)
because the window lists the translations of the pathway it opens while starting, before
the first paint, and that needs only the folder's file names.
"""

from __future__ import annotations

import re
from pathlib import Path

FILE_LANGUAGE = re.compile(r"(?P<stem>.+)\.(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)")


def available_translations(pathway_file: Path) -> dict[str, Path]:
    """Every ``<name>.<language>.<ext>`` beside ``pathway_file``, by language, sorted."""
    found: dict[str, Path] = {}
    folder = pathway_file.parent
    if not folder.is_dir():
        return found
    for candidate in sorted(folder.iterdir()):
        if candidate.suffix.lower() not in (".yaml", ".yml", ".json") or not candidate.is_file():
            continue
        match = FILE_LANGUAGE.fullmatch(candidate.stem)
        if match is not None and match.group("stem") == pathway_file.stem:
            found.setdefault(match.group("lang"), candidate)
    return found
