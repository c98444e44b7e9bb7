"""What a screen reader says about a step, and the outline's lines (no Qt).

A card on the journey map is a picture: someone who cannot see it hears its title as the
item's name and this description, which says what the picture shows around the card: the
part of the journey, how long and when, and where each arrow out of it leads, with the
condition the file gives for each branch ("next: Making the cells; or, if the cells fail
their tests: Collecting cells again").

Everything named here comes from the pathway file: phase titles, step titles and the
transition labels. Only the joining words are the app's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from ..graph import PathwayGraph
from ..schema import Pathway, Transition, TransitionKind
from ..text_direction import isolated
from .i18n import QT_TRANSLATE_NOOP, Words, fill, in_interface_language
from .journey_words import END_WORDS, FREQUENCY_SHORT, OPEN_ENDED, PARALLEL_LABEL
from .patient_words import duration_words, timing_clinical, timing_words

__all__ = [
    "OutlineEntry",
    "condition_words",
    "journey_outline",
    "reads_as_condition",
    "says_back",
    "step_description",
    "way_out_words",
    "ways_out_words",
]

# Labels that already read as a condition ("when it settles", "if severe") are not given
# another "if" in front. The words are the interface's (German: "wenn falls sobald ...");
# the English ones always count, and so does the first word of the app's own "if %1".
CONDITION_LEADS = QT_TRANSLATE_NOOP("Words", "if when once after until unless while before")
_FIRST_WORD = re.compile(r"\w+(?=[\s,:;]|$)")  # a whole word: "back-up plan" does not start with "back"
IF_COMMENT = "a branch's condition"


def reads_as_condition(label: str) -> bool:
    """Whether ``label`` already starts with a word that makes it a condition."""
    leads = f"{CONDITION_LEADS} {Words.tr(CONDITION_LEADS)} {_lead('if %1', IF_COMMENT)}"
    return _starts_with_word(label, leads)


def says_back(label: str) -> bool:
    """Whether a way back's ``label`` already says "back" ("back to waiting", "zurück zur
    Erholung"), so "back to <step>" need not follow it."""
    return _starts_with_word(label, f"back {_lead('back to %1', 'a way back to an earlier step')}")


def _lead(template: str, disambiguation: str) -> str:
    """The first word of one of the app's own phrases, as the interface writes it ("wenn")."""
    first = _FIRST_WORD.match(Words.tr(template, disambiguation))
    return first.group() if first else ""


def _starts_with_word(label: str, words: str) -> bool:
    first = _FIRST_WORD.match(label.strip())
    return first is not None and first.group().casefold() in {w.casefold() for w in words.split()}


def condition_words(label: str, language: str | None = None) -> str:
    """A transition's label as a condition: 'signs of CRS' -> 'if signs of CRS'. A label in
    ``language`` other than the interface's stays as written: an English "if" before an
    Italian condition ("if se il dolore resta") reads as neither language."""
    text = label.strip()
    if reads_as_condition(text) or (language is not None and not in_interface_language(language)):
        return text
    return fill(Words.tr("if %1", "a branch's condition"), text)  # lupdate reads only literals


def way_out_words(pathway: Pathway, transition: Transition) -> tuple[str | None, str]:
    """One arrow out of a step as (condition, where): (None, 'Making the cells'),
    ('if severe', 'Intensive care'), ('when it settles', 'back to The close watch'),
    ('at the same time', 'Treatment while you wait'). How often a path is taken, when the
    file says, follows the condition: 'if signs of CRS (often)'."""
    condition, target = _way_out(pathway, transition)
    if transition.frequency is not None:
        often = Words.tr(FREQUENCY_SHORT[transition.frequency])
        condition = fill(Words.tr("%1 (%2)", "an arrow's label (how often)"), condition, often) if condition else often
    return condition, target


def _way_out(pathway: Pathway, transition: Transition) -> tuple[str | None, str]:
    # The file's words set apart where they run right to left, so "back to" and "(sometimes)"
    # stay on their side of a Hebrew or Arabic title (isolated() leaves other text as it is).
    # The label is read as written ("if ...", "back to ...") and set apart only as it is shown.
    target = isolated(pathway.step(transition.to).title)
    label = (transition.label or "").strip()
    if transition.kind is TransitionKind.loop_back:
        # A way back's label is a condition ("when it settles"), says the same as "back to"
        # ("back to waiting"), or tells what happens ("new cells sent to the lab").
        back = fill(Words.tr("back to %1", "a way back to an earlier step"), target)
        if reads_as_condition(label):
            return isolated(label), back
        if not label or says_back(label):
            return None, back
        return None, fill(Words.tr("back to %1 (%2)", "a way back to an earlier step (what happens)"), target, isolated(label))
    if transition.kind is TransitionKind.parallel:
        parallel = Words.tr(PARALLEL_LABEL)
        condition = isolated(condition_words(label, pathway.language))
        return (fill(Words.tr("%1, %2", "at the same time, if ..."), parallel, condition) if label else parallel), target
    if label and transition.kind is not TransitionKind.main:
        return isolated(condition_words(label, pathway.language)), target
    if label:  # a labelled main arrow: the label says more than "next"
        return None, fill(Words.tr("%1 (%2)", "a step (the arrow's label)"), target, isolated(label))
    return None, target


