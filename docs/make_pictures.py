"""Draw the README's pictures with the app itself (offscreen): `python docs/make_pictures.py`.

Uses a temporary settings file, so it never touches the real user settings.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pathway_viewer.window.app import configure_application, create_main_window  # noqa: E402
from pathway_viewer.core.settings import AppSettings  # noqa: E402

HERE = Path(__file__).parent


def main() -> int:
    app = QApplication(sys.argv[:1])
    configure_application(app)
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = create_main_window(settings)
        window.resize(1440, 860)
        window.show()
        app.processEvents()
        window.document.select("leukapheresis")
        app.processEvents()
        window.grab().save(str(HERE / "window.png"))

        window.document.set_schedule(dt.date(2026, 3, 10))
        window.show_view("timeline", remember=False)
        app.processEvents()
        window.document.select("lymphodepletion")
        app.processEvents()
        window.grab().save(str(HERE / "timeline.png"))
        window.show_view("journey", remember=False)

        presentation = window.start_presentation()
        assert presentation is not None
        presentation.showNormal()
        presentation.resize(1280, 720)
        presentation.start("evaluation", full_screen=False)
        app.processEvents()
        presentation.grab().save(str(HERE / "presentation.png"))
        presentation.close()
        window.close()
    from pathway_viewer.output.export import export_pathway_file

    export_pathway_file(None, HERE / "journey.png")
    for name in ("window.png", "timeline.png", "presentation.png"):
        print(f"Wrote {HERE / name}")
    first_looks(app)
    return 0


def first_looks(app: QApplication) -> None:
    """The window as it first opens on a 1366x768 laptop (both side panels open) and on a
    1920x1080 screen: the journey wrapped to the window, and the timeline."""
    knee = HERE.parent / "tests" / "data" / "knee_surgery.yaml"
    ahsct = HERE.parent / "tests" / "data" / "ahsct_ms.yaml"
    lymphoma = HERE.parent / "tests" / "data" / "car_t_lymphoma.yaml"
    stroke = HERE.parent / "tests" / "data" / "stroke_rehab.yaml"
    shots = [
        ("first-look-1366.png", (1366, 768), None, "journey"),
        ("first-look-1920.png", (1920, 1080), None, "journey"),
        ("first-look-knee-1366.png", (1366, 768), knee, "journey"),
        ("first-look-ahsct-1366.png", (1366, 768), ahsct, "journey"),
        ("first-look-lymphoma-1366.png", (1366, 768), lymphoma, "journey"),
        ("first-look-stroke-1366.png", (1366, 768), stroke, "journey"),
        ("timeline-1366.png", (1366, 768), None, "timeline"),
        ("timeline-stroke-1366.png", (1366, 768), stroke, "timeline"),
        ("large-text-1024.png", (1024, 700), None, "journey"),
    ]
    for name, size, path, view in shots:
        with tempfile.TemporaryDirectory() as tmp:
            settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
            if name.startswith("large-text"):
                settings.set("view/text_size", 200)
            window = create_main_window(settings, path)
            window.resize(*size)
            window.show()
            app.processEvents()
            if view == "timeline":
                window.show_view("timeline", remember=False)
                app.processEvents()
            window.grab().save(str(HERE / name))
            window.close()
        print(f"Wrote {HERE / name}")


if __name__ == "__main__":
    sys.exit(main())
