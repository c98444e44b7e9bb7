"""Every sentence the app writes itself, and the rich-text pieces the views share (no Qt).

One owner for the words: the disclaimer, section headings, day phrases, plurals, escaping
and the small HTML builders used by the details panel, presentation, timeline, journey
tooltips and the handout. When two views wrote the same sentence separately the copies
drifted ("How long" against "How long and when", three care-team lines); here a change of
wording happens once. Plain Python, so the words are tested without a screen.

Rule for callers: text from a pathway file or the clinic settings is never trusted as
markup. Every builder here escapes what it is given unless its name says ``_html``
for an argument (``inner_html``), which must already be escaped.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable

from ..schema import Step
from ..text_direction import is_rtl
from .i18n import QT_TRANSLATE_NOOP, Words, fill, format_date_pattern
from .sections import Section, format_date, format_dates

__all__ = [
    "BRANCH_TEXT",
    "DISCLAIMER",
    "DISCLAIMER_SHORT",
    "NO_LOCAL_RULES",
    "ONLY_SOME_PEOPLE",
    "PRESENTATION_HEADINGS",
    "banner_text",
    "day_text",
    "disclaimer_text",
    "escape",
    "format_date",
    "format_dates",
    "heading_html",
    "plural",
    "short_date",
    "team_line_html",
    "step_tooltip_html",
]

# --- the disclaimer -------------------------------------------------------------------------

# Marked for lupdate; callers show ``Words.tr(DISCLAIMER)`` etc., in the interface language.
DISCLAIMER = QT_TRANSLATE_NOOP("Words", "Educational information, not medical advice.")
DISCLAIMER_SHORT = QT_TRANSLATE_NOOP("Words", "Educational, not medical advice. Talk to your care team about your own care.")
TRAINING_ONLY = QT_TRANSLATE_NOOP("Words", "For training only, not for treating a patient.")
NO_LOCAL_RULES = QT_TRANSLATE_NOOP("Words", "Your team will tell you the local rules on staying near the centre and on driving.")


def disclaimer_text(last_reviewed: dt.date | None, *, own_care: bool = True) -> str:
    """The disclaimer with the content's review date, as the banner and presenter show it."""
    if own_care:
        tail = Words.tr("Talk to your care team about your own care.")
    else:
        tail = Words.tr("Talk to your care team.")
    if last_reviewed is None:
        return f"{Words.tr(DISCLAIMER)} {tail}"
    reviewed = fill(Words.tr("Content last reviewed %1."), format_date(last_reviewed))
    return f"{Words.tr(DISCLAIMER)} {reviewed} {tail}"


def banner_text(last_reviewed: dt.date | None) -> str:
    """The window's banner: short, it sits above the journey all the time."""
    return disclaimer_text(last_reviewed, own_care=False)


# The window's Help > Quick guide: the keys and clicks, in one short page.
QUICK_GUIDE = QT_TRANSLATE_NOOP("Words", """<p style="font-size:large;">
<b>Click a step</b> to read what happens, who is there and how to prepare.<br>
<b>Arrow keys</b> move from step to step; <b>Enter</b> opens the details.<br>
<b>Care team</b> (left): choose a person to light up the steps they take part in.<br>
<b>Ctrl+F</b> searches; <b>Enter</b> or <b>F3</b> goes to the next match, <b>Shift+F3</b> back.<br>
<b>Ctrl++ / Ctrl+-</b> zoom; <b>Home</b> shows the whole journey.<br>
<b>Ctrl+1 / Ctrl+2</b> switch between words for patients and for clinicians.<br>
<b>Ctrl+J / Ctrl+T</b> show the journey map or the timeline of days.<br>
<b>F5</b> presents one step at a time, full screen; <b>N</b> shows your notes; <b>Esc</b> leaves.<br>
<b>Ctrl+D</b> sets the patient's dates (never saved).<br>
<b>Ctrl+Shift+T</b> trains staff: quizzes, scenarios and grading practice.</p>""")


# --- headings -------------------------------------------------------------------------------

