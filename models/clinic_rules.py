"""Which of the clinic's own rules apply during a step (no Qt).

No sentence of our own: the rules differ by country and product, so only the words the
clinic typed in its settings are shown, and nothing when it typed none. The details panel,
presentation mode and the handout all ask this one function.
"""

from __future__ import annotations

from typing import Protocol

from .schema import Step

# Steps in these phases are when the clinic's rules on staying near the centre and on
# driving apply (the bundled pathway's phase ids; other pathways can reuse them).
RULE_PHASES = ("infusion", "monitoring")


class ClinicRules(Protocol):
    """What this module reads of the clinic's settings (``ClinicInfo`` has it)."""

    @property
    def stay_near_rule(self) -> str: ...

    @property
    def driving_rule(self) -> str: ...


def local_rules(step: Step, clinic: ClinicRules | None) -> list[tuple[str, str]]:
    """The clinic's own rules that apply during ``step``, as (what, rule) pairs."""
    if clinic is None or step.phase not in RULE_PHASES:
        return []
    rules = [("Staying near the centre", clinic.stay_near_rule), ("Driving", clinic.driving_rule)]
    return [(what, rule) for what, rule in rules if rule]
