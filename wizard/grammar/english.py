"""Provides English's rules that need code: "a" or "an" by sound, and verbs in the base form."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from wizard.core.languages import Language
from wizard.core.lazyre import lazy
from wizard.grammar.base import Analysis, Grammar, fold, tokens

# Words after a role's head noun: "principal and owner", "principal of …".
_AFTER_HEAD = frozenset({"and", "&", "of", "at", "for", "in"})
_FIRST_WORD = lazy(r"[^\W\d_][\w'’\-]*")


class English(Grammar):
    """English: the indefinite article before a role, and what fits after "I will"."""

    def __init__(self, lang: Language, data: Mapping[str, Any]) -> None:
        super().__init__(lang, data)
        # finite verbs that make a determiner-led subject a clause ("all kids are …")
        self._clause_verbs = frozenset(fold(w) for w in data.get("clause_verbs", ()))

    def leads(self, role: str) -> bool:
        """As the pack lists; but a word of leader_heads_only leads only as the role's head:
        "principal" of a school, not "Principal Planning Officer", where it is a grade."""
        if not super().leads(role):
            return False
        heads = {fold(w) for w in self.data.get("leader_heads_only", ())}
        toks = tokens(role)
        for i, t in enumerate(toks):
            if t in heads and i + 1 < len(toks) and toks[i + 1] not in _AFTER_HEAD:
                toks[i] = ""  # a modifier here, no leader's title
        return self.role_is(" ".join(t for t in toks if t), "leader_roles")

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
        if expects == "noun" and found.shape == "phrase" and self._stem_verb(tokens(text)):
            return Analysis("verb")  # "help teams ship faster": the stem's verb, an object
        if expects == "verb" and found.shape == "phrase" and self.named_start(text):
            return Analysis("noun")  # "Legal Services for any questions …": a name, no verb
        return found

    def _stem_verb(self, toks: list[str]) -> bool:
        """ "help teams ship faster", "help small firms get paid": a verb of the pack's
        stem_verbs, then two words or more, the first none of stem_verb_nouns ("help with
        tax returns", "help desk analyst") nor a relative ("help that arrives on time")."""
        after = {fold(w) for w in self.data.get("stem_verb_nouns", ())}
        return len(toks) > 2 and toks[0] in {fold(w) for w in self.data.get("stem_verbs", ())} \
            and toks[1] not in after and toks[1] not in self.relatives

    def join(self, items: Iterable[str], conjunction: str | None = None, prep: str = "") -> str:
        """With "&" said as "and" where it joins words that are no name's ("contracts &
        policies"), first: the list then knows an item holds "and" ("contracts and policies,
        and whistleblowing")."""
        said = [self.tidy_line(i) if " & " in i else i for i in items]
        words = [i for i in said if i]
        if not prep and len(words) > 2 and any(
                ", " in _BRACKETED.sub("", w) for w in words[:-1]):
            # "integrity; mission first, people always; and no BS": an item before the last
            # with a comma of its own (not inside its brackets) would run into the next
            word = conjunction or self.lang.and_word
            return f"{'; '.join(words[:-1])}; {word} {words[-1]}"
        return super().join(said, conjunction, prep)

    def tidy_list(self, items: Sequence[str]) -> list[str]:
        """A bracketed list inside an item with its Title Case parts small ("Excel (VLOOKUP,
        Pivot Tables)" -> "Excel (VLOOKUP, pivot tables)"); names and acronyms stay."""
        def inner(m: re.Match[str]) -> str:
            parts = m.group(1).split(", ")
            if len(parts) == 1 and not _spells_out(m.string[:m.start()], parts[0]):
                # "Grade 1-8 (Trinity Rock & Pop)": one run in Title Case alone in brackets
                # names something (an exam board's syllabus, a product), not a list's style;
                # "SMS (Safety Management Systems)" spells out the acronym in common words
                return m.group(0)
            return "(" + ", ".join(self.lower_title(p, always=True)
                                   if " " in p and self.title_case_style(p) else p
                                   for p in parts) + ")"

        # "funk / afrobeat / gospel", "threat assessment / site surveys": a spaced slash typed
        # between items is the list's comma (not "UX/UI", nor inside brackets)
        items = [p for i in items for p in (
            self._slash_items(i) if "(" not in i and not re.search(r"\s/\S|\S/\s", i)
            else [i])]
        return [_BRACKETED.sub(inner, i) if "(" in i else i for i in super().tidy_list(items)]

    def _slash_items(self, item: str) -> list[str]:
        """The items of "Inventory / stock control": the first small too when the others are
        typed small and its word is common ("inventory"; not "Java / Spring Boot")."""
        parts = item.split(" / ")
        first = parts[0].split(" ")[0]
        if len(parts) > 1 and all(p[:1].islower() for p in parts[1:]) \
                and self.plain_capital(first) and self._common_word(first):
            parts[0] = parts[0][:1].lower() + parts[0][1:]
        return parts

    def list_names(self, typed: Sequence[str], cased: list[str]) -> list[str]:
        """A language's name that is also a common word ("Polish", the pack's
        language_homographs) gets its typed capital back in a list that names another
        language ("English, Polish and Urdu"); among other words it is the common word
        ("Wash, Polish, Wax" -> "wash, polish and wax")."""
        homographs = {fold(w) for w in self.data.get("language_homographs", ())}
        languages = {fold(w) for w in self.data.get("languages", ())}
        if not homographs or len(typed) != len(cased) or not any(
                set(tokens(i)) & languages for i in typed):
            return cased
        out = []
        for before, after in zip(typed, cased, strict=True):
            words, bare = after.split(" "), before.split(" ")
            if len(words) == len(bare):
                words = [b if fold(b) == fold(w) and fold(re.sub(r"\W", "", b)) in homographs
                         and b[:1].isupper() else w for w, b in zip(words, bare, strict=True)]
            out.append(" ".join(words))
        return out

    def title_case_style(self, item: str, *, alone: bool = False) -> bool:
        """Also with small words between the common ones ("Palliative Care At Home"), words
        that end like common nouns ("Public Speaking"), and an acronym before a plural
        ("TUPE Transfers", "EV Chargers"; "SQL Server", "AWS Lambda" name products)."""
        if super().title_case_style(item, alone=alone):
            return True
        words = [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in item.split(" ")]
        words = [w for w in words if w and fold(w) not in _SMALL_WORDS]
        acronyms = [w for w in words if len(w) > 1 and w.isupper()]
        rest = [w for w in words if w not in acronyms]
        if alone or len(words) < 2 or not rest or (acronyms and not (
                words[0] in acronyms and rest == words[len(acronyms):]
                and fold(rest[-1]).endswith("s") and not fold(rest[-1]).endswith("ss"))):
            return False
        return all(w.isalpha() and self.plain_capital(w) and self._common_word(w)
                   and fold(w) not in self.lang.keep_capital for w in rest)

    def lower_title(self, value: str, *, always: bool = False, role: bool = False,
                    org: str = "") -> str:
        """And a role's bracketed aside typed with capitals on common words ("Employment Law
        Solicitor (Consultant)", "Data Analyst (Fresher)") small too: "(consultant)"; a name
        or an acronym in the brackets stays ("(NHS)", "(Google)", "(Acme Corp)"); and its "&"
        between common words said "and", as the texts say it (the checks look for the role)."""
        aside = _TRAILING_ASIDE.search(value) if not role else None
        if aside and aside.start() > 0 and any(self.is_name_word(w)
                                               for w in aside.group(0).split(" ")):
            # "Machine Learning (scikit-learn, PyTorch)": the names in the brackets are no
            # reason to keep the Title Case before them
            return self.lower_title(value[:aside.start()], always=always, org=org) \
                + aside.group(0)
        typed = value
        value = _before_acronyms(typed, _numbered_labels(typed, super().lower_title(
            value, always=always, role=role, org=org)))
        if not role:
            return value
        if " & " in value:  # "electrician and solar installer", as every text then says it
            value = self.tidy_line(value)
        return _numbered_labels(typed, _BRACKETED.sub(
            lambda m: "(" + self._bracket_acronym(self._lower_common_words(m.group(1))) + ")",
            value))

    def _bracket_acronym(self, text: str) -> str:
        """ "driving instructor (pdi)" -> "(PDI)": a role's bracketed aside of one short word
        typed small that the lexicon does not know is an acronym; also the first of several
        parts ("(pdi, formerly a bus driver)" -> "(PDI, formerly a bus driver)")."""
        head, comma, rest = text.partition(", ")
        if comma:
            return self._bracket_acronym(head) + comma + rest
        if re.fullmatch(r"[a-z]{2,4}", text) and text not in self.lexicon_common \
                and text not in self.lexicon_nouns and text not in self.lexicon_verbs \
                and text not in self.base_verbs and text not in _SMALL_WORDS:
            return text.upper()
        return text

    def _lower_common_words(self, text: str) -> str:
        """Each capitalised common word small, when every capitalised word is common (an
        acronym stays, and says nothing: "HR Leads" -> "HR leads")."""
        words = text.split(" ")
        bare = [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in words]
        capital = [b for b in bare if b[:1].isupper() and not (len(b) > 1 and b.isupper())]
        if not capital or not all(self.plain_capital(b) and self._common_word(b)
                                  and fold(b) not in self.lang.keep_capital for b in capital):
            return text
        return " ".join(w.replace(b, b.lower(), 1) if b in capital else w
                        for w, b in zip(words, bare, strict=True))

    def in_present(self, text: str) -> bool:
        """ "run the county's only BSL club", "currently manage 12 people": a base form (after
        an adverb of the pack's present_adverbs) that is no past ("led", "built"), nor one of
        same_past, whose past is spelled the same ("cut", "set", "read")."""
        toks = tokens(text)
        adverbs = {fold(w) for w in self.data.get("present_adverbs", ())}
        while toks and toks[0] in adverbs:
            toks = toks[1:]
        if len(toks) < 2:
            return False
        word = toks[0]
        same = {fold(w) for w in self.data.get("same_past", ())}
        return word not in same and not word.endswith("ed") and (
            word in self.base_verbs or word in self.lexicon_verbs)

    def title_runs_lowered(self, text: str) -> str:
        """Inside a sentence, a run of two or more capitalised common words ("apply my
        skills in Data Science and Machine Learning", "Pharmacy Owners and Hospital Pharmacy
        Managers in Perth") small, "and" or "or" between them. Kept: a run with a word the
        lexicon does not know (a name: "South East Queensland", "Apollo Hospitals"), an
        acronym or CamelCase, a run after "the", "a", "of", an acronym or "another" or
        before "of" or a letter (a title or a name: "the Attorney General", "Journal of …",
        "UKRI Future Leaders", "a second Wee Bite", "Series B"), one of the pack's kept
        words or title_names, a run with one of
        its title_run_keep words ("North East", "Health Board"), and the word that opens a
        sentence."""
        words = text.split(" ")
        bare = [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in words]
        keep = {fold(w) for w in self.data.get("title_run_keep", ())}
        named = [n for n in self.data.get("title_names", ()) if n in fold(text)]
        joiners = {"and", "or"}

        def capital(i: int) -> bool:
            b = bare[i]
            opens = i > 0 and re.search(r"[.!?:]$", words[i - 1]) is not None
            return len(b) > 1 and b[:1].isupper() and not opens and all(
                p and p[:1].isupper() and self.plain_capital(p) for p in b.split("-"))

        out, i = list(words), 0
        while i < len(words):
            if not capital(i):
                i += 1
                continue
            j = i + 1
            while j < len(words) and (capital(j) or (
                    bare[j] in joiners and j + 1 < len(words) and capital(j + 1))
                    ) and re.search(r"[,;:.!?)]$", words[j - 1]) is None:
                j += 1
            run = [bare[k] for k in range(i, j) if bare[k] not in joiners]
            parts = [p for w in run for p in w.split("-")]
            # "the Local Development Plan", "the Attorney General": after "the", a title;
            # "Series B", "Journal of …": a name goes on
            before = bare[i - 1] if i else ""
            titled = fold(before) in _TITLE_BEFORE or (len(before) > 1 and before.isupper()) or (
                j < len(words) and (bare[j] == "of" or re.fullmatch(r"[A-Z0-9]", bare[j])
                                    is not None))
            if len(parts) > 1 and (i > 0 or len(words) > j) and not named and not titled and all(
                    self._common_word(p) and fold(p) not in self.lang.keep_capital
                    and fold(p) not in keep for p in parts):
                out[i:j] = [w.lower() for w in words[i:j]]
            i = j
        return " ".join(out)

    def sentence_style(self, text: str) -> str:
        """The phrase or sentence as a sentence writes it: its Title Case as a whole (see
        _phrase_style), then its runs of capitalised common words (title_runs_lowered)."""
        return self.title_runs_lowered(self._phrase_style(text))

    def _phrase_style(self, text: str) -> str:
        """ "Small Business Owners and Start-Ups in the North East" -> "small business owners
        and start-ups in the North East": a phrase whose every long word has its capital,
        with the common words small. Kept: acronyms and CamelCase, the pack's kept words
        ("British", "Shopify"), its title_names, a place after "in", "across" … (the
        capitalised words that follow it), and a word the lexicon does not know that does not
        end like a common noun (a brand's name). A bracketed aside at the end ("(Bengaluru,
        Pune or remote)") is kept as typed and judged apart."""
        aside = _TRAILING_ASIDE.search(text)
        if aside and aside.start() > 0:
            return self._phrase_style(text[:aside.start()]) + aside.group(0)
        words = text.split(" ")
        bare = [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in words]
        long = [b for b in bare if (len(b) > 3 and b.isalpha()) or "-" in b]
        # "Chief Executives, Trustees and HR Leads of charities …": the words in Title Case
        # before the first small one, when they are all common words
        small = next((i for i, b in enumerate(bare) if len(b) > 3 and b.isalpha()
                      and b.islower()), len(words))
        named = any(n in fold(text) for n in self.data.get("title_names", ()))
        if small < len(words) and not named:
            lead = [b for b in bare[:small] if (len(b) > 3 and b.isalpha()) or "-" in b]
            if len(lead) < 2 or not all(
                    self.plain_capital(b) and self._common_word(b)
                    and fold(b) not in self.lang.keep_capital for b in lead):
                return text
            return " ".join([self._lower_common_words(" ".join(words[:small])),
                             *words[small:]])
        if len(long) < 2 or not all(b[:1].isupper() for b in long):
            return text
        names = [tuple(tokens(n)) for n in self.data.get("title_names", ())]
        places = {fold(w) for w in self.data.get("place_prepositions", ())}
        keep = [False] * len(words)
        for i in range(len(words)):
            for n in names:
                if tuple(fold(b) for b in bare[i:i + len(n)]) == n:
                    keep[i:i + len(n)] = [True] * len(n)
        place = False
        for i, (w, b) in enumerate(zip(words, bare, strict=True)):
            low = fold(b)
            if low in places:
                place = True
                continue
            if place and low != "the" and (not b[:1].isupper() or low in self.common_words):
                place = False  # "in Healthtech, Pharma and Biotech": sectors, no place
            # "Start-Ups", "Fast-Growing": each part with its own capital
            plain = all(self.plain_capital(p) or p.islower() for p in b.split("-") if p) \
                if "-" in b else self.plain_capital(b) and not self.is_name_word(b)
            # "Google Ads", "Microsoft Teams": a capitalised word after a name is the name's,
            # unless it names people ("Shopify Merchants", "Etsy Sellers")
            after_name = i > 0 and bare[i - 1][:1].isupper() \
                and (fold(bare[i - 1]) in self.lang.keep_capital or keep[i - 1]
                     or not self._common_word(bare[i - 1])) \
                and not _PEOPLE.search(low)
            if place or keep[i] or not plain or not b[:1].isupper() or after_name \
                    or low in self.lang.keep_capital or not self._common_word(b):
                continue
            words[i] = w.replace(b, b.lower(), 1)
        return " ".join(words)

    def _common_word(self, word: str) -> bool:
        """A common word: one the lexicon or the pack's common_words know, a compound of
        such ("Start-Ups"), or one that ends like a common noun ("Upskilling")."""
        parts = [fold(p) for p in word.split("-") if p]

        def known(p: str) -> bool:
            # "Restructures": the plural of a word the lexicon knows as a verb
            return p in self.lexicon_common or p in self.common_words \
                or p in self.compound_prefixes or len(p) <= 3 \
                or (p.endswith("s") and (p[:-1] in self.lexicon_verbs
                                         or p[:-1] in self.lexicon_common))

        return bool(parts) and (fold(word) in self.common_words or all(
            known(p) for p in parts) or bool(self.noun_ending and self.noun_ending.search(word)))

    def respell(self, text: str) -> str:
        """The pack's respellings, and an answer typed as bullet lines ("Over the years I:" then
        "- led …", "- ran …") as one sentence: the lead-in that ends in its subject takes the
        items as its verbs ("Over the years I led …, ran … and rewrote …"), a lead-in that is
        a clause keeps its colon; the items are joined with commas and "and", with semicolons
        when an item before the last holds a comma of its own."""
        text = super().respell(text)
        # the answers file's lines arrive joined: "Over the years I: - led … - ran …"
        m = _BULLETED.match(" ".join(text.split()))
        if not m:
            return text
        lead = (m.group(1) + ":") if m.group(1) else ""
        items = [i.rstrip(" .;,") for i in re.split(r"\s+[-–—•*]\s+", m.group(2))]
        if len(items) < 2 or not all(items):
            return text
        if not lead and all(fold(i.split(" ")[0]) in _SENTENCE_SUBJECTS for i in items):
            # "* I assess properly … * You leave with 3 exercises … * I check in …": lines
            # that each say who does what are sentences of their own, not one list
            return ". ".join(i[:1].upper() + i[1:] for i in items)
        comma = any("," in i for i in items[:-1])
        sep = "; " if comma else ", "
        last = "; and " if comma else (", and " if any(" and " in i for i in items) else " and ")
        joined = sep.join(items[:-1]) + last + items[-1]
        if not lead:
            return joined
        body = lead.rstrip(" :")
        subjects = {fold(w) for w in self.data.get("subjects", ())}
        if lead.endswith(":") and fold(body.split(" ")[-1]) in subjects:
            return f"{body} {joined}"
        return f"{body}: {joined}" if lead.endswith(":") else f"{body} {joined}"

    def with_org_article(self, org: str) -> str:
        """And "the" before a name that opens with one of the pack's org_article_adjectives
        before a name org_articles gives it ("the Indian Institute of Science", "the British
        Library of …", "the National Institute for …")."""
        # "Tarrant Advisory Pty Ltd" -> "Tarrant Advisory": prose names a firm without its
        # legal form (the pack's legal_suffixes, before a bracket or a comma that follows)
        suffixes = "|".join(re.escape(w) for w in self.data.get("legal_suffixes", ()))
        # "Te Puia + Toi Ohomai evening classes": two employers, said with "and"
        org = re.sub(r"(?<=[^\W\d_]) \+ (?=[^\W\d_])", f" {self.lang.and_word} ", org)
        if suffixes:
            org = re.sub(rf"(?<=\w)\s+(?:{suffixes})(?=$|\s*[(,])", "", org)
        # "Te Puia, Rotorua and Toi Ohomai evening classes": a place after the comma says where
        # the first employer is ("Te Puia in Rotorua and …"), not a third name in a list
        m = re.fullmatch(rf"([^,]+\S), ([^,]+?) ({self.lang.and_word} .+)", org)
        place = self.as_place(m.group(2)) if m else ""
        if m and place:
            return f"{self.with_org_article(m.group(1))} in {place} {m.group(3)}"
        # "Farrell Electrical (Galway)" -> "Farrell Electrical in Galway": a place in brackets
        m = re.fullmatch(r"(.*\S)\s*\(([^()]+)\)", org)
        place = self.as_place(m.group(2)) if m else ""
        if m and place:
            return f"{self.with_org_article(m.group(1))} in {place}"
        done = super().with_org_article(org)
        words = org.split(" ")
        if done != org or len(words) < 3 or not org[:1].isupper() or fold(words[0]) not in {
                fold(w) for w in self.data.get("org_article_adjectives", ())}:
            return done
        rest = super().with_org_article(" ".join(words[1:]))
        return f"the {org}" if rest.startswith("the ") else done

    def org_frame(self, org: str, role: str = "") -> str:
        """ "in the West Midlands", "in County Cork": an organisation answer that names a
        place and no employer (as_place); "" for an employer ("at North Star Consulting")."""
        place = self.as_place(org)
        return f"in {place}" if place else ""

    def as_place(self, org: str) -> str:
        """ "West Midlands" -> "the West Midlands", "County Cork", "Glasgow": an organisation
        answer that names a place (the pack's place_* lists), with "the" where the name takes
        it; "" for any other ("North Star Consulting", "Wee Bean Coffee, Glasgow")."""
        words = org.split()
        if not 0 < len(words) <= 4 or not all(self.plain_capital(w) or w.isupper()
                                               or fold(w) in ("of", "the") for w in words):
            return ""
        toks = tokens(org)
        if toks[0] == "the":
            toks = toks[1:]
        listed = {k: {fold(w) for w in self.data.get(k, ())}
                  for k in ("place_openers", "place_compass", "place_tails", "place_names",
                            "place_the_tails")}
        phrase = " ".join(toks)
        compass = next((n for n in range(len(toks), 0, -1)
                        if " ".join(toks[:n]) in listed["place_compass"]), 0)
        rest = " ".join(toks[compass:])
        tail = toks[-1] in listed["place_the_tails"] or toks[-1].endswith("shire")
        place = (phrase in listed["place_names"]
                 or (toks[0] in listed["place_openers"] and len(toks) > 1)
                 or (tail and (len(toks) == 1 or compass or len(toks) == 2))
                 or (compass and (not rest or rest in listed["place_names"]
                                  or rest in listed["place_tails"])))
        if not place:
            return ""
        the = toks[-1] in listed["place_the_tails"] or (compass and not rest)
        if words[0].casefold() == "the":
            return " ".join(["the", *words[1:]])  # "in the Highlands", mid-sentence
        return f"the {org}" if the else org

    def named_start(self, text: str) -> bool:
        """The answer begins with two capitalised words, the first no verb we know: the name
        of a team or a service ("Legal Services for …", "Occupational Health")."""
        words = text.split(" ")
        toks = tokens(text)
        return len(words) > 1 and len(toks) > 1 and all(
            self.plain_capital(w) and w.isalpha() for w in words[:2]) \
            and toks[0] not in self.base_verbs and toks[0] not in self.lexicon_verbs

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

    def as_writer(self, values: dict[str, Any], name: str) -> dict[str, Any]:
        """A bio pasted in the third person, in the first (grammar.toml [third_person]):
        when an answer opens with the person's name and a verb ("Rhiannon has supported …"),
        each sentence that opens with the name, "she" or "he" says "I" and the verb's first
        person ("I have supported …", "I listen first, write the birth plan …, and check in
        …"), a phrase answer that opens with the verb says it too ("refers to …" -> "refer
        to …"), "her"/"his" say "my" and "drop Rhiannon a message" says "drop me a message".
        A sentence whose verb is not sure is left as typed (the rephrase check names it)."""
        spec = self.data.get("third_person")
        names = tuple(self.writer_names(name))
        if not spec or not names:
            return values
        anywhere, by_name, by_pronoun, reach = self._writer_patterns(names)
        texts = [v for v in values.values() if isinstance(v, str)]
        # most answers never name the writer: one search of each says so (the name with a
        # small word after it is where every sentence turned below must begin)
        named = any(anywhere.search(t) for t in texts) and any(
            self._voiced(s, by_name, spec) is not None
            for t in texts for s in _BIO_SENTENCES.split(t))
        if not named and not self._pronoun_bio(texts, by_pronoun, spec):
            return values

        def voiced(text: str) -> str:
            parts = _BIO_SENTENCES.split(text)
            marks = [*_BIO_SENTENCES.findall(text), ""]
            out = []
            for part in parts:
                turned = self._voiced(part, by_name, spec)
                if turned is None and by_pronoun is not None:
                    turned = self._voiced(part, by_pronoun, spec)
                if turned is None and part is parts[0]:
                    turned = self._voiced(part, None, spec)
                if turned is None and reach is not None and reach.search(part):
                    # "Drop Rhiannon a message if her team …": the sentence is about the writer
                    turned = self._owners(reach.sub(lambda m: m.group(1) + " me", part), spec)
                out.append(self._pronouns(part, spec) if turned is None else turned)
            return "".join(a + b for a, b in zip(out, marks, strict=True))

        return {k: voiced(v) if isinstance(v, str) and v else v for k, v in values.items()}

    def _pronoun_bio(self, texts: Sequence[str], by_pronoun: re.Pattern[str] | None,
                     spec: Mapping[str, Any]) -> bool:
        """A bio that never names the writer but speaks of "she"/"he" throughout ("She
        listens first …", "He has led …"): two answers or more open a sentence with the
        pronoun and a verb we know in the third person, and no answer says "I", "my" or
        "we" (then "she" may be someone else, and the rephrase check asks)."""
        if by_pronoun is None or any(_FIRST_PERSON.search(t) for t in texts) \
                or not any(_THIRD_PRONOUN.search(t) for t in texts):
            return False
        led = [t for t in texts if any(self._voiced(s, by_pronoun, spec) is not None
                                       for s in _BIO_SENTENCES.split(t))]
        return len(led) >= 2

    @functools.lru_cache(maxsize=256)  # noqa: B019 (one Grammar per pack, never freed)
    def _writer_patterns(self, names: tuple[str, ...]) -> tuple[
            re.Pattern[str], re.Pattern[str], re.Pattern[str] | None, re.Pattern[str] | None]:
        """The patterns of as_writer, compiled once per pack and name (a render runs it on
        every keystroke, outside the render cache): the name before a small word anywhere, a
        sentence that opens with the name, one that opens with "she"/"he", and "drop <name> a
        message"."""
        spec = self.data.get("third_person") or {}
        named = "|".join(re.escape(n) for n in names)
        anywhere = re.compile(rf"(?i:{named})\s+(?=[a-z'’])")
        by_name = re.compile(rf"^(?i:{named})\s+(?=[a-z'’])")
        subjects = "|".join(re.escape(s) for s in spec.get("subjects", ()))
        by_pronoun = re.compile(rf"^(?i:{subjects})\b\s*(?=[a-z]|['’])") if subjects else None
        contact = "|".join(re.escape(v) for v in spec.get("contact_verbs", ()))
        reach = re.compile(rf"\b((?i:{contact}))\s+(?:{named})(?![\w'’-])") if contact else None
        return anywhere, by_name, by_pronoun, reach

    def _first_person(self, verb: str, spec: Mapping[str, Any]) -> str | None:
        """ "has" -> "have", "listens" -> "listen", "carries" -> "carry"; None when the word
        is no verb's third person we know."""
        table = spec.get("verbs", {})
        if verb in table:
            return str(table[verb])
        if not verb.endswith("s") or verb in self.not_verbs:
            return None
        stems = [verb[:-1]]
        if verb.endswith("ies"):
            stems.insert(0, verb[:-3] + "y")
        elif verb.endswith("es"):
            stems.append(verb[:-2])
        return next((b for b in stems if b in self.base_verbs or b in self.lexicon_verbs), None)

    def _voiced(self, sentence: str, subject: re.Pattern[str] | None,
                spec: Mapping[str, Any]) -> str | None:
        """The sentence in the first person when `subject` (None: the verb itself) opens it
        and a verb we know follows; None otherwise."""
        lead = len(sentence) - len(sentence.lstrip())
        body = sentence[lead:]
        if subject is None:
            m = re.match(r"([a-z]+)(?=\s)", body)
            if m is None or m.group(1) in spec.get("verbs", {}) \
                    or not self._third_person(m.group(1)):
                return None
            start = 0
        else:
            m0 = subject.match(body)
            if m0 is None:
                return None
            start = m0.end()
            m = re.match(r"(['’](?:s|ll)|[a-z]+)(?=[\s,])", body[start:])
            if m is None:
                return None
        verb = m.group(1)
        first = self._first_person(verb, spec)
        if first is None:
            return None
        rest = body[start + m.end():]
        rest = self._coordinated(rest, spec)
        head = ("I" + first) if first[:1] in "'’" else (
            ("I " + first) if subject is not None else first)
        return sentence[:lead] + head + rest

    def _pronouns(self, text: str, spec: Mapping[str, Any]) -> str:
        """ "she"/"he" inside a sentence of the bio as "I", its verb with it ("In 2022 she
        set up …" -> "In 2022 I set up …", "whenever she's needed" -> "whenever I'm
        needed")."""
        subjects = "|".join(re.escape(s) for s in spec.get("subjects", ()))
        if not subjects:
            return text
        text = re.sub(rf"\b(?:{subjects})(['’])s\b", lambda m: "I" + m.group(1) + "m", text)

        def turned(m: re.Match[str]) -> str:
            word = m.group(1)
            first = self._first_person(word, spec)
            return "I " + (first if first is not None else word)
        return re.sub(rf"(?<![\w'’-])(?:{subjects})\s+([a-z]+)\b", turned, text)

    def _coordinated(self, rest: str, spec: Mapping[str, Any]) -> str:
        """The rest of a sentence turned: a verb joined by "," or "and" ("…, writes the birth
        plan …, and checks in …"), "she's"/"she" again, "her"/"his"."""
        objects = frozenset(spec.get("object_after", ()))

        def verb(m: re.Match[str]) -> str:
            word = m.group(2)
            first = self._first_person(word, spec)
            # a common word's "-s" with a preposition or an article after it, joined to the
            # verb before it, is a verb too ("…, and checks in at …")
            if first is None and m.group(3) in objects and self.is_common_word(word[:-1]):
                first = word[:-1]
            return m.group(1) + first if first and word not in spec.get("verbs", {}) \
                else m.group(0)
        rest = _JOINED_VERB.sub(verb, rest)
        return self._owners(self._pronouns(rest, spec), spec)

    def _owners(self, rest: str, spec: Mapping[str, Any]) -> str:
        """ "her"/"his" of the writer's sentence as "my" ("me" as an object: "give her a
        call")."""
        owners = {str(k): str(v) for k, v in spec.get("possessives", {}).items()}
        objects = frozenset(spec.get("object_after", ()))

        def owner(m: re.Match[str]) -> str:
            word, after = m.group(1), m.group(2)
            if word == "her" and (not after or after in objects):
                return "me" + m.group(0)[len(word):]
            return owners[word] + m.group(0)[len(word):]
        if owners:
            rest = re.sub(r"\b(" + "|".join(map(re.escape, owners)) + r")\b(?:\s+([a-z]+))?",
                          owner, rest)
        return rest

    def cv_verb_led(self, item: str, first: bool) -> bool:
        """A CV line that opens with a verb: "Led …", "implemented …", "advise …"."""
        word = fold(item.split(" ", 1)[0]).strip("\"'“”‘’(")
        return super().cv_verb_led(item, first) or (
            len(word) > 4 and word.endswith("ed") and not word.endswith("eed"))

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
        # "setting up or improving a clinic": a second activity joined to the first
        joined = follows in ("or", "and") and len(words) > at + 2 \
            and bool(self._base_of(fold(words[at + 1])))
        if not (follows in self.determiners or follows in self.reader_words
                or follows in self.data.get("question_words", ()) or joined
                or self._gerund_object(first, follows, at)):
            return ""
        # a particle says the word is a verb ("setting up": "set" is also a noun)
        base = self._base_of(first, particle=at == 2)
        if not base:
            return ""
        # "get a loved one home … and keeping them there": each activity the answer joins
        # with "and" or "or" in the same form
        rest = " ".join(words[1:])
        # "… and turning it into insights" is a second activity, "… and training for home
        # care staff" one more thing in a list: after a bare object, only a gerund before an
        # object of its own ("it", "the …", "your …", a particle) is one
        bare = not (follows in self.determiners or follows in self.reader_words
                    or follows in self.data.get("question_words", ()) or joined)
        objects = self.determiners | self.reader_words | {"it", "them", "us", "people"} \
            | set(self.data.get("particles", ()))

        def verb(m: re.Match[str]) -> str:
            after = rest[m.end():].lstrip().split(" ", 1)[0]
            if bare and fold(after.strip(",.")) not in objects:
                return m.group(0)
            return m.group(1) + (self._base_of(fold(m.group(2))) or m.group(2))

        return " ".join([base, _JOINED_ING.sub(verb, rest)])

    def after_stem(self, value: str, stem: str) -> str:
        """An activity typed with its "-ing" after a stem that ends in a modal the pack's
        gerund_stems name ("In the coming years I will" + "finishing my PhD then moving …"):
        "be finishing …", the progressive the modal takes; after a present adverb
        ("currently finishing my PhD") the person says what they do now, a sentence of its
        own: "I'm currently finishing my PhD"."""
        value = super().after_stem(value, stem)
        spec = self.data.get("gerund_stems", {})
        link = next((v for k, v in spec.items() if fold(stem).endswith(fold(k))), "")
        words = value.split(" ")
        if not link or len(words) < 2:
            return value
        adverbs = {fold(w) for w in self.data.get("present_adverbs", ())}
        if fold(words[0]) in adverbs and self._gerund(fold(words[1])):
            return f"I'm {value}"
        return f"{link} {value}" if self._gerund(fold(words[0])) else value

    def _gerund(self, word: str) -> bool:
        """A verb's "-ing" form: no noun the lexicon knows only as one ("evening",
        "ceiling"), nor a "-thing" ("nothing", "something")."""
        return word.endswith("ing") and len(word) >= 6 and not word.endswith("thing") \
            and word.isalpha() and word not in self.lexicon_nouns

    def _gerund_object(self, gerund: str, follows: str, at: int) -> bool:
        """ "building dashboards", "automating month-end reports": a gerund of the pack's
        object_gerunds (one that is a verb here, never a noun's modifier like "planning" or
        "marketing") before a bare object, which no gerund_compounds pair names ("building
        regulations", "writing skills") and no relative or conjunction begins."""
        compounds = {fold(w) for w in self.data.get("gerund_compounds", ())}
        # "setting up night-shift handovers": a particle says the gerund is a verb
        listed = at == 2 or gerund in {fold(w) for w in self.data.get("object_gerunds", ())}
        return listed \
            and bool(re.fullmatch(r"[a-z][a-z\-]*", follows)) \
            and f"{gerund} {follows}" not in compounds \
            and follows not in self.relatives and follows not in _SMALL_WORDS

    def _base_of(self, word: str, particle: bool = False) -> str:
        """The base form of a verb's "-ing" form we know ("keeping" -> "keep", "setting" ->
        "set", "improving" -> "improve"), or ""."""
        if not word.endswith("ing") or len(word) < 6:
            return ""
        stem = word[:-3]
        for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
            if base and (particle or base not in self.not_verbs) and (
                    base in self.base_verbs or base in self.lexicon_verbs):
                return base
        return ""

    def _tidy_line(self, line: str) -> str:
        """The pack's rules, then a capital after a question or exclamation the person typed
        inside their own sentence ("Thinking about solar? message me …")."""
        line = _AFTER_ASKING.sub(lambda m: m.group(1) + m.group(2).upper(),
                                 super()._tidy_line(line))
        return _PLACE_TYPED_SMALL.sub(self._place_capital, line)

    def _place_capital(self, m: re.Match[str]) -> str:
        """ "in and around brum" -> "Brum": a name of the pack's place_names typed small
        after a preposition of place; not one that is also a common word ("reading", "hull")."""
        word = m.group(1)
        before = m.string[:m.start()].rstrip().rsplit(" ", 1)[-1]
        places = {fold(w) for w in self.data.get("place_names", ())}
        if word not in places or word in self.lexicon_common or word in self.lexicon_verbs \
                or fold(before) not in {fold(w) for w in self.data.get("place_prepositions", ())}:
            return word
        return word[0].upper() + word[1:]


# What parts the CV lines of an answer: ";" (respell has made "• a • b" "a; and b") or a
# bullet.

# The sentences of a pasted bio, and a verb joined to the one before by "," or "and" that has
# words after it ("…, writes the birth plan …, and checks in at …").
# A bio in the third person without the writer's name: "she"/"he", and no first person.
_THIRD_PRONOUN = lazy(r"(?i)(?<![\w'’])(?:she|he)(?![\w'’])")
_FIRST_PERSON = lazy(
    r"(?<![\w'’])(?:I|I['’](?:m|ve|ll|d)|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)(?![\w'’])")
_BIO_SENTENCES = lazy(r"(?<=[.!?])\s+|\n+")
_JOINED_VERB = lazy(r"((?:,\s+(?:and\s+)?|\s+and\s+))([a-z]+s)(?=\s+(?!and\b|or\b)([\w'’]+))")

# Small words a Title Case phrase capitalises as well ("Palliative Care At Home").
_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or",
                          "the", "to", "with", "&"})

