"""Every text and background pair the app draws reads at 4.5:1, and every border, arrow and
focus mark stands out at 3:1 (WCAG 2.2 AA), in every theme, computed from the theme itself.

The pairs are listed here by hand (which colour is drawn on which), so a colour changed in
core/theme.py is checked against what it is drawn on; the last test fails when a colour is
added to the theme without being listed here.
"""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QColor

from models.contrast import NON_TEXT_MINIMUM, TEXT_MINIMUM, contrast_ratio
from pathway_viewer.core import theme as theme_module
from pathway_viewer.core.theme import Theme, make_theme

SCHEMES = ("light", "dark", "high-contrast")

# (words or mark, drawn on): text needs 4.5:1.
TEXT_PAIRS = [
    ("text_color", "card_color"), ("text_color", "branch_card_color"), ("text_color", "background_color"),
    ("text_color", "label_background_color"), ("text_color", "export_background_color"),
    ("text_color", "strip_card_color"), ("text_color", "squeezed_background_color"),
    ("text_color", "selected_row_color"), ("text_color", "branch_background_color"),
    ("text_color", "branch_hover_color"),
    ("muted_text_color", "card_color"), ("muted_text_color", "branch_card_color"),
    ("muted_text_color", "export_background_color"), ("muted_text_color", "background_color"),
    ("muted_text_color", "selected_row_color"),
    ("accent_color", "export_background_color"), ("warning_color", "export_background_color"),
    ("branch_ink_color", "branch_background_color"), ("branch_ink_color", "export_background_color"),
    ("selection_color", "strip_card_color"), ("selection_color", "card_color"),
    ("panel_ink", "panel_background"), ("panel_muted", "panel_background"), ("warning_ink", "panel_background"),
    ("right_ink", "panel_background"), ("highlight_ink", "highlight_background"),
    ("panel_ink", "highlight_background"),
    ("panel_ink", "window_color"), ("panel_muted", "window_color"), ("warning_ink", "window_color"),
    ("right_ink", "window_color"),
    ("dialog_muted", "window_color"), ("banner_ink", "banner_background"),
    ("window_ink", "window_color"), ("window_ink", "field_color"), ("window_ink", "button_color"),
    ("selection_ink", "selection_background"), ("link_color", "field_color"), ("link_color", "panel_background"),
    ("disabled_ink", "window_color"), ("disabled_ink", "button_color"), ("placeholder_ink", "field_color"),
]

# (line or mark, drawn next to): 3:1.
NON_TEXT_PAIRS = [
    ("card_border_color", "background_color"), ("card_border_color", "export_background_color"),
    ("branch_border_color", "background_color"), ("branch_border_color", "export_background_color"),
    ("branch_border_color", "strip_card_color"),
    # A dashed border's gaps show the card's own fill: each dash stands out from it too.
    ("branch_border_color", "branch_card_color"), ("card_border_color", "card_color"),
    ("arrow_main_color", "background_color"), ("arrow_alternative_color", "background_color"),
    ("arrow_loop_color", "background_color"), ("arrow_main_color", "export_background_color"),
    ("arrow_alternative_color", "export_background_color"), ("arrow_loop_color", "export_background_color"),
    ("arrow_parallel_color", "background_color"), ("arrow_parallel_color", "export_background_color"),
    ("selection_color", "background_color"), ("selection_color", "export_background_color"),
    ("hover_color", "background_color"), ("infusion_line_color", "export_background_color"),
    ("strip_border_color", "export_background_color"), ("branch_ink_color", "branch_background_color"),
    ("control_border", "window_color"), ("control_border", "field_color"),
    ("selection_background", "window_color"), ("selection_background", "field_color"),
]

# Colours no meaning depends on: shading, grid lines behind labelled bars, translucent backings.
DECORATION = {
    "card_shadow_color", "grid_color", "text_backing_color", "list_border", "banner_border", "ink_on_light",
}

# The printed colours (handout, reports): always on white paper or a pale box, in every theme.
PRINT_TEXT_PAIRS = [
    ("PRINT_INK", "#ffffff"), ("PRINT_MUTED", "#ffffff"), ("PRINT_ACCENT", "#ffffff"), ("WARNING_INK", "#ffffff"),
    ("PRINT_INK", "PRINT_BOX_BG"), ("PRINT_MUTED", "PRINT_BOX_BG"), ("WARNING_INK", "PRINT_EMERGENCY_BG"),
    ("PRINT_INK", "PRINT_EMERGENCY_BG"),
]


def hex_of(value: object) -> str:
    if isinstance(value, QColor):
        return value.name()
    assert isinstance(value, str) and value.startswith("#"), value
    return value


