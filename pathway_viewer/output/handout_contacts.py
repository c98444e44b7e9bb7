"""The handout's "Who to call" pages: the emergency number, the call-now box, local rules, phones.

Everything here comes from the pathway file and the clinic's settings: the urgent signs and
whom to call for each (none in the file: no box at all), the clinic's answers to the file's
questions, and its numbers. Nothing prints as a blank: an unset number or answer gets a
labelled line to write on. Text is escaped (:func:`models.wording.escape`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import Pathway
from models.clinic_rules import legacy_rules
from models.wording.i18n import Words, fill
from models.wording.patient_words import CALL_WORDS, WRITE_LINE, choice_text, signs_by_call, unbroken
from models.wording import escape as _e

from ..core.clinic import ClinicInfo
from ..core.theme import PRINT_BOX_BG as BOX_BG
from ..core.theme import PRINT_EMERGENCY_BG as EMERGENCY_BG
from ..core.theme import PRINT_MUTED as MUTED
from ..core.theme import PRINT_RULE as RULE
from ..core.theme import WARNING_INK
from .print_html import box, h1, h2, h3, h4, list_html


def contacts_title(pathway: Pathway) -> str:
    """The section's heading, as the handout's contents list it too."""
    if pathway.urgent_signs or pathway.local_choices:
        return QCoreApplication.translate("OutputHandoutContacts", "Who to call, and local rules")
    return QCoreApplication.translate("OutputHandoutContacts", "Who to call")


def contacts_html(pathway: Pathway, clinic: ClinicInfo, *, anchor: str | None = None) -> str:
    out = [h1(contacts_title(pathway), anchor=anchor)]
    out.append(emergency_box(clinic))
    out.append(call_now_box(pathway, clinic.temperature_unit))
    rules = local_rules_html(pathway, clinic)
    if rules:
        # The short local rules come before the long contact table, so the table can
        # start a page of its own without leaving this one nearly empty.
        out.append(h2(QCoreApplication.translate("OutputHandoutContacts", "Local rules from your clinic")))
        out.append(rules)
    out.append(h2(QCoreApplication.translate("OutputHandoutContacts", "Your care team")))
    if not clinic.phones:
        out.append(h4(QCoreApplication.translate("OutputHandoutContacts", "Write the numbers your team gives you in the right-hand column.")))
    out.append(_contact_table(pathway, clinic))
    return "".join(out)


def call_now_box(pathway: Pathway, unit: str) -> str:
    """The pathway's urgent signs, grouped by whom to call; nothing when the file lists none."""
    if not pathway.urgent_signs:
        return ""
    groups = signs_by_call(pathway, unit)
    out = []
    for call in ("emergency", "team"):
        if groups[call]:
            heading = fill(QCoreApplication.translate("OutputHandoutContacts", "%1 if you have:"), Words.tr(CALL_WORDS[call]))
            out.append(
                f'<p style="font-size:14pt; margin-top:6px; margin-bottom:2px;"><b>{_e(heading)}</b></p>'
                + list_html(groups[call])
            )
    out.append("<p>" + _e(QCoreApplication.translate("OutputHandoutContacts", "Do not wait for your next visit.")) + "</p>")
    return box("".join(out), BOX_BG, border=WARNING_INK)


def local_rules_html(pathway: Pathway, clinic: ClinicInfo) -> str:
    """The clinic's answer to each of the pathway's questions, or a labelled line to write on."""
    if pathway.local_choices:
        chosen = clinic.chosen(pathway.id)
        return list_html([choice_text(c, chosen.get(c.id), printed=True) for c in pathway.local_choices])
    return "".join(h3(what) + f"<p>{_e(rule)}</p>" for what, rule in legacy_rules(pathway, clinic))


def _contact_table(pathway: Pathway, clinic: ClinicInfo) -> str:
    phones = clinic.phones
    # A role no step names is someone the patient never meets: no line to write a number on.
    used = {entry.role for step in pathway.steps for entry in step.care_team}
    rows = "".join(
        f'<tr><td style="padding:6px;"><b>{_e(role.name)}</b><br />'
        f'<span style="font-size:10.5pt; color:{MUTED};">{_e(role.description)}</span></td>'
        f'<td style="padding:6px; font-size:13pt;"><b>{_e(unbroken(phones.get(role.id, WRITE_LINE[:12])))}</b></td></tr>'
        for role in pathway.roles
        if role.id in used
    )
    who = QCoreApplication.translate("OutputHandoutContacts", "Who", "the care-team role a phone number is for")
    phone = QCoreApplication.translate("OutputHandoutContacts", "Phone")
    head = (
        f'<tr><th align="left" width="74%" style="background-color:{BOX_BG}; padding:6px;">{_e(who)}</th>'
        f'<th align="left" width="26%" style="background-color:{BOX_BG}; padding:6px;">{_e(phone)}</th></tr>'
    )
    return (
        f'<table width="100%" cellspacing="0" cellpadding="6" border="1" '
        f'style="border-color:{RULE}; border-style:solid; margin-top:6px;"><thead>{head}</thead>{rows}</table>'
    )


def emergency_box(clinic: ClinicInfo) -> str:
    number = clinic.emergency_number
    shown = _e(unbroken(number)) if number else _e(fill(QCoreApplication.translate("OutputHandoutContacts", "Emergency number: %1"), WRITE_LINE))
    ask = _e(QCoreApplication.translate("OutputHandoutContacts", "Ask your team which number to use, and write it here."))
    hint = "" if number else f'<br /><span style="font-size:11pt;">{ask}</span>'
    call = _e(QCoreApplication.translate("OutputHandoutContacts", "In an emergency, day or night, call"))
    return box(
        f'<span style="font-size:13pt;">{call}</span><br />'
        f'<span style="font-size:22pt;"><b>{shown}</b></span>{hint}',
        EMERGENCY_BG,
        border=WARNING_INK,
    )
