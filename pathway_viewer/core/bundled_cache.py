"""Validated copies of the bundled pathway and glossary, so a start does not validate them again.

Validating the bundled file builds pydantic's validators for the whole format (the
biggest single cost of a cold start, issue #13). The bundled file cannot change without
the app changing, so once it has passed full validation the resulting :class:`Pathway`
is kept in the per-user cache folder and read back on the next start.

The cache is trusted only when everything that could make it differ matches: the
SHA-256 of the bundled file's bytes, the app version, the Python and pydantic versions,
and the bytes of the modules that define the format (an editable install may change the
schema without a new version). The payload carries its own SHA-256 too, so a cut-off or
damaged file is noticed before it is read. Anything else (another key, a damaged,
unreadable or foreign file) is ignored silently: the bundled file is validated in full
and the cache written again, atomically, so a crash never leaves half a cache behind.

Only the bundled pathway and glossary are cached. Every other file is always validated in full.

pyphen's hyphenation dictionaries are kept the same way (:func:`hyphenation_loader`):
parsed once, keyed also by pyphen's version and the dictionary file's bytes.

So are the first look's slow, pure steps (:class:`Memory`): the places of the numbered
badges of a wrapped journey and of the arrows' labels, and the choice of the first look
itself (journey/look_memory.py: its rows, card heights, zoom and the room it asked for). What a run's first look placed or
used is written once it is painted, keyed by the SHA-256 of everything it is placed from and
by the placing's code, so the next start at the same window size need not place it again.

The payload is a pickle of the validated models: it rebuilds the very same frozen
``Pathway`` without running a validator. It is read only from the user's own cache
folder and only after the checks above; anyone who can write there can already run code
as that user, so a pickle adds no new way in.
"""

from __future__ import annotations

import hashlib
import marshal
import pickle
import sys
from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path
from types import ModuleType
from typing import Generic, TypeVar

import pydantic
import pyphen
from PySide6.QtCore import QStandardPaths

from models import Pathway, load_pathway_bytes
from models import badge_places as _badge_places
from models import glossary as _glossary
from models import glossary_terms as _glossary_terms
from models import label_spots as _label_spots
from models import placement as _placement
from models import routing as _routing
from models import schema as _schema
from models import training as _training
from models import wrap as _wrap
from models.glossary import BUNDLED_GLOSSARY, Glossary, bundled_glossaries, bundled_glossary, load_glossary_bytes
from models.loader import BUNDLED_PATHWAY, bundled_pathway

from .. import __version__
from .atomic import WriteError, atomic_write_bytes

PATHWAY_CACHE = "bundled-pathway.cache"
GLOSSARY_CACHE = "bundled-glossary.cache"
_MAGIC = b"pathway-viewer bundled cache 1\n"
_DIGEST = 32  # bytes of a SHA-256
_FORMAT_MODULES = (_schema, _training, _glossary, _glossary_terms)  # the modules that define what is cached
BADGE_CACHE = "badge-places.cache"
LABEL_CACHE = "label-places.cache"
LOOK_CACHE = "first-look.cache"
MEMORY_ENTRIES = 16  # window sizes and pathways kept between runs; the oldest is forgotten first
# ...and within a run: choosing one look in a small window places the badges for more row
# lengths and card heights than 16 (the bundled journey at 1024x700: 15 to 20), so a memory of
# 16 forgot each before it was asked again and every Home placed all of them afresh (~1.7 s).
SESSION_ENTRIES = 256
# ...and no more than this many bytes (as pickled) beyond the newest 16: a 1,000-step journey's
# placing is ~130 KB where the bundled one's is ~10 KB, and resizing the window makes a new
# one at every size it stops at.
SESSION_BYTES = 8 * 1024 * 1024
# The placing's code: every module whose functions run in it (badge_places uses
# label_spots' weights and its test for a box beside a line), not those only named for a type.
_BADGE_MODULES = (_badge_places, _label_spots, _placement, _routing, _wrap)
_LABEL_MODULES = (_label_spots, _placement)

T = TypeVar("T")


