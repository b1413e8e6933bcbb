"""Provides the coach's handout as data: answers with their stems, texts with counts and checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from wizard.core.catalogue import catalogue
from wizard.core.dataclass_cache import dataclass
from wizard.core.importers import check_before
from wizard.core.languages import REFERENCE_LANGUAGE, language
from wizard.core.limits import limits
from wizard.core.model import Answers
from wizard.core.record import Before, clean_edit
from wizard.core.render import Rendered, Result, facts_for, measure
from wizard.core.sanitize import clean_text
from wizard.core.templates import OUTPUTS
from wizard.core.words import area, words

if TYPE_CHECKING:
    from wizard.core.match import Ad, Match

# What the exporters accept as the texts: a render Result, or per output a Rendered or the
# text itself (as the person edited it), which is then counted and checked here.
Texts = Result | Mapping[str, Rendered | str]


@cache
def labels(lang: str) -> dict[str, str]:
    """The handout's words in `lang` (its pack's ui/handout.toml); the reference fills gaps."""
    return {**area(REFERENCE_LANGUAGE, "handout"), **area(lang, "handout")}


# How the importers name a before's source (and stores of earlier versions kept it): the
# kind of file, then its name. Shown in the handout's language.
_SOURCES = (("LinkedIn export ", "source_linkedin"),
            ("LinkedIn profile ", "source_linkedin_profile"),
            ("JSON Resume ", "source_jsonresume"), ("answers file ", "source_answers"))


def source_label(source: str, lang: str) -> str:
    """`LinkedIn export Basic.zip` in the words of `lang` ("LinkedIn-export Basic.zip")."""
    lab = labels(lang)
    for prefix, key in _SOURCES:
        if source.startswith(prefix):
            return lab[key].format(file=source.removeprefix(prefix))
    return source


def measured(answers: Answers, texts: Texts, *, wpm: int | None = None) -> dict[str, Rendered]:
    """Each output's text counted and checked, in the usual output order; empty ones left out."""
    if isinstance(texts, Result):
        given: Mapping[str, Rendered | str] = {k: o.chosen for k, o in texts.outputs.items()}
    else:
        given = texts
    facts = facts_for(answers)
    out: dict[str, Rendered] = {}
    for output in OUTPUTS:
        value = given.get(output)
        if isinstance(value, Rendered):
            out[output] = value
        elif value and value.strip():
            text = clean_edit(value, output)
            out[output] = measure(output, text, answers.lang, premium=answers.premium, wpm=wpm,
                                  facts=facts, variant="edited")
    return out


@dataclass(frozen=True)
class FindingLine:
    severity: str  # error, warning or info: the CSS class and the Markdown mark
    label: str  # the severity in the handout's language
    message: str


@dataclass(frozen=True)
class TextBlock:
    """One text as printed: the words, its count, whether it fits, what the checks say."""

    text: str
    counter: str
    fits: bool
    status: str
    findings: tuple[FindingLine, ...]


@dataclass(frozen=True)
class Section:
    output: str
    title: str
    after: TextBlock | None
    before: TextBlock | None


@dataclass(frozen=True)
class AnswerLine:
    key: str
    stem: str
    answer: str


@dataclass(frozen=True)
class AnswerGroup:
    title: str
    lines: tuple[AnswerLine, ...]


@dataclass(frozen=True)
class MatchLine:
    """One term of the ad: found (where and how, in the person's words) or missing (the
    question to ask the person: never an edit)."""

    term: str
    where: str
    detail: str


@dataclass(frozen=True)
class MissingGroup:
    """The missing terms that belong in one answer, under its advice said once."""

    advice: str
    terms: tuple[str, ...]


@dataclass(frozen=True)
class MatchBlock:
    """A job ad against the texts of the handout, every word in the profile's language."""

    heading: str
    score: str
    found_heading: str
    found: tuple[MatchLine, ...]
    missing_heading: str
    missing: tuple[MissingGroup, ...]
    note: str


@dataclass(frozen=True)
class Handout:
    lang: str
    name: str
    date: str
    labels: Mapping[str, str]
    sections: tuple[Section, ...]
    groups: tuple[AnswerGroup, ...]
    notes: str
    before_source: str
    match: MatchBlock | None = None


