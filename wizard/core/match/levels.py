"""Provides how one term is found in one piece of the profile: exact, stem, compound, synonym.

Each test returns the profile's own words that carry the term (shown to the person as the
evidence), or None. They are tried in that order; the first that finds it names the match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from wizard.core.match.fold import tokens
from wizard.core.match.index import Piece
from wizard.core.match.packs import MatchPack, pack

LEVELS = ("exact", "stem", "compound", "synonym")
MIN_STEM = 4


@dataclass(frozen=True)
class Phrase:
    """What is looked for: folded content words and their stems."""

    words: tuple[str, ...]
    stems: tuple[str, ...]


def exact(t: Phrase, piece: Piece) -> str | None:
    """The same words in the same order; spacing aside ("power bi" = "PowerBI")."""
    n, w = len(t.words), piece.words
    glued = "".join(t.words)
    for i in range(len(w)):
        if w[i:i + n] == t.words:
            return " ".join(piece.surface[i:i + n])
        for m in (2, 3):  # "stakeholder management" written as one word, or the other way
            if i + m <= len(w) and "".join(w[i:i + m]) == glued and m != n:
                return " ".join(piece.surface[i:i + m])
        if n > 1 and w[i] == glued:
            return piece.surface[i]
    return None


def stem(t: Phrase, piece: Piece) -> str | None:
    """The same stems ("managing" for "management"); a phrase's words in one sentence or
    list item, in any order ("managing change" for "change management")."""
    s = piece.stems
    at: list[list[int]] = []
    for want in t.stems:
        spots = [i for i, x in enumerate(s) if x == want and _close_enough(piece.words[i], t, want)]
        if not spots:
            return None
        at.append(spots)
    # the closest group of them: "managing stakeholders", not "managers … stakeholders"
    groups = [[start, *(_nearest(o, start) for o in at[1:])] for start in at[0]]
    best = min(groups, key=lambda g: max(g) - min(g))
    return " ".join(piece.surface[j] for j in sorted(set(best)))


def _nearest(spots: list[int], to: int) -> int:
    return min(spots, key=lambda j: abs(j - to))


def _close_enough(word: str, t: Phrase, stem_: str) -> bool:
    """A short stem joins words that only look alike (Dutch "wet", law, and "weet", know):
    below MIN_STEM letters the words must share their beginning too."""
    if len(stem_) >= MIN_STEM:
        return True
    term_word = t.words[t.stems.index(stem_)]
    return word.startswith(term_word) or term_word.startswith(word)


def compound(t: Phrase, piece: Piece, p: MatchPack,
             parts: Callable[[str], tuple[str, ...]]) -> str | None:
    """Parts of a glued word: "verzuimbegeleiding" in "begeleiding bij verzuim", the profile's
    "stakeholders" for the ad's "stakeholdermanagement" (its head is a light one), the ad's
    "verzuim" inside the profile's "verzuimbegeleiding"."""
    if not p.splits_compounds:
        return None
    raw = [x for w in t.words for x in parts(w)]
    wanted = [p.stem(x) for x in raw]
    have: dict[str, str] = {}
    glued: dict[str, str] = {}  # stems of parts of the profile's own compounds
    for surface, word in zip(piece.surface, piece.words, strict=True):
        split = parts(word)
        for x in split:
            have.setdefault(p.stem(x), surface)
            if len(split) > 1:
                glued.setdefault(p.stem(x), surface)
    if len(wanted) == 1:
        return glued.get(wanted[0])
    if len(raw) == len(t.words):  # nothing was glued: a phrase is the stem test's
        return None
    light = [x for x, r in zip(wanted, raw, strict=True) if r not in p.light_heads] \
        if len(t.words) == 1 else []
    for need in (wanted, light):
        if need and all(x in have for x in need):
            return " ".join(dict.fromkeys(have[x] for x in need))
    return None


@cache
def synonym_phrases(code: str) -> tuple[tuple[Phrase, ...], ...]:
    """The pack's synonym groups (shipped and the coach's) as phrases."""
    p = pack(code)
    return tuple(tuple(_phrase(m, p) for m in group) for group in p.synonyms)


def _phrase(text: str, p: MatchPack) -> Phrase:
    toks = [x for x in tokens(text) if x.folded not in p.links]
    return Phrase(tuple(x.folded for x in toks), tuple(p.stem(x.surface) for x in toks))


def same(a: Phrase, b: Phrase) -> bool:
    return a.stems == b.stems or "".join(a.words) == "".join(b.words)


def synonyms_of(t: Phrase, code: str) -> list[Phrase]:
    """The other members of every group the term belongs to."""
    out: list[Phrase] = []
    for group in synonym_phrases(code):
        if any(same(t, m) for m in group):
            out += [m for m in group if not same(t, m)]
    return out


def synonym(others: Sequence[Phrase], piece: Piece) -> str | None:
    """A word or phrase the pack (or the coach) counts as the same term."""
    for m in others:
        if m.words and (found := exact(m, piece) or stem(m, piece)):
            return found
    return None
