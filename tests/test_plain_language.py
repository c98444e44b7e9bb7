"""The bundled content speaks plainly: grade 8 or below, and every medical word explained.

These checks read the BUNDLED pathway and glossary, the words patients actually see.
"""

from __future__ import annotations

import re

import pytest
import textstat

from models import bundled_pathway, load_pathway
from models.glossary import Glossary, Term, bundled_glossary, load_glossary, pathway_glossary
from models.schema import Pathway, Step

MAX_GRADE = 8.0

# Medical words a patient may not know. Each one the patient text uses must be marked by the
# glossary (glossary.find_terms finds it at that place), so the details panel can explain it
# and the handout lists it. Add a word here when new content brings new jargon.
MEDICAL_WORDS = (
    "CAR T", "CAR-T", "T cell", "T cells", "B cell", "B cells", "CD19", "CRS", "ICANS",
    "cytokine release syndrome", "neurotoxicity", "leukapheresis", "apheresis", "lymphodepletion",
    "lymphodepleting", "conditioning", "chemotherapy", "fludarabine", "cyclophosphamide",
    "tocilizumab", "corticosteroid", "corticosteroids", "steroid", "steroids", "immunoglobulin",
    "immunoglobulins", "antibody", "antibodies", "autoantibody", "autoantibodies", "anti-dsDNA",
    "remission", "relapse", "flare", "DORIS", "SLEDAI", "BILAG", "SLE", "lupus", "autoimmune",
    "immunosuppressant", "immunosuppressive", "investigational", "clinical trial", "consent",
    "rheumatologist", "haematology", "hematology", "central line", "infusion", "drip",
    "release tests", "chain of identity", "B-cell depletion", "pneumonia", "seizure", "seizures",
    "ICU", "intensive care", "vaccine", "vaccines", "blood count", "blood counts",
    "white blood cells", "immune system", "lentiviral", "vector", "transduction", "cytokine",
    "neutropenia", "hypogammaglobulinaemia", "hypogammaglobulinemia", "apheresis",
    "transfusion", "irradiated", "growth factor", "antiviral", "live vaccine", "fertility",
    "immunoglobulin replacement", "bridging treatment", "pneumocystis",
)


def patient_text(step: Step) -> str:
    """Summary and lists as one passage; each item ends a sentence, as it reads on screen."""
    parts = [step.patient_summary, *step.what_to_expect, *step.how_to_prepare, *step.questions, *step.warning_signs]
    return " ".join(part if part.rstrip().endswith((".", "?", "!")) else part.rstrip() + "." for part in parts)


@pytest.fixture(scope="module")
def pathway() -> Pathway:
    return load_pathway(bundled_pathway())


@pytest.fixture(scope="module")
def glossary(pathway: Pathway) -> Glossary:
    # What a patient reads: the pathway's own words over the shared general ones.
    merged = pathway_glossary(load_glossary(), pathway)
    assert merged is not None
    return merged


def test_patient_text_of_every_step_is_at_grade_8_or_below(pathway: Pathway) -> None:
    grades = {step.id: textstat.flesch_kincaid_grade(patient_text(step)) for step in pathway.steps}
    too_hard = {step_id: round(grade, 1) for step_id, grade in grades.items() if grade > MAX_GRADE}
    assert not too_hard, f"Flesch-Kincaid grade above {MAX_GRADE} (step: grade): {too_hard}"


def test_the_disclaimer_and_role_descriptions_are_plain_too(pathway: Pathway) -> None:
    texts = {"disclaimer": pathway.disclaimer} | {f"role {r.id}": r.description for r in pathway.roles}
    too_hard = {k: round(textstat.flesch_kincaid_grade(t), 1) for k, t in texts.items()
                if textstat.flesch_kincaid_grade(t) > MAX_GRADE}
    assert not too_hard, f"Flesch-Kincaid grade above {MAX_GRADE}: {too_hard}"


def unexplained_words(text: str, glossary: Glossary) -> set[str]:
    """Words from MEDICAL_WORDS in ``text`` that no glossary match covers."""
    covered = [(start, end) for start, end, _ in glossary.find_terms(text)]
    missing = set()
    for word in MEDICAL_WORDS:
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            if not any(start <= match.start() and match.end() <= end for start, end in covered):
                missing.add(match.group(0))
    return missing


def test_every_medical_word_in_patient_text_is_in_the_glossary(pathway: Pathway, glossary: Glossary) -> None:
    missing = {}
    for step in pathway.steps:
        words = unexplained_words(step.title + ". " + patient_text(step), glossary)
        if words:
            missing[step.id] = sorted(words)
    assert not missing, f"medical words the glossary does not explain (step: words): {missing}"


def test_the_check_reports_a_word_the_glossary_lacks() -> None:
    # Guards the guard: with CRS missing from a glossary, the check must name it.
    glossary = Glossary(terms=[Term(term="infusion", definition="Giving a liquid into a vein.")])
    assert unexplained_words("After the infusion, watch for CRS.", glossary) == {"CRS"}
    assert unexplained_words("After the infusion, rest.", glossary) == set()


def test_glossary_definitions_are_plain(glossary: Glossary) -> None:
    too_hard = {t.term: round(textstat.flesch_kincaid_grade(t.definition), 1) for t in glossary.terms
                if textstat.flesch_kincaid_grade(t.definition) > MAX_GRADE}
    assert not too_hard, f"glossary definitions above grade {MAX_GRADE}: {too_hard}"
