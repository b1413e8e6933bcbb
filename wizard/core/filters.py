"""Provides text shaping: stems, phrase and sentence case, list joins, articles, punctuation."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from wizard.core.languages import Language
from wizard.core.lazyre import lazy
from wizard.grammar import Grammar, grammar
from wizard.grammar.base import fold, tokens

# The lookbehinds start a match only where a run begins: without them a long run of
# punctuation is rescanned from every position (quadratic; a pasted 20 kB answer froze).
_TRAILING = lazy(r"(?<![\s.,;:!?…])[\s.,;:!?…]+$")
_ABBREVIATION = lazy(r"(?<![\w.])(?:[^\W\d_]\.){2,}$")
_LEADING = lazy(r"^[\s,;:.…\-–—]+")


def strip_stem(value: str, stems: Iterable[str]) -> str:
    """Drop a sentence stem the user typed themselves ("I will build" -> "build"), and again
    when another follows ("Ik wil de komende jaren …": "ik wil", then "de komende jaren")."""
    ordered = _longest_first(tuple(stems))
    for _ in range(3):
        stripped = _strip_once(value, ordered)
        if stripped == value:
            break
        value = stripped
    return value


@lru_cache(maxsize=256)
def _longest_first(stems: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(stems, key=len, reverse=True))


def _strip_once(value: str, stems: Iterable[str]) -> str:
    folded = _fold(value)
    for stem in stems:
        s = _fold(stem).rstrip(" …:")
        if not s:
            continue
        # an elided stem ("un'", "l'") is glued to the next word: no boundary to look for
        if folded.startswith(s) and (len(folded) == len(s) or s.endswith("'") or not (
                folded[len(s)].isalnum() or folded[len(s)] == "'")):
            return _LEADING.sub("", value[len(s):])
    return value


def _fold(value: str) -> str:
    """Case-folded, with typographic apostrophes as plain ones (phones type ’)."""
    return value.casefold().replace("’", "'")


def phrase(value: str) -> str:
    """An answer ready to sit inside a sentence: no trailing full stop, comma or ellipsis.
    An abbreviation keeps its last full stop ("Installatietechniek B.V.")."""
    value = value.strip()
    if _ABBREVIATION.search(value):
        return value
    return _TRAILING.sub("", value).strip()


def lower_first(value: str, lang: Language, *, always: bool = False) -> str:
    """Lower a capital the user typed only because the answer began their input
    (the language's grammar decides: see Grammar.lower_first)."""
    return grammar(lang.code).lower_first(value, always=always)


def cap(value: str, lang: Language | None = None) -> str:
    """Sentence case: capitalise the first letter only (Dutch 'ij' becomes 'IJ')."""
    if lang is not None:
        return grammar(lang.code).cap(value)
    for i, ch in enumerate(value):
        if ch.isalpha():
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
    value = re.sub(r"(?<![\s.,;:…])[\s.,;:…]+$", "", value)
    if not value:
        return ""
    # "Write to me! 💌" already ends its sentence: no full stop after the emoji; nor after
    # the hashtags that close a post ("… #OpenToWork #AgTech")
    ended = _TEXT_END.sub("", value).endswith(("!", "?")) or _HASHTAGS_END.search(value)
    return value if ended else value + "."


# Two or more hashtags at the end of a text ("#scuola #Ticino")
_HASHTAGS_END = lazy(r"(?:\s#[^\W_][\w-]*){2,}$")
# Emoji, their modifiers and joiners, and spaces after the last word of a sentence.
_TEXT_END = lazy(r"[\s\U0001F000-\U0001FAFF\u2600-\u27BF\u200d\ufe0f]+$")


def join_list(items: Iterable[str], lang: Language, conjunction: str | None = None,
              prep: str = "") -> str:
    """Natural list join: "a, b and c" / "a, b en c" / "a, b e c"; with `prep`, the
    preposition goes before the first item and every item that has its own article
    ("di sviluppo web, degli strumenti open source e dell'integrazione")."""
    return grammar(lang.code).join((phrase(x) for x in items), conjunction, prep)


def with_article(noun: str, lang: Language) -> str:
    """The indefinite article before a role where the language uses one ("a data engineer",
    "an engineer"); Dutch and Italian name a profession without one."""
    return grammar(lang.code).article(noun)


_PARAGRAPHS = lazy(r"\n\s*\n")
_BLANKS = lazy(r"[ \t]+")


def tidy(text: str, lang: Language | None = None) -> str:
    """Clean punctuation and spacing of rendered text, paragraph by paragraph."""
    paragraphs = _PARAGRAPHS.split(text.strip())
    out = []
    for para in paragraphs:
        lines = [_tidy_line(line, lang) for line in para.split("\n")]
        para = "\n".join(line for line in lines if line)
        if para:
            out.append(para)
    return "\n\n".join(out)


# Lines already tidied, by line and grammar: the variants of a profile share many lines (its
# frames), and a keystroke changes a few of them; bounded as the grammar's own memo is.
_TIDIED: dict[tuple[str, object], str] = {}


def _tidy_line(line: str, lang: Language | None) -> str:
    g = grammar(lang.code) if lang is not None else None
    key = (line, g)
    done = _TIDIED.get(key)
    if done is None:
        if len(_TIDIED) > 4096:
            _TIDIED.clear()
        done = _TIDIED[key] = _tidy_new_line(line, g)
    return done


def _tidy_new_line(line: str, g: Grammar | None) -> str:
    line = _BLANKS.sub(" ", line).strip()
    # one rule's output can be another's input ("?:." -> "?." -> "?"): repeat until stable
    for _ in range(5):
        tidied = _punctuation(line)
        if tidied == line:
            break
        line = tidied
    if g is not None:
        line = g.tidy_line(line)
    return line.strip()


_EMOJI_RUN = lazy(r"\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\u200d\ufe0f]+(?=(\s*)(\S?))")


def unspoken(text: str, lang: Language | None = None) -> str:
    """A text to be said aloud, without its emoji: one that ended a sentence ("levain naturel 🥖
    Je m'adresse…") leaves its full stop; nobody says "baguette emoji"."""
    if not re.search(r"[\U0001F000-\U0001FAFF\u2600-\u27BF]", text):
        return text

    def one(m: re.Match[str]) -> str:
        # it ended a sentence when a capital follows a lowercase word of some length, in a
        # sentence of a few words ("Priya 🌸 Raman", "at 🏢 Bangalore Labs" go on)
        said = re.split(r"[.!?…]\s", text[:m.start()])[-1].split()
        last = said[-1] if said else ""
        after = text[m.end():].split()
        goes_on = m.group(2)[:1].isupper() and (len(after) < 2 or after[1][:1].islower())
        ends = goes_on and len(said) >= 4 and (
            # ("… d'ici 2027 🚀 Je m'adresse", "… et fun 😄 J'y tiens" end theirs too)
            (len(last) >= 3 and ((last.isalpha() and last.islower()) or last.isdigit()))
            # an acronym ends one too ("€1,2M ARR 🚀 Ik sta voor …")
            or (len(last) >= 2 and last.isalpha() and last.isupper())
            # "(like me!) 🙌 I work …", "Ormeau Road 🍽️ In the coming years …": a bracket
            # the person closed after "!", or a common word that opens the next sentence
            or bool(re.search(r"[.!?…][)\]\"”’]+$", last))
            or (lang is not None and after[0].casefold() in lang.lowercase_starters)
            or (after[0] in ("I", "I'm", "I’m")))
        return "." if ends else ""

    said = _EMOJI_RUN.sub(one, text)
    if lang is not None:
        # a list item that was only an emoji ("colore, fantasia e ✨") leaves its "and": the
        # list ends one item earlier ("colore e fantasia")
        said = re.sub(rf"(,[^,.!?;:]*?)?\s+{re.escape(lang.and_word)}\s*(?=[.!?;:,])",
                      lambda m: "" if not m.group(1)
                      else f" {lang.and_word} {m.group(1)[1:].strip()}", said)
    return tidy(said, lang)


# A sentence the person ended with "!" or "?" and an emoji: the template's full stop goes.
_AFTER_EMOJI = lazy(
    r"([!?])((?:\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\u200d\ufe0f])+)\s*[.,]")


# Anything one of the rules below would change; a line without it is already clean. Every
# case begins with one of a few characters: the class in front lets the scan skip the letters
# between them, and each case then looks back at that character.
_SUSPECT = lazy(r"[\s,;(.…!?:](?:(?<=\s)[.,;:!?)]|(?<=[,;])[^\W\d_]|(?<=\()\s|(?<=\.)\."
                      r"|(?<=…)\s*\.|(?<=[!?…])[!?.,]|(?<=[,;:])[.!?]|(?<=\.)\s+\.|(?<=,)\s*,"
                      r"|(?<= ) |(?<=[!?])[\s\U0001F000-\U0001FAFF\u2600-\u27BF])")

# The rules, in order, compiled once (the module-level re functions look each one up per call).
_RULES = tuple((lazy(pattern), repl) for pattern, repl in (
    # no space before punctuation, but before a smiley (":)", ";-)", ":D")
    (r"\s+(?![:;]-?[()DPp](?!\w))([.,;:!?)])", r"\1"),
    (r"([,;])(?=[^\W\d_])", r"\1 "),         # "teams ,and" -> "teams, and"
    (r"([(])\s+", r"\1"),
    (r"\.{3,}", "…"),
    (r"…\s*\.", "…"),
    (r"([!?])[!?]+", r"\1"),                # "!!!" and "?!" -> one
    (r"([!?…])[.,]+", r"\1"),               # "!." -> "!"
    (_AFTER_EMOJI.pattern, r"\1\2"),        # "better! 💜." -> "better! 💜"
    (r"(?<![,;:])[,;:]+([.!?])", r"\1"),     # ",." -> "."
    (r"\.(?:\s*\.)+", "."),                  # ".." and ". ." -> "."
    (r",(?:\s*,)+", ","),                    # ",," -> ","
    (r" {2,}", " "),
))


def _punctuation(line: str) -> str:
    if not _SUSPECT.search(line):
        return line
    for pattern, repl in _RULES:
        line = pattern.sub(repl, line)
    return line


# Where a long proof may be cut for a headline: after a whole part of it, before a comma,
# a semicolon, a colon or a dash (never at "and", which may join "between 2019 and 2023").
_CLAIM_END = lazy(r"(?=[,;:] |\s[–—-]\s)")
# the first of several sentences: a full stop after a word, before a capital
_FIRST_SENTENCE = lazy(r"(.*?[^\W_]{2}[)»]?)[.!?]\s+(?=[A-ZÀ-Þ])")


def first_claim(text: str, lang: Language | None = None, limit: int = 100) -> str:
    """A proof short enough for a headline: the whole of it when it fits `limit`, else its
    first part that still holds its number ("Ho seguito oltre 80 aziende nella cassa
    integrazione nel 2020" of "…, senza un solo ricorso"); unchanged when no part does. A
    second clause joined on with its own subject (the pack's claim_break) is left off too."""
    g = grammar(lang.code) if lang else None
    # a proof typed as several sentences (lines): its first, when it holds the number, is the
    # claim; a cut at a later comma would end the headline on the next one's first words
    first = _FIRST_SENTENCE.match(text)
    if first and len(first.group(1).split()) >= 4 and (
            re.search(r"\d", first.group(1)) or (g and g.says_number(first.group(1)))):
        text = first.group(1)
    if g and g.claim_without_fronted and len(text) > limit:
        text = _without_fronted(g, text)
    # "Run a night shift of 45 people and we hit 98% …": a second subject joined on reads as
    # a sentence, not a headline; the first claim stands alone when it holds a number
    cut = g.claim_break.search(text) if g and g.claim_break else None
    if cut and g:
        part = text[:cut.start()].rstrip(" ,")
        if len(part.split()) >= 4 and (re.search(r"\d", part) or g.says_number(part)):
            text = part
    if len(text) <= limit:
        return text
    # "Quando rilevai la trattoria facevamo 30 coperti, l'anno dopo arrivammo a 90": a first
    # part that sets the scene (the pack's claim_scene) is no claim on its own
    scene = bool(g and g.claim_scene and g.claim_scene.match(text))
    for n, m in enumerate(_CLAIM_END.finditer(text)):
        part = text[:m.start()].rstrip()
        if len(part) > limit:
            break
        if (scene and n == 0) or (g and _fronted_only(g, part, text[m.end():])):
            continue  # "En reprenant la flotte frigo (huitante camions), j'ai réduit …"
        if part.count("(") > part.count(")"):
            continue  # "… at my old firm (Hennessey & Roth, Minneapolis)": no cut inside brackets
        if len(part.split()) >= 4 and (re.search(r"\d", part) or (g and g.says_number(part))):
            return part
    if not g:
        return text
    claim = _from_verb(text, g, limit)
    return claim if len(claim) <= limit else (_before_and(g, text, limit) or text)


def _before_and(g: Grammar, text: str, limit: int) -> str:
    """The longest first part of a long proof that ends before the language's "and" and still
    holds the number: "À date, j'ai suivi plus de 150 patients à domicile" of "… et mis sur pied
    un groupe de soutien …". Never before a number ("between 2019 and 2023", "tutti e due")."""
    found = ""
    for m in re.finditer(rf"\s{re.escape(g.lang.and_word)}\s(?=[^\W\d_])", text):
        part = text[:m.start()].rstrip(" ,")
        if len(part) > limit:
            break
        following = text[m.end():].split(" ", 1)[0]
        if g.says_number(following):
            continue  # "tutti e due", "between two and three"
        if len(part.split()) >= 5 and (re.search(r"\d", part) or g.says_number(part)):
            found = part
    return found


def _from_verb(text: str, g: Grammar, limit: int) -> str:
    """A long proof in a language that drops its subject, that opens with a fronted phrase
    and has no part to cut: the claim from its verb on ("Durante l'assegno di ricerca
    all'Università del Salento ho analizzato più di 600 campioni …" -> "Ho analizzato più
    di 600 campioni …"), when that fits and still holds the number; else unchanged."""
    words = list(re.finditer(r"[^\W\d_][\w'’]*", text))
    if not g.pro_drop or not words or fold(words[0].group(0)) not in g.fronted:
        return text
    for w in words[1:g.fronted_reach + 1]:
        t = fold(w.group(0))
        if t in g.relatives or "," in text[:w.start()]:
            return text
        if t in g.auxiliaries:
            part = text[w.start():]
            if len(part) <= limit and len(part.split()) >= 4 and (
                    re.search(r"\d", part) or g.says_number(part)):
                return g.cap(part)
            return text
    return text


def _without_fronted(g: Grammar, text: str) -> str:
    """A long proof without the phrase fronted before its subject, when what follows holds
    the number: "En reprenant la flotte frigo, j'ai réduit les kilomètres à vide de 12 % …" ->
    "J'ai réduit les kilomètres à vide de 12 % …"."""
    m = _CLAIM_END.search(text)
    if not m or not _fronted_only(g, text[:m.start()], text[m.end():]):
        return text
    rest = text[m.end():].lstrip(" ,;:–—-")
    if not (re.search(r"\d", rest) or g.says_number(rest)):
        return text
    return rest[:1].upper() + rest[1:]


def _fronted_only(g: Grammar, part: str, rest: str) -> bool:
    """The part before a cut is a phrase fronted before the subject that follows it, with no
    subject of its own: no claim a headline can end on."""
    after, before = tokens(rest.lstrip(" ,;:–—-")), tokens(part)
    if not any(g.subject_at(before, i) for i in range(len(before))) and before and \
            before[0] in g.fronted and rest.lstrip("\u00a0 ").startswith(":"):
        return True  # "lors de la collecte de 2025 : 1 200 bénévoles…": the list is the claim
    return bool(after) and bool(g.subject_at(after, 0)) and not any(
        g.subject_at(before, i) for i in range(len(before)))
