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
from .training_session import module_name
from .wording import escape, heading_html
from .wording.i18n import Words, fill

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
        fill(Words.tr("Pathway: %1, version %2 (content %3)"), header.pathway_id, header.version, header.content),
        fill(Words.tr("Date: %1"), header.date.isoformat()),
        fill(Words.tr("Module: %1"), module_name(header.module)),
    ]


def quiz_html(
    pathway: Pathway, questions: Sequence[Question], header: RecordHeader, *, seed: int, answers: bool, note: str = ""
) -> str:
    """Numbered questions with boxes to tick; with ``answers``, the key on pages of its own."""
    head = [heading_html(escape(fill(Words.tr("Quiz: %1"), pathway.title)), 16, color="black", top=0)]
    seed_line = fill(Words.tr("Seed: %1"), seed)
    head += [f"<p style='margin:0;'>{escape(line)}</p>" for line in [*record_lines(header), seed_line]]
    if note:
        head.append(f"<p><i>{escape(note)}</i></p>")
    name, score, tick = Words.tr("Name:"), Words.tr("Score:"), Words.tr("Tick one box for each question.")
    head.append(f"<p>{escape(name)} ______________________________ &nbsp;&nbsp; "
                f"{escape(score)} ______ / {len(questions)}</p><p>{escape(tick)}</p>")
    body = [_question_html(n, q) for n, q in enumerate(questions, start=1)]
    if answers:
        body.append(_PAGE_BREAK)
        body.append(heading_html(escape(fill(Words.tr("Answer key: %1 (seed %2)"), pathway.title, seed)), 16, color="black", top=0))
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
        lines.insert(0, fill(Words.tr("Trainee: %1"), trainee.strip()))
    verdict = Words.tr("Passed") if result.passed else Words.tr("Not passed")
    parts = [heading_html(escape(fill(Words.tr("Training record: %1"), pathway.title)), 16, color="black", top=0)]
    parts += [f"<p style='margin:0;'>{escape(line)}</p>" for line in lines]
    parts.append(heading_html(escape(fill(
        Words.tr("%1: %2 of %3 right (%4 %; pass mark %5 %)"), verdict, result.correct, result.total,
        round(result.score * 100), round(result.pass_mark * 100))), 13, color="black"))
    parts.append(heading_html(escape(Words.tr("Questions missed")), 12, color="black"))
    right = escape(Words.tr("Right answer:"))
    all_right = Words.tr("None: every answer was right.")
    parts += [
        f"<p>{_lines(q.prompt)}<br/><b>{right}</b> {escape(isolated(q.right_answer))}</p>" for q in result.missed
    ] or [f"<p>{escape(all_right)}</p>"]
    parts.append(heading_html(escape(Words.tr("Steps to revisit")), 12, color="black"))
    steps = [f"<li>{escape(titles.get(s, s))}</li>" for s in result.steps_to_revisit()]
    none = Words.tr("None.")
    parts.append(f"<ul>{''.join(steps)}</ul>" if steps else f"<p>{escape(none)}</p>")
    return "".join(parts)
