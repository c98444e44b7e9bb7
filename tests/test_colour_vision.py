"""The colour measure behind the phase palette, checked against published numbers.

Every expected value comes from a published table, from the standard's own formula worked
out with a calculator, or from an independent implementation (each table names its
source); none is computed with models.colour_vision.
Qt-free and fast: it is the test run for the mutation tester's colour_vision entry.
"""

from __future__ import annotations

import pytest

from models.colour_vision import SIMULATIONS, VISIONS, ciede2000, closest_pair, difference, lab, linear_rgb, simulate

# Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula: implementation notes,
# supplementary test data, and mathematical observations", Color Research & Application
# 30(1) 21-30, table 1 (also distributed as ciede2000testdata.txt on the first author's
# page): all 34 pairs, L*a*b* of each colour and the expected difference to 4 decimals.
# They were chosen to reach every branch of the formula: hues either side of the 0/360 wrap,
# a grey against a colour, mean hues near 275 degrees where the rotation term is large.
SHARMA_2005 = [
    ((50.0000, 2.6772, -79.7751), (50.0000, 0.0000, -82.7485), 2.0425),
    ((50.0000, 3.1571, -77.2803), (50.0000, 0.0000, -82.7485), 2.8615),
    ((50.0000, 2.8361, -74.0200), (50.0000, 0.0000, -82.7485), 3.4412),
    ((50.0000, -1.3802, -84.2814), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, -1.1848, -84.8006), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, -0.9009, -85.5211), (50.0000, 0.0000, -82.7485), 1.0000),
    ((50.0000, 0.0000, 0.0000), (50.0000, -1.0000, 2.0000), 2.3669),
    ((50.0000, -1.0000, 2.0000), (50.0000, 0.0000, 0.0000), 2.3669),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0009), 7.1792),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0010), 7.1792),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0011), 7.2195),
    ((50.0000, 2.4900, -0.0010), (50.0000, -2.4900, 0.0012), 7.2195),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0009, -2.4900), 4.8045),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0010, -2.4900), 4.8045),
    ((50.0000, -0.0010, 2.4900), (50.0000, 0.0011, -2.4900), 4.7461),
    ((50.0000, 2.5000, 0.0000), (50.0000, 0.0000, -2.5000), 4.3065),
    ((50.0000, 2.5000, 0.0000), (73.0000, 25.0000, -18.0000), 27.1492),
    ((50.0000, 2.5000, 0.0000), (61.0000, -5.0000, 29.0000), 22.8977),
    ((50.0000, 2.5000, 0.0000), (56.0000, -27.0000, -3.0000), 31.9030),
    ((50.0000, 2.5000, 0.0000), (58.0000, 24.0000, 15.0000), 19.4535),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.1736, 0.5854), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.2972, 0.0000), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 1.8634, 0.5757), 1.0000),
    ((50.0000, 2.5000, 0.0000), (50.0000, 3.2592, 0.3350), 1.0000),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((63.0109, -31.0961, -5.8663), (62.8187, -29.7946, -4.0864), 1.2630),
    ((61.2901, 3.7196, -5.3901), (61.4292, 2.2480, -4.9620), 1.8731),
    ((35.0831, -44.1164, 3.7933), (35.0232, -40.0716, 1.5901), 1.8645),
    ((22.7233, 20.0904, -46.6940), (23.0331, 14.9730, -42.5619), 2.0373),
    ((36.4612, 47.8580, 18.3852), (36.2715, 50.5065, 21.2231), 1.4146),
    ((90.8027, -2.0831, 1.4410), (91.1528, -1.6435, 0.0447), 1.4441),
    ((90.9257, -0.5406, -0.9208), (88.6381, -0.8985, -0.7239), 1.5381),
    ((6.7747, -0.2908, -2.4247), (5.8714, -0.0985, -2.2286), 0.6377),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
]


@pytest.mark.parametrize(("first", "second", "expected"), SHARMA_2005, ids=[f"pair{i}" for i in range(1, 35)])
def test_ciede2000_gives_every_published_difference_in_either_order(
    first: tuple[float, float, float], second: tuple[float, float, float], expected: float
) -> None:
    assert round(ciede2000(first, second), 4) == expected
    assert round(ciede2000(second, first), 4) == expected


def test_a_colour_against_itself_differs_by_nothing() -> None:
    for colour in [(50.0, 0.0, 0.0), (50.0, 2.5, 0.0), (36.4612, 47.858, 18.3852), (22.7233, 20.0904, -46.694)]:
        assert ciede2000(colour, colour) == 0.0


