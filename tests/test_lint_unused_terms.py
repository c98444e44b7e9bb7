"""`pathway-viewer lint` names a glossary term the pathway's text never uses as a word.

The tester's German file defines "Aplasie", but its text says only "Aplasiephase": the
views mark whole words, so the definition is never shown. Compounds are not searched on
purpose (a false match in medical text is worse than none); the author adds the form
used to the term's aliases.
"""

from __future__ import annotations

import io
from pathlib import Path

from models.lint import run
from pathway_files import DATA, line_of

GERMAN = DATA / "stammzelltransplantation_de.yaml"
UNUSED = ("the glossary term '{}' is never found as a word in the pathway's text, so it is never explained "
          "where it is read: add the form the text uses (a plural, a compound word) to its aliases, or remove the term")


def glossary_lines(path: Path) -> list[str]:
    out = io.StringIO()
    run([path], out)
    return [line for line in out.getvalue().splitlines() if ": glossary[" in line]


def test_a_term_found_only_inside_compound_words_is_named_at_its_entry() -> None:
    text = GERMAN.read_text(encoding="utf-8")
    assert "Aplasiephase" in text and line_of(text, "- term: Aplasie") == 217
    # "Konditionierung" stands alone in a step's clinical details ("Konditionierung nach
    # Protokoll"): clinicians see it marked, so it is used.
    assert glossary_lines(GERMAN) == [f"{GERMAN}:217: glossary[0].term: {UNUSED.format('Aplasie')}"]


def test_the_compound_as_an_alias_makes_the_term_used(tmp_path: Path) -> None:
    text = GERMAN.read_text(encoding="utf-8").replace(
        "  - term: Aplasie\n", "  - term: Aplasie\n    aliases: [Aplasiephase]\n")
    path = tmp_path / "aplasie.yaml"
    path.write_text(text, encoding="utf-8")
    assert glossary_lines(path) == []


def test_a_term_used_in_another_terms_definition_or_a_source_is_used(tmp_path: Path) -> None:
    text = GERMAN.read_text(encoding="utf-8").replace(
        "    definition: Die starke Vorbehandlung vor der Übertragung der Stammzellen.",
        "    definition: Die starke Vorbehandlung vor der Übertragung der Stammzellen, bis zur Aplasie.")
    path = tmp_path / "in_definition.yaml"
    path.write_text(text, encoding="utf-8")
    assert glossary_lines(path) == []
    # "Testdaten" is in the source's citation only ("... Stammzelltransplantation (Testdaten). 2026.").
    text = GERMAN.read_text(encoding="utf-8").replace("  - term: Aplasie\n", "  - term: Testdaten\n")
    assert text.count("Testdaten") == 3  # the comment on line 1, the citation, the term
    path.write_text(text, encoding="utf-8")
    assert glossary_lines(path) == []


def test_a_term_nothing_uses_in_an_english_file_too(tmp_path: Path) -> None:
    text = (DATA / "knee_surgery.yaml").read_text(encoding="utf-8")
    assert "\nglossary:" not in text and "meniscus" not in text.lower()
    path = tmp_path / "knee.yaml"
    path.write_text(text + "glossary:\n  - term: meniscus\n    definition: A pad of cartilage in the knee.\n",
                    encoding="utf-8")
    assert glossary_lines(path) == [f"{path}:{line_of(path.read_text(encoding='utf-8'), '- term: meniscus')}: "
                                    f"glossary[0].term: {UNUSED.format('meniscus')}"]
