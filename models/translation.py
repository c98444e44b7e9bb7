"""Pathway content in another language: a translation file beside the pathway.

A translation (for example ``car_t_sle.de.yaml``) repeats the pathway's ids and gives the
translated text of any field it translates. It is checked for parity with the original, with
located problems for ids that are missing or that the original does not have, and for lists
whose length differs (a "what to expect" list with one item fewer would pair every later
item with the wrong original). Applying it gives the pathway in the chosen language, field by
field, with the original wherever the translation says nothing, so a half-done translation
is still usable and never shows a blank. Each translation has its own review status, because
a clinician's review of the original says nothing about the translated words.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from .loader import Report, parse_bytes, read_source, validate_parsed
from .schema import Pathway

_Id = Annotated[str, StringConstraints(min_length=1, max_length=80, pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
_Text = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
_Short = Annotated[str, StringConstraints(min_length=1, max_length=200)]
# A BCP 47 tag as people write them: "de", "de-CH", "zh-Hans", "pt-BR".
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")


def _language(value: str) -> str:
    if not _LANGUAGE.fullmatch(value):
        raise ValueError("should be a language code such as 'de', 'fr-CA' or 'zh-Hans'")
    return value


Language = Annotated[str, AfterValidator(_language)]

_STEP_TEXT = ("title", "patient_summary", "clinical_details")
_STEP_LISTS = ("what_to_expect", "how_to_prepare", "questions", "warning_signs")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class TranslationReview(_Model):
    reviewed: bool = Field(default=False, description="Whether a clinician has checked this translation")
    reviewed_by: _Short | None = None
    reviewed_on: dt.date | None = None


class _Named(_Model):
    id: _Id
    name: _Short | None = None
    title: _Short | None = None
    description: _Text | None = None


class _CareTeam(_Model):
    role: _Id
    does: _Text


class _Step(_Model):
    id: _Id
    title: _Short | None = None
    patient_summary: _Text | None = None
    clinical_details: _Text | None = None
    care_team: list[_CareTeam] | None = None
    what_to_expect: list[_Text] | None = None
    how_to_prepare: list[_Text] | None = None
    questions: list[_Text] | None = None
    warning_signs: list[_Text] | None = None


class _Transition(_Model):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, str_strip_whitespace=True)
    from_: _Id = Field(alias="from")
    to: _Id
    label: _Short


class Translation(_Model):
    translation_of: _Id = Field(description="The id of the pathway this translates")
    language: Language
    review: TranslationReview = Field(default_factory=TranslationReview)
    title: _Short | None = None
    condition: _Short | None = None
    disclaimer: _Text | None = None
    roles: list[_Named] = Field(default_factory=list)
    phases: list[_Named] = Field(default_factory=list)
    steps: list[_Step] = Field(default_factory=list)
    transitions: list[_Transition] = Field(default_factory=list)


@dataclass(frozen=True)
class TranslatedPathway:
    pathway: Pathway  # the original with every translated field in place
    language: str
    reviewed: bool


def translation_path(pathway_file: Path, language: str) -> Path:
    """Where a pathway's translation lives: ``name.yaml`` -> ``name.<language>.yaml``."""
    return pathway_file.with_name(f"{pathway_file.stem}.{language}{pathway_file.suffix}")


def load_translation(path: str | os.PathLike[str], original: Pathway) -> Translation:
    """Read and check a translation of ``original``; every problem located, all at once."""
    raw, name = read_source(path)
    parsed = parse_bytes(raw, name, is_json=name.lower().endswith(".json"))
    return validate_parsed(parsed, name, Translation,
                           model_check=lambda translation, report: check_parity(translation, original, report))


def check_parity(translation: Translation, original: Pathway, report: Report) -> None:
    """Ids the original lacks, ids the translation leaves out, and lists of another length."""
    if translation.translation_of != original.id:
        report(("translation_of",), f"this translates '{translation.translation_of}', not '{original.id}'")
    for section, known in (("roles", original.roles), ("phases", original.phases), ("steps", original.steps)):
        given = [item.id for item in getattr(translation, section)]
        _ids_match(section, given, [item.id for item in known], report)
    originals = {step.id: step for step in original.steps}
    for index, step in enumerate(translation.steps):
        source = originals.get(step.id)
        if source is None:
            continue
        for field in _STEP_LISTS:
            items = getattr(step, field)
            if items is not None and len(items) != len(getattr(source, field)):
                report(("steps", index, field),
                       f"has {len(items)} items; the original has {len(getattr(source, field))}, in the same order")
        if step.care_team is not None:
            roles = [entry.role for entry in step.care_team]
            if roles != [entry.role for entry in source.care_team]:
                report(("steps", index, "care_team"), "must list the same roles as the original, in the same order")
    edges = {(t.from_, t.to) for t in original.transitions if t.label}
    for index, transition in enumerate(translation.transitions):
        if (transition.from_, transition.to) not in edges:
            report(("transitions", index), f"the original has no labelled way from '{transition.from_}' to '{transition.to}'")


def _ids_match(section: str, given: list[str], known: list[str], report: Report) -> None:
    known_set, seen = set(known), set()
    for index, item_id in enumerate(given):
        if item_id not in known_set:
            report((section, index, "id"), f"the original has no {section[:-1]} '{item_id}'")
        elif item_id in seen:
            report((section, index, "id"), f"'{item_id}' is translated twice")
        seen.add(item_id)
    missing = [item_id for item_id in known if item_id not in seen]
    if missing:
        shown = ", ".join(f"'{m}'" for m in missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5 else "")
        report((section,), f"not translated yet: {shown}; the original text is shown for these")


def apply_translation(original: Pathway, translation: Translation) -> TranslatedPathway:
    """The pathway in the translation's language, with the original wherever a field is not
    translated. Built from plain data and validated again (a copied model would keep the
    original's cached lookup tables)."""
    data = original.model_dump(mode="python", by_alias=True, exclude_unset=True)
    _overlay(data, translation.model_dump(include={"title", "condition", "disclaimer"}, exclude_none=True))
    for section in ("roles", "phases", "steps"):
        given = {item.id: item.model_dump(exclude_none=True) for item in getattr(translation, section)}
        for item in data[section]:
            _overlay(item, given.get(item["id"], {}))
    labels = {(t.from_, t.to): t.label for t in translation.transitions}
    for transition in data.get("transitions", []):
        label = labels.get((transition["from"], transition["to"]))
        if label is not None:
            transition["label"] = label
    return TranslatedPathway(Pathway.model_validate(data), translation.language, translation.review.reviewed)


def _overlay(target: dict[str, Any], given: dict[str, Any]) -> None:
    for key, value in given.items():
        if key == "id":
            continue
        if key == "care_team":
            # Only what each role does is translated; the role ids stay the original's.
            for entry, new in zip(target[key], value):
                entry["does"] = new["does"]
        else:
            target[key] = value
