"""Provides each language's matching data: stemmer, stop words, boilerplate, compounds, synonyms.

A pack's `match.toml` (wizard/data/lang/<code>/match.toml) names its Snowball algorithm and
its stop-word source and lists the words that make an ad's boilerplate; wizard/data/match.toml
holds the weights every language shares. A coach's own synonyms live in the config folder's
`synonyms.toml` (see synonyms.py). Nothing here compares a language code: a language is what
its data says.
"""

from __future__ import annotations

import importlib.util
import json
import threading
from collections.abc import Sequence
from dataclasses import field
from functools import cache
from pathlib import Path
from typing import Any

from wizard.core.dataclass_cache import dataclass
from wizard.core.languages import DATA, pack_file, pack_roots, read_toml
from wizard.core.match.fold import fold, tokens

PACK_FILE = "match.toml"


def match_languages() -> tuple[str, ...]:
    """The languages whose packs say how to read an ad (a `match.toml`), sorted."""
    return _match_languages(pack_roots())


@cache
def _match_languages(roots: tuple[Path, ...]) -> tuple[str, ...]:
    """… looked for once per set of pack folders: globbing them cost 3 ms of every ad read."""
    found = {p.parent.name for root in roots for p in root.glob(f"*/{PACK_FILE}")}
    return tuple(sorted(code for code in found if pack_file(code, PACK_FILE).is_file()))


@cache
def settings() -> dict[str, Any]:
    """The weights and limits every language shares (wizard/data/match.toml)."""
    return read_toml(DATA / PACK_FILE)


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _phrases(items: list[str]) -> tuple[tuple[str, ...], ...]:
    """Phrases as folded word tuples, longest first (so "what we offer" wins over "offer")."""
    out = {tuple(t.folded for t in tokens(p)) for p in items}
    return tuple(sorted((p for p in out if p), key=len, reverse=True))


@cache
def _source_words(source: str, code: str) -> frozenset[str]:
    """A maintained stop-word list. stopwords-iso's data file is read directly: importing the
    package pulls in importlib.metadata, ~25 ms of every `match` (its API is the fallback)."""
    if source != "stopwordsiso":
        raise ValueError(f"{PACK_FILE}: unknown stop-word source '{source}'")
    spec = importlib.util.find_spec("stopwordsiso")
    data = Path(spec.origin).parent / "stopwords-iso.json" if spec and spec.origin else None
    if data is not None and data.is_file():
        words: list[str] = json.loads(data.read_bytes()).get(code, [])
        return frozenset(words)
    import stopwordsiso

    return frozenset(stopwordsiso.stopwords(code))


class Stems:
    """A Snowball stemmer (PyStemmer) behind a cache; safe to share between threads."""

    def __init__(self, algorithm: str, spellings: list[list[str]] | None = None,
                 endings: list[list[str]] | None = None) -> None:
        import Stemmer  # C, by the Snowball project; imported only when an ad is read

        self.algorithm = algorithm
        self._stemmer = Stemmer.Stemmer(algorithm)
        # what the algorithm leaves of a plural that its singular has not (Dutch "functies":
        # an "s" after a vowel stays), rewritten to the singular's stem
        self._endings = tuple((str(a), str(b)) for a, b in endings or [])
        self._lock = threading.Lock()
        self._cache: dict[str, str] = {}
        # one stem for the spellings of one word: "programme" and "program", "organise" and
        # "organize", so that every form of each ("programmes", "organizing") meets the other
        self._alias: dict[str, str] = {}
        for group in spellings or []:
            stems = [self._raw(w) for w in group]
            self._alias.update((s, stems[0]) for s in stems[1:] if s != stems[0])

    def _raw(self, word: str) -> str:
        with self._lock:
            stem = self._stemmer.stemWord(word.casefold())
        for ending, singular in self._endings:
            if stem.endswith(ending) and len(stem) > len(ending) + 2:
                stem = stem[:-len(ending)] + singular
                break
        return fold(stem)

    def __call__(self, word: str) -> str:
        """The folded stem of a word (stemmed before folding: the rules know accents)."""
        found = self._cache.get(word)
        if found is None:
            stem = self._raw(word)
            found = self._cache[word] = self._alias.get(stem, stem)
        return found


