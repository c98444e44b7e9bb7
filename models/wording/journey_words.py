"""Words for the grown format: counted and open-ended durations, repeating visits, steps
at the same time, end steps and how often a path is taken.

Plain text, Qt-free, shared by the details panel, presentation, the handout, the journey
and the timeline, so each says the same thing. Frequencies are words only ("this happens
rarely"): the file says common, uncommon or rare, and no number is ever made up here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from ..schema import Frequency, Pathway, RepeatRule, RepeatUnit, Step, Transition, TransitionKind
from ..text_direction import isolated
from .i18n import QT_TRANSLATE_NOOP, Words, fill

# Marked for lupdate; callers show ``Words.tr(OPEN_ENDED)`` etc., in the interface language.
OPEN_ENDED = QT_TRANSLATE_NOOP("Words", "as long as needed")
PARALLEL_LABEL = QT_TRANSLATE_NOOP("Words", "at the same time")
END_MARK = QT_TRANSLATE_NOOP("Words", "End")
END_WORDS = QT_TRANSLATE_NOOP("Words", "This path of the journey ends here.")
# The timeline of a pathway that gives none of its steps a day: said instead of a day axis.
NO_DAYS = QT_TRANSLATE_NOOP(
    "Words",
    "This pathway does not say on which days its steps happen. Here they are in the order they come. "
    "Your team will tell you when each one is.",
)
# A heading of the handout's other paths: arrows between two main steps that leave out the
# steps in between (the ones that go back have a heading of their own).
SKIPPING_AHEAD = QT_TRANSLATE_NOOP("Words", "Skipping ahead to a later step")

# On the arrow (short) and in sentences. Words a patient knows; never a percentage.
FREQUENCY_SHORT = {
    Frequency.common: QT_TRANSLATE_NOOP("Words", "often"),
    Frequency.uncommon: QT_TRANSLATE_NOOP("Words", "sometimes"),
    Frequency.rare: QT_TRANSLATE_NOOP("Words", "rarely"),
}
FREQUENCY_WORDS = {
    Frequency.common: QT_TRANSLATE_NOOP("Words", "This happens often."),
    Frequency.uncommon: QT_TRANSLATE_NOOP("Words", "This happens sometimes."),
    Frequency.rare: QT_TRANSLATE_NOOP("Words", "This happens rarely."),
}
# "Coming here (relapse): this happens rarely." without lower-casing a translated sentence.
FREQUENCY_CLAUSE = {
    Frequency.common: QT_TRANSLATE_NOOP("Words", "this happens often"),
    Frequency.uncommon: QT_TRANSLATE_NOOP("Words", "this happens sometimes"),
    Frequency.rare: QT_TRANSLATE_NOOP("Words", "this happens rarely"),
}

# How many visit dates a step lists before saying "and N more".
LISTED_VISITS = 12


def every_words(days: int) -> str:
    """A rhythm of cycles or sessions: 'every day', 'every 3 weeks', 'every 10 days'."""
    if days % 7 == 0:
        return _rhythm(days // 7, RepeatUnit.weeks)
    return _rhythm(days, RepeatUnit.days)


def duration_text(step: Step) -> str:
    """The step's length as a card shows it: '3 to 6 hours', '6 cycles, every 3 weeks', 'as long as needed'."""
    from .patient_words import duration_text as length_words

    return Words.tr(OPEN_ENDED) if step.duration is None else length_words(step.duration)


def arrow_label(transition: Transition) -> str | None:
    """What an arrow says: its label, 'at the same time' for a parallel step, plus how often."""
    label = transition.label
    if transition.kind is TransitionKind.parallel:
        # A label on a parallel arrow says when: "at the same time: lupus needs treatment".
        parallel = Words.tr(PARALLEL_LABEL)
        label = fill(Words.tr("%1: %2", "at the same time: when"), parallel, label) if label else parallel
    if transition.frequency is not None:
        often = Words.tr(FREQUENCY_SHORT[transition.frequency])
        return fill(Words.tr("%1 (%2)", "an arrow's label (how often)"), label, often) if label else often
    return label


