"""Shared test set-up: no display needed, and the real user settings are never touched."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# tools/mutate.py runs the tests once per mutant: the same examples every run, so a
# mutant's verdict does not depend on luck, and no example database in the copy.
settings.register_profile("mutate", derandomize=True, database=None)
if os.environ.get("PATHWAY_HYPOTHESIS_PROFILE"):
    settings.load_profile(os.environ["PATHWAY_HYPOTHESIS_PROFILE"])

# Must be set before any QApplication exists; without a display Qt would abort.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The interface follows the system's language (pathway_viewer/core/i18n.py): pin it, so the
# tests read English on any machine unless a test chooses a language itself.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

DATA = Path(__file__).parent / "data"

# The per-test time limit is `timeout` in pyproject.toml; soak and fuzz tests marked slow
# run far more examples, and the bundle tests build an application first, so they get this
# one unless they set their own.
SLOW_TIMEOUT = 600


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        long_running = any(item.get_closest_marker(name) is not None for name in ("slow", "bundle"))
        if long_running and item.get_closest_marker("timeout") is None:
            item.add_marker(pytest.mark.timeout(SLOW_TIMEOUT))


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point every per-user location (settings, app data, logs) at a temporary folder."""
    home = tmp_path_factory.mktemp("home")
    for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                     ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(var, str(path))
    try:
        from PySide6.QtCore import QStandardPaths
    except ImportError:  # model-only environments
        yield
        return
    QStandardPaths.setTestModeEnabled(True)
    yield


@pytest.fixture
def small_pathway_file() -> Path:
    return DATA / "small.yaml"


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    """Where a test's QSettings live: pass to ``QSettings(str(path), QSettings.IniFormat)``."""
    return tmp_path / "settings.ini"


@pytest.fixture(autouse=True)
def _light_theme_after_each_test() -> Iterator[None]:
    """A test that switched to dark or high contrast leaves the next one the light colours."""
    yield
    try:
        from pathway_viewer.core.theme import set_active_theme
    except ImportError:  # model-only environments
        return
    set_active_theme(None)


@pytest.fixture(autouse=True)
def _english_after_each_test() -> Iterator[None]:
    """A test that chose another interface language leaves the next one English: a handout
    test run after a German window printed German headings (the app keeps one language per
    process, as a user's app does)."""
    yield
    try:
        from PySide6.QtCore import QCoreApplication

        from pathway_viewer.core.i18n import SOURCE_LANGUAGE, apply_language, current_language
    except ImportError:  # model-only environments
        return
    app = QCoreApplication.instance()
    if app is not None and current_language() != SOURCE_LANGUAGE:
        apply_language(app, SOURCE_LANGUAGE)


@pytest.fixture(autouse=True)
def _no_hyphenation_loader_after_each_test() -> Iterator[None]:
    """configure_application hands pyphen a loader that reads the (per-test) cache folder;
    the next test starts without it, as a fresh process would."""
    yield
    from models.hyphenation import use_dictionary_loader

    use_dictionary_loader(None)


@pytest.fixture(autouse=True)
def _no_placing_memory_after_each_test() -> Iterator[None]:
    """configure_application has the badges' and labels' places and the first look remembered in the (per-test)
    cache folder; the next test places them itself, as a fresh process with an empty cache would."""
    yield
    from models import badge_places, label_spots

    from pathway_viewer.journey import look_memory

    badge_places.memory.use(None)
    label_spots.memory.use(None)
    look_memory.memory.use(None)


@pytest.fixture
def window(qtbot, tmp_path: Path, small_pathway_file: Path):  # noqa: ANN001, ANN201 - Qt imported late
    """The main window on the small pathway in a 1366x768 laptop's window, with its own
    settings file (a test file that needs another window defines its own ``window``)."""
    from window_helpers import open_window, test_settings

    win = open_window(qtbot, test_settings(tmp_path / "s.ini"), small_pathway_file)
    win.resize(1366, 768)
    qtbot.wait(10)
    return win
