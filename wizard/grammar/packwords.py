"""Reads a pack's word lists (wizard/data/lang/<code>/lexicon/), written by
tools/build_lexicon.py from pyspellchecker's word-frequency lists (MIT): its common words and,
for French and Italian, the words typed without their accents and the one way to write them.

Each file is read only when a decision first needs it, and kept: the common words as the
file's own bytes (UTF-8, one word a line, sorted), looked up by bisection, so reading the
largest (Dutch, ~330,000 words, 4 MB) costs a file read (~2 ms) and its size in memory, not a
set of them (~25 MB) or a text of them (8 MB: one "é" makes every letter take two bytes).
A pack without a file has no such list, and its grammar decides as it did before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from wizard.core.languages import pack_file
from wizard.grammar.lexicon import Words, bisect_lines

# a word as restore_accents reads it: letters, after no letter, digit or mark of an address
# ("www.", "@", "/"), though after an elided article ("l'equipe"); not before an apostrophe
# ("piu'" is the pack's to mend) or a hyphen's other part
_BARE = re.compile(r"(?:(?<![\w'’@/.\-])|(?<=\w['’]))([^\W\d_]+)(?![\w'’@\-]|\.\w)")


class SortedLines(Words):
    """Sorted lines of UTF-8 bytes (a header of "#" lines first), as Words holds a text:
    membership by bisection, each answer kept."""

    def __init__(self, data: bytes) -> None:
        super().__init__("")
        self._start = 0
        while data.startswith(b"#", self._start):
            self._start = data.find(b"\n", self._start) + 1
        self._data = data

    def _find(self, word: str) -> bool:
        return "\n" not in word and bisect_lines(self._data, word.encode(), b"\n", self._start)

    def __iter__(self) -> Iterator[str]:
        return iter(self._data[self._start:].decode().split())

    def __len__(self) -> int:
        return self._data.count(b"\n", self._start)


@cache
def common_words(code: str) -> SortedLines | None:
    """The pack's common words, lower case; None when the pack has no list."""
    path = pack_file(code, "lexicon/common.txt")
    return SortedLines(path.read_bytes()) if path.is_file() else None


@cache
def _accent_lines(code: str) -> tuple[tuple[str, ...], ...]:
    path = pack_file(code, "lexicon/accents.txt")
    if not path.is_file():
        return ()
    return tuple(tuple(line.split(" ")) for line in path.read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#"))


@cache
def accent_index(code: str) -> dict[str, str]:
    """A word without its accents -> the one word it can be ("qualite" -> "qualité")."""
    return {parts[0]: parts[1] for parts in _accent_lines(code)}


@cache
def english_homographs(code: str) -> frozenset[str]:
    """The index's bare forms that are English words too, marked "english" ("coordinator",
    "efficient"): restored only typed in small letters."""
    return frozenset(parts[0] for parts in _accent_lines(code) if parts[2:] == ("english",))


@cache
def unaccented_words(code: str) -> SortedLines | None:
    """Words that are some accented word with its accents lost ("tracabilite"), even where
    which one cannot be told; None when the pack has no list."""
    path = pack_file(code, "lexicon/unaccented.txt")
    return SortedLines(path.read_bytes()) if path.is_file() else None


def lost_accents(code: str, text: str) -> list[str]:
    """The words of `text`, typed in small letters, that lost their accents (a capitalised
    word may be a name: "Sara")."""
    listed = unaccented_words(code)
    if listed is None:
        return []
    return [w for w in (m.group(1) for m in _BARE.finditer(text)) if w.islower() and w in listed]


def restore_accents(code: str, text: str) -> str:
    """`text` with each word of the pack's accent index written with its accents, in the
    writer's capitals ("Equipe" -> "Équipe"); a word in capitals only (an acronym: "CIO")
    or in mixed capitals stays."""
    index = accent_index(code)
    if not index:
        return text

    def restored(m: re.Match[str]) -> str:
        typed = m.group(1)
        if len(typed) > 1 and not (typed.islower() or (typed[0].isupper()
                                                       and typed[1:].islower())):
            return typed
        accented = index.get(typed.lower())
        if accented is None or (not typed.islower() and typed.lower() in english_homographs(code)):
            return typed
        return "".join(a.upper() if t.isupper() else a for a, t in zip(accented, typed,
                                                                         strict=True))

    return _BARE.sub(restored, text)
