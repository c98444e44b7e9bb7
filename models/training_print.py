"""Training on paper: a printable quiz with boxes to tick (and its answer key), and the
record of a finished session, as rich text for a paged PDF.

Qt-free, so the words are tested without a screen; ``pathway_viewer.output.training_pdf``
puts them on pages. Every piece of content is escaped: it is shown as text, never as HTML.
"""

from __future__ import annotations

from collections.abc import Sequence

from .quiz import Question
from .quiz_results import QuizResult, RecordHeader
from .schema import Pathway
from .text_direction import isolated
from .wording import escape, heading_html

LETTERS = "ABCDEFGH"
# An empty bordered cell draws the box to tick: it needs no glyph a font might lack.
_BOX = '<table border="1" cellspacing="0" cellpadding="0" width="16"><tr><td height="16">&nbsp;</td></tr></table>'
_PAGE_BREAK = '<p style="page-break-before: always; margin:0;"></p>'


def _lines(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.splitlines())


def _question_html(number: int, question: Question) -> str:
    rows = "".join(
        f'<tr><td valign="top" width="24">{_BOX}</td><td valign="top">{LETTERS[i]}.&nbsp;{escape(isolated(choice))}</td></tr>'
        for i, choice in enumerate(question.choices)
    )
    return (
        # An <h4> (Qt draws it at the body size) so the page layout keeps it with its choices.
        f'<h4 style="font-weight:normal; margin-top:14px; margin-bottom:4px;">'
        f'<b>{number}.</b>&nbsp;{_lines(question.prompt)}</h4>'
        f'<table cellspacing="2" style="margin-left:18px;">{rows}</table>'
    )


def record_lines(header: RecordHeader) -> list[str]:
    """What was tested, traceable to the exact content: id, version, hash, date, module."""
    return [
        f"Pathway: {header.pathway_id}, version {header.version} (content {header.content})",
        f"Date: {header.date.isoformat()}",
        f"Module: {header.module}",
    ]


def quiz_html(
    pathway: Pathway, questions: Sequence[Question], header: RecordHeader, *, seed: int, answers: bool, note: str = ""
) -> str:
    """Numbered questions with boxes to tick; with ``answers``, the key on pages of its own."""
    head = [heading_html(escape(f"Quiz: {pathway.title}"), 16, color="black", top=0)]
    head += [f"<p style='margin:0;'>{escape(line)}</p>" for line in [*record_lines(header), f"Seed: {seed}"]]
    if note:
        head.append(f"<p><i>{escape(note)}</i></p>")
    head.append("<p>Name: ______________________________ &nbsp;&nbsp; Score: ______ / "
                f"{len(questions)}</p><p>Tick one box for each question.</p>")
    body = [_question_html(n, q) for n, q in enumerate(questions, start=1)]
    if answers:
        body.append(_PAGE_BREAK)
        body.append(heading_html(escape(f"Answer key: {pathway.title} (seed {seed})"), 16, color="black", top=0))
        body += [
            f"<p style='margin-top:8px;'><b>{n}. {LETTERS[q.answer]}</b>&nbsp;{escape(isolated(q.right_answer))}"
            f"<br/>{escape(q.explanation)}</p>"
            for n, q in enumerate(questions, start=1)
        ]
    return "".join(head + body)


def result_html(result: QuizResult, header: RecordHeader, pathway: Pathway, trainee: str = "") -> str:
    """The record of a finished session, for the trainee's file."""
    titles = {step.id: step.title for step in pathway.steps}
    lines = record_lines(header)
    if trainee.strip():
        lines.insert(0, f"Trainee: {trainee.strip()}")
    verdict = "Passed" if result.passed else "Not passed"
    parts = [heading_html(escape(f"Training record: {pathway.title}"), 16, color="black", top=0)]
    parts += [f"<p style='margin:0;'>{escape(line)}</p>" for line in lines]
    parts.append(heading_html(escape(
        f"{verdict}: {result.correct} of {result.total} right ({round(result.score * 100)} %;"
        f" pass mark {round(result.pass_mark * 100)} %)"), 13, color="black"))
    parts.append(heading_html("Questions missed", 12, color="black"))
    parts += [
        f"<p>{_lines(q.prompt)}<br/><b>Right answer:</b> {escape(isolated(q.right_answer))}</p>" for q in result.missed
    ] or ["<p>None: every answer was right.</p>"]
    parts.append(heading_html("Steps to revisit", 12, color="black"))
    steps = [f"<li>{escape(titles.get(s, s))}</li>" for s in result.steps_to_revisit()]
    parts.append(f"<ul>{''.join(steps)}</ul>" if steps else "<p>None.</p>")
    return "".join(parts)
