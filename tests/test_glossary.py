"""The glossary: loading it, and finding its terms in running text (models.glossary)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from models import Pathway, PathwayError, load_pathway
from models.glossary import Glossary, Term, load_glossary, pathway_glossary
from pathway_files import load_text, small_data, to_yaml

DATA = Path(__file__).parent / "data"


@pytest.fixture
def glossary() -> Glossary:
    return load_glossary(DATA / "glossary_small.yaml")


def found(glossary: Glossary, text: str) -> list[tuple[str, str]]:
    return [(text[start:end], term.term) for start, end, term in glossary.find_terms(text)]


def test_terms_are_found_case_insensitively_with_their_aliases(glossary: Glossary) -> None:
    assert found(glossary, "Your t cells go back in by Infusion.") == [
        ("t cells", "T cell"),
        ("Infusion", "infusion"),
    ]


def test_the_longest_phrase_wins_and_matches_never_overlap(glossary: Glossary) -> None:
    text = "CAR T cells are T cells. CAR-T cell makers"
    assert found(glossary, text) == [("CAR T cells", "CAR T cell"), ("T cells", "T cell"), ("CAR-T cell", "CAR T cell")]


def test_only_whole_words_match(glossary: Glossary) -> None:
    assert found(glossary, "The dripping tap; CRSP; feverish; remissions") == []
    assert found(glossary, "(CRS), drip. fever!") == [("CRS", "CRS"), ("drip", "drip"), ("fever", "fever")]


def test_a_line_break_or_hyphen_inside_a_phrase_still_matches(glossary: Glossary) -> None:
    text = "cytokine\nrelease-syndrome"
    assert found(glossary, text) == [(text, "CRS")]


def test_positions_index_the_original_text(glossary: Glossary) -> None:
    text = "Ask about ICANS."
    ((start, end, term),) = glossary.find_terms(text)
    assert (start, end) == (10, 15) and term.definition.startswith("A side effect")


def test_empty_text_and_empty_glossary_find_nothing(glossary: Glossary) -> None:
    assert glossary.find_terms("") == []
    assert Glossary().find_terms("CRS and ICANS") == []


def test_terms_used_depend_on_the_audience(glossary: Glossary, small_pathway_file: Path) -> None:
    pathway = load_pathway(small_pathway_file)
    patient = [t.term for t in glossary.terms_used(pathway, "patient")]
    clinician = [t.term for t in glossary.terms_used(pathway, "clinician")]
    # "Monitoring for CRS and ICANS" is in the clinical details only.
    assert "CRS" not in patient and "ICANS" not in patient
    assert {"CRS", "ICANS"} <= set(clinician)
    assert {"infusion", "drip", "fever"} <= set(patient)
    assert "remission" not in clinician  # the small pathway never says it
    assert patient == sorted(patient, key=str.casefold)


def test_the_bundled_glossary_loads_and_covers_the_bundled_pathway() -> None:
    from models import bundled_pathway
    from models.glossary import bundled_glossary

    # A packaging mistake that drops a bundled file must fail here, never skip.
    assert bundled_glossary().is_file(), "resources/glossary.yaml is not packaged"
    assert bundled_pathway().is_file(), "resources/pathways/car_t_sle.yaml is not packaged"
    shared = load_glossary()
    assert len(shared.terms) >= 20
    pathway = load_pathway(bundled_pathway())
    glossary = pathway_glossary(shared, pathway)
    assert glossary is not None
    used = {t.term for t in glossary.terms_used(pathway, "patient")}
    assert {"CRS", "ICANS", "leukapheresis", "lymphodepletion"} <= used


def test_unknown_fields_are_refused_with_their_line(tmp_path: Path) -> None:
    bad = tmp_path / "g.yaml"
    bad.write_text("terms:\n  - term: CRS\n    definiton: typo\n", encoding="utf-8")
    with pytest.raises(PathwayError) as excinfo:
        load_glossary(bad)
    lines = {(p.line, p.path) for p in excinfo.value.problems}
    assert (3, "terms[0].definiton") in lines
    assert any(p.path == "terms[0].definition" for p in excinfo.value.problems)  # missing


def test_unreadable_glossaries_are_refused_plainly(tmp_path: Path) -> None:
    with pytest.raises(PathwayError, match="does not exist"):
        load_glossary(tmp_path / "missing.yaml")
    broken = tmp_path / "broken.yaml"
    broken.write_text("terms: [\n", encoding="utf-8")
    with pytest.raises(PathwayError):
        load_glossary(broken)


def test_a_phrase_must_start_with_a_word(tmp_path: Path) -> None:
    bad = tmp_path / "g.yaml"
    bad.write_text("terms:\n  - term: CRS\n    aliases: ['(CRS)']\n    definition: A side effect.\n", encoding="utf-8")
    with pytest.raises(PathwayError) as excinfo:
        load_glossary(bad)
    assert [p.path for p in excinfo.value.problems] == ["terms[0].aliases[0]"]


def test_a_json_glossary_is_read_as_json(tmp_path: Path) -> None:
    path = tmp_path / "g.JSON"
    path.write_text('{"terms": [{"term": "CRS", "definition": "Fever and low blood pressure."}]}',
                    encoding="utf-8")
    assert load_glossary(path).terms[0].definition == "Fever and low blood pressure."
    # Single quotes are fine in YAML but not in JSON: a .json glossary must be real JSON.
    path.write_text("{'terms': []}", encoding="utf-8")
    with pytest.raises(PathwayError):
        load_glossary(path)
    assert load_glossary(path.rename(tmp_path / "g.yaml")).terms == []


def test_a_glossary_file_holding_null_has_no_terms(tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text("# nothing yet\n~\n", encoding="utf-8")  # YAML null: no terms
    assert load_glossary(path).terms == []


def test_a_folder_is_refused_as_a_glossary_plainly(tmp_path: Path) -> None:
    with pytest.raises(PathwayError) as excinfo:
        load_glossary(tmp_path)
    [problem] = excinfo.value.problems
    assert (problem.file, problem.line, problem.path) == (str(tmp_path), 1, "(file)")
    assert problem.message == "the glossary cannot be read: Is a directory"


def test_a_missing_glossary_is_one_located_problem(tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    with pytest.raises(PathwayError) as excinfo:
        load_glossary(missing)
    assert [(p.file, p.line, p.path, p.message) for p in excinfo.value.problems] == [
        (str(missing), 1, "(file)", "the glossary file does not exist")]


def test_a_glossary_inside_a_zip_is_named_by_its_file_name(tmp_path: Path) -> None:
    # A zipped install hands over a Traversable, not a path: problems name its file.
    import zipfile

    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("glossary.yaml", "terms:\n  - term: CRS\n")
    with pytest.raises(PathwayError) as excinfo:
        load_glossary(zipfile.Path(archive, "glossary.yaml"))
    assert [(p.file, p.line, p.path) for p in excinfo.value.problems] == [("glossary.yaml", 2, "terms[0].definition")]


def test_phrases_are_trimmed_and_one_to_120_characters_long() -> None:
    from pydantic import ValidationError

    from models.glossary import Term

    assert Term(term="  CRS \n", aliases=[" T "], definition=" A side effect. ").phrases == ["CRS", "T"]
    assert Term(term="x" * 120, definition="Long.").term == "x" * 120
    with pytest.raises(ValidationError):
        Term(term="x" * 121, definition="Too long.")
    with pytest.raises(ValidationError):
        Term(term="CRS", definition="A side effect.", defintion="typo")


def test_a_loaded_glossary_cannot_be_changed_behind_its_index(glossary: Glossary) -> None:
    from pydantic import ValidationError

    assert found(glossary, "fever") == [("fever", "fever")]
    with pytest.raises(ValidationError):
        glossary.terms = []
    # nor can one of its terms: the index holds each term's phrases as they were loaded
    fever = next(t for t in glossary.terms if t.term == "fever")
    with pytest.raises(ValidationError):
        fever.aliases = ["temperature"]
    assert found(glossary, "fever, temperature") == [("fever", "fever")]


def test_the_shared_glossary_names_no_disease_or_treatment() -> None:
    # Every pathway reads the shared words: a lymphoma handout once explained relapse as
    # "when lupus comes back". Disease words live in each pathway's own glossary.
    text = bundled_glossary_text().casefold()
    for word in ("lupus", "sle", "car t", "car-t", "cd19", "crs", "icans", "lymphoma", "sclerosis"):
        assert f" {word}" not in text.replace("\n", " ")


def bundled_glossary_text() -> str:
    # Read through the loader: the file's comment lines may name what does NOT belong in it.
    return "\n".join(t.term + " " + " ".join(t.aliases) + " " + t.definition for t in load_glossary().terms)


def test_a_pathway_word_replaces_the_shared_word_of_the_same_name(small_pathway_file: Path) -> None:
    from models import load_pathway
    from models.glossary import Term, merge_glossaries

    shared = Glossary(terms=[Term(term="Relapse", aliases=["relapses"], definition="When an illness comes back."),
                             Term(term="drip", definition="A tube into a vein.")])
    own = [Term(term="relapse", definition="A new attack of MS symptoms.")]
    merged = merge_glossaries(shared, own, language="en")
    assert merged is not None
    assert [(t.term, t.definition) for t in merged.terms] == [
        ("relapse", "A new attack of MS symptoms."), ("drip", "A tube into a vein.")]
    # The replaced word's aliases went with it.
    assert found(merged, "two relapses, a drip") == [("drip", "drip")]
    # A pathway without words of its own reads the shared glossary as it is.
    assert pathway_glossary(shared, load_pathway(small_pathway_file)) is shared


def test_the_bundled_pathway_brings_its_own_disease_words() -> None:
    from models import bundled_pathway, load_pathway

    pathway = load_pathway(bundled_pathway())
    glossary = pathway_glossary(load_glossary(), pathway)
    assert glossary is not None
    by_name = {t.term: t.definition for t in glossary.terms}
    assert by_name["relapse"] == "When lupus comes back after a time of remission."
    assert by_name["drip"] == "A tube into a vein that lets liquid flow slowly into your body."
    assert len(glossary.terms) == 55
    assert {t.term: t.definition for t in load_glossary().terms}["relapse"] == (
        "When an illness comes back or gets worse again after a quiet time.")


# --- which words a pathway's reader gets (pathway_glossary) ----------------------------------

SHARED = Glossary(language="en", terms=[Term(term="drip", definition="A tube into a vein.")])


def pathway_with_words(language: str, words: dict[str, str]) -> Pathway:
    data = small_data()
    data["language"] = language
    data["glossary"] = [{"term": term, "definition": definition} for term, definition in words.items()]
    return load_text(to_yaml(data))


def names(glossary: Glossary | None) -> list[str]:
    assert glossary is not None
    return [t.term for t in glossary.terms]


def test_with_no_pathway_open_the_shared_words_are_used() -> None:
    assert pathway_glossary(SHARED, None) is SHARED


def test_the_shared_words_are_laid_only_over_a_pathway_in_their_language() -> None:
    # British English is still English: the shared English words stay.
    british = pathway_with_words("en-GB", {"relapse": "When an illness comes back."})
    assert names(pathway_glossary(SHARED, british)) == ["relapse", "drip"]
    # A German reader gets only the pathway's own words, and the merged glossary says German.
    german = pathway_glossary(SHARED, pathway_with_words("de", {"Rückfall": "Wenn die Krankheit wiederkommt."}))
    assert names(german) == ["Rückfall"]
    assert german is not None and german.language == "de"
    # A shared German list serves a Swiss German pathway.
    shared_de = Glossary(language="de", terms=[Term(term="Tropf", definition="Ein Schlauch in eine Vene.")])
    swiss = pathway_with_words("de-CH", {"Rückfall": "Wenn die Krankheit wiederkommt."})
    assert names(pathway_glossary(shared_de, swiss)) == ["Rückfall", "Tropf"]


def test_of_several_shared_lists_a_pathway_gets_the_one_in_its_language() -> None:
    shared_de = Glossary(language="de", terms=[Term(term="Tropf", definition="Ein Schlauch in eine Vene.")])
    both = (SHARED, shared_de)
    swiss = pathway_with_words("de-CH", {"Rückfall": "Wenn die Krankheit wiederkommt."})
    assert names(pathway_glossary(both, swiss)) == ["Rückfall", "Tropf"]
    assert names(pathway_glossary(both, pathway_with_words("en", {}))) == ["drip"]
    # No list in the pathway's language: only its own words.
    assert names(pathway_glossary(both, pathway_with_words("fr", {"rechute": "Le retour de la maladie."}))) == ["rechute"]
    assert pathway_glossary(both, None) is SHARED


def test_every_bundled_glossary_is_in_the_language_its_name_says() -> None:
    from models.glossary import bundled_glossaries, load_bundled_glossaries

    sources = bundled_glossaries()
    loaded = load_bundled_glossaries()
    assert [source.name for source in sources][:2] == ["glossary.yaml", "glossary.de.yaml"]
    for source, glossary in zip(sources, loaded, strict=True):
        parts = source.name.split(".")
        assert glossary.language == (parts[1] if len(parts) == 3 else "en"), source.name
        assert glossary.terms, source.name
    # The German list explains the same general words as the English one, one for one.
    assert len(loaded[1].terms) == len(loaded[0].terms)


def test_the_merged_words_are_made_once_for_the_pathway_shown() -> None:
    # Every paint of the details panel asks for the merged glossary: asking again for the
    # same pathway and shared list gives the very same glossary, not a new merge.
    first_pathway = pathway_with_words("en", {"relapse": "When an illness comes back."})
    merged = pathway_glossary(SHARED, first_pathway)
    assert names(merged) == ["relapse", "drip"]
    assert pathway_glossary(SHARED, first_pathway) is merged
    # Another shared list for the same pathway (a clinic's own file) gives its words.
    clinic = Glossary(language="en", terms=[Term(term="fever", definition="A high body heat.")])
    assert names(pathway_glossary(clinic, first_pathway)) == ["relapse", "fever"]
    # Another pathway with that list gets its own words, and so does the first one again.
    second_pathway = pathway_with_words("en", {"flare": "A time when the illness is worse."})
    assert names(pathway_glossary(clinic, second_pathway)) == ["flare", "fever"]
    assert names(pathway_glossary(clinic, first_pathway)) == ["relapse", "fever"]


def test_spaces_around_the_language_tag_are_ignored(tmp_path: Path) -> None:
    # As in pathway files: a hand-edited JSON file may leave a space inside the quotes.
    path = tmp_path / "g.json"
    path.write_text('{"language": " de-CH ", "terms": []}', encoding="utf-8")
    assert load_glossary(path).language == "de-CH"


def test_an_empty_phrase_is_refused_as_empty(tmp_path: Path) -> None:
    # "at least 1 character" says what is wrong; the first-word pattern's message would not.
    path = tmp_path / "g.yaml"
    path.write_text("terms:\n  - term: CRS\n    aliases: ['  ']\n    definition: A side effect.\n", encoding="utf-8")
    with pytest.raises(PathwayError) as excinfo:
        load_glossary(path)
    assert [(p.line, p.path, p.message) for p in excinfo.value.problems] == [
        (3, "terms[0].aliases[0]", "String should have at least 1 character")]


def test_a_glossary_from_the_cache_builds_no_validator() -> None:
    # The bundled glossary starts from a validated cache (core/bundled_cache.py) built with
    # model_construct: building pydantic's validators (and its plugin scan) at import would
    # cost the first paint. pydantic.plugin._loader is imported when the first one is built.
    code = (
        "import sys\n"
        "from models.glossary import Glossary, Term\n"
        "Glossary.model_construct(language='en', terms=[Term.model_construct(term='CRS', aliases=[], definition='x')])\n"
        "print('pydantic.plugin._loader' in sys.modules)\n"
        "Glossary.model_validate({})\n"
        "print('pydantic.plugin._loader' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, env=env,
                         timeout=60, check=True)
    # and the first validation does build them (the probe can tell)
    assert out.stdout.split() == ["False", "True"]


def test_the_exported_schema_explains_a_pathways_glossary_words(capsys: pytest.CaptureFixture[str]) -> None:
    # `pathway-viewer schema` is what an editor shows as help beside each field of a
    # pathway's own `glossary` section (the words written here by hand).
    from pathway_viewer.cli.commands import main

    assert main(["schema"]) == 0
    term = json.loads(capsys.readouterr().out)["$defs"]["Term"]["properties"]
    assert (term["term"]["description"], term["aliases"]["description"]) == (
        "The word or phrase as shown in the glossary", "Other spellings and plurals")
    assert (term["term"]["minLength"], term["term"]["maxLength"], term["term"]["pattern"]) == (1, 120, "^\\w")
