"""Sign-off as a text edit: the review block, the changes list and the version, nothing else."""

from __future__ import annotations

import datetime as dt

import pytest

from models import PathwayError
from models.signoff import next_version, sign_off
from pathway_files import DATA

KNEE = (DATA / "knee_surgery.yaml").read_text(encoding="utf-8")
DAY, NEXT = dt.date(2026, 12, 1), dt.date(2027, 12, 1)


@pytest.mark.parametrize(
    ("old", "new"),
    [("2.0", "2.1"), ("1", "2"), ("1.2.9", "1.2.10"), ("1.09", "1.10"), ("2026-spring", "2026-spring.1"), ("", "1")],
)
def test_next_version(old: str, new: str) -> None:
    assert next_version(old) == new


def test_sign_off_adds_review_and_change_and_keeps_the_rest() -> None:
    text, pathway = sign_off(KNEE, "Sam Jones", "Ward manager", DAY, NEXT, "Checked.")
    assert pathway.version == "1.1" and pathway.last_reviewed == DAY
    assert pathway.review is not None and pathway.review.evidence_current_to == DAY  # no earlier date to keep
    # The new fields sit with the other review fields, written plainly (no YAML anchors).
    head = text[text.index('version: "1.1"') :].split("disclaimer:")[0]
    assert head.splitlines() == [
        'version: "1.1"',
        "last_reviewed: 2026-12-01",
        "review:",
        "  reviewed_on: 2026-12-01",
        "  reviewed_by:",
        "    - name: Sam Jones",
        "      role: Ward manager",
        "  next_review: 2027-12-01",
        "  evidence_current_to: 2026-12-01",
        "changes:",
        '  - version: "1.1"',
        "    date: 2026-12-01",
        "    summary: Checked.",
    ]
    # Everything after the review fields is byte for byte as it was, comments first.
    assert text.split("disclaimer:", 1)[1] == KNEE.split("disclaimer:", 1)[1]
    assert text.split("id:", 1)[0] == KNEE.split("id:", 1)[0]



@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_texts_the_author_wrapped_over_lines_stay_wrapped(line_end: str) -> None:
    # A title and a summary wrapped over two lines, unquoted, came back as one long line
    # each: a reviewer's diff then showed changes to texts nobody had touched.
    wrapped = KNEE.replace(
        "title: Planned knee replacement\n",
        "title: Planned knee replacement for adults with painful arthritis of the knee\n  in the regional network\n",
    )
    summary = next(line for line in KNEE.splitlines() if line.strip().startswith("patient_summary:") and len(line) > 60)
    cut = summary.rindex(" ", 0, 60)
    wrapped = wrapped.replace(summary + "\n", summary[:cut] + "\n      " + summary[cut + 1:] + "\n")
    assert wrapped.count("\n") == KNEE.count("\n") + 2
    # A file written on Windows: its lines matched none of the dump's, and all were re-flowed.
    text, pathway = sign_off(wrapped.replace("\n", line_end), "Sam Jones", "Ward manager", DAY, NEXT, "Checked.")
    assert pathway.title == "Planned knee replacement for adults with painful arthritis of the knee in the regional network"
    assert "\n  in the regional network\n" in text
    assert summary[:cut] + "\n      " + summary[cut + 1:] + "\n" in text
    assert text.split("disclaimer:", 1)[1] == wrapped.split("disclaimer:", 1)[1]


def test_an_evidence_date_written_in_quotes_is_kept() -> None:
    quoted = KNEE.replace("last_reviewed: 2026-06-01\n", "last_reviewed: 2026-06-01\nreview:\n  reviewed_on: '2026-06-01'\n"
                          "  reviewed_by:\n    - {name: A, role: B}\n  next_review: '2027-06-01'\n  evidence_current_to: '2026-05-01'\n")
    _, pathway = sign_off(quoted, "Sam Jones", "Ward manager", DAY, NEXT, "Checked.")
    assert pathway.review is not None and pathway.review.evidence_current_to == dt.date(2026, 5, 1)


