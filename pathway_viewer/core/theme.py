"""Colours, fonts and sizes in one frozen object, made once in main() and passed down.

Nothing here runs at import time: the theme is built after the QApplication exists and
after the bundled fonts are registered, then handed to every view that draws.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from PySide6.QtGui import QColor, QFont, QPalette

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
    """A label's colour; the named light colours stand for their role in the active theme."""
    t = active_theme()
    roles = {PANEL_INK: t.panel_ink, PANEL_MUTED: t.panel_muted, DIALOG_MUTED: t.dialog_muted, WARNING_INK: t.warning_ink}
    return f"color: {roles.get(color, color)};"


def popup_style(object_name: str) -> str:
    t = active_theme()
    return (
        f"QFrame#{object_name} {{ background: {t.panel_background}; border: 2px solid {t.panel_ink}; }}"
        f" QLabel {{ color: {t.panel_ink}; background: transparent; }}"
    )


def text_browser_style() -> str:
    t = active_theme()
    # The frame is always there, in the panel's own colour, so taking the keyboard shows it
    # in the focus colour without moving a word (WCAG 2.4.7, as the map's frame).
    return (
        f"QTextBrowser {{ background: {t.panel_background}; color: {t.panel_ink};"
        f" border: 3px solid {t.panel_background}; }}"
        f" QTextBrowser:focus {{ border: 3px solid {t.selection_color.name()}; }}"
    )


def banner_style(object_name: str) -> str:
    t = active_theme()
    return (
        f"QLabel#{object_name} {{ background: {t.banner_background}; color: {t.banner_ink};"
        f" border-bottom: 1px solid {t.banner_border}; padding: 8px 14px; }}"
    )


def banner_bar_style(object_name: str) -> str:
    # The banner's own colour reaches the window's edges: no frame, padding or gap around it.
    return f"QToolBar#{object_name} {{ border: none; padding: 0px; margin: 0px; spacing: 0px; }}"


def care_team_list_style() -> str:
    t = active_theme()
    return (
        f"QListWidget {{ border: 1px solid {t.list_border}; background: {t.panel_background}; color: {t.panel_ink}; }}"
        "QListWidget::item { padding: 6px 4px; }"
        f"QListWidget::item:selected {{ background: {t.highlight_background}; color: {t.panel_ink}; }}"
    )


def search_status_style() -> str:
    return f"color: {active_theme().panel_muted}; padding-left: 6px;"


def status_dates_style() -> str:
    return "padding-right: 18px; font-weight: bold;"


RIGHT_INK = "#1d6b35"  # train mode: a right answer (the words say so too, never colour alone)


def train_choices_style() -> str:
    # Large targets: a trainee answers with a finger on a touch screen or with the keyboard.
    t = active_theme()
    return (
        f"QRadioButton {{ color: {t.panel_ink}; padding: 10px 6px; spacing: 12px; }}"
        " QRadioButton::indicator { width: 16px; height: 16px; border-radius: 13px; }"
        f" QRadioButton:focus {{ background: {t.highlight_background}; color: {t.highlight_ink}; }}"
    )


def train_choice_words_style(focused: bool, enabled: bool = True) -> str:
    """An answer's words, in the ink of its row: the focused row's is the highlight's, an
    answer given (the choices are then off) greyed as a switched-off button's words."""
    t = active_theme()
    ink = t.disabled_ink if not enabled else t.highlight_ink if focused else t.panel_ink
    return f"color: {ink}; background: transparent;"


def train_feedback_style(right: bool) -> str:
    t = active_theme()
    return f"color: {t.right_ink if right else t.warning_ink}; font-weight: bold;"