def ratio(theme: Theme, fg: str, bg: str) -> float:
    return contrast_ratio(hex_of(getattr(theme, fg)), hex_of(getattr(theme, bg)))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_text_reads_at_four_and_a_half_to_one(scheme: str) -> None:
    theme = make_theme(scheme)
    low = {f"{fg} on {bg}": round(ratio(theme, fg, bg), 2) for fg, bg in TEXT_PAIRS if ratio(theme, fg, bg) < TEXT_MINIMUM}
    assert low == {}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_borders_arrows_and_focus_marks_stand_out_at_three_to_one(scheme: str) -> None:
    theme = make_theme(scheme)
    low = {
        f"{fg} on {bg}": round(ratio(theme, fg, bg), 2)
        for fg, bg in NON_TEXT_PAIRS
        if ratio(theme, fg, bg) < NON_TEXT_MINIMUM
    }
    assert low == {}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_words_on_every_phase_colour_read_at_four_and_a_half_to_one(scheme: str) -> None:
    # The phase band's words and the strip's titles are drawn with text_on(phase colour),
    # whatever colours the palette holds.
    theme = make_theme(scheme)
    assert theme.phase_palette
    for colour in (*theme.phase_palette, theme.no_phase_color.name()):
        words = theme.text_on(QColor(colour)).name()
        assert contrast_ratio(words, QColor(colour).name()) >= TEXT_MINIMUM, (scheme, colour, words)


def test_printed_colours_read_on_paper() -> None:
    def value(name: str) -> str:
        return name if name.startswith("#") else getattr(theme_module, name)

    for fg, bg in PRINT_TEXT_PAIRS:
        assert contrast_ratio(value(fg), value(bg)) >= TEXT_MINIMUM, (fg, bg)


def test_every_colour_of_the_theme_is_checked_or_named_decoration() -> None:
    colours = {
        f.name for f in dataclasses.fields(Theme)
        if isinstance(getattr(Theme(), f.name), QColor) or str(getattr(Theme(), f.name)).startswith("#")
    }
    listed = {name for pair in TEXT_PAIRS + NON_TEXT_PAIRS for name in pair} | DECORATION
    listed.add("no_phase_color")  # a band colour: checked with the phase palette above
    assert colours - listed == set()


def test_the_three_schemes_differ_and_light_is_the_default() -> None:
    assert make_theme("light") == Theme()
    assert make_theme("no such scheme") == Theme()
    backgrounds = {make_theme(s).background_color.name() for s in SCHEMES}
    assert backgrounds == {"#f4f5f7", "#121418", "#000000"}


# (words or mark, drawn on): on a step or arrow the care-team filter fades.
FADED_TEXT_PAIRS = [
    ("text_color", "card_color"), ("text_color", "branch_card_color"), ("text_color", "background_color"),
    ("muted_text_color", "card_color"), ("muted_text_color", "branch_card_color"),
    ("text_color", "label_background_color"),  # arrow labels and the stubs' numbers
]
FADED_MARK_PAIRS = [
    ("card_border_color", "background_color"), ("branch_border_color", "background_color"),
    ("arrow_main_color", "background_color"), ("arrow_alternative_color", "background_color"),
    ("arrow_loop_color", "background_color"), ("arrow_parallel_color", "background_color"),
]


def faded(colour: QColor, theme: Theme) -> QColor:
    """``colour`` drawn at the theme's dim opacity over the map's background."""
    a, under = theme.dim_opacity, theme.background_color
    return QColor(*(round(a * c + (1 - a) * u) for c, u in zip(colour.getRgb()[:3], under.getRgb()[:3])))


@pytest.mark.parametrize("scheme", SCHEMES)
def test_a_step_faded_by_the_care_team_filter_keeps_its_words_and_lines_readable(scheme: str) -> None:
    theme = make_theme(scheme)
    assert theme.dim_opacity < 1.0  # it is faded: a second sign, not the only one
    for pairs, minimum in ((FADED_TEXT_PAIRS, TEXT_MINIMUM), (FADED_MARK_PAIRS, NON_TEXT_MINIMUM)):
        for ink, under in pairs:
            ratio = contrast_ratio(faded(getattr(theme, ink), theme).name(), faded(getattr(theme, under), theme).name())
            assert ratio >= minimum, f"{scheme}: faded {ink} on faded {under} is {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", ["light", "dark", "high-contrast"])
def test_an_empty_field_s_hint_is_told_apart_from_typed_words(scheme: str) -> None:
    # In high contrast both were white: an empty "Clinic name" looked filled in with its example.
    theme = make_theme(scheme)
    assert ratio(theme, "placeholder_ink", "field_color") >= TEXT_MINIMUM
    assert contrast_ratio(hex_of(theme.placeholder_ink), hex_of(theme.window_ink)) >= 1.5, scheme
