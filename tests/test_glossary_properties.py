"""Properties of glossary matching (models.glossary) that a real mistake would break.

The expected matches come from a brute-force scan of the generated text, written here,
not from the matcher under test: the longest phrase at each word is covered by a result
at least as long (the longest match wins, whichever starts first), results never
overlap, and each result really is one of its term's phrases as whole words.
"""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from models import load_pathway
from models.glossary import Glossary, Term, load_glossary

DATA = Path(__file__).parent / "data"
# Words of one length, so "longest phrase" and "longest match" mean the same thing.
WORDS = ["car", "cel", "the", "rex", "ivy"]
JOINERS = [" ", "-", "\n", "  ", "\u2011"]  # a phrase may span these
BREAKS = [", ", ". ", " (", ") ", "; "]  # and never these


def term(phrase: str, *aliases: str) -> Term:
    return Term(term=phrase, aliases=list(aliases), definition=f"About {phrase}.")


phrases = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)


@st.composite
def glossaries(draw: st.DrawFn) -> Glossary:
    entries = draw(st.lists(st.lists(phrases, min_size=1, max_size=3, unique=True), min_size=1, max_size=5))
    return Glossary(terms=[term(p[0], *p[1:]) for p in entries])


@st.composite
def texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS + [w.upper() for w in WORDS] + ["xcarx"]), min_size=0, max_size=14))
    out = ""
    for i, word in enumerate(words):
        out += word + (draw(st.sampled_from(JOINERS + BREAKS)) if i < len(words) - 1 else "")
    return out


def occurrences(glossary: Glossary, text: str) -> list[tuple[int, int, str]]:
    """Every (start, end, term) where one of a term's phrases occurs as whole words."""
    tokens = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"\w+", text)]
    found = []
    for t in glossary.terms:
        for phrase in t.phrases:
            want = phrase.lower().replace("-", " ").split()
            for i in range(len(tokens) - len(want) + 1):
                run = tokens[i : i + len(want)]
                gaps = [text[a[1] : b[0]] for a, b in zip(run, run[1:])]
                if [w for _, _, w in run] == want and all(g and set(g) <= set(" -\n\u2011") for g in gaps):
                    found.append((run[0][0], run[-1][1], t.term))
    return found


@settings(max_examples=150, deadline=None)
@given(glossaries(), texts())
@example(Glossary(terms=[term("rex", "rex car rex")]), "rex car rex car  rex")  # found by hypothesis
def test_the_longest_match_wins_and_no_occurrence_is_missed(glossary: Glossary, text: str) -> None:
    results = glossary.find_terms(text)
    spans = [(start, end) for start, end, _ in results]
    assert spans == sorted(spans)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:])), "matches overlap"
    # As find_terms documents: at each word only the longest phrase there is a candidate,
    # and among overlapping candidates the longest wins.
    longest_at: dict[int, tuple[int, int, str]] = {}
    for s, e, name in occurrences(glossary, text):
        if s not in longest_at or e > longest_at[s][1]:
            longest_at[s] = (s, e, name)
    candidates = list(longest_at.values())
    for start, end, found_term in results:
        assert (start, end) in {(s, e) for s, e, _ in candidates}, (start, end)
        assert any((s, e, name) == (start, end, found_term.term) for s, e, name in occurrences(glossary, text))
    for s, e, name in candidates:
        assert any(start < e and s < end and end - start >= e - s for start, end, _ in results), (
            f"{text[s:e]!r} ({name}) is longer than every match covering it")


def test_a_longer_match_starting_later_beats_a_shorter_one_starting_first() -> None:
    glossary = Glossary(terms=[term("T cell"), term("cell therapy")])
    text = "A CAR T cell therapy."
    assert [(text[s:e], t.term) for s, e, t in glossary.find_terms(text)] == [("cell therapy", "cell therapy")]


def test_at_one_place_the_longest_phrase_wins_in_any_order() -> None:
    for glossary in (Glossary(terms=[term("T cell"), term("T cell therapy")]),
                     Glossary(terms=[term("T cell therapy"), term("T cell")])):
        text = "The T cell therapy works"
        assert [(text[s:e], t.term) for s, e, t in glossary.find_terms(text)] == [
            ("T cell therapy", "T cell therapy")]


def test_every_place_a_reader_sees_text_is_searched_for_terms() -> None:
    """Each part of the pathway a reader sees gets its own made-up word; the glossary finds
    each one where the reader meets it, and nowhere the reader does not look."""
    pathway = load_pathway(DATA / "small.yaml")
    data = pathway.model_dump(by_alias=True)
    data["title"] += " zqtitle"
    data["condition"] += " zqcondition"
    data["disclaimer"] += " zqdisclaimer"
    data["roles"][0]["name"] = "zqrolename"
    data["roles"][1]["description"] += " zqroledescription"
    data["phases"][0]["title"] = "zqphasetitle"
    data["phases"][1]["description"] = "zqphasedescription"
    data["transitions"][1]["label"] = "zqlabel"
    data["steps"][5]["title"] = "zqsteptitle"
    data["steps"][0]["clinical_details"] += " zqclinical"
    data["steps"][0]["what_to_expect"].append("zqexpect")
    data["sources"][0]["citation"] += " zqsource"
    seen = type(pathway).model_validate(data)
    words = ["zqtitle", "zqcondition", "zqdisclaimer", "zqrolename", "zqroledescription", "zqphasetitle",
             "zqphasedescription", "zqlabel", "zqsteptitle", "zqclinical", "zqexpect", "zqsource"]
    glossary = Glossary(terms=[term(w) for w in words])
    patient = [t.term for t in glossary.terms_used(seen, "patient")]
    clinician = [t.term for t in glossary.terms_used(seen, "clinician")]
    everywhere = ["zqcondition", "zqdisclaimer", "zqexpect", "zqlabel", "zqphasedescription", "zqphasetitle",
                  "zqroledescription", "zqrolename", "zqsteptitle", "zqtitle"]
    assert patient == everywhere  # alphabetical; clinical details and citations are not for patients
    assert clinician == sorted(everywhere + ["zqclinical"])  # citations are never glossary text


def test_terms_used_are_sorted_without_regard_to_case() -> None:
    pathway = load_pathway(DATA / "small.yaml")
    glossary = Glossary(terms=[term("nurse"), term("Doctor"), term("blood"), term("Laboratory")])
    assert [t.term for t in glossary.terms_used(pathway, "patient")] == ["blood", "Doctor", "Laboratory", "nurse"]


def test_a_phrase_across_a_line_break_or_hyphen_matches_but_not_across_a_comma() -> None:
    glossary = load_glossary(DATA / "glossary_small.yaml")
    assert [t.term for _, _, t in glossary.find_terms("cytokine release\u2011syndrome")] == ["CRS"]
    assert [t.term for _, _, t in glossary.find_terms("cytokine, release syndrome")] == []


def test_only_the_longest_phrase_at_a_word_is_a_candidate() -> None:
    # At "B" the longest phrase is "B C D"; it loses to the longer "D E F G", and the
    # shorter "B C" at the same word is not tried again (as find_terms documents).
    glossary = Glossary(terms=[term("B C"), term("B C D"), term("D E F G")])
    text = "A B C D E F G"
    assert [(text[s:e], t.term) for s, e, t in glossary.find_terms(text)] == [("D E F G", "D E F G")]
