"""Provides word classes from a maintained lexicon, for what a pack's hand lists cannot reach.

A pack names its lexicon in grammar.toml (`verb_lexicon = "lemminflect"`). The sets are built
once from the library's tables (about half a second) and kept in the data cache under a name
that changes with the installed library; the library itself is imported only when that entry is
missing, so a start costs a JSON read. Each class is kept as one sorted text, looked
up by bisection: making a set of its ~29,000 words cost every English `render` ~10 ms, for the
few first words of answers it is asked about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Set
from functools import cache
from typing import Any, AnyStr

from wizard.core.datacache import package_stamp, read_json, write_json


class Words(Set[str]):
    """A sorted word list as one text, a space between words: membership by bisection, each
    answer kept (the same first words are asked about on every keystroke)."""

    def __init__(self, lines: str) -> None:
        self._lines = lines
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        known = self._known.get(word)
        if known is None:
            known = self._known[word] = " " not in word and self._find(word)
        return known

    def _find(self, word: str) -> bool:
        return bisect_lines(self._lines, word, " ")

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines.split(" ") if self._lines else ())

    def __len__(self) -> int:
        return self._lines.count(" ") + 1 if self._lines else 0

    def __hash__(self) -> int:
        return self._hash()


def bisect_lines(lines: AnyStr, word: AnyStr, sep: AnyStr, start: int = 0) -> bool:
    """`word` is one of the sorted `lines` (from `start`, each ended by `sep`), found by
    bisection without splitting them (a str here, a pack file's bytes in packwords)."""
    lo, hi = start, len(lines)
    while lo < hi:
        mid = (lo + hi) // 2
        begin = max(lines.rfind(sep, 0, mid) + 1, start)
        end = lines.find(sep, mid)
        end = len(lines) if end < 0 else end
        line = lines[begin:end]
        if line == word:
            return True
        if line < word:
            lo = end + 1
        else:
            hi = begin
    return False


def verbs(source: str) -> Words:
    """Words the lexicon knows only as verbs, in their base form ("understand", "ensure",
    "collaborate"); a word that is also a noun or adjective ("change", "design") is not here:
    the pack's own lists decide those."""
    return _tables(source)["verbs"]


def nouns(source: str) -> Words:
    """Words the lexicon knows as nouns and never as verbs, in any form ("roofers",
    "photographers"): an answer that opens with one is a noun phrase."""
    return _tables(source)["nouns"]


def common(source: str) -> Set[str]:
    """Words the lexicon knows as nouns or adjectives, verbs too or not ("clinical",
    "interviews", "management"): common words, so a capital on each word of a list item in
    Title Case is a style, not a name ("Patient Safety"; "Epic and Cerner" and "Google
    Classroom" hold a word it does not know so). Looked up in both tables, never joined."""
    tables = _tables(source)
    return _Either(tables["nouns"], tables["common"])


class _Either(Set[str]):
    """A word of either of two word lists."""

    def __init__(self, one: Set[str], other: Set[str]) -> None:
        self._one, self._other = one, other

    def __contains__(self, word: object) -> bool:
        return word in self._one or word in self._other

    def __iter__(self) -> Iterator[str]:
        yield from self._one
        yield from self._other

    def __len__(self) -> int:
        return len(self._one) + len(self._other)

    def __hash__(self) -> int:
        return self._hash()


@cache
def _tables(source: str) -> dict[str, Words]:
    """Each class of `source`, kept in the cache as its sorted words in one text, a space
    apart (a newline is an escape in JSON, which would make reading it ten times slower)."""
    build = _SOURCES.get(source)
    if build is None:
        raise ValueError(f"unknown word lexicon {source!r} (known: {', '.join(_SOURCES)})")
    name = f"lexicon-{source}-{package_stamp(source)}-4"
    cached = read_json(name)
    if isinstance(cached, dict) and {"verbs", "nouns", "common"} <= cached.keys() \
            and all(isinstance(v, str) for v in cached.values()):
        return {kind: Words(lines) for kind, lines in cached.items()}
    tables = {kind: " ".join(sorted(set(found))) for kind, found in build().items()}
    write_json(name, tables)
    return {kind: Words(lines) for kind, lines in tables.items()}


def _lemminflect() -> dict[str, list[str]]:
    from lemminflect import Lemmatizer

    table: dict[str, dict[str, Any]] = Lemmatizer()._getLemmaDict()
    plain = {w: v for w, v in table.items() if w.isalpha() and w.islower()}
    only_verbs = sorted(w for w, v in plain.items() if set(v) == {"VERB"} and w in v["VERB"])
    only_nouns = sorted(w for w, v in plain.items() if "NOUN" in v and "VERB" not in v)
    # nouns that are verbs too, and adjectives ("change", "clinical"): with the nouns above,
    # the common words (kept apart so the nouns are not stored twice)
    common = sorted(w for w, v in plain.items() if ("NOUN" in v and "VERB" in v) or (
        "ADJ" in v and "NOUN" not in v))
    return {"verbs": only_verbs, "nouns": only_nouns, "common": common}


_SOURCES: dict[str, Callable[[], dict[str, list[str]]]] = {"lemminflect": _lemminflect}