def user_cache_folder() -> Path | None:
    """The per-user cache folder (tests point it at a temporary one), or None if there is none."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(folder) if folder else None


def cache_key(raw: bytes, modules: tuple[ModuleType, ...] = _FORMAT_MODULES) -> bytes:
    """What the cached object depends on; any change makes a cache written before it stale."""
    key = hashlib.sha256()
    for part in (__version__, sys.version, pydantic.VERSION):
        key.update(part.encode() + b"\0")
    for module in modules:
        key.update(_module_bytes(module) + b"\0")
    key.update(raw)
    return key.digest()


def _module_bytes(module: ModuleType) -> bytes:
    """The module's source, or in the offline bundle (no .py files) its compiled code."""
    try:
        return Path(module.__file__ or "").read_bytes()
    except OSError:
        pass
    try:
        return marshal.dumps(module.__spec__.loader.get_code(module.__name__))  # type: ignore[union-attr]
    except Exception:  # noqa: BLE001 - no code to read: the version strings still key the cache
        return b""


def load_bundled(cache_dir: Path | None) -> Pathway:
    """The bundled pathway: from the cache if it is valid for this file and app, else validated.

    Raises :class:`models.PathwayError` only if the bundled file itself is refused.
    """
    raw = bundled_pathway().read_bytes()
    return _cached(cache_dir, PATHWAY_CACHE, raw, Pathway, lambda: load_pathway_bytes(raw, BUNDLED_PATHWAY))


def load_bundled_glossary(cache_dir: Path | None) -> Glossary:
    """The bundled glossary, cached the same way (its words mark the first page shown)."""
    return _cached_glossary(cache_dir, bundled_glossary())


def load_bundled_glossaries(cache_dir: Path | None) -> tuple[Glossary, ...]:
    """Every bundled glossary (English first, then one per other language), each cached alike."""
    return tuple(_cached_glossary(cache_dir, source) for source in bundled_glossaries())


def _cached_glossary(cache_dir: Path | None, source: Traversable) -> Glossary:
    raw = source.read_bytes()
    name = GLOSSARY_CACHE if source.name == BUNDLED_GLOSSARY else f"bundled-{Path(source.name).stem}.cache"
    return _cached(cache_dir, name, raw, Glossary, lambda: load_glossary_bytes(raw, source.name))


def hyphenation_loader(cache_dir: Path | None) -> Callable[[Traversable], pyphen.HyphDict]:
    """Reads a pyphen dictionary from the cache if it is valid for that file, else parses it.

    For :func:`models.hyphenation.use_dictionary_loader`: parsing costs ~45 ms of CPU
    (English) to ~0.43 s (German) of every start; reading it back 4 ms and 30 ms.
    """

    def load(path: Traversable) -> pyphen.HyphDict:
        raw = f"pyphen {pyphen.__version__}\0".encode() + path.read_bytes()
        return _cached(cache_dir, f"hyphenation-{path.name}.cache", raw, pyphen.HyphDict, lambda: pyphen.HyphDict(path))

    return load


def _cached(cache_dir: Path | None, name: str, raw: bytes, kind: type[T], validate: Callable[[], T]) -> T:
    if cache_dir is None:
        return validate()
    key = cache_key(raw)
    cache = cache_dir / name
    found = read_cache(cache, key, kind)
    if found is None:
        found = validate()
        write_cache(cache, key, found)
    return found


def read_cache(cache: Path, key: bytes, kind: type[T]) -> T | None:
    """The cached ``kind``, or None if the file is missing, stale or damaged in any way."""
    try:
        data = cache.read_bytes()
    except OSError:
        return None
    head = len(_MAGIC)
    if data[:head] != _MAGIC or data[head : head + _DIGEST] != key:
        return None
    digest, payload = data[head + _DIGEST : head + 2 * _DIGEST], data[head + 2 * _DIGEST :]
    if hashlib.sha256(payload).digest() != digest:
        return None
    try:
        found = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - any failure to read the cache means: validate instead
        return None
    return found if type(found) is kind else None


