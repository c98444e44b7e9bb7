"""A step's section in the handout stays on one page when it fits on one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_handout import flat, pdf_pages

from models import load_pathway
from pathway_viewer.output.handout import write_handout_pdf

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("name", ["small.yaml", "tiny_en.yaml"])
def test_a_short_step_is_not_cut_by_a_page_edge(qapp, tmp_path: Path, name: str) -> None:
    pathway = load_pathway(DATA / name)
    out = tmp_path / "handout.pdf"
    write_handout_pdf(out, pathway)
    pages = [flat(page) for page in pdf_pages(out)]
    total = int(re.search(r"Step 1 of (\d+):", " ".join(pages)).group(1))  # main steps only
    for number in range(1, total):
        heading, following = f"Step {number} of {total}:", f"Step {number + 1} of {total}:"
        found = [i for i, page in enumerate(pages) if heading in page]
        assert len(found) == 1, (heading, [p[:60] for p in pages])
        at = found[0]
        if following in pages[at]:
            continue
        # Else the step ends its page, and the next one starts the next page.
        assert pages[at + 1].startswith(following), (number, pages[at + 1][:80])
