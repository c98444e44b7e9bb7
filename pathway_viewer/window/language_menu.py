"""View > Language: the interface language, remembered, used from the next start.

Each language is listed in its own name ("Deutsch", "English"), so someone who cannot read
the current interface still finds theirs. The choice takes effect at the next start: the
window's texts are set once when it is built, and a half-translated window would be worse
than a clear sentence saying when the change happens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from ..core.i18n import SYSTEM, available_languages, fill, language_name, resolve

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_language_menu(window: MainWindow, parent: QMenu) -> QMenu:
    menu = parent.addMenu(QCoreApplication.translate("LanguageMenu", "L&anguage"))
    menu.setObjectName("menu_language")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = window.settings.get("view/language")
    system_name = language_name(resolve(SYSTEM))
    entries = [(SYSTEM, fill(QCoreApplication.translate("LanguageMenu", "System language (%1)"), system_name))]
    entries += [(code, language_name(code)) for code in available_languages()]
    for code, text in entries:
        action = QAction(text, menu)
        action.setObjectName(f"language_{code}")
        action.setCheckable(True)
        action.setChecked(code == chosen or (code == SYSTEM and chosen not in available_languages()))
        action.triggered.connect(lambda _checked=False, c=code: choose_language(window, c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose_language(window: MainWindow, code: str) -> None:
    """Remember ``code`` and say that it applies from the next start."""
    if code == window.settings.get("view/language"):
        return
    window.settings.set("view/language", code)
    window.settings.sync()
    name = language_name(resolve(code))
    text = fill(
        QCoreApplication.translate(
            "LanguageMenu", "The viewer will be in %1 the next time you start it. Handouts and exports follow it too."
        ),
        name,
    )
    window.tell(text, 10000)
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("LanguageMenu", "Language"), text,
                      QMessageBox.StandardButton.Ok, window)
    box.setObjectName("language_changed_box")
    box.open()  # not exec(): a test (or a user) can go on without closing it first
