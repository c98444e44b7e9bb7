"""Edit a pathway file's YAML in place, keeping everything that was not edited as it was.

Clinics keep their pathway in version control and review changes as diffs, and authors
leave comments in the file. Re-dumping the data would drop the comments, reorder keys and
re-quote every string, so one changed timing would show as a rewrite of the whole file.
ruamel.yaml's round-trip mode keeps comments, key order, quoting, folded text and flow
style; this module is the small API the editor needs on top of it, addressed with the
same paths (``("steps", 3, "duration", "min")``) that located problems use.
"""

from __future__ import annotations

import copy
import difflib
import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarbool import ScalarBoolean
from ruamel.yaml.scalarfloat import ScalarFloat
from ruamel.yaml.scalarint import ScalarInt
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    ScalarString,
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
        # The editor never makes an alias, so a file without any never needs the walk.
        self._has_aliases = _alias_comments_in_place(self.data)

    @property
    def original(self) -> str:
        """The text the document was read from."""
        return self._original

    def text(self) -> str:
        out = io.StringIO()
        self._yaml.dump(self.data, out)
        dumped = out.getvalue()
        want = _read(dumped)
        if want is _UNREADABLE:
            return dumped
        return _authors_lines_kept(self._original, _with_authors_line_breaks(self._original, dumped, want), want)

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
        self._unshare(path)
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
        if self._has_aliases:
            _without_taken_anchors(self.data, parent[key])

    def insert(self, path: PathKey, index: int, value: Any) -> None:
        """Insert ``value`` into the list at ``path`` before ``index`` (its length appends)."""
        self._unshare(path)
        seq = self.get(path)
        if not isinstance(seq, CommentedSeq):
            raise YamlEditError(f"{format_path(path)}: is not a list")
        if not 0 <= index <= len(seq):
            raise YamlEditError(f"{format_path(path)}: cannot insert at {index}; the list has {len(seq)} items")
        item = _plain_to_commented(value)
        # Written like its neighbours: a new arrow among "- {from: a, to: b}" lines on one
        # line too, not as a block of its own.
        neighbours = [seq[i] for i in (index - 1, index) if 0 <= i < len(seq)]
        if isinstance(item, (CommentedMap, CommentedSeq)) and neighbours and all(
            type(n) is type(item) and n.fa.flow_style() for n in neighbours
        ) and all(not isinstance(v, (dict, list)) for v in (item.values() if isinstance(item, dict) else item)):
            item.fa.set_flow_style()
        if 0 < index < len(seq):
            _comment_lines_follow(seq[index - 1], item)
        seq.insert(index, item)
        if self._has_aliases:
            _without_taken_anchors(self.data, item)

    def remove(self, path: PathKey) -> None:
        if not path:
            raise YamlEditError("cannot remove the whole document")
        self._unshare(path)
        parent, key = self.get(path[:-1]), path[-1]
        self._child(parent, key, path)  # a located error if it is not there
        del parent[key]

    def _unshare(self, path: PathKey) -> None:
        """Make a value on ``path`` that is shared with other places through a YAML alias
        (``care_team: *collect_team``) this place's own: the editor changes the step on
        screen, never silently the step whose value it shares. The place that holds the
        anchor keeps the value as written and every alias gets a copy written out in full;
        an alias edited gets its own copy, and the anchor stays as it was."""
        places = _shared_places(self.data) if self._has_aliases else {}
        if not places:
            return
        node = self.data
        for key in path:
            if not (isinstance(node, CommentedMap) and key in node) and not (
                isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node)
            ):
                return  # a located error follows from the edit itself
            child = node[key]
            where = places.get(id(child), []) if isinstance(child, (CommentedMap, CommentedSeq)) else []
            if len(where) > 1:
                anchor_place = where[0][0] is node and where[0][1] == key
                merged_into = any(place == MERGE_KEY for _, place in where)
                # A base merged into other mappings stays as it is for them ("<<" cannot be
                # given a copy): the edited place takes its own.
                for parent, place in (where[1:] if anchor_place and not merged_into else [(node, key)]):
                    parent[place] = _own_copy(child)
                    _alias_comment_after_key(parent, place)
                child = node[key]
            node = child

    @staticmethod
    def _child(node: Any, key: str | int, where: PathKey) -> Any:
        if isinstance(node, CommentedMap) and isinstance(key, str) and key in node:
            return node[key]
        if isinstance(node, CommentedSeq) and isinstance(key, int) and 0 <= key < len(node):
            return node[key]
        raise YamlEditError(f"{format_path(where)}: there is no such field or item")


FOLD_WIDTH = 88  # where new folded text is broken, so it reads like the rest of the file


