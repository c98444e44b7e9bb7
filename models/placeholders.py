"""The words the editor writes into a new item for the author to replace.

A new step, role, part, source or urgent sign starts with words that say what to write
("Write here what happens, in plain words."), so the file is valid at once. Left in place
they would reach patients (in English, in a French file too), so the editor lists them,
``lint`` warns about them and a sign-off refuses a file that still holds them. They are
written in English whatever the interface: the file's own words replace them.

Qt-free: the editor, lint and sign-off share the one list.
"""

from __future__ import annotations

from typing import Any

from .problems import PathKey

NEW_TEXT = "Write here what happens, in plain words."
NEW_TITLE = "New step"
NEW_BRANCH_LABEL = "when this happens"
NEW_ROLE = {"id": "new_role", "name": "New role", "description": "Say what this person does, in plain words."}
NEW_PART = {"id": "new_part", "title": "New part"}
NEW_SOURCE = {"id": "new_source", "citation": "Author A, et al. Title. Journal. Year;Volume:Pages."}
NEW_URGENT_SIGN = {"text": "Describe the sign in plain words.", "call": "team"}

# The texts a new item holds, not its ids (an id is the author's to keep) nor "team".
PLACEHOLDER_WORDS = frozenset({
    NEW_TEXT, NEW_TITLE, NEW_BRANCH_LABEL, NEW_ROLE["name"], NEW_ROLE["description"], NEW_PART["title"],
    NEW_SOURCE["citation"], NEW_URGENT_SIGN["text"],
})


# A placeholder sentence this long is never a clinic's own words, even with more after it.
_SENTENCE = 20


def placeholder_in(text: str) -> str | None:
    """The placeholder words ``text`` still holds, or None: the whole text, or a placeholder
    sentence with the author's words typed after it ("Write here what happens, in plain
    words. We restart dialysis."), which still reaches patients as written."""
    stripped = text.strip()
    if stripped in PLACEHOLDER_WORDS:
        return stripped
    return next((words for words in PLACEHOLDER_WORDS if len(words) >= _SENTENCE and words in stripped), None)


def placeholders_in(data: Any, path: PathKey = ()) -> list[tuple[PathKey, str]]:
    """(path, text) of every text in a file's data that is still a placeholder."""
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in placeholders_in(value, (*path, str(key)))]
    if isinstance(data, list):
        return [found for number, value in enumerate(data) for found in placeholders_in(value, (*path, number))]
    if isinstance(data, str) and (words := placeholder_in(data)) is not None:
        return [(path, words)]
    return []


def placeholder_message(text: str) -> str:
    return f"still the editor's placeholder words (\u201c{text}\u201d): write this pathway's own words"
