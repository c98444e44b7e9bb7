"""Turn the bytes of a YAML or JSON file into plain data plus a line for every value.

Both formats go through libyaml's composer (JSON is a subset of YAML's flow style), and
we build the Python values ourselves from the node tree. That one walk gives us:
the line of every key and list item (for located messages), duplicate keys refused
instead of silently overwritten, only plain data types (no Python object tags), and a
budget on how much data aliases may expand to, which stops "billion laughs" files.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .problems import PathKey, Problem, format_path

MAX_BYTES = 25 * 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 2_000_000

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_PLAIN_TAGS = {f"tag:yaml.org,2002:{kind}" for kind in ("str", "int", "float", "bool", "null", "timestamp")}
_TEXT_TAGS = {"tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"}  # a bare '<<' or '=' as a value is text

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Parsed:
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)  # non-fatal: duplicate keys, odd tags

    def line_of(self, path: PathKey) -> int:
        """The line of ``path``, or of its nearest ancestor that has one (a missing field
        is reported on the line of the object that lacks it)."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


class ParseFailure(Exception):
    """The file could not be turned into data; ``problems`` says where and why."""

    def __init__(self, *problems: Problem) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(map(str, problems)))


def decode(raw: bytes, name: str) -> str:
    """Bytes to text: UTF-8, or UTF-8/16/32 with a byte-order mark. Anything else is refused
    with the line of the first bad byte, since guessing an encoding corrupts medical text."""
    if len(raw) > MAX_BYTES:
        raise ParseFailure(
            Problem(name, 1, "(file)", f"the file is {len(raw) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB")
        )
    encoding = "utf-8"
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            encoding = enc
            break
    if encoding == "utf-8" and b"\x00" in raw[:4096]:
        sample = raw[:4096]
        half = len(sample) // 2
        if half and max(sample[0::2].count(0), sample[1::2].count(0)) >= 0.9 * half:
            # Text saved as UTF-16 (or UTF-32) with no byte-order mark: say so, do not guess.
            raise ParseFailure(
                Problem(name, 1, "(file)", "the file looks like UTF-16 text without a byte-order mark; save it as UTF-8")
            )
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise ParseFailure(Problem(name, line, "(file)", "this is a binary file, not a YAML or JSON pathway"))
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ParseFailure(
            Problem(
                name,
                line,
                "(file)",
                f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be read); save it as UTF-8",
            )
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ParseFailure(Problem(name, line, "(file)", "the file contains a NUL character; it is not a text file"))
    return text