def _last_slot(node: Any) -> tuple[Any, Any, int] | None:
    """Where ruamel keeps the comment lines that follow ``node`` (a mapping or list): on its
    deepest last entry, as (container, key, slot index)."""
    while isinstance(node, (CommentedMap, CommentedSeq)) and len(node):
        key = next(reversed(node)) if isinstance(node, CommentedMap) else len(node) - 1
        if isinstance(node[key], (CommentedMap, CommentedSeq)) and len(node[key]):
            node = node[key]
            continue
        return node, key, 2 if isinstance(node, CommentedMap) else 0
    return None


def _comment_lines_follow(before: Any, new: Any) -> None:
    """Comment lines written after ``before`` (a section heading for the item that came
    next) move below ``new``, inserted after it: they head the item they headed before."""
    old_slot, new_slot = _last_slot(before), _last_slot(new)
    if old_slot is None or new_slot is None:
        return
    container, key, at = old_slot
    entry = container.ca.items.get(key)
    token = entry[at] if entry and len(entry) > at else None
    value = getattr(token, "value", None)
    if not isinstance(value, str) or "\n" not in value:
        return
    own, following = value.split("\n", 1)
    if "#" not in following:
        return  # blank lines only: they stay where they are
    moved = copy.copy(token)
    moved.value = "\n" + following
    if own.strip():
        token.value = own + "\n"
    else:
        entry[at] = None
    target, new_key, new_at = new_slot
    slot = target.ca.items.setdefault(new_key, [None, None, None, None])
    slot[new_at] = moved


def _anchor(value: Any) -> str | None:
    """The anchor name of a value as read (``&team``), or None; plain values have none."""
    if not isinstance(value, (CommentedMap, CommentedSeq, ScalarString, ScalarInt, ScalarFloat, ScalarBoolean)):
        return None
    return getattr(value, "anchor", None) and value.anchor.value


def _places(node: Any) -> Iterator[tuple[Any, Any, Any]]:
    """(parent, key, value) for every mapping and list, and every anchored text or number, in
    the order they are written: an aliased one at each place it is used (a mapping or list
    not walked again inside)."""
    seen: set[int] = set()

    def walk(parent: Any) -> Iterator[tuple[Any, Any, Any]]:
        # A mapping merged into this one ("<<: *base") is a place of its own: an edit of the
        # base would change this mapping too.
        for merged in _merged(parent):
            yield parent, MERGE_KEY, merged
        items = parent.items() if isinstance(parent, CommentedMap) else enumerate(parent)
        for key, child in items:
            if isinstance(child, (CommentedMap, CommentedSeq)):
                yield parent, key, child
                if id(child) not in seen:
                    seen.add(id(child))
                    yield from walk(child)
            elif _anchor(child):
                yield parent, key, child

    if isinstance(node, (CommentedMap, CommentedSeq)):
        yield from walk(node)


MERGE_KEY = "<<"


def _merged(node: Any) -> list[Any]:
    """The mappings merged into ``node`` ("<<: *base"), as ruamel keeps them."""
    if not isinstance(node, CommentedMap):
        return []
    merge = getattr(node, "merge", None) or []
    return [m[1] if isinstance(m, tuple) else m for m in merge if isinstance(m[1] if isinstance(m, tuple) else m, CommentedMap)]


def _shared_places(data: Any) -> dict[int, list[tuple[Any, Any]]]:
    """For each value used at more than one place (YAML anchor and aliases), its places
    (parent, key), the anchor's first."""
    places: dict[int, list[tuple[Any, Any]]] = {}
    for parent, key, child in _places(data):
        places.setdefault(id(child), []).append((parent, key))
    return {node: where for node, where in places.items() if len(where) > 1}


def _alias_comments_in_place(data: Any) -> bool:
    """ruamel gives every alias of a value the comment written after its anchor: misplaced
    (written on the alias's line once the anchor's step is gone or edited), and for a
    mapping or list written as broken YAML once the alias is written out in full. Dropped
    from the aliases. Returns whether the document has any aliased value."""
    shared = _shared_places(data)
    for where in shared.values():
        for parent, key in where[1:]:
            slot = parent.ca.items.get(key) if isinstance(parent, CommentedMap) else None
            if not slot:
                continue
            try:
                line = parent.lc.key(key)[0]
            except (KeyError, TypeError):
                line = None
            if len(slot) > 2 and slot[2] is not None and getattr(slot[2], "start_mark", None) is not None \
                    and slot[2].start_mark.line != line:
                slot[2] = None  # another line's comment: the anchor's
            if len(slot) > 3:
                slot[3] = None
    return bool(shared)


