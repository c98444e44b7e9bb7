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
import difflib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, ValidationError, model_validator

from .loader import Report, parse_bytes, read_source, report_validation_error, validate_parsed
from .glossary_terms import Phrase
from .problems import PathKey, PathwayError, Problem, format_path
from .schema import Pathway
# ``name.<language>.yaml``: the language part of a translation's file name; the listing of a
# pathway's translations lives apart, free of pydantic, as the window needs it at start.
from .translation_files import FILE_LANGUAGE as _FILE_LANGUAGE
from .translation_files import available_translations  # noqa: F401 - re-exported

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

_STEP_TEXT = ("title", "patient_summary", "clinical_details", "presenter_notes")
_STEP_LISTS = ("what_to_expect", "how_to_prepare", "questions", "warning_signs", "teach_back")
# "{temperature}" and "{local:<id>}" are filled in by the app: a translation that drops,
# adds or misspells one would print a raw brace or lose the clinic's answer.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


class _Model(BaseModel):
    # Built on first use: the window imports this module at start to list translation files.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


class TranslationReview(_Model):
    reviewed: bool = Field(default=False, description="Whether a clinician has checked this translation")
    reviewed_by: _Short | None = None
    reviewed_on: dt.date | None = None

    @model_validator(mode="after")
    def _who_and_when(self) -> TranslationReview:
        # "Reviewed" with no name or day cannot be traced back to anyone: the notice would
        # vanish on the word of nobody.
        if self.reviewed and (self.reviewed_by is None or self.reviewed_on is None):
            raise ValueError("a reviewed translation needs reviewed_by (the clinician) and reviewed_on (YYYY-MM-DD)")
        return self


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
    presenter_notes: _Text | None = None
    care_team: list[_CareTeam] | None = None
    what_to_expect: list[_Text] | None = None
    how_to_prepare: list[_Text] | None = None
    questions: list[_Text] | None = None
    warning_signs: list[_Text] | None = None
    teach_back: list[_Text] | None = None


class _DayZero(_Model):
    label: _Short | None = None
    patient_label: _Short | None = None


class _BookedDay(_Model):
    # Only the words: which steps fall on the booked day is the original's business.
    label: _Short | None = None


class _Term(_Model):
    # A glossary entry has no id: the original's term is the key, so a clinic's translator
    # can see at a glance which word each entry explains.
    id: Phrase = Field(description="The original's term, exactly as the pathway's glossary spells it")
    term: Phrase | None = None
    aliases: list[Phrase] | None = Field(
        default=None, description="Other forms as the translated text uses them (plurals, cases); "
        "left out: the original's aliases are kept")
    definition: Annotated[str, StringConstraints(min_length=1, max_length=1000)] | None = None


class _UrgentSign(_Model):
    id: _Id
    text: _Text


class _Option(_Model):
    id: _Id
    label: _Short | None = None
    text: _Text | None = None


class _LocalChoice(_Model):
    id: _Id
    question: _Short | None = None
    options: list[_Option] = Field(default_factory=list)
    unset_text: _Text | None = None
    write_in: _Short | None = None


class _Asked(_Model):
    question: _Text | None = None
    choices: list[_Short] | None = Field(default=None, description="All of the original's choices, in the same order")
    answer: _Short | None = Field(default=None, description="With choices: the translation of the original's answer")
    explanation: _Text | None = None


class _TrainingQuestion(_Asked):
    id: _Id


class _ScenarioEvent(_Asked):
    finding: _Text | None = None


class _Scenario(_Model):
    id: _Id
    title: _Short | None = None
    summary: _Text | None = None
    events: list[_ScenarioEvent] | None = Field(default=None, description="All of the original's events, in the same order")


class _Training(_Model):
    questions: list[_TrainingQuestion] = Field(default_factory=list)
    scenarios: list[_Scenario] = Field(default_factory=list)


class _Source(_Model):
    id: _Id
    citation: _Text = Field(description="The citation with its notes in this language (a title stays as published)")


