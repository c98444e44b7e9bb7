"""Edit a pathway file's YAML in place, keeping everything that was not edited as it was.

Clinics keep their pathway in version control and review changes as diffs, and authors
leave comments in the file. Re-dumping the data would drop the comments, reorder keys and
re-quote every string, so one changed timing would show as a rewrite of the whole file.
ruamel.yaml's round-trip mode keeps comments, key order, quoting, folded text and flow
style; this module is the small API the editor needs on top of it, addressed with the
same paths (``("steps", 3, "duration", "min")``) that located problems use.
"""

from __future__ import annotations

import difflib
import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)
from ruamel.yaml.util import load_yaml_guess_indent

from .problems import PathKey, format_path

# Text styles an author chose that an edit keeps (a quoted title stays quoted).
_STYLED = (DoubleQuotedScalarString, SingleQuotedScalarString, LiteralScalarString, FoldedScalarString)


class YamlEditError(ValueError):
    """An edit addressed something that is not in the document."""


class YamlDocument:
    def __init__(self, text: str) -> None:
        _, indent, block_seq_indent = load_yaml_guess_indent(text)
        self._yaml = YAML()  # round-trip
        self._yaml.preserve_quotes = True
        self._yaml.width = 4096  # never re-wrap a line the author wrote
        # ruamel guesses the indent of a list item's keys (dash offset included); the keys
        # of a nested mapping sit that far in minus the dash's offset.
        offset = block_seq_indent or 0
        sequence = indent or 2
        self._yaml.indent(mapping=max(sequence - offset, 2), sequence=sequence, offset=offset)
        self.data: Any = self._yaml.load(text)
        self._original = text

    def text(self) -> str:
        out = io.StringIO()
        self._yaml.dump(self.data, out)
        return _with_authors_line_breaks(self._original, out.getvalue(), self.data)

    def get(self, path: PathKey) -> Any:
        node = self.data
        for depth, key in enumerate(path):
            node = self._child(node, key, path[: depth + 1])
        return node

    def set(self, path: PathKey, value: Any) -> None:
        """Set a field (adding it if the mapping lacks it); a mapping value is merged key by
        key so a flow-style ``{min: 1, max: 2}`` stays on one line."""
        if not path:
            raise YamlEditError("cannot replace the whole document")
        parent, key = self.get(path[:-1]), path[-1]
        if isinstance(parent, CommentedSeq) and not (isinstance(key, int) and 0 <= key < len(parent)):
            raise YamlEditError(f"{format_path(path)}: there is no such item")
        if not isinstance(parent, (CommentedMap, CommentedSeq)):
            raise YamlEditError(f"{format_path(path[:-1])}: is not a mapping or a list")
        old = parent[key] if (isinstance(parent, CommentedSeq) or key in parent) else None
        if isinstance(old, CommentedMap) and isinstance(value, dict):
            for name in [k for k in old if k not in value]:
                del old[name]
            for name, item in value.items():
                self.set((*path, name), item)
            return
        parent[key] = _styled_like(old, value)

    def insert(self, path: PathKey, index: int, value: Any) -> None:
        """Insert ``value`` into the list at ``path`` before ``index`` (its length appends)."""
        seq = self.get(path)
        if not isinstance(seq, CommentedSeq):
            raise YamlEditError(f"{format_path(path)}: is not a list")
        if not 0 <= index <= len(seq):
            raise YamlEditError(f"{format_path(path)}: cannot insert at {index}; the list has {len(seq)} items")
        seq.insert(index, _plain_to_commented(value))

    def remove(self, path: PathKey) -> None:
        if not path:
            raise YamlEditError("cannot remove the whole document")
        parent, key = self.get(path[:-1]), path[-1]
        self._child(parent, key, path)  # a located error if it is not there
        del parent[key]

    @staticmethod
    def _child(node: Any, key: str | int, where: PathKey) -> Any:
        if isinstance(node, CommentedMap) and isinstance(key, str) and key in node:
            return node[key]
        if isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
            return node[key]
        raise YamlEditError(f"{format_path(where)}: there is no such field or item")


FOLD_WIDTH = 88  # where new folded text is broken, so it reads like the rest of the file


