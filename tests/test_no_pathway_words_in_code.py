"""No code names a treatment, a disease or an id of the bundled pathway (issue #9).

A lymphoma handout once explained CAR T cells as removing "the B cells that drive lupus",
and a booked date moved only a phase called "leukapheresis": text and rules written for
the bundled lupus pathway, applied to every file. What a pathway is about comes from the
file; the code's own sentences (models/wording and the views) stay neutral. This test reads
every string the code holds (docstrings and comments aside: they may give examples) and
fails on the bundled pathway's ids and on disease and treatment words.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from models import bundled_pathway, load_pathway

ROOT = Path(__file__).resolve().parent.parent
CODE = ("models", "pathway_viewer")
# The product's own name is the one place "CAR-T" may stay (settings are stored under it).
PRODUCT_NAMES = re.compile(r"CAR-T Pathway Viewer|car-t-pathway-viewer", re.IGNORECASE)
WORDS = re.compile(
    r"\blupus\b|\bSLE\b|\bCAR[- ]?T\b|\blymphoma\b|\bsclerosis\b|\bleukapheresis\b|\blymphodepleti\w*"
    r"|\binfusion\b|\byour cells\b|\bstem cells?\b|\bknee\b|\bSLEDAI\b|\bBILAG\b|\bDORIS\b|\brheumatolog\w*",
    re.IGNORECASE,
)


# Strings that may stay, each with its reason: (file, the exact string).
ALLOWED = {
    ("pathway_viewer/cli/commands.py", "--infusion-date"),  # the old option name, kept for scripts
    ("pathway_viewer/editing/recovery.py", "recovery"),  # the folder of recovery copies, not a step
}


def code_strings(path: Path) -> list[tuple[int, str]]:
    """Every string constant in a module with its line, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
    ]


def code_files() -> list[Path]:
    files = sorted(p for folder in CODE for p in (ROOT / folder).rglob("*.py"))
    assert len(files) > 50, "the code was not found"
    return files


def bundled_ids() -> set[str]:
    pathway = load_pathway(bundled_pathway())
    return {p.id for p in pathway.phases} | {s.id for s in pathway.steps}


def offending(strings: list[tuple[int, str]], ids: set[str]) -> list[tuple[int, str]]:
    found = []
    for line, text in strings:
        words = WORDS.findall(PRODUCT_NAMES.sub("", text))
        # An id compared or looked up: the whole string is the id. Ids with an underscore
        # ("follow_up") are distinctive enough to look for inside longer strings too.
        named = [i for i in ids if text == i or ("_" in i and re.search(rf"\b{re.escape(i)}\b", text))]
        if words or named:
            found.append((line, ", ".join(sorted(set(words) | set(named)))))
    return found


def test_no_code_string_names_a_disease_a_treatment_or_a_bundled_id() -> None:
    ids = bundled_ids()
    assert {"leukapheresis", "infusion", "monitoring", "follow_up"} <= ids
    hits = {
        f"{path.relative_to(ROOT)}:{line}": what
        for path in code_files()
        for line, what in offending(
            [(n, s) for n, s in code_strings(path) if (path.relative_to(ROOT).as_posix(), s) not in ALLOWED], ids
        )
    }
    assert hits == {}


def test_the_scan_finds_what_it_looks_for() -> None:
    # Guards the guard, with strings as they used to be in the code.
    ids = {"leukapheresis", "follow_up", "monitoring"}
    samples = [
        (1, "leukapheresis"),
        (2, "Journey: the steps of CAR-T treatment, in order"),
        (3, "The app shows the built-in CAR-T for lupus pathway instead."),
        (4, "Show the steps on a calendar of days around the infusion"),
        (5, "Day 0 is the day you get your cells"),
        (6, "steps[follow_up].title"),
        (7, "CAR-T Pathway Viewer"),  # the product's name only
        (8, "the main treatment day"),
        (9, "monitoring of blood counts"),  # an id inside ordinary words is just a word
    ]
    assert offending(samples, ids) == [
        (1, "leukapheresis"), (2, "CAR-T"), (3, "CAR-T, lupus"), (4, "infusion"), (5, "your cells"), (6, "follow_up"),
    ]
