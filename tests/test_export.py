"""Exported pictures and documents, opened and read back the way a user's programs would."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from pathway_viewer.core.document import PathwayDocument
from pathway_viewer.output.export import ExportError, export_pathway_file, render_scene_to_file
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.journey.scene import JourneyScene
from pathway_viewer.core.theme import Theme

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def scene(qapp: QApplication, small_pathway_file: Path) -> JourneyScene:
    document = PathwayDocument()
    document.load(small_pathway_file)
    scene = JourneyScene(document, Theme(font_family=load_bundled_fonts()))
    return scene


def words(text: str) -> str:
    """Text as a reader sees it: ligatures undone, any run of spaces, tabs or line breaks as one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


def titles(scene: JourneyScene) -> list[str]:
    return [step.title for step in scene.document.pathway.steps]


def test_png_is_a_real_picture_of_the_journey(scene: JourneyScene, tmp_path: Path) -> None:
    out = tmp_path / "journey.png"
    render_scene_to_file(scene, out)
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() > 500 and image.height() > 200
    colours = set()
    non_white = 0
    samples = 0
    for x in range(0, image.width(), 7):
        for y in range(0, image.height(), 7):
            rgb = image.pixel(x, y) & 0xFFFFFF
            colours.add(rgb)
            samples += 1
            non_white += rgb != 0xFFFFFF
    assert len(colours) > 40  # phase colours, text, arrows, antialiasing
    assert 0.03 < non_white / samples < 0.9
    # White page, not the on-screen grey canvas.
    assert image.pixel(3, 3) & 0xFFFFFF == 0xFFFFFF
    assert image.physicalDpiX() > 150 or image.dotsPerMeterX() > 150 / 0.0254


def test_svg_is_well_formed_and_has_the_words_as_text(scene: JourneyScene, tmp_path: Path) -> None:
    out = tmp_path / "journey.svg"
    render_scene_to_file(scene, out)
    root = ET.parse(out).getroot()
    texts = words(" ".join((e.text or "") for e in root.iter() if e.tag.endswith("}text")))
    for title in titles(scene):
        assert title in texts
    assert "Small test journey" in texts
    svg_title = next(e.text for e in root.iter() if e.tag.endswith("}title"))
    assert svg_title == "Small test journey"
    description = next(e.text for e in root.iter() if e.tag.endswith("}desc"))
    assert "Not medical advice" in description
    families = {e.get("font-family") for e in root.iter() if e.get("font-family")}
    assert "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans Hebrew', 'Noto Sans CJK SC', Arial, Helvetica, sans-serif" in families


def test_pdf_has_the_titles_and_disclaimer(scene: JourneyScene, tmp_path: Path) -> None:
    out = tmp_path / "journey.pdf"
    render_scene_to_file(scene, out)
    assert out.read_bytes().startswith(b"%PDF")
    reader = PdfReader(out)
    assert len(reader.pages) >= 1
    page = reader.pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)  # landscape
    text = words(page.extract_text())
    for title in titles(scene):
        assert title in text
    assert "For testing only. Not medical advice." in text
    assert "Content version 0.1; last reviewed Thu 15 Jan 2026." in text


def test_exports_carry_the_review_block_and_say_when_it_is_due(qapp: QApplication, tmp_path: Path) -> None:
    import datetime as dt

    from models import bundled_pathway

    document = PathwayDocument()
    document.today = lambda: dt.date(2027, 6, 1)
    document.load(Path(str(bundled_pathway())))
    scene = JourneyScene(document, Theme(font_family=load_bundled_fonts()))
    out = tmp_path / "journey.pdf"
    render_scene_to_file(scene, out)
    text = words(PdfReader(out).pages[0].extract_text())
    assert (
        "Content version 2.0; reviewed Tue 1 Dec 2026 by Project content team (Content authors, checked against the "
        "project's fact sheet; clinical sign-off pending); next review Tue 1 Jun 2027; evidence up to Thu 26 Jun 2025."
    ) in text
    assert "Due for review since Tue 1 Jun 2027." in text
    svg = tmp_path / "journey.svg"
    document.today = lambda: dt.date(2027, 5, 31)
    render_scene_to_file(scene, svg)
    assert "next review Tue 1 Jun 2027" in svg.read_text(encoding="utf-8")
    assert "Due for review" not in svg.read_text(encoding="utf-8")


