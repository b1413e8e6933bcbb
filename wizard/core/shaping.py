"""Provides each answer as a Phrase: its words ready for a sentence, with the shape they have.

The stems guide people but do not bind them: "we halved the waiting list" after "For example,
I …", "schakel ik een notaris in" after "…, verwijs ik door naar", "aprirò" after "voglio".
A Phrase is the answer (a str, so `{{ expertise.proof }}` prints it) plus what its language's
grammar saw in it: `shape` ("phrase" when it completes its stem, else "clause", "verb_first",
"noun", "verb", "main"), and the forms a sentence frame may need: `sentence` (the answer as a
sentence of its own), `inverted` (verb before subject, for after a fronted word),
`predicate` (without its subject, for a headline), `aux` (the auxiliary a participle takes).
The frames themselves are Jinja macros in templates/<lang>/frames.j2.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from wizard.core.catalogue import Question
from wizard.core.filters import lower_first, phrase, sentence, strip_stem
from wizard.core.languages import Language
from wizard.grammar import Grammar, grammar
from wizard.grammar.base import tokens


class Phrase(str):
    """An answer shaped to sit inside a sentence, with its shape and its other forms.

    The forms are worked out when a frame first asks for one: most frames need none.
    """

    key: str
    shape: str
    subject: str
    vague: bool  # a promise rather than a result ("I always give my best")
    hint: str  # how to phrase it, when no frame can make this shape right ("" when one can)
    asked: bool  # typed as a question ("… del fatto a mano?"): a frame may keep it one
    exclaimed: bool  # typed ending in "!": where the pack keeps it, a frame may end with it
    labels: bool  # typed as a list of bare labels ("Risicoanalyse; Veiligheidsplan"): after a colon
    left_out: str  # the answer as typed, when no frame can hold it and the texts leave it out
    _g: Grammar | None
    _lang: Language | None

    @functools.cached_property
    def sentence(self) -> str:
        """The answer as a sentence of its own: "We halved the waiting list."."""
        said = sentence(str(self), self._lang) if self else ""
        if self.exclaimed and said.endswith(".") and not said.endswith(".."):
            said = said[:-1] + "!"  # the writer's "!" (phrase() drops it)
        return said

    @functools.cached_property
    def inverted(self) -> str:
        """The verb before the subject, for after a fronted word ("hebben we …")."""
        return self._g.invert(str(self)) if self._g and self.shape == "clause" else str(self)

    @functools.cached_property
    def upright(self) -> str:
        """A verb-first answer with its subject first again ("we hebben …")."""
        return self._g.upright(str(self)) if self._g and self.shape == "verb_first" \
            else str(self)

    @functools.cached_property
    def predicate(self) -> str:
        """The answer without its subject (and a fronted phrase before it), for a headline
        ("Halved the waiting list")."""
        if self.subject:
            return self[len(self.subject):].lstrip(" ,")
        # "Following the 2020 flood, I led …": the headline states what was done
        fronted = self._g.fronted_predicate(str(self)) if self._g and self.shape == "clause" \
            else ""
        return fronted or str(self)

    @functools.cached_property
    def aux(self) -> str:
        """The auxiliary the answer's closing participle takes ("gegroeid": "ben")."""
        return self._g.participle_aux(str(self)) if self._g else ""

    @functools.cached_property
    def as_verb(self) -> str:
        """An "-ing" activity as a verb phrase ("find your next chapter"), or ""."""
        return self._g.as_verb(str(self)) if self._g and self.shape == "phrase" else ""

    @functools.cached_property
    def in_present(self) -> bool:
        """A verb phrase in the present ("run the county's only BSL club"): a headline keeps
        its "I", where "Run …" would read as an order."""
        return bool(self._g and self.shape == "phrase" and self._g.in_present(str(self)))

    @functools.cached_property
    def addresses_reader(self) -> bool:
        return bool(self._g and self._g.addresses_reader(str(self)))

    @functools.cached_property
    def first_person(self) -> bool:
        """It speaks as its writer ("quello che trovo al mercato"): a frame in the third
        person ("che si batte per …") would mix the persons."""
        return bool(self._g and self._g.speaks_as_writer(str(self)))

    def forms(self) -> dict[str, Any]:
        """What the grammar saw, to rebuild this Phrase elsewhere (the template worker)."""
        return {k: getattr(self, k) for k in _FORMS}

    @classmethod
    def with_forms(cls, text: str, forms: dict[str, Any]) -> Phrase:
        p = make(text)
        for k in _FORMS:
            if k in forms:
                setattr(p, k, forms[k])
        return p

    @property
    def fits(self) -> bool:
        """It completes its stem as the question expects."""
        return self.shape == "phrase"

    @functools.cached_property
    def has_number(self) -> bool:
        """A figure in it: digits, or a number the pack knows written out ("halved",
        "in tre mesi", "a third")."""
        return re.search(r"\d", self) is not None or bool(self._g and self._g.says_number(self))


