"""Provides folding for search and matching: case and accents ignored, and every letter in its
ASCII spelling, beyond Latin-1 too ("Łódź" ~ "lodz", "Straße" ~ "strasse", "Æsa" ~ "aesa")."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from anyascii import anyascii


def fold_letters(text: str) -> str:
    """`text` casefolded, its accents dropped and each letter spelled in ASCII.

    NFKD takes "é" apart and the mark is dropped; the letters it cannot take apart (Ł, Ø, Đ,
    Æ, ß, œ, ı, and other scripts) are spelled by anyascii, a maintained table, rather than by
    ours. Digits, punctuation, symbols and emoji are kept as they are: only letters fold.
    """
    if text.isascii():
        return text.casefold()
    return "".join(_fold_char(ch) for ch in unicodedata.normalize("NFKD", text)).casefold()


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch.isascii():
        return ch
    if unicodedata.combining(ch):
        return ""
    return anyascii(ch) if unicodedata.category(ch).startswith("L") else ch
