"""Provides Italian's rules that need code: a result typed as a bare participle ("ridotto gli
scarti del 15%") gets its auxiliary ("ho"); a noun-phrase answer that is a clause of its own
("la gente pensa che …") is told from a noun phrase; Title Case inside brackets is lowered
like the rest of a role ("(Ufficiale Giudiziario)"); a common word typed with a capital
further on in an answer ("Avvocati, Colleghi e cittadini") is lowered like the first one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from wizard.core.languages import Language
from wizard.core.lazyre import lazy
from wizard.grammar.base import _ELIDED_HEAD, Analysis, Grammar, fold, tokens

_MIXED_ACRONYM = lazy(r"^(?=\w{3,4}$)[A-Z][a-z]?[A-Z][A-Za-z]?$")
_BRACKETED = lazy(r"\(([^()]+)\)")
# "Privacy/GDPR", "Fisco/IVA": a capitalised word before (or after) a slash and an acronym
_SLASHED = lazy(r"(?<![\w'’])([A-ZÀ-Ý][a-zà-ÿ]{2,})(/[A-Z0-9]{2,})(?![\w'’])")
# "Go-to-market", "End-to-end", "Peer-to-peer": three parts or more, the inner ones small
_PHRASE_COMPOUND = lazy(r"^[A-Z]?[a-z]+(?:-[a-z]{1,3})+-[a-z]{2,}$")
# An elided article before an acronym ("Un'HR", "L'IT"): the article began the answer.
_ELIDED_ACRONYM = lazy(r"^(?:Un|L|Dell|All|Nell|Sull|Dall)['’](?=[A-Z]{2,}\b)")
# A capitalised word right after a list's comma or "e" / "o" inside an answer.
_LISTED = lazy(r"(?<=, |\be |\bo )([^\W\d_][\w'’]*)")
# The Lei in words the pack's markers cannot list alone: the courtesy capital on a pronoun
# before a verb in the first person, mid-sentence ("per questo Le chiedo", "e Le dedico";
# "Le Marche" is a name), and the imperative of the Lei ("Mi contatti", "Mi chiami" opening
# a sentence, where the tu says "contattami"; "mi scriva", "non esiti" anywhere).
_COURTESY = lazy(r"(?<=[a-zàèéìòù,] )(?:La|Le) (?=[a-zàèéìòù]{2,}o\b)")
_LEI_IMPERATIVE = lazy(
    r"(?:^|(?<=[.!?] ))(?:Mi|Ci) (contatti|chiami|telefoni|scriva)\b"
    r"|(?<![\w'’])(?:mi|ci) (scriva|telefoni)\b|(?<![\w'’])[Nn]on (esiti)\b"
    r"|(?<![\w'’])[Ss]i (rivolga)\b")

# A list typed as lines after a colon, each after a dash or a bullet ("in particolare:\n-
# Microsoft 365\n- networking", which the answers file may have joined on one line).
_BULLETS = re.compile(r"(?P<colon>:)\s*[-–—•*▪]\s+(?P<items>.+?\s[-–—•*▪]\s.+)$", re.DOTALL)
_BULLET_SPLIT = re.compile(r"\s+[-–—•*▪]\s+")
# Inside a list item, its own items: after a semicolon, or a slash with spaces around it
_ITEM_SPLIT = re.compile(r"\s*;\s+|\s+/\s+")
# A one-letter word in capitals before a word in capitals ("A CHI", "E POI")
_SHOUTED_LETTER = lazy(r"(?<![\w'’])([AEIO])( )(?=([A-ZÀ-Ý]{2,})(?![\w'’]))")
# A bullet inside a line ("… Cagliari • coordinato …"), not a dash, which may be a range
_INLINE_BULLET = re.compile(r"(?:^|\s+)[•▪●]\s+")
# Where a clause begins: a plain imperative of the voi ("Passate", "e chiamate") is one only there.
_CLAUSE_START = r"(?:^|(?<=[.!?,;:(]\s)|(?<=\be\s)|(?<=\bo\s)|(?<=\bnon\s)|(?<=\bpure\s))"
# "siete" and the word that says what the readers are, an adverb or two between.
_SIETE = re.compile(r"(?<![\w'’])(?P<siete>[Ss]iete)(?P<rest>(?:\s+(?:già|ancora|davvero|"
                    r"proprio|anche|sempre|molto|tutti))*\s+)(?P<word>[^\W\d_][\w'’]*)"
                    r"(?:(?P<also>\s+(?:o|e|oppure)\s+)(?P<other>[^\W\d_][\w'’]*))?")
# An infinitive with "vi" on it ("conoscervi", "aiutarvi").
_INFINITIVE_VI = re.compile(r"(?<![\w'’])([^\W\d_]{2,}[aei]r)vi(?![\w'’])")
# "vi" before a verb ("vi aiuto", "Vi offriamo", "se vi serve").
_VI_VERB = re.compile(r"(?<![\w'’])([Vv]i) ([^\W\d_]{2,})(?![\w'’])")


class Italian(Grammar):
    """Italian: auxiliaries for bare participles, clauses among noun phrases, capitals."""

    def __init__(self, lang: Language, data: Any) -> None:
        super().__init__(lang, data)
        aux = data.get("opening_participle", {})
        self.opening_aux = str(aux.get("aux", ""))
        self.opening_form = re.compile(str(aux["form"])) if aux.get("form") else None
        self.opening_irregular = frozenset(fold(w) for w in aux.get("irregular", ()))
        self.opening_not = frozenset(fold(w) for w in aux.get("not", ()))
        self.opening_next = frozenset(fold(w) for w in aux.get("next", ()))
        self.prepositions = frozenset(fold(w) for w in data.get("prepositions", ()))
        self.leader_words = frozenset(fold(w) for w in data.get("leader_roles", ()) if " " not in w)
        self.article_nouns = frozenset(fold(w) for w in data.get("article_nouns", ()))
        self._articled = frozenset(fold(w) for w in data.get("contractions", {}).values())
        self.indefinite_subjects = frozenset(fold(w) for w in data.get("indefinite_subjects", ()))
        self._voi = re.compile(str(data["voi"])) if data.get("voi") else None
        # a plain imperative ("passate", "chiamate") only where a clause begins: "le chiamate
        # dei clienti", "le pratiche passate" are nouns and participles
        starts = frozenset(fold(w) for w in data.get("voi_imperatives", ()))
        self._voi_swap = {r: ({fold(k): str(v) for k, v in t.items()}, re.compile(
            r"(?<![\w'’])(?:" + "|".join(
                (_CLAUSE_START + re.escape(k)) if fold(k) in starts else re.escape(k)
                for k in sorted(t, key=len, reverse=True))
            + r")(?![\w'’])", re.IGNORECASE)) for r, t in data.get("voi_swap", {}).items()}
        agree = data.get("voi_agree", {})
        self._voi_words = {fold(k): str(v) for k, v in agree.get("words", {}).items()}
        self._voi_endings = sorted(((str(k), str(v)) for k, v in agree.get("endings", {}).items()),
                                   key=lambda kv: -len(kv[0]))
        self._voi_plain = frozenset(fold(w) for w in agree.get("plain", ()))
        self._voi_be = {str(k): str(v) for k, v in agree.get("be", {}).items()}
        clitic = data.get("voi_clitic", {})
        self._voi_clitic = {case: tuple(fold(w) for w in clitic.get(case, ()))
                            for case in ("accusative", "dative")}
        self._voi_pronoun = {r: {str(k): str(v) for k, v in t.items()}
                             for r, t in clitic.get("pronoun", {}).items()}

    def respell(self, text: str) -> str:
        """Also a list typed as lines with a dash ("in particolare:\n- Microsoft 365\n-
        networking"): said as a list in the sentence ("in particolare: Microsoft 365 e
        networking")."""
        text = _BULLETS.sub(self._bullets, super().respell(text))
        return self._inline_bullets(text) if isinstance(text, str) else text

    def _inline_bullets(self, text: str) -> str:
        """CV bullets typed on one line ("• 30 anni in Polizia • coordinato la sicurezza di
        eventi • formato 300 addetti"): the items of one sentence, after semicolons, each
        bare participle with its "ho" ("ho coordinato", "ho formato")."""
        items = [i.strip(" \t\n;,.") for i in _INLINE_BULLET.split(text)]
        items = [i for i in items if i]
        if len(_INLINE_BULLET.findall(text)) < 2 or len(items) < 2:
            return text
        items = [(aux + " " + i) if (aux := self.participle_aux(i)) else i for i in items]
        return "; ".join(items)

    def _bullets(self, m: re.Match[str]) -> str:
        items = [re.sub(r"[\s.;,]+$", "", i) for i in _BULLET_SPLIT.split(m.group("items"))]
        items = [i for i in items if i]
        if len(items) < 2:
            return m.group(0)
        return m.group("colon") + " " + self.join(items)

    def participle_aux(self, text: str) -> str:
        """ "ho" for a result typed without it: "ridotto gli scarti del 15%" after "Per
        esempio," is "ho ridotto …". Only a participle followed by an article, a number or a
        quantity ("aperto tre negozi", "gestito oltre 300 pratiche"), in an answer with no
        auxiliary of its own: "Dato il successo, abbiamo …" keeps its words."""
        toks = tokens(text)
        if len(toks) < 2 or not self.opening_aux:
            return ""
        first, follows = toks[0], self.article_key(toks[1])
        participle = first in self.opening_irregular or bool(
            self.opening_form and self.opening_form.search(first))
        if not participle or first in self.opening_not or first in self.not_verbs:
            return ""
        if not (follows in self.determiners or follows in self.opening_next
                or follows[:1].isdigit()):
            return ""
        if any(t in self.auxiliaries for t in toks[1:]):
            return ""
        return self.opening_aux

    def analyse(self, text: str, expects: str) -> Analysis:
        """Also a clause where a noun phrase was asked: an article, a noun and a verb of
        their own ("la gente pensa che …", "i clienti aspettano mesi"), with no "che" or
        "chi" before the verb ("l'idea che … sia" is a noun phrase)."""
        found = super().analyse(text, expects)
        toks = tokens(text)
        if expects == "noun" and (toks[:1] in (["c'è"], ["c’è"]) or toks[:2] == ["ci", "sono"]):
            return Analysis("clause")  # "c'è più trasparenza" after "Mi batto per"
        if expects == "clause" and found.shape == "phrase":
            return self._noun_for_clause(text, found)
        if expects != "noun" or found.shape != "phrase":
            return found
        toks = tokens(text)
        if len(toks) > 2 and self.article_key(toks[0]) in self.determiners \
                and self._own_verb(toks):
            return Analysis("clause")
        if len(toks) > 1 and toks[0] in self.indefinite_subjects and self._verb_after(toks):
            return Analysis("clause")  # "nessuno deve …" after "Mi batto per"
        if len(toks) > 1 and toks[0] in ("a", "ad") and self.is_verb_start(toks[1]):
            return Analysis("verb")  # "a scegliere il regalo" after "Posso aiutarti con"
        return found

    def _verb_after(self, toks: Sequence[str]) -> bool:
        """A verb of its own right after a pronoun subject, a clitic or two between ("nessuno
        deve", "nessuno si sente"), before any "che"."""
        for t in toks[1:4]:
            if t in self.relatives:
                return False
            if t in self.clitics:
                continue
            return t in self.auxiliaries or self.is_finite(t)
        return False

    def mend(self, text: str, shape: str) -> str:
        """An infinitive typed with the "a" the frame says itself ("a scegliere"): without."""
        if shape == "verb":
            return re.sub(r"^(?:a|ad)\s+(?=[^\W\d_])", "", text, flags=re.IGNORECASE)
        return text

    def _noun_for_clause(self, text: str, found: Analysis) -> Analysis:
        """A noun phrase where a clause was asked ("il consulente del lavoro" after "Dove
        finisce il mio lavoro,"): an article first and no verb of its own; a word that looks
        like a verb right after a preposition or an article is the noun it also is ("del
        lavoro", "il porto"). "la passo al commercialista" keeps its verb: "la" before it is
        a pronoun, not an article."""
        toks = tokens(text)
        if len(toks) > 2 and self.common_noun(toks[0]) and not any(
                t in self.auxiliaries or self.is_finite(t) for t in toks):
            return Analysis("noun")  # "tesi sul cash flow di una PMI, 110 e lode": no verb
        if len(toks) < 2 or self.article_key(toks[0]) not in self.determiners \
                or self.subject_at(toks, 0):
            return found
        for i, t in enumerate(toks[1:], 1):
            if t in self.relatives:
                break
            before = toks[i - 1]
            if not (t in self.auxiliaries or self.is_finite(t)):
                continue
            if before in self.prepositions or (before in self.determiners
                                               and before not in self.clitics):
                continue
            return found
        return Analysis("noun")

    def _own_verb(self, toks: Sequence[str]) -> bool:
        """A verb of the answer's own subject, the second or third word after the article:
        not right after a preposition ("il diritto del lavoro"), and not a first-person form,
        which is the noun it looks like ("lavoro", "aiuto", "porto")."""
        for i in (1, 2, 3):
            if i >= len(toks) or toks[i] in self.relatives:
                return False
            t, before = toks[i], toks[i - 1]
            if i == 1 or before in self.determiners or before in self.prepositions:
                continue
            if t in self.auxiliaries or (self.is_finite(t) and (
                    not t.endswith("o") or t.endswith(("ano", "ono", "nno")))):
                return True
        return False

    def join(self, items: Iterable[str], conjunction: str | None = None, prep: str = "") -> str:
        """When an item holds "e" itself, the list's own "e" must not run into it. One such
        item goes last, where that "e" is its own: "rispetto, precisione e puntualità" (not
        "precisione e puntualità e rispetto"). Two of them are kept apart by a comma
        ("bilanci e dichiarazioni, contabilità e paghe"); in a longer list every item by a
        semicolon, the last one too: "apicoltura biologica; contabilità e controllo di
        gestione; bandi PSR e GAL"."""
        words = [i for i in items if i]
        word = conjunction or self.lang.and_word
        # "Superbonus ed Ecobonus" holds "e" too, in its form before a vowel
        ands = {word, *(str(r.get("use", "")) for w, r in
                        self.data.get("join", {}).get("euphonic", {}).items() if w == word)}
        # "inclusione (BES e DSA)": an "e" inside brackets is no item's own
        inner = [bool(ands & set(tokens(_BRACKETED.sub("", w)))) for w in words]
        if len(words) > 1 and word == self.lang.and_word and any(inner) \
                and self.data.get("inner_conjunction") == "semicolon":
            if sum(inner) == 1:
                own = inner.index(True)
                return ", ".join(self._with_prep(
                    [w for i, w in enumerate(words) if i != own] + [words[own]], prep))
            return ("; " if len(words) > 2 else ", ").join(self._with_prep(words, prep))
        if len(words) > 2 and word == self.lang.and_word and not any(inner):
            # only a bracket holds "e" ("fondi strutturali (FESR e FSE+)"): a plain list
            said = self._with_prep(words, prep)
            before, use = self.euphonic.get(word, ("", word))
            last = use if said[-1][:1].casefold() in before else word
            return f"{', '.join(said[:-1])} {last} {said[-1]}"
        return super().join(words, conjunction, prep)

    def _with_prep(self, words: Sequence[str], prep: str) -> list[str]:
        """As Grammar.join: the preposition before the first item and each with an article."""
        if not prep:
            return list(words)
        return [f"{prep} {w}" if i == 0 or (tokens(w)[:1] and tokens(w)[0] in self.determiners)
                else w for i, w in enumerate(words)]

    def consistent_articles(self, items: Sequence[str]) -> list[str]:
        """An adjective used as a noun keeps its article when the others lose theirs: "il
        bello" is a value, "bello" an adjective ("onestà e il bello", not "onestà e bello")."""
        kept = {i: i for i in items if self._needs_article(i)}
        if not kept:
            return super().consistent_articles(items)
        out = super().consistent_articles([i for i in items if i not in kept])
        rest = iter(out)
        return [kept[i] if i in kept else next(rest) for i in items]

    def _needs_article(self, item: str) -> bool:
        """Also a noun and its participle, a fixed phrase ("la parola data": "parola data"
        alone reads as a note)."""
        words = item.replace("’", "'").split(" ")
        if len(words) < 2 or fold(words[0]) not in self.determiners:
            return False
        if len(words) == 3 and words[1].isalpha() and self._participle(fold(words[2])):
            return True
        return len(words) == 2 and fold(words[1]) in self.article_nouns

    def _participle(self, word: str) -> bool:
        """A past participle in any gender and number ("data", "fatti", "scritta")."""
        masculine = word[:-1] + "o" if word[-1:] in "aie" else word
        return bool(re.fullmatch(r"[^\W\d_]+(?:at|it|ut)[oaie]", word)) \
            or masculine in self.opening_irregular

    def tidy_list(self, items: Sequence[str]) -> list[str]:
        """Capitals a person typed on common words among small items, which list_case would
        keep as what may be a name: a Title Case phrase of common words ("Diritto di Famiglia",
        "Pratica Collaborativa": every word ends like a common noun or adjective or is
        followed by a preposition, one like a noun; "Grana Padano", "Kinesio Taping",
        "Vini del Nord Italia" stay), and a common head before a bracket of names
        ("Domotica (BTicino, Vimar)") or alone ("Fotovoltaico")."""
        items = [p for i in items for p in self._parts(i)]
        if len(items) < 2 or all(i[:1].isupper() for i in items):
            return list(items)
        return [self._small_common(i) for i in items]

    def _parts(self, item: str) -> list[str]:
        """A list item that is a list of its own, after semicolons or spaced slashes
        ("Analisi dei rischi; piani di emergenza", "Storytelling / Ufficio stampa"): its
        items, each one of the list ("Privacy/GDPR", unspaced, is one item)."""
        parts = [p.strip() for p in _ITEM_SPLIT.split(item)]
        return [p for p in parts if p] if len(parts) > 1 else [item]

    def _small_common(self, item: str) -> str:
        head, _, bracket = item.partition(" (")
        words = head.split(" ")
        long = [(n, w) for n, w in enumerate(words) if len(w) > 3]
        if self._head_before_place(words):  # "Vini del Nord Italia" -> "vini del Nord Italia"
            return self.lower_initial(item)
        if not long or not all(self._plain_common(w) for _, w in long):
            return item
        def common(n: int, w: str) -> bool:
            follows = words[n + 1] if n + 1 < len(words) else ""
            return self.common_noun(w) or self.adjective(w) or (
                fold(follows) in self.prepositions or fold(follows) in self._articled)
        if len(long) == 1:
            ok = self.common_noun(long[0][1]) or (not bracket and self.adjective(long[0][1]))
        else:
            ok = all(common(n, w) for n, w in long) and any(self.common_noun(w) for _, w in long)
        if not ok:
            return item
        small = " ".join(self.lower_initial(w) if (n, w) in long else w
                         for n, w in enumerate(words))
        return small + (" (" + bracket if bracket else "")

    def _head_before_place(self, words: Sequence[str]) -> bool:
        """A common head before a preposition and a place the pack keeps ("Vini del Nord
        Italia", "Turismo in Sardegna"): the place keeps its capitals, the head does not. A
        head that names an institution ("Università del Salento") is a name's."""
        if len(words) < 3 or not self._plain_common(words[0]) \
                or fold(words[0]) in self.org_articles:
            return False
        before = fold(words[1])
        places = [w for w in words[2:] if w[:1].isupper()]
        return (before in self.prepositions or before in self._articled) and bool(places) \
            and all(fold(re.sub(r"\W+$", "", w)) in self.lang.keep_capital for w in places) \
            and all(not w[:1].isupper() for w in words[1:2])

    def _plain_common(self, word: str) -> bool:
        bare = re.sub(r"^[\W_]+|[\W_]+$", "", word)
        return bool(bare) and self.plain_capital(bare) and not self.is_name_word(bare) \
            and fold(bare) not in self.lang.keep_capital

    def in_register(self, text: str, register: str) -> str:
        """Also the voi said to the one reader in the register chosen ("Passate a trovarci,
        vi aspettiamo!" -> "Passa a trovarci, ti aspettiamo!"), when the pack's table has
        every word of it; as typed otherwise (the rephrase check asks)."""
        text = super().in_register(text, register)
        table, pattern = self._voi_swap.get(register, ({}, None))
        if not table or pattern is None or self._voi is None or not isinstance(text, str) \
                or not self._voi.search(text):
            return text
        original = text
        text = _SIETE.sub(lambda m: self._siete(m, register), text)
        text = _VI_VERB.sub(lambda m: self._vi_verb(m, register), text)
        text = _INFINITIVE_VI.sub(lambda m: self._infinitive_vi(m, register), text)
        def swap(m: re.Match[str]) -> str:
            new = table[fold(m.group(0))]
            # a capital only where a sentence starts ("Passate" -> "Passa"); the plural's
            # courtesy capital mid-sentence ("Vi aspettiamo") is not the tu's
            starts = not text[:m.start()].strip() or text[:m.start()].rstrip()[-1:] in ".!?"
            return new[0].upper() + new[1:] if starts else new
        said = pattern.sub(swap, text)
        return original if self._voi.search(said) else said

    def _siete(self, m: re.Match[str], register: str) -> str:
        """ "siete" and what it says of the readers, in the singular ("se siete interessati"
        -> "se sei interessato", "se è interessato"): a participle or adjective the pack
        knows how to say of one, or a word that needs no agreement ("alla ricerca",
        "un'azienda"); as typed otherwise (a plural noun: "se siete ragazzi che …")."""
        be = self._voi_be.get(register, "")
        word, rest = m.group("word"), m.group("rest")
        said = self._of_one(word)
        if not be or not said:
            return m.group(0)
        if m.group("other"):  # "se siete studenti o docenti": both said of one reader
            other = self._of_one(m.group("other"))
            if other:
                said += m.group("also") + other
            elif len(m.group("other")) > 3 and fold(m.group("other")).endswith(("i", "e")):
                return m.group(0)  # "ragazzi e ragazze": a plural the pack cannot say of one
            else:  # "interessati e vi serve …": a clause goes on
                said += m.group("also") + m.group("other")
        verb = be[0].upper() + be[1:] if m.group("siete")[:1].isupper() else be
        return f"{verb}{rest}{said}"

    def _of_one(self, word: str) -> str:
        """A word said of the readers ("interessati", "clienti") said of one ("interessato",
        "cliente"), or "" when the pack cannot say it."""
        key = fold(word)
        if key in self._voi_plain or key.startswith(("un'", "un’")):
            return word
        if key in self._voi_words:
            return self._voi_words[key]  # "" for "tanti": nothing to say of one reader
        return next((word[:-len(a)] + b for a, b in self._voi_endings
                     if key.endswith(a) and len(key) > len(a) + 2), "")

    def _infinitive_vi(self, m: re.Match[str], register: str) -> str:
        """ "-vi" on an infinitive said to the readers: "conoscervi" -> "conoscerti", with the
        Lei "conoscerla"; "rispondervi" -> "risponderle" (the pronoun in small letters: a
        capital inside a word is in no dictionary)."""
        verb = fold(m.group(1))
        case = next((c for c, stems in self._voi_clitic.items()
                     if any(verb.startswith(s) for s in stems)), "")
        new = self._voi_pronoun.get(register, {}).get(case, "")
        return m.group(1) + new.lower() if new else m.group(0)

    def _vi_verb(self, m: re.Match[str], register: str) -> str:
        """ "vi" before a verb said to the readers, in the register: "vi aiuto" -> "ti aiuto",
        "La aiuto"; "vi offro" -> "ti offro", "Le offro" (the verb the pack lists as taking
        its object, or said to someone)."""
        verb = fold(m.group(2))
        case = next((c for c, stems in self._voi_clitic.items()
                     if any(verb.startswith(s) for s in stems)), "")
        new = self._voi_pronoun.get(register, {}).get(case, "")
        if not new:
            return m.group(0)
        before = m.string[:m.start()].rstrip()
        if m.group(1)[:1].isupper() and (not before or before[-1] in ".!?"):
            new = new[0].upper() + new[1:]  # not the plural's courtesy capital mid-sentence
        return f"{new} {m.group(2)}"

    def _registers_in(self, text: str, weak: bool) -> dict[str, str]:
        """Also the Lei said by a courtesy capital or an imperative ("Le dedico il tempo",
        "Mi chiami per un incontro"), which a text in the tu cannot hold."""
        found = super()._registers_in(text, weak)
        if "formal" in found or "formal" not in self.markers:
            return found
        m = _COURTESY.search(text)
        if m:
            found["formal"] = m.group(0).strip()
        elif (m := _LEI_IMPERATIVE.search(text)):
            found["formal"] = next(g for g in m.groups() if g)
        return found

    def plain_capital(self, word: str) -> bool:
        """A capital letter alone is a name ("analisi dati in R", "linguaggio C", "Serie B"),
        not a word typed with a capital; "A", "E", "O", "I" may be the small words."""
        bare = re.sub(r"^[\W_]+|[\W_]+$", "", word)
        if len(bare) == 1 and bare.isupper() and bare not in "AEOI":
            return False
        return super().plain_capital(word)

    def as_writer(self, values: dict[str, Any], name: str) -> dict[str, Any]:
        """A bio pasted in the third person, in the first: an answer that opens with the
        writer's name and a verb of grammar.toml [third_person] ("Agnese è un'ostetrica",
        "Agnese si batte per", "Agnese crede che") or, right after the name, a regular one
        ("-a", "-e", "-isce" that turn into a word in "-o"), says it of the writer; once one
        does, so does an answer that opens with a verb of the table ("indirizza al
        ginecologo"). The verbs of the main clause turn, and "suo", "sua" with them; the
        name goes."""
        spec = self.data.get("third_person")
        names = self.writer_names(name)
        if not spec or not names:
            return values
        verbs = {fold(k): str(v) for k, v in spec.get("verbs", {}).items()}
        opener = re.compile(r"^(?:" + "|".join(re.escape(n) for n in names) + r")\s+",
                            re.IGNORECASE)

        def named(text: object) -> bool:
            if not isinstance(text, str) or not (m := opener.match(text)):
                return False
            return self._third_verb(text[m.end():], verbs, regular=True) is not None

        texts = [v for k, v in values.items() if k != "person.name" and named(v)]
        if not texts:
            return values
        out = dict(values)
        for key, value in values.items():
            if key == "person.name" or not isinstance(value, str):
                continue
            out[key] = " ".join(self._first_person(s, opener, verbs, spec)
                                for s in re.split(r"(?<=[.!?])\s+", value.strip()))
        return out

    def _third_verb(self, text: str, verbs: dict[str, str], *, regular: bool) -> str | None:
        """The first person of the verb that opens `text` ("si batte" -> "mi batto"), with
        what it replaces, as "old\tnew"; None when no verb of the table (or, with `regular`,
        no regular one) opens it."""
        from wizard.grammar import packwords

        words = text.split(" ")
        two = fold(" ".join(words[:2]))
        if two in verbs:
            return " ".join(words[:2]) + "\t" + verbs[two]
        head = re.sub(r"[^\w'’]+$", "", words[0]) if words else ""
        if fold(head) in verbs:
            return head + "\t" + verbs[fold(head)]
        known = packwords.common_words(self.lang.code)
        if regular and known is not None and head.islower() and len(head) > 3:
            low = head.lower()
            turned = low[:-4] + "isco" if low.endswith("isce") else \
                low[:-1] + "o" if low.endswith(("a", "e")) else ""
            if turned and turned in known:
                return head + "\t" + turned
        return None

    def _first_person(self, sentence: str, opener: re.Pattern[str], verbs: dict[str, str],
                      spec: dict[str, Any]) -> str:
        m = opener.match(sentence)
        rest = sentence[m.end():] if m else sentence
        # without the name, a regular verb opens the answer only before its object's article
        # ("passa i testi legali"; "cura del verde" is a noun)
        objects = frozenset(fold(w) for w in spec.get("objects", ()))
        after = fold(rest.split(" ")[1]) if rest.count(" ") else ""
        found = self._third_verb(rest, verbs, regular=bool(m) or after in objects)
        if found is None:
            return sentence
        old, new = found.split("\t")
        rest = rest[len(old):]
        if m or sentence[:1].isupper():
            new = new[:1].upper() + new[1:]
        stops = frozenset(fold(w) for w in spec.get("stops", ()))
        possessive = {fold(k): str(v) for k, v in spec.get("possessives", {}).items()}
        blocked = self.determiners | self.prepositions | self._articled
        words, prev, stopped = rest.split(" "), "", False
        for i, w in enumerate(words):
            bare = fold(re.sub(r"^\W+|\W+$", "", w))
            stopped = stopped or bare in stops
            if not stopped and bare in possessive:
                words[i] = w.replace(re.sub(r"^\W+|\W+$", "", w), possessive[bare])
            elif not stopped and bare in verbs and " " not in bare and prev not in blocked:
                words[i] = w.replace(re.sub(r"^\W+|\W+$", "", w), verbs[bare])
            prev = bare
        return new + " ".join(words)

    def unshout_words(self, text: str) -> str:
        """Also a small word of one letter typed in capitals with the shouted word after it
        ("deciso A CHI lasciare" -> "a chi")."""
        spec = self.data.get("shouted")
        if spec and any(c.islower() for c in text):
            listed = {fold(w) for w in spec.get("words", ())}
            text = _SHOUTED_LETTER.sub(lambda m: m.group(1).lower() + m.group(2)
                                       if fold(m.group(3)) in listed else m.group(0), text)
        return super().unshout_words(text)

    def own_common_word(self, word: str) -> bool:
        """The word, in small letters, is one of Italian's own common words (lexicon/
        common.txt, no borrowed list): "olio", "cucina", "terapia"; not "nerello",
        "parmigiano", "power". True for every word without the list."""
        from wizard.grammar import packwords

        known = packwords.common_words(self.lang.code)
        bare = re.sub(r"^[\W_]+|[\W_]+$", "", word).lower()
        return known is None or not bare or bare in known

    def common_title_phrase(self, item: str) -> bool:
        """Only when the noun is one of the language's common words: "Cucina Siciliana",
        "Regime Forfettario" are a style; "Nerello Mascalese" (a grape: "nerello" is no
        common word) is a name and keeps its capitals."""
        return super().common_title_phrase(item) \
            and self.own_common_word(item.split(" ")[0])

    def title_case_style(self, item: str, *, alone: bool = False) -> bool:
        """A list item of common words in Title Case beside an acronym ("Olio EVO",
        "Consulenza IVA"): the acronym keeps its capitals, the common words are a style
        ("olio EVO"); a word the language does not know ("SDL Trados", "Power BI") says a
        name. Nothing else is a style here (Italian has no noun lexicon)."""
        words = [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in item.split(" ")]
        words = [w for w in words if w]
        acronyms = [w for w in words if len(w) > 1 and w.isupper() and w.isalpha()]
        rest = [w for w in words if w not in acronyms]
        if alone or not acronyms or not rest:
            return False
        return all(w.isalpha() and self.plain_capital(w) and self.own_common_word(w)
                   and fold(w) not in self.lang.keep_capital and not self.is_name_word(w)
                   for w in rest)

    def keeps_capital(self, word: str) -> bool:
        """Not a phrase made one word ("Go-to-market", "End-to-end"): its head is no name
        ("Go" the language), its small parts say a common phrase."""
        if _PHRASE_COMPOUND.match(word):
            return False
        return super().keeps_capital(word)

    def common_noun(self, word: str) -> bool:
        """Also a phrase made one word ("Go-to-market"), a capital on which is a style."""
        return bool(_PHRASE_COMPOUND.match(word)) or super().common_noun(word)

    def is_name_word(self, word: str) -> bool:
        """A role word the pack knows is no name, however it is capitalised ("Co-Founder")."""
        bare = re.sub(r"^[\W_]+|[\W_]+$", "", word)
        if fold(bare) in self.leader_words or _MIXED_ACRONYM.match(bare):
            return False  # a short acronym in mixed case ("IoT", "SaaS") is no name either
        return super().is_name_word(word)

    def lower_title(self, value: str, *, always: bool = False, role: bool = False,
                    org: str = "") -> str:
        """The words inside brackets are judged as a phrase of their own: "Funzionario UNEP
        (Ufficiale Giudiziario)" -> "funzionario UNEP (ufficiale giudiziario)"."""
        value = _BRACKETED.sub(lambda m: "(" + super(Italian, self).lower_title(
            m.group(1), always=always, role=role) + ")", value)
        if always:  # "Privacy/GDPR": a common word beside an acronym is no name
            value = _SLASHED.sub(lambda m: self._lower_word(m.group(1)) + m.group(2)
                                 if fold(m.group(1)) not in self.lang.keep_capital
                                 else m.group(0), value)
        value = super().lower_title(value, always=always, role=role, org=org)
        if role:  # "Agronoma e Co-Founder": a role word in Title Case, hyphen and all
            value = " ".join(self._lower_role_word(w) for w in value.split(" "))
        return value

    def _lower_role_word(self, word: str) -> str:
        parts = word.split("-")
        if fold(word) in self.leader_words and len(parts) > 1 \
                and all(p[:1].isupper() and p[1:].islower() for p in parts):
            return word.lower()
        return word

    def lower_first(self, value: str, *, always: bool = False) -> str:
        """And a common word the pack knows, typed with a capital after a comma or "e"
        further on ("Avvocati, Colleghi e cittadini"): the person's capitals of respect read
        as typing in a sentence. Names, places and acronyms stay."""
        if _ELIDED_ACRONYM.match(value):  # "Un'HR che sta in reparto": the article is small
            value = value[0].lower() + value[1:]
        elif always and self._title_cased(value):
            # "Piccole Imprese Del Territorio": every word capitalised is a style
            return " ".join(self._lower_styled(w) for w in value.split(" "))
        elif always and (run := self._title_run(value)):
            # "Tour Operator, Agenzie e turisti stranieri": the capitals stop where the
            # person stopped typing them; the run before is the same style
            words = value.split(" ")
            value = " ".join([self._lower_styled(w) for w in words[:run]] + words[run:])
        else:
            value = super().lower_first(value, always=always)
        return _LISTED.sub(lambda m: self._lower_listed(m.group(1)), value)

    def _title_run(self, value: str) -> int:
        """How many words open the answer in Title Case before small ones go on ("Tour
        Operator, Agenzie e turisti stranieri": 3), when two or more long ones and one the
        pack knows as a common noun ("Agenzie") are in it; 0 otherwise ("Banco Alimentare e
        parrocchie" may be a name)."""
        words = value.split(" ")
        n = 0
        while n < len(words) and (words[n][:1].isupper() or fold(words[n]) in ("e", "ed", "o")):
            n += 1
        while n and not words[n - 1][:1].isupper():
            n -= 1
        if n >= len(words) or not any(w[:1].islower() and len(w) > 3 for w in words[n:]):
            return 0
        long = [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in words[:n]]
        long = [w for w in long if len(w) > 3]
        if len(long) < 2 or not any(self.common_noun(w) for w in long):
            return 0
        return n

    def _title_cased(self, value: str) -> bool:
        """An answer typed in Title Case, where the stem wants small letters: a small word
        with a capital after the first ("Imprese Del Territorio", "Piccole E Medie"), or
        every long word capitalised with one the pack knows as common or as a name
        ("Piccole Imprese", "Etsy Seller"). A phrase of words it does not know ("Slow Food")
        may be a name, and stays."""
        words = value.split(" ")
        if len(words) < 2:
            return False
        # the Lei's capitals ("la Sua azienda", "La aiuto") are no style
        courtesy = {fold(w) for w in self.markers.get("formal", ())} | {"la", "le", "lo", "gli"}
        small = (self.prepositions | self._articled | self.determiners | {"e", "ed", "o"}) \
            - courtesy
        if any(len(w) > 1 and w[:1].isupper() and w[1:].islower() and fold(w) in small
               for w in words[1:]):
            return True
        long = [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in words]
        long = [_ELIDED_HEAD.sub("", w) for w in long if len(w) > 3]
        if len(long) < 2 or not all(w[:1].isupper() for w in long):
            return False
        return any(fold(w) in self.lang.lowercase_starters or fold(w) in self.lang.keep_capital
                   or self.common_noun(w) for w in long)

    def _lower_styled(self, word: str) -> str:
        bare = re.sub(r"^[\W_]+|[\W_]+$", "", word)
        if not bare or not self.plain_capital(bare) or self.is_name_word(bare) \
                or fold(bare) in self.lang.keep_capital or bare in self.markers.get("formal", ()):
            return word
        return self._lower_word(word)

    def _lower_listed(self, word: str) -> str:
        key = fold(word)
        if (len(key) < 4 or key not in self.lang.lowercase_starters
                or key in self.lang.keep_capital or not self.plain_capital(word)):
            return word
        return self.lower_initial(word)


GRAMMAR = Italian