class _Reviewer(_Model):
    name: _Short | None = None
    role: _Short | None = None


class _Transition(_Model):
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
    day_zero: _DayZero | None = None
    booked_day: _BookedDay | None = None
    urgent_signs: list[_UrgentSign] = Field(default_factory=list)
    local_choices: list[_LocalChoice] = Field(default_factory=list)
    roles: list[_Named] = Field(default_factory=list)
    phases: list[_Named] = Field(default_factory=list)
    steps: list[_Step] = Field(default_factory=list)
    transitions: list[_Transition] = Field(default_factory=list)
    glossary: list[_Term] = Field(default_factory=list, description="The pathway's own glossary words, by the original's term")
    sources: list[_Source] = Field(default_factory=list, description="Sources whose citation carries notes to translate, by id")
    training: _Training | None = Field(default=None, description="The words of the training section's questions and scenarios, by id")
    content_reviewers: list[_Reviewer] = Field(
        default_factory=list,
        description="The content review's reviewers (review.reviewed_by), all of them in the same order: a team's name and role in this language",
    )


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

    def check(translation: Translation, report: Report) -> None:
        _language_matches_name(translation, name, report)
        check_parity(translation, original, report)

    return validate_parsed(parsed, name, Translation, model_check=check)


def _language_matches_name(translation: Translation, name: str, report: Report) -> None:
    """``name.it.yaml`` must say ``language: it``: the app offers and finds a translation by
    its file name, so a file named Italian that says French printed a 'French' handout when
    Italian was asked for."""
    from .translation_files import FILE_LANGUAGE  # the pattern the app finds translations by

    match = FILE_LANGUAGE.fullmatch(Path(name).stem)
    if match is None:
        return
    named = match.group("lang")
    if named.split("-")[0].casefold() != translation.language.split("-")[0].casefold():
        report(("language",), f"the file name says '{named}' but this says '{translation.language}'; "
                              f"rename the file or correct the language (the app finds a translation as name.<language>.yaml)")


def check_parity(
    translation: Translation, original: Pathway, report: Report, *, missing: Report | None = None,
    left_over: Report | None = None,
) -> None:
    """Ids the original lacks, ids the translation leaves out, lists of another length and
    placeholders that differ. ``missing`` gets the ids not translated yet (``report`` when
    None): the window shows such a translation with the original in those places.
    ``left_over`` gets what the original no longer has (a step deleted after the translation
    was written; ``report`` when None): nothing of it is shown, so the window still shows
    the rest of the translation."""
    if translation.translation_of != original.id:
        report(("translation_of",), f"this translates '{translation.translation_of}', not '{original.id}'")
    untranslated = missing or report
    stale = left_over or report
    sections = (
        ("roles", original.roles), ("phases", original.phases), ("steps", original.steps),
        ("urgent_signs", [sign for sign in original.urgent_signs if sign.id]),
        ("local_choices", original.local_choices),
    )
    for section, known in sections:
        given = [item.id for item in getattr(translation, section)]
        if given or known:
            _ids_match(section, given, [str(item.id) for item in known], report, untranslated, stale)
    choices = {choice.id: choice for choice in original.local_choices}
    for index, choice in enumerate(translation.local_choices):
        if choice.id in choices and choice.options:
            _ids_match(("local_choices", index, "options"), [o.id for o in choice.options],
                       [o.id for o in choices[choice.id].options], report, untranslated, stale, noun="option")
    if translation.day_zero is not None and original.day_zero is None:
        stale(("day_zero",), "the original has no day_zero to translate")
    if translation.booked_day is not None and original.booked_day is None:
        stale(("booked_day",), "the original has no booked_day to translate")
    given_terms = [entry.id for entry in translation.glossary]
    if given_terms or original.glossary:
        _ids_match("glossary", given_terms, [term.term for term in original.glossary], report, untranslated, stale,
                   noun="glossary term")
    _one_word_one_meaning(translation, original, report)
    # Optional (a citation may read the same in every language): only what is given is checked.
    source_ids = {source.id for source in original.sources}
    for index, source in enumerate(translation.sources):
        if source.id not in source_ids:
            stale(("sources", index, "id"), f"the original has no source '{source.id}'")
    reviewers = original.review.reviewed_by if original.review is not None else []
    if translation.content_reviewers and len(translation.content_reviewers) != len(reviewers):
        report(("content_reviewers",), f"has {len(translation.content_reviewers)} reviewers; the original's review has "
                                       f"{len(reviewers)}, in the same order")
    if translation.training is not None:
        _training_parity(translation.training, original, report, untranslated)
    elif original.training is not None and missing is not None:
        # Said where the translation is shown (a quiz then asks the original's questions among
        # translated ones); a file written before translations could hold them still validates.
        missing(("training",), "not translated yet: the training questions and scenarios; the original's are shown")
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
            stale(("transitions", index), f"the original has no labelled way from '{transition.from_}' to '{transition.to}'")
    for path, translated, source_text in _text_pairs(translation, original):
        want, got = sorted(_PLACEHOLDER.findall(source_text)), sorted(_PLACEHOLDER.findall(translated))
        if want != got:
            shown = ", ".join(want) or "none"
            report(path, f"must keep the original's placeholders exactly ({shown}); the app fills them in")


