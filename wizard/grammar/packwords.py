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
import unicodedata
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
def _accent_lines(code: str, name: str) -> tuple[tuple[str, ...], ...]:
    path = pack_file(code, f"lexicon/{name}.txt")
    if not path.is_file():
        return ()
    return tuple(tuple(line.split(" ")) for line in path.read_text(encoding="utf-8").splitlines()
                 if line and not line.startswith("#"))


@cache
def accent_index(code: str, name: str = "accents") -> dict[str, str]:
    """A word without its accents -> the one word it can be ("qualite" -> "qualité");
    `name` "shared_accents": those whose bare form is also an English word ("experience")."""
    return {parts[0]: parts[1] for parts in _accent_lines(code, name)}


@cache
def english_homographs(code: str) -> frozenset[str]:
    """The index's bare forms that are English words too, marked "english" ("coordinator",
    "efficient"): restored only typed in small letters."""
    return frozenset(parts[0] for parts in _accent_lines(code, "accents")
                     if parts[2:] == ("english",))


@cache
def unaccented_words(code: str) -> SortedLines | None:
    """Words that are some accented word with its accents lost ("tracabilite"), even where
    which one cannot be told; None when the pack has no list."""
    path = pack_file(code, "lexicon/unaccented.txt")
    return SortedLines(path.read_bytes()) if path.is_file() else None


@cache
def participles(code: str) -> dict[str, str]:
    """A past participle without its accents -> the one common word it can be ("gere" ->
    "géré", "cree" -> "créé"): the common words ending in "é", "ée", "és" or "ées" whose bare
    form no other such word shares."""
    known = common_words(code)
    if known is None:
        return {}
    found: dict[str, str] = {}
    for word in known:
        if word.endswith(("é", "ée", "és", "ées")):
            bare = "".join(c for c in unicodedata.normalize("NFD", word)
                           if not unicodedata.combining(c))
            found[bare] = "" if bare in found and found[bare] != word else word
    return {b: w for b, w in found.items() if w}


def lost_accents(code: str, text: str) -> list[str]:
    """The words of `text`, typed in small letters, that lost their accents (a capitalised
    word may be a name: "Sara")."""
    listed = unaccented_words(code)
    if listed is None:
        return []
    return [w for w in (m.group(1) for m in _BARE.finditer(text)) if w.islower() and w in listed]


def restore_accents(code: str, text: str, english_too: frozenset[str] = frozenset()) -> str:
    """`text` with each word of the pack's accent index written with its accents, in the
    writer's capitals ("Equipe" -> "Équipe"); a word in capitals only (an acronym: "CIO")
    or in mixed capitals stays. `english_too`: words both lists hold that the grammar reads
    as English here ("user" in "la user experience")."""
    index = accent_index(code)
    if not index:
        return text
    english = english_homographs(code)
    text = _BARE.sub(lambda m: _accented(index, m.group(1), english), text)
    shared = accent_index(code, "shared_accents")
    return _restore_shared(code, shared, text, english_too) if shared else text


def _accented(index: dict[str, str], typed: str,
              english: frozenset[str] = frozenset()) -> str:
    """`typed` with the accents of its word in `index`, in the writer's capitals; a word of
    `english` (also an English word's bare form) only when typed in small letters."""
    if len(typed) > 1 and not (typed.islower() or (typed[0].isupper() and typed[1:].islower())):
        return typed
    accented = index.get(typed.lower())
    if accented is None or (not typed.islower() and typed.lower() in english):
        return typed
    return "".join(a.upper() if t.isupper() else a for a, t in zip(accented, typed, strict=True))


# a sentence or a part of one between marks no phrase crosses; a quotation is one part
_PART = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?|[^.!?;:\n|•«“\"()]+")
_LETTERS = re.compile(r"[^\W\d_]+")
# the label of a word that only the English list holds
_ENGLISH = "english"
# how many words on each side of a shared word are its phrase
_NEAR = 2


def _restore_shared(code: str, shared: dict[str, str], text: str,
                    english_too: frozenset[str] = frozenset()) -> str:
    """The words English shares ("experience", "decision"), with their accents in a French
    sentence: not inside quotes ("« Customer Experience Award »"), not beside an English word
    ("Head of Customer Experience"), not in a sentence with more English words than French."""
    english, mine = common_words("en"), common_words(code)
    if english is None or mine is None:
        return text

    def lang_of(word: str) -> str:
        w = word.lower()
        if w in english_too:
            return _ENGLISH
        if w in shared or (w in english) == (w in mine):
            return ""
        return _ENGLISH if w in english else code

    def part(m: re.Match[str]) -> str:
        piece = m.group(0)
        if piece[:1] in "«“\"":
            return piece
        words = [w.group(0) for w in _LETTERS.finditer(piece)]
        langs = [lang_of(w) for w in words]
        if langs.count(_ENGLISH) > langs.count(code):
            return piece
        out, i = [], 0
        for w in _BARE.finditer(piece):
            typed = w.group(1)
            if typed.lower() not in shared:
                continue
            at = len(_LETTERS.findall(piece[:w.start(1)]))
            if _ENGLISH in langs[max(0, at - _NEAR):at + _NEAR + 1]:
                continue
            out.append(piece[i:w.start(1)] + _accented(shared, typed))
            i = w.end(1)
        return "".join(out) + piece[i:]

    return _PART.sub(part, text)


def foreign_words(code: str, other: str, text: str, markers: frozenset[str]) -> list[str]:
    """The words of `text`, typed in small letters, that are the `other` language's and not
    this one's ("paid", "campaigns"), when the answer is in that language: three or more of
    them and two words in three, one a word of its grammar (`markers`: "and", "the"); []
    otherwise, as for a loanword or two in a sentence of this language ("social media
    manager", "… just to be sure")."""
    own, theirs = common_words(code), common_words(other)
    if own is None or theirs is None:
        return []
    # every word but the names a sentence holds (capitalised after its first word: "Meta Ads")
    words = [w for n, w in enumerate(m.group(1) for m in _BARE.finditer(text))
             if n == 0 or w.islower()]
    found = [w for w in words if w.islower() and w in theirs and w not in own]
    # two words in three or more: "…, just to be sure" after an Italian sentence is a phrase quoted
    return found if len(found) >= 3 and 3 * len(found) >= 2 * len(words) \
        and any(w in markers for w in found) else []
