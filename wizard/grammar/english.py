"""Provides English's rules that need code: "a" or "an" by sound, and verbs in the base form."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from wizard.core.languages import Language
from wizard.grammar.base import Analysis, Grammar, fold, tokens

_FIRST_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


class English(Grammar):
    """English: the indefinite article before a role, and what fits after "I will"."""

    def __init__(self, lang: Language, data: Mapping[str, Any]) -> None:
        super().__init__(lang, data)
        # finite verbs that make a determiner-led subject a clause ("all kids are …")
        self._clause_verbs = frozenset(fold(w) for w in data.get("clause_verbs", ()))

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

    def common_part(self, part: str) -> bool:
        """Also a past participle of a verb the lexicon knows ("Self-Employed")."""
        if super().common_part(part):
            return True
        return part.endswith("ed") and any(
            stem in self.lexicon_common or stem in self.lexicon_verbs
            for stem in (part[:-2], part[:-1]))

    def analyse(self, text: str, expects: str) -> Analysis:
        """As the base rules see it; and where a noun phrase was asked, a subject led by a
        determiner with a finite verb of its own ("every driver gets home to their family"
        after "I stand for") is a clause: the pronoun subjects alone do not find it."""
        found = super().analyse(text, expects)
        if expects == "noun" and found.shape == "phrase" and self._determiner_clause(tokens(text)):
            return Analysis("clause")
        return found

    def _determiner_clause(self, toks: list[str]) -> bool:
        """ "every driver gets …", "all kids are …": a determiner, one or two words, then a
        finite verb (one the pack lists in clause_verbs, the "-s" form of a verb the pack's
        base verbs or the lexicon know, never a plural noun, or after a plural noun a word the
        lexicon knows only as a verb: "the bees come first"), before any word that starts a
        subordinate clause ("a school where every family is welcome" stays a noun phrase);
        a first word that may start a subordinate clause ("that") is not read as a determiner."""
        # "that data protection is seen as …" is the conjunction the frame expects
        if len(toks) < 3 or toks[0] not in self.determiners or toks[0] in self.relatives:
            return False
        for i, t in enumerate(toks[1:4], start=1):
            if t in self.relatives:
                return False
            if i > 1 and (t in self._clause_verbs or self._third_person(t) or (
                    # "the bees come first": a plural noun, then a word only a verb can be
                    toks[i - 1].endswith("s") and toks[i - 1] in self.lexicon_nouns
                    and t in self.lexicon_verbs)):
                return True
        return False

    def _third_person(self, word: str) -> bool:
        """ "gets", "deserves", "teaches": a verb's "-s" form, and no noun's plural."""
        if not word.endswith("s") or word in self.lexicon_nouns or word in self.not_verbs:
            return False
        stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
        return any(b in self.base_verbs or b in self.lexicon_verbs for b in stems)

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
