"""Turn the bytes of a YAML or JSON file into plain data plus a line for every value.

YAML goes through libyaml's event stream in one pass (:mod:`models.yaml_builder`), which
refuses deep nesting, duplicate keys, Python object tags and "billion laughs" aliases.
Line numbers cost time to collect and are needed only when something is wrong: a quick
pass builds the data alone, gives way to a pass that records the line of every key and
list item as soon as it meets anything to report, and :attr:`Parsed.lines` runs that
second pass only when validation asks for a line. Valid JSON is read by the json module
(a C parser, several times faster); anything unusual in it (a duplicate key, deep
nesting, a lone surrogate) goes to the event pass, which says where.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from typing import Any

import yaml

from .problems import ParseFailure, PathKey, Problem
from .yaml_builder import DataBuilder, NeedsLines, too_deep_message

MAX_BYTES = 25 * 1024 * 1024
MAX_DEPTH = 32
MAX_NODES = 2_000_000

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# Byte-order marks a pathway file may start with, and the encoding each says, its byte
# order named (so a file saved again is written as it was read). The UTF-32 marks first:
# UTF-32 LE's begins with UTF-16 LE's.
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class Parsed:
    """The data of a file, its non-fatal problems, and the line of every key and list item.

    ``lines`` maps a path such as ``("steps", 3, "title")`` to its 1-based line: a key's
    line for a mapping entry, the item's first line for a list item. It is computed on
    first use when the parser did not need it.
    """

    def __init__(
        self,
        data: Any,
        lines: dict[PathKey, int] | Callable[[], dict[PathKey, int]] | None = None,
        problems: list[Problem] | None = None,
        text: str = "",
    ) -> None:
        self.data = data
        self.text = text  # the file's text, for hints that look at how a line was typed
        self.problems: list[Problem] = problems if problems is not None else []  # duplicate keys, odd tags
        self._lines = lines if lines is not None else {}

    @property
    def lines(self) -> dict[PathKey, int]:
        if callable(self._lines):
            self._lines = self._lines()
        return self._lines

    def line_of(self, path: PathKey) -> int:
        """The line of ``path``, or of its nearest ancestor that has one (a missing field
        is reported on the line of the object that lacks it)."""
        lines = self.lines
        for end in range(len(path), -1, -1):
            line = lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return 1


def too_big_message(size: int) -> str:
    # One unit (binary megabytes) for both numbers, so 26.2 is never compared with 26.
    mb = 1024 * 1024
    return f"the file is {size / mb:.1f} MB; the limit is {MAX_BYTES // mb} MB"


def encode_like(text: str, original: bytes | None) -> bytes:
    """``text`` written as ``original`` was: its line ends (Windows' CR LF kept, so a one-word
    edit is a one-line change in version control), its encoding and its byte-order mark (a
    UTF-16 file a clinic's tool wrote stays UTF-16 for that tool). No original: UTF-8, LF."""
    original = original or b""
    bom, codec = next(((mark, name) for mark, name in BYTE_ORDER_MARKS if original.startswith(mark)), (b"", "utf-8"))
    if "\r\n".encode(codec) in original:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return bom + text.encode(codec)


def decode(raw: bytes, name: str) -> str:
    """Bytes to text: UTF-8, or UTF-8/16/32 with a byte-order mark. Anything else is refused
    with the line of the first bad byte, since guessing an encoding corrupts medical text."""
    if len(raw) > MAX_BYTES:
        raise ParseFailure(
            Problem(name, 1, "(file)", too_big_message(len(raw)))
        )
    mark, encoding = next(((bom, enc) for bom, enc in BYTE_ORDER_MARKS if raw.startswith(bom)), (b"", "utf-8"))
    if not mark and b"\x00" in raw[:4096]:
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
        text = raw[len(mark):].decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: len(mark) + exc.start].count(b"\n") + 1
        raise ParseFailure(
            Problem(
                name,
                line,
                "(file)",
                f"the file is not UTF-8 text (byte 0x{raw[len(mark) + exc.start]:02x} cannot be read); save it as UTF-8",
            )
        ) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise ParseFailure(Problem(name, line, "(file)", "the file contains a NUL character; it is not a text file"))
    return text


