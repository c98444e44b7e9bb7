"""The differences between two pathways grouped the way a reader checks them: per step.

:func:`models.diff.diff_pathways` lists every difference addressed by its place in the file
("steps[ward].timing.end"). A nurse checking what the clinic changed reads step by step, so
this module files each difference under a heading (the pathway as a whole, its sources,
roles and phases, then each step in journey order) and says the rest of the address in
plain words. A transition is filed under the step it leaves from, where a reader looks for
"what comes next". The command line, the compare dialog and the PDF all print these groups,
so the three always say the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .diff import Change, diff_pathways
from .schema import Pathway
from .wording import plural

_SECTION_HEADINGS = {"sources": "Sources", "roles": "Roles", "phases": "Phases"}
_KEYED = re.compile(r"^(?P<section>[a-z_]+)\[(?P<key>[^\]]+)\](?P<rest>.*)$")
_EDGE = re.compile(r"^(?P<source>.+?) -> (?P<target>.+)$")
SAME = "The two pathways are the same."


@dataclass(frozen=True)
class ChangeGroup:
    heading: str  # "The pathway as a whole" or "Step ward: Recovery on the ward"
    lines: tuple[str, ...]  # "timing.end: changed from “3” to “5”"


def grouped_changes(base: Pathway, changed: Pathway) -> list[ChangeGroup]:
    """Every difference between ``base`` and ``changed``, filed under one heading each."""
    groups: dict[str, list[str]] = {}
    for change in diff_pathways(base, changed):
        key, line = _file(change)
        groups.setdefault(key, []).append(line)
    return [ChangeGroup(_heading(key, base, changed), tuple(groups[key])) for key in _order(groups, base, changed)]


def summary_line(groups: list[ChangeGroup]) -> str:
    if not groups:
        return SAME
    count = sum(len(group.lines) for group in groups)
    return f"{plural(count, 'difference')} in {plural(len(groups), 'place')}."


def describe_file(name: str, pathway: Pathway) -> str:
    """'clinic.yaml: id knee-replacement, version 1.1, last reviewed 2026-06-01'."""
    reviewed = f", last reviewed {pathway.last_reviewed.isoformat()}" if pathway.last_reviewed else ""
    return f"{name}: id {pathway.id}, version {pathway.version}{reviewed}"


def report_lines(base_name: str, base: Pathway, changed_name: str, changed: Pathway) -> list[str]:
    """The whole report as text lines: which files, how much changed, then each group."""
    groups = grouped_changes(base, changed)
    lines = [f"Base:    {describe_file(base_name, base)}", f"Changed: {describe_file(changed_name, changed)}"]
    lines += ["", summary_line(groups)]
    for group in groups:
        lines += ["", group.heading, *(f"  {line}" for line in group.lines)]
    return lines


def _file(change: Change) -> tuple[str, str]:
    """The group a change belongs to, and the change in words without the group's part."""
    described = str(change)[len(change.where) + 2 :]  # the words after "where: "
    if change.where.startswith("(pathway)."):
        return "(pathway)", f"{change.where[len('(pathway).'):]}: {described}"
    match = _KEYED.match(change.where)
    if match is None:  # diff_pathways writes no other address; keep the line rather than lose it
        return "(pathway)", str(change)
    section, key, rest = match["section"], match["key"], match["rest"].lstrip(".")
    if section == "steps":
        return f"step:{key}", f"{rest}: {described}" if rest else f"the step was {described}"
    if section == "transitions":
        edge = _EDGE.match(key)
        source, target = (edge["source"], edge["target"]) if edge else (key, "")
        what = f"the way on to {target}"
        return f"step:{source}", f"{what}, {rest}: {described}" if rest else f"{what} was {described}"
    where = f"{key}.{rest}" if rest else key
    return section, f"{where}: {described}"


def _order(groups: dict[str, list[str]], base: Pathway, changed: Pathway) -> list[str]:
    """The pathway first, then sources, roles, phases, then steps in the changed file's
    order (a removed step where it stood in the base)."""
    steps = [f"step:{s.id}" for s in changed.steps]
    steps += [f"step:{s.id}" for s in base.steps if f"step:{s.id}" not in steps]
    wanted = ["(pathway)", *_SECTION_HEADINGS, *steps]
    return [key for key in wanted if key in groups] + [key for key in groups if key not in wanted]


def _heading(key: str, base: Pathway, changed: Pathway) -> str:
    if key == "(pathway)":
        return "The pathway as a whole"
    if key in _SECTION_HEADINGS:
        return _SECTION_HEADINGS[key]
    step_id = key.removeprefix("step:")
    titles = {s.id: s.title for s in base.steps} | {s.id: s.title for s in changed.steps}
    title = titles.get(step_id)
    return f"Step {step_id}: {title}" if title else f"Step {step_id}"