# How a plural that names people ends ("Merchants", "Sellers", "Users", "Dentists").
_PEOPLE = lazy(r"(?:ers|ors|ists|ants|ents|ians|ees|folk|people|owners)$")

# A bracketed aside that ends a phrase, with the space before it.
def _before_acronyms(typed: str, lowered: str) -> str:
    """Capitalised words typed before an acronym, as one item after a comma or a bracket, are
    a name ("…, Columbus PD)", "(Thames Valley CCG)"): their capitals back after lowering."""
    before, after = typed.split(" "), lowered.split(" ")
    if len(before) != len(after):
        return lowered
    bare = [re.sub(r"^[\W_]+|[\W_]+$", "", w) for w in before]
    for i in range(1, len(bare)):
        if not (len(bare[i]) > 1 and bare[i].isupper()):
            continue
        k = i
        while k > 0 and bare[k - 1][:1].isupper() and not bare[k - 1].isupper() \
                and not before[k - 1].endswith((",", ";")) and not before[k].startswith("("):
            k -= 1
        if k < i and k > 0 and (before[k - 1].endswith((",", ";")) or before[k].startswith("(")):
            after[k:i] = before[k:i]
    return " ".join(after)


_TITLE_BEFORE = frozenset({"the", "a", "an", "of", "new", "second", "third", "another"})