def _training_parity(training: _Training, original: Pathway, report: Report, missing: Report) -> None:
    """Questions and scenarios by id; a scenario's events, and choices, whole and in order;
    an answer that is the translation of the original's (its choice in the same place)."""
    known = original.training
    if known is None:
        report(("training",), "the original has no training section to translate")
        return
    _ids_match(("training", "questions"), [q.id for q in training.questions], [q.id for q in known.questions],
               report, missing, report, noun="question")
    _ids_match(("training", "scenarios"), [s.id for s in training.scenarios], [s.id for s in known.scenarios],
               report, missing, report, noun="scenario")
    questions = {q.id: q for q in known.questions}
    for index, question in enumerate(training.questions):
        if question.id in questions:
            _asked_parity(question, questions[question.id], ("training", "questions", index), report)
    scenarios = {s.id: s for s in known.scenarios}
    for index, scenario in enumerate(training.scenarios):
        source = scenarios.get(scenario.id)
        if source is None or scenario.events is None:
            continue
        where: PathKey = ("training", "scenarios", index, "events")
        if len(scenario.events) != len(source.events):
            report(where, f"has {len(scenario.events)} events; the original has {len(source.events)}, in the same order")
            continue
        for number, (event, original_event) in enumerate(zip(scenario.events, source.events)):
            _asked_parity(event, original_event, (*where, number), report)


def _asked_parity(asked: _Asked, source: Any, where: PathKey, report: Report) -> None:
    if asked.choices is None and asked.answer is None:
        return
    if asked.choices is None or asked.answer is None:
        report(where, "choices and answer are translated together (the answer is one of the choices)")
        return
    if len(set(asked.choices)) != len(asked.choices):
        report((*where, "choices"), "two choices have the same text")
        return
    if len(asked.choices) != len(source.choices):
        report((*where, "choices"), f"has {len(asked.choices)} choices; the original has {len(source.choices)}, in the same order")
        return
    expected = asked.choices[source.answer_index]
    if asked.answer != expected:
        report((*where, "answer"), f"must be the translation of the original's answer, choice {source.answer_index + 1}: "
                                   f"'{expected}'")


def _one_word_one_meaning(translation: Translation, original: Pathway, report: Report) -> None:
    """Two entries that end up with the same word: the marks could show only one meaning."""
    given = {entry.id: entry for entry in translation.glossary}
    owner: dict[str, str] = {}
    for term in original.glossary:
        entry = given.get(term.term)
        shown = entry.term if entry is not None and entry.term is not None else term.term
        previous = owner.setdefault(shown.casefold(), term.term)
        if previous != term.term:
            where = next((i for i, e in enumerate(translation.glossary) if e.id == term.term), None)
            report(("glossary",) if where is None else ("glossary", where, "term"),
                   f"'{shown}' is already the word for '{previous}'; each entry needs a word of its own")


