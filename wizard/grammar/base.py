"""Provides the grammar every language shares, driven by the words in its pack's grammar.toml.

What it knows how to do, given the words: tell the shape of a typed answer (a phrase that
completes its stem, a clause with its own subject, a clause that starts with its verb, a noun
phrase where a verb was asked, a verb where a noun was asked), lower a capital that only began
the input, join lists, and tidy where a template meets an answer (contractions, elision,
euphony, a preposition typed twice, typography). A language whose rules need more code
subclasses Grammar in a module of its own (english.py: a/an).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

from wizard.core.dataclass_cache import dataclass
from wizard.core.languages import Language
from wizard.core.lazyre import lazy

Shape = str  # "phrase" | "clause" | "verb_first" | "noun" | "verb" | "empty"
SHAPES: tuple[Shape, ...] = ("phrase", "clause", "verb_first", "noun", "verb", "empty")

_WORD = lazy(r"[^\W_][\w'’\-]*|\d[\d.,]*")
_FIRST_WORD = lazy(r"[^\W\d_][\w'’\-]*")
_ELIDED_HEAD = lazy(r"^[^\W\d_]{1,4}['’](?=\w)")


def fold(text: str) -> str:
    """Case-folded, with typographic apostrophes as plain ones (phones type ’)."""
    return text.casefold().replace("’", "'")


@lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(fold(m.group(0)) for m in _WORD.finditer(text))


def tokens(text: str) -> list[str]:
    """The words of `text`, folded; punctuation is not a word (kept: every keystroke asks
    again about the same answers)."""
    return list(_tokens(str(text)))


def _words(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in data.get(key, ()))


def _phrases(data: Mapping[str, Any], key: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as token tuples, longest first."""
    found = {tuple(tokens(w)) for w in data.get(key, ()) if tokens(w)}
    return tuple(sorted(found, key=len, reverse=True))


@dataclass(frozen=True)
class Analysis:
    """What an answer is: its shape, and where its subject and verb are when it is a clause."""

    shape: Shape
    subject: str = ""      # the subject words as typed ("we", "our team"), for a clause
    subject_end: int = 0   # character offset where the subject ends in the answer


# what may stand around a word typed for "no answer" ("n.v.t.", "- n/a -", "?")
_NO_ANSWER_STOPS = " .!?…-–—/\u00a0"


