"""Search words as people type them: any case, and without the marks over Latin and Greek letters.

Staff at a PC without a Polish, Czech or French keyboard type "zlamanie" for "złamanie" and
"eligibilite" for "éligibilite"; Greek is typed without its accents as a rule, and in
capitals without them ("ΕΞΕΤΑΣΕΙΣ" for "εξετάσεις"). A word typed without marks finds the
word with or without them; a word typed with them finds only that spelling ("złamanie"
never finds "zlamanie"). Only marks on Latin and Greek letters are taken off: in Japanese
"が" and "か" are different sounds, and the marks on Arabic and Hebrew letters are left as
they are. Greek's final sigma "ς" is "σ" once folded.
"""

from __future__ import annotations

import unicodedata

# Latin letters Unicode does not decompose into a letter and a mark, as typed without one
# (after casefold, which already wrote "ß" as "ss").
_PLAIN = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t", "ð": "d",
                        "þ": "th", "æ": "ae", "œ": "oe"})


def folded(text: str) -> str:
    """``text`` in lower case, for comparing: "Złamanie" -> "złamanie"."""
    return text.casefold()


def unmarked(text: str) -> str:
    """``text`` folded, with the marks over its Latin and Greek letters taken off: "Złamanie"
    -> "zlamanie", "Εξετάσεις" -> "εξετασεισ"."""
    out: list[str] = []
    for char in unicodedata.normalize("NFD", folded(text).translate(_PLAIN)):
        if unicodedata.combining(char) and out and out[-1].isalpha() and (out[-1].isascii() or _greek(out[-1])):
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def _greek(char: str) -> bool:
    return "\u0370" <= char <= "\u03ff"


def matches(word: str, text_folded: str, text_unmarked: str, plain: bool) -> bool:
    """Whether a folded search ``word`` is in a text (given folded and unmarked); ``plain``:
    the word was typed without marks (``word == unmarked(word)``, worked out once per word)."""
    return word in text_folded or (plain and word in text_unmarked)
