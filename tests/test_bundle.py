"""The offline bundle (`make bundle`) works on a machine with no Python and no network.

The bundle is built once for this module, from packaging/pathway_viewer.spec exactly as
`make bundle` builds it, then moved to a folder whose name has a space (as when IT copies
it under "Programs"). Every command then runs from a clean environment: PATH of the base
system only, a fresh HOME, no PYTHON* or virtual-env variables, and, where the kernel lets
us (CI runs as root), in a network namespace with no interface but loopback.

Takes one to three minutes, most of it PyInstaller. Deselect with ``-m "not bundle"``.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the CI build and sandbox are Linux"),
]

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "pathway_viewer.spec"
BUNDLED_PATHWAY = ROOT / "resources" / "pathways" / "car_t_sle.yaml"
BUILD_TIMEOUT = 1200.0
RUN_TIMEOUT = 180.0


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The built one-folder app, moved away from where it was built; its folder."""
    work = tmp_path_factory.mktemp("bundle-build")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "work"), str(SPEC)],
        capture_output=True, text=True, timeout=BUILD_TIMEOUT, cwd=ROOT,
    )
    assert proc.returncode == 0, f"PyInstaller failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-5000:]}"
    installed = tmp_path_factory.mktemp("clinic-pc") / "Programs" / "Pathway Viewer"
    installed.parent.mkdir()
    shutil.move(str(work / "dist" / "pathway-viewer"), installed)
    shutil.rmtree(work, ignore_errors=True)  # the build tree is ~100 MB of copies
    yield installed
    shutil.rmtree(installed, ignore_errors=True)  # pytest keeps its last 3 temp trees


