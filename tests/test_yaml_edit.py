"""Editing a pathway file keeps what was not edited byte for byte: comments, key order,
quoting, folded text and flow style. Expected files are written out by hand."""

from __future__ import annotations

import re
import pytest

from models import load_pathway_bytes
from models.yaml_edit import YamlDocument, YamlEditError

SOURCE = """\
# The clinic's copy: comments stay.
id: demo
version: "1.0"          # quoted on purpose
steps:
  - id: collect
    title: 'Collecting your cells'
    summary: >-
      A long sentence that the author
      folded over two lines.
    duration: {min: 3, max: 6, unit: hours}
    questions:
      - Will it hurt?   # asked a lot
      - How long?
"""


def test_loading_and_saving_without_edits_changes_nothing() -> None:
    assert YamlDocument(SOURCE).text() == SOURCE


def test_a_changed_value_keeps_its_quoting_and_the_rest_of_the_file() -> None:
    doc = YamlDocument(SOURCE)
    doc.set(("steps", 0, "title"), "Collecting your T cells")
    doc.set(("version",), "1.1")
    assert doc.text() == SOURCE.replace("'Collecting your cells'", "'Collecting your T cells'").replace(
        '"1.0"', '"1.1"')


def test_a_duration_edit_stays_on_its_flow_line() -> None:
    doc = YamlDocument(SOURCE)
    doc.set(("steps", 0, "duration"), {"min": 2, "max": 6, "unit": "hours"})
    assert doc.text() == SOURCE.replace("{min: 3, max: 6, unit: hours}", "{min: 2, max: 6, unit: hours}")
    doc.set(("steps", 0, "duration", "estimate"), True)
    assert "duration: {min: 2, max: 6, unit: hours, estimate: true}" in doc.text()


def test_list_items_are_inserted_and_removed_in_place() -> None:
    doc = YamlDocument(SOURCE)
    doc.insert(("steps", 0, "questions"), 1, "Can I eat before?")
    doc.remove(("steps", 0, "questions", 2))
    assert doc.text() == SOURCE.replace("      - How long?\n", "").replace(
        "      - Will it hurt?   # asked a lot\n", "      - Will it hurt?   # asked a lot\n      - Can I eat before?\n")


def test_a_new_step_is_written_in_block_style_and_the_file_still_loads() -> None:
    doc = YamlDocument(SOURCE)
    doc.insert(("steps",), 1, {"id": "make", "title": "Making the cells", "questions": ["When?"]})
    assert doc.text().endswith(
        "      - How long?\n  - id: make\n    title: Making the cells\n    questions:\n      - When?\n")


def test_edits_to_missing_places_are_refused_with_the_path() -> None:
    doc = YamlDocument(SOURCE)
    with pytest.raises(YamlEditError, match=r"steps\[3\]: there is no such field or item"):
        doc.set(("steps", 3, "title"), "x")
    with pytest.raises(YamlEditError, match=r"steps\[0\].questions: cannot insert at 5"):
        doc.insert(("steps", 0, "questions"), 5, "x")
    with pytest.raises(YamlEditError, match=r"steps\[0\].nothing: there is no such field or item"):
        doc.remove(("steps", 0, "nothing"))


def test_four_space_files_stay_four_space(tmp_path) -> None:
    text = "steps:\n    -   id: a\n        title: A\n"
    doc = YamlDocument(text)
    doc.set(("steps", 0, "title"), "B")
    assert doc.text() == "steps:\n    -   id: a\n        title: B\n"


def test_the_bundled_pathway_round_trips_and_an_edit_still_validates() -> None:
    from models import bundled_pathway

    text = bundled_pathway().read_text(encoding="utf-8")
    doc = YamlDocument(text)
    assert doc.text() == text
    doc.set(("steps", 0, "title"), "A new first title")
    pathway = load_pathway_bytes(doc.text().encode(), "edited.yaml")
    assert pathway.steps[0].title == "A new first title"
    changed = [a for a, b in zip(text.splitlines(), doc.text().splitlines()) if a != b]
    assert len(changed) == 1


