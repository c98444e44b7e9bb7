"""The interface language: which one, its translators, its locale and its text direction.

The choice is a setting (``view/language``: "system" or a language code) that ``--lang``
overrides. "system" follows ``QLocale.system()``. The app's own translations are the
``resources/translations/pathway_viewer_<lang>.qm`` files (built from the ``.ts`` sources
with ``make translations``); Qt's own (``qtbase_<lang>.qm``: the buttons of standard
dialogs) come from Qt's translations folder. English is the source language and needs only
its plural forms (``pathway_viewer_en.qm``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from importlib.resources import as_file, files

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from models.wording import i18n as words_i18n
from models.wording.i18n import fill

__all__ = ["SYSTEM", "apply_language", "available_languages", "fill", "language_name", "resolve"]

SYSTEM = "system"
SOURCE_LANGUAGE = "en"


def available_languages() -> list[str]:
    """Every interface language shipped: English and each ``pathway_viewer_<lang>.qm``."""
    folder = files("resources") / "translations"
    found = {SOURCE_LANGUAGE}
    for entry in folder.iterdir():
        name = entry.name
        if name.startswith("pathway_viewer_") and name.endswith(".qm"):
            found.add(name[len("pathway_viewer_"):-len(".qm")])
    return sorted(found)


def language_name(code: str) -> str:
    """The language in its own words ("Deutsch", "English"), as a language menu lists it."""
    locale = QLocale(code)
    name = locale.nativeLanguageName()
    # Qt names some languages after their main country ("español de España"): the menu
    # offers the language, so the same language's plainer name if Qt has one ("español").
    others = QLocale.matchingLocales(locale.language(), locale.script(), QLocale.Country.AnyCountry)
    plainer = [n for n in (o.nativeLanguageName() for o in others) if n and name.startswith(n + " ")]
    name = min(plainer, key=len, default=name)
    if code == SOURCE_LANGUAGE or not name:
        # Qt names "en" "American English"; the menu offers the language, not a country.
        return "English" if code == SOURCE_LANGUAGE else code
    return name[:1].upper() + name[1:]


def resolve(choice: str | None) -> str:
    """The language to use for a choice ("system", a code, or None for system)."""
    available = available_languages()
    if choice and choice != SYSTEM:
        code = choice.replace("_", "-").split("-")[0].lower()
        return code if code in available else SOURCE_LANGUAGE
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in available:
            return code
    return SOURCE_LANGUAGE


def is_known(choice: str) -> bool:
    return choice == SYSTEM or choice.replace("_", "-").split("-")[0].lower() in available_languages()


TRANSLATOR_NAME = "pathway_viewer_translator"
_current = SOURCE_LANGUAGE


def current_language() -> str:
    """The interface language last applied ('de', 'en')."""
    return _current


def apply_language(app: QCoreApplication, code: str) -> None:
    """Install ``code``'s translators on ``app`` (replacing earlier ones), its locale and direction.

    The translators are found again as the app's named children, so applying twice (a
    second window, a test) never leaves an old language behind.
    """
    global _current
    _current = code
    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    with as_file(files("resources") / "translations" / f"pathway_viewer_{code}.qm") as path:
        _install(app, lambda t: path.is_file() and t.load(str(path)))
    if code != SOURCE_LANGUAGE:
        _install(app, lambda t: t.load(QLocale(code), "qtbase", "_", folder))
    system = QLocale.system()
    # The system's own locale keeps its country (dates in en-GB stay day-first); another
    # language gets that language's usual formats.
    same = QLocale(code).language() == system.language()
    c_system = code == SOURCE_LANGUAGE and system.language() == QLocale.Language.C  # "LANG=C": English
    locale = system if same or c_system else QLocale(code)
    QLocale.setDefault(locale)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(QLocale(code).textDirection())
    words_i18n.install(_translate, code)
    words_i18n.install_date_formatter(_format_date)
    words_i18n.install_number_formatter(_format_number)
    words_i18n.install_language_namer(_language_name)


def _language_name(language: str, english: bool) -> str | None:
    """A language's name from Qt's locale data: in English, or in its own words."""
    locale = QLocale(language.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return None
    if english:
        return QLocale.languageToString(locale.language())
    native = locale.nativeLanguageName()
    return native[:1].upper() + native[1:] if native else None


def _install(app: QCoreApplication, load: Callable[[QTranslator], bool]) -> None:
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if load(translator):
        app.installTranslator(translator)
    else:
        translator.setParent(None)


def _translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    shown = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and shown == text.replace("%n", str(n)):
        # No translator knew it (an English plural such as "%n day(s)", or a string newer
        # than the .qm): English's own plural, never "3 day(s)".
        return words_i18n.english(text, n)
    return shown


def _format_number(value: float, decimals: int, language: str | None = None) -> str:
    # No thousands separator: "1000.5 °F" never happens, and "1,000" would read as a decimal in German.
    locale = QLocale(language.replace("-", "_")) if language else QLocale()
    if locale.language() == QLocale.Language.C or locale.zeroDigit() != "0":
        # A tag Qt does not know, or a language Qt writes in other digits (Arabic "٣٨٫٠"):
        # the rest of the pathway, its durations and dates, is in 0 to 9, so the interface's way.
        locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(value), "f", decimals)


def _format_date(day: dt.date, pattern: str) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)

