"""Build resources/fonts/NotoSansCJKsc-*-Subset.otf from Noto Sans CJK (Debian's fonts-noto-cjk).

Why a subset: the full Noto Sans CJK collection is about 20 MB per weight; with two weights the
offline bundle would pass its 150 MB target. One weight of the subset is 8 MB. The subset keeps every character of the four
national standard character sets that East Asian text is written in day to day, GB 2312
(Simplified Chinese), Big5 (Traditional Chinese), JIS X 0208 (Japanese) and KS X 1001 (Korean),
plus ASCII: about 20,000 characters, so a clinic's Chinese, Japanese or Korean titles show
without system fonts. A character outside those sets falls back to the system's fonts.

Run (needs fontTools, the `fonts` extra):  python tools/subset_cjk_font.py [path/to/NotoSansCJK-Regular.ttc ...]
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

STANDARD_CODECS = ("gb2312", "big5", "shift_jis", "euc_kr")
SIMPLIFIED_CHINESE_FACE = "Noto Sans CJK SC"
OUT = Path(__file__).resolve().parent.parent / "resources" / "fonts"
# Regular only: Qt draws bold CJK by emboldening it (on screen and in PDFs), which saves 8 MB.
DEFAULT_SOURCES = ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",)


def standard_characters() -> set[int]:
    """Every single character the four double-byte standards can encode, plus printable ASCII."""
    codepoints = set(range(0x20, 0x7F))
    for codec in STANDARD_CODECS:
        for high in range(0x81, 0xFF):
            for low in range(0x40, 0xFF):
                try:
                    text = bytes((high, low)).decode(codec)
                except UnicodeDecodeError:
                    continue
                if len(text) == 1:
                    codepoints.add(ord(text))
    return codepoints


def write_cmap(font: TTFont) -> None:
    """Replace the character map with a format-12 table and a small format-4 one.

    A format-4 table is limited to 64 KB, and 20,000 characters with scattered glyph ids
    overflow it, so the full map is written as format 12 (3,10). Qt ignores a font whose
    only table is format 12 (every character shows as a box), so a format-4 (3,1) table with
    ASCII sits beside it, as the OpenType spec recommends; Qt then reads the full map from
    format 12. Format 14 (variation sequences) is kept as it is.
    """
    cmap = font["cmap"]
    mapping = cmap.getBestCmap()
    full = CmapSubtable.newSubtable(12)
    full.platformID, full.platEncID, full.language = 3, 10, 0
    full.cmap = dict(mapping)
    basic = CmapSubtable.newSubtable(4)
    basic.platformID, basic.platEncID, basic.language = 3, 1, 0
    basic.cmap = {code: glyph for code, glyph in mapping.items() if code < 0x80}
    cmap.tables = [basic, full] + [t for t in cmap.tables if t.format == 14]


def subset(source: Path, codepoints: set[int]) -> Path:
    collection = TTCollection(str(source))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == SIMPLIFIED_CHINESE_FACE)
    weight = font["name"].getDebugName(2)  # "Regular" / "Bold"
    options = Options()
    options.hinting = False  # CFF hints barely matter at screen sizes; saves space
    options.name_languages = ["*"]
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    write_cmap(font)
    target = OUT / f"NotoSansCJKsc-{weight}-Subset.otf"
    font.save(str(target))
    if len(TTFont(str(target)).getBestCmap() or {}) < len(codepoints) * 0.95:
        raise SystemExit(f"{target.name}: the character map did not survive the subset")
    return target


def main(argv: list[str]) -> int:
    codepoints = standard_characters()
    for source in argv or DEFAULT_SOURCES:
        target = subset(Path(source), codepoints)
        print(f"{target.name}: {target.stat().st_size / 1e6:.1f} MB, {len(codepoints)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
