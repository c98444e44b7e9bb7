"""A problem found in a pathway file, located by file, line and field path."""

from __future__ import annotations

from dataclasses import dataclass

PathKey = tuple[str | int, ...]


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

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.path}: {self.message}"


class PathwayError(Exception):
    """Raised when a pathway file is refused; carries every problem found, in line order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.line, p.path))
        super().__init__("\n".join(str(p) for p in self.problems))
