"""Checks the schema cannot express: unique ids, references, and the shape of the journey.

They run on the raw data, beside the pydantic validation, so that a file with a typo in
one step and a dangling transition in another gets both reported at once. Anything that
is not well-formed enough to check is skipped here; the schema reports it.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .problems import PathKey, format_path
from .training import check_training

Report = Callable[[PathKey, str], None]

_COLLECTIONS = (
    ("sources", "source"),
    ("roles", "role"),
    ("phases", "phase"),
    ("steps", "step"),
    ("local_choices", "local choice"),
)

# Where step text asks for the clinic's own choice: "{local:stay_after_infusion}".
LOCAL_PLACEHOLDER = re.compile(r"\{local:([^{}]*)\}")
_STEP_TEXT_LISTS = ("what_to_expect", "how_to_prepare", "questions", "warning_signs")


def check_semantics(data: Any, report: Report, follows: Report | None = None) -> None:
    """Report every problem of the raw ``data``; a problem that may only follow from
    another (a step with no way in because a transition names an unknown step) goes to
    ``follows`` when given, so it can be listed after its cause, and says what it follows from."""
    if not isinstance(data, dict):
        return
    repeated: list[tuple[int, str, int]] = []  # steps whose id an earlier step has: (index, id, first)
    known = {
        name: _ids(data, name, noun, report, repeated if name == "steps" else None) for name, noun in _COLLECTIONS
    }
    steps = known["steps"]
    ref = _References(report)
    for index, step in _items(data, "steps"):
        ref.check(step.get("phase"), known["phases"], "phase", ("steps", index, "phase"))
        for j, entry in _enumerate_dicts(step.get("care_team")):
            ref.check(entry.get("role"), known["roles"], "role", ("steps", index, "care_team", j, "role"))
        sources = step.get("sources")
        for j, source in enumerate(sources if isinstance(sources, list) else []):
            ref.check(source, known["sources"], "source", ("steps", index, "sources", j))
        choice = step.get("setting_choice")
        if choice is not None:
            ref.check(choice, known["local_choices"], "local choice", ("steps", index, "setting_choice"))
        for path, text in _step_texts(step, index):
            for found in LOCAL_PLACEHOLDER.finditer(text):
                ref.check(found.group(1), known["local_choices"], "local choice", path)
    _check_booked_day(data, steps, ref, report)
    _check_glossary(data, report)
    _check_local_choices(data, report)
    _check_review(data, report)
    check_training(data.get("training"), steps, known["roles"], ref.check, report)
    journey = _transitions(data, steps, ref, repeated, follows or report)
    _report_repeated_steps(repeated, journey.orphans, report)
    _check_shape(steps, journey, report, follows or report)
    _check_end_steps(data, journey.edges, report)


def _check_end_steps(data: dict[str, Any], edges: list[Edge], report: Report) -> None:
    """A step marked ``end: true`` ends the journey: only a loop_back may leave it."""
    ends = {step["id"] for _, step in _items(data, "steps") if step.get("end") is True and isinstance(step.get("id"), str)}
    for index, src, dst, kind in edges:
        if src in ends and kind != "loop_back":
            report(
                ("transitions", index),
                f"step '{src}' is marked end: true (the journey ends there), so it cannot go on to '{dst}'; "
                "remove end: true from the step or this transition",
            )


def _step_texts(step: dict[str, Any], index: int) -> Iterator[tuple[PathKey, str]]:
    """Every patient-facing string of a raw step with its path."""
    for key in ("title", "patient_summary", "clinical_details"):
        if isinstance(step.get(key), str):
            yield ("steps", index, key), step[key]
    for key in _STEP_TEXT_LISTS:
        items = step.get(key)
        for j, item in enumerate(items if isinstance(items, list) else []):
            if isinstance(item, str):
                yield ("steps", index, key, j), item
    for j, entry in _enumerate_dicts(step.get("care_team")):
        if isinstance(entry.get("does"), str):
            yield ("steps", index, "care_team", j, "does"), entry["does"]


def _check_booked_day(data: dict[str, Any], steps: dict[str, int], ref: _References, report: Report) -> None:
    """The booked day names steps of this file, each with a timing a booked date can replace."""
    booked = data.get("booked_day")
    listed = booked.get("steps") if isinstance(booked, dict) else None
    raw_steps = data.get("steps")
    for j, step_id in enumerate(listed if isinstance(listed, list) else []):
        path = ("booked_day", "steps", j)
        if not isinstance(step_id, str):
            continue
        if step_id not in steps:
            ref.check(step_id, steps, "step", path)
            continue
        step = raw_steps[steps[step_id]] if isinstance(raw_steps, list) else None
        if isinstance(step, dict) and step.get("timing") is None:
            report(path, f"step '{step_id}' has no timing, so a booked date has nothing to move")


def _check_glossary(data: dict[str, Any], report: Report) -> None:
    """One definition per word: a word given twice would be explained two ways."""
    seen: dict[str, int] = {}
    for index, term in _items(data, "glossary"):
        for j, phrase in enumerate([term.get("term"), *(term.get("aliases") or [])]):
            if not isinstance(phrase, str) or not phrase.strip():
                continue
            key = " ".join(phrase.casefold().replace("-", " ").split())
            if key in seen and seen[key] != index:
                path = ("glossary", index, "term") if j == 0 else ("glossary", index, "aliases", j - 1)
                report(path, f"'{phrase.strip()}' is already explained by glossary[{seen[key]}]")
            else:
                seen.setdefault(key, index)


def _check_local_choices(data: dict[str, Any], report: Report) -> None:
    for index, choice in _items(data, "local_choices"):
        seen: dict[str, int] = {}
        for j, option in _enumerate_dicts(choice.get("options")):
            ident = option.get("id")
            if isinstance(ident, str):
                if ident in seen:
                    report(
                        ("local_choices", index, "options", j, "id"),
                        f"duplicate option id '{ident}' (also used by options[{seen[ident]}])",
                    )
                else:
                    seen[ident] = j
    seen_signs: dict[str, int] = {}
    for index, sign in _items(data, "urgent_signs"):
        ident = sign.get("id")
        if isinstance(ident, str):
            if ident in seen_signs:
                report(("urgent_signs", index, "id"), f"duplicate urgent sign id '{ident}' (also used by urgent_signs[{seen_signs[ident]}])")
            else:
                seen_signs[ident] = index


def _check_review(data: dict[str, Any], report: Report) -> None:
    review = data.get("review")
    last = data.get("last_reviewed")
    if isinstance(review, dict) and last is not None and review.get("reviewed_on") is not None:
        if str(last) != str(review.get("reviewed_on")):
            report(
                ("last_reviewed",),
                f"last_reviewed ({last}) differs from review.reviewed_on ({review.get('reviewed_on')}); "
                "give the same date, or drop last_reviewed",
            )


def _items(data: dict[str, Any], name: str) -> Iterator[tuple[int, dict[str, Any]]]:
    yield from _enumerate_dicts(data.get(name))


def _enumerate_dicts(value: Any) -> Iterator[tuple[int, dict[str, Any]]]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield index, item


def _ids(
    data: dict[str, Any], name: str, noun: str, report: Report, repeats: list[tuple[int, str, int]] | None = None
) -> dict[str, int]:
    """Map each id to its index; report every repeat (or, given ``repeats``, collect them
    there for the caller to report)."""
    seen: dict[str, int] = {}
    for index, item in _items(data, name):
        ident = item.get("id")
        if not isinstance(ident, str):
            continue
        if ident in seen and repeats is not None:
            repeats.append((index, ident, seen[ident]))
        elif ident in seen:
            report((name, index, "id"), f"duplicate {noun} id '{ident}' (also used by {name}[{seen[ident]}])")
        else:
            seen[ident] = index
    return seen


class _References:
    """Reports references to unknown ids, with a spelling hint while the budget lasts.

    difflib compares the bad id with every known one, so a hostile file with thousands of
    steps and thousands of bad references took minutes; after the budget the message
    simply lists a few known ids.
    """

    def __init__(self, report: Report, budget: int = 10_000) -> None:
        self.report = report
        self.budget = budget
        self._listed: dict[int, str] = {}

    def check(self, value: Any, known: dict[str, int], noun: str, path: PathKey) -> None:
        if not isinstance(value, str) or value in known:
            return
        self.unknown(value, known, noun, path, self.close_match(value, known))

    def close_match(self, value: str, known: dict[str, int]) -> str | None:
        """The known id ``value`` was most likely meant to be, while the budget lasts."""
        hint: list[str] = []
        if len(known) <= self.budget and len(value) <= 200:
            self.budget -= len(known)
            hint = difflib.get_close_matches(value, list(known), n=1)
        return hint[0] if hint else None

    def unknown(self, value: str, known: dict[str, int], noun: str, path: PathKey, hint: str | None) -> None:
        value = shown_id(value)
        if hint:
            self.report(path, f"unknown {noun} '{value}'; did you mean '{hint}'?")
        else:
            listed = self._listed.get(id(known))
            if listed is None:
                listed = self._listed[id(known)] = ", ".join(sorted(known)[:8]) + (", ..." if len(known) > 8 else "")
            self.report(path, f"unknown {noun} '{value}'" + (f"; known {noun}s: {listed}" if known else ""))


def shown_id(value: str) -> str:
    # Longer than any id can be; the schema says so, keep this line short.
    return value[:60] + "..." if len(value) > 80 else value


Edge = tuple[int, str, str, str]  # (transition index, from, to, kind)


@dataclass
class _Journey:
    """The transitions between known steps, and what the broken ones (naming an unknown
    step) would most likely have been: the shape checks count those, so a typo in one
    transition is reported once, not again as a step with no way in."""

    edges: list[Edge] = field(default_factory=list)
    guessed: list[Edge] = field(default_factory=list)  # an unknown end read as its close match
    entered: set[str] = field(default_factory=set)  # known steps a transition from an unknown step enters
    unresolved: list[PathKey] = field(default_factory=list)  # unknown ends with no guess: the shape is unsure
    orphans: dict[str, list[PathKey]] = field(default_factory=dict)  # unknown ids no step is close to


def _transitions(
    data: dict[str, Any], steps: dict[str, int], ref: _References, repeated: list[tuple[int, str, int]], follows: Report
) -> _Journey:
    report = ref.report
    journey = _Journey()
    edges = journey.edges
    seen: dict[tuple[str, str], int] = {}
    main_out: dict[str, int] = {}
    for index, tr in _items(data, "transitions"):
        ends: list[str | None] = []
        guesses: list[str | None] = []
        kind = tr.get("kind", "main")
        for key in ("from", "to"):
            value = tr.get(key)
            path = ("transitions", index, key)
            guess = None
            if isinstance(value, str) and value not in steps:
                guess = ref.close_match(value, steps)
                if guess is None and repeated:
                    # A step given an id that another step has is most often the step these
                    # transitions name: its id was copied and not changed.
                    journey.orphans.setdefault(value, []).append(path)
                    twice = " or ".join(f"'{ident}' (steps[{at}])" for at, ident, _ in repeated[:3])
                    follows(path, f"unknown step '{shown_id(value)}'; it may be the step that repeats the id {twice}: fix that first")
                else:
                    ref.unknown(value, steps, "step", path, guess)
                if guess is None:
                    journey.unresolved.append(path)
            ends.append(value if isinstance(value, str) and value in steps else None)
            guesses.append(guess)
        if kind not in ("main", "alternative", "loop_back", "parallel"):
            continue
        if None in ends:
            src, dst = ends[0] or guesses[0], ends[1] or guesses[1]
            if src is not None and dst is not None:
                journey.guessed.append((index, src, dst, kind))
            elif ends[1] is not None and kind != "loop_back":
                journey.entered.add(ends[1])
            continue
        src, dst = ends[0], ends[1]
        assert src is not None and dst is not None
        if (src, dst) in seen:
            report(("transitions", index), f"duplicate transition from '{src}' to '{dst}' (also transitions[{seen[src, dst]}])")
            continue
        seen[src, dst] = index
        if kind == "main":
            if src in main_out:
                report(
                    ("transitions", index, "kind"),
                    f"step '{src}' already continues the main journey (transitions[{main_out[src]}]); "
                    "mark this one kind: alternative",
                )
            else:
                main_out[src] = index
        edges.append((index, src, dst, kind))
    return journey


def _report_repeated_steps(repeated: list[tuple[int, str, int]], orphans: dict[str, list[PathKey]], report: Report) -> None:
    """Each repeated step id, naming the ids transitions use that no step has: the step's
    own id is most often one of them."""
    named = ", ".join(f"'{shown_id(ident)}'" for ident in list(orphans)[:3])
    for index, ident, first in repeated:
        message = f"duplicate step id '{ident}' (also used by steps[{first}])"
        if orphans:
            which = named if len(orphans) == 1 else "one of them"
            message += f"; transitions name {named}, which no step has: is this step {which}?"
        report(("steps", index, "id"), message)


def _check_shape(steps: dict[str, int], journey: _Journey, report: Report, follows: Report) -> None:
    if not steps:
        return
    forward: dict[str, list[tuple[int, str]]] = {s: [] for s in steps}
    every: dict[str, list[str]] = {s: [] for s in steps}
    incoming = set(journey.entered)
    for index, src, dst, kind in [*journey.edges, *journey.guessed]:
        every[src].append(dst)
        if kind != "loop_back":
            incoming.add(dst)
    for index, src, dst, kind in journey.edges:
        if kind != "loop_back":
            forward[src].append((index, dst))
    # With a transition whose step no guess names, the journey's shape is not the one
    # meant: what is wrong with it may only follow from that transition.
    cause = format_path(journey.unresolved[0]) if journey.unresolved else None

    def say(path: PathKey, message: str) -> None:
        if cause is None:
            report(path, message)
        else:
            follows(path, f"{message} (this may only follow from the unknown step in {cause}: fix that first)")

    starts = [s for s in steps if s not in incoming]
    if len(starts) != 1:
        if starts:
            names = ", ".join(f"'{s}'" for s in starts[:6]) + (", ..." if len(starts) > 6 else "")
            message = f"the journey must have a single start step, but {len(starts)} steps have no way in: {names}"
        else:
            message = "the journey has no start step: every step has a transition leading into it"
        say(("transitions",), message)
    _check_cycles(forward, report)
    if len(starts) == 1:
        reached = _reachable([starts[0], *journey.entered], every)
        for step_id, index in steps.items():
            if step_id not in reached:
                say(("steps", index), f"step '{step_id}' cannot be reached from the start step '{starts[0]}'")


def _reachable(starts: list[str], every: dict[str, list[str]]) -> set[str]:
    seen = set(starts)
    stack = list(starts)
    while stack:
        for nxt in every[stack.pop()]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return seen


def _check_cycles(forward: dict[str, list[tuple[int, str]]], report: Report) -> None:
    """Report every transition that closes a cycle without being a loop_back.

    Iterative depth-first search (pathways can have thousands of steps): an edge to a
    step still on the stack closes a cycle.
    """
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    for root in forward:
        if root in state:
            continue
        state[root] = 1
        path = [root]
        stack = [iter(forward[root])]
        while stack:
            advanced = False
            for index, nxt in stack[-1]:
                mark = state.get(nxt)
                if mark == 1:
                    loop = path[path.index(nxt):] + [nxt]
                    shown = " -> ".join(loop) if len(loop) <= 8 else " -> ".join(loop[:3] + ["..."] + loop[-3:])
                    report(
                        ("transitions", index),
                        f"this transition closes a cycle ({shown}); mark it kind: loop_back if going back is intended",
                    )
                elif mark is None:
                    state[nxt] = 1
                    path.append(nxt)
                    stack.append(iter(forward[nxt]))
                    advanced = True
                    break
            if not advanced:
                state[path.pop()] = 2
                stack.pop()