def _rhythm(every: int, unit: RepeatUnit) -> str:
    # "every 12 months" reads better as "every year"; "every 1 months" never appears.
    if unit is RepeatUnit.months and every % 12 == 0:
        every, unit = every // 12, RepeatUnit.years
    if every == 1:  # "every week", never "every 1 week"
        return Words.tr(_EVERY_ONE[unit])
    # Written out, not looked up: lupdate marks a message as a plural only in a Words.tr call.
    if unit is RepeatUnit.days:
        return Words.tr("every %n days", "", every)
    if unit is RepeatUnit.weeks:
        return Words.tr("every %n weeks", "", every)
    if unit is RepeatUnit.months:
        return Words.tr("every %n months", "", every)
    return Words.tr("every %n years", "", every)


_EVERY_ONE = {
    RepeatUnit.days: QT_TRANSLATE_NOOP("Words", "every day"),
    RepeatUnit.weeks: QT_TRANSLATE_NOOP("Words", "every week"),
    RepeatUnit.months: QT_TRANSLATE_NOOP("Words", "every month"),
    RepeatUnit.years: QT_TRANSLATE_NOOP("Words", "every year"),
}


def repeat_words(step: Step, pathway: Pathway | None = None, audience: str = "patient") -> str | None:
    """How often the visits of a repeating step come, or None for a step that does not repeat.

    'Visits come every 3 months until about 1 year after X, then every year until about
    15 years after X.'; clinicians read day numbers ('... until day +365, ...').
    """
    from .patient_words import day_words

    repeats = step.repeats
    if repeats is None:
        return None
    if repeats.days:
        number = len(repeats.days)
        listed = ", ".join(f"{d:+d}" for d in repeats.days)
        if number == 1:
            if audience != "clinician":
                return Words.tr("There is one visit. It is listed below.")
            return fill(Words.tr("There is one visit. Day: %1."), listed)
        count = Words.tr("There are %n visits.", "", number)
        # Each sentence a message of its own, outside any f-string: lupdate cannot see into one.
        if audience != "clinician":
            return count + " " + Words.tr("Each visit is listed below.")
        return count + " " + fill(Words.tr("Days: %1."), listed)

    def until(day: int) -> str:
        return fill(Words.tr("day %1"), f"{day:+d}") if audience == "clinician" else day_words(day, pathway)

    parts = [fill(Words.tr("%1 until %2", "every 3 months until day +365"), _rhythm(rule.every, rule.unit), until(rule.until_day)) for rule in repeats.rules()]
    return fill(Words.tr("Visits come %1."), Words.tr(", then ", "joins rhythms of visits").join(parts))


def visit_days_words(step: Step, pathway: Pathway | None = None) -> list[str]:
    """Each visit in patient words ('about 3 months after ...'), for a step without dates set."""
    from .patient_words import day_words

    # Only the first letter: str.capitalize() would lower-case German nouns ("Monate") and names.
    return [_first_upper(day_words(day, pathway)) for day in step.visit_days()]


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def visit_dates(step: Step, first: dt.date) -> list[dt.date]:
    """The calendar dates of a repeating step's visits, the first on ``first`` (its start date)."""
    days = step.visit_days()
    start = step.timing.start if step.timing is not None else 0
    out: list[dt.date] = []
    for day in days:
        try:
            out.append(first + dt.timedelta(days=day - start))
        except OverflowError:
            # Past either end of the calendar no visit can be booked; listed days may lie
            # before the step's start, so a later visit may still fit.
            continue
    return out


def visit_dates_words(dates: Sequence[dt.date]) -> list[str]:
    """Visit dates as list items; a long list ends with 'and N more visits after that'."""
    from .sections import format_date

    shown = [format_date(d) for d in dates[:LISTED_VISITS]]
    rest = len(dates) - LISTED_VISITS
    if rest > 0:
        last = format_date(dates[-1])
        shown.append(fill(Words.tr("And %n more visit(s) after that, the last on %1.", "", rest), last))
    return shown


