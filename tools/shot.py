"""Render the main window offscreen as a first start would, and save a PNG to look at.

    python tools/shot.py OUT.png [PATHWAY] [--size 1366x768] [--text 100] [--theme light]
                         [--lang en] [--content de] [--select STEP_ID] [--view journey|timeline]

Uses a settings file and per-user folders of its own (never the user's), so every picture
is a first start and nothing is left in the user's cache.
It prints how many main steps are whole and readable in view, and the scroll bars' ranges,
so a picture and its numbers can be compared.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from private_home import use_private_home  # noqa: E402 - tools/ is the script's folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("pathway", nargs="?", type=Path, help="a pathway file (default: the bundled one)")
    parser.add_argument("--size", default="1366x768", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--text", type=int, default=100, help="text size in percent")
    parser.add_argument("--theme", default="light", choices=("system", "light", "dark", "high-contrast"))
    parser.add_argument("--lang", default=None, help="interface language")
    parser.add_argument("--content", default=None, help="content language (a translation of the pathway, e.g. de)")
    parser.add_argument("--select", default=None, help="a step id to select before the picture")
    parser.add_argument("--view", default="journey")
    parser.add_argument("--focus", default=None, help="object name of a widget to give the keyboard (Tab focus)")
    args = parser.parse_args()
    use_private_home()

    from PySide6.QtWidgets import QApplication

    from pathway_viewer.window.app import configure_application, create_main_window
    from test_first_view import unreadable_or_hidden
    from window_helpers import test_settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    configure_application(app)
    folder = Path(tempfile.mkdtemp())
    settings = test_settings(folder / "s.ini")
    settings.set("view/text_size", args.text)
    settings.set("view/theme", args.theme)
    if args.content:
        from models import bundled_pathway, load_pathway

        settings.set("content/language", {load_pathway(args.pathway or bundled_pathway()).id: args.content})
    window = create_main_window(settings, args.pathway, args.lang)
    if window.startup_problems:
        # The window then shows the bundled pathway: a picture of it, taken for the file
        # asked for, misled whoever looked at it.
        for problem in window.startup_problems:
            print(problem, file=sys.stderr)
        sys.exit(f"{args.pathway}: could not be opened; no picture taken")
    width, height = (int(n) for n in args.size.lower().split("x"))
    window.resize(width, height)
    window.show()
    for _ in range(5):
        app.processEvents()
    if args.select:
        window.document.select(args.select)
    if args.view != "journey":
        window.show_view(args.view, remember=False)
    if args.focus:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QWidget

        window.activateWindow()
        target = window.findChild(QWidget, args.focus)
        if target is None:
            parser.error(f"no widget named {args.focus!r}")
        target.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(args.out))
    main_path = window.document.graph.main_path
    missing = unreadable_or_hidden(window)
    bars = [(bar.minimum(), bar.maximum()) for bar in (window.view.horizontalScrollBar(), window.view.verticalScrollBar())]
    print(f"{args.out}: main steps whole and readable {len(main_path) - len(missing)}/{len(main_path)}; "
          f"zoom {window.view.zoom_level:.3f}; scroll ranges {bars}; missing {missing}; "
          f"panels {'in one column' if window.panel_columns.joined else 'in two columns'} "
          f"{[d.width() for d in window.panel_columns.docks()]}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
