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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from wizard.core.languages import Language
from wizard.core.lazyre import lazy
from wizard.grammar import packwords
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
        self.title_case_marks = _folded(data, "title_case_marks")
        self.place_prepositions = _folded(data, "place_prepositions")
        self.common_after_place = _folded(data, "common_after_place")
        self.acronym_head = _regex_of(data.get("acronym_compound_head"))
        predicates = data.get("verbless_predicates", {})
        self.verbless_predicates = {fold(k): str(v) for k, v in predicates.items()}
        self._verbless = lazy(
            r"(?i)^((?:de|het|een|je|jouw|uw|mijn|m'n|onze|ons|hun|zijn|haar)\s+"
            r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})\s+("
            + "|".join(re.escape(k) for k in sorted(predicates, key=len, reverse=True))
            + r")(?:\s+(brengen|krijgen|zetten|houden))?\s*[.!]?$") if predicates else None
        self.third_person_subjects = _folded(data, "third_person_subjects")
        self.third_person_verbs = {fold(k): str(v)
                                   for k, v in data.get("third_person_verbs", {}).items()}
        self.typed_acronyms = {fold(str(v)): str(v) for v in data.get("typed_acronyms", ())}
        self.small_initialisms = _folded(data, "small_initialisms")
        self.compound_head = _regex_of(data.get("compound_head"))
        self.compound_nouns = _folded(data, "compound_nouns")
        self.reader_keys = frozenset(data.get("reader_keys", ()))
        self.reader_prepositions = _folded(data, "reader_prepositions")
        # the answers whose generic "je" is the reader's "u" in a u-text; one left there is
        # a register error (render.other_register counts its weak words)
        self.saying_keys = frozenset(data.get("saying_keys", ()))
        self.weak_register_keys = self.reader_keys | frozenset(
            data.get("reader_subject_keys", ()))
        self._reader_swap = {str(r): {fold(k): str(v) for k, v in t.items()}
                             for r, t in data.get("reader_swap", {}).items()}
        subject = data.get("reader_subject", {})
        self._reader_subject = {str(r): _ReaderSubject(t) for r, t in subject.items()}
        self.stem_verbs = {fold(k): fold(str(v)) for k, v in data.get("stem_verbs", {}).items()}
        self.region_words = {fold(k): str(v) for k, v in data.get("region_words", {}).items()}
        self.place_names = _folded(data, "place_names")
        names = sorted((*data.get("proper_names", ()), *data.get("place_names", ())), key=len,
                       reverse=True)
        self.proper_names: dict[str, str] = {fold(str(n)): str(n) for n in names}
        # "exact online", "lely-robots": a name the pack knows, however it was typed (not in
        # an address: "utrecht.nl", "info@lely.com")
        self._proper_name = re.compile(
            r"(?<![\w@./’'-])(" + "|".join(re.escape(n) for n in names) + r")(?![\w@/’']|\.\w)",
            re.IGNORECASE) if names else None

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

    def respell(self, text: str) -> str:
        """Items typed as bullet lines ("- een derde winkel openen\n- de herstelplaats
        uitbreiden\n- …", which reach here on one line: "- a - b - c") are one Dutch list:
        commas and "en" before the last."""
        text = self.semicolon_list(self.acronyms_in_capitals(super().respell(text)))
        m = _LINE_BULLET.match(str(text).strip())
        if not m:
            return text
        bullet = m.group(0).strip()
        items = [i.strip() for i in str(text).strip()[m.end():].split(f" {bullet} ")]
        if len(items) < 2 or any(not i or re.search(r"[.!?;:]$", i) for i in items):
            return text
        if len({self._ends_in_participle(i) for i in items}) > 1:
            # "• 29 jaar politie • budgetten beheerd": one verb cannot carry them all; the
            # bullets stay, and the rephrase check names the answer
            return text
        return f"{', '.join(items[:-1])} {self.lang.and_word} {items[-1]}"

    def _article_phrase(self, item: str) -> bool:
        """A phrase that says something about its noun ("de familie centraal", "de klant
        voorop"): without its article it reads broken ("familie centraal")."""
        toks = tokens(item)
        return len(toks) == 3 and toks[0] in ("de", "het") and self.common_noun(toks[1]) \
            and not self.common_noun(toks[2]) \
            and not (self.verb_form and self.verb_form.search(toks[2]))

    def numbered_items_fit(self, items: list[str]) -> bool:
        """Items typed with numbers ("1) werken met de Omgevingswet 2) GIS en BIM bijspijkeren
        3) een projectteam leiden") are one Dutch list only when none has its own full stop
        and one verb can carry them all (as with bullets: "29 jaar politie", "budgetten
        beheerd" stay numbered, and the rephrase check names the answer)."""
        return not any(re.search(r"[.!?:]$", i) for i in items) \
            and len({self._ends_in_participle(i) for i in items}) <= 1

    def _ends_in_participle(self, item: str) -> bool:
        """The item ends in a past participle or a finite verb ("budgetten beheerd", "een
        meidengroep opgezet"), not in a noun ("per jaar", "als hoofdinspecteur")."""
        toks = tokens(item)
        last = toks[-1] if toks else ""
        return len(last) > 3 and last.endswith(("d", "t")) and not self.common_noun(last) \
            and (last.startswith(("ge", "be", "ver", "ont", "her", "er")) or bool(
                re.match(r"^(?:op|af|uit|in|aan|mee|door|terug|rond|over|vast|bij)ge", last))
                 or self.is_finite(last))

    def semicolon_list(self, text: str) -> str:
        """Short items without a verb typed with semicolons ("Risicoanalyse; Veiligheidsplan;
        Opleiding Van Uw Stewards") are one Dutch list, their capitals a style:
        "Risicoanalyse, veiligheidsplan en opleiding van uw stewards". Clauses stay."""
        items = self._semicolon_items(text)
        if not items:
            return text
        items = [items[0], *(self.lower_title(i, always=True) if self.plain_capital(
            i.split(" ")[0]) and not self.is_name_word(i.split(" ")[0]) else i
            for i in items[1:])]
        return f"{', '.join(items[:-1])} {self.lang.and_word} {items[-1]}"

    def _semicolon_items(self, text: str) -> list[str]:
        """The items of a list typed with semicolons, short and without a verb; [] if not."""
        if not isinstance(text, str) or ";" not in text:
            return []
        items = [i.strip() for i in text.strip().rstrip(".").split(";")]
        if len(items) < 2 or any(not i or len(i.split()) > 6 or re.search(r"[.!?:]", i)
                                 or any(self.is_finite(t) or t in self.pronouns
                                        for t in tokens(i)) for i in items):
            return []
        return items

    def typed_labels(self, text: str) -> bool:
        """A list of labels ("Risicoanalyse; Veiligheidsplan; Opleiding Van Uw Stewards"):
        items typed with semicolons, some without an article. Whether a bare item is a mass
        noun ("risicoanalyse") or needs "een" ("een veiligheidsplan") no rule can tell, so
        a frame puts such a list after a colon, where bare labels read as one style."""
        return any(tokens(i)[:1] and tokens(i)[0] not in self.determiners
                   for i in self._semicolon_items(text))

    def as_writer(self, values: dict[str, Any], name: str) -> dict[str, Any]:
        """Each text answer of a bio in the third person in the first (_writer_text)."""
        return {k: self._writer_text(v, name) if isinstance(v, str) and v else v
                for k, v in values.items()}

    def _writer_text(self, text: str, name: str) -> str:
        """A sentence of a bio in the third person in the first ("Hanneke heeft sinds 2011 …"
        -> "ik heb sinds 2011 …", "Ze gelooft dat …" -> "ik geloof dat …"): the person's
        name (whole or the first) or one of the pack's third_person_subjects first, then a
        finite verb in its third-person form; "zich" in that clause is "me", "haar" before
        a noun "mijn", and a verb after "en" takes the first-person form too ("neemt … en
        werkt" -> "neem … en werk")."""
        if not self.third_person_verbs:
            return text
        names = self.writer_names(name)
        out: list[str] = []
        about_writer = True  # "Hij" after another sentence may be someone else ("mijn vader")
        for sent in re.split(r"(?<=[.!?])\s+", text):
            subject = next((n for n in names if sent.startswith(f"{n} ")), None)
            if subject is None and about_writer \
                    and fold(sent.split(" ")[0]) in self.third_person_subjects:
                subject = sent.split(" ")[0]
            m = _VERB_AFTER.match(sent[len(subject) + 1:]) if subject else None
            first = self._first_person_verb(m.group(1)) if m else None
            if subject is None or m is None or first is None:
                out.append(sent)
                about_writer = False
                continue
            rest = sent[len(subject) + 1 + m.end():]
            rest = re.sub(r"(?<![\w'’-])zich(?![\w'’-])", "me", rest, count=1)
            rest = re.sub(r"(?<![\w'’-])zichzelf(?![\w'’-])", "mezelf", rest)
            # "haar cliënten" of a woman's bio: "mijn" before a word that is no verb
            rest = re.sub(r"(?<![\w'’-])haar (?=([a-zà-ÿ]+))", lambda v: v.group(0) if (
                self._verb_like(v.group(1))) else "mijn ", rest)
            rest = re.sub(r"(?<=\ben )([a-zà-ÿ]+t)(?=\s)", lambda v: (
                self._first_person_verb(v.group(1)) if self.is_finite(fold(v.group(1)))
                or v.group(1).endswith("dt") else None) or v.group(1), rest)
            if _PAST.search(fold(m.group(1))):
                # "…, waar zij het ontwerp leidde": a bio told in the past names its writer
                # again after a relative; the past is the same for "ik"
                rest = re.sub(r"(?<![\w'’-])(waar|toen|nadat|omdat|terwijl|waarna) (?:zij|hij|ze)"
                              r"(?= [^.!?]*?\b[a-zà-ÿ]+(?:[^aeiou]de|[^aeiou]te|dde|tte)\b)",
                              r"\1 ik", rest)
            out.append(f"ik {first}{rest}")
        return " ".join(out)

    def _first_person_verb(self, verb: str) -> str | None:
        """The first-person form of a third-person verb ("heeft" -> "heb", "neemt" -> "neem",
        "richt" -> "richt"); None when the word is no such form."""
        low = fold(verb)
        if low in self.third_person_verbs:
            return self.third_person_verbs[low]
        if _PAST.search(low) and low.isalpha():
            return low  # the past is the same for "ik" and "zij": "studeerde", "werkte"
        if not (low.endswith("t") and len(low) > 3 and low.isalpha()):
            return None
        if _STEM_T.search(low) and not _LONG_ST.search(low):
            return low  # the stem ends in -t: "richt", "zet", "weet", "test"
        return low[:-1]

    def acronyms_in_capitals(self, text: str) -> str:
        """Acronyms typed in small letters in capitals ("mijn vca" -> "mijn VCA", "bhv-diploma"
        -> "BHV-diploma"): the pack's typed_acronyms, or a word of two to five letters without
        a vowel that is no Dutch or English word nor one of the pack's small_initialisms
        ("zzp'er", "enz"); not in an address ("www.wrm.nl")."""
        if not isinstance(text, str) or not (self.typed_acronyms or self.small_initialisms):
            return text

        def capitals(m: re.Match[str]) -> str:
            word = m.group(1)
            known = self.typed_acronyms.get(word)
            if known is not None:
                return known
            if word in self.small_initialisms or _VOWEL.search(word) \
                    or self.is_common_word(word):
                return word
            return word.upper()

        return _SMALL_ACRONYM.sub(capitals, text)

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
            # "als het rooster klopt is iedereen blij": the main clause's verb before its
            # subject, with or without "dan"
            return any(a == "dan" and self.is_finite(b) for a, b in itertools.pairwise(toks)) \
                or self._main_after_sub(toks) is not None
        return False

    def _main_after_sub(self, toks: Sequence[str]) -> int | None:
        """Where the main clause's verb stands after a subordinate clause that opens the
        answer ("als het rooster klopt is iedereen blij": "is"), with its subject right after
        it, a pronoun too ("iedereen"); None when the answer opens otherwise."""
        if not toks or toks[0] not in self.subordinators:
            return None
        return next((i for i in range(2, len(toks) - 1) if self.is_finite(toks[i]) and (
            self.subject_at(toks, i + 1) or toks[i + 1] in self.pronouns)), None)

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
            if i and toks[i - 1] in _ARTICLES:
                continue  # "de zorg", "het werk": a noun after its article
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
        text = self._spliced(self._comma_before_main(text))
        if shape == "phrase":
            return self.comma_list(text)
        if shape == "main" and self._main_after_sub(toks) is not None:
            i: int | None = self._main_after_sub(toks)
        elif shape != "clause" or not self._opens_with_subclause(toks):
            return text
        else:
            i = self._inverted_at(toks)
        words = list(_WORD.finditer(text))
        if i is None or i >= len(words):
            return text
        start = words[i].start()
        before = text[:start].rstrip()
        if before.endswith((",", ";", ":")):
            return text
        return f"{before}, {text[start:]}"

    def _spliced(self, text: str) -> str:
        """Two main clauses typed with a comma between them ("… ingevoerd, het aantal
        longontstekingen daalde met 20%", "…, de grens verdwijnt"): a semicolon, as an editor
        writes it. Only where "het" or "de" and at most two words stand before a verb the
        pack or the word list knows ("daalde", "hangt": "hangen"); "(ja, dat kan …)", ", en …"
        and a phrase without a verb stay."""
        def verb(word: str) -> bool:
            w = fold(word)
            return self.is_finite(w) or bool(_PAST.search(w)) or (
                w.endswith("t") and len(w) > 3 and self.is_common_word(w[:-1] + "en")
                and not self.common_noun(w))

        def semicolon(m: re.Match[str]) -> str:
            words = m.group(2).split()[1:]
            return f"; {m.group(2)}" if any(verb(w) for w in words) else m.group(0)

        return _SPLICE.sub(semicolon, text)

    def _comma_before_main(self, text: str) -> str:
        """ "omdat ik weet hoe het moet en dat wil ik doorgeven": after "en" a main clause
        of its own ("dat wil ik"), which a comma sets off from the subordinate clause before
        it."""
        def comma(m: re.Match[str]) -> str:
            verb = fold(m.group(2))
            before = text[:m.start()]
            # only after a subordinate clause, which the main clause would seem to go on
            # ("Ik ben bezig met … en daarna ga ik …" needs none)
            sub = any((t in self.relatives or t in self.subordinators)
                      and t not in self.coordinators for t in tokens(before))
            return f", en {m.group(1)}" if (self.is_finite(verb) or verb in self.auxiliaries) \
                and sub and not before.rstrip().endswith(",") else m.group(0)

        return _EN_MAIN.sub(comma, text)

    def after_stem(self, value: str, stem: str) -> str:
        """ "terug aan de slag gaan als planner" after "In de komende jaren ga ik": the stem's
        "ga" already carries the future, so its infinitive typed again goes ("ga ik terug
        aan de slag als planner"); the pack's stem_verbs say which. Kept where it is another
        clause's verb ("zorgen dat mensen weer naar buiten gaan") or after "laten"."""
        toks = tokens(stem)
        value = self._with_predicate_verb(value, toks)
        verb = self.stem_verbs.get(toks[-2]) if len(toks) > 1 else None
        if not verb:
            return value
        words = list(_WORD.finditer(value))
        for i, m in enumerate(words):
            w = fold(m.group(0))
            if w in self.relatives or w in self.subordinators or w == "te":
                return value
            near = {fold(x.group(0)) for x in words[max(0, i - 1):i + 2]}
            if w == verb and len(words) > 1 and not (i and fold(words[i - 1].group(0)) in
                                                     ("laten", "blijven")) \
                    and not near & _PLURAL_SUBJECTS:  # "gaan we": a finite verb, kept
                cut = value[:m.start()] + value[m.end():]
                return re.sub(r"\s+(?=[,;:])", "", re.sub(r"\s{2,}", " ", cut)).strip()
        return value

    def _with_predicate_verb(self, value: str, stem: Sequence[str]) -> str:
        """ "uw administratie op orde" after a stem that ends in a preposition ("Ik kan je
        helpen met"): the expression's verb, as a noun ("het op orde brengen van uw
        administratie"), or the one typed after it ("op orde houden"); the pack's
        verbless_predicates say which verb. A word between the
        article and the noun that is a verb ("je kunt …") keeps the words as typed."""
        if self._verbless is None or not stem or stem[-1] not in self.reader_prepositions:
            return value
        m = self._verbless.match(value.strip())
        if not m or any(self._verb_like(t) for t in tokens(m.group(1))[1:]):
            return value
        verb = self.verbless_predicates[fold(m.group(2))]
        if m.group(3):  # "je administratie op orde houden": the verb typed is kept
            verb = f"{m.group(2)} {m.group(3)}"
        return f"het {verb} van {m.group(1)}"

    def to_reader(self, text: str, key: str, register: str) -> str:
        """ "een eerlijk verhaal over overstappen na je 50e" after "Ik kan u helpen met": the
        generic "je" is the reader, whom a u-text calls "uw". Only the possessive after a
        preposition, before a word that is no verb ("na je 50e", "voor je bedrijf"); "met je
        praten", "je klanten" (a word in -en may be a verb) stay. The pack's reader_keys
        name the answers the frames say to the reader."""
        bare = re.sub(r"\.$", "", text.strip())
        said = tokens(bare)
        if key in self.saying_keys and text and "," not in bare and len(said) <= 5 \
                and not self.subject_at(said, 0) and said[:1] != ["je"] \
                and not any(t in self.subordinators or t in self.relatives
                            or t in self.pronouns for t in said):
            # "Afspraak is afspraak." after "Ik sta voor": a saying, quoted as in a list
            # (short, one clause: "zorg die 's nachts …", "persoonlijke zorg, ook als …" are
            # none; "we moeten eerlijk zijn" has a subject of its own: the rephrase check's)
            quoted = self.sayings([self.lower_first(bare)])[0]
            text = quoted if quoted.startswith("‘") else text
        subject = self._reader_subject.get(register)
        if subject and key in self.weak_register_keys and key not in subject.skip_keys \
                and text and not set(tokens(text)) & subject.keep_with:
            spoken = self._reader_subjects(text, subject)
            # "uw installatie … dat u minder koopt": with "u" said as "je", "uw" can be swapped
            text = self.in_register(spoken, register) if spoken != text else text
        table = self._reader_swap.get(register)
        if not table or key not in self.reader_keys or not text:
            return text
        words = list(_WORD.finditer(text))
        swaps = []
        for i, m in enumerate(words[1:-1], 1):
            new = table.get(fold(m.group(0)))
            after = fold(words[i + 1].group(0))
            if new and fold(words[i - 1].group(0)) in self.reader_prepositions and not (
                    after.endswith("en") or self.is_finite(after) or after in self.auxiliaries
                    or after in self.determiners):
                swaps.append((m.start(), m.end(), new))
        for start, end, new in reversed(swaps):
            text = text[:start] + new + text[end:]
        return text

    def _reader_subjects(self, text: str, table: _ReaderSubject) -> str:
        """ "een plan waarmee je verder kunt", "kun je meteen starten" in a u-text: the generic
        "je" is the reader, "u", with the verb in its u-form from the pack's reader_subject
        ("kun je" -> "kunt u", "je kan" -> "u kunt"); "je" before a noun the pack lists or
        that ends as nouns do is "uw" ("zodat je bedrijf groeit"). Where the verb is not
        in the pack's tables, the answer stays as typed (and mixed_register says so)."""
        words = list(_WORD.finditer(text))
        folded = [fold(m.group(0)) for m in words]
        swaps: list[tuple[int, int, str]] = []
        for i, w in enumerate(folded):
            if w not in table.pronouns:
                continue
            before = folded[i - 1] if i else ""
            after = folded[i + 1] if i + 1 < len(folded) else ""
            if w in table.objects:
                swaps.append((words[i].start(), words[i].end(), table.pronoun))
            elif table.object and before in self.reader_prepositions \
                    and _same_clause(text, words[i - 1], words[i]):
                # "bij u aan de slag" in a je-text: after a preposition "u" is the object
                swaps.append((words[i].start(), words[i].end(), table.object))
            elif i and before in table.inverted and _same_clause(text, words[i - 1], words[i]):
                # "kun je" -> "kunt u"
                swaps.append((words[i - 1].start(), words[i - 1].end(),
                              _cased(words[i - 1].group(0), table.inverted[before])))
                swaps.append((words[i].start(), words[i].end(), table.pronoun))
            elif w in table.possessive and (after in table.nouns or (
                    after and self.common_noun(after) and not self.is_finite(after))) \
                    and not self._agrees_with_je(text, words, folded, i + 1, table):
                swaps.append((words[i].start(), words[i].end(),
                              _cased(words[i].group(0), table.possessive[w])))
            elif w in table.possessive and after and not self._verb_like(after) \
                    and not self.is_finite(after) and not self.is_finite(before) \
                    and before not in self.auxiliaries \
                    and self._subject_before(text, words, folded, i):
                # "u mag altijd je hand opsteken": the clause has its subject, so "je" before
                # a noun is the possessive ("uw hand"); right after the verb it may be the
                # object ("ik geef je advies")
                swaps.append((words[i].start(), words[i].end(),
                              _cased(words[i].group(0), table.possessive[w])))
            elif i and before in self.reader_prepositions and after.endswith("en") \
                    and after not in table.nouns:
                return text  # "met je praten": a verb or a noun? as typed (and flagged)
            elif w in table.possessive and after and not self._verb_like(after) and (
                    (i and before in self.reader_prepositions
                     and _same_clause(text, words[i - 1], words[i]))
                    or (self._clause_verb(text, words, folded, i, table) is None
                        and (not i or not _same_clause(text, words[i - 1], words[i])))):
                # "na je 50e", ": je hypotheek, je studieschuld": a noun phrase
                swaps.append((words[i].start(), words[i].end(),
                              _cased(words[i].group(0), table.possessive[w])))
            else:
                verb = self._clause_verb(text, words, folded, i, table)
                if verb is None:
                    return text  # no verb the pack can put in the u-form: as typed
                if verb >= 0:
                    swaps.append((words[verb].start(), words[verb].end(),
                                  table.forms[folded[verb]]))
                # "waar ook u welkom bent": after "ook" the pronoun is stressed ("ook jij")
                said = table.stressed if table.stressed and before in table.stress_after \
                    else table.pronoun
                swaps.append((words[i].start(), words[i].end(), _cased(words[i].group(0), said)))
        for start, end, new in sorted(set(swaps), reverse=True):
            text = text[:start] + new + text[end:]
        return text

    def _subject_before(self, text: str, words: Sequence[re.Match[str]],
                        folded: Sequence[str], i: int) -> bool:
        """A subject and its finite verb stand before word i in its clause ("u mag altijd
        je …", "ik geef je …")."""
        j = i
        while j > 0 and _same_clause(text, words[j - 1], words[j]):
            j -= 1
        clause = folded[j:i]
        return any(t in ("u", "ik", "we", "wij", "jij", "hij", "zij", "ze")
                   and n + 1 < len(clause)
                   and (self.is_finite(clause[n + 1]) or clause[n + 1] in self.auxiliaries)
                   for n, t in enumerate(clause))

    def _agrees_with_je(self, text: str, words: Sequence[re.Match[str]], folded: Sequence[str],
                        i: int, table: _ReaderSubject) -> bool:
        """A plural noun after "je" whose clause's verb is singular: "je" is the subject and
        the noun its object ("dat je klanten niet moet afzetten"), not "je klanten"."""
        noun = folded[i]
        if not (noun.endswith(("en", "s")) and i + 1 < len(folded)):
            return False
        verb = self._clause_verb(text, words, folded, i, table)
        return verb is not None and (verb < 0 or folded[verb] != "zijn")

    def _clause_verb(self, text: str, words: Sequence[re.Match[str]], folded: Sequence[str],
                     i: int, table: _ReaderSubject) -> int | None:
        """The finite verb of the clause "je" is the subject of: its index (-1 when its
        u-form is the same, a -t form: "zodat je weet"), or None when none is found or the
        clause has another "je" ("waar je je thuis voelt" wants "zich"). After a relative or
        a subordinator the verb comes last, after a noun that may look like one ("als ge
        vragen hebt", "als je een huis zoekt")."""
        before = folded[i - 1] if i else ""
        opened = before in self.relatives or before in self.subordinators
        if opened:
            for j in self._same_clause_words(text, words, i):
                if folded[j] in table.pronouns and folded[j - 1] not in self.reader_prepositions:
                    return None
                if folded[j] in table.forms:
                    return j if table.forms[folded[j]] != folded[j] else -1
        last = None
        for j in range(i + 1, len(folded)):
            if not _same_clause(text, words[j - 1], words[j]) or folded[j] in self.relatives:
                break
            w = folded[j]
            if w in table.pronouns and folded[j - 1] not in self.reader_prepositions:
                return None
            if w in table.forms:
                return j if table.forms[w] != w else -1
            if self.is_finite(w) or w in self.auxiliaries:
                return -1 if w.endswith("t") else None
            last = j
        # "een arts die je kent": after a relative the clause's verb comes last
        if opened and last is not None and folded[last].endswith("t") \
                and not self.common_noun(folded[last]) and last > i:
            return -1
        return None

    @staticmethod
    def _same_clause_words(text: str, words: Sequence[re.Match[str]], i: int) -> Iterator[int]:
        """The indexes of the words after word i in its clause (to a comma or a stop)."""
        for j in range(i + 1, len(words)):
            if not _same_clause(text, words[j - 1], words[j]):
                return
            yield j

    def _verb_like(self, word: str) -> bool:
        return self.is_finite(word) or word in self.auxiliaries or word in self.determiners

    def with_org_article(self, org: str) -> str:
        """ "De Gemeente Utrecht", "gemeente Utrecht" typed with or without its article:
        "de gemeente Utrecht" either way."""
        toks = tokens(org)
        if org and org == org.lower() and toks and not self.org_frame(org) and not (
                toks[0] in self.org_articles or toks[0] in self.org_lower
                or toks[0] in self.region_words or toks[0] in ("de", "het", "een", "eigen")
                or self.opens_with(org, "status_openers") or self.role_is(org, "job_search")
                or self.role_is(org, "own_business") or self.role_is(org, "own_possessives")):
            # "qbuzz groningen": an employer's name typed all small begins with a capital
            org = self.cap(org)
        m = re.match(r"(?i)(?:de|het) (?=\w)", org)
        rest = org[m.end():] if m else org
        toks = tokens(rest)
        if toks and (toks[0] in self.org_articles or " ".join(toks[:2]) in self.org_articles) \
                and (m or rest[:1].islower()):
            org = rest[:1].upper() + rest[1:]
        return super().with_org_article(org)

    def org_frame(self, org: str, role: str = "") -> str:
        """An organisation answer that names no employer but a place or the person's own
        business: "in Twente", "in de regio Utrecht", "met een eigen praktijk" (not "bij
        Twente", "bij mijn eigen bedrijf")."""
        toks = tokens(org)
        if not toks:
            return ""
        if fold(org) in self.place_names:
            return f"in {org}"
        if toks[0] in self.region_words and len(toks) > 1:
            article = self.region_words[toks[0]]
            return f"in {article} {self.lower_initial(org)}".replace("  ", " ")
        own = [t for t in toks if t not in ("mijn", "m'n", "ons", "onze", "een", "de", "het")]
        if self.role_is(org, "own_business") and (
                (own[:1] == ["eigen"] and len(own) == 2) or (len(own) == 1 and len(toks) == 2)):
            return f"met een eigen {own[-1]}"
        return ""

    def comma_list(self, text: str) -> str:
        """A list typed with commas only ("ouders, leerkrachten, directies") takes "en" before
        its last item, as a Dutch list does. Only short items that open no clause or aside
        ("…, zonder wachtlijst", "…, die …", "…, enz."): three or more, or two single words."""
        head, colon, tail = text.partition(": ")
        if colon and ", " in tail and ": " not in tail and ", " not in head:
            # "ondernemen: offertes, btw, acquisitie": the list after the colon
            listed = self.comma_list(tail)
            return f"{head}: {listed}" if listed != tail else text
        if ", " not in text or re.search(r"[:;()\[\]]|\.\.\.|…", text):
            return text
        parts = text.split(", ")
        toks = [tokens(p) for p in parts]
        and_or = {fold(self.lang.and_word), fold(self.lang.or_word)}
        if any(not t or len(t) > 4 or t[0] in self.relatives or t[0] in self.prepositions
               or t[0] in self.subordinators or t[0] in self.main_conjunctions
               or t[-1] in self.abbreviations or t[0] in ("etc", "enzovoort", "enzovoorts")
               or any(w in and_or for w in t) or any(
                   self.is_finite(w) or w in self.auxiliaries for w in t[:1])
               for t in toks):
            return text
        if len(parts) < 3 and not all(len(t) == 1 for t in toks):
            return text
        return f"{', '.join(parts[:-1])} {self.lang.and_word} {parts[-1]}"

    def _main_order(self, toks: Sequence[str]) -> bool:
        """A clause that opens with its subject is a main clause only with the verb right
        after it ("ik vind het zonde" is; "ik het zonde vind" is not)."""
        n = self.subject_at(toks, 0) or (1 if toks and toks[0] in self.pronouns else 0)
        if n and len(toks) > n and not self.is_finite(toks[n]):
            # "iedereen recht heeft op …": a word between the subject and the verb puts the
            # verb last, as after "omdat"
            return False
        i = self._early_finite(toks)
        if i is not None and i and (any(t in self.middle_adverbs for t in toks[1:i])
                                    or any(t in self.relatives and t not in self.coordinators
                                           for t in toks[1:i])):
            # "mensen pas goed werken als …", "data pas waarde heeft als …": an adverb
            # before the verb puts it last, as after "omdat" (a main clause says "mensen
            # werken pas goed", "data heeft pas waarde"); "een ondernemer
            # die zijn cijfers kent, … neemt": that verb is the relative clause's
            return False
        if i is None and self._verb_after_subject_pp(toks):
            return True
        if self._main_after_sub(toks) is not None:
            return True  # "als het rooster klopt is iedereen blij": "want", not "omdat"
        return super()._main_order(toks)

    def _verb_after_subject_pp(self, toks: Sequence[str]) -> bool:
        """A subject with a phrase of its own and then the verb, as a main clause has it: "de
        fietsenwinkel van de toekomst is eerst een atelier" (the verb is the sixth word)."""
        if len(toks) < 6 or toks[0] not in _ARTICLES or toks[2] not in self.prepositions:
            return False
        k = 4 if toks[3] in _ARTICLES else 3
        if k + 2 >= len(toks):
            return False
        verb, follows = toks[k + 1], toks[k + 2]
        return (verb in self.auxiliaries or self.is_finite(verb)) \
            and not self._verb_after(verb, follows) and follows not in self.relatives

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

    def lower_title(self, value: str, *, always: bool = False, role: bool = False,
                    org: str = "") -> str:
        """A role of two words with a spaced slash ("Installateur / Eigenaar") is written
        with a closed one ("Installateur/eigenaar"), as Dutch spells a slash between words;
        a sentence says "installateur en eigenaar" (frames.j2)."""
        aside = _ROLE_ASIDE.match(value) if role else None
        if aside:
            # "Zelfstandig Adviseur Crisismanagement (Kolonel b.d.)": the role in Title Case is
            # lowered, and so is its aside then ("(kolonel b.d.)"), but a name stays
            outer = self.lower_title(aside.group(1), always=always, role=role, org=org)
            if outer != aside.group(1):
                inner = " ".join(
                    self._lower_word(w) if w[:1].isupper() and self.plain_capital(w)
                    and not self.is_name_word(w) and fold(w) not in self.proper_names else w
                    for w in aside.group(2).split(" "))
                return f"{outer} ({inner})"
        value = super().lower_title(value, always=always, role=role, org=org)
        if role:
            # "(ex-Hoofdinspecteur politie)": a former job after its prefix is no name
            value = _EX_WORD.sub(lambda m: m.group(1) + (
                m.group(2).lower() if self.is_common_word(m.group(2))
                and fold(m.group(2)) not in self.proper_names else m.group(2)), value)
        parts = value.split(" / ")
        if role and len(parts) == 2 and all(p and " " not in p for p in parts):
            return "/".join(parts)
        return value

    def lower_first(self, value: str, *, always: bool = False) -> str:
        if always:
            value = self.acronym_compounds(self.title_case_lowered(value))
        return self._lower_first(value, always=always)

    def title_case_lowered(self, value: str) -> str:
        """A phrase typed in Title Case ("Ondernemers In De Zorg", "MKB Eigenaren",
        "Gebruikers Van Exact Online") in small letters: a Dutch name writes its small words
        small ("Raad van State"), so a capitalised "In", "Met", "En" midway, or a phrase whose
        every word is capitalised after a common first word, is a typing habit. Names stay:
        the pack's keep_capital and proper_names, proper adjectives ("Utrechtse"), a place
        after "in", "uit", "regio" ("Boeren In Het Westland" -> "boeren in het Westland"), and
        a capitalised word right after a kept one ("Den Haag")."""
        words = value.split(" ")
        bare = [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in words]
        letters = [b for b in bare if b[:1].isalpha()]
        if len(letters) < 2 or any(b[:1].islower() for b in letters if len(b) > 3):
            return value
        plain = [b for b in letters if self.plain_capital(b) and len(b) > 1]
        marked = any(fold(b) in self.title_case_marks and b[:1].isupper() for b in letters[1:])
        first = letters[0]
        # "MKB Eigenaren": an acronym and the noun it qualifies (see acronym_compounds)
        acronym_noun = first.isupper() and len(first) <= 5 and len(letters) == 2 and bool(
            self.acronym_head and self.acronym_head.search(letters[1]))
        common_first = acronym_noun or (
            self.plain_capital(first) and not self.is_name_word(first)
            and fold(first) not in self.proper_names and (
                self.starter_key(first) in self.lang.lowercase_starters
                or self.common_noun(first) or bool(re.search(r"(?:ers|aren|en|s)$", first))))
        if len(plain) < (1 if acronym_noun else 2) or not (marked or common_first):
            return value
        # "Den Haag", "Exact Online": a name of two words the pack knows keeps both
        joined = {j for i in range(len(bare) - 1)
                  if fold(f"{bare[i]} {bare[i + 1]}") in self.proper_names for j in (i, i + 1)}
        names = self.lexicon_names(words)
        out: list[str] = []
        for i, (w, b) in enumerate(zip(words, bare, strict=True)):
            before = [fold(x) for x in bare[max(0, i - 2):i]]
            after_place = bool(before) and (before[-1] in self.place_prepositions or (
                len(before) == 2 and before[0] in self.place_prepositions
                and before[1] in ("de", "het")))
            name = i in joined or i in names or self.is_name_word(b) or self.keeps_capital(b) \
                or fold(b) in self.proper_names
            place = after_place and not self.common_noun(b) and fold(b) not in \
                self.common_after_place and self.starter_key(b) not in self.lang.lowercase_starters
            # the first word is lower_first's to judge
            lower = i and b and self.plain_capital(b) and not (name or place)
            out.append(self._lower_word(w) if lower else w)
        return " ".join(out)

    def acronym_compounds(self, value: str) -> str:
        """An acronym and the noun it qualifies are one word with a hyphen ("MKB eigenaren"
        -> "MKB-eigenaren", "ICT bedrijven" -> "ICT-bedrijven"): the pack's
        acronym_compound_head says which nouns; a verb after it ("AI inzetten") stays apart."""
        head = self.acronym_head
        if not head:
            return value
        return _ACRONYM_NOUN.sub(
            lambda m: f"{m.group(1)}-{m.group(2)}" if head.search(m.group(2))
            and fold(m.group(2)) not in self.title_case_marks else m.group(0), value)

    def _brand_compounds(self, line: str) -> str:
        """An acronym or a one-word name the pack knows and the noun after it are one compound
        with a hyphen, wherever an answer put them ("SEO teksten" -> "SEO-teksten", "Lely
        robots" -> "Lely-robots", "AI tools" -> "AI-tools"): only before a noun the pack's
        compound_nouns list or its compound_head ending says is one; a verb ("AI inzetten")
        or another word ("bij ASML sinds 2010") stays apart."""
        if not (self.compound_nouns or self.compound_head):
            return line

        def joined(m: re.Match[str]) -> str:
            first, noun = m.group(1), m.group(2)
            brand = first.isupper() or (fold(first) in self.proper_names
                                        and fold(first) not in self.place_names)
            head = fold(noun) in self.compound_nouns or bool(
                self.compound_head and self.compound_head.search(noun)
                and not self.is_finite(fold(noun)))
            return f"{first}-{noun}" if brand and head else m.group(0)

        return _BRAND_NOUN.sub(joined, line)

    def list_names(self, typed: Sequence[str], cased: list[str]) -> list[str]:
        """An item in sentence case that kept its capital ("Farmaceutische patiëntenzorg",
        "Renovatie van elektrische installaties" where every item was typed capitalised) is
        lowered when its first word is a common noun (noun_ending) or an inflected common
        adjective ("-e"), not one of a place or a language ("Belgische", "Utrechtse",
        "Arabisch")."""
        cased = [self.lower_initial(i) if self._common_sentence_start(i) else i for i in cased]
        # "risicoanalyse / crowd management": two common things with a slash are "en"
        return [_SMALL_SLASH.sub(r"\1 en \2", i) if "(" not in i else i for i in cased]

    def _common_sentence_start(self, item: str) -> bool:
        # names in brackets are the item's own aside ("Social media (TikTok / Insta)")
        words = re.sub(r"\s*\([^()]*\)", "", item).split(" ")
        head = words[0]
        if len(words) < 2 or not head.isalpha() or not self.plain_capital(head) \
                or any(w[:1].isupper() for w in words[1:]):
            return False
        low = fold(head)
        if any(stem in self.lang.keep_capital or stem in self.proper_names
               for stem in (low, low[:-1], low[:-2])):
            return False
        return self.common_noun(head) or (low.endswith("e") and len(low) > 5
                                          and self.is_common_word(low)) or (
            # an English loan the list borrows ("Social media"), no Dutch word
            low not in (packwords.common_words(self.lang.code) or ())
            and self.is_common_word(low) and len(low) > 3)

    def tidy_list(self, items: Sequence[str]) -> list[str]:
        """A list item in Title Case with a capitalised small word ("Boekhouding In Exact
        Online") is lowered as a phrase is (see title_case_lowered), before list_case judges the
        capitals that are left; its first word too, once the rest is small."""
        out = []
        for item in items:
            # only a capitalised small word says so in a list ("Sales & Partnerships",
            # "Transitievisie Warmte (TVW)" may be names; list_case judges those)
            marked = any(fold(w) in self.title_case_marks and w[:1].isupper()
                         for w in item.split(" ")[1:])
            lowered = self.acronym_compounds(self.title_case_lowered(item)) if marked else item
            out.append(self._lower_first(lowered, always=True) if lowered != item else item)
        if any(i[:1].islower() for i in out):
            # "CV-ketels, Warmtepompen, sanitair": among small items a long capitalised plural
            # in -en is a common noun ("Heerenveen" ends in -een; names the pack keeps stay)
            out = [self.lower_initial(i) if _PLURAL.fullmatch(i) and not self.is_name_word(i)
                   and fold(i) not in self.proper_names and not i.endswith("een") else i
                   for i in out]
        return out

    def _tidy_line(self, line: str) -> str:
        """The pack's proper names with their capitals, however a list or an answer was
        lowered or typed ("exact online" -> "Exact Online", "lely" -> "Lely")."""
        line = super()._tidy_line(line)
        if self._proper_name is None:
            return line
        names = self.proper_names
        line = self._proper_name.sub(lambda m: str(names.get(fold(m.group(1)), m.group(1))),
                                     line)
        line = self._brand_compounds(line)
        # "regio Antwerpen - Mechelen": two places joined by a spaced hyphen are one name
        return _SPACED_HYPHEN.sub(lambda m: f"{m.group(1)}-{m.group(2)}" if fold(m.group(1))
                                  in self.place_names and fold(m.group(2)) in self.place_names
                                  else m.group(0), line)

    def _lower_first(self, value: str, *, always: bool = False) -> str:
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
        out = [i if self._article_phrase(i) else o
               for i, o in zip(items, super().bare_abstract(items), strict=True)]
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
            if self._article_phrase(item):
                bare.append(item)
                continue
            m = self.abstract_articles.match(item.replace("’", "'"))
            rest = item[m.end():] if m else ""
            bare.append(rest if m and re.fullmatch(r"[^\W\d_]+", rest) else item)
        return bare


    def _without_article(self, item: str) -> str:
        m = self.abstract_articles.match(item.replace("’", "'")) if self.abstract_articles \
            else None
        return item[m.end():] if m else item


