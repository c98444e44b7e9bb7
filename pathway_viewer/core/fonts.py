"""Register the bundled Noto Sans so text renders the same on every PC, even one with no fonts.

Clinic PCs can be stripped down; without a usable font Qt draws empty boxes ("tofu").
Loading the TTFs from our own resources avoids depending on what the system has.
"""

from __future__ import annotations

from importlib.resources import files

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QFontDatabase

FALLBACK_FAMILY = "Noto Sans"

# Filled on the first call (never at import): Qt keeps application fonts for the life of
# the process, so registering twice would only add duplicate entries.
_registered_family: str | None = None


def load_bundled_fonts() -> str:
    """Register resources/fonts/NotoSans-*.ttf once and return the family name.

    Needs a QGuiApplication (or QApplication) to exist. If no file can be registered the
    family name is still returned, so Qt falls back to the closest system font.
    """
    global _registered_family
    if _registered_family is not None:
        return _registered_family
    if QCoreApplication.instance() is None:
        raise RuntimeError("load_bundled_fonts() needs a QGuiApplication to exist first")
    family: str | None = None
    folder = files("resources") / "fonts"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not (entry.name.startswith("NotoSans-") and entry.name.endswith(".ttf")):
            continue
        font_id = QFontDatabase.addApplicationFontFromData(QByteArray(entry.read_bytes()))
        if font_id >= 0 and family is None:
            names = QFontDatabase.applicationFontFamilies(font_id)
            family = names[0] if names else None
    _registered_family = family or FALLBACK_FAMILY
    return _registered_family
