"""Build resources/fonts/NotoSansCJKsc-*-Subset.otf from Noto Sans CJK (Debian's fonts-noto-cjk).

Why a subset: the full Noto Sans CJK collection is about 20 MB per weight; with two weights the
offline bundle would pass its 150 MB target. One weight of the subset is 8 MB. The subset keeps every character of the four
national standard character sets that East Asian text is written in day to day, GB 2312
(Simplified Chinese), Big5 (Traditional Chinese), JIS X 0208 (Japanese) and KS X 1001 (Korean),
plus ASCII: about 20,000 characters, so a clinic's Chinese, Japanese or Korean titles show
without system fonts. A character outside those sets falls back to the system's fonts.
Every character gets a glyph of its own (PDFs map glyphs back to characters) and the family is
renamed, so no system Noto Sans CJK mixes in its weights: see separate_shared_glyphs and rename.

Run (needs fontTools, the `fonts` extra):  python tools/subset_cjk_font.py [path/to/NotoSansCJK-Regular.ttc ...]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from fontTools.misc.psCharStrings import T2CharString
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

STANDARD_CODECS = ("gb2312", "big5", "shift_jis", "euc_kr")
SIMPLIFIED_CHINESE_FACE = "Noto Sans CJK SC"
# The subset's own family name (pathway_viewer/core/fonts.py asks for it). Not the system's
# "Noto Sans CJK SC": a PC that has that family would lend it its Bold (with the radicals
# problem below) and a bare PC would not, so the same handout differed between PCs.
SUBSET_FAMILY = "Noto Sans CJK SC Subset"
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


def separate_shared_glyphs(font: TTFont) -> int:
    """Give every character its own glyph; returns how many glyphs were added.

    Noto CJK draws several characters with one glyph: a Kangxi radical and its ideograph
    (U+2F26 and 子), the katakana middle dot and the Latin one (U+30FB and U+00B7), the
    wave dash and the full-width tilde. A PDF's /ToUnicode maps each glyph to ONE character,
    and Qt's PDF writer takes the lowest code point that reaches the glyph: copied or
    searched text then read "⼦ども" and "·". A copy of the glyph for each further character
    (about 100 small outlines) makes the map exact, whichever character the text used.
    """
    cmap = font.getBestCmap()
    reached: dict[str, list[int]] = defaultdict(list)
    for code in sorted(cmap):
        reached[cmap[code]].append(code)
    top = font["CFF "].cff.topDictIndex[0]
    strings = top.CharStrings
    order = list(font.getGlyphOrder())
    # CIDs are 16-bit and the full font uses nearly all of them: the copies take ids the
    # subset left free.
    taken = {int(name[3:]) for name in order if name.startswith("cid")}
    free = (cid for cid in range(1, 0x10000) if cid not in taken)
    added: dict[int, str] = {}
    for glyph, codes in reached.items():
        if len(codes) < 2:
            continue
        original = strings[glyph]
        original.decompile()
        fd = top.FDSelect[order.index(glyph)]
        for code in codes[1:]:
            name = f"cid{next(free):05d}"
            copy = T2CharString(program=list(original.program), private=original.private, globalSubrs=original.globalSubrs)
            strings.charStringsIndex.append(copy)
            strings.charStrings[name] = len(strings.charStringsIndex) - 1
            top.FDSelect.append(fd)
            top.charset.append(name)
            order.append(name)
            for table in ("hmtx", "vmtx"):
                if table in font:
                    font[table].metrics[name] = font[table].metrics[glyph]
            if "VORG" in font and glyph in font["VORG"].VOriginRecords:
                font["VORG"].VOriginRecords[name] = font["VORG"].VOriginRecords[glyph]
            added[code] = name
    font.setGlyphOrder(order)
    for table in font["cmap"].tables:
        if table.format != 14:
            table.cmap.update({code: name for code, name in added.items() if code in table.cmap})
    return len(added)


def rename(font: TTFont) -> None:
    """The family is SUBSET_FAMILY in every language the name table has (the PostScript
    name stays, so a PDF still names the font NotoSansCJKsc-Regular)."""
    weight = font["name"].getDebugName(2) or "Regular"
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = SUBSET_FAMILY
        elif record.nameID == 4:
            record.string = SUBSET_FAMILY if weight == "Regular" else f"{SUBSET_FAMILY} {weight}"
        elif record.nameID == 3:
            record.string = f"{record.toUnicode()};subset"


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
    separate_shared_glyphs(font)
    rename(font)
    target = OUT / f"NotoSansCJKsc-{weight}-Subset.otf"
    font.save(str(target))
    written = TTFont(str(target)).getBestCmap() or {}
    if len(written) < len(codepoints) * 0.95:
        raise SystemExit(f"{target.name}: the character map did not survive the subset")
    if len(set(written.values())) != len(written):
        raise SystemExit(f"{target.name}: some glyphs still stand for two characters")
    return target


def main(argv: list[str]) -> int:
    codepoints = standard_characters()
    for source in argv or DEFAULT_SOURCES:
        target = subset(Path(source), codepoints)
        print(f"{target.name}: {target.stat().st_size / 1e6:.1f} MB, {len(codepoints)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
