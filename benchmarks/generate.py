"""Generate valid pathways of any size, shaped like the real clinical journey scaled up.

Used by the benchmark script and by tests (a soak test opens a 500-step pathway). The
shape copies the bundled CAR-T pathway: one main journey; alternatives that rejoin it a
few steps later (a repeated collection), that dead-end (not eligible), or that loop back
(a side effect treated, then back to the close watch); clusters of side effects sharing
one escalation step (CRS, ICANS and infection all leading to intensive care); and rare
loop-backs along the main journey (relapse). Text lengths match the bundled file, so
parsing and validation do realistic work. The same seed always gives the same pathway.
"""

from __future__ import annotations

import json
import os
import random
from pathlib import Path
from typing import Any

import yaml

_PATIENT = [
    "Your team explains what happens at this step and answers your questions.",
    "You will have blood tests so the team can see how your body is coping.",
    "A nurse checks your temperature, pulse and blood pressure several times a day.",
    "Some people feel tired for a few days; this usually gets better on its own.",
    "Tell your team straight away if you feel unwell, even at night.",
    "Your support person can stay with you for most of the day.",
    "You may need to stay close to the treatment centre for a while.",
    "This step is planned around your other appointments where possible.",
    "The team writes down everything they give you, so nothing is missed.",
    "You can ask for a copy of your results and a plan for the next weeks.",
    "It is normal to feel worried; the team is used to talking it through.",
    "Bring a bag with comfortable clothes, your medicines and a phone charger.",
    "If the test shows a problem, the team talks with you about what it means.",
    "Most people go home the same day after this visit.",
    "A nurse shows you how to look after the line in your arm or chest.",
]
_CLINICAL = [
    "Review full blood count, renal and liver function, and inflammatory markers before proceeding.",
    "Confirm identity against the chain-of-identity record at every handover of the product.",
    "Grade cytokine release syndrome and neurotoxicity with the ASTCT consensus criteria.",
    "Document disease activity with a validated index and record concomitant immunosuppression.",
    "Screen for active infection, including hepatitis B and C, HIV and latent tuberculosis.",
    "Escalate to the on-call haematologist if fever persists beyond 24 hours despite treatment.",
    "Timing and thresholds are protocol-specific; follow the local standard operating procedure.",
    "Vital signs every four hours; neurological assessment twice daily for the first two weeks.",
    "Check immunoglobulin levels and consider replacement if recurrent infections occur.",
    "Record adverse events in the trial database within the reporting window.",
    "Duration shown is an estimate; it varies by centre and by the patient's recovery.",
    "Coordinate with the cell-therapy laboratory on release testing and expected delivery date.",
    "Counsel on contraception, driving restrictions and vaccination after B-cell depletion.",
    "Obtain informed consent and discuss the open questions about long-term safety.",
    "Supportive care follows the institutional guideline for immune effector cell therapy.",
]
_LIST_ITEMS = [
    "You will have a blood test in the morning.",
    "A nurse will check on you every few hours.",
    "Bring a list of all your medicines and doses.",
    "Write down your questions before the visit.",
    "Ask who to call at night or at the weekend.",
    "Tell your team if you have a fever of 38 °C or more.",
    "Call straight away if you feel confused or have trouble speaking.",
    "Drink plenty of water unless your team tells you otherwise.",
    "Plan how you will get to and from the centre.",
    "Your support person should learn the warning signs too.",
    "How long will this take?",
    "What happens if the result is not what we hoped?",
    "Can I keep taking my usual medicines?",
    "Will I need to stay in hospital?",
    "Call your team if you feel dizzy or faint.",
    "Tell your team about any new rash or swelling.",
]
_VERBS = ["Checking", "Collecting", "Testing", "Reviewing", "Preparing", "Treating", "Watching", "Planning",
          "Giving", "Recovering after", "Talking about", "Repeating"]
_OBJECTS = ["blood counts", "kidney function", "the cell product", "side effects", "your medicines",
            "the central line", "lung function", "the consent form", "heart function", "the infusion plan",
            "vaccinations", "infection risk", "your lupus activity", "the home plan"]
_PHASES = ["Checking if it suits you", "Collecting your cells", "Making the cells", "Chemotherapy before the cells",
           "Getting your cells", "Close watch", "Recovery", "Follow-up", "Long-term follow-up", "Review visits"]
_ALT_LABELS = ["not eligible", "cells fail release tests", "signs of CRS", "signs of ICANS", "signs of infection",
               "blood counts too low", "if the test is unclear", "if you are not well enough", "line blocked"]
_RETURN_LABELS = ["when it settles", "when stable", "to repeat the test", "new cells sent to the lab",
                  "if lupus comes back (relapse)", "after a second look"]
_ESCALATE_LABELS = ["if severe", "if it gets worse", "if not settling"]
_ROLES = [("rheumatologist", "Rheumatologist"), ("haematologist", "Cell-therapy doctor"),
          ("coordinator", "Coordinator"), ("apheresis_nurse", "Apheresis nurse"), ("lab", "Cell-therapy lab"),
          ("ward_nurse", "Ward nurse"), ("pharmacist", "Pharmacist"), ("icu", "Intensive-care team"),
          ("social_worker", "Social worker"), ("caregiver", "Caregiver")]
