"""Whatever a pathway file says is shown as typed: never as markup, never as a link, never fetched.

A pathway file comes from whoever wrote it. If its words were read as HTML, a title could
make the app draw an image from the clinic PC's disk, pull a picture from the internet,
show a link that opens a browser, or simply print "bold" where the file says "<b>bold</b>".
Each test opens a pathway whose every kind of text holds such strings and reads back what
the user sees: panel text, status bar, tooltips, dialogs and the exported files.

Two ways of catching a load: the app's own rich-text classes have their ``loadResource``
wrapped to record every URL asked for (none may be), and for text Qt lays out in its own
C++ documents (labels, tooltips) the hostile strings name a real picture on disk, so a
label that read them as HTML would grow to the picture's height (and say so here).
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from models.text_direction import unmarked
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QPoint, QRegularExpression, QSettings, Qt, QUrl
from PySide6.QtGui import QAccessible, QColor, QDesktopServices, QHelpEvent, QImage, QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTextBrowser, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from models import load_pathway
from pathway_viewer.window import actions as A
from pathway_viewer.window.app import create_main_window
from pathway_viewer.window.main_window import MainWindow
from pathway_viewer.dialogs.problems import ProblemsDialog
from pathway_viewer.core.settings import AppSettings

PROBE_SIZE = (333, 311)  # a picture no part of the app draws at this size
PROBE_RED = "#d0021b"  # and in a red no part of the app draws

BOLD = "<b>bold</b>"
IMG_FILE = '<img src="file:///etc/passwd">'
IMG_HTTP = '<img src="http://example.com/x.png">'
LINK = '<a href="http://example.com">link</a>'
BARE_URL = "file:///etc/hosts"
SCRIPT = "<script>alert(1)</script>"
ENTITY = "&amp;"
HEBREW = "\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd"  # "hello world", right to left
ARABIC = "\u0645\u0631\u062d\u0628\u0627 \u0628\u0627\u0644\u0639\u0627\u0644\u0645"
HOSTILE = [BOLD, IMG_FILE, IMG_HTTP, LINK, BARE_URL, SCRIPT, ENTITY, HEBREW, ARABIC]


# --- the hostile pathway ------------------------------------------------------------------


@pytest.fixture
def probe(tmp_path: Path) -> str:
    """An <img> naming a real picture on disk, the kind a rich-text label would load."""
    image = QImage(*PROBE_SIZE, QImage.Format.Format_RGB32)
    image.fill(QColor(PROBE_RED))
    path = tmp_path / "probe.png"
    assert image.save(str(path))
    return f'<img src="{QUrl.fromLocalFile(str(path)).toString()}">'


@pytest.fixture
def hostile_file(tmp_path: Path, small_pathway_file: Path, probe: str) -> Path:
    """tests/data/small.yaml with markup, URLs, an entity and right-to-left text in every kind of text."""
    data = load_pathway(small_pathway_file).model_dump(by_alias=True, mode="json", exclude_none=True)
    everything = " ".join([*HOSTILE, probe])
    data["title"] = f"{BOLD} {ENTITY} {SCRIPT} {probe} journey"
    data["disclaimer"] = f"Not medical advice. {everything}"
    data["sources"][0]["citation"] = f"Author A. {everything}"
    data["sources"][0]["url"] = "http://example.com/paper"
    data["roles"][1]["name"] = f"<i>Nurse</i> {ENTITY}"
    data["roles"][1]["description"] = f"{BOLD} {probe} {HEBREW}"
    data["roles"][2]["name"] = f"Laboratory {probe}"
    data["phases"][0]["title"] = f"{BOLD} Check"
    # The clinic's old free-text rules show on the steps that show the urgent signs.
    for step in data["steps"]:
        step["show_urgent_signs"] = step["phase"] == "give"
    data["urgent_signs"] = [{"text": f"{BOLD} {ENTITY} sign {SCRIPT}", "call": "emergency"}]
    step = data["steps"][0]  # "assess": on the main journey, the doctor and the nurse are there
    step["title"] = f"{BOLD} {probe} {HEBREW} Assessment"
    # Glossary words inside markup, and a forged glossary link: still only text.
    step["patient_summary"] = f'{everything} <b>B cells</b> <a href="glossary:0">CD19</a>'
    step["clinical_details"] = f"Clinical: {everything}"
    for key in ("what_to_expect", "how_to_prepare", "questions", "warning_signs"):
        step[key] = [*HOSTILE, probe]
    step["care_team"][1]["does"] = f"{LINK} {BARE_URL}"
    data["transitions"][1]["label"] = f"{BOLD} {ENTITY} not eligible"
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


# --- recording every load ---------------------------------------------------------------------


def _rich_text_classes() -> list[type]:
    """Every QTextDocument or QTextEdit subclass the app defines (found once the modules are imported)."""
    found: list[type] = []
    todo: list[type] = [QTextDocument, QTextEdit]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("pathway_viewer") and "loadResource" in vars(sub):
                found.append(sub)
    return found


@pytest.fixture
def requested(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """URLs any of the app's rich-text views asked for, and any URL handed to the desktop."""
    import pathway_viewer

    # Every module of the app is imported for real: one that fails to import must fail this
    # test, not quietly drop its views from the check, and a new package is covered as is.
    for module in pkgutil.walk_packages(pathway_viewer.__path__, "pathway_viewer."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    urls: list[str] = []
    classes = _rich_text_classes()
    assert classes, "the app's rich-text views should refuse loads in their own loadResource"
    for cls in classes:
        original = vars(cls)["loadResource"]

        def record(self: Any, kind: int, name: QUrl, _original: Callable[..., Any] = original) -> Any:
            urls.append(name.toString())
            return _original(self, kind, name)

        monkeypatch.setattr(cls, "loadResource", record)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(f"openUrl {url.toString()}") or False)
    yield urls