def _offline_prefix() -> list[str]:
    """A command prefix that runs a program with no network, or [] if this machine can't."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    for prefix in ([unshare, "--net"], [unshare, "--map-root-user", "--net"]):
        try:
            probe = subprocess.run([*prefix, "/bin/cat", "/proc/net/dev"], capture_output=True, text=True,
                                   timeout=30)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0 and _interfaces(probe.stdout) == {"lo"}:
            return prefix
    return []


def _interfaces(proc_net_dev: str) -> set[str]:
    return {line.split(":", 1)[0].strip() for line in proc_net_dev.splitlines()[2:] if ":" in line}


@pytest.fixture(scope="module")
def offline() -> list[str]:
    return _offline_prefix()


@pytest.fixture
def run(bundle: Path, offline: list[str], tmp_path: Path):  # noqa: ANN201 - returns a runner
    """Run the bundled executable in a clean environment; cwd is a fresh folder."""
    home = tmp_path / "home"
    home.mkdir()
    cwd = tmp_path / "work"
    cwd.mkdir()
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
    }

    def runner(*args: str) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run([*offline, str(bundle / "pathway-viewer"), *args], capture_output=True, text=True,
                              env=env, cwd=cwd, timeout=RUN_TIMEOUT)
        return proc

    runner.cwd = cwd  # type: ignore[attr-defined]
    runner.home = home  # type: ignore[attr-defined]
    return runner


def _describe(proc: subprocess.CompletedProcess[str]) -> str:
    return f"exit {proc.returncode}\nstdout:\n{proc.stdout[-2000:]}\nstderr:\n{proc.stderr[-3000:]}"


# --- what is inside ---------------------------------------------------------------------------


def test_bundle_holds_the_app_data_and_only_the_qt_it_uses(bundle: Path) -> None:
    names = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*")}
    lower = {n.lower() for n in names}
    # No network library at all: not Qt's, not TLS, not Python's network clients.
    for forbidden in ("qt6network", "qtnetwork", "plugins/tls/", "networkinformation", "_ssl.", "libssl",
                      "qt6qml", "qt6quick", "qt6pdf", "qtwebengine", "qt63d", "qt6multimedia", "qt6designer",
                      "plugins/generic/", "libqwayland", "libqeglfs",
                      "libqgtk3"):
        hits = sorted(n for n in lower if forbidden in n)
        assert not hits, f"{forbidden!r} should not be in the bundle: {hits[:5]}"
    # Of Qt's own translations, only the standard buttons (qtbase) of the languages the app
    # has a catalogue for (English for its plural forms; German, French, Spanish...).
    qt_translations = sorted(n.rsplit("/", 1)[-1] for n in lower if "qt/translations/" in n)
    catalogues = sorted(p.stem.split("_")[-1] for p in (ROOT / "resources" / "translations").glob("*.qm"))
    assert len(catalogues) >= 3 and qt_translations == [f"qtbase_{language}.qm" for language in catalogues]
    # Python modules live in an archive inside the executable: test-only packages and the
    # network clients stay out, the app's own modules (started by name) are all in.
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(bundle / "pathway-viewer")).open_embedded_archive("PYZ.pyz").toc)
    tops = {m.split(".")[0] for m in modules}
    # pypdf is in: the handout's language (/Lang) is written with it.
    for package in ("pytest", "_pytest", "pytestqt", "hypothesis", "textstat", "PyInstaller",
                    "ssl", "http", "ftplib", "smtplib", "xmlrpc", "webbrowser", "asyncio"):
        assert package not in tops, package
    assert not {m for m in modules if m.startswith(("urllib.request", "PySide6.QtNetwork"))}
    local = {p.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".").removesuffix(".__init__")
             for folder in ("pathway_viewer", "models") for p in (ROOT / folder).rglob("*.py")}
    assert local <= modules, sorted(local - modules)
    for needed in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport"):
        assert any(n.startswith(f"_internal/PySide6/{needed}.") for n in names), needed
    for plugin in ("libqxcb.so", "libqoffscreen.so"):
        assert f"_internal/PySide6/Qt/plugins/platforms/{plugin}" in names, plugin
    for data in ("resources/pathways/car_t_sle.yaml", "resources/pathways/car_t_sle.de.yaml", "resources/glossary.yaml",
                 "resources/fonts/NotoSans-Regular.ttf", "resources/fonts/NotoSans-Bold.ttf",
                 "resources/fonts/LICENSE-NotoSans.txt", "resources/fonts/NotoSansArabic-Regular.ttf",
                 "resources/fonts/NotoSansHebrew-Regular.ttf", "resources/fonts/NotoSansCJKsc-Regular-Subset.otf",
                 "resources/fonts/LICENSE-NotoSansArabic-Hebrew.txt", "resources/fonts/LICENSE-NotoSansCJK.txt"):
        assert f"_internal/{data}" in names, data
    assert any(n.startswith("_internal/libpython3") for n in names), "the bundle must carry its own Python"


def test_the_sandbox_really_has_no_network(offline: list[str]) -> None:
    if not offline:
        pytest.skip("no network namespace here (unshare missing or not allowed); the commands ran with network")
    proc = subprocess.run([*offline, "/bin/cat", "/proc/net/dev"], capture_output=True, text=True, timeout=30)
    assert _interfaces(proc.stdout) == {"lo"}


# --- what it does ---------------------------------------------------------------------------------


def test_validate(run) -> None:  # noqa: ANN001
    good = run.cwd / "car_t_sle.yaml"
    shutil.copy(BUNDLED_PATHWAY, good)
    proc = run("validate", str(good))
    assert proc.returncode == 0, _describe(proc)
    assert "car_t_sle.yaml: valid (" in proc.stdout and " steps, " in proc.stdout

    broken = run.cwd / "broken_refs.yaml"
    shutil.copy(ROOT / "tests" / "data" / "broken_refs.yaml", broken)
    proc = run("validate", str(broken))
    assert proc.returncode == 1, _describe(proc)
    assert "broken_refs.yaml:" in proc.stdout and "refused" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_export_png_and_svg(run) -> None:  # noqa: ANN001
    proc = run("export", "-o", "journey.png")
    assert proc.returncode == 0, _describe(proc)
    data = (run.cwd / "journey.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # IHDR
    assert width >= 1000 and height >= 400, (width, height)
    assert len(data) > 50_000  # a drawn journey, not an empty canvas

    proc = run("export", "-o", "journey.svg", "--audience", "clinician")
    assert proc.returncode == 0, _describe(proc)
    svg = (run.cwd / "journey.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "CAR-T" in svg


def test_handout_pdf_has_the_words_and_the_bundled_font(run) -> None:  # noqa: ANN001
    from pypdf import PdfReader

    proc = run("handout", "-o", "handout.pdf", "--infusion-date", "2026-03-02")
    assert proc.returncode == 0, _describe(proc)
    reader = PdfReader(run.cwd / "handout.pdf")
    assert len(reader.pages) >= 5
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    for words in ("CAR-T cell therapy for lupus", "The day you get your cells", "Mon 2 Mar 2026",
                  "Words used in this guide", "not medical advice"):
        assert words in text, words
    fonts = {str(font.get_object().get("/BaseFont")) for page in reader.pages[:2]
             for font in (page.get("/Resources") or {}).get("/Font", {}).values()}
    assert any("NotoSans" in name for name in fonts), fonts
    assert reader.trailer["/Root"]["/Lang"] == "en"  # written by pypdf, inside the bundle


def test_window_opens_offscreen_and_paints(run) -> None:  # noqa: ANN001
    from PySide6.QtGui import QImage

    proc = run("--bundle-smoke-test", "window.png")
    assert proc.returncode == 0, _describe(proc)
    assert "window shown: 'CAR-T" in proc.stdout and "platform offscreen" in proc.stdout
    image = QImage(str(run.cwd / "window.png"))
    assert not image.isNull() and image.width() >= 400 and image.height() >= 300
    # Painted: many colours (text, cards, panels), not one flat fill.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 20, len(colours)
    # Nothing went to the crash log.
    assert not list(run.home.rglob("pathway-viewer.log")), "the app logged a crash"
