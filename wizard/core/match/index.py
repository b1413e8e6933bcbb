"""Provides the profile's texts and answers cut into words and stems, cached by their text.

The app matches on every keystroke: an answer that did not change is not read again.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from wizard.core.dataclass_cache import dataclass
from wizard.core.match.acronyms import bare
from wizard.core.match.fold import tokens
from wizard.core.match.packs import pack, settings
from wizard.core.model import FIELDS, Answers

# Where a piece ends: a sentence, a line, and the separators of a headline ("A | B · C").
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+|\s[|·•–—/]\s")


@dataclass(frozen=True)
class Piece:
    """A sentence or list item: its words as written, folded, and their stems (link words
    such as "di", "de" left out, so "gestione dei progetti" reads as "gestione progetti")."""

    surface: tuple[str, ...]
    words: tuple[str, ...]
    stems: tuple[str, ...]
    text: str = ""
    spans: tuple[tuple[int, int], ...] = ()  # where each word stands in `text`
    # for the tests to skip a piece at once (they run for every term on every keystroke)
    joined: str = ""                       # the words glued: every exact form is inside
    stem_set: frozenset[str] = frozenset()

    def between(self, first: int, last: int) -> str:
        """The person's own words from word `first` to word `last`, as written
        ("tevredenheid van klanten"); the words alone when they stand far apart."""
        if self.spans and last - first <= 2 * len(set(range(first, last + 1))):
            return self.text[self.spans[first][0]:self.spans[last][1]]
        return " ".join(self.surface[first:last + 1])


@dataclass(frozen=True)
class Field:
    """One text or answer of the profile, by its output name or answer key."""

    key: str
    is_output: bool
    pieces: tuple[Piece, ...]
    # every piece's glued words and stems: a term none of whose forms is there is not looked
    # for piece by piece (most of an ad's terms are in few of a profile's answers)
    joined: str = ""
    stem_set: frozenset[str] = frozenset()


def field(key: str, is_output: bool, found: tuple[Piece, ...]) -> Field:
    """A Field with what tells at once that a term is not in it."""
    return Field(key, is_output, found, "\n".join(p.joined for p in found),
                 frozenset().union(*(p.stem_set for p in found)))


@lru_cache(maxsize=2048)
def pieces(code: str, text: str) -> tuple[Piece, ...]:
    """`text` read with the matching data of language `code`."""
    p = pack(code)
    out = []
    for part in _SENTENCE.split(text):
        toks = [t for t in bare(tokens(part), p) if t.folded not in p.links]
        if toks:
            # a stop word is not stemmed: "parce" (que) is no "parc informatique"
            keys = p.keys([t.surface for t in toks], [t.folded for t in toks])
            stems = tuple(t.folded if t.folded in p.stopwords and not t.surface.isupper()
                          else k for t, k in zip(toks, keys, strict=True))
            out.append(Piece(tuple(t.surface for t in toks), tuple(t.folded for t in toks),
                             stems, part,
                             tuple((t.start, t.start + len(t.surface)) for t in toks),
                             "".join(t.folded for t in toks), frozenset(stems)))
    return tuple(out)


def profile_fields(code: str, answers: Answers, texts: Mapping[str, str]) -> list[Field]:
    """The texts a reader sees (settings' `outputs`, in the order given), then every answer
    that can hold a skill (not a name), each read in language `code`."""
    s = settings()
    out = [field(name, True, pieces(code, texts[name]))
           for name in texts if name in s["outputs"] and texts[name]]
    skip = set(s["skip_answers"])
    for f in FIELDS:
        if f.kind == "bool" or f.key in skip:
            continue
        values = answers.items(f.key) if f.kind == "list" else [answers.text(f.key)]
        found = tuple(p for v in values if v for p in pieces(code, v))
        if found:
            out.append(field(f.key, False, found))
    return out
