"""Arrow labels on the journey map: never under a card, never cut, never on a number.

A label between two cards side by side used to stand where its line's middle was, under
both cards ("pas de nouveau prélèvement" read "de nouveau / élèvement"). Checked here as a
reader sees the map: on one line (as `pathway-viewer export` draws it), at the first look
in the window (wrapped into rows, with numbered stubs), at 100, 150 and 200 % text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pathway_viewer.core.document import PathwayDocument
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.core.theme import Theme
from pathway_viewer.journey.scene import JourneyScene
from pathway_viewer.output.export import export_pathway_file
from pathway_viewer.window.app import create_main_window
from window_helpers import test_settings

DATA = Path(__file__).parent / "data"
# Every pathway the tests ship with arrow labels (the bundled one is None), in five
# languages and three scripts.
PATHWAYS = {
    "bundled": None,
    "small": DATA / "small.yaml",
    "knee": DATA / "knee_surgery.yaml",
    "lymphoma": DATA / "car_t_lymphoma.yaml",
    "ahsct": DATA / "ahsct_ms.yaml",
    "format features": DATA / "format_features.yaml",
    "lupus de": DATA / "lupus_kurz_de.yaml",
    "stroke": DATA / "stroke_rehab.yaml",
    "myélome fr": DATA / "car_t_myelome_fr.yaml",
    "cataract ar": DATA / "cataract_ar.yaml",
    # Written without spaces: its labels break between characters, so they fit a gap too.
    "car-t ja": DATA / "car_t_all_ja.yaml",
}
SIZES = (100, 150, 200)
# The label font in scene pixels at each text size (Theme.label_font: 12 pt x 0.86 at 96 dpi).
LABEL_PX = {100: 14, 150: 21, 200: 28}


def letters(text: str) -> str:
    """The words without spaces or hyphens: how wrapping may change them, and nothing else."""
    return re.sub(r"[\s\-\u00ad]", "", text)


def one_line(path: Path | None, percent: int) -> JourneyScene:
    document = PathwayDocument()
    document.load(path)
    return JourneyScene(document, Theme(font_family=load_bundled_fonts()).scaled(percent))


def problems(scene: JourneyScene, badge_scale: float | None = None) -> list[str]:
    """Every label under a card, cut short, away from its line, on another label, or (with
    ``badge_scale``, the zoom labels are first drawn at) on a stub's number."""
    cards = {card: card.mapRectToScene(card.card_rect()) for card in scene.all_cards()}
    arrows = scene.arrows()
    labelled = [a for a in arrows if a.label]
    out = []
    for arrow in labelled:
        box = arrow.label_rect()
        out += [f"{arrow.label!r} covers {card.step_id}" for card, rect in cards.items() if box.intersects(rect)]
        drawn = arrow.label_item.lines
        if letters("".join(drawn)) != letters(arrow.label):
            out.append(f"{arrow.label!r} is drawn as {drawn}")
        # On its line or, where a stub is too short for both, beside the number ending it.
        path, near = arrow.path(), box.adjusted(-6, -6, 6, 6)
        numbers = arrow.badge_rects(badge_scale) if badge_scale is not None else []
        if not any(near.contains(path.pointAtPercent(i / 400)) for i in range(401)) and not any(
            near.intersects(number) for number in numbers
        ):
            out.append(f"{arrow.label!r} is away from its line")
        out += [f"{arrow.label!r} on {other.label!r}" for other in labelled
                if other.key < arrow.key and other.label_rect().intersects(box)]
        if badge_scale is not None:
            out += [f"{arrow.label!r} on number {other.mark}" for other in arrows
                    for badge in other.badge_rects(badge_scale) if badge.intersects(box)]
    return out


@pytest.mark.parametrize("percent", SIZES)
@pytest.mark.parametrize("which", list(PATHWAYS))
def test_on_one_line_every_label_is_whole_by_its_line_and_clear_of_every_card(
    qapp: QApplication, which: str, percent: int
) -> None:
    scene = one_line(PATHWAYS[which], percent)
    assert any(a.label for a in scene.arrows())
    assert problems(scene) == []