# A role with an aside in brackets at its end ("Adviseur Crisismanagement (Kolonel b.d.)").
_ROLE_ASIDE = re.compile(r"^([^()]*\S) \(([^()]+)\)$")
# "… en dat wil ik …": "en", a fronted word, a verb and its subject (a main clause).
_EN_MAIN = re.compile(r"(?<=[^\W\d_]) en ((?:dat|daarom|dus|zo|daar|daarna|toen|dan|hier) "
                      r"([^\W\d_]+) (?:ik|we|wij)\b)")
# A bullet that opens a typed line ("- ", "• ", "* ").
_LINE_BULLET = re.compile(r"^[-–—*+•·▪]\s+")
# ", het aantal klachten daalde", ", de grens verdwijnt", ", het hangt": a comma, "het" or
# "de", up to two words and the word that may be the verb
_SPLICE = re.compile(r"(?<=[^\W\d_])(,) ((?:het|de)(?: [a-zà-ÿ'’-]+){1,3})(?=[ .,;:!?]|$)")
# "1) …", "2. …": a number that opens an item, at the start or after white space
# Words after which a word is a noun, not a verb ("de zorg", "het werk").
_ARTICLES = frozenset({"de", "het", "een", "'t", "mijn", "m'n", "onze", "ons", "uw", "hun"})
# A capitalised word of eight letters or more ending in the plural -en ("Warmtepompen").
_PLURAL = lazy(r"[A-Z][a-zà-ÿ]{6,}en")
# Two words joined by a spaced hyphen ("Antwerpen - Mechelen").
_SPACED_HYPHEN = lazy(r"(?<![\w-])([^\W\d_][\w]+) - ([^\W\d_][\w]+)(?![\w-])")
# A word that may be an acronym or a name ("SEO", "Lely") and a small word after it.
_BRAND_NOUN = lazy(r"(?<![\w@./’'&-])([A-Z][A-Za-z&]{0,8}[A-Za-z]) "
                   r"([a-zà-ÿ][a-zà-ÿ]{2,})(?![\w'’-])")
