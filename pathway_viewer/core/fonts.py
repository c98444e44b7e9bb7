"""Register the bundled Noto fonts so text renders the same on every PC, even one with no fonts.

Clinic PCs can be stripped down; without a usable font Qt draws empty boxes ("tofu").
Loading the fonts from our own resources avoids depending on what the system has.

What is bundled, and why (sizes on disk):
- Noto Sans Regular/Bold/Italic (1.5 MB): Latin, Greek, Cyrillic; the family every view names.
- Noto Sans Arabic and Noto Sans Hebrew, Regular and Bold, unchanged (0.55 MB): right-to-left
  pathways in Arabic, Persian, Urdu and Hebrew. Small, so shipped whole.
- Noto Sans CJK SC Regular, a subset (8.2 MB): every character of GB 2312, Big5, JIS X 0208 and
  KS X 1001 (about 20,000: Simplified and Traditional Chinese, Japanese, Korean in everyday
  use). The full collection is 20 MB per weight and would push the offline bundle past its
  150 MB target; a 3,500-character subset would leave boxes in ordinary medical words. Only
  the Regular weight: Qt draws bold CJK by emboldening it. tools/subset_cjk_font.py rebuilds it.
  Its family is "Noto Sans CJK SC Subset", not the system's "Noto Sans CJK SC": under that
  name a PC with Noto CJK installed lent its own Bold to bold titles, so a PDF differed by PC
  (and that font maps 子 and the radical ⼦ to one glyph, so a PDF's text read "⼦ども").
A rarer character than these sets still shows if the PC has a font with it (Qt's own fallback).
They are registered by file path, so Qt (FreeType) only reads each file's tables when it
needs them: all of them take 2-4 ms at start, against about 60 ms (37 ms of it the CJK font)
when their bytes were read into memory and handed over (measured). Only where the resources
are not plain files (a zipped install) are the bytes handed over instead.

The script fonts are not named by any view: they are substitutes of "Noto Sans", so every font
that asks for Noto Sans (the theme's fonts, rich text, the handout and PDFs) falls through to
them per script, the way QFont.setFamilies([...]) would, without each caller listing them.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase

FALLBACK_FAMILY = "Noto Sans"
# In the order Qt should try them for a character Noto Sans lacks.
SCRIPT_FAMILIES = ("Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans CJK SC")
# The bundled fonts' own names for those scripts (the CJK subset has a name of its own: see
# the module's docstring). SCRIPT_FAMILIES are the names other programs know (an SVG's fonts).
BUNDLED_SCRIPT_FAMILIES = ("Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans CJK SC Subset")

# Filled on the first call (never at import): Qt keeps application fonts for the life of
# the process, so registering twice would only add duplicate entries.
_registered_family: str | None = None


def _is_bundled_font(name: str) -> bool:
    return name.startswith("NotoSans") and name.endswith((".ttf", ".otf"))


def load_bundled_fonts() -> str:
    """Register resources/fonts/NotoSans*.ttf/.otf once and return the main family name.

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
        if not _is_bundled_font(entry.name):
            continue
        font_id = _register(entry)
        if font_id >= 0 and family is None and entry.name.startswith("NotoSans-"):
            names = QFontDatabase.applicationFontFamilies(font_id)
            family = names[0] if names else None
    _registered_family = family or FALLBACK_FAMILY
    # Qt tries a family's substitutes for a script its own font does not cover.
    QFont.insertSubstitutions(_registered_family, list(BUNDLED_SCRIPT_FAMILIES))
    return _registered_family


def _register(entry: Traversable) -> int:
    if isinstance(entry, Path) and entry.is_file():
        # Qt keeps reading a font registered by path, so only a file that stays is named.
        return QFontDatabase.addApplicationFont(str(entry))
    return QFontDatabase.addApplicationFontFromData(QByteArray(entry.read_bytes()))
