"""Where long words may break, by the pathway's language (pyphen's bundled dictionaries).

A card, a timeline label or a handout table is narrower than some words ("Lymphozyten-
depletion", "Nachsorgeuntersuchung"). Cutting such a word loses it; breaking it where the
language allows, with a hyphen, keeps every letter. pyphen is pure Python and carries
its dictionaries, so this works offline. A language it has no dictionary for gets no
break points, and the callers fall back to breaking between letters.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from importlib.resources.abc import Traversable

import pyphen

SOFT_HYPHEN = "\u00ad"
MIN_WORD = 7  # shorter words are never broken: "watch-" / "ing" helps no one
_PUNCTUATION = "\"'()[]{}<>.,;:!?\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb"
_APOSTROPHES = re.compile("['\u2019]")
_VOWELS = set("aeiouyäöüàáâãåæèéêëìíîïòóôõøœùúûý")  # Latin-script vowels; other scripts keep the default
_LONG_WORD = re.compile(r"[^\W\d_]{%d,}" % MIN_WORD)  # letters only, in any script


# Reads a dictionary file into pyphen's parsed patterns. pyphen parses in pure Python, on
# every start: ~45 ms of CPU for English, ~0.43 s for German (issue #13), so the app hands in
# one that keeps the parsed patterns in its cache folder (pathway_viewer/core/bundled_cache.py).
DictionaryLoader = Callable[[Traversable], pyphen.HyphDict]
_loader: DictionaryLoader | None = None


def use_dictionary_loader(loader: DictionaryLoader | None) -> None:
    """Read dictionaries not yet loaded with ``loader`` (None: pyphen parses them itself)."""
    global _loader
    _loader = loader


class _Syllables(pyphen.Pyphen):
    """pyphen's breaks, never leaving a part of one letter.

    pyphen keeps two letters at each end of a word (its ``left`` and ``right``; more where
    the dictionary file says so, :func:`_stated_minimums`), but inside a word its
    patterns may leave one: German "Fremd-s-pen-der", "...ti-ons-s-ta-ti-on". A line
    ending "Fremds-" or starting "s-" reads as another word, so a lone letter joins the
    part after it ("Fremd-spen-der"), or the one before it at the word's end or when it
    is a consonant and the part after starts with a vowel ("Hau-s-ärz-tin": "Haus-ärz-tin").
    """

    def positions(self, word: str) -> list[int]:
        kept: list[int] = []
        for point in super().positions(word):
            start = kept[-1] if kept else 0
            if point - start >= 2:
                kept.append(point)
            elif kept and word[start].lower() not in _VOWELS and word[point].lower() in _VOWELS:
                # A consonant before a vowel ends its syllable: "Haus-ärz-tin", not "Hau-särz-tin".
                kept[-1] = point
        if kept and len(word) - kept[-1] < 2:
            kept.pop()
        return _at_syllable_starts(word, kept, self.one_sound)

    # Letter pairs that this language writes for one sound, beyond _ONE_SOUND.
    one_sound: tuple[str, ...] = ()


# How sonorous a Latin consonant is: stops, fricatives, nasals, liquids, glides. A syllable's
# first consonants rise towards its vowel ("Pfle", "Kran", "stra"); letters written together
# for one sound count as one ("sch", "ch", "ck", "ph", "rh", "th").
_SONORITY = dict.fromkeys("pbtdkgcq", 1) | dict.fromkeys("fvszhxßw", 2) | dict.fromkeys("mn", 3)
_SONORITY |= dict.fromkeys("lr", 4) | {"j": 5}
_ONE_SOUND = ("sch", "ch", "ck", "gh", "ph", "rh", "sh", "th")
# Doubled letters that a language writes for one sound, a syllable's start ("ro-di-lla").
_DOUBLED_SOUNDS = {"es": ("ll", "rr"), "ca": ("ll",)}


def _odd_start(part: str, one_sound: tuple[str, ...] = ()) -> bool:
    """Whether ``part`` cannot start a syllable: its first consonants do not rise towards
    the vowel ("lvenen", "rtung") or are one letter twice ("ssungs"). A word starting "s"
    and another consonant is common ("Stra", "spr", "sm"), as is one vowel or consonant."""
    letters = [unicodedata.normalize("NFD", c)[0] for c in part.lower()]
    onset = ""
    for letter in letters:
        if letter not in _SONORITY:
            break
        onset += letter
    if len(onset) < 2 or len(onset) == len(letters) or letters[len(onset)] in _SONORITY:
        return False  # one consonant, or a letter this rule does not know (another script)
    if onset[:2] in one_sound:
        onset = onset[1:]
    elif onset[0] == onset[1]:
        return True
    if onset[0] == "s" and not onset.startswith(("sch", "sh")):
        onset = onset[1:]
    sounds: list[int] = []
    while onset:
        digraph = next((d for d in _ONE_SOUND if onset.startswith(d)), onset[0])
        sounds.append(_SONORITY[digraph[0]] if len(digraph) == 1 else (1 if digraph == "ck" else 2))
        onset = onset[len(digraph) :]
    return any(after < before or after == before != 2 for before, after in zip(sounds, sounds[1:]))


def _at_syllable_starts(word: str, points: list[int], one_sound: tuple[str, ...] = ()) -> list[int]:
    """``points`` with each break that would start a line oddly ("Zentra-lvenen",
    "Absto-ssungs": patterns that miss a compound's seam) moved on to where the next
    syllable can start ("Zentral-venen", "Abstos-sungs"), or dropped if there is none."""
    moved: list[int] = []
    for n, found in enumerate(points):
        point = found
        end = points[n + 1] - 2 if n + 1 < len(points) else len(word) - 2
        while point <= end and _odd_start(word[point:], one_sound):
            point += 1
        if point <= end and (not moved or point - moved[-1] >= 2):
            # pyphen's own breaks carry a spelling change some languages make there
            # (its ``data``); a moved break is a plain one.
            moved.append(found if point == found else pyphen.DataInt(point))
    return moved


@lru_cache(maxsize=16)
def _dictionary(language: str) -> pyphen.Pyphen | None:
    # pyphen drops region and script parts itself ("de-AT" -> "de"), "-" or "_" alike.
    found = pyphen.language_fallback(language)
    if not found:
        return None
    path = pyphen.LANGUAGES[found]
    # pyphen.Pyphen takes a file's patterns from its cache of parsed files when they are
    # there (pyphen.hdcache, since pyphen 0.9); a pyphen without it simply parses.
    parsed = getattr(pyphen, "hdcache", None)
    if _loader is not None and isinstance(parsed, dict) and path not in parsed:
        parsed[path] = _loader(path)
    left, right = _stated_minimums(path)
    syllables = _Syllables(lang=found, left=left, right=right)
    syllables.one_sound = _DOUBLED_SOUNDS.get(found.split("_")[0], ())
    return syllables


_MINIMUM = re.compile(rb"^(LEFT|RIGHT)HYPHENMIN\s+(\d+)\s*$", re.MULTILINE)


def _stated_minimums(path: Traversable) -> tuple[int, int]:
    """The fewest letters a dictionary file says to leave before and after a break (English:
    2 and 3, so never "Leukapheres-" / "is"), never fewer than pyphen's 2. pyphen keeps
    2 and 2 whatever the file says. The statements head the file, before its patterns."""
    with path.open("rb") as file:
        head = file.read(512)
    stated = {side: int(count) for side, count in _MINIMUM.findall(head)}
    return max(2, stated.get(b"LEFT", 2)), max(2, stated.get(b"RIGHT", 2))


@lru_cache(maxsize=4096)
def break_points(word: str, language: str = "en") -> tuple[tuple[str, str], ...]:
    """Ways to break ``word`` as (left, right), the longest left part first; the hyphen
    is not included. Words that already hold a hyphen break after it, and inside those of
    their parts that are long words ("Transplan-/tat-gegen-Wirt-Reaktion"; "CAR-T" whole)."""
    if "-" not in word.strip("-"):
        return _word_breaks(word, language)
    pairs: list[tuple[str, str]] = []
    start = 0
    for part in word.split("-"):
        end = start + len(part)
        pairs += [(word[:start] + left, right + word[end:]) for left, right in _word_breaks(part, language)]
        if 0 < end < len(word) - 1:  # after a hyphen, never before the first letter or after the last
            pairs.append((word[: end + 1], word[end + 1 :]))
        start = end + 1
    return tuple(sorted(pairs, key=lambda pair: len(pair[0]), reverse=True))


def _word_breaks(word: str, language: str) -> tuple[tuple[str, str], ...]:
    """Where a word with no hyphen may break, by its language's dictionary."""
    dictionary = _dictionary(language)
    # Only words: a path, a code or a number is not hyphenated ("probe20/-probe.png"). An
    # elided article is part of a word ("d'éligibilité", "dell'ospedale"): the dictionaries
    # know it, and a word left unbroken there would be cut between letters.
    core = word.strip(_PUNCTUATION)
    if dictionary is None or len(core) < MIN_WORD or not _APOSTROPHES.sub("", core).isalpha():
        return ()
    lead = word[: word.index(core)]
    tail = word[len(lead) + len(core) :]
    return tuple((lead + left, right + tail) for left, right in dictionary.iterate(core))


def soft_hyphenate(text: str, language: str = "en") -> str:
    """``text`` with soft hyphens where its long words may break (for rich text and PDFs)."""
    dictionary = _dictionary(language)
    if dictionary is None:
        return text
    return _LONG_WORD.sub(lambda match: dictionary.inserted(match.group(0), SOFT_HYPHEN), text)
