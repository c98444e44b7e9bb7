"""WCAG 2.2 contrast between two colours, so a test can check every pair a theme draws.

Text needs 4.5:1 against its background (AA), and borders, arrows and focus rings 3:1
(non-text contrast). Computed from the published formula, not from a palette someone
eyeballed, so a new theme or a clinic's colour cannot quietly fall below the rule.
"""

from __future__ import annotations

TEXT_MINIMUM = 4.5
NON_TEXT_MINIMUM = 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """The relative luminance (0 black to 1 white) of a ``#rrggbb`` colour."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"a colour is written #rrggbb; got {colour!r}")
    r, g, b = (int(text[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """The contrast ratio, from 1 (the same) to 21 (black on white); order does not matter."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
