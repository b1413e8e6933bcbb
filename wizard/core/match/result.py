"""Provides match(): which of an ad's terms a profile carries, where and how, and a score."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from wizard.core.dataclass_cache import dataclass
from wizard.core.match.ad import Ad
from wizard.core.match.compounds import splitter
from wizard.core.match.fold import Token, fold, tokens
from wizard.core.match.index import Field, Piece, field, pieces, profile_fields
from wizard.core.match.levels import (
    Compounds,
    Phrase,
    compound,
    exact,
    stem,
    synonym,
    synonyms_of,
)
from wizard.core.match.packs import MatchPack, pack, settings
from wizard.core.match.terms import Term
from wizard.core.model import Answers

if TYPE_CHECKING:
    from wizard.core.render import Rendered


# where a term stands that the profile holds by the language it is written in (its answers'
# `lang`, a key of the answers file): every text of it says the ad's "italiano"
LANG = "lang"


@dataclass(frozen=True)
class Hit:
    """Where a term was found, how, and the profile's own words that carry it."""

    where: str
    how: str
    words: str
    partial: bool = False  # only the term's head or a name in it: "SQL" for "SQL queries"


@dataclass(frozen=True)
class TermMatch:
    """One term of the ad and every place the profile carries it."""

    term: Term
    hits: tuple[Hit, ...]
    # not found: the person's words that share its qualifier, not its head ("time series
    # analysis" for "time series forecasting"), for the report to say they were seen
    related: str = ""

    @property
    def found(self) -> bool:
        return bool(self.hits)

    @property
    def partial(self) -> bool:
        """Found only in part: its head or a name in it, never the whole term."""
        return bool(self.hits) and all(h.partial for h in self.hits)

    @property
    def matched_as(self) -> str | None:
        """The closest way it was found anywhere (exact before stem before compound …)."""
        return self.hits[0].how if self.hits else None

    @property
    def where(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(h.where for h in self.hits))

    def json(self) -> dict[str, Any]:
        return {"term": self.term.text, "weight": self.term.weight, "found": self.found,
                "where": list(self.where), "matched_as": self.matched_as}


@dataclass(frozen=True)
class Match:
    """An ad against a profile: every term found or missing, and a score 0–100."""

    ad: Ad
    terms: tuple[TermMatch, ...]
    score: int
    outputs: tuple[str, ...]  # the texts that were matched (none when not rendered)

    @property
    def found(self) -> tuple[TermMatch, ...]:
        return tuple(t for t in self.terms if t.found)

    @property
    def shown(self) -> frozenset[str]:
        """Where a reader sees a term: the texts matched, and the language they are in."""
        return frozenset((*self.outputs, LANG)) if self.outputs else frozenset()

    @property
    def missing(self) -> tuple[TermMatch, ...]:
        """Terms the profile does not carry, heaviest first."""
        return tuple(t for t in self.terms if not t.found)

    def json(self) -> dict[str, Any]:
        """The `match --format json` object of the answers-file spec."""
        return {"lang": self.ad.lang, "score": self.score,
                "terms": [t.json() for t in self.terms]}




def _find(t: Term, fields: list[Field], code: str, parts: Compounds) -> tuple[Hit, ...]:
    phrase = Phrase(t.words, t.stems)
    p = pack(code)
    others = synonyms_of(phrase, code)
    agents = p.agent_endings
    # each test with what a field must hold for it to find anything there: the glued words
    # of an exact form, the stems of a stemmed one (looked up once per field, not per piece)
    Pre = Callable[[Field], bool]
    tests: list[tuple[str, Callable[[Piece], str | None], Pre]] = [
        ("exact", lambda piece: exact(phrase, piece), _has_glued(phrase)),
        ("stem", lambda piece: stem(phrase, piece, agents), _has_stems(phrase)),
        ("compound", lambda piece: compound(phrase, piece, parts),
         lambda f: parts.may(phrase, f)),
        ("synonym", lambda piece: synonym(others, piece), _has_any(others))]
    if t.short:  # the acronym the ad defines for it: "CRM" is its "Customer Relationship
        # Management", as the ad says; found as the ad writes it, or in another form ("KPI")
        short = Phrase((fold(t.short),), (p.stem(t.short),))
        tests[2:2] = [("exact", lambda piece: exact(short, piece), _has_glued(short)),
                      ("stem", lambda piece: stem(short, piece, agents), _has_stems(short))]
    core = _without_light(phrase, p.light_words) or _without_glued_light(phrase, p, parts)
    if core is not None and len(core.words) == 1 and core.words[0] in p.not_core:
        core = None  # "data" is not "data models" once "models" goes: too broad alone
    if len(phrase.words) > 2:  # "gestione del recupero crediti": "recupero crediti" says it
        longer = _without_light(phrase, p.light_words | p.light_in_long)
        core = longer if longer is not None and len(longer.words) > 1 else core
    if core is not None:
        # "e-learning modules" is carried by "e-learning": the light word adds nothing
        tests += [("exact", lambda piece: exact(core, piece), _has_glued(core)),
                  ("stem", lambda piece: stem(core, piece, agents), _has_stems(core))]
    hits: list[tuple[int, int, Hit]] = []
    for order, f in enumerate(fields):
        for level, (how, test, may) in enumerate(tests):
            if not may(f):
                continue
            words = next((w for piece in f.pieces if (w := test(piece))), None)
            if words:
                hits.append((level, order, Hit(f.key, how, words)))
                break
    if not hits:
        hits = [(0, order, h) for order, h in _partly(t, fields, p, parts)]
    return tuple(h for _, _, h in sorted(hits, key=lambda x: (x[0], x[1])))