@pytest.mark.parametrize("percent", SIZES)
@pytest.mark.parametrize("which", ["bundled", "stroke", "myélome fr", "cataract ar", "knee", "car-t ja"])
def test_at_the_first_look_no_label_is_under_a_card_cut_or_on_a_number(
    qtbot: QtBot, tmp_path: Path, which: str, percent: int
) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", percent)
    window = create_main_window(settings, PATHWAYS[which])
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    scene = window.scene
    assert scene.theme.label_font().pixelSize() == LABEL_PX[percent]
    # Labels are drawn from 9 pt times the text size on screen (12 px at 100 %, 18 at 150,
    # 24 at 200, less half a pixel for rounding): there each stub's number is drawn largest
    # while a label is.
    assert problems(scene, badge_scale=(12 * percent / 100 - 0.5) / LABEL_PX[percent]) == []


def test_between_two_cards_side_by_side_a_label_stands_in_the_gap_wrapped_narrower(qapp: QApplication) -> None:
    # "Sudden worsening" and "Care that puts comfort first" stand in neighbouring columns of
    # the stroke journey; the gap between them is 90 wide (cards widened for long titles, and
    # wider still since a word that fits a line moves there whole), narrower than the label's
    # usual width.
    scene = one_line(PATHWAYS["stroke"], 100)
    arrow = scene.arrow("worsening", "comfort")
    left = scene.card("worsening").mapRectToScene(scene.card("worsening").card_rect())
    right = scene.card("comfort").mapRectToScene(scene.card("comfort").card_rect())
    assert right.left() - left.right() == 90
    box = arrow.label_rect()
    assert left.right() < box.left() and box.right() < right.left()
    assert arrow.label_item.lines == ["recovery", "is not", "expec-", "ted"]


def test_at_double_text_size_the_columns_part_for_a_label_of_a_few_words_a_line(qapp: QApplication) -> None:
    # Cards and gaps grow with the text, as much as the titles need (size_scale, up to 2 at
    # 200 %): the columns as much further apart as the cards are larger, and the gap at
    # least the 4 ems of the 28 px label type, the box's 14 of padding and 9 clear of each card.
    scene = one_line(PATHWAYS["bundled"], 200)
    screening, collection = scene.card("evaluation"), scene.card("leukapheresis")
    left, right = screening.mapRectToScene(screening.card_rect()), collection.mapRectToScene(collection.card_rect())
    assert 1.0 < scene.size_scale <= 2.0
    assert right.left() - left.left() == pytest.approx((240 + 130) * scene.size_scale)
    assert right.left() - left.right() >= 4 * 28 + 14 + 2 * 9
    # At 100 % the bundled journey's gap (130) already holds such a label: unchanged.
    scene = one_line(PATHWAYS["bundled"], 100)
    screening, collection = scene.card("evaluation"), scene.card("leukapheresis")
    gap = collection.mapRectToScene(collection.card_rect()).left() - screening.mapRectToScene(screening.card_rect()).right()
    assert gap == 130


def test_the_longest_label_a_file_may_have_is_drawn_whole_at_every_text_size(qapp: QApplication, tmp_path: Path) -> None:
    # Labels are at most 200 characters (the format's ShortText); one is shortened only past
    # 12 lines (LABEL_LINES), which such a label does not reach at any text size (the line's
    # width grows with the type). Its tooltip always has all its words.
    long = ("if the blood tests after the second week still show a very low number of white cells "
            "and the fever has not settled with the first antibiotics, the team may keep you in hospital "
            "for a few more days")
    assert len(long) == 196
    text = (DATA / "small.yaml").read_text(encoding="utf-8").replace("label: fever}", f'label: "{long}"}}')
    path = tmp_path / "long_label.yaml"
    path.write_text(text, encoding="utf-8")
    for percent in SIZES:
        scene = one_line(path, percent)
        arrow = scene.arrow("observe", "fever-care")
        assert letters("".join(arrow.label_item.lines)) == letters(long), percent
        assert arrow.toolTip().endswith(long)


