"""Japanese titles break lines by the rules of the language (kinsoku shori), wherever the app
breaks lines itself: map cards, zoomed out or in, the presentation's strip, arrow labels.

The tester saw "白血球の採取（" / "アフェレーシス" / "）" on a card and "CAR-" / "T細胞をつくる期間"
on cards and in the strip (tests/data/car_t_all_ja.yaml).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models import load_pathway
from models.hyphenation import break_points
from pathway_viewer.core.document import PathwayDocument
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.core.settings import AppSettings
from pathway_viewer.core.text_fit import ELLIPSIS, wrap_lines
from pathway_viewer.core.theme import make_theme
from pathway_viewer.presentation.view import PresentationView
from pathway_viewer.window import actions as A
from window_helpers import open_window

JAPANESE = Path(__file__).parent / "data" / "car_t_all_ja.yaml"
# Hand-written from JIS X 4051's rules: what may not start a line (closing brackets, small
# kana, the prolonged sound mark, iteration marks, full stops and commas, the middle dot)...
NO_START = set("）」』】〕〉》］｝、。，．・：；？！ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ")
# ...and what may not end one (opening brackets).
NO_END = set("（「『【〔〈《［｛")
LATIN_IN_JAPANESE = ("CAR-T", "B-ALL")


def broken_rules(lines: list[str], text: str) -> list[str]:
    """What is wrong with ``lines`` as a Japanese line breaking of ``text`` (empty: nothing)."""
    wrong = []
    joined = "".join(lines)
    if joined.endswith(ELLIPSIS):
        if not text.startswith(joined[:-1]):
            wrong.append(f"not the text: {lines}")
    elif joined != text.replace(" ", "") and " ".join(lines) != text:
        wrong.append(f"not the text: {lines}")
    for line in lines[1:]:
        if line[:1] in NO_START:
            wrong.append(f"starts with {line[0]}: {lines}")
    for line in lines[:-1]:
        if line[-1:] in NO_END:
            wrong.append(f"ends with {line[-1]}: {lines}")
    for word in LATIN_IN_JAPANESE:
        head = word.split("-")[0] + "-"
        if any(line.endswith(head) for line in lines[:-1]) and word in text:
            wrong.append(f"{word} split: {lines}")
    return wrong


def test_the_rules_of_the_check_itself() -> None:
    assert broken_rules(["白血球の採取（", "アフェレーシス", "）"], "白血球の採取（アフェレーシス）") != []
    assert broken_rules(["CAR-", "T細胞をつくる期間"], "CAR-T細胞をつくる期間") != []
    assert broken_rules(["白血球の採取（ア", "フェレーシス）"], "白血球の採取（アフェレーシス）") == []


@pytest.mark.parametrize(
    "text",
    ["白血球の採取（アフェレーシス）", "CAR-T細胞をつくる期間", "待つあいだの治療（ブリッジング）",
     "チャイルド・ライフ・スペシャリスト", "再発・難治性B-ALLの紹介、ちょっと「はい」。", "细胞治疗（CAR-T）的准备。",
     # 𠮷 lies beyond U+FFFF: two UTF-16 units to Qt, one character to Python.
     "𠮷野家の食事（テスト）", "𩸽の塩焼き（ほっけ）と「ご飯」。"],
)
def test_every_width_keeps_the_rules(qapp: QApplication, text: str) -> None:
    font = QFont(load_bundled_fonts())
    font.setPixelSize(15)
    font.setBold(True)
    # From about five characters a line (as wide as "（CAR-T）": a narrower line must break
    # it somewhere) to the whole title on one.
    for width in range(80, 320, 3):
        lines = wrap_lines(text, font, width, 12, split=lambda word: break_points(word, "ja"))
        assert broken_rules(lines, text) == [], width


def test_a_character_beyond_the_basic_plane_moves_no_break(qapp: QApplication) -> None:
    from pathway_viewer.core.line_breaks import pieces

    assert pieces("𠮷野家の食事（テスト）") == ["𠮷", "野", "家", "の", "食", "事", "（テ", "ス", "ト）"]


def test_a_latin_word_stays_whole_and_the_words_around_it_keep_their_space(qapp: QApplication) -> None:
    font = QFont(load_bundled_fonts())
    font.setPixelSize(15)
    text = "CAR-Tコーディネーター (4 steps)"
    lines = wrap_lines(text, font, 110, 6, split=lambda word: break_points(word, "ja"))
    assert lines[0].startswith("CAR-T")
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(line == line.strip() for line in lines)


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1024, 700)])
def test_map_cards_break_japanese_titles_by_the_rules(qtbot: QtBot, tmp_path: Path, width: int, height: int) -> None:
    window = open_window(qtbot, AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), JAPANESE)
    window.resize(width, height)
    QApplication.processEvents()
    pathway = window.document.pathway
    assert pathway is not None
    for size in (100, 200):
        window.actions[A.TEXT_SIZE_ACTIONS[size]].trigger()
        scale = window.view.transform().m11()
        for card in window.scene.all_cards():
            title = pathway.step(card.step_id).title
            assert broken_rules(card.title_lines, title) == [], (size, card.step_id)
            assert broken_rules(card.title_lines_at(scale), title) == [], (size, scale, card.step_id)
    card = window.scene.card("saishu")
    assert "".join(card.title_lines) == "白血球の採取（アフェレーシス）"
    assert "）" not in card.title_lines


def test_the_presentation_strip_breaks_japanese_titles_by_the_rules(qtbot: QtBot) -> None:
    document = PathwayDocument()
    document.set_pathway(load_pathway(JAPANESE))
    for size in (100, 200):
        view = PresentationView(document, make_theme("light", load_bundled_fonts(), size))
        qtbot.addWidget(view)
        view.start(None, full_screen=False)
        view.show()
        qtbot.waitExposed(view)
        for width, height in ((1024, 768), (1366, 768), (1920, 1080)):
            view.resize(width, height)
            QApplication.processEvents()
            names = [title for title, _ in view.strip._steps]
            for title, lines in zip(names, view.strip.shown_titles(), strict=True):
                assert broken_rules(lines, title) == [], (size, width, lines)
        view.close()


def _title_point_size(window, title: str) -> float:  # noqa: ANN001 (a MainWindow)
    block = window.details.browser.document().firstBlock()
    while block.isValid() and block.text() != title:
        block = block.next()
    assert block.isValid(), title
    return block.begin().fragment().charFormat().font().pointSizeF()


def test_a_long_japanese_title_in_the_details_wraps_at_full_size(qtbot: QtBot, tmp_path: Path) -> None:
    # A title with no spaces counted as one word too wide for the panel, and was made smaller
    # (down to the body's size in a narrow panel) although it wraps like any Japanese text.
    window = open_window(qtbot, AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), JAPANESE)
    window.resize(1366, 768)
    window.document.select("yuchu")  # "CAR-T細胞の輸注": one line
    QApplication.processEvents()
    short = _title_point_size(window, "CAR-T細胞の輸注")
    window.document.select("saishu")
    QApplication.processEvents()
    assert _title_point_size(window, "白血球の採取（アフェレーシス）") == short
    lines = window.details.title_lines()
    assert len(lines) == 2 and "".join(lines) == "白血球の採取（アフェレーシス）"
    assert broken_rules(lines, "白血球の採取（アフェレーシス）") == []


def test_no_line_of_japanese_is_left_one_character_long(qapp: QApplication) -> None:
    # The timeline drew "細胞をもう一度集め" over a lone "る".
    font = QFont(load_bundled_fonts())
    font.setPixelSize(15)
    font.setBold(True)
    for text in ("細胞をもう一度集める", "白血球の採取（アフェレーシス）", "待つあいだの治療（ブリッジング）"):
        for width in range(60, 320, 2):
            lines = wrap_lines(text, font, width, 12, split=lambda word: break_points(word, "ja"))
            assert broken_rules(lines, text) == [], width
            if len(lines) > 1 and not lines[-1].endswith(ELLIPSIS):
                assert len(lines[-1]) > 1, (width, lines)
    # English is not touched: a short last word stays where it was.
    assert wrap_lines("Go on to step a", font, 110, 4)[-1] == "a"