@dataclass(frozen=True)
class MatchPack:
    """How to read an ad in one language, all words folded."""

    code: str
    stem: Stems
    stopwords: frozenset[str]
    own_stopwords: frozenset[str]  # the language's own, without those of also_from
    links: frozenset[str]
    generic: frozenset[str]
    alone: frozenset[str]  # never a term by themselves, but part of one ("team leader")
    boilerplate: frozenset[str]
    boilerplate_terms: tuple[tuple[str, ...], ...]
    cues_core: tuple[tuple[str, ...], ...]
    cues_boilerplate: tuple[tuple[str, ...], ...]
    cues_boilerplate_long: tuple[tuple[str, ...], ...]  # … those of more than one word
    headings_core: tuple[tuple[str, ...], ...]
    headings_company: tuple[tuple[str, ...], ...]
    headings_boilerplate: tuple[tuple[str, ...], ...]
    role_words: frozenset[str]
    title_breaks: frozenset[str]
    # what announces the ad before a colon, not the role ("Vacature: Senior Marketingmanager")
    title_labels: frozenset[tuple[str, ...]]
    verb_after: frozenset[str]
    verb_before: frozenset[str]
    verbs: frozenset[str]
    task_verbs: frozenset[str]
    conjunctions: frozenset[str]
    infinitive: frozenset[str]  # a task verb after one of these is a verb: "to support"
    departments: frozenset[str]  # the head of a department's name: "Finance team"
    departments_first: frozenset[str]  # … standing first where others stand last: "afdeling X"
    verb_endings: tuple[str, ...]  # how the language's infinitives end: "-er", "-are"
    light_words: frozenset[str]  # a phrase is carried without them: "tools", "metodologia"
    broad: frozenset[str]  # too broad to carry part of a term alone ("services")
    not_core: frozenset[str]  # not a phrase once its light words go: "data" of "data models"
    head_first: bool  # the head of a phrase is its first word ("gestione dei progetti")
    light_in_long: frozenset[str]  # … and in one of three words, without these: "gestione"
    agent_endings: tuple[str, ...]  # who does it: "developer" is not "development"
    action_endings: tuple[str, ...]  # an activity named: "planning" is only partly "plan"
    splits_compounds: bool
    linking: tuple[str, ...]
    min_part: int
    light_heads: frozenset[str]
    # what an acronym glued before it only names the paper of: "VCA-diploma" is "VCA"
    papers: frozenset[str]
    synonyms: tuple[tuple[str, ...], ...]
    stopword_source: str
    # the countries whose towns its ads name, all of them never a term (match/places.py)
    place_countries: tuple[str, ...] = ()
    place_regions: tuple[str, ...] = ()  # … and the regions people name there ("Randstad")
    # the names of languages ("nederlands", "inglese"): a term as written, never the country
    # its stem is ("Nederland") nor a town of that name ("Engels")
    languages: frozenset[str] = frozenset()
    # language code -> its names in this pack, folded ("it": "italiano"): a profile holds the
    # language it is written in (its answers' `lang`)
    language_names: dict[str, frozenset[str]] = field(default_factory=dict, compare=False)
    # words that with a language's name ask for no more than the language ("italiano
    # scritto", "lingua inglese", "vlot Nederlands"): held with it by a profile written in it
    language_words: frozenset[str] = frozenset()
    # a language's other forms, folded, in every pack -> the name this pack compares it by:
    # ("englishspeaking" -> "english") wherever they stand, and ("tedesca" -> "tedesco") only
    # beside a word for a language itself (`language_nouns`: "lingua tedesca", not "tedeschi")
    language_forms: dict[str, str] = field(default_factory=dict, compare=False)
    language_adjectives: dict[str, str] = field(default_factory=dict, compare=False)
    language_nouns: frozenset[str] = frozenset()
    # what the reading of ads learns per word as written (terms._content): it goes with the
    # pack when the packs are read again
    memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    # … and its phrases made into what finds them fastest (layout: cues, headings)
    patterns: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)
    boilerplate_set: frozenset[tuple[str, ...]] = frozenset()  # boilerplate_terms, to look up
    # phrases read as they are: ("whole") one term whatever their words, ("never") no term
    fixed: tuple[tuple[tuple[str, ...], str], ...] = ()
    fixed_first: frozenset[str] = frozenset()  # the first word of each
    fixed_whole: frozenset[tuple[str, ...]] = frozenset()  # the "whole" ones, to look up
    boilerplate_sizes: tuple[int, ...] = ()                    # … and how many words they have
    # endings that make a word a qualifier, how and not what ("genuinely", "notamment")
    qualifier_endings: tuple[str, ...] = ()

    def key(self, surface: str, folded: str | None = None) -> str:
        """What a word is compared by: its stem; a language's name as written ("=italiano"),
        never through a stem it shares with a country ("Italia") or a people ("tedeschi")."""
        f = fold(surface) if folded is None else folded
        if f in self.languages:
            return "=" + f
        return "=" + self.language_forms[f] if f in self.language_forms else self.stem(surface)

    def keys(self, surfaces: Sequence[str], folded: Sequence[str]) -> list[str]:
        """`key` of each word, and a language's adjective beside a word for a language itself
        as that language ("lingua tedesca", "Duitse taal": "=tedesco", "=duits")."""
        out = [self.key(s, f) for s, f in zip(surfaces, folded, strict=True)]
        if not self.language_adjectives.keys().isdisjoint(folded):  # (rare: test it at C speed)
            for i, f in enumerate(folded):
                if f in self.language_adjectives and any(
                        0 <= j < len(folded) and folded[j] in self.language_nouns
                        for j in (i - 1, i + 1)):
                    out[i] = "=" + self.language_adjectives[f]
        return out

    def ignorable(self, folded: str) -> bool:
        """A word that is never (part of) a term: stop word, qualifier, boilerplate."""
        return folded in self.stopwords or folded in self.generic or folded in self.boilerplate \
            or self.qualifier(folded)

    def qualifier(self, folded: str) -> bool:
        """A word with one of the pack's qualifier endings, three letters or more before it
        ("indicativamente"; not "mente", "clemente")."""
        return folded.endswith(self.qualifier_endings) and any(
            folded.endswith(e) and len(folded) >= len(e) + 3 for e in self.qualifier_endings)


