"""Provides an ad's key terms: words and phrases weighed by where and how often they stand.

A phrase is a run of words between stop words and punctuation (a pack's link words such as
"di", "de", "of" may join two of them: "gestione dei progetti"). A whole run of up to three
words is a term; a shorter piece of a longer run only when it comes back. A word counts on its
own only where it stands outside a phrase that is a term. Each mention adds its segment's
weight; past `full_mentions` a mention adds only `stuffed_mention` of it, and all of those
together at most one mention more: repeating a word thirty times does not make it a need.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import field

from wizard.core.dataclass_cache import dataclass
from wizard.core.match.acronyms import Definition
from wizard.core.match.fold import Token, fold, is_number
from wizard.core.match.layout import Segment
from wizard.core.match.packs import MatchPack, settings

MAX_WORDS = 3  # a longer phrase is a sentence fragment, not a term a person can claim
# … but a title names one role in up to this many words ("Night Shift Nurse Coordinator"):
# the whole title is the term, not two windows of three words that each miss a part of it
MAX_TITLE_WORDS = 4
DEMANDS = ("core", "neutral")  # where the ad asks for something, not where it describes itself
BLURB = ("intro", "company", "boilerplate")  # where it describes itself and the conditions


@dataclass(frozen=True)
class Term:
    """One key term: as shown, its folded content words and stems, and its weight 0–1."""

    text: str
    words: tuple[str, ...]
    stems: tuple[str, ...]
    weight: float
    mentions: int
    in_title: bool
    # the acronym the ad defines for it ("CRM" of "Customer Relationship Management (CRM)"):
    # the profile's "CRM" carries the term as much as its whole name (match/acronyms.py)
    short: str = ""

    @property
    def name(self) -> str:
        """The term without its acronym: "Customer Relationship Management"."""
        return self.text[:-len(self.short) - 3] if self.short else self.text


@dataclass
class _Candidate:
    words: tuple[str, ...]
    stems: tuple[str, ...]
    spans: list[tuple[int, int, int]] = field(default_factory=list)  # segment, first, last
    said: list[tuple[str, ...]] = field(default_factory=list)  # at each span: its words
    weights: list[float] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    surfaces: dict[str, int] = field(default_factory=dict)
    # as written, by how much the ad's capitals tell: mid-sentence (0), opening a sentence or
    # an item (1), in the title (2), each with the capitals of sentence and title case lowered
    written: dict[tuple[int, str], int] = field(default_factory=dict)
    forms: dict[str, tuple[str, ...]] = field(default_factory=dict)  # surface: its words
    whole: bool = False
    demanded: bool = False  # in a requirement, a task or a list item
    defined: Definition | None = None  # a name the ad gives an acronym: one term with it

    def score(self, keep: list[int] | None = None) -> float:
        full, rest = int(settings()["full_mentions"]), float(settings()["stuffed_mention"])
        ws = sorted((self.weights[i] for i in (keep if keep is not None
                                                else range(len(self.weights)))), reverse=True)
        # past the third mention, all the others together add at most one more
        return sum(ws[:full]) + min(rest * sum(ws[full:]), ws[0] if ws[full:] else 0.0)


def _content(t: Token, p: MatchPack) -> bool:
    """A word that can be (part of) a term; the same for every mention of it (kept per
    pack: an ad says most of its words more than once)."""
    known = p.memo.get(t.surface)
    if known is None:
        known = p.memo[t.surface] = _is_content(t, p)
    return known


def _is_content(t: Token, p: MatchPack) -> bool:
    f = t.folded
    if not f[:1].isalpha() and (is_number(f) or not any(c.isalpha() for c in f)):
        return False
    if len(f) >= 3 - t.surface.endswith(("+", "#")) and not p.ignorable(f):
        return True
    # "IT", "BI", "QA": stop words in lower case, terms in capitals
    return t.acronym and f not in p.generic and f not in p.boilerplate


def _verb(i: int, toks: tuple[Token, ...], p: MatchPack) -> bool:
    """A verb: one the pack says is always one ("coacht", "pilotez"), one of its task verbs
    where a task opens ("Facilitate workshops") or after "and" ("… and running one-to-ones"),
    or a word before a subject that follows its verb ("Als teamleider stuur je"). Elsewhere a
    task verb may be a noun ("instructional design")."""
    t = toks[i]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and not nxt.broken and nxt.folded in p.verb_before \
            and t.folded not in p.stopwords:
        return True
    if t.folded in p.verbs or (t.folded in p.task_verbs and (
            i == 0 or toks[i - 1].folded in p.conjunctions or toks[i - 1].folded in p.infinitive)):
        return True
    # "Rédiger et diffuser les offres": after "and", in a task its verb opens, a word with
    # the pack's verb ending is the task's second verb
    return bool(p.verb_endings) and i > 1 and toks[i - 1].folded in p.conjunctions \
        and t.folded.endswith(p.verb_endings) and not t.surface[:1].isupper() \
        and (toks[0].folded in p.task_verbs or toks[0].folded in p.verbs)


def _runs(seg: Segment, p: MatchPack, subject: frozenset[str] = frozenset(),
          names: dict[int, int] | None = None) -> list[list[int]]:
    """Positions of content words in runs; a link word between two is kept in the run.
    `subject`: words the title makes the job's own, though elsewhere they are boilerplate
    ("Chargé de recrutement": there "recrutement" is the work, not how to apply). `names`:
    where the names of the ad's acronyms stand (first word: last word), each a run of its
    own, whatever its words ("Key Performance Indicators": "key" is a qualifier elsewhere)."""
    runs: list[list[int]] = []
    upto = -1  # inside a name up to here
    current: list[int] = []
    pending_link = False
    after_subject = False
    toks = seg.tokens
    whole, never = _fixed(toks, p)
    if seg.kind != "title":  # "Responsabile Ufficio Acquisti" is the role
        never |= _departments(toks, p) - whole
    if seg.kind == "title":  # "HR Business Partner": past its first word a title is the role
        whole |= {i for i, t in enumerate(toks) if i and t.folded in p.generic
                  and t.folded not in p.stopwords and t.folded not in p.boilerplate}
    for i, t in enumerate(toks):
        if i <= upto:
            continue
        if names and i in names:
            upto = names[i]
            current, pending_link, after_subject = _close(runs, current), False, False
            runs.append([j for j in range(i, upto + 1)
                         if j in (i, upto) or toks[j].folded not in p.stopwords])
            continue
        if i in never:  # "end to end", "day to day": said, but no term and no part of one
            current, pending_link, after_subject = _close(runs, current), False, False
            continue
        inverted = _verb(i, toks, p) and i not in whole
        is_verb = (after_subject and i not in whole) or inverted
        # "you'll build": the "ll" of a contraction passes the verb on to the next word; after
        # "stuur je" the verb was the word before, and the next is its object
        after_subject = (t.folded in p.verb_after and not (i and _verb(i - 1, toks, p))) \
            or (after_subject and len(t.folded) <= 2)
        # "responsable d'entrepôt": an elided link word carries the phrase over its apostrophe
        joined = t.elided and bool(current) and toks[i - 1].folded in p.links
        content = i in whole or _content(t, p) or t.folded in subject
        if (t.broken and not joined and not (i in whole and i - 1 in whole)) \
                or (pending_link and not content):
            current, pending_link = _close(runs, current), False
        if is_verb:  # "je begeleidt", "you build", "vous analysez": a verb, not a term
            current, pending_link = _close(runs, current), False
        elif content:
            current.append(i)
            pending_link = False
        elif current and t.folded in p.links and not pending_link:
            pending_link = True
        else:
            current, pending_link = _close(runs, current), False
    _close(runs, current)
    return runs


def _fixed(toks: tuple[Token, ...], p: MatchPack) -> tuple[set[int], set[int]]:
    """Where the pack's fixed phrases stand: those that are one term whatever their words
    ("tableaux croisés dynamiques", though "dynamique" alone is a qualifier), and those that
    are never part of one ("end to end")."""
    whole: set[int] = set()
    never: set[int] = set()
    firsts = p.fixed_first
    if not firsts:
        return whole, never
    starts = [i for i, t in enumerate(toks) if t.folded in firsts]
    if not starts:
        return whole, never
    by_first = p.patterns.get("fixed_by_first")
    if by_first is None:  # the phrases by their first word, longest first as in p.fixed
        grouped: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, kind in p.fixed:
            grouped.setdefault(phrase[0], []).append((phrase, kind))
        by_first = p.patterns["fixed_by_first"] = grouped
    for i in starts:
        for phrase, kind in by_first[toks[i].folded]:
            n = len(phrase)
            if tuple(x.folded for x in toks[i:i + n]) == phrase:
                (whole if kind == "whole" else never).update(range(i, i + n))
                break
    return whole, never


def _departments(toks: tuple[Token, ...], p: MatchPack) -> set[int]:
    """A department named with its qualifiers ("the Finance team", "il team amministrativo",
    "le service financier"): who the person works with, not what they do; no term, nor
    any of its words alone."""
    out: set[int] = set()
    if not p.departments:
        return out
    for i, t in enumerate(toks):
        if t.folded not in p.departments:
            continue
        first = p.head_first or t.folded in p.departments_first
        if first:  # first in its phrase: "le service financier", not "chef d'équipe"
            if t.elided or (i and not t.broken and toks[i - 1].folded not in p.stopwords):
                continue
            # after a link word only with its own qualifier: "del team acquisti" is one,
            # "taux de service" is not
            if i and not t.broken and toks[i - 1].folded in p.links and not (
                    i + 1 < len(toks) and not toks[i + 1].broken
                    and toks[i + 1].folded not in p.stopwords):
                continue
        elif i + 1 < len(toks) and not toks[i + 1].broken \
                and toks[i + 1].folded not in p.stopwords:  # "team leader": not its head
            continue
        out.add(i)
        if first:  # its qualifiers follow it, up to a break or a stop word
            j = i + 1
            while j < len(toks) and not toks[j].broken and toks[j].folded not in p.stopwords:
                out.add(j)
                j += 1
        else:             # … or stand before it
            j = i - 1
            while j >= 0 and not toks[j + 1].broken and toks[j].folded not in p.stopwords:
                out.add(j)
                j -= 1
    return out


def _close(runs: list[list[int]], current: list[int]) -> list[int]:
    if current:
        runs.append(current)
    return []


def _plain(word: str) -> str:
    """A word with the capital only its place gave it lowered: "Development", not "SAP"."""
    return word.lower() if word[:1].isupper() and word[1:].islower() else word


def _capitalised(segments: list[Segment]) -> frozenset[str]:
    """The words an ad writes with a capital inside a sentence or an item (not after its
    punctuation, nor next to another capital: "Sage Payroll", "IT Support Lead" may be title
    case) and never in lower case: names ("Python", "Intune"), wherever else they open an
    item. ("our Payroll team" and "payroll queries": "payroll" is a word.)"""
    # (run on every read of an ad: one pass of C-level string tests per segment)
    lower = {t.folded for seg in segments for t in seg.tokens if t.surface[:1].islower()}
    capital = {t.surface for seg in segments if seg.kind != "title"
               for before, t, after in zip(seg.tokens, seg.tokens[1:],
                                           (*seg.tokens[2:], None), strict=False)
               if t.surface[:1].isupper() and not t.broken and not t.acronym
               and not before.surface[:1].isupper()
               and (after is None or not after.surface[:1].isupper())}
    return frozenset(w for w in capital if fold(w) not in lower)


def _named_by(toks: tuple[Token, ...], i: int) -> bool:
    """Word i opens a name its next word shows, a number: "Microsoft 365", "Windows 11"."""
    return i + 1 < len(toks) and not toks[i + 1].broken and toks[i + 1].surface[:1].isdigit()


def _written(toks: tuple[Token, ...], a: int, b: int, title: bool,
             names: frozenset[str] = frozenset()) -> tuple[int, str]:
    """The phrase from token a to b as the ad writes it ("responsable d'entrepôt", "Power
    BI"), and how much its capitals say (see _Candidate.written). A name keeps its capital
    where its place gave every word one (`names`: those the ad writes with one elsewhere)."""
    words = [t.surface for t in toks[a:b + 1]]
    if title:
        words, place = [w if w in names or _named_by(toks, a + i) else _plain(w)
                        for i, w in enumerate(words)], 2
    elif a == 0:
        if words[0] not in names and not _named_by(toks, a):
            words[0] = _plain(words[0])
        place = 1
    else:
        place = 0
    text = words[0]
    for t, w in zip(toks[a + 1:b + 1], words[1:], strict=True):
        text += (t.elided or " ") + w
    return place, text


def _shown(c: _Candidate) -> str:
    """The term as the ad writes it where its capitals mean something."""
    key = max(c.surfaces.items(), key=lambda kv: kv[1])[0]
    for place in range(3):
        if ok := [(n, w) for (at, w), n in c.written.items()
                  if at == place and w.casefold() == key]:
            return max(ok)[1]
    return key


def _boilerplate(words: tuple[str, ...], p: MatchPack) -> bool:
    """One of the pack's boilerplate phrases ("pension scheme") stands in `words`."""
    terms = p.boilerplate_set
    return any(words[i:i + n] in terms for n in p.boilerplate_sizes
               for i in range(len(words) - n + 1))


def _names(toks: tuple[Token, ...], defined: tuple[Definition, ...]) -> dict[int, int]:
    """Where the names of the ad's acronyms stand in a segment: first word -> last word."""
    out: dict[int, int] = {}
    if not defined:
        return out
    folded = [t.folded for t in toks]
    for d in defined:
        n = len(d.words)
        for i in range(len(folded) - n + 1):
            if folded[i] == d.words[0] and tuple(folded[i:i + n]) == d.words \
                    and not any(t.broken for t in toks[i + 1:i + n]) \
                    and not any(a <= i <= b for a, b in out.items()):
                out[i] = i + n - 1
    return out


def _roles(segments: list[Segment], p: MatchPack,
           subject: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """The title's runs longer than MAX_WORDS words, up to MAX_TITLE_WORDS: one role each."""
    return frozenset(said for seg in segments if seg.kind == "title"
                     for run in _runs(seg, p, subject)
                     if MAX_WORDS < len(run) <= MAX_TITLE_WORDS
                     and (said := tuple(seg.tokens[i].folded for i in run)))


def _collect(segments: list[Segment], p: MatchPack,
             defined: tuple[Definition, ...] = ()) -> dict[tuple[str, ...], _Candidate]:
    """Every phrase of up to MAX_WORDS words of a run, by its stems, with where it stands
    (how it is written is read later, for the terms kept: `_forms`). The name of an acronym
    the ad defines is one phrase, whatever its length, and none of its parts is another."""
    found: dict[tuple[str, ...], _Candidate] = {}
    by_words = {d.words: d for d in defined}
    agents = p.agent_endings
    subject = frozenset(t.folded for seg in segments if seg.kind == "title" for t in seg.tokens
                        if t.folded in p.boilerplate and t.folded not in p.stopwords)
    roles = _roles(segments, p, subject)
    for s_i, seg in enumerate(segments):
        toks = seg.tokens
        weight, kind = seg.weight, seg.kind
        demanded = weight > 0 and (kind in DEMANDS or seg.bullet)
        names = _names(toks, defined)
        for run in _runs(seg, p, subject, names):
            words = [toks[i].folded for i in run]
            # a language is its name as written: "Nederlands" is not "Nederland" (p.key)
            stems = p.keys([toks[i].surface for i in run], words)
            # who does it is another term: "commercialista" is not "commerciale"
            keys = [s + "+" if w.endswith(agents) and not s.startswith("=") else s
                    for s, w in zip(stems, words, strict=True)]
            size = len(run)
            if run[0] in names and names[run[0]] == run[-1]:
                d = by_words[tuple(t.folded for t in toks[run[0]:run[-1] + 1])]
                key = tuple(keys)
                c = found.get(key)
                if c is None or c.defined is None:
                    old, c = c, _Candidate(tuple(words), tuple(stems), defined=d)
                    found[key] = c
                    if old is not None:  # said elsewhere without its acronym: the same term
                        _merge(c, old)
                _mention(c, (s_i, run[0], run[-1]), tuple(words), weight, kind, True, demanded)
                continue
            for n in range(1, min(MAX_TITLE_WORDS if roles else MAX_WORDS, size) + 1):
                for start in range(size - n + 1):
                    said = tuple(words[start:start + n])
                    if n > MAX_WORDS and said not in roles:  # the title's role, wherever said
                        continue
                    # a word the pack's fixed phrase carries is no term alone: "and"
                    if n == 1 and said[0] in p.stopwords and not toks[run[start]].acronym:
                        continue
                    # the whole run, or a fixed phrase inside a longer one ("health and
                    # safety" of "health and safety legislation")
                    whole = weight > 0 and (n == size or said in p.fixed_whole)
                    key = tuple(keys[start:start + n])
                    c = found.get(key)
                    if c is None:
                        c = found[key] = _Candidate(said, tuple(stems[start:start + n]))
                    _mention(c, (s_i, run[start], run[start + n - 1]), said, weight, kind,
                             whole, demanded)
    # an acronym the ad defines is its name: its mentions are the name's ("CRM")
    for c in [c for c in found.values() if c.defined is not None]:
        short = c.defined.acronym if c.defined else ""  # (always one: the filter's)
        stem = p.stem(short)
        key = (stem + "+" if fold(short).endswith(agents) else stem,)
        other = found.get(key)
        if other is not None and other is not c and other.defined is None:
            _merge(c, found.pop(key))
    return found


def _mention(c: _Candidate, span: tuple[int, int, int], said: tuple[str, ...], weight: float,
             kind: str, whole: bool, demanded: bool) -> None:
    c.spans.append(span)
    c.said.append(said)
    c.weights.append(weight)
    c.kinds.append(kind)
    c.whole |= whole
    c.demanded |= demanded


def _merge(into: _Candidate, other: _Candidate) -> None:
    """`other`'s mentions are `into`'s: an acronym's its name's."""
    into.spans += other.spans
    into.said += other.said
    into.weights += other.weights
    into.kinds += other.kinds
    into.demanded |= other.demanded


def _forms(c: _Candidate, segments: list[Segment], names: frozenset[str] = frozenset()) -> None:
    """How the candidate is written at each of its places (`written`, `surfaces`, `forms`)."""
    for (s_i, a, b), words in zip(c.spans, c.said, strict=True):
        place, surface = _written(segments[s_i].tokens, a, b, segments[s_i].kind == "title",
                                  names)
        c.written[place, surface] = c.written.get((place, surface), 0) + 1
        folded = surface.casefold()
        c.surfaces[folded] = c.surfaces.get(folded, 0) + 1
        c.forms.setdefault(folded, words)


def _is_name(c: _Candidate, segments: list[Segment]) -> bool:
    """A company or a place: always capitalised, told in the blurb, never asked for."""
    if c.demanded or "title" in c.kinds or \
            not any(k in BLURB for k in c.kinds):
        return False
    # written in lower case somewhere (or in capitals: "ERP"), it is a word, not a name
    return not any((first := segments[s].tokens[a]).surface[:1].islower() or first.acronym
                   for s, a, _ in c.spans)


def _named(c: _Candidate, segments: list[Segment]) -> bool:
    """Written with a capital inside a sentence or in capitals somewhere: a tool, a law."""
    return any((t := segments[s].tokens[a]).acronym or (a > 0 and t.surface[:1].isupper())
               for s, a, _ in c.spans)


def _is_place(c: _Candidate, segments: list[Segment], p: MatchPack) -> bool:
    """A town or a country, or a phrase about one ("Rotterdam", "Den Haag", "regio Milano"):
    at every mention its capitalised words are a place GeoNames knows, or part of one ("Haag"
    of "Den Haag", whose "den" is a stop word: match/places.py), once at least in the middle
    of a sentence, where a capital means a name."""
    from wizard.core.match.places import places

    if all(w in p.languages for w in c.words):  # "Engels" is a language, though a town too
        return False
    names = places(p.place_countries, p.place_regions)
    mid = False
    for s, a, b in c.spans:
        toks = segments[s].tokens
        named = [k for k in range(a, b + 1) if toks[k].surface[:1].isupper()]
        # every word with a capital is (part of) the place: "regio Rotterdam", not "Meta Ads"
        at = [k for k in named if not toks[k].acronym and _in_place(toks, k, k, names)]
        if not at or len(at) < len(named):
            return False
        mid |= segments[s].kind != "title" and any(k > 0 for k in at)
    return mid


def _in_place(toks: tuple[Token, ...], a: int, b: int, names: frozenset[str]) -> bool:
    """Words a..b are a place's name, or inside one of up to three words more either side
    whose words are all capitalised or short ("Den Haag", "Saint-Denis", "Reggio di
    Calabria", "Pays de la Loire")."""
    for i in range(max(0, a - 3), a + 1):
        for j in range(b, min(len(toks), b + 4)):
            around = toks[i:a] + toks[b + 1:j + 1]
            if all(t.surface[:1].isupper() or len(t.folded) <= 3 for t in around) and \
                    " ".join(t.folded for t in toks[i:j + 1]) in names:
                return True
    return False


def key_terms(segments: list[Segment], p: MatchPack,
              defined: tuple[Definition, ...] = ()) -> tuple[Term, ...]:
    """At most `max_terms` terms, heaviest first, weights scaled so the first is 1.
    `defined`: the acronyms the ad defines (match/acronyms.py), each one term with its name."""
    found = _collect(segments, p, defined)
    # where an ad says what it asks (a requirement, a task), its blurb about the company asks
    # nothing: a word said only there is no term ("huiseigenaren", "35 agences")
    asks = any(s.weight > 0 and s.kind == "core" for s in segments)
    eligible = {k: c for k, c in found.items()
                if any(w > 0 for w in c.weights) and not _boilerplate(c.words, p)
                and (c.defined is not None or not _is_name(c, segments))
                and not (asks and all(k in BLURB for k in c.kinds))
                and ("title" in c.kinds or not all(w in p.alone for w in c.words))
                and (len(k) == 1 or c.whole or sum(w > 0 for w in c.weights) >= 2)
                and (c.defined is not None or not _is_place(c, segments, p))}
    # (a place last: it looks around every mention)
    # A word's mentions inside a longer term are that term's, not its own. A phrase found only
    # inside a longer one is that one; a longer phrase said once around a phrase said more
    # often is a fragment of a sentence ("power bi dashboards" around "power bi").
    # Kept by the segment and the word they start at: no term is longer than `longest`, so
    # the terms around or inside a span start at most that many words before it or within
    # it, and looking them up costs the same in a 5,000-character ad and in one 200 KB line
    # that says "data engineer" 9,000 times (a scan of the whole segment made that minutes).
    covering: dict[tuple[int, int], list[tuple[int, int, tuple[str, ...]]]] = defaultdict(list)
    for k, c in eligible.items():
        for s, a, b in c.spans:
            covering[s, a].append((b, len(k), k))
    mentions = {k: sum(w > 0 for w in c.weights) for k, c in eligible.items()}
    # in words of the ad: a term's span holds its link words too ("responsable d'entrepôt
    # logistique" is three stems over four words)
    longest = max((b - a + 1 for c in eligible.values() for _, a, b in c.spans), default=1)

    def around(k: tuple[str, ...]) -> list[tuple[int, tuple[str, ...]]]:
        """The longer terms whose span holds one of k's, with the index of k's span."""
        out = []
        size = len(k)
        get = covering.get
        for i, (s, a, b) in enumerate(eligible[k].spans):
            for a2 in range(max(b - longest + 1, 0), a + 1):
                for b2, n, k2 in get((s, a2), ()):
                    if b <= b2 and n > size:
                        out.append((i, k2))
        return out

    def inside(k: tuple[str, ...]) -> set[tuple[str, ...]]:
        """The shorter phrases (two words or more) inside one of k's spans."""
        out = set()
        size = len(k)
        get = covering.get
        for s, a, b in eligible[k].spans:
            for a2 in range(max(a, 0), b + 1):
                for b2, n, k2 in get((s, a2), ()):
                    if b2 <= b and 1 < n < size:
                        out.add(k2)
        return out

    # each term's longer neighbours, looked up once: a 190 KB ad that says one phrase 38,000
    # times spent most of its 4 s here, twice over
    arounds = {k: around(k) for k in eligible}
    dropped = set()
    for k in eligible:
        if len(k) > 1 and (any(mentions[k2] == mentions[k] for _, k2 in arounds[k])
                           or (mentions[k] == 1 and any(mentions[k2] > 1 for k2 in inside(k)))):
            dropped.add(k)
    scored: list[tuple[float, tuple[int, int, int], tuple[str, ...]]] = []
    for k, c in eligible.items():
        if k in dropped:
            continue
        # a mention inside a longer term kept is that term's: "team leader" of the title's
        # "Warehouse Team Leader" is counted once, in the role, not again in its parts
        covered = {i for i, k2 in arounds[k] if k2 not in dropped}
        keep = [i for i in range(len(c.spans)) if i not in covered]
        if asks and all(c.kinds[i] in BLURB for i in keep):  # said elsewhere only in a longer
            continue                                       # term: "compte" of "35 agences"
        score = c.score(keep)
        if score > 0:
            scored.append((score, min(c.spans[i] for i in keep), k))
    # at the same weight a longer term first, then a name ("VLOOKUPs", "HMRC") before a
    # plain word ("overtime"): it says more of what the job needs
    scored.sort(key=lambda x: (-x[0], -len(x[2]), not _named(eligible[x[2]], segments), x[1]))
    top = scored[:int(settings()["max_terms"])]
    if not top:
        return ()
    best = top[0][0]
    names = _capitalised(segments)
    for _, _, k in top:
        _forms(found[k], segments, names)
    shown = {k: _shown(found[k]) for _, _, k in top}
    return tuple(_term(found[k], shown[k], max(round(score / best, 2), 0.01))
                 for score, _, k in top)


def _term(c: _Candidate, shown: str, weight: float) -> Term:
    mentions = sum(w > 0 for w in c.weights)
    if c.defined is not None:  # "Customer Relationship Management (CRM)"
        return Term(text=f"{c.defined.name} ({c.defined.acronym})", words=c.words,
                    stems=c.stems, weight=weight, mentions=mentions,
                    in_title="title" in c.kinds, short=c.defined.acronym)
    return Term(text=shown, words=c.forms[shown.casefold()], stems=c.stems, weight=weight,
                mentions=mentions, in_title="title" in c.kinds)
