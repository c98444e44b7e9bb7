"""What the app says about a pathway's content being a translation (no Qt).

The notice that a translation has not been checked by a clinician is shown in the
translation's own language, so the patient reading it understands it, and in English,
so a member of staff who does not read that language still knows what they are handing
out. Languages without a sentence here get the English one only: a notice in a language
nobody checked would repeat the very problem it warns about.
"""

from __future__ import annotations

# English names of languages a clinic is likely to translate into; any other tag is shown
# as typed ("the 'sw' translation").
_ENGLISH_NAMES = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fr": "French", "it": "Italian",
    "ja": "Japanese", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "tr": "Turkish",
    "zh": "Chinese",
}

# The notice in the translation's own language; add a sentence only with a fluent speaker.
_NOT_REVIEWED = {
    "de": "Diese deutsche Übersetzung wurde noch nicht von einer Ärztin oder einem Arzt geprüft.",
}


def _base(language: str) -> str:
    return language.split("-")[0].lower()


def language_name_english(language: str) -> str:
    """'de' -> 'German'; 'de-CH' -> 'German (de-CH)'; unknown tags as typed, quoted."""
    name = _ENGLISH_NAMES.get(_base(language))
    if name is None:
        return f"'{language}'"
    return name if _base(language) == language.lower() else f"{name} ({language})"


def not_reviewed_notice_english(language: str) -> str:
    return f"This {language_name_english(language)} translation has not yet been checked by a clinician."


def not_reviewed_notice(language: str) -> str:
    """The notice in the translation's language (when the app has it) and in English."""
    english = not_reviewed_notice_english(language)
    own = _NOT_REVIEWED.get(_base(language))
    return f"{own} ({english})" if own else english


def not_reviewed_notice_short(language: str) -> str:
    """One sentence, for a line at the top of every printed page: the reader's language
    when the app has it, else English."""
    return _NOT_REVIEWED.get(_base(language)) or not_reviewed_notice_english(language)


def translation_refused_title(language: str) -> str:
    return f"The {language_name_english(language)} translation cannot be shown"


TRANSLATION_REFUSED_FALLBACK = "The pathway stays in its own language."


def partly_translated_words(language: str) -> str:
    return (f"The {language_name_english(language)} translation is not complete: the parts not yet "
            "translated are shown in the pathway's own language.")