def parse_text(text: str, name: str, *, is_json: bool) -> Parsed:
    budget = min(MAX_NODES, len(text) // 2 + 10_000)
    if is_json and text.strip():
        # libyaml reads JSON as YAML, which also accepts 'single quotes' and trailing
        # commas; a .json file must be JSON that every other tool can read too.
        data = _plain_json(text, name)
        if data is not _UNUSUAL:
            return Parsed(data, lambda: _lines_only(text, name, is_json=True, budget=budget), text=text)
    source = _json_escapes_for_yaml(text) if is_json else text
    try:
        data = _read_events(source, text, _builder(name, is_json=is_json, budget=budget, track=False))
    except NeedsLines:
        builder = _builder(name, is_json=is_json, budget=budget, track=True)
        data = _read_events(source, text, builder)
        return Parsed(data, builder.line_map(), builder.problems, text)
    return Parsed(data, lambda: _lines_only(text, name, is_json=is_json, budget=budget), text=text)


def _lines_only(text: str, name: str, *, is_json: bool, budget: int) -> dict[PathKey, int]:
    """The line map of a file already read without one: the same pass again, recording lines."""
    builder = _builder(name, is_json=is_json, budget=budget, track=True)
    try:
        _read_events(_json_escapes_for_yaml(text) if is_json else text, text, builder)
    except ParseFailure:
        # Valid JSON that libyaml cannot read (a key over 1,024 characters): no lines,
        # so every problem points at line 1 rather than failing.
        return {}
    return builder.line_map()


def _builder(name: str, *, is_json: bool, budget: int, track: bool) -> DataBuilder:
    return DataBuilder(name, is_json=is_json, track=track, max_depth=MAX_DEPTH, budget=budget)


def _read_events(source: str, text: str, builder: DataBuilder) -> Any:
    """``builder`` run over the events of ``source``, with libyaml's errors as located problems."""
    name, is_json = builder.name, builder.is_json
    loader = None
    try:
        # The pure-Python reader (where libyaml is missing) checks every character here.
        loader = _Loader(source)
        return builder.build(loader.get_event)
    except yaml.reader.ReaderError as exc:
        # exc.position counts bytes with libyaml and characters without it; the first
        # occurrence of the refused character gives the line either way.
        char = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        line = source[: max(source.find(chr(char)), 0)].count("\n") + 1
        message = f"the file contains a character that is not allowed in a text file (U+{char:04X}); remove it"
        raise ParseFailure(Problem(name, line, "(file)", message)) from None
    except yaml.MarkedYAMLError as exc:
        if "nesting depth" in str(exc.problem):
            # libyaml stops at its own flow-depth limit before the builder sees the
            # level past ours; every reader must give the same located message.
            raise ParseFailure(_too_deep(text, name)) from None
        if is_json:
            _raise_json_error(text, name, exc)
        raise ParseFailure(_yaml_problem(exc, name, text)) from None
    except yaml.YAMLError as exc:
        raise ParseFailure(Problem(name, 1, "(file)", f"not valid YAML: {exc}")) from None
    finally:
        if loader is not None:
            loader.dispose()


# --- JSON through the json module --------------------------------------------------------------

_UNUSUAL = object()  # the json module's answer needs the event pass to explain or check it
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _plain_json(text: str, name: str) -> Any:
    """The data of a JSON file as the json module reads it, or ``_UNUSUAL`` when the file
    needs what only the event pass gives: a line for a duplicate key or for nesting past
    the limit, or libyaml's refusal of a lone surrogate such as "\\ud800"."""
    duplicates = False

    def mapping(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicates
        out = dict(pairs)
        if len(out) != len(pairs):
            duplicates = True
        return out

    try:
        data = json.loads(text, object_pairs_hook=mapping)
    except json.JSONDecodeError as exc:
        raise _not_json(exc, name) from None
    except (RecursionError, ValueError):
        # Nested beyond Python's recursion limit, or a number too long for int(): the
        # event pass refuses the first on the deep line and locates the second.
        return _UNUSUAL
    if duplicates or _deeper_than(data, MAX_DEPTH):
        return _UNUSUAL
    if _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:  # a surrogate that is not half of a pair
            return _UNUSUAL
    return data


def _deeper_than(data: Any, limit: int) -> bool:
    """Whether lists and mappings nest more than ``limit`` levels (the top one is level 1)."""
    level = [data] if isinstance(data, (dict, list)) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        deeper = []
        for container in level:
            for value in container.values() if type(container) is dict else container:
                if type(value) is dict or type(value) is list:
                    deeper.append(value)
        level = deeper
    return False


_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")  # what YAML counts as a new line


def _yaml_problem(exc: yaml.MarkedYAMLError, name: str, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    # At the end of a cut-off file libyaml marks the line after the last one, which an
    # editor cannot jump to; the last line is where the text stops.
    breaks = _LINE_BREAK.findall(text)
    last_line = max(1, len(breaks) + (0 if text.endswith(tuple(breaks[-1:])) else 1))
    line = min(mark.line + 1, last_line) if mark else 1
    what = exc.problem or "syntax error"
    opened = exc.context_mark
    if opened is not None and exc.context and "end of stream" in what and opened.line + 1 < line:
        # An unclosed quote or bracket swallows the rest of the file, and the parser only
        # gives up at its end: the line to fix is where the open thing starts.
        return Problem(name, opened.line + 1, "(file)", _unclosed_message(exc.context, opened.column + 1, last_line))
    if opened is not None and exc.context and "flow" in exc.context and "node" not in exc.context and opened.line + 1 < line:
        # A [ list or { map left open: the reader notices on a later line, but the bracket to
        # close is on the line where it opens.
        return Problem(name, opened.line + 1, "(file)", _unclosed_message(exc.context, opened.column + 1, line, ended=False))
    column = mark.column + 1 if mark and mark.line + 1 == line else None
    hint = _typing_slip(exc, text, mark) if mark and column is not None else None
    if hint is not None:
        return Problem(name, line, "(file)", hint, column)
    if exc.context:
        what = f"{what} ({exc.context})"
    return Problem(name, line, "(file)", f"not valid YAML: {what}", column)


def _typing_slip(exc: yaml.MarkedYAMLError, text: str, mark: yaml.Mark) -> str | None:
    """A plain hint for the two slips libyaml words for parser writers: a tab in the
    indentation, and an unquoted ": " inside text (both seen in files authors wrote)."""
    from .wording.file_problems import COLON_IN_TEXT, TAB_INDENT

    lines = _LINE_BREAK.split(text)
    row = lines[mark.line] if mark.line < len(lines) else ""
    at = row[mark.column : mark.column + 1]
    if at == "\t":
        return TAB_INDENT
    problem = exc.problem or ""
    colon = at == ":" and row[mark.column + 1 : mark.column + 2] in ("", " ", "\t")
    if colon and ("mapping values are not allowed" in problem or "expected ','" in problem):
        # Only where text already started after a key on this line: a ": " on a line
        # that continues the text above is a key indented too far, not a colon in text.
        if _AFTER_KEY.search(row[: mark.column]):
            return COLON_IN_TEXT
    if any(words in problem for words in _INDENT_PROBLEMS):
        return _indent_slip(lines, mark.line)
    return None


# libyaml's words where a line is indented unlike the lines around it.
_INDENT_PROBLEMS = ("mapping values are not allowed", "did not find expected '-' indicator", "expected <block end>",
                   "did not find expected key")
_LIST_DASHES = re.compile(r"^(\s*(?:-\s+)*)")
_KEY_LINE = re.compile(r"^\s*(?:-\s+)*[^\s#][^:#]*:(?:\s|$)")


def _indent_slip(lines: list[str], row: int) -> str | None:
    """A plain hint where a line is indented more or less than the key above it, which
    libyaml words for parser writers ("did not find expected '-' indicator")."""
    from .wording.file_problems import indent_slip

    if row >= len(lines) or not lines[row].strip():
        return None
    here = len(lines[row]) - len(lines[row].lstrip(" "))
    above = next((line for line in reversed(lines[:row]) if line.strip() and not line.lstrip().startswith("#")), None)
    if above is None or not (_KEY_LINE.search(above) or above.lstrip().startswith("- ")):
        return None  # the line above continues a text: its indent says nothing of the keys
    if lines[row].lstrip().startswith("- "):
        # A list item lines up with the item before it (the lines between may be that
        # item's keys, further in).
        dash = next((len(line) - len(line.lstrip(" ")) for line in reversed(lines[:row]) if line.lstrip().startswith("- ")), None)
        if dash is not None:
            return indent_slip(here, dash, item=True) if here != dash else None
    key_column = len(_LIST_DASHES.match(above).group(1))  # type: ignore[union-attr]
    return indent_slip(here, key_column) if here != key_column else None


_AFTER_KEY = re.compile(r":\s")


_CLOSERS = {"quoted scalar": "its closing quote", "flow sequence": "its closing ]", "flow mapping": "its closing }"}


def _unclosed_message(context: str, column: int, line: int, *, ended: bool = True) -> str:
    opened = re.sub(r"^while (?:scanning|parsing) ", "", context)
    closer = next((words for kind, words in _CLOSERS.items() if kind in opened), "whatever closes it")
    where = f"is still open where the file ends (line {line})" if ended else f"is not closed before line {line}"
    return f"not valid YAML: {opened} starts here (column {column}) and {where}; is {closer} missing?"


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
        raise _not_json(exc, name) from None
    except RecursionError:
        raise ParseFailure(_too_deep(text, name)) from None
    except ValueError:
        pass  # a number too long for int(): the grammar is fine, the value is located later


_FLOW_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'|[\[\]{}\n]')


def _too_deep(text: str, name: str) -> Problem:
    """The located problem for brackets nested past the limit, on the line of the first
    bracket that goes one level too deep (quoted strings are skipped)."""
    depth, line = 0, 1
    for match in _FLOW_TOKEN.finditer(text):
        token = match.group(0)
        if token == "\n":
            line += 1
        elif token in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                break
        elif token in "]}":
            depth -= 1
        else:
            line += token.count("\n")
    return Problem(name, line, "(file)", too_deep_message(MAX_DEPTH))


def _not_json(exc: json.JSONDecodeError, name: str) -> ParseFailure:
    return ParseFailure(Problem(name, exc.lineno, "(file)", f"not valid JSON: {exc.msg} (column {exc.colno})"))


def _raise_json_error(text: str, name: str, yaml_error: yaml.MarkedYAMLError) -> None:
    _check_json_grammar(text, name)
    # Valid JSON that libyaml still cannot read, such as a lone surrogate escape "\ud800",
    # which is not a character: say where, in libyaml's words.
    problem = _yaml_problem(yaml_error, name, text)
    raise ParseFailure(
        Problem(name, problem.line, "(file)", problem.message.replace("not valid YAML", "this JSON cannot be read", 1))
    )
