"""The handout's journey picture, read from the PDF as it prints: every card title large
enough to read on paper (9 pt, 14 pt in large print), every picture whole on its page, and
a long journey continued on the next pages, row by row, before the step table."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from models import load_pathway
from pathway_viewer.core.clinic import ClinicInfo
from pathway_viewer.output.handout import render_journey_pictures, write_handout_pdf

DATA = Path(__file__).parent / "data"
STROKE = DATA / "stroke_rehab.yaml"  # 16 main steps, long titles, side steps and ways back
KNEE = DATA / "knee_surgery.yaml"  # 5 main steps
HIP = DATA / "hip_replacement.yaml"  # 16 main steps, every optional field
BUNDLED = Path(__file__).resolve().parents[1] / "resources" / "pathways" / "car_t_sle.yaml"

# What the README promises, written out here: a card title is drawn 40 pixels high in the
# picture (more where that prints under 200 dpi: titles are then read at least 14.4 pt), the page has 16 mm margins and a 9 mm footer band (x 16/12 in large print), and
# one point is 1/72 inch.
TITLE_PICTURE_PX = 40
MARGIN_PT = 16 / 25.4 * 72
FOOTER_PT = 9 / 25.4 * 72
LARGE = 16 / 12


@dataclass(frozen=True)
class Placed:
    """One picture as the PDF places it: its page (1-based), pixels, and box in points."""

    page: int
    pixels: tuple[int, int]
    x: float
    y: float
    width: float
    height: float

    @property
    def title_pt(self) -> float:
        return TITLE_PICTURE_PX * self.width / self.pixels[0]


def placed_pictures(path: Path) -> list[Placed]:
    """Every image drawn in the PDF, in page order, with where the page's matrix puts it."""
    out: list[Placed] = []
    for number, page in enumerate(PdfReader(str(path)).pages, 1):
        xobjects = page["/Resources"].get("/XObject", {})

        def before(op: bytes, args: list, cm: list[float], _tm: list[float], number: int = number, xobjects=xobjects) -> None:  # noqa: ANN001
            if op == b"Do":
                image = xobjects[args[0]].get_object()
                if image.get("/Subtype") == "/Image":
                    out.append(Placed(number, (int(image["/Width"]), int(image["/Height"])), cm[4], cm[5], cm[0], cm[3]))

        page.extract_text(visitor_operand_before=before)
    return out


def handout(tmp_path: Path, file: Path, *, large_print: bool = False, paper: str = "a4") -> Path:
    pathway = load_pathway(file)
    out = tmp_path / f"{file.stem}-{'large' if large_print else 'normal'}-{paper}.pdf"
    write_handout_pdf(
        out,
        pathway,
        clinic=ClinicInfo(paper=paper),
        large_print=large_print,
        journey_image=render_journey_pictures(pathway, large_print=large_print, paper=paper),
    )
    return out


def page_texts(path: Path) -> list[str]:
    return [(page.extract_text() or "").replace("\t", " ") for page in PdfReader(str(path)).pages]


@pytest.mark.parametrize(("file", "large_print", "least_pt"), [
    (KNEE, False, 9.0), (STROKE, False, 9.0), (KNEE, True, 14.0), (STROKE, True, 14.0),
])
def test_card_titles_read_on_paper(qapp, tmp_path, file, large_print, least_pt) -> None:
    pictures = placed_pictures(handout(tmp_path, file, large_print=large_print))
    assert pictures
    for picture in pictures:
        assert picture.title_pt >= least_pt, f"page {picture.page}: titles at {picture.title_pt:.1f} pt"
        # Printed at its own pixels' size: no picture is stretched or squeezed on the page.
        assert picture.width / picture.pixels[0] == pytest.approx(picture.height / picture.pixels[1], rel=0.01)