def _names_by_code(d: dict[str, Any]) -> dict[str, list[str]]:
    """A pack's `[languages.names]`: language code -> that language's names in the pack."""
    return {str(k): [str(n) for n in v] for k, v in d.get("languages", {}).get("names", {}).items()}


@cache
def language_forms(code: str, table: str) -> dict[str, str]:
    """Every pack's `[languages.<table>]`, folded -> the first name pack `code` gives that
    language, folded (a language this pack has no name for is left out)."""
    own = _names_by_code(read_toml(pack_file(code, PACK_FILE)))
    out: dict[str, str] = {}
    for c in match_languages():
        d = read_toml(pack_file(c, PACK_FILE)).get("languages", {}).get(table, {})
        for lang, forms in d.items():
            if own.get(str(lang)):
                out.update((fold(str(f)), fold(own[str(lang)][0])) for f in forms)
    return out


def _language_nouns() -> frozenset[str]:
    packs = (read_toml(pack_file(c, PACK_FILE)).get("languages", {}) for c in match_languages())
    return _folded([str(n) for d in packs for n in d.get("nouns", [])])


@cache
def language_groups(code: str) -> tuple[tuple[str, ...], ...]:
    """One synonym group per language, its names in every pack, pack `code`'s first: an nl
    ad's "Nederlands" is held by an English profile's "Dutch" (and a French "néerlandais")."""
    packs = [code, *(c for c in match_languages() if c != code)]
    groups: dict[str, list[str]] = {}
    for c in packs:
        for lang, names in _names_by_code(read_toml(pack_file(c, PACK_FILE))).items():
            groups.setdefault(lang, []).extend(n for n in names if n not in groups[lang])
    return tuple(tuple(g) for g in groups.values() if len(g) > 1)


