"""Arabic and Hebrew pathway text reads right to left in cards, details, presentation and handout."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QTextDocument
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from models import load_pathway
from pathway_viewer.core.document import PathwayDocument
from pathway_viewer.core.fonts import load_bundled_fonts
from pathway_viewer.core.settings import AppSettings
from pathway_viewer.core.theme import Theme
from pathway_viewer.journey.item_style import PADDING, RING
from pathway_viewer.journey.scene import JourneyScene
from pathway_viewer.output.handout import write_handout_pdf
from pathway_viewer.presentation.view import PresentationView
from window_helpers import open_window

DATA = Path(__file__).parent / "data"
GERMAN = DATA / "lupus_kurz_de.yaml"
ARABIC = DATA / "lupus_short_ar.yaml"


def card_image(scene: JourneyScene, step_id: str, scale: float) -> tuple[QImage, QRectF, float]:
    """One card drawn alone at ``scale`` on white, its card rect, and the rect's left offset."""
    card = scene.card(step_id)
    # The card and its selection ring; zoomed out, the phase's name stands above it (outside).
    rect = card.mapRectToScene(card.card_rect().adjusted(-RING, -RING, RING, RING))
    image = QImage(round(rect.width() * scale), round(rect.height() * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    inner = card.card_rect()
    return image, inner, RING


def title_ink(scene: JourneyScene, step_id: str) -> tuple[float, float, float]:
    """(left, right, card width) of the dark title pixels of one card, in card units."""
    card = scene.card(step_id)
    image, inner, offset = card_image(scene, step_id, 2)
    top = card.band_rect().bottom() + 4
    bottom = top + QFontMetricsF(card.title_font()).height()
    xs = [
        x / 2 - offset
        for y in range(round(top * 2), round(bottom * 2))
        for x in range(round((offset + 4) * 2), round((offset + inner.width() - 4) * 2))
        if QColor(image.pixel(x, y)).lightness() < 90
    ]
    assert xs, f"no title drawn on {step_id}"
    return min(xs), max(xs), inner.width()


def test_an_arabic_card_title_hugs_the_right_edge_and_a_german_one_the_left(qapp) -> None:  # noqa: ANN001
    document = PathwayDocument()
    document.set_pathway(load_pathway(GERMAN))
    scene = JourneyScene(document, Theme(font_family=load_bundled_fonts()))
    left, right, width = title_ink(scene, "erklaerung-arabisch")
    assert abs(right - (width - PADDING)) <= 3  # ends at the right margin
    assert left > PADDING + 20  # and does not start at the left one
    left, right, width = title_ink(scene, "sammeln")  # "Blutzellen sammeln"
    assert abs(left - PADDING) <= 3
    assert right < width - PADDING - 20


def _block(doc: QTextDocument, text: str):  # noqa: ANN202 - a QTextBlock
    block = doc.begin()
    while block.isValid():
        if block.text().strip().lstrip("\u2022 ").startswith(text):
            return block
        block = block.next()
    raise AssertionError(f"{text!r} is not shown")


def test_the_details_panel_lays_out_arabic_right_to_left(qtbot: QtBot, tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = open_window(qtbot, settings, ARABIC)
    rtl = Qt.LayoutDirection.RightToLeft
    # Nothing chosen yet: the pathway's title and disclaimer.
    doc = window.details.browser.document()
    assert _block(doc, "بيانات اختبار للبرنامج").blockFormat().layoutDirection() == rtl
    window.document.select("collect")
    doc = window.details.browser.document()
    for shown in ("جمع خلايا الدم", "يأخذ جهاز خاص", "فريق العلاج الخلوي"):
        assert _block(doc, shown).blockFormat().layoutDirection() == rtl, shown
    # The interface's own words stay left to right.
    assert _block(doc, "Usually 1 to 2 days.").blockFormat().layoutDirection() != rtl
    # A one-line Arabic title ends at the right edge of the text, where an Arabic reader starts.
    title = _block(doc, "جمع خلايا الدم")
    line = title.layout().lineAt(0)
    assert doc.textWidth() - doc.documentMargin() * 2 - line.naturalTextRect().right() < 2
    assert line.naturalTextRect().left() > 40


def test_presentation_pages_lay_out_arabic_right_to_left(qtbot: QtBot) -> None:
    document = PathwayDocument()
    document.set_pathway(load_pathway(ARABIC))
    view = PresentationView(document, Theme(font_family=load_bundled_fonts()))
    qtbot.addWidget(view)
    view.start("watch", full_screen=False)
    for label, shown in ((view.left_label, "يراقبك الفريق"), (view.right_label, "حمى")):
        doc = QTextDocument()
        doc.setHtml(label.text())
        assert _block(doc, shown).blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


@pytest.fixture
def german_handout(qapp, tmp_path: Path) -> PdfReader:  # noqa: ANN001
    out = tmp_path / "handout.pdf"
    write_handout_pdf(out, load_pathway(GERMAN))
    return PdfReader(str(out))


def test_the_handout_text_layer_has_the_real_chinese_and_arabic_letters(german_handout: PdfReader) -> None:
    text = unicodedata.normalize("NFKC", " ".join(page.extract_text() or "" for page in german_handout.pages))
    assert "用中文讲解治疗" in text
    # pypdf reads glyphs in the order they are drawn (left to right), so an Arabic word comes
    # out mirrored, in presentation forms that NFKC folds back to the letters typed; the one
    # lam-alef ligature glyph keeps its two letters in reading order. Real letters, not boxes
    # or "(cid:...)" placeholders. Typed word -> what pypdf reads:
    drawn = {"شرح": "حرش", "العلاج": "جلاعلا", "باللغة": "ةغللاب", "العربية": "ةيبرعلا"}
    for typed, read in drawn.items():
        assert read in text, typed
    assert "(cid:" not in text



def test_the_handout_text_layer_gives_arabic_letters_not_their_shaped_forms(german_handout: PdfReader) -> None:
    # Copying from the PDF, or a screen reader, gets the letters typed: the shaped
    # start/middle/end forms (U+FE70-U+FEFF) are mapped back, without NFKC on the reader's
    # side. Only a lam-alef ligature keeps its one code point (it stands for two letters).
    text = " ".join(page.extract_text() or "" for page in german_handout.pages)
    shaped = {ch for ch in text if 0xFB50 <= ord(ch) <= 0xFDFF or 0xFE70 <= ord(ch) <= 0xFEFF}
    assert shaped <= {chr(c) for c in range(0xFEF5, 0xFEFD)}, sorted(hex(ord(c)) for c in shaped)
    assert "حرش" in text and "ةيبرعلا" in text  # شرح, العربية as drawn, in plain letters


def test_zoomed_out_an_arabic_title_still_starts_at_the_right_edge(qapp) -> None:  # noqa: ANN001
    # Far out a card shows its title alone and larger (semantic zoom): still right to left.
    document = PathwayDocument()
    document.set_pathway(load_pathway(GERMAN))
    scene = JourneyScene(document, Theme(font_family=load_bundled_fonts()))
    scale = 0.4

    def ink(step_id: str) -> tuple[float, float, float]:
        image, inner, offset = card_image(scene, step_id, scale)
        xs = [
            x / scale - offset
            for y in range(round((offset + 14) * scale), round((offset + inner.height() - 6) * scale))
            for x in range(round((offset + 3) * scale), round((offset + inner.width() - 3) * scale))
            if QColor(image.pixel(x, y)).lightness() < 90
        ]
        assert xs, f"no title drawn on {step_id}"
        return min(xs), max(xs), inner.width()

    left, right, width = ink("erklaerung-arabisch")
    assert right > width - PADDING - 8 and left > PADDING + 20
    left, right, width = ink("sammeln")
    assert left < PADDING + 8 and right < width - PADDING - 20


def test_an_english_line_under_an_arabic_disclaimer_keeps_its_own_direction(tmp_path: Path) -> None:
    """The exported picture's caption: the Arabic disclaimer right to left, the review line
    (the app's English words) left to right, its full stop at its end, not its start."""
    import subprocess
    import sys

    out = tmp_path / "cataract.pdf"
    result = subprocess.run([sys.executable, "-m", "pathway_viewer", "export", str(DATA / "cataract_ar.yaml"), "-o", str(out),
                             "--lang", "en"], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    text = PdfReader(out).pages[0].extract_text(extraction_mode="layout")
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    # tests/data/cataract_ar.yaml: version "1.0", last_reviewed 2026-09-01 (a Tuesday).
    assert lines[-1] == "Content version 1.0; last reviewed Tue 1 Sep 2026."


def test_arabic_titles_quoted_in_an_english_quiz_question_stay_in_order(qapp) -> None:  # noqa: ANN001
    # "During “<step>”: “<condition>”. Where ...?" once laid out its quotes and colon with
    # the Arabic, so the condition was drawn before the step and the quote marks swapped.
    from PySide6.QtGui import QFont, QTextLayout

    from models.quiz import generate_quiz

    pathway = load_pathway(DATA / "cataract_ar.yaml")
    branch = next(q for q in generate_quiz(pathway, count=40, seed=0) if q.kind == "branch")
    step, condition = (part.split("”")[0].strip("\u2068\u2069") for part in branch.prompt.split("“")[1:3])
    layout = QTextLayout(branch.prompt, QFont(load_bundled_fonts(), 12))
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()

    def drawn(text: str) -> tuple[float, float]:
        """From where to where ``text`` is drawn on the line (its letters' edges)."""
        start = branch.prompt.index(text)
        xs = [line.cursorToX(k)[0] for k in range(start, start + len(text) + 1)]
        return min(xs), max(xs)

    (_, step_right), (condition_left, _) = drawn(step), drawn(condition)
    assert step_right < condition_left, "the step's title and the condition are drawn into each other"
    assert branch.prompt.startswith("During “\u2068")
    # Text with no right-to-left letters is left exactly as written.
    english = next(q for q in generate_quiz(load_pathway(DATA / "tiny_en.yaml"), count=40, seed=0))
    assert "\u2068" not in english.prompt + english.explanation + "".join(english.choices)


@pytest.mark.parametrize("unit", ["C", "F", "both"])
def test_a_temperature_in_a_hebrew_sign_reads_number_then_unit(qapp, unit: str) -> None:  # noqa: ANN001
    # "חום של {temperature} ומעלה" read "C° 38.0": the unit before the number, in the one
    # number of the call-now list.
    from PySide6.QtGui import QTextLayout, QTextOption

    from models.schema import UrgentSign
    from models.wording.patient_words import sign_text

    sign = UrgentSign.model_validate({"text": "חום של {temperature} ומעלה", "temperature_c": 38.0})
    text = sign_text(sign, unit, "he")
    layout = QTextLayout(text)
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(2000)
    layout.endLayout()
    # Inside its run (a run's first letter stands at the boundary of two directions).
    eight, unit_letter = next(i for i, c in enumerate(text) if c.isdigit()) + 1, text.index("\u00b0") + 1
    # Laid out right to left as a whole, the number still stands left of its unit.
    assert line.cursorToX(eight)[0] < line.cursorToX(unit_letter)[0], text
    assert sign_text(UrgentSign.model_validate({"text": "Fever of {temperature}", "temperature_c": 38.0})) == "Fever of 38.0 \u00b0C"


def test_how_often_a_hebrew_way_is_taken_keeps_its_title_and_condition_apart(qapp) -> None:  # noqa: ANN001
    # 'Going on to ”רשימת המתנה (אין תורם חי מתאים) ”שנפטר: this happens often.': the closing
    # quote and the condition landed inside the Hebrew title.
    from PySide6.QtGui import QTextLayout

    from models.wording.journey_words import frequency_words
    from pathway_files import DATA

    pathway = load_pathway(DATA / "small.yaml")
    data = pathway.model_dump(by_alias=True, mode="json", exclude_none=True)
    for step in data["steps"]:
        if step["id"] == "not-eligible":
            step["title"] = "רשימת המתנה לכליה מתורם שנפטר"
    for t in data["transitions"]:
        if t["to"] == "not-eligible":
            t["label"], t["frequency"] = "אין תורם חי מתאים", "common"
    from models.schema import Pathway

    hebrew = Pathway.model_validate(data)
    [words] = [w for w in frequency_words(hebrew, hebrew.step("assess")) if "\u05e9\u05e0\u05e4\u05d8\u05e8" in w]
    layout = QTextLayout(words)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    title_end = words.index("\u05e9\u05e0\u05e4\u05d8\u05e8")  # the title's last word, inside it
    closing = words.index("\u201d")
    # Read left to right, the closing quote comes after every letter of the title.
    assert all(line.cursorToX(i)[0] < line.cursorToX(closing + 1)[0] for i in range(words.index("\u201c") + 2, title_end + 4)), words
