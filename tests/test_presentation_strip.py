"""The presentation's journey strip on a long journey: every title whole (README: "Nothing is
cut"), the current step and its neighbours shown, and how many more come before and after
(issue #12: with 16 main steps at 1024x768 every title ended in "…")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from window_helpers import presenting

STROKE = Path(__file__).parent / "data" / "stroke_rehab.yaml"
# Its main journey, in order, as the file writes it.
STROKE_MAIN = [
    "Emergency assessment and brain scan on arrival",
    "Deciding on clot-busting medicine in the stroke unit",
    "First days of close monitoring on the stroke unit",
    "Swallowing check before anything to eat or drink",
    "Early bedside therapy to sit, stand and move safely",
    "Team meeting to agree your rehabilitation goals",
    "Moving to the inpatient rehabilitation ward for therapy",
    "Daily physiotherapy to rebuild walking and balance",
    "Occupational therapy for washing, dressing and cooking",
    "Speech and language therapy for talking and understanding",
    "Home visit to check your house is safe for your return",
    "Planning your discharge together with you and your family",
    "Going home with support from the community rehab team",
    "Six-week review of your progress with the stroke nurse",
    "Six-month review of recovery, mood and daily life",
    "Life after stroke: support groups and a yearly check",
]


def _whole(lines: list[str], title: str) -> bool:
    """Every letter of ``title`` is on the card, none shortened with an ellipsis (where a
    line breaks, a word may carry a hyphen)."""
    letters = re.compile(r"[\s\-]")
    return not any("\u2026" in line for line in lines) and letters.sub("", "".join(lines)) == letters.sub("", title)


def test_no_title_in_the_strip_ends_in_an_ellipsis(qtbot: QtBot) -> None:
    view = presenting(qtbot, STROKE, 100, (1024, 768))
    for _ in STROKE_MAIN:
        titles = view.strip.shown_titles()
        assert titles and not [lines for lines in titles if any("\u2026" in line for line in lines)]
        qtbot.keyClick(view, Qt.Key.Key_Right)


@pytest.mark.parametrize("text_size", (100, 200))
@pytest.mark.parametrize("size", ((1024, 768), (1366, 768)))
def test_along_a_long_journey_every_title_is_whole_and_the_signs_count_the_rest(
    qtbot: QtBot, text_size: int, size: tuple[int, int]
) -> None:
    view = presenting(qtbot, STROKE, text_size, size)
    strip = view.strip
    assert [title for title, _ in strip._steps] == STROKE_MAIN
    for index in range(len(STROKE_MAIN)):
        assert view.position_text() == f"Step {index + 1} of 16"
        assert view.title_text() == STROKE_MAIN[index]
        first, last = strip.shown_range()
        assert first <= index <= last and strip.marked_index() == index
        assert 3 <= last - first + 1 < 16, (first, last)  # the step and neighbours, not all 16
        shown = strip.shown_steps()
        assert [i for i, _ in shown] == list(range(first, last + 1))
        for i, lines in shown:
            assert _whole(lines, STROKE_MAIN[i]), (i, lines)
        before, after = strip.more_signs()
        assert before == (f"\u25c0 {first} more before" if first else "")
        assert after == (f"{15 - last} more after \u25b6" if last < 15 else "")
        # Read aloud without the arrows ("black left-pointing triangle" is noise).
        assert strip.accessibleDescription() == "; ".join(
            s.replace("\u25c0 ", "").replace(" \u25b6", "") for s in (before, after) if s)
        qtbot.keyClick(view, Qt.Key.Key_Right)
    # The two ends: nothing more that way.
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.position_text() == "Step 1 of 16" and strip.shown_range()[0] == 0 and strip.more_signs()[0] == ""
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.position_text() == "Step 16 of 16" and strip.shown_range()[1] == 15 and strip.more_signs()[1] == ""


def test_every_step_stays_an_item_named_by_its_title(qtbot: QtBot) -> None:
    view = presenting(qtbot, STROKE, 100, (1024, 768))
    for _ in range(8):
        qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.position_text() == "Step 9 of 16"
    strip = QAccessible.queryAccessibleInterface(view.strip)
    items = [strip.child(k) for k in range(strip.childCount())]
    assert [item.text(QAccessible.Text.Name) for item in items] == STROKE_MAIN
    assert [item.text(QAccessible.Text.Name) for item in items if item.state().selected] == [STROKE_MAIN[8]]
    first, last = view.strip.shown_range()
    # The steps out of the strip's view are still there for a screen reader, marked off screen.
    assert [k for k, item in enumerate(items) if not item.state().offscreen] == list(range(first, last + 1))


def test_a_click_on_a_sign_goes_to_the_nearest_step_that_way(qtbot: QtBot) -> None:
    view = presenting(qtbot, STROKE, 100, (1024, 768))
    strip = view.strip
    _, last = strip.shown_range()
    before, after = strip._sign_rects()
    assert before is None and after is not None  # at the start, steps only after
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=after.center().toPoint())
    assert view.position_text() == f"Step {last + 2} of 16"
    assert view.title_text() == STROKE_MAIN[last + 1]
    first, _ = strip.shown_range()
    before, _ = strip._sign_rects()
    assert first > 0 and before is not None
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=before.center().toPoint())
    assert view.position_text() == f"Step {first} of 16"


def test_a_short_journey_shows_every_step_with_no_signs(qtbot: QtBot) -> None:
    view = presenting(qtbot, Path(__file__).parent / "data" / "knee_surgery.yaml", 200)
    assert view.strip.shown_range() == (0, 3)
    assert view.strip.more_signs() == ("", "")
    assert [lines[0].split()[0] for lines in view.strip.shown_titles()] == ["Pre-operative", "The", "First", "Exercises"]


@pytest.mark.parametrize(("steps", "size"), [(40, (1024, 768)), (52, (1366, 768))])
def test_a_very_long_journey_shows_whole_titles_not_empty_cards(
    qtbot: QtBot, tmp_path: Path, steps: int, size: tuple[int, int]
) -> None:
    # With 32-52 main steps every card was narrower than an ellipsis: each title was cut to
    # nothing, which does not end in "…", so all the steps were "shown", blank, with no signs.
    import yaml

    data = yaml.safe_load((Path(__file__).parent / "data" / "rodilla_minimo_es.yaml").read_text(encoding="utf-8"))
    template = data["steps"][0]
    data["steps"] = [dict(template, id=f"paso-{n}", title=f"Visita número {n} de control") for n in range(1, steps + 1)]
    data["transitions"] = [{"from": f"paso-{n}", "to": f"paso-{n + 1}"} for n in range(1, steps)]
    path = tmp_path / "long.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    view = presenting(qtbot, path, 100, size)
    strip = view.strip
    first, last = strip.shown_range()
    assert first == 0 and 1 <= last < steps - 1
    for i, lines in strip.shown_steps():
        assert _whole(lines, f"Visita número {i + 1} de control"), (i, lines)
    assert strip.more_signs() == ("", f"{steps - 1 - last} more after \u25b6")
