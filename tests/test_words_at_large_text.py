"""At every text size (100-200 %) the words are whole: a card grows until its title, timing
line and phase name fit, the "End" tag stands beside the phase name rather than on it, and
the details' title and the presentation's journey strip break a long word with a hyphen,
never between two letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models import load_pathway
from pathway_viewer.core.document import PathwayDocument
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.core.settings import AppSettings
from pathway_viewer.core.text_fit import ELLIPSIS
from pathway_viewer.core.theme import make_theme
from pathway_viewer.journey.items import StepCard, card_meta
from pathway_viewer.presentation.view import PresentationView
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, presenting

DATA = Path(__file__).parent / "data"
FRENCH = DATA / "car_t_myelome_fr.yaml"  # French words, long phase names, an end step
STROKE = DATA / "stroke_rehab.yaml"  # 16 main steps with long titles
SIZES = (100, 125, 150, 200)


def reads_whole(lines: list[str], text: str) -> bool:
    """Whether ``lines`` give back ``text`` word for word: broken between words, after a
    hyphen of the text or with a hyphen added inside a word, and nothing left out."""
    want = " ".join(text.split())
    got = ""
    for line in lines:
        rest = want[len(got):]
        if rest.startswith(line):
            got += line
        elif line.endswith("-") and rest.startswith(line[:-1]) and rest[len(line) - 1 : len(line)] not in ("", " "):
            got += line[:-1]  # a hyphen added where the word breaks
            continue
        else:
            return False  # a word changed, cut short ("wee…") or left out
        if len(got) < len(want):
            if want[len(got)] == " ":
                got += " "
            elif not line.endswith("-"):
                return False  # broken between two letters with no hyphen ("Traitemen" / "t")
    return got == want


def test_reads_whole_tells_a_cut_word_from_a_hyphenated_one() -> None:
    assert reads_whole(["Traite-", "ment d'attente"], "Traitement d'attente")
    assert reads_whole(["CAR-", "T cells"], "CAR-T cells")
    assert not reads_whole(["Traitemen", "t d'attente"], "Traitement d'attente")
    assert not reads_whole(["1 to 2 hours · 6", "weeks to 2 mon\u2026"], "1 to 2 hours · 6 weeks to 2 months before")
    assert not reads_whole(["Firs", "t"], "First")


def _settings(folder: Path) -> AppSettings:
    return AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))


def _window(qtbot: QtBot, folder: Path, path: Path, width: int = 1366, height: int = 768) -> MainWindow:
    window = open_window(qtbot, _settings(folder), path)
    window.resize(width, height)
    return window


@pytest.mark.parametrize("path", [FRENCH, STROKE], ids=["french", "stroke"])
def test_every_card_shows_its_whole_title_timing_and_phase_at_every_text_size(
    qtbot: QtBot, tmp_path: Path, path: Path
) -> None:
    window = _window(qtbot, tmp_path, path)
    pathway = window.document.pathway
    assert pathway is not None
    for size in SIZES:
        window.actions[A.TEXT_SIZE_ACTIONS[size]].trigger()
        cards = window.scene.all_cards()
        assert len(cards) >= len(pathway.steps)
        for card in cards:
            step = pathway.step(card.step_id)
            phase = pathway.phase_of(step)
            timing = card_meta(window.document, card.step_id, copy=card.is_copy)
            assert reads_whole(card.title_lines, step.title), (size, card.title_lines)
            assert reads_whole(card.meta_text.split("\n"), timing), (size, card.meta_text)
            assert phase is None or reads_whole(card.band_text.split("\n"), phase.title), (size, card.band_text)


def test_the_timing_the_tester_saw_cut_reads_whole_at_double_size(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, FRENCH)
    window.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()
    # From the file: 1 to 2 hours, 60 to 45 days before day 0 (was "1 to 2 hours · 2 months to 6 wee…").
    lines = window.scene.card("consultation").meta_text.split("\n")
    assert " ".join(lines) == "1 to 2 hours · 6 weeks to 2 months before"


def _ink_box(image: QImage, area: QRectF) -> QRectF:
    """The box of the dark pixels (the text colour) inside ``area`` of ``image``."""
    xs: list[int] = []
    ys: list[int] = []
    for y in range(int(area.top()) + 1, int(area.bottom())):
        for x in range(int(area.left()) + 1, int(area.right())):
            if image.pixelColor(x, y).lightness() < 90:
                xs.append(x)
                ys.append(y)
    return QRectF(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1) if xs else QRectF()


def _render(card: StepCard) -> QImage:
    rect = card.card_rect()
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    card.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), card.mapRectToScene(rect))
    painter.end()
    return image


def test_the_end_tag_stands_beside_the_phase_name_and_shows_its_whole_word(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, FRENCH)
    for size in SIZES:
        window.actions[A.TEXT_SIZE_ACTIONS[size]].trigger()
        card = window.scene.card("non-eligible")  # "Un autre traitement est proposé", an end step
        assert card.band_text.replace("\n", " ").replace("- ", "") == "Vérifier si le traitement vous convient"
        tag = card.end_mark_rect()
        assert tag is not None
        style = card._style
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        words = QFontMetricsF(style.band_font).boundingRect(card.band_text_box(), flags, card.band_text)
        assert not tag.intersects(words), size
        # Drawn: the stop square and the word "End" in full, inside the tag and nowhere else on it.
        with window.scene.export_mode():
            image = _render(card)
        ink = _ink_box(image, tag)
        word = QFontMetricsF(style.band_font).horizontalAdvance("End")
        assert ink.width() >= style.end_square + 5 + 0.9 * word, size  # the ink of a word is a little narrower than its advance
        assert tag.contains(ink), size


def test_the_details_title_breaks_long_words_with_a_hyphen_in_a_narrow_panel(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, FRENCH)
    window.actions[A.TEXT_SIZE_ACTIONS[200]].trigger()
    # Narrower than the panel's reading floor (24 characters of body text, up to 400 px):
    # what is tested is a word too wide for its line, as a long compound in the large
    # heading still can be at the floor.
    window.details.setMinimumWidth(0)
    window.resizeDocks([window.details], [300], Qt.Orientation.Horizontal)
    qtbot.wait(10)
    pathway = window.document.pathway
    assert pathway is not None
    for step in pathway.steps:
        window.document.select(step.id)
        lines = window.details.title_lines()
        assert len(lines) > 1 and reads_whole(lines, step.title), lines
    window.document.select("traitement-attente")
    assert window.details.title_lines() == ["Traite-", "ment", "d'attente"]  # was "Traitemen" / "t d'attente"


def test_a_title_that_fits_is_written_as_typed(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, FRENCH, 1920, 1080)
    window.document.select("traitement-attente")
    assert window.details.title_lines() == ["Traitement d'attente"]
    # No soft hyphen where none is needed: what is copied or searched is the title itself.
    assert "Traitement d'attente" in window.details.text().splitlines()


def breaks_cleanly(lines: list[str], text: str) -> bool:
    """Like :func:`reads_whole`, but the last line may end the text early with an ellipsis
    (a strip card has room for three lines): no line breaks a word between two letters."""
    if lines and lines[-1].endswith(ELLIPSIS):
        *whole, last = lines
        want = " ".join(text.split())
        for n in range(len(want) + 1):
            if reads_whole([*whole, last[:-1].rstrip().rstrip("-")], want[:n].rstrip()):
                return True
        return False
    return reads_whole(lines, text)


@pytest.mark.parametrize(("path", "size"), [(FRENCH, 200), (STROKE, 100), (STROKE, 200)], ids=["french-200", "stroke-100", "stroke-200"])
def test_the_presentation_strip_never_breaks_a_word_between_two_letters(
    qtbot: QtBot, path: Path, size: int
) -> None:
    document = PathwayDocument()
    document.set_pathway(load_pathway(path))
    view = PresentationView(document, make_theme("light", load_bundled_fonts(), size))
    qtbot.addWidget(view)
    view.start(None, full_screen=False)
    view.show()
    qtbot.waitExposed(view)
    names = [title for title, _ in view.strip._steps]
    for width, height in ((1024, 768), (1280, 720), (1366, 768), (1920, 1080)):
        view.resize(width, height)
        QApplication.processEvents()
        seen = set()
        for _ in names:  # along the whole main journey: the strip shows each step on the way
            for index, lines in view.strip.shown_steps():
                assert reads_whole(lines, names[index]), (width, lines)  # whole, never cut
                seen.add(index)
            view.go_next()
        view.start(None, full_screen=False)
        assert seen == set(range(len(names)))


def test_the_strip_words_the_tester_saw_broken(qtbot: QtBot) -> None:
    view = presenting(qtbot, FRENCH, 200)
    # Was "d'éligibilit" / "é" and "veillanc" / "e": whole words, or broken at a hyphen.
    bilan = dict(view.strip.shown_steps())[1]
    assert reads_whole(bilan, "Bilan d'éligibilité"), bilan
    for _ in range(6):
        view.go_next()
    surveillance = dict(view.strip.shown_steps())[6]
    assert reads_whole(surveillance, "Surveillance des deux premières semaines"), surveillance


def test_the_about_box_s_headings_grow_with_the_text(qtbot: QtBot, tmp_path: Path) -> None:
    # At 200 % the words grew and the headings above them stayed at their 100 % size, so
    # "CAR-T Pathway Viewer" read smaller than the line under it.
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set("view/text_size", 200)
    window = open_window(qtbot, settings)
    about = window.show_about()
    qtbot.waitExposed(about)
    document = about.browser.document()
    heights = {}
    block = document.begin()
    while block.isValid():
        if block.layout().lineCount():
            heights.setdefault(block.text(), block.layout().lineAt(0).height())
        block = block.next()
    body = heights["Version 0.1.0. Works offline; opens no network connection."]
    for heading in ("CAR-T Pathway Viewer", "CAR-T cell therapy for lupus (SLE)", "Changes"):
        assert heights[heading] > body, heading
    about.close()
