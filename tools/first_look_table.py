"""How often a journey opens whole and readable: a table of first looks over a corpus.

For each journey of the corpus (the test pathways that validate, the benchmarks' generated
journeys of 12 to 30 steps with seeds 0 to 4, the tests' long-titled and long journeys) it
opens the window as a first start does, with both side panels, at 1366x768, 1920x1080 and
3840x2160 at scale 2 (a child process: Qt's scale is fixed once it starts), and prints how
many main steps are wholly in view with their title at 9 pt or more.

    PYTHONPATH=$PWD .venv/bin/python tools/first_look_table.py [--only NAME-PART] [--sizes 1366,1920,4k] [--text 150]

Writes nothing but temporary pathway files; never touches the user's settings or cache
(its windows use per-user folders of their own: tools/private_home.py).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from private_home import use_private_home  # tools/ is the script's folder

ROOT = Path(__file__).resolve().parent.parent
TESTS = ROOT / "tests"
NINE_POINT_PX = 12.0  # 9 pt at 96 logical dpi
SIZES = {"1366": (1366, 768), "1920": (1920, 1080), "4k": (1920, 1080)}  # 4k: logical pixels at scale 2


def corpus(folder: Path) -> dict[str, str]:
    """name: pathway file ("" for the bundled pathway)."""
    sys.path[:0] = [str(ROOT), str(TESTS)]
    from benchmarks.generate import generate_pathway, write_pathway
    from models.loader import load_pathway
    from test_first_view import long_pathway, long_titled_pathway
    from pathway_files import generate_pathway as generate_branchy, to_yaml

    paths: dict[str, str] = {"bundled": ""}
    for path in sorted((TESTS / "data").glob("*.yaml")):
        try:
            load_pathway(path)
        except Exception:  # a broken or translation-only file is not a journey to open
            continue
        paths[path.stem] = str(path)
    for n in range(12, 31, 2):
        for seed in range(5):
            out = folder / f"gen{n}_s{seed}.yaml"
            if seed == 0:
                out.write_text(to_yaml(generate_pathway(n)), encoding="utf-8")
            else:
                write_pathway(out, n, seed=seed)
            paths[f"gen{n}-s{seed}"] = str(out)
    for n in (14, 18, 24):
        paths[f"long-titles{n}"] = str(long_titled_pathway(folder, n))
    for n in (14, 18):
        paths[f"long{n}"] = str(long_pathway(folder, n))
    branchy = folder / "branchy42.yaml"
    branchy.write_text(to_yaml(generate_branchy(42, seed=3, loop_backs=2, branches=0.0)), encoding="utf-8")
    paths["branchy42"] = str(branchy)
    return paths


def look(paths: dict[str, str], size: tuple[int, int], text: int = 100) -> dict[str, list[object]]:
    """Each journey's first look in this process's Qt at ``size``, its text at ``text`` %."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    sys.path[:0] = [str(ROOT), str(TESTS)]
    from test_first_view import unreadable_or_hidden
    from window_helpers import test_settings
    from pathway_viewer.window.app import create_main_window

    out: dict[str, list[object]] = {}
    for name, path in paths.items():
        folder = Path(tempfile.mkdtemp())
        settings = test_settings(folder / "s.ini")
        settings.set("view/text_size", text)
        window = create_main_window(settings, Path(path) if path else None)
        window.resize(*size)
        window.show()
        for _ in range(5):
            app.processEvents()
        main = window.document.graph.main_path
        missing = unreadable_or_hidden(window)
        out[name] = [
            len(main) - len(missing), len(main), round(window.view.zoom_level, 3), window.scene.columns_per_row,
            [window.care_team.width(), window.details.width()], window.banner.height(),
            [window.view.viewport().width(), window.view.viewport().height()],
        ]
        window.close()
        window.deleteLater()
        app.processEvents()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="journeys whose name contains this")
    parser.add_argument("--sizes", default="1366,1920,4k")
    parser.add_argument("--text", type=int, default=100, help="text size in percent (View > Text size)")
    parser.add_argument("--json", help="also write the table here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # a child at scale 2: paths as JSON, answers as JSON on the last line
        print(json.dumps(look(json.loads(args.child), SIZES["4k"], args.text)))
        return
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    use_private_home()  # the 4k child inherits it
    folder = Path(tempfile.mkdtemp())
    paths = {k: v for k, v in corpus(folder).items() if args.only in k}
    table: dict[str, dict[str, list[object]]] = {}
    for size in args.sizes.split(","):
        if size == "4k":
            env = {**os.environ, "QT_SCALE_FACTOR": "2", "PYTHONPATH": os.pathsep.join([str(ROOT), str(TESTS)])}
            done = subprocess.run([sys.executable, __file__, "--child", json.dumps(paths), "--text", str(args.text)], capture_output=True,
                                  text=True, env=env, check=True)
            table[size] = json.loads(done.stdout.strip().splitlines()[-1])
        else:
            table[size] = look(paths, SIZES[size], args.text)
    sizes = list(table)
    print(f"{'journey':<24}" + "".join(f"{s:>34}" for s in sizes))
    whole = {s: 0 for s in sizes}
    for name in paths:
        row = f"{name:<24}"
        for s in sizes:
            ok, total, zoom, per_row, panels, banner, _ = table[s][name]
            whole[s] += ok == total
            row += f"{f'{ok}/{total} z{zoom:.3f} r{per_row} p{panels[0]},{panels[1]} b{banner}':>34}"
        print(row)
    print(f"{'whole and readable':<24}" + "".join(f"{f'{whole[s]}/{len(paths)}':>34}" for s in sizes))
    if args.json:
        Path(args.json).write_text(json.dumps(table, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
