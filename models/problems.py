"""A problem found in a pathway file, located by file, line and field path."""

from __future__ import annotations

from dataclasses import dataclass, field

PathKey = tuple[str | int, ...]

# A file with thousands of problems (a generated file gone wrong, a hostile one) would
# otherwise print a wall of text no one reads; the first ones are what an author fixes.
MAX_PROBLEMS = 200
_MAX_PATH = 200
_MAX_MESSAGE = 1000

# Keys and values quoted in messages come from the file: a newline in one would break
# the one-problem-per-line `file:line: path: message` form that editors and CI parse.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))} | {
    0x0A: "\\n",
    0x0D: "\\r",
    0x09: "\\t",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def one_line(text: str, limit: int) -> str:
    """``text`` with control characters escaped, cut to ``limit`` characters."""
    text = text.translate(_CONTROLS)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_path(path: PathKey) -> str:
    """``("steps", 3, "title")`` -> ``steps[3].title``; the empty path is the whole file."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(file)"


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    path: str
    message: str
    # Where on the line, when the reader knows (a YAML syntax error, text cut by a comma):
    # printed as ``file:line:column:``, the form editors and CI jump to.
    column: int | None = field(default=None, compare=False)
    # A problem that may only follow from another (a step with no way in because a
    # transition names an unknown step): listed after the problems that cause others.
    follows: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "path", one_line(self.path, _MAX_PATH))
        object.__setattr__(self, "message", one_line(self.message, _MAX_MESSAGE))

    def __str__(self) -> str:
        where = f"{self.line}:{self.column}" if self.column is not None else str(self.line)
        return f"{self.file}:{where}: {self.path}: {self.message}"


class PathwayError(Exception):
    """Raised when a pathway file is refused; carries every problem found, in line order,
    the ones that may only follow from another last (fix the causes first).

    Past :data:`MAX_PROBLEMS` the rest are summed up in one last problem; ``total`` is the
    number found.
    """

    def __init__(self, problems: list[Problem]) -> None:
        ordered = sorted(problems, key=lambda p: (p.follows, p.line, p.path))
        self.total = len(ordered)
        if len(ordered) > MAX_PROBLEMS:
            rest = ordered[MAX_PROBLEMS:]
            ordered = ordered[:MAX_PROBLEMS] + [
                Problem(
                    rest[0].file,
                    rest[0].line,
                    "(file)",
                    f"... and {len(rest)} more problems from line {rest[0].line} on, not listed; "
                    "fix the ones above first",
                )
            ]
        self.problems = ordered
        super().__init__("\n".join(str(p) for p in self.problems))


class ParseFailure(Exception):
    """The file could not be turned into data; ``problems`` says where and why."""

    def __init__(self, *problems: Problem) -> None:
        self.problems = list(problems)
        super().__init__("\n".join(map(str, problems)))
