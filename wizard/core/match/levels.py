"""Provides how one term is found in one piece of the profile: exact, stem, compound, synonym.

Each test returns the profile's own words that carry the term (shown to the person as the
evidence), or None. They are tried in that order; the first that finds it names the match.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache, lru_cache

from wizard.core.dataclass_cache import dataclass
from wizard.core.match.fold import fold, tokens
from wizard.core.match.index import Field, Piece
from wizard.core.match.packs import MatchPack, language_groups, pack

LEVELS = ("exact", "stem", "compound", "synonym")
MIN_STEM = 4
WINDOW = 2  # a phrase's words found at most this many words apart per word of the phrase


@dataclass(frozen=True)
class Phrase:
    """What is looked for: folded content words and their stems."""

    words: tuple[str, ...]
    stems: tuple[str, ...]


def exact(t: Phrase, piece: Piece) -> str | None:
    """The same words in the same order; spacing aside ("power bi" = "PowerBI")."""
    glued = "".join(t.words)
    if glued not in (piece.joined or "".join(piece.words)):  # spacing aside, not there at all
        return None
    n, w = len(t.words), piece.words
    for i in range(len(w)):
        if w[i:i + n] == t.words:
            return piece.between(i, i + n - 1)
        for m in (2, 3):  # "stakeholder management" written as one word, or the other way
            if i + m <= len(w) and "".join(w[i:i + m]) == glued and m != n:
                return piece.between(i, i + m - 1)
        if n > 1 and w[i] == glued:
            return piece.surface[i]
    return None


def stem(t: Phrase, piece: Piece, agents: tuple[str, ...] = ()) -> str | None:
    """The same stems ("managing" for "management"); a phrase's words in one sentence or
    list item, in any order ("managing change" for "change management"). A word alone is not
    met by the one who does it: "developer" is no "development" (`agents`: "er", "or")."""
    if piece.stem_set and not piece.stem_set.issuperset(t.stems):
        return None
    s = piece.stems
    at: list[list[int]] = []
    for want in t.stems:
        spots = [i for i, x in enumerate(s) if x == want and _close_enough(piece.words[i], t, want)
                 and (len(t.words) > 1 or _agent(piece.words[i], agents)
                      == _agent(t.words[0], agents))]
        if not spots:
            return None
        at.append(spots)
    # the closest group of them: "managing stakeholders", not "managers … stakeholders"
    groups = [[start, *(_nearest(o, start) for o in at[1:])] for start in at[0]]
    best = min(groups, key=lambda g: max(g) - min(g))
    if max(best) - min(best) > WINDOW * len(t.stems):  # words of different things
        return None
    at_ = sorted(set(best))
    if at_[-1] - at_[0] < 2 * len(at_):  # together: as the person wrote them
        return piece.between(at_[0], at_[-1])
    return " ".join(piece.surface[j] for j in at_)


def _agent(word: str, endings: tuple[str, ...]) -> bool:
    return word.endswith(endings)


def _nearest(spots: list[int], to: int) -> int:
    return min(spots, key=lambda j: abs(j - to))


def _close_enough(word: str, t: Phrase, stem_: str) -> bool:
    """A short stem joins words that only look alike (Dutch "wet", law, and "weet", know):
    below MIN_STEM letters the words must share their beginning too."""
    if len(stem_) >= MIN_STEM:
        return True
    term_word = t.words[t.stems.index(stem_)]
    return word.startswith(term_word) or term_word.startswith(word)


class Compounds:
    """The parts of a pack's glued words, for one match: each piece of the profile is split
    once, not once per term (`parts` is compounds.splitter's function)."""

    def __init__(self, p: MatchPack, parts: Callable[[str], tuple[str, ...]]) -> None:
        self.p, self.parts = p, parts
        self._pieces: dict[int, tuple[Piece, dict[str, int], dict[str, int]]] = {}
        self._terms: dict[tuple[str, ...], tuple[int, list[str], list[str]]] = {}
        self._fields: dict[int, tuple[Field, set[str], set[str]]] = {}

    def wanted(self, t: Phrase) -> tuple[int, list[str], list[str]]:
        """A term's parts, once per match (not once per piece it is looked for in): how many
        there are, their stems, and the stems of those that are not light heads."""
        found = self._terms.get(t.words)
        if found is None:
            p = self.p
            raw = [x for w in t.words for x in self.parts(w)]
            light = [p.key(x, x) for x in raw if x not in p.light_heads] \
                if len(t.words) == 1 else []
            found = self._terms[t.words] = (len(raw), [p.key(x, x) for x in raw], light)
        return found

    def of(self, piece: Piece) -> tuple[dict[str, int], dict[str, int]]:
        """Stem of each part -> the word of the piece it is in; the same for the parts of
        the piece's own compounds only."""
        found = self._pieces.get(id(piece))
        if found is None:
            have: dict[str, int] = {}
            glued: dict[str, int] = {}
            for i, word in enumerate(piece.words):
                split = self.parts(word)
                for x in split:
                    k = self.p.key(x, x)  # (a part is folded already)
                    have.setdefault(k, i)
                    if len(split) > 1:
                        glued.setdefault(k, i)
            # the piece is kept with its maps: its id is not given to another piece meanwhile
            found = self._pieces[id(piece)] = (piece, have, glued)
        return found[1], found[2]


    def may(self, t: Phrase, f: Field) -> bool:
        """Whether `compound` can find `t` in any piece of `f`: the parts it needs are
        among the parts of the field's words (looked up once per field, not per piece)."""
        if not self.p.splits_compounds:
            return False
        count, wanted, light = self.wanted(t)
        if count == len(t.words) and count > 1:  # nothing glued: a phrase is stem's
            return False
        found = self._fields.get(id(f))
        if found is None:
            have: set[str] = set()
            glued: set[str] = set()
            for piece in f.pieces:
                h, g = self.of(piece)
                have.update(h)
                glued.update(g)
            found = self._fields[id(f)] = (f, have, glued)
        _, have, glued = found
        if count == 1:
            return wanted[0] in glued
        return all(x in have for x in wanted) or (bool(light) and all(x in have for x in light))


def compound(t: Phrase, piece: Piece, c: Compounds) -> str | None:
    """Parts of a glued word: "verzuimbegeleiding" in "begeleiding bij verzuim", the profile's
    "stakeholders" for the ad's "stakeholdermanagement" (its head is a light one), the ad's
    "verzuim" inside the profile's "verzuimbegeleiding"."""
    if not c.p.splits_compounds:
        return None
    count, wanted, light = c.wanted(t)
    have, glued = c.of(piece)
    if count == 1:
        return piece.surface[glued[wanted[0]]] if wanted[0] in glued else None
    if count == len(t.words):  # nothing was glued: a phrase is the stem test's
        return None
    for need in (wanted, light):
        if need and all(x in have for x in need):
            at = sorted({have[x] for x in need})
            if at[-1] - at[0] < 2 * len(at):  # together: as the person wrote them
                return piece.between(at[0], at[-1])
            return " ".join(piece.surface[j] for j in at)
    return None


@cache
def synonym_phrases(code: str) -> tuple[tuple[Phrase, ...], ...]:
    """The pack's synonym groups (shipped and the coach's) as phrases."""
    p = pack(code)
    names = {fold(n) for group in language_groups(code) for n in group}
    return tuple(tuple(_phrase(m, p, names) for m in group) for group in p.synonyms)


def _phrase(text: str, p: MatchPack, names: frozenset[str] | set[str] = frozenset()) -> Phrase:
    toks = [x for x in tokens(text) if x.folded not in p.links]
    # a language's name is held as written, never through its stem: "Italian" is no
    # "Italiana" (a federation), "Dutch" no other word of that stem
    return Phrase(tuple(x.folded for x in toks),
                  tuple("=" + x.folded if x.folded in names else p.stem(x.surface)
                        for x in toks))


def same(a: Phrase, b: Phrase) -> bool:
    return a.stems == b.stems or "".join(a.words) == "".join(b.words)


@lru_cache(maxsize=4096)
def synonyms_of(t: Phrase, code: str) -> list[Phrase]:
    """The other members of every group the term belongs to; and for a phrase, the phrase
    with a member of a group inside it said another way ("teamleider klantcontact" for
    "teamleider klantenservice", "m365 administration" for "microsoft 365 administration")."""
    out: list[Phrase] = []
    for group in synonym_phrases(code):
        if any(same(t, m) for m in group):
            out += [m for m in group if not same(t, m)]
        elif len(t.words) > 1:
            for m in group:
                n = len(m.stems)
                for i in range(len(t.stems) - n + 1) if 0 < n < len(t.stems) else ():
                    if t.stems[i:i + n] == m.stems:
                        out += [Phrase(t.words[:i] + o.words + t.words[i + n:],
                                       t.stems[:i] + o.stems + t.stems[i + n:])
                                for o in group if o.stems != m.stems and o.words]
    return out


def synonym(others: Sequence[Phrase], piece: Piece) -> str | None:
    """A word or phrase the pack (or the coach) counts as the same term."""
    for m in others:
        if m.words and (found := exact(m, piece) or stem(m, piece)):
            return found
    return None
