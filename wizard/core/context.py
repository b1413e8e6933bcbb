"""Provides the template context: every answer shaped to sit inside a sentence."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from types import SimpleNamespace
from typing import Any

from wizard.core.catalogue import Question, catalogue
from wizard.core.counting import looks_like_acronym
from wizard.core.filters import lower_first, phrase, sentence, strip_stem
from wizard.core.languages import Language, language
from wizard.core.lazyre import lazy
from wizard.core.model import FIELDS, Answers, says_something
from wizard.core.shaping import Phrase, left_out, make, shape_text
from wizard.grammar import Grammar, grammar
from wizard.grammar.base import fold, tokens

# Answers that are whole sentences of their own rather than phrases completing a stem.
SENTENCE_KEYS = frozenset({"offer.call_to_action", "statement.way_of_working"})
# Names keep every capital the user typed: "Chiara" is also an adjective, "Rijschool de Weg"
# looks like sentence case.
NAME_KEYS = frozenset({"person.name", "person.organisation", "invitation.recipient"})
_ITEM_NUMBER = re.compile(r"^\(?\d{1,2}[).]\s+")


def shaped_values(answers: Answers) -> dict[str, Any]:
    """Each answer as the templates see it, keyed by its dotted key: Phrases (see
    core/shaping.py), lists of Phrases, and booleans."""
    lang = language(answers.lang)
    g = grammar(answers.lang)
    out: dict[str, Any] = {}
    # a bio pasted in the third person ("Ophélie souhaite…", "Agnese è un'ostetrica …",
    # "Hanneke heeft …"): in the writer's own voice where the language's grammar is sure
    # (Grammar.as_writer), before any shaping
    # ("ir. Marieke Hendrikx" is named "Marieke Hendrikx" or "Marieke" in her bio)
    voiced = g.as_writer({f.key: answers[f.key] for f in FIELDS if f.key not in NAME_KEYS},
                         spoken_name(answers.text("person.name"),
                                     g.data.get("name_titles", ())))
    for f in FIELDS:
        value = voiced.get(f.key, answers[f.key])
        if isinstance(value, bool):
            out[f.key] = value
        elif isinstance(value, list):
            out[f.key] = list(_shaped(answers.lang, answers.register, f.key, tuple(value)))
        else:
            out[f.key] = _shaped(answers.lang, answers.register, f.key, value)
    role = out["person.role"]
    org_text, note = g.org_role_note(str(out["person.organisation"]), str(role))
    if org_text != str(out["person.organisation"]):
        # "Tarrant Advisory Pty Ltd (founder)": the consultant and founder of Tarrant Advisory
        out["person.organisation"] = make(org_text, "person.organisation")
        # (not after an aside about the person: "nurse (formerly a paramedic) and founder")
        note = "" if _role_aside(str(role), g)[1] else note
        hint, role = role.hint, make(f"{role} and {note}" if note else str(role),
                                     "person.role", role.shape, lang=lang, g=g)
        role.hint = hint
    out["person.role"] = make(g.lower_title(role, always=True, role=True,
                                            org=str(out["person.organisation"])), "person.role",
                              role.shape, lang=lang, g=g)
    out["person.role"].hint = role.hint  # its rephrase check still applies once lowered
    # "Family mediator (formerly a solicitor)": an aside about the person, after which
    # "for AUDIENCE" or "who stands for" would seem to be about the former job
    core, aside = _role_aside(str(out["person.role"]), g)
    out["person.role_core"] = make(core, "person.role", role.shape, lang=lang, g=g)
    out["person.role_aside"] = aside
    out["person.name"] = make(name_case(str(out["person.name"])), "person.name")
    out["invitation.recipient"] = make(greeting_name(name_case(str(out["invitation.recipient"])),
                                                     g.data.get("name_titles", ()),
                                                     g.data.get("title_spelled", {}),
                                                     surname=bool(g.data.get("title_surname"))),
                                       "invitation.recipient")
    recipient = str(out["invitation.recipient"]).split(" ")
    out["invitation.titled"] = len(recipient) > 1 and fold(recipient[0]).rstrip(".") in {
        fold(str(t)) for t in g.data.get("name_titles", ())}
    # "Hallo, ik ben Dr. Hidde van Leeuwen": a title is written, not said of oneself
    titles = g.data.get("name_titles", ())
    out["person.spoken_name"] = make(spoken_name(str(out["person.name"]), titles), "person.name")
    signed = first_name(str(out["person.name"]), titles)
    out["person.first_name"] = signed[:1].upper() + signed[1:] if signed.islower() else signed
    out["person.leads"] = g.leads(str(out["person.role"]))
    # "I am becoming an engineering manager": the stem allows it, and "I'm an engineering
    # manager at …" would be false (the pack's `becoming` phrases, as typed)
    out["person.becoming"] = g.opens_with(answers.text("person.role"), "becoming")
    if g.role_is(str(out["person.organisation"]), "no_organisation"):
        # "Currently open to work" typed as the organisation names none: "an aspiring data
        # analyst at Currently Open To Work" would be a false frame (the answer is kept)
        out["person.organisation"] = make("", "person.organisation")
    org, own = g.without_own_mark(str(out["person.organisation"]))
    if own:
        out["person.organisation"] = make(org, "person.organisation")
    out["person.owns"] = own or g.owns(str(out["person.role"]), org)
    # a job seeker's About does not open on "what can I do for you?" (the 'thanks' variant)
    out["person.seeking"] = any(g.role_is(str(out[k]), "job_search") for k in (
        "person.role", "person.organisation", "future.doing", "offer.call_to_action"))
    # "en reconversion, formation TSSR…", "momenteel werkzoekend": no employer to be "at"
    out["person.org_is_status"] = bool(org) and (org[:1].islower() or org[:1] == "(") and (
        g.role_is(org, "job_search") or g.opens_with(org, "status_openers"))
    _org_capital(out, answers, org, g)
    _own_names(out, answers, g)
    out["person.named_after"] = g.named_after(org, str(out["person.name"]))
    out["person.unique"] = g.role_is(str(out["person.role"]), "unique_roles")
    out["person.the_organisation"] = g.with_org_article(str(out["person.organisation"]))
    # an organisation answer that names no employer the templates' own "at" (bij, presso, chez)
    # fits, with the words that frame it: a place ("in the West Midlands", "in Twente", "en
    # Wallonie"), the person's own business ("met een eigen praktijk"), a public body ("à la
    # Mairie de Lille"); "" where "at" is right (the language's grammar says)
    out["person.org_frame"] = make(g.org_frame(str(out["person.organisation"]),
                                               str(out["person.role"])),
                                   "person.organisation")
    # "libera professionista, studio a Roma Prati" typed as the organisation names no employer
    out["person.org_in_role"] = (_names_org(str(out["person.role"]),
                                            str(out["person.organisation"]), g)
                                 or g.role_is(str(out["person.organisation"]), "self_employed"))
    # "secrétaire de mairie" at "Mairie de Lille": the role names the kind, the place stays
    out["person.kind_place"] = getattr(g, "kind_place", lambda *_: "")(
        str(out["person.organisation"]), str(out["person.role"]))
    if not out["offer.call_to_action"]:
        cta = lang.register_words(answers.register).get("call_to_action", "")
        out["offer.call_to_action"] = make(cta, "offer.call_to_action", lang=lang, g=g)
    return out


@functools.lru_cache(maxsize=1024)
def _shaped(code: str, register_name: str, key: str,
            value: str | tuple[str, ...]) -> Any:
    """One answer as the templates see it (a list answer as a tuple): worked out once for
    each answer typed, since a render shapes every answer and a keystroke changes one."""
    lang = language(code)
    g = grammar(code)
    q = catalogue(code).question(key)
    register = lang.register(register_name)
    if isinstance(value, tuple):
        return _shaped_list(list(value), q, lang, g, register)
    value = value if key in NAME_KEYS else _CHECK_BULLET.sub("• ", value)
    # an answer typed in another language keeps its words (no respelling, no register):
    # the rephrase check names it
    foreign = key not in NAME_KEYS and _foreign(value, q)
    text = value if key in NAME_KEYS or foreign else g.in_register(g.respell(value), register)
    # an answer the frames say to the reader ("Ik kan u helpen met …"): a generic "je" in it
    # is the reader too (the language's grammar says which answers, from its pack)
    # (a name answer only by the pack's [[reshape]] rules for it: "Lorusso Impianti snc - Bari")
    text = g.reshape(text, key) if key in NAME_KEYS or foreign \
        else g.reshape(g.to_reader(text, key, register), key)
    # "idk", "n/a", "boh" typed in an optional field say nothing either (the pack's no_answers)
    text = text if says_something(text) and not g.no_answer(text) else ""
    if key not in NAME_KEYS:
        text = g.unshout_words(unshout(_BULLET.sub("", text)))
    if q.title_case == "sentence":
        text = g.sentence_style(text)
    stems = g.stem_forms((q.stem, *q.strip))
    if key in SENTENCE_KEYS:
        whole = make(sentence(strip_stem(g.without_fillers(text), stems), lang), key,
                     lang=lang, g=g)
        # a whole sentence has no shape to judge, but a pack's rule on its words may apply
        # (Italian "Contattateci" in a text that speaks to one reader)
        rule = next((r for r in q.rephrase if whole and r.applies(whole, "")), None)
        whole.hint = rule.hint if rule else ""
        return left_out(whole) if rule and rule.leave_out else whole
    if key in NAME_KEYS:
        return make(phrase(strip_stem(text, stems)), key, lang=lang, g=g)
    shaped = shape_text(text, q, lang)
    if g.typed_labels(value):
        # a fresh Phrase: shape_text's is cached by its words, however they were typed
        shaped = Phrase.with_forms(str(shaped), {**shaped.forms(), "labels": True})
    return shaped


def _shaped_list(items: list[str], q: Question, lang: Language, g: Grammar,
                 register: str) -> tuple[Phrase, ...]:
    key = q.key
    if key not in NAME_KEYS:
        # "tes équipes" in a text that says "vous": the possessive the text uses
        items = [g.in_register(g.respell(_CHECK_BULLET.sub("", v)), register) for v in items]
    # "...", "!!!" or a zero-width space says nothing: a sentence around it would be empty
    items = [v for v in items if says_something(v) and not g.no_answer(v)]
    # "1) la famiglia", "2) aiutare": the numbers a list typed as a list does not need
    items = [_ITEM_NUMBER.sub("", v) for v in items] if len(items) > 1 and all(
        _ITEM_NUMBER.match(v) for v in items) else items
    if key not in NAME_KEYS:
        # caps lock on for a whole list; one item in capitals is an acronym ("TOGAF")
        items = [_BULLET.sub("", v) for v in items]
        shouting = len(items) > 1 and not any(c.islower() for v in items for c in v)
        items = [g.unshout_words(unshout(v) if shouting or _shouted(v) or not any(
            looks_like_acronym(w) for w in re.findall(r"[^\W\d_]{2,}", v)) else v)
            for v in items]
    stems = g.stem_forms((q.stem, *q.strip))
    # capitals on a list are judged over the whole list (list_case), not item by item
    # (values are common words: any capital typed on one is lowered)
    phrases = (g.lower_title(_common_start(lower_first(phrase(strip_stem(v, stems)), lang,
                                                       always=q.lower_first), g), always=True)
               if q.title_case == "lower" else phrase(strip_stem(v, stems))
               for v in items)
    # "clarity, Clarity" typed twice reads as a slip in a sentence: keep the first
    unique = list({i.casefold(): i for i in reversed([i for i in phrases if i])}
                  .values())[::-1]
    unique = g.list_names(unique, list_case(g.tidy_list(unique), g))
    unique = g.sayings(g.consistent_articles(g.bare_abstract(unique)))
    return tuple(_list_item(i, q, lang, g) for i in unique)


def _org_capital(out: dict[str, Any], answers: Answers, org: str, g: Grammar) -> None:
    """An answer that begins with the person's organisation ("Planbaar uitbouwen tot …")
    keeps its capital: lowering the first word of a phrase made it "planbaar"."""
    head = re.sub(r"\W+$", "", org.split(" ")[0]) if org else ""
    if len(head) < 4 or not g.plain_capital(head) \
            or g.starter_key(head) in g.lang.lowercase_starters:
        return
    small = g.lower_initial(head)
    for key, value in out.items():
        if isinstance(value, Phrase) and key not in NAME_KEYS and value.startswith(small) \
                and value[len(small):len(small) + 1] in (" ", "") \
                and answers.text(value.key or key).lstrip().startswith(head):
            p = make(head + value[len(small):], value.key, value.shape, lang=value._lang,
                     g=value._g, subject=value.subject)
            p.vague, p.hint = value.vague, value.hint
            out[key] = p


def _own_names(out: dict[str, Any], answers: Answers, g: Grammar) -> None:
    """A word the person capitalises mid-sentence in an answer typed in sentence case ("il
    Cannonau di Mamoiada", "praterie di Posidonia") is a name to them: a role or a list item
    where they typed it capitalised too, and which lowered it as a style ("produttore di
    cannonau", "posidonia oceanica"), gets its capital back. Only when the pack says so
    (`names_from_answers`)."""
    if not g.data.get("names_from_answers"):
        return
    names = set()
    for f in FIELDS:
        if f.key in NAME_KEYS or f.key == "person.role":
            continue
        text = answers.text(f.key)
        words = list(re.finditer(r"[^\W\d_][\w'’-]*", text))
        # right after a word in small letters (no comma between: "lavoro, Coinvolgo" is a
        # new sentence begun), and not one of a run of capitals ("il Master in Cure
        # Palliative" names something else)
        pairs = zip([None, *words[:-1]], words, [*words[1:], None], strict=True) if words else ()
        for before, m, after in pairs:
            w = m.group(0)
            if len(w) > 3 and w[0].isupper() and w[1:].islower() and before is not None \
                    and before.group(0).islower() and text[before.end():m.start()] == " " \
                    and not (after and after.group(0)[:1].isupper()
                             and text[m.end():after.start()] == " ") \
                    and g.starter_key(w) not in g.lang.lowercase_starters \
                    and not g.is_finite(fold(w)):
                names.add(w)
    if not names:
        return
    for key, value in out.items():
        if key in NAME_KEYS:
            continue
        if isinstance(value, Phrase):
            out[key] = _named(value, names, answers.text(value.key or key))
        elif isinstance(value, list) and value and isinstance(value[0], Phrase):
            typed = " ".join(answers.items(key))
            out[key] = [_named(v, names, typed) for v in value]


def _named(value: Phrase, names: set[str], typed: str) -> Phrase:
    text = str(value)
    for name in names:
        if name in typed:
            text = re.sub(rf"(?<![\w'’]){re.escape(name.lower())}(?![\w'’])", name, text)
    if text == value:
        return value
    p = make(text, value.key, value.shape, lang=value._lang, g=value._g, subject=value.subject)
    p.vague, p.hint, p.asked = value.vague, value.hint, value.asked
    p.exclaimed = value.exclaimed
    return p


def _common_start(item: str, g: Grammar) -> str:
    """A value that begins with a word the pack lists as common ("Rust in de tent", "Lean"),
    though also kept as a name elsewhere (the programming language Rust): values are common
    words, so its capital goes."""
    head = item.split(" ")[0]
    if g.plain_capital(head) and g.starter_key(head) in g.lang.lowercase_starters:
        return g.lower_initial(item)
    return item


# A pasted bullet ("- clarity", "• Python") or a stray comma before the answer.
_BULLET = lazy(r"^(?:[\s,;:.•·▪►‣◦✅✔☑\ufe0f]+|[-–—*+]\s+)+(?=\S)")
# "✅ portare … ✅ formare …": a check mark typed as a bullet is one
_CHECK_BULLET = lazy(r"(?:(?<=\s)|^)[✅✔☑]\ufe0f?\s+")
_LONG_WORD = lazy(r"[^\W\d_]{5,}")


def _shouted(item: str) -> bool:
    """An item of several words in capitals, one of them too long and voiced to be read
    letter by letter ("SERVICE PUBLIC"; "PUBLIC" alone could be an acronym): shouted."""
    words = re.findall(r"[^\W\d_]{2,}", item)
    return len(words) > 1 and not any(c.islower() for c in item) and any(
        len(w) >= 5 and not looks_like_acronym(w) for w in words)


def unshout(value: str) -> str:
    """An answer typed with caps lock on ("SENIOR ENGINEER") in small letters.

    Only when it has no small letter at all, and only its words of five letters or more:
    "UX-ONDERZOEKER" becomes "UX-onderzoeker", an acronym like "AWS" or "HR" stays.
    """
    if any(ch.islower() for ch in value) or not _LONG_WORD.search(value):
        return value
    return _LONG_WORD.sub(lambda m: m.group(0).lower(), value)


# Titles people put before their name; a note is signed with the name after them.
_TITLES = frozenset({"dr", "prof", "mr", "mrs", "ms", "mx", "sir", "drs", "ir", "ing", "dhr",
                     "mevr", "dott", "dott.ssa", "dr.ssa", "prof.ssa", "avv", "arch", "sig",
                     "sig.ra", "geom", "rag", "m", "mme", "mlle", "me", "pr"})


# Name particles stay lower case inside a name ("Joris van Dam", "Chiara di Marco").
_PARTICLES = frozenset({"van", "der", "den", "de", "het", "ten", "ter", "te", "di", "da", "del",
                        "della", "dei", "degli", "la", "le", "lo", "von", "zu", "du", "dos",
                        "das", "y", "bin", "al"})


def name_case(name: str) -> str:
    """A name typed all in lower case ("maya okafor") gets its capitals; any capital typed
    means the person chose the spelling, which is then kept, but for a first name left
    small before a capitalised surname ("fleur van Dijk")."""
    words = name.split(" ")
    if not name.islower():
        # "fleur van Dijk": a first name left small before a capitalised surname is a slip
        if len(words) > 1 and words[0].isalpha() and words[0].islower() \
                and words[0] not in _PARTICLES \
                and any(w[:1].isupper() and w[1:].islower() for w in words[1:]):
            return " ".join([words[0][0].upper() + words[0][1:], *words[1:]])
        return name
    return " ".join(w if (i and w in _PARTICLES) or not w else w[0].upper() + w[1:]
                    for i, w in enumerate(words))


_ASIDE = lazy(r"^(.*\S)\s+(\(([^()]+)\))$")


def _role_aside(role: str, g: Grammar) -> tuple[str, str]:
    """A role that ends with a bracketed aside about the person, one the pack's
    person_asides begin ("(formerly a solicitor)", "(ex-banker)"): the role before it, and
    the aside; else the role and ""."""
    m = _ASIDE.match(role)
    asides = tuple(g.data.get("person_asides", ()))
    if m and asides and fold(m.group(3)).startswith(asides):
        return m.group(1), m.group(2)
    # "driving instructor (PDI, formerly a bus driver)": the aside after the bracket's comma
    head, _, tail = m.group(3).rpartition(", ") if m else ("", "", "")
    if m and head and asides and fold(tail).startswith(asides):
        return f"{m.group(1)} ({head})", f"({tail})"
    return role, ""


def _names_org(role: str, org: str, g: Grammar) -> bool:
    """The role already names the organisation ("Oprichter en CEO van Planbaar" with
    "Planbaar B.V."): it is not named twice."""
    role_words, org_words = tokens(role), [w for w in tokens(org) if len(w) > 3]
    # "owner of DK Electrical" at "DK Electrical Ltd (Leeds)": its first two words, however
    # short the first; "Etsy seller" at "Etsy": the role holds the whole organisation's name
    opening = tokens(org)[:2]
    # "titolare di impresa di impianti" at "Lorusso Impianti snc": a common word of the name
    # after "di" says the trade, not the organisation; its first word or a name word does
    return any(role_words[i] in g.org_prepositions and (
        (role_words[i + 1] in org_words and (role_words[i + 1] == org_words[0]
                                             or not g.is_common_word(role_words[i + 1])))
        or role_words[i + 1:i + 3] == opening)
        for i in range(len(role_words) - 1)) or (
        bool(org_words) and len(tokens(org)) == len(org_words)
        and all(w in role_words for w in org_words))


def _all_capitalised(item: str, joiner: str = "") -> bool:
    """ "Exact Online", "Common Ground": two or more words, each with its capital, is a name;
    so are names joined by the language's "and" ("Epic and Cerner") in a list where every
    item is capitalised (`joiner`)."""
    words = [re.sub(r"^\W+", "", w) for w in item.split(" ") if re.search(r"[^\W\d_]{2}", w)
             and w != joiner]
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _sentence_case_lowered(item: str, g: Grammar) -> str:
    """An item whose first word is a common starter ("Het", "De") and whose other words are
    small, with that first word small too."""
    words = item.split(" ")
    if len(words) < 2 or not words[0][:1].isupper() \
            or not (g.starter_key(words[0]) in g.lang.lowercase_starters
                    or _common_compound_head(words[0], g)) \
            or any(_capitalised_common(w, g) for w in words[1:]):
        return item
    return g.lower_initial(item)


def _capitalised_common(word: str, g: Grammar) -> bool:
    """A word with a capital that is no name's: an acronym ("BV") or a name the pack keeps
    ("Peppol") may stand in a sentence-case item ("Het oprichten van een BV")."""
    return word[:1].isupper() and g.plain_capital(word) \
        and fold(re.sub(r"^\W+|\W+$", "", word)) not in g.lang.keep_capital


def _common_compound_head(word: str, g: Grammar) -> bool:
    """ "E-facturatie", "E-mailmarketing": a letter before a hyphen and a small word after it
    is a common compound, never a name's start."""
    head, sep, rest = word.partition("-")
    return bool(sep) and len(head) == 1 and len(rest) >= 4 and rest.islower() \
        and fold(word) not in g.lang.keep_capital


def _common_words_lowered(item: str, g: Grammar) -> str:
    """An item in Title Case with its common words small and a name kept: "Automatismes
    Siemens" -> "automatismes Siemens", "Management Commercial" -> "management commercial"
    (the head, and the words that end like a common noun or an adjective)."""
    words = item.split(" ")
    out = []
    for n, w in enumerate(words):
        bare = re.sub(r"^\W+|\W+$", "", w)
        common = n == 0 or g.common_noun(bare) or g.adjective(bare) or \
            g.starter_key(bare) in g.lang.lowercase_starters
        name = g.is_name_word(w) or fold(bare) in g.lang.keep_capital
        out.append(g.lower_initial(w) if common and not name and g.plain_capital(w) else w)
    return " ".join(out)


def _list_item(item: str, q: Question, lang: Language, g: Grammar) -> Phrase:
    """One item of a list answer; when the pack has a rephrase rule for the shape the item
    has ("the bees come first" among values) or for its words (a rule with a pattern and no
    shape, for a question that expects none), the item keeps its words and carries the hint
    (the rephrase check names it)."""
    p = make(item, q.key, lang=lang, g=g)
    if q.rephrase:
        shape = g.analyse(item, q.expects).shape if q.expects else ""
        p.hint = next((r.hint for r in q.rephrase if r.applies(item, shape)), "")
    return p


# A bracketed aside at the end of a list item: "Grade 1-8 (Trinity Rock & Pop)".
_ITEM_ASIDE = lazy(r"\s+\([^()]*\)$")


def _unknown_capital(word: str, g: Grammar) -> bool:
    """A capital the person typed on a word the pack's lexicon does not know as common ("Yale",
    "Arawa"), where the pack says such a word in a list is a name (`unknown_capital_is_name`):
    a brand or a place, whose capital stays."""
    bare = re.sub(r"^[\W_]+|[\W_]+$", "", word)
    return bool(g.data.get("unknown_capital_is_name")) and len(bare) > 2 and bare.isalpha() \
        and g.plain_capital(bare) and fold(bare) not in g.lexicon_common \
        and fold(bare) not in g.common_words and not g.common_noun(bare) \
        and not g.adjective(bare)


def list_case(items: list[str], g: Grammar) -> list[str]:
    """Capitals on a list, judged over the whole list. Every item capitalised ("Waterzuivering,
    Procestechnologie, MATLAB") is a style: the common words are lowered, names, acronyms and
    the pack's keep_capital words stay. Otherwise an item in sentence case ("Farmacia dei
    servizi") is lowered, and so is a lone capitalised word that is the first item or ends
    like a common noun ("Copywriting", "Omeopatia"); an item whose words are all capitalised
    is a name ("Exact Online", "Common Ground") and stays, like a lone word we do not know
    ("Canva")."""
    starts = [i[:1].isupper() for i in items]
    if not any(starts):
        return items
    if len(items) > 1 and all(starts):
        # "Management Commercial": a name does not begin with a common noun
        # "Het maken van leesten" in such a list is sentence case: its article, one of the
        # pack's lowercase_starters, is small like the rest
        # "Te Arawa history": a word after the head that the lexicon does not know keeps
        # the item as typed, where the pack says so
        # (not one in brackets: "Legal research (Westlaw)" says nothing of "Legal")
        cased = [i if any(_unknown_capital(w, g)
                          for w in re.sub(r"\([^()]*\)", "", i).split(" ")[1:])
                 else i if _all_capitalised(i, g.lang.and_word)
                 and not g.common_noun(i.split(" ")[0])
                 and not (g.common_head_is_no_name
                          and any(g.common_noun(re.sub(r"\W+$", "", w)) for w in i.split(" ")))
                 and not g.title_case_style(i) and not g.common_title_phrase(i)
                 else _common_words_lowered(i, g) if g.common_head_is_no_name and " " in i
                 else _sentence_case_lowered(g.lower_title(i, always=True), g) for i in items]
        # "Repatriëring (Nederland, Italië)": the names further on keep their capitals, but a
        # common noun that heads the item is lowered like the other items' heads
        return [_head_lowered(c, g) if c == i else c for c, i in zip(cased, items, strict=True)]
    out = []
    for n, item in enumerate(items):
        words = item.split(" ")
        head = words[0]
        if not starts[n] or not g.plain_capital(head) or g.is_name_word(head) \
                or g.lone_letter(head):
            out.append(item)
        elif len(words) > 1:
            # "Ancestry and FindMyPast": a name further on says the capital is a name's too
            # ("Onderhoud van CV-ketels": an acronym compound is no name)
            # an acronym in brackets is no name ("Projectmanagement (PRINCE2)")
            # nor is a name in brackets after the head ("Grade 1-8 (Trinity Rock & Pop)")
            bare = _ITEM_ASIDE.sub("", item)
            words = bare.split(" ")
            named = _all_capitalised(re.sub(r"\s*\([A-Z0-9]{2,}\)", "", bare)) or any(
                g.is_name_word(w) and not re.match(r"^[A-Z]{2,}-", w)
                and not re.fullmatch(r"\(?[A-Z0-9]{2,}\)?", w) for w in words[1:]) or (
                # "Cuillin Ridge traverse": two capitalised words before the small ones are
                # a name, unless the second is a common noun ("Project Management tools")
                g.data.get("capital_run_is_name") and len(words) > 1
                and g.plain_capital(words[1])
                and not g.common_noun(re.sub(r"\W+$", "", words[1])))
            if g.common_head_is_no_name and g.common_noun(re.sub(r"\W+$", "", head)):
                named = False
            # "Yale & Union locks" after small items: a capital typed mid-list on a word the
            # lexicon does not know is a brand's or a place's
            # (only where no other item begins with a capital on its first letter alone, an
            # acronym aside ("EV chargers"): a capital on several heads is a habit,
            # "Beekeeping, financial planning, Varroa management"; a name in brackets says
            # nothing of the head, "Legal research (Westlaw)")
            if n > 0 and not any(g.plain_capital(o.split(" ")[0])
                                 for o in items[:n] + items[n + 1:]) and any(
                    _unknown_capital(w, g) for w in re.sub(r"\([^()]*\)", "", item).split(" ")):
                named = True
            # "Terapia Manuale", or "Wound Care", "Family Law" (every word one the lexicon
            # knows as common) among small items: a style, not a name
            if g.common_title_phrase(item) or (
                    g.data.get("title_case_pair_is_style") and len(words) == 2
                    and g.title_case_style(item)
                    and fold(item) not in g.data.get("title_names", ())):
                out.append(g.lower_title(item, always=True))
                continue
            out.append(item if named else g.lower_initial(item))
        elif (n == 0 and not any(starts[1:])) or g.common_noun(head):
            out.append(g.lower_initial(item))
        else:
            out.append(item)
    if len(out) > 1 and out[0] == items[0] and " " not in items[0] and starts[0] \
            and g.plain_capital(items[0]) and not g.is_name_word(items[0]) \
            and not any(o[:1].isupper() and g.plain_capital(o.split(" ")[0]) for o in out[1:]):
        # the others begin small once an acronym ("BENG-berekeningen") or a sentence-case
        # item ("Tone of voice") is read: the first item's capital only began the input
        out[0] = g.lower_initial(items[0])
    return out

def _foreign(text: str, q: Question) -> bool:
    """The answer is typed in another language (a rephrase rule of the question's with
    `foreign` says so)."""
    return any(r.foreign is not None and r.applies(text, "") for r in q.rephrase)


def _head_lowered(item: str, g: Grammar) -> str:
    """The item with its first word small when that is a common noun typed with a capital
    (and no name or acronym) before a bracket ("Repatriëring (Nederland, Italië)"), the rest
    as typed."""
    head, _, rest = item.partition(" ")
    # only before a bracket of names: "Università del Salento" is a name all through
    if rest.startswith("(") and g.plain_capital(head) and not g.is_name_word(head) \
            and g.common_noun(re.sub(r"\W+$", "", head)):
        return g.lower_initial(item)
    return item


def greeting_name(name: str, titles: Iterable[str] = (),
                  spelled: Mapping[str, str] | None = None, *, surname: bool = False) -> str:
    """Whom a note greets: the first name ("Sarah Collins" -> "Sarah"), or the whole name
    when it starts with a title ("Dott.ssa Bianchi"; a pack adds the titles written out in
    its language, "mevrouw De Wit", and how an abbreviated one is spelled out in a greeting,
    "Mme Favre" -> "Madame Favre")."""
    words = name.split()
    if len(words) > 1 and (words[0].casefold().rstrip(".") in _TITLES
                           or words[0].casefold() in {t.casefold() for t in titles}):
        full = (spelled or {}).get(words[0].casefold().rstrip("."))
        if surname and len(words) > 2:
            # "Dear Dr Keane", not "Dear Dr Aoife Keane": a title greets with the surname
            # (its particles too: "Dr van Leeuwen")
            at = next((i for i, w in enumerate(words[2:-1], 2) if w in _PARTICLES),
                      len(words) - 1)
            words = [words[0], *words[at:]]
            name = " ".join(words)
        return " ".join([full, *words[1:]]) if full else name
    return words[0] if words else name


def spoken_name(name: str, titles: Iterable[str] = ()) -> str:
    """The name as its owner says it: "Dr. Hidde van Leeuwen" -> "Hidde van Leeuwen" (and a
    title the pack writes out: "Maître Hélène Castaing" -> "Hélène Castaing")."""
    words = name.split()
    written = {t.casefold() for t in titles}
    while len(words) > 1 and (words[0].casefold().rstrip(".") in _TITLES
                              or words[0].casefold() in written):
        words = words[1:]
    return " ".join(words) if len(words) < len(name.split()) else name


def first_name(name: str, titles: Iterable[str] = ()) -> str:
    """The first name to sign with: "Dr. Evangeline Smith" signs as "Evangeline" (and
    "Maître Hélène Castaing", with the pack's titles, as "Hélène")."""
    # a word is a name when it has a letter; brackets or quotes around it are not signed
    words = [w.strip(_NOT_NAME) for w in name.split() if any(ch.isalpha() for ch in w)]
    written = {t.casefold() for t in titles}
    for word in words[:-1]:
        if word.casefold().rstrip(".") not in _TITLES and word.casefold() not in written:
            return word
    return words[-1] if words else name.strip()


_NOT_NAME = "\"'()[]{}<>;:,!?*#%&=+|/\\`~^$@_“”‘’«»"


def template_context(answers: Answers,
                     shaped: dict[str, Any] | None = None) -> dict[str, Any]:
    """Sections as objects (`person.role`, `drivers.values`, ...) plus `lang`.

    Namespaces rather than dicts, so that `drivers.values` is the answer and not dict.values.
    """
    sections: dict[str, dict[str, Any]] = {}
    for key, value in (shaped or shaped_values(answers)).items():
        section, name = key.split(".", 1)
        sections.setdefault(section, {})[name] = value
    ctx: dict[str, Any] = {k: SimpleNamespace(**v) for k, v in sections.items()}
    ctx["lang"] = answers.lang
    lang = language(answers.lang)
    register = lang.register(answers.register)
    ctx["formal"] = register == "formal"
    ctx["reg"] = SimpleNamespace(**lang.register_words(answers.register))
    # a note to "mevrouw Jansen" (a title the pack's name_titles lists) is formal, whatever
    # the register of the texts: the pack's templates may use these words for it
    ctx["reg_formal"] = SimpleNamespace(**{**lang.register_words(answers.register),
                                           **lang.register_words("formal")})
    return ctx

