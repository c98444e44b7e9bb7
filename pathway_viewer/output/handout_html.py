"""What the handout says, as rich text: cover, the journey, each step, contacts, glossary, sources.

Only HTML building lives here (no pages, no printing). Every string that comes from a
pathway or the clinic settings goes through :func:`models.wording.escape`: pathway files are
plain text and can never inject markup.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont, QImage

from models.text_direction import isolated
from models.wording.i18n import Words, fill
from models.wording.accessible import says_back
from models import Pathway, Step, Transition, TransitionKind
from models.wording.journey_words import END_WORDS, FREQUENCY_CLAUSE, OPEN_ENDED, SKIPPING_AHEAD, visit_count_words
from models.wording.patient_words import day_zero_clinical, day_zero_words
from models.glossary import Glossary, SharedWords, Term, pathway_glossary
from models.graph import PathwayGraph
from models.schedule import StepDates
from models.wording.patient_words import (
    due_for_review_words,
    duration_words,
    resolve_local,
    review_words,
    step_date_words,
    timing_clinical,
    timing_words,
)
from models.wording.sections import Section, format_date, step_sections
from models.wording import dir_attribute
from models.wording import escape as _e
from models.wording import team_line_html as _team_line

from .. import APP_NAME, __version__
from ..core.clinic import ClinicInfo
from ..core.i18n import current_language
from ..core.theme import PRINT_ACCENT as ACCENT
from ..core.theme import PRINT_BOX_BG as BOX_BG
from ..core.theme import PRINT_INK as INK
from ..core.theme import PRINT_MUTED as MUTED
from ..core.theme import WARNING_INK
from .handout_contacts import contacts_html, contacts_title, emergency_box
from .journey_picture import picture_room
from .print_html import BODY_PT, box, capital, cell_words, column_room, h1, h2, h3, h4, list_html, table


# The contents find each section's page by a named place at its heading: SECTION + its key.
SECTION = "handout-section-"


def journey_picture_name(index: int) -> str:
    """The resource name the journey's ``index``-th picture is added under."""
    return f"handout-journey-{index + 1}.png"


# Print colours: near-black body text, and accents that stay readable in greyscale.

GUIDE_KICKER = QT_TRANSLATE_NOOP("OutputHandoutHtml", "Your journey, step by step")
AUDIENCE_WORDS = {
    "patient": QT_TRANSLATE_NOOP("OutputHandoutHtml", "For you and the people supporting you"),
    "clinician": QT_TRANSLATE_NOOP("OutputHandoutHtml", "For clinicians and staff (includes clinical details)"),
}


