"""Provides the quality checks: per-language data (codes, words, messages) run by kind."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field
from functools import cache
from typing import Any, Literal

from wizard.core.catalogue import catalogue
from wizard.core.counting import is_simple, looks_like_acronym
from wizard.core.dataclass_cache import dataclass
from wizard.core.languages import pack_file, read_toml, typeset
from wizard.core.lazyre import lazy
from wizard.core.phrases import Phrases
from wizard.grammar import grammar

Severity = Literal["error", "warning", "info"]
# What a check runner says per finding: its message, or (message, answer key) when the finding
# is about one answer.
Said = str | tuple[str, str]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """A check that fired on one output, with its message in the profile's language."""

    output: str
    code: str
    severity: Severity
    message: str
    # The answer it is about, when it is about one ("offer.help"): the wizard shows the
    # finding at that answer's field.
    key: str = ""

    def as_dict(self) -> dict[str, str]:
        d = {"output": self.output, "code": self.code, "severity": self.severity,
             "message": self.message}
        if self.key:
            d["key"] = self.key
        return d


@dataclass(frozen=True)
class Facts:
    """What a check may know besides the text: answers (when rendered) and settings."""

    name: str = ""
    role: str = ""
    offer: str = ""
    recipient: str = ""
    fold_headline: int = 60
    fold_summary: int = 200
    extra: Mapping[str, Any] = field(default_factory=dict)
    # From the answers, when the text was rendered from them (empty for `check`):
    call_to_action: str = ""   # the person's own invitation to act, whatever its words
    proof: str = ""            # the proof answer itself
    proof_vague: bool = False
    # Answers that use the register the texts do not: (answer key, the word, its register).
    other_register: tuple[tuple[str, str, str, str], ...] = ()
    register: str = ""
    # No register chosen, and answers typed in the other one, said in the default: (answer
    # key, the word typed, the answer's longest word), where the pack asks to say so.
    defaulted_register: tuple[tuple[str, str, str], ...] = ()
    # Answers in a shape no frame can make right: (answer key, how to phrase it, the answer).
    rephrase: tuple[tuple[str, str, str], ...] = ()
    # Answers no frame can hold, which the texts leave out: (answer key, hint, the answer).
    left_out: tuple[tuple[str, str, str], ...] = ()
    lang: str = ""             # the profile's language, for its grammar's number words
    # What the checks on the answers alone found, per output: the same for every variant.
    memo: dict[tuple[str, str], Sequence[Said]] = field(default_factory=dict, compare=False,
                                                       repr=False)


@dataclass(frozen=True)
class CheckSpec:
    """One check as its language's data file declares it: kind, severity, outputs, words."""

    code: str
    kind: str
    severity: Severity
    outputs: tuple[str, ...]
    message: str
    words: tuple[str, ...]
    limit: int
    pattern: Phrases | None
    # A lighter (or heavier) severity on some outputs: begging is an error in a headline and
    # a warning in an About text, where it still costs the reader's trust.
    severity_on: Mapping[str, Severity] = field(default_factory=dict)
    # Phrases that promise instead of showing ("always give my best"): a proof that holds one
    # is no proof, and no headline is built on it.
    vague: tuple[str, ...] = ()
    # It judges the person's own words (a buzzword they typed), which every variant that
    # quotes the answer shares: the best fit does not rank variants by it.
    own_words: bool = False
    # It says which variant serves the reader better (the offer before the fold): the best
    # fit ranks by it even at the info level.
    ranks: bool = False
    # A quote inside the message's own quotes takes the inner marks ("«" -> "“"): each pair
    # (mark, inner mark), in order.
    inner_quotes: tuple[tuple[str, str], ...] = ()

    def severity_for(self, output: str) -> Severity:
        return self.severity_on.get(output, self.severity)


Runner = Callable[[CheckSpec, str, Facts], Sequence[Said]]


def question(facts: Facts, key: str) -> str:
    """How a message names the answer `key`: by its question, in the writer's language and
    register (Catalogue.label), never by the key itself."""
    return catalogue(facts.lang or "en").label(key, facts.register)