# Presentation mode reads across a desk in very large type, so it uses shorter headings for
# the same sections (models.sections owns the full ones). Both live in models/, side by side.
PRESENTATION_HEADINGS = {
    "summary": QT_TRANSLATE_NOOP("Words", "What happens"),
    "timing": QT_TRANSLATE_NOOP("Words", "How long"),
    "team": QT_TRANSLATE_NOOP("Words", "Who is there"),
    "prepare": QT_TRANSLATE_NOOP("Words", "What to bring and do"),
    "questions": QT_TRANSLATE_NOOP("Words", "Questions to ask"),
    "warnings": QT_TRANSLATE_NOOP("Words", "Watch for these and tell your team"),
}

BRANCH_TEXT = QT_TRANSLATE_NOOP("Words", "Only if needed")
ONLY_SOME_PEOPLE = QT_TRANSLATE_NOOP("Words", "Only some people need this step.")

# --- day phrases and plurals --------------------------------------------------------------


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 step', '3 steps' (``many`` for irregular words)."""
    return f"{count} {one if count == 1 else (many or one + 's')}"  # English only: new text uses Words.tr("%n ...")


def short_date(day: dt.date) -> str:
    """'10 Mar 2026': short enough for a tick, month in words so 3/4 and 4/3 never mix."""
    return format_date_pattern(day, Words.tr("d MMM yyyy", "short date format: day, month, year"))


def day_text(step: Step) -> str:
    """'day -5 to -3' or 'day 0': the step's typical days, as on the cards."""
    if step.timing is None:
        return Words.tr("no fixed day")
    if step.timing.start == step.timing.end:
        return Words.tr("day 0") if step.timing.start == 0 else fill(Words.tr("day %1"), f"{step.timing.start:+d}")
    start, end = (f"{n:+d}" if n else "0" for n in (step.timing.start, step.timing.end))
    return fill(Words.tr("day %1 to %2"), start, end)


# --- rich text ------------------------------------------------------------------------------


def dir_attribute(text: str) -> str:
    """' dir="rtl"' for text that starts with a right-to-left letter, else nothing.

    Qt's rich text lays every block out left to right unless told: an Arabic or Hebrew
    paragraph then starts at the left and its full stop lands on the wrong side.
    """
    return ' dir="rtl"' if is_rtl(text) else ""


def html_dir_attribute(inner_html: str) -> str:
    """:func:`dir_attribute` for text that is already rich text (tags and entities skipped)."""
    return dir_attribute(html.unescape(re.sub(r"<[^>]*>", "", inner_html)))


def escape(text: str) -> str:
    """Pathway and clinic text as safe rich text (quotes too: it may land in an attribute)."""
    return html.escape(text, quote=True)


def heading_html(
    inner_html: str, size: float, *, color: str, top: float = 16, bottom: float = 4, unit: str = "pt"
) -> str:
    """A bold paragraph of an exact size; ``inner_html`` must already be escaped.

    Not <h1>/<h2>: Qt's rich text adds its own size step on top of a heading's font-size,
    so a "15pt" <h2> draws at about 19pt and the headings shout over the text.
    """
    return (
        f'<p{html_dir_attribute(inner_html)} style="font-size:{size:g}{unit}; font-weight:700; color:{color};'
        f' margin-top:{top:g}px; margin-bottom:{bottom:g}px;">{inner_html}</p>'
    )


def team_line_html(item: str, role_names: list[str], mark: Callable[[str], str] = escape) -> str:
    """'Name: what they do' with the name in bold, so a reader can scan down the roles.

    ``mark`` turns the rest of the line into rich text (escaping; the details panel also
    underlines glossary words). The longest name is tried first: "Nurse" must not match
    "Nurse specialist: ...".
    """
    for name in sorted(role_names, key=len, reverse=True):
        if item.startswith(name + ": "):
            return f"<b>{escape(name)}</b>: {mark(item[len(name) + 2:])}"
    return mark(item)


