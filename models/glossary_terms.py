"""One glossary entry, shared by the glossary files and a pathway's own ``glossary`` section.

It lives apart from :mod:`models.glossary` because the pathway format (``models.schema``)
needs it and ``models.glossary`` needs the pathway format: one definition, no import cycle.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

# A phrase starts with a letter or digit: matching looks phrases up by their first word.
Phrase = Annotated[str, StringConstraints(min_length=1, max_length=120, pattern=r"^\w")]


class Term(BaseModel):
    # Validators are built on first validation: a cached glossary (core/bundled_cache.py) needs none.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, defer_build=True)

    term: Phrase = Field(description="The word or phrase as shown in the glossary")
    aliases: list[Phrase] = Field(default_factory=list, description="Other spellings and plurals")
    definition: Annotated[str, StringConstraints(min_length=1, max_length=1000)]

    @property
    def phrases(self) -> list[str]:
        return [self.term, *self.aliases]