def test_new_folded_text_is_broken_near_the_width_and_reads_back_unchanged() -> None:
    from models.yaml_edit import folded

    sentence = "Blood leaves through a needle or a line, the white cells are kept and the rest goes back. " * 3
    doc = YamlDocument("id: demo\n")
    doc.set(("notes",), folded(sentence.strip(), width=40))
    text = doc.text()
    lines = text.splitlines()
    assert lines[1] == "notes: >-"
    assert all(len(line) <= 2 + 40 for line in lines[2:])
    assert YamlDocument(text).get(("notes",)) == sentence.strip()


SHARED = """\
steps:
  - id: a
    care_team: &collect_team  # shared by two steps
      - {role: nurse, does: Takes blood}
      - {role: doctor, does: Checks}
    tags: &t [ laboratory ]
  - id: b
    care_team: *collect_team  # the same team
    tags: *t
"""


def _team(doc: YamlDocument, step: int) -> list[str]:
    import yaml

    return [entry["does"] for entry in yaml.safe_load(doc.text())["steps"][step]["care_team"]]


def test_editing_a_shared_value_changes_only_the_step_edited() -> None:
    # A step whose care team was an alias of another's: editing it changed both steps,
    # and the anchor was lost.
    doc = YamlDocument(SHARED)
    doc.set(("steps", 1, "care_team", 0, "does"), "Something else")
    assert _team(doc, 0) == ["Takes blood", "Checks"]
    assert _team(doc, 1) == ["Something else", "Checks"]
    # The anchored step is as the author wrote it; the edited one is written out in full,
    # its comment still on its line.
    assert doc.text().startswith(SHARED[: SHARED.index("  - id: b")])
    assert "    care_team:                # the same team\n      - {role: nurse, does: Something else}\n" in doc.text()


def test_editing_the_anchored_step_leaves_the_aliases_as_they_were() -> None:
    doc = YamlDocument(SHARED)
    doc.set(("steps", 0, "care_team", 0, "does"), "Edited in a")
    assert _team(doc, 0) == ["Edited in a", "Checks"]
    assert _team(doc, 1) == ["Takes blood", "Checks"]
    text = doc.text()
    assert "    care_team: &collect_team  # shared by two steps\n      - {role: nurse, does: Edited in a}\n" in text
    assert "    tags: &t [ laboratory ]\n" in text and "    tags: *t\n" in text


def test_lines_nobody_edited_are_written_as_the_author_wrote_them() -> None:
    # ruamel writes "[ laboratory ]" as "[laboratory]" and moves the comment after an
    # anchor onto a line of its own, though neither was edited.
    doc = YamlDocument(SHARED)
    doc.set(("steps", 1, "id"), "c")
    assert doc.text() == SHARED.replace("  - id: b", "  - id: c")


def test_a_step_deleted_and_put_back_has_its_comments_again() -> None:
    # Undo of a delete put the step's values back without the comments inside it.
    source = SOURCE + "  - id: infuse   # the day itself\n    title: Infusion\n    # what the nurse checks first\n    questions: [Who stays with me?]\n"
    doc = YamlDocument(source)
    step = dict(doc.get(("steps", 1)))
    doc.remove(("steps", 1))
    assert "infuse" not in doc.text()
    doc.insert(("steps",), 1, {key: (list(value) if isinstance(value, list) else value) for key, value in step.items()})
    assert doc.text() == source


def test_a_comment_ruamel_moves_is_never_dropped() -> None:
    # The edit is on the alias's own line, so that line cannot go back as it was: its
    # comment must still be somewhere in the file.
    doc = YamlDocument(SHARED.replace("    care_team: *collect_team  # the same team\n",
                                      "    care_team: *collect_team\n    # before the tags\n"))
    doc.set(("steps", 1, "care_team", 1, "does"), "Another")
    assert "# before the tags" in doc.text() and "# shared by two steps" in doc.text()
    assert _team(doc, 1) == ["Takes blood", "Another"]


