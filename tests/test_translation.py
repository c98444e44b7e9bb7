"""Translations of pathway content: parity with located problems, field-by-field fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from models import PathwayError, load_pathway
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
        ("  - id: ward\n", "  - id: wards\n", "steps[3].id", "the original has no step 'wards'"),
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
    assert [(p.path, p.message) for p in opened.problems] == [
        ("urgent_signs[0]", "the translated pathway is not valid: a sign with temperature_c needs '{temperature}' "
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
        ("  - id: cytokine\n", "  - id: cytokines\n", "glossary[36].id", "the original has no glossary term 'cytokines'"),
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


def test_the_booked_day_label_is_translated(tmp_path: Path) -> None:
    path = _bundled_german(tmp_path, "\nurgent_signs:\n", "\nbooked_day: {label: Zellsammlung}\n\nurgent_signs:\n")
    german = apply_translation(CAR_T, load_translation(path, CAR_T)).pathway
    assert german.booked_day is not None
    assert (german.booked_day.label, german.booked_day.steps) == ("Zellsammlung", ["leukapheresis"])


def test_a_booked_day_the_original_lacks_is_refused(tmp_path: Path) -> None:
    text = GERMAN.read_text(encoding="utf-8").replace("\nlanguage: de\n", "\nlanguage: de\nbooked_day: {label: Termin}\n")
    path = tmp_path / "knee.de.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PathwayError) as caught:
        load_translation(path, KNEE)
    assert ("booked_day", "the original has no booked_day to translate") in {(p.path, p.message) for p in caught.value.problems}
