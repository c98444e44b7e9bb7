"""How far apart two colours look, to people with typical and with colour-blind vision.

Phase colours must stay tellable apart for the roughly 1 in 12 men with a red-green colour
vision deficiency, and for the rarer blue-yellow one. A palette is checked, not trusted: each
colour is passed through the Machado, Oliveira & Fernandes (2009) simulation of protanopia,
deuteranopia and tritanopia (severity 1.0, applied to linear RGB as in their paper), and the
difference between two simulated colours is measured with CIEDE2000 (Sharma, Wu & Dalal 2005),
the CIE's formula for how different two colours look.
"""

from __future__ import annotations

import math
from itertools import combinations

Matrix = tuple[tuple[float, float, float], tuple[float, float, float], tuple[float, float, float]]

# Machado et al. 2009, table for severity 1.0 (full dichromacy), linear RGB in and out.
SIMULATIONS: dict[str, Matrix] = {
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "tritanopia": (
        (1.255528, -0.076749, -0.178779),
        (-0.078411, 0.930809, 0.147602),
        (0.004733, 0.691367, 0.303900),
    ),
}
VISIONS = ("typical", *SIMULATIONS)

_D65_WHITE = (0.95047, 1.0, 1.08883)
Lab = tuple[float, float, float]
LinearRgb = tuple[float, float, float]


def _to_linear(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def linear_rgb(colour: str) -> LinearRgb:
    """A ``#rrggbb`` colour as linear-light RGB, each 0..1."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"a colour is written #rrggbb; got {colour!r}")
    r, g, b = (_to_linear(int(text[i:i + 2], 16) / 255) for i in (0, 2, 4))
    return (r, g, b)


def simulate(rgb: LinearRgb, vision: str) -> LinearRgb:
    """The colour as seen with ``vision`` ("typical" or a key of SIMULATIONS), clipped to 0..1."""
    if vision == "typical":
        return rgb
    m = SIMULATIONS[vision]
    return tuple(min(1.0, max(0.0, sum(m[row][k] * rgb[k] for k in range(3)))) for row in range(3))  # type: ignore[return-value]


def lab(rgb: LinearRgb) -> Lab:
    """CIELAB (D65 white) of a linear sRGB colour."""
    r, g, b = rgb
    xyz = (
        0.4124564 * r + 0.3575761 * g + 0.1804375 * b,
        0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
        0.0193339 * r + 0.1191920 * g + 0.9503041 * b,
    )

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = (f(v / w) for v, w in zip(xyz, _D65_WHITE))
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def ciede2000(first: Lab, second: Lab) -> float:
    """The CIEDE2000 colour difference (kL = kC = kH = 1)."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = a1 * (1 + g), a2 * (1 + g)
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0

    dl = l2 - l1
    dc = c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    elif h2p - h1p > 180:
        dh = h2p - h1p - 360
    else:
        dh = h2p - h1p + 360
    dh_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))

    l_mean = (l1 + l2) / 2
    cp_mean = (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_mean = (h1p + h2p + 360) / 2
    else:
        h_mean = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rt = (
        -2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
        * math.sin(math.radians(60 * math.exp(-(((h_mean - 275) / 25) ** 2))))
    )
    return math.sqrt(
        (dl / sl) ** 2 + (dc / sc) ** 2 + (dh_big / sh) ** 2 + rt * (dc / sc) * (dh_big / sh)
    )


def difference(first: str, second: str, vision: str = "typical") -> float:
    """CIEDE2000 between two ``#rrggbb`` colours as someone with ``vision`` sees them."""
    return ciede2000(lab(simulate(linear_rgb(first), vision)), lab(simulate(linear_rgb(second), vision)))


def closest_pair(palette: tuple[str, ...] | list[str]) -> tuple[float, str, str, str]:
    """The smallest difference in ``palette`` over every vision: (delta E, colour, colour, vision)."""
    return min(
        ((difference(a, b, vision), a, b, vision) for a, b in combinations(palette, 2) for vision in VISIONS),
        key=lambda found: found[0],
    )
