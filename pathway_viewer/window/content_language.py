"""View > Content language: the pathway's words in another language, from a translation file.

A mixin of :class:`MainWindow` (``self`` is the window). The menu lists the pathway's own
language and every ``<name>.<lang>.yaml`` beside its file, each in its own language name, so
a patient can point at "Deutsch" without reading English. The choice is remembered per
pathway id (``content/language``). A translation that cannot be used is explained with its
located problems and the original stays on screen; one that is only incomplete is shown,
with the original in the missing places and a note in the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QActionGroup

from models.wording.i18n import Words
from models.wording.translation_words import (
    TRANSLATION_REFUSED_FALLBACK,
    partly_translated_words,
    translation_refused_title,
)

from ..core.i18n import current_language, language_name
from ..dialogs.problems import ProblemsDialog
from . import actions as A

if TYPE_CHECKING:
    from .main_window import MainWindow

SETTING = "content/language"


def language_display_name(tag: str) -> str:
    """A language's name in that language: 'de' -> 'Deutsch', 'fr' -> 'Français'; a tag Qt
    does not know is shown as written."""
    locale = QLocale(tag.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return tag
    if "-" not in tag:  # the language itself, not as spoken in its default country
        return language_name(tag)
    name = locale.nativeLanguageName() or tag
    return name[:1].upper() + name[1:]


class ContentLanguageCommands:
    """The content-language menu and its effects, for :class:`MainWindow`."""

    def init_content_language(self: MainWindow) -> None:
        """Call once the views are connected: it may switch the open pathway's language."""
        self.content_language_group = QActionGroup(self)
        self.content_language_group.setExclusive(True)
        self.document.language_for = self._content_language_for
        self.document.sig_pathway_changed.connect(self.fill_content_language_menu)
        self.document.sig_content_language_changed.connect(self._say_how_the_translation_went)
        doc = self.document
        if doc.original is not None:
            wanted = doc.language_for(doc.original.id)
            if wanted is not None and wanted != doc.content_language and wanted in doc.translations():
                if not doc.set_content_language(wanted):
                    self._say_refused(wanted)
        self.fill_content_language_menu()

    def _content_language_for(self: MainWindow, pathway_id: str) -> str | None:
        """The language chosen for this pathway; if none was, the interface language (used
        only when a translation into it sits beside the file), so a German interface shows
        a German pathway where there is one. The command line's --lang does the same."""
        chosen: str | None = self.settings.get(SETTING).get(pathway_id)
        return chosen if chosen is not None else current_language()

    def _say_how_the_translation_went(self: MainWindow, language: str) -> None:
        """A remembered translation that is refused, or incomplete, is said in the status bar:
        the pathway opened in a language other than the one the user chose."""
        doc = self.document
        if doc.original is None or not doc.content_problems:
            return
        if language == doc.original.language:
            wanted = doc.language_for(doc.original.id)
            if wanted is not None and wanted != language:
                self._say_refused(wanted)
        else:
            self.tell(partly_translated_words(language), 10000)

    def _say_refused(self: MainWindow, language: str) -> None:
        self.tell(f"{translation_refused_title(language)}. {Words.tr(TRANSLATION_REFUSED_FALLBACK)}", 10000)

    def fill_content_language_menu(self: MainWindow, *_: object) -> None:
        menu = self.content_language_menu
        for action in self.content_language_group.actions():
            self.content_language_group.removeAction(action)
        menu.clear()
        doc = self.document
        if doc.original is None:
            menu.setEnabled(False)
            return
        own = doc.original.language
        languages = [own, *(lang for lang in doc.translations() if lang != own)]
        for language in languages:
            action = QAction(language_display_name(language), menu)
            action.setObjectName(f"content_language_{language}")
            action.setCheckable(True)
            action.setChecked(language == doc.content_language)
            if language == own:
                action.setStatusTip(QCoreApplication.translate("MainWindow", "The pathway's own words, as its file says"))
            else:
                action.setStatusTip(QCoreApplication.translate(
                    "MainWindow", "The pathway's words from its translation file; untranslated parts stay in the original"))
            action.triggered.connect(lambda _checked=False, lang=language: self.choose_content_language(lang))
            self.content_language_group.addAction(action)
            menu.addAction(action)
        # Only one language: nothing to choose, but the menu still says which it is.
        menu.setEnabled(len(languages) > 1)

    def choose_content_language(self: MainWindow, language: str) -> bool:
        """Show the pathway in ``language`` and remember it for this pathway."""
        doc = self.document
        if doc.original is None:
            return False
        if self.edit_session is not None and not self.actions[A.EDIT_MODE].isChecked() and not self.edit_session.dirty:
            self._end_session()  # edit mode off, nothing unsaved: the session has nothing to keep
        if self.edit_session is not None:
            # The editor changes the file's own words: a translation on screen would mix them up.
            self.inform(
                QCoreApplication.translate("MainWindow", "Leave edit mode first"),
                QCoreApplication.translate(
                    "MainWindow", "While you edit, the pathway is shown in its own language. "
                    "Save your changes and turn off Edit > Edit pathway to choose another language."),
            )
            self.fill_content_language_menu()
            return False
        pathway_id = doc.original.id
        if not doc.set_content_language(language):
            source = doc.translations().get(language)
            dialog = ProblemsDialog(doc.content_problems, source.name if source is not None else language,
                                    Words.tr(TRANSLATION_REFUSED_FALLBACK), self, title=translation_refused_title(language))
            self._open_dialog(dialog)
            self.fill_content_language_menu()
            return False
        remembered = self.settings.get(SETTING)
        # The own language needs no remembering unless the interface language would pick a
        # translation instead (a German interface opens a German translation by default).
        if language == doc.original.language and language == current_language():
            remembered.pop(pathway_id, None)
        else:
            remembered[pathway_id] = language
        self.settings.set(SETTING, remembered)
        return True