@cache
def pack(code: str) -> MatchPack:
    """The matching data of language `code` (KeyError when it has no match.toml)."""
    path = pack_file(code, PACK_FILE)
    if not path.is_file():
        raise KeyError(code)
    d = read_toml(path)
    sw = d.get("stopwords", {})
    source = str(sw.get("source", "stopwordsiso"))
    keep = _folded(sw.get("keep", []))
    own = ({fold(w) for w in _source_words(source, code) if " " not in w}
           | _folded(sw.get("extra", []))) - keep
    stop = set(own)
    for other in sw.get("also_from", []):  # the English of tech ads inside another language
        stop |= {fold(w) for w in _source_words(source, other) if " " not in w} - keep
    b = d.get("boilerplate", {})
    h = d.get("headings", {})
    c = d.get("compounds", {})
    from wizard.core.match.synonyms import synonym_groups

    boilerplate_terms = _phrases([w for w in b.get("words", []) if " " in w.strip()])
    ph = d.get("phrases", {})
    fixed = tuple((phrase, kind) for kind in ("whole", "never")
                  for phrase in _phrases(ph.get(kind, [])))

    return MatchPack(
        code=code,
        stem=Stems(str(d["stemmer"]["algorithm"]), d["stemmer"].get("spellings", []),
                   d["stemmer"].get("endings", [])),
        stopwords=frozenset(stop),
        own_stopwords=frozenset(own),
        links=_folded(d.get("phrases", {}).get("links", [])),
        generic=_folded(b.get("generic", [])),
        qualifier_endings=tuple(fold(e) for e in b.get("qualifier_endings", [])),
        alone=_folded(b.get("alone", [])),
        boilerplate=_folded([w for w in b.get("words", []) if " " not in w.strip()]),
        boilerplate_terms=boilerplate_terms,
        boilerplate_set=frozenset(boilerplate_terms),
        boilerplate_sizes=tuple(sorted({len(t) for t in boilerplate_terms})),
        fixed=fixed,
        fixed_first=frozenset(phrase[0] for phrase, _ in fixed),
        fixed_whole=frozenset(phrase for phrase, kind in fixed if kind == "whole"),
        cues_core=_phrases(d.get("cues", {}).get("core", [])),
        cues_boilerplate=_phrases(d.get("cues", {}).get("boilerplate", [])),
        cues_boilerplate_long=tuple(x for x in _phrases(d.get("cues", {}).get("boilerplate", []))
                                    if len(x) > 1),
        headings_core=_phrases(h.get("core", [])),
        headings_company=_phrases(h.get("company", [])),
        headings_boilerplate=_phrases(h.get("boilerplate", [])),
        role_words=_folded(d.get("roles", {}).get("words", [])),
        title_breaks=_folded(d.get("title", {}).get("breaks", [])),
        title_labels=frozenset(_phrases(d.get("title", {}).get("labels", []))),
        verb_after=_folded(d.get("phrases", {}).get("verb_after", [])),
        verb_before=_folded(d.get("phrases", {}).get("verb_before", [])),
        verbs=_folded(d.get("phrases", {}).get("verbs", [])),
        task_verbs=_folded(d.get("phrases", {}).get("task_verbs", [])),
        conjunctions=_folded(d.get("phrases", {}).get("conjunctions", [])),
        infinitive=_folded(d.get("phrases", {}).get("infinitive", [])),
        departments=_folded(d.get("phrases", {}).get("departments", [])),
        departments_first=_folded(d.get("phrases", {}).get("departments_first", [])),
        verb_endings=tuple(fold(e) for e in d.get("phrases", {}).get("verb_endings", [])),
        light_words=_folded(d.get("phrases", {}).get("light", [])),
        broad=_folded(d.get("phrases", {}).get("broad", [])),
        not_core=_folded(d.get("phrases", {}).get("not_core", [])),
        head_first=str(d.get("phrases", {}).get("head", "last")) == "first",
        light_in_long=_folded(d.get("phrases", {}).get("light_in_long", [])),
        agent_endings=tuple(fold(e) for e in d.get("stemmer", {}).get("agents", [])),
        action_endings=tuple(fold(e) for e in d.get("stemmer", {}).get("actions", [])),
        splits_compounds=bool(c.get("split", False)),
        linking=tuple(sorted(_folded(c.get("linking", [])), key=len, reverse=True)),
        min_part=int(c.get("min_part", 3)),
        light_heads=_folded(c.get("light_heads", [])),
        papers=_folded(c.get("papers", [])),
        synonyms=synonym_groups(code, d.get("synonyms", {}).get("groups", []))
        + language_groups(code),
        stopword_source=source,
        place_countries=tuple(sorted(str(c).upper()
                                     for c in d.get("places", {}).get("countries", []))),
        place_regions=tuple(str(r) for r in d.get("places", {}).get("regions", [])),
        languages=_folded([n for names in _names_by_code(d).values() for n in names]),
        language_names={k: _folded(v) for k, v in _names_by_code(d).items()},
        language_words=_folded(d.get("languages", {}).get("held_with", [])),
        language_forms=language_forms(code, "forms"),
        language_adjectives=language_forms(code, "adjectives"),
        language_nouns=_language_nouns(),
    )


def forget() -> None:
    """Read the packs and the coach's synonyms again (tests; a coach who edited the file)."""
    from wizard.core.match import detect, levels, result  # they read the packs: theirs go too

    for f in (pack, settings, _source_words, language_groups, language_forms,
              levels.synonym_phrases, levels.synonyms_of,
              result._carriers, result._qualifier, _match_languages, detect._distinctive):
        f.cache_clear()
