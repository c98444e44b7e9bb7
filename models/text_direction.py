"""Which way a piece of pathway text runs: right to left (Arabic, Hebrew, Persian...) or left to right.

A clinic's pathway can mix scripts: a German file with one Arabic title, an Arabic file with
"CAR-T" in a sentence. Each text follows its first strong letter, as the Unicode bidirectional
algorithm does for a paragraph (rules P2/P3); text with no letters at all (a number, a date)
follows the language the pathway is written in.
"""

from __future__ import annotations

import unicodedata

# Languages written right to left (BCP 47 primary subtags).
# Kurdish ("ku") is written in Latin or Arabic letters: only "ku-Arab" runs right to left,
# and the script subtag below finds it.
RTL_LANGUAGES = frozenset({"ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi"})


def language_is_rtl(language: str | None) -> bool:
    """True for a BCP 47 tag whose language is written right to left ("ar", "he-IL", "fa")."""
    if not language:
        return False
    tag = language.strip().lower().replace("_", "-")
    if "-arab" in tag or "-hebr" in tag:  # a script subtag: "pa-Arab", "yi-Hebr"
        return True
    return tag.partition("-")[0] in RTL_LANGUAGES


def first_strong_direction(text: str) -> str | None:
    """"rtl" or "ltr" from the first strong letter of ``text``; None if it has none."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return None


def is_rtl(text: str, language: str | None = None) -> bool:
    """Whether ``text`` is laid out right to left, with ``language`` deciding when it has no letters."""
    direction = first_strong_direction(text)
    if direction is None:
        return language_is_rtl(language)
    return direction == "rtl"


def html_dir(text: str, language: str | None = None) -> str:
    """The value for an HTML ``dir`` attribute: "rtl" or "ltr"."""
    return "rtl" if is_rtl(text, language) else "ltr"


FIRST_STRONG_ISOLATE, POP_DIRECTIONAL_ISOLATE = "\u2068", "\u2069"


def isolated(text: str) -> str:
    """``text`` set apart for the bidirectional algorithm when it holds right-to-left letters,
    so it keeps its own direction inside a sentence of the other: an Arabic title quoted in
    an English question ("During “...”: “...”.") had its quotes and colon pulled into the
    Arabic, the two titles swapped. Left-to-right text is returned as it is."""
    if not any(unicodedata.bidirectional(char) in ("R", "AL") for char in text):
        return text
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


LEFT_TO_RIGHT_ISOLATE = "\u2066"


def left_to_right_in(sentence: str, text: str) -> str:
    """``text`` (a number and its unit, "38.0 °C") set apart as left to right where it stands
    in a ``sentence`` holding right-to-left letters: inside a Hebrew sign it read "C° 38.0",
    the unit before the number. Elsewhere it is returned as it is."""
    if not any(unicodedata.bidirectional(char) in ("R", "AL") for char in sentence):
        return text
    return f"{LEFT_TO_RIGHT_ISOLATE}{text}{POP_DIRECTIONAL_ISOLATE}"


def unmarked(text: str) -> str:
    """``text`` without the isolates :func:`isolated` added (for a spreadsheet, where they
    only get in the way)."""
    return text.replace(FIRST_STRONG_ISOLATE, "").replace(LEFT_TO_RIGHT_ISOLATE, "").replace(POP_DIRECTIONAL_ISOLATE, "")
