"""The semantic checks of the newer format fields (models.validation): local choices and
their placeholders, the booked day, glossary words, option and urgent-sign ids, the review
date, end steps, parallel steps and the training section's references. Every expected
message and line is written out by hand from the test files."""

from __future__ import annotations

from pathway_files import DATA, edit, line_of, load_text, only, problems

MS_TEXT = (DATA / "ahsct_ms.yaml").read_text(encoding="utf-8")  # steps[6] is low-counts
LYMPHOMA_TEXT = (DATA / "car_t_lymphoma.yaml").read_text(encoding="utf-8")
FEATURES_TEXT = (DATA / "format_features.yaml").read_text(encoding="utf-8")
LOW_COUNTS_CHOICE = "    setting_choice: low-counts-stay\n"
UNKNOWN = "unknown local choice 'nowhere'; known local choices: low-counts-stay"


def test_a_step_may_only_ask_for_a_local_choice_the_pathway_defines() -> None:
    text = edit(MS_TEXT, LOW_COUNTS_CHOICE, "    setting_choice: low-count-stay\n")
    problem = only(problems(text), "steps[6].setting_choice")
    assert problem.line == line_of(text, "setting_choice: low-count-stay")
    assert problem.message == "unknown local choice 'low-count-stay'; did you mean 'low-counts-stay'?"


def test_an_unknown_local_placeholder_is_found_in_every_text_a_patient_reads() -> None:
    fields = (
        "    what_to_expect: [Rest, 'Ask {local:nowhere}']\n"
        "    how_to_prepare: ['{local:nowhere}']\n"
        "    questions: ['Where? {local:nowhere}']\n"
    )
    text = edit(MS_TEXT, LOW_COUNTS_CHOICE, LOW_COUNTS_CHOICE + fields)
    text = edit(text, "    title: Waiting for your blood counts to recover\n",
                "    title: Waiting {local:nowhere}\n")
    text = edit(text, "    clinical_details: Neutropenic phase until engraftment; transfusions as needed.\n",
                "    clinical_details: Neutropenic phase {local:nowhere}\n")
    text = edit(text, "      - A sore mouth that stops you eating.\n", "      - A sore mouth {local:nowhere}\n")
    text = edit(text, "does: Checks your blood every day.}", "does: 'Checks {local:nowhere}'}")
    text = edit(text, "infections are a danger.\n      {local:low-counts-stay}\n", "infections are a danger.\n      {local:nowhere}\n")
    found = problems(text)
    expected = {
        "steps[6].title": "title: Waiting {local:nowhere}",
        "steps[6].clinical_details": "clinical_details: Neutropenic phase {local:nowhere}",
        "steps[6].what_to_expect[1]": "what_to_expect: [Rest,",
        "steps[6].how_to_prepare[0]": "how_to_prepare: ['{local:nowhere}']",
        "steps[6].questions[0]": "questions: ['Where?",
        "steps[6].warning_signs[1]": "- A sore mouth {local:nowhere}",
        "steps[6].care_team[0].does": "does: 'Checks {local:nowhere}'",
    }
    for path, fragment in expected.items():
        problem = only(found, path)
        assert (problem.line, problem.message) == (line_of(text, fragment), UNKNOWN), path
    # a folded summary is located at its key, the line above its first words
    summary = only(found, "steps[6].patient_summary")
    assert (summary.line, summary.message) == (line_of(text, "For about two weeks your blood") - 1, UNKNOWN)
    # a text with no placeholder, and one naming a choice that exists, are not reported
    assert {p.path for p in found} == {*expected, "steps[6].patient_summary"}


def test_a_placeholder_that_names_a_defined_choice_passes() -> None:
    text = edit(MS_TEXT, LOW_COUNTS_CHOICE, LOW_COUNTS_CHOICE + "    questions: ['Where? {local:low-counts-stay}']\n")
    assert load_text(text).step("low-counts").questions == ["Where? {local:low-counts-stay}"]