@pytest.mark.parametrize(("file", "large_print", "paper", "page_size"), [
    (STROKE, False, "a4", (595, 842)), (STROKE, True, "a4", (595, 842)), (STROKE, False, "letter", (612, 792)),
    (STROKE, True, "letter", (612, 792)),
    # Rows taller than a page at 14 pt (a column of side steps), on the shorter paper.
    (BUNDLED, True, "letter", (612, 792)),
])
def test_every_picture_stands_whole_inside_the_text_of_its_page(qapp, tmp_path, file, large_print, paper, page_size) -> None:
    """A picture reaching past the margins or into the footer band would be cut at the page
    edge (the handout clips each page's text area)."""
    width, height = page_size
    footer = FOOTER_PT * (LARGE if large_print else 1.0)
    for picture in placed_pictures(handout(tmp_path, file, large_print=large_print, paper=paper)):
        assert picture.x >= MARGIN_PT - 0.5 and picture.x + picture.width <= width - MARGIN_PT + 0.5
        assert picture.y >= MARGIN_PT + footer - 0.5, f"page {picture.page} runs into the footer"
        assert picture.y + picture.height <= height - MARGIN_PT + 0.5, f"page {picture.page} runs off the top"


def test_a_long_journey_continues_on_the_next_pages_before_the_step_table(qapp, tmp_path) -> None:
    path = handout(tmp_path, STROKE)
    pictures = placed_pictures(path)
    pages = [picture.page for picture in pictures]
    # Sixteen main steps cannot be read on one page: one picture a page, from page 2 on.
    assert len(pictures) >= 3
    assert pages == list(range(2, 2 + len(pictures)))
    texts = page_texts(path)
    assert "Your journey at a glance" in texts[1]
    # After the cover, whose contents list it too.
    table_page = next(i for i, text in enumerate(texts, 1) if i > 1 and "The main journey, step by step" in text)
    # Straight after the pictures: under the last one where it leaves room, else on the next
    # page (no picture after it).
    assert table_page in (pages[-1], pages[-1] + 1)
    # The pages between hold the picture alone: it adds no words to the text layer (what the
    # picture shows is the step table's text, once, in reading order).
    for page in pages[1:-1]:
        lines = [line for line in texts[page - 1].splitlines() if line.strip()]
        assert all("Educational, not medical advice" in line or line.startswith("Page ") for line in lines), lines


@pytest.mark.parametrize(("file", "large_print", "most"), [
    # Measured from the PDFs before this rule (rows whole first): 5, 8, 6 and 16 pages; then
    # 3, 6, 5 and 12 with pictures sized for A4 and Letter alike, cut greedily.
    (BUNDLED, False, 3), (BUNDLED, True, 6), (STROKE, False, 5), (STROKE, True, 10),
])
def test_the_picture_takes_the_fewest_pages_its_titles_allow(qapp, tmp_path, file, large_print, most) -> None:
    """At a glance: the fewest pages first, each filled (a row may go on over the page,
    cut between its cards), before rows whole or larger titles."""
    pictures = placed_pictures(handout(tmp_path, file, large_print=large_print))
    assert len(pictures) <= most
    assert min(picture.title_pt for picture in pictures) >= (14.0 if large_print else 9.0)


def test_a_short_journey_fits_one_picture_under_its_heading(qapp, tmp_path) -> None:
    path = handout(tmp_path, KNEE)
    assert [picture.page for picture in placed_pictures(path)] == [2]
    assert "Your journey at a glance" in page_texts(path)[1]


def test_large_print_pictures_are_larger_than_the_normal_ones(qapp, tmp_path) -> None:
    normal = min(p.title_pt for p in placed_pictures(handout(tmp_path, KNEE)))
    large = min(p.title_pt for p in placed_pictures(handout(tmp_path, KNEE, large_print=True)))
    assert large >= 14.0 > normal >= 9.0


def text_height_pt(large_print: bool, page_height: float = 842) -> float:
    return page_height - 2 * MARGIN_PT - FOOTER_PT * (LARGE if large_print else 1.0)


