"""A care-team role name too wide for its row breaks only between whole characters.

The row's last resort, a zero-width space after every code point, cut a Devanagari vowel sign
or virama from its consonant (drawn on a dotted circle) and broke Thai, which Qt already
breaks between words, inside its syllables (a Thai and a Hindi role name at 200 % text).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import yaml
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from pathway_viewer.panels.row_text import as_typed
from test_care_team_wrapping import ink
from window_helpers import open_window, test_settings

KNEE = Path(__file__).parent / "data" / "knee_surgery.yaml"
THAI = "พยาบาลผู้เชี่ยวชาญประจำหน่วยให้ยา"  # specialist nurse of the infusion unit
HINDI = "रक्तविज्ञानविशेषज्ञ"  # haematology specialist, one word wider than the row at 200 %
ZWSP = "\u200b"
SCRIPTS = {1: QFontDatabase.WritingSystem.Thai, 2: QFontDatabase.WritingSystem.Devanagari}


def _cuts_a_character(drawn: str) -> list[str]:
    """The places in ``drawn`` where a zero-width space stands inside a character as a
    reader sees it: before a combining mark (a vowel sign, a tone mark, an accent), or after
    a virama or a zero-width joiner."""
    bad = []
    for n, char in enumerate(drawn):
        if char != ZWSP:
            continue
        after = drawn[n + 1] if n + 1 < len(drawn) else ""
        before = drawn[n - 1] if n > 0 else ""
        if (after and unicodedata.category(after) in {"Mn", "Mc", "Me"}) or before in {"\u094d", "\u200d"}:
            bad.append(drawn[max(0, n - 2) : n + 3])
    return bad


def test_thai_and_hindi_role_names_break_between_whole_characters(qtbot: QtBot, tmp_path: Path) -> None:
    data = yaml.safe_load(KNEE.read_text(encoding="utf-8"))
    data["roles"][0]["name"] = THAI
    data["roles"][1]["name"] = HINDI
    path = tmp_path / "scripts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    settings = test_settings(tmp_path / "s.ini")
    settings.set("view/text_size", 200)
    window = open_window(qtbot, settings, path)
    window.resize(1366, 768)
    QApplication.processEvents()
    rows = window.care_team.list
    texts = [rows.item(row).text() for row in range(rows.count())]
    assert texts[1].startswith(THAI + " (")  # as typed
    assert texts[2].startswith(HINDI + " (")
    for row in (1, 2):
        option = QStyleOptionViewItem()
        rows.initViewItemOption(option)
        rows.itemDelegate().initStyleOption(option, rows.model().index(row, 0))
        drawn = option.text
        assert as_typed(drawn).replace(ZWSP, "").replace("\u00ad", "") == texts[row]
        assert _cuts_a_character(as_typed(drawn)) == [], texts[row]
        # Drawn 300 px wider and 200 px taller, nothing more shows: the row is drawn whole.
        # Only where this machine has a font for the script: without one Qt draws boxes whose
        # count says nothing of where the row breaks (the app bundles no Thai or Devanagari).
        if not QFontDatabase.families(SCRIPTS[row]):
            continue
        assert ink(rows, row, 0) >= 0.98 * ink(rows, row, 200, 300), texts[row]
