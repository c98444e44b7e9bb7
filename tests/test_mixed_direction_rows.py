"""Right-to-left words in the app's left-to-right rows keep their own order.

A Hebrew pathway in the English app: the outline showed "סימולציה ו-CT לתכנון" with its words
out of order around "CT" and "20 טיפולי הקרנה" with its number on the wrong side, and the
care team's "(2 steps)" ran into a Hebrew name; the map's cards had them right. Read here as
the rows draw them: a line laid out left to right, where each character lands.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QTextLayout, QTextOption
from pytestqt.qtbot import QtBot

from models import load_pathway
from models.graph import PathwayGraph
from models.wording.accessible import journey_outline
from models.wording.patient_words import timing_words
from pathway_files import small_data, to_yaml
from window_helpers import open_window, test_settings

TITLE = "20 טיפולי הקרנה"  # "20 radiotherapy sessions": a number, then Hebrew
NURSE = "אח/ות אונקולוגית"


def _hebrew(folder: Path) -> Path:
    data = small_data()
    data["language"] = "he"
    next(s for s in data["steps"] if s["id"] == "infuse")["title"] = TITLE
    next(r for r in data["roles"] if r["id"] == "nurse")["name"] = NURSE
    data["day_zero"] = {"label": "ההקרנה הראשונה", "patient_label": "היום של ההקרנה הראשונה"}
    path = folder / "hebrew.yaml"
    path.write_text(to_yaml(data), encoding="utf-8")
    return path


def _drawn(text: str, direction: Qt.LayoutDirection) -> QImage:
    """``text`` drawn on one line laid out in ``direction`` (left to right, as the outline's
    rows are; by its first letter, Auto, as the care team's list is; right to left, as a
    Hebrew card is), from the left edge of a white strip."""
    layout = QTextLayout(text, QFont("Noto Sans", 12))
    option = QTextOption()
    option.setTextDirection(direction)
    option.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(600)
    layout.endLayout()
    image = QImage(600, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    layout.draw(painter, QPointF(0, 0))
    painter.end()
    return image


LTR, AUTO, RTL = Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.LayoutDirectionAuto, Qt.LayoutDirection.RightToLeft


def test_a_hebrew_title_in_the_outline_reads_right_to_left(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), _hebrew(tmp_path))
    tree = window.outline.tree
    shown = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    line = next(text for text in shown if "טיפולי" in text)
    # The row, laid out left to right, looks as the title does laid out right to left (as on
    # its card): "20" at the right, where a Hebrew reader starts.
    assert _drawn(line, LTR) == _drawn(TITLE, RTL)
    assert _drawn(TITLE, LTR) != _drawn(TITLE, RTL)  # as it was: the check can fail


def test_a_hebrew_role_keeps_the_step_count_after_it(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), _hebrew(tmp_path))
    rows = [window.care_team.list.item(i).text() for i in range(window.care_team.list.count())]
    row = next(text for text in rows if "אח/ות" in text)
    assert row.endswith("(1 step)") or row.endswith("steps)")
    # The row reads the same whatever its base direction: an English sentence ("... (1
    # step)") around the Hebrew name. Taken by its first letter, the Hebrew, the whole row
    # ran right to left and "(5" wrapped onto the name's far side ("5) ...").
    assert _drawn(row, AUTO) == _drawn(row, LTR)


def test_hebrew_words_inside_the_app_s_sentences_are_set_apart(tmp_path: Path) -> None:
    pathway = load_pathway(_hebrew(tmp_path))
    step = pathway.step("observe")
    assert step.timing is not None
    sentence = timing_words(step.timing, pathway)
    # The day's name is isolated, so the sentence's full stop stays at its end.
    assert "\u2068היום של ההקרנה הראשונה\u2069" in sentence and sentence.endswith(".")
    lines = [entry.label for entry in journey_outline(pathway, PathwayGraph(pathway))]
    assert f"\u2068{TITLE}\u2069" in lines
    # Left-to-right words are left as they are.
    english = load_pathway(Path(__file__).parent / "data" / "small.yaml")
    assert all("\u2068" not in entry.label for entry in journey_outline(english, PathwayGraph(english)))


def test_a_mixed_label_that_reads_as_a_condition_gets_no_second_if(tmp_path: Path) -> None:
    # Set apart before it was read, "if חום" no longer read as a condition: "if ⁨if חום⁩".
    from models.wording.accessible import way_out_words

    pathway = load_pathway(Path(__file__).parent / "data" / "small.yaml")  # English: the app adds "if" to a bare label
    arrow = next(t for t in pathway.transitions if t.from_ == "observe" and t.to == "fever-care")
    relabelled = arrow.model_copy(update={"label": "if חום"})
    condition, _ = way_out_words(pathway, relabelled)
    assert condition is not None and condition.replace("\u2068", "").replace("\u2069", "").startswith("if חום")
    assert "if if" not in condition.replace("\u2068", "").replace("\u2069", "")