def test_the_load_recorder_sees_a_load(qtbot: QtBot, requested: list[str], settings: AppSettings) -> None:
    """Proof the recorder works: an <img> that really is markup gets recorded."""
    window = create_main_window(settings)
    qtbot.addWidget(window)
    window.details.browser.setHtml('<p>x<img src="file:///etc/passwd"></p>')
    window.details.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl("file:///etc/passwd"))
    assert "file:///etc/passwd" in requested


# --- reading what is on screen ----------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot: QtBot, settings: AppSettings, hostile_file: Path, requested: list[str]) -> MainWindow:
    window = create_main_window(settings, hostile_file)
    assert not window.startup_problems, window.startup_problems
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.view.fit()
    return window


def shown(widget: QWidget) -> str:
    """What a label reads as on screen: Qt's accessibility layer renders rich text to plain text."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    return iface.text(QAccessible.Text.Name)


def squeeze(text: str) -> str:
    """Text with every space and line break removed: a line may wrap anywhere in a PDF or SVG."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


_RTL = re.compile("[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(path: Path) -> str:
    """A PDF's text, squeezed, with right-to-left letters left out (see :func:`has_rtl`)."""
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    return _RTL.sub("", squeeze(text))


def has_rtl(path: Path, words: str) -> bool:
    """Right-to-left words are stored in the order they are drawn: pypdf reads each word backwards."""
    text = squeeze("".join(page.extract_text() for page in PdfReader(path).pages))
    backwards = "".join(word[::-1] for word in words.split())
    return squeeze(words) in text or backwards in text


def assert_no_probe_drawn(widget: QLabel) -> None:
    # Look for the probe's red on screen rather than at the label's height: with the bundled
    # Arabic and Hebrew fonts (taller lines than Latin) a long tooltip can be near the probe's
    # height without any picture in it.
    image = widget.grab().toImage()
    red = QColor(PROBE_RED)
    hits = sum(
        image.pixelColor(x, y) == red for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
    )
    assert hits == 0, f"{widget.objectName()} drew a picture from disk"


def click_card(qtbot: QtBot, window: MainWindow, step_id: str) -> None:
    card = window.scene.card(step_id)
    window.view.centerOn(card)
    pos = window.view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def tooltip_at(widget: QWidget, pos: QPoint) -> QLabel:
    """Hover ``pos`` long enough for a tooltip (the event Qt sends) and return the tooltip shown."""
    QApplication.sendEvent(widget, QHelpEvent(QEvent.Type.ToolTip, pos, widget.mapToGlobal(pos)))
    tips = [w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label" and w.isVisible()]
    assert len(tips) == 1, "no tooltip shown"
    assert isinstance(tips[0], QLabel)
    return tips[0]


# --- the tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("audience", ["patient", "clinician"])
def test_details_show_every_string_as_typed(
    qtbot: QtBot, window: MainWindow, requested: list[str], probe: str, audience: str
) -> None:
    window.set_audience(audience)
    click_card(qtbot, window, "assess")
    assert window.document.selected == "assess"
    text = window.details.text()
    for needle in [*HOSTILE, probe, f"{BOLD} {probe} {HEBREW} Assessment", f"<i>Nurse</i> {ENTITY}: {LINK}",
                   '<b>B cells</b> <a href="glossary:0">CD19</a>']:
        assert needle in text, needle
    assert (f"Clinical: {BOLD}" in text) == (audience == "clinician")
    # Escaped once, not twice: the entity is "&amp;" on screen, not "&amp;amp;".
    assert "&amp;amp;" not in text
    assert requested == []


def test_overview_and_about_show_the_pathway_as_typed(
    qtbot: QtBot, window: MainWindow, requested: list[str], probe: str
) -> None:
    text = window.details.text()
    assert f"{BOLD} {ENTITY} {SCRIPT} {probe} journey" in text
    assert f"Not medical advice. {BOLD}" in text
    window.actions[A.ABOUT].trigger()
    about = next(d for d in window.findChildren(QWidget, "about_dialog") if d.isVisible())
    about_text = about.text()
    for needle in [*HOSTILE, probe, "http://example.com/paper"]:
        assert needle in about_text, needle
    about.close()
    assert requested == []


def test_status_bar_shows_step_and_role_as_typed(
    qtbot: QtBot, window: MainWindow, probe: str
) -> None:
    window.document.set_role("nurse")
    click_card(qtbot, window, "assess")
    assert shown(window.step_label) == (
        f"Step: {BOLD} {probe} {HEBREW} Assessment   \u2022   Showing the steps of: <i>Nurse</i> {ENTITY}"
    )
    assert_no_probe_drawn(window.step_label)
    assert f"{BOLD} {ENTITY} {SCRIPT} {probe} journey" in window.windowTitle()
    assert shown(window.banner).startswith("Educational information")


def test_tooltips_show_the_words_as_typed(qtbot: QtBot, window: MainWindow, probe: str) -> None:
    lst = window.care_team.list
    item = next(lst.item(i) for i in range(lst.count()) if lst.item(i).text().startswith("<i>Nurse</i>"))
    assert item.text() == f"<i>Nurse</i> {ENTITY} (4 steps)"
    lst.scrollToItem(item)
    tip = tooltip_at(lst.viewport(), lst.visualItemRect(item).center())
    assert shown(tip) == f"{BOLD} {probe} {HEBREW}"
    assert_no_probe_drawn(tip)

    card = window.scene.card("assess")
    window.view.centerOn(card)
    tip = tooltip_at(window.view.viewport(), window.view.mapFromScene(card.sceneBoundingRect().center()))
    assert shown(tip).startswith(f"{BOLD} {probe} {HEBREW} Assessment\nPart of the journey: {BOLD} Check\n{BOLD} {IMG_FILE}")
    assert_no_probe_drawn(tip)


def test_clicking_link_like_text_in_the_details_does_nothing(
    qtbot: QtBot, window: MainWindow, requested: list[str]
) -> None:
    click_card(qtbot, window, "assess")
    browser: QTextBrowser = window.details.browser
    assert not browser.openLinks() and not browser.openExternalLinks()
    before = window.details.text()
    followed: list[QUrl] = []
    browser.anchorClicked.connect(followed.append)
    browser.sourceChanged.connect(followed.append)
    doc = browser.document()
    for needle in ("link</a>", "example.com/x.png", BARE_URL):
        # A piece too wide for the panel's line carries invisible break marks between its
        # letters (as the page is drawn, not as it is copied): found through them.
        cursor = doc.find(QRegularExpression("[\u00ad\u200b]*".join(QRegularExpression.escape(c) for c in needle)))
        assert not cursor.isNull(), needle
        cursor.setPosition(cursor.selectionStart() + 2)
        browser.setTextCursor(cursor)
        browser.ensureCursorVisible()
        pos = browser.cursorRect(cursor).center()
        assert browser.anchorAt(pos) == "", needle  # not a link at all
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)
        qtbot.mouseDClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert followed == []
    assert browser.source().isEmpty()
    assert window.details.text() == before
    assert requested == []


def test_a_file_named_like_markup_is_named_as_typed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, probe: str
) -> None:
    name = f"<b>bold {ENTITY} {probe.replace('/', '')}.yaml"  # a file name cannot hold "/"
    bad = tmp_path / name
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    assert not window.open_file(bad)
    dialog = next(d for d in window.findChildren(ProblemsDialog) if d.isVisible())
    intro = dialog.findChild(QLabel, "problems_intro")
    assert shown(intro).startswith(f"{name} has 1 problem.")
    assert_no_probe_drawn(intro)
    assert name in dialog.text()
    assert name in window.windowTitle() or "hostile.json" in window.windowTitle()
    dialog.close()


