"""Words the editor wrote for a new item that the author has not yet replaced.

A new step, person, role or source starts with words that say what to write ("Write here
what happens, in plain words."), so it is valid at once. Left as they are, they would reach
patients: in English, in a French file too. They are listed with the problems (they do not
stop a save: a half-written pathway may be kept for later), each located like a problem so a
click goes to the box.
"""

from __future__ import annotations

from collections.abc import Iterator

import yaml
from PySide6.QtCore import QCoreApplication

from models import Problem
from models.placeholders import PLACEHOLDER_WORDS, placeholder_in
from models.problems import PathKey, format_path
from models.wording.i18n import fill


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser where PyYAML has it


def _walk(node: yaml.Node, path: PathKey) -> Iterator[tuple[PathKey, str, int]]:
    """(path, text, 1-based line) of each text under ``node``."""
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            yield from _walk(value, (*path, str(key.value)))
    elif isinstance(node, yaml.SequenceNode):
        for number, value in enumerate(node.value):
            yield from _walk(value, (*path, number))
    elif isinstance(node, yaml.ScalarNode) and isinstance(node.value, str):
        yield path, node.value, node.start_mark.line + 1


def placeholders_left(text: str, file: str) -> list[Problem]:
    """The boxes in ``text`` (a file that loads) that still hold the editor's placeholder words."""
    words = PLACEHOLDER_WORDS
    if not any(w in text for w in words):  # the usual case, and no second read of the file
        return []
    # PyYAML's node tree: it knows each value's line, in about 10 ms for the bundled pathway
    # where a round-trip read takes 0.5 s, on every pause in typing.
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError:  # the loader said it was fine; nothing to add if it disagrees
        return []
    found = []
    for path, value, line in _walk(root, ()) if root is not None else ():
        if (left := placeholder_in(value)) is not None:
            message = fill(QCoreApplication.translate("EditingUnfinished", "still the editor's placeholder words (“%1”): write this pathway's own words"), left)
            found.append(Problem(file, line, format_path(path), message))
    return found
