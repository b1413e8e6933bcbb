"""Provides French's rules that need code: a preposition before each item of a list, fused
with the item's article ("de le" -> "du", "à les" -> "aux"), and Title Case lowered around a
place name ("Directrice Commerciale France" -> "directrice commerciale France")."""

from __future__ import annotations

import functools
import gettext
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from wizard.core.languages import Language
from wizard.core.lazyre import lazy
from wizard.grammar.base import Analysis, Grammar, fold, tokens

# Only where a template puts a preposition before an answer: inside the person's own words
# "de le" may be "de le faire" (a pronoun), so the tidy rules never fuse it.
_FUSED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}
# "l'orthopédagogue ou la psychoéducatrice": the preposition is said again after "ou" / "et"
# when an article follows, as French repeats it ("à l'… ou à la …").
# Never before "des" / "du": "les directions des assurances et des banques" is one
# complement ("de les" fused), not a second person to address.
# So after "ainsi que", "surtout", "notamment" ("aux PME…, surtout aux artisans", "aux
# dirigeants…, ainsi qu'à leurs DRH").
_AGAIN = lazy(r"(,? (?:ou|et|ainsi que|surtout|notamment|en particulier|et surtout|"
                    r"mais aussi|et plus particulièrement) )"
                    r"(?=(?:le|la|les|l'|l’|un|une|mon|ma|mes|ton|ta|tes|"
                    r"son|sa|ses|notre|nos|votre|vos|leur|leurs)\b)", re.IGNORECASE)

# the colon before a list typed as lines, each led by a dash
_BULLETS = re.compile(r"(\s?:\s)[-–•*]\s(?=\S)")
# a role that says how many it leads: "gérant de deux librairies", "directrice de 3 crèches"
_COUNTED = re.compile(r"(?i)\b(?:de|d['’]) ?(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
                      r"une?|plusieurs|quelques)\b")
# a pronoun with a capital after a word or "&" is part of a name ("Livres & Vous")
_NAMED_PRONOUN = re.compile(r"(?<=[\w&] )(?:Vous|Votre|Vos|Tu|Toi|Ton|Ta|Tes)\b")
# a word with a capital, after an elision too ("Des", "L'Emploi", "d'Insertion")
_CAPITAL = re.compile(r"^[«(“\"]?(?:[^\W\d_]['’])?[A-ZÀ-Þ]")
_ELIDED_CAPITAL = re.compile(r"^[«(“\"]?[A-ZÀ-Þ]['’][A-ZÀ-Þ][^\W\d_]*[a-zà-ÿ]")
# two words joined by a spaced dash in a role, before a comma, "et", a bracket or the end
_SPACED_DASH = re.compile(r"^([^\W\d_]+) [-–] ([^\W\d_]+)(?=$|,| et | \()")
# a value typed as a verb ("apprendre", "partager", "transmettre"): no article to take
_INFINITIVE_VALUE = re.compile(r"^[^\W\d_]{3,}(?<!i)(?:er|dre|ttre)$", re.IGNORECASE)
# an auxiliary before a word in small letters that may be its past participle ("j'ai gere")
_AUXILIARY = re.compile(r"(?<![\w'’-])((?:j['’]ai|ai|as|a|avons|avez|ont|avait|avaient|été|"
                        r"ayant)\s+)([a-z]+e(?:e|s|es)?)(?![\w'’-])")
# where a sentence ends inside an answer (its own voice is judged sentence by sentence)
_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n+")
_ELIDED_PRONOUNS = frozenset({"m", "t", "s", "n", "c", "j"})
_ELIDED_ACRONYM = lazy(r"^([LDld])['’](?=[A-Z]{2,})")
# A list typed as one answer ("les épiceries, les AMAP et tous ceux qui…"): every item opens
# with a determiner, the last after "et" / "ou"; the preposition is said before each one.
_DETERMINER = (r"(?:le|la|les|l'|l’|un|une|des|mon|ma|mes|ton|ta|tes|son|sa|ses|notre|nos|"
               r"votre|vos|leur|leurs|ces|cette|cet|chaque|tous|toutes|ceux|celles)")
_ITEM = lazy(rf"^{_DETERMINER}(?:\b|(?<=['’]))", re.IGNORECASE)
_LAST = lazy(rf" (et|ou) (?={_DETERMINER}(?:\b|(?<=['’])))", re.IGNORECASE)
_DET_END = lazy(rf"(?:^|\s){_DETERMINER}(?:\s|(?<=['’]))\S*(?:\s\S+)?$", re.IGNORECASE)
_INCLUSIVE_ENDING = lazy(r"(?<=[^\W\d_])[·⋅•.][^\W\d_]{1,4}(?=[·⋅•.]|\b)")
_RELATIVE = lazy(r"\b(?:qui|que|qu['’]|dont|où)\b", re.IGNORECASE)