def test_exported_drawings_carry_the_words_as_text(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, probe: str
) -> None:
    title = f"{BOLD} {ENTITY} {SCRIPT} {probe} journey"
    svg = tmp_path / "journey.svg"
    assert window.export_to(svg)
    root = ET.parse(svg).getroot()  # well-formed: the markup was escaped, not spliced in
    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    assert not tags & {"script", "a", "image", "foreignObject", "use"}, tags
    svg_text = squeeze("".join(root.itertext()))
    assert squeeze(title) in svg_text
    assert squeeze(f"Not medical advice. {BOLD} {IMG_FILE} {IMG_HTTP} {LINK} {BARE_URL}") in svg_text
    assert squeeze(BOLD) in svg_text and squeeze(HEBREW) in svg_text

    pdf = tmp_path / "journey.pdf"
    assert window.export_to(pdf)
    reader = PdfReader(pdf)
    text = pdf_text(pdf)
    assert squeeze(title) in text
    assert squeeze(f"Not medical advice. {BOLD} {IMG_FILE} {IMG_HTTP} {LINK} {BARE_URL} {SCRIPT}") in text
    assert has_rtl(pdf, HEBREW)
    for page in reader.pages:
        annotations = page.get("/Annots")
        assert not (annotations.get_object() if annotations is not None else []), "the PDF has links"
        xobjects = page["/Resources"].get("/XObject", {})
        sizes = [(x.get_object().get("/Width"), x.get_object().get("/Height")) for x in xobjects.values()]
        assert PROBE_SIZE not in sizes, "a picture named in the file was drawn"


