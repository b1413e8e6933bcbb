"""Provides English's rules that need code: "a" or "an" by sound, and verbs in the base form."""

from __future__ import annotations

import re

from wizard.grammar.base import Grammar, fold, tokens

_FIRST_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


class English(Grammar):
    """English: the indefinite article before a role, and what fits after "I will"."""

    def article(self, noun: str) -> str:
        """ "a data engineer", "an engineer", "an SRE", "a UX researcher", "an hour"."""
        if not noun:
            return noun
        lowered = fold(noun)
        if lowered.startswith(tuple(self.data.get("has_article", ()))):
            return noun
        if lowered.startswith(tuple(self.data.get("an_before", ()))):
            return f"an {noun}"
        first = _FIRST_WORD.match(noun)
        if first and first.group(0).isupper() and _spelled_out(first.group(0)):
            # an acronym is read letter by letter: "an SRE", "a UX researcher"
            return f"an {noun}" if noun[0] in "AEFHILMNORSX" else f"a {noun}"
        if lowered.startswith(tuple(self.data.get("a_before", ()))):
            return f"a {noun}"
        return f"an {noun}" if lowered[:1] in "aeiou" else f"a {noun}"

    def verb_fits_stem(self, rest: str) -> bool:
        """After "I will" only a base form fits: "help teams" yes, "helped", "am" no."""
        toks = tokens(rest)
        if not toks or toks[0] in self.auxiliaries or "'" in toks[0]:
            return False
        word = toks[0]
        return word in self.base_verbs or word in self.lexicon_verbs or not (
            word.endswith(("ed", "ing")) or word in self.not_verbs)


    def as_verb(self, text: str) -> str:
        """ "Understanding how clinicians work" -> "understand how clinicians work",
        "finding your next chapter" -> "find your next chapter": a verb we know, then an
        object that begins as a noun phrase or a question word does ("training for staff"
        and "getting solar fitted" stay: the word after them does not say it is a verb)."""
        words = text.split(" ")
        first = fold(words[0])
        if len(words) < 2 or not first.endswith("ing") or len(first) < 6:
            return ""
        at = 2 if fold(words[1]) in self.data.get("particles", ()) and len(words) > 2 else 1
        follows = fold(words[at])  # "finding out what …": past the verb's particle
        if not (follows in self.determiners or follows in self.reader_words
                or follows in self.data.get("question_words", ())):
            return ""
        stem = first[:-3]
        for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
            if base and base not in self.not_verbs and (
                    base in self.base_verbs or base in self.lexicon_verbs):
                return " ".join([base, *words[1:]])
        return ""

    def _tidy_line(self, line: str) -> str:
        """The pack's rules, then a capital after a question or exclamation the person typed
        inside their own sentence ("Thinking about solar? message me …")."""
        return _AFTER_ASKING.sub(lambda m: m.group(1) + m.group(2).upper(),
                                 super()._tidy_line(line))


# A small letter that begins a sentence after "?" or "!" (not a name like "iPhone").
_AFTER_ASKING = re.compile(r"([?!]\s+)([a-z])(?![a-z]*[A-Z])")


def _spelled_out(word: str) -> bool:
    """An acronym read letter by letter ("SRE", "UX"); a shouted word ("SENIOR") is read."""
    return 1 < len(word) <= 4 or not re.search(r"[AEIOUY]", word)


GRAMMAR = English