def _without_taken_anchors(data: Any, placed: Any) -> None:
    """Anchors inside ``placed`` (a value put back by Undo, copied with its anchors) that
    another value of the document already has: cleared, or the file names one anchor twice
    and no YAML reader takes it. The value keeps its words; it is only no longer shared."""
    owners: dict[str, set[int]] = {}
    for _, _, value in _places(data):
        if name := _anchor(value):
            owners.setdefault(name, set()).add(id(value))
    inside = [value for _, _, value in _places(placed)] + [placed]
    for value in inside:
        name = _anchor(value)
        if name and len(owners.get(name, ())) > 1:
            value.anchor.value = None
            owners[name].discard(id(value))


def _alias_comment_after_key(parent: Any, key: Any) -> None:
    """The comment after an alias (``care_team: *team  # ours``), which ruamel keeps as one
    before the next key, after the key again once the alias is written out in full."""
    if not isinstance(parent, CommentedMap):
        return
    keys = list(parent)
    following = keys[keys.index(key) + 1] if keys.index(key) + 1 < len(keys) else None
    after = parent.ca.items.get(following) if following is not None else None
    try:
        line = parent.lc.key(key)[0]
    except (KeyError, TypeError):
        return
    if after and len(after) > 1 and after[1] and after[1][0].start_mark.line == line:
        token = after[1].pop(0)
        parent.ca.items[key] = [None, None, token, None]
        parent[key].ca.comment = [token, None]
        if not after[1]:
            after[1] = None


def _containers(node: Any) -> Iterator[Any]:
    """Every mapping and list in the document, once for each place it stands (an aliased
    one as often as it is used; an alias inside it is not walked again)."""
    stack, seen = [node], set()
    while stack:
        item = stack.pop()
        if isinstance(item, (CommentedMap, CommentedSeq)):
            yield item
            if id(item) in seen:
                continue
            seen.add(id(item))
            stack.extend(item.values() if isinstance(item, CommentedMap) else item)


def _own_copy(node: Any) -> Any:
    """A copy of a shared value with no anchor of its own, nor the anchor line's comment."""
    out = copy.deepcopy(node)
    for item in _containers(out):
        if item.anchor.value is not None:
            item.anchor.value = None
    out.ca.comment = None
    return out


_UNREADABLE = object()


def _read(text: str) -> Any:
    """The data the app reads from ``text`` (its own YAML reader); _UNREADABLE if none."""
    try:
        return pyyaml.load(text, Loader=getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader))  # noqa: S506 - safe loader
    except Exception:  # noqa: BLE001 - any doubt: the text is not kept
        return _UNREADABLE


_MOST_HUNKS = 4000  # differing runs searched for the author's lines (a rewrite: nothing to keep)


