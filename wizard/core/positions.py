"""Provides what an import can suggest as answers: the most recent position and a few skills.

LinkedIn's Positions.csv and JSON Resume's `work` give a role and an organisation; Skills.csv
and `skills[].name` give expertise areas. They are suggestions: the person confirms or
changes them in the wizard.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from wizard.core.dataclass_cache import dataclass
from wizard.core.model import says_something
from wizard.core.sanitize import clean_text

MAX_SKILLS = 5  # what the wizard asks for: 1–5 areas
ROLE_CHARS = 60  # the wizard's limit for person.role and person.organisation
AREA_CHARS = 40  # and for each expertise area
MAX_AREA_WORDS = 5
# Month names as exports write them (LinkedIn in the member's language, JSON Resume by hand):
# the first letters, accents removed, of the English, Dutch, Italian and French names. The
# longest prefix that a word starts with wins ("juil" before "jui", "mar" for "maart").
_MONTHS = {"jan": 1, "gen": 1, "janv": 1, "feb": 2, "febb": 2, "fev": 2, "mar": 3, "mrt": 3,
           "maa": 3, "apr": 4, "avr": 4, "may": 5, "mei": 5, "mag": 5, "mai": 5, "jun": 6, "giu": 6,
           "juin": 6, "jul": 7, "lug": 7, "juil": 7, "aug": 8, "ago": 8, "aou": 8, "sep": 9,
           "set": 9, "oct": 10, "okt": 10, "ott": 10, "nov": 11, "dec": 12, "dic": 12}
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
_YEAR = re.compile(r"\b(19|20)\d\d\b")
_ISO = re.compile(r"\b((?:19|20)\d\d)[-/.](\d{1,2})(?:[-/.](\d{1,2}))?\b")
_NUMERIC = re.compile(r"\b(?:(\d{1,2})[-/.])?(\d{1,2})[-/.]((?:19|20)\d\d)\b")


@dataclass(frozen=True)
class Position:
    """One job: the title, the organisation and when (dates as the file writes them)."""

    title: str
    organisation: str
    started: str = ""
    finished: str = ""  # "" while the person still holds it


def parse_date(text: str) -> date | None:
    """`Nov 2019`, `okt. 2019`, `settembre 2019`, `2019-11`, `11/2019`, `3/11/2019`, `2019`
    …; None for what holds no year (an empty end date means "still held", elsewhere)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                     if not unicodedata.combining(c))
    if m := _ISO.search(folded):
        return _date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    if m := _NUMERIC.search(folded):  # day/month/year or month/year, as Europe writes it
        return _date(int(m.group(3)), int(m.group(2)), int(m.group(1) or 1))
    year = _YEAR.search(folded)
    if year is None:
        return None
    month = next((_month(w) for w in re.findall(r"[a-z]+", folded) if _month(w)), 1)
    return _date(int(year.group()), month, 1)


def _month(word: str) -> int:
    for size in (4, 3):
        if len(word) >= size and word[:size] in _MONTHS:
            return _MONTHS[word[:size]]
    return 0


def _date(year: int, month: int, day: int) -> date | None:
    """A date from parts that may be out of range ("2019-13"): the year alone then."""
    try:
        return date(year, month, day)
    except ValueError:
        try:
            return date(year, month, 1)
        except ValueError:
            return date(year, 1, 1)


def latest_position(positions: Iterable[Position]) -> Position | None:
    """The most recent position: one still held first (the latest started), else the one
    that ended last. Positions without a title are skipped."""
    best: tuple[tuple[int, date, date], Position] | None = None
    for p in positions:
        if not p.title:
            continue
        started = parse_date(p.started) or date.min
        finished = parse_date(p.finished)
        current = not p.finished.strip()
        key = (1 if current else 0, finished or started if not current else started, started)
        if best is None or key > best[0]:
            best = (key, p)
    return best[1] if best else None


def suggestions(position: Position | None, skills: Iterable[str]) -> dict[str, str | list[str]]:
    """Answers an import can fill in: role, organisation, expertise areas (where sensible)."""
    out: dict[str, str | list[str]] = {}
    if position is not None:
        if 0 < len(position.title) <= ROLE_CHARS and says_something(position.title):
            out["person.role"] = position.title
        if 0 < len(position.organisation) <= ROLE_CHARS and says_something(position.organisation):
            out["person.organisation"] = position.organisation
    areas = sensible_skills(skills)
    if areas:
        out["expertise.areas"] = list(areas)
    return out


def sensible_skills(names: Iterable[str]) -> tuple[str, ...]:
    """At most five skills, in the given order: cleaned, no repeats (case ignored), short
    enough to be an area, with a letter in them."""
    seen: set[str] = set()
    out: list[str] = []
    for raw in names:
        name = clean_text(raw if isinstance(raw, str) else "")
        # LinkedIn's own names carry a qualifier: "Python (Programming Language)" is Python
        name = _QUALIFIER.sub("", name) if any(c.isalpha() for c in
                                               _QUALIFIER.sub("", name)) else name
        key = name.casefold()
        if not name or key in seen or len(name) > AREA_CHARS or \
                len(name.split()) > MAX_AREA_WORDS or not any(c.isalpha() for c in name):
            continue
        seen.add(key)
        out.append(name)
        if len(out) == MAX_SKILLS:
            break
    return tuple(out)
