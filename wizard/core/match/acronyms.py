"""Provides the acronyms an ad defines: "Customer Relationship Management (CRM)", "Gestion de
la Relation Client (GRC)", "Contratto Collettivo Nazionale di Lavoro (CCNL)". The words and
their acronym are one term: "CRM" in a profile answers the ad's "Customer Relationship
Management", and the whole name answers its "CRM".

An acronym in brackets is taken as defined by the words just before it when, read from the
right, each of those words opens with the acronym's next letter (a long compound may give
more than one: "Praktijkdiploma Boekhouden (PDB)"); a stop word between them may give none
("Gestion de la Relation Client"). Nothing here names a language: the stop words are the pack's.
"""

from __future__ import annotations

import re

from wizard.core.dataclass_cache import dataclass
from wizard.core.match.fold import Token, capitals, fold, tokens
from wizard.core.match.packs import MatchPack

# "(CRM)", "(KPIs)", "(LCB-FT)", "(P&L)": capitals, a plural "s" at most in lower case
_BRACKETED = re.compile(r"\(\s*([A-Z][A-Z0-9&./-]{0,10}[A-Z0-9]s?)\s*\)")
# "AIS (Associazione Italiana Sommelier)", "WRM-certificaat (Wet …)": the acronym, or the
# acronym glued to a word, before a bracket that holds its name
_NAMED = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]{1,7})(?:-[^\W\d_]+)?\s*\(([^()\n]{5,120})\)")
MAX_WORDS = 12  # words before the bracket looked at: "Lutte Contre le Blanchiment des
#                capitaux et le Financement du Terrorisme (LCB-FT)" has eleven
SKIPS = 2      # words in lower case inside a name that give it no letter ("des capitaux")


@dataclass(frozen=True)
class Definition:
    """An acronym the ad defines: its name's words (folded, as they stand, stop words too),
    the name as written, and the acronym as written."""

    words: tuple[str, ...]
    name: str
    acronym: str


def _letters(acronym: str) -> str:
    core = acronym[:-1] if acronym.endswith("s") else acronym
    return "".join(c for c in core if c.isalpha()).lower()


def _subsequence(want: str, word: str) -> bool:
    it = iter(word)
    return all(c in it for c in want)


def _align(letters: str, before: list[Token], p: MatchPack) -> int | None:
    """Where the name of `letters` starts among `before` (read back from its end), or None."""
    j = len(letters) - 1
    i = len(before) - 1
    skips = 0
    while i >= 0 and j >= 0:
        w = before[i].folded
        # the word opens with the acronym's letter k, and its letters k+1..j stand inside it
        k = next((k for k in range(j, -1, -1) if w[:1] == letters[k]
                  and (k == j or _subsequence(letters[k + 1:j + 1], w[1:]))), None)
        if k is None:
            if i == len(before) - 1:
                return None
            if w not in p.stopwords:
                # a plain word inside a name written in capitals: "des capitaux"
                skips += 1
                if skips > SKIPS or not before[i].surface[:1].islower():
                    return None
        else:
            j = k - 1
            if j < 0:
                break
        if before[i].broken:  # a name never runs across punctuation
            return None
        i -= 1
    return i if j < 0 and i >= 0 else None


def bare(toks: list[Token], p: MatchPack) -> list[Token]:
    """`toks` with an acronym glued to the paper that proves it read as the acronym alone:
    "VCA-diploma", "WRM-certificaat", "ITIL-certified" say "VCA", "WRM", "ITIL" (the pack's
    `papers`), so the ad's "VCA" and "VCA-diploma" are one term and either answers the other."""
    if not p.papers:
        return toks
    out = toks
    for i, t in enumerate(toks):
        if "-" not in t.surface:
            continue
        head, _, paper = t.surface.rpartition("-")
        if fold(paper) in p.papers and capitals(head):
            if out is toks:
                out = list(toks)
            out[i] = t._replace(surface=head, folded=fold(head), acronym=True)
    return out


def definitions(text: str, p: MatchPack) -> tuple[Definition, ...]:
    """The acronyms `text` defines, each once (the first definition of it)."""
    out: dict[str, Definition] = {}
    for m in _BRACKETED.finditer(text):
        acronym = m.group(1)
        letters = _letters(acronym)
        if not 2 <= len(letters) <= 8 or acronym.casefold() in out:
            continue
        start = text.rfind("\n", 0, m.start()) + 1
        before = tokens(text[start:m.start()])[-MAX_WORDS:]
        at = _align(letters, before, p)
        if at is None or len(before) - at < 2:
            continue
        name = before[at:]
        _define(out, name, acronym)
    # the other way round: "sommelier AIS (Associazione Italiana Sommelier)", "een geldig
    # WRM-certificaat (Wet rijonderricht motorrijtuigen)"
    for m in _NAMED.finditer(text):
        acronym = m.group(1)
        letters = _letters(acronym)
        if not 2 <= len(letters) <= 8 or acronym.casefold() in out:
            continue
        name = tokens(m.group(2))
        if 2 <= len(name) <= MAX_WORDS and not all(t.acronym for t in name) \
                and _align(letters, name, p) == 0:
            _define(out, name, acronym)
    return tuple(out.values())


def _define(out: dict[str, Definition], name: list[Token], acronym: str) -> None:
    written = "".join((t.elided or " ") + t.surface for t in name).strip()
    out[acronym.casefold()] = Definition(tuple(t.folded for t in name), written, acronym)
