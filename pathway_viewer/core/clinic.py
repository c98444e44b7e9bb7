"""What the clinic prints on every handout: its name, numbers and local rules.

The values live in the user settings (keys ``clinic/*``, declared in ``settings.py``).
A clinic sets them up once and can share them with every PC in the department as a small
JSON file (:meth:`ClinicInfo.to_file` / :meth:`ClinicInfo.from_file`), so the Settings
dialog offers export and import instead of retyping phone numbers on each machine.

Where centres differ, the pathway file asks (``local_choices``) and the clinic answers:
``choices`` maps "<pathway id>/<choice id>" to an option id or the clinic's own words, so
one PC can hold answers for several pathways and no code names a choice.

``stay_near_rule`` and ``driving_rule`` are the free texts from before pathways asked their
own questions. They are kept as legacy data, shown only for a pathway that has no
``local_choices`` (printing both would give a patient two answers to one question, and
mapping them onto a choice would need code that names the choice).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.wording.i18n import fill

from .atomic import atomic_write_text

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from .settings import AppSettings

PAPERS = ("a4", "letter")
TEMPERATURE_UNITS = ("C", "F", "both")
FILE_FORMAT = "car-t-pathway-viewer clinic"
MAX_FILE_BYTES = 256 * 1024
_TEXT_FIELDS = ("name", "emergency_number", "stay_near_rule", "driving_rule")


class ClinicFileError(ValueError):
    """A clinic file could not be read; the message says which file and why, in plain words."""


@dataclass(frozen=True)
class ClinicInfo:
    name: str = ""
    emergency_number: str = ""
    stay_near_rule: str = ""
    driving_rule: str = ""
    paper: str = "a4"
    phones: dict[str, str] = field(default_factory=dict)  # role id -> phone number
    choices: dict[str, str] = field(default_factory=dict)  # "<pathway id>/<choice id>" -> option id or own words
    temperature_unit: str = "C"  # "C", "F" or "both": how urgent signs print a fever threshold

    def __post_init__(self) -> None:
        # Normalise once here so every reader (handout, dialog) can trust the values.
        for name in _TEXT_FIELDS:
            object.__setattr__(self, name, str(getattr(self, name) or "").strip())
        paper = str(self.paper or "").strip().lower()
        object.__setattr__(self, "paper", paper if paper in PAPERS else "a4")
        phones = {str(k).strip(): str(v).strip() for k, v in dict(self.phones or {}).items()}
        object.__setattr__(self, "phones", {k: v for k, v in phones.items() if k and v})
        choices = {str(k).strip(): str(v).strip() for k, v in dict(self.choices or {}).items()}
        object.__setattr__(self, "choices", {k: v for k, v in choices.items() if "/" in k and v})
        unit = str(self.temperature_unit or "").strip()
        unit = {"c": "C", "f": "F", "both": "both"}.get(unit.lower(), "C")
        object.__setattr__(self, "temperature_unit", unit)

    def __hash__(self) -> int:  # phones is a dict, so the generated hash would fail
        return hash((self.name, self.emergency_number, self.stay_near_rule, self.driving_rule, self.paper,
                     tuple(sorted(self.phones.items())), tuple(sorted(self.choices.items())), self.temperature_unit))

    def with_paper(self, paper: str | None) -> ClinicInfo:
        if paper is None:
            return self
        return ClinicInfo(**{**asdict(self), "paper": paper})

    def chosen(self, pathway_id: str) -> dict[str, str]:
        """This pathway's answers, keyed by choice id (what ``models.wording.patient_words`` reads)."""
        prefix = f"{pathway_id}/"
        return {k[len(prefix):]: v for k, v in self.choices.items() if k.startswith(prefix)}

    def with_chosen(self, pathway_id: str, chosen: dict[str, str]) -> ClinicInfo:
        """A copy whose answers for ``pathway_id`` are ``chosen``; other pathways' answers stay."""
        prefix = f"{pathway_id}/"
        kept = {k: v for k, v in self.choices.items() if not k.startswith(prefix)}
        kept.update({prefix + k: v for k, v in chosen.items()})
        return ClinicInfo(**{**asdict(self), "choices": kept})

    # --- settings -------------------------------------------------------------------------
    @classmethod
    def from_settings(cls, settings: AppSettings | QSettings) -> ClinicInfo:
        """Read the ``clinic/*`` keys (a bare QSettings is wrapped in the typed AppSettings)."""
        app_settings = _typed(settings)
        return cls(
            name=app_settings.get("clinic/name"),
            emergency_number=app_settings.get("clinic/emergency_number"),
            stay_near_rule=app_settings.get("clinic/stay_near_rule"),
            driving_rule=app_settings.get("clinic/driving_rule"),
            paper=app_settings.get("clinic/paper"),
            phones=app_settings.get("clinic/phones"),
            choices=app_settings.get("clinic/choices"),
            temperature_unit=app_settings.get("clinic/temperature_unit"),
        )

    def to_settings(self, settings: AppSettings | QSettings) -> None:
        app_settings = _typed(settings)
        for name in _TEXT_FIELDS:
            app_settings.set(f"clinic/{name}", getattr(self, name))
        app_settings.set("clinic/paper", self.paper)
        app_settings.set("clinic/phones", dict(self.phones))
        app_settings.set("clinic/choices", dict(self.choices))
        app_settings.set("clinic/temperature_unit", self.temperature_unit)

    # --- sharing between PCs ----------------------------------------------------------------
    def to_file(self, path: str | os.PathLike[str]) -> None:
        """Write the clinic details as JSON, atomically (raises ``atomic.WriteError``)."""
        data = {"format": FILE_FORMAT, "version": 1, **asdict(self)}
        atomic_write_text(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> ClinicInfo:
        """Read a file written by :meth:`to_file`; raises :class:`ClinicFileError` if it is not one."""
        from PySide6.QtCore import QCoreApplication  # only here: the rest of this module needs no Qt

        where = Path(path)
        try:
            if where.stat().st_size > MAX_FILE_BYTES:
                raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1 is too large to be a clinic settings file"), where))
            data: Any = json.loads(where.read_text(encoding="utf-8"))
        except ClinicFileError:
            raise
        except FileNotFoundError:
            raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1 does not exist"), where)) from None
        except IsADirectoryError:
            raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1 is a folder, not a clinic settings file"), where)) from None
        except OSError as exc:
            raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1 cannot be read: %2"), where, exc.strerror or exc)) from None
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1 is not a clinic settings file (it is not JSON text)"), where)) from None
        if not isinstance(data, dict) or data.get("format") != FILE_FORMAT:
            raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1 is not a clinic settings file saved by this app"), where))
        values: dict[str, Any] = {}
        for name in _TEXT_FIELDS + ("paper",):
            value = data.get(name, "")
            if not isinstance(value, str):
                raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1: '%2' should be text"), where, name))
            values[name] = value
        phones = data.get("phones", {})
        if not isinstance(phones, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in phones.items()):
            raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1: 'phones' should map role ids to phone numbers written as text"), where))
        if values["paper"].strip().lower() not in PAPERS + ("",):
            raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1: 'paper' should be 'a4' or 'letter'"), where))
        # Files exported before clinics answered the pathway's questions have neither key.
        choices = data.get("choices", {})
        if not isinstance(choices, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in choices.items()):
            raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1: 'choices' should map '<pathway>/<choice>' to text"), where))
        unit = data.get("temperature_unit", "C")
        if unit not in TEMPERATURE_UNITS:
            raise ClinicFileError(fill(QCoreApplication.translate("CoreClinic", "%1: 'temperature_unit' should be 'C', 'F' or 'both'"), where))
        return cls(**values, phones=phones, choices=choices, temperature_unit=unit)


def _typed(settings: AppSettings | QSettings) -> AppSettings:
    from PySide6.QtCore import QSettings

    from .settings import AppSettings

    return AppSettings(settings) if isinstance(settings, QSettings) else settings
