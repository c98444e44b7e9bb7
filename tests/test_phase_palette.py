"""Phase colours: at least 12, tellable apart with colour-blind vision, and readable under text.

Needs no QApplication: the colours are strings and QColor works without one.
"""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
import yaml
from PySide6.QtGui import QColor

from models import Pathway
from models.colour_vision import SIMULATIONS, VISIONS, ciede2000, closest_pair, difference, lab, simulate
from models.contrast import contrast_ratio
from pathway_viewer.core.theme import PHASE_PALETTE, Theme

# CIEDE2000. Tol's own "light" scheme reaches 7.47 (light blue against mint, under tritanopia),
# so the extended palette must not be worse than the published one it starts from.
MINIMUM_DIFFERENCE = 7.0


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [  # Sharma, Wu & Dalal (2005), table 1: pairs 1, 7, 17 and 25
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ],
)
def test_ciede2000_matches_the_published_test_data(first: tuple, second: tuple, expected: float) -> None:
    assert round(ciede2000(first, second), 4) == expected
    assert round(ciede2000(second, first), 4) == expected


def test_white_is_lab_100_and_greys_look_the_same_to_everyone() -> None:
    assert [round(v, 3) for v in lab((1.0, 1.0, 1.0))] == [100.0, 0.0, 0.0]
    for vision in SIMULATIONS:
        assert [round(v, 3) for v in simulate((0.5, 0.5, 0.5), vision)] == [0.5, 0.5, 0.5]
        assert difference("#777777", "#777777", vision) == 0.0


def test_a_red_green_pair_fails_for_deuteranopia() -> None:
    # matplotlib's default red and green: obvious to most, nearly the same for deuteranopes
    assert difference("#D62728", "#2CA02C") > 70
    assert difference("#D62728", "#2CA02C", "deuteranopia") < MINIMUM_DIFFERENCE
    assert closest_pair(("#D62728", "#2CA02C", "#1F77B4"))[1:] == ("#D62728", "#2CA02C", "deuteranopia")


def test_twelve_phase_colours_all_different() -> None:
    assert len(PHASE_PALETTE) >= 12
    assert len({c.upper() for c in PHASE_PALETTE}) == len(PHASE_PALETTE)
    assert Theme().phase_palette == PHASE_PALETTE


@pytest.mark.parametrize("vision", VISIONS)
def test_every_pair_is_tellable_apart(vision: str) -> None:
    too_close = [
        (a, b, round(difference(a, b, vision), 2))
        for a, b in combinations(PHASE_PALETTE, 2)
        if difference(a, b, vision) < MINIMUM_DIFFERENCE
    ]
    assert too_close == []


@pytest.mark.parametrize("vision", VISIONS)
def test_no_phase_colour_vanishes_on_the_white_card(vision: str) -> None:
    assert min(difference(c, "#FFFFFF", vision) for c in PHASE_PALETTE) >= 12


def test_band_text_on_every_phase_colour_reads_at_4_5_to_1() -> None:
    theme = Theme()
    for colour in PHASE_PALETTE:
        ink = theme.text_on(QColor(colour)).name()
        assert contrast_ratio(ink, colour) >= 4.5, (colour, ink)


def test_an_eleven_phase_pathway_gets_eleven_different_colours() -> None:
    data = yaml.safe_load((Path(__file__).parent / "data" / "small.yaml").read_text(encoding="utf-8"))
    data["phases"] = [{"id": f"p{i}", "title": f"Phase {i}"} for i in range(11)]
    for step in data["steps"]:
        step["phase"] = "p0"
    pathway = Pathway.model_validate(data)
    theme = Theme()
    colours = [theme.phase_color(pathway, f"p{i}").name().upper() for i in range(11)]
    assert colours == [
        "#77AADD", "#99DDFF", "#44BB99", "#BBCC33", "#EEDD88", "#EE8866",
        "#FFAABB", "#AAAA00", "#CCFFCC", "#BB77AA", "#449988",
    ]
