"""Translations of pathway content: parity with located problems, field-by-field fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import Pathway, PathwayError, load_pathway
from models.translation import apply_translation, load_translation, translation_path

DATA = Path(__file__).parent / "data"
KNEE_FILE = DATA / "knee_surgery.yaml"
KNEE = load_pathway(KNEE_FILE)
GERMAN = DATA / "knee_surgery.de.yaml"


def test_the_translation_sits_beside_the_pathway_by_language() -> None:
    assert translation_path(KNEE_FILE, "de") == GERMAN


def test_translated_fields_replace_the_original_and_the_rest_falls_back() -> None:
    # The test file leaves out the wound step: parity reports it, so read it past that check.
    with pytest.raises(PathwayError) as caught:
        load_translation(GERMAN, KNEE)
    [problem] = caught.value.problems
    assert (problem.path, problem.line) == ("steps", 16)
    assert problem.message == "not translated yet: 'wound-problem'; the original text is shown for these"


def _complete(tmp_path: Path) -> Path:
    text = GERMAN.read_text(encoding="utf-8") + "  # added below\n"
    text = text.replace("  - id: rehab\n", "  - id: wound-problem\n    title: Wundkontrolle\n  - id: rehab\n")
    path = tmp_path / "knee.de.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_complete_translation_applies_with_fallback(tmp_path: Path) -> None:
    translated = apply_translation(KNEE, load_translation(_complete(tmp_path), KNEE))
    assert (translated.language, translated.reviewed) == ("de", False)
    p = translated.pathway
    assert p.title == "Geplanter Kniegelenkersatz"
    assert p.condition == "Knee osteoarthritis"  # not translated: the original
    assert p.step("clinic-visit").title == "Voruntersuchung"
    assert p.step("clinic-visit").what_to_expect == ["Sie bekommen eine Blutabnahme."]
    assert p.step("clinic-visit").clinical_details == "Fitness for anaesthesia, blood tests, ECG."
    assert [e.does for e in p.step("operation").care_team] == [
        "Ersetzt das Kniegelenk.", "Gibt die Narkose und überwacht Sie genau."]
    assert [e.role for e in p.step("operation").care_team] == ["surgeon", "anaesthetist"]
    assert p.role("gp").name == "Hausärztin" and p.role("gp").description == "Looks after you near home."
    labels = {(t.from_, t.to): t.label for t in p.transitions}
    assert labels[("clinic-visit", "not-fit")] == "Ein anderes Gesundheitsproblem muss zuerst behandelt werden"
    assert labels[("rehab", "wound-problem")] == "the wound becomes red or leaks"
    # The original is untouched.
    assert KNEE.step("clinic-visit").title == "Pre-operative assessment"


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        ("translation_of: knee-replacement", "translation_of: hip", "translation_of",
         "this translates 'hip', not 'knee-replacement'"),
        ("  - id: ward\n", "  - id: wards\n", "steps[3].id", "the original has no step 'wards' (did you mean 'ward'?)"),
        ("  - id: ward\n", "  - id: operation\n", "steps[3].id", "'operation' is translated twice"),
        ("[Sie bekommen eine Blutabnahme.]", "[Eins., Zwei.]", "steps[0].what_to_expect",
         "has 2 items; the original has 1, in the same order"),
        ("      - {role: anaesthetist, does: Gibt", "      - {role: gp, does: Gibt", "steps[2].care_team",
         "must list the same roles as the original, in the same order"),
        ("{from: clinic-visit, to: not-fit,", "{from: clinic-visit, to: ward,", "transitions[0]",
         "the original has no labelled way from 'clinic-visit' to 'ward'"),
        ("language: de", "language: deutsch!", "language", "should be a language code such as 'de', 'fr-CA' or 'zh-Hans'"),
    ],
)
def test_parity_problems_are_located(tmp_path: Path, old: str, new: str, path: str, message: str) -> None:
    good = _complete(tmp_path)
    text = good.read_text(encoding="utf-8")
    assert text.count(old) == 1
    good.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(PathwayError) as caught:
        load_translation(good, KNEE)
    found = {(p.path, p.message) for p in caught.value.problems}
    assert (path, message) in found
    # Located on the changed line; a list problem on the line of its key.
    rows = text.replace(old, new).split("\n")
    anchor = new.split("\n")[0] if path != "steps[2].care_team" else "    care_team:"
    expected = max(n for n, row in enumerate(rows, 1) if anchor in row)
    assert next(p.line for p in caught.value.problems if p.path == path) == expected


def test_a_translation_the_checks_miss_is_refused_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import models.translation as translation

    # Without the placeholder check, the fever sign loses {temperature}: the pathway model
    # itself refuses that, and the window must hear it as a located problem.
    monkeypatch.setattr(translation, "_text_pairs", lambda *_: [])
    original = load_pathway(Path(__file__).parent.parent / "resources" / "pathways" / "car_t_sle.yaml")
    text = (Path(__file__).parent.parent / "resources" / "pathways" / "car_t_sle.de.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "car_t_sle.de.yaml"
    bad.write_text(text.replace("Eine Temperatur von {temperature} oder höher", "Fieber"), encoding="utf-8")
    opened = translation.open_translation(bad, original)
    assert opened.translated is None
    # No line of the translation is to blame: the file's first line.
    assert [(p.line, p.path, p.message) for p in opened.problems] == [
        (1, "urgent_signs[0]", "the translated pathway is not valid: a sign with temperature_c needs '{temperature}' "
                             "in its text, where the number goes"),
    ]


# --- the pathway's glossary and booked day ---------------------------------------------------

BUNDLED_DIR = Path(__file__).parent.parent / "resources" / "pathways"
CAR_T = load_pathway(BUNDLED_DIR / "car_t_sle.yaml")


def _bundled_german(tmp_path: Path, old: str = "", new: str = "") -> Path:
    text = (BUNDLED_DIR / "car_t_sle.de.yaml").read_text(encoding="utf-8")
    if old:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "car_t_sle.de.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_glossary_words_are_translated_by_the_original_term(tmp_path: Path) -> None:
    german = apply_translation(CAR_T, load_translation(_bundled_german(tmp_path), CAR_T)).pathway
    terms = {t.term: t for t in german.glossary}
    leuka = terms["Leukapherese"]
    assert leuka.definition == ("Eine Art Apherese, bei der eine Maschine weiße Blutkörperchen sammelt, auch "
                                "T-Zellen. Aus ihnen werden die CAR-T-Zellen gemacht.")
    assert terms["CAR-T-Zelle"].aliases == ["CAR-T-Zellen", "CAR-T", "CAR-T-Zelltherapie", "CAR-T-Produkte"]
    # An entry that gives no aliases keeps the original's (the English file's forms).
    assert terms["Autoantikörper"].aliases == ["autoantibodies"]
    assert "leukapheresis" not in terms and len(german.glossary) == len(CAR_T.glossary)


def test_an_untranslated_glossary_word_keeps_the_original(tmp_path: Path) -> None:
    from models.translation import open_translation

    path = _bundled_german(tmp_path, "  - id: tocilizumab\n    term: Tocilizumab\n    aliases: []\n"
                                     "    definition: >-\n      Ein Medikament gegen CRS.\n", "")
    opened = open_translation(path, CAR_T)
    assert opened.translated is not None
    assert [(p.path, p.message) for p in opened.problems] == [
        ("glossary", "not translated yet: 'tocilizumab'; the original text is shown for these")]
    terms = {t.term: t for t in opened.translated.pathway.glossary}
    assert terms["tocilizumab"].definition == "A medicine used to treat CRS."


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        ("  - id: cytokine\n", "  - id: cytokines\n", "glossary[36].id", "the original has no glossary term 'cytokines' (did you mean 'cytokine'?)"),
        ("    term: Zytokin\n", "    term: CRS\n", "glossary[36].term",
         "'CRS' is already the word for 'CRS'; each entry needs a word of its own"),
        ("  - id: T cell\n", "  - id: B cell\n", "glossary[2].id", "'B cell' is translated twice"),
    ],
)
def test_glossary_parity_problems_are_located(tmp_path: Path, old: str, new: str, path: str, message: str) -> None:
    bad = _bundled_german(tmp_path, old, new)
    with pytest.raises(PathwayError) as caught:
        load_translation(bad, CAR_T)
    found = {(p.path, p.message): p.line for p in caught.value.problems}
    assert (path, message) in found
    rows = bad.read_text(encoding="utf-8").split("\n")
    # On the changed line: the last one that reads so (the first "term: CRS" is CRS's own).
    assert found[(path, message)] == max(n for n, row in enumerate(rows, 1) if row == new.rstrip("\n"))


def test_the_review_s_team_and_the_citations_notes_are_translated(tmp_path: Path) -> None:
    # A German handout said "geprüft ... von Project content team (Content authors, checked
    # against the project's fact sheet ...)" and "Applies to approved products in the US."
    german = apply_translation(CAR_T, load_translation(_bundled_german(tmp_path), CAR_T)).pathway
    assert german.review is not None and german.review.reviewed_by[0].name == "Inhaltsteam des Projekts"
    assert german.review.reviewed_by[0].role.endswith("klinische Freigabe steht noch aus")
    citations = {source.id: source.citation for source in german.sources}
    assert citations["fda-rems-2025"].endswith("Gilt für zugelassene Produkte in den USA.")
    # A source the translation leaves out keeps the original's citation; its link is the original's.
    assert citations["mackensen-2022"] == CAR_T.source("mackensen-2022").citation
    assert [s.url for s in german.sources] == [s.url for s in CAR_T.sources]


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        ("  - id: fda-ltfu-2020\n", "  - id: fda-ltfu-2021\n", "sources[3].id", "the original has no source 'fda-ltfu-2021'"),
        ("content_reviewers:\n", "content_reviewers:\n  - name: Zweite Person\n", "content_reviewers",
         "has 2 reviewers; the original's review has 1, in the same order"),
    ],
)
def test_unknown_sources_and_a_wrong_count_of_reviewers_are_located(
    tmp_path: Path, old: str, new: str, path: str, message: str
) -> None:
    with pytest.raises(PathwayError) as caught:
        load_translation(_bundled_german(tmp_path, old, new), CAR_T)
    assert (path, message) in {(p.path, p.message) for p in caught.value.problems}


def test_the_training_questions_and_scenarios_are_translated(tmp_path: Path) -> None:
    german = apply_translation(CAR_T, load_translation(_bundled_german(tmp_path), CAR_T)).pathway
    assert german.training is not None and CAR_T.training is not None
    question = next(q for q in german.training.questions if q.id == "live-vaccines")
    assert question.question == "Wann darf die Patientin oder der Patient einen Lebendimpfstoff bekommen?"
    assert question.answer == "Erst wenn das Team es sagt" and question.answer_index == 0
    assert question.step == "follow_up" and question.roles == next(q.roles for q in CAR_T.training.questions if q.id == "live-vaccines")
    scenario = next(s for s in german.training.scenarios if s.id == "confusion-day-5")
    assert scenario.title == "Verwirrtheit an Tag 5" and [e.day for e in scenario.events] == [5, 5, 5]
    assert scenario.events[1].answer == "8" and scenario.events[1].finding.startswith("ICE-Test:")


@pytest.mark.parametrize(
    ("old", "new", "path", "message"),
    [
        ("      answer: Erst wenn das Team es sagt\n", "      answer: Gleich nach der Infusion\n",
         "training.questions[2].answer",
         "must be the translation of the original's answer, choice 1: 'Erst wenn das Team es sagt'"),
        ("        - Es darf nie wieder Blut gegeben werden\n", "", "training.questions[1].choices",
         "has 2 choices; the original has 3, in the same order"),
        ("    - id: what-is-known\n", "    - id: what-is-new\n", "training.questions[0].id",
         "the original has no question 'what-is-new' (did you mean 'what-is-known'?)"),
        ("          answer: Grad 2\n", "", "training.scenarios[0].events[2]",
         "choices and answer are translated together (the answer is one of the choices)"),
        # validate passed it, and then the window refused it ("two choices have the same text")
        ("        - Sie heilt Lupus bei allen, die ihn haben\n",
         "        - Große Studien an vielen Zentren haben bewiesen, dass sie wirkt\n",
         "training.questions[0].choices", "two choices have the same text"),
    ],
)
def test_training_parity_problems_are_located(tmp_path: Path, old: str, new: str, path: str, message: str) -> None:
    with pytest.raises(PathwayError) as caught:
        load_translation(_bundled_german(tmp_path, old, new), CAR_T)
    assert (path, message) in {(p.path, p.message) for p in caught.value.problems}


def test_a_translation_without_the_training_section_says_so_where_it_is_shown(tmp_path: Path) -> None:
    # A translation written before translations could hold training validates as before; shown
    # (a German quiz), it says the original's questions are used, not silently mixes them in.
    from models.translation import open_translation

    text = (BUNDLED_DIR / "car_t_sle.de.yaml").read_text(encoding="utf-8")
    path = tmp_path / "car_t_sle.de.yaml"
    path.write_text(text[: text.index("\ntraining:")] + "\n", encoding="utf-8")
    load_translation(path, CAR_T)  # validate: no problem
    opened = open_translation(path, CAR_T)
    assert opened.translated is not None
    assert [(p.path, p.message) for p in opened.problems] == [
        ("training", "not translated yet: the training questions and scenarios; the original's are shown")]


def test_the_booked_day_label_is_translated(tmp_path: Path) -> None:
    # The bundled German file names the booked day; the steps it moves stay the original's.
    german = apply_translation(CAR_T, load_translation(BUNDLED_DIR / "car_t_sle.de.yaml", CAR_T)).pathway
    assert german.booked_day is not None
    assert (german.booked_day.label, german.booked_day.steps) == ("Zellentnahme (Leukapherese)", ["leukapheresis"])
    assert german.day_zero is not None
    assert german.day_zero.patient_label == "der Tag, an dem Sie Ihre Zellen bekommen"


def test_a_booked_day_the_original_lacks_is_refused(tmp_path: Path) -> None:
    text = GERMAN.read_text(encoding="utf-8").replace("\nlanguage: de\n", "\nlanguage: de\nbooked_day: {label: Termin}\n")
    path = tmp_path / "knee.de.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PathwayError) as caught:
        load_translation(path, KNEE)
    assert ("booked_day", "the original has no booked_day to translate") in {(p.path, p.message) for p in caught.value.problems}


# --- every translatable field, on a hand-made original (Qt-free; the values are written here) ---

SMALL = DATA / "small.yaml"


def _small_original(tmp_path: Path) -> Path:
    """small.yaml with every part a translation can touch: day 0, a booked day, urgent signs
    (one without an id), two clinic choices, a glossary and placeholders in every step text."""
    import yaml

    data = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
    data["day_zero"] = {"label": "the infusion", "patient_label": "the day you get your cells"}
    data["booked_day"] = {"label": "cell collection", "steps": ["collect"]}
    data["urgent_signs"] = [
        {"id": "fever", "text": "A temperature of {temperature} or higher", "temperature_c": 38},
        {"text": "A sign with no id"},
        {"id": "chills", "text": "Shivering"},
    ]
    data["local_choices"] = [
        {"id": "stay", "question": "Where do patients stay?", "unset_text": "Your team will tell you where you stay.",
         "options": [{"id": "ward", "label": "On the ward", "text": "You stay on the ward.", "setting": ["inpatient"]},
                     {"id": "home", "label": "At home", "text": "You go home.", "setting": ["outpatient"]}]},
        {"id": "drive", "question": "How long may patients not drive?",
         "unset_text": "Your team will tell you when you may drive."},
    ]
    data["glossary"] = [
        {"term": "infusion", "aliases": ["infusions"], "definition": "Medicine given through a drip."},
        {"term": "fever", "definition": "A high body temperature."},
    ]
    assess = data["steps"][0]
    assess["title"] = "Assessment {local:stay}"
    assess["patient_summary"] = "You stay {local:stay} and drive {local:drive}."
    assess["clinical_details"] = "Details {local:stay}."
    assess["presenter_notes"] = "Notes {local:stay}."
    for field in ("what_to_expect", "how_to_prepare", "questions", "warning_signs"):
        assess[field] = [f"First {field} {{local:stay}}.", f"Second {field}."]
    assess["teach_back"] = ["Where do you stay {local:stay}?", "Who do you call?"]
    path = tmp_path / "small.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


SMALL_GERMAN = """\
translation_of: small
language: de
title: Kleiner Testweg
condition: Testkrankheit
disclaimer: Nur zum Testen.
day_zero: {label: die Infusion, patient_label: der Tag Ihrer Zellen}
booked_day: {label: Zellentnahme}
urgent_signs:
  - {id: fever, text: "Eine Temperatur von {temperature} oder höher"}
  - {id: chills, text: Schüttelfrost}