def _has_glued(phrase: Phrase) -> Callable[[Field], bool]:
    glued = "".join(phrase.words)
    return lambda f: glued in f.joined


def _has_stems(phrase: Phrase) -> Callable[[Field], bool]:
    return lambda f: f.stem_set.issuperset(phrase.stems)


def _has_any(others: list[Phrase]) -> Callable[[Field], bool]:
    if not others:
        return lambda f: False
    glued = ["".join(m.words) for m in others]
    return lambda f: any(g in f.joined for g in glued) or any(
        f.stem_set.issuperset(m.stems) for m in others)


def key_words(t: Term, p: MatchPack, parts: Compounds) -> tuple[Phrase, ...]:
    """The words of a term that carry part of it on their own: its head (the last word where
    the pack's language puts the head last, "SQL queries"; the first where it puts it first,
    "comptabilité fournisseurs"; in a term of three words the head with the word next to it,
    "data warehouse" of "Snowflake data warehouse", not "warehouse") and any name or acronym
    in it ("SQL", "Excel"; not in a title's role, whose head is its role word). A one-word
    term gives its compound parts the same way ("SQL-query": "SQL"; "HR-adviseur":
    "adviseur"; a glued part of five letters at least).
    Light, generic and never-alone words carry nothing."""
    glued: tuple[str, ...] = ()
    if len(t.words) == 1 and "-" not in t.text:
        glued = parts.parts(t.words[0]) if p.splits_compounds else ()
        if len(glued) < 2:
            return ()
    # a name with its acronym: its capitals are the acronym's, not a name's ("Customer" of
    # "Customer Relationship Management (CRM)" is no part of it), as in a title
    return _carriers(t.name, len(t.words), t.in_title or bool(t.short), p.code, glued)


@lru_cache(maxsize=4096)
def _carriers(text: str, n_words: int, in_title: bool, code: str,
              glued: tuple[str, ...]) -> tuple[Phrase, ...]:
    """key_words of a term, once per term (the app matches on every keystroke)."""
    p = pack(code)
    said = tokens(text)
    written = [x for x in said if x.folded not in p.links]
    shortest = 3
    if n_words == 1:
        split = [x for x in text.split("-") if x] if "-" in text else []
        if len(split) > 1:
            written = [x for piece in split for x in tokens(piece)]
        else:
            # "functioneringsgesprekken" may split into "…gesprek" and "ken": a short glued
            # part is as likely an ending as a word
            written, shortest = [x for g in glued for x in tokens(g)], 5
    if len(written) < 2:
        return ()
    head = _head(said, written, p)
    out: list[Phrase] = []

    def light(x: Token, paired: bool = False) -> bool:
        # a word never a term alone may stand in a pair: "team leader" of "Warehouse Team
        # Leader" (its title's mentions are the role's: the pair carries part of it)
        return x.folded in p.light_words or x.folded in p.light_heads or \
            (x.folded in p.alone and not paired) or x.folded in p.broad \
            or p.ignorable(x.folded) or x.folded in p.stopwords

    if len(written) > 2 and n_words > 1:  # the head with the word next to it
        # … at the end it stands at ("forecasting" of "forecasting of sales volumes")
        # (a role's pair is where the language puts heads: "financiële administratie" of
        # "medewerker financiële administratie")
        role = head.folded.endswith(tuple(p.role_words))
        first = p.head_first if role else head is written[0] or (
            p.head_first and head is not written[-1])
        pair = written[:2] if first else written[-2:]
        if not any(light(x, paired=True) for x in pair):
            out.append(Phrase(tuple(x.folded for x in pair), tuple(p.key(x.surface, x.folded)
                                                                   for x in pair)))
    # a broad head says little ("palliatieve zorg"): the word that qualifies it says it
    broad_head = head.folded in p.broad and len(written) == 2
    for x in written:
        alone = (x is head and len(written) == 2) or broad_head
        # a role is carried in part by its head only: "HR" is no part of "HR Business Partner"
        named = (x.acronym or x.surface[:1].isupper()) and not in_title
        carries = alone or named
        if carries and not light(x) and (len(x.folded) >= shortest or x.acronym):
            out.append(Phrase((x.folded,), (p.key(x.surface, x.folded),)))
    return tuple(out)


