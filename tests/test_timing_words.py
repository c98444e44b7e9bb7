"""Every timing form a patient or nurse reads, in English and German, as exact strings.

The tables are written by hand from the rules, never from the code's output:

* a range on one side of day 0 names the amount nearer day 0 first, as people say it
  ("3 to 5 days before", "Sometime between 3 days and 5 days before ..."), except a
  stretch of days read in time order ("From 5 days to 3 days before ...");
* a single day is a sentence of its own ("About 4 weeks before ...", never "On about ...");
* a window or an estimate whose ends round alike is said once ("About 3 weeks before ...");
  an exact stretch whose ends round alike says its days ("From 24 days to 18 days before
  ...", card "18 to 24 days before"), so a week-long course never reads like one day; two
  months or more away it says how long and roughly when ("For 11 days, about 6 months
  before ...");
* up to 13 days stay days unless whole weeks; then weeks (about) up to 59 days, months
  (30.44 days) up to 729, then years;
* German follows resources/translations/pathway_viewer_de.ts: "zwischen" takes the dative
  for both amounts ("zwischen 3 Tagen und 5 Tagen"), numbers take a decimal comma.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from models import bundled_pathway, load_pathway
from models.schema import DayRange, Duration, Pathway
from models.wording.card_timing import card_timing_line, card_when
from models.wording.journey_words import duration_text, repeat_words, visit_count_words
from models.wording.patient_words import duration_words, timing_words
from pathway_viewer.core import i18n

DATA = Path(__file__).parent / "data"
ZERO = "the main treatment day"
NULL = "dem Haupt\u00adbehandlungs\u00adtag"  # German, soft hyphens as the catalogue has them


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.apply_language(qapp, "de")
    yield
    i18n.apply_language(qapp, "en")
    QLocale.setDefault(QLocale.system())


# (start, end): the card's words in English and in German.
CARDS = [
    ((0, 0), "day 0", "Tag 0"),
    ((-28, -28), "4 weeks before", "4 Wochen davor"),
    ((-1, -1), "1 day before", "1 Tag davor"),
    ((10, 10), "10 days after", "10 Tage danach"),
    ((-28, -14), "2 to 4 weeks before", "2 bis 4 Wochen davor"),
    ((-14, -7), "1 to 2 weeks before", "1 bis 2 Wochen davor"),
    ((-5, -3), "3 to 5 days before", "3 bis 5 Tage davor"),
    ((-30, -7), "1 to 4 weeks before", "1 bis 4 Wochen davor"),
    ((-42, -21), "3 to 6 weeks before", "3 bis 6 Wochen davor"),
    ((-28, -6), "6 days to 4 weeks before", "6 Tage bis 4 Wochen davor"),
    # Exact stretches whose ends round alike (4, 3 and 6 weeks, 6 months, 2 years): their days.
    ((-30, -27), "27 to 30 days before", "27 bis 30 Tage davor"),
    ((-24, -18), "18 to 24 days before", "18 bis 24 Tage davor"),
    ((18, 24), "18 to 24 days after", "18 bis 24 Tage danach"),
    ((-45, -39), "39 to 45 days before", "39 bis 45 Tage davor"),
    ((-180, -170), "170 to 180 days before", "170 bis 180 Tage davor"),
    ((800, 850), "800 to 850 days after", "800 bis 850 Tage danach"),
    ((-14, -13), "13 days to 2 weeks before", "13 Tage bis 2 Wochen davor"),  # 13 days and 2 weeks differ
    ((-182, -91), "3 to 6 months before", "3 bis 6 Monate davor"),
    ((14, 28), "2 to 4 weeks after", "2 bis 4 Wochen danach"),
    ((1, 28), "1 day to 4 weeks after", "1 Tag bis 4 Wochen danach"),
    ((28, 730), "4 weeks to 2 years after", "4 Wochen bis 2 Jahre danach"),
    ((0, 14), "day 0 to 2 weeks after", "Tag 0 bis 2 Wochen danach"),
    ((-5, 0), "5 days before to day 0", "5 Tage davor bis Tag 0"),
    ((-14, 7), "2 weeks before to 1 week after", "2 Wochen davor bis 1 Woche danach"),
]


@pytest.mark.parametrize(("days", "english", "_german"), CARDS)
def test_card_words_in_english(days: tuple[int, int], english: str, _german: str) -> None:
    assert card_when(*days) == english


@pytest.mark.parametrize(("days", "_english", "german_words"), CARDS)
def test_card_words_in_german(german: None, days: tuple[int, int], _english: str, german_words: str) -> None:
    assert card_when(*days) == german_words


# A window or an estimate (approximate): ends that round alike are said once.
APPROXIMATE_CARDS = [
    ((-30, -27), "4 weeks before", "4 Wochen davor"),
    ((-24, -18), "3 weeks before", "3 Wochen davor"),
    ((18, 24), "3 weeks after", "3 Wochen danach"),
    ((-180, -170), "6 months before", "6 Monate davor"),
    ((800, 850), "2 years after", "2 Jahre danach"),
    ((-28, -14), "2 to 4 weeks before", "2 bis 4 Wochen davor"),  # not alike: as an exact stretch
    ((-5, -5), "5 days before", "5 Tage davor"),
]


@pytest.mark.parametrize(("days", "english", "_german"), APPROXIMATE_CARDS)
def test_approximate_card_words_in_english(days: tuple[int, int], english: str, _german: str) -> None:
    assert card_when(*days, approximate=True) == english


@pytest.mark.parametrize(("days", "_english", "german_words"), APPROXIMATE_CARDS)
def test_approximate_card_words_in_german(german: None, days: tuple[int, int], _english: str, german_words: str) -> None:
    assert card_when(*days, approximate=True) == german_words


def test_a_cards_line_for_patients_and_for_staff(german: None) -> None:
    assert card_timing_line("3 bis 6 Stunden", (-28, -6), patient=True) == "3 bis 6 Stunden \u00b7 6 Tage bis 4 Wochen davor"
    assert card_timing_line("3 bis 6 Stunden", (-28, -6)) == "3 bis 6 Stunden \u00b7 Tag -28 bis -6"
    assert card_timing_line("etwa 30 Minuten", (0, 0)) == "etwa 30 Minuten \u00b7 Tag 0"
    assert card_timing_line("etwa 3 Tage", (-5, -5)) == "etwa 3 Tage \u00b7 Tag -5"
    assert card_timing_line("so lange wie nötig", None) == "so lange wie nötig"


def test_a_cards_line_for_staff_in_english() -> None:
    assert card_timing_line("3 to 6 hours", (-28, -6)) == "3 to 6 hours \u00b7 days -28 to -6"
    assert card_timing_line("3 to 6 hours", (0, 14)) == "3 to 6 hours \u00b7 days 0 to +14"
    assert card_timing_line("about 30 minutes", (0, 0)) == "about 30 minutes \u00b7 day 0"
    assert card_timing_line("about 3 days", (-5, -5), patient=True) == "about 3 days \u00b7 5 days before"
    assert card_timing_line("about 1 week", (-24, -18), patient=True) == "about 1 week \u00b7 18 to 24 days before"
    assert card_timing_line("about 1 hour", (-24, -18), patient=True, approximate=True) == "about 1 hour \u00b7 3 weeks before"
    assert card_timing_line("about 1 hour", (-24, -18), approximate=True) == "about 1 hour \u00b7 days -24 to -18"


# (start, end, window): the details' sentence for a pathway that names no day 0.
SENTENCES = [
    ((-28, -28, False), f"About 4 weeks before {ZERO}.", f"Zeitpunkt: etwa 4 Wochen vor {NULL}."),
    ((-5, -5, False), f"5 days before {ZERO}.", f"Zeitpunkt: 5 Tage vor {NULL}."),
    ((10, 10, False), f"10 days after {ZERO}.", f"Zeitpunkt: 10 Tage nach {NULL}."),
    ((0, 0, False), "On the main treatment day.", "Am Haupt\u00adbehandlungs\u00adtag."),
    ((-5, -3, False), f"From 5 days to 3 days before {ZERO}.", f"Von 5 Tagen bis 3 Tage vor {NULL}."),
    ((-5, -3, True), f"Sometime between 3 days and 5 days before {ZERO}.",
     f"Irgendwann zwischen 3 Tagen und 5 Tagen vor {NULL}."),
    ((-28, -14, True), f"Sometime between about 2 weeks and about 4 weeks before {ZERO}.",
     f"Irgendwann zwischen etwa 2 Wochen und etwa 4 Wochen vor {NULL}."),
    ((-28, -6, False), f"From about 4 weeks to 6 days before {ZERO}.", f"Von etwa 4 Wochen bis 6 Tage vor {NULL}."),
    ((-30, -27, True), f"About 4 weeks before {ZERO}.", f"Zeitpunkt: etwa 4 Wochen vor {NULL}."),
    ((-30, -27, False), f"From 30 days to 27 days before {ZERO}.", f"Von 30 Tagen bis 27 Tage vor {NULL}."),
    ((-24, -18, True), f"About 3 weeks before {ZERO}.", f"Zeitpunkt: etwa 3 Wochen vor {NULL}."),
    ((-24, -18, False), f"From 24 days to 18 days before {ZERO}.", f"Von 24 Tagen bis 18 Tage vor {NULL}."),
    ((18, 24, True), f"About 3 weeks after {ZERO}.", f"Zeitpunkt: etwa 3 Wochen nach {NULL}."),
    ((18, 24, False), f"From 18 days to 24 days after {ZERO}.", f"Von 18 Tagen bis 24 Tage nach {NULL}."),
    ((-180, -170, True), f"About 6 months before {ZERO}.", f"Zeitpunkt: etwa 6 Monate vor {NULL}."),
    # Ends two months or more away that round alike: how long, then roughly when (never
    # "From 180 days to 170 days", which made a reader count days).
    ((-180, -170, False), f"For 11 days, about 6 months before {ZERO}.", f"11 Tage lang, etwa 6 Monate vor {NULL}."),
    ((800, 850, False), f"For 51 days, about 2 years after {ZERO}.", f"51 Tage lang, etwa 2 Jahre nach {NULL}."),
    ((60, 60, False), f"About 2 months after {ZERO}.", f"Zeitpunkt: etwa 2 Monate nach {NULL}."),
    ((-61, -60, False), f"For 2 days, about 2 months before {ZERO}.", f"2 Tage lang, etwa 2 Monate vor {NULL}."),
    ((-59, -56, False), f"From 59 days to 56 days before {ZERO}.", f"Von 59 Tagen bis 56 Tage vor {NULL}."),
    ((28, 56, True), f"Sometime between about 4 weeks and about 8 weeks after {ZERO}.",
     f"Irgendwann zwischen etwa 4 Wochen und etwa 8 Wochen nach {NULL}."),
    ((28, 730, False), f"From about 4 weeks to about 2 years after {ZERO}.",
     f"Von etwa 4 Wochen bis etwa 2 Jahre nach {NULL}."),
    ((91, 182, True), f"Sometime between about 3 months and about 6 months after {ZERO}.",
     f"Irgendwann zwischen etwa 3 Monaten und etwa 6 Monaten nach {NULL}."),
    ((0, 14, False), f"From {ZERO} to about 2 weeks later.", "Vom Haupt\u00adbehandlungs\u00adtag bis etwa 2 Wochen später."),
    ((0, 28, True), f"Sometime between {ZERO} and about 4 weeks later.",
     f"Irgendwann zwischen {NULL} und etwa 4 Wochen später."),
    ((-5, 0, False), f"From 5 days before {ZERO} to that day.", f"Von 5 Tagen vor {NULL} bis zu diesem Tag."),
    ((-5, 0, True), f"Sometime between 5 days before {ZERO} and that day.",
     f"Irgendwann zwischen 5 Tagen vor {NULL} und diesem Tag."),
    ((-14, 3, True), f"Sometime between about 2 weeks before {ZERO} and 3 days after {ZERO}.",
     f"Irgendwann zwischen etwa 2 Wochen vor {NULL} und 3 Tagen nach {NULL}."),
]


@pytest.mark.parametrize(("days", "english", "_german"), SENTENCES)
def test_timing_sentences_in_english(days: tuple[int, int, bool], english: str, _german: str) -> None:
    start, end, window = days
    assert timing_words(DayRange(start=start, end=end, window=window)) == english


@pytest.mark.parametrize(("days", "_english", "german_words"), SENTENCES)
def test_timing_sentences_in_german(german: None, days: tuple[int, int, bool], _english: str, german_words: str) -> None:
    start, end, window = days
    assert timing_words(DayRange(start=start, end=end, window=window)) == german_words


def test_a_named_day_zero_and_an_estimate() -> None:
    sle = load_pathway(bundled_pathway())
    cells = "the day you get your cells"
    assert timing_words(DayRange(start=-28, end=-28), sle) == f"About 4 weeks before {cells}."
    assert timing_words(DayRange(start=0, end=0), sle) == f"On {cells}."
    assert timing_words(DayRange(start=-5, end=0), sle) == f"From 5 days before {cells} to that day."
    assert timing_words(DayRange(start=-28, end=-14, window=True, estimate=True), sle) == (
        f"Sometime between about 2 weeks and about 4 weeks before {cells}. Your team will tell you the exact times."
    )
    # An exact stretch says its days; an estimated one, already "about", is said once.
    assert timing_words(DayRange(start=-24, end=-18), sle) == f"From 24 days to 18 days before {cells}."
    assert timing_words(DayRange(start=-24, end=-18, estimate=True), sle) == (
        f"About 3 weeks before {cells}. Your team will tell you the exact times."
    )


def test_an_estimated_stretch_whose_ends_round_alike_in_german(german: None) -> None:
    assert timing_words(DayRange(start=-24, end=-18, estimate=True)) == (
        f"Zeitpunkt: etwa 3 Wochen vor {NULL}. Ihr Team sagt Ihnen die genauen Zeiten."
    )


# Durations: how long the step itself takes.
DURATIONS = [
    (Duration(min=3, max=6, unit="hours"), "3 to 6 hours", "3 bis 6 Stunden"),
    (Duration(min=30, max=30, unit="minutes"), "about 30 minutes", "etwa 30 Minuten"),
    (Duration(min=1, max=1, unit="hours"), "about 1 hour", "etwa 1 Stunde"),
    (Duration(min=3, max=3, unit="days"), "about 3 days", "etwa 3 Tage"),
    (Duration(min=2, max=2, unit="weeks"), "about 2 weeks", "etwa 2 Wochen"),
    (Duration(min=1, max=12, unit="months"), "1 to 12 months", "1 bis 12 Monate"),
    (Duration(min=1, max=2, unit="years"), "1 to 2 years", "1 bis 2 Jahre"),
    (Duration(min=0.5, max=0.5, unit="hours"), "about 0.5 hours", "etwa 0,5 Stunden"),
    (Duration(min=1.5, max=1.5, unit="days"), "about 1.5 days", "etwa 1,5 Tage"),
    (Duration(min=0.5, max=1.5, unit="hours"), "0.5 to 1.5 hours", "0,5 bis 1,5 Stunden"),
    # Decimals as the file gives them, never in exponent form nor cut to three.
    (Duration(min=1234567.5, max=1234567.5, unit="hours"), "about 1234567.5 hours", "etwa 1234567,5 Stunden"),
    (Duration(min=0.0001, max=0.0001, unit="hours"), "about 0.0001 hours", "etwa 0,0001 Stunden"),
    (Duration(min=0.00001, max=0.25, unit="days"), "0.00001 to 0.25 days", "0,00001 bis 0,25 Tage"),
    (Duration(min=2.675, max=12.5, unit="weeks"), "2.675 to 12.5 weeks", "2,675 bis 12,5 Wochen"),
    (Duration(min=6, max=6, unit="cycles", every_days=21), "6 cycles, every 3 weeks", "6 Zyklen, alle 3 Wochen"),
    (Duration(min=1, max=1, unit="sessions"), "1 session", "1 Sitzung"),
    (Duration(min=10, max=20, unit="sessions", every_days=1), "10 to 20 sessions, every day", "10 bis 20 Sitzungen, jeden Tag"),
]


@pytest.mark.parametrize(("duration", "english", "_german"), DURATIONS)
def test_durations_in_english(duration: Duration, english: str, _german: str) -> None:
    assert duration_words(duration) == english


@pytest.mark.parametrize(("duration", "_english", "german_words"), DURATIONS)
def test_durations_in_german(german: None, duration: Duration, _english: str, german_words: str) -> None:
    assert duration_words(duration) == german_words


def test_an_estimated_duration_and_no_duration(german: None) -> None:
    estimate = Duration(min=1, max=4, unit="weeks", estimate=True)
    assert duration_words(estimate) == "etwa 1 bis 4 Wochen. Ihr Team sagt Ihnen, wie lange es bei Ihnen dauert"
    features = load_pathway(DATA / "format_features.yaml")
    open_ended = next(s for s in features.steps if s.duration is None)
    assert duration_text(open_ended) == "so lange wie nötig"


def _features() -> Pathway:
    return load_pathway(DATA / "format_features.yaml")


def test_repeats_and_counts_in_german(german: None) -> None:
    follow_up = _features().step("follow-up")
    assert repeat_words(follow_up, _features()) == (
        f"Termine: alle 3 Monate bis etwa 12 Monate nach {NULL}, danach jedes Jahr bis etwa 15 Jahre nach {NULL}."
    )
    assert repeat_words(follow_up, _features(), "clinician") == "Termine: alle 3 Monate bis Tag +365, danach jedes Jahr bis Tag +5479."
    assert visit_count_words(follow_up) == "18 Termine"


def _svg_words(svg: str) -> str:
    """The drawn words in drawing order, one space between pieces (a card's line may wrap)."""
    return " ".join(html.unescape(piece).strip() for piece in re.findall(r">([^<>]+)</text>", svg) if piece.strip())


def test_the_french_and_arabic_pathways_cards_read_in_natural_order(tmp_path: Path) -> None:
    """As a user exports them (tests/data copies of the tester's files), in English words."""
    found = {}
    for name in ("car_t_myelome_fr.yaml", "cataract_ar.yaml"):
        out = tmp_path / f"{name}.svg"
        result = subprocess.run([sys.executable, "-m", "pathway_viewer", "export", str(DATA / name), "-o", str(out),
                                 "--lang", "en"], capture_output=True, text=True, timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        found[name] = _svg_words(out.read_text(encoding="utf-8"))
    french, arabic = found["car_t_myelome_fr.yaml"], found["cataract_ar.yaml"]
    # Days -60..-45, -45..-30, -30, -29..-7 and -5..-3 in the file.
    for words in ("1 to 2 hours \u00b7 6 weeks to 2 months before", "1 to 3 weeks \u00b7 4 to 6 weeks before",
                  "3 to 6 hours \u00b7 4 weeks before", "3 to 6 weeks \u00b7 1 to 4 weeks before",
                  "about 3 days \u00b7 3 to 5 days before"):
        assert words in french
    # Days -30..-14 and -14..-7.
    assert "1 to 2 hours \u00b7 2 to 4 weeks before" in arabic
    assert "30 to 60 minutes \u00b7 1 to 2 weeks before" in arabic


def test_cards_of_an_exact_stretch_and_of_a_window_as_a_user_exports_them(tmp_path: Path) -> None:
    """The knee pathway with an assessment sometime 18 to 24 days before (a window) and a
    first week of exercises 18 to 24 days after (an exact stretch): both round to 3 weeks."""
    text = (DATA / "knee_surgery.yaml").read_text(encoding="utf-8")
    text = text.replace("    timing: {start: -21, end: -14}\n", "    timing: {start: -24, end: -18, window: true}\n")
    text = text.replace("    duration: {min: 6, max: 12, unit: weeks}\n    timing: {start: 4, end: 84}\n",
                        "    duration: {min: 1, max: 1, unit: weeks}\n    timing: {start: 18, end: 24}\n")
    assert text.count("18, end: 24") == 1 and "-24, end: -18, window: true" in text
    path, out = tmp_path / "knee.yaml", tmp_path / "knee.svg"
    path.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pathway_viewer", "export", str(path), "-o", str(out), "--lang", "en"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    words = _svg_words(out.read_text(encoding="utf-8"))
    assert "1 to 2 hours \u00b7 3 weeks before" in words
    assert "about 1 week \u00b7 18 to 24 days after" in words
    assert "3 weeks after" not in words


def test_estimated_dates_in_german_read_as_dates(german: None) -> None:
    # "etwa Di., 7. Apr. 2026" reads like a quantity; a date is "ungefähr am" that day.
    from models.wording.patient_words import date_window_words

    a, b = dt.date(2026, 4, 7), dt.date(2041, 3, 10)
    assert date_window_words(a, a, False, estimate=True).startswith("ungefähr am ")
    words = date_window_words(a, b, False, estimate=True)
    assert words.startswith("ungefähr von ") and " bis " in words and words.endswith("2041")
