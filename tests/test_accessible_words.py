"""What a screen reader hears of a step and the outline's lines, without Qt (#12.2).

Expected sentences are written out by hand from tests/data/knee_surgery.yaml.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from models import Pathway, load_pathway
from models.graph import PathwayGraph
from models.wording import i18n
from models.wording.accessible import condition_words, journey_outline, step_description

DATA = Path(__file__).parent / "data"
KNEE = DATA / "knee_surgery.yaml"


def test_labels_become_conditions_without_a_second_if() -> None:
    assert condition_words("signs of infection") == "if signs of infection"
    assert condition_words("if severe") == "if severe"
    assert condition_words("When it settles") == "When it settles"
    assert condition_words("when: the wound heals") == "when: the wound heals"
    # A hyphenated first word is not the condition word inside it.
    assert condition_words("after-care at home") == "if after-care at home"
    assert condition_words("once-weekly visits") == "if once-weekly visits"


def test_a_way_back_says_back_once_but_keeps_a_label_that_only_starts_like_it() -> None:
    from models.wording.accessible import says_back

    assert says_back("back to waiting") and says_back("Back on the ward")
    assert not says_back("back-up cells given") and not says_back("backup plan")


def test_a_label_in_another_language_than_the_interface_gets_no_joining_if() -> None:
    # The French test pathway in an English interface: "if le traitement ne vous convient
    # pas" reads as neither language; the label alone reads as its own condition.
    pathway = load_pathway(DATA / "car_t_myelome_fr.yaml")
    graph = PathwayGraph(pathway)
    branches = [child.label for entry in journey_outline(pathway, graph) for child in entry.children]
    assert "le traitement ne vous convient pas: Un autre traitement est proposé" in branches
    assert not [line for line in branches if line.startswith("if ") or ", if " in line]
    assert condition_words("signs of infection", "en-GB") == "if signs of infection"


def test_a_label_in_the_interface_language_gets_that_language_s_if() -> None:
    def french(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return {"if %1": "si %1"}.get(text, text)

    i18n.install(french, "fr")
    try:
        assert condition_words("le myélome doit être contrôlé", "fr-CA") == "si le myélome doit être contrôlé"
        assert condition_words("signs of infection", "en") == "signs of infection"
    finally:
        i18n.install(None)


def test_a_label_that_already_reads_as_a_condition_or_a_way_back_in_the_interface_language() -> None:
    # German labels in a German interface: "wenn schwer" gets no second "wenn", and a way
    # back labelled "zurück zur Erholung" is not followed by "zurück zu ..." once more.
    german = {"if %1": "wenn: %1", "back to %1": "zurück zu %1", "back to %1 (%2)": "zurück zu %1 (%2)",
              "if when once after until unless while before": "wenn falls sobald nachdem bis solange während bevor"}

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return german.get(text, text)

    data = yaml.safe_load(KNEE.read_text(encoding="utf-8"))
    data["language"] = "de"
    labels = {("clinic-visit", "not-fit"): "wenn Sie noch nicht bereit sind",
              ("clinic-visit", "operation"): None}
    for transition in data["transitions"]:
        if (transition["from"], transition["to"]) in labels and labels[transition["from"], transition["to"]]:
            transition["label"] = labels[transition["from"], transition["to"]]
    back = next(t for t in data["transitions"] if t.get("kind") == "loop_back")
    back["label"] = "zurück auf die Station"
    pathway = Pathway.model_validate(data)
    i18n.install(translate, "de")
    try:
        assert condition_words("wenn schwer", "de") == "wenn schwer"
        assert condition_words("falls die Wunde nässt", "de-CH") == "falls die Wunde nässt"
        assert condition_words("Fieber", "de") == "wenn: Fieber"
        assert condition_words("when it settles", "de") == "when it settles"  # an English label in a German window
        lines = [line for line in _outline_lines(pathway)]
        assert not [line for line in lines if line.startswith("wenn: wenn") or "zurück zu" in line and "(zurück" in line]
        assert any(line.startswith("wenn Sie noch nicht bereit sind: ") for line in lines)
        assert any(line.startswith("zurück zu ") and "(" not in line for line in lines)
    finally:
        i18n.install(None)


def _outline_lines(pathway: Pathway) -> list[str]:
    out: list[str] = []
    stack = list(journey_outline(pathway, PathwayGraph(pathway)))
    while stack:
        entry = stack.pop()
        out.append(entry.label)
        stack.extend(entry.children)
    return out


def test_clinicians_hear_day_numbers_and_patients_hear_words() -> None:
    pathway = load_pathway(KNEE)
    graph = PathwayGraph(pathway)
    assert step_description(pathway, graph, "operation") == (
        "Part of the journey: In hospital. Step 2 of 4 on the main journey. Takes 1 to 2 hours. "
        "On the main treatment day. Next: First days on the ward."
    )
    assert step_description(pathway, graph, "operation", audience="clinician") == (
        "Part of the journey: In hospital. Step 2 of 4 on the main journey. Takes 1 to 2 hours. "
        "When: day 0, day 0 is the main treatment day. Next: First days on the ward."
    )


def test_a_branch_a_thousand_steps_long_is_outlined_in_full() -> None:
    data = yaml.safe_load(KNEE.read_text(encoding="utf-8"))
    chain = [f"detour-{i}" for i in range(1500)]
    template = next(s for s in data["steps"] if s["id"] == "not-fit")
    data["steps"] += [{**template, "id": step_id, "title": f"Detour {i}"} for i, step_id in enumerate(chain)]
    data["transitions"].append({"from": "clinic-visit", "to": chain[0], "kind": "alternative", "label": "a long wait"})
    data["transitions"] += [{"from": a, "to": b, "kind": "alternative", "label": "still waiting"} for a, b in zip(chain, chain[1:])]
    data["transitions"].append({"from": chain[-1], "to": "operation", "kind": "alternative", "label": "when ready"})
    pathway = Pathway.model_validate(data)
    outline = journey_outline(pathway, PathwayGraph(pathway))
    depth, entry = 0, outline[0].children[1]
    while entry.children and not entry.repeat:
        depth, entry = depth + 1, entry.children[0]
    assert depth == 1500 and entry.label == "when ready: The operation" and entry.repeat


FEATURES = Path(__file__).parent / "data" / "format_features.yaml"


def test_no_phases_open_ended_steps_parallel_steps_and_how_often() -> None:
    pathway = load_pathway(FEATURES)
    graph = PathwayGraph(pathway)
    assert step_description(pathway, graph, "preparation") == (
        "Step 2 of 5 on the main journey. Takes 3 to 4 weeks. "
        "From about 4 weeks to 1 day before the main treatment day. "
        "Next: Treatment day; or, at the same time: Treatment while you wait."
    )
    assert step_description(pathway, graph, "tablets") == (
        "At the same time as: Getting strong again. Takes as long as needed. "
        "From about 2 weeks to about 12 months after the main treatment day."
    )
    assert step_description(pathway, graph, "other-treatment") == (
        "Only some people take this step. Takes as long as needed. This path of the journey ends here."
    )
    assert [(e.label, [c.label for c in e.children]) for e in journey_outline(pathway, graph)] == [
        ("First visit", ["if not suitable (sometimes): Other treatment"]),
        ("Getting the treatment ready", ["at the same time: Treatment while you wait"]),
        ("Treatment day", []),
        ("Getting strong again", ["at the same time: Tablets at home"]),
        ("Check-up visits", ["rarely: back to First visit (the illness comes back)"]),
    ]
