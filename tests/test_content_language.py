"""Content language as a user meets it: the bundled German translation, View > Content
language, the not-reviewed notice, fallback to the original, refused translations, and the
command line (validate, lint, handout --content-lang)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import unicodedata
from importlib.resources import files
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from models import bundled_pathway, load_pathway
from models.translation import load_translation
from pathway_viewer.cli.commands import main
from pathway_viewer.dialogs.problems import ProblemsDialog
from pathway_viewer.window import actions as A
from pathway_viewer.window.main_window import MainWindow

from window_helpers import click_card, open_window, test_settings

DATA = Path(__file__).parent / "data"
GERMAN_FILE = Path(__file__).parent.parent / "resources" / "pathways" / "car_t_sle.de.yaml"
NOTICE_DE = "Diese deutsche Übersetzung wurde noch nicht von einer Ärztin oder einem Arzt geprüft."
NOTICE = f"{NOTICE_DE} (This German translation has not yet been checked by a clinician.)"


def choose(window: MainWindow, language: str) -> None:
    """Pick a language from View > Content language, as a user would."""
    menu = window.content_language_menu
    menu.aboutToShow.emit()
    action = menu.findChild(QAction, f"content_language_{language}")
    assert action is not None and action in menu.actions() and menu.isEnabled()
    action.trigger()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    return open_window(qtbot, test_settings(tmp_path / "settings.ini"))


@pytest.fixture
def knee_pair(tmp_path: Path) -> Path:
    """The knee pathway and its (incomplete) German translation in a folder of their own."""
    folder = tmp_path / "clinic"
    folder.mkdir()
    shutil.copy(DATA / "knee_surgery.yaml", folder / "knee_surgery.yaml")
    shutil.copy(DATA / "knee_surgery.de.yaml", folder / "knee_surgery.de.yaml")
    return folder


# --- the bundled translation ---------------------------------------------------------------


def test_the_bundled_german_translation_has_parity_and_is_marked_not_reviewed() -> None:
    original = load_pathway(bundled_pathway())
    translation = load_translation(GERMAN_FILE, original)  # any parity problem raises
    assert (translation.language, translation.review.reviewed) == ("de", False)
    assert {s.id for s in translation.steps} == {s.id for s in original.steps}
    assert {s.id for s in translation.urgent_signs} == {"fever", "chills", "confusion", "speech", "seizure",
                                                        "breath", "dizzy", "heartbeat", "bleeding"}
    # Shipped with the app (package data is read through importlib.resources).
    assert (files("resources") / "pathways" / "car_t_sle.de.yaml").is_file()


def test_validate_and_lint_check_a_translation_file(qapp: QApplication, capsys: pytest.CaptureFixture[str]) -> None:
    # (qapp: lint's font check needs a Qt application; made here, the tests' own is used.)
    assert main(["validate", str(GERMAN_FILE)]) == 0
    assert capsys.readouterr().out == f"{GERMAN_FILE}: valid de translation of 'car_t_sle' (not yet reviewed by a clinician)\n"
    assert main(["lint", str(GERMAN_FILE)]) == 1
    # Located at the file's own "review:" line (its header comment may grow).
    review_line = GERMAN_FILE.read_text(encoding="utf-8").splitlines().index("review:") + 1
    assert capsys.readouterr().out.splitlines() == [
        f"{GERMAN_FILE}:{review_line}: review: no clinician has checked this translation yet; "
        "the app says so wherever it is shown",
        f"{GERMAN_FILE}: 1 warning",
    ]


def test_validate_locates_missing_and_extra_ids(knee_pair: Path, capsys: pytest.CaptureFixture[str]) -> None:
    german = knee_pair / "knee_surgery.de.yaml"
    german.write_text(german.read_text(encoding="utf-8").replace("  - id: ward\n", "  - id: wards\n"), encoding="utf-8")
    assert main(["validate", str(german)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{german}:16: steps: not translated yet: 'ward', 'wound-problem'; the original text is shown for these",
        f"{german}:28: steps[3].id: the original has no step 'wards' (did you mean 'ward'?)",
    ]
    assert captured.err == f"{german}: refused, 2 problems\n"


def test_a_translation_must_keep_the_placeholders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shutil.copy(bundled_pathway(), tmp_path / "car_t_sle.yaml")
    text = GERMAN_FILE.read_text(encoding="utf-8")
    old = "      - Planen Sie, wie Sie in dieser Zeit zu Ihren Terminen kommen. {local:driving}\n"
    assert text.count(old) == 1
    line = text[: text.index(old)].count("\n") + 1
    (tmp_path / "car_t_sle.de.yaml").write_text(text.replace(old, old.replace("{local:driving}", "{local:fahren}")),
                                                encoding="utf-8")
    assert main(["validate", str(tmp_path / "car_t_sle.de.yaml")]) == 1
    assert capsys.readouterr().out == (
        f"{tmp_path / 'car_t_sle.de.yaml'}:{line}: steps[3].how_to_prepare[3]: must keep the original's "
        "placeholders exactly ({local:driving}); the app fills them in\n"
    )


@pytest.mark.parametrize("command", ["export", "handout"])
def test_a_translation_given_as_the_pathway_is_refused_in_one_line_that_says_what_to_open(
    tmp_path: Path, command: str
) -> None:
    # It listed ~40 "required field missing" lines, none saying that this is a translation.
    # (A process of its own: the command makes the Qt application it needs.)
    out = tmp_path / ("out.png" if command == "export" else "out.pdf")
    result = subprocess.run([sys.executable, "-m", "pathway_viewer", command, str(GERMAN_FILE), "-o", str(out)],
                            capture_output=True, text=True, timeout=120, encoding="utf-8")
    assert result.returncode != 0
    said = [line for line in result.stderr.splitlines() if line.startswith(str(GERMAN_FILE) + ":")]
    line = GERMAN_FILE.read_text(encoding="utf-8").splitlines().index("translation_of: car_t_sle") + 1
    assert said[0] == (
        f"{GERMAN_FILE}:{line}: translation_of: this file is a translation (language de) of the pathway car_t_sle, "
        "not a pathway: open the pathway file it translates, beside it, and choose its language "
        "(View > Content language in the app; --content-lang on the command line)")
    assert len(said) == 2 and not out.exists()


def test_opening_a_translation_in_the_app_says_what_to_open_instead(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"))
    assert not window.open_file(GERMAN_FILE)
    dialog = window.findChild(ProblemsDialog)
    assert dialog is not None
    assert [p.path for p in dialog.problems] == ["translation_of"]
    assert window.document.path is None  # the bundled pathway stays


# --- the window --------------------------------------------------------------------------


MIXED = "This pathway is written in German; the app's own words around it are in English."


def test_choosing_deutsch_shows_the_german_words_and_the_notice(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.content_language_menu
    menu.aboutToShow.emit()
    assert [a.text() for a in menu.actions()] == ["English", "Deutsch"]
    assert window.findChild(QAction, "content_language_en").isChecked()
    assert NOTICE_DE not in window.banner.text()
    click_card(qtbot, window, "infusion")

    choose(window, "de")

    assert window.document.selected == "infusion"  # the same step stays shown
    text = window.details.text()
    assert "Sie bekommen Ihre CAR-T-Zellen (Tag 0)" in text
    assert ("An diesem Tag bekommen Sie Ihre CAR-T-Zellen über einen Tropf. Das nennt man die Infusion. "
            "Die Infusion dauert oft etwa 30 Minuten.") in text
    assert "Apothekerin oder Apotheker: Prüft, ob der Beutel mit den Zellen zu Ihnen gehört." in text
    assert "Getting your CAR T cells" not in text
    # The unchecked translation, and that the app's own words stay English around it.
    assert window.banner.text().endswith("\n" + NOTICE + "\n" + MIXED)
    assert window.banner.isVisible()
    assert window.findChild(QAction, "content_language_de").isChecked()
    # The journey's cards and the care team follow.
    assert window.scene.card("infusion").title == "Sie bekommen Ihre CAR-T-Zellen (Tag 0)"
    names = [window.care_team.list.item(i).text() for i in range(window.care_team.list.count())]
    assert "Apothekerin oder Apotheker (5 steps)" in names


LEUKAPHERESE = ("Eine Art Apherese, bei der eine Maschine weiße Blutkörperchen sammelt, auch T-Zellen. "
                "Aus ihnen werden die CAR-T-Zellen gemacht.")


def test_german_glossary_words_are_marked_and_explained_in_german(qtbot: QtBot, window: MainWindow) -> None:
    choose(window, "de")
    click_card(qtbot, window, "leukapheresis")
    panel = window.details
    marked = {t.term: t.definition for t in panel.marked_terms()}
    assert marked["Leukapherese"] == LEUKAPHERESE
    assert "leukapheresis" not in marked
    # The word in the German summary is a link; resting on it shows the German meaning.
    cursor = panel.browser.document().find("Leukapherese")
    assert not cursor.isNull()
    middle = QTextCursor(cursor)
    middle.setPosition(cursor.selectionStart() + 2)
    assert middle.charFormat().isAnchor()
    term = panel.browser.term_at(panel.browser.cursorRect(middle).center())
    assert term is not None and term.definition == LEUKAPHERESE
    text = " ".join(panel.text().split())
    assert f"Leukapherese: {LEUKAPHERESE}" in text
    # A word whose German form differs from the English one: "Freigabetests" (release tests).
    click_card(qtbot, window, "manufacturing")
    marked = {t.term: t.definition for t in window.details.marked_terms()}
    assert marked["Freigabetests"] == ("Qualitätsprüfungen, die das Labor mit Ihren CAR-T-Zellen macht. "
                                       "Sie dürfen die Zellen nur bekommen, wenn sie diese Prüfungen bestehen.")


def test_general_medical_words_are_explained_in_german_too(qtbot: QtBot, window: MainWindow) -> None:
    # Words that are not the pathway's own ("Apherese", "zentralen Venenkatheter") come from
    # the shared German glossary; in English the shared English one explains them.
    click_card(qtbot, window, "leukapheresis")
    english = {t.term: t.definition for t in window.details.marked_terms()}
    assert english["central line"].startswith("A thin tube put into a large vein.")
    choose(window, "de")
    click_card(qtbot, window, "leukapheresis")
    marked = {t.term: t.definition for t in window.details.marked_terms()}
    assert marked["zentraler Venenkatheter"].startswith("Ein dünner Schlauch, der in eine große Vene gelegt wird.")
    assert "central line" not in marked and "apheresis" not in marked
    # The pathway's own German word still wins over a shared one of the same name.
    assert marked["Leukapherese"] == LEUKAPHERESE


def test_a_field_the_translation_leaves_out_shows_the_original(qtbot: QtBot, window: MainWindow) -> None:
    choose(window, "de")
    click_card(qtbot, window, "infusion")
    window.actions[A.AUDIENCE_CLINICIAN].trigger()
    text = " ".join(window.details.text().split())
    # clinical_details is staff text the German file does not translate: the English shows.
    assert "Single infusion of the CAR T cell product through a drip (mackensen-2022, muller-2024)" in text
    assert "Sie bekommen Ihre CAR-T-Zellen (Tag 0)" in text


def test_going_back_to_english_removes_the_notice_and_the_choice_is_remembered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = test_settings(tmp_path / "settings.ini")
    first = open_window(qtbot, settings)
    choose(first, "de")
    first.close()
    second = open_window(qtbot, test_settings(tmp_path / "settings.ini"))
    assert second.document.pathway.title == "CAR-T-Zelltherapie bei Lupus (SLE)"
    assert second.banner.text().endswith(NOTICE + "\n" + MIXED)
    choose(second, "en")
    assert second.document.pathway.title == "CAR-T cell therapy for lupus (SLE)"
    assert NOTICE_DE not in second.banner.text() and MIXED not in second.banner.text()
    assert second.settings.get("content/language") == {}


def test_an_incomplete_translation_is_shown_with_the_original_where_it_is_missing(
    qtbot: QtBot, tmp_path: Path, knee_pair: Path
) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_pair / "knee_surgery.yaml")
    choose(window, "de")
    assert window.document.pathway.step("ward").title == "Die ersten Tage auf Station"
    click_card(qtbot, window, "wound-problem")  # the step the German file leaves out
    assert "Wound check" in window.details.text()
    assert window.statusBar().currentMessage() == (
        "The German translation is not complete: the parts not yet translated are shown in the pathway's own language.")


def test_a_broken_translation_lists_its_problems_and_keeps_the_original(
    qtbot: QtBot, tmp_path: Path, knee_pair: Path
) -> None:
    german = knee_pair / "knee_surgery.de.yaml"
    german.write_text(german.read_text(encoding="utf-8").replace("  - id: ward\n", "  - id: rehab\n"), encoding="utf-8")
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_pair / "knee_surgery.yaml")
    click_card(qtbot, window, "ward")

    choose(window, "de")

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ProblemsDialog) and w.isVisible())
    assert dialog.windowTitle() == "The German translation cannot be shown"
    assert f"{german}:30: steps[4].id: 'rehab' is translated twice" in dialog.text().splitlines()
    assert "The pathway stays in its own language." in dialog.findChild(QWidget, "problems_intro").text()
    dialog.close()
    assert window.document.pathway.title == "Planned knee replacement"
    assert "First days on the ward" in window.details.text()
    assert window.findChild(QAction, "content_language_en").isChecked()
    assert window.settings.get("content/language") == {}


def test_a_step_deleted_from_the_original_leaves_the_rest_of_its_translation_shown(
    qtbot: QtBot, tmp_path: Path, knee_pair: Path
) -> None:
    # Deleting a step in the editor made the German translation beside the file refused:
    # the window, the handout and the quiz fell back to English for every step. The step's
    # German words are left over, and said to be, but the rest is still right.
    german = knee_pair / "knee_surgery.de.yaml"
    german.write_text(german.read_text(encoding="utf-8").replace("  - id: ward\n", "  - id: day-case-unit\n"), encoding="utf-8")
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_pair / "knee_surgery.yaml")
    choose(window, "de")
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, ProblemsDialog) and w.isVisible()]
    assert window.document.content_language == "de"
    assert window.document.pathway.title != "Planned knee replacement"
    assert [str(p) for p in window.document.content_problems] == [
        f"{german}:16: steps: not translated yet: 'ward', 'wound-problem'; the original text is shown for these",
        f"{german}:28: steps[3].id: the original has no step 'day-case-unit': left over from an earlier version of the "
        "original, not shown",
    ]
    # validate stays strict: the author is told to tidy the translation.
    assert main(["validate", str(german)]) == 1


def test_a_pathway_with_no_translation_offers_only_its_own_language(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), DATA / "small.yaml")
    window.content_language_menu.aboutToShow.emit()
    assert [a.text() for a in window.content_language_menu.actions()] == ["English"]
    assert not window.content_language_menu.isEnabled()


def test_editing_shows_the_file_s_own_words_and_leaving_it_brings_the_reader_s_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    choose(window, "de")
    german = window.document.pathway.title
    window.actions[A.EDIT_MODE].trigger()
    assert window.document.pathway.title == "CAR-T cell therapy for lupus (SLE)"
    assert NOTICE_DE not in window.banner.text()
    assert window.edit_session is not None and window.step_form is not None  # editing, in the file's words
    window.actions[A.EDIT_MODE].trigger()
    # Turned off, it left the pathway in English, and refused German ("leave edit mode first").
    assert window.document.pathway.title == german and window.document.content_language == "de"
    assert window.findChild(QAction, "content_language_de").isChecked()
    choose(window, "en")
    assert window.document.content_language == "en"
    choose(window, "de")
    assert window.document.pathway.title == german


# --- the handout -------------------------------------------------------------------------


def _pdf_pages(path: Path) -> list[str]:
    pages = PdfReader(str(path)).pages
    return [" ".join(unicodedata.normalize("NFKC", p.extract_text() or "").split()) for p in pages]


def test_handout_in_german_carries_the_notice_on_every_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "handout.pdf"
    assert main(["handout", "--content-lang", "de", "-o", str(out)]) == 0
    pages = _pdf_pages(out)
    assert "CAR-T-Zelltherapie bei Lupus (SLE)" in pages[0]
    assert NOTICE in pages[0]  # the cover: in German and in English
    assert all(page.startswith(NOTICE_DE) for page in pages)  # a page torn off still says it
    text = " ".join(pages)
    assert "Sie bekommen Ihre CAR-T-Zellen (Tag 0)" in text
    assert re.search(r"Getting your CAR T cells", text) is None
    # The word list at the back explains the shared words in German as well.
    assert "Ein Eiweiß, das B-Zellen bilden. Es hilft dem Körper, Keime abzuwehren." in text
    assert "A protein made by B cells" not in text


def _command(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line in a process of its own: `--lang` sets that process's language."""
    import os

    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"))
    return subprocess.run([sys.executable, "-m", "pathway_viewer", *args], cwd=Path(__file__).parent.parent, env=env,
                          capture_output=True, text=True, timeout=240)


