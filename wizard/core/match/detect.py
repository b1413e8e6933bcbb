"""Provides the language of an ad, told from the stop words that only one pack's list has."""

from __future__ import annotations

from collections import Counter
from functools import cache

from wizard.core.match.fold import fold, words
from wizard.core.match.packs import match_languages, pack

MIN_HITS = 5     # fewer distinctive function words than this says too little
MARGIN = 1.5     # the winner must have this many times the hits of the next language


@cache
@cache
def _distinctive(codes: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Per language, its stop words that no other language's list has ("the", "het", "il")."""
    own = {c: pack(c).own_stopwords for c in codes}
    return {c: frozenset(words - frozenset().union(*(own[o] for o in codes if o != c)))
            for c, words in own.items()}


def detect_language(text: str, folded: list[str] | None = None) -> str | None:
    """The language of `text` (its words folded already, or not) among the packs that can
    read an ad, or None when unclear."""
    codes = match_languages()
    if not codes:
        return None
    if len(codes) == 1:
        return codes[0]
    distinctive = _distinctive(codes)
    said = Counter(folded if folded is not None else [fold(w) for w in words(text)])
    # each word once per language, with how often the ad says it
    hits = sorted(((sum(n for w, n in said.items() if w in d), c)
                   for c, d in distinctive.items()), reverse=True)
    (best, code), (second, _) = hits[0], hits[1]
    return code if best >= MIN_HITS and best >= MARGIN * second else None
