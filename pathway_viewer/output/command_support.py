"""What every output command of the command line needs before it draws: the pathway (or
its located problems on stderr) and a QApplication that lives until the command returns."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from models import Pathway, PathwayError


def load_or_report(file: Path | None, nothing_written: str) -> Pathway | None:
    """The pathway in ``file`` (the bundled one if None), or None after printing each
    problem and ``"<file>: refused, <nothing_written>"`` to stderr."""
    from models import load_pathway
    from models.loader import bundled_pathway

    try:
        return load_pathway(file if file is not None else bundled_pathway())
    except PathwayError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{file or 'the bundled pathway'}: refused, {nothing_written}", file=sys.stderr)
        return None


def translate_or_report(
    pathway: Pathway, file: Path | None, language: str | None, nothing_written: str
) -> tuple[Pathway, str | None] | None:
    """``pathway`` in ``language`` from the translation file beside ``file`` (the bundled
    pathway's if None), with the original wherever a field is not translated, and the
    language when no clinician has checked that translation. None, after printing why to
    stderr, when there is no such translation or it cannot be used. Ids only not
    translated yet are printed as warnings and the rest is used."""
    from models.loader import bundled_pathway
    from models.translation import open_translation, translation_path

    if language is None or language == pathway.language:
        return pathway, None
    source = Path(str(file if file is not None else bundled_pathway()))
    target = translation_path(source, language)
    if not target.is_file():
        print(f"No '{language}' translation of this pathway: {target} does not exist; {nothing_written}",
              file=sys.stderr)
        return None
    opened = open_translation(target, pathway)
    for problem in opened.problems:
        print(problem, file=sys.stderr)
    if opened.translated is None:
        print(f"{target}: refused, {nothing_written}", file=sys.stderr)
        return None
    translated = opened.translated
    return translated.pathway, (None if translated.reviewed else translated.language)


def content_language(pathway: Pathway, file: Path | None, content_lang: str | None, interface_lang: str | None) -> str | None:
    """The pathway words' language for a command: ``--content-lang`` if given; else, when
    ``--lang`` names a language and a translation into it sits beside the pathway, that one,
    so ``--lang de`` alone gives a handout in one language. Otherwise the original."""
    from models.loader import bundled_pathway
    from models.translation import translation_path

    if content_lang is not None or interface_lang is None or interface_lang == "system":
        return content_lang
    code = interface_lang.replace("_", "-").split("-")[0].lower()
    if code == pathway.language.split("-")[0].lower():
        return None
    source = Path(str(file if file is not None else bundled_pathway()))
    return code if translation_path(source, code).is_file() else None


def command_application(language: str | None = None) -> QCoreApplication:
    """The running application, or a new one for a command run from a shell; the caller
    keeps the reference until it returns, or Qt would be torn down mid-drawing.

    A new one speaks ``language`` (``--lang``), else the language chosen in the app's
    settings, else the system's, so a handout reads like the window the clinic uses.
    """
    app = QApplication.instance()
    if app is not None and language is None:
        return app  # the window's own, already in its language
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "pathway-viewer"])
    from PySide6.QtCore import QSettings

    from .. import APP_NAME, ORG_NAME
    from ..core.i18n import apply_language, resolve

    chosen = language or QSettings(ORG_NAME, APP_NAME).value("view/language")
    apply_language(app, resolve(chosen if isinstance(chosen, str) else None))
    return app


def say_if_mixed_language(pathway: Pathway) -> None:
    """Tell whoever runs the command (stderr) that the paper mixes the pathway's language
    with the app's own words, where it does: it cannot be seen from the command line."""
    from models.wording.translation_words import mixed_language_notice

    notice = mixed_language_notice(pathway.language)
    if notice is not None:
        print(notice, file=sys.stderr)
