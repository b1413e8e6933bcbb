"""Provides the question catalogue: per language, the steps and the questions as data."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence
from functools import cache

from wizard.core.dataclass_cache import dataclass
from wizard.core.errors import Phrase
from wizard.core.languages import pack_file, read_toml, typeset
from wizard.core.lazyre import lazy
from wizard.core.model import FIELD_BY_KEY, FIELDS, Answers, Kind

_STEM_END = lazy(r"[\s:…]+$")


@dataclass(frozen=True)
class Question:
    """One question: the sentence stem its answer completes, why it matters, examples."""

    key: str
    kind: Kind
    required: bool
    step: str
    stem: str
    help: str
    examples: tuple[str, ...]
    max_length: int
    max_items: int
    suggestions: tuple[str, ...]
    strip: tuple[str, ...]
    lower_first: bool
    # What the stem expects after it: "verb", "noun", "clause", "subclause" (verb last),
    # or "" (a name, a whole sentence); the grammar tells what the answer is (core/shaping).
    expects: str = ""
    # The subject the stem ends with ("For example, I"): typed again, it is dropped.
    subject: str = ""
    # The stem in each register, where it differs from `stem` ("Ik kan u helpen met" for a
    # Dutch profile in u, "Je peux t'aider avec" for a French one in tu): shown in that register.
    stem_formal: str = ""
    stem_informal: str = ""
    # "lower": Title Case typed on the items is lowered ("La Precisione"); "" keeps a lone
    # capitalised item, which may be a name ("Figma"), and lowers only Title Case phrases.
    title_case: str = ""
    # Shapes and patterns of an answer that no sentence frame can make right, each with the
    # hint that says how to phrase it: the words are kept and an error-level check names the
    # answer (core/shaping.py, the `rephrase` check).
    rephrase: tuple[Rephrase, ...] = ()

    def stem_in(self, register: str) -> str:
        """The stem as a profile in `register` reads it ("formal", "informal"; "": `stem`)."""
        own = {"formal": self.stem_formal, "informal": self.stem_informal}.get(register, "")
        return own or self.stem

    def in_register(self, register: str) -> Question:
        """This question with the stem of `register`, for a front end to show as it is."""
        stem = self.stem_in(register)
        return self if stem == self.stem else dataclasses.replace(self, stem=stem)


@dataclass(frozen=True)
class Rephrase:
    """One answer shape (or pattern) the frames cannot make right, and how to phrase it."""

    hint: str
    shape: str = ""  # the shape the grammar saw ("verb", "clause", ...), or "" for any
    # a regular expression the shaped answer matches, or None for any
    pattern: re.Pattern[str] | None = None
    # the check that names it, when not the error-level `rephrase` (a warning for a comma
    # splice the writer typed, which the frames keep as typed)
    check: str = ""

    # the pack's words that lost their accents ("tracabilite", lexicon/unaccented.txt) say
    # it too: this language's code, or "" for a pattern alone
    unaccented: str = ""
    # an answer typed in another language says it too: (this language, that one, words of
    # that one's grammar that say it), from the rule's `foreign` and `foreign_markers`
    foreign: tuple[str, str, frozenset[str]] | None = None
    # no frame can hold it at all (an answer typed in another language inside a French
    # frame): the texts leave it out and the `left_out` check names it
    leave_out: bool = False

    def applies(self, text: str, shape: str) -> bool:
        if self.shape and self.shape != shape:
            return False
        if self.foreign is not None:
            from wizard.grammar.packwords import foreign_words

            return bool(foreign_words(self.foreign[0], self.foreign[1], text, self.foreign[2]))
        if self.pattern is None and not self.unaccented:
            return True
        if self.pattern is not None and self.pattern.search(text) is not None:
            return True
        if self.unaccented:
            from wizard.grammar.packwords import lost_accents

            return bool(lost_accents(self.unaccented, text))
        return False


@dataclass(frozen=True)
class Step:
    """A group of questions shown together (one wizard screen)."""

    id: str
    title: str
    intro: str
    optional: bool
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Catalogue:
    """The questions of one language, step by step."""

    lang: str
    steps: tuple[Step, ...]

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for s in self.steps for q in s.questions)

    def question(self, key: str) -> Question:
        return self._by_key[key]

    @functools.cached_property
    def _by_key(self) -> dict[str, Question]:
        return {q.key: q for q in self.questions}

    def label(self, key: str, register: str = "") -> str:
        """The question as the writer sees it, to name it in a message: its stem in the
        writer's register with the gap it leaves ("I can help you with …"), never the
        answer's key ("offer.help"), which is no word of theirs."""
        q = self._by_key.get(key)
        if q is None:
            return key.rsplit(".", 1)[-1].replace("_", " ")
        stem = q.stem_in(register)
        # French sets a no-break space before its colon ("le mieux\u202f:"): all of it goes
        return _STEM_END.sub("", stem) + " …"

    def step_of(self, key: str) -> Step:
        for s in self.steps:
            if any(q.key == key for q in s.questions):
                return s
        raise KeyError(key)


