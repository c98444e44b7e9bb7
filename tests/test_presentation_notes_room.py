"""Presentation on one screen with the presenter's notes shown (N): the step's own words stay
readable. Read off the screen the family sees (a grab of the window), the way they would:
how many lines of words show under "What happens", and whether the words area ends through
the middle of a line of letters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from window_helpers import open_window, test_settings

from pathway_viewer.presentation.view import PresentationView
from pathway_viewer.window import actions as A

DATA = Path(__file__).parent / "data"
HIP = DATA / "hip_replacement.yaml"


def present_with_notes(qtbot: QtBot, tmp_path: Path, path: Path | None, step: str | None,
                       width: int, height: int, text_size: int = 100) -> PresentationView:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), path)
    if text_size != 100:
        window.actions[A.TEXT_SIZE_ACTIONS[text_size]].trigger()
    window.document.select(step)
    view = window.start_presentation()
    assert view is not None
    view.showNormal()
    view.resize(width, height)
    qtbot.waitUntil(lambda: view.width() == width and view.height() == height)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert not view.notes_panel.isHidden()
    qtbot.wait(20)
    return view


def inked_rows(image: QImage, area: QRect) -> list[bool]:
    """Per pixel row of ``area``: does any pixel in it differ clearly from the white page?"""
    rows = []
    for y in range(area.top(), area.bottom() + 1):
        rows.append(any(min(image.pixelColor(x, y).getRgb()[:3]) < 170 for x in range(area.left(), area.right() + 1, 1)))
    return rows


def ends_on_words(image: QImage, area: QRect) -> bool:
    """Is there near-black text (not only a coloured heading) in the last line in view?"""
    rows = inked_rows(image, area)
    last = max(i for i, inked in enumerate(rows) if inked)
    first = last
    while first > 0 and rows[first - 1]:
        first -= 1
    return any(
        max(image.pixelColor(x, area.top() + y).getRgb()[:3]) < 90
        for y in range(first, last + 1)
        for x in range(area.left(), area.right() + 1)
    )


def bands(rows: list[bool]) -> int:
    """Runs of inked rows: one for each line of text in view (whole or not)."""
    return sum(1 for i, inked in enumerate(rows) if inked and (i == 0 or not rows[i - 1]))


def shown_area(view: PresentationView, label: QLabel) -> QRect:
    """The part of ``label`` that the body's viewport shows, in the view's coordinates."""
    viewport: QWidget = view.body.viewport()
    top_left = viewport.mapTo(view, QPoint(0, 0))
    seen = QRect(top_left, viewport.size())
    at = label.mapTo(view, QPoint(0, 0))
    return seen.intersected(QRect(at, label.size()))


def test_hip_preop_at_1366x768_with_notes_shows_what_happens_whole(qtbot: QtBot, tmp_path: Path) -> None:
    # The tester's case: before, the body had 89 px and cut "What happens" through its second line.
    view = present_with_notes(qtbot, tmp_path, HIP, "preop-assessment", 1366, 768)
    image = view.grab().toImage()
    left = shown_area(view, view.left_label)
    rows = inked_rows(image, left)
    # "What happens", its two lines, "How long" and "Usually 1 to 3 hours." (the file's words,
    # two lines wide at this size): five lines, all in view.
    assert bands(rows) >= 5
    assert not any(rows[-2:])  # the view ends between lines, not through one
    right = inked_rows(image, shown_area(view, view.right_label))
    assert not any(right[-2:])
    assert view.choice_labels() == ["1   Not fit for surgery yet (often)\n\u2192 Getting fit for surgery"]
    view.leave()


def test_sle_first_step_keeps_four_lines_of_what_happens_beside_the_notes(qtbot: QtBot, tmp_path: Path) -> None:
    # Four lines: at presentation size a two- or three-sentence summary ("What happens") takes
    # four lines across half a 1366 px screen; the bundled first step's takes exactly four.
    view = present_with_notes(qtbot, tmp_path, None, None, 1366, 768)
    image = view.grab().toImage()
    rows = inked_rows(image, shown_area(view, view.left_label))
    assert bands(rows) >= 1 + 4  # the heading and the four lines of the summary
    assert not any(rows[-2:])
    # The notes take only what the step can spare, and still say what to say.
    assert view.notes_panel.height() <= 768 * 0.3
    assert view.notes_panel.notes.text().startswith("Say plainly that this treatment is investigational:")
    view.leave()


@pytest.mark.parametrize(
    ("width", "height", "text_size", "least_lines"),
    [
        (1024, 700, 100, 3),   # "What happens" and its two lines at least
        (1920, 1080, 100, 5),
        (1366, 768, 150, 3),
        (1024, 700, 200, 3),
    ],
)
def test_no_line_is_cut_at_other_sizes(
    qtbot: QtBot, tmp_path: Path, width: int, height: int, text_size: int, least_lines: int
) -> None:
    view = present_with_notes(qtbot, tmp_path, HIP, "preop-assessment", width, height, text_size)
    image = view.grab().toImage()
    left = inked_rows(image, shown_area(view, view.left_label))
    right = inked_rows(image, shown_area(view, view.right_label))
    assert bands(left) >= least_lines
    assert not any(left[-2:]) and not any(right[-2:])
    # A heading at the foot without a line of its own words would be a promise with nothing after it.
    for label in (view.left_label, view.right_label):
        assert ends_on_words(image, shown_area(view, label))
    # The notes: at most 30 % of the height, and their own words whole too.
    assert view.notes_panel.height() <= height * 0.3
    for area in view.notes_panel.areas:
        viewport = area.viewport()
        seen = QRect(viewport.mapTo(view, QPoint(0, 0)), viewport.size())
        rows = inked_rows(image, seen)
        assert any(rows) and not any(rows[-2:])
    assert view.choices_box.isVisible()
    view.leave()


def test_down_scrolls_by_whole_lines_to_the_end_and_up_again(qtbot: QtBot, tmp_path: Path) -> None:
    view = present_with_notes(qtbot, tmp_path, HIP, "preop-assessment", 1366, 768)
    bar = view.body.verticalScrollBar()
    places = [bar.value()]
    presses = 0
    assert "More below" in view.next_hint()
    while bar.value() < bar.maximum():
        qtbot.keyClick(view, Qt.Key.Key_Down)
        presses += 1
        assert presses <= 10, "Down never reached the end of the step"
        assert bar.value() > places[-1]  # every press moves on
        places.append(bar.value())
        image = view.grab().toImage()
        for label in (view.left_label, view.right_label):
            rows = inked_rows(image, shown_area(view, label))
            assert not any(rows[:2]) and not any(rows[-2:])  # neither edge goes through a line
    # The step's last words are in view at the end: "Which medicines should I stop before the
    # operation?" is its right column's last line.
    image = view.grab().toImage()
    right = shown_area(view, view.right_label)
    assert ends_on_words(image, right)
    for _ in range(presses):
        qtbot.keyClick(view, Qt.Key.Key_Up)
    assert bar.value() == 0
    view.leave()


def test_the_mouse_wheel_also_stops_on_whole_lines(qtbot: QtBot, tmp_path: Path) -> None:
    view = present_with_notes(qtbot, tmp_path, HIP, "preop-assessment", 1366, 768)
    viewport = view.body.viewport()
    bar = view.body.verticalScrollBar()
    places = [bar.value()]
    for notch in (-120, -120, 120, 120):  # two notches down, two back up
        where = QPointF(50, 50)
        wheel = QWheelEvent(
            where, QPointF(viewport.mapToGlobal(QPoint(50, 50))), QPoint(0, 0), QPoint(0, notch),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
        )
        QApplication.sendEvent(viewport, wheel)
        places.append(bar.value())
        image = view.grab().toImage()
        for label in (view.left_label, view.right_label):
            rows = inked_rows(image, shown_area(view, label))
            assert not any(rows[:2]) and not any(rows[-2:])
    assert places[0] < places[1] < places[2] and places[2] > places[3] > places[4] == 0
    view.leave()


def notes_words_area(view: PresentationView) -> QRect:
    """The part of the notes' words (the step's presenter_notes) that the notes show."""
    label = view.notes_panel.notes
    for area in view.notes_panel.areas:
        if area.widget().isAncestorOf(label):
            viewport = area.viewport()
            seen = QRect(viewport.mapTo(view, QPoint(0, 0)), viewport.size())
            return seen.intersected(QRect(label.mapTo(view, QPoint(0, 0)), label.size()))
    raise AssertionError("the notes' words are in no scroll area shown")


@pytest.mark.parametrize(("width", "height"), [(1024, 700), (1366, 768), (1920, 1080)])
def test_at_200_percent_the_notes_show_three_whole_lines_of_what_to_say(
    qtbot: QtBot, tmp_path: Path, width: int, height: int
) -> None:
    # The tester's case: at 200 % the notes had room for "Elapsed" and a part of "Now:" only.
    # The bundled first step's notes ("Say plainly that this treatment is investigational: ...")
    # run to more than three lines at any of these widths.
    view = present_with_notes(qtbot, tmp_path, None, None, width, height, 200)
    image = view.grab().toImage()
    rows = inked_rows(image, notes_words_area(view))
    assert bands(rows) >= 3
    assert not any(rows[-2:])  # the last line in view is whole
    # The time is still there, beside the words.
    elapsed = view.notes_panel.elapsed
    assert elapsed.isVisible() and elapsed.text().startswith("Elapsed 0:0")
    assert view.notes_panel.rect().contains(QRect(elapsed.mapTo(view.notes_panel, QPoint(0, 0)), elapsed.size()))
    # The step keeps "What happens" and two lines of its words above them.
    assert bands(inked_rows(image, shown_area(view, view.left_label))) >= 3
    assert view.notes_panel.height() <= height * 0.3
    view.leave()


@pytest.mark.parametrize("step", ["manufacturing", "follow_up"])
def test_at_200_percent_in_1024x700_a_step_with_ways_on_keeps_two_lines_of_notes(
    qtbot: QtBot, tmp_path: Path, step: str
) -> None:
    # The tester's case: with the "Some people go another way" box (four ways on, two lines
    # each) the notes had one line and the step one line of its words. The ways on now take
    # a line each, their buttons whole, and the notes and the step keep two lines each.
    view = present_with_notes(qtbot, tmp_path, None, step, 1024, 700, 200)
    image = view.grab().toImage()
    rows = inked_rows(image, notes_words_area(view))
    assert bands(rows) >= 2
    assert not any(rows[-2:])
    assert bands(inked_rows(image, shown_area(view, view.left_label))) >= 3  # "What happens" and two lines
    buttons = view.choice_buttons
    assert len(buttons) == 4
    for button in buttons:
        assert button.height() >= button.sizeHint().height()
        assert button.fontMetrics().horizontalAdvance(button.text()) <= button.width()
        assert button.accessibleName()  # the way's own words, for a screen reader
    # Notes hidden again (N): the ways on get their second lines back.
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert all("\n" in label for label in view.choice_labels())
    view.leave()


def test_each_column_ends_at_its_own_last_whole_line(qtbot: QtBot, tmp_path: Path) -> None:
    # The two columns' lines stand a few pixels apart (a heading of another height above
    # them): a place cutting no line in either came a third of the screen up, and the words
    # stopped mid-sentence above a blank band ("... about 4 weeks" and nothing under it).
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), None)
    window.document.select("leukapheresis")
    view = window.start_presentation()
    assert view is not None
    view.showNormal()
    view.resize(1366, 768)
    qtbot.waitUntil(lambda: view.width() == 1366 and view.height() == 768)
    qtbot.wait(20)
    image = view.grab().toImage()
    line = view.left_label.fontMetrics().lineSpacing()
    body = QRect(view.body.mapTo(view, QPoint(0, 0)), view.body.size())  # its blank margin too
    for label in (view.left_label, view.right_label):
        seen = shown_area(view, label)
        assert not any(inked_rows(image, seen)[-2:])  # no line cut at the foot
        column = QRect(seen.left(), body.top(), seen.width(), body.height())
        rows = inked_rows(image, column)
        last = max(i for i, inked in enumerate(rows) if inked)
        # Words down to the last line's room: never more than a line and a half left blank.
        assert len(rows) - 1 - last < 1.5 * line + 4, label.objectName()
    view.leave()


def _many_ways_out(folder: Path, count: int) -> Path:
    """small.yaml with ``count`` more side steps, each with long words, from one step."""
    from pathway_files import small_data, to_yaml

    data = small_data()
    fever = next(s for s in data["steps"] if s["id"] == "fever-care")
    for n in range(count):
        data["steps"].append(dict(fever, id=f"side-{n}", title=f"A longer stay on the ward to treat problem number {n + 1}"))
        data["transitions"] += [
            {"from": "observe", "to": f"side-{n}", "kind": "alternative", "label": f"a sign of problem {n + 1} in the tests"},
            {"from": f"side-{n}", "to": "observe", "kind": "loop_back", "label": "when it settles"},
        ]
    path = folder / "many_ways.yaml"
    path.write_text(to_yaml(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_a_step_with_many_ways_on_keeps_its_words_and_whole_buttons(
    qtbot: QtBot, tmp_path: Path, width: int, height: int
) -> None:
    # Seven ways out of one step took the whole screen: the step kept no line of "What
    # happens" at 1920x1080, and each button was squeezed through its two lines of words.
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), _many_ways_out(tmp_path, 7))
    window.document.select("observe")
    view = window.start_presentation()
    assert view is not None
    view.showNormal()
    view.resize(width, height)
    qtbot.waitUntil(lambda: view.width() == width and view.height() == height)
    qtbot.wait(20)
    assert len(view.choice_labels()) >= 8  # the fever, the seven (and the way back)
    squeezed = [b.text() for b in view.choice_buttons if b.height() < b.sizeHint().height()]
    assert squeezed == []
    rows = inked_rows(view.grab().toImage(), shown_area(view, view.left_label))
    assert bands(rows) >= 1 + 2  # "What happens" and two lines of it
    view.leave()
