"""Provides the layout of an ad: its title, headed sections, list items and sentences, each
with the weight its place gives its words (requirements count, "we offer" does not)."""

from __future__ import annotations

import html
import re
from functools import lru_cache
from itertools import pairwise

from wizard.core.dataclass_cache import dataclass
from wizard.core.match.acronyms import bare
from wizard.core.match.fold import Token, tokens
from wizard.core.match.packs import MatchPack, settings

_TAG = re.compile(r"<[^>\n]{1,200}>")
_LINK = re.compile(r"\[([^\]\n]{1,300})\]\([^)\s]{1,2000}\)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
# an e-mail address, looked for from the start of a word only (from every letter, it cost
# half a millisecond of every ad)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_EMPHASIS = re.compile(r"\*\*|__|`|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(?P<text>[^*_\n]{1,120})(\*\*|__)\s*:?\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•·▪◦‣–—+✓✔►>]|\d{1,2}[.)])\s+")
_NO_BULLET = re.compile(r"")
# Where a title's role ends: "Data Engineer – Acme (Amsterdam, 32 uur)"
# ("Comptable / Assistant de gestion" names two roles: a slash does not end it)
_TITLE_END = re.compile(r"\s[-–—|·•@]\s|[(\[,:|]")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")
# A gender ending written onto a word: "Impiegato/a", "Rattaché(e)", "Direttore/trice"; and a
# gender note after a title: "(H/F)", "(m/v/x)", "H/F" (not "A/B testing"). Never capitals
# after the slash: "UX/UI" stays.
_GENDER_ENDING = re.compile(r"(?:/(?<=[^\W\d_]/)[^\W\d_A-Z]{1,5}"
                            r"|\((?<=[^\W\d_]\()[^\W\d_A-Z]{1,4}\))(?![^\W_])")
_GENDER_NOTE = re.compile(r"\(\s*[^\W\d_]{1,2}(?:\s*/\s*[^\W\d_]{1,2}){1,3}\s*\)"
                          r"|(?<!\S)[HFMVWDXhfmvwdx](?:/[HFMVWDXhfmvwdx]){1,2}(?!\S)")
# A line that goes on from the one before: it starts in lower case after a line that did not
# end its sentence (an ad copied from an e-mail or a PDF wraps its lines).
_GOES_ON = re.compile(r"^\s*[^\W\d_A-Z]")
TITLE_MAX = 100    # characters: a first line longer than this is a sentence, not a title
HEADING_MAX = 60   # a short line without a full stop, followed by text, heads a section


@dataclass(frozen=True)
class Segment:
    """A sentence or list item of the ad: its words, where it stands, and their weight."""

    tokens: tuple[Token, ...]
    kind: str      # title, core, neutral, intro, company, boilerplate
    bullet: bool
    weight: float


def _clean(text: str) -> str:
    # each pattern only where its first character stands: most ads have no tags or links
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    if "/" in text or "(" in text:
        text = _GENDER_ENDING.sub("", _GENDER_NOTE.sub(" ", text))
    if "://" in text or "www." in text.casefold():
        text = _URL.sub(" ", text)
    return _EMAIL.sub(" ", text) if "@" in text else text


def _lines(text: str) -> list[str]:
    """The ad's lines, a wrapped line joined to the line it goes on from."""
    out: list[str] = []
    for line in text.splitlines():
        prev = out[-1] if out else ""
        if prev.strip() and _GOES_ON.match(line) and not _BULLET.match(line) \
                and not _MD_HEADING.match(prev) and not prev.rstrip().endswith(
                    (".", "!", "?", ":", ";")):
            out[-1] = f"{prev.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _has_any(words: tuple[str, ...], p: MatchPack, name: str) -> bool:
    """One of the pack's phrases `name` ("cues_core") stands in `words`: one regex search
    (this runs for every sentence against every cue)."""
    found = p.patterns.get(name)
    if found is None:
        phrases: tuple[tuple[str, ...], ...] = getattr(p, name)
        found = p.patterns[name] = re.compile(
            "|".join(re.escape(x) for x in _spaced(phrases)) or r"(?!)")
    return found.search(f" {' '.join(words)} ") is not None


@lru_cache(maxsize=64)
def _spaced(phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return tuple(f" {' '.join(p)} " for p in phrases)


def _heading_kind(words: tuple[str, ...], p: MatchPack, *, marked: bool) -> str | None:
    """The kind of section a heading opens; None for a line that names none. An unmarked line
    must be mostly the heading phrase: "Strong requirements engineering" is no heading."""
    line = f" {' '.join(words)} "
    best: tuple[int, int, str] | None = None
    by_first = _heading_starts(p)
    for first in set(words):  # only the phrases that start with one of the line's words
        for order, kind, phrase, spaced in by_first.get(first, ()):
            # the longest; of two as long, the one listed first
            if spaced in line and (marked or len(words) <= len(phrase) + 3) and \
                    (best is None or (-len(phrase), order) < (-best[0], best[1])):
                best = (len(phrase), order, kind)
    # the longest phrase names the section: "wat vragen wij" asks, a bare "vragen?" is
    # the ad's contact line
    return best[2] if best else None


def _heading_starts(
        p: MatchPack) -> dict[str, tuple[tuple[int, str, tuple[str, ...], str], ...]]:
    """The heading phrases by their first word, each with its place in `_headings`' order
    (of two as long, the first wins), its kind and its spaced form."""
    found = p.patterns.get("heading_starts")
    if found is None:
        starts: dict[str, list[tuple[int, str, tuple[str, ...], str]]] = {}
        order = 0
        for kind, phrases in _headings(p):
            for phrase, spaced in phrases:
                starts.setdefault(phrase[0], []).append((order, kind, phrase, spaced))
                order += 1
        found = p.patterns["heading_starts"] = {k: tuple(v) for k, v in starts.items()}
    return found


def _headings(p: MatchPack) -> tuple[tuple[str, tuple[tuple[tuple[str, ...], str], ...]], ...]:
    """Per kind of section, the phrases that open it, each with its spaced form to look for."""
    found = p.patterns.get("headings")
    if found is None:
        found = p.patterns["headings"] = tuple(
            (kind, tuple(zip(phrases, _spaced(phrases), strict=True)))
            for kind, phrases in (("boilerplate", p.headings_boilerplate + p.cues_boilerplate),
                                  ("company", p.headings_company),
                                  ("core", p.headings_core + p.cues_core)))
    return found


def _short(line: str) -> bool:
    """Short and without a full stop: a heading, or an item of a list that lost its bullets."""
    text = line.strip()
    return (len(text) <= HEADING_MAX and not text.endswith((".", ",", ";", "!"))
            and len(text.split()) <= 8)


def _weight(kind: str, bullet: bool) -> float:
    w = settings()["weights"]
    weight = float(w[kind])
    return weight * float(w["bullet"]) if bullet and weight > 0 else weight


def _segment(text: str, kind: str, bullet: bool, p: MatchPack,
             read: list[Token] | None = None) -> Segment | None:
    toks = tuple(bare(read if read is not None else tokens(text), p))
    if not toks:
        return None
    words = tuple(t.folded for t in toks)
    if kind != "title":
        # under a requirements heading one word is no cue: "Knowledge of PAYE and pension"
        if _has_any(words, p, "cues_boilerplate_long" if kind == "core" else "cues_boilerplate"):
            kind = "boilerplate"
        elif kind in ("intro", "neutral", "company") and _has_any(words, p, "cues_core"):
            kind = "core"
    return Segment(toks, kind, bullet, _weight(kind, bullet))


def _title(line: str, p: MatchPack) -> list[Segment]:
    """The role part of the title weighs most; the company, place and hours after it do not.
    A label before a colon ("Vacature:", "Offre d'emploi :") is no role: the title follows it."""
    head, colon, rest = line.partition(":")
    if colon and rest.strip() and tuple(t.folded for t in tokens(head)) in p.title_labels:
        return [seg for seg in (_segment(head + colon, "boilerplate", False, p),)
                if seg is not None] + _title(rest.strip(), p)
    end = m.start() if (m := _TITLE_END.search(line)) else len(line)
    for t in tokens(line[:end])[1:]:
        if t.folded in p.title_breaks:
            end = t.start
            break
    role = line[:end]
    # "Frontend/Backend Developer" is one role: a slash between two words joins them there
    read = [t._replace(broken=False, elided="/") if t.broken and t.start > 1
            and role[t.start - 1] == "/" and role[t.start - 2].isalnum() else t
            for t in tokens(role)]
    segs = [_segment(role, "title", False, p, read), _segment(line[end:], "intro", False, p)]
    return [seg for seg in segs if seg is not None]


def segments(ad: str, p: MatchPack) -> list[Segment]:
    """The ad cut into sentences and list items, each weighed by its section."""
    lines = _lines(_clean(ad))
    out: list[Segment] = []
    section = "intro"
    seen_text = False
    filled = [i for i, x in enumerate(lines) if x.strip()]
    last = filled[-1] if filled else -1
    # lines whose next line with text is a list item
    over_list = {a for a, b in pairwise(filled) if _BULLET.match(lines[b])}
    for i, raw in enumerate(lines):
        if not raw.strip():
            continue
        bold = _BOLD_LINE.match(raw)
        marked = _MD_HEADING.match(raw)
        line = bold.group("text") if bold else raw[marked.end():] if marked else raw
        if "*" in line or "_" in line or "`" in line:  # most lines have no emphasis
            line = _EMPHASIS.sub("", line)
        bullet = _BULLET.match(line)
        if not seen_text and not bullet and len(line.strip()) <= TITLE_MAX \
                and not line.rstrip().endswith((".", "!", "?")):
            seen_text = True
            out += _title(line, p)
            continue
        seen_text = True
        read: list[Token] | None = None  # the line's words, read once for both uses
        if not bullet:
            strong = bool(bold or marked) or line.rstrip().endswith((":", "?"))
            read = tokens(line)
            kind = _heading_kind(tuple(t.folded for t in read), p, marked=strong)
            # a short line over a list heads it, whatever it says ("Essential criteria"):
            # what it heads asks something, unlike the blurb before it
            strong = strong or (_short(line) and i in over_list)
            if kind is not None or (strong and len(line.strip()) <= HEADING_MAX + 20):
                section = kind or "neutral"
                continue
            if _short(line) and i < last:
                bullet = _NO_BULLET.match(line)
        if bullet:
            whole = read if bullet.end() == 0 else None
            if (seg := _segment(line[bullet.end():], section, True, p, whole)) is not None:
                out.append(seg)
            continue
        for sentence in _sentences(line, read if read is not None else tokens(line)):
            if (seg := _segment("", section, False, p, sentence)) is not None:
                out.append(seg)
    return out


def _sentences(line: str, read: list[Token]) -> list[list[Token]]:
    """The line's words cut where its sentences end (read once: a word after a full stop
    is `broken` already, as it would be at the start of its own sentence)."""
    ends = [m.start() for m in _SENTENCE.finditer(line)]
    if not ends:
        return [read]
    out: list[list[Token]] = [[] for _ in range(len(ends) + 1)]
    at = 0
    for t in read:
        while at < len(ends) and t.start > ends[at]:
            at += 1
        out[at].append(t)
    return [x for x in out if x]