def _ids_match(
    section: str | tuple[str | int, ...], given: list[str], known: list[str], report: Report, missing: Report,
    stale: Report, *, noun: str | None = None,
) -> None:
    where = (section,) if isinstance(section, str) else section
    noun = noun or str(where[-1])[:-1].replace("_", " ")
    known_set, seen = set(known), set()
    untranslated = [item_id for item_id in known if item_id not in set(given)]
    for index, item_id in enumerate(given):
        if item_id not in known_set:
            near = difflib.get_close_matches(item_id, untranslated, n=1, cutoff=0.75)
            if near:
                # A slip of the keys ('wards' for 'ward'), not a step deleted since: refused,
                # as ever, with the id meant.
                report((*where, index, "id"), f"the original has no {noun} '{item_id}' (did you mean '{near[0]}'?)")
            else:
                stale((*where, index, "id"), f"the original has no {noun} '{item_id}'")
        elif item_id in seen:
            report((*where, index, "id"), f"'{item_id}' is translated twice")
        seen.add(item_id)
    left_out = [item_id for item_id in known if item_id not in seen]
    if left_out:
        shown = ", ".join(f"'{m}'" for m in left_out[:5]) + (f" and {len(left_out) - 5} more" if len(left_out) > 5 else "")
        missing(where, f"not translated yet: {shown}; the original text is shown for these")


def _text_pairs(translation: Translation, original: Pathway) -> list[tuple[tuple[str | int, ...], str, str]]:
    """Every translated text beside the original text it replaces, with its path."""
    pairs: list[tuple[tuple[str | int, ...], str, str]] = []
    signs = {sign.id: sign for sign in original.urgent_signs if sign.id}
    for index, sign in enumerate(translation.urgent_signs):
        if sign.id in signs:
            pairs.append((("urgent_signs", index, "text"), sign.text, signs[sign.id].text))
    choices = {choice.id: choice for choice in original.local_choices}
    for index, choice in enumerate(translation.local_choices):
        source = choices.get(choice.id)
        if source is None:
            continue
        if choice.unset_text is not None:
            pairs.append((("local_choices", index, "unset_text"), choice.unset_text, source.unset_text))
        options = {option.id: option for option in source.options}
        for number, option in enumerate(choice.options):
            if option.text is not None and option.id in options:
                pairs.append((("local_choices", index, "options", number, "text"), option.text, options[option.id].text))
    steps = {step.id: step for step in original.steps}
    for index, step in enumerate(translation.steps):
        source_step = steps.get(step.id)
        if source_step is None:
            continue
        for field in _STEP_TEXT:
            text, source_text = getattr(step, field), getattr(source_step, field)
            if text is not None and source_text is not None:
                pairs.append((("steps", index, field), text, source_text))
        for field in _STEP_LISTS:
            items, source_items = getattr(step, field), getattr(source_step, field)
            if items is not None and len(items) == len(source_items):
                pairs += [(("steps", index, field, n), a, b) for n, (a, b) in enumerate(zip(items, source_items))]
    return pairs


