"""The README's claims about the handout do not go stale as the handout changes."""

from __future__ import annotations

import re
from pathlib import Path

README = Path(__file__).parent.parent / "README.md"


def test_the_readme_states_no_fixed_page_count_for_the_bundled_handout() -> None:
    # It once said 28 pages while the handout had grown to 31; the CLI says the count it writes.
    text = README.read_text(encoding="utf-8")
    assert not re.search(r"[Hh]andout[^|\n]*\(\d+ pages\)", text)