def test_a_german_quiz_is_german_through_and_through(tmp_path: Path) -> None:
    # `quiz --lang de` printed English with "not translated into 'de' yet"; then the app's
    # own questions came in German and the trainers' authored ones in English.
    out = tmp_path / "quiz.pdf"
    done = _command(tmp_path, "quiz", "-n", "50", "--lang", "de", "--answers", "-o", str(out))
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(_pdf_pages(out)).split())
    assert "Eine Familie fragt, ob diese Behandlung Lupus heilt." in text  # authored, translated
    assert "Kreuzen Sie bei jeder Frage ein Kästchen an." in text and NOTICE_DE in text
    english = [word for word in ("What ", "Which ", "Who ", "Tick one box", "A family asks", "Score") if word in text]
    assert english == []


def test_a_paper_in_two_languages_says_so_to_whoever_makes_it(tmp_path: Path) -> None:
    # A French pathway's handout from an English app read "From 1 day to about 3 weeks after
    # le jour de votre première cure", and nothing said why.
    french = tmp_path / "parcours.yaml"
    french.write_text((DATA / "small.yaml").read_text(encoding="utf-8").replace("id: small\n", "id: small\nlanguage: fr\n"),
                      encoding="utf-8")
    assert "language: fr" in french.read_text(encoding="utf-8")
    done = _command(tmp_path, "handout", str(french), "-o", str(tmp_path / "h.pdf"))
    assert done.returncode == 0, done.stderr
    assert "This pathway is written in French; the app's own words around it are in English." in done.stderr
    alike = _command(tmp_path, "handout", str(DATA / "small.yaml"), "-o", str(tmp_path / "e.pdf"))
    assert alike.returncode == 0 and "written in" not in alike.stderr


