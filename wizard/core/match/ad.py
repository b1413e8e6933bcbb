"""Provides analyse(): a job ad read once into its language and key terms (cache the result)."""

from __future__ import annotations

from dataclasses import field

from wizard.core.dataclass_cache import dataclass
from wizard.core.match.acronyms import definitions
from wizard.core.match.detect import detect_language
from wizard.core.match.errors import MatchError
from wizard.core.match.fold import fold, words
from wizard.core.match.layout import segments
from wizard.core.match.packs import match_languages, pack, settings
from wizard.core.match.terms import Term, key_terms
from wizard.core.sanitize import clean_text


@dataclass(frozen=True)
class Ad:
    """A read ad: its language (and how it was known: "detected", "given", or "profile" when
    it fell back to the profile's, "unlike" when it did though the ad does not read like it),
    its title and key terms, and its words (what compound parts may be)."""

    text: str
    lang: str
    detected: bool
    title: str
    terms: tuple[Term, ...]
    words: frozenset[str]
    stems: frozenset[str]
    source: str = "detected"
    size: int = 0  # how many words it has
    # its words written with a hyphen, folded, and their parts ("sqlquery": "sql", "query")
    hyphenated: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False)

    def check_size(self, name: str) -> None:
        """Raise MatchError when the ad is too short to match: fewer words than a job ad has
        (settings' `min_words`), or fewer key terms than make a comparison (`min_terms`)."""
        s = settings()
        if self.size >= int(s["min_words"]) and len(self.terms) < int(s["min_terms"]):
            # long enough, but one word repeated: calling it short would not be true
            raise MatchError("ad_too_few_terms", file=name, words=self.size,
                             terms=len(self.terms), min_terms=int(s["min_terms"]))
        if self.size < int(s["min_words"]):
            raise MatchError("ad_too_short", file=name, words=self.size,
                             terms=len(self.terms), min_words=int(s["min_words"]))


def analyse(text: str, lang: str | None = None, *, fallback: str | None = None) -> Ad:
    """Read `text` (plain or Markdown) in `lang`, or in the language it is detected to be in,
    or else in `fallback` (the profile's). Raises MatchError when none applies."""
    text = clean_text(text, multiline=True)
    codes = match_languages()
    if lang is not None and lang not in codes:
        raise MatchError("unknown_lang", lang=lang, langs=", ".join(codes))
    # the words alone (no positions: the layout reads those), once, for the language and
    # for what compound parts may be
    said = words(text)
    folded = [fold(w) for w in said]
    found = detect_language(text, folded) if lang is None else None
    code = lang or found or (fallback if fallback in codes else None)
    if code is None:
        raise MatchError("lang_unclear", langs=", ".join(codes))
    p = pack(code)
    segs = segments(text, p)
    title = "".join((t.elided or " ") + t.surface for s in segs if s.kind == "title"
                    for t in s.tokens).strip()
    source = "given" if lang else "detected" if found else "profile"
    # fallen back on the profile's language with words enough to tell, yet few of its own
    # stop words: a German ad read as English finds 'suchen einen erfahrenen', and "the ad
    # says too little to tell" would not be true
    if source == "profile" and len(folded) >= int(settings()["min_words"]) and \
            sum(w in p.own_stopwords for w in folded) < float(settings()["unlike_share"]) \
            * len(folded):
        source = "unlike"
    return Ad(text=text, lang=code, detected=found is not None, source=source,
              title=title, terms=key_terms(segs, p, definitions(text, p)), words=frozenset(folded),
              stems=frozenset(p.stem(w) for w in set(said)), size=len(said),
              hyphenated={f: parts for w, f in zip(said, folded, strict=True) if "-" in w
                          and len(parts := tuple(fold(x) for x in w.split("-") if x)) > 1})
