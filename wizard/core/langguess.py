"""Provides a guess at the language of an imported text from its common words.

Each pack lists short words frequent in its language and rare in the others (language.toml's
`guess_words`), so a new pack is guessed too. A word several packs list counts for each of
them by their share (half for two), so a shared word never tips the balance.
"""

from __future__ import annotations

import re
from collections import Counter

from wizard.core.languages import available_languages, language

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_HITS = 3  # below this a headline of a few words says too little to guess


def guess_language(*texts: str) -> str | None:
    """The language most of the words belong to, or None when the texts do not say clearly."""
    common = {code: language(code).guess_words for code in available_languages()}
    listed = Counter(w for words in common.values() for w in words)
    words = [w.casefold().replace("’", "'") for t in texts for w in _WORD.findall(t)]
    hits = {code: sum(1 / listed[w] for w in words if w in own) for code, own in common.items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    if len(ranked) < 2:
        return ranked[0][0] if ranked and ranked[0][1] >= MIN_HITS else None
    (best, n), (_, second) = ranked[0], ranked[1]
    if n >= MIN_HITS and n >= 1.5 * second:
        return best
    return None
