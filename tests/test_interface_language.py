"""The interface in German: menus, dialogs, the details panel, the status bar, handouts.

The words expected here are written out by hand from the German catalogue
(resources/translations/pathway_viewer_de.ts), never produced by the code under test.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from models import bundled_pathway, load_pathway
from models.translation import apply_translation, load_translation
from models.schedule import step_dates
from models.schema import DayRange
from models.wording.patient_words import shows_urgent_signs, temperature_words, timing_words
from pathway_viewer.core import i18n
from pathway_viewer.core.clinic import ClinicInfo
from pathway_viewer.dialogs.schedule import ScheduleDialog
from pathway_viewer.window import actions as A
from window_helpers import click_card, open_window, test_settings

GERMAN_FILE = Path(__file__).parent.parent / "resources" / "pathways" / "car_t_sle.de.yaml"

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _back_to_english(qapp: QApplication) -> Iterator[None]:
    """Whatever a test switches to, the tests after it read English again."""
    yield
    i18n.apply_language(qapp, "en")
    QLocale.setDefault(QLocale.system())


def german_window(qtbot: QtBot, tmp_path: Path, path: Path | None = None):  # noqa: ANN201 - a MainWindow
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", "de")
    return open_window(qtbot, settings, path)


def menu_titles(window) -> list[str]:  # noqa: ANN001
    return [action.text() for action in window.menuBar().actions()]


def test_the_menus_toolbar_and_status_bar_speak_german(qtbot: QtBot, tmp_path: Path) -> None:
    window = german_window(qtbot, tmp_path, DATA / "small.yaml")
    assert menu_titles(window) == ["&Datei", "&Bearbeiten", "&Ansicht", "E&xtras", "&Prüfung", "&Hilfe"]
    assert window.actions[A.OPEN].text() == "Behandlungsweg ö&ffnen..."
    assert window.actions[A.OPEN].statusTip() == "Eine Datei mit einem Behandlungsweg öffnen (YAML oder JSON)"
    assert window.actions[A.SET_DATES].iconText() == "Termine..."
    assert window.findChild(QLabel, "audience_label").text() == " Worte für: "
    assert window.step_label.text() == "Kein Schritt gewählt: klicken Sie auf einen Schritt oder nutzen Sie die Pfeiltasten"
    assert window.details.windowTitle() == "Details zum Schritt"
    assert window.care_team.windowTitle() == "Behandlungsteam"


def test_the_details_panel_shows_german_headings_and_plurals(qtbot: QtBot, tmp_path: Path) -> None:
    window = german_window(qtbot, tmp_path, DATA / "small.yaml")
    click_card(qtbot, window, "collect")
    assert window.step_label.text() == "Schritt: Cell collection"  # the title is the file's own words
    text = window.details.browser.toPlainText()
    for heading in ("Was passiert", "Wie lange und wann", "Wo", "Wer dabei ist und was sie tun"):
        assert heading in text.splitlines()
    assert "Meist 3 bis 6 Stunden." in text
    assert "Abschnitt des Wegs: Make" in text


def test_the_emergency_number_line_speaks_german(qtbot: QtBot, tmp_path: Path) -> None:
    # "Emergency number: ..." stood in English in a German details panel and presentation.
    window = german_window(qtbot, tmp_path)
    assert window.document.pathway is not None
    watched = next(s for s in window.document.pathway.steps if shows_urgent_signs(s))  # the line stands there
    window.document.select(watched.id)
    assert "Notrufnummer: Fragen Sie Ihr Team, welche Nummer Sie wählen sollen" in window.details.text()
    window.document.set_clinic(ClinicInfo(emergency_number="0800 30 30 30"))
    assert "Notrufnummer: 0800 30 30 30" in window.details.text()


def test_patient_day_words_follow_german_grammar(qtbot: QtBot, tmp_path: Path) -> None:
    german_window(qtbot, tmp_path)  # installs the German catalogue
    assert timing_words(DayRange(start=-1, end=-1)) == "Zeitpunkt: 1 Tag vor dem Haupt\u00adbehandlungs\u00adtag."
    assert timing_words(DayRange(start=-5, end=-3)) == "Von 5 Tagen bis 3 Tage vor dem Haupt\u00adbehandlungs\u00adtag."
    assert timing_words(DayRange(start=0, end=28, window=True)) == (
        "Irgendwann zwischen dem Haupt\u00adbehandlungs\u00adtag und etwa 4 Wochen später."
    )
    # Numbers through QLocale: a German decimal comma.
    assert temperature_words(38.0, "both") == "38,0 \u00b0C (100,4 \u00b0F)"
    # A day 0 the pathway names in the nominative stands after "Tag 0", not after "von" or
    # "zwischen", which would need another case ("Von der Tag, an dem ...").
    original = load_pathway(bundled_pathway())
    named = apply_translation(original, load_translation(GERMAN_FILE, original)).pathway
    cells = "Tag 0 (der Tag, an dem Sie Ihre Zellen bekommen)"
    assert timing_words(DayRange(start=0, end=14), named) == f"Von {cells} bis etwa 2 Wochen später."
    assert timing_words(DayRange(start=0, end=14, window=True), named) == (
        f"Irgendwann zwischen {cells} und etwa 2 Wochen später.")


def test_a_dialog_and_qts_own_buttons_speak_german(qtbot: QtBot, tmp_path: Path) -> None:
    window = german_window(qtbot, tmp_path, DATA / "small.yaml")
    window.actions[A.SET_DATES].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ScheduleDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == "Termine festlegen"
    box = dialog.findChild(QDialogButtonBox)
    # "Abbrechen" is Qt's own word for its standard Cancel button (qtbase_de.qm).
    assert sorted(b.text() for b in box.buttons()) == ["Abbrechen", "Diese Termine zeigen", "Termine löschen"]
    dialog.reject()


def test_a_dialog_and_qts_own_buttons_speak_french(qtbot: QtBot, tmp_path: Path) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", "fr")
    window = open_window(qtbot, settings, DATA / "car_t_myelome_fr.yaml")
    assert menu_titles(window) == ["&Fichier", "É&dition", "&Affichage", "&Outils", "&Relecture", "Aid&e"]
    window.actions[A.SET_DATES].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ScheduleDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.windowTitle() == "Saisir les dates"
    box = dialog.findChild(QDialogButtonBox)
    # "Annuler" is Qt's own word for its standard Cancel button (qtbase_fr.qm), found as German's is.
    assert sorted(b.text() for b in box.buttons()) == ["Afficher ces dates", "Annuler", "Effacer les dates"]
    dialog.reject()


# The bundled pathway in German names its booked day "Zellentnahme (Leukapherese)" and day 0
# "der Tag, an dem Sie Ihre Zellen bekommen" (resources/pathways/car_t_sle.de.yaml).
BOOKED_AFTER_DAY_0_DE = (
    "Der Termin „Zellentnahme (Leukapherese)“ (Do., 12. März 2026) liegt nach Tag 0 (Di., 10. März 2026). "
    "Tag 0 ist der Tag, an dem Sie Ihre Zellen bekommen. "
    "In diesem Behandlungsweg liegt „Zellentnahme (Leukapherese)“ vor Tag 0."
)


def test_the_dates_dialog_refuses_a_booked_day_on_or_after_day_0_in_german(qtbot: QtBot, tmp_path: Path) -> None:
    window = german_window(qtbot, tmp_path)
    window.actions[A.SET_DATES].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ScheduleDialog))
    dialog = QApplication.activeModalWidget()
    dialog.set_dates(dt.date(2026, 3, 10), dt.date(2026, 3, 12))
    assert not dialog.ok_button.isEnabled()
    assert dialog.preview.text() == BOOKED_AFTER_DAY_0_DE
    dialog.set_dates(dt.date(2026, 3, 10), dt.date(2026, 3, 10))
    assert dialog.preview.text() == (
        "Der Termin „Zellentnahme (Leukapherese)“ (Di., 10. März 2026) ist am selben Tag wie Tag 0 "
        "(Di., 10. März 2026). Tag 0 ist der Tag, an dem Sie Ihre Zellen bekommen. "
        "In diesem Behandlungsweg liegt „Zellentnahme (Leukapherese)“ vor Tag 0."
    )
    dialog.reject()
    assert window.document.infusion_date is None


def cut_off(dialog: ScheduleDialog) -> list[str]:
    """The texts of the dialog that do not fit their place (wrapped labels, the check box)."""
    cut = [label.text() for label in dialog.findChildren(QLabel)
           if label.isVisible() and label.wordWrap() and label.height() < label.heightForWidth(label.width())]
    box = dialog.collection_check
    return cut + ([box.text()] if box.width() < box.sizeHint().width() else [])


@pytest.mark.parametrize("text_size", [100, 200])
def test_the_german_dates_dialog_shows_every_word_of_its_longer_sentences(qtbot: QtBot, tmp_path: Path, text_size: int) -> None:
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", "de")
    settings.set("view/text_size", text_size)
    window = open_window(qtbot, settings)
    window.actions[A.SET_DATES].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ScheduleDialog))
    dialog = QApplication.activeModalWidget()
    assert dialog.collection_check.text() == "Der Termin steht fest: Zellentnahme (Leukapherese)"
    qtbot.waitUntil(lambda: cut_off(dialog) == [])
    dialog.set_dates(dt.date(2026, 3, 10), dt.date(2026, 3, 12))  # the refusal is longer than the dates it replaces
    assert dialog.preview.text() == BOOKED_AFTER_DAY_0_DE
    qtbot.waitUntil(lambda: cut_off(dialog) == [])
    dialog.reject()


def test_dates_that_are_no_dates_are_refused_in_german(qtbot: QtBot, tmp_path: Path) -> None:
    german_window(qtbot, tmp_path)  # installs the German catalogue
    pathway = load_pathway(DATA / "small.yaml")
    with pytest.raises(ValueError) as refused:
        step_dates(pathway, "2026-03-10")  # type: ignore[arg-type]
    assert str(refused.value) == "Das Datum von Tag 0 muss ein Kalenderdatum sein, nicht '2026-03-10'"
    with pytest.raises(ValueError) as refused:
        step_dates(pathway, dt.date(2026, 3, 10), "2026-02-16")  # type: ignore[arg-type]
    assert str(refused.value) == "Der feste Termin muss ein Kalenderdatum sein, nicht '2026-02-16'"
    with pytest.raises(ValueError) as refused:
        step_dates(pathway, dt.date(9999, 12, 30))
    assert str(refused.value) == "Das Datum von Tag 0 (9999-12-30) liegt zu nah am Ende des Kalenders"



def test_a_date_not_on_the_calendar_is_refused_in_german_but_the_file_checker_stays_english(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from models.wording.schedule_words import date_text_problem

    german_window(qtbot, tmp_path)
    assert date_text_problem("2027-02-30") == "„2027-02-30“ ist kein echtes Datum: Dieser Monat hat 28 Tage"
    assert date_text_problem("2027-13-01") == "„2027-13-01“ ist kein echtes Datum: Es gibt keinen Monat 13"
    assert date_text_problem("1.3.2027") == "„1.3.2027“ ist kein Datum in der Form JJJJ-MM-TT"
    assert date_text_problem("2027-02-30", english=True) == "'2027-02-30' is not a real date: that month has 28 days"


def test_the_language_menu_lists_each_language_in_its_own_words_and_remembers(qtbot: QtBot, tmp_path: Path) -> None:
    window = german_window(qtbot, tmp_path)
    menu = window.findChild(QMenu, "menu_language")
    assert menu.title() == "Sprac&he"
    # The system here is the tests' "C" locale, which reads English.
    assert [a.text() for a in menu.actions()] == ["Sprache des Systems (English)", "Deutsch", "English", "Español", "Français", "Italiano"]
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["Deutsch"]
    menu.actions()[2].trigger()
    box = window.findChild(QMessageBox, "language_changed_box")
    assert box.text() == (
        "Beim nächsten Start erscheint das Programm in der Sprache English. Merkblätter und Exporte folgen ihr auch."
    )
    box.close()
    assert window.settings.get("view/language") == "en"
    window.close()
    again = open_window(qtbot, window.settings)  # the next start
    assert menu_titles(again) == ["&File", "&Edit", "&View", "&Tools", "&Review", "&Help"]


def test_the_system_language_is_used_when_none_is_chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_AT")))
    assert i18n.resolve("system") == "de"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("fr_BE")))
    assert i18n.resolve("system") == "fr"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("pl_PL")))
    assert i18n.resolve("system") == "en"  # no Polish interface: English, the source language
    assert i18n.resolve("de-CH") == "de"


def test_a_right_to_left_language_turns_the_layout(qapp: QApplication) -> None:
    i18n.apply_language(qapp, "ar")  # no Arabic catalogue is needed for the direction
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.apply_language(qapp, "de")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def pdf_text(path: Path) -> str:
    pages = PdfReader(str(path)).pages
    text = " ".join(unicodedata.normalize("NFKC", p.extract_text() or "") for p in pages)
    return re.sub(r" ([:;,.)])", r"\1", " ".join(text.replace("\u00ad", "").split()))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "pathway_viewer", *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


def test_a_handout_with_lang_de_is_german(tmp_path: Path) -> None:
    out = tmp_path / "merkblatt.pdf"
    result = run_cli("handout", "tests/data/small.yaml", "-o", str(out), "--lang", "de", "--infusion-date", "2026-03-10")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    for words in ("Ihr Weg auf einen Blick", "Die Schritte, einer nach dem anderen", "Schritt 1 von 5: Assessment",
                  "Was passiert", "Wie lange und wann", "Ihre geplanten Termine: Di., 10. März 2026.", "Seite 1 von"):
        assert words in text
    assert "Your journey at a glance" not in text


def test_a_handout_with_lang_de_refuses_a_booked_day_after_day_0_in_german(tmp_path: Path) -> None:
    out = tmp_path / "merkblatt.pdf"
    result = run_cli("handout", "-o", str(out), "--lang", "de", "--day-zero-date", "2026-03-10", "--booked-date", "2026-03-12")
    assert result.returncode == 2
    assert result.stderr.strip() == BOOKED_AFTER_DAY_0_DE
    assert not out.exists()


def test_lang_alone_also_picks_the_pathway_translation_beside_the_file(tmp_path: Path) -> None:
    # One flag, one language: the bundled pathway has a German translation beside it.
    out = tmp_path / "merkblatt.pdf"
    result = run_cli("handout", "-o", str(out), "--lang", "de")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Schritt 2 von" in text and "Ihre Zellen sammeln" in text
    assert "Collecting your cells" not in text


def test_content_lang_wins_over_lang_for_the_pathway_words(tmp_path: Path) -> None:
    out = tmp_path / "handout.pdf"
    result = run_cli("handout", "-o", str(out), "--lang", "de", "--content-lang", "en")
    assert result.returncode == 0, result.stderr
    text = pdf_text(out)
    assert "Schritt 2 von" in text and "Ihre Zellen sammeln" not in text


def test_lang_without_a_translation_beside_the_file_keeps_the_pathway_s_words(tmp_path: Path) -> None:
    out = tmp_path / "merkblatt.pdf"
    result = run_cli("handout", "tests/data/small.yaml", "-o", str(out), "--lang", "de")
    assert result.returncode == 0, result.stderr
    assert "Schritt 1 von 5: Assessment" in pdf_text(out)


def test_an_unknown_language_is_refused_with_the_choices(tmp_path: Path) -> None:
    result = run_cli("handout", "tests/data/small.yaml", "-o", str(tmp_path / "x.pdf"), "--lang", "xx")
    assert result.returncode == 2
    assert "'xx' is not an interface language here; choose one of: system, de, en" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_lang_on_the_command_line_reaches_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathway_viewer.cli.commands import main
    from pathway_viewer.window import app

    opened: list[tuple[Path | None, str | None]] = []
    monkeypatch.setattr(app, "run", lambda path, language=None: opened.append((path, language)) or 0)
    assert main(["--lang", "de"]) == 0
    assert main(["--lang", "de", "tests/data/small.yaml"]) == 0
    assert main(["open", "--lang", "en"]) == 0
    assert opened == [(None, "de"), (Path("tests/data/small.yaml"), "de"), (None, "en")]


@pytest.mark.parametrize("language", i18n.available_languages())
def test_menus_give_each_entry_its_own_alt_key(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    # View holds Language, Content language, Colours and Text size beside the views and
    # panels: each once, and no Alt key twice, in any shipped language.
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", language)
    window = open_window(qtbot, settings, None)
    view = window.menuBar().findChild(QMenu, "menu_view")
    subs = [a.menu().objectName() for a in view.actions() if a.menu() is not None]
    assert subs == ["menu_content_language", "menu_colours", "menu_text_size", "menu_language"]
    clashes = {}
    for menu in window.menuBar().findChildren(QMenu):
        keys = [m.group(1).lower() for a in menu.actions() if (m := re.search(r"&(\w)", a.text()))]
        clashes[menu.objectName()] = sorted({k for k in keys if keys.count(k) > 1})
    assert clashes["menu_view"] == [] and set(map(tuple, clashes.values())) == {()}


def test_a_german_interface_opens_the_german_translation_until_another_language_is_chosen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # One language on screen: the bundled pathway has a German translation beside it.
    window = german_window(qtbot, tmp_path)
    assert window.scene.card("infusion").title == "Sie bekommen Ihre CAR-T-Zellen (Tag 0)"
    menu = window.content_language_menu
    menu.aboutToShow.emit()
    assert window.findChild(QAction, "content_language_de").isChecked()
    window.findChild(QAction, "content_language_en").trigger()
    assert window.scene.card("infusion").title == "Getting your CAR T cells (day 0)"
    # The choice is remembered for this pathway and wins over the interface language.
    again = open_window(qtbot, window.settings, None)
    assert again.scene.card("infusion").title == "Getting your CAR T cells (day 0)"


def type_text(widget: QWidget, text: str) -> None:
    """Key presses that carry each character, "ä" too (QTest types only ASCII)."""
    for character in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, character))


def test_a_date_typed_in_german_words_or_numbers_is_read(qtbot: QtBot, tmp_path: Path) -> None:
    window = german_window(qtbot, tmp_path)
    window.actions[A.SET_DATES].trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ScheduleDialog))
    dialog = QApplication.activeModalWidget()
    box = dialog.infusion_edit
    for typed in ("15. März 2027", "Mo., 15. März 2027", "15.3.2027"):
        box.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda: box.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is box)
        type_text(QApplication.focusWidget(), typed)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert dialog.infusion_date() == dt.date(2027, 3, 15), typed
        assert box.text() == "Mo., 15. März 2027"
    box.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: box.isAncestorOf(QApplication.focusWidget()) or QApplication.focusWidget() is box)
    type_text(QApplication.focusWidget(), "30.2.2027")
    assert not dialog.ok_button.isEnabled()
    assert "\u201e30.2.2027\u201c" in dialog.preview.text() or "30.2.2027" in dialog.preview.text()
    dialog.reject()


def test_a_quiz_and_its_training_record_speak_the_interface_language(qapp: QApplication) -> None:
    # In German the Train page said "Frage 1 von 4 (whole pathway)" above English questions, and
    # the training record had English headings under a German footer.
    from models.quiz_results import QuizResult, RecordHeader
    from models.training_print import result_html
    from models.training_session import WHOLE_PATHWAY, session_questions

    i18n.apply_language(qapp, "de")
    pathway = load_pathway(bundled_pathway())
    questions = session_questions(pathway, count=12, seed=1)
    prompts = " ".join(q.prompt for q in questions)
    assert "Wer macht das?" in prompts or "Was kommt im üblichen Ablauf nach" in prompts
    assert not re.search(r"\b(who does this|what comes after|Where does the journey go)\b", prompts)
    result = QuizResult(tuple(questions), (None,) * len(questions))
    html = result_html(result, RecordHeader.of(pathway, WHOLE_PATHWAY, dt.date(2026, 12, 4)), pathway)
    for german in ("Schulungsnachweis", "Nicht bestanden", "Falsch beantwortete Fragen", "Richtige Antwort:",
                   "Modul: ganzer Behandlungsweg"):
        assert german in html


def test_a_number_inside_the_pathway_s_words_is_written_the_pathway_s_way(qtbot: QtBot, tmp_path: Path) -> None:
    # "Temperatura 38.0 °C lub wyższa" in a Polish sign, in an English interface: Polish
    # writes 38,0. The app's own sentences keep the interface's way.
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/language", "en")
    window = open_window(qtbot, settings, DATA / "zlamanie_biodra_pl.yaml")
    window.document.select("pionizacja")
    text = window.details.text()
    assert "Temperatura 38,0 \u00b0C lub wyższa" in text and "38.0" not in text
    assert temperature_words(38.0, "C") == "38.0 \u00b0C"  # the interface's own words: English
    assert temperature_words(38.0, "C", "de") == "38,0 \u00b0C"
    # Arabic, in Qt's digits "٣٨٫٠", would stand among durations and dates written 0 to 9.
    assert temperature_words(38.0, "C", "ar") == "38.0 \u00b0C"


def test_a_language_the_app_does_not_list_is_named_not_shown_as_its_code(qapp) -> None:  # noqa: ANN001
    # A Greek pathway's banner read "This pathway is written in 'el'".
    from models.wording.translation_words import mixed_language_notice, not_reviewed_notice_english

    try:
        i18n.apply_language(qapp, "en")
        assert mixed_language_notice("el") == "This pathway is written in Greek; the app's own words around it are in English."
        assert not_reviewed_notice_english("el") == "This Greek translation has not yet been checked by a clinician."
        i18n.apply_language(qapp, "de")  # no German name for it in the app: its own, which any reader knows
        assert mixed_language_notice("el").startswith("Dieser Behandlungsweg ist auf \u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac geschrieben")
        assert "'xx'" in mixed_language_notice("xx")  # no language at all: as typed
    finally:
        i18n.apply_language(qapp, "en")