def test_a_new_item_is_written_like_its_neighbours() -> None:
    # A new arrow came as a block ("- from: c\n    to: d") among one-line arrows.
    source = "transitions:\n  - {from: a, to: b}\n  - {from: b, to: c, label: 'when: it rains'}\n"
    doc = YamlDocument(source)
    doc.insert(("transitions",), 2, {"from": "c", "to": "d", "label": "if it fails, again"})
    assert doc.text() == source + "  - {from: c, to: d, label: 'if it fails, again'}\n"
    block = "steps:\n  - id: a\n    title: A\n"
    doc = YamlDocument(block)
    doc.insert(("steps",), 1, {"id": "b", "title": "B"})
    assert doc.text() == block + "  - id: b\n    title: B\n"


def test_a_new_step_goes_above_the_comment_that_heads_the_next_one() -> None:
    # A step added after "a" landed under "# --- Part two ---", the heading of "b".
    source = ("steps:\n  - id: a\n    title: A   # first\n  # --- Part two: the infusion ---\n"
              "  - id: b\n    title: B\n\n  # --- Part three ---\n  - id: c\n")
    doc = YamlDocument(source)
    doc.insert(("steps",), 1, {"id": "n", "title": "N"})
    doc.insert(("steps",), 3, {"id": "m", "title": "M", "questions": ["q"]})
    assert doc.text() == (
        "steps:\n  - id: a\n    title: A   # first\n  - id: n\n    title: N\n  # --- Part two: the infusion ---\n"
        "  - id: b\n    title: B\n  - id: m\n    title: M\n    questions:\n      - q\n\n  # --- Part three ---\n  - id: c\n"
    )
    doc.remove(("steps", 3))
    doc.remove(("steps", 1))
    assert doc.text() == source


SHARED_WORDS = """\
steps:
  - id: a
    summary: &resume Shared words here.   # said once
    duration: &two {min: 1, max: 2, unit: weeks}
  - id: b
    summary: *resume
    duration: *two
"""


def test_a_step_holding_an_anchor_deleted_and_put_back_is_as_it_was() -> None:
    # Undo put back a copy that named the anchor a second time ("&resume" twice): the file
    # could not be read, and could not be saved.
    import copy

    doc = YamlDocument(SHARED_WORDS)
    step = copy.deepcopy(doc.get(("steps", 0)))  # as the undo stack keeps it
    doc.remove(("steps", 0))
    assert load_pathway_words(doc.text())["steps"][0]["summary"] == "Shared words here."
    doc.insert(("steps",), 0, step)
    assert doc.text() == SHARED_WORDS


def test_an_aliased_text_edited_does_not_take_the_anchor_s_comment() -> None:
    # ruamel gives the alias the comment after the anchor: it came out on the edited line.
    doc = YamlDocument(SHARED_WORDS)
    doc.set(("steps", 1, "summary"), "New words for b.")
    assert doc.text() == SHARED_WORDS.replace("    summary: *resume\n", "    summary: New words for b.\n")
    doc = YamlDocument(SHARED_WORDS)
    doc.set(("steps", 0, "summary"), "New words for a.")
    text = doc.text()
    assert re.search(r"\n    summary: New words for a\. +# said once\n", text)  # the comment keeps its column
    assert "    summary: &resume Shared words here.\n" in text and text.count("# said once") == 1


def load_pathway_words(text: str) -> dict:
    import yaml

    return yaml.safe_load(text)


