"""What the handout says, as rich text: cover, the journey, each step, contacts, glossary, sources.

Only HTML building lives here (no pages, no printing). Every string that comes from a
pathway or the clinic settings goes through :func:`models.wording.escape`: pathway files are
plain text and can never inject markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QImage

from models import Pathway, TransitionKind
from models.wording.patient_words import day_zero_words
from models.glossary import Glossary, Term
from models.graph import PathwayGraph
from models.schedule import StepDates
from models.wording.patient_words import (
    date_window_words,
    due_for_review_words,
    duration_words,
    resolve_local,
    review_words,
    timing_clinical,
    timing_words,
)
from models.hyphenation import soft_hyphenate
from models.wording.sections import Section, format_date, step_sections
from models.wording import escape as _e
from models.wording import team_line_html as _team_line

from .. import APP_NAME, __version__
from ..core.clinic import ClinicInfo
from ..core.theme import PRINT_ACCENT as ACCENT
from ..core.theme import PRINT_BOX_BG as BOX_BG
from ..core.theme import PRINT_INK as INK
from ..core.theme import PRINT_MUTED as MUTED
from ..core.theme import WARNING_INK
from .handout_contacts import contacts_html, emergency_box
from .print_html import BODY_PT, box, capital, h1, h2, h3, h4, list_html, table

JOURNEY_IMAGE = "handout-journey.png"  # the resource name the picture is added under
# Width: A4's text column (the narrower paper); height: leaves room for a heading on Letter.
PICTURE_MAX_MM = (178, 200)

# Print colours: near-black body text, and accents that stay readable in greyscale.

AUDIENCE_WORDS = {
    "patient": "For you and the people supporting you",
    "clinician": "For clinicians and staff (includes clinical details)",
}


@dataclass(frozen=True)
class HandoutContent:
    """Everything the handout shows besides the pathway itself."""

    audience: str = "patient"
    dates: StepDates | None = None
    infusion_date: dt.date | None = None
    collection_date: dt.date | None = None
    clinic: ClinicInfo = field(default_factory=ClinicInfo)
    journey_image: QImage | None = None
    glossary: Glossary | None = None
    prepared_on: dt.date | None = None


def handout_html(pathway: Pathway, content: HandoutContent) -> str:
    """The whole handout as one HTML string for QTextDocument.setHtml."""
    return _HandoutHtml(pathway, content).html()


class _HandoutHtml:
    def __init__(self, pathway: Pathway, content: HandoutContent) -> None:
        self.p = pathway
        self.c = content
        self.graph = PathwayGraph(pathway)
        self.clinician = content.audience == "clinician"
        self.main = self.graph.main_path
        self.number = {step_id: i + 1 for i, step_id in enumerate(self.main)}
        self.source_number = {s.id: i + 1 for i, s in enumerate(pathway.sources)}
        self.chosen = content.clinic.chosen(pathway.id)
        self.unit = content.clinic.temperature_unit
        self.today = content.prepared_on or dt.date.today()

    def local(self, text: str) -> str:
        """Pathway text with the clinic's answers in it (unanswered: "your team will tell you")."""
        return resolve_local(text, self.p, self.chosen)

    def html(self) -> str:
        parts = [
            self.cover(),
            self.at_a_glance(),
            self.steps(),
            self.other_paths(),
            self.contacts(),
            self.glossary(),
            self.sources(),
            self.about(),
        ]
        return f'<html><body style="color:{INK};">{"".join(parts)}</body></html>'

    # -- pieces ------------------------------------------------------------------------------

    def cover(self) -> str:
        c, p = self.c, self.p
        rows = []
        if c.clinic.name:
            rows.append(("Clinic", c.clinic.name))
        rows.append(("Prepared on", format_date(self.today)))
        if c.infusion_date is not None:
            if self.clinician:
                label = p.day_zero.label if p.day_zero is not None else "the infusion"
                rows.append((capital(f"{label} (day 0)"), format_date(c.infusion_date)))
            else:
                rows.append((capital(day_zero_words(p)), format_date(c.infusion_date)))
        if c.collection_date is not None:
            rows.append(("Planned cell collection", format_date(c.collection_date)))
        table = "".join(
            f'<tr><td style="color:{MUTED}; padding:4px 18px 4px 0;">{_e(k)}</td>'
            f'<td style="padding:4px 0;"><b>{_e(v)}</b></td></tr>'
            for k, v in rows
        )
        emergency = ""
        if c.clinic.emergency_number:
            emergency = emergency_box(c.clinic)
        contents = [
            "Your journey at a glance",
            "The steps, one by one",
            "Other paths some people take",
            "Who to call, and local rules" if (p.urgent_signs or p.local_choices) else "Who to call",
            "Words used in this guide",
            "Sources",
        ]
        return (
            f'<p style="font-size:11pt; color:{ACCENT}; margin-top:24px;"><b>{_e(APP_NAME.upper())}</b></p>'
            f'<h1 style="font-size:28pt; margin-top:6px; margin-bottom:6px;">{_e(p.title)}</h1>'
            f'<p style="font-size:15pt; color:{MUTED}; margin-top:0; margin-bottom:24px;">'
            f"{_e(p.condition)}. {_e(AUDIENCE_WORDS[c.audience])}.</p>"
            f'<table cellspacing="0" style="font-size:13pt; margin-bottom:22px;">{table}</table>'
            f"{emergency}"
            f'<h3 style="font-size:14pt; margin-top:22px;">In this guide</h3>'
            f'<ol style="font-size:13pt;">{"".join(f"<li>{_e(x)}</li>" for x in contents)}</ol>'
            f'{box(f"<b>Please read:</b> {_e(p.disclaimer)}", BOX_BG, size=12)}'
            f"{self._review_lines()}"
        )

    def _review_lines(self) -> str:
        due = due_for_review_words(self.p, self.today)
        out = f'<p style="color:{MUTED}; font-size:10pt; margin-top:14px;">{_e(review_words(self.p))}</p>'
        if due is not None:
            out += f'<p style="color:{WARNING_INK}; font-size:12pt;"><b>{_e(due)}.</b></p>'
        return out

    def at_a_glance(self) -> str:
        out = [h1("Your journey at a glance")]
        if self.c.journey_image is not None:
            w, h = _picture_size(self.c.journey_image)
            out.append(
                f'<p style="margin-bottom:6px;">The picture shows every step. The main journey is the path most '
                f"people follow; the side paths show what can happen to some people.</p>"
                f'<p align="center"><img src="{JOURNEY_IMAGE}" width="{w:.1f}" height="{h:.1f}" /></p>'
            )
        has_dates = self.c.dates is not None
        header = ["", "Step", "Typical timing" if self.clinician else "When", "How long"] + (["Your dates"] if has_dates else [])
        rows = []
        for step_id in self.main:
            step = self.p.step(step_id)
            if step.timing is None:
                timing = "varies"
            elif self.clinician:
                timing = timing_clinical(step.timing, self.p)
            else:
                timing = timing_words(step.timing, self.p)
            how_long = duration_words(step.duration, self.c.audience)
            cells = [str(self.number[step_id]), step.title, timing, capital(how_long)]
            if has_dates:
                when = (self.c.dates or {}).get(step_id)
                window = step.timing is not None and step.timing.window
                cells.append(capital(date_window_words(when[0], when[1], window)) if when else "to be agreed")
            rows.append(cells)
        # The explanation is a quiet heading so it stays on the page of the table it explains.
        out.append(h2("The main journey, step by step"))
        if self.clinician:
            label = self.p.day_zero.label if self.p.day_zero is not None else "the infusion"
            out.append(h4(f"Day 0 is {label}. Day -5 means five days before it."))
        else:
            out.append(h4("\u201cHow long\u201d is the time the step itself takes; \u201cwhen\u201d is the stretch of days it happens in."))
        # The table's columns are narrow: long words ("Nachsorgeuntersuchung") get soft hyphens
        # so Qt breaks them with a hyphen, by the pathway's language, instead of mid-word.
        language = self.p.language or "en"
        rows = [[soft_hyphenate(cell, language) for cell in cells] for cells in rows]
        header = [soft_hyphenate(cell, language) for cell in header]
        out.append(table(header, rows, bold_column=1))
        if has_dates:
            out.append(
                f'<p style="color:{MUTED}; font-size:11pt;">Your dates are worked out from the planned '
                "infusion day and the usual timings. Your team may change them: always go by what they "
                "tell you.</p>"
            )
        return "".join(out)

    def steps(self) -> str:
        out = [h1("The steps, one by one")]
        total = len(self.main)
        for step_id in self.main:
            step = self.p.step(step_id)
            phase = self.p.phase(step.phase)
            dates = (self.c.dates or {}).get(step_id)
            # The phase line is a (quiet) heading too, so it stays with the step title and the
            # first section at a page end.
            out.append(
                f'<h2 style="font-size:17pt; color:{ACCENT}; margin-top:24px; margin-bottom:0;">'
                f"Step {self.number[step_id]} of {total}: {_e(step.title)}</h2>"
                f'<h4 style="font-size:11pt; font-weight:normal; color:{MUTED}; margin-top:2px; margin-bottom:4px;">'
                f"Part of the journey: {_e(phase.title)}</h4>"
            )
            sections = step_sections(
                self.p, step, audience=self.c.audience, dates=dates, include_sources=False,
                # Unanswered choices read "your team will tell you" here; the lines to write on
                # are printed once, under "Local rules from your clinic", not in every step.
                choices=self.chosen, temperature_unit=self.unit,
            )
            out += [self._section(s) for s in sections]
            out.append(self._cited(step.sources))
        return "".join(out)

    def other_paths(self) -> str:
        transitions = [t for t in self.p.transitions if t.kind is not TransitionKind.main]
        if not transitions:
            return ""
        out = [
            h1("Other paths some people take"),
            "<p>Not everyone follows the main journey. These are the other things that can happen, "
            "and what they mean for you.</p>",
        ]
        main = set(self.main)
        branch_ids = [s.id for s in self.p.steps if s.id not in main]
        # Branches between main steps, such as going back to the start after a relapse.
        between = [t for t in transitions if t.from_ in main and t.to in main]
        if between:
            out.append(h3("Going back to an earlier step", color=ACCENT))
            items = [
                f"<b>{_e(capital(t.label or ''))}:</b> from &#8220;{_e(self._title(t.from_))}&#8221; "
                f"{'back' if t.kind is TransitionKind.loop_back else 'on'} to &#8220;{_e(self._title(t.to))}&#8221;."
                for t in between
            ]
            out.append("<ul>" + "".join(f'<li style="margin-bottom:6px;">{x}</li>' for x in items) + "</ul>")
        for step_id in branch_ids:
            step = self.p.step(step_id)
            ways_in = [t for t in self.graph.incoming(step_id) if t.kind is not TransitionKind.main]
            ways_out = self.graph.outgoing(step_id)
            out.append(h3(step.title, color=ACCENT))
            if ways_in:
                whens = "; ".join(f"{_e(t.label or '')} (after &#8220;{_e(self._title(t.from_))}&#8221;)" for t in ways_in)
                out.append(f"<p><b>When:</b> {whens}.</p>")
            out.append(f"<p>{_e(self.local(step.patient_summary))}</p>")
            if self.clinician:
                out.append(f'<p style="color:{MUTED};"><i>Clinical details:</i> {_e(self.local(step.clinical_details))}</p>')
            if step.warning_signs:
                out.append(
                    f'<h4 style="font-size:{BODY_PT}pt; color:{WARNING_INK}; margin-top:6px; margin-bottom:0;">'
                    "Watch for these and tell your team</h4>"
                )
                out.append(list_html([self.local(w) for w in step.warning_signs]))
            if ways_out:
                thens = "; ".join(
                    f"{_e(t.label or 'next')}: {'back to' if t.kind is TransitionKind.loop_back else 'on to'} "
                    f"&#8220;{_e(self._title(t.to))}&#8221;"
                    for t in ways_out
                )
                out.append(f"<p><b>Afterwards:</b> {thens}.</p>")
        return "".join(out)

    def contacts(self) -> str:
        return contacts_html(self.p, self.c.clinic)

    def glossary(self) -> str:
        if self.c.glossary is None:
            return ""
        terms: list[Term] = self.c.glossary.terms_used(self.p, self.c.audience)
        if not terms:
            return ""
        out = [h1("Words used in this guide")]
        out += [f'<p style="margin-bottom:8px;"><b>{_e(t.term)}</b>: {_e(t.definition)}</p>' for t in terms]
        return "".join(out)

    def sources(self) -> str:
        out = [h1("Sources")]
        out.append(
            "<p>The steps above cite these sources by number. Where a source gives a web "
            "address, it is printed here as text.</p>"
        )
        items = []
        for source in self.p.sources:
            url = f'<br /><span style="color:{MUTED};">{_e(source.url)}</span>' if source.url else ""
            items.append(f'<li style="margin-bottom:8px;">{_e(source.citation)}{url}</li>')
        out.append(f'<ol style="font-size:11pt;">{"".join(items)}</ol>')
        return "".join(out)

    def about(self) -> str:
        p = self.p
        return (
            h2("About this guide")  # shares the sources page: both are short
            + box(f"<b>Please read:</b> {_e(p.disclaimer)}", BOX_BG, size=12)
            + self._review_lines()
            + f'<p style="color:{MUTED}; font-size:10pt;">Made with {_e(APP_NAME)} {_e(__version__)} on '
            f"{_e(format_date(self.today))}.</p>"
        )

    # -- helpers ----------------------------------------------------------------------------

    def _section(self, section: Section) -> str:
        warning = section.key in ("warnings", "urgent")
        color = WARNING_INK if warning else INK
        out = [
            f'<h3 style="font-size:13pt; color:{color}; margin-top:12px; margin-bottom:2px;">{_e(section.heading)}</h3>'
        ]
        style = f"margin-top:2px; color:{MUTED};" if section.key == "clinical" else "margin-top:2px;"
        for text in section.paragraphs:
            # The patient's own dates are what they look for on the fridge door.
            shown = f"<b>{_e(text)}</b>" if text.startswith("Your planned dates") else _e(text)
            out.append(f'<p style="{style}">{shown}</p>')
        if section.items:
            if section.key == "team":
                out.append(list_html([_team_line(i, [r.name for r in self.p.roles]) for i in section.items], escaped=True))
            else:
                out.append(list_html(section.items))
        return "".join(out)

    def _cited(self, source_ids: Sequence[str]) -> str:
        numbers = ", ".join(str(self.source_number[s]) for s in source_ids if s in self.source_number)
        return f'<p style="color:{MUTED}; font-size:10pt; margin-top:6px;">Sources: {numbers} (listed at the end).</p>'

    def _title(self, step_id: str) -> str:
        step = self.p.step(step_id)
        if step_id in self.number:
            return f"Step {self.number[step_id]}: {step.title}"
        return step.title

def _picture_size(image: QImage) -> tuple[float, float]:
    """The journey picture's size in CSS pixels: the text width of A4 (the narrower paper),
    and never so tall that it leaves no room for its heading on Letter (the shorter one)."""
    css_per_mm = 96 / 25.4
    max_w, max_h = PICTURE_MAX_MM[0] * css_per_mm, PICTURE_MAX_MM[1] * css_per_mm
    scale = min(max_w / image.width(), max_h / image.height())
    return image.width() * scale, image.height() * scale
