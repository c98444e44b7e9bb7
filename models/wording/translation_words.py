"""What the app says about a pathway's content being a translation (no Qt).

The notice that a translation has not been checked by a clinician is shown in the
translation's own language, so the patient reading it understands it, and in English,
so a member of staff who does not read that language still knows what they are handing
out. Languages without a sentence here get the English one only: a notice in a language
nobody checked would repeat the very problem it warns about.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP, Words, fill, in_interface_language, interface_language, language_name_fallback

# English names of languages a clinic is likely to translate into; any other is named by
# Qt's locale data where the app runs ("Greek"), else shown as typed ("the 'xx' translation").
_ENGLISH_NAMES = {
    "ar": "Arabic", "de": "German", "en": "English", "es": "Spanish", "fr": "French", "it": "Italian",
    "ja": "Japanese", "nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "tr": "Turkish",
    "zh": "Chinese", "he": "Hebrew",
}

# The notice in the translation's own language; add a sentence only with a fluent speaker.
_NOT_REVIEWED = {
    "de": "Diese deutsche Übersetzung wurde noch nicht von einer Ärztin oder einem Arzt geprüft.",
    "fr": "Cette traduction française n'a pas encore été vérifiée par un médecin.",
    "es": "Esta traducción al español todavía no ha sido revisada por un médico.",
    "it": "Questa traduzione italiana non è ancora stata controllata da un medico.",
}


def _base(language: str) -> str:
    return language.split("-")[0].lower()


def language_name_english(language: str) -> str:
    """'de' -> 'German'; 'de-CH' -> 'German (de-CH)'; unknown tags as typed, quoted."""
    name = _ENGLISH_NAMES.get(_base(language)) or language_name_fallback(_base(language), english=True)
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


# The notices above stay German and English on purpose; what follows is the interface
# speaking to the person at the screen, so it is in the interface language.
_INTERFACE_NAMES = {
    "ar": QT_TRANSLATE_NOOP("Words", "Arabic"), "de": QT_TRANSLATE_NOOP("Words", "German"),
    "en": QT_TRANSLATE_NOOP("Words", "English"), "es": QT_TRANSLATE_NOOP("Words", "Spanish"),
    "fr": QT_TRANSLATE_NOOP("Words", "French"), "it": QT_TRANSLATE_NOOP("Words", "Italian"),
    "ja": QT_TRANSLATE_NOOP("Words", "Japanese"), "nl": QT_TRANSLATE_NOOP("Words", "Dutch"),
    "pl": QT_TRANSLATE_NOOP("Words", "Polish"), "pt": QT_TRANSLATE_NOOP("Words", "Portuguese"),
    "tr": QT_TRANSLATE_NOOP("Words", "Turkish"), "zh": QT_TRANSLATE_NOOP("Words", "Chinese"),
    "he": QT_TRANSLATE_NOOP("Words", "Hebrew"),
}


def language_name_interface(language: str) -> str:
    """'de' -> 'German' in an English interface, 'Deutsch' in a German one; as typed if unknown."""
    known = _INTERFACE_NAMES.get(_base(language))
    # A language the list lacks: its English name in an English interface, else its own
    # name ("Ελληνικά"), which a reader of any interface recognises; "'el'" told nobody.
    name = Words.tr(known) if known is not None else language_name_fallback(
        _base(language), english=interface_language() == "en")
    if name is None:
        return f"'{language}'"
    return name if _base(language) == language.lower() else f"{name} ({language})"


def mixed_language_notice(words_language: str) -> str | None:
    """Where the pathway's words are in another language than the app's own sentences
    around them (headings, timings, "if ...", "(sometimes)"), saying so; else None. A
    French pathway in an English interface read "From 1 day to about 3 weeks after le jour
    de votre première cure" with nothing to say why."""
    if in_interface_language(words_language):
        return None
    return fill(Words.tr("This pathway is written in %1; the app's own words around it are in %2."),
                language_name_interface(words_language), language_name_interface(interface_language()))


def translation_refused_title(language: str) -> str:
    return fill(Words.tr("The %1 translation cannot be shown"), language_name_interface(language))


TRANSLATION_REFUSED_FALLBACK = QT_TRANSLATE_NOOP("Words", "The pathway stays in its own language.")


def partly_translated_words(language: str) -> str:
    text = Words.tr("The %1 translation is not complete: the parts not yet translated are shown in the pathway's own language.")
    return fill(text, language_name_interface(language))
