"""Provides counting as LinkedIn's browser editor counts: NFC, then UTF-16 code units."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units of the NFC form (what `maxlength` in a browser counts)."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def grapheme_count(text: str) -> int:
    """User-perceived characters (extended grapheme clusters) of the NFC form."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return len(text) - text.count("\r\n")
    import regex  # only non-ASCII text needs full segmentation; keeps start-up fast

    return len(regex.findall(r"\X", text))


def word_count(text: str) -> int:
    """Spoken words: runs of letters or digits (hyphenated and apostrophe words count once)."""
    return len(_WORD.findall(text))


def speaking_seconds(words: int, wpm: int) -> float:
    return round(words * 60 / wpm, 1)


@dataclass(frozen=True)
class Count:
    length: int
    graphemes: int
    words: int


def count(text: str) -> Count:
    return Count(utf16_length(text), grapheme_count(text), word_count(text))