_FORMS = ("key", "shape", "sentence", "inverted", "upright", "predicate", "aux", "subject",
          "as_verb", "addresses_reader", "first_person", "vague", "has_number", "hint",
          "in_present", "asked", "exclaimed", "labels", "left_out")


def make(text: str, key: str = "", shape: str = "phrase", *, lang: Language | None = None,
         g: Grammar | None = None, subject: str = "") -> Phrase:
    """A Phrase of `text`; its forms come from grammar `g` (or `lang`'s) when asked for."""
    p = Phrase(text)
    p.key, p.shape, p.subject, p.vague, p.hint = key, shape, subject, False, ""
    p.asked = p.exclaimed = p.labels = False
    p.left_out = ""
    p._lang = lang
    p._g = g or (grammar(lang.code) if lang else None)
    return p


def shape_text(value: str, q: Question, lang: Language) -> Phrase:
    """One free-text answer: stems the user typed dropped, its shape found, its case fixed.

    Kept per answer: on every keystroke only the answer being typed changes."""
    return _shaped(value, q, lang.code)


@functools.lru_cache(maxsize=1024)
def _shaped(value: str, q: Question, code: str) -> Phrase:
    from wizard.core.languages import language

    return _shape(value, q, language(code))


def _shape(value: str, q: Question, lang: Language) -> Phrase:
    g = grammar(lang.code)
    value = g.without_fillers(value)
    # typed with the stem's own last word ("omdat …" after "… belangrijk omdat"): the person
    # wrote it to follow the stem, so its word order is trusted
    typed_on = tokens(value)[:1] == tokens(q.stem)[-1:] and q.expects == "subclause"
    # "want …" typed for "omdat …": the person wrote a main clause (verb second)
    typed_main = q.expects == "subclause" and bool(set(tokens(value)[:1]) & g.main_conjunctions)
    value = g.without_fillers(strip_stem(value, g.stem_forms((q.stem, *q.strip))))
    asked = value.rstrip().endswith("?")  # a question, whose mark phrase() drops
    # "… at a fair price!": kept only where the pack says so (keep_exclamation)
    exclaimed = value.rstrip().endswith("!") and bool(g.data.get("keep_exclamation"))
    value = phrase(value)
    # the stem's own verb typed again further on ("terug aan de slag gaan" after "ga ik")
    value = g.after_stem(value, q.stem)
    analysis = g.analyse(value, q.expects) if q.expects and not typed_on else None
    # "omdat wij hebben jaren geleden …": typed on the stem, but in a main clause's order
    typed_main = typed_main or (typed_on and g.spoken_main(value))
    shape = "main" if typed_main else analysis.shape if analysis else "phrase"
    value = g.mend(value, shape)
    subject = ""
    if analysis and shape == "clause":
        rest = g.without_subject(value, analysis)
        if q.subject and tokens(analysis.subject) == tokens(q.subject) and g.verb_fits_stem(rest):
            # "I help teams ship" after "In the coming years I will": the subject was typed twice
            value, shape = phrase(rest), "phrase"
        else:
            subject = analysis.subject
    if shape in ("clause", "verb_first", "main") or (shape == "verb" and not q.lower_first):
        # its own sentence: a capital the person typed on "We" becomes small only mid-sentence
        value = lower_first(value, lang, always=shape == "verb")
    else:
        # "Legal Services for …" where a verb was asked: a name, which keeps its capitals
        named = shape == "noun" and getattr(g, "named_start", lambda _: False)(value)
        value = lower_first(value, lang, always=q.lower_first and not named)
    if subject:
        subject = value[:len(subject)]
    p = make(value, q.key, "phrase" if shape == "empty" else shape, lang=lang, g=g,
             subject=subject)
    p.vague = is_vague(value, lang.code)
    rule = next((r for r in q.rephrase if value and r.applies(value, p.shape)), None)
    p.hint = rule.hint if rule else ""
    p.asked, p.exclaimed = asked, exclaimed
    return left_out(p) if rule and rule.leave_out else p


def left_out(p: Phrase) -> Phrase:
    """An answer no frame can hold (its rule's `leave_out`: typed in another language), as
    the texts see it: empty, so every frame leaves it out, with the words and the hint kept
    for the check that names it."""
    out = make("", p.key, lang=p._lang, g=p._g)
    out.hint, out.left_out = p.hint, str(p)
    return out


def is_vague(text: str, lang: str) -> bool:
    """A promise instead of a result ("always give 110%"): the pack's vague_proof check lists
    the phrases."""
    from wizard.core.checks import check_specs

    if not text:
        return False
    folded = text.casefold().replace("’", "'")
    return any(w.casefold() in folded for s in check_specs(lang) for w in s.vague)
