"""Provides the printed forms of a match: text for a person, JSON per the spec."""

from __future__ import annotations

import json

from wizard.core.languages import language_name
from wizard.core.match.packs import match_languages
from wizard.core.match.questions import grouped
from wizard.core.match.result import LANG, Match, TermMatch
from wizard.core.model import Answers
from wizard.core.words import Words, words


def where(say: Words, key: str) -> str:
    """An output by its name in the pack ("About"), an answer by what it is about ("your
    expertise"); a key the pack has no words for as it is."""
    for k in (f"outputs.{key}", f"match.in_{key.replace('.', '_')}"):
        if say.has(k):
            return say(k)
    return key


def found_where(t: TermMatch, say: Words) -> str:
    """Where a found term stands, in the reader's words: "Headline, About, your expertise"."""
    return ", ".join(where(say, w) for w in t.where)


def found_how(t: TermMatch, m: Match, say: Words) -> str:
    """How it was found, with the person's own words when they differ from the ad's ("same
    stem, as 'managing stakeholders'"), and whether only the answers carry it."""
    best = t.hits[0]
    if best.where == LANG:  # no word of theirs to quote: every text is in it
        return say("match.how_lang")
    how = say(f"match.how_{best.how}")
    if t.partial:
        how = say("match.partly", how=how)
    if best.how != "exact" or best.words.casefold() != t.term.text.casefold():
        how += ", " + say("match.as_words", words=best.words)
    if m.outputs and not set(t.where) & m.shown:
        how += f"; {say('match.answers_only')}"
    return how


def _found_line(t: TermMatch, m: Match, say: Words) -> str:
    return f"  ✓ {t.term.text}  ·  {found_where(t, say)}  ({found_how(t, m, say)})"


def _language_name(code: str) -> str:
    """A language as its pack names it, with its code: "Nederlands (nl)"."""
    from wizard.core.languages import language

    try:
        return f"{language(code).name} ({code})"
    except (KeyError, OSError):
        return code


def format_match(m: Match, answers: Answers, fmt: str, problem: str = "") -> str:
    """`text` (in the profile's language) or `json` (the contract)."""
    if fmt == "json":
        return json.dumps(m.json(), ensure_ascii=False, indent=2) + "\n"
    say = words(answers.lang)
    out = [f"── {say('match.title')}" + (f" · {m.ad.title}" if m.ad.title else ""),
           say("match.ad_language", lang=language_name(m.ad.lang, answers.lang),
               how=say(f"match.{m.ad.source}", langs=", ".join(match_languages())))]
    if m.ad.lang != answers.lang:  # "Scrum" is found in any language, "werving" in one
        out.append(say("match.other_language", ad=_language_name(m.ad.lang),
                       profile=_language_name(answers.lang)))
    if problem:
        out.append(say("match.not_rendered", problem=problem))
    if not m.terms:
        return "\n".join([*out, "", say("match.no_terms")]) + "\n"
    out.append(say("match.score", score=m.score, found=len(m.found), total=len(m.terms)))
    whole = [t for t in m.found if not t.partial]
    partly = [t for t in m.found if t.partial]
    if whole:
        out += ["", say("match.found_heading", n=len(whole))]
        out += [_found_line(t, m, say) for t in whole]
    if partly:
        out += ["", say("match.partly_heading", n=len(partly))]
        out += [_found_line(t, m, say) for t in partly]
    if m.missing:
        out += ["", say("match.missing_heading", n=len(m.missing))]
        for group in grouped(m, answers):
            out.append(f"  {group.advice}")
            out += [f"    ✗ {t.term.text}  ({say.number(t.term.weight, '.2f')})"
                    + (f"  ·  {say('match.related', words=t.related)}" if t.related else "")
                    for t in group.terms]
        out += ["", say("match.honest")]
    else:
        out += ["", say("match.nothing_missing")]
    return "\n".join(out) + "\n"
