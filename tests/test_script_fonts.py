"""Arabic, Hebrew and Chinese show with the bundled fonts alone, on a PC that has no fonts.

The check runs in a child process whose fontconfig sees no font folder at all, so anything
drawn there can only come from resources/fonts (this machine's own fonts would hide a gap).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from importlib.resources import files
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"

# Every glyph run is drawn by one font; text in one script must come from its bundled font.
SAMPLES = {
    "شرح العلاج باللغة العربية": "Noto Sans Arabic",  # tests/data/lupus_kurz_de.yaml
    "العلاج بخلايا": "Noto Sans Arabic",  # tests/data/lupus_short_ar.yaml
    "الذئبة الحمراء الجهازية": "Noto Sans Arabic",
    "اتصل بالفريق فورًا إذا أصابتك حمى": "Noto Sans Arabic",
    "טיפול בתאים": "Noto Sans Hebrew",
    "用中文讲解治疗": "Noto Sans CJK SC Subset",  # tests/data/lupus_kurz_de.yaml
    "紅斑性狼瘡": "Noto Sans CJK SC Subset",  # Traditional Chinese (Big5)
    "細胞療法をうけます": "Noto Sans CJK SC Subset",  # Japanese kanji and kana
    "세포 치료": "Noto Sans CJK SC Subset",  # Korean
    "Prüfen, ob die Behandlung passt": "Noto Sans",
}

PROBE = r"""
import json, sys
from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

app = QApplication([])
system = sorted(QFontDatabase.families())
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.output.handout import write_handout_pdf
from models import load_pathway

family = load_bundled_fonts()
runs = {}
for text in json.loads(sys.argv[1]):
    for bold in (False, True):
        font = QFont(family)
        font.setPixelSize(20)
        font.setBold(bold)
        layout = QTextLayout(text, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs[f"{bold}:{text}"] = [
            [run.rawFont().familyName(), list(run.glyphIndexes()), run.rawFont().supportsCharacter(ord(text[0]))]
            for run in layout.glyphRuns()
        ]
write_handout_pdf(sys.argv[3], load_pathway(sys.argv[2]))
print(json.dumps({"system": system, "family": family, "runs": runs}))
"""


@pytest.fixture(scope="module")
def bare(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path]:
    folder = tmp_path_factory.mktemp("bare")
    config = folder / "fonts.conf"
    # A fontconfig set-up with no font folders: a PC with no fonts installed.
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{folder / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    pdf = folder / "handout.pdf"
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(list(SAMPLES)), str(DATA / "lupus_kurz_de.yaml"), str(pdf)],
        capture_output=True, text=True, env=env, timeout=120, cwd=folder,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1]), pdf


def test_the_child_process_really_has_no_fonts_of_its_own(bare: tuple[dict, Path]) -> None:
    found, _ = bare
    # Qt names three generic families even with no font at all; nothing real is there.
    assert set(found["system"]) <= {"Monospace", "Sans Serif", "Serif"}
    assert found["family"] == "Noto Sans"


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize(("text", "expected_family"), SAMPLES.items())
def test_every_letter_has_a_glyph_from_the_bundled_font_for_its_script(
    bare: tuple[dict, Path], text: str, expected_family: str, bold: bool
) -> None:
    runs = bare[0]["runs"][f"{bold}:{text}"]
    letters = [run for run in runs if run[0] != "Noto Sans" or expected_family == "Noto Sans"]
    assert [run[0] for run in letters] == [expected_family] * len(letters), runs
    assert letters and letters[0][2] is True
    assert all(0 not in run[1] for run in runs), runs  # glyph 0 is the empty box


def test_the_bare_handout_embeds_the_bundled_fonts_and_real_text(bare: tuple[dict, Path]) -> None:
    reader = PdfReader(str(bare[1]))
    fonts = {
        str(font.get_object().get("/BaseFont"))
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
    }
    assert {"/NotoSans-Regular", "/NotoSans-Bold", "/NotoSansArabic-Bold", "/NotoSansCJKsc-Regular"} <= fonts
    text = unicodedata.normalize("NFKC", " ".join(page.extract_text() or "" for page in reader.pages))
    assert "用中文讲解治疗" in text
    assert "حرش" in text  # "شرح", read in drawing order (see test_right_to_left.py)


def test_each_bundled_font_has_its_licence_and_the_fonts_stay_small() -> None:
    folder = files("resources") / "fonts"
    names = sorted(entry.name for entry in folder.iterdir())
    fonts = [n for n in names if n.endswith((".ttf", ".otf"))]
    assert fonts == [
        "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", "NotoSans-Regular.ttf",
        "NotoSansArabic-Bold.ttf", "NotoSansArabic-Regular.ttf",
        "NotoSansCJKsc-Regular-Subset.otf",
        "NotoSansHebrew-Bold.ttf", "NotoSansHebrew-Regular.ttf",
    ]
    licences = {n: (folder / n).read_text(encoding="utf-8") for n in names if n.startswith("LICENSE-")}
    for font in fonts:
        family = font.split("-")[0].removesuffix("sc").replace("NotoSansCJK", "Noto Sans CJK SC")
        spoken = {"NotoSans": "Noto Sans (", "NotoSansArabic": "Noto Sans Arabic", "NotoSansHebrew": "Noto Sans Hebrew"}
        needle = spoken.get(family, family)
        assert any(needle in text and "SIL Open Font License, Version 1.1" in text for text in licences.values()), font
    # The offline bundle has a 150 MB budget; the fonts are about 10 MB of it (README "Fonts").
    total = sum((folder / n).stat().st_size for n in fonts)
    assert total < 11_000_000


def test_the_script_fonts_come_before_any_system_font(qapp) -> None:  # noqa: ANN001
    # Substitutes are tried before Qt's own fallback, so a PC whose system Arabic font
    # (DejaVu Sans, say) also covers the text still shows the bundled, matching design.
    from PySide6.QtGui import QFont

    from pathway_viewer.core.fonts import load_bundled_fonts

    family = load_bundled_fonts()
    # Qt keeps substitute names in lower case.
    assert QFont.substitutes(family) == ["noto sans arabic", "noto sans hebrew", "noto sans cjk sc subset"]


def test_a_font_that_is_not_a_plain_file_is_registered_from_its_bytes(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    # An app installed as a zip has no file Qt could keep reading: its fonts are handed over as bytes.
    import zipfile

    from PySide6.QtGui import QFontDatabase

    from pathway_viewer.core.fonts import _register

    archive = tmp_path / "fonts.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(ROOT / "resources" / "fonts" / "NotoSansHebrew-Bold.ttf", "NotoSansHebrew-Bold.ttf")
    font_id = _register(zipfile.Path(archive, "NotoSansHebrew-Bold.ttf"))
    assert font_id >= 0
    assert QFontDatabase.applicationFontFamilies(font_id) == ["Noto Sans Hebrew"]
    archive.unlink()  # Qt holds the bytes, not the file
    assert QFontDatabase.applicationFontFamilies(font_id) == ["Noto Sans Hebrew"]