def parse_text(text: str, name: str, *, is_json: bool) -> Parsed:
    source = _json_escapes_for_yaml(text) if is_json else text
    _check_depth(source, name)
    if is_json and text.strip():
        # libyaml reads JSON as YAML, which also accepts 'single quotes' and trailing
        # commas; a .json file must be JSON that every other tool can read too.
        _check_json_grammar(text, name)
    try:
        root = yaml.compose(source, Loader=_Loader)
    except yaml.reader.ReaderError as exc:
        # exc.position counts bytes with libyaml and characters without it; the first
        # occurrence of the refused character gives the line either way.
        char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        line = source[: max(source.find(chr(char)), 0)].count("\n") + 1
        message = f"the file contains a character that is not allowed in a text file (U+{char:04X}); remove it"
        raise ParseFailure(Problem(name, line, "(file)", message)) from None
    except yaml.MarkedYAMLError as exc:
        if is_json:
            _raise_json_error(text, name, exc)
        raise ParseFailure(_yaml_problem(exc, name, text)) from None
    except yaml.YAMLError as exc:
        raise ParseFailure(Problem(name, 1, "(file)", f"not valid YAML: {exc}")) from None
    if root is None:
        raise ParseFailure(Problem(name, 1, "(file)", "the file is empty"))
    builder = _Builder(name, is_json=is_json, budget=min(MAX_NODES, len(text) // 2 + 10_000))
    data = builder.build(root, ())
    return Parsed(data, builder.lines, builder.problems)


def _check_depth(text: str, name: str) -> None:
    # libyaml's composer recurses once per nesting level; refuse deep files from the flat
    # event stream before composing so a hostile file cannot exhaust the C stack.
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    line = event.start_mark.line + 1 if event.start_mark else 1
                    raise ParseFailure(
                        Problem(name, line, "(file)", f"the data is nested more than {MAX_DEPTH} levels deep")
                    )
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return  # the composer reports syntax errors with a better message


_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # what YAML counts as a new line


def _yaml_problem(exc: yaml.MarkedYAMLError, name: str, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    # At the end of a cut-off file libyaml marks the line after the last one, which an
    # editor cannot jump to; the last line is where the text stops.
    breaks = _LINE_BREAK.findall(text)
    last_line = max(1, len(breaks) + (0 if text.endswith(tuple(breaks[-1:])) else 1))
    line = min(mark.line + 1, last_line) if mark else 1
    what = exc.problem or "syntax error"
    if exc.context:
        what = f"{what} ({exc.context})"
    return Problem(name, line, "(file)", f"not valid YAML: {what}")


# JSON escapes YAML lacks: "\/" and UTF-16 surrogate pairs, which json.dumps writes for
# every emoji by default. Pairs of backslashes are matched first so "\\/" stays as it is.
# Replacements hold no line breaks, so line numbers do not move.
_JSON_ONLY_ESCAPES = re.compile(r"\\(?:\\|/|u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2}))")


def _json_escapes_for_yaml(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        if match.group(1):
            high, low = int(match.group(1), 16), int(match.group(2), 16)
            return f"\\U{0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00):08X}"
        return "/" if match.group(0) == "\\/" else match.group(0)

    if "\\" in text:
        text = _JSON_ONLY_ESCAPES.sub(fix, text)
    # Characters JSON text may hold raw but YAML reads differently: YAML refuses DEL and
    # C1 controls, and treats NEL, LS and PS as line breaks (folding "a<NEL>b" to "a b"
    # and moving every later line number). Valid JSON has them only inside strings,
    # where an escape keeps the value and the lines.
    return _JSON_RAW_CHARS.sub(lambda m: f"\\u{ord(m.group(0)):04X}", text)


_JSON_RAW_CHARS = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def _check_json_grammar(text: str, name: str) -> None:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise ParseFailure(Problem(name, exc.lineno, "(file)", f"not valid JSON: {exc.msg} (column {exc.colno})")) from None
    except RecursionError:
        raise ParseFailure(Problem(name, 1, "(file)", "the data is nested too deeply")) from None


def _raise_json_error(text: str, name: str, yaml_error: yaml.MarkedYAMLError) -> None:
    _check_json_grammar(text, name)
    # Valid JSON that libyaml still cannot read, such as a lone surrogate escape "\ud800",
    # which is not a character: say where, in libyaml's words.
    problem = _yaml_problem(yaml_error, name, text)
    raise ParseFailure(
        Problem(name, problem.line, "(file)", problem.message.replace("not valid YAML", "this JSON cannot be read", 1))
    )


class _Builder:
    def __init__(self, name: str, *, is_json: bool, budget: int) -> None:
        self.name = name
        self.is_json = is_json
        self.budget = budget
        self.lines: dict[PathKey, int] = {}
        self.problems: list[Problem] = []
        self._constructor = yaml.constructor.SafeConstructor()
        self._open: set[int] = set()  # collections being built: an alias to one is a cycle

    def _problem(self, node: yaml.Node, path: PathKey, message: str) -> None:
        self.problems.append(Problem(self.name, node.start_mark.line + 1, format_path(path), message))

    def build(self, node: yaml.Node, path: PathKey) -> Any:
        self.budget -= 1
        if self.budget < 0:
            self._problem(node, path, "the file expands to far more data than it contains (YAML aliases); refused")
            raise ParseFailure(*self.problems)
        if isinstance(node, yaml.ScalarNode):
            return self._scalar(node, path)
        if id(node) in self._open:
            # "&a [*a]": a value that contains itself would recurse for ever.
            self._problem(node, path, "this alias points back to a value that contains it; a pathway cannot hold itself")
            return None
        if node.tag not in (_MAP_TAG, _SEQ_TAG):
            # A tag such as !!python/object or !!set asks for something other than plain data.
            self._problem(node, path, f"unsupported YAML tag {node.tag!r}; only plain lists and mappings are allowed")
        self._open.add(id(node))
        try:
            if isinstance(node, yaml.MappingNode):
                return self._mapping(node, path)
            out = []
            for index, item in enumerate(node.value):
                self.lines.setdefault(path + (index,), item.start_mark.line + 1)
                out.append(self.build(item, path + (index,)))
            return out
        finally:
            self._open.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, path: PathKey) -> dict[str, Any]:
        out: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(key_node, path, "a key must be a plain name, not a list or mapping")
                continue
            key = str(key_node.value)
            line = key_node.start_mark.line + 1
            if key in first_line:
                self._problem(key_node, path + (key,), f"duplicate key '{key}' (first given on line {first_line[key]})")
                continue
            first_line[key] = line
            self.lines.setdefault(path + (key,), line)
            out[key] = self.build(value_node, path + (key,))
        return out

    def _scalar(self, node: yaml.ScalarNode, path: PathKey) -> Any:
        if self.is_json and not node.style:  # plain style: None from PyYAML, "" from libyaml
            # Unquoted JSON scalars follow JSON's rules, not YAML 1.1's ("1e5" is a number).
            try:
                return json.loads(node.value)
            except ValueError:
                self._problem(node, path, f"'{node.value[:40]}' is not a JSON value (text must be in double quotes)")
                return node.value  # the text as written: one problem, not a second "should be text"
        if node.tag in _TEXT_TAGS:
            return node.value
        if node.tag not in _PLAIN_TAGS:
            # !!binary, !!python/..., custom tags: SafeConstructor would build bytes or refuse.
            self._problem(node, path, f"unsupported YAML tag {node.tag!r}; only plain text, numbers and dates are allowed")
            return node.value
        try:
            return self._constructor.construct_object(node)
        except yaml.constructor.ConstructorError:
            self._problem(node, path, f"unsupported YAML tag {node.tag!r}; only plain text, numbers and dates are allowed")
            return node.value
        except ValueError as exc:
            self._problem(node, path, f"cannot read this value: {exc}")
            return None
