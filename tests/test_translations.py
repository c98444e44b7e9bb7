"""The interface's translation catalogues: complete, up to date with the code, and shipped.

``resources/translations/pathway_viewer_<lang>.ts`` are the sources a translator edits (Qt
Linguist or any text editor); the ``.qm`` beside them are what the app loads. These tests run
Qt's own tools the way ``make translations`` does: a string added to the code without its
German or French fails here, as does a .qm that was not rebuilt after the .ts changed.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FOLDER = REPO / "resources" / "translations"
BIN = Path(sys.executable).parent
PLACEHOLDER = re.compile(r"%(?:[1-9]|n)")

Message = tuple[str, str, str, bool]  # context, source, comment, plural


def sources() -> list[str]:
    return sorted(str(p.relative_to(REPO)) for folder in ("pathway_viewer", "models") for p in (REPO / folder).rglob("*.py"))


def messages(ts: Path) -> dict[Message, ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "",
                   message.get("numerus") == "yes")
            out[key] = message
    return out


def lupdate(tmp_path: Path, *options: str) -> dict[Message, ET.Element]:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources(), "-locations", "none", *options, "-ts", str(fresh)],
        cwd=REPO, check=True, capture_output=True, timeout=120,
    )
    return messages(fresh)


def _has_every_string_of_the_code(tmp_path: Path, language: str) -> None:
    in_code = set(lupdate(tmp_path))
    committed = set(messages(FOLDER / f"pathway_viewer_{language}.ts"))
    assert sorted(in_code - committed) == [], "new strings: run `make translations` and translate them"
    assert sorted(committed - in_code) == [], "strings the code no longer has: run `make translations`"


# Two tests, not one parametrized: pyproject.toml's mutation settings name the German one.
def test_the_german_catalogue_has_every_string_of_the_code_and_no_stale_one(tmp_path: Path) -> None:
    _has_every_string_of_the_code(tmp_path, "de")


# Every other full catalogue shipped, found by its file: a language added is checked at once.
FULL = sorted(p.stem.split("_")[-1] for p in FOLDER.glob("pathway_viewer_*.ts") if p.stem.split("_")[-1] not in ("de", "en"))
SHIPPED = ["de", "en", *FULL]


@pytest.mark.parametrize("language", FULL)
def test_each_other_catalogue_has_every_string_of_the_code_and_no_stale_one(tmp_path: Path, language: str) -> None:
    _has_every_string_of_the_code(tmp_path, language)


def test_the_english_catalogue_has_every_plural_of_the_code(tmp_path: Path) -> None:
    plurals = {m for m in lupdate(tmp_path) if m[3]}
    assert plurals, "the code has %n plurals (e.g. '%n day(s)'), so this list cannot be empty"
    assert plurals == set(messages(FOLDER / "pathway_viewer_en.ts"))


@pytest.mark.parametrize("language", SHIPPED)
def test_every_message_is_translated_with_the_same_placeholders(language: str) -> None:
    problems = []
    for (context, source, _comment, plural), message in messages(FOLDER / f"pathway_viewer_{language}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") is not None:  # unfinished, vanished or obsolete
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] if plural else [translation.text or ""]
        # German, English and French all have two plural forms: one (French: 0 and 1), and more.
        if plural and len(forms) != 2:
            problems.append(f"{context}: {source!r} has {len(forms)} plural forms")
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
    assert problems == []


@pytest.mark.parametrize("language", SHIPPED)
def test_the_shipped_qm_is_built_from_the_committed_ts(tmp_path: Path, language: str) -> None:
    built = tmp_path / f"pathway_viewer_{language}.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(FOLDER / f"pathway_viewer_{language}.ts"), "-qm", str(built)],
        check=True, capture_output=True, timeout=60,
    )
    assert built.read_bytes() == (FOLDER / f"pathway_viewer_{language}.qm").read_bytes(), "run `make translations`"


def test_the_checks_see_an_untranslated_and_a_broken_message(tmp_path: Path) -> None:
    # The checks above can fail: a hand-made catalogue with one of each fault.
    ts = tmp_path / "bad.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE"><context>'
        "<name>Words</name>"
        '<message><source>Step %1 of %2</source><translation type="unfinished"></translation></message>'
        "<message><source>Zoom %1%</source><translation>Zoom</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    found = messages(ts)
    assert found[("Words", "Step %1 of %2", "", False)].find("translation").get("type") == "unfinished"
    broken = found[("Words", "Zoom %1%", "", False)].find("translation").text
    assert PLACEHOLDER.findall(broken) != PLACEHOLDER.findall("Zoom %1%")
