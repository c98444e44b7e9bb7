"""The details panel never cuts a word between two letters: a word wider than the panel
(a German phase name at 150 %) breaks where its language allows, with a hyphen, wherever
the page writes it, and again so when the panel is made narrower."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

GERMAN = Path(__file__).parent / "data" / "stammzelltransplantation_de.yaml"
SOFT_HYPHEN = "\u00ad"


def drawn_lines(document: QTextDocument) -> list[list[str]]:
    """Each paragraph of ``document`` as its lines are drawn; a soft hyphen that ends a
    line shows as "-", the others not at all."""
    paragraphs = []
    block = document.begin()
    while block.isValid():
        text, layout, lines = block.text(), block.layout(), []
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            words = text[line.textStart() : line.textStart() + line.textLength()]
            shown = words.replace(SOFT_HYPHEN, "")
            lines.append(shown + "-" if words.endswith(SOFT_HYPHEN) else shown)
        paragraphs.append(lines)
        block = block.next()
    return paragraphs


def cut_words(document: QTextDocument) -> list[tuple[str, str]]:
    """Every place a line ends inside a word with no hyphen: (that line, the next)."""
    cuts = []
    for lines in drawn_lines(document):
        for line, after in zip(lines, lines[1:]):
            if line and after and not line[-1].isspace() and line[-1] != "-" and not after[0].isspace():
                cuts.append((line, after))
    return cuts


def _window(qtbot: QtBot, folder: Path, percent: int) -> MainWindow:
    window = open_window(qtbot, test_settings(folder / "s.ini"), GERMAN)
    window.resize(1366, 768)
    window.actions[A.TEXT_SIZE_ACTIONS[percent]].trigger()
    qtbot.wait(10)
    return window


def test_the_phase_line_breaks_a_long_german_word_with_a_hyphen(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, 150)
    window.document.select("konditionierung")
    qtbot.wait(10)
    document = window.details.browser.document()
    phase = next(lines for lines in drawn_lines(document) if "Part of the journey" in "".join(lines))
    # was "Transplantationsaufenthal" / "t"
    # Broken where German allows it, with a hyphen (where depends on the panel's width).
    assert phase[-2].endswith(" Trans-") and phase[-1] == "plantationsaufenthalt", phase
    assert cut_words(document) == []
    # What is copied or read aloud is the text as written.
    assert "Part of the journey: Transplantationsaufenthalt" in window.details.text()


def test_no_word_of_any_step_is_cut_when_the_panel_narrows(qtbot: QtBot, tmp_path: Path) -> None:
    window = _window(qtbot, tmp_path, 200)
    pathway = window.document.pathway
    assert pathway is not None
    window.document.select("aplasie")
    window.details.setMinimumWidth(0)
    window.resizeDocks([window.details], [260], Qt.Orientation.Horizontal)
    qtbot.wait(10)
    for step in pathway.steps:
        window.document.select(step.id)
        assert cut_words(window.details.browser.document()) == [], step.id