def test_the_booked_day_names_steps_of_the_file_that_have_a_timing() -> None:
    # A number (the schema's problem), a misspelt step, a step with no timing (bridging
    # therapy happens only when needed) and the timed collection, which is fine.
    listed = "    - 5\n    - cell-collecton\n    - bridging\n    - cell-collection\n"
    text = edit(LYMPHOMA_TEXT, "    - cell-collection\n", listed)
    found = [p for p in problems(text) if p.path.startswith("booked_day")]
    assert [(p.path, p.line, p.message) for p in found if p.path != "booked_day.steps[0]"] == [
        ("booked_day.steps[1]", line_of(text, "- cell-collecton"),
         "unknown step 'cell-collecton'; did you mean 'cell-collection'?"),
        ("booked_day.steps[2]", line_of(text, "    - bridging"),
         "step 'bridging' has no timing, so a booked date has nothing to move"),
    ]


def test_a_glossary_word_may_be_explained_only_once() -> None:
    # "Multiple-Sclerosis" is "multiple sclerosis" (glossary[0]) once case and hyphens are set aside.
    text = edit(MS_TEXT, "    aliases: [relapses]\n", "    aliases: [relapses, Multiple-Sclerosis]\n")
    text = edit(text, "  - term: MRI\n", "  - term: ' relapse '\n")
    found = problems(text)
    alias = only(found, "glossary[1].aliases[1]")
    assert alias.line == line_of(text, "aliases: [relapses, Multiple-Sclerosis]")
    assert alias.message == "'Multiple-Sclerosis' is already explained by glossary[0]"
    term = only(found, "glossary[3].term")
    assert term.line == line_of(text, "- term: ' relapse '")
    assert term.message == "'relapse' is already explained by glossary[1]"
    assert [p.path for p in found] == ["glossary[1].aliases[1]", "glossary[3].term"]


def test_a_word_repeated_inside_one_glossary_entry_is_not_refused() -> None:
    text = edit(MS_TEXT, "    aliases: [relapses]\n", "    aliases: [relapses, Relapse, relapses]\n")
    assert [t.aliases for t in load_text(text).glossary if t.term == "relapse"] == [["relapses", "Relapse", "relapses"]]


def with_second_choice(choice_id: str) -> str:
    """MS_TEXT with a copy of its one local choice, named ``choice_id``, after it."""
    start = MS_TEXT.index("  - id: low-counts-stay\n")
    end = MS_TEXT.index("\nsources:")
    second = MS_TEXT[start:end].replace("id: low-counts-stay", f"id: {choice_id}", 1)
    return MS_TEXT[:end] + "\n" + second.rstrip("\n") + MS_TEXT[end:]


def test_option_ids_urgent_sign_ids_and_local_choice_ids_are_unique() -> None:
    text = edit(MS_TEXT, "      - id: nearby\n", "      - id: ward\n")
    text = edit(text, "  - id: breathing\n", "  - id: fever\n")
    found = problems(text)
    option = only(found, "local_choices[0].options[1].id")
    assert option.line == line_of(text, "- id: ward", nth=2)
    assert option.message == "duplicate option id 'ward' (also used by options[0])"
    sign = only(found, "urgent_signs[2].id")
    assert sign.line == line_of(text, "- id: fever", nth=2)
    assert sign.message == "duplicate urgent sign id 'fever' (also used by urgent_signs[0])"
    text = with_second_choice("low-counts-stay")
    choice = only(problems(text), "local_choices[1].id")
    assert choice.line == line_of(text, "- id: low-counts-stay", nth=2)
    assert choice.message == "duplicate local choice id 'low-counts-stay' (also used by local_choices[0])"


def test_option_ids_may_repeat_across_two_choices() -> None:
    choices = load_text(with_second_choice("second-stay")).local_choices
    assert [(c.id, [o.id for o in c.options]) for c in choices] == [
        ("low-counts-stay", ["ward", "nearby"]), ("second-stay", ["ward", "nearby"]),
    ]


