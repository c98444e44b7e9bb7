"""Every user setting, declared once (key, type, default, doc), and a small typed wrapper.

Nothing here reads settings at import time: ``main()`` creates the ``QSettings`` and passes
an :class:`AppSettings` down, and tests pass one over a temporary INI file. Values that do not
survive every QSettings backend unchanged (lists, dicts) are stored as JSON text, so the INI
file, the Windows registry and macOS plists all round-trip them the same way. A value that
cannot be read back as its declared type (hand-edited, or from an older version) gives the
default instead of an error: a broken settings file must never stop the app from opening.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


@dataclass(frozen=True)
class SettingSpec:
    key: str
    type: type
    default: Any
    doc: str


SETTINGS: tuple[SettingSpec, ...] = (
    SettingSpec("window/geometry", bytes, b"", "Main window size and position (QWidget.saveGeometry)"),
    SettingSpec("window/state", bytes, b"", "Toolbars and docks (QMainWindow.saveState)"),
    SettingSpec("window/panels_joined_for_look", int, 0,
                "1 if the side panels were saved as tabs made for one journey's look (parted at the next start)"),
    SettingSpec("files/recent", list, [], f"Recently opened pathway files, newest first (at most {MAX_RECENT})"),
    SettingSpec("files/last_dir", str, "", "Folder last used in an open or export dialog"),
    SettingSpec("view/audience", str, "patient", "Wording shown: 'patient' or 'clinician'"),
    SettingSpec("view/language", str, "system", "Interface language: 'system' (follow the computer) or a code such as 'de'"),
    SettingSpec("view/mode", str, "journey", "Centre of the window: 'journey' (map) or 'timeline'"),
    SettingSpec("view/theme", str, "system", "Colours: 'system' (follow the desktop), 'light', 'dark' or 'high-contrast'"),
    SettingSpec("view/text_size", int, 100, "Size of all text, in percent: 100, 125, 150 or 200"),
    SettingSpec("handout/large_print", int, 0, "Handouts in large print (body 16 pt): 1 yes, 0 no"),
    SettingSpec("clinic/name", str, "", "Clinic name printed on handouts"),
    SettingSpec("clinic/emergency_number", str, "", "Number to call in an emergency, printed on handouts"),
    SettingSpec("clinic/stay_near_rule", str, "", "How close to the centre to stay, in the clinic's words"),
    SettingSpec("clinic/driving_rule", str, "", "When driving is allowed again, in the clinic's words"),
    SettingSpec("clinic/paper", str, "a4", "Handout paper size: 'a4' or 'letter'"),
    SettingSpec("clinic/phones", dict, {}, "Phone number per role id, for handouts"),
    SettingSpec("training/pass_mark", int, 80, "Train mode: the percentage of right answers that passes (1-100)"),
    SettingSpec("clinic/choices", dict, {}, "Answers to pathways' local choices: '<pathway id>/<choice id>' -> option id or own words"),
    SettingSpec("clinic/temperature_unit", str, "C", "Fever thresholds on urgent signs: 'C', 'F' or 'both'"),
    SettingSpec("content/language", dict, {}, "Content language chosen per pathway: '<pathway id>' -> language tag"),
)

_SPECS = {spec.key: spec for spec in SETTINGS}


class AppSettings:
    """Typed get/set over a QSettings for the keys declared in :data:`SETTINGS`."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    @staticmethod
    def spec(key: str) -> SettingSpec:
        try:
            return _SPECS[key]
        except KeyError:
            raise KeyError(f"unknown setting {key!r}; declare it in settings.SETTINGS") from None

    def get(self, key: str) -> Any:
        spec = self.spec(key)
        raw = self.qsettings.value(key)
        if raw is None:
            return _copy(spec.default)
        try:
            return _decode(spec, raw)
        except (TypeError, ValueError):
            return _copy(spec.default)

    def set(self, key: str, value: Any) -> None:
        self.qsettings.setValue(key, _encode(self.spec(key), value))

    def sync(self) -> None:
        self.qsettings.sync()

    # Recent files: the one list with rules of its own (newest first, no duplicates, capped).
    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self.get("files/recent")]

    def add_recent_file(self, path: Path) -> None:
        text = str(Path(path).resolve())
        rest = [p for p in self.get("files/recent") if p != text]
        self.set("files/recent", [text, *rest][:MAX_RECENT])

    def remove_recent_file(self, path: Path) -> None:
        gone = {str(Path(path)), str(Path(path).resolve())}
        self.set("files/recent", [p for p in self.get("files/recent") if p not in gone])


def _copy(value: Any) -> Any:
    return type(value)(value) if isinstance(value, (list, dict)) else value


def _decode(spec: SettingSpec, raw: Any) -> Any:
    if spec.type is bytes:
        if isinstance(raw, QByteArray):
            return bytes(raw.data())
        if isinstance(raw, (bytes, bytearray)):
            return bytes(raw)
        raise TypeError("not bytes")
    if spec.type is str:
        if not isinstance(raw, str):
            raise TypeError("not text")
        return raw
    if spec.type is int:
        # INI files give text back; a bool is an int to Python but never a valid count here.
        if isinstance(raw, bool) or not isinstance(raw, (int, str)):
            raise TypeError("not a whole number")
        return int(raw)
    if spec.type in (list, dict):
        value = json.loads(raw) if isinstance(raw, str) else None
        if not isinstance(value, spec.type):
            raise TypeError(f"not a {spec.type.__name__}")
        if spec.type is list and not all(isinstance(v, str) for v in value):
            raise TypeError("list items must be text")
        if spec.type is dict and not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise TypeError("dict keys and values must be text")
        return value
    raise TypeError(f"no decoder for {spec.type}")  # a new type in SETTINGS needs one here


def _encode(spec: SettingSpec, value: Any) -> Any:
    if not isinstance(value, spec.type) and not (spec.type is bytes and isinstance(value, (bytearray, QByteArray))):
        raise TypeError(f"setting {spec.key!r} takes {spec.type.__name__}, not {type(value).__name__}")
    if spec.type is bytes:
        return value if isinstance(value, QByteArray) else QByteArray(bytes(value))
    if spec.type in (list, dict):
        return json.dumps(value, ensure_ascii=False)
    return value