def _phrase_pattern(words: tuple[str, ...]) -> Phrases | None:
    return Phrases(words) if words else None


@cache
def check_specs(lang: str) -> tuple[CheckSpec, ...]:
    data = read_toml(pack_file(lang, "checks.toml"))
    specs = []
    for code, c in data["checks"].items():
        words = tuple(c.get("words", ()))
        specs.append(CheckSpec(
            code=code, kind=c.get("kind", code), severity=c["severity"],
            outputs=tuple(c["outputs"]), message=typeset(lang, c["message"]), words=words,
            limit=int(c.get("limit", 0)), pattern=_phrase_pattern(words),
            severity_on=dict(c.get("severity_on", {})),
            vague=tuple(c.get("vague", ())),
            own_words=bool(c.get("own_words", False)), ranks=bool(c.get("ranks", False)),
            inner_quotes=tuple((str(a), str(b)) for a, b in c.get("inner_quotes", ()))))
    return tuple(specs)


@cache
def messages(lang: str) -> dict[str, str]:
    """Messages of checks that the renderer raises itself (length limits), by code."""
    return {s.code: s.message for s in check_specs(lang)}


def _matches(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    """Every listed phrase the text holds; not one that is part of the role itself ("Creative
    director" is a job title, not a claim)."""
    if spec.pattern is None:
        return []
    role = facts.role.casefold()
    seen = dict.fromkeys(w for w in spec.pattern.findall(text)
                         if not (role and w.casefold() in role))
    return [spec.message.format(match=w) for w in seen]


_SEPARATORS = lazy(r"\s[|•·∙⋅◆◇★☆▪►»/–—]\s|\s?[|•·∙⋅◆◇★☆▪►]\s?")


def _separators(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    n = len(_SEPARATORS.findall(text))
    return [spec.message.format(count=n, limit=spec.limit)] if n > spec.limit else []


def _emoji_count(text: str) -> int:
    if is_simple(text):  # its only pictographs are ©, ®, ‼ and ⁉, counted as text
        return 0
    import regex

    return sum(1 for g in regex.findall(r"\X", text)
               if (g not in _TEXT_MARKS
                   and regex.search(r"\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3", g)))


# Pictographic by Unicode's data, but written as text after a brand or a word ("Microsoft®"):
# only with the emoji selector U+FE0F do they count as emoji.
_TEXT_MARKS = frozenset("©®™‼⁉ℹ")


def _emoji(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    n = _emoji_count(text)
    return [spec.message.format(count=n, limit=spec.limit)] if n > spec.limit else []


_CAPS_WORD = lazy(r"(?<![\w&])[^\W\d_a-z]{2,}(?![\w&])")


def _capitals(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    """Shouting: a word in capitals that is long, or a common word (acronyms are short)."""
    allowed = {w.casefold() for w in spec.words}
    shouted = [w for w in _CAPS_WORD.findall(text)
               if w.isupper() and w.casefold() not in allowed and len(w) >= spec.limit
               and not _looks_like_acronym(w)]
    return [spec.message.format(match=", ".join(dict.fromkeys(shouted)))] if shouted else []


_looks_like_acronym = looks_like_acronym


def _is_fancy(ch: str) -> bool:
    cp = ord(ch)
    return (0x1D400 <= cp <= 0x1D7FF or 0xFF21 <= cp <= 0xFF5A or 0x24B6 <= cp <= 0x24E9
            or 0x1F130 <= cp <= 0x1F189
            or (unicodedata.name(ch, "").startswith("LATIN LETTER SMALL CAPITAL")))


def _fancy(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    if text.isascii():
        return []
    # below U+0262 (the first small capital) are ordinary letters: skip the name lookup
    found = "".join(dict.fromkeys(ch for ch in text if ch > "\u0261" and _is_fancy(ch)))
    return [spec.message.format(match=found[:10])] if found else []


def _within(needle: str, text: str, limit: int) -> bool | None:
    if not needle:
        return None
    pos = text.casefold().find(needle.casefold())
    # enough of it shows before the fold to be recognised
    return pos >= 0 and pos + min(len(needle), 24) <= limit


def _role_in_fold(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    ok = _within(facts.role, text, facts.fold_headline)
    return [spec.message.format(role=facts.role, limit=facts.fold_headline)] if ok is False \
        else []


def _offer_in_fold(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    ok = _within(facts.offer, text, facts.fold_summary)
    rest = facts.offer.partition(" ")[2]
    if ok is False and len(rest.split()) > 2:
        # the offer's first word reshaped by its frame ("finding your next chapter" read as
        # "help you find your next chapter"): the rest of it still shows the offer
        ok = _within(rest, text, facts.fold_summary)
    if ok is False:
        # its end reshaped by a frame ("a, b, c" said "a, b and c"; "… and keeping them
        # there" said "… and keep them there"): its first four words still show the offer
        heads = [" ".join(t.split()[:4]).rstrip(",;:") for t in (facts.offer, rest)
                 if len(t.split()) > 4]
        ok = any(_within(h, text, facts.fold_summary) for h in heads)
    if ok is None:  # no answers: look for words that offer help in the visible part
        ok = bool(spec.pattern and spec.pattern.search(text[:facts.fold_summary]))
    return [] if ok else [spec.message.format(limit=facts.fold_summary)]


def _missing(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    """Fires when none of the words occurs (first person)."""
    return [] if spec.pattern and spec.pattern.search(text) else [spec.message]


def _call_to_action(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    """The person's own invitation to act counts whatever its words ("Tell me what your
    athletes struggle with"); a text of one's own needs one of the listed words."""
    if facts.call_to_action and facts.call_to_action.casefold() in text.casefold():
        return []
    return _missing(spec, text, facts)


def _ending_missing(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    """Fires when the last sentence neither asks a question nor contains an ask."""
    tail = re.split(r"(?<=[.!?])\s+", text.strip())[-1] if text.strip() else ""
    if tail.endswith("?") or (spec.pattern and spec.pattern.search(tail)):
        return []
    return [spec.message]


def _proof(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    """The proof answer itself, when there are answers: a number or a result word in it, and
    no promise ("always give my best", which `vague_proof` names). A text of one's own is
    looked at whole."""
    judged = facts.proof if facts.proof or facts.name else text
    if facts.proof_vague:
        return []  # vague_proof says it better
    has_number = re.search(r"\d", judged) is not None or bool(
        facts.lang and grammar(facts.lang).says_number(judged))
    return [] if has_number or (judged and spec.pattern and spec.pattern.search(judged)) \
        else [spec.message]


def _vague_proof(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    if not facts.proof_vague:
        return []
    folded = facts.proof.casefold().replace("’", "'")
    found = next((w for w in spec.vague if w.casefold() in folded), "")
    return [spec.message.format(match=found)]


def _title_at(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    """A headline that is only "Title at Company": it says where, not for whom or why."""
    if _SEPARATORS.search(text) or len(text) > 100:
        return []
    if facts.role:
        # the role and then "at": "Enterprise architect voor CIO's bij de Rijksoverheid" says
        # for whom, and its "bij" belongs to the audience
        head = text.casefold().removeprefix(facts.role.casefold()).lstrip()
        return [spec.message] if head != text.casefold() and any(
            head.startswith(f"{w.casefold()} ") for w in spec.words) else []
    return [spec.message] if spec.pattern and spec.pattern.search(f" {text} ") else []


def _too_short(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    return [spec.message.format(length=len(text), limit=spec.limit)] \
        if 0 < len(text) < spec.limit else []


_NUMBER = lazy(r"\d[\d.,]*%?")


def proof_numbers(proof: str) -> list[str]:
    """The numbers a proof answer holds ("22%", "1,200"): what should show early."""
    return _NUMBER.findall(proof)


def _proof_in_fold(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    """A proof with a number shows its number before the fold."""
    numbers = proof_numbers(facts.proof)
    if not numbers or any(n in text[:facts.fold_summary] for n in numbers):
        return []
    return [spec.message.format(limit=facts.fold_summary)]


def _fold_cut(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    """The fold falls inside the opening paragraph: the reader sees half a thought."""
    first = text.split("\n\n", 1)[0]
    return [spec.message.format(limit=facts.fold_summary)] \
        if len(first) > facts.fold_summary else []


_REGISTER_WORD = lazy(r"[^\W\d_]+(?:[-'’][^\W\d_]+)+")


def _mixed_register(spec: CheckSpec, text: str, facts: Facts) -> list[Said]:
    """An answer in the other register ("uw" in a text that says "je"), when it is in this
    text: the person chooses the register, or rewords the answer."""
    if not facts.other_register:
        return []
    # "Appelle-nous", "n'hésite": a marker may be a hyphenated or elided form
    words = set(_REGISTER_WORD.findall(text)) | set(re.findall(r"[^\W\d_]+", text))
    # the anchor may open a headline with a capital ("Organiser une sortie… votre niveau")
    folded = {w.casefold() for w in words}
    return [(spec.message.format(question=question(facts, key), match=word), key)
            for key, word, _, anchor in facts.other_register
            # a marker of several words ("Le chiedo") is found as those words in the text
            if (word in words or (" " in word and re.search(
                rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None))
            and (not anchor or anchor.casefold() in folded)]


def _default_register(spec: CheckSpec, text: str, facts: Facts) -> list[Said]:
    """No register chosen and an answer typed in the other one ("ta présentation"), which the
    text says in the language's default: the person learns how to choose it."""
    folded = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    return [(spec.message.format(question=question(facts, key), match=word), key)
            for key, word, anchor in facts.defaulted_register
            if not anchor or anchor.casefold() in folded]


# ("…" before a small letter goes on with its sentence: "I love this job… we never …")
# (nor does "Mr." in "Dear Mr. Kulkarni"); an emoji before a capital ends a sentence too
# ("humor 😄 Dat vind ik …")
_SENTENCE_END = lazy(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)\s+"
                     r"|(?<=…)\s+(?![a-z])|\n+|\s[|•]\s"
                     r"|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])\s+(?=[A-ZÀ-Þ])")
_WORDS = lazy(r"[^\W\d_]{3,}")


def _rephrase(spec: CheckSpec, text: str, facts: Facts) -> list[Said]:
    """An answer typed in a shape no sentence frame can make right, where this text prints
    it: the words are kept, and the message quotes the sentence as it reads and says how to
    phrase the answer."""
    if not facts.rephrase:
        return []
    # each sentence with its words, split once for all the answers to look for
    sentences = [({w.casefold() for w in _WORDS.findall(s)}, s.strip())
                 for s in _SENTENCE_END.split(text) if s.strip()]
    found: list[Said] = []
    named_by = _hint_checks(facts.lang or "en")
    for key, hint, answer in facts.rephrase:
        if named_by.get(hint, "rephrase") != spec.code:
            continue  # a hint another check names ("comma_splice", a warning)
        wanted = {w.casefold() for w in _WORDS.findall(answer)}
        if not wanted:
            continue
        count, sentence = max(((len(wanted & words), s) for words, s in sentences),
                              key=lambda h: h[0], default=(0, ""))
        if count * 3 < len(wanted) * 2:
            # an answer of several sentences is printed sentence by sentence: its first one
            # ("uw administratie op orde. Ik zoek een baan …") is what a frame's sentence holds
            first = next((s for s in _SENTENCE_END.split(answer) if s.strip()), answer)
            wanted = {w.casefold() for w in _WORDS.findall(first)} or wanted
            count, sentence = max(((len(wanted & words), s) for words, s in sentences),
                                  key=lambda h: h[0], default=(0, ""))
        quoted = sentence.rstrip(".!?…")
        for mark, inner in spec.inner_quotes:
            quoted = quoted.replace(mark, inner)
        said = (spec.message.format(question=question(facts, key),
                                    sentence=quoted, hint=hint), key)
        # two thirds of its words: the text prints it; two items of one list with one hint
        # in one sentence ("pesce del Golfo; gestione della Brigata") are said once
        if count * 3 >= len(wanted) * 2 and said not in found:
            found.append(said)
    return found


def _left_out(spec: CheckSpec, text: str, facts: Facts) -> list[Said]:
    """An answer the texts leave out because no frame can hold it (typed in another
    language): named, quoted, with how to phrase it, whatever the text says."""
    found: list[Said] = []
    for key, hint, answer in facts.left_out:
        quoted = answer.rstrip(".!?…")
        for mark, inner in spec.inner_quotes:
            quoted = quoted.replace(mark, inner)
        found.append((spec.message.format(question=question(facts, key), sentence=quoted,
                                          hint=hint), key))
    return found


@cache
def _hint_checks(lang: str) -> dict[str, str]:
    """Each rephrase hint of the pack's questions, and the code of the check that names it
    (the rule's `check`; "rephrase" when it names none)."""
    return {r.hint: r.check or "rephrase" for q in catalogue(lang).questions
            for r in q.rephrase}


def _opening(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    first = " ".join(re.findall(r"\S+", text)[: spec.limit or 20]).casefold()
    candidates = [facts.name.split()[0] if facts.name else "", facts.role]
    if any(c and c.casefold() in first for c in candidates):
        return []
    if not facts.name and spec.pattern and spec.pattern.search(first):
        return []
    return [spec.message.format(limit=spec.limit or 20)]


def _recipient(spec: CheckSpec, text: str, facts: Facts) -> list[str]:
    if facts.recipient:
        return [] if facts.recipient.casefold() in text.casefold() else [
            spec.message.format(name=f" ({facts.recipient})")]
    return [] if spec.pattern and spec.pattern.search(text[:40]) else [
        spec.message.format(name="")]


RUNNERS: dict[str, Runner] = {
    "phrases": _matches,
    "separators": _separators,
    "emoji": _emoji,
    "capitals": _capitals,
    "fancy": _fancy,
    "role_in_fold": _role_in_fold,
    "offer_in_fold": _offer_in_fold,
    "missing": _missing,
    "call_to_action": _call_to_action,
    "vague_proof": _vague_proof,
    "title_at": _title_at,
    "too_short": _too_short,
    "proof_in_fold": _proof_in_fold,
    "fold_cut": _fold_cut,
    "mixed_register": _mixed_register,
    "default_register": _default_register,
    "rephrase": _rephrase,
    "left_out": _left_out,
    "ending": _ending_missing,
    "proof": _proof,
    "opening": _opening,
    "recipient": _recipient,
}
# Raised by the renderer, not run on text: listed here so every language must word them.
RENDER_KINDS = frozenset({"limit", "pitch_long", "pitch_short", "too_many", "readability"})


# Checks that look at the answers, not at the text: run once per output and profile.
ANSWER_KINDS = frozenset({"proof", "vague_proof", "left_out"})


@cache
def _applying(lang: str, output: str) -> tuple[CheckSpec, ...]:
    return tuple(s for s in check_specs(lang)
                 if output in s.outputs and s.kind not in RENDER_KINDS)


@cache
def specs_by_code(lang: str) -> dict[str, CheckSpec]:
    return {s.code: s for s in check_specs(lang)}


def run_checks(output: str, text: str, lang: str, facts: Facts | None = None) -> list[Finding]:
    """Every check of `lang` that applies to `output` and fires on `text`."""
    facts = facts or Facts()
    found: list[Finding] = []
    for spec in _applying(lang, output):
        if spec.kind in ANSWER_KINDS and facts.name:
            memo_key = (spec.code, output)
            if memo_key not in facts.memo:
                facts.memo[memo_key] = RUNNERS[spec.kind](spec, text, facts)
            messages_ = facts.memo[memo_key]
        else:
            messages_ = RUNNERS[spec.kind](spec, text, facts)
        for said in messages_:
            message, about = said if isinstance(said, tuple) else (said, "")
            found.append(Finding(output, spec.code, spec.severity_for(output), message, about))
    return found