def _head(said: list[Token], written: list[Token], p: MatchPack) -> Token:
    """The word of a phrase the others qualify (`written`: its words without link words). A
    role's head is its role word wherever it stands ("HR-adviseur" of "HR-adviseur verzuim");
    before a link word the head stands first even where the language puts it last
    ("voorspelling" of "voorspelling van tijdreeksen", "forecasting" of "forecasting of sales")."""
    role = next((x for x in written if x.folded.endswith(tuple(p.role_words))), None)
    if role is not None:
        return role
    link = next((i for i, x in enumerate(said) if i and x.folded in p.links), None)
    if link is not None and not p.head_first:
        return said[link - 1]
    return written[0] if p.head_first else written[-1]


def related(t: Term, fields: list[Field], code: str, parts: Compounds) -> str:
    """For a term not found: the person's own words that share what qualifies its head, but
    not the head ("time series analysis" for "time series forecasting"), to say they were
    seen and are not the same thing; "" when there are none."""
    p = pack(code)
    glued = parts.parts(t.words[0]) if len(t.words) == 1 and p.splits_compounds else ()
    want = _qualifier(t.name, code, glued if len(glued) > 1 else ())
    if want is None:
        return ""
    one = len(want.words) == 1 and p.splits_compounds
    for f in fields:
        if not one and not f.stem_set.issuperset(want.stems):
            continue
        for piece in f.pieces:
            seen = exact(want, piece) or stem(want, piece, p.agent_endings)
            if not seen and one:  # "tijdreeks" in a compound
                at = parts.of(piece)[1].get(want.stems[0])
                seen = piece.surface[at] if at is not None else None
            if seen:
                # a short item is said whole ("time series analysis"), a sentence by the words
                return piece.text.strip() if len(piece.words) <= 5 else seen
    return ""


@lru_cache(maxsize=4096)
def _qualifier(name: str, code: str, glued: tuple[str, ...]) -> Phrase | None:
    """What qualifies a term's head, once per term (`glued`: a compound's parts)."""
    p = pack(code)
    said = [x for g in glued for x in tokens(g)] if glued else tokens(name)
    written = [x for x in said if x.folded not in p.links]
    if len(written) < 2:
        return None
    head = _head(said, written, p)
    rest = [x for x in written if x is not head and not p.ignorable(x.folded)]
    if not rest:
        return None
    return Phrase(tuple(x.folded for x in rest), tuple(p.key(x.surface, x.folded) for x in rest))


def _partly(t: Term, fields: list[Field], p: MatchPack,
            parts: Compounds) -> list[tuple[int, Hit]]:
    """Where a term not found whole has a key word (`key_words`): its partial hits."""
    keys = key_words(t, p, parts)
    if not keys:
        return []
    agents, actions = p.agent_endings, p.action_endings

    def same_stem(k: Phrase, pc: Piece) -> str | None:
        # a word naming an activity carries a term only in a word that names one too:
        # "plan" is no part of "demand planning", "cambiare" none of "gestione del cambiamento"
        got = stem(k, pc, agents)
        if got and len(k.words) == 1 and k.words[0].endswith(actions) \
                and not fold(got).endswith(actions):
            return None
        return got

    found: list[tuple[int, Hit]] = []
    for order, f in enumerate(fields):
        for key in keys:
            for how, test in (("exact", exact), ("stem", same_stem)):
                words = next((w for piece in f.pieces if (w := test(key, piece))), None)
                if words:
                    found.append((order, Hit(f.key, how, words, partial=True)))
                    break
            else:
                continue
            break
    return found


def _without_light(phrase: Phrase, light: frozenset[str]) -> Phrase | None:
    """The phrase without its light words ("tools", "metodologia"), when some are left."""
    keep = [i for i, w in enumerate(phrase.words) if w not in light]
    if not keep or len(keep) == len(phrase.words):
        return None
    return Phrase(tuple(phrase.words[i] for i in keep), tuple(phrase.stems[i] for i in keep))





