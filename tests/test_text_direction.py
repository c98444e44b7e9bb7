"""Which way pathway text runs, and the rich text that tells Qt so (no Qt needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import load_pathway
from models.text_direction import first_strong_direction, is_rtl, language_is_rtl
from models.wording import dir_attribute, html_dir_attribute, section_list_html, section_table_html
from models.wording.sections import Section

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("العلاج بخلايا CAR-T لمرض الذئبة", "rtl"),  # Arabic first, Latin inside
        ("CAR-T لمرض الذئبة", "ltr"),  # the first strong letter is Latin
        ("טיפול", "rtl"),  # Hebrew
        ("درمان", "rtl"),  # Persian, Arabic script
        ("用中文讲解治疗", "ltr"),  # Chinese runs left to right
        ("Prüfen, ob die Behandlung passt", "ltr"),
        ("«1» – 2. شرح", "rtl"),  # punctuation and digits are weak: the Arabic word decides
        ("12–14 (3)", None),
        ("", None),
    ],
)
def test_the_first_strong_letter_decides(text: str, expected: str | None) -> None:
    assert first_strong_direction(text) == expected


@pytest.mark.parametrize(
    ("tag", "rtl"),
    [("ar", True), ("ar-EG", True), ("he", True), ("he_IL", True), ("fa", True), ("ur", True),
     ("yi", True), ("pa-Arab", True), ("de", False), ("en-GB", False), ("zh-Hans", False),
     ("ja", False), ("pa", False), ("", False), (None, False)],
)
def test_languages_written_right_to_left(tag: str | None, rtl: bool) -> None:
    assert language_is_rtl(tag) is rtl


def test_text_without_letters_follows_the_pathway_language() -> None:
    assert is_rtl("12", "ar") is True
    assert is_rtl("12", "de") is False
    assert is_rtl("Prüfen", "ar") is False  # a German word in an Arabic file stays left to right


def test_rich_text_marks_only_right_to_left_blocks() -> None:
    assert dir_attribute("جمع خلايا الدم") == ' dir="rtl"'
    assert dir_attribute("Blutzellen sammeln") == ""
    assert html_dir_attribute("<b>طبيبة الروماتيزم</b>: تشرح &amp; تسأل") == ' dir="rtl"'
    assert html_dir_attribute("<b>Dolmetscherin</b>: طبيبة") == ""


def test_details_and_presentation_sections_set_direction_per_paragraph_and_item() -> None:
    section = Section(
        key="expect", heading="What to expect",
        paragraphs=["يأخذ جهاز خاص بعض خلايا الدم.", "Usually 1 to 2 days."],
        items=["حمى", "Fever"],
    )
    listed = section_list_html(section, [], heading_color="#000000", heading_pt=12, highlight_bg="#ffffff")
    assert '<p dir="rtl" style="margin-top:2px;">يأخذ جهاز خاص بعض خلايا الدم.</p>' in listed
    assert '<p style="margin-top:2px;">Usually 1 to 2 days.</p>' in listed
    assert '<li dir="rtl" style="margin-bottom:6px;">حمى</li>' in listed
    assert '<li style="margin-bottom:6px;">Fever</li>' in listed
    table = section_table_html(section, [], base_px=20, heading_px=30, heading_color="#000000")
    # The bullet column comes after the text cell, so it is drawn on the right.
    assert '<tr><td dir="rtl" style="padding-bottom:6px;">حمى</td><td width="22" valign="top" align="right">\u2022</td></tr>' in table
    assert '<table width="100%"' in table


def test_the_test_pathways_load_with_their_languages_and_scripts() -> None:
    german = load_pathway(DATA / "lupus_kurz_de.yaml")
    arabic = load_pathway(DATA / "lupus_short_ar.yaml")
    assert german.language == "de"
    assert arabic.language == "ar"
    titles = {s.id: s.title for s in german.steps}
    assert titles["erklaerung-arabisch"] == "شرح العلاج باللغة العربية"
    assert titles["erklaerung-chinesisch"] == "用中文讲解治疗"
    assert [is_rtl(s.title, german.language) for s in german.steps] == [False, True, False, False, False, False, False]
    assert all(is_rtl(s.title, arabic.language) for s in arabic.steps)
