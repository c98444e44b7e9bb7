"""Which characters of a pathway's patient text the app's own fonts cannot draw.

The app ships its fonts so text looks the same on every PC (core/fonts.py); a character none
of them has (an emoji in a title, a script the bundle leaves out) is drawn as an empty box
where the PC has no font for it either, and printed handouts leave it out of their text.
``pathway-viewer lint`` says where such characters are, so a clinic can reword them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtGui import QFont, QFontMetricsF

from models.problems import PathKey

from .fonts import BUNDLED_SCRIPT_FAMILIES, load_bundled_fonts

# Marks that are never drawn on their own: format characters (joiners, isolates, soft
# hyphens), variation selectors (U+FE0F after an emoji), controls.
_NOT_DRAWN = ("Cc", "Cf", "Zl", "Zp")


def _own_glyphs_only(family: str) -> QFont:
    """``family`` asked for its own characters: merged, a font answers for every fallback font
    of this PC (DejaVu's ✓ and ⚠ here), which another PC may not have."""
    font = QFont(family)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    return font


def undrawable(texts: Iterable[tuple[PathKey, str]]) -> list[tuple[PathKey, str]]:
    """For each text with characters no bundled font has, one warning naming them. Needs a
    QGuiApplication (fonts are registered with it)."""
    family = load_bundled_fonts()
    metrics = [QFontMetricsF(_own_glyphs_only(name)) for name in (family, *BUNDLED_SCRIPT_FAMILIES)]
    out: list[tuple[PathKey, str]] = []
    for key, text in texts:
        missing: list[str] = []
        for char in text:
            if char.isspace() or unicodedata.category(char) in _NOT_DRAWN or 0xFE00 <= ord(char) <= 0xFE0F:
                continue
            if char not in missing and not any(m.inFontUcs4(ord(char)) for m in metrics):
                missing.append(char)
        if missing:
            shown = ", ".join(f"'{char}' (U+{ord(char):04X})" for char in missing)
            out.append((key, f"{shown}: the app's fonts cannot draw this; it shows as an empty box on a PC "
                             "without a font for it, and is left out of the handout's text"))
    return out