# Two phrases in small letters with a spaced slash between them ("risicoanalyse / crowd
# management"), the whole item.
_SMALL_SLASH = lazy(r"^([a-zà-ÿ][a-zà-ÿ -]*[a-zà-ÿ]) / ([a-zà-ÿ][a-zà-ÿ -]*[a-zà-ÿ])$")
# A word after a small prefix with a hyphen ("ex-Hoofdinspecteur", "oud-Directeur").
_EX_WORD = lazy(r"(?<![\w-])((?:[Ee]x|[Oo]ud|[Vv]ice|[Cc]o|[Ii]nterim)-)([A-Z][a-zà-ÿ]+)(?![\w-])")
# Subjects a plural finite verb goes with ("gaan we", "we gaan"): no infinitive typed again.
_PLURAL_SUBJECTS = frozenset({"we", "wij", "ze", "zij", "jullie"})
# The verb after a bio's third-person subject.
# A regular past tense ("studeerde", "werkte", "leidde"), not a word like "de" or "ente".
_PAST = lazy(r"^[a-zà-ÿ]{3,}(?:[^aeiou]de|[^aeiou]te|dde|tte)$")
_VERB_AFTER = lazy(r"^([a-zà-ÿ]+)(?=[\s,]|$)")
# A verb whose stem ends in -t ("richt", "zet", "moet", "test"), unless a long vowel comes
# before -st ("leest", "kiest": the stem is "lees"), or a diphthong ends in -it ("draait").
_STEM_T = lazy(r"(?:[aeiou]t|cht|[^aeiou][aeiou]st)$")
_LONG_ST = lazy(r"(?:ee|aa|oo|uu|ie|ei|ij|ui|oe|ou|eu|au)st$|(?:aa|oo|oe|ee)it$")
# A word of two to five small letters, not in an address ("www.", "@", "/", ".nl") nor the
# second part of a compound ("e-vca"); an apostrophe ("kpi's") or a hyphen may follow.
_SMALL_ACRONYM = lazy(r"(?<![\w@/.’'-])([a-z]{2,5})(?![\w@/]|\.\w)")
_VOWEL = lazy(r"[aeiouy]")
# An acronym (two to five capitals) and a small word after it.
_ACRONYM_NOUN = lazy(r"(?<![\w-])([A-Z]{2,5}) ([a-zà-ÿ][a-zà-ÿ]{3,})(?![\w'’-])")


