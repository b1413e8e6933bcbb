"""Provides what an import can suggest as answers: the most recent position and a few skills.

LinkedIn's Positions.csv and JSON Resume's `work` give a role and an organisation; Skills.csv
and `skills[].name` give expertise areas. They are suggestions: the person confirms or
changes them in the wizard.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from wizard.core.model import says_something
from wizard.core.sanitize import clean_text

MAX_SKILLS = 5  # what the wizard asks for: 1–5 areas
ROLE_CHARS = 60  # the wizard's limit for person.role and person.organisation
AREA_CHARS = 40  # and for each expertise area
MAX_AREA_WORDS = 5
_DATE_FORMATS = ("%b %Y", "%B %Y", "%Y-%m-%d", "%Y-%m", "%m/%Y", "%Y/%m", "%d %b %Y",
                 "%d/%m/%Y", "%m-%Y", "%Y")


@dataclass(frozen=True)
class Position:
    """One job: the title, the organisation and when (dates as the file writes them)."""

    title: str
    organisation: str
    started: str = ""
    finished: str = ""  # "" while the person still holds it


def parse_date(text: str) -> date | None:
    """`Nov 2019`, `2019-11`, `11/2019`, `2019` …; None for what cannot be read as a date."""
    value = " ".join(text.replace(".", " ").split())
    if not value:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    year = re.search(r"\b(19|20)\d\d\b", value)  # "circa 2019", "Sept. 2019"
    return date(int(year.group()), 1, 1) if year else None


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
        key = name.casefold()
        if not name or key in seen or len(name) > AREA_CHARS or \
                len(name.split()) > MAX_AREA_WORDS or not any(c.isalpha() for c in name):
            continue
        seen.add(key)
        out.append(name)
        if len(out) == MAX_SKILLS:
            break
    return tuple(out)
