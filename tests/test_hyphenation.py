"""Long words are broken with a hyphen where their language allows, never cut (#9.6):
the rule itself, and the handout's narrow table, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from models import load_pathway
from models.hyphenation import SOFT_HYPHEN, break_points, soft_hyphenate
from models.schedule import step_dates
from pathway_viewer.output.handout import write_handout_pdf

KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"
LONG_WORD = "Nachsorgeuntersuchungstermin"


def test_german_words_break_at_german_syllables() -> None:
    assert soft_hyphenate("Nachsorgeuntersuchung", "de") == SOFT_HYPHEN.join(
        ["Nach", "sor", "ge", "un", "ter", "su", "chung"]
    )
    assert break_points("Lymphozytendepletion", "de-DE")[:2] == (("Lymphozytendepleti", "on"), ("Lymphozytendeple", "tion"))


def test_words_that_hold_a_hyphen_break_after_it_and_short_ones_never() -> None:
    assert break_points("CAR-T-Zellen", "de") == (("CAR-T-", "Zellen"), ("CAR-", "T-Zellen"))
    assert break_points("Blut", "de") == ()
    assert soft_hyphenate("Tag 0 (Infusion), 12 Wochen.", "de") == f"Tag 0 (In{SOFT_HYPHEN}fu{SOFT_HYPHEN}si{SOFT_HYPHEN}on), 12 Wochen."


def test_a_language_with_no_dictionary_is_left_as_it_is() -> None:
    assert break_points("Lymphozytendepletion", "tlh") == ()
    assert soft_hyphenate("Lymphozytendepletion", "tlh") == "Lymphozytendepletion"


def test_the_handout_table_breaks_a_long_german_word_with_a_hyphen(qapp: QApplication, tmp_path: Path) -> None:
    text = KNEE.read_text(encoding="utf-8")
    text = text.replace("id: knee-replacement", "id: knee-replacement\nlanguage: de", 1)
    text = text.replace("title: Pre-operative assessment", f"title: Narkosevoruntersuchung {LONG_WORD}", 1)
    source = tmp_path / "knee_de.yaml"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "h.pdf"
    write_handout_pdf(out, load_pathway(source))
    text = "\n".join(page.extract_text().replace("\t", " ") for page in PdfReader(out).pages)
    # The table may share the cover's page (a short journey's is short); the contents name its
    # heading first, so the table runs from the heading's last mention to the next part.
    start = text.rindex("The main journey, step by step")
    table = text[start : text.index("The steps, one by one", start)]
    # The word is split over two lines of its table cell, the first ending in a hyphen.
    found = re.search(r"(\w+)-\n(\w+)", table)
    assert found is not None
    assert found.group(1) + found.group(2) == LONG_WORD


# Break points written from pyphen's German dictionary (Ter-mi-ne, Wo-chen) and the rules the
# module states: seven letters or more, punctuation kept outside, letters only, a word that
# holds a hyphen breaks only after it (never before its first letter, never after its last).
@pytest.mark.parametrize(
    ("word", "language", "expected"),
    [
        ("Wochen", "de", ()),
        ("Termine", "de", (("Termi", "ne"), ("Ter", "mine"))),
        ("(Termine),", "de", (("(Termi", "ne),"), ("(Ter", "mine),"))),
        ("\u201eTermine\u201c", "de", (("\u201eTermi", "ne\u201c"), ("\u201eTer", "mine\u201c"))),
        ("Termine2", "de", ()),
        ("Termine", "de-AT", (("Termi", "ne"), ("Ter", "mine"))),
        ("Termine", "DE_at", (("Termi", "ne"), ("Ter", "mine"))),
        ("Termine", "tlh", ()),
        ("-Zellen-Test", "de", (("-Zellen-", "Test"),)),
        ("T-Zellen", "de", (("T-", "Zellen"),)),
        ("Vitamin-D", "de", (("Vitamin-", "D"), ("Vit", "amin-D"))),
        ("X-ray", "en", (("X-", "ray"),)),
        # Letters are never taken for punctuation: pyphen's English Xy-lo-phone.
        ("Xylophone", "en", (("Xylo", "phone"), ("Xy", "lophone"))),
        ("Zellen-Test-", "de", (("Zellen-", "Test-"),)),
        ("Nachsorge-", "de", ()),
        # An elided article is part of the word (pyphen's French d'éli-gi-bi-li-té, l'aphé-rèse).
        ("d'éligibilité", "fr", (("d'éligibili", "té"), ("d'éligibi", "lité"), ("d'éligi", "bilité"), ("d'éli", "gibilité"))),
        ("l\u2019aphérèse", "fr", (("l\u2019aphé", "rèse"),)),
        ("l'an2024x", "fr", ()),  # letters only, an apostrophe apart
    ],
)
def test_break_points_by_the_rules(word: str, language: str, expected: tuple[tuple[str, str], ...]) -> None:
    assert break_points(word, language) == expected


def test_only_words_of_seven_letters_or_more_get_soft_hyphens() -> None:
    assert soft_hyphenate("Wochen und Termine", "de") == f"Wochen und Ter{SOFT_HYPHEN}mi{SOFT_HYPHEN}ne"


def test_english_is_the_language_when_none_is_given() -> None:
    # pyphen's English dictionary: in-form-a-tion, its lone "a" joined to the part after it.
    assert break_points("information")[0] == ("inform", "ation")
    assert soft_hyphenate("information") == SOFT_HYPHEN.join(["in", "form", "ation"])


# pyphen's German dictionary leaves one-letter parts inside words (Fremd-s-pen-der-su-che,
# ...ti-ons-s-ta-ti-on); a line ending "Fremds-" reads as another word. A lone letter joins
# the part after it, a consonant before a vowel the part before it. Written by hand from the
# words' German syllables.
@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("Fremdspendersuche", ["Fremd", "spen", "der", "su", "che"]),
        ("Knochenmarktransplantationsstation", ["Kno", "chen", "mark", "trans", "plan", "ta", "ti", "ons", "sta", "ti", "on"]),
        ("Konditionierungschemotherapie", ["Kon", "di", "tio", "nie", "rungs", "che", "mo", "the", "ra", "pie"]),
        # A consonant before a vowel ends its syllable: pyphen's Hau-s-ärz-tin.
        ("Hausärztin", ["Haus", "ärz", "tin"]),
        # Lone vowels one after another: pyphen's So-zi-a-l-a-r-bei-te-rin.
        ("Sozialarbeiterin", ["So", "zi", "al", "ar", "bei", "te", "rin"]),
    ],
)
def test_no_part_of_a_word_is_one_letter(word: str, parts: list[str]) -> None:
    assert soft_hyphenate(word, "de") == SOFT_HYPHEN.join(parts)
    assert [left for left, _ in break_points(word, "de")] == ["".join(parts[:n]) for n in range(len(parts) - 1, 0, -1)]


def test_a_hyphenated_compound_also_breaks_inside_its_long_parts() -> None:
    assert break_points("Transplantat-gegen-Wirt-Reaktion", "de") == (
        ("Transplantat-gegen-Wirt-Reakti", "on"),
        ("Transplantat-gegen-Wirt-Reak", "tion"),
        ("Transplantat-gegen-Wirt-Re", "aktion"),
        ("Transplantat-gegen-Wirt-", "Reaktion"),
        ("Transplantat-gegen-", "Wirt-Reaktion"),
        ("Transplantat-", "gegen-Wirt-Reaktion"),
        ("Transplan", "tat-gegen-Wirt-Reaktion"),
        ("Trans", "plantat-gegen-Wirt-Reaktion"),
    )
    # Punctuation stays outside; codes and short parts stay whole ("CAR-T", "Zellen").
    assert break_points("(Stammzell-Transplantation).", "de")[-3:] == (
        ("(Stammzell-Trans", "plantation)."),
        ("(Stammzell-", "Transplantation)."),
        ("(Stamm", "zell-Transplantation)."),
    )
    assert break_points("CAR-T-Zelltherapie", "de")[-2:] == (("CAR-T-", "Zelltherapie"), ("CAR-", "T-Zelltherapie"))


def test_a_dictionary_loader_is_asked_once_per_file_and_never_for_one_already_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pyphen

    from models import hyphenation

    english = pyphen.LANGUAGES["en_US"]
    asked: list[str] = []

    def loader(path: Path) -> pyphen.HyphDict:
        asked.append(path.name)
        return pyphen.HyphDict(path)

    monkeypatch.delitem(pyphen.hdcache, english, raising=False)
    monkeypatch.setattr(hyphenation, "_loader", None)
    hyphenation._dictionary.cache_clear()
    hyphenation.break_points.cache_clear()
    try:
        hyphenation.use_dictionary_loader(loader)
        assert break_points("information", "en-US")[0] == ("informa", "tion")
        assert break_points("hyphenation", "en_US")[0] == ("hyphen", "ation")  # the same file
        assert asked == ["hyph_en_US.dic"]
        # read again after the app's own cache is emptied: pyphen holds the parsed file
        hyphenation._dictionary.cache_clear()
        hyphenation.break_points.cache_clear()
        assert break_points("information", "en_US")[0] == ("informa", "tion")
        assert asked == ["hyph_en_US.dic"]
        # without a loader pyphen parses the file itself
        hyphenation.use_dictionary_loader(None)
        monkeypatch.delitem(pyphen.hdcache, english)
        hyphenation._dictionary.cache_clear()
        hyphenation.break_points.cache_clear()
        assert break_points("information", "en-us")[0] == ("informa", "tion")
        assert asked == ["hyph_en_US.dic"]
        assert english in pyphen.hdcache
    finally:
        hyphenation._dictionary.cache_clear()
        hyphenation.break_points.cache_clear()


def test_the_fewest_letters_a_dictionary_file_asks_for_are_left_after_a_break() -> None:
    # pyphen's English file states RIGHTHYPHENMIN 3: a line never starts "is" or "ty"
    # (pyphen itself keeps two, "Leukapheres-" / "is"). French states 2 and keeps "té".
    assert all(len(right) >= 3 for _, right in break_points("Leukapheresis", "en"))
    assert break_points("Leukapheresis", "en")[0] == ("Leukapher", "esis")
    assert soft_hyphenate("Leukapheresis", "en") == SOFT_HYPHEN.join(["Leuk", "apher", "esis"])
    assert break_points("éligibilité", "fr")[0] == ("éligibili", "té")


def test_the_handout_table_keeps_words_that_fit_their_column_whole(qapp: QApplication, tmp_path: Path) -> None:
    # Qt breaks at a soft hyphen wherever a line fills: with every long word softened, the
    # Italian test pathway's table read "preoperato-" / "ri e visita aneste-" / "siologica",
    # a hyphen in most rows. Words that fit their column now stay whole; only a word wider
    # than it breaks (the test above).
    out = tmp_path / "h.pdf"
    pathway = load_pathway(KNEE.parent / "colonna_it.yaml")
    day_zero = dt.date(2027, 2, 15)
    write_handout_pdf(out, pathway, infusion_date=day_zero, dates=step_dates(pathway, day_zero, None))
    text = "\n".join(page.extract_text().replace("\t", " ") for page in PdfReader(out).pages)
    start = text.rindex("The main journey, step by step")
    table = text[start : text.index("The steps, one by one", start)]
    assert "Your dates" in table
    for word in ("preoperatori", "anestesiologica", "fisioterapista", "convalescenza"):
        assert word in table
    assert re.search(r"\w-\n\w", table) is None, table