def write_cache(cache: Path, key: bytes, found: object) -> None:
    """Keep ``found`` for the next start; a cache that cannot be written is simply not kept."""
    try:
        payload = pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError):
        return  # e.g. a later pyphen whose dictionaries cannot be pickled: simply not kept
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cache, _MAGIC + key + hashlib.sha256(payload).digest() + payload)
    except (OSError, WriteError):
        pass  # a read-only or full disk: the next start validates again, which is only slower


class Memory(Generic[T]):
    """Results of one slow, pure step remembered between runs (:class:`models.remembered.Recall`).

    A result is looked up by the SHA-256 of the step's inputs pickled (equal bytes only for
    equal inputs, so a hit is the very result a new run would get); the file is keyed by the
    step's code (``modules``) and the versions, like the bundled pathway's cache. The step
    never touches the disk but to read the file once: :meth:`flush` writes the newest
    MEMORY_ENTRIES results the run made or used, once, after the first look is painted
    (app.run), so neither the first paint nor resizing the window waits for the disk. Later
    results are kept in memory for the session, up to SESSION_ENTRIES and SESSION_BYTES.
    """

    def __init__(self, cache_dir: Path | None, name: str, modules: tuple[ModuleType, ...]) -> None:
        self._cache = cache_dir / name if cache_dir is not None else None
        self._key = cache_key(b"", modules) if cache_dir is not None else b""
        self._entries: dict[bytes, T] | None = None
        self._sizes: dict[bytes, int] = {}  # of the results made in this run, pickled
        self._changed = False  # made or used since the file was read: worth writing
        self._flushed = False

    def __call__(self, inputs: tuple[object, ...], compute: Callable[[], T]) -> T:
        return self._recall(inputs, compute, renew=False)

    def renew(self, inputs: tuple[object, ...], compute: Callable[[], T]) -> T:
        """``compute()``, kept in place of what was remembered for ``inputs``: a result that
        did not hold (a first look the window no longer answers the same way) would otherwise
        be tried, fail and be made again at every start."""
        return self._recall(inputs, compute, renew=True)

    def _recall(self, inputs: tuple[object, ...], compute: Callable[[], T], *, renew: bool) -> T:
        try:
            digest = hashlib.sha256(pickle.dumps(inputs, protocol=pickle.HIGHEST_PROTOCOL)).digest()
        except (pickle.PicklingError, TypeError, AttributeError):
            return compute()
        if self._entries is None:
            found = read_cache(self._cache, self._key, dict) if self._cache is not None else None
            self._entries = found if found is not None else {}
        newest = None if renew else next(reversed(self._entries), None)
        result = self._entries.pop(digest, None)
        if result is None or renew:
            result = compute()
            self._sizes[digest] = _pickled_size(result)
        # A result used again moves to the newest end, so the window size used start after
        # start is the last to be forgotten; only a new result or a new order is worth writing.
        self._changed = self._changed or digest != newest
        self._entries[digest] = result
        entries, sizes = self._entries, self._sizes
        while len(entries) > SESSION_ENTRIES or (len(entries) > MEMORY_ENTRIES and sum(sizes.values()) > SESSION_BYTES):
            oldest = next(iter(entries))
            del entries[oldest]
            sizes.pop(oldest, None)
        return result

    def flush(self) -> None:
        """Write the results to the cache folder, once a run and only if they changed."""
        if self._flushed:
            return
        self._flushed = True
        if self._cache is not None and self._entries is not None and self._changed:
            # The newest: the look just painted used its placings last.
            newest = list(self._entries.items())[-MEMORY_ENTRIES:]
            write_cache(self._cache, self._key, dict(newest))


def _pickled_size(result: object) -> int:
    try:
        return len(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    except (pickle.PicklingError, TypeError, AttributeError):
        return 0  # never written either (write_cache): counted as nothing


def badge_memory(cache_dir: Path | None) -> Memory[dict[_badge_places.Key, _routing.Route]]:
    """The numbered badges' placings (:data:`models.badge_places.memory`)."""
    return Memory(cache_dir, BADGE_CACHE, _BADGE_MODULES)


def label_memory(cache_dir: Path | None) -> Memory[_label_spots.Placed]:
    """The arrows' labels' placings (:data:`models.label_spots.memory`)."""
    return Memory(cache_dir, LABEL_CACHE, _LABEL_MODULES)