def _spells_out(before: str, inner: str) -> bool:
    """ "SMS" before "(Safety Management Systems)": the bracket's initials (small words and
    "&" left out) are the letters of the acronym typed just before it."""
    m = re.search(r"([A-Z]{2,})\s*$", before)
    initials = "".join(w[0] for w in inner.split(" ")
                       if w[:1].isalpha() and fold(w) not in _SMALL_WORDS)
    return m is not None and initials.upper() == m.group(1)


_TRAILING_ASIDE = re.compile(r"\s+\([^()]+\)$")

# A bracketed aside ("(Consultant)").
_BRACKETED = lazy(r"\(([^()]+)\)")

# "… and keeping them there", "or improving": an activity joined to the one before.
_JOINED_ING = lazy(r"((?:^|,?\s)(?:and|or)\s)([a-z]+ing)\b")

# A small letter that begins a sentence after "?" or "!" (not a name like "iPhone").
_AFTER_ASKING = lazy(r"([?!]\s+)([a-z])(?![a-z]*[A-Z])")


# A word typed small (a place's name, after a preposition: "around brum").
_PLACE_TYPED_SMALL = re.compile(r"(?<![\w'’-])([a-z]+)(?![\w'’-])")

# An answer typed as bullet lines, its lines joined: an optional lead-in before a colon, then
# "- item - item …" ("Over the years I: - led safety … - ran 14 investigations").
# The subjects that open a bullet line that is a sentence of its own.
_SENTENCE_SUBJECTS = frozenset({"i", "we", "you", "they", "i'm", "we're", "you're", "i've",
                                "we've", "you'll", "i'll", "we'll", "my", "our", "your"})
_BULLETED = re.compile(r"^(?:([^:]*\S)\s*:\s*)?[-–—•*]\s+(\S.*)$")

# A capitalised word before a number names a grade or a part ("Tier 2", "Band 6", "Part 139").
_NUMBERED = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)(?= \d)")


def _numbered_labels(typed: str, lowered: str) -> str:
    """ "IT support specialist (tier 2)" -> "(Tier 2)": a label before a number keeps the
    capital it was typed with, where Title Case around it is lowered."""
    for word in {m.group(1) for m in _NUMBERED.finditer(typed)}:
        lowered = re.sub(rf"(?<![\w'’-]){word.lower()}(?= \d)", word, lowered)
    return lowered


def _spelled_out(word: str) -> bool:
    """An acronym read letter by letter ("SRE", "UX"); a shouted word ("SENIOR") is read."""
    return 1 < len(word) <= 4 or not re.search(r"[AEIOUY]", word)


GRAMMAR = English
