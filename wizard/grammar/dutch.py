"""Provides Dutch's rules that need code: verb-second word order, a sentence that opens with
its own subordinate clause, and list articles that read alike.

Dutch puts the finite verb second in a main clause ("een bewoner voelt het direct") and last
in a subordinate one ("omdat ik het zonde vind"); after a fronted part the subject follows the
verb ("Voor vormgeving werk ik samen met …", "Als het ingewikkeld wordt, schakel ik …"). The
words these rules need are in the pack's grammar.toml.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
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
        self.pronouns = _folded(data, "pronouns")
        self.abstract_nouns = _folded(data, "abstract_nouns")
        self.perfect_auxiliaries = _folded(data, "perfect_auxiliaries")

    def analyse(self, text: str, expects: str) -> Analysis:
        toks = tokens(text)
        if expects in ("noun", "verb", "clause") and self._opens_with_subclause(toks):
            # "Als het juridisch ingewikkeld wordt, schakel ik een advocaat in": a whole
            # sentence, not a noun phrase or a verb phrase
            return Analysis("clause")
        if expects in ("noun", "verb") and toks and not self.subject_at(toks, 0) \
                and toks[0] not in self.fronted \
                and self._fronted_object(tokens(re.split(r"[.!?;:]", text)[0])):
            # "Juridische vragen leg ik bij onze juristen neer": an object put first, then
            # the verb and "ik": a main clause of its own, whatever the stem expected
            return Analysis("clause")
        if expects == "verb" and len(toks) > 2 and toks[0] in self.determiners \
                and not self.subject_at(toks, 0):
            i = self._early_finite(toks)
            if i and toks[i].endswith("en") and not any(
                    self.is_finite(t) and not t.endswith("en") for t in toks[1:i]):
                # "de overheid helpen om …", "meer huisstijlen maken": an object and the
                # infinitive the stem wants ("ga ik … helpen"), not a subject and its verb
                return Analysis("phrase")
        return super().analyse(text, expects)

    def _fronted_object(self, toks: Sequence[str]) -> bool:
        """A finite verb right before "ik"/"we" after words that open no subordinate clause
        ("… leg ik …"); in a relative clause ("waar ik …") the verb comes last."""
        i = self._inverted_at(toks)
        return i is not None and not any(t in self.relatives or t in self.subordinators
                                         for t in toks[:i])

    def spoken_main(self, text: str) -> bool:
        """Typed after "omdat" in main-clause order, as people say it: "omdat wij hebben jaren
        geleden samengewerkt" (the finite verb right after the subject, before words that are
        no verb), "omdat als de planning niet klopt, dan staat er …" ("dan" and a verb)."""
        toks = tokens(text)
        if toks[:1] == ["omdat"]:
            toks = toks[1:]
        n = self.subject_at(toks, 0)
        if n and len(toks) > n + 2 and self.is_finite(toks[n]) \
                and not self._closes_verbs(toks[n], toks[n + 1]):
            return True
        if toks and toks[0] in self.subordinators:
            return any(a == "dan" and self.is_finite(b) for a, b in itertools.pairwise(toks))
        return False

    def _closes_verbs(self, verb: str, word: str) -> bool:
        """A verb form or a word that begins a clause: "ik wil bijdragen aan …", "ik weet hoe …"
        stay subordinate."""
        return word in self.relatives or self._verb_after(verb, word)

    def _verb_after(self, verb: str, word: str) -> bool:
        """`word` is a verb that closes ranks with the finite `verb` before it. After "hebben"
        or "zijn" that is a participle ("hebben samengewerkt", "ben opgegroeid"), not a word in
        -en that may be a plural ("hebben jaren geleden …": a main clause's order)."""
        if self.participle_form and self.participle_form.search(word):
            return True
        if not (self.verb_form and self.verb_form.search(word)) or word in self.determiners:
            return False
        return not (verb in self.perfect_auxiliaries and word.endswith("en"))

    def _early_finite(self, toks: Sequence[str]) -> int | None:
        """Where a finite verb stands among the first words, not followed by another verb
        (see _verb_after)."""
        for i, t in enumerate(toks[:4]):
            if self.is_finite(t):
                follows = toks[i + 1] if i + 1 < len(toks) else ""
                if i and self.participle_form and self.participle_form.search(toks[i - 1]):
                    return None  # "we elkaar gesproken hebben": the verbs close ranks
                if follows and self._verb_after(t, follows):
                    return None
                return i
        return None

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
        n = self.subject_at(toks, 0) or (1 if toks and toks[0] in self.pronouns else 0)
        if n and len(toks) > n and not self.is_finite(toks[n]):
            # "iedereen recht heeft op …": a word between the subject and the verb puts the
            # verb last, as after "omdat"
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

    def lower_first(self, value: str, *, always: bool = False) -> str:
        """Two capitalised words before small ones ("After Effects beter onder de knie
        krijgen", "Google Analytics inrichten") are a name, even where the answer's first
        word is lowered."""
        words = value.split(" ")
        if always and len(words) > 2 and all(
                w[:1].isupper() and len(w) > 2 and self.starter_key(w) not in
                self.lang.lowercase_starters for w in words[:2]) and words[2][:1].islower():
            return value
        return super().lower_first(value, always=always)

    def common_title_phrase(self, item: str) -> bool:
        """An inflected adjective and a noun that ends as common nouns do, both capitalised, in
        a list ("Manuele Therapie", "Palliatieve Zorg"): a style, lowered. A name's noun seldom
        ends so ("Rode Kruis", "Grote Markt" stay); a kept word keeps the item as typed."""
        words = item.split(" ")
        return len(words) == 2 and all(
            w.isalpha() and len(w) > 3 and self.plain_capital(w)
            and fold(w) not in self.lang.keep_capital for w in words) \
            and words[0].endswith("e") and self.common_noun(words[1])

    def join(self, items: Iterable[str], conjunction: str | None = None, prep: str = "") -> str:
        """A list whose last items hold "en" themselves ("…, palliatieve zorg, en wondzorg en
        decubituspreventie") names those items first, so the list's own "en" joins two plain
        ones: "wondzorg en decubituspreventie, dementiezorg en palliatieve zorg"."""
        words = [i for i in items if i]
        if not prep and len(words) > 2:
            conj = {self.lang.and_word, conjunction or self.lang.and_word}
            inner = [any(c in tokens(w) for c in conj) for w in words]
            if any(inner[-2:]) and inner.count(False) >= 2:
                words = [w for w, i in zip(words, inner, strict=True) if i] + \
                    [w for w, i in zip(words, inner, strict=True) if not i]
        return super().join(words, conjunction, prep)

    def sayings(self, items: Sequence[str]) -> list[str]:
        """A value typed as a saying with its own verb ("afspraak is afspraak", "elk kind
        telt") stands in quotes among the nouns: "vakmanschap en ‘afspraak is afspraak’"."""
        out = []
        for item in items:
            toks = tokens(item)
            # a verb of the third person ("telt", "is"), in three words or more: "buiten zijn"
            # and "palliatieve zorg" hold a word that is a verb elsewhere, no saying
            verb = next((i for i, t in enumerate(toks) if i and len(toks) > 2 and (
                t in self.auxiliaries or (t.endswith("t") and self.is_finite(t)))
                and not t.endswith("en")), None)
            quoted = item[:1] in "'‘\"“"
            out.append(f"‘{item}’" if verb is not None and not quoted and not any(
                t in self.relatives or t in self.prepositions for t in toks[:verb]) else item)
        return out

    def bare_abstract(self, items: Sequence[str]) -> list[str]:
        """When one value loses its article ("de eerlijkheid" -> "eerlijkheid"), a value that
        is one noun with its article loses it too ("het geduld" -> "geduld"): a list half with
        and half without articles reads as a slip. "de menselijke maat" keeps its article."""
        out = super().bare_abstract(items)
        changed = out != list(items)
        if self.abstract_articles and self.abstract_nouns:
            # "de humor" among "creativiteit" and "samenwerken": an abstract noun the pack
            # lists reads as a value without its article
            out = [self._without_article(i) if fold(self._without_article(i)) in
                   self.abstract_nouns else i for i in out]
        if not changed or not self.abstract_articles:
            return out
        bare = []
        for item in out:
            m = self.abstract_articles.match(item.replace("’", "'"))
            rest = item[m.end():] if m else ""
            bare.append(rest if m and re.fullmatch(r"[^\W\d_]+", rest) else item)
        return bare


    def _without_article(self, item: str) -> str:
        m = self.abstract_articles.match(item.replace("’", "'")) if self.abstract_articles \
            else None
        return item[m.end():] if m else item


def _folded(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in data.get(key, ()))


GRAMMAR = Dutch
