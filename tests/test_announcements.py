"""What a screen reader hears when something changes where the keyboard is not (#12.2).

A Find result or a new presentation step changed what was seen (the status line, the map,
the slide) but not what the focused widget said; these read what the focused widget's
accessible interface says afterwards, as a screen reader would ask it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from models import bundled_pathway
from pathway_viewer.core.step_accessibility import accessible_text
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, presenting, test_settings

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"
BUNDLED = Path(bundled_pathway())


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def said(widget: QWidget, kind: QAccessible.Text = QAccessible.Text.Description) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(kind)


def test_find_says_there_is_no_match_and_where_a_match_took_the_map(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    qtbot.keyClick(window.view, Key.Key_F, CTRL)
    box = focused()
    qtbot.keyClicks(box, "xyzzy")
    assert said(box) == "No step mentions 'xyzzy'"
    qtbot.keyClick(box, Key.Key_A, CTRL)
    qtbot.keyClicks(box, "leukapheresis")  # the collection and the second collection
    assert said(box) == "2 steps found: press Enter"
    qtbot.keyClick(box, Key.Key_Return)
    assert focused() is box
    assert said(box) == "Collecting your T cells. 1 of 2"
    qtbot.keyClick(box, Key.Key_Return)
    assert said(box) == "Collecting cells again. 2 of 2"


def test_the_presentation_says_each_new_step(qtbot: QtBot) -> None:
    view = presenting(qtbot, BUNDLED)
    view.setFocus()
    qtbot.keyClick(view, Key.Key_Right)
    assert said(view) == "Collecting your T cells. Step 2 of 9. Collecting your cells"
    qtbot.keyClick(view, Key.Key_Right)
    assert said(view) == "Making your CAR T cells. Step 3 of 9. Making the cells"


def every_text(face: QAccessibleInterface | None, depth: int = 0) -> list[str]:
    if face is None or not face.isValid() or depth > 12:
        return []
    found = [face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)]
    for index in range(face.childCount()):
        found += every_text(face.child(index), depth + 1)
    return found


def test_nothing_a_screen_reader_reads_holds_a_soft_hyphen(qtbot: QtBot, tmp_path: Path) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", "de")  # the German words break long compounds with soft hyphens
    window = open_window(qtbot, settings, KNEE)
    texts = every_text(QAccessible.queryAccessibleInterface(window))
    assert any("Hauptbehandlungstag" in t for t in texts)  # the word is there, whole
    assert [t for t in texts if "\u00ad" in t] == []


def test_the_part_of_the_journey_is_read_without_a_black_square(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    window.view.setFocus()
    qtbot.keyClick(window.view, Key.Key_Right)
    details = said(window.details.browser, QAccessible.Text.Value) or window.details.browser.toPlainText()
    assert "Part of the journey: Checking if it suits you" in details
    assert "\u25a0" not in details


def test_the_presentations_part_of_the_journey_has_no_black_square(qtbot: QtBot) -> None:
    view = presenting(qtbot, BUNDLED)
    name = said(view.phase_label, QAccessible.Text.Name)
    assert name.strip() == "Checking if it suits you"


def test_accessible_text_drops_what_is_only_for_the_eye() -> None:
    assert accessible_text("\u25a0 Haupt\u00adbehandlungs\u00adtag") == "Hauptbehandlungstag"
    assert accessible_text("Step 2 of 9") == "Step 2 of 9"
    # The left-to-right isolate around a temperature in a Hebrew sign is not read either.
    assert accessible_text("\u05d7\u05d5\u05dd \u206638.0 \u00b0C\u2069") == "\u05d7\u05d5\u05dd 38.0 \u00b0C"


def listen(monkeypatch: pytest.MonkeyPatch) -> list[tuple[QAccessible.Event, object]]:
    """What a listening screen reader would be told from now on: (event, object) pairs."""
    heard: list[tuple[QAccessible.Event, object]] = []
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    monkeypatch.setattr(
        QAccessible, "updateAccessibility", staticmethod(lambda event: heard.append((event.type(), event.object())))
    )
    return heard


def test_a_listening_screen_reader_is_alerted_on_the_focused_widget(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    heard = listen(monkeypatch)
    qtbot.keyClick(window.view, Key.Key_F, CTRL)
    box = focused()
    qtbot.keyClicks(box, "xyzzy")
    assert (QAccessible.Event.Alert, box) in heard


def test_the_search_box_is_quiet_when_the_pathway_changes_without_a_search(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    heard = listen(monkeypatch)
    qtbot.keyClick(window.view, Key.Key_F, CTRL)
    box = focused()
    qtbot.keyClicks(box, "leukapheresis")
    assert (QAccessible.Event.Alert, box) in heard
    heard.clear()
    pathway = window.document.pathway
    assert pathway is not None
    window.document.update_steps(pathway, {pathway.steps[0].id})  # an edit elsewhere
    window.document.load(KNEE)  # another pathway opened
    assert (QAccessible.Event.Alert, box) not in heard
    # Not heard, but the box still tells whoever asks what the answer now is.
    assert said(box) == window.search.status.whole_message() == "No step mentions 'leukapheresis'"
    qtbot.keyClick(box, Key.Key_Return)
    assert (QAccessible.Event.Alert, box) in heard


def test_typing_that_leaves_the_answer_as_it_was_is_not_repeated(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    heard = listen(monkeypatch)
    qtbot.keyClick(window.view, Key.Key_F, CTRL)
    box = focused()
    qtbot.keyClicks(box, "leukapheres")
    heard.clear()
    qtbot.keyClicks(box, "is")  # still the same two steps
    assert said(box) == "2 steps found: press Enter"
    assert (QAccessible.Event.Alert, box) not in heard


def every_text_and_value(face: QAccessibleInterface | None, depth: int = 0) -> list[tuple[str, str]]:
    """Each (what, text) a screen reader may read: names, descriptions and values, and a
    text view's whole text (a reader reads the details page through it)."""
    if face is None or not face.isValid() or depth > 14:
        return []
    what = face.object().objectName() if face.object() is not None else ""
    found = [(what, face.text(kind)) for kind in (QAccessible.Text.Name, QAccessible.Text.Description, QAccessible.Text.Value)]
    text = face.textInterface()
    if text is not None:
        found.append((what, text.text(0, text.characterCount())))
    for index in range(face.childCount()):
        found += every_text_and_value(face.child(index), depth + 1)
    return found


