"""Helpers for the model tests: variants of tests/data/small.yaml with known line numbers,
and a generator of valid random pathways (branches, long arrows, loop-backs)."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import yaml

from models import Pathway, PathwayError, Problem, load_pathway_bytes

DATA = Path(__file__).parent / "data"
SMALL_TEXT = (DATA / "small.yaml").read_text(encoding="utf-8")


def line_of(text: str, fragment: str, nth: int = 1) -> int:
    """The 1-based line of the ``nth`` line containing ``fragment``, so tests state exact
    line numbers without hard-coding them."""
    # split on "\n" only: str.splitlines() also breaks on NEL, LS, FF and others
    hits = [n for n, line in enumerate(text.split("\n"), start=1) if fragment in line]
    assert len(hits) >= nth, f"{fragment!r} occurs {len(hits)} times"
    return hits[nth - 1]


def edit(text: str, old: str, new: str, count: int = 1) -> str:
    """``text`` with ``old`` replaced; fails loudly if ``old`` is not there ``count`` times."""
    assert text.count(old) == count, f"{old!r} occurs {text.count(old)} times, expected {count}"
    return text.replace(old, new)


def small_data() -> dict[str, Any]:
    """small.yaml as plain JSON-able data (the date as text)."""
    data = yaml.load(SMALL_TEXT, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    data["last_reviewed"] = data["last_reviewed"].isoformat()
    return data


def to_json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False)


def to_yaml(data: Any) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)


def problems(text: str | bytes, name: str = "p.yaml") -> list[Problem]:
    """The problems a refused file reports; fails if the file loads."""
    raw = text.encode("utf-8") if isinstance(text, str) else text
    try:
        load_pathway_bytes(raw, name, is_json=name.endswith(".json"))
    except PathwayError as exc:
        return exc.problems
    raise AssertionError(f"{name} loaded, but it should have been refused")


def load_text(text: str, name: str = "p.yaml") -> Pathway:
    return load_pathway_bytes(text.encode("utf-8"), name, is_json=name.endswith(".json"))


def only(found: list[Problem], path: str) -> Problem:
    """The one problem reported at ``path``."""
    at = [p for p in found if p.path == path]
    assert len(at) == 1, f"expected one problem at {path}, got: {[str(p) for p in found]}"
    return at[0]


def assert_located(found: list[Problem], text: str | bytes, name: str) -> None:
    """Every problem names the file, a line inside it, a field path and a message."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    last_line = max(1, text.count("\n") + 1)
    assert found
    for problem in found:
        assert problem.file == name
        assert 1 <= problem.line <= last_line, str(problem)
        assert problem.path
        assert problem.message.strip()
        assert "\n" not in str(problem)


# ---------------------------------------------------------------------------------------
# Random valid pathways


def generate_pathway(n_steps: int, seed: int, *, loop_backs: int = 5, branches: float = 0.3) -> dict[str, Any]:
    """A valid pathway of ``n_steps`` steps: a main journey, side branches that rejoin it
    or end, long arrows that skip columns, and loop-backs, all reachable from one start."""
    rng = random.Random(seed)
    base = small_data()
    template = copy.deepcopy(base["steps"][0])
    data = {key: base[key] for key in ("id", "title", "condition", "version", "last_reviewed", "disclaimer")}
    data.update(sources=base["sources"], roles=base["roles"], phases=base["phases"])
    phase_ids = [p["id"] for p in base["phases"]]
    role_ids = [r["id"] for r in base["roles"]]

    ids = [f"s{i:03d}" for i in range(n_steps)]
    n_main = max(2, n_steps // 3)
    main, side = ids[:n_main], ids[n_main:]
    transitions: list[dict[str, Any]] = [{"from": a, "to": b} for a, b in zip(main, main[1:])]
    pairs = {(t["from"], t["to"]) for t in transitions}
    # Side steps each hang off an earlier step (main or side), so the forward graph stays
    # a DAG in declaration order and everything is reachable.
    for k, step_id in enumerate(side):
        parent = rng.choice(main[: max(1, n_main - 1)] + side[:k])
        transitions.append({"from": parent, "to": step_id, "kind": "alternative", "label": f"if {k}"})
        pairs.add((parent, step_id))
        if parent in main and rng.random() < branches:
            # Rejoin the main journey further on. No cycle: the side step is reached only
            # from its parent, and the main journey only ever moves on from the target.
            target = rng.choice(main[main.index(parent) + 1 :])
            if (step_id, target) not in pairs:
                transitions.append({"from": step_id, "to": target, "kind": "alternative", "label": "rejoin"})
                pairs.add((step_id, target))
    for _ in range(loop_backs):
        a, b = sorted(rng.sample(range(n_main), 2))
        if (main[b], main[a]) not in pairs:
            transitions.append({"from": main[b], "to": main[a], "kind": "loop_back", "label": "again"})
            pairs.add((main[b], main[a]))
    rng.shuffle(transitions)

    steps = []
    for step_id in ids:
        step = copy.deepcopy(template)
        step.update(
            id=step_id,
            title=f"Step {step_id} {rng.choice(['blood test', 'scan', 'review', 'infusion', 'rest'])}",
            phase=rng.choice(phase_ids),
            care_team=[{"role": rng.choice(role_ids), "does": "Helps."}],
        )
        steps.append(step)
    data["steps"] = steps
    data["transitions"] = transitions
    return data