def ways_out_words(pathway: Pathway, graph: PathwayGraph, step_id: str) -> str:
    """Where the journey goes from a step: 'Next: A; or, if X: B.' (that the path ends
    here, for a step with no way out)."""
    out = graph.outgoing(step_id)  # main first, then branches, then the ways back
    if not out:
        return Words.tr(END_WORDS)
    # A list as long as the step has ways out: each piece is a message of its own.
    condition, target = way_out_words(pathway, out[0])
    if condition:
        text = fill(Words.tr("Next, %1: %2", "the first way out of a step: condition, step"), condition, target)
    else:
        text = fill(Words.tr("Next: %1", "the first way out of a step"), target)
    for transition in out[1:]:
        condition, target = way_out_words(pathway, transition)
        if condition:
            text += fill(Words.tr("; or, %1: %2", "another way out of a step: condition, step"), condition, target)
        else:
            text += fill(Words.tr("; or: %1", "another way out of a step"), target)
    return text + "."


def step_description(
    pathway: Pathway,
    graph: PathwayGraph,
    step_id: str,
    *,
    audience: str = "patient",
    main_index: Mapping[str, int] | None = None,
) -> str:
    """The accessible description of a step: its part of the journey, its place on the main
    journey (or that only some people take it), how long and when, and where it leads.

    ``main_index`` (step id to place on the main journey) saves the search along it when
    describing every step of a long pathway."""
    step = pathway.step(step_id)
    phase = pathway.phase_of(step)
    parts = [fill(Words.tr("Part of the journey: %1."), phase.title)] if phase is not None else []
    main = graph.main_path
    place = main_index.get(step_id) if main_index is not None else (main.index(step_id) if graph.is_main(step_id) else None)
    if place is not None:
        parts.append(fill(Words.tr("Step %1 of %2 on the main journey."), place + 1, len(main)))
    else:
        alongside = [t.from_ for t in graph.incoming(step_id) if t.kind is TransitionKind.parallel]
        if alongside:  # not another way: it happens beside a step of the journey
            parts.append(fill(Words.tr("At the same time as: %1."), pathway.step(alongside[0]).title))
        else:
            parts.append(Words.tr("Only some people take this step."))
    how_long = Words.tr(OPEN_ENDED) if step.duration is None else duration_words(step.duration, audience).rstrip(".")
    parts.append(fill(Words.tr("Takes %1.", "how long a step takes"), how_long))
    if step.timing is not None:
        if audience == "clinician":
            parts.append(fill(Words.tr("When: %1."), timing_clinical(step.timing, pathway)))
        else:
            parts.append(timing_words(step.timing, pathway))
    out = graph.outgoing(step_id)
    if out:
        way_out = ways_out_words(pathway, graph, step_id)
        parts.append(f"{Words.tr(END_WORDS)} {way_out}" if step.end else way_out)  # an end step may have a way back
    elif step.end or not any(t.kind is TransitionKind.parallel for t in graph.incoming(step_id)):
        parts.append(Words.tr(END_WORDS))  # a step beside the journey with no way on does not end it
    # Soft hyphens (a file's or a translation's own word breaks) are for the eye: a screen
    # reader may spell them out or stop in the middle of the word.
    return " ".join(parts).replace("\u00ad", "")


@dataclass
class OutlineEntry:
    """One line of the journey's outline: a step, how it is reached, and what hangs under it.

    ``label`` is what the line says: the step's title on the main journey, "if <condition>:
    <title>" for a branch, "back to <title>" for a way back. ``repeat`` marks a step already
    listed higher up (its own branches are listed there, not again).
    """

    step_id: str
    label: str
    kind: str  # "main", "alternative" or "loop_back"
    children: list[OutlineEntry] = field(default_factory=list)
    repeat: bool = False


def journey_outline(pathway: Pathway, graph: PathwayGraph) -> list[OutlineEntry]:
    """The journey as text: the main journey in order, each step's branches under it, each
    branch's own branches under that, and the ways back as the last line of a branch.

    Every step appears; a step reached from several places is listed in full the first time
    and as a short repeat after that, so the outline is finite and reads top to bottom.
    Walked with a stack rather than by recursion: a file may hold a branch a thousand steps
    long.
    """
    listed: set[str] = set(graph.main_path)
    # A right-to-left title set apart (isolated): in a left-to-right outline "סימולציה ו-CT
    # לתכנון" showed its words in the wrong order around "CT".
    top = [OutlineEntry(s, isolated(pathway.step(s).title), "main") for s in graph.main_path]

    def ways_out(entry: OutlineEntry) -> Iterator[Transition]:
        for transition in graph.outgoing(entry.step_id):
            if transition.kind is TransitionKind.main and graph.is_main(entry.step_id) and graph.is_main(transition.to):
                continue  # the next step of the main journey is the next top-level line
            yield transition

    def walk(root: OutlineEntry) -> None:
        # Depth first, in file order: a branch's own branches are listed before its next sibling.
        stack = [(root, ways_out(root))]
        while stack:
            entry, pending = stack[-1]
            transition = next(pending, None)
            if transition is None:
                stack.pop()
                continue
            condition, target = way_out_words(pathway, transition)
            label = fill(Words.tr("%1: %2", "an outline line: condition: step"), condition, target) if condition else target
            repeat = transition.kind is TransitionKind.loop_back or transition.to in listed
            child = OutlineEntry(transition.to, label, transition.kind.value, repeat=repeat)
            entry.children.append(child)
            if not repeat:
                listed.add(transition.to)
                stack.append((child, ways_out(child)))

    for entry in top:
        walk(entry)
    # Steps no arrow from the main journey reaches (a file may have them): listed at the end.
    for step_id in graph.step_ids:
        if step_id not in listed:
            listed.add(step_id)
            entry = OutlineEntry(step_id, isolated(pathway.step(step_id).title), "alternative")
            top.append(entry)
            walk(entry)
    return top