local_choices:
  - id: stay
    question: Wo bleiben Patienten?
    options:
      - {id: ward, label: Auf Station, text: Sie bleiben auf Station.}
      - {id: home, label: Zu Hause, text: Sie gehen nach Hause.}
    unset_text: Ihr Team sagt Ihnen, wo Sie bleiben.
  - id: drive
    question: Wie lange kein Autofahren?
roles:
  - {id: doctor, name: Ärztin}
  - {id: nurse, name: Pflegekraft}
  - {id: lab, name: Labor}
phases:
  - {id: check, title: Prüfen}
  - {id: make, title: Herstellen}
  - {id: give, title: Geben}
  - {id: watch, title: Beobachten}
steps:
  - id: assess
    title: "Untersuchung {local:stay}"
    patient_summary: "Sie bleiben {local:stay} und fahren {local:drive}."
    clinical_details: "Details DE {local:stay}."
    presenter_notes: "Notizen {local:stay}."
    care_team:
      - {role: doctor, does: Bespricht die Möglichkeiten.}
      - {role: nurse, does: Nimmt Blut ab.}
    what_to_expect: ["Erstens {local:stay}.", Zweitens.]
    how_to_prepare: ["Vorbereiten {local:stay}.", Dann.]
    questions: ["Frage {local:stay}?", Noch eine?]
    warning_signs: ["Warnung {local:stay}.", Noch eine.]
    teach_back: ["Wo bleiben Sie {local:stay}?", Wen rufen Sie an?]
  - {id: collect, title: Zellentnahme}
  - {id: make-cells, title: Herstellung}
  - {id: infuse, title: Infusion}
  - {id: observe, title: Beobachtung}
  - {id: not-eligible, title: Übliche Behandlung}
  - {id: fever-care, title: Fieberbehandlung}