class French(Grammar):
    """French: prepositions that fuse with articles, repeated before every item."""

    def __init__(self, lang: Language, data: Mapping[str, Any]) -> None:
        super().__init__(lang, data)
        # pronouns that say an answer is a clause, where "subjects" lists only those the
        # frames may take off ("tu cherches un coach", "elle m'a appelé")
        self.clause_subjects = frozenset(fold(w) for w in data.get("clause_subjects", ()))
        # "pour les entreprises, et pour leurs chauffeurs" with the first "pour" stripped: the
        # one typed again gives way to the frame's preposition ("…, et à leurs chauffeurs")
        # "Dirigeants De PME": a small word typed with a capital says Title Case throughout
        self.title_small = frozenset(fold(w) for w in data.get("title_small_words", ()))
        # "Linkedin" -> "LinkedIn": the spelling a brand gives itself
        self.brands: dict[str, str] = {fold(b): str(b) for b in data.get("brand_spellings", ())}
        self._brand = re.compile(r"(?<![\w'’-])(" + "|".join(
            re.escape(b) for b in sorted(self.brands, key=len, reverse=True)) + r")(?![\w-]|\.\w)",
            re.IGNORECASE) if self.brands else None
        self.regions = {fold(k): str(v) for k, v in data.get("region_frames", {}).items()}
        self.public_bodies = frozenset(fold(w) for w in data.get("public_bodies", ()))
        self.org_typed_frames = tuple(fold(w) for w in data.get("org_typed_frames", ()))
        self.appellations = frozenset(fold(w) for w in data.get("appellations", ()))
        self._appellation = re.compile(r"(?<!\S)([A-ZÀ-Ý][^\W\d_]+) (" + "|".join(
            re.escape(a.upper()) for a in self.appellations) + r")(?!\w)") \
            if self.appellations else None
        label = data.get("value_labels", "")
        self._label_re = re.compile(label) if label else None
        # an impersonal clause where a noun was asked ("il y a trop de…", "il faut…")
        self.impersonal = tuple(fold(w) + " " for w in data.get("impersonal_clauses", ()))
        self.saying_verbs = frozenset(fold(w) for w in data.get("saying_verbs", ()))
        self.opinion_leads = tuple(fold(w) for w in data.get("opinion_leads", ()))
        # "je t'invite", "t'as vu": an elided pronoun that says its register before any word
        self._elided_register = {
            str(r): re.compile(r"(?<![\w'’-])(?:" + "|".join(
                re.escape(e).replace("'", "['’]") for e in forms) + r")[^\W\d_]+",
                re.IGNORECASE) for r, forms in data.get("register_elided", {}).items() if forms}
        typed = "|".join(re.escape(w) for w in data.get("typed_prepositions", ()))
        self._again = re.compile(_AGAIN.pattern.replace("(?=", rf"(?:(?:{typed}) )?(?=", 1)
                                 if typed else _AGAIN.pattern, re.IGNORECASE)

    def as_writer(self, values: dict[str, Any], name: str) -> dict[str, Any]:
        """A bio pasted in the third person, in the first: when some answer has the person's
        name as the subject of a verb ("Ophélie souhaite développer…"), each sentence that
        opens with the name, "elle" or "il" says "je" with its verb in the first person ("Je
        souhaite…", "J'ai accompagné…", "je suis convaincue"), its possessives "mon", "ma",
        "mes", and "contacter Ophélie" says "me contacter" (the pack's [third_person])."""
        spec = self.data.get("third_person")
        names = self.writer_names(name)
        if not spec or not names:
            return values
        named = "|".join(re.escape(n) for n in names)
        subject = re.compile(rf"^(?:{named})(?=\s+[a-zà-ÿ])")
        texts = [v for v in values.values() if isinstance(v, str)]
        if not any(self._voiced(s, subject, spec, by_name=True) != s
                   for t in texts for s in _SENTENCES.split(t)):
            return values
        pronoun = re.compile(r"^(?:" + "|".join(
            re.escape(p) for p in spec.get("subjects", ())) + r")(?=\s)", re.IGNORECASE)
        contact = "|".join(re.escape(v) for v in spec.get("contact_verbs", ()))
        reach = re.compile(rf"(?<![\w'’])({contact})\s+(?:{named})(?![\w'’-])", re.IGNORECASE)

        def voiced(text: str) -> str:
            parts = _SENTENCES.split(text)
            parts = [self._voiced(self._voiced(p, subject, spec, by_name=True), pronoun, spec)
                     for p in parts]
            out = "".join(a + b for a, b in zip(parts, [*_SENTENCES.findall(text), ""],
                                                  strict=True))
            return reach.sub(lambda m: _me(m.group(1)), out) if contact else out

        return {k: voiced(v) if isinstance(v, str) else v for k, v in values.items()}

    def _voiced(self, sentence: str, subject: re.Pattern[str], spec: Mapping[str, Any],
                by_name: bool = False) -> str:
        """One sentence whose subject `subject` matches, in the first person; as typed when
        its verb is no verb the pack's [third_person] can turn (or an impersonal "il faut")."""
        lead = re.match(r"\s*", sentence)
        start = lead.end() if lead else 0
        m = subject.match(sentence, start)
        if not m or (not by_name and any(fold(sentence[start:]).startswith(w)
                                         for w in self.impersonal)):
            return sentence
        objects = {fold(o) for o in spec.get("objects", ())}
        rest = sentence[m.end():]
        toks = list(re.finditer(r"\s*([^\W\d_]+['’]?)", rest))
        n = 0
        while n < len(toks) and fold(toks[n].group(1)) in objects:
            n += 1
        if n >= len(toks):
            return sentence
        verb = toks[n].group(1)
        first = self._first_person_verb(verb, spec)
        if not first:
            return sentence
        reflexive = {fold(k): str(v) for k, v in spec.get("reflexive", {}).items()}
        head = "".join(t.group(0) for t in toks[:n]).strip()
        head = re.sub(r"(?<![\w'’])(se|s['’])", lambda x: reflexive.get(
            fold(x.group(1)), x.group(1)), head)
        if head and not head.endswith(("'", "’")):
            head += " "
        pronoun = "j'" if re.match(r"[aeiouyhéèêàâîôû]", head + first, re.IGNORECASE) \
            else "je "
        if sentence[start:start + 1].isupper():
            pronoun = pronoun.capitalize()
        body = rest[toks[n].end():]
        possessive = {fold(k): str(v) for k, v in spec.get("possessives", {}).items()}
        # "chaque femme et son rythme": after "et" / "ou" the possessive may be another's
        body = re.sub(r"(?<![\w'’-])(son|sa|ses|lui-même|elle-même)(?![\w'’-])",
                      lambda x: x.group(0) if re.search(r"\b(?:et|ou)\s+$", body[:x.start()])
                      else possessive.get(fold(x.group(0)), x.group(0)), body)
        # "… et a formé", "… et est devenue": a second verb of the same subject; after a
        # compound tense a verb in the present says its subject again ("j'ai accompagné… et
        # j'anime")
        compound = fold(verb) in ("a", "est")

        def second(x: re.Match[str]) -> str:
            word = x.group(2)
            turned = self._first_person_verb(word, spec, listed=True)
            if turned:
                return x.group(1) + turned
            if compound and word.endswith("e") and self._first_person_verb(word, spec):
                return x.group(1) + ("j'" if re.match(r"[aeiouyhéèêàâîôû]", word) else "je ") \
                    + word
            return x.group(0)

        body = re.sub(r"(\bet\s+)([^\W\d_]+)(?=\s+[^\W\d_])", second, body)
        return sentence[:start] + pronoun + head + first + body

    def _first_person_verb(self, verb: str, spec: Mapping[str, Any],
                           listed: bool = False) -> str:
        """A verb in the third person singular in the first ("prend" -> "prends"); "" when
        it is none the rules know (`listed`: only the pack's table and "-e" common verbs)."""
        table = {fold(k): str(v) for k, v in spec.get("verbs", {}).items()}
        low = fold(verb)
        if verb != verb.lower():
            return ""
        if low in table:
            return table[low]
        if listed:
            return ""
        if not self.is_common_word(low) or low in self.determiners:
            return ""
        if low.endswith("e"):
            return verb
        if low.endswith("ra"):
            return verb + "i"
        if low.endswith(("ait", "it")):
            return verb[:-1] + "s"
        if low.endswith("d"):
            return verb + "s"
        return ""

    def cv_verb_led(self, item: str, first: bool) -> bool:
        """A CV line that opens with a past participle ("accompagné 12 remises", "suivi …":
        a word in "-é(e)(s)" or one of the pack's cv_verbs), the answer's first line also
        after its subject and auxiliary ("J'ai suivi …", the pack's cv_subject_aux), which the
        others share."""
        low = fold(item)
        if first:
            lead = next((a for a in self.data.get("cv_subject_aux", ())
                         if low.startswith(fold(a) + " ")), "")
            low = low[len(lead) + 1:] if lead else low
        word = low.split(" ", 1)[0].strip("\"'“”‘’(")
        return len(word) > 3 and (word.endswith(("é", "ée", "és", "ées"))
                                  or word in self.data.get("cv_verbs", ()))

    def keeps_capital(self, word: str) -> bool:
        """A French compound named after a name capitalises each part ("Saint-Étienne",
        "Paris-Saclay"): one whose other parts are in small letters is a common word whose
        head only looks like a name ("Sage-femme", beside the software "Sage")."""
        parts = re.split(r"-", word)
        if len(parts) > 1 and all(p.islower() for p in parts[1:]):
            return False
        return super().keeps_capital(word)

    def _rebrand(self, text: str) -> str:
        """Each brand of the pack's brand_spellings as it spells itself."""
        if self._brand is None or not isinstance(text, str):
            return text
        return self._brand.sub(lambda m: str(self.brands.get(fold(m.group(1)), m.group(1))),
                               text)

    def list_names(self, typed: Sequence[str], cased: list[str]) -> list[str]:
        """A brand lowered with the list's Title Case gets its own spelling back ("aide
        alimentaire restos du cœur" -> "aide alimentaire Restos du Cœur")."""
        lowered = any(t[:1].isupper() and c[:1].islower() for t, c in zip(typed, cased,
                                                                          strict=True))
        return [self._rebrand(self._before_acronym(self._slashed_case(c)) if lowered else c)
                for c in cased]

    def _before_acronym(self, cased: str) -> str:
        """A common French word before an acronym and its number ("Norme ARS 1000", "Méthode
        HACCP") in a list whose first capitals were lowered: the acronym makes no name of it
        ("norme ARS 1000"); "Office 365", "Power BI" keep theirs (a number only, or a word the
        French common words do not hold)."""
        from wizard.grammar import packwords

        words = cased.split(" ")
        known: AbstractSet[str] = packwords.common_words(self.lang.code) or frozenset()
        rest = [re.sub(r"^\W+|\W+$", "", w) for w in words[1:]]
        if len(words) < 2 or not self.plain_capital(words[0]) or self.is_name_word(words[0]) \
                or words[0].lower() not in known or not all(w and not any(
                    c.islower() for c in w) for w in rest) \
                or not any(re.search(r"[A-Z]{2}", w) for w in rest):
            return cased
        return self._lower_word(words[0]) + cased[len(words[0]):]

    def _slashed_case(self, cased: str) -> str:
        """An item of parts joined by " / " ("Accueil / Standard", "Rédaction / Storytelling /
        Relations presse") in a list whose first capitals were lowered: each part's first word
        is lowered the same way, unless it is a name ("Excel", "Pack Office")."""
        if " / " not in cased:
            return cased
        parts = cased.split(" / ")
        # "Illustrator / InDesign": a part beside a name is a name of the same kind
        if any(self.is_name_word(w) for p in parts for w in p.split(" ")):
            return cased
        for n, part in enumerate(parts):
            words = part.split(" ")
            head = re.sub(r"^[\W_]+|[\W_]+$", "", words[0])
            # two capitals side by side are a name ("Pack Office", "After Effects")
            if not head or not self.plain_capital(head) or self.is_name_word(head) \
                    or not self.is_common_word(head) or self.lexicon_names(words) \
                    or (len(words) > 1 and words[1][:1].isupper()):
                continue
            parts[n] = self._lower_word(words[0]) + part[len(words[0]):]
        return " / ".join(parts)

    def respell(self, text: str) -> str:
        """Also a brand typed in another case, as it spells itself ("Linkedin" ->
        "LinkedIn", "maprimerénov'" -> "MaPrimeRénov'")."""
        if isinstance(text, str):
            text = self._uncapped(text)
        text = super().respell(text)
        if isinstance(text, str):
            text = self._untitled_prose(self._bulleted(_AUXILIARY.sub(self._participle, text)))
        return self._rebrand(text)

    def _uncapped(self, text: str) -> str:
        """An answer typed with caps lock on ("J'AI FORMÉ PLUS DE 200 INFIRMIÈRES EN 5 ANS") in
        small letters, every word a common word the lexicon knows; an acronym stays ("CHUV",
        "PME"). The core lowers only long words, which left "J'AI … DE … EN 5 ANS"."""
        if any(c.islower() for c in text) or len(re.findall(r"[^\W\d_]{2,}", text)) < 3:
            return text

        def lowered(m: re.Match[str]) -> str:
            word = m.group(0)
            parts = re.split(r"['’]", word)
            known = packwords_common(self.lang.code)
            if known is None or not all(p.lower() in known or len(p) == 1 for p in parts):
                return word
            # a place of region_frames keeps its capital ("du Nord")
            return word.capitalize() if fold(word) in self.regions else word.lower()

        return re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)?", lowered, text)

    def _participle(self, m: re.Match[str]) -> str:
        """ "j'ai gere" -> "j'ai géré": after an auxiliary, a word that lost its accents and
        can be only one past participle (packwords.participles); as typed otherwise."""
        from wizard.grammar import packwords

        bare = m.group(2)
        listed = packwords.unaccented_words(self.lang.code)
        if listed is None or bare not in listed:
            return m.group(0)
        return m.group(1) + packwords.participles(self.lang.code).get(bare, bare)

    def _untitled_prose(self, text: str) -> str:
        """Title Case typed inside a sentence typed small ("votre présentation sur L'Emploi
        Des Jeunes") lowered, its names kept ("L'Oréal", "Lyon"): a run of capitalised words
        after a small one that holds a small word with a capital ("Des") or an elided word
        with one ("L'Emploi") before another capital or a small word ("L'Emploi des jeunes"),
        or after such a run ("… Des Jeunes et L'Insertion")."""
        if self._title_typed(text):
            return text  # Title Case throughout: the phrase's own rules lower it
        words = text.split(" ")
        places = self._place_words(text)
        out = list(words)
        i, titled = 1, False
        while i < len(words):
            if not (_CAPITAL.match(words[i]) and words[i - 1].islower()):
                i += 1
                continue
            j = i
            while j < len(words) and _CAPITAL.match(words[j]):
                j += 1
            run = words[i:j]
            small = [w for w in run[1:] if self._small_word(w) and w.lstrip("«(“\"")[:1].isupper()]
            elided = [w for w in run if _ELIDED_CAPITAL.match(w)]
            after = words[j] if j < len(words) else ""
            # a lone "L'Insertion" after a run lowered is typed the same way
            if small or (elided and (len(run) > 1 or self._small_word(after) or titled)):
                titled = True
                for k in range(i, j):
                    out[k] = words[k] if k in places else self._prose_word(words[k])
            i = j
        return " ".join(out)

    def _place_words(self, text: str) -> set[int]:
        """Which words of `text` (split at spaces) are in a place of `region_frames`."""
        folded, at, out = fold(text), 0, set()
        spans = [m.span() for k in self.regions
                 for m in re.finditer(rf"(?<!\w){re.escape(k)}(?!\w)", folded)]
        for n, w in enumerate(text.split(" ")):
            if any(a <= at and at + len(w) <= b for a, b in spans):
                out.add(n)
            at += len(w) + 1
        return out

    def _small_word(self, word: str) -> bool:
        bare = fold(re.sub(r"^[\W_]+|[\W_]+$", "", word))
        return bare in self.title_small or fold(re.sub(r"(?<=['’]).*", "", bare)) in \
            self.title_small

    def _prose_word(self, word: str) -> str:
        """A word of a Title Case run in small letters, unless it is a name: not a common
        word, one the pack keeps ("France"), an acronym or CamelCase."""
        bare = re.sub(r"^[\W_]+|[\W_]+$", "", word)
        tail = re.sub(r"^\w['’]", "", bare)
        if fold(bare) in self.title_small:
            return word.lower()
        if not self.plain_capital(bare) or fold(tail) in self.lang.keep_capital \
                or self.keeps_capital(tail) or not self.is_common_word(tail):
            return word
        return word.lower()

    def _bulleted(self, text: str) -> str:
        """A list typed as lines after a colon ("…novembre 2025 : - 1 200 bénévoles - 96
        tonnes…", the lines joined by the answer's reading): one sentence, its items joined
        as French joins them ("… : 1 200 bénévoles…, 96 tonnes… et 15 %…")."""
        if "•" in text:
            # "• ouvrir un cabinet • former deux apprentis": the items said as a list, after
            # their lead-in if any ("mes projets : • … • …")
            lead, *items = [p.strip().rstrip(";,.") for p in re.split(r"\s*•\s*", text)]
            items = [i for i in items if i]
            if len(items) >= 2:
                return f"{lead} {self.join(items)}" if lead else self.join(items)
        m = _BULLETS.search(text)
        if not m:
            return text
        items = [i.strip().rstrip(";,.") for i in text[m.end():].split(" - ") if i.strip()]
        if len(items) < 2:
            return text
        return f"{text[:m.start()]}{m.group(1)}{self.join(items)}"

    def _registers_in(self, text: str, weak: bool) -> dict[str, str]:
        """Never a pronoun with a capital inside a name ("le salon Livres & Vous"); an elided
        pronoun of the pack's register_elided ("je t'invite") says its register too."""
        text = _NAMED_PRONOUN.sub("", text)
        # "tou·te·s", "enseignant·e·s": the endings of inclusive writing are no pronoun ("te")
        text = _INCLUSIVE_ENDING.sub("", text)
        found = super()._registers_in(text, weak)
        for register, elided in self._elided_register.items():
            m = elided.search(text)
            if m and register not in found:
                found[register] = m.group(0)
        return found

    def with_org_article(self, org: str) -> str:
        """Two words joined by "&" as the name ("Cave & Conseil"): a brand, no article;
        "Étude Delannoy & Associés" keeps "l'" (its head comes before the names)."""
        return org if re.match(r"^\S+ & ", org) else super().with_org_article(org)

    def _saying(self, item: str) -> bool:
        """A value typed as a sentence with its own verb ("l'honnêteté est la base de tout",
        "je crois que…"), not a noun with a relative clause ("ce qui est juste")."""
        toks = tokens(item)
        if len(toks) < 3:
            return False
        if super().analyse(item, "noun").shape == "clause":
            return True
        for prev, t in itertools.pairwise(toks):
            if t in self.relatives or t.startswith("qu'"):
                return False
            # "mot de passe", "le reste", "prise en compte": a noun; "Grand Est": a name
            noun = prev in self.determiners or prev in self.fronted or prev in ("de", "d'")
            if t in self.saying_verbs and not noun and re.search(
                    rf"(?<![\w'’-]){re.escape(t)}(?![\w'’-])", item.replace("’", "'")):
                return True
        return False

    def _label(self, item: str) -> bool:
        """A label typed among the values ("Fait au Québec", "fait main"): no noun to take an
        article, it stands in quotes."""
        return bool(self._label_re and self._label_re.match(item))

    def _guess_article(self, item: str) -> str:
        """The definite article of a value typed without one, from its first word
        ("communauté" -> "la", "geste" -> "le"); "" when the gender is no sure guess."""
        w = fold(item.split(" ")[0])
        data = self.data.get("value_articles", {})
        if not w or w[-1:] in ("s", "x") or w in self.determiners:
            return ""
        if w in data.get("masculine", ()):
            return "le"
        if w in data.get("feminine", ()):
            return "la"
        if w.endswith(tuple(data.get("feminine_endings", ()))):
            return "la"
        if w.endswith(tuple(data.get("masculine_endings", ()))):
            return "le"
        return ""

    def consistent_articles(self, items: Sequence[str]) -> list[str]:
        """A value typed as a sentence or a label keeps its words and has no say in the
        list's articles: "la rigueur" stays "la rigueur" beside it. Where only some values
        carry an article, the others take theirs when their gender is sure ("le geste, la
        lenteur, Communauté" -> "…, la communauté"); else every article goes."""
        said = [self._saying(i) or self._label(i) or bool(_INFINITIVE_VALUE.match(i))
                for i in items]
        kept = [i for i, s in zip(items, said, strict=True) if not s]
        # "le travail bien fait", "nos apprentis": each with its determiner, all kept
        if all(_ITEM.match(i) for i in kept):
            return list(items)
        marked = [bool(self._list_article and self._list_article.match(i.replace("’", "'")))
                  for i in kept]
        if any(marked) and not all(marked):
            guessed = [self._guess_article(i) if not m else "" for i, m in zip(
                kept, marked, strict=True)]
            if all(m or g for m, g in zip(marked, guessed, strict=True)):
                rest = iter([i if m else self._elide(g, self.lower_first(i, always=True))
                             for i, m, g in zip(kept, marked, guessed, strict=True)])
                return [i if s else next(rest) for i, s in zip(items, said, strict=True)]
        rest = iter(super().consistent_articles(kept))
        return [i if s else next(rest) for i, s in zip(items, said, strict=True)]

    @staticmethod
    def _elide(article: str, item: str) -> str:
        return f"l'{item}" if re.match(r"(?i)[aeiouyàâéèêëîïôöûùüœh]", item) and not \
            item[:1].isupper() else f"{article} {item}"

    def sayings(self, items: Sequence[str]) -> list[str]:
        """A value typed as a sentence stands in quotes among the nouns, without an opinion
        typed before it ("Je crois que l'honnêteté est la base de tout" -> « l'honnêteté est
        la base de tout »); the rephrase check asks for a noun."""
        out = []
        for item in items:
            if self._label(item) and item[:1] not in "«\"“":
                out.append(f"«\u00a0{self.lower_first(item, always=True)}\u00a0»")
                continue
            if not self._saying(item) or item[:1] in "«\"“":
                out.append(item)
                continue
            folded = fold(item)
            lead = next((w for w in self.opinion_leads if folded.startswith(w + " ")
                         or (w.endswith("'") and folded.startswith(w))), "")
            said = item[len(lead):].lstrip(" ,") if lead else item
            out.append(f"«\u00a0{self.lower_first(said)}\u00a0»")
        return out

    def analyse(self, text: str, expects: str) -> Analysis:
        """Also a noun phrase with no article where a clause was asked ("électricien agréé
        pour le raccordement" after "Là où mon travail s'arrête,"): no subject and no
        conjugated verb anywhere ("Pour les gâteaux, un confrère" too: its frame keeps the
        fronted part)."""
        if expects == "noun" and text[:1] == "«" and self._saying(text.strip("«» \u00a0")):
            return Analysis("clause")  # a value typed as a sentence, quoted (sayings)
        found = super().analyse(text, expects)
        toks = tokens(text)
        if expects == "noun" and found.shape == "phrase" and fold(text).startswith(
                self.impersonal):
            return Analysis("clause")  # "il n'y a pas assez de…": "c'est qu'il n'y a…"
        if expects == "noun" and found.shape == "phrase" and self._clitic_infinitive(toks):
            return Analysis("verb")  # "te remettre en forme" after "Je peux t'aider avec"
        if expects != "clause" or found.shape != "phrase":
            return found
        if not toks or (toks[0] in self.relatives and toks[0] not in self.fronted):
            return found
        if any(self.subject_at(toks, i) or t in self.clause_subjects or self.is_finite(t)
               for i, t in enumerate(toks)):
            return found
        if toks[0] in self.fronted and ", " not in text:
            return found  # "pour les vins de Bourgogne" says its own frame
        colon = re.search(r"\s:\s", text)
        if toks[0] in self.fronted and colon and ", " not in text[:colon.start()]:
            return found  # "lors de la collecte de 2025 : 1 200 bénévoles…": a list follows
        # "Pour les gâteaux de mariage, un confrère pâtissier": the frame says the verb
        return Analysis("noun")

    def _lower_compound(self, word: str) -> str:
        parts = word.split("-")
        if len(parts) < 2 or any(len(p) < 3 or not p[:1].isupper() or not p[1:].islower()
                                 or fold(p) in self.lang.keep_capital for p in parts):
            return word
        return "-".join(p.lower() for p in parts)

    def _before_appellation(self, words: list[str], n: int) -> bool:
        """ "Comté AOP", "Bordeaux AOC": the capitalised name an appellation follows."""
        return n + 1 < len(words) and words[n][:1].isupper() and \
            fold(re.sub(r"\W+$", "", words[n + 1])) in self.appellations

    def _lower_slashed(self, word: str) -> str:
        """ "Plombier/Chauffagiste" -> "plombier/chauffagiste"; "UX/UI", "DevOps" stay."""
        if "/" not in word:
            return word
        parts = word.split("/")
        return "/".join(self._lower_compound(p) if "-" in p else
                        p.lower() if len(p) > 2 and self.plain_capital(p)
                        and fold(p) not in self.lang.keep_capital else p for p in parts)

    def org_frame(self, org: str, role: str = "") -> str:
        """The words that put the person in an organisation when "chez" would not: a frame
        typed with it ("au sein de la Caisse d'Épargne", "à la Mairie de Lille"), a region
        ("en Wallonie", "dans la région Hauts-de-France"), a public body ("à la Ville de
        Namur", "au Conseil départemental du Nord"), an article typed ("la Région …" ->
        "à la Région …", "le Cabinet X" -> "au sein du Cabinet X"), the person's own
        company without its name ("dans ma propre entreprise"); "" otherwise."""
        org = org.strip()
        if not org:
            return ""
        if self.leads(role) and _COUNTED.search(role) and org[:1].isupper():
            # "gérant de deux librairies indépendantes": the role says what it leads, the
            # organisation is their name ("…, la Librairie Le Pavé"), never "… de la Librairie"
            return f", {self.with_org_article(org)}"
        folded = fold(org)
        words = org.split(" ")
        frame = next((f for f in self.org_typed_frames if folded.startswith(f)), "")
        rest = re.sub(r"^(?:la|le|les|l['’]) ?", "", org[len(frame):]) if frame else ""
        if frame and (rest[:1].isupper() or frame.startswith("au sein")):
            # "Au sein de Michelin" typed with the answer's capital: mid-sentence, small
            return org[:1].lower() + org[1:]  # ("à la recherche d'un emploi": a status)
        if folded in self.regions:
            return f"{self.regions[folded]} {org}"
        place = self.subdivision_frame(org)
        if place:
            return place
        article = self.article_key(words[0]) if words[0][:1].islower() else ""
        if article in ("le", "la", "les", "l'") and len(org) > len(article):
            rest = org[len(article):].lstrip()
            if rest[:1].isupper():
                head = fold(rest.split(" ")[0])
                prep = "à" if head in self.public_bodies and not self.leads(role) else \
                    "de" if self.leads(role) else "au sein de"
                return self.with_prep(prep, org).replace("au sein de le ", "au sein du ") \
                    .replace("au sein de les ", "au sein des ")
        head = fold(re.split(r"[ '’]", org)[0])
        if org[:1].isupper() and not self.leads(role) and (
                head in self.public_bodies or " ".join(tokens(org)[:2]) in self.public_bodies):
            # the one who leads it is "maire de la Ville de Namur": the leader's frame
            the = self.with_org_article(org)
            return self.with_prep("à", the) if the != org else ""
        if words[0].lower() in self.data.get("own_possessives", ()) and not self.leads(role) \
                and not self.owns(role, org):
            return f"dans {org}"
        return ""

    def subdivision_frame(self, org: str) -> str:
        """A region, département, canton or province typed as the organisation (ISO 3166-2,
        through pycountry, in French), in the words French puts before it ("dans le Gard",
        "en Haute-Garonne", "dans le canton de Vaud", "au Manitoba"); the names a city
        shares ("Liège", "Genève") read "à"; "" for no such place."""
        kind, name = _subdivisions(tuple(self.data.get("place_countries", ()))).get(
            fold(org.strip()), ("", ""))
        places = self.data.get("place_frames", {})
        if not kind or not org[:1].isupper():
            return ""
        folded = fold(name)
        if folded in places.get("city_names", ()):
            return f"à {org}"
        frames = places.get(kind, {})
        gender = next((g for g in ("with_article", "plural", "island", "masculine",
                                   "feminine") if folded in places.get(g, ())), "")
        if not gender:
            gender = "feminine" if folded.split("-")[0].endswith("e") else "masculine"
        # a vowel or a silent h ("dans l'Ain", "dans l'Hérault"; never "l'Hainaut")
        vowel = bool(re.match(r"[aeiouyàâéèêîôœ]", folded)) or folded in places.get(
            "silent_h", ())
        if gender == "masculine" and vowel:
            gender = "vowel"
        frame = (vowel and frames.get(f"{gender}_vowel")) or frames.get(gender) or \
            frames.get("masculine", "")
        return _fuse(frame.replace("{}", org)).replace("de A", "d'A") if frame else ""

    def kind_place(self, org: str, role: str) -> str:
        """The role names the organisation's kind ("secrétaire de mairie" at "Mairie de
        Lille"): the place the organisation's name adds stays, after "à" ("à Lille", "au
        Havre"); a région or département the name says is kept as it is ("agent du conseil
        départemental du Nord"); "" otherwise."""
        role_f = fold(re.sub(r"\s*\(.*?\)", "", role))
        org_f = fold(org)
        m = re.search(r"(?:^|\s)(?:de|d'|du|des|en|au|à)\s?([^\W\d_][^,()]*)$", role_f)
        if not m or not org[:1].isupper():
            return ""
        kind = m.group(1).strip()
        if not org_f.startswith(kind + " ") or len(kind) < 4:
            return ""
        rest = org[len(kind) + 1:]
        n = re.match(r"(de la |de l['’]|de |d['’]|du |des )(?=[A-ZÀ-Ý])", rest)
        the = self.with_org_article(org)
        if not n and the != org and not self.leads(role):
            # "technicien de laboratoire" at "Laboratoire cantonal, Epalinges": the name says
            # more than the kind, it stays ("au Laboratoire cantonal, à Epalinges")
            return re.sub(r", ([A-ZÀ-Ý][\w'’-]+)$", r", à \1", self.with_prep("à", the))
        if not n:
            return ""
        name = rest[n.end():]
        if _subdivisions(tuple(self.data.get("place_countries", ()))).get(fold(name)):
            return rest
        lead = {"de la ": "à la ", "du ": "au ", "des ": "aux "}.get(
            n.group(1), "à l'" if n.group(1).startswith("de l") else "à ")
        return f"{lead}{name}"

    def is_finite(self, word: str) -> bool:
        """Also a verb behind an elided pronoun: "m'a", "s'est", "n'ont", "c'était" (never
        behind an article: "l'aide" is a noun)."""
        if super().is_finite(word):
            return True
        head, _, rest = word.rpartition("'")
        return head in _ELIDED_PRONOUNS and bool(rest) and super().is_finite(rest)

    def _clitic_infinitive(self, toks: list[str]) -> bool:
        """An infinitive behind its pronoun: "te remettre…", "vous faire…", "t'organiser…"."""
        if not toks:
            return False
        if toks[0] in self.clitics and len(toks) > 1:
            return self.is_verb_start(toks[1])
        head, _, rest = toks[0].partition("'")
        return bool(rest) and head + "'" in self.clitics and self.is_verb_start(rest)

    def with_prep(self, prep: str, phrase: str) -> str:
        """ "de" + "les gens" -> "des gens", "à" + "un avocat, ou la fiduciaire" -> "à un
        avocat, ou à la fiduciaire"; elision ("de agronomie") is the tidy rules' work."""
        if not phrase:
            return phrase
        split = _list_items(phrase)
        if split:
            head, conj, last = split
            return _fuse(", ".join(f"{prep} {i}" for i in head) + f" {conj} {prep} {last}")
        def again(m: re.Match[str]) -> str:
            # "les artisans qui travaillent le bois, le métal et la pierre": after a relative
            # that ends on its object, what follows "et" may be more of it, as typed
            before = phrase[:m.start()]
            if _RELATIVE.search(before) and _DET_END.search(before.rsplit(", ", 1)[-1]):
                return m.group(0)
            return f"{m.group(1)}{prep} "

        phrase = self._again.sub(again, phrase)
        return _fuse(f"{prep} {phrase}")

    def join(self, items: Iterable[str], conjunction: str | None = None, prep: str = "") -> str:
        """A list, with `prep` before every item as French says it ("de gestion de l'eau,
        d'agroécologie et de modélisation"): then each item's article fuses with it. When an
        item holds "et" itself ("HACCP et AFSCA"), the last one follows "ainsi que", so the
        list's own join never reads "…, et négociation et contrats" (nor, of two, "l'empathie
        et l'écoute et la rigueur")."""
        words = [i for i in items if i]
        if prep:
            words = [self.with_prep(prep, w) for w in words]
        word = conjunction or self.lang.and_word
        if len(words) > 1 and word == self.lang.and_word and \
                any(word in tokens(w) for w in words):
            return f"{', '.join(words[:-1])} ainsi que {words[-1]}"
        return super().join(words, conjunction)

    def _capital_pair(self, text: str) -> bool:
        """The answer opens with a name of two capitalised words before small ones ("After
        Effects, et la typo", "Google Ads à fond"): a product, neither a verb ("after" is no
        infinitive) nor a capital typed only because the answer began. Never an article
        ("Le Patrimoine Bâti"), a common noun ("Gestion Commerciale") or Title Case typed
        throughout."""
        words = [re.sub(r"[^\w'’-]+$", "", w) for w in text.lstrip().split(" ")]
        if len(words) < 2 or not all(w[:1].isupper() for w in words[:2]):
            return False
        head = words[0]
        if not head[1:].islower() or self.starter_key(head) in self.lang.lowercase_starters \
                or head.casefold() in self.determiners or self.common_noun(head):
            return False
        rest = [w for w in words[2:] if len(w) > 3]
        return bool(rest) and any(w[:1].islower() for w in rest)

    def _named_start(self, text: str) -> bool:
        return super()._named_start(text) or self._capital_pair(text)

    def _title_typed(self, value: str) -> bool:
        """Title Case typed on a phrase, said by a small word with a capital past the first
        ("Dirigeants De PME", "Artisans Et Commerçants Du Grand Est"): French never
        capitalises "de", "et", "du" inside a phrase, not even in a name."""
        words = value.split(" ")
        small = [w for w in words[1:] if w[:1].isupper() and (
            fold(w) in self.title_small or fold(re.sub(r"(?<=['’]).*", "", w)) in self.title_small)]
        long_words = [w for w in words if len(re.sub(r"\W", "", w)) > 3]
        return bool(small) and all(w[:1].isupper() for w in long_words)

    def _untitled(self, value: str) -> str:
        """Title Case lowered word by word; acronyms, CamelCase ("LinkedIn"), the pack's
        names and the places of `region_frames` ("Grand Est") keep their capitals."""
        places = [m.span() for k in self.regions
                  for m in re.finditer(rf"(?<!\w){re.escape(k)}(?!\w)", fold(value))]
        out, at = [], 0
        for w in value.split(" "):
            span = (at, at + len(w))
            at += len(w) + 1
            name = any(a <= span[0] and span[1] <= b for a, b in places)
            bare = re.sub(r"^[\W_]+|[\W_]+$", "", w)
            if re.match(r"^[DLdl]['’][^\W\d_]", bare) and bare[2:].islower():
                out.append(w[:1].lower() + w[1:])  # "Esprit D'équipe" -> "esprit d'équipe"
                continue
            if name or not self.plain_capital(bare) or fold(bare) in self.lang.keep_capital \
                    or self.keeps_capital(bare) or fold(re.sub(r"^\w['’]", "", bare)) in \
                    self.lang.keep_capital:
                out.append(w)
            else:
                out.append(w.lower())
        return " ".join(out)

    def tidy_list(self, items: Sequence[str]) -> list[str]:
        """A list item typed in Title Case with its small words ("Gestion Des Stocks",
        "Planning Des Équipes") is lowered around its names, as a phrase is."""
        # "TVA ; AVS ; LPP": short parts typed as a list of their own inside an item, joined
        # as the list's other items join theirs ("Comptabilité / bouclements")
        items = [" / ".join(p.strip() for p in re.split(r"\s*;\s*", i))
                 if ";" in i and all(0 < len(p.split()) <= 3 for p in re.split(r"\s*;\s*", i))
                 else i for i in items]
        # the first word's capital is list_case's to judge, over the whole list
        items = [i[:1] + self._rebrand(self._untitled(i))[1:] if self._title_typed(i) else i
                 for i in items]
        if not self._appellation:
            return items
        # "Cahier des charges Comté AOP": a name that ends like a common noun and its
        # appellation, one unit held by a no-break space, which the list's capitals leave
        # alone ("Gruyère AOP" is kept as a name already)
        pattern = self._appellation
        return [pattern.sub(lambda m: f"{m.group(1)}\u00a0{m.group(2)}"
                            if self.common_noun(m.group(1)) else m.group(0), i) for i in items]

    def lower_first(self, value: str, *, always: bool = False) -> str:
        """Also an elided article before an acronym: "L'IA appliquée" -> "l'IA appliquée";
        a name of two capitalised words keeps its capitals ("After Effects"); Title Case
        typed with its small words ("Dirigeants De PME") is lowered around its names."""
        if value and self._title_typed(value):
            value = self._rebrand(self._untitled(value))
        if self._capital_pair(value):
            return value
        m = _ELIDED_ACRONYM.match(value)
        if m and (always or m.group(1).casefold() + "'" in self.lang.lowercase_starters):
            return m.group(1).lower() + value[len(m.group(1)):]
        return super().lower_first(value, always=always)

    def lower_title(self, value: str, *, always: bool = False, role: bool = False,
                    org: str = "") -> str:
        """Title Case lowered word by word, keeping the pack's names: a country or a product
        in the phrase ("France", "Salesforce") no longer keeps the whole phrase capitalised.
        In a role a compound of capitalised common words is a title, no place's name:
        "Boulanger-Pâtissier" -> "boulanger-pâtissier" ("Saint-Étienne" stays)."""
        if role:
            # "Chauffagiste - plombier, gérant": two common words joined by a spaced dash are
            # one compound title ("chauffagiste-plombier")
            value = _SPACED_DASH.sub(lambda m: f"{m.group(1)}-{m.group(2)}" if all(
                self.is_common_word(w) and not self.is_name_word(w) for w in m.groups())
                else m.group(0), value)
        if role and "/" in value:
            # "Plombier/Chauffagiste", "Fondatrice/Gérante": each part a title, no name
            value = " ".join(self._lower_slashed(w) for w in value.split(" "))
        if role and "-" in value:
            value = " ".join(self._lower_compound(w) for w in value.split(" "))
        # "d'État": the name after an elided article or preposition; "Saint-Étienne": a
        # compound whose first part is a name's
        split = value.split(" ")
        kept = [w for n, w in enumerate(split)
                if fold(re.sub(r"\W", "", re.sub(r"^\w['’]", "", w))) in self.lang.keep_capital
                or ("-" in w and fold(w.split("-")[0]) in self.lang.keep_capital)
                or self._before_appellation(split, n)]
        if not kept or len(kept) == len(value.split(" ")):
            return self._rebrand(super().lower_title(value, always=always, role=role, org=org))
        marker = "\u2063"  # an invisible separator stands in for each name while lowering
        names = iter(kept)
        masked = " ".join(marker * (i + 1) if w in kept else w
                          for i, w in enumerate(value.split(" ")))
        # Title Case around a name ("Procédure Renault"): every long word capitalised
        long_words = [w for w in value.split(" ") if len(re.sub(r"\W", "", w)) > 3]
        title = len(long_words) > 1 and all(w[:1].isupper() for w in long_words)
        lowered = super().lower_title(masked, always=always or title, role=role, org=org)
        return self._rebrand(re.sub(f"{marker}+", lambda _m: next(names), lowered))