_SETTINGS = ["outpatient", "inpatient", "laboratory", "home"]
_UNITS = ["hours", "days", "days", "weeks"]


def generate_pathway(n_steps: int, seed: int = 0) -> dict[str, Any]:
    """A valid pathway with exactly ``n_steps`` steps, as plain data (dump it to YAML or JSON)."""
    if n_steps < 1:
        raise ValueError("a pathway needs at least one step")
    rng = random.Random(f"pathway-{n_steps}-{seed}")
    n_main = max(min(n_steps, 2), round(n_steps * 0.55))
    n_phases = max(1, min(len(_PHASES) * 3, n_main // 12 + 3, n_main))
    phases = [
        {"id": f"phase_{k:02d}", "title": _numbered(_PHASES, k), "description": rng.choice(_PATIENT),
         "color": f"#{rng.randrange(0x80, 0x100):02X}{rng.randrange(0x80, 0x100):02X}{rng.randrange(0x80, 0x100):02X}"}
        for k in range(n_phases)
    ]
    main = [f"main_{i:05d}" for i in range(n_main)]
    steps: list[dict[str, Any]] = []
    phase_of: dict[str, str] = {}
    for i, step_id in enumerate(main):
        phase_of[step_id] = phases[i * n_phases // n_main]["id"]
        steps.append(_step(rng, step_id, phase_of[step_id], day=_day(i, n_main)))
    transitions: list[dict[str, Any]] = [{"from": a, "to": b, "kind": "main"} for a, b in zip(main, main[1:])]
    pairs = {(a, b) for a, b in zip(main, main[1:])}

    def add(a: str, b: str, kind: str, label: str | None) -> None:
        if (a, b) in pairs:
            return
        pairs.add((a, b))
        edge: dict[str, Any] = {"from": a, "to": b, "kind": kind}
        if label:
            edge["label"] = label
        transitions.append(edge)

    def new_step(origin: str) -> str:
        step_id = f"alt_{len(steps) - n_main:05d}"
        phase_of[step_id] = phase_of[origin]
        steps.append(_step(rng, step_id, phase_of[origin], day=None))
        return step_id

    while len(steps) < n_steps:
        left = n_steps - len(steps)
        o = rng.randrange(len(main) - 1) if len(main) > 1 else 0
        origin = main[o]
        if left >= 3 and rng.random() < 0.15:
            # Side effects watched for at one step, all escalating to one shared step.
            size = min(left - 1, rng.choice([2, 3, 3, 4]))
            cluster = [new_step(origin) for _ in range(size)]
            escalation = new_step(origin)
            for member in cluster:
                add(origin, member, "alternative", rng.choice(_ALT_LABELS))
                add(member, origin, "loop_back", rng.choice(_RETURN_LABELS))
                add(member, escalation, "alternative", rng.choice(_ESCALATE_LABELS))
            add(escalation, origin, "loop_back", rng.choice(_RETURN_LABELS))
            continue
        branch = [new_step(origin) for _ in range(min(left, rng.choice([1, 1, 1, 2, 2, 3, 4])))]
        add(origin, branch[0], "alternative", rng.choice(_ALT_LABELS))
        for a, b in zip(branch, branch[1:]):
            add(a, b, "main", None)
        ending = rng.random()
        if ending < 0.55 and o < len(main) - 1:
            rejoin = main[min(len(main) - 1, o + rng.randint(1, 6))]
            add(branch[-1], rejoin, "main", None)
        elif ending < 0.8:
            add(branch[-1], origin, "loop_back", rng.choice(_RETURN_LABELS))
        # else: a dead end, like "standard care continues"
    for _ in range(len(main) // 15):
        i = rng.randrange(1, len(main))
        j = max(0, i - rng.randint(1, 8))
        add(main[i], main[j], "loop_back", rng.choice(_RETURN_LABELS))
    return _envelope(rng, f"generated_{n_steps}_{seed}", f"Generated journey of {n_steps} steps (seed {seed})",
                     phases, steps, transitions)


def generate_skipping_pathway(n_steps: int, seed: int = 0) -> dict[str, Any]:
    """A hard case for crossing reduction: a main journey where most steps also have a way
    2 to 9 steps ahead (skipping steps, then rejoining), plus a few short branches.

    Our own generator's journeys rarely overlap their detours, so they flatter a layout that
    keeps side groups apart; here the skips overlap all the time, as in Graphviz's own test
    graphs. About 90% of the steps are on the main journey and 60% of those have a skip
    (so more than half of all steps do). The same seed always gives the same pathway.
    """
    if n_steps < 2:
        raise ValueError("a skipping pathway needs at least two steps")
    rng = random.Random(f"skipping-{n_steps}-{seed}")
    n_main = max(2, n_steps - max(0, n_steps // 10))
    n_phases = max(1, min(len(_PHASES) * 3, n_main // 12 + 3, n_main))
    phases = [{"id": f"phase_{k:02d}", "title": _numbered(_PHASES, k), "description": rng.choice(_PATIENT),
               "color": "#C0D0E0"} for k in range(n_phases)]
    main = [f"main_{i:05d}" for i in range(n_main)]
    steps = [_step(rng, s, phases[i * n_phases // n_main]["id"], day=_day(i, n_main)) for i, s in enumerate(main)]
    transitions: list[dict[str, Any]] = [{"from": a, "to": b, "kind": "main"} for a, b in zip(main, main[1:])]
    for i in range(n_main - 2):
        if rng.random() < 0.6:
            j = min(n_main - 1, i + rng.randint(2, 9))
            transitions.append({"from": main[i], "to": main[j], "kind": "alternative",
                                "label": rng.choice(_ALT_LABELS)})
    while len(steps) < n_steps:  # short branches that rejoin a few steps on, or end
        o = rng.randrange(n_main - 1)
        size = min(n_steps - len(steps), rng.choice([1, 1, 2, 3]))
        branch = [f"alt_{len(steps) - n_main + k:05d}" for k in range(size)]
        steps += [_step(rng, s, steps[o]["phase"], day=None) for s in branch]
        transitions.append({"from": main[o], "to": branch[0], "kind": "alternative", "label": rng.choice(_ALT_LABELS)})
        transitions += [{"from": a, "to": b, "kind": "main"} for a, b in zip(branch, branch[1:])]
        if rng.random() < 0.6:
            transitions.append({"from": branch[-1], "to": main[min(n_main - 1, o + rng.randint(size + 1, 8))],
                                "kind": "main"})
    return _envelope(rng, f"skipping_{n_steps}_{seed}", f"Generated journey of {n_steps} steps with skips (seed {seed})",
                     phases, steps, transitions)


def _envelope(rng: random.Random, pathway_id: str, title: str, phases: list[dict[str, Any]],
              steps: list[dict[str, Any]], transitions: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": pathway_id,
        "title": title,
        "condition": "Systemic lupus erythematosus (SLE)",
        "version": "0.0-bench",
        "last_reviewed": "2026-01-01",
        "disclaimer": "Generated for benchmarks and tests. Not medical advice.",
        "sources": [
            {"id": f"src-{k}", "citation": f"Author {k}, et al. A study of cell therapy, part {k}. Journal. 2024;{k}:1-9."}
            for k in range(6)
        ],
        "roles": [
            {"id": rid, "name": name, "description": rng.choice(_PATIENT)} for rid, name in _ROLES
        ],
        "phases": phases,
        "steps": steps,
        "transitions": transitions,
    }


def write_pathway(path: str | os.PathLike[str], n: int, fmt: str = "yaml", seed: int = 0) -> Path:
    """Write ``generate_pathway(n, seed)`` to ``path`` as "yaml" or "json"; returns the path."""
    data = generate_pathway(n, seed)
    out = Path(path)
    if fmt == "json":
        out.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
    elif fmt == "yaml":
        dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
        out.write_text(yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8")
    else:
        raise ValueError(f"unknown format {fmt!r}; use 'yaml' or 'json'")
    return out


def _numbered(names: list[str], k: int) -> str:
    base = names[k % len(names)]
    return base if k < len(names) else f"{base} ({k // len(names) + 1})"


def _day(i: int, n_main: int) -> dict[str, int] | None:
    # Main steps carry timing around an infusion day a third of the way in, kept in range.
    if n_main < 2:
        return None
    day = round((i - n_main / 3) * 7 * min(1.0, 400 / n_main))
    return {"start": day, "end": day + (i % 3)}


def _sentences(rng: random.Random, pool: list[str], low: int, high: int) -> str:
    return " ".join(rng.sample(pool, rng.randint(low, high)))


def _step(rng: random.Random, step_id: str, phase: str, day: dict[str, int] | None) -> dict[str, Any]:
    low = rng.choice([1, 1, 2, 3])
    roles = rng.sample(_ROLES, rng.randint(1, 4))
    step: dict[str, Any] = {
        "id": step_id,
        "title": f"{rng.choice(_VERBS)} {rng.choice(_OBJECTS)}",
        "phase": phase,
        "patient_summary": _sentences(rng, _PATIENT, 2, 4),
        "clinical_details": _sentences(rng, _CLINICAL, 3, 8),
        "duration": {"min": low, "max": low + rng.choice([0, 1, 2, 5]), "unit": rng.choice(_UNITS)},
    }
    if day is not None:
        step["timing"] = day
    step["setting"] = sorted(rng.sample(_SETTINGS, rng.choice([1, 1, 2])))
    step["care_team"] = [{"role": rid, "does": rng.choice(_PATIENT)} for rid, _ in roles]
    for key, (lo, hi) in (("what_to_expect", (2, 8)), ("how_to_prepare", (1, 5)),
                          ("questions", (2, 6)), ("warning_signs", (1, 4))):
        step[key] = rng.sample(_LIST_ITEMS, rng.randint(lo, hi))
    step["sources"] = sorted(rng.sample([f"src-{k}" for k in range(6)], rng.randint(1, 3)))
    return step