def error_text_style() -> str:
    return f"color: {active_theme().warning_ink}; font-weight: bold;"


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
    name: str = "light"  # one of SCHEMES
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
    hover_color: QColor = _c("#4F84EA")  # 3:1 on the canvas, like every mark that means something
    # The care-team filter fades the steps the chosen person has no part in, no further than
    # keeps their words at 4.5:1 (tests/test_theme_contrast.py blends and checks); the
    # person's own steps get a bold frame, so the fading is never the only sign.
    dim_opacity: float = 0.8

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
    # Dark words on a light phase colour: the same in every theme, because the phase
    # colours are light in every theme (text_on picks it or white, whichever reads better).
    ink_on_light: QColor = _c("#15191E")

    # Panels, dialogs and rich text take colours as CSS strings (#rrggbb).
    panel_ink: str = PANEL_INK
    panel_muted: str = PANEL_MUTED
    panel_background: str = "#ffffff"
    highlight_background: str = HIGHLIGHT_BG  # the chosen role's line: panel_ink is written on it
    highlight_ink: str = PANEL_INK
    warning_ink: str = WARNING_INK
    right_ink: str = RIGHT_INK
    dialog_muted: str = DIALOG_MUTED
    list_border: str = LIST_BORDER  # decoration: the list's items are told apart by their text
    banner_background: str = "#fdf6e3"
    banner_ink: str = "#3d2f00"
    banner_border: str = "#e6d9a8"  # decoration under the banner
    # The widgets' own colours (QPalette): window, buttons, fields, selection, links.
    window_color: str = "#eff0f1"
    window_ink: str = "#15191e"
    field_color: str = "#ffffff"
    # The hint in an empty field ("e.g. Cell Therapy Unit"): readable, and told apart from
    # typed words at a glance (the same white as them in high contrast, an empty clinic
    # name looked filled in).
    placeholder_ink: str = PANEL_MUTED
    button_color: str = "#e4e6e9"
    control_border: str = "#6b7480"  # the edge of a field, a button, a check box: 3:1 on its window
    selection_background: str = "#0b57d0"
    selection_ink: str = "#ffffff"
    link_color: str = "#0b57d0"
    disabled_ink: str = "#5e6773"  # dimmed, but still readable: a reason why it is off is often next to it

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
        if contrast_ratio(self.ink_on_light, background) >= contrast_ratio(white, background):
            return QColor(self.ink_on_light)
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
            f"QPushButton {{ background: {self.card_color.name().upper()}; color: {self.text_color.name().upper()};"
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

    # --- the widgets' palette ----------------------------------------------------------

    def palette(self) -> QPalette:
        """Every QPalette role a widget draws with, from this theme's colours."""
        palette = QPalette()
        R, G = QPalette.ColorRole, QPalette.ColorGroup
        roles = {
            R.Window: self.window_color, R.WindowText: self.window_ink, R.Base: self.field_color,
            R.AlternateBase: self.window_color, R.Text: self.window_ink, R.Button: self.button_color,
            R.ButtonText: self.window_ink, R.BrightText: self.field_color, R.Highlight: self.selection_background,
            R.HighlightedText: self.selection_ink, R.ToolTipBase: self.field_color, R.ToolTipText: self.window_ink,
            R.PlaceholderText: self.placeholder_ink, R.Link: self.link_color, R.LinkVisited: self.link_color,
            R.Light: self.field_color, R.Midlight: self.button_color, R.Mid: self.control_border,
            R.Dark: self.control_border, R.Shadow: self.window_ink,
        }
        for role, colour in roles.items():
            palette.setColor(role, QColor(colour))
        for role in (R.WindowText, R.Text, R.ButtonText):
            palette.setColor(G.Disabled, role, QColor(self.disabled_ink))
        return palette

    def controls_style(self) -> str:
        """The application's style sheet: edges of fields at 3:1 on the window.

        Fusion draws a field's frame a shade darker than the window (about 2:1 in light and
        nearly invisible in dark); WCAG 1.4.11 asks 3:1 for what shows where to type.
        """
        edge = self.control_border
        return (
            # A menu taller than the screen (View at 200 % text on a 700 px laptop) scrolls
            # instead of breaking into a second column that runs off the screen's edge. Said
            # here, not in the style's styleHint: a Python styleHint is handed every widget Qt
            # makes, and PySide then loads every widget class before the first paint.
            "QMenu { menu-scrollable: 1; } "
            # Not spin boxes: with a styled frame Qt draws their arrow buttons as bare lines.
            f"QLineEdit, QPlainTextEdit, QComboBox {{ border: 1px solid {edge};"
            " border-radius: 3px; padding: 2px 4px; }"
            f" QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus {{"
            f" border: 2px solid {self.selection_background}; }}"
            # Check boxes and radio buttons: an edge at 3:1, and "on" shown by a filled square
            # or a dot inside it (a shape, not a colour). 14 + 2 * 3 + 2 * 2 = 24 px.
            f" QCheckBox::indicator, QRadioButton::indicator {{ width: 14px; height: 14px; padding: 3px;"
            f" border: 2px solid {edge}; background: transparent; background-clip: content; }}"
            " QRadioButton::indicator { border-radius: 12px; }"
            f" QCheckBox::indicator:checked {{ background: {self.window_ink}; }}"
            f" QRadioButton::indicator:checked {{ background: qradialgradient(cx:0.5, cy:0.5, radius:0.5,"
            f" fx:0.5, fy:0.5, stop:0 {self.window_ink}, stop:0.9 {self.window_ink}, stop:1 transparent); }}"
            f" QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {self.disabled_ink}; }}"
        )

    def scaled(self, percent: int) -> Theme:
        """The same colours with all text ``percent`` % of the normal size."""
        return replace(self, base_point_size=Theme.base_point_size * percent / 100)


# The View menu's choices; "system" follows the desktop's dark mode and contrast setting.
SCHEMES = ("system", "light", "dark", "high-contrast")
TEXT_SIZES = (100, 125, 150, 200)  # percent of the normal text size