def test_opposite_hues_of_equal_chroma_worked_out_by_hand() -> None:
    # (50, 0, 1) against (50, 0, -1): a* = 0, so a' = 0 and C' = 1 for both; hues 90 and 270,
    # exactly 180 apart, so dh' = 180 and the mean hue is 180 (the formula's "<= 180" case);
    # dL' = dC' = 0. dH' = 2 sqrt(1 * 1) sin(90) = 2, and
    # T = 1 - 0.17 cos(150) + 0.24 cos(360) + 0.32 cos(546) - 0.20 cos(657) = 0.9781792,
    # S_H = 1 + 0.015 * 1 * T = 1.0146727, so dE00 = 2 / 1.0146727 = 1.971079.
    assert round(ciede2000((50.0, 0.0, 1.0), (50.0, 0.0, -1.0)), 6) == 1.971079
    assert round(ciede2000((50.0, 0.0, -1.0), (50.0, 0.0, 1.0)), 6) == 1.971079


# Pairs placed on the hue-angle edges that the Sharma pairs leave between their points,
# where a mistake only moves the rotation term R_T (large only for mean hues near 275):
# hues exactly 180 apart with unequal chroma; 180.7 apart with a mean hue of 275.3; and
# more than 180 apart with hues that sum to exactly 360 (a* doubled and b* negated and
# doubled: the same angle mirrored, so the sum is 360.0 in floating point too). Expected
# values computed with colour-science 0.4.7, colour.difference.delta_E_CIE2000 (an
# independent implementation, itself tested against the Sharma table).
HUE_EDGE_PAIRS = [
    ((50.0, 0.0, 10.0), (50.0, 0.0, -60.0), 37.745191),
    ((50.0, 80.0, 7.0), (60.0, -12.0, -1.2), 29.662242),
    ((50.0, 1.0, 40.0), (50.0, 2.0, -80.0), 52.812953),
]


@pytest.mark.parametrize(("first", "second", "expected"), HUE_EDGE_PAIRS)
def test_hue_edges_follow_the_published_formula(
    first: tuple[float, float, float], second: tuple[float, float, float], expected: float
) -> None:
    assert round(ciede2000(first, second), 6) == expected
    assert round(ciede2000(second, first), 6) == expected


# Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of
# color vision deficiency", IEEE TVCG 15(6); the severity 1.0 matrices from the authors'
# published table (the same values as colour-science's CVD_MATRICES_MACHADO2010).
MACHADO_2009_SEVERITY_1 = {
    "protanopia": [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ],
    "deuteranopia": [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ],
    "tritanopia": [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ],
}


def test_the_simulations_are_machados_published_matrices() -> None:
    assert {name: [list(row) for row in matrix] for name, matrix in SIMULATIONS.items()} == MACHADO_2009_SEVERITY_1
    assert VISIONS == ("typical", "protanopia", "deuteranopia", "tritanopia")


# A pure primary picks one column of the published matrix; a result outside 0..1 (a
# negative entry, or 1.052583) cannot be shown on a screen and is clipped to the edge.
PRIMARIES_SEEN = [
    ("protanopia", (1.0, 0.0, 0.0), (0.152286, 0.114503, 0.0)),
    ("protanopia", (0.0, 1.0, 0.0), (1.0, 0.786281, 0.0)),
    ("protanopia", (0.0, 0.0, 1.0), (0.0, 0.099216, 1.0)),
    ("deuteranopia", (1.0, 0.0, 0.0), (0.367322, 0.280085, 0.0)),
    ("deuteranopia", (0.0, 1.0, 0.0), (0.860646, 0.672501, 0.04294)),
    ("deuteranopia", (0.0, 0.0, 1.0), (0.0, 0.047413, 0.968881)),
    ("tritanopia", (1.0, 0.0, 0.0), (1.0, 0.0, 0.004733)),
    ("tritanopia", (0.0, 1.0, 0.0), (0.0, 0.930809, 0.691367)),
    ("tritanopia", (0.0, 0.0, 1.0), (0.0, 0.147602, 0.3039)),
    ("typical", (0.2, 0.4, 0.6), (0.2, 0.4, 0.6)),
]


@pytest.mark.parametrize(("vision", "rgb", "expected"), PRIMARIES_SEEN)
def test_a_primary_is_seen_as_its_column_of_the_matrix_clipped_to_the_screen(
    vision: str, rgb: tuple[float, float, float], expected: tuple[float, float, float]
) -> None:
    assert tuple(round(v, 6) for v in simulate(rgb, vision)) == expected


def test_an_unknown_vision_is_refused() -> None:
    with pytest.raises(KeyError):
        simulate((0.5, 0.5, 0.5), "achromatopsia")