def _marked(found: list[tuple[str, str]]) -> list[str]:
    return [f"{what}: {text[:60]!r}" for what, text in found if "\u00ad" in text or "\u200b" in text]


def _broken_words_window(qtbot: QtBot, tmp_path: Path, language: str, view: str) -> MainWindow:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", language)
    settings.set("view/text_size", 200)  # narrow room: the most words broken
    window = open_window(qtbot, settings, KNEE)
    window.show_view(view, remember=False)
    window.current_view().setFocus()
    qtbot.keyClick(window.current_view(), Key.Key_Right)  # a step chosen: the details page is full
    qtbot.wait(10)
    return window


@pytest.mark.parametrize("view", ["journey", "timeline"])
@pytest.mark.parametrize("language", ["en", "de"])
def test_no_word_break_mark_reaches_a_screen_reader_outside_the_details_page(
    qtbot: QtBot, tmp_path: Path, language: str, view: str
) -> None:
    # Soft hyphens (U+00AD) and zero-width spaces (U+200B) let long words break on cards
    # and in panels; a screen reader may say "hyphen" or read the word in pieces.
    window = _broken_words_window(qtbot, tmp_path, language, view)
    found = every_text_and_value(QAccessible.queryAccessibleInterface(window))
    page = QAccessible.queryAccessibleInterface(window.details.browser)
    found = [(what, text) for what, text in found if what != window.details.browser.objectName()]
    found += [(page.object().objectName(), page.text(kind)) for kind in (QAccessible.Text.Name, QAccessible.Text.Description)]
    assert _marked(found) == []


def test_the_details_page_breaks_long_words_with_soft_hyphens_for_the_eye(qtbot: QtBot, tmp_path: Path) -> None:
    window = _broken_words_window(qtbot, tmp_path, "de", "journey")
    assert "Vor\u00adun" in window.details.browser.toPlainText()  # the title broken to fit, as seen


def test_the_details_page_read_aloud_holds_no_soft_hyphen(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Qt's own accessible text of a text view reads its document as it is, soft hyphens and
    # all, and cannot be replaced from Python: while a screen reader listens, the page is
    # written without them, its words whole, and nothing wider than the panel.
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    window = _broken_words_window(qtbot, tmp_path, "de", "journey")
    page = window.details.browser
    found = every_text_and_value(QAccessible.queryAccessibleInterface(page))
    assert _marked(found) == []
    assert any("Vorun" in text for _, text in found)  # the title's long word, whole
    assert page.horizontalScrollBar().maximum() == 0


def test_the_app_s_own_status_messages_are_told_to_a_screen_reader(qtbot: QtBot, tmp_path: Path) -> None:
    # "Saved the handout (32 pages)" and "Opened clinic.yaml" were only seen in the status bar.
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    assert window.export_handout_to(tmp_path / "h.pdf")
    said = window.statusBar().accessibleDescription()
    assert said.startswith("Saved the handout (") and said == window.statusBar().currentMessage()
    assert window.open_file(KNEE)
    assert window.statusBar().accessibleDescription() == "Opened knee_surgery.yaml"


def test_switching_the_words_is_told(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    window.actions[A.AUDIENCE_CLINICIAN].trigger()
    assert window.statusBar().accessibleDescription() == "Words for clinicians: clinical details shown too"
    window.actions[A.AUDIENCE_PATIENT].trigger()
    assert window.statusBar().accessibleDescription() == "Words for patients: plain words only"
