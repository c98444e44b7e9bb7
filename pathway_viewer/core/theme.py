"""Colours, fonts and sizes in one frozen object, made once in main() and passed down.

Nothing here runs at import time: the theme is built after the QApplication exists and
after the bundled fonts are registered, then handed to every view that draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont

from models import Pathway

# Paul Tol's "light" scheme: distinguishable with the common colour-vision deficiencies,
# and light enough that dark text on it keeps a high contrast.
TOL_LIGHT = ("#77AADD", "#99DDFF", "#44BB99", "#BBCC33", "#EEDD88", "#EE8866", "#FFAABB", "#AAAA00", "#DDDDDD")
# Phase colours, in phase order: Tol's "light" colours (without its grey, which reads as
# "switched off") and four more, each chosen from a 16-level RGB grid as the one farthest
# (CIEDE2000) from those before it under typical vision and simulated protanopia,
# deuteranopia and tritanopia, with dark text at 5:1 or better and never close to the white
# card. tests/test_phase_palette.py checks all of this; a 13th phase repeats the first colour.
PHASE_PALETTE = (*TOL_LIGHT[:8], "#CCFFCC", "#BB77AA", "#449988", "#7788DD")

SELECTED_ROW_BG = "#DCE8FC"  # the timeline's chosen row (tests look for it in exports)

# Rich text (panels, dialogs, the handout) takes colours as CSS strings; they are named here
# so that no other module writes a colour. The panels' ink (#1f2933) is a shade lighter than
# the drawing's text_color (#15191E); both pass WCAG AAA on white. Unifying them is a visible
# change, so it is left to a design decision rather than slipped into a refactor.
PANEL_INK = "#1f2933"
PANEL_MUTED = "#52606d"
HIGHLIGHT_BG = "#fff1b8"  # the chosen role's line: a soft marker-pen yellow
WARNING_INK = "#8a1c1c"
DIALOG_MUTED = "#3a424d"
PRINT_INK = "#15191e"  # the handout: the drawing's text colour, as CSS
PRINT_MUTED = "#3a424d"
PRINT_ACCENT = "#174a7c"
PRINT_RULE = "#9aa5b1"
PRINT_BOX_BG = "#eef3f8"
PRINT_EMERGENCY_BG = "#fdecec"
LIST_BORDER = "#d9e2ec"


def label_color_style(color: str) -> str:
    return f"color: {color};"


def popup_style(object_name: str) -> str:
    return (
        f"QFrame#{object_name} {{ background: #ffffff; border: 2px solid {PANEL_INK}; }}"
        f" QLabel {{ color: {PANEL_INK}; background: transparent; }}"
    )


def text_browser_style() -> str:
    return f"QTextBrowser {{ background: #ffffff; color: {PANEL_INK}; border: none; }}"


def banner_style(object_name: str) -> str:
    return (
        f"QLabel#{object_name} {{ background: #fdf6e3; color: #3d2f00; border-bottom: 1px solid #e6d9a8;"
        " padding: 8px 14px; }"
    )


def care_team_list_style() -> str:
    return (
        f"QListWidget {{ border: 1px solid {LIST_BORDER}; background: #ffffff; }}"
        "QListWidget::item { padding: 6px 4px; }"
        f"QListWidget::item:selected {{ background: {HIGHLIGHT_BG}; color: {PANEL_INK}; }}"
    )


def search_status_style() -> str:
    return f"color: {PANEL_MUTED}; padding-left: 6px;"


def status_dates_style() -> str:
    return "padding-right: 18px; font-weight: bold;"


RIGHT_INK = "#1d6b35"  # train mode: a right answer (the words say so too, never colour alone)


def train_choices_style() -> str:
    # Large targets: a trainee answers with a finger on a touch screen or with the keyboard.
    return (
        f"QRadioButton {{ color: {PANEL_INK}; padding: 10px 6px; spacing: 12px; }}"
        " QRadioButton::indicator { width: 22px; height: 22px; }"
        f" QRadioButton:focus {{ background: {HIGHLIGHT_BG}; }}"
    )


def train_feedback_style(right: bool) -> str:
    return f"color: {RIGHT_INK if right else WARNING_INK}; font-weight: bold;"


def error_text_style() -> str:
    return f"color: {WARNING_INK}; font-weight: bold;"


def _color(hex_code: str) -> QColor:
    return QColor(hex_code)


def _c(hex_code: str):  # noqa: ANN202 - a dataclass default factory
    return field(default_factory=lambda: _color(hex_code))


def relative_luminance(color: QColor) -> float:
    """WCAG 2 relative luminance, for choosing readable text on a coloured band."""

    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@dataclass(frozen=True)
class Theme:
    font_family: str = "Noto Sans"
    base_point_size: float = 12.0  # large type for the UI; the journey cards scale from it

    text_color: QColor = _c("#15191E")
    muted_text_color: QColor = _c("#3A424D")  # still above 9:1 on white
    background_color: QColor = _c("#F4F5F7")  # the canvas behind the cards on screen
    export_background_color: QColor = _c("#FFFFFF")
    card_color: QColor = _c("#FFFFFF")
    card_border_color: QColor = _c("#2E3640")
    branch_card_color: QColor = _c("#ECEEF1")
    branch_border_color: QColor = _c("#5A6370")

    arrow_main_color: QColor = _c("#1F2630")
    arrow_alternative_color: QColor = _c("#9C4A00")  # dark orange, dashed
    arrow_loop_color: QColor = _c("#2A5CAA")  # blue, dotted: differs from orange for colour-blind readers too
    arrow_parallel_color: QColor = _c("#1E6B52")  # dark green, dash-dot, labelled "at the same time"
    no_phase_color: QColor = _c("#D5DAE1")  # the band of a step that belongs to no phase
    label_background_color: QColor = _c("#FFFFFF")

    selection_color: QColor = _c("#0B57D0")
    hover_color: QColor = _c("#5B8DEF")
    dim_opacity: float = 0.22

    phase_palette: tuple[str, ...] = PHASE_PALETTE

    # Presentation mode and the handout: headings and warnings in large type.
    accent_color: QColor = _c("#174A7C")  # headings: dark blue, 9:1 on white
    warning_color: QColor = _c("#8A1C1C")
    branch_ink_color: QColor = _c("#7A3A00")  # "some people go another way here"
    branch_background_color: QColor = _c("#FFF4E8")
    branch_hover_color: QColor = _c("#FFE9D2")
    strip_border_color: QColor = _c("#8A94A3")
    strip_card_color: QColor = _c("#F4F6F8")

    # The timeline: calm colours with strong contrast on white.
    squeezed_background_color: QColor = _c("#EEF1F5")
    grid_color: QColor = _c("#D5DAE1")
    infusion_line_color: QColor = _c("#9C4A00")
    selected_row_color: QColor = _c(SELECTED_ROW_BG)
    # Behind a bar's words, so grid lines never cross them: white, a touch see-through.
    text_backing_color: QColor = field(default_factory=lambda: QColor(255, 255, 255, 235))
    card_shadow_color: QColor = field(default_factory=lambda: QColor(0, 0, 0, 34))

    # --- colours -------------------------------------------------------------------------

    def phase_color(self, pathway: Pathway, phase_id: str | None) -> QColor:
        """The phase's own colour if the file sets one, else the palette colour by phase order;
        a neutral grey for a step without a phase."""
        if phase_id is None:
            return QColor(self.no_phase_color)
        phase = pathway.phase(phase_id)
        if phase.color:
            return QColor(phase.color)
        index = next(i for i, p in enumerate(pathway.phases) if p.id == phase_id)
        return QColor(self.phase_palette[index % len(self.phase_palette)])

    def text_on(self, background: QColor) -> QColor:
        """Dark or white text, whichever reads better on ``background``."""
        white = QColor("#FFFFFF")
        if contrast_ratio(self.text_color, background) >= contrast_ratio(white, background):
            return QColor(self.text_color)
        return white

    # --- style sheets: every widget style is written here, from the colours above ---------

    def label_style(self, color: QColor) -> str:
        return f"color: {color.name().upper()}; background: transparent;"

    def bare_label_style(self) -> str:
        return "background: transparent; border: none;"

    def choices_box_style(self, object_name: str) -> str:
        return (
            f"QFrame#{object_name} {{ background: {self.branch_background_color.name().upper()};"
            f" border: 2px solid {self.branch_ink_color.name().upper()}; border-radius: 10px; }}"
        )

    def choice_button_style(self, pad: int) -> str:
        return (
            f"QPushButton {{ background: #FFFFFF; color: {self.text_color.name().upper()};"
            f" border: 2px solid {self.branch_ink_color.name().upper()};"
            f" border-radius: 8px; padding: {pad}px {pad * 2}px; text-align: left; }}"
            f" QPushButton:hover {{ background: {self.branch_hover_color.name().upper()}; }}"
        )

    # --- fonts ---------------------------------------------------------------------------

    def ui_font(self, scale: float = 1.0, *, bold: bool = False) -> QFont:
        """A font for panels and dialogs, in points so it follows the screen's DPI."""
        font = QFont(self.font_family)
        font.setPointSizeF(self.base_point_size * scale)
        font.setBold(bold)
        return font

    def scene_font(self, scale: float = 1.0, *, bold: bool = False) -> QFont:
        """A font for the journey drawing, in scene pixels so it zooms and exports with the cards.

        Point sizes would be converted with each paint device's DPI, so the same card would
        get different text sizes on screen, in a 192-dpi PNG and in a PDF.
        """
        font = QFont(self.font_family)
        font.setPixelSize(max(1, round(self.base_point_size * 96 / 72 * scale)))
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same shapes at any zoom
        # No "fi"/"ff" ligatures: exported PDF and SVG text then copies and searches as typed.
        if hasattr(font, "setFeature"):  # Qt 6.7 and later
            font.setFeature(QFont.Tag("liga"), 0)
        return font

    def card_title_font(self) -> QFont:
        return self.scene_font(1.12, bold=True)

    def card_small_font(self) -> QFont:
        return self.scene_font(0.86)

    def band_font(self) -> QFont:
        return self.scene_font(0.86, bold=True)

    def label_font(self) -> QFont:
        return self.scene_font(0.86)