def together_words(pathway: Pathway, step: Step) -> list[str]:
    """'This happens at the same time as “X”.' for each parallel arrow into or out of the step."""
    out: list[str] = []
    for t in pathway.transitions:
        if t.kind is not TransitionKind.parallel:
            continue
        other = t.from_ if t.to == step.id else t.to if t.from_ == step.id else None
        if other is not None:
            title = pathway.step(other).title
            if t.label:
                out.append(fill(Words.tr("This happens at the same time as \u201c%1\u201d (%2)."), title, t.label))
            else:
                out.append(fill(Words.tr("This happens at the same time as \u201c%1\u201d."), title))
    return out


def frequency_words(pathway: Pathway, step: Step) -> list[str]:
    """How often the paths into and out of the step are taken, in words ('Relapse: this happens rarely.')."""
    out: list[str] = []
    for t in pathway.transitions:
        if t.frequency is None or step.id not in (t.from_, t.to):
            continue
        clause = Words.tr(FREQUENCY_CLAUSE[t.frequency])
        back = t.kind is TransitionKind.loop_back  # "going on to" an earlier step read as the next one
        if t.to == step.id:
            coming = Words.tr("Coming back here (%1): %2.") if back else Words.tr("Coming here (%1): %2.")
            out.append(fill(coming, isolated(t.label or ""), clause))
        else:
            going = Words.tr("Going back to \u201c%1\u201d (%2): %3.") if back else Words.tr("Going on to \u201c%1\u201d (%2): %3.")
            # Each set apart: a Hebrew title and condition in an English sentence took its
            # closing quote and the condition into the title.
            out.append(fill(going, isolated(pathway.step(t.to).title), isolated(t.label or ""), clause))
    return out


def rule_list(rules: Sequence[RepeatRule]) -> str:
    """The rhythms alone, for a timeline bar's words: 'every 3 months, then every year'."""
    return Words.tr(", then ", "joins rhythms of visits").join(_rhythm(r.every, r.unit) for r in rules)


def visit_count_words(step: Step) -> str:
    """'18 visits' (each of the step's length), for tables and bars."""
    return Words.tr("%n visit(s)", "", len(step.visit_days()))


def visits_text(step: Step) -> str:
    """A repeating step's visits for a timeline bar: '17 visits: every 3 months, then every year'."""
    head = visit_count_words(step)
    rules = step.repeats.rules() if step.repeats is not None else []
    return fill(Words.tr("%1: %2", "17 visits: every 3 months"), head, rule_list(rules)) if rules else head


def timeline_marks_words(*, repeats: bool, open_ended: bool) -> str:
    """What the timeline's extra marks mean, said only when the pathway draws them."""
    out = ""
    if repeats:
        out += " " + Words.tr("Diamonds mark the visits of a step that repeats; its details list every one.")
    if open_ended:
        out += " " + Words.tr("A bar that fades out means the step lasts as long as it is needed, and ends by the end of the bar.")
    return out


def arrow_tip(source_title: str, target_title: str, label: str | None, mark: int | None = None) -> str:
    """What an arrow of the journey map says when pointed at: where it goes and when, and,
    for a line cut short where the journey wraps into rows, where it goes on. The words
    stay findable there when the map is too far out to print them on the line."""
    if label:
        way = fill(Words.tr("From \u201c%1\u201d to \u201c%2\u201d: %3"), source_title, target_title, label)
    else:
        way = fill(Words.tr("From \u201c%1\u201d to \u201c%2\u201d"), source_title, target_title)
    if mark is None:
        return way
    return fill(Words.tr("%1. The line breaks here and goes on at the other number %2."), way, str(mark))


def more_steps_words(count: int, *, before: bool) -> str:
    """The presentation strip's sign for main steps out of its view, at its two ends:
    '◀ 3 more before', '5 more after ▶' (the arrow points the way they are)."""
    if before:
        return Words.tr("\u25c0 %n more before", "", count)
    return Words.tr("%n more after \u25b6", "", count)