def step_tooltip_html(title: str, lines: list[str], *, clinical: str | None = None, is_main: bool = True) -> str:
    """A step's tooltip: bold title, then plain lines, staff text only when asked for."""
    head = f"<p><b>{escape(title)}</b>" + "".join(f"<br>{escape(x)}" for x in lines[:-1]) + "</p>"
    parts = [head, f"<p>{escape(lines[-1])}</p>"] if lines else [f"<p><b>{escape(title)}</b></p>"]
    if clinical is not None:  # patients never see the clinical text, here or anywhere
        for_staff = Words.tr("For staff:")  # outside the f-string, where lupdate finds it
        parts.append(f"<p><i>{escape(for_staff)}</i> {escape(clinical)}</p>")
    if not is_main:
        parts.append(f"<p><i>{escape(Words.tr(ONLY_SOME_PEOPLE))}</i></p>")
    return "".join(parts)


def page_html(body_html: str, *, color: str, size: str) -> str:
    """A whole rich-text page in one colour and body size (``size`` with its unit: '13pt')."""
    return f'<html><body style="color:{color}; font-size:{size};">{body_html}</body></html>'


def section_list_html(
    section: Section,
    role_names: list[str],
    *,
    heading_color: str,
    heading_pt: float,
    highlight_bg: str,
    mark: Callable[[str], str] = escape,
) -> str:
    """One section as a heading and a bulleted list (the details panel's form).

    ``mark`` escapes text and may underline glossary words; sources are citations, so
    author names and journal titles are never marked.
    """
    mark_text = escape if section.key == "sources" else mark
    out = [heading_html(escape(section.heading), heading_pt, color=heading_color)]
    out += [f'<p{dir_attribute(text)} style="margin-top:2px;">{mark_text(text)}</p>' for text in section.paragraphs]
    items = list(section.items)
    if section.highlight is not None and section.highlight in items:
        # The reader chose this role: their line comes first and stands out.
        items.remove(section.highlight)
        items.insert(0, section.highlight)
    if items:
        out.append('<ul style="margin-left:-16px; -qt-list-indent:1;">')
        for item in items:
            text = team_line_html(item, role_names, mark_text) if section.key == "team" else mark_text(item)
            if item == section.highlight:
                out.append(f'<li{dir_attribute(item)} style="background-color:{highlight_bg}; margin-bottom:6px;">&#9733; {text}</li>')
            else:
                out.append(f'<li{dir_attribute(item)} style="margin-bottom:6px;">{text}</li>')
        out.append("</ul>")
    return "".join(out)


def section_table_html(
    section: Section, role_names: list[str], *, base_px: float, heading_px: int, heading_color: str
) -> str:
    """One section in presentation type: a short heading and bullets sized with the type.

    A table, not <ul>: Qt indents lists by a fixed 40 px, which cuts the bullet off once
    the type is sized for a 4K screen. Here the bullet column grows with the type.
    """
    short = PRESENTATION_HEADINGS.get(section.key)
    heading = Words.tr(short) if short is not None else section.heading
    out = [presentation_heading_html(heading, base_px=base_px, heading_px=heading_px, color=heading_color)]
    out += [f'<p{dir_attribute(text)} style="margin-top:0;">{escape(text)}</p>' for text in section.paragraphs]
    if section.items:
        # Right-to-left items (Arabic, Hebrew) put the bullet column on the right, the side
        # their lines start from; the first item decides for the whole list.
        rtl = bool(dir_attribute(section.items[0]))
        align = ' align="right"' if rtl else ""
        bullet = f'<td width="{round(base_px * 1.1)}" valign="top"{align}>\u2022</td>'
        if rtl:
            out.append(f'<table width="100%" cellspacing="0" cellpadding="0" style="margin-right:{round(base_px * 0.3)}px;">')
        else:
            out.append(f'<table cellspacing="0" cellpadding="0" style="margin-left:{round(base_px * 0.3)}px;">')
        for item in section.items:
            text = team_line_html(item, role_names) if section.key == "team" else escape(item)
            cell = f'<td{dir_attribute(item)} style="padding-bottom:{round(base_px * 0.3)}px;">{text}</td>'
            out.append(f"<tr>{cell}{bullet}</tr>" if rtl else f"<tr>{bullet}{cell}</tr>")
        out.append("</table>")
    return "".join(out)


def presentation_heading_html(text: str, *, base_px: float, heading_px: int, color: str) -> str:
    return heading_html(
        escape(text), heading_px, color=color, top=round(base_px * 0.7), bottom=round(base_px * 0.15), unit="px"
    )