def test_a_second_sign_off_appends_and_keeps_the_evidence_date() -> None:
    once, _ = sign_off(KNEE, "A", "B", DAY, NEXT, "First.", dt.date(2026, 10, 1))
    _, pathway = sign_off(once, "C", "D", dt.date(2027, 1, 5), dt.date(2028, 1, 5), "x " * 80)
    assert pathway.version == "1.2"
    assert [c.version for c in pathway.changes] == ["1.1", "1.2"]
    assert pathway.changes[-1].summary == ("x " * 80).strip()  # a long summary is folded, read back whole
    assert pathway.review is not None and pathway.review.evidence_current_to == dt.date(2026, 10, 1)
    assert [r.name for r in pathway.review.reviewed_by] == ["C"]


def test_a_next_review_before_the_review_is_refused_with_a_located_problem() -> None:
    with pytest.raises(PathwayError) as caught:
        sign_off(KNEE, "A", "B", DAY, DAY, "x")
    assert "next_review should be after reviewed_on" in str(caught.value.problems[0])


def test_a_double_space_typed_in_one_text_keeps_the_other_texts_wrapped() -> None:
    # The edit's own line differs in a space, not a line break: it is the edit. Taken for a
    # re-flow, it was put back, the file no longer read as the edit, and every wrapped text
    # of the file was re-flowed.
    from models.yaml_edit import YamlDocument

    wrapped = KNEE.replace(
        "title: Planned knee replacement\n",
        "title: Planned knee replacement for adults with painful arthritis of the knee\n  in the regional network\n",
    )
    doc = YamlDocument(wrapped)
    doc.set(("steps", 0, "title"), "Pre-operative  assessment")
    text = doc.text()
    assert "\n  in the regional network\n" in text
    assert "title: Pre-operative  assessment" in text


def test_a_text_wrapped_beside_an_edited_line_stays_wrapped() -> None:
    # The edited title and the wrapped summary right under it fell in one changed block,
    # and the summary came back on one line.
    from models.yaml_edit import YamlDocument

    before = (
        "    title: Pre-operative assessment\n    phase: before\n"
        "    patient_summary: A nurse and a doctor check that you are ready for the operation.\n"
    )
    wrapped = (
        "    title: Pre-operative assessment\n"
        "    patient_summary: A nurse and a doctor check that you\n      are ready for the operation.\n"
        "    phase: before\n"
    )
    assert KNEE.count(before) == 1
    doc = YamlDocument(KNEE.replace(before, wrapped))
    doc.set(("steps", 0, "title"), "A new title")
    assert "    title: A new title\n    patient_summary: A nurse and a doctor check that you\n      are ready" in doc.text()


def test_a_file_still_holding_the_editor_s_placeholder_words_is_not_signed() -> None:
    # A clinician signed "Write here what happens, in plain words." as the pathway's content.
    from models.placeholders import NEW_TEXT

    summary = next(line for line in KNEE.splitlines() if line.strip().startswith("patient_summary:"))
    unfinished = KNEE.replace(summary, summary.split(":")[0] + ": " + NEW_TEXT, 1)
    with pytest.raises(PathwayError) as caught:
        sign_off(unfinished, "A", "B", DAY, NEXT, "x", name="knee.yaml")
    [problem] = caught.value.problems
    assert problem.line == unfinished[: unfinished.index(NEW_TEXT)].count("\n") + 1
    assert problem.path.endswith(".patient_summary") and "placeholder words" in problem.message


def test_placeholder_words_with_the_author_s_words_after_them_are_not_signed() -> None:
    from models.placeholders import NEW_TEXT

    summary = next(line for line in KNEE.splitlines() if line.strip().startswith("patient_summary:"))
    unfinished = KNEE.replace(summary, summary.split(":")[0] + ": " + NEW_TEXT + " We restart dialysis.", 1)
    with pytest.raises(PathwayError) as caught:
        sign_off(unfinished, "A", "B", DAY, NEXT, "x", name="knee.yaml")
    assert [p.message for p in caught.value.problems] == [
        f"still the editor's placeholder words (\u201c{NEW_TEXT}\u201d): write this pathway's own words"]
    # A short placeholder inside other words is the author's own ("New step-down unit").
    from models.placeholders import placeholder_in

    assert placeholder_in("New step-down unit") is None and placeholder_in(" New step ") == "New step"
