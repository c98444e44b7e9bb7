"""At 200 % text (issue #12.6) the window's own words stay whole and in reach: the status
bar, the dialogs and the panels, in a 1024x700 window as on a small clinic laptop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel
from pytestqt.qtbot import QtBot

from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window, test_settings


def large_window(qtbot: QtBot, tmp_path: Path, size: tuple[int, int] = (1024, 700), path: Path | None = None) -> MainWindow:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", 200)
    window = open_window(qtbot, settings, path)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.width() == size[0])
    QApplication.processEvents()
    return window


def lines_fit(label: QLabel) -> bool:
    """Every line the label shows is whole across its width."""
    metrics = label.fontMetrics()
    return all(metrics.horizontalAdvance(line) <= label.contentsRect().width() for line in label.text().split("\n"))


def inside(window: MainWindow, label: QLabel) -> bool:
    return window.rect().contains(QRect(label.mapTo(window, label.rect().topLeft()), label.size()))


def test_the_care_team_filter_is_named_whole_in_the_status_bar(qtbot: QtBot, tmp_path: Path) -> None:
    window = large_window(qtbot, tmp_path)
    doc = window.document
    window.care_team.list.setCurrentRow(1)  # the first role under "Everyone"
    assert doc.role is not None
    role = doc.pathway.role(doc.role).name
    doc.select(doc.graph.main_path[1])
    QApplication.processEvents()
    label = window.step_label
    assert f"Showing the steps of: {role}" in label.text()
    assert f"Step: {doc.pathway.step(doc.selected).title}" in label.text()
    assert label.isVisible() and inside(window, label)
    assert lines_fit(label)
    # Wide enough again, the two go back on one line.
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: "\n" not in label.text())
    assert label.text().endswith(f"   \u2022   Showing the steps of: {role}")


def test_the_train_window_fits_a_small_screen_with_every_box_whole(qtbot: QtBot, tmp_path: Path) -> None:
    window = large_window(qtbot, tmp_path)
    train = window.show_training()
    assert train is not None
    # The window can be made as small as a 1024x700 screen's room.
    assert train.minimumSizeHint().width() <= 1024 and train.minimumSizeHint().height() <= 700
    train.resize(1024, 700)
    qtbot.waitUntil(lambda: train.width() == 1024)
    QApplication.processEvents()
    # The start page scrolls rather than squeezing its lists and buttons through their words.
    for box in (train.module_box, train.count_box, train.seed_box, train.pass_box, train.quiz_button):
        assert box.height() >= box.sizeHint().height(), box.objectName()
    train.start_quiz()
    train.page.group.buttons()[0].click()
    train.page.check.click()
    QApplication.processEvents()
    shown = [b for b in (train.page.stop, train.page.show_step, train.page.next) if b.isVisible()]
    assert len(shown) == 3
    for button in shown:
        place = QRect(button.mapTo(train, button.rect().topLeft()), button.size())
        assert train.rect().contains(place), button.text()
        assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()


def test_the_search_box_clear_button_and_the_editor_tab_arrows_are_24_px(qtbot: QtBot, tmp_path: Path) -> None:
    from test_target_size import too_small

    window = large_window(qtbot, tmp_path)
    window.search.focus_search()
    qtbot.keyClicks(window.search.edit, "cell")
    QApplication.processEvents()
    assert window.search.edit.findChildren(QAbstractButton), "the box shows a clear button"
    assert too_small(window.search) == []
    window.search.clear()
    # The editor's panel at 200 % in 1024 px: its tabs scroll, by arrows big enough to hit.
    window.set_edit_mode(True)
    QApplication.processEvents()
    assert any(b.isVisible() for b in window.findChildren(QAbstractButton, "ScrollLeftButton"))
    assert too_small(window) == []


def test_the_glossary_popup_at_200_percent_holds_its_words_and_follows_a_live_change(qtbot: QtBot, tmp_path: Path) -> None:
    from models.glossary_terms import Term
    from pathway_viewer.window import actions as A

    window = large_window(qtbot, tmp_path)
    term = Term(term="Nachsorgeuntersuchung",
                definition="Nach der Stammzelltransplantation prüft eine Nachsorgeuntersuchung, wie es Ihnen nach der Behandlung geht.")
    popup = window.details.browser.popup
    window.details.browser.show_term(term, window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(popup.isVisible)
    label = popup.label
    # Every word whole on its line (the heading's in bold), and more than a few words a line.
    bold = label.font()
    bold.setBold(True)
    from PySide6.QtGui import QFontMetrics

    assert QFontMetrics(bold).horizontalAdvance(term.term) <= label.width()
    assert all(label.fontMetrics().horizontalAdvance(w) <= label.width() for w in term.definition.split())
    assert label.width() >= label.fontMetrics().averageCharWidth() * 30
    popup.close()
    # Text size changed while running: the next popup is in the new size, as a fresh start's.
    points = label.font().pointSizeF()
    window.actions[A.TEXT_SIZE_ACTIONS[100]].trigger()
    window.details.browser.show_term(term, window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(popup.isVisible)
    assert label.font().pointSizeF() == points / 2
    popup.close()


def test_the_quick_guide_grows_with_the_text_size(qtbot: QtBot, tmp_path: Path) -> None:
    # It was set at a fixed 13 pt: at 200 % it stayed the size of 100 %.
    def guide_glyph_height(text_size: int) -> int:
        settings = test_settings(tmp_path / f"{text_size}.ini")
        settings.set("view/text_size", text_size)
        window = open_window(qtbot, settings, None)
        guide = window.show_quick_guide()
        qtbot.waitUntil(guide.isVisible)
        label = next(l for l in guide.findChildren(QLabel) if "Click a step" in l.text())
        height = label.heightForWidth(600)
        # Whole on the screen, its Close button too (a message box ran 2,500 px down at 200 %).
        screen = guide.screen().availableGeometry()
        assert guide.height() <= screen.height() and guide.width() <= screen.width()
        close = guide.findChild(QAbstractButton)
        assert close is not None and guide.rect().contains(QRect(close.mapTo(guide, close.rect().topLeft()), close.size()))
        guide.close()
        window.close()
        return height

    assert guide_glyph_height(200) >= 1.6 * guide_glyph_height(100)
