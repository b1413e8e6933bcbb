"""Provides Dutch's rules that need code: verb-second word order, a sentence that opens with
its own subordinate clause, and list articles that read alike.

Dutch puts the finite verb second in a main clause ("een bewoner voelt het direct") and last
in a subordinate one ("omdat ik het zonde vind"); after a fronted part the subject follows the
verb ("Voor vormgeving werk ik samen met …", "Als het ingewikkeld wordt, schakel ik …"). The
words these rules need are in the pack's grammar.toml.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from wizard.core.languages import Language
from wizard.grammar.base import _WORD, Analysis, Grammar, fold, tokens


class Dutch(Grammar):
    """Dutch: verb second, subordinate clauses up front, articles on a list of values."""

    def __init__(self, lang: Language, data: Mapping[str, Any]) -> None:
        super().__init__(lang, data)
        self.subordinators = _folded(data, "subordinators")
        self.coordinators = _folded(data, "coordinators")
        self.prepositions = _folded(data, "prepositions")
        self.middle_adverbs = _folded(data, "middle_adverbs")

    def analyse(self, text: str, expects: str) -> Analysis:
        toks = tokens(text)
        if expects in ("noun", "verb", "clause") and self._opens_with_subclause(toks):
            # "Als het juridisch ingewikkeld wordt, schakel ik een advocaat in": a whole
            # sentence, not a noun phrase or a verb phrase
            return Analysis("clause")
        return super().analyse(text, expects)

    def _opens_with_subclause(self, toks: Sequence[str]) -> bool:
        """A subordinate clause first ("als", "wanneer"), then its main clause's verb and
        subject ("… gaat, schakel ik …")."""
        if not toks or toks[0] not in self.subordinators:
            return False
        return self._inverted_at(toks) is not None

    def _inverted_at(self, toks: Sequence[str]) -> int | None:
        """Where a finite verb stands right before a subject ("schakel ik"), after the start."""
        for i in range(2, len(toks) - 1):
            if self.is_finite(toks[i]) and self.subject_at(toks, i + 1):
                return i
        return None

    def mend(self, text: str, shape: str) -> str:
        """A sentence that opens with its subordinate clause has a comma before the main
        clause's verb ("Als het om het dak gaat, schakel ik …")."""
        toks = tokens(text)
        if shape != "clause" or not self._opens_with_subclause(toks):
            return text
        i = self._inverted_at(toks)
        words = list(_WORD.finditer(text))
        if i is None or i >= len(words):
            return text
        start = words[i].start()
        before = text[:start].rstrip()
        if before.endswith((",", ";", ":")):
            return text
        return f"{before}, {text[start:]}"

    def _main_order(self, toks: Sequence[str]) -> bool:
        """A clause that opens with its subject is a main clause only with the verb right
        after it ("ik vind het zonde" is; "ik het zonde vind" is not)."""
        n = self.subject_at(toks, 0)
        if n and len(toks) > n and not self.is_finite(toks[n]):
            return False
        i = self._early_finite(toks)
        if i is not None and i and (toks[i - 1] in self.middle_adverbs
                                    or any(t in self.relatives and t not in self.coordinators
                                           for t in toks[1:i])):
            # "mensen pas goed werken als …": an adverb before the verb puts it last, as
            # after "omdat" (a main clause says "mensen werken pas goed"); "een ondernemer
            # die zijn cijfers kent, … neemt": that verb is the relative clause's
            return False
        return super()._main_order(toks)

    def _main_clause_after(self, toks: Sequence[str]) -> bool:
        """After a fronted phrase the verb comes before the subject ("Voor vormgeving en
        websites werk ik …"); "en" inside the fronted phrase does not end it, and a subject
        word after a preposition is its object ("met mijn team")."""
        for i in range(1, min(len(toks) - 1, self.fronted_reach)):
            if toks[i] in self.relatives and toks[i] not in self.coordinators:
                return False
            if self.subject_at(toks, i) and i + 1 < len(toks) \
                    and toks[i - 1] not in self.prepositions:
                return True
            if self.is_finite(toks[i]) and self.subject_at(toks, i + 1):
                return True
        return False

    def bare_abstract(self, items: Sequence[str]) -> list[str]:
        """When one value loses its article ("de eerlijkheid" -> "eerlijkheid"), a value that
        is one noun with its article loses it too ("het geduld" -> "geduld"): a list half with
        and half without articles reads as a slip. "de menselijke maat" keeps its article."""
        out = super().bare_abstract(items)
        if out == list(items) or not self.abstract_articles:
            return out
        bare = []
        for item in out:
            m = self.abstract_articles.match(item.replace("’", "'"))
            rest = item[m.end():] if m else ""
            bare.append(rest if m and re.fullmatch(r"[^\W\d_]+", rest) else item)
        return bare


def _folded(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in data.get(key, ()))


GRAMMAR = Dutch