def test_handout_pdf_prints_the_words_as_typed(
    qtbot: QtBot, window: MainWindow, requested: list[str], tmp_path: Path, probe: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import datetime as dt

    from pathway_viewer.core.clinic import ClinicInfo

    window.set_clinic(ClinicInfo(
        name=f"{BOLD} clinic {probe}", emergency_number=f"{LINK} 999", stay_near_rule=f"Stay near {SCRIPT}",
        driving_rule=f"{ENTITY} {HEBREW}", phones={"nurse": f"{BOLD} 555"},
    ))
    window.document.set_schedule(dt.date(2026, 3, 10))
    window.set_audience("clinician")
    out = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF document (*.pdf)"))
    window.actions[A.EXPORT_HANDOUT].trigger()
    assert out.is_file(), [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
    reader = PdfReader(out)
    text = pdf_text(out)
    for needle in [BOLD, IMG_FILE, IMG_HTTP, LINK, BARE_URL, SCRIPT, ENTITY, probe,
                   f"{BOLD} {probe} {HEBREW} Assessment", f"Clinical: {BOLD}", f"Laboratory {probe}",
                   f"{BOLD} clinic {probe}", f"{LINK} 999", f"{BOLD} 555", f"Stay near {SCRIPT}",
                   '<b>B cells</b> <a href="glossary:0">CD19</a>']:
        assert _RTL.sub("", squeeze(needle)) in text, needle
    assert has_rtl(out, HEBREW) and has_rtl(out, ARABIC)
    assert "&amp;amp;" not in text
    for page in reader.pages:
        annotations = page.get("/Annots")
        assert not (annotations.get_object() if annotations is not None else []), "the handout has links"
        xobjects = page["/Resources"].get("/XObject", {})
        sizes = [(x.get_object().get("/Width"), x.get_object().get("/Height")) for x in xobjects.values()]
        assert PROBE_SIZE not in sizes, "a picture named in the file was printed"
    assert requested == []


def test_presentation_shows_the_words_as_typed(
    qtbot: QtBot, window: MainWindow, requested: list[str], probe: str
) -> None:
    from pathway_viewer.core.clinic import ClinicInfo

    window.set_clinic(ClinicInfo(name=f"{BOLD} clinic", stay_near_rule=f"Stay near {SCRIPT} {probe}"))
    click_card(qtbot, window, "assess")
    window.actions[A.PRESENT].trigger()
    show = window.presentation
    assert show is not None
    qtbot.waitExposed(show)
    title = f"{BOLD} {probe} {HEBREW} Assessment"
    assert show.title_text() == title
    assert shown(show.title_label) == title
    assert f"{BOLD} Check" in shown(show.phase_label)
    body = shown(show.left_label) + "\n" + shown(show.right_label)
    for needle in [*HOSTILE, probe, f"<i>Nurse</i> {ENTITY}: {LINK}", '<b>B cells</b> <a href="glossary:0">CD19</a>']:
        assert needle in body, needle
    assert "\ufffc" not in body  # no picture stands in the text
    buttons = [shown(button) for button in show.choice_buttons]
    assert buttons == [f"1   {BOLD} {ENTITY} not eligible\n\u2192 Usual care continues"]
    assert any(BOLD in " ".join(lines) for lines in show.strip.shown_titles())

    qtbot.keyClick(show, Qt.Key.Key_Right)  # on to the collection, then the infusion with the clinic's rules
    qtbot.keyClick(show, Qt.Key.Key_Right)
    qtbot.keyClick(show, Qt.Key.Key_Right)
    assert show.current_step == "infuse"
    body = shown(show.left_label)
    assert f"Local rules from {BOLD} clinic" in body and f"Stay near {SCRIPT} {probe}" in body
    assert "\ufffc" not in body
    # The file's urgent sign shows as typed on the steps that show the signs.
    assert f"{BOLD} {ENTITY} sign {SCRIPT}: call emergency services" in shown(show.right_label)
    qtbot.keyClick(show, Qt.Key.Key_Escape)
    assert not show.isVisible()
    assert requested == []


def test_timeline_shows_the_words_as_typed(
    qtbot: QtBot, window: MainWindow, requested: list[str], tmp_path: Path, probe: str
) -> None:
    window.actions[A.VIEW_TIMELINE].trigger()
    assert window.view_mode() == "timeline"
    view = window.timeline_view
    row = window.timeline_scene.row("assess")
    # As typed, set apart (invisible isolates) because it holds right-to-left words.
    assert unmarked(row.title) == f"{BOLD} {probe} {HEBREW} Assessment"
    view.centerOn(row)
    tip = tooltip_at(view.viewport(), view.mapFromScene(row.sceneBoundingRect().center()))
    assert shown(tip).startswith(f"{BOLD} {probe} {HEBREW} Assessment")
    assert_no_probe_drawn(tip)

    svg = tmp_path / "timeline.svg"
    assert window.export_to(svg)
    root = ET.parse(svg).getroot()
    tags = {element.tag.rsplit("}", 1)[-1] for element in root.iter()}
    assert not tags & {"script", "a", "image", "foreignObject", "use"}, tags
    svg_text = squeeze("".join(root.itertext()))
    assert squeeze(f"{BOLD} {ENTITY} {SCRIPT}") in svg_text
    assert squeeze(f"{BOLD} {probe}") in svg_text
    assert requested == []


def test_clinic_settings_name_the_roles_as_typed(qtbot: QtBot, window: MainWindow, probe: str) -> None:
    window.actions[A.CLINIC_SETTINGS].trigger()
    dialog = next(d for d in window.findChildren(QWidget, "clinic_settings_dialog") if d.isVisible())

    def label_for(edit: QWidget) -> QLabel:
        # The label a screen reader names the field by (its buddy), wherever the form is.
        return next(label for label in dialog.findChildren(QLabel) if label.buddy() is edit)

    label = label_for(dialog.phone_edits["lab"])
    assert shown(label) == f"Laboratory {probe}:"
    assert_no_probe_drawn(label)
    label = label_for(dialog.phone_edits["nurse"])
    assert shown(label) == f"<i>Nurse</i> {ENTITY}:"
    dialog.close()


def as_drawn_in_a_menu(text: str) -> str:
    """A menu or button label as Qt draws it: "&&" is an "&", a lone "&" marks the shortcut key."""
    return re.sub(r"&(.)", r"\1", text)


def test_recent_files_are_named_as_typed(qtbot: QtBot, window: MainWindow, hostile_file: Path) -> None:
    name = f"R&D {BOLD.replace('/', '')} {ENTITY}.json"  # a file name cannot hold "/"
    copy = hostile_file.with_name(name)
    copy.write_bytes(hostile_file.read_bytes())
    assert window.open_file(copy)
    window.recent_menu.aboutToShow.emit()
    items = [as_drawn_in_a_menu(action.text()) for action in window.recent_menu.actions()]
    assert items[0] == f"1  {name}"
    assert name in window.windowTitle()


def test_outline_shows_the_words_as_typed(qtbot: QtBot, window: MainWindow, probe: str) -> None:
    tree = window.outline.tree
    first = tree.topLevelItem(0)
    assert unmarked(first.text(0)) == f"{BOLD} {probe} {HEBREW} Assessment"  # isolates aside
    assert any(text.startswith(f"if {BOLD} {ENTITY} not eligible: ") for _, text, _ in window.outline.lines())
    tip = tooltip_at(tree.viewport(), tree.visualItemRect(first).center())
    assert shown(tip).startswith(f"Part of the journey: {BOLD} Check. Step 1 of ")
    assert_no_probe_drawn(tip)