def apply_translation(original: Pathway, translation: Translation) -> TranslatedPathway:
    """The pathway in the translation's language, with the original wherever a field is not
    translated. Built from plain data and validated again (a copied model would keep the
    original's cached lookup tables)."""
    data = original.model_dump(mode="python", by_alias=True, exclude_unset=True)
    _overlay(data, translation.model_dump(include={"title", "condition", "disclaimer"}, exclude_none=True))
    # Hyphenation, text direction and fonts follow the words now shown.
    data["language"] = translation.language
    if translation.day_zero is not None and data.get("day_zero"):
        _overlay(data["day_zero"], translation.day_zero.model_dump(exclude_none=True))
    if translation.booked_day is not None and data.get("booked_day"):
        _overlay(data["booked_day"], translation.booked_day.model_dump(exclude_none=True))
    terms = {entry.id: entry.model_dump(exclude_none=True) for entry in translation.glossary}
    for term in data.get("glossary", []):
        _overlay(term, terms.get(term["term"], {}))
    for section in ("roles", "phases", "steps", "urgent_signs", "local_choices"):
        given = {item.id: item.model_dump(exclude_none=True) for item in getattr(translation, section)}
        for item in data.get(section, []):
            _overlay(item, given.get(item.get("id"), {}))
    citations = {source.id: source.citation for source in translation.sources}
    for source in data.get("sources", []):
        source["citation"] = citations.get(source["id"], source["citation"])
    review = data.get("review") or {}
    for reviewer, given in zip(review.get("reviewed_by", []), translation.content_reviewers):
        _overlay(reviewer, given.model_dump(exclude_none=True))
    if translation.training is not None and data.get("training"):
        _overlay_training(data["training"], translation.training)
    labels = {(t.from_, t.to): t.label for t in translation.transitions}
    for transition in data.get("transitions", []):
        label = labels.get((transition["from"], transition["to"]))
        if label is not None:
            transition["label"] = label
    return TranslatedPathway(Pathway.model_validate(data), translation.language, translation.review.reviewed)


def _overlay_training(target: dict[str, Any], training: _Training) -> None:
    questions = {q.id: q.model_dump(exclude_none=True) for q in training.questions}
    for question in target.get("questions", []):
        _overlay(question, questions.get(question["id"], {}))
    scenarios = {s.id: s for s in training.scenarios}
    for scenario in target.get("scenarios", []):
        given = scenarios.get(scenario["id"])
        if given is None:
            continue
        _overlay(scenario, given.model_dump(include={"title", "summary"}, exclude_none=True))
        for event, words in zip(scenario.get("events", []), given.events or []):
            _overlay(event, words.model_dump(exclude_none=True))


def _overlay(target: dict[str, Any], given: dict[str, Any]) -> None:
    for key, value in given.items():
        if key == "id":
            continue
        if key == "care_team":
            # Only what each role does is translated; the role ids stay the original's.
            for entry, new in zip(target[key], value):
                entry["does"] = new["does"]
        elif key == "options":
            # Options keep the original's ids and settings; only their words change.
            words = {option["id"]: option for option in value}
            for option in target.get(key, []):
                _overlay(option, words.get(option["id"], {}))
        else:
            target[key] = value


@dataclass(frozen=True)
class OpenedTranslation:
    """What the window needs from a translation file: the pathway to show (None when the
    file cannot be used, so the original stays) and every problem, located."""

    translated: TranslatedPathway | None
    problems: list[Problem]


def open_translation(path: str | os.PathLike[str], original: Pathway) -> OpenedTranslation:
    """Like :func:`load_translation`, but ids that are only *not translated yet*, or left over
    from an earlier version of the original (a step it no longer has), do not stop the
    translation being shown: those places show the original, the left-over ones nothing, and
    the problems still say which they are. Anything else wrong (an id translated twice, a
    list of another length, a lost placeholder, bad YAML) keeps the original on screen."""
    missing: list[Problem] = []
    name = os.fspath(path)
    try:
        raw, name = read_source(path)
        parsed = parse_bytes(raw, name, is_json=name.lower().endswith(".json"))

        def note_missing(where: PathKey, message: str) -> None:
            missing.append(Problem(name, parsed.line_of(where), format_path(where), message))

        def note_left_over(where: PathKey, message: str) -> None:
            # A step deleted from the original after the translation was written: the rest
            # of the translation is still right, so it is shown; the author is told.
            note_missing(where, f"{message}: left over from an earlier version of the original, not shown")

        translation = validate_parsed(
            parsed, name, Translation,
            model_check=lambda t, report: check_parity(t, original, report, missing=note_missing,
                                                       left_over=note_left_over),
        )
    except PathwayError as exc:
        return OpenedTranslation(None, sorted([*exc.problems, *missing]))
    try:
        translated = apply_translation(original, translation)
    except ValidationError as exc:
        # The parity checks should make this impossible; if one is missed, the window must
        # still say what is wrong instead of failing.
        problems: list[Problem] = []
        report_validation_error(exc, lambda where, message: problems.append(
            Problem(name, 1, format_path(where), f"the translated pathway is not valid: {message}")))
        return OpenedTranslation(None, sorted([*problems, *missing]))
    return OpenedTranslation(translated, sorted(missing))