def test_an_arabic_label_box_holds_its_lines_from_top_to_bottom(qapp: QApplication) -> None:
    # Arabic letters come from a fallback font with taller lines than the label font's own:
    # the box is measured as drawn, so no letter touches or crosses its top or bottom edge.
    scene = one_line(PATHWAYS["cataract ar"], 100)
    arrow = scene.arrow("followup", "measure")
    assert arrow.label == "العين الثانية تحتاج عملية أيضا"
    box = arrow.label_rect()
    scale = 4.0
    image = QImage(round(box.width() * scale), round((box.height() + 16) * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    with scene.export_mode():
        scene.render(painter, QRectF(0, 0, image.width(), image.height()), box.adjusted(0, -8, 0, 8))
    painter.end()

    def ink_rows() -> list[int]:  # rows with the label's black letters (its border is blue)
        rows = []
        for y in range(image.height()):
            for x in range(round(6 * scale), image.width() - round(6 * scale)):
                c = image.pixelColor(x, y)
                if c.red() < 90 and c.green() < 90 and c.blue() < 90:
                    rows.append(y)
                    break
        return rows

    rows = ink_rows()
    assert rows, "no letters drawn"
    top, bottom = 8 * scale, (8 + box.height()) * scale  # the box's edges in the picture
    assert top + 2 * scale < min(rows) and max(rows) < bottom - 2 * scale


def test_an_exported_svg_has_every_label_whole(qapp: QApplication, tmp_path: Path) -> None:
    out = tmp_path / "fr.svg"
    assert export_pathway_file(PATHWAYS["myélome fr"], out) == 0
    svg = out.read_text(encoding="utf-8")
    words = letters("".join(re.findall(r">([^<>]+)</", svg)))
    for label in ("pas de nouveau prélèvement", "le myélome revient", "nouveau prélèvement"):
        assert letters(label) in words, label


def broken_between_letters(lines: list[str], label: str) -> bool:
    """Whether a line ends inside a word with no hyphen ("need" / "s"): the label's words,
    read line by line, must end each line at a space or a hyphen."""
    words = label.split()
    joined = ""
    for line in lines:
        if line.endswith("\u2026"):
            return False  # shortened: read whole in the tooltip
        joined += line
        at_space = len(joined) == len(" ".join(words)) or label.startswith(joined + " ")
        hyphenated = line.endswith("-")
        if not (at_space or hyphenated):
            return True
        joined = joined[:-1] if hyphenated and not label.startswith(joined) else joined
        joined += "" if hyphenated else " "
    return False


def test_the_check_for_words_broken_between_letters() -> None:
    assert broken_between_letters(["lupus", "need", "s", "treat-", "ment"], "lupus needs treatment")
    assert not broken_between_letters(["lupus", "needs", "treat-", "ment"], "lupus needs treatment")
    assert not broken_between_letters(["back to follow-", "up"], "back to follow-up")


@pytest.mark.parametrize("percent", SIZES)
@pytest.mark.parametrize("name", ["bundled", "stroke", "lupus de"])
def test_no_label_is_broken_between_two_letters_in_any_row_length(qapp: QApplication, name: str, percent: int) -> None:
    # Wrapped narrower to stand between two cards, a word with no place its language lets it
    # break ("needs", "vessel", "gleichzeitig") was cut between letters with no hyphen; such
    # a label now stands beside its line instead. Rows of 2 to 5 columns, as the window and
    # the handout's pictures wrap them.
    scene = one_line(PATHWAYS[name], percent)
    for per_row in (2, 3, 4, 5):
        scene.set_columns_per_row(per_row)
        for arrow in scene.arrows():
            if arrow.label_item is not None:
                assert not broken_between_letters(arrow.label_item.lines, arrow.label), (per_row, arrow.label_item.lines)
