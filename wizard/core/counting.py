"""Provides counting as LinkedIn's browser editor counts: NFC, then UTF-16 code units."""

from __future__ import annotations

import unicodedata

from wizard.core.dataclass_cache import dataclass
from wizard.core.lazyre import lazy

_WORD = lazy(r"[^\W_]+(?:['’\-][^\W_]+)*")


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units of the NFC form (what `maxlength` in a browser counts)."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


# Latin letters with their accents (after NFC), dashes, quotes, bullets and currency signs:
# each code point is a grapheme of its own, so such text needs no segmentation.
_ONE_POINT_EACH = lazy(r"[\x00-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]*")


def is_simple(text: str) -> bool:
    """No combining marks, joiners, emoji sequences or other multi-point graphemes."""
    return text.isascii() or _ONE_POINT_EACH.fullmatch(text) is not None


def grapheme_count(text: str) -> int:
    """User-perceived characters (extended grapheme clusters) of the NFC form."""
    text = unicodedata.normalize("NFC", text)
    if is_simple(text):
        return len(text) - text.count("\r\n")
    # importing regex costs ~10 ms: only text with emoji or combining marks pays for it
    import regex

    return len(regex.findall(r"\X", text))


def word_count(text: str) -> int:
    """Spoken words: runs of letters or digits (hyphenated and apostrophe words count once)."""
    return len(_WORD.findall(text))


def speaking_seconds(words: int, wpm: int) -> float:
    return round(words * 60 / wpm, 1)


@dataclass(frozen=True)
class Count:
    """UTF-16 length, graphemes and words of one text."""

    length: int
    graphemes: int
    words: int


def count(text: str) -> Count:
    return Count(utf16_length(text), grapheme_count(text), word_count(text))


def looks_like_acronym(word: str) -> bool:
    """A word in capitals read letter by letter, not shouted: short with few vowels
    ("TOGAF", "BSAVA") or few vowels for its length ("CAMHS", "MATLAB"); a shouted word has
    about as many as any word ("CLARITY", "SENIOR")."""
    vowels = sum(ch in "AEIOUYÀÈÉÌÒÙ" for ch in word)
    return (len(word) <= 6 and vowels <= 2) or vowels / max(len(word), 1) <= 0.34
