"""What a cold start skips (issue #13 point 2), and that nothing is lost by skipping it.

pyphen's dictionaries are parsed once and read back from the cache folder while the file
and pyphen stay the same; Python's cycle collector waits from the first import until the
journey is painted, then is on again with the start-up set aside (gc.freeze); and no
QWidget class the start does not use is loaded before that paint.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pyphen
import pytest

from pathway_viewer.core import bundled_cache
from pathway_viewer.core.bundled_cache import hyphenation_loader


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The dictionary files pyphen parses, by name."""
    seen: list[str] = []
    real = pyphen.HyphDict.__init__

    def counting(self: pyphen.HyphDict, path: Path) -> None:
        seen.append(path.name)
        real(self, path)

    monkeypatch.setattr(pyphen.HyphDict, "__init__", counting)
    return seen


def test_a_dictionary_is_parsed_once_then_read_from_the_cache(tmp_path: Path, parses: list[str]) -> None:
    german = pyphen.LANGUAGES["de_DE"]
    first = hyphenation_loader(tmp_path)(german)
    again = hyphenation_loader(tmp_path)(german)  # as at the next start
    assert parses == ["hyph_de_DE.dic"]
    assert (tmp_path / "hyphenation-hyph_de_DE.dic.cache").is_file()
    # Lym-pho-zy-ten-de-ple-ti-on, Nach-sor-ge-un-ter-su-chung (the German dictionary's breaks;
    # these are its raw places: pyphen itself leaves out 19, one letter from the end).
    for read in (first, again):
        assert read.positions("Lymphozytendepletion") == [3, 6, 8, 11, 13, 16, 18, 19]
        assert read.positions("Nachsorgeuntersuchung") == [4, 7, 9, 11, 14, 16]


def test_a_cached_dictionary_is_not_trusted_for_another_file_or_pyphen(
    tmp_path: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    english = pyphen.LANGUAGES["en_US"]
    hyphenation_loader(tmp_path / "cache")(english)
    # The same name with other patterns (a pyphen upgrade that changed the file): parsed again.
    changed = tmp_path / "changed" / english.name
    changed.parent.mkdir()
    shutil.copyfile(english, changed)
    with changed.open("a", encoding="utf-8") as out:
        out.write("\n.zz1zz\n")
    assert hyphenation_loader(tmp_path / "cache")(changed).positions("information") == [2, 5, 7]
    monkeypatch.setattr(bundled_cache.pyphen, "__version__", "999.0")
    hyphenation_loader(tmp_path / "cache")(english)
    assert parses == ["hyph_en_US.dic"] * 3


def test_the_collector_is_on_again_when_the_window_never_opens(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathway_viewer.cli.commands import main
    from pathway_viewer.window import app

    during: list[bool] = []
    monkeypatch.setattr(app, "run", lambda path, language=None: during.append(gc.isenabled()) or 0)
    assert gc.isenabled()
    assert main([]) == 0
    assert during == [False]  # held while the window would be built
    assert gc.isenabled()


def test_a_start_with_no_arguments_opens_the_bundled_pathway_without_building_the_parser(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pathway_viewer.cli import commands
    from pathway_viewer.window import app

    opened: list[tuple[object, object]] = []
    monkeypatch.setattr(app, "run", lambda path, language=None: opened.append((path, language)) or 0)
    built: list[int] = []
    real = commands.build_parser
    monkeypatch.setattr(commands, "build_parser", lambda: built.append(1) or real())
    assert commands.main([]) == 0
    assert opened == [(None, None)] and built == []
    assert commands.main(["--lang", "de"]) == 0  # anything else is parsed as before
    assert opened == [(None, None), (None, "de")] and built == [1]


@pytest.mark.parametrize("opening_view", ["journey", "timeline"])
def test_the_collector_waits_for_the_first_paint_then_freezes_the_start(tmp_path: Path, opening_view: str) -> None:
    # The real start (`pathway-viewer` with no file) in a child process: at the moment the
    # collector is released, the view the window opens on (the journey, or the timeline when
    # it was last used) has been painted and the collector was still off. The timeline case
    # once left the collector off for the whole session: the journey it waited for never painted.
    code = textwrap.dedent(
        """
        import gc, json, sys
        from PySide6.QtCore import QCoreApplication, QSettings
        from pathway_viewer import APP_NAME, ORG_NAME
        QCoreApplication.setOrganizationName(ORG_NAME)
        QCoreApplication.setApplicationName(APP_NAME)
        QSettings().setValue("view/mode", sys.argv[1])
        QSettings().sync()
        from pathway_viewer.core import cold_start

        seen = {}
        release = cold_start.release_collector

        def noting(freeze):
            if seen:  # the entry point's own release once run() returns: a no-op by now
                return release(freeze)
            from PySide6.QtWidgets import QApplication
            from pathway_viewer.journey.view import JourneyView
            from pathway_viewer.timeline.view import TimelineView

            # PySide loads every QWidget class (and its enums) to name the first widget Qt
            # made that Python meets; the views make their own viewports (core/viewport.py).
            # Asked first: allWidgets() below meets many such widgets.
            from PySide6 import QtWidgets
            seen["every widget class"] = any(n in vars(QtWidgets) for n in ("QWizard", "QCalendarWidget", "QDial"))
            seen["held"] = not gc.isenabled()
            seen["freeze"] = freeze
            views = [w for w in QApplication.allWidgets() if isinstance(w, (JourneyView, TimelineView))]
            seen["shown"] = sorted(type(v).__name__ for v in views if v.isVisible())
            release(freeze)
            seen["on after"] = gc.isenabled()
            seen["frozen"] = gc.get_freeze_count() > 0
            QApplication.exit(0)

        cold_start.release_collector = noting
        from pathway_viewer.cli.commands import main
        main([])
        print(json.dumps(seen))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "c"),
           "XDG_CONFIG_HOME": str(tmp_path / "s")}
    out = subprocess.run([sys.executable, "-c", code, opening_view], capture_output=True, text=True, env=env,
                         timeout=120, check=True)
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    shown = {"journey": ["JourneyView"], "timeline": ["TimelineView"]}[opening_view]
    assert seen == {"held": True, "freeze": True, "shown": shown, "every widget class": False, "on after": True,
                    "frozen": True}
    if opening_view == "journey":
        # ...and the badge places of the first look were kept for the next start, written
        # after that paint (bundled_cache.Memory), in the user's cache folder.
        assert [p.name for p in (tmp_path / "c").rglob("badge-places.cache")] == ["badge-places.cache"]
