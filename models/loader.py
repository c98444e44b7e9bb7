"""Load a pathway file into a validated :class:`Pathway`, or refuse it with every problem located."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from functools import partial
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from .gc_pause import collector_paused
from .problems import PathKey, PathwayError, Problem, format_path
from .schema import COLOR_PATTERN, LANGUAGE_PATTERN, Pathway

if TYPE_CHECKING:
    from .parsing import Parsed

# Parsing (PyYAML) and the semantic checks are imported when a file is first read: the
# app starts from a cached bundled pathway without them (pathway_viewer/core/bundled_cache.py).

BUNDLED_PATHWAY = "car_t_sle.yaml"

PathLike = str | os.PathLike[str] | Traversable


def bundled_pathway() -> Traversable:
    """The CAR-T for SLE pathway shipped inside the application."""
    return files("resources") / "pathways" / BUNDLED_PATHWAY


def build_validators() -> None:
    """Build the format's validators, and import the parser, now rather than on the first file.

    Both wait (defer_build, lazy imports) so a start from the validated cache skips them;
    the app calls this once its window is up, so opening a file later is not slowed.
    """
    from . import parsing, validation  # noqa: F401 - imported for later use

    Pathway.model_rebuild()


def load_pathway(path: PathLike) -> Pathway:
    """Read and validate a YAML or JSON pathway file.

    Raises :class:`PathwayError` listing every problem (including unreadable files).
    """
    raw, name = read_source(path)
    return load_pathway_bytes(raw, name, is_json=name.lower().endswith(".json"))


def read_source(path: PathLike) -> tuple[bytes, str]:
    """The bytes of a file and the name problems give it; unreadable files are refused as
    located problems (never a device or a pipe, never more than the size limit)."""
    from .parsing import MAX_BYTES, too_big_message

    name = _display_name(path)
    try:
        if isinstance(path, (str, os.PathLike)):
            info = os.stat(path)
            if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
                # /dev/zero or a named pipe would be read for ever (or block): refuse up front.
                raise PathwayError([Problem(name, 1, "(file)", "this is a device or pipe, not a pathway file")])
            size = info.st_size
            if size > MAX_BYTES:
                raise PathwayError(
                    [Problem(name, 1, "(file)", too_big_message(size))]
                )
            return Path(path).read_bytes(), name
        return path.read_bytes(), name
    except PathwayError:
        raise
    except IsADirectoryError:
        raise PathwayError([Problem(name, 1, "(file)", "this is a folder, not a pathway file")]) from None
    except FileNotFoundError:
        raise PathwayError([Problem(name, 1, "(file)", "the file does not exist")]) from None
    except OSError as exc:
        raise PathwayError([Problem(name, 1, "(file)", f"the file cannot be read: {exc.strerror or exc}")]) from None


def parse_bytes(raw: bytes, name: str, *, is_json: bool = False) -> Parsed:
    from .parsing import ParseFailure, decode, parse_text

    try:
        return parse_text(decode(raw, name), name, is_json=is_json)
    except ParseFailure as failure:
        raise PathwayError(failure.problems) from None


def load_pathway_bytes(raw: bytes, name: str, *, is_json: bool = False) -> Pathway:
    with collector_paused():
        return validate_data(parse_bytes(raw, name, is_json=is_json), name)


def validate_data(parsed: Parsed, name: str) -> Pathway:
    from .validation import check_semantics

    data = parsed.data
    if isinstance(data, dict) and "translation_of" in data:
        # A translation's fields are not a pathway's: ~40 "required field missing" lines
        # would hide the one thing to say, and what to open instead.
        language = data.get("language")
        of = data.get("translation_of")
        what = f"a translation (language {language!s}) of the pathway {of!s}" if language else f"a translation of the pathway {of!s}"
        raise PathwayError([Problem(
            name, parsed.line_of(("translation_of",)), "translation_of",
            f"this file is {what}, not a pathway: open the pathway file it translates, beside it, and "
            "choose its language (View > Content language in the app; --content-lang on the command line)",
        )])

    def checks(data: Any, report: Report) -> None:
        # What may only follow from another problem is listed after it (PathwayError's order).
        check_semantics(data, report, follows=partial(report, follows=True))

    return validate_parsed(parsed, name, Pathway, raw_check=checks)


_M = TypeVar("_M", bound=BaseModel)
Report = Callable[[PathKey, str], None]


def validate_parsed(
    parsed: Parsed,
    name: str,
    model: type[_M],
    *,
    raw_check: Callable[[Any, Report], None] | None = None,
    model_check: Callable[[_M, Report], None] | None = None,
) -> _M:
    """``parsed`` as a ``model``, or every problem at once: pydantic's in an author's words,
    then the checks on the raw data, then those that need the built model."""
    problems: list[Problem] = list(parsed.problems)

    def report(path: PathKey, message: str, follows: bool = False) -> None:
        problems.append(Problem(name, parsed.line_of(path), format_path(path), message, follows=follows))

    result: _M | None = None
    try:
        result = model.model_validate(parsed.data)
    except ValidationError as exc:
        from .flow_commas import comma_slips

        slips, explained = comma_slips(exc, parsed, name)
        problems += slips
        report_validation_error(exc, report, skip=explained)
    if raw_check is not None:
        raw_check(parsed.data, report)
    if result is not None and model_check is not None:
        model_check(result, report)
    if problems or result is None:
        raise PathwayError(problems)
    return result


def _display_name(path: PathLike) -> str:
    if isinstance(path, (str, os.PathLike)):
        return os.fspath(path)
    return str(getattr(path, "name", path))


def report_validation_error(exc: ValidationError, report: Report, skip: set[int] | frozenset[int] = frozenset()) -> None:
    """Each of pydantic's errors as a located problem in an author's words (but those at
    the indices in ``skip``, already said better)."""
    for index, error in enumerate(exc.errors(include_url=False)):
        if index in skip:
            continue
        report(_loc(error["loc"]), _plain_message(error))


def _loc(loc: tuple[int | str, ...]) -> PathKey:
    # pydantic names the "from" field by its alias already; drop union-branch labels such as
    # 'function-after[...]' that mean nothing to an author.
    return tuple(part for part in loc if not (isinstance(part, str) and "[" in part))


# Latin letters: an id is typed in every translation and link, never shown; a Greek or
# Hebrew pathway's ids are too, its titles in its own letters ("only letters" misled).
ID_RULE = "an id may use only Latin letters (a to z), digits, '_', '-' and '.', and must start with a letter or digit"
_PATTERN_MESSAGES = {
    LANGUAGE_PATTERN: "should be a language code such as 'en', 'de', 'el' or 'pt-BR'",
    COLOR_PATTERN: "should be a colour written as #RRGGBB, such as #9ecae1",
}

_MESSAGES = {
    "missing": "this required field is missing",
    "extra_forbidden": "unknown field; check the spelling against the format in the README",
    "string_pattern_mismatch": ID_RULE,
    "dict_type": "should be a mapping of fields (name: value)",
    "model_type": "should be a mapping of fields (name: value)",
    "list_type": "should be a list",
    "string_type": "should be text",
    "date_from_datetime_parsing": "should be a date written as YYYY-MM-DD",
    "date_parsing": "should be a date written as YYYY-MM-DD",
    "date_type": "should be a date written as YYYY-MM-DD",
}


def _plain_message(error: dict[str, Any]) -> str:
    kind = error["type"]
    if kind.startswith("date_") and isinstance(error.get("input"), str):
        from .wording.schedule_words import date_text_problem  # only when a date is wrong

        return date_text_problem(error["input"], english=True) or _MESSAGES.get(kind, str(error["msg"]))
    if kind == "string_pattern_mismatch":
        # One pattern error for three kinds of field: a language tag and a colour were told
        # the id rule ("an id may use only letters...").
        return _PATTERN_MESSAGES.get(str((error.get("ctx") or {}).get("pattern")), ID_RULE)
    if kind in _MESSAGES:
        message = _MESSAGES[kind]
        if kind in ("dict_type", "model_type") and not error["loc"]:
            message = "the file should hold one pathway (a mapping of fields such as id, title, steps)"
        return message
    message = str(error["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        message = message.removeprefix(prefix)
    message = message.replace("Input should be", "should be").replace("String should", "should")
    message = message.replace("List should", "should")
    return message[:1].lower() + message[1:]