def test_export_in_german_draws_the_german_words(tmp_path: Path) -> None:
    # `export --lang de` drew German timings under English titles.
    out = tmp_path / "journey.pdf"
    done = _command(tmp_path, "export", "--lang", "de", "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert NOTICE in done.stderr  # the words drawn are an unchecked translation: said
    text = " ".join(" ".join(_pdf_pages(out)).split())
    assert "Sie bekommen Ihre CAR-T-Zellen (Tag 0)" in text and "Getting your CAR T cells" not in text


def test_handout_for_a_language_with_no_translation_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "handout.pdf"
    assert main(["handout", "--content-lang", "fr", "-o", str(out)]) == 1
    assert "No 'fr' translation of this pathway" in capsys.readouterr().err
    assert not out.exists()


def test_presentation_and_the_window_s_handout_say_the_translation_is_unchecked(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    choose(window, "de")
    click_card(qtbot, window, "infusion")
    presentation = window.start_presentation()
    assert presentation is not None
    qtbot.waitExposed(presentation)
    assert presentation.disclaimer_label.text().endswith("\n" + NOTICE)
    assert presentation.disclaimer_label.isVisible()
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not presentation.isVisible())

    out = tmp_path / "from-window.pdf"
    assert window.export_handout_to(out)
    pages = _pdf_pages(out)
    assert NOTICE in pages[0]
    assert all(page.startswith(NOTICE_DE) for page in pages)


def test_compare_is_about_the_file_not_the_translation_on_screen(qtbot: QtBot, window: MainWindow) -> None:
    choose(window, "de")
    dialog = window.show_compare()
    assert dialog is not None
    assert dialog.changed.title == "CAR-T cell therapy for lupus (SLE)"
    dialog.close()


def test_a_translation_marked_reviewed_names_who_and_when(
    qtbot: QtBot, tmp_path: Path, knee_pair: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    german = knee_pair / "knee_surgery.de.yaml"
    text = german.read_text(encoding="utf-8").replace("  - id: rehab\n", "  - id: wound-problem\n  - id: rehab\n")
    german.write_text(text.replace("review: {reviewed: false}", "review: {reviewed: true}"), encoding="utf-8")
    assert main(["validate", str(german)]) == 1
    assert capsys.readouterr().out == (
        f"{german}:5: review: a reviewed translation needs reviewed_by (the clinician) and reviewed_on (YYYY-MM-DD)\n")

    german.write_text(text.replace("review: {reviewed: false}",
                                   "review: {reviewed: true, reviewed_by: Dr B Beispiel, reviewed_on: 2027-01-15}"),
                      encoding="utf-8")
    assert main(["validate", str(german)]) == 0
    assert capsys.readouterr().out == f"{german}: valid de translation of 'knee-replacement' (reviewed)\n"
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_pair / "knee_surgery.yaml")
    choose(window, "de")
    assert window.document.pathway.title == "Geplanter Kniegelenkersatz"
    assert "Übersetzung" not in window.banner.text() and "translation" not in window.banner.text()


@pytest.mark.parametrize(
    ("tag", "menu_name", "notice"),
    [
        ("de", "Deutsch", NOTICE),
        ("de-CH", "Schweizer Hochdeutsch",
         f"{NOTICE_DE} (This German (de-CH) translation has not yet been checked by a clinician.)"),
        ("fr", "Français", "Cette traduction française n'a pas encore été vérifiée par un médecin. "
         "(This French translation has not yet been checked by a clinician.)"),
        ("es", "Español", "Esta traducción al español todavía no ha sido revisada por un médico. "
         "(This Spanish translation has not yet been checked by a clinician.)"),
        ("it", "Italiano", "Questa traduzione italiana non è ancora stata controllata da un medico. "
         "(This Italian translation has not yet been checked by a clinician.)"),
        ("pl", "Polski", "This Polish translation has not yet been checked by a clinician."),
        ("en", "English", "This English translation has not yet been checked by a clinician."),
        ("qaa", "qaa", "This 'qaa' translation has not yet been checked by a clinician."),
    ],
)
def test_language_names_and_the_notice_per_language(tag: str, menu_name: str, notice: str) -> None:
    from models.wording.translation_words import not_reviewed_notice
    from pathway_viewer.window.content_language import language_display_name

    assert language_display_name(tag) == menu_name
    assert not_reviewed_notice(tag) == notice


def test_schema_of_a_translation_file(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["schema", "--translation"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "CAR-T Pathway Viewer pathway translation"
    assert set(schema["required"]) == {"translation_of", "language"}
    assert {"review", "title", "condition", "disclaimer", "day_zero", "urgent_signs", "local_choices", "roles",
            "phases", "steps", "transitions"} <= set(schema["properties"])


def test_a_remembered_translation_that_broke_since_opens_the_original_and_says_so(
    qtbot: QtBot, tmp_path: Path, knee_pair: Path
) -> None:
    settings = test_settings(tmp_path / "s.ini")
    first = open_window(qtbot, settings, knee_pair / "knee_surgery.yaml")
    choose(first, "de")
    first.close()
    german = knee_pair / "knee_surgery.de.yaml"
    german.write_text(german.read_text(encoding="utf-8").replace("  - id: ward\n", "  - id: rehab\n"), encoding="utf-8")
    second = open_window(qtbot, test_settings(tmp_path / "s.ini"), knee_pair / "knee_surgery.yaml")
    assert second.document.pathway.title == "Planned knee replacement"
    assert second.statusBar().currentMessage() == (
        "The German translation cannot be shown. The pathway stays in its own language.")
    assert second.findChild(QAction, "content_language_en").isChecked()


def test_a_language_put_aside_for_editing_one_pathway_is_not_brought_back_on_another(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # German, edit (an edit left unsaved), edit mode off, open another file (Discard), edit mode
    # on and off: the app tried to show the other file in German and said its translation
    # was refused.
    from PySide6.QtWidgets import QLineEdit, QMessageBox

    monkeypatch.setattr(MainWindow, "ask_unsaved", lambda self: QMessageBox.StandardButton.Discard)
    choose(window, "de")
    window.document.select(window.document.pathway.steps[1].id)
    window.actions[A.EDIT_MODE].trigger()
    title = window.step_form.findChild(QLineEdit, "edit_title")
    qtbot.keyClicks(title, " x")
    window.actions[A.EDIT_MODE].trigger()  # off, with an unsaved edit: the language waits
    assert window.open_file(DATA / "small.yaml")
    window.actions[A.EDIT_MODE].trigger()
    window.actions[A.EDIT_MODE].trigger()
    assert window.document.content_language == window.document.original.language
    assert window.findChild(ProblemsDialog) is None
