"""Glossary words in the details panel: marked, explained on hover, on click and in a list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from models.glossary import Glossary, Term, load_glossary
from pathway_viewer.window.app import create_main_window
from pathway_viewer.panels.details import DetailsPanel
from pathway_viewer.panels.glossary_text import SCHEME, TermMarker, term_for_href
from pathway_viewer.window.main_window import MainWindow
from pathway_viewer.core.settings import AppSettings


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = create_main_window(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), None)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def definition(term: str) -> str:
    """A term's definition as the bundled pathway's reader gets it: its own words over the shared ones."""
    from models import bundled_pathway, load_pathway
    from models.glossary import pathway_glossary

    glossary = pathway_glossary(load_glossary(), load_pathway(bundled_pathway()))
    assert glossary is not None
    return next(t.definition for t in glossary.terms if t.term == term)


def word_cursor(panel: DetailsPanel, word: str, *, marked: bool = False) -> QTextCursor:
    """The first place ``word`` is shown (the first *marked* place, if asked)."""
    document = panel.browser.document()
    cursor = document.find(word)
    while marked and not cursor.isNull():
        inside = QTextCursor(cursor)
        inside.setPosition(cursor.selectionStart() + 1)
        if inside.charFormat().isAnchor():
            break
        cursor = document.find(word, cursor)
    assert not cursor.isNull(), word
    return cursor


def word_point(panel: DetailsPanel, word: str) -> QPoint:
    """Where ``word`` is drawn, in the browser's viewport coordinates."""
    cursor = word_cursor(panel, word, marked=True)
    panel.browser.setTextCursor(cursor)
    panel.browser.ensureCursorVisible()
    middle = QTextCursor(cursor)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    return panel.browser.cursorRect(middle).center()


# --- marking --------------------------------------------------------------------------------------


def test_a_term_in_the_summary_is_marked_with_a_dotted_line(window: MainWindow) -> None:
    window.document.select("leukapheresis")
    panel = window.details
    summary = window.document.pathway.step("leukapheresis").patient_summary
    assert "leukapheresis" in summary
    assert "leukapheresis" in [t.term for t in panel.marked_terms()]
    cursor = word_cursor(panel, "leukapheresis", marked=True)
    assert summary.startswith(panel.browser.document().findBlock(cursor.position()).text()[:30])
    cursor.setPosition(cursor.selectionStart() + 1)
    fmt = cursor.charFormat()
    assert fmt.isAnchor() and fmt.anchorHref().startswith(SCHEME)
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    # Plain words around it are not marked.
    plain = word_cursor(panel, "machine")
    plain.setPosition(plain.selectionStart() + 1)
    assert not plain.charFormat().isAnchor()


def test_each_term_is_marked_once_per_page_and_listed_with_its_meaning(window: MainWindow) -> None:
    window.document.select("evaluation")
    panel = window.details
    html = panel.browser.toHtml()
    marked = [t.term for t in panel.marked_terms()]
    assert len(marked) == len(set(marked))
    assert html.count(f'href="{SCHEME}') == len(marked)
    text = panel.text()
    words = text[text.index("Words used on this page"):text.index("Sources")]
    assert f"lupus: {definition('lupus')}" in words
    for term in marked:
        assert f"{term}: " in words


def test_hovering_a_term_shows_its_definition(qtbot: QtBot, window: MainWindow) -> None:
    window.document.select("leukapheresis")
    panel = window.details
    point = word_point(panel, "leukapheresis")
    term = panel.browser.term_at(point)
    assert term is not None and term.term == "leukapheresis"
    viewport = panel.browser.viewport()
    event = QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert definition("leukapheresis") in QToolTip.text()
    # Off the word, no glossary tooltip.
    assert panel.browser.term_at(QPoint(2, 2)) is None


def test_clicking_a_term_opens_its_meaning(qtbot: QtBot, window: MainWindow) -> None:
    window.document.select("lymphodepletion")
    panel = window.details
    point = word_point(panel, "chemotherapy")
    qtbot.mouseClick(panel.browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    popup = panel.browser.popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.term is not None and popup.term.term == "chemotherapy"
    assert definition("chemotherapy") in popup.text()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_clinical_text_is_marked_only_for_clinicians(window: MainWindow) -> None:
    window.document.select("crs_management")
    patient_terms = {t.term for t in window.details.marked_terms()}
    window.set_audience("clinician")
    clinician_terms = {t.term for t in window.details.marked_terms()}
    assert patient_terms <= clinician_terms
    assert "tocilizumab" in clinician_terms


def test_the_overview_marks_the_disclaimer(window: MainWindow) -> None:
    window.document.select(None)
    assert "investigational" in [t.term for t in window.details.marked_terms()]


# --- safety ---------------------------------------------------------------------------------------


def test_marked_text_stays_plain_text() -> None:
    glossary = Glossary(terms=[Term(term="lupus", definition="An <b>illness</b> & more.")])
    marker = TermMarker(glossary)
    html = marker.mark("<i>lupus</i> & lupus <script>")
    assert html.count("<a ") == 1  # once per page
    assert "&lt;i&gt;" in html and "&lt;script&gt;" in html
    assert 'title="An &lt;b&gt;illness&lt;/b&gt; &amp; more."' in html
    assert [t.term for t in marker.used] == ["lupus"]


def test_only_our_own_links_name_a_term() -> None:
    glossary = Glossary(terms=[Term(term="lupus", definition="An illness.")])
    assert term_for_href(glossary, f"{SCHEME}0") == glossary.terms[0]
    for href in (f"{SCHEME}1", f"{SCHEME}-1", f"{SCHEME}x", "http://example.com", "", f"{SCHEME}"):
        assert term_for_href(glossary, href) is None
    assert term_for_href(None, f"{SCHEME}0") is None


def test_without_the_shared_glossary_only_the_pathways_own_words_are_marked(qtbot: QtBot) -> None:
    from pathway_viewer.core.document import PathwayDocument

    document = PathwayDocument()
    document.load(None)
    panel = DetailsPanel(document)  # no shared glossary (say its file was unreadable)
    qtbot.addWidget(panel)
    document.select("leukapheresis")
    # The bundled file's own glossary section still explains its words; the shared general
    # words ("white blood cells", "apheresis") are not marked.
    # (Its patient text: "Collecting your T cells ... white blood cells ... called leukapheresis".)
    assert [t.term for t in panel.marked_terms()] == ["T cell", "leukapheresis"]
    assert "white blood cells:" not in panel.text()
    assert "leukapheresis" in panel.text()


def test_a_pathway_without_words_of_its_own_and_no_shared_glossary_marks_nothing(qtbot: QtBot) -> None:
    from pathway_viewer.core.document import PathwayDocument

    document = PathwayDocument()
    document.load(Path(__file__).parent / "data" / "knee_surgery.yaml")
    panel = DetailsPanel(document)
    qtbot.addWidget(panel)
    document.select("operation")
    assert panel.marked_terms() == []
    assert "Words used on this page" not in panel.text()