def _with_authors_line_breaks(original: str, dumped: str, data: Any) -> str:
    """``dumped`` with the lines it only re-flowed given back as the author wrote them.

    ruamel keeps a plain (unquoted) text's value but not where the author broke its lines:
    a text wrapped over two lines came back as one, so signing off showed in a review's
    diff as changes to texts nobody touched. Where a run of lines differs from the original
    only in where its lines break and how far they are indented, the original's run is
    kept; the result is used only if it reads back as exactly ``data``, the edited document.
    """
    # Compared as written by the dump: a CRLF file's lines matched none of the dump's.
    old = original.replace("\r\n", "\n").splitlines(keepends=True)
    new = dumped.splitlines(keepends=True)
    kept: list[str] = []
    reflowed = False
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op != "replace":
            kept += new[j1:j2]
        elif _broken_alike(old[i1:i2], new[j1:j2]):
            kept += old[i1:i2]
            reflowed = True
        else:
            # An edited line beside a wrapped text falls in one block with it: the texts
            # left alike inside it are found line by line.
            lines, found = _alike_inside(old[i1:i2], new[j1:j2])
            kept += lines
            reflowed = reflowed or found
    if not reflowed:
        return dumped
    text = "".join(kept)
    if not text.endswith("\n") and dumped.endswith("\n"):
        text += "\n"
    try:
        same = YAML(typ="safe", pure=True).load(text) == data
    except Exception:  # noqa: BLE001 - any doubt about the splice: the dump as it is
        same = False
    return text if same else dumped


def _alike_inside(old: list[str], new: list[str]) -> tuple[list[str], bool]:
    """``new``, where a line of it is a run of ``old`` re-flowed onto one line that run
    (the runs found in order); and whether any was."""
    if len(old) * len(new) > _LARGEST_BLOCK:  # a file written anew: nothing to keep
        return new, False
    out: list[str] = []
    found = False
    start = 0
    for line in new:
        words = line.strip()
        run = next(
            ((s, s + k) for s in range(start, min(len(old), start + _LONGEST_RUN))
             for k in range(2, min(_LONGEST_RUN, len(old) - s) + 1)
             if old[s].strip() and words.startswith(old[s].strip()) and _broken_alike(old[s:s + k], [line])),
            None,
        )
        if run is None:
            out.append(line)
        else:
            out += old[run[0]:run[1]]
            start, found = run[1], True
    return out, found


_LONGEST_RUN = 12  # lines one wrapped text may take in a block with an edit beside it
_LARGEST_BLOCK = 100_000  # old lines x new lines searched that way (a few ms)


def _broken_alike(old: list[str], new: list[str]) -> bool:
    """The same words with the same spaces between them, but for line breaks and indents
    (a double space typed inside a line is an edit, not a re-flow)."""
    return " ".join(line.strip() for line in old) == " ".join(line.strip() for line in new)


def folded(text: str, width: int = FOLD_WIDTH) -> FoldedScalarString:
    """``text`` as a ``>-`` block broken at spaces near ``width`` characters; the value
    read back is ``text`` unchanged (a folded line break reads as one space)."""
    out = FoldedScalarString(text)
    positions: list[int] = []
    line_start, last_space = 0, -1
    for index in [i for i, char in enumerate(text) if char == " "] + [len(text)]:
        # Greedy: when this word would run past the width, break at the space before it.
        if index - line_start > width and last_space > line_start:
            positions.append(last_space)
            line_start = last_space + 1
        last_space = index
    out.fold_pos = positions  # type: ignore[attr-defined]
    return out


def _styled_like(old: Any, value: Any) -> Any:
    if isinstance(value, str) and isinstance(old, _STYLED) and not isinstance(value, _STYLED):
        if isinstance(old, FoldedScalarString):
            return folded(value)  # folded again where the author had it folded
        return type(old)(value)
    return _plain_to_commented(value)


def _plain_to_commented(value: Any) -> Any:
    if isinstance(value, dict) and not isinstance(value, CommentedMap):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _plain_to_commented(item)
        return out
    if isinstance(value, list) and not isinstance(value, CommentedSeq):
        return CommentedSeq(_plain_to_commented(item) for item in value)
    return value
