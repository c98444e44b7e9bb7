"""The map at large text (issue #12 point 6, "Large text"): at 150 and 200 % the cards, the
gaps between them and the phase names above them grow with the text, as much as the titles
need to break inside no more words and onto no more lines than at 100 %. With cards of the
100 % width a title at 200 % broke into a short word a line with hyphens inside short words
("Check-" / "ing if" / "CAR-T" / "may"), and a laptop's first look showed 2 of the 9 main
steps; with cards as much larger as the text, 150 % showed 4 where cards of one size showed 6."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pathway_viewer.core.text_fit import breaks_inside_words
from pathway_viewer.window.main_window import MainWindow
from test_first_view import NINE_POINT_PX, unreadable_or_hidden
from window_helpers import open_window, test_settings

AHSCT = Path(__file__).parent / "data" / "ahsct_ms.yaml"


def first_look(qtbot: QtBot, folder: Path, percent: int, pathway: Path | None = None) -> MainWindow:
    """A journey (the bundled one by default) as a first start at ``percent`` text on a 1366x768 laptop."""
    settings = test_settings(folder / f"text{percent}.ini")
    settings.set("view/text_size", percent)
    return open_window(qtbot, settings, pathway, (1366, 768))


def test_breaks_inside_words_tells_a_hyphen_added_inside_a_word_from_one_the_word_has() -> None:
    title = "Checking if CAR-T may suit you"
    assert breaks_inside_words(title, ["Check-", "ing if", "CAR-T", "may"]) == 1
    assert breaks_inside_words(title, ["Checking if CAR-", "T may suit you"]) == 0
    assert breaks_inside_words(title, ["Checking if", "CAR-T may suit", "you"]) == 0
    # A word over three lines is broken twice; a soft hyphen's break is one inside the word.
    assert breaks_inside_words("Transplantationsambulanz", ["Transplan-", "tationsam-", "bulanz"]) == 2
    assert breaks_inside_words("Check\u00ading", ["Check-", "ing"]) == 1


@pytest.mark.parametrize("percent", [150, 200])
def test_at_large_text_no_title_breaks_inside_more_words_nor_on_more_lines_than_at_100_percent(
    qtbot: QtBot, tmp_path: Path, percent: int
) -> None:
    # The cards grow only as much as their words need (JourneyScene.size_scale, between 1 and
    # the text's scale): a title may break at other spaces than at 100 %, but never inside
    # more of its words, nor onto more lines than the longest title takes at 100 %.
    normal = first_look(qtbot, tmp_path, 100)
    large = first_look(qtbot, tmp_path, percent)
    main = normal.document.graph.main_path
    assert len(main) == 9
    assert 1.0 <= large.scene.size_scale <= percent / 100
    # 100 % as far out as it reads (a smaller window opens it there), the large text at its first look.
    normal_zoom, large_zoom = normal.scene.readable_zoom(), large.view.zoom_level
    longest = max(len(normal.scene.card(step).title_lines) for step in main)
    longest_far = max(len(normal.scene.card(step).title_lines_at(normal_zoom)) for step in main)
    for step in main:
        before, after = normal.scene.card(step), large.scene.card(step)
        # Zoomed in, where the card shows its words in full.
        assert breaks_inside_words(after.title, after.title_lines) <= breaks_inside_words(before.title, before.title_lines)
        assert len(after.title_lines) <= longest, (step, after.title_lines)
        # At the first look (the title alone, large), and never a word a line where 100 % had more.
        shown, shown_before = after.title_lines_at(large_zoom), before.title_lines_at(normal_zoom)
        assert breaks_inside_words(after.title, shown) <= breaks_inside_words(before.title, shown_before), (step, shown)
        assert len(shown) <= longest_far, (step, shown)
        assert len(shown) < len(after.title.split()) or len(shown_before) >= len(before.title.split()), (step, shown)
        # The phase's name above the card grows with the text too (it was held to 13 px on
        # screen): 9 pt times the text size, or down to about 7 pt where a long name needs it.
        name = after.caption_at(large_zoom)
        assert name is not None
        assert name[0].pixelSize() * large_zoom >= 0.75 * NINE_POINT_PX * percent / 100, (step, name[1])


# The stem-cell journey's cards grow by 1.375 at 150 % as the bundled one's do, but its
# numbers, read from afar, then take places further from their cards (place_badges' reach)
# and the drawing is wider: beside two columns of panels the first look showed 6 of its 8
# main steps. With the panels in one column for that look, all 8.
@pytest.mark.parametrize("pathway, cards_of_one_size", [
    (None, 6),
    (AHSCT, 8),
])
def test_at_one_and_a_half_text_size_a_laptop_shows_as_many_main_steps_as_cards_of_one_size_did(
    qtbot: QtBot, tmp_path: Path, pathway: Path | None, cards_of_one_size: int
) -> None:
    # Cards 1.5 times as large fitted three columns where cards of the normal size (whose
    # titles took four lines) fitted four: the bundled journey's first look showed 4 main
    # steps of 9, not 6. Grown only as much as their words need, they fit four again.
    window = first_look(qtbot, tmp_path, 150, pathway)
    main = window.document.graph.main_path
    missing = unreadable_or_hidden(window)
    shown = [step for step in main if step not in missing]
    assert len(shown) >= cards_of_one_size, missing
    assert 1.0 <= window.scene.size_scale < 1.5


def test_at_double_text_size_a_laptop_shows_more_main_steps_readable_than_cards_of_one_size_did(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = first_look(qtbot, tmp_path, 200)
    main = window.document.graph.main_path
    missing = unreadable_or_hidden(window)
    shown = [step for step in main if step not in missing]
    assert len(shown) > 2, missing  # 2 of 9 with cards of the 100 % width
    assert shown == main[:len(shown)]  # from the journey's start
    zoom = window.view.zoom_level
    # Not by zooming the large text back down: each title shown is 18 pt (9 pt x 2) or more.
    for step in shown:
        assert window.scene.card(step).title_font_at(zoom).pixelSize() * zoom >= 2 * NINE_POINT_PX - 0.01, step
