"""The hook through which the sentences in ``models/wording`` reach the interface language.

``models`` never imports Qt, yet its sentences ("about 2 weeks", headings, the disclaimer)
must read German in a German interface and handout. So every such sentence goes through
``Words.tr(...)``: by default an English identity (``%n`` replaced, "(s)" resolved), and
once the app has chosen a language it calls the translator installed with :func:`install`
(``QCoreApplication.translate``). ``Words.tr`` has the shape of Qt's own ``tr`` on purpose:
Qt's ``lupdate`` extracts ``Words.tr("text", "comment", n)`` under the context "Words",
with ``%n`` plurals marked as such (it does not for a plain ``translate()`` call with a
variable count). ``QT_TRANSLATE_NOOP`` marks text kept in tables and translated later.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

# (context, source text, disambiguation or None, n) -> translated text
Translator = Callable[[str, str, "str | None", int], str]

CONTEXT = "Words"

_translator: Translator | None = None
_language = "en"  # the interface language the translator writes
_PLURAL = re.compile(r"\((s|es)\)")


def install(translator: Translator | None, language: str = "en") -> None:
    """Use ``translator``, which writes ``language``, for every sentence from now on; None
    goes back to English."""
    global _translator, _language
    _translator = translator
    _language = language if translator is not None else "en"


def interface_language() -> str:
    """The language the app's own sentences are written in now ("en" until one is installed)."""
    return _language


def in_interface_language(language: str) -> bool:
    """Whether text in ``language`` (a pathway's, BCP 47) is in the interface's language:
    only then may the app's joining words run into it as one sentence ("if signs of CRS")."""
    def primary(tag: str) -> str:
        return tag.replace("_", "-").split("-")[0].casefold()

    return primary(language) == primary(_language)


def english(text: str, n: int = -1) -> str:
    """The English text itself: '%n day(s)' is '1 day' or '3 days'."""
    if n < 0:
        return text
    suffix = "" if n == 1 else r"\1"
    return _PLURAL.sub(suffix, text).replace("%n", str(n))


class Words:
    """The lupdate context of the sentences models write (see the module docstring)."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        if _translator is None:
            return english(text, n)
        return _translator(CONTEXT, text, disambiguation or None, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate knows this name)
    """Marks ``text`` for lupdate where it is written; translate it where it is shown."""
    return text



# (date, Qt-style pattern such as "ddd d MMM yyyy") -> the date in the interface language
DateFormatter = Callable[[dt.date, str], str]
_date_formatter: DateFormatter | None = None
_ENGLISH_PATTERNS = {"ddd d MMM yyyy": "%a {day} %b %Y", "d MMM yyyy": "{day} %b %Y", "MMMM yyyy": "%B %Y"}


def install_date_formatter(formatter: DateFormatter | None) -> None:
    """Dates in the interface language (the app passes QLocale's); None goes back to English."""
    global _date_formatter
    _date_formatter = formatter


def format_date_pattern(day: dt.date, pattern: str) -> str:
    """``day`` written with one of the patterns above; the pattern itself is translatable,
    so German can say "Mo., 3. März 2026" where English says "Mon 3 Mar 2026"."""
    if _date_formatter is not None:
        return _date_formatter(day, pattern)
    english_pattern = _ENGLISH_PATTERNS.get(pattern, "%a {day} %b %Y")
    return day.strftime(english_pattern.replace("{day}", str(day.day)))


# (number, decimals, language or None for the interface's) -> the number written that
# language's way ("38,0" in German)
NumberFormatter = Callable[[float, int, "str | None"], str]
_number_formatter: NumberFormatter | None = None


def install_number_formatter(formatter: NumberFormatter | None) -> None:
    """Numbers in the interface language (the app passes QLocale's); None goes back to English."""
    global _number_formatter
    _number_formatter = formatter


def format_number(value: float, decimals: int, language: str | None = None) -> str:
    """``value`` with ``decimals`` places: '38.0' in English, '38,0' in German; in the
    interface language, or in ``language`` (a number inside the pathway's own words)."""
    if _number_formatter is not None:
        return _number_formatter(value, decimals, language)
    return f"{value:.{decimals}f}"


# (language tag, in English?) -> the language's name ("Greek", or "Ελληνικά" in its own
# words), or None where it is not known
LanguageNamer = Callable[[str, bool], "str | None"]
_language_namer: LanguageNamer | None = None


def install_language_namer(namer: LanguageNamer | None) -> None:
    """Names of languages the app's own list lacks (the app passes QLocale's)."""
    global _language_namer
    _language_namer = namer


def language_name_fallback(language: str, *, english: bool) -> str | None:
    return _language_namer(language, english) if _language_namer is not None else None


def fill(template: str, *values: object) -> str:
    """Qt's ``%1``, ``%2`` ... in a translated sentence, filled in one pass (a value that
    itself holds "%2" stays as typed); a translation may put them in any order."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if index <= len(values) else match.group(0)

    return re.sub(r"%([1-9])", value, template)