class Grammar:
    """The rules of one language; `data` is its pack's grammar.toml."""

    def __init__(self, lang: Language, data: Mapping[str, Any]) -> None:
        self.lang = lang
        self.data = data
        self.subjects = _phrases(data, "subjects")
        self.finite = _words(data, "finite")
        self.auxiliaries = _words(data, "auxiliaries")
        self.determiners = _words(data, "determiners")
        self.fronted = _words(data, "fronted")
        # how many words a fronted phrase may run before its clause's subject
        self.fronted_reach = int(data.get("fronted_reach", 8))
        self.relatives = _words(data, "relatives")
        self.base_verbs = _words(data, "base_verbs")
        self.not_verbs = _words(data, "not_verbs")
        # a conjunction typed before a "because" answer that wants main-clause order ("want")
        self.main_conjunctions = _words(data, "main_conjunctions")
        # a maintained lexicon the pack names, for the verbs and nouns its lists do not hold
        lexicon = str(data.get("verb_lexicon", ""))
        self.lexicon_verbs = _lexicon(lexicon, "verbs")
        self.lexicon_nouns = _lexicon(lexicon, "nouns")
        self._lexicon_name = lexicon
        # words that open a clause or a fronted phrase, never a noun phrase (is_noun_start)
        self._clause_openers = self.auxiliaries | self.fronted | self.relatives
        self._phrase_lists: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._tidy_memo: dict[str, str] = {}
        self._registers_memo: dict[tuple[str, bool], dict[str, str]] = {}
        self.org_lower = _words(data, "org_lower")
        self.noun_ending = _regex(data.get("noun_ending"))
        # common words the endings miss ("Comptes", "Vins"): a capital on them is no name's
        self.common_words = _words(data, "common_words")
        # a capitalised common noun at the head of an item is no name's, even before one
        # ("Procédure Renault", "Vins de Bourgogne")
        self.common_head_is_no_name = bool(data.get("common_head_is_no_name"))
        self.adjective_ending = _regex(data.get("adjective_ending"))
        # "Terapia Manuale", "Regime Forfettario": a noun and an adjective, both capitalised,
        # in a list are a common phrase typed in Title Case, no name
        self.noun_adjective_is_common = bool(data.get("noun_adjective_is_common"))
        self.abstract_articles = _article_pattern(data.get("abstract_articles", ()))
        self.reader_words = _words(data, "reader_words")
        # the answer speaks as its writer ("quello che trovo", "il mio team"): a frame in the
        # third person around it would mix the persons
        self.first_person_form = _regex(data.get("first_person"))
        self.pro_drop = bool(data.get("pro_drop", False))
        aux = data.get("participle_aux", {})
        self.default_aux = str(aux.get("default", ""))
        self.participles = {fold(w): str(a) for a, ws in aux.items() if a != "default"
                            for w in ws}
        self.invert_after_fronting = bool(data.get("invert_after_fronting", False))
        self.finite_suffix = _regex(data.get("finite_suffix"))
        self.infinitive = _regex(data.get("infinitive"))
        self.verb_form = _regex(data.get("verb_form"))
        self.participle_form = _regex(data.get("participle_form"))
        self.org_prepositions = _words(data, "org_prepositions")
        self.field_prepositions = _words(data, "field_prepositions")
        self.compound_prefixes = _words(data, "compound_prefixes")
        self.role_ending = _regex(data.get("role_ending"))
        # words shortened with a full stop that goes on in the same sentence ("bijv.", "e.g.")
        self.abbreviations = _words(data, "abbreviations")
        self.list_articles = tuple(str(a) for a in data.get("list_articles", ()))
        self._list_article = _article_pattern(self.list_articles)
        self.org_articles = {fold(k): str(v) for k, v in data.get("org_articles", {}).items()}
        self.clitics = _words(data, "clitics")
        self.digraphs: tuple[str, ...] = tuple(str(d) for d in data.get("capital_digraphs", ()))
        self.proper_adjective = _regex(data.get("proper_adjective"))
        # an acronym with a plural ending ("PSUs", "KPIs"): still an acronym, not a name
        self.acronym_plural = _regex(data.get("acronym_plural"))
        self.name_clitics = _regex(data.get("name_clitic"))
        # where a proof joins a second clause with its own subject (filters.first_claim)
        self.claim_break = _regex(data.get("claim_break"))
        # a long proof's headline may leave off the phrase fronted before its subject
        self.claim_without_fronted = bool(data.get("claim_without_fronted"))
        # a proof that opens by setting the scene ("Quando rilevai …"): its first part needs
        # the next one (filters.first_claim)
        self.claim_scene = _regex(data.get("claim_scene"))
        self._tidy_rules = _rules(data, "tidy")
        # the person's own slips, mended on the way in, before any frame reads the answer
        # (Québec "pis" for "et", "et et"): the pack's `respell` rules
        self._respell = _rules(data, "respell")
        # words people start typing with before the answer itself ("Allora, …", "Ma …")
        fillers = sorted((str(w) for w in data.get("fillers", ())), key=len, reverse=True)
        self._fillers = re.compile(
            r"^(?:" + "|".join(re.escape(w) for w in fillers) + r")(?:\s*[,;:…]+\s*|\s+)(?=\S)",
            re.IGNORECASE) if fillers else None
        self._typography = _rules(data, "typography")
        self._no_answers: frozenset[str] | None = None  # read on first use (no_answer)
        self._contractions = {fold(k): str(v) for k, v in data.get("contractions", {}).items()}
        self._contraction = _contraction_pattern(self._contractions)
        self._elision = _elision_pattern(data.get("elision", {}))
        registers = data.get("register_markers", {})
        self.markers: dict[str, frozenset[str]] = {
            r: frozenset(registers[r].get("strong", ())) for r in registers}
        self.weak_markers: dict[str, frozenset[str]] = {
            r: frozenset(registers[r].get("weak", ())) for r in registers}
        self._sorted_markers = {r: tuple(sorted(w)) for r, w in self.markers.items()}
        self._sorted_weak = {r: tuple(sorted(w)) for r, w in self.weak_markers.items()}
        # words of the other register a text may say in its own without changing anything
        # else ("tes" -> "vos"), and the words after which one is no such word ("le ton")
        self._register_swap = {r: {fold(k): str(v) for k, v in t.items() if k != "not_after"}
                               for r, t in data.get("register_swap", {}).items()}
        self._swap_not_after = {r: _words(t, "not_after")
                                for r, t in data.get("register_swap", {}).items()}
        join = data.get("join", {})
        self.euphonic: dict[str, tuple[str, str]] = {
            k: (v["before"], v["use"]) for k, v in join.get("euphonic", {}).items()}

    # --- words --------------------------------------------------------------------------

    def subject_at(self, toks: Sequence[str], i: int) -> int:
        """How many words a subject has that starts at token i (0: none there)."""
        for phrase in self.subjects:
            n = len(phrase)
            if tuple(toks[i:i + n]) == phrase:
                return n
            # "i'm", "we're", "j'ai": a subject glued to its verb is a subject too
            if n == 1 and i < len(toks) and toks[i].startswith(phrase[0] + "'") \
                    and len(toks[i]) > len(phrase[0]) + 1:
                return 1
            if n == 1 and phrase[0].endswith("'") and i < len(toks) \
                    and toks[i].startswith(phrase[0]) and len(toks[i]) > len(phrase[0]):
                return 1
        return 0

    def is_finite(self, word: str) -> bool:
        if word in self.finite or word in self.auxiliaries:
            return True
        return bool(self.finite_suffix and self.finite_suffix.search(word)
                    and word not in self.not_verbs)

    def is_verb_start(self, word: str) -> bool:
        """A bare verb or an infinitive where a noun phrase was asked for."""
        if word in self.not_verbs or word in self.determiners:
            return False
        if word in self.base_verbs or word in self.lexicon_verbs:
            return True
        return bool(self.infinitive and self.infinitive.search(word))

    def is_noun_start(self, toks: Sequence[str]) -> bool:
        """A noun phrase where a verb was asked: its first word is a noun and never a verb
        ("roofers for anything structural"), or a word that may be either and no verb the
        pack lists, before a word that is only a noun ("web designers I trust")."""
        if not toks or toks[0] in self.base_verbs or toks[0] in self.lexicon_verbs:
            return False
        if toks[0] in self.lexicon_nouns:
            return True
        return len(toks) > 1 and toks[1] in self.lexicon_nouns and \
            toks[0] not in self._clause_openers and not toks[0].endswith(("ed", "ing", "ly"))

    # --- shapes ---------------------------------------------------------------------------

    def respell(self, text: str) -> str:
        """An answer with the pack's `respell` rules applied: words a profile never prints as
        typed, whose meaning is sure ("pis" -> "et" in a French list or between clauses), and the
        words typed without their accents that can be only one word (restore_accents)."""
        text = self.restore_accents(text) if isinstance(text, str) else text
        for pattern, replacement in self._respell:
            text = pattern.sub(replacement, text)
        return text

    @functools.lru_cache(maxsize=512)  # noqa: B019 (one Grammar per pack, never freed)
    def stem_forms(self, stems: tuple[str, ...]) -> tuple[str, ...]:
        """A question's stems, longest first, with each one also as the pack's respellings
        have left it in an answer that typed it again (`stem_respelled_endings`: English "I
        am a" before a vowel reads "I am an" once respelled, "… an electrician"), so that the
        stem is stripped from the respelled answer too."""
        endings = [(str(a), str(b)) for a, b in self.data.get("stem_respelled_endings", ())]
        forms = [f for s in stems for f in (s, *(
            s.rstrip(" …:")[:-len(a)] + b for a, b in endings
            if s.rstrip(" …:").casefold().endswith(a)))]
        return tuple(sorted(dict.fromkeys(forms), key=len, reverse=True))

    def restore_accents(self, text: str) -> str:
        """The words typed without their accents that can be only one word, with them
        ("equipe" -> "équipe", "perche" -> "perché"): the pack's accent index
        (lexicon/accents.txt, tools/build_lexicon.py); none without one."""
        from wizard.grammar import packwords

        return packwords.restore_accents(self.lang.code, text, self._english_after(text))

    def _english_after(self, text: str) -> frozenset[str]:
        """Words both lexicons hold that read as English after one of the pack's
        english_after `before` words, ending as its `endings` say: French "la user experience"
        (an infinitive in "-er" never follows "la"), so "experience" keeps its English
        spelling; none without the table."""
        spec = self.data.get("english_after")
        if not spec:
            return frozenset()
        before = {fold(w) for w in spec.get("before", ())}
        endings = tuple(spec.get("endings", ()))
        toks = tokens(text)
        return frozenset(t for p, t in itertools.pairwise(toks)
                         if p in before and t.endswith(endings) and len(t) > 3)

    def is_common_word(self, word: str) -> bool:
        """The word, in small letters, is one of the pack's common words (lexicon/common.txt,
        tools/build_lexicon.py), an English one, or a compound of two: a capital on a word
        that is not says a name ("Rabobank"). Every word is common for a pack without the
        list."""
        from wizard.grammar import packwords

        known = packwords.common_words(self.lang.code)
        bare = re.sub(r"^[\W_]+|[\W_]+$", "", word).lower()
        if known is None or not bare or bare in known:
            return True
        # the languages whose words profiles in this one borrow (grammar.toml
        # borrowed_lexicon: English, for "Support Engineer", "Welfare")
        for other in self.data.get("borrowed_lexicon", ()):
            borrowed = packwords.common_words(str(other))
            if borrowed is not None and bare in borrowed:
                return True
        # a compound of two common words ("Wondzorg", "Desembrood", "Voetanalyse")
        return len(bare) >= 8 and any(
            bare[:i] in known and bare[i:] in known for i in range(3, len(bare) - 3))

    def no_answer(self, text: str) -> bool:
        """The answer says there is none ("n/a", "idk", "n.v.t.", the pack's `no_answers`, the
        whole answer, however it is cased or stopped): left out like an empty one."""
        if self._no_answers is None:
            self._no_answers = frozenset(fold(str(w)).strip(_NO_ANSWER_STOPS)
                                         for w in self.data.get("no_answers", ()))
        said = fold(text).strip(_NO_ANSWER_STOPS)
        return bool(self._no_answers) and (not said or said in self._no_answers)

    def without_fillers(self, text: str) -> str:
        """An answer without the pack's filler words typed before it ("Allora, voglio …",
        "Ma voglio …"), however many; a filler glued to a word ("E-commerce") or standing
        alone stays."""
        if self._fillers is None:
            return text
        for _ in range(3):
            stripped = self._fillers.sub("", text.lstrip(), count=1)
            if stripped == text:
                break
            text = stripped
        return text

    def analyse(self, text: str, expects: str) -> Analysis:
        """The shape of an answer that should be an `expects` ("verb", "noun", "clause").

        "phrase" means it fits its stem. Clause detection starts from a subject (a pronoun or
        "my team"): with no subject words in the pack, an answer is never taken for a clause.
        """
        toks = tokens(text)
        if not toks:
            return Analysis("empty")
        if expects == "subclause":
            # "omdat …" wants the verb last; "want …" and a main clause have it second
            return Analysis("main" if self._main_order(toks) else "phrase")
        n = self.subject_at(toks, 0)
        if n and len(toks) > n:
            return self._clause(text, n, expects)
        first = toks[0]
        if len(toks) > 1 and self.is_finite(first) and self.subject_at(toks, 1):
            return Analysis("phrase" if expects == "verb_first" else "verb_first")
        if self.pro_drop and self._finite_start(toks):
            return Analysis("phrase" if expects in ("clause", "verb_first") else "verb_first")
        if first in self.fronted and self._main_clause_after(toks):
            return Analysis("phrase" if expects == "clause" else "clause")
        if expects == "noun" and self.is_verb_start(first) and not self._named_start(text):
            return Analysis("verb")
        if expects == "verb" and self.is_noun_start(toks):
            return Analysis("noun")
        if expects == "verb" and first in self.determiners and self.finite and \
                self._early_finite(toks) not in (None, 0):
            return Analysis("clause")  # "mijn masterproef ging over …": a subject of its own
        first = self.article_key(first)
        if expects == "verb" and (first in self.determiners or first[:1].isdigit()) and \
                not (self.verb_form and any(self.verb_form.search(t) for t in toks[1:])) and \
                not (self.participle_form and any(self.participle_form.search(t)
                                                  for t in toks[1:])):
            # a verb-final language puts the object first: "onze school omvormen" has a verb
            return Analysis("noun")
        if expects == "clause" and self.finite and first in self.determiners \
                and not self._finite_before_relative(toks):
            return Analysis("noun")  # "un notaio quando serve": no verb of its own
        return Analysis("phrase")

    def mend(self, text: str, shape: str) -> str:
        """An answer of `shape` with the punctuation its language needs (none here)."""
        return text

    def _clause(self, text: str, n: int, expects: str) -> Analysis:
        words = list(_WORD.finditer(text))
        return Analysis("phrase" if expects == "clause" else "clause",
                        subject=text[:words[n - 1].end()], subject_end=words[n - 1].end())

    def article_key(self, word: str) -> str:
        """An elided article glued to its noun ("l'ufficio") counts as the article."""
        if "'" in word and word[:word.index("'") + 1] in self.determiners:
            return word[:word.index("'") + 1]
        return word

    def _finite_before_relative(self, toks: Sequence[str]) -> bool:
        for t in toks[1:]:
            if t in self.relatives:
                return False
            if self.is_finite(t):
                return True
        return False

    def upright(self, text: str) -> str:
        """A verb-first clause with its subject first again ("hebben we X" -> "we hebben X")."""
        words = list(_WORD.finditer(text))
        toks = [fold(w.group(0)) for w in words]
        if len(toks) < 2 or self.subject_at(toks, 1) != 1:
            return text
        verb, subject = words[0], words[1]
        return f"{subject.group(0)} {verb.group(0)}{text[subject.end():]}"

    def _main_order(self, toks: Sequence[str]) -> bool:
        """The verb early, as in a main clause ("kinderen zijn maar één keer kind", "een goed
        team is het hart"), not last as after "omdat" ("kinderen maar één keer kind zijn",
        "scholen meer zullen moeten samenwerken met de buurt": the verbs close ranks)."""
        i = self._early_finite(toks)
        if i is None:
            return False
        follows = toks[i + 1] if i + 1 < len(toks) else ""
        if follows in self.relatives:
            return False  # "ik zag dat je …" reads as well after "omdat"
        # a last word that may be finite ("zijn", "betekent") ends a main clause too when words
        # that are no verb stand between the finite verb and it ("een restauratie moet altijd
        # terug te draaien zijn", "ik heb zelf gezien hoeveel het betekent")
        return not self.is_finite(toks[-1]) or bool(follows and i + 1 < len(toks) - 1)

    def _early_finite(self, toks: Sequence[str]) -> int | None:
        """Where a finite verb stands among the first words, not followed by another verb."""
        for i, t in enumerate(toks[:4]):
            if self.is_finite(t):
                follows = toks[i + 1] if i + 1 < len(toks) else ""
                if i and self.participle_form and self.participle_form.search(toks[i - 1]):
                    return None  # "we elkaar gesproken hebben": the verbs close ranks
                if self.verb_form and follows and self.verb_form.search(follows) \
                        and follows not in self.determiners:
                    return None
                return i
        return None

    def participle_aux(self, text: str) -> str:
        """The auxiliary a phrase's closing participle takes ("gegroeid" takes "ben")."""
        last = tokens(text)[-1:] or [""]
        return self.participles.get(last[0], self.default_aux)

    def _finite_start(self, toks: Sequence[str]) -> bool:
        """A verb with its person in it ("abbiamo", "aprirò"), maybe after a clitic ("mi")."""
        i = 1 if toks[0] in self.clitics and len(toks) > 1 else 0
        return self.is_finite(toks[i])

    def _main_clause_after(self, toks: Sequence[str]) -> bool:
        """A fronted phrase ("In my last role", "Op drie jaar tijd") then a subject and verb,
        before anything that starts a subordinate clause."""
        for i in range(1, min(len(toks) - 1, self.fronted_reach)):
            if toks[i] in self.relatives:
                return False
            if self.subject_at(toks, i) and i + 1 < len(toks):
                return True
            if self.invert_after_fronting and self.is_finite(toks[i]) \
                    and self.subject_at(toks, i + 1):
                return True
        return False

    def fronted_predicate(self, text: str) -> str:
        """A clause after a fronted phrase, without the phrase and the subject, for a
        headline: "Over the past two years I have identified …" -> "have identified …",
        "Following the 2020 flood, I led …" -> "led …". "" when no subject follows the
        phrase directly (a verb-second clause puts its verb first: "Op drie jaar hebben we")."""
        words = list(_WORD.finditer(text))
        toks = [fold(w.group(0)) for w in words]
        for i in range(1, min(len(toks) - 1, self.fronted_reach)):
            if toks[i] in self.relatives:
                return ""
            n = self.subject_at(toks, i)
            if n:
                return "" if self.is_finite(toks[i - 1]) else \
                    text[words[i + n - 1].end():].lstrip(" ,")
        return ""

    def without_subject(self, text: str, analysis: Analysis) -> str:
        """The clause without its subject: "I help teams ship" -> "help teams ship"."""
        return text[analysis.subject_end:].lstrip(" ,")

    def verb_fits_stem(self, rest: str) -> bool:
        """Whether what follows a typed subject fits after the stem's own subject and verb
        ("I will" + "help teams"): a base-form verb that is no auxiliary."""
        toks = tokens(rest)
        return bool(toks) and toks[0] not in self.auxiliaries and toks[0] in self.base_verbs

    def invert(self, text: str) -> str:
        """A clause that begins with its subject, with the verb first, as it must read after
        a fronted word in a verb-second language ("we hebben X" -> "hebben we X")."""
        if not self.invert_after_fronting:
            return text
        words = list(_WORD.finditer(text))
        toks = [fold(w.group(0)) for w in words]
        n = self.subject_at(toks, 0)
        if not n or len(words) <= n:
            return text
        verb = words[n]
        subject = text[:words[n - 1].end()]
        if subject == subject.capitalize() and subject[1:].islower() and toks[0] != "i":
            subject = subject[0].lower() + subject[1:]
        return f"{verb.group(0)} {subject}{text[verb.end():]}"

    def with_org_article(self, org: str) -> str:
        """An organisation as it follows a preposition: "Comune di Lecce" takes "il"."""
        toks = tokens(org)
        article = (self.org_articles.get(" ".join(toks[:2])) or self.org_articles.get(toks[0])
                   if toks else None)
        if not article or not org[:1].isupper():
            return org
        if toks[0] in self.org_lower:
            org = org[:1].lower() + org[1:]
        return f"{article}{org}" if article.endswith("'") else f"{article} {org}"

    def org_role_note(self, org: str, role: str) -> tuple[str, str]:
        """An organisation typed with the person's role there in brackets, one of the pack's
        org_role_notes ("Tarrant Advisory Pty Ltd (founder)"): the organisation without it,
        and the note ("founder") when the role does not already say it; else (org, "")."""
        m = re.fullmatch(r"(.*\S)\s*\(([^()]+)\)", org)
        notes = {fold(n) for n in self.data.get("org_role_notes", ())}
        if not m or fold(m.group(2)) not in notes:
            return org, ""
        note = m.group(2) if m.group(2).isupper() else m.group(2).lower()
        return m.group(1), "" if fold(note) in fold(role) else note

    def typed_labels(self, text: str) -> bool:
        """The answer was typed as a list of bare labels, which a frame puts after a colon
        (a language's grammar says which lists are; none here)."""
        return False

    def reshape(self, text: str, key: str) -> str:
        """An answer in a shape one of the pack's [[reshape]] rules for its key rewrites
        (English "nurse, formerly a paramedic" -> "nurse (formerly a paramedic)"): the first
        rule whose `pattern` matches the whole answer gives `to`, its named groups put in (a
        group named "low_…" with its first capital lowered, for one that no longer opens the
        answer: "Les projets" in "que les projets …"); as typed when none does."""
        for rule in self.data.get("reshape", ()):
            if key in rule.get("keys", ()):
                m = re.fullmatch(str(rule["pattern"]), text)
                # a group the rule's `place` names is a place: one of the pack's countries
                # (GeoNames, match.toml) or no common word ("Bari", "Mamoiada"; not
                # "Contabilità")
                # (`known_place`: the gazetteer's only, where a name could stand there too)
                if m and all(self._is_place(m.group(k) or "") for k in rule.get("place", ())) \
                        and all(self._is_place(m.group(k) or "", known=True)
                                for k in rule.get("known_place", ())):
                    text = str(rule["to"]).format_map(
                        {k: _low(v.strip()) if k.startswith("low_") and v else (v or "").strip()
                         for k, v in m.groupdict().items()})
                    break
        text = self._numbered(text)
        return self._cv_list(text) if key in self.data.get("cv_list_keys", ()) else text

    def _numbered(self, text: str) -> str:
        """An answer typed as a numbered list on one line ("1) j'ai formé … 2) les rendements
        … 3) la prime …") as one list in a sentence ("j'ai formé …, les rendements … et la
        prime …"); as typed when its numbers do not run 1, 2, 3 …"""
        parts = _NUMBERED.split(text.strip())
        if len(parts) < 5 or parts[0].strip() or \
                [int(n) for n in parts[1::2]] != list(range(1, len(parts) // 2 + 1)):
            return text
        items = [p.strip().rstrip(",;").strip() for p in parts[2::2]]
        if not all(items) or not self.numbered_items_fit(items):
            return text
        # clauses, often with their own "and": one join, never the list's "as well as"
        return ", ".join(items[:-1]) + f" {self.lang.and_word} " + items[-1]

    def numbered_items_fit(self, items: list[str]) -> bool:
        """Whether the items of a numbered list can be one list in a sentence (a language's
        grammar may say which cannot; all can here)."""
        return True

    def _is_place(self, name: str, known: bool = False) -> bool:
        """A town or city of the pack's countries (match.toml [places]), or (not `known`) a
        capitalised word the pack's lexicon does not know."""
        from wizard.core.match.packs import pack
        from wizard.core.match.places import key, places

        if not name:
            return False
        p = pack(self.lang.code)
        return key(name) in places(p.place_countries, p.place_regions) \
            or (not known and not self.is_common_word(name))

    def _cv_list(self, text: str) -> str:
        """CV lines parted by ";" or "•" ("Led …; cut …; budget under $85k", "J'ai suivi … ;
        accompagné … ; aucun redressement …") as one list of verb phrases, for an answer of the
        pack's cv_list_keys: every line opens with a verb (cv_verb_led); a last line without
        one is an aside (the pack's cv_asides: the line's first words -> what goes before it,
        else " (…)"); otherwise as typed."""
        items = [i.strip().rstrip(".").strip() for i in _CV_PARTS.split(text.strip())]
        items = [i for i in items if i]
        if len(items) < 2 or not self.cv_verb_led(items[0], True):
            return text
        aside = ""
        if not self.cv_verb_led(items[-1], False):
            last = items[-1][:1].lower() + items[-1][1:] if items[-1][1:2].islower() else items[-1]
            lead = next((str(v) for k, v in self.data.get("cv_asides", {}).items()
                         if fold(last).startswith(fold(k) + " ")), "")
            aside, items = (f"{lead}{last}" if lead else f" ({items[-1]})"), items[:-1]
        if len(items) < 2 or not all(self.cv_verb_led(i, n == 0) for n, i in enumerate(items)):
            return text
        items = [items[0]] + [i[:1].lower() + i[1:] if i[1:2].islower() else i
                              for i in items[1:]]
        if any("," in i for i in items):
            # "advise schools, churches and small businesses …; build plans …": the items'
            # own commas would blur a list of commas
            and_ = f"; {self.lang.and_word} " if len(items) > 2 else f" {self.lang.and_word} "
            joined = "; ".join(items[:-1]) + and_ + items[-1]
        else:
            joined = self.join(items)
        return joined + aside

    def cv_verb_led(self, item: str, first: bool) -> bool:
        """A CV line that opens with a verb: one of the pack's cv_verbs or a verb of its
        lexicon; `first` for the answer's first line."""
        word = fold(item.split(" ", 1)[0]).strip("\"'“”‘’(")
        return word in self.data.get("cv_verbs", ()) or word in self.lexicon_verbs

    def to_reader(self, text: str, key: str, register: str) -> str:
        """An answer that a frame says to the reader, in the text's register where a generic
        "you" in it would read as the other one (Dutch "na je 50e" after "Ik kan u helpen
        met"); as typed in most languages."""
        return text

    def after_stem(self, value: str, stem: str) -> str:
        """An answer without a word that repeats its stem's own verb (Dutch "gaan" after "ga
        ik"); as typed in most languages."""
        return value

    def org_frame(self, org: str, role: str = "") -> str:
        """The organisation answer with the words that frame it where the templates' own
        "at" would be wrong: a place ("in the West Midlands", "in Twente", "en Wallonie"), the
        person's own business ("met een eigen praktijk"), a public body ("à la Mairie de
        Lille"); "" where "at" is right, and always in a language without such rules. `role`
        is the role as shaped, for a frame that depends on it."""
        return ""

    @staticmethod
    def writer_names(name: str) -> list[str]:
        """The ways a pasted bio names its writer, longest first: the whole name and the
        first name ("Rhiannon Pritchard", "Rhiannon"); [] for no name."""
        words = name.split()
        return sorted({" ".join(words), words[0]}, key=len, reverse=True) if words else []

    def as_writer(self, values: dict[str, Any], name: str) -> dict[str, Any]:
        """The answers (key -> text or list, the names left out) of a bio pasted in the third
        person, which names the writer and says "is", "believes" ("Agnese è un'ostetrica …",
        "Ophélie souhaite …", "Hanneke heeft …"), in the first person, where the language's
        grammar is sure; as typed here (a language with the rule overrides it)."""
        return values

    def as_verb(self, text: str) -> str:
        """An activity typed with its verb's "-ing" where a noun phrase was asked, as a verb
        phrase ("finding your next chapter" -> "find your next chapter"); "" when the
        language has no such form or the answer is no such activity."""
        return ""

    def sentence_style(self, text: str) -> str:
        """A phrase typed in Title Case ("Small Business Owners") as a sentence writes it,
        for a question whose pack says title_case = "sentence"; as typed here (a language
        with the rule overrides it)."""
        return text

    def unshout_words(self, text: str) -> str:
        """A word typed in capitals for emphasis inside a sentence typed small ("make it VERY
        simple", "NEVER cutting corners") in small letters, as the pack's [shouted] table
        says: one of its `words`, or a word of `min_length` letters or more the lexicon knows
        only as a verb ("ENSURE"); none of its `acronyms` nor a kept name ("NICE", "STEM"); a
        noun in capitals may be an acronym ("the ACRES scheme") and stays."""
        spec = self.data.get("shouted")
        if not spec or not any(c.islower() for c in text):
            return text
        listed = _words(spec, "words")
        acronyms = _words(spec, "acronyms") | self.lang.keep_capital
        shortest = int(spec.get("min_length", 4))

        def lower(m: re.Match[str]) -> str:
            word = m.group(0)
            low = fold(word)
            if low in acronyms:
                return word
            if low in listed or (len(word) >= shortest and low in self.lexicon_verbs):
                return word.lower()
            return word

        return _SHOUTED.sub(lower, text)

    def in_present(self, text: str) -> bool:
        """A verb phrase that opens with a verb in the present, not the past (none here)."""
        return False

    def addresses_reader(self, text: str) -> bool:
        """The answer speaks to the reader ("your practice", "uw school")."""
        return any(t in self.reader_words for t in tokens(text))

    def speaks_as_writer(self, text: str) -> bool:
        """The answer says "I" in a word of its own (the pack's first_person pattern: "mio",
        a first-person verb after "che"); no pattern, no such word."""
        return bool(self.first_person_form and self.first_person_form.search(text))

    def sayings(self, items: Sequence[str]) -> list[str]:
        """A list's items with any typed as a saying of its own marked as one (none here)."""
        return list(items)

    def spoken_main(self, text: str) -> bool:
        """An answer typed with the stem's conjunction but in main-clause order, as people
        say it (none here)."""
        return False

    def bare_abstract(self, items: Sequence[str]) -> list[str]:
        """A list item that is an abstract noun with its article ("de eerlijkheid",
        "la curiosità") reads as a list without it; "de patiënt" keeps its article."""
        if not self.abstract_articles or not self.noun_ending:
            return list(items)
        out = []
        for item in items:
            m = self.abstract_articles.match(item.replace("’", "'"))
            rest = item[m.end():] if m else ""
            head = rest.split(" ")[0]
            out.append(rest if m and head and self.noun_ending.search(head) else item)
        return out

    def tidy_list(self, items: Sequence[str]) -> list[str]:
        """A language's own look at a list's capitals as typed, before list_case judges them
        (Italian lowers a common noun typed with a capital among small items); as they are
        here."""
        return list(items)

    def list_names(self, typed: Sequence[str], cased: list[str]) -> list[str]:
        """A language's own look at a list once list_case has lowered its capitals: a word
        that is a name only in this list's company may get its typed capital back (English:
        "Polish" among languages); as list_case left it here."""
        return cased

    def consistent_articles(self, items: Sequence[str]) -> list[str]:
        """A list whose items only partly carry an article loses them, where the pack says
        mixing reads wrong ("l'ascolto, umanità" -> "ascolto, umanità")."""
        pattern = self._list_article
        if pattern is None:
            return list(items)
        marked = [bool(pattern.match(i.replace("’", "'"))) for i in items]
        if all(marked) or not any(marked):
            return list(items)
        return [pattern.sub("", i.replace("’", "'"), count=1) if m else i
                for i, m in zip(items, marked, strict=True)]

    def lower_title(self, value: str, *, always: bool = False, role: bool = False,
                    org: str = "") -> str:
        """Title Case typed on a phrase ("Senior Product Manager", "Lo Sviluppo Prodotto")
        in small letters, word by word; acronyms, CamelCase, digits and the pack's
        keep_capital words stay. A phrase that holds an acronym or a name is left alone
        ("Power BI", "Google Analytics"). With `always` a single capitalised word is lowered
        too (a role or a value is no name); otherwise only when it begins a phrase in Title
        Case."""
        if role and "-" in value and (self._lexicon_name or self.role_ending):
            # "Chef-Owner", "Self-Employed", "Boekhouder-Fiscalist": a compound of common words
            # in Title Case is a style, no name ("Rolls-Royce" holds a word the lexicon does
            # not know; without a lexicon, its last part must end as the pack's roles do)
            value = " ".join(self._lower_common_compound(w) for w in value.split(" "))
        words = value.split(" ")
        if any(self.is_name_word(w) for w in words):
            return value
        long_words = [w for w in words if len(re.sub(r"\W", "", w)) > 3]
        # "d'Intérieur", "dell'Ufficio": the capital is on the word after the elision
        capitalised = [w for w in long_words if _ELIDED_HEAD.sub("", w)[:1].isupper()]
        if not capitalised or (not always and (len(long_words) < 2
                                               or len(capitalised) < len(long_words))):
            return value
        out, keep = [], False
        names = self.lexicon_names(words)
        for i, w in enumerate(words):
            out.append(w if keep or i in names or not self.plain_capital(w)
                       else self._lower_word(w))
            # "Oprichter en CEO van Planbaar": a name follows the preposition, and stays;
            # "Chargée de Marketing Digital" names a field there, which is lowered
            if role and fold(w) in self.org_prepositions and \
                    self._org_follows(value, fold(w), words[i + 1:], org):
                keep = True
        return " ".join(out)

    def lexicon_names(self, words: Sequence[str]) -> frozenset[int]:
        """Which capitalised words of a phrase typed in Title Case are names: a word that is
        not one of the pack's common words (is_common_word: "Klanten Van De Rabobank"), and
        the other word of two capitalised ones side by side that hold one ("Grana Padano",
        "Kinesio Taping"). Small words ("Van", "De") part them; a part of three letters of
        a word with a hyphen is a prefix ("Pre-need", "Co-founder"). None where the pack's
        grammar.toml says `names_by_common_words = false`."""
        if not self.data.get("names_by_common_words", True):
            return frozenset()
        long_caps = [len(re.sub(r"\W", "", w)) > 3 and self.plain_capital(w) for w in words]
        names = {i for i, w in enumerate(words) if self.plain_capital(w) and not all(
            self.is_common_word(p) or self._common_by_pack(p) for p in _parts(w))}
        for i in sorted(names):
            run = [i]
            while run[0] > 0 and long_caps[run[0] - 1]:
                run.insert(0, run[0] - 1)
            while run[-1] + 1 < len(words) and long_caps[run[-1] + 1]:
                run.append(run[-1] + 1)
            if len(run) == 2:
                names.update(run)
        return frozenset(names)

    def _common_by_pack(self, word: str) -> bool:
        """The pack's own word classes call it common: its lexicon, its common words, a noun's
        or an adjective's ending ("Commercialista", "Amministrativo")."""
        bare = re.sub(r"^[\W_]+|[\W_]+$", "", word)
        return fold(bare) in self.lexicon_common or self.common_noun(bare) \
            or self.adjective(bare)

    def _org_follows(self, role: str, prep: str, rest: Sequence[str], org: str) -> bool:
        """The words after a preposition in a role name an organisation: the role leads one
        ("CEO de Récolte"), or they begin the organisation answer. After one of the pack's
        field_prepositions a role names a field otherwise ("Chargée de Marketing Digital",
        "Consultante en Stratégie de Marque"); after any other it names an organisation."""
        if not rest:
            return False
        head = fold(re.sub(r"\W+$", "", org.split(" ")[0])) if org else ""
        if head and any(fold(re.sub(r"^\w+['’]|\W+$", "", w)) == head for w in rest[:2]):
            return True
        if self.leads(role) or prep not in self.field_prepositions:
            # "Head of Marketing", "Director of People & Culture" at another organisation:
            # common words the lexicon knows name a field ("CEO of Rackwise Labs" names one);
            # with no organisation answer, only one such word does ("Owner of Hope Bakery")
            return not ((org or len(rest) == 1)
                        and self.title_case_style(" ".join(rest), alone=True))
        return False

    def _lower_word(self, word: str) -> str:
        """ "Manager" -> "manager", "L'Ascolto" -> "l'ascolto"."""
        m = re.match(r"^(\w+['’])(\w)", word)
        if m:
            return m.group(1).lower() + m.group(2).lower() + word[m.end():]
        return self.lower_initial(word)

    def plain_capital(self, word: str) -> bool:
        """A word whose only capital is its first letter ("Manager", "L'Ascolto",
        "d'Équipe")."""
        m = re.match(r"^\w+['’](?=\w)", word)
        head, rest = (word[:m.end()], word[m.end():]) if m else ("", word)
        if not rest[:1].isupper() or (head and not (head[0].isupper() or head.islower())):
            return False
        letters = re.sub(r"[\W\d_]", "", self.acronym_tail(rest))
        return not letters or letters.islower()

    def is_name_word(self, word: str) -> bool:
        bare = re.sub(r"^[\W_]+|[\W_]+$", "", word)
        if not bare:
            return False
        if fold(bare) in self.lang.keep_capital or self.keeps_capital(bare):
            return True
        if re.search(r"[^\W\d_]\.[^\W\d_]", bare):
            return True  # "Node.js", "ASP.NET": a dot inside a word is a product's name
        if bare.isupper() or any(c.isdigit() for c in bare) or (
                self.acronym_plural and self.acronym_plural.fullmatch(bare)):
            return False  # an acronym stays as it is, without making the phrase a name
        part = re.split(r"['’]", bare)[-1]
        return len(part) > 1 and part[0].isupper() and any(c.isupper() for c in
                                                             self.acronym_tail(part))

    def adjective(self, word: str) -> bool:
        """The word ends the way the language's adjectives do ("Commerciale", "Sociales")."""
        return bool(self.adjective_ending and self.adjective_ending.search(word))

    @functools.cached_property
    def lexicon_common(self) -> AbstractSet[str]:
        """The lexicon's common words (nouns and adjectives), read when a list first asks."""
        return _lexicon(self._lexicon_name, "common")

    def title_case_style(self, item: str, *, alone: bool = False) -> bool:
        """Every word of a list item in Title Case is a common word the pack's lexicon knows
        ("Patient Safety", "Change Management"): the capitals are a style and may go. An
        acronym, a digit or a word it does not know ("Epic and Cerner", "Power BI",
        "Cuillin Ridge") says a name; with no lexicon nothing is a style. One word is a
        style only when `alone` says a single word may be one ("Marketing" after "Head of")."""
        words = [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in item.split(" ")]
        words = [w for w in words if w and fold(w) != fold(self.lang.and_word)]
        if len(words) < (1 if alone else 2) or not self._lexicon_name:
            return False
        return all(w.isalpha() and self.plain_capital(w)
                   and (fold(w) in self.lexicon_common or fold(w) in self.common_words)
                   and fold(w) not in self.lang.keep_capital for w in words)

    def common_title_phrase(self, item: str) -> bool:
        """A list item of two capitalised words, a noun that does not end like an adjective
        and an adjective that does ("Terapia Manuale", "Cucina Siciliana", "Regime
        Forfettario"), when the pack says such a pair is a common phrase: its capitals are a
        style. A name or a kept word in it ("Grana Padano": both end like adjectives;
        "Chianti" kept) leaves it as typed."""
        words = item.split(" ")
        if not self.noun_adjective_is_common or len(words) != 2 or not self.adjective_ending:
            return False
        head, tail = words
        return all(w.isalpha() and len(w) > 3 and self.plain_capital(w)
                   and fold(w) not in self.lang.keep_capital for w in words) \
            and not self.adjective_ending.search(head) \
            and bool(self.adjective_ending.search(tail))

    def _lower_common_compound(self, word: str) -> str:
        parts = word.split("-")
        if len(parts) < 2 or not all(
                p[:1].isupper() and p[1:].islower() and fold(p) not in self.lang.keep_capital
                and (not self._lexicon_name or fold(p) in self.lexicon_common
                     or self.common_part(fold(p)))
                for p in parts):
            return word
        if not self._lexicon_name and not (self.role_ending and self.role_ending.search(parts[-1])
                                           and all(len(p) > 3 for p in parts)):
            return word
        return "-".join(p.lower() for p in parts)

    def common_part(self, part: str) -> bool:
        """A part of a compound that is a common word though the lexicon lists no noun or
        adjective of it: the pack's compound_prefixes ("co", "self", "vice")."""
        return part in self.compound_prefixes

    def common_noun(self, word: str) -> bool:
        """The word ends the way the language's common nouns do ("-ing", "-heid", "-zione"):
        a capital on it inside a list is a typing habit, not a name."""
        if fold(word) in self.common_words:
            return True
        return bool(self.noun_ending and self.noun_ending.search(word))

    def owns(self, role: str, org: str) -> bool:
        """The person runs the organisation without a leader's title: the role says so
        ("self-employed", "zelfstandig", "libero professionista")."""
        return bool(org) and not self.leads(role) and self.role_is(role, "self_employed")

    def named_after(self, org: str, name: str) -> bool:
        """The organisation bears the person's surname ("Bakkerij Van den Broek", "Cantina
        Ferrero & Figli"): theirs or their family's, so "at" would make them staff; whether
        they own it the answers do not say."""
        surname = [w for w in tokens(name)[1:] if len(w) > 2]
        if bool(org and surname) and surname[-1] in tokens(org):
            return True
        # or the person's initials ("TH Electrical" of Tariq Hussain)
        initials = "".join(w[0] for w in tokens(name))
        return len(initials) > 1 and tokens(org)[:1] == [initials]

    def without_own_mark(self, org: str) -> tuple[str, bool]:
        """The organisation without a note that it is the person's own ("Bosman Makelaardij
        (eigen bedrijf)"), and whether there was one."""
        owner = frozenset(fold(w) for w in self.data.get("own_possessives", ()))
        for m in re.finditer(r"\s*[(\[][^)\]]*[)\]]|\s*[,–-]\s*[^,]*$", org):
            # or a note that begins "my …" ("Ty Bara, ma boulangerie à Morlaix")
            note = m.group(0)
            if tokens(note)[:1] == [fold(self.lang.and_word)]:
                # "NHS Highland (and my own wee clinic on Saturdays)": a second job beside the
                # employer, whose own it is not
                continue
            if self.role_is(note, "own_business") or bool(set(tokens(note)[:2]) & owner):
                return (org[:m.start()] + org[m.end():]).strip(), True
        return org, False

    def says_number(self, text: str) -> bool:
        """A number written out in words ("three", "gehalveerd", "il doppio")."""
        # "vingt-deux", "dix-huit": a number joined by hyphens is one word of the text
        return self.role_is(text, "number_words") or (
            "-" in text and self.role_is(text.replace("-", " "), "number_words"))

    def phrases(self, key: str) -> tuple[tuple[str, ...], ...]:
        """The pack's phrases under `key`, as folded words (read once per key)."""
        phrases = self._phrase_lists.get(key)
        if phrases is None:
            phrases = self._phrase_lists[key] = _phrases(self.data, key)
        return phrases

    def role_is(self, role: str, key: str) -> bool:
        """The role holds one of the pack's phrases under `key` ("unique_roles": a title an
        organisation has only one of, which takes "the")."""
        toks = tokens(role)
        return any(tuple(toks[i:i + len(p)]) == p for p in self.phrases(key)
                   for i in range(len(toks)))

    def opens_with(self, text: str, key: str) -> bool:
        """`text` begins with one of the pack's phrases under `key`."""
        toks = tokens(text)
        return any(tuple(toks[:len(p)]) == p for p in self.phrases(key))

    def leads(self, role: str) -> bool:
        """The role leads or owns an organisation ("founder", "oprichter en CEO")."""
        return self.role_is(role, "leader_roles")

    # --- register -------------------------------------------------------------------------

    def in_register(self, text: str, register: str) -> str:
        """`text` said in `register` when its only words of the other one are those the pack
        can swap alone ("Former tes équipes" -> "Former vos équipes" in a "vous" text); as
        typed otherwise ("tu as une offre" needs its verb changed too: the check says so)."""
        table = self._register_swap.get(register)
        if not table or not text or not isinstance(text, str):
            return text
        found = self.registers_in(text)
        others = [r for r in found if r != register]
        if not others:
            return text
        markers = self.markers[others[0]] | self.weak_markers.get(others[0], frozenset())
        not_after = self._swap_not_after.get(register, frozenset())
        words = list(_WORD.finditer(text))
        swaps: list[tuple[int, int, str]] = []
        for i, m in enumerate(words):
            w = fold(m.group(0))
            if w not in markers:
                continue
            if w not in table or (i and fold(words[i - 1].group(0)) in not_after):
                return text  # a word that needs more than a swap: the person rewords it
            new = table[w]
            swaps.append((m.start(), m.end(), new[0].upper() + new[1:]
                          if m.group(0)[:1].isupper() else new))
        for start, end, new in reversed(swaps):
            text = text[:start] + new + text[end:]
        return text

    def registers_in(self, text: str, *, weak: bool = False) -> dict[str, str]:
        """The registers whose words `text` uses, each with the first such word found ("uw"
        is formal, "jouw" informal); `weak` adds words that only hint ("je" in "waarin je
        leert")."""
        key = (text, weak)
        if key not in self._registers_memo:
            if len(self._registers_memo) > 4096:
                self._registers_memo.clear()
            self._registers_memo[key] = self._registers_in(text, weak)
        return dict(self._registers_memo[key])

    def _registers_in(self, text: str, weak: bool) -> dict[str, str]:
        raw = [m.group(0).replace("’", "'") for m in _WORD.finditer(text)]
        folded = {fold(w) for w in raw}
        found: dict[str, str] = {}
        for register in self.markers:
            for w in (self._sorted_markers[register] + (
                    self._sorted_weak.get(register, ()) if weak else ())):
                # most markers are absent: a set lookup first spares a scan of every word
                hit = _marker_in(raw, w) if fold(w.split()[0]) in folded else ""
                if hit:
                    found[register] = hit
                    break
        return found

    # --- case -----------------------------------------------------------------------------

    def starter_key(self, word: str) -> str:
        """The word as lowercase_starters lists it; "L'azienda" is looked up as "l'"."""
        key = fold(word)
        if "'" in key and key[:key.index("'") + 1] in self.lang.lowercase_starters:
            return key[:key.index("'") + 1]
        return key

    def lone_letter(self, word: str) -> bool:
        """A capital letter alone names something ("R and mixed-effects models", "C"), unless
        it is one of the language's small words typed first ("A", "E", "U")."""
        if len(word) != 1 or not word.isupper():
            return False
        small = fold(word)
        return small not in self.lang.lowercase_starters \
            and small not in (fold(self.lang.and_word), fold(self.lang.or_word))

    def _named_start(self, text: str) -> bool:
        """The answer opens with a capitalised name the pack keeps ("Excel dashboards" is a
        product, not the verb "excel")."""
        word = _FIRST_WORD.match(text.lstrip())
        return word is not None and word.group(0)[:1].isupper() \
            and fold(word.group(0)) in self.lang.keep_capital

    def keeps_capital(self, word: str) -> bool:
        """A compound that starts with a name keeps its capital ("Python-expert"), and so do
        the pack's proper adjectives ("Utrechtse")."""
        head = re.split(r"[-'’]", word, maxsplit=1)[0].casefold()
        if head != word.casefold() and head in self.lang.keep_capital:
            return True
        return bool(self.proper_adjective and self.proper_adjective.match(word))

    def acronym_tail(self, word: str) -> str:
        """The letters after the first capital: a capital digraph ("IJ") is one letter."""
        for d in self.digraphs:
            if word.startswith(d.upper()):
                return word[len(d):]
        return word[1:]

    def lower_initial(self, value: str) -> str:
        for d in self.digraphs:
            if value.startswith(d.upper()):
                return d + value[len(d):]
        return value[0].lower() + value[1:]

    def lower_first(self, value: str, *, always: bool = False) -> str:
        """Lower a capital the user typed only because the answer began their input.

        Lowered: a word we know is common ("The", "Build"), the first word of a verb phrase
        (`always`), or a capitalised word followed by a lower-case one ("Product teams in
        fintech"). Kept: acronyms, CamelCase, a lone word we do not know ("Python"), the
        pack's keep_capital words, and Title Case ("Data Engineer"), a chosen style.
        """
        match = _FIRST_WORD.match(value)
        if not match or not value[0].isupper():
            return value
        word = match.group(0)
        tail = self.acronym_tail(word)
        if len(word) > 1 and not tail.replace("'", "").replace("’", "").replace("-", "").islower():
            return value  # an acronym or a CamelCase name
        starter = self.starter_key(word) in self.lang.lowercase_starters
        if self.lone_letter(word):
            return value
        if (fold(word).split("'")[0] in self.keep_pronoun or fold(word) in self.lang.keep_capital
                or (not starter and self.keeps_capital(word))):
            return value
        rest = value[match.end():]
        sentence_case = re.match(r"[,;:]?\s+[^\W\d_]", rest) is not None and \
            rest.lstrip(",;: ")[:1].islower()
        long_words = [w for w in re.findall(r"[^\W\d_]+", value) if len(w) > 3]
        if not always and len(long_words) > 1 and all(w[0].isupper() for w in long_words):
            return value
        # "Rosa Esposito, 52 anni, …": a first name and a surname the lexicon does not know,
        # then a comma, name a person, even where the first is a common word ("rosa")
        pair = _NAME_PAIR.match(rest)
        if not starter and pair and not self.is_common_word(pair.group(1)):
            return value
        if always or starter or sentence_case:
            return self.lower_initial(value)
        return value

    @property
    def keep_pronoun(self) -> frozenset[str]:
        """Words that are always capitalised ("I")."""
        return _words(self.data, "always_capital")

    def cap(self, value: str) -> str:
        """Sentence case: capitalise the first letter only."""
        if self.name_clitics and (m := self.name_clitics.match(value)):
            # Dutch spelling: "'s Avonds", "'t Gooi": the apostrophe word stays small
            return m.group(1) + self.cap(value[m.end(1):])
        for i, ch in enumerate(value):
            if ch.isalpha():
                for d in self.digraphs:
                    if value[i:i + len(d)].casefold() == d and value[i + 1:i + len(d)].islower():
                        return value[:i] + d.upper() + value[i + len(d):]
                return value[:i] + ch.upper() + value[i + 1:]
            if ch.isdigit() or ch in "'’":
                return value
        return value

    # --- lists and articles ---------------------------------------------------------------

    def article(self, noun: str) -> str:
        """The indefinite article a role takes in "I am …" (none in most languages)."""
        return noun

    def join(self, items: Iterable[str], conjunction: str | None = None, prep: str = "") -> str:
        """A natural list: "a, b and c". When an item holds the conjunction itself
        ("paghe e contributi"), a comma before the last one keeps the items apart. With a
        preposition, the first item and every item with an article of its own take it (the
        pack's contractions then fuse "di il" into "del")."""
        words = [i for i in items if i]
        if prep:
            words = [f"{prep} {w}" if i == 0 or (tokens(w)[:1] and tokens(w)[0] in self.determiners)
                     else w for i, w in enumerate(words)]
        word = conjunction or self.lang.and_word
        if len(words) <= 1:
            return "".join(words)
        if word in self.euphonic:
            before, use = self.euphonic[word]
            if words[-1][:1].casefold() in before:
                word = use
        conjunctions = {self.lang.and_word, word}
        inner = any(c in tokens(w) for w in words for c in conjunctions)
        if inner and len(words) > 2 and self.data.get("inner_conjunction") == "semicolon":
            # "diritto del lavoro; GDPR e privacy; licenziamenti e smart working"
            return f"{'; '.join(words[:-1])} {word} {words[-1]}" if not any(
                c in tokens(words[-1]) for c in conjunctions) else "; ".join(words)
        if inner and self.data.get("inner_conjunction") == "adjacent":
            # "Franse en Italiaanse wijnen, kelderbeheer en WSET": only an item next to the
            # last conjunction can run into it ("MATLAB en Python, en statistiek")
            inner = any(c in tokens(w) for w in words[-2:] for c in conjunctions)
        comma = "," if inner and len(words) > 2 else ""
        return f"{', '.join(words[:-1])}{comma} {word} {words[-1]}"

    # --- where a template meets an answer -------------------------------------------------

    def tidy_line(self, line: str) -> str:
        """The pack's rules where a template meets an answer, in order: its [[tidy]] rewrites
        (a preposition typed twice, euphony), contractions ("di il" -> "del"), elision
        ("della azienda" -> "dell'azienda"), then its [[typography]] rewrites. The variants
        of one profile share most of their lines: each is tidied once."""
        done = self._tidy_memo.get(line)
        if done is None:
            if len(self._tidy_memo) > 4096:
                self._tidy_memo.clear()
            done = self._tidy_memo[line] = self._tidy_line(line)
        return done

    def _tidy_line(self, line: str) -> str:
        for pattern, replacement in self._tidy_rules:
            line = pattern.sub(replacement, line)
        if self._contraction:
            line = self._contraction.sub(self._contract, line)
        if self._elision:
            line = self._elision.sub(lambda m: m.group(1)[:-1] + "'", line)
        for pattern, replacement in self._typography:
            line = pattern.sub(replacement, line)
        return _SENTENCE_START.sub(self._sentence_start, line)

    def _sentence_start(self, match: re.Match[str]) -> str:
        """A sentence the person began small inside an answer ("… werk! ik ben flexibel")
        begins with a capital; not after an abbreviation ("bijv. een", "e.g. a") nor on a
        word with a capital inside ("iPhone")."""
        before, word = match.group(1), match.group(3)
        if not word[0].islower() or "." in before[:-1] \
                or fold(before[:-1]) in self.abbreviations or any(c.isupper() for c in word):
            return match.group(0)
        return match.group(0)[:-len(word)] + self.cap(word)

    def _contract(self, match: re.Match[str]) -> str:
        found = match.group(0)
        fused = self._contractions[fold(re.sub(r"\s+", " ", found))]
        return fused[0].upper() + fused[1:] if found[0].isupper() else fused


# A word ending a sentence ("werk!", "Sneekermeer.") and a small word after it: the word
# before the mark (group 1, mark included), the space, the small word (group 3).
_SENTENCE_START = lazy(r"(?<!\S)(\w[\w.’'-]*[.!?])(\s+)([^\W\d_][\w’'-]*)")


# A word in capitals standing alone ("VERY", not "UX-ONDERZOEKER" nor "COVID-19").
_SHOUTED = lazy(r"(?<![^\s(\"“‘])[A-Z]{2,}(?=$|[\s.,;:!?)\"”’])")


def _low(word: str) -> str:
    """ "Les projets" -> "les projets"; "IT" and "Lyon" stay ("IT", "Lyon" have no small
    letter after a capital, or are one word: a name)."""
    return word[:1].lower() + word[1:] if word[1:2].islower() and " " in word else word


_NAME_PAIR = lazy(r"\s+([A-ZÀ-Ý][^\W\d_'’]+),")
_NUMBERED = lazy(r"(?:^|(?<=\s))\(?(\d{1,2})[).]\s+")
_CV_PARTS = lazy(r"\s*(?:;(?:\s*and\b)?|•)\s*")


def _parts(word: str) -> list[str]:
    """The parts of a word a lexicon knows: after an elided article, between hyphens (a part
    of three letters or fewer there is a prefix: "Pre-need"), of two letters or more."""
    parts = re.split(r"[-'’]", _ELIDED_HEAD.sub("", word))
    least = 4 if len(parts) > 1 else 2
    return [p for p in parts if len(re.sub(r"\W", "", p)) >= least]


def _marker_in(words: Sequence[str], marker: str) -> str:
    """A register word as it must be written ("Lei" marks the formal, "lei" (she) does not),
    as the answer has it; "" when absent. A marker of several words ("La ringrazio": "La"
    alone is mostly the article) is found as those words in a row, its capital as written,
    wherever it stands: the words together say the register even where a sentence begins."""
    if " " in marker:
        parts = marker.split()
        for i in range(len(words) - len(parts) + 1):
            run = words[i:i + len(parts)]
            head = run[0] == parts[0] or (not parts[0][:1].isupper() and fold(run[0]) == parts[0])
            if head and all(fold(a) == fold(b) for a, b in zip(run[1:], parts[1:], strict=True)):
                return " ".join(run)
        return ""
    if marker[:1].isupper():
        # mid-sentence only: a capital that begins the answer says nothing
        return next((w for w in words[1:] if w == marker), "")
    return next((w for w in words if fold(w) == marker), "")


def _article_pattern(articles: Sequence[str]) -> re.Pattern[str] | None:
    """Any of `articles` at the start of a text, followed by its word."""
    if not articles:
        return None
    return re.compile(r"^(?:" + "|".join(
        re.escape(a) + (r"(?=\w)" if a.endswith("'") else r"\s+")
        for a in sorted(articles, key=len, reverse=True)) + ")", re.IGNORECASE)


def _lexicon(source: str, kind: str) -> AbstractSet[str]:
    """The words of class `kind` in the lexicon a pack names; none when it names none."""
    if not source:
        return frozenset()
    from wizard.grammar import lexicon

    found: AbstractSet[str] = getattr(lexicon, kind)(source)
    return found


def _regex(pattern: object) -> re.Pattern[str] | None:
    return lazy(str(pattern)) if pattern else None


def _rules(data: Mapping[str, Any], key: str) -> list[tuple[re.Pattern[str], str]]:
    """The pack's rewrite rules in order: tables of `pattern` and `replace`."""
    return [(lazy(r["pattern"]), r["replace"]) for r in data.get(key, ())]


def _contraction_pattern(table: Mapping[str, str]) -> re.Pattern[str] | None:
    """One pattern for every "preposition article" pair of the pack. Only a lower-case
    article standing as a word of its own fuses ("di La Spezia" stays); an elided article
    ("l'") is glued to the next word."""
    if not table:
        return None
    alternatives = []
    for key in sorted(table, key=len, reverse=True):
        prep, _, article = key.partition(" ")
        head = f"(?i:{re.escape(prep[0])}){re.escape(prep[1:])}"
        tail = re.escape(article).replace("'", "['’]")
        follow = r"(?=[^\W\d_])" if article.endswith("'") else r"(?=\s)"
        alternatives.append(f"{head}\\s+{tail}{follow}")
    return re.compile(r"(?<![\w'’])(?:" + "|".join(alternatives) + ")")


def _elision_pattern(spec: Mapping[str, Any]) -> re.Pattern[str] | None:
    """Words that lose their last vowel before a vowel: `words`, and `before`, a pattern
    for how the next word must begin."""
    words = spec.get("words", ())
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # an acronym is no word to elide: "C/CE ainsi que" (a driving licence), "DI ALTA"
    return re.compile(rf"(?<![\w'’])(?![A-ZÀ-Ý]{{2}})((?i:{alternatives})) (?={spec['before']})")


GRAMMAR = Grammar
