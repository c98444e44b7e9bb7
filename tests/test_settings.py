"""Settings: declared once, typed, persisted, and a broken file never stops the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from pathway_viewer.core.settings import MAX_RECENT, SETTINGS, AppSettings


def _settings(path: Path) -> AppSettings:
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


def test_every_key_is_declared_once_with_a_default_of_its_type() -> None:
    keys = [spec.key for spec in SETTINGS]
    assert len(keys) == len(set(keys))
    for spec in SETTINGS:
        assert isinstance(spec.default, spec.type), spec.key
        assert spec.doc
    for key in ("window/geometry", "window/state", "files/recent", "files/last_dir", "view/audience",
                "clinic/name", "clinic/emergency_number", "clinic/stay_near_rule", "clinic/driving_rule",
                "clinic/paper", "clinic/phones"):
        assert key in keys


def test_defaults_on_an_empty_file(tmp_path: Path) -> None:
    s = _settings(tmp_path / "s.ini")
    assert s.get("view/audience") == "patient"
    assert s.get("clinic/paper") == "a4"
    assert s.get("files/recent") == []
    assert s.get("clinic/phones") == {}
    assert s.get("window/geometry") == b""


def test_values_survive_a_new_qsettings_on_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    s = _settings(path)
    s.set("view/audience", "clinician")
    s.set("window/geometry", b"\x00\x01binary\xff")
    s.set("clinic/phones", {"ward_nurse": "+44 20 7946 0000", "coordinator": "0800 123"})
    s.set("files/recent", ["/a/one.yaml"])  # a list of ONE survives too (INI turns those into text)
    s.set("clinic/name", "St Elsewhere, Ward 7 = \"cell therapy\"; 100% ok")
    s.sync()
    again = _settings(path)
    assert again.get("view/audience") == "clinician"
    assert again.get("window/geometry") == b"\x00\x01binary\xff"
    assert again.get("clinic/phones") == {"ward_nurse": "+44 20 7946 0000", "coordinator": "0800 123"}
    assert again.get("files/recent") == ["/a/one.yaml"]
    assert again.get("clinic/name") == "St Elsewhere, Ward 7 = \"cell therapy\"; 100% ok"


def test_recent_files_newest_first_without_duplicates_and_capped(tmp_path: Path) -> None:
    s = _settings(tmp_path / "s.ini")
    files = [tmp_path / f"p{i}.yaml" for i in range(MAX_RECENT + 3)]
    for f in files:
        s.add_recent_file(f)
    s.add_recent_file(files[-3])
    recent = s.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == files[-3].resolve()
    assert len(set(recent)) == len(recent)
    s.remove_recent_file(files[-3])
    assert files[-3].resolve() not in s.recent_files()


def test_hand_edited_garbage_gives_the_default(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    path.write_text('[files]\nrecent="{not json"\n[clinic]\nphones="[1, 2]"\n', encoding="utf-8")
    s = _settings(path)
    assert s.get("files/recent") == []
    assert s.get("clinic/phones") == {}


def test_unknown_keys_and_wrong_types_are_refused(tmp_path: Path) -> None:
    s = _settings(tmp_path / "s.ini")
    with pytest.raises(KeyError):
        s.get("view/colour")
    with pytest.raises(TypeError):
        s.set("files/recent", "/not/a/list.yaml")


def test_defaults_are_not_shared_between_reads(tmp_path: Path) -> None:
    s = _settings(tmp_path / "s.ini")
    s.get("files/recent").append("oops")
    assert s.get("files/recent") == []