def counter(r: Rendered, lang: str) -> str:
    """`97/220 characters` or `96 words · about 44.3 s …`, in the handout's language, its
    numbers written the pack's way ("2 600", "26,8")."""
    say = words(lang)
    if r.output == "pitch":
        lim = limits()
        return say("handout.pitch_count", words=r.words, seconds=r.seconds,
                   min=lim.pitch_min_seconds, max=lim.pitch_max_seconds)
    text = say("handout.characters", length=r.length, limit=r.limit)
    if r.graphemes != r.length:
        text += ", " + say("handout.visible", visible=r.graphemes)
    return text


def _block(r: Rendered | None, lab: Mapping[str, str], lang: str) -> TextBlock | None:
    if r is None:
        return None
    findings = tuple(FindingLine(f.severity, lab[f.severity], f.message) for f in r.findings)
    return TextBlock(r.text, counter(r, lang), r.ok, lab["fits" if r.ok else "does_not_fit"],
                     findings)


def _answer(answers: Answers, key: str, lab: Mapping[str, str]) -> str:
    value = answers[key]
    if isinstance(value, bool):
        return lab["yes"] if value else ""
    return ", ".join(value) if isinstance(value, list) else value


def answer_groups(answers: Answers, lab: Mapping[str, str]) -> tuple[AnswerGroup, ...]:
    """The answered questions step by step, each with the stem it completes."""
    groups = []
    register = language(answers.lang).register(answers.register)  # "Ik kan u helpen met"
    for step in catalogue(answers.lang).steps:
        lines = tuple(AnswerLine(q.key, q.stem_in(register), text) for q in step.questions
                      if (text := _answer(answers, q.key, lab)))
        if lines:
            groups.append(AnswerGroup(step.title, lines))
    return tuple(groups)


def match_block(found: Match, answers: Answers) -> MatchBlock:
    """The match as the handout shows it: score, terms found (where, how), terms missing with
    their questions, in the language of `answers`."""
    from wizard.core.match.questions import grouped
    from wizard.core.match.report import found_how, found_where
    from wizard.core.words import words

    say = words(answers.lang)
    title = say("match.title") + (f" — {found.ad.title}" if found.ad.title else "")
    if not found.terms:
        return MatchBlock(title, "", "", (), "", (), say("match.no_terms"))
    groups = grouped(found, answers)
    return MatchBlock(
        heading=title,
        score=say("match.score", score=found.score, found=len(found.found),
                  total=len(found.terms)),
        found_heading=say("match.found_heading", n=len(found.found)),
        found=tuple(MatchLine(t.term.text, found_where(t, say), found_how(t, found, say))
                    for t in found.found),
        missing_heading=say("match.missing_heading", n=len(found.missing)),
        missing=tuple(MissingGroup(g.advice, tuple(t.term.text for t in g.terms))
                      for g in groups),
        note=say("match.honest") if groups else say("match.nothing_missing"))


def matched(answers: Answers, texts: Texts, ad: Ad) -> MatchBlock:
    """`ad` against the texts as they are handed out (hand edits in place) and the answers."""
    from wizard.core.match import match

    shown = {o: r.text for o, r in measured(answers, texts).items()}
    return match_block(match(ad, answers, shown), answers)


def build(answers: Answers, texts: Texts, *, before: Before | None = None, notes: str = "",
          when: dt.date | None = None, wpm: int | None = None, ad: Ad | None = None) -> Handout:
    """Everything the handout shows, ready for the Markdown and HTML forms; with `ad`, how
    the texts shown (hand edits in place) and the answers meet that job ad."""
    lab = labels(answers.lang)
    after = measured(answers, texts, wpm=wpm)
    block = matched(answers, after, ad) if ad is not None else None
    old = check_before(before, answers.lang, name=answers.text("person.name"),
                       premium=answers.premium) if before else {}
    sections = tuple(Section(o, lab[o], _block(after.get(o), lab, answers.lang),
                             _block(old.get(o), lab, answers.lang))
                     for o in OUTPUTS if o in after or o in old)
    when = when or dt.date.today()
    return Handout(
        lang=answers.lang, name=answers.text("person.name"),
        date=(when.date() if isinstance(when, dt.datetime) else when).isoformat(),
        labels=lab, sections=sections, groups=answer_groups(answers, lab),
        notes=clean_text(notes, multiline=True),
        before_source=", ".join(x for x in (source_label(before.source, answers.lang),
                                            before.date) if x) if before else "",
        match=block)
