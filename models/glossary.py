"""The plain-language glossary: load it, merge a pathway's own words in, find terms in text.

The details panel marks glossary terms in a step's text and the handout lists the terms
a reader met, so both ask the same question here: which terms occur in this text?

The bundled ``resources/glossary.yaml`` holds only general medical words, true for any
pathway, and ``resources/glossary.<language>.yaml`` the same words in another language.
Words of one disease or treatment belong to the pathway (its ``glossary`` section):
:func:`pathway_glossary` lays them over the shared ones in the pathway's language, so a
lymphoma pathway never explains a word in terms of lupus, and a German pathway is
explained in German.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from functools import cached_property
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .glossary_terms import Term
from .problems import PathwayError, Problem, format_path
from .schema import LanguageTag, Pathway
from .wording.sections import step_sections

BUNDLED_GLOSSARY = "glossary.yaml"
# The same shared words in other languages: glossary.de.yaml, glossary.fr.yaml ...
_OTHER_LANGUAGES = re.compile(r"glossary\.[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*\.yaml")

# Spaces and hyphens are interchangeable inside a term: "B-cell depletion" and
# "B cell depletion" are the same words, and a line break may fall between them.
_JOINER = r"[\s\u2010\u2011\u2013-]+"
_SPLIT = re.compile(r"[\s\u2010\u2011\u2013-]+")
_WORD_START = re.compile(r"(?<!\w)\w+")


class _Model(BaseModel):
    # Validators are built on first validation: a cached glossary (core/bundled_cache.py) needs none.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)


Match = tuple[int, int, Term]


class Glossary(_Model):
    language: LanguageTag = "en"  # the language the definitions are written in (BCP 47)
    terms: list[Term] = Field(default_factory=list)

    def find_terms(self, text: str) -> list[Match]:
        """Where glossary terms occur in ``text``, as ``(start, end, term)`` in text order.

        Whole words only, case-insensitive. Where two matches overlap the longer one wins
        ("CAR T cell" rather than "T cell" inside it), so no two results overlap.
        """
        if not text:
            return []
        # At every word start, look up the phrases beginning with that word and keep the
        # longest that matches there, even where it overlaps an earlier match; the
        # longest-first pass below then settles overlaps between different starts.
        index = self._index
        candidates: list[Match] = []
        for word in _WORD_START.finditer(text):
            key = word.group().lower()
            if key not in index:
                continue
            for pattern, term in self._patterns(key):
                found = pattern.match(text, word.start())
                if found:
                    candidates.append((found.start(), found.end(), term))
                    break
        candidates.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken: list[Match] = []
        for match in candidates:
            if all(match[1] <= other[0] or match[0] >= other[1] for other in taken):
                taken.append(match)
        return sorted(taken, key=lambda m: m[0])

    def occurs_in(self, text: str, starts: dict[str, list[int]], outside: tuple[int, int] = (0, 0)) -> bool:
        """Whether any term occurs in ``text`` as a whole word (as :meth:`find_terms` finds
        it), other than in ``outside`` (start, end). ``starts``: :func:`word_starts` of the
        text, worked out once for many glossaries: each looks only where its first words are."""
        for word in self._index:
            for position in starts.get(word, ()):
                if outside[0] <= position < outside[1]:
                    continue
                if any(pattern.match(text, position) for pattern, _ in self._patterns(word)):
                    return True
        return False

    def terms_used(self, pathway: Pathway, audience: str) -> list[Term]:
        """The terms a reader of ``audience`` meets in the pathway, alphabetical."""
        # One pass over all the text: a NUL separator is neither a word character nor
        # whitespace, so no match can run from one string into the next.
        text = "\x00".join(audience_texts(pathway, audience))
        found = {term.term: term for _, _, term in self.find_terms(text)}
        return sorted(found.values(), key=lambda t: t.term.casefold())

    def _patterns(self, word: str) -> list[tuple[re.Pattern[str], Term]]:
        """The compiled patterns of the phrases starting with ``word``, longest first.

        Compiled on first need: compiling every phrase up front cost ~25 ms of the first
        page shown at start-up, where only a few first words occur.
        """
        patterns = self._compiled.get(word)
        if patterns is None:
            patterns = self._compiled[word] = [
                (re.compile(f"(?:{regex})(?!\\w)", re.IGNORECASE), term) for regex, term in self._index[word]
            ]
        return patterns

    @cached_property
    def _compiled(self) -> dict[str, list[tuple[re.Pattern[str], Term]]]:
        return {}

    @cached_property
    def _index(self) -> dict[str, list[tuple[str, Term]]]:
        """Phrase regexes by their first word (lower case), longest regex first."""
        by_word: dict[str, dict[str, Term]] = {}
        for term in self.terms:
            for phrase in term.phrases:
                first = _WORD_START.match(phrase)
                if first is not None:  # the schema makes every phrase start with a word
                    by_word.setdefault(first.group().lower(), {}).setdefault(_phrase_regex(phrase), term)
        return {
            word: sorted(phrases.items(), key=lambda item: len(item[0]), reverse=True)
            for word, phrases in by_word.items()
        }


def word_starts(text: str) -> dict[str, list[int]]:
    """Where each word (lower case) starts in ``text``, as the glossary finds words."""
    out: dict[str, list[int]] = {}
    for word in _WORD_START.finditer(text):
        out.setdefault(word.group().lower(), []).append(word.start())
    return out


def merge_glossaries(shared: Glossary | None, own: list[Term], language: str) -> Glossary | None:
    """``own`` terms over ``shared``: a term the pathway defines replaces the shared one.

    Terms are the same when their names match case-insensitively; the shared term's
    aliases go with it, so a replaced word is never explained twice.
    """
    if not own:
        return shared
    names = {term.term.casefold() for term in own}
    kept = [term for term in (shared.terms if shared is not None else []) if term.term.casefold() not in names]
    # Both parts are validated already (the glossary file, the pathway); validating again
    # would build the glossary's pydantic validators, ~60-120 ms of a start showing a
    # pathway with words of its own.
    return Glossary.model_construct(language=language, terms=[*own, *kept])


# The shared words: one glossary, or one per language (the bundled ones, bundled_glossaries()).
SharedWords = Glossary | Sequence[Glossary]

# The merge for the pathway shown now: every paint of the details panel asks for it.
_last: list[tuple[SharedWords | None, Pathway, Glossary | None]] = []


def pathway_glossary(shared: SharedWords | None, pathway: Pathway | None) -> Glossary | None:
    """The glossary a reader of ``pathway`` gets: its own terms merged over the shared ones
    in its language (with no pathway, the first of the shared glossaries)."""
    if pathway is None:
        return shared if shared is None or isinstance(shared, Glossary) else next(iter(shared), None)
    if _last and _last[0][0] is shared and _last[0][1] is pathway:
        return _last[0][2]
    # An English word list explains nothing to a reader of a German pathway: only words in
    # the pathway's own language are explained, the shared ones in it if there are any.
    base = next((g for g in _as_list(shared) if _primary(g.language) == _primary(pathway.language)), None)
    merged = merge_glossaries(base, pathway.glossary, language=pathway.language)
    _last[:] = [(shared, pathway, merged)]
    return merged


def _as_list(shared: SharedWords | None) -> Sequence[Glossary]:
    if shared is None:
        return ()
    return (shared,) if isinstance(shared, Glossary) else shared


def _primary(tag: str) -> str:
    """The language of a BCP 47 tag without region or script: 'de-CH' -> 'de'."""
    return tag.partition("-")[0].casefold()


def _phrase_regex(phrase: str) -> str:
    return _JOINER.join(re.escape(word) for word in _SPLIT.split(phrase.strip()) if word)


def audience_texts(pathway: Pathway, audience: str) -> list[str]:
    """Every string a reader of ``audience`` sees, rendered the way the views render steps."""
    texts = [pathway.title, pathway.condition, pathway.disclaimer]
    texts += [r.name for r in pathway.roles] + [r.description for r in pathway.roles]
    texts += [p.title for p in pathway.phases] + [p.description for p in pathway.phases if p.description]
    texts += [t.label for t in pathway.transitions if t.label]
    for step in pathway.steps:
        texts.append(step.title)
        for section in step_sections(pathway, step, audience=audience, include_sources=False):
            texts += section.paragraphs + section.items
    return texts


def bundled_glossary() -> Traversable:
    return files("resources") / BUNDLED_GLOSSARY


def bundled_glossaries() -> list[Traversable]:
    """The shared glossary files: the English one first, then one per other language."""
    others = sorted((f for f in files("resources").iterdir() if _OTHER_LANGUAGES.fullmatch(f.name)), key=lambda f: f.name)
    return [bundled_glossary(), *others]


def load_bundled_glossaries() -> tuple[Glossary, ...]:
    """Every shared glossary the app ships, for :func:`pathway_glossary` to choose from."""
    return tuple(load_glossary(source) for source in bundled_glossaries())


def load_glossary(path: str | os.PathLike[str] | Traversable | None = None) -> Glossary:
    """Read a glossary file (the bundled one by default).

    Raises :class:`PathwayError` with plain, located problems if the file is unreadable
    or malformed, the same way pathway files are refused.
    """
    source = bundled_glossary() if path is None else path
    name = os.fspath(source) if isinstance(source, (str, os.PathLike)) else str(getattr(source, "name", source))
    try:
        raw = Path(source).read_bytes() if isinstance(source, (str, os.PathLike)) else source.read_bytes()
    except FileNotFoundError:
        raise PathwayError([Problem(name, 1, "(file)", "the glossary file does not exist")]) from None
    except OSError as exc:
        raise PathwayError([Problem(name, 1, "(file)", f"the glossary cannot be read: {exc.strerror or exc}")]) from None
    return load_glossary_bytes(raw, name)


def load_glossary_bytes(raw: bytes, name: str) -> Glossary:
    """A glossary from a file's bytes; ``name`` is used in the problems."""
    from .parsing import ParseFailure, decode, parse_text  # YAML is not needed when the glossary is cached

    try:
        parsed = parse_text(decode(raw, name), name, is_json=name.lower().endswith(".json"))
    except ParseFailure as failure:
        raise PathwayError(failure.problems) from None
    try:
        return Glossary.model_validate(parsed.data if parsed.data is not None else {})
    except ValidationError as exc:
        problems = [
            Problem(name, parsed.line_of(tuple(err["loc"])), format_path(tuple(err["loc"])), str(err["msg"]))
            for err in exc.errors()
        ]
        raise PathwayError(problems) from None
