"""What a screen reader finds: every step of the map, timeline and presentation as an item,
the outline of the journey, and no interactive element without a name (#12.2).

Read through Qt's own accessibility tree (``QAccessible``), the same one a screen reader's
bridge reads, from the window down: never from the views' own lists.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from models.contrast import contrast_ratio
from pathway_viewer.core.settings import AppSettings
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow
from window_helpers import open_window

KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"
# The six step titles of tests/data/knee_surgery.yaml, as written there.
KNEE_TITLES = {
    "Pre-operative assessment",
    "Other treatment first",
    "The operation",
    "First days on the ward",
    "Wound check",
    "Exercises at home",
}
INTERACTIVE = {
    QAccessible.Role.Button,
    QAccessible.Role.CheckBox,
    QAccessible.Role.RadioButton,
    QAccessible.Role.ComboBox,
    QAccessible.Role.EditableText,
    QAccessible.Role.List,
    QAccessible.Role.ListItem,
    QAccessible.Role.Tree,
    QAccessible.Role.TreeItem,
    QAccessible.Role.MenuItem,
    QAccessible.Role.PageTab,
    QAccessible.Role.SpinBox,
    QAccessible.Role.Slider,
    QAccessible.Role.Link,
    QAccessible.Role.Table,
}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win = open_window(qtbot, settings, KNEE)
    win.resize(1280, 800)
    return win


def walk(interface: QAccessibleInterface, depth: int = 0) -> list[tuple[int, QAccessibleInterface]]:
    found = [(depth, interface)]
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None:
            found.extend(walk(child, depth + 1))
    return found


def name(interface: QAccessibleInterface) -> str:
    return interface.text(QAccessible.Text.Name)


def items_of(widget: QWidget) -> dict[str, QAccessibleInterface]:
    """The items a screen reader finds under ``widget``, found by walking from the window."""
    top = QAccessible.queryAccessibleInterface(widget.window())
    nodes = [i for _, i in walk(top)]
    owner = next(i for i in nodes if i.object() is widget)
    return {name(owner.child(k)): owner.child(k) for k in range(owner.childCount())}


def test_every_step_of_the_map_is_an_item_named_by_its_title(window: MainWindow) -> None:
    steps = items_of(window.view)
    assert set(steps) == KNEE_TITLES
    assert all(item.role() == QAccessible.Role.ListItem for item in steps.values())
    view = QAccessible.queryAccessibleInterface(window.view)
    assert name(view) == "Journey map: Planned knee replacement"  # the open pathway, not one treatment


def test_a_step_describes_its_phase_timing_and_where_it_leads(window: MainWindow) -> None:
    steps = items_of(window.view)
    assert steps["Pre-operative assessment"].text(QAccessible.Text.Description) == (
        "Part of the journey: Before surgery. Step 1 of 4 on the main journey. Takes 1 to 2 hours. "
        "From about 3 weeks to about 2 weeks before the main treatment day. "
        "Next: The operation; or, if another health problem needs treating first: Other treatment first."
    )
    assert steps["Wound check"].text(QAccessible.Text.Description) == (
        "Part of the journey: Getting back on your feet. Only some people take this step. Takes 1 to 14 days. "
        "Next: back to Exercises at home (the wound has healed)."
    )


def test_the_chosen_step_is_the_focused_item_and_lies_on_its_card(qtbot: QtBot, window: MainWindow) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # the first step
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # the operation
    view = QAccessible.queryAccessibleInterface(window.view)
    focused = view.focusChild()
    assert focused is not None and name(focused) == "The operation"
    assert focused.state().focused and focused.state().selected
    assert not items_of(window.view)["Wound check"].state().selected
    card = window.scene.card("operation")
    centre = window.view.viewport().mapToGlobal(window.view.mapFromScene(card.sceneBoundingRect().center()))
    assert focused.rect().contains(centre)
    hit = view.childAt(centre.x(), centre.y())
    assert hit is not None and name(hit) == "The operation"


def test_the_timeline_lists_every_step_too(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert set(items_of(window.timeline_view)) == KNEE_TITLES


def test_presentation_reads_the_main_journey_with_the_current_step_chosen(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presentation = window.presentation
    assert presentation is not None
    qtbot.waitUntil(presentation.isVisible)
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    steps = items_of(presentation.strip)
    assert list(steps) == ["Pre-operative assessment", "The operation", "First days on the ward", "Exercises at home"]
    assert [title for title, item in steps.items() if item.state().selected] == ["The operation"]
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)


def test_the_outline_lists_steps_with_their_branches_under_them(window: MainWindow) -> None:
    tree = QAccessible.queryAccessibleInterface(window.outline.tree)
    assert name(tree) == "Outline of the journey: steps, with their branches under them"
    assert window.outline.lines() == [
        (0, "Pre-operative assessment", "clinic-visit"),
        (1, "if another health problem needs treating first: Other treatment first", "not-fit"),
        (2, "back to Pre-operative assessment (the problem is under control)", "clinic-visit"),
        (0, "The operation", "operation"),
        (0, "First days on the ward", "ward"),
        (0, "Exercises at home", "rehab"),
        (1, "if the wound becomes red or leaks: Wound check", "wound-problem"),
        (2, "back to Exercises at home (the wound has healed)", "rehab"),
    ]
    names = {name(i) for _, i in walk(tree) if i.role() == QAccessible.Role.TreeItem}
    assert "if the wound becomes red or leaks: Wound check" in names


def test_the_outline_follows_the_selection_both_ways(qtbot: QtBot, window: MainWindow) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    assert window.outline.tree.currentItem().text(0) == "Pre-operative assessment"
    window.outline.tree.setFocus()
    qtbot.keyClick(window.outline.tree, Qt.Key.Key_Down)  # into the branch under it
    assert window.document.selected == "not-fit"
    assert window.step_label.text() == "Step: Other treatment first"
    assert window.scene.card("not-fit").is_selected_mark


def test_no_interactive_element_is_without_a_name(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # the timeline exists too
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    top = QAccessible.queryAccessibleInterface(window)
    unnamed = [
        (i.role().name, type(i.object()).__name__, i.object().objectName() if i.object() else "")
        for _, i in walk(top)
        if i.role() in INTERACTIVE and not i.state().invisible and not name(i).strip()
    ]
    assert unnamed == []
    # Widgets the keyboard reaches, whether or not the tree lists them.
    # A widget with a focus proxy (a view's drawing area) hands the keyboard to the proxy.
    reachable = [
        w for w in window.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.focusProxy() is None
    ]
    assert window.search.edit in reachable and window.view in reachable and window.outline.tree in reachable
    nameless = [
        w.objectName() or type(w).__name__ for w in reachable if not name(QAccessible.queryAccessibleInterface(w)).strip()
    ]
    assert nameless == []



def test_each_panel_s_close_button_says_which_panel_it_closes(qtbot: QtBot, window: MainWindow) -> None:
    # Three buttons named "Close" in a row: a screen reader could not tell which closed what.
    window.actions[A.EDIT_MODE].trigger()  # the problems panel too
    buttons = [
        i for _, i in walk(QAccessible.queryAccessibleInterface(window))
        if i.role() == QAccessible.Role.Button and i.object() is not None
        and i.object().objectName() == "qt_dockwidget_closebutton" and not i.state().invisible
    ]
    assert len(buttons) >= 3
    names = [name(i) for i in buttons]
    assert len(set(names)) == len(names), names
    for button in buttons:
        dock = button.object().parent()
        assert name(button) == f"Close the {dock.windowTitle()} panel"


def test_a_screen_reader_reviewing_the_window_meets_the_search_box(window: MainWindow) -> None:
    # As the menu bar's corner widget it was reached only by Ctrl+F: a menu bar lists its
    # menus alone, so walking the window (a screen reader's review) never met it.
    found = [
        i for _, i in walk(QAccessible.queryAccessibleInterface(window))
        if i.role() == QAccessible.Role.EditableText and name(i) == "Search steps"
    ]
    assert len(found) == 1 and found[0].object() is window.search.edit
    menus = [i for _, i in walk(QAccessible.queryAccessibleInterface(window)) if i.role() == QAccessible.Role.MenuBar]
    assert [name(menus[0].child(k)) for k in range(menus[0].childCount())] == ["File", "Edit", "View", "Tools", "Review", "Help"]


def test_steps_that_are_gone_are_no_longer_valid(window: MainWindow) -> None:
    wound = items_of(window.view)["Wound check"]
    assert wound.isValid()
    window.document.load(None)  # the bundled pathway: no knee steps
    assert not wound.isValid()
    assert "Wound check" not in items_of(window.view)
    QApplication.processEvents()


def test_the_outline_keeps_the_keyboard_line_in_sight(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 600)  # a small window: the outline has to scroll
    qtbot.waitUntil(lambda: window.outline.tree.height() < 300)
    tree = window.outline.tree
    tree.setFocus()
    seen = []
    for _ in range(len(window.outline.lines())):
        qtbot.keyClick(tree, Qt.Key.Key_Down)
        current = tree.currentItem()
        seen.append(current.text(0))
        line = tree.visualItemRect(current)
        shown = tree.viewport().rect().intersected(line)
        # Whole, give or take the pixel of spacing under a wrapped line.
        assert shown.top() == line.top() and shown.height() >= line.height() - 2, current.text(0)
    assert seen[-1] == "back to Exercises at home (the wound has healed)"
    assert tree.verticalScrollBar().value() > 0


def nameless_reachable(top: QWidget) -> list[str]:
    """Widgets the keyboard can reach in ``top`` that a screen reader could not name."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        reachable = widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if reachable and widget.focusProxy() is None and not name(QAccessible.queryAccessibleInterface(widget)).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