def packwords_common(code: str) -> Any:
    """The pack's common words (lexicon/common.txt), or None."""
    from wizard.grammar import packwords

    return packwords.common_words(code)


def _me(verb: str) -> str:
    """ "contacter" -> "me contacter", "écrire à" -> "m'écrire"."""
    verb = re.sub(r"\s+à$", "", verb)
    return ("m'" if re.match(r"[aeiouyhéèêàâîôû]", verb, re.IGNORECASE) else "me ") + verb


@functools.cache
def _subdivisions(countries: tuple[str, ...]) -> dict[str, tuple[str, str]]:
    """The regions, départements, cantons and provinces of `countries` (ISO 3166-2, through
    pycountry), by their folded French name (and the name pycountry gives): (their kind,
    the French name)."""
    try:
        import pycountry
    except ImportError:
        return {}
    try:
        book: gettext.NullTranslations = gettext.translation(
            "iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        book = gettext.NullTranslations()  # the names as pycountry gives them
    tr = book.gettext
    kinds = {"metropolitan department": "département", "metropolitan region": "région",
             "canton": "canton", "province": "province", "territory": "province",
             "region": "région"}
    out: dict[str, tuple[str, str]] = {}
    for code in countries:
        for sub in pycountry.subdivisions.get(  # type: ignore[no-untyped-call]
                country_code=code) or ():
            kind = kinds.get(str(sub.type).casefold(), "")
            if not kind or "," in str(sub.name):  # "wallonne, Région": named otherwise
                continue
            kind = f"{kind}_{code.casefold()}" if kind == "province" else kind
            french = tr(str(sub.name))
            for name in (french, str(sub.name), french.replace(" ", "-")):
                out.setdefault(fold(name), (kind, french))
    return out


def _list_items(phrase: str) -> tuple[list[str], str, str] | None:
    """The items of a list typed as one answer: those before the conjunction, the
    conjunction, the last item; None when the answer is not such a list ("un notaire, le cas
    échéant" has no "et": it stays as typed)."""
    parts = phrase.split(", ")
    m = _LAST.search(parts[-1]) if len(parts) > 1 else None
    if m is None:
        return None
    head = [*parts[:-1], parts[-1][:m.start()]]
    # "les artisans qui travaillent le bois, le métal et la pierre": the items may be the
    # relative's objects; "les jeunes qui veulent s'installer en élevage, les lycées…" ends
    # on no article, so the items after it are the list's own
    # a relative in a later item that ends on no article ("les associations du Nord, les
    # entreprises qui veulent faire du mécénat de compétences et les futurs bénévoles") is
    # that item's own too
    if not all(_ITEM.match(i) for i in head) or any(
            _RELATIVE.search(i) and _DET_END.search(i) for i in head):
        return None
    return head, m.group(1), parts[-1][m.end():]


def _fuse(text: str) -> str:
    """The fused forms where a preposition meets an article: "de les" -> "des"."""
    def one(m: re.Match[str]) -> str:
        fused = _FUSED[(fold(m.group(1)), fold(m.group(2)))]
        return fused[0].upper() + fused[1:] if m.group(1)[0].isupper() else fused

    return re.sub(r"(?<![\w'’])(de|à|De|À) (le|les)(?= )", one, text)



GRAMMAR = French
