"""No user-visible string in the Qt face skips translation.

An AST scan of ``pathway_viewer/``: a string literal (or f-string) with words in it, passed
straight to a call that puts text on screen (setText, setWindowTitle, QLabel(...), a
message box, a menu ...), is English that a German interface would show as English. Such
text goes through ``QCoreApplication.translate("Context", "...")`` (or ``self.tr``), so
lupdate finds it and the German .ts must translate it (tests/test_translations.py).
The command line (``pathway_viewer/cli``) stays English on purpose: its help and messages
are read by IT staff and scripts, and lint/validate messages are quoted in bug reports.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "pathway_viewer"

# Calls whose arguments reach the screen as they are.
SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "showMessage", "setIconText", "setTitle",
    "setInformativeText", "setLabelText", "setTabText", "setSpecialValueText",
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolBar", "QToolButton",
    "QMessageBox", "information", "warning", "critical", "question",
    "addMenu", "addAction", "addRow", "addButton", "addTab", "addItem", "setHorizontalHeaderLabels",
}
WORDS = re.compile(r"[A-Za-z]{2,}")
MARKUP = re.compile(r"<[^>]*>|&#?\w+;")  # tags and entities are not words a reader sees


def _text_of(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
    return None


def untranslated(source: str, filename: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
        if name not in SHOWN:
            continue
        args = [*node.args, *(k.value for k in node.keywords if k.arg in ("text", "title"))]
        # Either side of "a if c else b" reaches the screen as well.
        args += [side for arg in args if isinstance(arg, ast.IfExp) for side in (arg.body, arg.orelse)]
        for arg in args:
            text = _text_of(arg)
            if text is not None and WORDS.search(MARKUP.sub("", text)):
                found.append(f"{filename}:{node.lineno}: {name}({text!r})")
    return found


def test_every_shown_string_is_translatable() -> None:
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        if "cli" in path.relative_to(ROOT).parts:
            continue
        found += untranslated(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT.parent)))
    assert found == []


def test_the_scan_flags_a_plain_string_and_passes_a_wrapped_one() -> None:
    # The scan itself can fail: each shape it must catch, and the ones it must let through.
    source = (
        'label.setText("Hello there")\n'
        'w.setWindowTitle(f"Step {n}")\n'
        'QLabel("Words for:", self)\n'
        'box.setText(QCoreApplication.translate("Ctx", "Hello there"))\n'
        'self.setText(self.tr("Fine"))\n'
        'label.setText("")\n'
        'label.setText(" \\u2022 ")\n'
        'label.setText(f\'<span style="color:{c};">&#9632;</span> {title}\')\n'
        'tabs.setTabText(0, f"Problems ({n})" if n else "Problems")\n'
    )
    assert untranslated(source, "x.py") == [
        "x.py:1: setText('Hello there')",
        "x.py:2: setWindowTitle('Step ')",
        "x.py:3: QLabel('Words for:')",
        "x.py:9: setTabText('Problems ()')",
        "x.py:9: setTabText('Problems')",
    ]


# Translating calls lupdate looks for: Words.tr, self.tr, QCoreApplication.translate.
TRANSLATING = {"tr", "translate"}


def translations_inside_f_strings(source: str, filename: str) -> list[str]:
    """Each translating call of a literal message written inside an f-string's braces: Python 3.11 reads an
    f-string as one token, so lupdate never sees the message, and it stays English in
    every language however complete the .ts files look."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for value in node.values:
            for inner in ast.walk(value):
                if isinstance(inner, ast.Call):
                    name = inner.func.attr if isinstance(inner.func, ast.Attribute) else getattr(inner.func, "id", "")
                    literal = [a for a in inner.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                    if name in TRANSLATING and literal:  # a constant's message is found where it is defined
                        found.append(f"{filename}:{inner.lineno}: {ast.unparse(inner)}")
    return found


def test_no_message_is_written_inside_an_f_string() -> None:
    found = []
    for folder in (ROOT, ROOT.parent / "models"):
        for path in sorted(folder.rglob("*.py")):
            found += translations_inside_f_strings(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT.parent)))
    assert found == [], "lupdate cannot find these messages (take them out of the f-string):\n" + "\n".join(found)


def test_the_f_string_scan_finds_a_message_inside_one_and_passes_one_outside() -> None:
    assert translations_inside_f_strings("x = f\"{n} {Words.tr('Each visit.')}\"", "m.py") == [
        "m.py:1: Words.tr('Each visit.')"
    ]
    assert translations_inside_f_strings("said = Words.tr('Each visit.')\nx = f'{n} {said}'", "m.py") == []
