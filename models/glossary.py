"""The plain-language glossary: load it, and find its terms in running text.

The details panel marks glossary terms in a step's text and the handout lists the terms
a reader met, so both ask the same question here: which terms occur in this text?
"""

from __future__ import annotations

import os
import re
from functools import cached_property
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from .parsing import ParseFailure, decode, parse_text
from .problems import PathwayError, Problem, format_path
from .schema import Pathway
from .sections import step_sections

BUNDLED_GLOSSARY = "glossary.yaml"

_Phrase = Annotated[str, StringConstraints(min_length=1, max_length=120)]

# Spaces and hyphens are interchangeable inside a term: "B-cell depletion" and
# "B cell depletion" are the same words, and a line break may fall between them.
_JOINER = r"[\s\u2010\u2011\u2013-]+"
_SPLIT = re.compile(r"[\s\u2010\u2011\u2013-]+")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Term(_Model):
    term: _Phrase = Field(description="The word or phrase as shown in the glossary")
    aliases: list[_Phrase] = Field(default_factory=list, description="Other spellings and plurals")
    definition: Annotated[str, StringConstraints(min_length=1, max_length=1000)]

    @property
    def phrases(self) -> list[str]:
        return [self.term, *self.aliases]


Match = tuple[int, int, Term]


class Glossary(_Model):
    terms: list[Term] = Field(default_factory=list)

    def find_terms(self, text: str) -> list[Match]:
        """Where glossary terms occur in ``text``, as ``(start, end, term)`` in text order.

        Whole words only, case-insensitive. Where two matches overlap the longer one wins
        ("CAR T cell" rather than "T cell" inside it), so no two results overlap.
        """
        if not text:
            return []
        # The lookahead finds, at every word start, the longest phrase beginning there,
        # even where it overlaps an earlier match; the longest-first pass below then
        # settles overlaps between matches that start at different places.
        pattern, owners = self._pattern
        candidates: list[Match] = []
        for m in pattern.finditer(text):
            group = m.lastindex
            if group is not None:
                candidates.append((m.start(), m.start() + len(m.group(group)), owners[group]))
        candidates.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken: list[Match] = []
        for match in candidates:
            if all(match[1] <= other[0] or match[0] >= other[1] for other in taken):
                taken.append(match)
        return sorted(taken, key=lambda m: m[0])

    def terms_used(self, pathway: Pathway, audience: str = "patient") -> list[Term]:
        """The terms a reader of ``audience`` meets in the pathway, alphabetical."""
        # One pass over all the text: a NUL separator is neither a word character nor
        # whitespace, so no match can run from one string into the next.
        text = "\x00".join(audience_texts(pathway, audience))
        found = {term.term: term for _, _, term in self.find_terms(text)}
        return sorted(found.values(), key=lambda t: t.term.casefold())

    @cached_property
    def _pattern(self) -> tuple[re.Pattern[str], dict[int, Term]]:
        phrases: dict[str, Term] = {}
        for term in self.terms:
            for phrase in term.phrases:
                phrases.setdefault(_phrase_regex(phrase), term)
        if not phrases:
            return re.compile(r"(?!)"), {}
        # Longer patterns first: at one start position the longest phrase wins.
        ordered = sorted(phrases, key=len, reverse=True)
        owners = {i + 1: phrases[regex] for i, regex in enumerate(ordered)}
        alternatives = "|".join(f"({regex})" for regex in ordered)
        return re.compile(r"(?<!\w)(?=(?:" + alternatives + r")(?!\w))", re.IGNORECASE), owners


def _phrase_regex(phrase: str) -> str:
    return _JOINER.join(re.escape(word) for word in _SPLIT.split(phrase.strip()) if word)


def audience_texts(pathway: Pathway, audience: str = "patient") -> list[str]:
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
    try:
        parsed = parse_text(decode(raw, name), name, is_json=name.lower().endswith(".json"))
    except ParseFailure as failure:
        raise PathwayError(failure.problems) from None
    try:
        return Glossary.model_validate(parsed.data if parsed.data is not None else {})
    except ValidationError as exc:
        problems = [
            Problem(name, parsed.line_of(tuple(err["loc"])), format_path(tuple(err["loc"])), str(err["msg"]))
            for err in exc.errors(include_url=False)
        ]
        raise PathwayError(problems) from None