def _without_glued_light(phrase: Phrase, p: MatchPack, parts: Compounds) -> Phrase | None:
    """A phrase of several words whose last is glued to a light head, without it: "machine
    learning-modellen" is carried by "machine learning" as "Salesforce-systeem" by
    "Salesforce" (only in a pack that splits compounds; a single word is `compound`'s)."""
    if len(phrase.words) < 2 or not p.splits_compounds:
        return None
    *head, last = phrase.words
    split = parts.parts(last)
    if len(split) < 2 or split[-1] not in p.light_words:
        return None
    words = (*head, *split[:-1])
    return Phrase(words, (*phrase.stems[:-1], *(p.stem(x) for x in split[:-1])))


def _splitter(ad: Ad, fields: list[Field]) -> Compounds:
    p = pack(ad.lang)
    if not p.splits_compounds:
        return Compounds(p, lambda word: (word,))
    words = set(ad.words) | {w for f in fields for piece in f.pieces for w in piece.words}
    stems = set(ad.stems) | {s for f in fields for piece in f.pieces for s in piece.stems}
    glued = splitter(p, words - p.stopwords, stems)
    # a hyphen says where the parts are ("HR-adviseur", "SQL-query"): parts of any length
    hyphens = {fold(w): cut for f in fields for piece in f.pieces for w in piece.surface
               if "-" in w and len(cut := tuple(fold(x) for x in w.split("-") if x)) > 1}
    hyphens.update(ad.hyphenated)

    def parts(word: str) -> tuple[str, ...]:
        return hyphens.get(word) or glued(word)

    return Compounds(p, parts)


def _written_in(t: Term, p: MatchPack, lang: str) -> Hit | None:
    """The hit of a term that asks for the language the profile is written in ("italiano",
    "italiano scritto", "vlot Nederlands" of a Dutch profile): its texts show it, whatever
    country or people they name ("Nord Italia" holds no language, "italiano" is held)."""
    names = p.language_names.get(lang, frozenset())
    if not names:
        return None
    # its words as compared, so that "Nederlandse taal" is the language "Nederlands" (p.keys)
    held = [k[1:] in names for k in p.keys(t.words, t.words)]
    if not any(held) or not all(h or w in p.language_words for h, w in zip(held, t.words,
                                                                           strict=True)):
        return None
    return Hit(LANG, "exact", t.text)


def _score(terms: tuple[TermMatch, ...], outputs: frozenset[str]) -> int:
    total = sum(t.term.weight for t in terms)
    if not total:
        return 0
    answers_only = float(settings()["answers_only_credit"])
    partly = float(settings()["partial_credit"])
    got = sum(t.term.weight * (1.0 if outputs & set(t.where) else answers_only)
              * (partly if t.partial else 1.0) for t in terms if t.found)
    return round(100 * got / total)


def match(ad: Ad, answers: Answers, texts: Mapping[str, str]) -> Match:
    """Match `ad` against the answers and the rendered texts (output name -> text). Cheap:
    the ad is read already and unchanged answers come from a cache."""
    fields = profile_fields(ad.lang, answers, texts)
    parts = _splitter(ad, fields)
    p = pack(ad.lang)
    terms = tuple(TermMatch(t, hits, "" if hits else related(t, fields, ad.lang, parts))
                  for t in ad.terms
                  for hits in [tuple(h for h in [_written_in(t, p, answers.lang)] if h)
                               + _find(t, fields, ad.lang, parts)])
    done = Match(ad, terms, 0, tuple(f.key for f in fields if f.is_output))
    return replace(done, score=_score(terms, done.shown))


# coverage of each variant text already weighed against an ad: on a keystroke the renderer
# weighs every variant again, and most say what they said before (one answer changed)
_COVERED: dict[tuple[int, str], tuple[Ad, float]] = {}
_COVERED_MAX = 4096


def coverage(text: str, ad: Ad) -> float:
    """How much of the ad's term weight one text carries, 0–1: for the renderer to prefer the
    variant that says more of what the ad asks for."""
    seen = _COVERED.get((id(ad), text))
    if seen is not None and seen[0] is ad:  # the ad kept with it: its id is not reused
        return seen[1]
    total = sum(t.weight for t in ad.terms)
    if not total or not text:
        return 0.0
    one = field("text", True, pieces(ad.lang, text))
    parts = _splitter(ad, [one])
    value = sum(t.weight for t in ad.terms if _find(t, [one], ad.lang, parts)) / total
    if len(_COVERED) >= _COVERED_MAX:
        _COVERED.clear()
    _COVERED[id(ad), text] = (ad, value)
    return value


def prefer(ad: Ad) -> Callable[[Rendered], float]:
    """For `Renderer.render(answers, prefer=prefer(ad))`: among the variants of a text a
    recruiter reads (settings' `outputs`) that fit equally well, the one carrying more of the
    ad's weight wins; other texts (the invitation note) keep their usual choice."""
    matched = frozenset(settings()["outputs"])

    def score(r: Rendered) -> float:
        return coverage(r.text, ad) if r.output in matched else 0.0

    return score
