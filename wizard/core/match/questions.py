"""Provides the question for each missing term, in the profile's language: never an insertion."""

from __future__ import annotations

from wizard.core.dataclass_cache import dataclass
from wizard.core.match.packs import pack
from wizard.core.match.result import Match, TermMatch
from wizard.core.model import Answers
from wizard.core.words import words

MAX_AREAS = 5  # expertise.areas holds five: past that the proof is where a term fits


@dataclass(frozen=True)
class Question:
    """A missing term, the answer it would belong to, and what to ask the person."""

    term: str
    key: str
    text: str


def _target(t: TermMatch, ad_lang: str, answers: Answers) -> str:
    roles = pack(ad_lang).role_words
    # "Data Analyst", "Teamleider Klantenservice", "Responsabile amministrativo",
    # "klantenservicemedewerker": a title that names a role
    if t.term.in_title and any(w.endswith(r) for w in t.term.words for r in roles):
        return "person.role"
    if len(answers.items("expertise.areas")) >= MAX_AREAS:
        return "expertise.proof"
    return "expertise.areas"


@dataclass(frozen=True)
class Group:
    """The missing terms that belong in one answer, and the advice said once for all of them."""

    key: str
    advice: str
    terms: tuple[TermMatch, ...]


def grouped(result: Match, answers: Answers) -> tuple[Group, ...]:
    """The missing terms by the answer they would go in: the group of the heaviest term first,
    each group's terms heaviest first, so twenty terms do not repeat one sentence twenty times."""
    from wizard.core.catalogue import catalogue

    say = words(answers.lang)
    label = catalogue(answers.lang).label
    keys: dict[str, list[TermMatch]] = {}
    for t in result.missing:
        keys.setdefault(_target(t, result.ad.lang, answers), []).append(t)
    return tuple(Group(key, say(f"match.group_{key.replace('.', '_')}",
                                question=label(key, answers.register)), tuple(ts))
                 for key, ts in keys.items())


def questions(result: Match, answers: Answers) -> tuple[Question, ...]:
    """One question per missing term, heaviest first, in the language of `answers`."""
    say = words(answers.lang)
    out = []
    for t in result.missing:
        key = _target(t, result.ad.lang, answers)
        out.append(Question(t.term.text, key,
                            say(f"match.ask_{key.replace('.', '_')}", term=t.term.text)))
    return tuple(out)
