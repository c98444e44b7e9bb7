"""A step's section in the handout stays on one page when it fits on one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from test_handout import flat, pdf_pages

from models import load_pathway
from pathway_viewer.output.handout import write_handout_pdf

DATA = Path(__file__).parent / "data"
# Listed in the contents, but a section of the part "at a glance" (under its picture), not a part.
TABLE = "The main journey, step by step"


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


@pytest.mark.parametrize("name", ["small.yaml", "stroke_rehab.yaml", "hip_replacement.yaml"])
def test_a_short_part_follows_on_the_page_before_it_whole_and_a_long_one_starts_a_page(
    qapp, tmp_path: Path, name: str
) -> None:
    """A part of the handout (who to call, the sources...) that fits whole on what the page
    before leaves free follows there, rather than leave most of a page blank; one that does
    not fit starts a page, so no part is cut that need not be."""
    from models.glossary import load_glossary
    from test_handout_sections import contents

    out = tmp_path / "handout.pdf"
    write_handout_pdf(out, load_pathway(DATA / name), glossary=load_glossary())
    pages = [flat(page) for page in pdf_pages(out)]
    listed = contents(out)
    followed = []
    for (title, page), after in zip(listed, listed[1:] + [None]):
        assert title in pages[page - 1], (title, page)  # the contents still give its page
        if pages[page - 1].startswith(title) or title == TABLE:
            continue
        followed.append(title)
        # Not at the top of its page: then it is whole on it, the next part on the same page or
        # at the top of the next one (or it is the last, on the last page).
        if after is None:
            assert page == len(pages), title
        else:
            next_title, next_page = after
            assert next_page == page or (next_page == page + 1 and pages[page].startswith(next_title)), (title, after)
    if name == "small.yaml":
        # Its short parts share pages: the words after who to call, the about page after the
        # sources, and it is two pages shorter than one page a part made it.
        assert "Words used in this guide" in followed and "About this guide" in followed, followed
        assert len(pages) <= 9


def test_the_call_now_list_stays_whole_with_its_heading_in_large_print(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    # A Polish ward's large-print handout ended a page with "Call your team at once, day or
    # night" and one sign; the other three signs were on the next page.
    import datetime as dt

    from models.schedule import step_dates

    pathway = load_pathway(DATA / "zlamanie_biodra_pl.yaml")
    out = tmp_path / "large.pdf"
    dates = step_dates(pathway, dt.date(2026, 7, 6), dt.date(2026, 7, 5))
    write_handout_pdf(out, pathway, dates=dates, infusion_date=dt.date(2026, 7, 6), large_print=True)
    heading = "Call your team at once, day or night"
    signs = ["Temperatura", "Ropa lub krwawienie"]  # the first and the last of every such list
    seen = 0
    for page in (flat(p) for p in pdf_pages(out)):
        for after in page.split(heading)[1:]:
            seen += 1
            assert all(sign in after for sign in signs), after[:200]
    assert seen >= 5