def test_a_list_edited_stays_on_its_line_and_keeps_its_quotes() -> None:
    # Ticking one more place turned "setting: [home]" into a block of three lines, and a
    # question added dropped the quotes of the others.
    source = "steps:\n  - id: a\n    setting: [home]\n    questions: ['Why?', \"How long?\"]\n"
    doc = YamlDocument(source)
    doc.set(("steps", 0, "setting"), ["home", "outpatient"])
    doc.set(("steps", 0, "questions"), ["Why?", "How long?", "Who stays, and when?"])
    assert doc.text() == ("steps:\n  - id: a\n    setting: [home, outpatient]\n"
                          "    questions: ['Why?', \"How long?\", 'Who stays, and when?']\n")


@pytest.mark.parametrize("typed", ["No", "yes", "on", "1.5", "2026-01-01", "~", "null"])
def test_words_typed_are_read_back_as_words(typed: str) -> None:
    # ruamel writes YAML 1.2, where "No" is a word; the app reads YAML 1.1, where it is false:
    # an answer or a title typed "No" came back as a boolean and the file was refused.
    doc = YamlDocument("title: x\nchoices: [Maybe]\n")
    doc.set(("title",), typed)
    doc.set(("choices",), ["Maybe", typed])
    data = load_pathway_words(doc.text())
    assert data == {"title": typed, "choices": ["Maybe", typed]}


def test_a_new_step_never_takes_another_step_s_comment() -> None:
    # Its sources copied from the step before, the new step's line matched that step's
    # "- nice-ng157  # section 1.4, ask pharmacy" and the comment came along.
    source = ("steps:\n  - id: a\n    sources:\n      - nice-ng157  # section 1.4, ask pharmacy\n"
              "  # --- Part two ---\n  - id: b\n    sources:\n      - other\n")
    doc = YamlDocument(source)
    doc.insert(("steps",), 1, {"id": "n", "sources": ["nice-ng157"]})
    text = doc.text()
    assert text.count("# section 1.4, ask pharmacy") == 1
    assert load_pathway_words(text)["steps"][1] == {"id": "n", "sources": ["nice-ng157"]}


def test_editing_a_base_merged_into_another_step_leaves_that_step_as_it_was() -> None:
    # "duration: {<<: *d, max: 4}": an edit of step a's duration changed step b's minimum too.
    source = ("steps:\n  - id: a\n    duration: &d {min: 1, max: 2, unit: days}\n"
              "  - id: b\n    duration: {<<: *d, max: 4}\n")
    doc = YamlDocument(source)
    doc.set(("steps", 0, "duration"), {"min": 5, "max": 2, "unit": "days"})
    steps = load_pathway_words(doc.text())["steps"]
    assert steps[0]["duration"] == {"min": 5, "max": 2, "unit": "days"}
    assert steps[1]["duration"] == {"min": 1, "max": 4, "unit": "days"}
    doc = YamlDocument(source)
    doc.set(("steps", 1, "duration", "min"), 3)
    steps = load_pathway_words(doc.text())["steps"]
    assert steps[0]["duration"] == {"min": 1, "max": 2, "unit": "days"}
    assert steps[1]["duration"] == {"min": 3, "max": 4, "unit": "days"}


@pytest.mark.parametrize("value", [
    "alpha beta gamma delta epsilon zeta eta theta\n epsilon delta eta alpha zeta alpha beta gamma delta epsilon",
    "alpha  beta gamma delta epsilon zeta eta theta alpha beta gamma delta epsilon zeta eta theta alpha beta gamma",
    "alpha beta\n\ngamma delta epsilon zeta eta theta alpha beta gamma delta epsilon zeta eta theta alpha beta",
    " a leading space, and a text long enough to be folded over two lines of the file for the reader's eye",
])
def test_a_folded_text_edited_reads_back_exactly(value: str) -> None:
    # A fold placed on a line that starts with a space read back as a line break of its own
    # (found by fuzzing: 32 edits in 3,000).
    source = "steps:\n  - id: a\n    summary: >-\n      alpha beta gamma delta epsilon zeta eta theta alpha beta\n      gamma delta\n"
    doc = YamlDocument(source)
    doc.set(("steps", 0, "summary"), value)
    assert load_pathway_words(doc.text())["steps"][0]["summary"] == value