def _authors_lines_kept(original: str, text: str, want: Any) -> str:
    """``text`` with each run of lines that differs from ``original`` but reads back the
    same given back as the author wrote it.

    ruamel writes some things its own way though nothing in them changed: ``[ laboratory ]``
    as ``[laboratory]``, a comment after an anchor on a line of its own; and a value put back
    (an undone delete) comes back without the comments that stood in it. Each run of the
    author's lines is tried in place of the written one and kept only if the whole text
    still reads back as ``want``, the edited data, and still holds every comment ``text``
    has: an edit's own lines never go back, and no comment is lost. Lines are matched by
    what ruamel would write of them (no spacing, comment or anchor), so a line written
    differently is a run of its own. The runs are tried all together, then in halves, so a
    few edits among many runs cost a few readings.
    """
    old = original.replace("\r\n", "\n").splitlines(keepends=True)
    new = text.splitlines(keepends=True)
    runs = [run for i1, i2, j1, j2 in _differing(old, new, _written_words)
            for run in _comment_lines_apart(new, i1, i2, j1, j2)]
    # Only runs that can go back: the same words written another way, or comment lines
    # alone. A run whose words differ is an edit, and never reads back as ``want``: tried
    # anyway, each edit made since the file was opened cost two readings of the whole file
    # on every pause in typing (100 edits to a 94 KB file: 10 s a pause).
    hunks = [run for run in runs if _may_go_back(old, new, run)]
    if not hunks or len(hunks) > _MOST_HUNKS:
        return text
    comments = Counter(_comment_words(text))
    # Comments the author wrote that the text lost may come back, but no comment may be
    # added: a step added after one with "- nice-ng157  # ask pharmacy" took that comment
    # onto its own identical line.
    lost = Counter(_comment_words(original)) - comments
    kept: list[tuple[int, int, int, int]] = []

    def spliced(chosen: list[tuple[int, int, int, int]]) -> str:
        out, at = [], 0
        for i1, i2, j1, j2 in sorted(chosen, key=lambda h: h[2]):
            out += new[at:j1] + old[i1:i2]
            at = j2
        joined = "".join(out + new[at:])
        return joined + "\n" if joined and not joined.endswith("\n") and text.endswith("\n") else joined

    def keep(group: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
        """Keep what of ``group`` can be kept; returns the runs that could not."""
        candidate = spliced(kept + group)
        written = Counter(_comment_words(candidate))
        if not comments - written and not (written - comments) - lost and _read(candidate) == want:
            kept.extend(group)
            return []
        if len(group) == 1:
            return group
        return keep(group[: len(group) // 2]) + keep(group[len(group) // 2:])

    keep(hunks)
    return spliced(kept) if kept else text


def _may_go_back(old: list[str], new: list[str], run: tuple[int, int, int, int]) -> bool:
    """Whether the author's lines of ``run`` could read back as the written ones: the same
    words (spacing, quotes of a flow list, an anchor or a comment apart), or only comment
    and blank lines on one side."""
    i1, i2, j1, j2 = run

    def bare(lines: list[str]) -> bool:
        return all(not line.strip() or line.lstrip().startswith("#") for line in lines)

    if bare(old[i1:i2]) or bare(new[j1:j2]):
        return True
    if any(_ALIAS_OR_ANCHOR.search(line) for line in [*old[i1:i2], *new[j1:j2]]):
        return True  # a shared value written out in full, or back as an alias
    return _flat_words(old[i1:i2]) == _flat_words(new[j1:j2])


_ALIAS_OR_ANCHOR = re.compile(r"(?:^|[\s\[{,:-])[*&][^\s\[\]{},]+")
_FLOW_MARKS = str.maketrans("", "", "[]{},-\"'")


def _flat_words(lines: list[str]) -> str:
    """The words of ``lines`` as one string, without what only says how a list or mapping
    is written (brackets, dashes, commas, quotes): "[a, b]" and "- a / - b" alike."""
    return "".join(_written_words(line) for line in lines).translate(_FLOW_MARKS)


def _differing(old: list[str], new: list[str], key: Callable[[str], str]) -> list[tuple[int, int, int, int]]:
    """The runs where ``old`` and ``new`` differ, lines compared by ``key``; lines alike by
    a key other than themselves are runs of their own (each tried on its own)."""
    matcher = difflib.SequenceMatcher(None, [key(line) for line in old], [key(line) for line in new], autojunk=False)
    runs = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            runs.append((i1, i2, j1, j2))
        else:
            runs += [(i1 + k, i1 + k + 1, j1 + k, j1 + k + 1) for k in range(i2 - i1) if old[i1 + k] != new[j1 + k]]
    return runs


def _comment_lines_apart(new: list[str], i1: int, i2: int, j1: int, j2: int) -> list[tuple[int, int, int, int]]:
    """A run with the comment lines ruamel moved (onto lines of their own, at its start or
    end) as runs of their own: one goes back where it was though the edit beside it stays."""
    def comment_only(j: int) -> bool:
        return new[j].lstrip().startswith("#")

    head = [(i1, i1, j, j + 1) for j in range(j1, j2) if all(comment_only(k) for k in range(j1, j + 1))]
    rest_start = j1 + len(head)
    tail = [(i2, i2, j, j + 1) for j in range(rest_start, j2) if all(comment_only(k) for k in range(j, j2))]
    rest_end = j2 - len(tail)
    middle = [(i1, i2, rest_start, rest_end)] if (i1, i2) != (i1, i1) or rest_start < rest_end else []
    return head + middle + tail


def _written_words(line: str) -> str:
    """A line's key and value as ruamel would write them: no comment, anchor or spacing."""
    return "".join(_ANCHOR.sub("", line.split(" #")[0] if not line.lstrip().startswith("#") else "").split())


_ANCHOR = re.compile(r"&[^\s\[\]{},]+")


def _comment_words(text: str) -> list[str]:
    """Each comment's words (a comment moved to another line is the same comment)."""
    out = []
    for line in text.splitlines():
        at = 0 if line.lstrip().startswith("#") else line.find(" #") + 1
        if at or line.lstrip().startswith("#"):
            out.append(" ".join(line[at:].split()))
    return out


def _with_authors_line_breaks(original: str, dumped: str, want: Any) -> str:
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
    return text if _read(text) == want else dumped


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
    if _unfoldable(text):
        return DoubleQuotedScalarString(text)  # read back exactly; a fold there would not be
    out = FoldedScalarString(text)
    positions: list[int] = []
    line_start, last_space = 0, -1
    for index in [i for i, char in enumerate(text) if char == " " and _breakable(text, i)] + [len(text)]:
        # Greedy: when this word would run past the width, break at the space before it.
        if index - line_start > width and last_space > line_start:
            positions.append(last_space)
            line_start = last_space + 1
        last_space = index
    out.fold_pos = positions  # type: ignore[attr-defined]
    return out


_LONGEST_REFOLD = 20_000  # characters compared to keep an author's line breaks (a few ms)


def _refolded(old: FoldedScalarString, text: str) -> FoldedScalarString:
    """``text`` folded where the author broke ``old``'s lines, wherever the words around
    a break were not edited; only a line the edit made too long is broken again. A one-word
    edit rewrapped the whole paragraph, so a review's diff showed every line changed."""
    before, breaks = str(old), list(getattr(old, "fold_pos", None) or [])
    if not breaks or len(before) + len(text) > _LONGEST_REFOLD or _unfoldable(text):
        return folded(text)
    kept = []
    for tag, i1, i2, j1, _ in difflib.SequenceMatcher(None, before, text, autojunk=False).get_opcodes():
        if tag == "equal":
            kept += [j1 + at - i1 for at in breaks if i1 <= at < i2]
    # A break stands on a single space between words (a folded line cannot start or end
    # with a space the value keeps).
    kept = [at for at in kept if _breakable(text, at)]
    if not kept:
        return folded(text)
    lines = [len(line) for line in _split_at(before, breaks)]
    width = max(FOLD_WIDTH, *lines)
    positions: list[int] = []
    start = 0
    for end in [*kept, len(text)]:
        positions += [start + at for at in folded(text[start:end], width).fold_pos]  # type: ignore[attr-defined]
        if end < len(text):
            positions.append(end)
        start = end + 1
    out = FoldedScalarString(text)
    out.fold_pos = positions  # type: ignore[attr-defined]
    return out


def _breakable(text: str, at: int) -> bool:
    """Whether a folded text may break at ``at``: a single space between two words (next to
    another space or a line break, the fold would read back as something else)."""
    return 0 < at < len(text) - 1 and text[at] == " " and text[at - 1] not in " \n" and text[at + 1] not in " \n"


def _unfoldable(text: str) -> bool:
    """Text a ``>-`` block cannot hold as it is: a line that starts or ends with a space or
    tab reads back with other line breaks (YAML keeps "more indented" lines as they are)."""
    return any(line != line.strip(" \t") for line in text.split("\n"))


def _split_at(text: str, breaks: list[int]) -> list[str]:
    out, start = [], 0
    for at in breaks:
        out.append(text[start:at])
        start = at + 1
    return [*out, text[start:]]


def _styled_like(old: Any, value: Any) -> Any:
    if isinstance(value, str) and isinstance(old, _STYLED) and not isinstance(value, _STYLED):
        if isinstance(old, FoldedScalarString):
            return _refolded(old, value)  # folded again where the author had it folded
        return type(old)(value)
    if isinstance(old, CommentedSeq) and isinstance(value, list) and not isinstance(value, CommentedSeq):
        # A list written "[home]" stays on its line, and an item the edit kept keeps its
        # quotes: ticking one more place rewrote the list as a block, item by item.
        pool = list(old)
        items = []
        for item in value:
            same = next((i for i, kept in enumerate(pool) if kept == item and type(kept) is not bool), None)
            items.append(pool.pop(same) if same is not None else _plain_to_commented(item))
        out = CommentedSeq(items)
        if old.fa.flow_style():
            out.fa.set_flow_style()
        return out
    return _plain_to_commented(value)


def _plain_to_commented(value: Any) -> Any:
    if isinstance(value, dict) and not isinstance(value, CommentedMap):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = _plain_to_commented(item)
        return out
    if isinstance(value, list) and not isinstance(value, CommentedSeq):
        return CommentedSeq(_plain_to_commented(item) for item in value)
    if type(value) is str and _read_as_other_than_text(value):
        # ruamel writes YAML 1.2, where "No" and "yes" are words; the app reads YAML 1.1, where
        # they are false and true: a title or an answer typed "No" came back as a boolean.
        return DoubleQuotedScalarString(value) if "'" in value else SingleQuotedScalarString(value)
    return value


_RESOLVER = pyyaml.resolver.Resolver()


def _read_as_other_than_text(value: str) -> bool:
    """Whether the app's YAML reader would take ``value``, written plain, for a non-text."""
    return _RESOLVER.resolve(pyyaml.ScalarNode, value, (True, False)) != "tag:yaml.org,2002:str"
