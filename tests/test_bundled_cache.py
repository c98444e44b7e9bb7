"""The validated cache of the bundled pathway and glossary (issue #13 point 2).

Trusted only for the same bundled bytes, app, Python, pydantic and format modules; anything
else (another key, a damaged or foreign file) is ignored silently, the file validated in
full and the cache written again. Every other file is always validated in full.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import models.loader
from models import Pathway, load_pathway
from models.glossary import load_glossary
from models.loader import bundled_pathway
from pathway_viewer.core import bundled_cache
from pathway_viewer.core.bundled_cache import (
    GLOSSARY_CACHE,
    PATHWAY_CACHE,
    cache_key,
    load_bundled,
    load_bundled_glossary,
    read_cache,
)
from pathway_viewer.core.document import PathwayDocument


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files validated in full, counted where the cache would call it."""
    seen: list[str] = []
    real = bundled_cache.load_pathway_bytes

    def counting(raw: bytes, name: str, **kw: bool) -> Pathway:
        seen.append(name)
        return real(raw, name, **kw)

    monkeypatch.setattr(bundled_cache, "load_pathway_bytes", counting)
    return seen


def test_the_cached_pathway_equals_the_validated_one(tmp_path: Path, validations: list[str]) -> None:
    first = load_bundled(tmp_path)
    assert validations == ["car_t_sle.yaml"] and (tmp_path / PATHWAY_CACHE).is_file()
    second = load_bundled(tmp_path)
    assert validations == ["car_t_sle.yaml"]  # read from the cache, not validated again
    assert second == first == load_pathway(bundled_pathway())
    assert second.model_dump() == first.model_dump()
    assert second.step(second.steps[0].id) == first.steps[0]  # the lookups work on the copy


def test_the_cached_glossary_equals_the_validated_one(tmp_path: Path) -> None:
    first = load_bundled_glossary(tmp_path)
    assert (tmp_path / GLOSSARY_CACHE).is_file()
    assert load_bundled_glossary(tmp_path) == first == load_glossary()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "flip_payload", "empty", "other_magic"])
def test_a_corrupt_cache_is_ignored_and_rewritten(tmp_path: Path, validations: list[str], damage: str) -> None:
    load_bundled(tmp_path)
    cache = tmp_path / PATHWAY_CACHE
    good = cache.read_bytes()
    bad = {
        "truncate": good[: len(good) // 2],
        "garbage": b"\x00\xff" * 100,
        "flip_payload": good[:-10] + bytes(b ^ 0xFF for b in good[-10:]),
        "empty": b"",
        "other_magic": b"X" + good[1:],
    }[damage]
    cache.write_bytes(bad)
    assert load_bundled(tmp_path) == load_pathway(bundled_pathway())
    assert validations == ["car_t_sle.yaml"] * 2
    assert cache.read_bytes() == good  # written again


def test_a_cache_for_other_bytes_or_another_version_is_not_trusted(
    tmp_path: Path, validations: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    load_bundled(tmp_path)
    cache = tmp_path / PATHWAY_CACHE
    raw = bundled_pathway().read_bytes()
    assert read_cache(cache, cache_key(raw), Pathway) is not None
    assert read_cache(cache, cache_key(raw + b"\n# changed"), Pathway) is None  # another file hash
    before = cache_key(raw)
    monkeypatch.setattr(bundled_cache, "__version__", "999.0")  # another app version
    assert cache_key(raw) != before
    load_bundled(tmp_path)
    assert validations == ["car_t_sle.yaml"] * 2


def test_a_tampered_payload_with_a_matching_digest_but_another_object_is_refused(tmp_path: Path) -> None:
    # A well-formed cache holding something that is not a Pathway is not used.
    raw = bundled_pathway().read_bytes()
    bundled_cache.write_cache(tmp_path / PATHWAY_CACHE, cache_key(raw), {"not": "a pathway"})
    assert read_cache(tmp_path / PATHWAY_CACHE, cache_key(raw), Pathway) is None
    assert load_bundled(tmp_path) == load_pathway(bundled_pathway())


def test_a_different_file_is_validated_in_full_even_with_a_cache(
    tmp_path: Path, small_pathway_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir = tmp_path / "cache"
    load_bundled(cache_dir)
    calls: list[str] = []
    real = models.loader.validate_data

    def counting(parsed, name: str) -> Pathway:  # noqa: ANN001 - the loader's own type
        calls.append(name)
        return real(parsed, name)

    monkeypatch.setattr(models.loader, "validate_data", counting)
    document = PathwayDocument()
    document.load(small_pathway_file)
    assert calls == [str(small_pathway_file)]
    assert document.pathway == load_pathway(small_pathway_file)


def test_an_unwritable_cache_folder_still_loads(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    assert load_bundled(blocked) == load_pathway(bundled_pathway())
    assert load_bundled(None) == load_pathway(bundled_pathway())


def test_the_document_reads_the_bundled_pathway_through_the_cache(validations: list[str]) -> None:
    # tests/conftest.py points the per-user cache at a temporary folder.
    PathwayDocument().load(None)
    PathwayDocument().load(None)
    assert validations == ["car_t_sle.yaml"]



def test_the_key_is_made_without_source_files_too(monkeypatch: pytest.MonkeyPatch) -> None:
    # The offline bundle has no .py files: the compiled code keys the cache instead.
    raw = bundled_pathway().read_bytes()
    with_sources = cache_key(raw)
    for module in bundled_cache._FORMAT_MODULES:
        monkeypatch.setattr(module, "__file__", None)
    assert cache_key(raw) == cache_key(raw) != with_sources