@dataclass(frozen=True)
class HandoutContent:
    """Everything the handout shows besides the pathway itself."""

    audience: str = "patient"
    dates: StepDates | None = None
    infusion_date: dt.date | None = None
    collection_date: dt.date | None = None
    clinic: ClinicInfo = field(default_factory=ClinicInfo)
    journey_pictures: tuple[QImage, ...] = ()  # the journey, one picture per page
    glossary: SharedWords | None = None
    prepared_on: dt.date | None = None
    content_notice: str | None = None  # e.g. a translation no clinician has checked yet
    # The page each section listed in the contents starts on, by its key (see
    # contents_sections); None until the handout has been laid out on pages once.
    contents_pages: dict[str, int] | None = None
    # The body font as printed (large print included): which words are too wide for a
    # table's column is measured in it. None: every long word may break there.
    font: QFont | None = None
    # The version and review line on the cover; left to "About this guide" (which prints it
    # too) where it alone would take a second cover page. A warning that review is due stays.
    cover_review: bool = True


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
            rows.append((QCoreApplication.translate("OutputHandoutHtml", "Clinic"), c.clinic.name))
        rows.append((QCoreApplication.translate("OutputHandoutHtml", "Prepared on"), format_date(self.today)))
        if c.infusion_date is not None and self._dates_anything():
            if self.clinician:
                rows.append((capital(fill(QCoreApplication.translate("OutputHandoutHtml", "%1 (day 0)"), day_zero_clinical(p))), format_date(c.infusion_date)))
            else:
                rows.append((capital(day_zero_words(p)), format_date(c.infusion_date)))
        if c.collection_date is not None and p.booked_day is not None and self._dates_anything():
            rows.append((fill(QCoreApplication.translate("OutputHandoutHtml", "Planned %1", "the day booked ahead, as the pathway names it"), p.booked_day.label), format_date(c.collection_date)))
        table = "".join(
            f'<tr><td style="color:{MUTED}; padding:4px 18px 4px 0;">{_e(k)}</td>'
            f'<td style="padding:4px 0;"><b>{_e(v)}</b></td></tr>'
            for k, v in rows
        )
        kicker = c.clinic.name or QCoreApplication.translate("OutputHandoutHtml", GUIDE_KICKER)
        emergency = ""
        if c.clinic.emergency_number:
            emergency = emergency_box(c.clinic)
        audience = QCoreApplication.translate("OutputHandoutHtml", AUDIENCE_WORDS[c.audience])
        in_this_guide = QCoreApplication.translate("OutputHandoutHtml", "In this guide")
        please_read = fill(QCoreApplication.translate("OutputHandoutHtml", "<b>Please read:</b> %1"), _e(p.disclaimer))
        return (
            # The kicker names the clinic, never the app: the app's name says CAR-T, the pathway may not.
            f'<p style="font-size:11pt; color:{ACCENT}; margin-top:24px;"><b>{_e(kicker.upper())}</b></p>'
            f'<h1{dir_attribute(p.title)} style="font-size:28pt; margin-top:6px; margin-bottom:6px;">{_e(p.title)}</h1>'
            f'<p style="font-size:15pt; color:{MUTED}; margin-top:0; margin-bottom:24px;">'
            f"{_e(p.condition)}. {_e(audience)}.</p>"
            + (box(f"<b>{_e(c.content_notice)}</b>", BOX_BG, size=13) if c.content_notice else "")
            + f'<table cellspacing="0" style="font-size:13pt; margin-bottom:22px;">{table}</table>'
            f"{emergency}"
            f'<h3 style="font-size:14pt; margin-top:22px;">{_e(in_this_guide)}</h3>'
            f"{self._contents()}"
            f"{box(please_read, BOX_BG, size=12)}"
            f"{self._review_lines(with_review=c.cover_review)}"
        )

    def sections(self) -> list[tuple[str, str]]:
        """(key, heading) of every section the handout prints, in order: what its contents list."""
        return [
            ("glance", QCoreApplication.translate("OutputHandoutHtml", "Your journey at a glance")),
            # After the journey's picture, which may take several pages: listed on its own.
            ("table", QCoreApplication.translate("OutputHandoutHtml", "The main journey, step by step")),
            ("steps", QCoreApplication.translate("OutputHandoutHtml", "The steps, one by one")),
            *([("others", QCoreApplication.translate("OutputHandoutHtml", "Other paths some people take"))] if self._other_transitions() else []),
            ("contacts", contacts_title(self.p)),
            *([("glossary", QCoreApplication.translate("OutputHandoutHtml", "Words used in this guide"))] if self._glossary_terms() else []),
            ("sources", QCoreApplication.translate("OutputHandoutHtml", "Sources")),
            ("about", QCoreApplication.translate("OutputHandoutHtml", "About this guide")),
        ]

    def _contents(self) -> str:
        """Exactly the sections printed, each with the page it starts on: a list that names a
        missing one, or the wrong page, sends the reader looking for pages that are not there.
        Before the pages are known the numbers are left blank (their column keeps its width,
        so filling them in moves nothing)."""
        pages = self.c.contents_pages or {}
        rows = "".join(
            f'<tr><td align="right" width="5%">{number}.</td><td style="padding-left:8px;">{_e(title)}</td>'
            f'<td align="right" width="10%">{pages.get(key, "")}</td></tr>'
            for number, (key, title) in enumerate(self.sections(), 1)
        )
        return f'<table width="100%" cellspacing="0" cellpadding="0" style="font-size:13pt; margin-bottom:8px;">{rows}</table>'

    def _dates_anything(self) -> bool:
        """Whether the planned dates give any step a date. A pathway with no timings has
        nothing to count from day 0: its date on the cover would look as if it mattered,
        and a column of "to be agreed" tells the reader nothing."""
        return bool(self.c.dates)

    def _review_lines(self, with_review: bool = True) -> str:
        due = due_for_review_words(self.p, self.today)
        out = f'<p style="color:{MUTED}; font-size:10pt; margin-top:14px;">{_e(review_words(self.p))}</p>' if with_review else ""
        if due is not None:
            out += f'<p style="color:{WARNING_INK}; font-size:12pt;"><b>{_e(due)}.</b></p>'
        return out

    def at_a_glance(self) -> str:
        out = [h1(QCoreApplication.translate("OutputHandoutHtml", "Your journey at a glance"), anchor=SECTION + "glance")]
        if self.c.journey_pictures:
            main = set(self.main)
            explain = QCoreApplication.translate(
                "OutputHandoutHtml",
                "The picture shows every step. The main journey is the path most "
                "people follow; the side paths show what can happen to some people.",
            ) if any(s.id not in main for s in self.p.steps) else QCoreApplication.translate(
                "OutputHandoutHtml", "The picture shows every step of the journey, in order.")
            out.append(f'<p style="margin-bottom:6px;">{_e(explain)}</p>')
            for index, image in enumerate(self.c.journey_pictures):
                w, h = _picture_size(image, self.c.clinic.paper)
                # Each picture after the first is sized for a page of its own (its rows whole).
                page = ' style="page-break-before:always;"' if index else ""
                out.append(
                    f'<p align="center"{page}><img src="{journey_picture_name(index)}" width="{w:.1f}" height="{h:.1f}" /></p>'
                )
        has_dates = self._dates_anything()
        header = ["", QCoreApplication.translate("OutputHandoutHtml", "Step"), QCoreApplication.translate("OutputHandoutHtml", "Typical timing") if self.clinician else QCoreApplication.translate("OutputHandoutHtml", "When"),
                  QCoreApplication.translate("OutputHandoutHtml", "How long")] + ([QCoreApplication.translate("OutputHandoutHtml", "Your dates")] if has_dates else [])
        rows = []
        for step_id in self.main:
            step = self.p.step(step_id)
            if step.timing is None:
                timing = capital(QCoreApplication.translate("OutputHandoutHtml", "varies"))  # as the cells beside it
            elif self.clinician:
                timing = timing_clinical(step.timing, self.p)
            else:
                timing = timing_words(step.timing, self.p)
            how_long = Words.tr(OPEN_ENDED) if step.duration is None else duration_words(step.duration, self.c.audience)
            if step.repeats is not None:
                how_long = f"{how_long}; {visit_count_words(step)}"
            how_long = capital(how_long)
            if ". " in how_long and not how_long.endswith("."):
                how_long += "."  # two sentences ("About 2 weeks. Your team will tell you ..."): both end
            cells = [str(self.number[step_id]), step.title, timing, how_long]
            if has_dates:
                when = (self.c.dates or {}).get(step_id)
                cells.append(capital(step_date_words(step, when)) if when else QCoreApplication.translate("OutputHandoutHtml", "to be agreed"))
            rows.append(cells)
        # The explanation is a quiet heading so it stays on the page of the table it explains.
        out.append(h2(QCoreApplication.translate("OutputHandoutHtml", "The main journey, step by step"), anchor=SECTION + "table"))
        if self.clinician:
            out.append(h4(fill(QCoreApplication.translate("OutputHandoutHtml", "Day 0 is %1. Day -5 means five days before it."), day_zero_clinical(self.p))))
        else:
            out.append(h4(QCoreApplication.translate("OutputHandoutHtml", "\u201cHow long\u201d is the time the step itself takes; \u201cwhen\u201d is the stretch of days it happens in.")))
        # The table's columns are narrow: a word too long for its column ("Nachsorgeuntersuchung")
        # gets soft hyphens so Qt breaks it with a hyphen, by the pathway's language, instead
        # of mid-word. Only such words: Qt breaks at a soft hyphen wherever a line fills, and
        # an Italian table with every long word softened read "aneste-/siologica",
        # "domi-/cilio", "fisio-/terapista", a hyphen in most rows.
        language = self.p.language or "en"
        # Only the title is the pathway's; the other cells are the interface's sentences
        # ("Sometime between ..."), which break by the interface language's rules.
        interface = current_language()
        room = column_room(len(header))
        rows = [[cell_words(cell, language if column == 1 else interface, self.c.font, room, bold=column == 1)
                 for column, cell in enumerate(cells)] for cells in rows]
        header = [cell_words(cell, interface, self.c.font, room, bold=True) for cell in header]
        out.append(table(header, rows, bold_column=1))
        if has_dates:
            out.append(
                f'<p style="color:{MUTED}; font-size:11pt;">'
                + fill(_e(QCoreApplication.translate("OutputHandoutHtml", "Your dates are worked out from the planned date of %1 and the usual timings. Your team may change them: always go by what they tell you.")), _e(day_zero_words(self.p)))
                + "</p>"
            )
        return "".join(out)

    def steps(self) -> str:
        out = [h1(QCoreApplication.translate("OutputHandoutHtml", "The steps, one by one"), anchor=SECTION + "steps")]
        total = len(self.main)
        for step_id in self.main:
            step = self.p.step(step_id)
            phase = self.p.phase_of(step)
            dates = (self.c.dates or {}).get(step_id)
            # The phase line is a (quiet) heading too, so it stays with the step title and the
            # first section at a page end.
            out.append(
                f'<h2 style="font-size:17pt; color:{ACCENT}; margin-top:24px; margin-bottom:0;">'
                + fill(QCoreApplication.translate("OutputHandoutHtml", "Step %1 of %2: %3"), self.number[step_id], total, _e(isolated(step.title)))
                + "</h2>"
            )
            if phase is not None:
                out.append(
                    f'<h4 style="font-size:11pt; font-weight:normal; color:{MUTED}; margin-top:2px; margin-bottom:4px;">'
                    + fill(QCoreApplication.translate("OutputHandoutHtml", "Part of the journey: %1"), _e(phase.title))
                    + "</h4>"
                )
            out += self._step_body(step, dates)
            # Steps at the same time as this one (bridging treatment while cells are made)
            # belong here, beside it, not among the other paths some people take.
            for t in self.graph.outgoing(step_id):
                if t.kind is TransitionKind.parallel and t.to not in self.number:
                    other = self.p.step(t.to)
                    out.append(
                        f'<h3 style="font-size:14pt; color:{ACCENT}; margin-top:14px; margin-bottom:2px;">'
                        + fill(QCoreApplication.translate("OutputHandoutHtml", "At the same time: %1"), _e(other.title))
                        + "</h3>"
                    )
                    out += self._step_body(other, (self.c.dates or {}).get(t.to))
        return "".join(out)

    def _step_body(self, step: Step, dates: tuple[dt.date, dt.date] | None) -> list[str]:
        sections = step_sections(
            self.p, step, audience=self.c.audience, dates=dates, include_sources=False,
            # Unanswered choices read "your team will tell you" here; the lines to write on
            # are printed once, under "Local rules from your clinic", not in every step.
            choices=self.chosen, temperature_unit=self.unit,
        )
        return [self._section(s) for s in sections] + [self._cited(step.sources)]

    def _between_list(self, template: str, transitions: list[Transition]) -> str:
        items = [
            fill(template, _e(capital(t.label or "")), _e(self._title(t.from_)), _e(self._title(t.to)))
            for t in transitions
        ]
        return "<ul>" + "".join(f'<li style="margin-bottom:6px;">{x}</li>' for x in items) + "</ul>"

    def _other_transitions(self) -> list[Transition]:
        return [t for t in self.p.transitions if t.kind not in (TransitionKind.main, TransitionKind.parallel)]

    def other_paths(self) -> str:
        transitions = self._other_transitions()
        if not transitions:
            return ""
        out = [
            h1(QCoreApplication.translate("OutputHandoutHtml", "Other paths some people take"), anchor=SECTION + "others"),
            "<p>"
            + _e(QCoreApplication.translate("OutputHandoutHtml", "Not everyone follows the main journey. These are the other things that can happen, "
                 "and what they mean for you."))
            + "</p>",
        ]
        main = set(self.main)
        # A step only ever reached "at the same time" is printed beside its main step.
        beside = {t.to for t in self.p.transitions if t.kind is TransitionKind.parallel and t.from_ in main}
        beside -= {t.to for t in transitions}
        branch_ids = [s.id for s in self.p.steps if s.id not in main and s.id not in beside]
        # Branches between main steps, such as going back to the start after a relapse.
        # Where the arrow goes along the main journey, not its kind, says back or ahead.
        order = {step_id: i for i, step_id in enumerate(self.main)}
        between = [t for t in transitions if t.from_ in main and t.to in main]
        back = [t for t in between if order[t.to] <= order[t.from_]]
        ahead = [t for t in between if order[t.to] > order[t.from_]]
        # Straight to an end step (the patient withdraws, or dies): no "skipping ahead".
        ending = [t for t in ahead if self.p.step(t.to).end]
        ahead = [t for t in ahead if t not in ending]
        if back:
            out.append(h3(QCoreApplication.translate("OutputHandoutHtml", "Going back to an earlier step"), color=ACCENT))
            template = QCoreApplication.translate("OutputHandoutHtml", "<b>%1:</b> from &#8220;%2&#8221; back to &#8220;%3&#8221;.")
            out.append(self._between_list(template, back))
        if ahead:
            out.append(h3(Words.tr(SKIPPING_AHEAD), color=ACCENT))
            template = QCoreApplication.translate("OutputHandoutHtml", "<b>%1:</b> from &#8220;%2&#8221; on to &#8220;%3&#8221;.")
            out.append(self._between_list(template, ahead))
        if ending:
            out.append(h3(QCoreApplication.translate("OutputHandoutHtml", "Going straight to the end of the journey"), color=ACCENT))
            template = QCoreApplication.translate(
                "OutputHandoutHtml", "<b>%1:</b> from &#8220;%2&#8221; straight to &#8220;%3&#8221;, where the journey ends.")
            out.append(self._between_list(template, ending))
        for step_id in branch_ids:
            step = self.p.step(step_id)
            ways_in = [t for t in self.graph.incoming(step_id) if t.kind is not TransitionKind.main]
            parallel_in = [t for t in ways_in if t.kind is TransitionKind.parallel]
            ways_in = [t for t in ways_in if t.kind is not TransitionKind.parallel]
            ways_out = self.graph.outgoing(step_id)
            out.append(h3(step.title, color=ACCENT))
            if ways_in:
                whens = "; ".join(
                    fill(QCoreApplication.translate("OutputHandoutHtml", "%1 (after &#8220;%2&#8221;)"), _e(t.label or ""), _e(self._title(t.from_)))
                    + (f", {_e(Words.tr(FREQUENCY_CLAUSE[t.frequency]))}" if t.frequency is not None else "")
                    for t in ways_in
                )
                out.append("<p>" + fill(QCoreApplication.translate("OutputHandoutHtml", "<b>When:</b> %1."), whens) + "</p>")
            for t in parallel_in:
                out.append("<p>" + fill(QCoreApplication.translate("OutputHandoutHtml", "At the same time as &#8220;%1&#8221;."), _e(self._title(t.from_))) + "</p>")
            summary = self.local(step.patient_summary)
            out.append(f"<p{dir_attribute(summary)}>{_e(summary)}</p>")
            # How long a side step lasts, and the call-now signs where the file asks for
            # them, as for a main step: a patient read of graft-versus-host treatment with
            # neither, though its card in the picture said "1 to 8 weeks".
            # No planned dates: a side path happens to some people only ("Your planned dates"
            # for treating a side effect read as if it were booked).
            told = {s.key: s for s in step_sections(
                self.p, step, audience=self.c.audience, dates=None,
                include_sources=False, choices=self.chosen, temperature_unit=self.unit,
            )}
            for line in told["timing"].paragraphs:
                out.append(f"<p{dir_attribute(line)}>{_e(line)}</p>")
            if self.clinician:
                out.append(
                    f'<p style="color:{MUTED};">'
                    + fill(QCoreApplication.translate("OutputHandoutHtml", "<i>Clinical details:</i> %1"), _e(self.local(step.clinical_details)))
                    + "</p>"
                )
            if step.warning_signs:
                out.append(
                    f'<h4 style="font-size:{BODY_PT}pt; color:{WARNING_INK}; margin-top:6px; margin-bottom:0;">'
                    + _e(Words.tr("Watch for these and tell your team"))
                    + "</h4>"
                )
                out.append(list_html([self.local(w) for w in step.warning_signs]))
            if "urgent" in told:
                # A heading under the step's, as "Watch for these" is: as large as the step's
                # title, it read as a side path of its own, "Afterwards" under it.
                out.append(
                    f'<h4 style="font-size:{BODY_PT}pt; color:{WARNING_INK}; margin-top:6px; margin-bottom:0;">'
                    + _e(told["urgent"].heading) + "</h4>"
                )
                out.append(list_html(told["urgent"].items))
            if step.end:
                out.append(f"<p><b>{_e(Words.tr(END_WORDS))}</b></p>")
            if ways_out:
                thens = "; ".join(self._then(t) for t in ways_out)
                out.append("<p>" + fill(QCoreApplication.translate("OutputHandoutHtml", "<b>Afterwards:</b> %1."), thens) + "</p>")
        return "".join(out)

    def _then(self, t: Transition) -> str:
        """Where one way out of a side step leads: "if severe: on to "Step 9 ..."". A way
        back whose label already says so ("back to recovery") is not told "back to" twice."""
        to = _e(self._title(t.to))
        if t.kind is TransitionKind.loop_back and t.label and says_back(t.label):
            return fill(QCoreApplication.translate("OutputHandoutHtml", "back to &#8220;%1&#8221;"), to)
        return fill(
            QCoreApplication.translate("OutputHandoutHtml", "%1: back to &#8220;%2&#8221;")
            if t.kind is TransitionKind.loop_back
            else QCoreApplication.translate("OutputHandoutHtml", "%1: on to &#8220;%2&#8221;"),
            _e(t.label or QCoreApplication.translate("OutputHandoutHtml", "next")), to,
        )

    def contacts(self) -> str:
        return contacts_html(self.p, self.c.clinic, anchor=SECTION + "contacts")

    def _glossary_terms(self) -> list[Term]:
        # The pathway's own words over the shared general ones: never another disease's words.
        glossary = pathway_glossary(self.c.glossary, self.p)
        return [] if glossary is None else glossary.terms_used(self.p, self.c.audience)

    def glossary(self) -> str:
        terms = self._glossary_terms()
        if not terms:
            return ""
        out = [h1(QCoreApplication.translate("OutputHandoutHtml", "Words used in this guide"), anchor=SECTION + "glossary")]
        out += [f'<p style="margin-bottom:8px;"><b>{_e(t.term)}</b>: {_e(t.definition)}</p>' for t in terms]
        return "".join(out)

    def sources(self) -> str:
        out = [h1(QCoreApplication.translate("OutputHandoutHtml", "Sources"), anchor=SECTION + "sources")]
        out.append(
            "<p>"
            + _e(QCoreApplication.translate("OutputHandoutHtml", "The steps above cite these sources by number. Where a source gives a web "
                 "address, it is printed here as text."))
            + "</p>"
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
            h2(QCoreApplication.translate("OutputHandoutHtml", "About this guide"), anchor=SECTION + "about")  # shares the sources page: both are short
            + box(fill(QCoreApplication.translate("OutputHandoutHtml", "<b>Please read:</b> %1"), _e(p.disclaimer)), BOX_BG, size=12)
            + self._review_lines()
            + f'<p style="color:{MUTED}; font-size:10pt;">'
            + _e(fill(QCoreApplication.translate("OutputHandoutHtml", "Made with %1 %2 on %3."), APP_NAME, __version__, format_date(self.today)))
            + "</p>"
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
            shown = f"<b>{_e(text)}</b>" if text.startswith(Words.tr("Your planned dates: %1.").split("%1")[0]) else _e(text)
            out.append(f'<p{dir_attribute(text)} style="{style}">{shown}</p>')
        if section.items:
            if section.key == "team":
                out.append(list_html([_team_line(i, [r.name for r in self.p.roles]) for i in section.items], escaped=True))
            else:
                out.append(list_html(section.items))
        return "".join(out)

    def _cited(self, source_ids: Sequence[str]) -> str:
        numbers = ", ".join(str(self.source_number[s]) for s in source_ids if s in self.source_number)
        cited = _e(fill(QCoreApplication.translate("OutputHandoutHtml", "Sources: %1 (listed at the end)."), numbers))
        return f'<p style="color:{MUTED}; font-size:10pt; margin-top:6px;">{cited}</p>'

    def _title(self, step_id: str) -> str:
        step = self.p.step(step_id)
        if step_id in self.number:
            return fill(QCoreApplication.translate("OutputHandoutHtml", "Step %1: %2", "a main step's number and title"),
                        self.number[step_id], step.title)
        return step.title

def _picture_size(image: QImage, paper: str) -> tuple[float, float]:
    """A journey picture's size in CSS pixels: its own size on paper (its dots per metre, as
    render_journey_pictures plans it for the handout's ``paper``), but never wider or taller
    than a page's text there."""
    css_per_mm = 96 / 25.4
    room = picture_room(paper=paper)
    max_w, max_h = room.width_mm * css_per_mm, room.height_mm * css_per_mm
    natural = css_per_mm * 1000 / image.dotsPerMeterX() if image.dotsPerMeterX() > 0 else 1.0
    scale = min(natural, max_w / image.width(), max_h / image.height())
    return image.width() * scale, image.height() * scale