def test_export_draws_no_selection_and_keeps_it_on_screen(scene: JourneyScene, tmp_path: Path) -> None:
    scene.document.select("infuse")
    scene.document.set_role("nurse")
    render_scene_to_file(scene, tmp_path / "j.png")
    card = scene.card("infuse")
    assert card.is_selected_mark
    assert scene.backgroundBrush().color() == scene.theme.background_color
    assert scene.highlighted_steps() == {"assess", "collect", "infuse", "fever-care"}


def test_unsupported_extension_is_refused_and_leaves_no_file(scene: JourneyScene, tmp_path: Path) -> None:
    out = tmp_path / "journey.bmp"
    with pytest.raises(ExportError) as info:
        render_scene_to_file(scene, out)
    message = str(info.value)
    assert ".png" in message and ".svg" in message and ".pdf" in message
    assert "Traceback" not in message
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ExportError) as info:
        render_scene_to_file(scene, tmp_path / "journey")
    # It read "no extension is not a supported format".
    assert str(info.value).startswith("Cannot export to journey: the name has no extension to say the format. Use a name")


def test_failed_write_keeps_the_old_file(scene: JourneyScene, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "journey.png"
    out.write_bytes(b"old picture")
    monkeypatch.setattr(QImage, "save", lambda self, *args: False)
    with pytest.raises(OSError):
        render_scene_to_file(scene, out)
    assert out.read_bytes() == b"old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["journey.png"]


def test_export_command_writes_the_file(qapp: QApplication, tmp_path: Path, small_pathway_file: Path, capsys) -> None:  # noqa: ANN001
    out = tmp_path / "small.pdf"
    assert export_pathway_file(small_pathway_file, out) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert f"Wrote {out}" in capsys.readouterr().out


def test_export_command_lists_problems_of_a_broken_file(qapp: QApplication, tmp_path: Path, small_pathway_file: Path, capsys) -> None:  # noqa: ANN001
    broken = tmp_path / "broken.yaml"
    text = small_pathway_file.read_text(encoding="utf-8")
    broken.write_text(text.replace("phase: give", "phase: nowhere").replace("title: Close watch", "titel: Close watch"))
    out = tmp_path / "out.png"
    assert export_pathway_file(broken, out) == 1
    err = capsys.readouterr().err
    located = [line for line in err.splitlines() if re.match(r".*broken\.yaml:\d+: ", line)]
    assert len(located) >= 2
    assert any("nowhere" in line for line in located)
    assert "Traceback" not in err
    assert not out.exists()


def test_export_command_reports_an_unwritable_folder(qapp: QApplication, tmp_path: Path, small_pathway_file: Path, capsys) -> None:  # noqa: ANN001
    assert export_pathway_file(small_pathway_file, tmp_path / "no such folder" / "out.png") == 2
    err = capsys.readouterr().err
    assert "no such folder" in err and "Traceback" not in err
    assert export_pathway_file(small_pathway_file, tmp_path / "out.gif") == 2
    assert ".png" in capsys.readouterr().err


def test_command_line_export_from_a_fresh_process(tmp_path: Path, small_pathway_file: Path) -> None:
    out = tmp_path / "OUT.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "pathway_viewer", "export", str(small_pathway_file), "-o", str(out)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"Wrote {out}" in result.stdout
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "Traceback" not in result.stderr


def _long_journey_scene(tmp_path: Path, steps: int) -> JourneyScene:
    from benchmarks.generate import write_pathway

    path = tmp_path / f"long{steps}.yaml"
    write_pathway(path, steps)
    document = PathwayDocument()
    document.load(path)
    return JourneyScene(document, Theme(font_family=load_bundled_fonts()))


def test_a_journey_too_long_for_a_picture_is_refused_with_what_to_use_instead(qapp: QApplication, tmp_path: Path) -> None:
    # A 300-step journey on one line made a 133,192 x 3,840 PNG (26 s) most viewers refuse.
    scene = _long_journey_scene(tmp_path, 300)
    out = tmp_path / "journey.png"
    with pytest.raises(ExportError, match=r"too long for a picture: .* Save it as \.svg or \.pdf instead"):
        render_scene_to_file(scene, out)
    assert not out.exists()
    render_scene_to_file(scene, tmp_path / "journey.svg")  # what the message offers works


def test_a_picture_a_little_too_large_is_made_less_sharp_to_open_everywhere(qapp: QApplication, tmp_path: Path) -> None:
    scene = _long_journey_scene(tmp_path, 60)
    out = tmp_path / "journey.png"
    render_scene_to_file(scene, out)
    image = QImage(str(out))
    assert not image.isNull() and max(image.width(), image.height()) <= 16_384
