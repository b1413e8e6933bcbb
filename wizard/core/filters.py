"""Provides text shaping: stems, phrase and sentence case, list joins, articles, punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterable

from wizard.core.languages import Language

# The lookbehinds start a match only where a run begins: without them a long run of
# punctuation is rescanned from every position (quadratic; a pasted 20 kB answer froze).
_TRAILING = re.compile(r"(?<![\s.,;:!?…])[\s.,;:!?…]+$")
_LEADING = re.compile(r"^[\s,;:.…\-–—]+")
_FIRST_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_VOWEL_SOUND_EXCEPTIONS_AN = ("hour", "honest", "honour", "honor", "heir", "mba", "mvp", "seo",
                              "html", "xml", "faq", "fmcg", "hr ", "r&d", "ml ")
_CONSONANT_SOUND_EXCEPTIONS_A = ("uni", "use", "usa", "user", "util", "euro", "one", "once", "ubi",
                                 "ukr", "ufo")


def strip_stem(value: str, stems: Iterable[str]) -> str:
    """Drop a sentence stem the user typed themselves ("I will build" -> "build")."""
    folded = _fold(value)
    for stem in sorted(stems, key=len, reverse=True):
        s = _fold(stem).rstrip(" …:")
        # an elided stem ("un'", "l'") is glued to the next word: no boundary to look for
        if folded.startswith(s) and (len(folded) == len(s) or s.endswith("'")
                                     or not folded[len(s)].isalnum()):
            return _LEADING.sub("", value[len(s):])
    return value


def _fold(value: str) -> str:
    """Case-folded, with typographic apostrophes as plain ones (phones type ’)."""
    return value.casefold().replace("’", "'")


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
    # Dutch IJ is one capital letter: "IJverige" is a capitalised word, not an acronym
    tail = word[2:] if lang.code == "nl" and word.startswith("IJ") else word[1:]
    if len(word) > 1 and not tail.replace("'", "").replace("’", "").replace("-", "").islower():
        return value  # an acronym or a CamelCase name
    folded = word.casefold()
    starter = _starter_key(word, lang) in lang.lowercase_starters
    if (word == "I" and lang.code == "en") or folded in lang.keep_capital or (
            not starter and _keeps_capital(word, lang)):
        return value
    rest = value[match.end():]
    sentence_case = re.match(r"\s+[^\W\d_]", rest) is not None and rest.lstrip()[:1].islower()
    long_words = [w for w in re.findall(r"[^\W\d_]+", value) if len(w) > 3]
    if not always and len(long_words) > 1 and all(w[0].isupper() for w in long_words):
        return value  # Title Case ("Data Engineer") is a chosen style: lowering one word breaks it
    if always or starter or sentence_case:
        if lang.code == "nl" and value.startswith("IJ"):
            return "ij" + value[2:]
        return value[0].lower() + value[1:]
    return value


def _starter_key(word: str, lang: Language) -> str:
    """The word as lowercase_starters lists it; Italian "L'azienda" is looked up as "l'"."""
    key = _fold(word)
    if lang.code == "it" and "'" in key:
        return key[:key.index("'") + 1]
    return key


# Dutch adjectives of places and peoples keep their capital ("Utrechtse scholen", "Friese"),
# and so do names that begin with the IJ digraph ("IJmuiden"): too many to list.
_NL_PROPER = re.compile(r"^(?:IJ\w*|\w+(?:se|sche))$")


def _keeps_capital(word: str, lang: Language) -> bool:
    """Dutch and Italian compounds keep the capital of a name they start with ("Python-expert")."""
    if lang.code not in ("nl", "it"):
        return False
    head = re.split(r"[-'’]", word, maxsplit=1)[0].casefold()
    return (head != word.casefold() and head in lang.keep_capital) or (
        lang.code == "nl" and _NL_PROPER.match(word) is not None)


def cap(value: str, lang: Language | None = None) -> str:
    """Sentence case: capitalise the first letter only (Dutch 'ij' becomes 'IJ')."""
    nl = lang is not None and lang.code == "nl"
    if nl and (m := _NL_CLITIC.match(value)):
        # Dutch spelling: "'s Avonds", "'t Gooi": the apostrophe word stays small
        return m.group(1) + cap(value[m.end(1):], lang)
    for i, ch in enumerate(value):
        if ch.isalpha():
            if nl and value[i:i + 2] in ("ij", "Ij"):
                return value[:i] + "IJ" + value[i + 2:]
            return value[:i] + ch.upper() + value[i + 1:]
        if ch.isdigit() or ch in "'’":
            return value
    return value


_NL_CLITIC = re.compile(r"^(\s*['’](?:s|t|k|n) )(?=\w)")


def sentence(value: str, lang: Language | None = None) -> str:
    """A whole sentence: capitalised, ending in exactly one full stop (or its own ! or ?)."""
    value = value.strip()
    if not value:
        return ""
    value = cap(value, lang)
    value = re.sub(r"(?<![\s.,;:…])[\s.,;:…]+$", "", value)
    if not value:
        return ""
    # "Write to me! 💌" already ends its sentence: no full stop after the emoji
    return value if _TEXT_END.sub("", value).endswith(("!", "?")) else value + "."


# Emoji, their modifiers and joiners, and spaces after the last word of a sentence.
_TEXT_END = re.compile(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\u200d\ufe0f]+$")


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
    if first and first.group(0).isupper() and _spelled_out(first.group(0)):
        # an acronym is read letter by letter: "an SRE", "a UX researcher"
        return f"an {noun}" if noun[0] in "AEFHILMNORSX" else f"a {noun}"
    if lowered.startswith(_CONSONANT_SOUND_EXCEPTIONS_A):
        return f"a {noun}"
    return f"an {noun}" if lowered[:1] in "aeiou" else f"a {noun}"


def _spelled_out(word: str) -> bool:
    """An acronym read letter by letter ("SRE", "UX"); a shouted word ("SENIOR") is read."""
    return 1 < len(word) <= 4 or not re.search(r"[AEIOUY]", word)


# Italian: a preposition of a template meeting a definite article the user typed fuses with it
# ("di le scuole" -> "delle scuole"). Only a lower-case article standing as a word of its own
# fuses: "di insegnanti", "in italiano" and "di La Spezia" stay as they are.
_IT_PREPOSITIONS = {"di": "de", "a": "a", "da": "da", "in": "ne", "su": "su"}
_IT_ARTICLES = {"il": "l", "lo": "llo", "la": "lla", "i": "i", "gli": "gli", "le": "lle",
                "l'": "ll'"}
_IT_FUSE = re.compile(r"(?<![\w'’])([Dd]i|[Aa]|[Dd]a|[Ii]n|[Ss]u) "
                      r"(?:(il|lo|la|i|gli|le)(?=\s)|(l['’])(?=[^\W\d_]))")
# A fused "della", "nello" before a vowel elides ("della azienda" -> "dell'azienda"); not
# before i + vowel ("dello iato"), nor before a one-letter word.
_IT_ELIDE = re.compile(r"(?<![\w'’])([Dd][ae]ll|[Aa]ll|[Nn]ell|[Ss]ull)[ao] "
                       r"(?=[aeouàéòóù][^\W\d_]|i[^\W\d_aeiouàèéìòóù])")
# The euphonic d: "e esperienza" -> "ed esperienza", "a aiutare" -> "ad aiutare".
_IT_EUPHONY = re.compile(r"(?<![\w'’])([ea]) (?=(?:(?<=e )[eèé]|(?<=a )a[^\W\d_]))")
_IT_DOUBLED = re.compile(r"(?<![\w'’])(per|con|di|da|in|su|presso|perché|come) \1(?!\w)",
                         re.IGNORECASE)
_NL_DOUBLED = re.compile(r"(?<![\w'’])(voor|met|bij|naar|op|aan|omdat|als) \1(?!\w)",
                         re.IGNORECASE)


def _fuse_it(match: re.Match[str]) -> str:
    prep = match.group(1)
    article = (match.group(2) or match.group(3)).replace("’", "'")
    fused = _IT_PREPOSITIONS[prep.lower()] + _IT_ARTICLES[article]
    return fused[0].upper() + fused[1:] if prep[0].isupper() else fused


def italian(line: str) -> str:
    """Italian grammar where a template meets an answer: fused and elided articles, ed/ad."""
    line = _IT_DOUBLED.sub(r"\1", line)
    line = _IT_FUSE.sub(_fuse_it, line)
    line = _IT_ELIDE.sub(r"\1'", line)
    return _IT_EUPHONY.sub(r"\1d ", line)


def dutch(line: str) -> str:
    """Dutch clean-up where a template meets an answer: a preposition typed twice."""
    return _NL_DOUBLED.sub(r"\1", line)


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
    # one rule's output can be another's input ("?:." -> "?." -> "?"): repeat until stable
    for _ in range(5):
        tidied = _punctuation(line)
        if tidied == line:
            break
        line = tidied
    if lang is not None and lang.code == "it":
        line = italian(line)
    elif lang is not None and lang.code == "nl":
        line = dutch(line)
    return line.strip()


def _punctuation(line: str) -> str:
    line = re.sub(r"\s+([.,;:!?)])", r"\1", line)          # no space before punctuation
    line = re.sub(r"([,;])(?=[^\W\d_])", r"\1 ", line)        # "teams ,and" -> "teams, and"
    line = re.sub(r"([(])\s+", r"\1", line)
    line = re.sub(r"\.{3,}", "…", line)
    line = re.sub(r"…\s*\.", "…", line)
    line = re.sub(r"([!?])[!?]+", r"\1", line)               # "!!!" and "?!" -> one
    line = re.sub(r"([!?…])[.,]+", r"\1", line)              # "!." -> "!"
    line = re.sub(r"(?<![,;:])[,;:]+([.!?])", r"\1", line)     # ",." -> "."
    line = re.sub(r"\.(?:\s*\.)+", ".", line)                 # ".." and ". ." -> "."
    line = re.sub(r",(?:\s*,)+", ",", line)                   # ",," -> ","
    return re.sub(r" {2,}", " ", line)
