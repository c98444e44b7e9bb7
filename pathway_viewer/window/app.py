"""Starting the app: one QApplication, the bundled fonts, settings, theme, document, window.

Everything stateful is created here, in order, and passed down (HOUSE.md: no global state
at import time). :func:`create_main_window` builds the complete window without running the
event loop, so tests and benchmarks exercise exactly what users get.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from models import PathwayError, Problem
from models import badge_places, label_spots
from models.glossary import SharedWords
from models.hyphenation import use_dictionary_loader
from models.loader import build_validators

from .. import APP_NAME, ORG_NAME, __version__
from ..core.bundled_cache import (
    LOOK_CACHE, Memory, badge_memory, hyphenation_loader, label_memory, load_bundled_glossaries, user_cache_folder,
)
from ..core.cold_start import release_collector
from ..core.appearance import Appearance
from ..core.document import PathwayDocument
from ..core.fonts import load_bundled_fonts
from ..core.i18n import apply_language, resolve
from ..core.settings import AppSettings
from ..core.accessible_style import install_accessible_style
from ..core.theme import Theme
from ..dialogs.problems import SHOWS_BUNDLED
from ..journey import look_memory
from .crash import CrashHandler
from .main_window import MainWindow


VALIDATORS_DELAY_MS = 300
COLLECTOR_FALLBACK_MS = 5000


class _AfterFirstPaint(QObject):
    """Calls back once ``widget`` has painted for the first time, then lets go of it.

    Watches that one widget only: a filter on the whole application would see every event
    of every object while the window is built.
    """

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # A zero timer fires once the paint has been handled: the pixels are there.
            QTimer.singleShot(0, self._callback)
        return False


def configure_application(app: QApplication) -> Theme:
    """Names (they pick the settings location), fonts and the app-wide font; safe to repeat."""
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    install_accessible_style(app)  # before the palette and fonts: setStyle resets the palette
    theme = Theme(font_family=load_bundled_fonts())
    # Every widget inherits this: large, clear type that reads across a desk.
    app.setFont(theme.ui_font())
    # Once the names are set: they choose the cache folder.
    use_dictionary_loader(hyphenation_loader(user_cache_folder()))
    badges, labels = badge_memory(user_cache_folder()), label_memory(user_cache_folder())
    looks: Memory[look_memory.Look] = Memory(user_cache_folder(), LOOK_CACHE, look_memory.deciding_modules())
    badge_places.memory.use(badges)
    label_spots.memory.use(labels)
    look_memory.memory.use(looks)
    _memories[:] = [badges, labels, looks]
    return theme


_memories: list[Memory[Any]] = []  # what the first look placed, kept for the next start


def after_first_look() -> None:
    """Once the opening view is painted (or never will be): the cycle collector back on,
    and the badges' and labels' places and the look the first look made kept for the next start (written
    now, off the first paint's path; a second call does nothing)."""
    release_collector(freeze=True)
    for memory in _memories:
        memory.flush()


def create_main_window(settings: AppSettings, path: Path | None = None, language: str | None = None) -> MainWindow:
    """The whole window over ``path`` (the bundled pathway if None), not yet shown.

    The interface is in ``language`` (``--lang``) or else the language setting.

    If ``path`` is refused the bundled pathway is shown instead and the problems are left in
    ``window.startup_problems`` for the caller to show once the window is up.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_main_window() needs a QApplication to exist first")
    theme = configure_application(app)
    apply_language(app, resolve(language or settings.get("view/language")))
    appearance = Appearance(settings, theme.font_family)  # the remembered colours and text size
    theme = appearance.theme
    document = PathwayDocument()
    problems: list[Problem] = []
    if path is not None:
        try:
            document.load(Path(path))
        except PathwayError as exc:
            problems = exc.problems
    if document.pathway is None:
        # The bundled file is tested in CI; if it fails here the install is broken, and
        # the crash handler (not a traceback) tells the user.
        document.load(None)
    window = MainWindow(document, settings, theme, glossary=_glossary(), appearance=appearance)
    window.startup_problems = problems
    if path is not None and not problems:
        settings.add_recent_file(Path(path))
        window.fill_recent_menu()
    return window


def _glossary() -> SharedWords | None:
    """The bundled glossaries; without them the words are simply not marked (a help, not a need)."""
    try:
        return load_bundled_glossaries(user_cache_folder())
    except PathwayError:
        return None


def run(path: Path | None, language: str | None = None) -> int:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    configure_application(app)  # before QSettings(): the names choose where settings live
    window: MainWindow | None = None
    crash = CrashHandler(parent=lambda: window).install()
    try:
        window = create_main_window(AppSettings(QSettings()), path, language)
        window.document.select(None)
        # Showing fits the journey, unless that would make the cards too small to read:
        # then the view starts at a readable zoom on the first steps (JourneyView._initial_view).
        # The collector was held since the first import (cli/commands.py); on once the view the
        # window opens on (journey or timeline, as last used) is seen, or after a few seconds
        # if it never paints (minimised): held any longer, the garbage of a session would pile up.
        _AfterFirstPaint(window.current_view().viewport(), after_first_look)
        QTimer.singleShot(COLLECTOR_FALLBACK_MS, after_first_look)
        window.show()
        # Once the window is up, not before its first paint: then opening another file
        # does not wait for the validators (core/bundled_cache.py skips them at start).
        QTimer.singleShot(VALIDATORS_DELAY_MS, build_validators)
        if window.startup_problems:
            name = Path(path).name if path is not None else QCoreApplication.translate("MainWindow", "The file")
            window.show_problems(window.startup_problems, name, SHOWS_BUNDLED)
        window.offer_recovery()  # an edit cut short by a crash or a killed process
        return app.exec()
    finally:
        crash.uninstall()
        crash.close()