def _dark(base: Theme) -> Theme:
    """Light words on dark grey, for a desktop in dark mode: calm, and still 4.5:1 or better."""
    return replace(
        base, name="dark",
        text_color=_color("#E8EAED"), muted_text_color=_color("#BDC3CB"), background_color=_color("#121418"),
        card_color=_color("#1F2329"), card_border_color=_color("#A3ACB8"), branch_card_color=_color("#2A2F37"),
        branch_border_color=_color("#8E98A5"), arrow_main_color=_color("#D5DAE1"),
        arrow_alternative_color=_color("#F2A65A"), arrow_loop_color=_color("#8AB4F8"),
        arrow_parallel_color=_color("#6FD3A8"),
        label_background_color=_color("#1F2329"), selection_color=_color("#8AB4F8"), hover_color=_color("#6E9BEF"),
        accent_color=_color("#9CC2FF"), warning_color=_color("#FF9E97"), branch_ink_color=_color("#F2B27A"),
        branch_background_color=_color("#2B2219"), branch_hover_color=_color("#3A2C1E"),
        strip_border_color=_color("#8E98A5"), strip_card_color=_color("#1F2329"),
        squeezed_background_color=_color("#191C21"), grid_color=_color("#3A414B"),
        infusion_line_color=_color("#F2A65A"), selected_row_color=_color("#243B5A"),
        text_backing_color=QColor(31, 35, 41, 235), card_shadow_color=QColor(0, 0, 0, 110),
        export_background_color=_color("#121418"), dim_opacity=0.75,
        panel_ink="#e8eaed", panel_muted="#bdc3cb", panel_background="#1f2329", highlight_background="#5c4a00",
        highlight_ink="#ffffff", warning_ink="#ff9e97", right_ink="#7dd99a", dialog_muted="#c4cad2",
        list_border="#3a414b", banner_background="#3a3000", banner_ink="#fff3c4", banner_border="#5c4f14",
        window_color="#181b20", window_ink="#e8eaed", field_color="#1f2329", placeholder_ink="#9aa3ae", button_color="#2c3139",
        control_border="#8e98a5", selection_background="#8ab4f8", selection_ink="#0b1220", link_color="#8ab4f8",
        disabled_ink="#9aa3ae",
    )


def _high_contrast(base: Theme) -> Theme:
    """White and yellow on black with solid borders, for people who set high contrast."""
    return replace(
        base, name="high-contrast",
        text_color=_color("#FFFFFF"), muted_text_color=_color("#FFFFFF"), background_color=_color("#000000"),
        card_color=_color("#000000"), card_border_color=_color("#FFFFFF"), branch_card_color=_color("#000000"),
        branch_border_color=_color("#FFFFFF"), arrow_main_color=_color("#FFFFFF"),
        arrow_alternative_color=_color("#FFD400"), arrow_loop_color=_color("#00E5FF"),
        arrow_parallel_color=_color("#7DFF9B"),
        label_background_color=_color("#000000"), selection_color=_color("#FFD400"), hover_color=_color("#00E5FF"),
        accent_color=_color("#FFD400"), warning_color=_color("#FF8C8C"), branch_ink_color=_color("#FFD400"),
        branch_background_color=_color("#000000"), branch_hover_color=_color("#1A1A1A"),
        strip_border_color=_color("#FFFFFF"), strip_card_color=_color("#000000"),
        squeezed_background_color=_color("#000000"), grid_color=_color("#5A5A5A"),
        infusion_line_color=_color("#FFD400"), selected_row_color=_color("#003C78"),
        text_backing_color=QColor(0, 0, 0, 255), card_shadow_color=QColor(0, 0, 0, 0),
        export_background_color=_color("#000000"), dim_opacity=0.55,
        panel_ink="#ffffff", panel_muted="#ffffff", panel_background="#000000", highlight_background="#004a8f",
        highlight_ink="#ffffff", warning_ink="#ff8c8c", right_ink="#7dff9b", dialog_muted="#ffffff",
        list_border="#ffffff", banner_background="#000000", banner_ink="#ffd400", banner_border="#ffd400",
        window_color="#000000", window_ink="#ffffff", field_color="#000000", placeholder_ink="#b4b4b4", button_color="#000000",
        control_border="#ffffff", selection_background="#ffd400", selection_ink="#000000", link_color="#00e5ff",
        disabled_ink="#c0c0c0",
    )


def make_theme(scheme: str, font_family: str = "Noto Sans", text_size: int = 100) -> Theme:
    """The theme for ``scheme`` ("light", "dark" or "high-contrast"; anything else is light)."""
    base = Theme(font_family=font_family).scaled(text_size)
    if scheme == "dark":
        return _dark(base)
    if scheme == "high-contrast":
        return _high_contrast(base)
    return base


def print_theme(theme: Theme) -> Theme:
    """The light colours with ``theme``'s fonts: exports and handouts are printed on white paper."""
    return replace(make_theme("light", theme.font_family), base_point_size=theme.base_point_size)


# The theme that module-level style functions (panels, dialogs) read. The window's
# Appearance sets it when the user or the desktop changes the scheme; until then it is light.
_active: list[Theme] = []


def set_active_theme(theme: Theme | None) -> None:
    """Make ``theme`` the one style sheets are written from (None: back to the light theme)."""
    _active[:] = [theme] if theme is not None else []


def active_theme() -> Theme:
    return _active[0] if _active else Theme()
