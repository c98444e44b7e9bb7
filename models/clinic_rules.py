"""Which of the clinic's old free-text rules apply during a step (no Qt).

Before pathway files asked their own questions (``local_choices``), a clinic typed a rule on
staying near the centre and one on driving. Those texts are kept as legacy data and shown
only for a pathway that asks no questions of its own: a pathway with ``local_choices``
answers the same questions through them, and showing both would give a patient two answers.
They apply on the steps that show the urgent signs (from the infusion on), a mark the
pathway file sets, so no code names a phase. No sentence of our own: only the clinic's words.
"""

from __future__ import annotations

from typing import Protocol

from .schema import Pathway, Step

LEGACY_RULE_TITLES = ("Staying near the centre", "Driving")


class ClinicRules(Protocol):
    """What this module reads of the clinic's settings (``ClinicInfo`` has it)."""

    @property
    def stay_near_rule(self) -> str: ...

    @property
    def driving_rule(self) -> str: ...


def legacy_rules(pathway: Pathway, clinic: ClinicRules | None) -> list[tuple[str, str]]:
    """The clinic's old rules as (what, rule) pairs, or none when the pathway asks its own questions."""
    if clinic is None or pathway.local_choices:
        return []
    rules = zip(LEGACY_RULE_TITLES, (clinic.stay_near_rule, clinic.driving_rule))
    return [(what, rule) for what, rule in rules if rule]


def local_rules(pathway: Pathway, step: Step, clinic: ClinicRules | None) -> list[tuple[str, str]]:
    """The clinic's legacy rules that apply during ``step``, as (what, rule) pairs."""
    return legacy_rules(pathway, clinic) if step.show_urgent_signs else []
