"""Provides the template context: every answer shaped to sit inside a sentence."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import Any

from wizard.core.catalogue import catalogue
from wizard.core.filters import lower_first, phrase, sentence, strip_stem
from wizard.core.languages import language
from wizard.core.model import FIELDS, Answers, says_something

# Answers that are whole sentences of their own rather than phrases completing a stem.
SENTENCE_KEYS = frozenset({"offer.call_to_action", "statement.way_of_working"})
# Names keep every capital the user typed: "Chiara" is also an adjective, "Rijschool de Weg"
# looks like sentence case.
NAME_KEYS = frozenset({"person.name", "person.organisation", "invitation.recipient"})


def shaped_values(answers: Answers) -> dict[str, str | list[str] | bool]:
    """Each answer as the templates see it, keyed by its dotted key."""
    lang = language(answers.lang)
    cat = catalogue(answers.lang)
    out: dict[str, str | list[str] | bool] = {}
    for f in FIELDS:
        value = answers[f.key]
        if isinstance(value, bool):
            out[f.key] = value
            continue
        # "...", "!!!" or a zero-width space says nothing: a sentence around it would be empty
        value = [v for v in value if says_something(v)] if isinstance(value, list) \
            else value if says_something(value) else ""
        if f.key not in NAME_KEYS:
            value = [unshout(_BULLET.sub("", v)) for v in value] if isinstance(value, list) \
                else unshout(_BULLET.sub("", value))
        q = cat.question(f.key)
        stems = (q.stem, *q.strip)
        if isinstance(value, list):
            items = (lower_first(phrase(strip_stem(v, stems)), lang, always=q.lower_first)
                     for v in value)
            # "clarity, Clarity" typed twice reads as a slip in a sentence: keep the first
            out[f.key] = list({i.casefold(): i for i in reversed([i for i in items if i])}
                              .values())[::-1]
        elif f.key in SENTENCE_KEYS:
            out[f.key] = sentence(strip_stem(value, stems), lang)
        elif f.key in NAME_KEYS:
            out[f.key] = phrase(strip_stem(value, stems))
        else:
            out[f.key] = lower_first(phrase(strip_stem(value, stems)), lang,
                                     always=q.lower_first)
    for key in ("person.name", "invitation.recipient"):
        out[key] = name_case(str(out[key]))
    signed = first_name(str(out["person.name"]))
    out["person.first_name"] = signed[:1].upper() + signed[1:] if signed.islower() else signed
    if not out["offer.call_to_action"]:
        out["offer.call_to_action"] = lang.default_call_to_action
    return out


# A pasted bullet ("- clarity", "• Python") or a stray comma before the answer.
_BULLET = re.compile(r"^(?:[\s,;:.•·▪►‣◦]+|[-–—*+]\s+)+(?=\S)")
_LONG_WORD = re.compile(r"[^\W\d_]{5,}")


def unshout(value: str) -> str:
    """An answer typed with caps lock on ("SENIOR ENGINEER") in small letters.

    Only when it has no small letter at all, and only its words of five letters or more:
    "UX-ONDERZOEKER" becomes "UX-onderzoeker", an acronym like "AWS" or "HR" stays.
    """
    if any(ch.islower() for ch in value) or not _LONG_WORD.search(value):
        return value
    return _LONG_WORD.sub(lambda m: m.group(0).lower(), value)


# Titles people put before their name; a note is signed with the name after them.
_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx", "sir", "drs", "ir", "ing", "dhr",
                     "mevr", "dott", "dott.ssa", "dr.ssa", "prof.ssa", "avv", "arch", "sig",
                     "sig.ra", "geom", "rag"})


# Name particles stay lower case inside a name ("Joris van Dam", "Chiara di Marco").
_PARTICLES = frozenset({"van", "der", "den", "de", "het", "ten", "ter", "te", "di", "da", "del",
                        "della", "dei", "degli", "la", "le", "lo", "von", "zu", "du", "dos",
                        "das", "y", "bin", "al"})


def name_case(name: str) -> str:
    """A name typed all in lower case ("maya okafor") gets its capitals; any capital typed
    means the person chose the spelling, which is then kept."""
    if not name.islower():
        return name
    words = name.split(" ")
    return " ".join(w if (i and w in _PARTICLES) or not w else w[0].upper() + w[1:]
                    for i, w in enumerate(words))


def first_name(name: str) -> str:
    """The first name to sign with: "Dr. Evangeline Smith" signs as "Evangeline"."""
    # a word is a name when it has a letter; brackets or quotes around it are not signed
    words = [w.strip(_NOT_NAME) for w in name.split() if any(ch.isalpha() for ch in w)]
    for word in words[:-1]:
        if word.casefold().rstrip(".") not in _TITLES:
            return word
    return words[-1] if words else name.strip()


_NOT_NAME = "\"'()[]{}<>;:,!?*#%&=+|/\\`~^$@_“”‘’«»"


def template_context(answers: Answers,
                     shaped: dict[str, str | list[str] | bool] | None = None) -> dict[str, Any]:
    """Sections as objects (`person.role`, `drivers.values`, ...) plus `lang`.

    Namespaces rather than dicts, so that `drivers.values` is the answer and not dict.values.
    """
    sections: dict[str, dict[str, Any]] = {}
    for key, value in (shaped or shaped_values(answers)).items():
        section, name = key.split(".", 1)
        sections.setdefault(section, {})[name] = value
    ctx: dict[str, Any] = {k: SimpleNamespace(**v) for k, v in sections.items()}
    ctx["lang"] = answers.lang
    return ctx
