"""The look the user chose (or the desktop's): colour scheme and text size, applied app-wide.

The View menu sets a scheme (System, Light, Dark, High contrast) and a text size; both are
remembered in the settings. "System" follows the desktop: dark mode from
``QStyleHints.colorScheme()`` (Qt 6.5+), high contrast from
``QStyleHints.accessibility().contrastPreference()`` (Qt 6.10+; older Qt cannot tell, so
people there choose High contrast in the menu). A change is applied to the whole
application (palette, font, the style sheets' colours) and announced with
``sig_theme_changed`` so the views redraw with the new :class:`Theme`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from .settings import AppSettings
from .theme import SCHEMES, TEXT_SIZES, Theme, make_theme, set_active_theme


def system_scheme() -> str:
    """What the desktop asks for: "high-contrast", "dark" or "light"."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is not None and accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast:
        return "high-contrast"
    if hints.colorScheme() == Qt.ColorScheme.Dark:
        return "dark"
    return "light"


UI_FONT = "ui_font"  # a widget property: [scale, bold] of the theme's interface font it was given


def set_ui_font(widget: QWidget, theme: Theme, scale: float = 1.0, *, bold: bool = False) -> None:
    """Give ``widget`` the theme's interface font at ``scale``, and remember how, so that
    :func:`refresh_ui_fonts` gives it the same at another text size."""
    widget.setProperty(UI_FONT, [scale, bold])
    widget.setFont(theme.ui_font(scale, bold=bold))


def refresh_ui_fonts(root: QWidget, theme: Theme) -> None:
    """The fonts given with :func:`set_ui_font` in ``root`` and its children, at ``theme``'s size.

    A new application font reaches only widgets that set no font of their own: a window
    still open when the text size changes (the train window) sets its headings and large
    answers again, exactly as it would have been made at the new size.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        wanted = widget.property(UI_FONT)
        if wanted is not None:
            widget.setFont(theme.ui_font(float(wanted[0]), bold=bool(wanted[1])))


class Appearance(QObject):
    sig_theme_changed = Signal(object)  # the new Theme

    def __init__(self, settings: AppSettings, font_family: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._font_family = font_family
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_changed)
        if hasattr(hints, "accessibility"):
            hints.accessibility().contrastPreferenceChanged.connect(self._on_system_changed)
        self.theme = self._make()
        self._apply()

    # --- what is chosen -------------------------------------------------------------------

    def scheme_choice(self) -> str:
        """The View menu's choice: one of SCHEMES ("system" unless the user picked one)."""
        choice = self._settings.get("view/theme")
        return choice if choice in SCHEMES else "system"

    def text_size(self) -> int:
        size = self._settings.get("view/text_size")
        return size if size in TEXT_SIZES else 100

    def scheme(self) -> str:
        """The scheme in use: the choice, or the desktop's for "system"."""
        choice = self.scheme_choice()
        return system_scheme() if choice == "system" else choice

    # --- changing it ----------------------------------------------------------------------

    def set_scheme_choice(self, choice: str) -> None:
        if choice not in SCHEMES:
            raise ValueError(f"scheme must be one of {SCHEMES}")
        self._settings.set("view/theme", choice)
        self._update()

    def set_text_size(self, percent: int) -> None:
        if percent not in TEXT_SIZES:
            raise ValueError(f"text size must be one of {TEXT_SIZES}")
        self._settings.set("view/text_size", percent)
        self._update()

    def larger_text(self) -> None:
        bigger = [s for s in TEXT_SIZES if s > self.text_size()]
        if bigger:
            self.set_text_size(bigger[0])

    def smaller_text(self) -> None:
        smaller = [s for s in TEXT_SIZES if s < self.text_size()]
        if smaller:
            self.set_text_size(smaller[-1])

    # --- applying it ----------------------------------------------------------------------

    def _make(self) -> Theme:
        return make_theme(self.scheme(), self._font_family, self.text_size())

    def _on_system_changed(self, *_: object) -> None:
        if self.scheme_choice() == "system":
            self._update()

    def _update(self) -> None:
        theme = self._make()
        if theme == self.theme:
            return
        self.theme = theme
        self._apply()
        self.sig_theme_changed.emit(theme)

    def _apply(self) -> None:
        set_active_theme(self.theme)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(self.theme.palette())
            app.setFont(self.theme.ui_font())
            # A dock reads its title font once, when it is made: this sizes the titles of
            # docks made from now on (core/dock_title.py draws existing ones in their font).
            app.setFont(self.theme.ui_font(), "QDockWidgetTitle")
            # After the font: under an application style sheet a widget does not take a new
            # application font (the menu bar, tool bar, tree and status bar kept the old
            # size until a restart); setting the sheet polishes every widget again, and that
            # resolves each one's font anew. Fonts a widget set itself are kept, as always.
            app.setStyleSheet(self.theme.controls_style())