@pytest.mark.parametrize(
    "action_id",
    [A.SET_DATES, A.CLINIC_SETTINGS, A.ABOUT, A.COMPARE, A.SIGN_OFF, A.SUGGEST, A.SUGGESTIONS, A.TRAIN, A.PRESENT],
)
def test_every_dialog_names_what_the_keyboard_reaches(qtbot: QtBot, window: MainWindow, action_id: str) -> None:
    window.document.select("operation")  # "Suggest a change" needs a step
    before = set(QApplication.topLevelWidgets())
    window.actions[action_id].trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in set(QApplication.topLevelWidgets()) - before))
    opened = next(w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible())
    assert nameless_reachable(opened) == []
    opened.close()


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_the_keyboard_focus_is_drawn_on_the_map_and_its_card(qtbot: QtBot, window: MainWindow) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Right)  # the first step has the keyboard
    ring = window.theme.selection_color
    card = window.scene.card("clinic-visit")
    # At full size, so the two rings 5 scene units apart are pixels apart (the first look
    # may be zoomed out to show the whole journey).
    window.view.set_zoom(1.0)
    window.view.centerOn(card)
    # The line 8 scene units above the card: the keyboard's dashed ring, outside the selection ring.
    top = window.view.mapFromScene(card.mapToScene(card.card_rect().adjusted(0, -8, 0, 0).topLeft())).y()
    left = window.view.mapFromScene(card.mapToScene(card.card_rect().topLeft())).x()
    right = window.view.mapFromScene(card.mapToScene(card.card_rect().topRight())).x()

    def picture() -> tuple[QColor, int]:
        image = window.view.viewport().grab().toImage()
        on_ring = sum(_near(image.pixelColor(x, top), ring) for x in range(left + 10, right - 10))
        return image.pixelColor(1, image.height() // 2), on_ring

    edge, on_ring = picture()
    assert _near(edge, ring) and on_ring > 20  # a frame round the map, a ring round the card
    qtbot.keyClick(window.view, Qt.Key.Key_Tab)  # the keyboard goes to the details
    edge, on_ring = picture()
    assert not _near(edge, ring) and on_ring == 0



def test_the_care_team_list_shows_the_keyboard_by_a_clear_frame(qtbot: QtBot, window: MainWindow) -> None:
    # WCAG 2.4.13: at least 2 px, 3:1 against the list's own background, as the map's frame.
    window.care_team.show()
    rows = window.care_team.list
    ring = window.theme.selection_color
    background = window.theme.panel_background
    assert contrast_ratio(ring.name(), background) >= 3

    def frame_width() -> int:
        image = rows.viewport().grab().toImage()
        middle = image.height() // 2
        return sum(_near(image.pixelColor(x, middle), ring) for x in range(6))

    window.view.setFocus()
    assert frame_width() == 0
    qtbot.keyClick(window.view, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    while QApplication.focusWidget() is not rows:  # Shift+Tab back until the list has the keyboard
        assert QApplication.focusWidget() is not window.view, "the care-team list is not on the Tab path"
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert frame_width() >= 2

def test_every_field_of_the_editor_has_a_name_that_says_what_it_is_for(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)
    window.resize(1366, 768)
    window.document.select("clinic-visit")  # two people in its care team, two arrows out
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.step_form is not None and window.edit_session is not None
    sources = window.step_form.findChild(QPlainTextEdit, "edit_sources")
    sources.setFocus()
    qtbot.keyClick(sources, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(sources, Qt.Key.Key_Return)
    qtbot.keyClicks(sources, "no-such-source")  # a problem to list
    window.edit_session.validate_now()
    problems = window.editor_dock.problem_lines()
    assert len(problems) == 1 and "no-such-source" in problems[0]

    top = QAccessible.queryAccessibleInterface(window)
    unnamed = [
        (i.role().name, type(i.object()).__name__, i.object().objectName() if i.object() else "")
        for _, i in walk(top)
        if i.role() in INTERACTIVE | {QAccessible.Role.ScrollBar} and not i.state().invisible and not name(i).strip()
    ]
    assert unnamed == []
    named = {i.object().objectName(): name(i) for _, i in walk(top) if i.object() is not None and i.object().objectName()}
    # The names a screen reader says, from the file's own words (tests/data/knee_surgery.yaml).
    assert named["edit_care_does_0"] == "What the Anaesthetist does"
    assert named["edit_care_does_1"] == "What the Orthopaedic surgeon does"
    assert named["edit_care_remove_0"] == "Remove the Anaesthetist from this step"
    assert named["edit_arrow_label_1"] == "Arrow to Other treatment first: label"
    assert named["edit_arrow_remove_0"] == "Remove the arrow to The operation"
    assert named["edit_problems"] == "Problems in the pathway being edited: choose one to go to it"
    assert named["edit_duration_min"] == "How long: at least"
    assert named["edit_timing_end"] == "Days from day 0: last day"
    assert named["edit_duration_estimate"] == "The length is an estimate"
    # A drop-down's name on Linux is its current choice (Qt reads the label from the buddy
    # relation there); elsewhere it is the name it was given.
    kind = window.step_form.findChild(QComboBox, "edit_arrow_kind_1")
    assert named["edit_arrow_kind_1"] == "Only some people" and kind.accessibleName() == "Arrow to Other treatment first: kind"
    bar = window.step_form.verticalScrollBar()
    assert bar.isVisible() and name(QAccessible.queryAccessibleInterface(bar)) == "Change the step"
    # The whole-pathway tab too: its boxes are named by list, number and field, not by a hint.
    window.edit_tabs.setCurrentIndex(1)
    assert nameless_reachable(window.edit_tabs) == []
    role_name = window.edit_tabs.widget(1).findChild(QLineEdit, "edit_roles_1_name")
    assert name(QAccessible.queryAccessibleInterface(role_name)) == "Care team roles, number 2: Name"
