"""Provides a guess at the language of an imported text (en, nl or it) from its common words."""

from __future__ import annotations

import re

# Short function words that are frequent in one language and rare in the others. Words shared
# by two of them ("in", "is", "we", "a", "i", "al", "te", "me") are left out on purpose.
_COMMON: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in {
        "en": "the and of to for with my you your our on at that this who am are from by help "
              "helping work working i'm it's an as be have has will can what how their they",
        "nl": "de het een en van voor met ik mijn je jij jouw u uw ons onze op aan bij dat ben "
              "zijn naar ook om niet als wat hoe help werk wil kan mij graag heb",
        "it": "il lo la gli le un una uno e di da per con che mi mio mia sono è del della dei "
              "delle nel nella alla non come ti tuo tua ho aiuto lavoro anche più",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
MIN_HITS = 3  # below this a headline of a few words says too little to guess


def guess_language(*texts: str) -> str | None:
    """The language most of the words belong to, or None when the texts do not say clearly."""
    words = [w.casefold().replace("’", "'") for t in texts for w in _WORD.findall(t)]
    hits = {lang: sum(w in common for w in words) for lang, common in _COMMON.items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, n), (_, second) = ranked[0], ranked[1]
    if n >= MIN_HITS and n >= 1.5 * second:
        return best
    return None
