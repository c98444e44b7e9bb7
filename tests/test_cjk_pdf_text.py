"""Japanese PDFs copy and search as the text typed, on this PC and on one with other fonts.

Noto CJK draws a Kangxi radical and its ideograph (⼦ U+2F26 and 子) with one glyph, and the
katakana middle dot with the Latin one; a PDF maps each glyph to one character, and Qt took
the lowest, so "子ども" was copied as "⼦ども" and "見守り" could not be found. The bundled subset
gives each character its own glyph (tools/subset_cjk_font.py), and bold CJK comes from it too
(emboldened), never from a system's own Noto Sans CJK Bold, which has the same problem.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import ArrayObject

from pathway_viewer.cli.commands import main

JAPANESE = Path(__file__).parent / "data" / "car_t_all_ja.yaml"
RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
# Qt draws emboldened text twice, the second time inside a span whose /ActualText is empty:
# "this is no text" (PDF 32000-1, 14.9.4), which viewers and poppler honour and pypdf does not.
NO_TEXT = re.compile(rb"/Span\s*<<\s*/ActualText\s*<>\s*>>\s*BDC.*?EMC", re.S)


def page_text(page) -> str:  # noqa: ANN001 (a pypdf PageObject)
    contents = page["/Contents"].get_object()
    for stream in contents if isinstance(contents, ArrayObject) else [contents]:
        stream = stream.get_object()
        stream.set_data(NO_TEXT.sub(b"", stream.get_data()))
    return page.extract_text() or ""


def text_and_fonts(pdf: Path) -> tuple[str, set[str]]:
    reader = PdfReader(str(pdf))
    # pypdf starts a new line at each run of glyphs Qt positions anew (one per script: "見守" |
    # "り"); Japanese has no spaces, so the text is compared without any.
    text = re.sub(r"\s+", "", "".join(page_text(page) for page in reader.pages))
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    return text, fonts


def export(out: Path) -> None:
    assert main(["export", str(JAPANESE), "-o", str(out)]) == 0


def handout(out: Path) -> None:
    assert main(["handout", str(JAPANESE), "-o", str(out)]) == 0


def quiz(out: Path) -> None:
    assert main(["quiz", str(JAPANESE), "-n", "12", "--seed", "1", "--answers", "-o", str(out)]) == 0


@pytest.mark.parametrize("write", [export, handout, quiz], ids=["export", "handout", "quiz"])
def test_japanese_pdfs_hold_the_characters_typed(write, tmp_path: Path, qapp) -> None:
    pdf = tmp_path / "out.pdf"
    write(pdf)
    text, fonts = text_and_fonts(pdf)
    # Step titles, bold on the map, in the handout's table and the quiz's questions.
    assert "見守り" in text  # "輸注後のきめ細かい見守り"
    assert "白血球の採取" in text
    assert not [ch for ch in text if ord(ch) in RADICALS]
    # One CJK face, the bundled one, for regular and bold text alike.
    assert {font for font in fonts if "CJK" in font} == {"/NotoSansCJKsc-Regular"}


def test_the_handout_keeps_the_katakana_middle_dot_and_kana_words(tmp_path: Path, qapp) -> None:
    pdf = tmp_path / "handout.pdf"
    handout(pdf)
    text, _ = text_and_fonts(pdf)
    assert "チャイルド・ライフ・スペシャリスト" in text  # a care-team role, in bold
    assert "子ども" in text
    # The app's own separator in "1 to 2 hours · …" is the Latin dot; the role's is not.
    assert "ド·ラ" not in text


def test_the_svg_keeps_each_line_of_japanese_in_one_text_element(tmp_path: Path, qapp) -> None:
    import xml.etree.ElementTree as ET

    svg = tmp_path / "journey.svg"
    assert main(["export", str(JAPANESE), "-o", str(svg)]) == 0
    root = ET.parse(svg).getroot()
    lines = ["".join(element.itertext()) for element in root.iter() if element.tag.endswith("}text")]
    # Han and kana were separate elements ("見守" | "り"); a line of a title is one now.
    assert "見守りとその後" in lines  # a phase's name on a card's band
    assert any("見守り" in line for line in lines if line != "見守りとその後")  # a step's title
    assert any(line.startswith("CAR-T細胞") for line in lines)
