"""The details panel's page mixes interface words ("Krankenhausstation:") with the pathway's
text: a word too wide for the panel breaks by the rules of the language it is written in,
and a copy of the page gives the words as written, without the soft hyphens put in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pathway_viewer.core import i18n
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings

DATA = Path(__file__).parent / "data"
SOFT_HYPHEN = "\u00ad"


@pytest.fixture(autouse=True)
def _back_to_english(qapp: QApplication) -> Iterator[None]:
    """Whatever a test switches to, the tests after it read English again."""
    yield
    i18n.apply_language(qapp, "en")
    QLocale.setDefault(QLocale.system())


def _narrow_window(qtbot: QtBot, folder: Path, interface: str, path: Path) -> MainWindow:
    settings = test_settings(folder / "s.ini")
    settings.set("view/language", interface)
    settings.set("view/text_size", 200)
    window = open_window(qtbot, settings, path)
    window.resize(1366, 768)
    window.details.setMinimumWidth(0)
    window.resizeDocks([window.details], [260], Qt.Orientation.Horizontal)
    qtbot.wait(10)
    return window


def _page_words(window: MainWindow, step_id: str) -> list[str]:
    """The words of ``step_id``'s page as the panel holds them, "|" where a soft hyphen is."""
    window.document.select(step_id)
    return [word.replace(SOFT_HYPHEN, "|") for word in window.details.browser.document().toPlainText().split()]


def test_a_german_interface_word_breaks_by_german_rules_beside_an_english_pathway(qtbot: QtBot, tmp_path: Path) -> None:
    window = _narrow_window(qtbot, tmp_path, "de", DATA / "hip_replacement.yaml")
    words = _page_words(window, "admission")
    # The setting's label is the interface's; English rules made "Kranken|haussta|tion:".
    assert "Kran|ken|haussta|ti|on:" in words
    assert "Kranken|haussta|tion:" not in words
    words = _page_words(window, "gp-visit")
    assert "mit|brin|gen" in words  # English rules: "mit|bring|en"
    assert "Am|bu|lanz:" in words
    # The pathway's own words keep the pathway's (English) rules.
    assert "re|place|ment" in words


def test_an_english_interface_word_breaks_by_english_rules_beside_a_german_pathway(qtbot: QtBot, tmp_path: Path) -> None:
    window = _narrow_window(qtbot, tmp_path, "en", DATA / "stammzelltransplantation_de.yaml")
    words = _page_words(window, "spendersuche")
    # German rules made "La|bo|ra|to|ry:" and "so|me|ti|mes." of the interface's words.
    assert "Labor|at|ory:" in words
    assert "some|times." in words
    assert "Ge|we|be|ty|pi|sie|rung" in words  # the pathway's word, by German rules


def test_copied_text_has_no_soft_hyphens(qtbot: QtBot, tmp_path: Path) -> None:
    window = _narrow_window(qtbot, tmp_path, "en", DATA / "stammzelltransplantation_de.yaml")
    assert "Trans|plan|ta|ti|ons|auf|ent|halt" in _page_words(window, "zvk")
    browser = window.details.browser
    browser.setFocus()
    qtbot.keyClick(browser, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(browser, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert "Part of the journey: Transplantationsaufenthalt" in copied
    assert SOFT_HYPHEN not in copied