@pytest.mark.parametrize("file", [BUNDLED, STROKE, HIP])
def test_large_print_picture_pages_are_filled(qapp, tmp_path, file) -> None:
    """Rows combine on a page where they fit, and a row too tall for what is left of a page
    goes on over it (cut between its cards): no page of the picture but the last is left
    half empty, and on average they are more than four-fifths full (the heading above the
    first picture counts as filled). Measured before: 79 %, 78 % and 77 % on average, the
    emptiest 72 %, 54 % and 57 % full."""
    pictures = placed_pictures(handout(tmp_path, file, large_print=True))
    below = [(picture.y - MARGIN_PT - FOOTER_PT * LARGE) / text_height_pt(True) for picture in pictures[:-1]]
    filled = [1 - blank for blank in below]
    assert min(filled) >= 0.55, filled
    assert sum(filled) / len(filled) >= 0.82, filled


def test_pictures_for_a4_fill_a4_and_for_letter_fit_letter(qapp, tmp_path) -> None:
    """A handout for A4 uses A4's height (Letter is shorter); one for Letter its width."""
    a4 = placed_pictures(handout(tmp_path, STROKE, large_print=True))
    letter = placed_pictures(handout(tmp_path, STROKE, large_print=True, paper="letter"))
    assert max(p.height for p in a4) > text_height_pt(True, 792)  # taller than Letter's text
    assert max(p.height for p in letter) <= text_height_pt(True, 792) + 0.5


def test_printing_on_a_paper_neither_a4_nor_letter_gives_pictures_that_fit_both(qtbot, tmp_path) -> None:
    """A printer set to Legal, A5 or its own size: the clinic's A4 says nothing of the sheet
    in it, so the pictures fit Letter's shorter page too (they were A4's, taller than it)."""
    from window_helpers import open_window, test_settings

    # A journey whose cuts between pages fall differently on A4 and on Letter.
    window = open_window(qtbot, test_settings(tmp_path / "s.ini"), HIP)
    assert window.clinic.paper == "a4"

    def sizes(images) -> list[tuple[int, int]]:
        return [(image.width(), image.height()) for image in images]

    both = sizes(render_journey_pictures(window.document.pathway, paper=None))
    for_a4 = sizes(window.handout_options(None)["journey_image"])  # a PDF: the clinic's A4
    assert for_a4 != both  # A4's pages are taller than Letter's: the two plans differ
    assert sizes(window.handout_options(None, printing=True)["journey_image"]) == both


@pytest.mark.parametrize(("file", "large_print"), [(STROKE, False), (STROKE, True), (BUNDLED, False)])
def test_pictures_print_sharp(qapp, tmp_path, file, large_print) -> None:
    # The map is a picture, not vector art: at 200 dots per inch or more its names print crisp.
    pictures = placed_pictures(handout(tmp_path, file, large_print=large_print))
    assert pictures
    for picture in pictures:
        dpi = picture.pixels[0] / (picture.width / 72)
        assert dpi >= 200, f"page {picture.page}: {dpi:.0f} dpi"


def test_the_legend_is_never_cut_from_the_row_above_it(qapp) -> None:  # noqa: ANN001
    # A Hebrew kidney pathway's handout printed its legend alone on page 3, the picture it
    # explains on page 2: a page may end between two rows, never between a row and the legend.
    from models import load_pathway
    from pathway_files import DATA
    from pathway_viewer.output.journey_picture import _free_lines, _scene, _solid

    for name, per_row in (("kidney_transplant_he.yaml", 5), ("kidney_transplant_he.yaml", 4), ("hip_replacement.yaml", 4),
                          ("small.yaml", 3)):
        scene = _scene(load_pathway(DATA / name), "patient", 100, None)
        scene.set_columns_per_row(per_row)  # wrapped into rows, as for a page
        legend = scene.legend()
        assert legend is not None, name
        key = legend.sceneBoundingRect()
        lowest = max(c.mapRectToScene(c.card_rect()).bottom() for c in scene.all_cards())
        solid = _solid(scene)
        # A cut below every card and above the legend would leave a page to the legend alone.
        alone = [y for y in _free_lines(scene.sceneRect().top(), scene.sceneRect().bottom(), solid) if lowest + 6 < y < key.top() - 1]
        assert alone == [], (name, alone[:3])