glossary:
  - {id: infusion, term: Infusion, definition: Medizin über einen Tropf.}
  - {id: fever, term: Fieber, aliases: [Fiebers], definition: Hohe Körpertemperatur.}
"""


def _small_pair(tmp_path: Path, old: str = "", new: str = "") -> tuple[Path, Pathway]:
    original = load_pathway(_small_original(tmp_path))
    text = SMALL_GERMAN
    if old:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "small.de.yaml"
    path.write_text(text, encoding="utf-8")
    return path, original


LEFT_OVER = ": left over from an earlier version of the original, not shown"


def _problems(path: Path, original: Pathway) -> list[tuple[str, str]]:
    from models.translation import open_translation

    return [(p.path, p.message) for p in open_translation(path, original).problems]


def test_every_translatable_field_is_shown_in_the_translation(tmp_path: Path) -> None:
    path, original = _small_pair(tmp_path)
    translated = apply_translation(original, load_translation(path, original))
    p = translated.pathway
    assert (p.title, p.condition, p.disclaimer, p.language) == (
        "Kleiner Testweg", "Testkrankheit", "Nur zum Testen.", "de")
    assert p.day_zero is not None and (p.day_zero.label, p.day_zero.patient_label) == ("die Infusion", "der Tag Ihrer Zellen")
    assert p.booked_day is not None and (p.booked_day.label, p.booked_day.steps) == ("Zellentnahme", ["collect"])
    assert [(s.id, s.text) for s in p.urgent_signs] == [
        ("fever", "Eine Temperatur von {temperature} oder höher"), (None, "A sign with no id"), ("chills", "Schüttelfrost")]
    stay, drive = p.local_choices
    assert (stay.question, stay.unset_text) == ("Wo bleiben Patienten?", "Ihr Team sagt Ihnen, wo Sie bleiben.")
    # The options keep the original's ids and settings; only their words change.
    assert [(o.id, o.label, o.text, [s.value for s in o.setting]) for o in stay.options] == [
        ("ward", "Auf Station", "Sie bleiben auf Station.", ["inpatient"]),
        ("home", "Zu Hause", "Sie gehen nach Hause.", ["outpatient"])]
    assert (drive.question, drive.unset_text) == ("Wie lange kein Autofahren?", "Your team will tell you when you may drive.")
    assert [ph.title for ph in p.phases] == ["Prüfen", "Herstellen", "Geben", "Beobachten"]
    assert [r.name for r in p.roles] == ["Ärztin", "Pflegekraft", "Labor"]
    assess = p.step("assess")
    assert (assess.title, assess.patient_summary, assess.clinical_details, assess.presenter_notes) == (
        "Untersuchung {local:stay}", "Sie bleiben {local:stay} und fahren {local:drive}.", "Details DE {local:stay}.",
        "Notizen {local:stay}.")
    assert assess.how_to_prepare == ["Vorbereiten {local:stay}.", "Dann."]
    assert assess.teach_back == ["Wo bleiben Sie {local:stay}?", "Wen rufen Sie an?"]
    assert [(e.role, e.does) for e in assess.care_team] == [
        ("doctor", "Bespricht die Möglichkeiten."), ("nurse", "Nimmt Blut ab.")]
    assert [(t.term, t.aliases, t.definition) for t in p.glossary] == [
        ("Infusion", ["infusions"], "Medizin über einen Tropf."), ("Fieber", ["Fiebers"], "Hohe Körpertemperatur.")]


def test_a_half_given_day_zero_or_booked_day_keeps_the_original_words(tmp_path: Path) -> None:
    path, original = _small_pair(tmp_path, "day_zero: {label: die Infusion, patient_label: der Tag Ihrer Zellen}\n"
                                           "booked_day: {label: Zellentnahme}\n",
                                 "day_zero: {patient_label: der Tag Ihrer Zellen}\nbooked_day: {}\n")
    p = apply_translation(original, load_translation(path, original)).pathway
    assert p.day_zero is not None and (p.day_zero.label, p.day_zero.patient_label) == ("the infusion", "der Tag Ihrer Zellen")
    assert p.booked_day is not None and p.booked_day.label == "cell collection"


def test_a_day_zero_the_original_lacks_is_refused(tmp_path: Path) -> None:
    text = GERMAN.read_text(encoding="utf-8").replace("\nlanguage: de\n", "\nlanguage: de\nday_zero: {label: OP}\n")
    path = tmp_path / "knee.de.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PathwayError) as caught:
        load_translation(path, KNEE)
    assert ("day_zero", "the original has no day_zero to translate") in {(p.path, p.message) for p in caught.value.problems}


def test_sections_left_out_are_named_as_not_translated_yet(tmp_path: Path) -> None:
    # No urgent signs, no glossary and no clinic choices given: each is named, not silently skipped.
    start, end = SMALL_GERMAN.index("urgent_signs:"), SMALL_GERMAN.index("roles:")
    path, original = _small_pair(tmp_path, SMALL_GERMAN[start:end], "")
    text = path.read_text(encoding="utf-8")
    path.write_text(text[:text.index("glossary:")], encoding="utf-8")
    assert _problems(path, original) == [
        ("glossary", "not translated yet: 'infusion', 'fever'; the original text is shown for these"),
        ("local_choices", "not translated yet: 'stay', 'drive'; the original text is shown for these"),
        ("urgent_signs", "not translated yet: 'fever', 'chills'; the original text is shown for these"),
    ]


@pytest.mark.parametrize(
    ("kept", "shown"),
    [
        # Hand-counted: small.yaml has seven steps, in this order.
        (["collect", "make-cells"], "'assess', 'infuse', 'observe', 'not-eligible', 'fever-care'"),
        (["collect"], "'assess', 'make-cells', 'infuse', 'observe', 'not-eligible' and 1 more"),
        ([], "'assess', 'collect', 'make-cells', 'infuse', 'observe' and 2 more"),
    ],
)
def test_a_long_list_of_untranslated_ids_is_shortened(tmp_path: Path, kept: list[str], shown: str) -> None:
    start, end = SMALL_GERMAN.index("steps:"), SMALL_GERMAN.index("glossary:")
    steps = "".join(f"  - {{id: {step}, title: Schritt}}\n" for step in kept)
    path, original = _small_pair(tmp_path, SMALL_GERMAN[start:end], f"steps:\n{steps}" if kept else "")
    assert _problems(path, original) == [("steps", f"not translated yet: {shown}; the original text is shown for these")]


@pytest.mark.parametrize(
    ("old", "new", "problems"),
    [
        ("      - {id: home, label: Zu Hause, text: Sie gehen nach Hause.}\n", "",
         [("local_choices[0].options", "not translated yet: 'home'; the original text is shown for these")]),
        ("{id: home, label: Zu Hause", "{id: hotel, label: Hotel",
         [("local_choices[0].options", "not translated yet: 'home'; the original text is shown for these"),
          ("local_choices[0].options[1].id", "the original has no option 'hotel': left over from an earlier version of the original, not shown")]),
        ("  - {id: chills, text: Schüttelfrost}\n", "  - {id: chills, text: Schüttelfrost}\n  - {id: rash, text: Ausschlag}\n",
         [("urgent_signs[2].id", "the original has no urgent sign 'rash': left over from an earlier version of the original, not shown")]),
        ("  - id: drive\n", "  - id: parking\n",
         [("local_choices", "not translated yet: 'drive'; the original text is shown for these"),
          ("local_choices[1].id", "the original has no local choice 'parking': left over from an earlier version of the original, not shown")]),
        ("  - {id: nurse, name: Pflegekraft}\n", "",
         [("roles", "not translated yet: 'nurse'; the original text is shown for these")]),
        ("  - {id: make, title: Herstellen}\n", "",
         [("phases", "not translated yet: 'make'; the original text is shown for these")]),
    ],
)
def test_choices_signs_roles_and_phases_are_checked_by_id(
    tmp_path: Path, old: str, new: str, problems: list[tuple[str, str]]
) -> None:
    path, original = _small_pair(tmp_path, old, new)
    assert _problems(path, original) == problems


KEEP = "; the app fills them in"


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ('"Eine Temperatur von {temperature} oder höher"', "Fieber",
         ("urgent_signs[0].text", "must keep the original's placeholders exactly ({temperature})" + KEEP)),
        ('title: "Untersuchung {local:stay}"', "title: Untersuchung",
         ("steps[0].title", "must keep the original's placeholders exactly ({local:stay})" + KEEP)),
        ("und fahren {local:drive}.", "und fahren.",
         ("steps[0].patient_summary",
          "must keep the original's placeholders exactly ({local:drive}, {local:stay})" + KEEP)),
        ('"Details DE {local:stay}."', "Details.",
         ("steps[0].clinical_details", "must keep the original's placeholders exactly ({local:stay})" + KEEP)),
        ('"Notizen {local:stay}."', "Notizen.",
         ("steps[0].presenter_notes", "must keep the original's placeholders exactly ({local:stay})" + KEEP)),
        ('"Erstens {local:stay}."', "Erstens.",
         ("steps[0].what_to_expect[0]", "must keep the original's placeholders exactly ({local:stay})" + KEEP)),
        ('"Vorbereiten {local:stay}."', "Vorbereiten.",
         ("steps[0].how_to_prepare[0]", "must keep the original's placeholders exactly ({local:stay})" + KEEP)),
        ('"Frage {local:stay}?"', "Frage?",
         ("steps[0].questions[0]", "must keep the original's placeholders exactly ({local:stay})" + KEEP)),
        ('"Warnung {local:stay}."', "Warnung.",
         ("steps[0].warning_signs[0]", "must keep the original's placeholders exactly ({local:stay})" + KEEP)),
        ('"Wo bleiben Sie {local:stay}?"', "Wo bleiben Sie?",
         ("steps[0].teach_back[0]", "must keep the original's placeholders exactly ({local:stay})" + KEEP)),
        ("wo Sie bleiben.", "wo Sie {bleiben}.",
         ("local_choices[0].unset_text", "must keep the original's placeholders exactly (none)" + KEEP)),
        ("text: Sie gehen nach Hause.}", "text: \"Sie gehen {heim}.\"}",
         ("local_choices[0].options[1].text", "must keep the original's placeholders exactly (none)" + KEEP)),
    ],
)
def test_every_lost_or_added_placeholder_is_located(tmp_path: Path, old: str, new: str, problem: tuple[str, str]) -> None:
    path, original = _small_pair(tmp_path, old, new)
    assert _problems(path, original) == [problem]


def test_unknown_ids_do_not_stop_the_checks_of_the_items_after_them(tmp_path: Path) -> None:
    # An unknown step, choice and option come first; the known ones after them are still checked.
    path, original = _small_pair(tmp_path, "steps:\n  - id: assess\n", "steps:\n  - {id: ghost, title: Geist}\n  - id: assess\n")
    text = path.read_text(encoding="utf-8")
    text = text.replace("local_choices:\n  - id: stay\n",
                        "local_choices:\n  - {id: ghost, unset_text: Geist, options: [{id: ward, text: Station}]}\n"
                        "  - id: stay\n")
    text = text.replace('title: "Untersuchung {local:stay}"', "title: Untersuchung")
    text = text.replace("      - {id: ward,", "      - {id: shed, text: \"Schuppen {x}\"}\n      - {id: ward, label: Nur Wort}\n"
                        "      - {id: wardx,").replace("wo Sie bleiben.", "wo Sie {bleiben}.")
    text = text.replace("    what_to_expect: [\"Erstens {local:stay}.\", Zweitens.]", "    what_to_expect: [Eins.]")
    path.write_text(text, encoding="utf-8")
    assert _problems(path, original) == [
        ("local_choices[0].id", "the original has no local choice 'ghost': left over from an earlier version of the original, not shown"),
        ("local_choices[1].options[0].id", "the original has no option 'shed': left over from an earlier version of the original, not shown"),
        ("local_choices[1].options[2].id", "the original has no option 'wardx': left over from an earlier version of the original, not shown"),
        ("local_choices[1].unset_text", "must keep the original's placeholders exactly (none)" + KEEP),
        ("steps[0].id", "the original has no step 'ghost': left over from an earlier version of the original, not shown"),
        ("steps[1].title", "must keep the original's placeholders exactly ({local:stay})" + KEEP),
        ("steps[1].what_to_expect", "has 1 items; the original has 2, in the same order"),
    ]


def test_a_word_already_shown_for_an_untranslated_entry_is_refused(tmp_path: Path) -> None:
    # 'infusion' now reads 'fever', the word the untranslated 'fever' entry still shows.
    path, original = _small_pair(tmp_path, "  - {id: fever, term: Fieber, aliases: [Fiebers], definition: Hohe Körpertemperatur.}\n", "")
    path.write_text(path.read_text(encoding="utf-8").replace("term: Infusion", "term: fever"), encoding="utf-8")
    assert _problems(path, original) == [
        ("glossary", "'fever' is already the word for 'infusion'; each entry needs a word of its own"),
        ("glossary", "not translated yet: 'fever'; the original text is shown for these"),
    ]


@pytest.mark.parametrize(
    ("review", "message"),
    [
        ("{reviewed: true}", "a reviewed translation needs reviewed_by (the clinician) and reviewed_on (YYYY-MM-DD)"),
        ("{reviewed: true, reviewed_by: Dr A}", "a reviewed translation needs reviewed_by (the clinician) and reviewed_on (YYYY-MM-DD)"),
        ("{reviewed: true, reviewed_on: 2026-05-01}", "a reviewed translation needs reviewed_by (the clinician) and reviewed_on (YYYY-MM-DD)"),
    ],
)
def test_a_review_names_who_and_when(tmp_path: Path, review: str, message: str) -> None:
    path, original = _small_pair(tmp_path, "language: de\n", f"language: de\nreview: {review}\n")
    assert _problems(path, original) == [("review", message)]


def test_a_reviewed_translation_says_so(tmp_path: Path) -> None:
    path, original = _small_pair(tmp_path, "language: de\n", "language: de\nreview: {reviewed: true, reviewed_by: Dr A, "
                                                              "reviewed_on: 2026-05-01}\n")
    assert apply_translation(original, load_translation(path, original)).reviewed is True
    path.write_text(SMALL_GERMAN, encoding="utf-8")
    assert apply_translation(original, load_translation(path, original)).reviewed is False


@pytest.mark.parametrize(
    ("old", "new", "problem"),
    [
        ("title: Kleiner Testweg", "title: " + "T" * 201, ("title", "should have at most 200 characters")),
        ("title: Kleiner Testweg", "title: ''", ("title", "should have at least 1 character")),
        ("disclaimer: Nur zum Testen.", "disclaimer: " + "d" * 4001, ("disclaimer", "should have at most 4000 characters")),
        ("disclaimer: Nur zum Testen.", "disclaimer: ''", ("disclaimer", "should have at least 1 character")),
        ("  - {id: lab, name: Labor}", "  - {id: " + "l" * 81 + ", name: Labor}", ("roles[2].id", "should have at most 80 characters")),
        ("  - {id: lab, name: Labor}", "  - {id: '', name: Labor}", ("roles[2].id", "should have at least 1 character")),
        ("title: Kleiner Testweg", "title: '  Kleiner Testweg  '", None),
    ],
)
def test_text_lengths_are_limited(tmp_path: Path, old: str, new: str, problem: tuple[str, str] | None) -> None:
    path, original = _small_pair(tmp_path, old, new)
    if problem is None:
        # Spaces around a value are not part of it (YAML keeps them inside quotes).
        assert load_translation(path, original).title == "Kleiner Testweg"
        return
    assert problem in _problems(path, original)


# --- translation files beside their original ------------------------------------------------


def test_the_language_is_read_from_the_file_name() -> None:
    from models.translation import translation_language

    assert translation_language(Path("car_t_sle.de.yaml")) == "de"
    assert translation_language(Path("knee.pt-BR.json")) == "pt-BR"
    assert translation_language(Path("car_t_sle.yaml")) is None


@pytest.mark.parametrize(
    ("files", "translation", "original"),
    [
        (["knee.yaml"], "knee.de.yaml", "knee.yaml"),
        (["knee.yaml"], "knee.de.json", "knee.yaml"),
        (["knee.yml"], "knee.de.yaml", "knee.yml"),
        (["knee.json"], "knee.de.yaml", "knee.json"),
        (["knee.json", "knee.yaml"], "knee.de.json", "knee.json"),  # its own kind of file first
        ([], "knee.de.yaml", None),
        (["knee.yaml"], "knee.yaml", None),  # not named like a translation
    ],
)
def test_the_original_is_found_beside_the_translation(
    tmp_path: Path, files: list[str], translation: str, original: str | None
) -> None:
    from models.translation import original_of

    for name in files:
        (tmp_path / name).write_text("id: x\n", encoding="utf-8")
    found = original_of(tmp_path / translation)
    assert found == (None if original is None else tmp_path / original)


def test_a_translation_file_is_told_from_a_pathway(tmp_path: Path) -> None:
    from models.translation import is_translation_file

    assert is_translation_file(BUNDLED_DIR / "car_t_sle.de.yaml") is True
    assert is_translation_file(BUNDLED_DIR / "car_t_sle.yaml") is False
    listed = tmp_path / "list.yaml"
    listed.write_text("- translation_of\n", encoding="utf-8")
    assert is_translation_file(listed) is False
    broken = tmp_path / "broken.de.yaml"
    broken.write_text("translation_of: [unclosed\n", encoding="utf-8")
    assert is_translation_file(broken) is False
    as_json = tmp_path / "knee.de.json"
    as_json.write_text('{"translation_of": "knee-replacement", "language": "de"}', encoding="utf-8")
    assert is_translation_file(as_json) is True


def _knee_pair(tmp_path: Path, translation_text: str | None = None) -> Path:
    (tmp_path / "knee.yaml").write_text(KNEE_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    path = tmp_path / "knee.de.yaml"
    path.write_text(translation_text if translation_text is not None else _complete(tmp_path).read_text(encoding="utf-8"),
                    encoding="utf-8")
    return path


def test_a_translation_file_is_checked_against_the_pathway_beside_it(tmp_path: Path) -> None:
    from models.translation import load_translation_file

    translation, original = load_translation_file(_knee_pair(tmp_path))
    assert (translation.translation_of, translation.language, translation.title) == (
        "knee-replacement", "de", "Geplanter Kniegelenkersatz")
    assert (original.id, original.title) == ("knee-replacement", "Planned knee replacement")


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("knee.de.yaml", "no original pathway found beside it: expected 'knee.yaml'"),
        ("knee_de.yaml", "no original pathway found beside it: expected a file named like 'pathway.de.yaml' "
                         "beside 'pathway.yaml'"),
    ],
)
def test_a_translation_without_its_original_says_what_it_expects(tmp_path: Path, name: str, message: str) -> None:
    from models.translation import load_translation_file

    path = tmp_path / name
    path.write_text(GERMAN.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(PathwayError) as caught:
        load_translation_file(path)
    assert [(p.file, p.line, p.path, p.message) for p in caught.value.problems] == [(str(path), 1, "translation_of", message)]


@pytest.mark.parametrize(
    ("bad_transitions", "count"),
    [
        ("  - {from: nowhere, to: rehab}\n", "1 problem"),
        ("  - {from: nowhere, to: rehab}\n  - {from: ghost, to: rehab}\n", "2 problems"),
    ],
)
def test_a_broken_original_is_named_with_its_problem_count(tmp_path: Path, bad_transitions: str, count: str) -> None:
    from models.translation import load_translation_file

    path = _knee_pair(tmp_path)
    text = KNEE_FILE.read_text(encoding="utf-8").replace("transitions:\n", "transitions:\n" + bad_transitions)
    (tmp_path / "knee.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(PathwayError) as caught:
        load_translation_file(path)
    assert [(p.line, p.path, p.message) for p in caught.value.problems] == [
        (1, "translation_of", f"its original {tmp_path / 'knee.yaml'} has {count}; validate that file first")]


def test_lint_warns_of_untranslated_ids_and_a_missing_review(tmp_path: Path) -> None:
    from models.translation import lint_translation

    # The test file leaves out the wound step (line 16 holds 'steps:') and is not reviewed (line 5).
    path = _knee_pair(tmp_path, GERMAN.read_text(encoding="utf-8"))
    assert [(p.file, p.line, p.path, p.message) for p in lint_translation(path)] == [
        (str(path), 5, "review", "no clinician has checked this translation yet; the app says so wherever it is shown"),
        (str(path), 16, "steps", "not translated yet: 'wound-problem'; the original text is shown for these"),
    ]
    reviewed = GERMAN.read_text(encoding="utf-8").replace(
        "review: {reviewed: false}", "review: {reviewed: true, reviewed_by: Dr A, reviewed_on: 2026-05-01}")
    path.write_text(reviewed, encoding="utf-8")
    assert [(p.line, p.path) for p in lint_translation(path)] == [(16, "steps")]


def test_lint_refuses_a_translation_that_cannot_be_shown(tmp_path: Path) -> None:
    from models.translation import lint_translation

    path = _knee_pair(tmp_path, GERMAN.read_text(encoding="utf-8").replace("  - id: ward\n", "  - id: rehab\n"))
    with pytest.raises(PathwayError) as caught:
        lint_translation(path)
    # Every problem, the untranslated ones too, in file order.
    assert [(p.line, p.path, p.message) for p in caught.value.problems] == [
        (16, "steps", "not translated yet: 'ward', 'wound-problem'; the original text is shown for these"),
        (30, "steps[4].id", "'rehab' is translated twice"),
    ]


def test_lint_warns_about_a_step_the_original_no_longer_has(tmp_path: Path) -> None:
    # Left over from before the step was deleted: the translation is still shown, and
    # lint says which words nobody will see.
    from models.translation import lint_translation

    path = _knee_pair(tmp_path, GERMAN.read_text(encoding="utf-8").replace("  - id: ward\n", "  - id: day-case-unit\n"))
    assert (28, "steps[3].id", "the original has no step 'day-case-unit'" + LEFT_OVER) in [
        (p.line, p.path, p.message) for p in lint_translation(path)]


def test_an_opened_translation_that_cannot_be_used_keeps_every_problem_in_order(tmp_path: Path) -> None:
    from models.translation import open_translation

    path = _knee_pair(tmp_path, GERMAN.read_text(encoding="utf-8").replace("translation_of: knee-replacement",
                                                                          "translation_of: hip"))
    opened = open_translation(path, KNEE)
    assert opened.translated is None
    assert [(p.line, p.path, p.message) for p in opened.problems] == [
        (3, "translation_of", "this translates 'hip', not 'knee-replacement'"),
        (16, "steps", "not translated yet: 'wound-problem'; the original text is shown for these"),
    ]


def test_a_translation_is_read_only_once_loaded(tmp_path: Path) -> None:
    from pydantic import ValidationError

    path, original = _small_pair(tmp_path)
    translation = load_translation(path, original)
    with pytest.raises(ValidationError):
        translation.title = "Anders"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        translation.review.reviewed = True  # type: ignore[misc]
    knee = load_translation(_complete(tmp_path), KNEE)
    with pytest.raises(ValidationError):
        knee.transitions[0].label = "Anders"  # type: ignore[misc]
    # What the window keeps is read-only too: a view cannot change it for the others.
    from dataclasses import FrozenInstanceError

    from models.translation import open_translation

    opened = open_translation(path, original)
    assert opened.translated is not None
    with pytest.raises(FrozenInstanceError):
        opened.translated.reviewed = True  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        opened.problems = []  # type: ignore[misc]


def test_a_json_translation_must_be_plain_json(tmp_path: Path) -> None:
    from models.translation import is_translation_file, open_translation

    # A trailing comma: YAML would take it, a .json file must be JSON every other tool reads.
    path = tmp_path / "knee.de.json"
    path.write_text('{"translation_of": "knee-replacement", "language": "de", "title": "Knie",}\n', encoding="utf-8")
    problem = (1, "(file)", "not valid JSON: Expecting property name enclosed in double quotes (column 74)")
    assert is_translation_file(path) is False
    with pytest.raises(PathwayError) as caught:
        load_translation(path, KNEE)
    assert [(p.line, p.path, p.message) for p in caught.value.problems] == [problem]
    assert [(p.line, p.path, p.message) for p in open_translation(path, KNEE).problems] == [problem]


def test_the_exported_schema_explains_and_limits_the_fields() -> None:
    # What `pathway-viewer schema --translation` gives an editor: the help shown beside each
    # field and the lengths it enforces while the translator types (table written by hand).
    from models.translation import Translation

    schema = Translation.model_json_schema(by_alias=True)
    props, defs = schema["properties"], schema["$defs"]
    review, term = defs["TranslationReview"]["properties"], defs["_Term"]["properties"]
    assert {
        "translation_of": props["translation_of"]["description"],
        "glossary": props["glossary"]["description"],
        "reviewed": review["reviewed"]["description"],
        "term id": term["id"]["description"],
        "aliases": term["aliases"]["description"],
    } == {
        "translation_of": "The id of the pathway this translates",
        "glossary": "The pathway's own glossary words, by the original's term",
        "reviewed": "Whether a clinician has checked this translation",
        "term id": "The original's term, exactly as the pathway's glossary spells it",
        "aliases": "Other forms as the translated text uses them (plurals, cases); left out: the original's aliases are kept",
    }
    assert review["reviewed"]["default"] is False
    limits = {
        "id": props["translation_of"],
        "short": props["title"]["anyOf"][0],
        "text": props["disclaimer"]["anyOf"][0],
    }
    assert {kind: (limit["minLength"], limit["maxLength"]) for kind, limit in limits.items()} == {
        "id": (1, 80), "short": (1, 200), "text": (1, 4000)}



KNEE_DE = Path(__file__).parent / "data" / "knee_surgery.de.yaml"


def _language_problems(tmp_path: Path, name: str) -> list[tuple[int, str]]:
    path = tmp_path / name
    path.write_text(KNEE_DE.read_text(encoding="utf-8"), encoding="utf-8")
    with pytest.raises(PathwayError) as refused:  # the file leaves one step untranslated
        load_translation(path, load_pathway(KNEE_DE.with_name("knee_surgery.yaml")))
    return [(p.line, p.message) for p in refused.value.problems if p.path == "language"]


def test_a_translation_named_for_one_language_must_say_that_language(tmp_path: Path) -> None:
    # A file named .it.yaml that said "language: fr" printed a "French" handout when
    # Italian was asked for: the app finds a translation by its name.
    line = KNEE_DE.read_text(encoding="utf-8").splitlines().index("language: de") + 1
    assert _language_problems(tmp_path, "knee_surgery.it.yaml") == [
        (line, "the file name says 'it' but this says 'de'; rename the file or correct the language "
               "(the app finds a translation as name.<language>.yaml)")]
    # The same language with a region named, or a name without a language: nothing to say.
    assert _language_problems(tmp_path, "knee_surgery.de-CH.yaml") == []
    assert _language_problems(tmp_path, "knee.yaml") == []


def test_a_mistyped_id_is_refused_with_the_id_meant_not_taken_for_a_left_over(tmp_path: Path) -> None:
    # 'wards' for 'ward' was shown as "left over from an earlier version": the step then
    # stayed in the original language with only a note.
    from models.translation import open_translation

    path = _knee_pair(tmp_path, GERMAN.read_text(encoding="utf-8").replace("  - id: ward\n", "  - id: wards\n"))
    opened = open_translation(path, KNEE)
    assert opened.translated is None
    assert ("steps[3].id", "the original has no step 'wards' (did you mean 'ward'?)") in [
        (p.path, p.message) for p in opened.problems]
