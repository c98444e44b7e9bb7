"""Plain data from libyaml's event stream in one pass, with an explicit stack.

The pass does what a composer and a constructor would do in two tree walks, and what
we need on top: nesting refused past a limit (nothing here recurses, and nothing after
us need fear a deep file), duplicate keys reported instead of silently overwritten, only
plain data types (no Python object tags), and every alias charged the size of what it
repeats, so that a "billion laughs" file is refused. An alias re-uses the value its
anchor built; the data is a tree that may share branches, never a cycle.

Scalars get YAML 1.1 types exactly as PyYAML's SafeLoader gives them: its implicit
resolvers pick the tag and its SafeConstructor builds the value.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import yaml

from .problems import ParseFailure, PathKey, Problem, format_path


def too_deep_message(limit: int) -> str:
    return f"the data is nested more than {limit} levels deep"


_TAG = "tag:yaml.org,2002:"
_STR_TAG = _TAG + "str"
_INT_TAG = _TAG + "int"
_PLAIN_TAGS = {_TAG + kind for kind in ("str", "int", "float", "bool", "null", "timestamp")}
_TEXT_TAGS = {_TAG + "merge", _TAG + "value"}  # a bare '<<' or '=' as a value is text
_COLLECTION_TAGS = (None, "!", _TAG + "map", _TAG + "seq")  # None and "!" mean the default
_SCALAR_KINDS = {
    "int": "a whole number",
    "float": "a number",
    "bool": "true or false",
    "null": "empty",
    "timestamp": "a date written as YYYY-MM-DD",
}

_KEY = object()  # state of an open mapping: the next node is a key
_DROP = object()  # state of an open mapping: the next node is the value of a refused key
_NOTHING = object()

# The fields of a frame, one open list or mapping (a plain list: this is the hot loop).
_CONTAINER, _STATE, _PATH, _QUIET, _ANCHOR, _NODES_AT_START, _LINES_AT_START, _KEY_LINES = range(8)


class NeedsLines(Exception):
    """The quick pass met something to report; the pass that records lines reports it."""


class _Anchor:
    """A value named with ``&name``, for the aliases (``*name``) that repeat it."""

    __slots__ = ("value", "event", "line", "size", "lines")

    def __init__(self, value: Any, event: yaml.ScalarEvent | None, line: int) -> None:
        self.value = value  # the list or mapping; for a scalar, ``event`` is read again at each alias
        self.event = event
        self.line = line
        self.size: int | None = None if event is None else 1  # nodes it stands for; None while still open
        self.lines: list[tuple[PathKey, int]] = []  # lines below it, to repeat under each alias


class DataBuilder:
    """Builds the data of one YAML document from ``get_event`` calls.

    With ``track`` it records the line of every key (the key's line) and list item (the
    item's first line) and collects problems; without, it is quicker and raises
    :class:`NeedsLines` at the first thing to report. Values under a refused key (a list
    used as a key, a repeated key) are built, since anchors inside them may be used
    later, but dropped without reports of their own.
    """

    def __init__(self, name: str, *, is_json: bool, track: bool, max_depth: int, budget: int) -> None:
        self.name = name
        self.is_json = is_json
        self.track = track
        self.max_depth = max_depth
        self.budget = budget  # nodes the data may hold once aliases are expanded
        self.problems: list[Problem] = []
        self._lines: list[tuple[PathKey, int]] = []
        self._constructor = yaml.constructor.SafeConstructor()
        self._resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}

    def line_map(self) -> dict[PathKey, int]:
        lines: dict[PathKey, int] = {}
        for path, line in self._lines:
            lines.setdefault(path, line)  # the first mention wins, as with a repeated key
        return lines

    def build(self, get_event: Callable[[], yaml.Event]) -> Any:
        track = self.track
        lines = self._lines
        scalar = self._scalar
        table = yaml.resolver.Resolver.yaml_implicit_resolvers
        may_be_typed = frozenset(first for first in table if first is not None)
        read_all = self.is_json or None in table  # JSON reads every unquoted scalar; so does a wildcard resolver
        stack: list[list[Any]] = []
        anchors: dict[str, _Anchor] = {}
        nodes = 0  # values built, counting each alias as the size of what it repeats
        root: Any = _NOTHING
        documents = 0
        ScalarEvent, AliasEvent = yaml.ScalarEvent, yaml.AliasEvent
        MappingStartEvent, SequenceStartEvent = yaml.MappingStartEvent, yaml.SequenceStartEvent
        MappingEndEvent, SequenceEndEvent = yaml.MappingEndEvent, yaml.SequenceEndEvent

        while True:
            event = get_event()
            kind = event.__class__

            if kind is ScalarEvent or kind is AliasEvent:
                top: list[Any] | None = None
                where: Any = None
                if stack:
                    top = stack[-1]
                    parent = top[_CONTAINER]
                    if parent.__class__ is dict:
                        where = top[_STATE]
                        if where is _KEY:
                            if kind is ScalarEvent and event.anchor is None:
                                self._key(top, event.value, event)
                            else:
                                self._odd_key(top, event, anchors)
                            continue
                        top[_STATE] = _KEY
                        if where is _DROP:
                            self._dropped(event, anchors)
                            continue
                    else:
                        where = len(parent)
                        if track and not top[_QUIET]:
                            lines.append((top[_PATH] + (where,), event.start_mark.line + 1))
                if kind is ScalarEvent:
                    nodes += 1
                    if event.anchor is not None:
                        self._name(anchors, _Anchor(None, event, event.start_mark.line + 1), event)
                    value = event.value
                    # Most scalars are quoted text, or plain text whose first character
                    # no implicit type (number, date, true, null...) can start with.
                    if event.tag is not None or (event.implicit[0] and (read_all or value[:1] in may_be_typed)):
                        value = scalar(event, top, where)
                else:
                    anchor = self._anchor_of(anchors, event)
                    if anchor.event is not None:
                        nodes += 1
                        value = scalar(anchor.event, top, where)
                    elif anchor.size is None:
                        # "&a [*a]": a value that contains itself would be endless.
                        nodes += 1
                        value = None
                        self._report(top, where, event.start_mark.line + 1,
                                     "this alias points back to a value that contains it; a pathway cannot hold itself")
                    else:
                        nodes += anchor.size
                        if nodes > self.budget:
                            self._report(top, where, event.start_mark.line + 1,
                                         "the file expands to far more data than it contains (YAML aliases); refused")
                            raise ParseFailure(*self.problems)
                        value = anchor.value
                        if track and top is not None and not top[_QUIET]:
                            base = top[_PATH] + (where,)
                            lines.extend((base + below, line) for below, line in anchor.lines)
                if top is None:
                    root = value
                elif parent.__class__ is dict:
                    parent[where] = value
                else:
                    parent.append(value)

            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if len(stack) >= self.max_depth:
                    line = event.start_mark.line + 1
                    raise ParseFailure(Problem(self.name, line, "(file)", too_deep_message(self.max_depth)))
                nodes += 1
                container: Any = {} if kind is MappingStartEvent else []
                path: PathKey | None = None
                quiet = False
                if not stack:
                    root = container
                    path = ()
                else:
                    top = stack[-1]
                    parent = top[_CONTAINER]
                    quiet = top[_QUIET]
                    if parent.__class__ is list:
                        if track and not quiet:
                            path = top[_PATH] + (len(parent),)
                            lines.append((path, event.start_mark.line + 1))
                        parent.append(container)
                    else:
                        where = top[_STATE]
                        top[_STATE] = _KEY
                        if where is _KEY:
                            self._report(top, None, event.start_mark.line + 1,
                                         "a key must be a plain name, not a list or mapping")
                            top[_STATE] = _DROP  # and the value that follows it
                            quiet = True
                        elif where is _DROP:
                            quiet = True
                        else:
                            parent[where] = container
                            if track and not quiet:
                                path = top[_PATH] + (where,)
                anchor = None
                if event.anchor is not None:
                    anchor = _Anchor(container, None, event.start_mark.line + 1)
                    self._name(anchors, anchor, event)
                frame = [container, _KEY, path, quiet, anchor, nodes, len(lines), {} if track else None]
                stack.append(frame)
                if event.tag not in _COLLECTION_TAGS:
                    # A tag such as !!python/object or !!set asks for something other than plain data.
                    self._report(frame, None, event.start_mark.line + 1,
                                 f"unsupported YAML tag {event.tag!r}; only plain lists and mappings are allowed")

            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                frame = stack.pop()
                anchor = frame[_ANCHOR]
                if anchor is not None:
                    anchor.size = nodes - frame[_NODES_AT_START] + 1
                    if track and frame[_PATH] is not None:
                        depth = len(frame[_PATH])
                        anchor.lines = [(path[depth:], line) for path, line in lines[frame[_LINES_AT_START]:]]

            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise yaml.composer.ComposerError(
                        None, None, "expected a single document in the stream, but found another document",
                        event.start_mark,
                    )
            elif kind is yaml.StreamEndEvent:
                break

        if root is _NOTHING:
            raise ParseFailure(Problem(self.name, 1, "(file)", "the file is empty"))
        return root

    # --- keys ----------------------------------------------------------------------------------

    def _key(self, frame: list[Any], key: str, event: yaml.NodeEvent) -> None:
        if key in frame[_CONTAINER]:
            frame[_STATE] = _DROP
            line = event.start_mark.line + 1
            first = frame[_KEY_LINES].get(key, line) if self.track else line
            self._report(frame, key, line, f"duplicate key '{key}' (first given on line {first})")
            return
        frame[_STATE] = key
        if self.track and not frame[_QUIET]:
            line = event.start_mark.line + 1
            self._lines.append((frame[_PATH] + (key,), line))
            frame[_KEY_LINES][key] = line

    def _odd_key(self, frame: list[Any], event: yaml.NodeEvent, anchors: dict[str, _Anchor]) -> None:
        """A key with an anchor, or an alias as a key: ``&k name: ...``, ``*k: ...``."""
        if isinstance(event, yaml.ScalarEvent):
            self._name(anchors, _Anchor(None, event, event.start_mark.line + 1), event)
            self._key(frame, event.value, event)
            return
        anchor = self._anchor_of(anchors, event)
        if anchor.event is None:
            self._report(frame, None, event.start_mark.line + 1, "a key must be a plain name, not a list or mapping")
            frame[_STATE] = _DROP
            return
        self._key(frame, anchor.event.value, event)  # a key is its text as written, whatever its type

    def _dropped(self, event: yaml.NodeEvent, anchors: dict[str, _Anchor]) -> None:
        """A scalar or alias under a refused key: nothing to build, but its anchor counts."""
        if isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                self._name(anchors, _Anchor(None, event, event.start_mark.line + 1), event)
        else:
            self._anchor_of(anchors, event)

    # --- anchors -------------------------------------------------------------------------------

    def _name(self, anchors: dict[str, _Anchor], anchor: _Anchor, event: yaml.NodeEvent) -> None:
        first = anchors.get(event.anchor)
        if first is not None:
            # PyYAML's composer refuses this too; YAML 1.2 would let the second win.
            message = f"the anchor &{event.anchor} is given twice (first on line {first.line})"
            raise yaml.composer.ComposerError(None, None, message, event.start_mark)
        anchors[event.anchor] = anchor

    def _anchor_of(self, anchors: dict[str, _Anchor], event: yaml.AliasEvent) -> _Anchor:
        anchor = anchors.get(event.anchor)
        if anchor is None:
            message = f"the alias *{event.anchor} names no anchor (&{event.anchor}) given before it"
            raise yaml.composer.ComposerError(None, None, message, event.start_mark)
        return anchor

    # --- problems ------------------------------------------------------------------------------

    def _report(self, frame: list[Any] | None, where: Any, line: int, message: str) -> None:
        """A problem at ``where`` (a key or index) inside ``frame``, or at the frame itself (None)."""
        if not self.track:
            raise NeedsLines
        if frame is None:
            path: PathKey = ()
        elif frame[_QUIET]:
            return
        else:
            path = frame[_PATH] if where is None else frame[_PATH] + (where,)
        self.problems.append(Problem(self.name, line, format_path(path), message))

    # --- scalars -------------------------------------------------------------------------------

    def _scalar(self, event: yaml.ScalarEvent, frame: list[Any] | None, where: Any) -> Any:
        value = event.value
        if self.is_json and not event.style:  # plain style: None from PyYAML, "" from libyaml
            # Unquoted JSON scalars follow JSON's rules, not YAML 1.1's ("1e5" is a number).
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                self._report(frame, where, event.start_mark.line + 1,
                             f"'{value[:40]}' is not a JSON value (text must be in double quotes)")
                return value  # the text as written: one problem, not a second "should be text"
            except ValueError as exc:  # a number too long for int()
                self._report(frame, where, event.start_mark.line + 1, _unreadable(exc, value))
                return None
        tag = event.tag
        if tag is None or tag == "!":
            if not event.implicit[0]:  # quoted, or tagged "!": text
                return value
            tag = self._resolve(value)
            if tag == _INT_TAG and len(value) < 19 and value.isascii() and value.isdecimal() and value[0] != "0":
                return int(value)  # the common "3"; YAML 1.1 reads "012" as octal, so those go the long way
        if tag == _STR_TAG or tag in _TEXT_TAGS:
            return value
        return self._construct(tag, value, event, frame, where)

    def _resolve(self, value: str) -> str:
        """The tag YAML 1.1 gives a plain scalar, as ``yaml.resolver.Resolver.resolve`` finds it."""
        first = value[:1]
        candidates = self._resolvers.get(first)
        if candidates is None:
            table = yaml.resolver.Resolver.yaml_implicit_resolvers
            candidates = self._resolvers[first] = table.get(first, []) + table.get(None, [])
        for tag, pattern in candidates:
            if pattern.match(value):
                return tag
        return _STR_TAG

    def _construct(self, tag: str, value: str, event: yaml.ScalarEvent, frame: list[Any] | None, where: Any) -> Any:
        line = event.start_mark.line + 1
        unsupported = f"unsupported YAML tag {tag!r}; only plain text, numbers and dates are allowed"
        if tag not in _PLAIN_TAGS:
            # !!binary, !!python/..., custom tags: SafeConstructor would build bytes or refuse.
            self._report(frame, where, line, unsupported)
            return value
        constructor = self._constructor
        try:
            return constructor.yaml_constructors[tag](constructor, yaml.ScalarNode(tag, value))
        except yaml.constructor.ConstructorError:
            self._report(frame, where, line, unsupported)
            return value
        except ValueError as exc:
            if tag == _TAG + "timestamp":
                # "2027-02-30" looks like a date but is not one: the text goes on to the
                # field's own check, which says why (and a text field keeps it as text).
                return value
            self._report(frame, where, line, _unreadable(exc, value))
        except (KeyError, AttributeError, TypeError, OverflowError):
            # An explicit tag on text that does not fit it: "!!bool maybe", "!!timestamp soon".
            kind = tag.removeprefix(_TAG)
            what = _SCALAR_KINDS.get(kind, kind)
            self._report(frame, where, line, f"cannot read this value: '{value[:40]}' is not {what}")
        return None


def _unreadable(exc: ValueError, value: str) -> str:
    if "integer string conversion" in str(exc):
        # Python's own words name sys.set_int_max_str_digits(), which means nothing to an author.
        return f"cannot read this value: a number {len(value)} characters long is far longer than any pathway needs"
    return f"cannot read this value: {exc}"
