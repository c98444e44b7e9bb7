"""The WCAG contrast formula, against values published with the guidelines and tools."""

from __future__ import annotations

import pytest

from models.contrast import contrast_ratio, relative_luminance


@pytest.mark.parametrize(
    ("a", "b", "ratio"),
    [("#000000", "#ffffff", 21.0), ("#ffffff", "#ffffff", 1.0), ("#777777", "#ffffff", 4.48),
     ("#767676", "#ffffff", 4.54), ("#0000ff", "#ffffff", 8.59), ("#ff0000", "#ffffff", 4.0)],
)
def test_published_ratios(a: str, b: str, ratio: float) -> None:
    assert round(contrast_ratio(a, b), 2) == ratio
    assert contrast_ratio(b, a) == contrast_ratio(a, b)


def test_luminance_ends_and_bad_colours() -> None:
    assert (relative_luminance("#000000"), relative_luminance("#FFFFFF")) == (0.0, 1.0)
    with pytest.raises(ValueError):
        relative_luminance("red")