class CatalogueError(ValueError):
    """A question file that does not match the answers model."""


@cache
def catalogue(lang: str) -> Catalogue:
    """The catalogue of `lang`; every answers-model field has exactly one question."""
    path = pack_file(lang, "questions.toml")
    data = read_toml(path)
    texts = data.get("questions", {})
    if unknown := set(texts) - set(FIELD_BY_KEY):
        raise CatalogueError(f"{path}: questions for unknown keys: {', '.join(sorted(unknown))}")
    if missing := [f.key for f in FIELDS if f.key not in texts]:
        raise CatalogueError(f"{path}: no question for {', '.join(missing)}")
    steps: list[Step] = []
    for step in data["steps"]:
        questions = tuple(
            _question(lang, f.key, f.kind, f.required, step["id"], texts[f.key],
                      _tables(data.get("rephrase", [])))
            for f in FIELDS
            if f.section == step["id"]
        )
        steps.append(Step(step["id"], step["title"], typeset(lang, step["intro"]),
                          bool(step.get("optional", False)), questions))
    return Catalogue(lang, tuple(steps))


def _question(lang: str, key: str, kind: Kind, required: bool, step: str,
              t: dict[str, object], shared: Sequence[dict[str, object]] = ()) -> Question:
    def strs(name: str) -> tuple[str, ...]:
        value = t.get(name, [])
        return tuple(str(v) for v in value) if isinstance(value, list) else ()

    return Question(
        key=key,
        kind=kind,
        required=required,
        step=step,
        stem=str(t["stem"]),
        help=typeset(lang, str(t["help"])),
        examples=strs("examples"),
        max_length=int(str(t.get("max_length", 200))),
        max_items=int(str(t.get("max_items", 5))),
        suggestions=strs("suggestions"),
        # the stem of either register, typed again, is dropped as the stem itself is
        strip=tuple(dict.fromkeys((*strs("strip"), *(str(t[k]) for k in (
            "stem_formal", "stem_informal") if t.get(k))))),
        lower_first=bool(t.get("lower_first", False)),
        expects=str(t.get("expects", "")),
        subject=str(t.get("subject", "")),
        stem_formal=str(t.get("stem_formal", "")),
        stem_informal=str(t.get("stem_informal", "")),
        title_case=str(t.get("title_case", "")),
        rephrase=tuple(Rephrase(hint=typeset(lang, str(r["hint"])),
                                shape=str(r.get("shape", "")),
                                pattern=lazy(_with_pack_words(lang, str(r["pattern"])))
                                if r.get("pattern")
                                else None, check=str(r.get("check", "")),
                                unaccented=lang if r.get("unaccented") else "",
                                foreign=(lang, str(r["foreign"]), frozenset(
                                    _strs(r.get("foreign_markers")))) if r.get("foreign")
                                else None, leave_out=bool(r.get("leave_out", False)))
                       for r in _tables(t.get("rephrase", []))
                       # a pack's [[rephrase]] rules for several questions, after their own
                       + [r for r in shared if key in _strs(r.get("keys"))]),
    )


_PACK_WORDS = re.compile(r"<<(\w+)>>")


def _with_pack_words(lang: str, pattern: str) -> str:
    """A rephrase pattern with `<<name>>` for a list (or a table's keys) of the pack's
    grammar.toml [template_words], the words its frames read too: one alternation, longest
    first ("<<subjunctive_turn>>": the Italian verbs "Mi batto perché" turns)."""
    if "<<" not in pattern:
        return pattern
    path = pack_file(lang, "grammar.toml")
    words = read_toml(path).get("template_words", {}) if path.is_file() else {}

    def alternation(m: re.Match[str]) -> str:
        found = words.get(m.group(1), ())
        return "|".join(re.escape(str(w)) for w in sorted(found, key=len, reverse=True))

    return _PACK_WORDS.sub(alternation, pattern)


def _strs(value: object) -> tuple[str, ...]:
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def _tables(value: object) -> list[dict[str, object]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def named_answer(key: str, lang: str, register: str = "") -> Phrase:
    """An answer as a message names it: the key a file author types and the question it
    answers, in the profile's language: "'offer.help' (I can help you with …)"."""
    return Phrase("answer_named", {"key": key, "label": catalogue(lang).label(key, register)})


def missing_phrase(answers: Answers) -> Phrase | None:
    """Which required answers `answers` lacks, each by key and question ("missing required
    answer 'offer.help' (I can help you with …)"), or None when none is missing. The sentence
    is in the reader's language; the questions are the profile's."""
    missing = [named_answer(k, answers.lang, answers.register) for k in answers.missing()]
    if not missing:
        return None
    if len(missing) == 1:
        return Phrase("missing_answer", {"answer": missing[0]})
    return Phrase("missing_answers", {"answer": missing[0], "more": len(missing) - 1,
                                      "others": missing[1:]})
