"""``pathway-viewer diff BASE CHANGED``: what a clinic changed, per step, in plain text.

Exit 0 when the pathways are the same, 1 when they differ (like ``diff``, so a script or a
CI job can ask "did anything change?"), 2 when either file does not load; then its located
problems go to stderr, as ``validate`` prints them. Qt-free: it runs on any server.
"""

from __future__ import annotations

import sys
from pathlib import Path

SAME, DIFFERENT, UNREADABLE = 0, 1, 2


def diff_command(base: Path, changed: Path) -> int:
    from models import Pathway, PathwayError, load_pathway
    from models.change_report import grouped_changes, report_lines

    from models.translation import is_translation_file

    loaded: list[Pathway] = []
    for path in (base, changed):
        if is_translation_file(path):
            # Its fields are a translation's, not a pathway's: a hundred "unknown field"
            # lines would hide the one thing to say.
            print(f"{path}: a translation file, not a pathway; diff compares two pathway files "
                  f"(check a translation with 'pathway-viewer validate {path}')", file=sys.stderr)
            continue
        try:
            loaded.append(load_pathway(path))
        except PathwayError as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            print(f"{path}: cannot be compared until it loads", file=sys.stderr)
    if len(loaded) < 2:
        return UNREADABLE
    for line in report_lines(str(base), loaded[0], str(changed), loaded[1]):
        print(line)
    return DIFFERENT if grouped_changes(loaded[0], loaded[1]) else SAME
