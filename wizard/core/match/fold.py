"""Provides folding (case and accents ignored) and the word tokens of a text, with positions."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from wizard.core.textfold import fold_letters

# A word: letters and digits, joined by a hyphen, a dot or an ampersand inside ("node.js",
# "e-mail", "re-integratie", "P&O"), with a trailing "+" or "#" for "C++" and "C#". An
# ampersand between spaces is a word of its own ("Learning & Development": a pack may make it
# a link). An apostrophe ends a word: "l'esperienza" is "l" and "esperienza".
# The first part of a compound whose head comes later ("Veiligheids- en Milieu-Checklist",
# "full- and part-time") is no word of its own: a word before a hyphen that joins nothing.
_WORD = re.compile(r"(?>[^\W_](?:[^\W_]|[-.&](?=[^\W_]))*[+#]*)(?!-(?![^\W_]))"
                   r"|(?<=\s)&(?=\s)")
# What ends a phrase: a term never runs across punctuation.
_BREAK = re.compile(r"[^\w\s'’+#&-]|\s[-–—]\s|'|’")
_ELISION = ("'", "’")
# … an amount too: "5m+", "50k", "2,5mln"
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*(?:[k€$%£]|m|mln|bn)?\+?")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """`text` lower-cased, without accents or joining hyphens: "Ré-intégration" is
    "reintegration", "Łódź" is "lodz" (core/textfold.py)."""
    return fold_letters(text).replace("-", "").replace(".", "")


class Token(NamedTuple):
    """One word of a text: as written, folded, where it starts, whether a phrase breaks
    before it (punctuation between it and the word before), whether that punctuation is
    only an apostrophe ("d'entrepôt": a pack's elided link word may carry the phrase on), and
    whether it is written in capitals ("BI", "UX", "SQL": a short word that is still a term).
    A tuple: an ad of 5,000 characters is a thousand of them, made on every read."""

    surface: str
    folded: str
    start: int
    broken: bool
    elided: str = ""
    acronym: bool = False


def capitals(word: str) -> bool:
    """At least two letters, every one a capital ("BI", "F&B"; not "F24", not "Data")."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def tokens(text: str) -> list[Token]:
    """The words of `text` in order; `broken` marks a word after punctuation."""
    out: list[Token] = []
    add = out.append
    new = tuple.__new__  # a Token without NamedTuple's __new__ in Python: a thousand an ad
    last = 0
    for m in _WORD.finditer(text):
        start, end = m.span()
        word = text[start:end]
        # str.isupper() first: one C call rules out almost every word
        caps = word.isupper() and capitals(word)
        if start - last == 1 and text[last] == " " and last:  # most words: one space before
            add(new(Token, (word, fold(word), start, False, "", caps)))
        else:
            between = text[last:start]
            broken = not out or bool(_BREAK.search(between)) or "\n" in between
            add(new(Token, (word, fold(word), start, broken,
                            between if out and between in _ELISION else "", caps)))
        last = end
    return out


def words(text: str) -> list[str]:
    """The words of `text` as written, without the rest of `tokens` (telling a language)."""
    return _WORD.findall(text)


def is_number(folded: str) -> bool:
    """Digits only (a year, an amount, hours a week): never a term."""
    if not folded[:1].isdigit():
        return False
    return folded.isdigit() or bool(_NUMBER.fullmatch(folded))
