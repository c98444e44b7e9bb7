"""Hints for the commonest ways a pathway file is mistyped, in an author's words (no Qt).

They go to ``pathway-viewer validate``, the window's "cannot be opened" dialog and the
editor. Like every validation message they stay English: IT staff and scripts read
them, and they are quoted in bug reports (tests/test_untranslated_strings.py).
"""

from __future__ import annotations

TAB_INDENT = "not valid YAML: a tab is used to indent here; indent with spaces"
COLON_IN_TEXT = "not valid YAML: a colon followed by a space inside text: put the text in quotes"
COMMA_IN_FLOW = "a comma inside { ... } ends the text: put the text in quotes"


def indent_slip(spaces: int, above: int, *, item: bool = False) -> str:
    """A line indented ``spaces`` under a key (``item``: a list item under another) that
    starts ``above`` spaces in."""
    how = "more" if spaces > above else "less"
    count = f"{spaces} space" if spaces == 1 else f"{spaces} spaces"
    if item:
        return (f"not valid YAML: this list item is indented {how} than the item above it ({count}, the item "
                f"above {above}); YAML reads indentation as structure: line its '-' up with the one above")
    return (f"not valid YAML: this line is indented {how} than the key above it ({count}, the key above "
            f"{above}); YAML reads indentation as structure: line it up with the key above, or check that line")


def comma_in_flow(rest: str) -> str:
    """The comma hint, saying which words were read as a field name of their own."""
    return f"{COMMA_IN_FLOW} (the words after the comma, '{rest}', were read as a field name)"