def test_last_reviewed_must_agree_with_the_review_block() -> None:
    text = edit(MS_TEXT, 'version: "1.0"\n', 'version: "1.0"\nlast_reviewed: 2026-10-21\n')
    problem = only(problems(text), "last_reviewed")
    assert problem.line == line_of(text, "last_reviewed: 2026-10-21")
    assert problem.message == (
        "last_reviewed (2026-10-21) differs from review.reviewed_on (2026-10-20); give the same date, or drop last_reviewed"
    )
    same = edit(MS_TEXT, 'version: "1.0"\n', 'version: "1.0"\nlast_reviewed: 2026-10-20\n')
    assert str(load_text(same).last_reviewed) == "2026-10-20"


def test_an_end_step_goes_on_only_by_a_loop_back() -> None:
    last = "  - {from: follow-up, to: assessment, kind: loop_back, label: the illness comes back, frequency: rare}\n"
    onward = last + "  - {from: other-treatment, to: tablets, kind: alternative, label: if wanted}\n"
    text = edit(FEATURES_TEXT, last, onward)
    problem = only(problems(text), "transitions[8]")
    assert problem.line == line_of(text, "{from: other-treatment, to: tablets")
    assert problem.message == (
        "step 'other-treatment' is marked end: true (the journey ends there), so it cannot go on to 'tablets'; "
        "remove end: true from the step or this transition"
    )
    back = last + "  - {from: other-treatment, to: assessment, kind: loop_back, label: to think again}\n"
    assert len(load_text(edit(FEATURES_TEXT, last, back)).transitions) == 9


def test_a_parallel_arrow_is_checked_like_any_other() -> None:
    # A parallel arrow into an unknown step is located, and one that repeats another is refused.
    text = edit(FEATURES_TEXT, "{from: physio, to: tablets, kind: parallel}", "{from: physio, to: tablet, kind: parallel}")
    problem = only(problems(text), "transitions[5].to")
    assert problem.message == "unknown step 'tablet'; did you mean 'tablets'?"
    twice = "{from: physio, to: tablets, kind: parallel}"
    text = edit(FEATURES_TEXT, twice, twice + "\n  - " + twice)
    problem = only(problems(text), "transitions[6]")
    assert problem.line == line_of(text, twice, nth=2)
    assert problem.message == "duplicate transition from 'physio' to 'tablets' (also transitions[5])"


def test_the_training_section_names_steps_and_roles_of_the_file() -> None:
    training = (
        "training:\n"
        "  questions:\n"
        "    - id: stay\n"
        "      question: Where does the patient stay while blood counts are low?\n"
        "      choices: [Where the clinic says, At home alone]\n"
        "      answer: Where the clinic says\n"
        "      explanation: Each centre decides this for itself.\n"
        "      step: low-count\n"
        "      roles: [transplant-nurses]\n"
    )
    text = MS_TEXT.rstrip("\n") + "\n" + training
    found = problems(text)
    step = only(found, "training.questions[0].step")
    assert (step.line, step.message) == (
        line_of(text, "step: low-count"), "unknown step 'low-count'; did you mean 'low-counts'?"
    )
    role = only(found, "training.questions[0].roles[0]")
    assert (role.line, role.message) == (
        line_of(text, "roles: [transplant-nurses]"), "unknown role 'transplant-nurses'; did you mean 'transplant-nurse'?"
    )


def test_a_glossary_entry_without_a_term_still_has_its_aliases_checked() -> None:
    text = MS_TEXT.rstrip("\n") + "\n  - {aliases: [MS], definition: A short name for the illness.}\n"
    alias = only(problems(text), "glossary[5].aliases[0]")
    assert (alias.line, alias.message) == (line_of(text, "- {aliases: [MS]"), "'MS' is already explained by glossary[0]")
