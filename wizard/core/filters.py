"""Provides text shaping: stems, phrase and sentence case, list joins, articles, punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wizard.core.languages import Language

_TRAILING = re.compile(r"[\s.,;:!…]+$")
_LEADING = re.compile(r"^[\s,;:.…\-–—]+")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_VOWEL_SOUND_EXCEPTIONS_AN = ("hour", "honest", "honour", "honor", "heir", "mba", "mvp", "seo",
                              "html", "xml", "faq", "fmcg", "hr ", "r&d", "ml ")
_CONSONANT_SOUND_EXCEPTIONS_A = ("uni", "use", "usa", "user", "util", "euro", "one", "once", "ubi",
                                 "ukr", "ufo")


def strip_stem(value: str, stems: Iterable[str]) -> str:
    """Drop a sentence stem the user typed themselves ("I will build" -> "build")."""
    folded = value.casefold()
    for stem in sorted(stems, key=len, reverse=True):
        s = stem.casefold().rstrip(" …:")
        if folded.startswith(s) and (len(folded) == len(s) or not folded[len(s)].isalnum()):
            return _LEADING.sub("", value[len(s):])
    return value


def phrase(value: str) -> str:
    """An answer ready to sit inside a sentence: no trailing full stop, comma or ellipsis."""
    return _TRAILING.sub("", value).strip()


def lower_first(value: str, lang: Language, *, always: bool = False) -> str:
    """Lower a capital the user typed only because the answer began their input.

    Lowered: a word we know is common ("The", "Build"), the first word of a verb phrase
    (`always`), or a capitalised word followed by a lower-case one ("Product teams in fintech"),
    which is how sentence case looks. Kept: acronyms, CamelCase, a lone word we do not know
    ("Python"), and the language's `keep_capital` words ("Dutch schools").
    """
    match = _FIRST_WORD.match(value)
    if not match or not value[0].isupper():
        return value
    word = match.group(0)
    if len(word) > 1 and not word[1:].replace("'", "").replace("’", "").replace("-", "").islower():
        return value  # an acronym or a CamelCase name
    folded = word.casefold()
    if (word == "I" and lang.code == "en") or folded in lang.keep_capital:
        return value
    rest = value[match.end():]
    sentence_case = re.match(r"\s+[^\W\d_]", rest) is not None and rest.lstrip()[:1].islower()
    if always or folded in lang.lowercase_starters or sentence_case:
        return value[0].lower() + value[1:]
    return value


def cap(value: str, lang: Language | None = None) -> str:
    """Sentence case: capitalise the first letter only (Dutch 'ij' becomes 'IJ')."""
    for i, ch in enumerate(value):
        if ch.isalpha():
            if lang is not None and lang.code == "nl" and value[i:i + 2] == "ij":
                return value[:i] + "IJ" + value[i + 2:]
            if lang is not None and lang.code == "nl" and value[i:i + 2] in ("'s", "'t"):
                return value
            return value[:i] + ch.upper() + value[i + 1:]
        if ch.isdigit() or ch in "'’":
            return value
    return value


def sentence(value: str, lang: Language | None = None) -> str:
    """A whole sentence: capitalised, ending in exactly one full stop (or its own ! or ?)."""
    value = value.strip()
    if not value:
        return ""
    value = cap(value, lang)
    value = re.sub(r"[\s.,;:…]+$", "", value)
    return value if value.endswith(("!", "?")) else value + "."


def join_list(items: Iterable[str], lang: Language, conjunction: str | None = None) -> str:
    """Natural list join: "a, b and c" / "a, b en c" / "a, b e c" (no Oxford comma)."""
    words = [i for i in (phrase(x) for x in items) if i]
    word = conjunction or lang.and_word
    if len(words) <= 1:
        return "".join(words)
    if lang.code == "it" and word == "e" and words[-1][:1].casefold() == "e":
        word = "ed"  # "chiarezza ed empatia": the euphonic d before e-
    return f"{', '.join(words[:-1])} {word} {words[-1]}"


def with_article(noun: str, lang: Language) -> str:
    """English indefinite article before a role ("a data engineer", "an engineer").

    Dutch and Italian name a profession without an article ("Ik ben rijinstructeur",
    "Sono ingegnere"), so there the phrase is returned as it is.
    """
    if lang.code != "en" or not noun:
        return noun
    lowered = noun.casefold()
    if lowered.startswith(("a ", "an ", "the ", "my ")):
        return noun
    if lowered.startswith(_VOWEL_SOUND_EXCEPTIONS_AN):
        return f"an {noun}"
    first = _FIRST_WORD.match(noun)
    if first and first.group(0).isupper() and len(first.group(0)) > 1:
        # an acronym is read letter by letter: "an SRE", "a UX researcher"
        return f"an {noun}" if noun[0] in "AEFHILMNORSX" else f"a {noun}"
    if lowered.startswith(_CONSONANT_SOUND_EXCEPTIONS_A):
        return f"a {noun}"
    return f"an {noun}" if lowered[:1] in "aeiou" else f"a {noun}"


# Italian: a preposition meeting a definite article that the user typed fuses with it.
_IT_PREPOSITIONS = {"di": "de", "a": "a", "da": "da", "in": "ne", "su": "su"}
_IT_ARTICLES = {"il": "l", "lo": "llo", "la": "lla", "i": "i", "gli": "gli", "le": "lle",
                "l'": "ll'"}
_IT_FUSE = re.compile(
    r"\b(di|a|da|in|su) (il|lo|la|i|gli|le|l['’])(?=\s|\w)", re.IGNORECASE)


def _fuse_it(match: re.Match[str]) -> str:
    prep, article = match.group(1), match.group(2).replace("’", "'")
    stem = _IT_PREPOSITIONS[prep.lower()]
    if article.lower() == "il":
        fused = {"di": "del", "a": "al", "da": "dal", "in": "nel", "su": "sul"}[prep.lower()]
    elif article.lower() == "i":
        fused = {"di": "dei", "a": "ai", "da": "dai", "in": "nei", "su": "sui"}[prep.lower()]
    else:
        fused = stem + _IT_ARTICLES[article.lower()]
    return fused[0].upper() + fused[1:] if prep[0].isupper() else fused


def tidy(text: str, lang: Language | None = None) -> str:
    """Clean punctuation and spacing of rendered text, paragraph by paragraph."""
    paragraphs = re.split(r"\n\s*\n", text.strip())
    out = []
    for para in paragraphs:
        lines = [_tidy_line(line, lang) for line in para.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            out.append(para)
    return "\n\n".join(out)


def _tidy_line(line: str, lang: Language | None) -> str:
    line = re.sub(r"[ \t]+", " ", line).strip()
    line = re.sub(r"\s+([.,;:!?)])", r"\1", line)          # no space before punctuation
    line = re.sub(r"([(])\s+", r"\1", line)
    line = re.sub(r"\.{3,}", "…", line)
    line = re.sub(r"…\s*\.", "…", line)
    line = re.sub(r"([!?…])[.,]+", r"\1", line)              # "!." -> "!"
    line = re.sub(r"[,;:]+([.!?])", r"\1", line)              # ",." -> "."
    line = re.sub(r"\.(?:\s*\.)+", ".", line)                 # ".." and ". ." -> "."
    line = re.sub(r",(?:\s*,)+", ",", line)                   # ",," -> ","
    line = re.sub(r" {2,}", " ", line)
    if lang is not None and lang.code == "it":
        line = _IT_FUSE.sub(_fuse_it, line)
    return line.strip()