# IEC 61966-2-1 (sRGB) decoding, worked out with a calculator for 8-bit values either side of the
# 0.04045 knee: 1/255/12.92, and ((128/255 + 0.055)/1.055)**2.4.
def test_hex_colours_are_decoded_as_srgb_channel_by_channel() -> None:
    assert linear_rgb("#000000") == (0.0, 0.0, 0.0)
    assert linear_rgb("#FFFFFF") == (1.0, 1.0, 1.0)
    assert tuple(round(v, 10) for v in linear_rgb("#FF8001")) == (1.0, 0.2158605001, 0.000303527)
    assert tuple(round(v, 10) for v in linear_rgb("#0180ff")) == (0.000303527, 0.2158605001, 1.0)


@pytest.mark.parametrize("text", ["#FFF", "red", "#1234567", "", "X123456"])
def test_a_colour_not_written_rrggbb_gets_a_message_that_quotes_it(text: str) -> None:
    with pytest.raises(ValueError, match=rf"#rrggbb; got '{text}'"):
        linear_rgb(text)


# CIELAB (D65) of the sRGB primaries and white: the published values of Bruce Lindbloom's
# calculator (brucelindbloom.com, sRGB, reference white D65 = 0.95047, 1, 1.08883), which
# uses the same sRGB-to-XYZ matrix.
PUBLISHED_LAB = [
    ("#FF0000", (53.2408, 80.0925, 67.2032)),
    ("#00FF00", (87.7347, -86.1827, 83.1793)),
    ("#0000FF", (32.2970, 79.1875, -107.8602)),
    ("#FFFFFF", (100.0, 0.0, 0.0)),
]


@pytest.mark.parametrize(("colour", "expected"), PUBLISHED_LAB)
def test_the_srgb_primaries_land_on_their_published_cielab_values(colour: str, expected: tuple[float, ...]) -> None:
    assert tuple(round(v, 4) + 0.0 for v in lab(linear_rgb(colour))) == expected


# Greys sit on the L* axis. L* worked out with a calculator from CIE 15:2004: L* = 116 (Y/Yn)^(1/3) - 16
# above epsilon = 216/24389 (about 0.008856), kappa * Y/Yn with kappa = 24389/27 below it.
# Y of a grey is its decoded value times 1.0000001 (the sum of the Y row of the matrix).
# #171717 (Y 0.008568) and #1C1C1C (Y 0.011612) lie just either side of the knee, #101010
# well below it, #010101 at the bottom and #808080 (the mid grey) well above.
GREY_LIGHTNESS = [
    ("#000000", 0.0),
    ("#010101", 0.274175),
    ("#101010", 4.680445),
    ("#171717", 7.739557),
    ("#1C1C1C", 10.268185),
    ("#808080", 53.585016),
]


@pytest.mark.parametrize(("grey", "lightness"), GREY_LIGHTNESS)
def test_greys_have_the_cie_lightness_and_no_colour(grey: str, lightness: float) -> None:
    l_star, a_star, b_star = lab(linear_rgb(grey))
    assert round(l_star, 6) == lightness
    # the matrix rows do not sum exactly to the D65 white, so a grey is off the axis by < 0.0001
    assert (round(a_star, 4), round(b_star, 4)) == (0.0, 0.0)


# CIEDE2000 between pure sRGB colours, as two independent libraries publish it in their
# tests (Unicolour, tests/DifferenceTests.cs; nicuveo's mcl, tests/distance.cc): they agree
# to 4 decimals.
PUBLISHED_SRGB_DIFFERENCES = [
    ("#000000", "#FFFFFF", 100.0),
    ("#FF0000", "#00FF00", 86.6082),
    ("#00FF00", "#0000FF", 83.1859),
    ("#0000FF", "#FF0000", 52.8814),
    ("#FF0000", "#FFFF00", 64.3009),
    ("#00FFFF", "#FF00FF", 57.9835),
]


@pytest.mark.parametrize(("first", "second", "expected"), PUBLISHED_SRGB_DIFFERENCES)
def test_screen_colours_differ_by_the_published_amount(first: str, second: str, expected: float) -> None:
    assert round(difference(first, second), 4) == expected
    assert round(difference(first, second, "typical"), 4) == expected


def test_a_protanope_sees_red_and_green_less_than_half_as_different() -> None:
    assert difference("#FF0000", "#00FF00", "protanopia") < 86.6082 / 2


def test_the_closest_pair_names_both_colours_and_the_first_vision_that_confuses_them() -> None:
    # Two copies of one colour are 0 apart for every vision: the tie goes to the first vision
    # in the list, and to the pair in palette order.
    assert closest_pair(["#FFFFFF", "#3366AA", "#3366AA"]) == (0.0, "#3366AA", "#3366AA", "typical")
