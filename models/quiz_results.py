"""A finished quiz: the score, pass or not, what was missed, and a record for the trainer.

The record names exactly what was tested (pathway id, version, a hash of the content, the
module) so a certificate can be traced to the pathway a trainee learned. A trainee's name is
accepted only as an argument to the export and never stored anywhere else.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass

from .quiz import Question
from .schema import Pathway
from .text_direction import unmarked

DEFAULT_PASS_MARK = 0.8


def content_hash(pathway: Pathway) -> str:
    """A short, stable fingerprint of the pathway's content (not of its file's formatting)."""
    canonical = json.dumps(pathway.model_dump(mode="json", by_alias=True), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class QuizResult:
    questions: tuple[Question, ...]
    given: tuple[int | None, ...]  # the chosen index per question; None when skipped
    pass_mark: float = DEFAULT_PASS_MARK

    def __post_init__(self) -> None:
        if len(self.questions) != len(self.given):
            raise ValueError("one answer (or None) is needed per question")
        if not 0 < self.pass_mark <= 1:
            raise ValueError("the pass mark is a fraction above 0 and at most 1")

    @property
    def correct(self) -> int:
        return sum(1 for q, g in zip(self.questions, self.given) if g == q.answer)

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def score(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def passed(self) -> bool:
        # A small tolerance so 4 of 5 passes an 80 % mark although 0.8 * 5 is 4.000000000000001.
        return self.total > 0 and self.correct >= self.pass_mark * self.total - 1e-9

    @property
    def missed(self) -> list[Question]:
        return [q for q, g in zip(self.questions, self.given) if g != q.answer]

    def steps_to_revisit(self) -> list[str]:
        """The steps behind the missed questions, each once, in the order they were missed."""
        seen: dict[str, None] = {}
        for q in self.missed:
            if q.step_id:
                seen.setdefault(q.step_id, None)
        return list(seen)


@dataclass(frozen=True)
class RecordHeader:
    pathway_id: str
    version: str
    content: str  # content_hash()
    date: dt.date
    module: str  # "whole pathway" or the role's name

    @classmethod
    def of(cls, pathway: Pathway, module: str, date: dt.date) -> RecordHeader:
        return cls(pathway.id, pathway.version, content_hash(pathway), date, module)


def result_csv(result: QuizResult, header: RecordHeader, trainee: str = "") -> str:
    """The result as CSV: one header block of key/value rows, then one row per question."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    rows: Sequence[tuple[str, str]] = (
        ("pathway", header.pathway_id), ("version", header.version), ("content hash", header.content),
        ("date", header.date.isoformat()), ("module", header.module), ("trainee", trainee.strip()),
        ("score", f"{result.correct}/{result.total}"), ("pass mark", f"{round(result.pass_mark * 100)}%"),
        ("passed", "yes" if result.passed else "no"),
    )
    writer.writerows(rows)
    writer.writerow(())
    writer.writerow(("number", "question", "right answer", "given answer", "correct", "step"))
    for number, (q, g) in enumerate(zip(result.questions, result.given), start=1):
        given = q.choices[g] if g is not None else ""
        # The isolates that keep right-to-left text in order on a page are no use in a sheet.
        row = (number, unmarked(q.prompt), unmarked(q.right_answer), unmarked(given), "yes" if g == q.answer else "no", q.step_id or "")
        writer.writerow(row)
    return out.getvalue()
