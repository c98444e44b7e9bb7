"""One SVG <text> per line of words, so a search finds words that mix scripts.

QSvgGenerator writes a <text> element for each run of one script: "見守り" became "見守" (Han)
and "り" (Hiragana) in two elements, and searching the SVG, or a browser showing it, for 見守り
found nothing. Runs of one line in one style, written one after the other, are joined into
one element: the first run is its text and each later run a <tspan> at the x Qt gave it, so
every glyph stays exactly where it was drawn.
"""

from __future__ import annotations

import re

# A run as QSvgGenerator writes it: its attributes before x, x, y, the rest, then the text.
_RUN = re.compile(
    r'<text (?P<pre>[^>]*?)x="(?P<x>[^"]*)" y="(?P<y>[^"]*)"(?P<post>[^>]*)>(?P<body>[^<]*)</text>'
)


def join_text_runs(svg: str) -> str:
    """``svg`` with each line's runs (same style, same baseline, nothing between) in one <text>."""
    out: list[str] = []
    at = 0
    group: list[re.Match[str]] = []

    def flush() -> None:
        if not group:
            return
        first = group[0]
        if len(group) == 1:
            out.append(first.group(0))
        else:
            tail = "".join(f'<tspan x="{run["x"]}">{run["body"]}</tspan>' for run in group[1:])
            out.append(f'<text {first["pre"]}x="{first["x"]}" y="{first["y"]}"{first["post"]}>{first["body"]}{tail}</text>')
        group.clear()

    for run in _RUN.finditer(svg):
        between = svg[at : run.start()]
        joins = (
            group
            and not between.strip()
            and (run["pre"], run["y"], run["post"].strip()) == (group[-1]["pre"], group[-1]["y"], group[-1]["post"].strip())
        )
        if not joins:
            flush()
            out.append(between)
        group.append(run)
        at = run.end()
    flush()
    out.append(svg[at:])
    return "".join(out)