def translation_language(path: Path) -> str | None:
    """The language in a translation's file name (``car_t_sle.de.yaml`` -> ``de``), else None."""
    match = _FILE_LANGUAGE.fullmatch(path.stem)
    return match.group("lang") if match else None


def original_of(path: Path) -> Path | None:
    """The pathway file a translation file translates (``x.de.yaml`` -> ``x.yaml``), if it
    exists beside it; None for a file that is not named like a translation."""
    match = _FILE_LANGUAGE.fullmatch(path.stem)
    if match is None:
        return None
    for suffix in (path.suffix, ".yaml", ".yml", ".json"):
        candidate = path.with_name(match.group("stem") + suffix)
        if candidate.is_file():
            return candidate
    return None


def is_translation_file(path: str | os.PathLike[str]) -> bool:
    """Whether a file holds a translation (a top-level ``translation_of``) rather than a
    pathway; a file that cannot be read or parsed is not one (loading it says why)."""
    try:
        raw, name = read_source(path)
        parsed = parse_bytes(raw, name, is_json=name.lower().endswith(".json"))
    except PathwayError:
        return False
    return isinstance(parsed.data, dict) and "translation_of" in parsed.data


def load_translation_file(path: str | os.PathLike[str]) -> tuple[Translation, Pathway]:
    """A translation file checked against the pathway beside it (``x.de.yaml`` against
    ``x.yaml``); raises :class:`PathwayError` with every problem, located in the
    translation, or a single problem saying the original is missing or refused."""
    _, original = _original_beside(path)
    return load_translation(path, original), original


def _original_beside(path: str | os.PathLike[str]) -> tuple[Path, Pathway]:
    from .loader import load_pathway

    name = os.fspath(path)
    original_file = original_of(Path(path))
    if original_file is None:
        expected = _FILE_LANGUAGE.fullmatch(Path(path).stem)
        hint = (f"'{expected.group('stem')}{Path(path).suffix}'" if expected
                else "a file named like 'pathway.de.yaml' beside 'pathway.yaml'")
        raise PathwayError([Problem(name, 1, "translation_of", f"no original pathway found beside it: expected {hint}")])
    try:
        return original_file, load_pathway(original_file)
    except PathwayError as exc:
        count = len(exc.problems)
        raise PathwayError([Problem(name, 1, "translation_of",
                                    f"its original {original_file} has {count} problem{'s' if count != 1 else ''}; "
                                    "validate that file first")]) from None


def lint_translation(path: str | os.PathLike[str]) -> list[Problem]:
    """Warnings for a translation that can be shown: ids not translated yet, and a review no
    clinician has done. Raises :class:`PathwayError` when it cannot be used at all. The
    readability checks of :mod:`models.lint` measure English and are not run on it."""
    _, original = _original_beside(path)
    opened = open_translation(path, original)
    if opened.translated is None:
        raise PathwayError(opened.problems)
    warnings = list(opened.problems)
    if not opened.translated.reviewed:
        name = os.fspath(path)
        raw, _ = read_source(path)
        parsed = parse_bytes(raw, name, is_json=name.lower().endswith(".json"))
        warnings.append(Problem(name, parsed.line_of(("review",)), "review",
                                "no clinician has checked this translation yet; the app says so wherever it is shown"))
    return sorted(warnings)
