"""Provides whole-word, case-insensitive phrase search over text, without regular expressions.

The checks look up a few dozen phrases per language in every text. One alternation regex per
check costs ~0.3 ms each to compile at every start of the command; plain `str.find` on
case-folded text costs nothing to set up and is as fast to run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_TOKEN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Case-folded, typographic apostrophes made plain, every run of white space one space."""
    return " ".join(text.casefold().replace("’", "'").split())


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Phrases:
    """Phrases found only as whole words: "expert" is not found in "expertise".

    A hyphen is not a word character, so "driven" is found in "data-driven", as it was by the
    regular expression this replaces.
    """

    __slots__ = ("firsts", "phrases")

    def __init__(self, phrases: Iterable[str]) -> None:
        # longest first, so that at one position the longest phrase wins
        self.phrases = tuple(sorted({p for p in map(fold, phrases) if p}, key=len, reverse=True))
        # a phrase can only occur where its first word does: most are skipped with a set lookup
        self.firsts = tuple(m.group(0) if (m := _TOKEN.match(p)) else "" for p in self.phrases)

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def _hits(self, text: str) -> list[tuple[int, int, str]]:
        folded, words = _prepared(text)
        hits = []
        for phrase, first in zip(self.phrases, self.firsts, strict=True):
            if first and first not in words:
                continue
            start = folded.find(phrase)
            while start >= 0:
                end = start + len(phrase)
                if ((start == 0 or not _is_word_char(folded[start - 1]))
                        and (end == len(folded) or not _is_word_char(folded[end]))):
                    hits.append((start, -len(phrase), phrase))
                start = folded.find(phrase, start + 1)
        return hits

    def findall(self, text: str) -> list[str]:
        """The phrases in `text`, in reading order, none overlapping another (leftmost-longest)."""
        found, reached = [], 0
        for start, negative_length, phrase in sorted(self._hits(text)):
            if start >= reached:
                found.append(phrase)
                reached = start - negative_length
        return found

    def search(self, text: str) -> bool:
        """Whether any phrase occurs in `text` as whole words (stops at the first)."""
        folded, words = _prepared(text)
        for phrase, first in zip(self.phrases, self.firsts, strict=True):
            if first and first not in words:
                continue
            start = folded.find(phrase)
            while start >= 0:
                end = start + len(phrase)
                if ((start == 0 or not _is_word_char(folded[start - 1]))
                        and (end == len(folded) or not _is_word_char(folded[end]))):
                    return True
                start = folded.find(phrase, start + 1)
        return False


@lru_cache(maxsize=32)
def _prepared(text: str) -> tuple[str, frozenset[str]]:
    """The folded text and its words; a dozen checks look at each text, folded once."""
    folded = fold(text)
    return folded, frozenset(_TOKEN.findall(folded))