class _ReaderSubject:
    """The pack's reader_subject table for one register: the pronoun and verb forms "je"
    becomes there."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.pronoun = str(data.get("pronoun", ""))
        self.pronouns = _folded(data, "pronouns")
        self.objects = _folded(data, "objects")
        # the object form after a preposition ("bij u" -> "bij jou"), where the pronoun
        # cannot be a possessive ("u" can't; "je" can, so the u-table has none)
        self.object = str(data.get("object", ""))
        # answers said to someone the text may call otherwise (a titled recipient: "u")
        self.skip_keys = frozenset(data.get("skip_keys", ()))
        self.stressed = str(data.get("stressed", ""))
        # words whose clause would need more than a new pronoun ("u zich" is "je je")
        self.keep_with = _folded(data, "keep_with")
        self.stress_after = _folded(data, "stress_after")
        self.possessive = {fold(k): str(v) for k, v in data.get("possessive", {}).items()}
        self.nouns = _folded(data, "nouns")
        self.inverted = {fold(k): str(v) for k, v in data.get("inverted", {}).items()}
        self.forms = {fold(k): str(v) for k, v in data.get("forms", {}).items()}


def _same_clause(text: str, a: re.Match[str], b: re.Match[str]) -> bool:
    """No comma or full stop between two words."""
    return not re.search(r"[,.;:!?()]", text[a.end():b.start()])


def _cased(typed: str, new: str) -> str:
    return new[:1].upper() + new[1:] if typed[:1].isupper() else new


def _regex_of(pattern: object) -> re.Pattern[str] | None:
    return lazy(str(pattern)) if pattern else None


def _folded(data: Mapping[str, Any], key: str) -> frozenset[str]:
    return frozenset(fold(w) for w in data.get(key, ()))


GRAMMAR = Dutch
