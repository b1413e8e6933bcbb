"""Provides rendering: every variant of every output, counted, checked, and the best that fits."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import field, fields, replace
from typing import Any

from wizard.core import counting, template_budget
from wizard.core.catalogue import catalogue
from wizard.core.checks import Facts, Finding, messages, proof_numbers, run_checks, specs_by_code
from wizard.core.context import shaped_values, template_context
from wizard.core.dataclass_cache import dataclass
from wizard.core.filters import tidy, unspoken
from wizard.core.languages import language
from wizard.core.model import FIELD_BY_KEY, Answers
from wizard.core.outputs import names, spec, words_per_minute
from wizard.core.templates import TemplateSet, Unavailable, Variant
from wizard.core.words import words
from wizard.grammar import grammar

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


@dataclass
class Rendered:
    """One variant's text with its counts, its limit and the checks that fired on it."""

    output: str
    variant: str
    text: str
    length: int
    graphemes: int
    words: int
    seconds: float
    limit: int
    ok: bool
    findings: list[Finding] = field(default_factory=list)

    def json(self) -> dict[str, Any]:
        o = spec(self.output)
        if o.spoken:
            return {"text": self.text, "variant": self.variant, "words": self.words,
                    "seconds": self.seconds, "min_seconds": o.min_seconds,
                    "max_seconds": o.max_seconds, "ok": self.ok,
                    "length": self.length, "graphemes": self.graphemes}
        return {"text": self.text, "variant": self.variant, "length": self.length,
                "graphemes": self.graphemes, "limit": self.limit, "ok": self.ok}


@dataclass
class Output:
    """The chosen text of one output and every alternative that was rendered."""

    chosen: Rendered
    alternatives: list[Rendered]


@dataclass
class Result:
    """Every output of one profile: the chosen text and its alternatives."""

    lang: str
    outputs: dict[str, Output]

    @property
    def findings(self) -> list[Finding]:
        return [f for o in self.outputs.values() for f in o.chosen.findings]

    def json(self) -> dict[str, Any]:
        return {
            "schema": 1,
            "lang": self.lang,
            "outputs": {name: o.chosen.json() for name, o in self.outputs.items()},
            "checks": [f.as_dict() for f in self.findings],
        }


def facts_for(answers: Answers, shaped: Mapping[str, Any] | None = None) -> Facts:
    s = shaped or shaped_values(answers)
    proof = s["expertise.proof"]
    return Facts(name=str(s["person.name"]), role=str(s["person.role"]),
                 # as the text says it ("battesimi e eventi" reads "battesimi ed eventi")
                 offer=tidy(str(s["offer.help"]), language(answers.lang)),
                 recipient=str(s["invitation.recipient"]),
                 fold_headline=spec("headline").first_fold,
                 fold_summary=spec("summary").first_fold,
                 # as the text says it too: "quand tu veux , y a…" reads "veux, y a" there
                 call_to_action=tidy(str(s["offer.call_to_action"]), language(answers.lang))
                 if answers.text("offer.call_to_action") else "",
                 proof=str(proof), proof_vague=bool(getattr(proof, "vague", False)),
                 other_register=other_register(answers, s),
                 defaulted_register=defaulted_register(answers),
                 rephrase=needs_rephrasing(s), left_out=left_out_answers(s),
                 register=language(answers.lang).register(answers.register),
                 lang=answers.lang)


def other_register(answers: Answers,
                   shaped: Mapping[str, Any]) -> tuple[tuple[str, str, str, str], ...]:
    """The answers that address the reader in the register the texts do not use, each with
    its longest word, by which a text is seen to hold that answer."""
    g = grammar(answers.lang)
    if not g.markers:
        return ()
    mine = language(answers.lang).register(answers.register)
    found = []
    for key, value in shaped.items():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and text:
                # an answer said to the reader (the pack's reader_keys) that the grammar could
                # not turn into the texts' register: its weak words ("je") count too
                weak = key in getattr(g, "weak_register_keys", ())
                for register, word in g.registers_in(text, weak=weak).items():
                    if register != mine:
                        anchor = max(re.findall(r"[^\W\d_]+", text), key=len, default="")
                        found.append((key, word, register, anchor))
    return tuple(found)


def defaulted_register(answers: Answers) -> tuple[tuple[str, str, str], ...]:
    """The answers typed in the register the texts do not use when none was chosen, as typed
    (the texts may have said them in the default already), where the pack's grammar asks
    (`note_default_register`): the contract stays, the person learns how to choose."""
    g = grammar(answers.lang)
    if answers.register or not g.data.get("note_default_register"):
        return ()
    lang = language(answers.lang)
    mine = lang.register(answers.register)
    found = []
    for key in answers.values:
        value = answers[key]
        for text in value if isinstance(value, list) else [value]:
            if not isinstance(text, str) or not text:
                continue
            # the one register the person could choose instead (not Flemish "ge", which
            # no text is written in: mixed_register says that one)
            other = [w for r, w in g.registers_in(text).items()
                     if r != mine and r in lang.registers]
            if other:
                anchor = max(re.findall(r"[^\W\d_]+", text), key=len, default="")
                found.append((key, other[0], anchor))
                break
    return tuple(found)


def needs_rephrasing(shaped: Mapping[str, Any]) -> tuple[tuple[str, str, str], ...]:
    """The answers whose shape no frame can make right (their Phrase has a hint), and the
    list items so (a value typed as a clause)."""
    return tuple((key, item.hint, str(item)) for key, value in shaped.items()
                 for item in (value if isinstance(value, list) else [value])
                 if getattr(item, "hint", "") and not getattr(item, "left_out", ""))


def left_out_answers(shaped: Mapping[str, Any]) -> tuple[tuple[str, str, str], ...]:
    """The answers no frame can hold, which the texts leave out: (key, hint, answer)."""
    return tuple((key, value.hint, value.left_out) for key, value in shaped.items()
                 if getattr(value, "left_out", ""))


def suggest_register(answers: Answers) -> str:
    """The register the answers themselves use ("uw", "la Sua"), to suggest in the wizard;
    "" when they do not tell."""
    g = grammar(answers.lang)
    seen: dict[str, int] = {}
    for key in answers.values:
        value = answers[key]
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str):
                for register in g.registers_in(text, weak=True):
                    seen[register] = seen.get(register, 0) + 1
    strong = {r for key in answers.values for r in _strong(g, answers[key])}
    if len(strong) == 1:
        return strong.pop()
    return max(seen, key=lambda r: seen[r]) if len(seen) == 1 else ""


def _strong(g: Any, value: Any) -> set[str]:
    texts = value if isinstance(value, list) else [value]
    return {r for t in texts if isinstance(t, str) for r in g.registers_in(t)}


# What measuring a text found, by all it depends on (the text, its output and language, the
# settings and the facts): a keystroke changes one answer, and every variant whose text it
# leaves as it was would be counted and checked again (a third of a render). Bounded;
# forgotten with the packs, whose checks and messages it holds.
_MEASURED: dict[tuple[Any, ...], Rendered] = {}
_FACT_FIELDS = tuple(f.name for f in fields(Facts) if f.compare)


def _facts_key(facts: Facts | None) -> tuple[Any, ...] | None:
    """Facts as a key, or None when a value cannot be one (a coach's unhashable extra)."""
    if facts is None:
        return ()
    key = tuple(tuple(sorted(v.items())) if isinstance(v, Mapping) else v
                for v in (getattr(facts, name) for name in _FACT_FIELDS))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def forget_measured() -> None:
    _MEASURED.clear()


def measure(output: str, text: str, lang: str, *, premium: bool = False,
            wpm: int | None = None, facts: Facts | None = None,
            variant: str = "") -> Rendered:
    """Count and check a text (rendered or the user's own) for one output."""
    wpm = wpm or words_per_minute()
    facts_key = _facts_key(facts)
    key = None if facts_key is None else (output, text, lang, premium, wpm, facts_key)
    done = _MEASURED.get(key) if key is not None else None
    if done is None:
        done = _measure(output, text, lang, premium, wpm, facts)
        if key is not None:
            if len(_MEASURED) > 2048:
                _MEASURED.clear()
            _MEASURED[key] = done
    # a fresh list: the renderer adds findings to the chosen text's
    return replace(done, variant=variant, findings=list(done.findings))


def _measure(output: str, text: str, lang: str, premium: bool, wpm: int,
             facts: Facts | None) -> Rendered:
    o = spec(output)
    c = counting.count(text)
    seconds = counting.speaking_seconds(c.words, wpm)
    limit = o.limit_for(premium)
    msgs = messages(lang)
    num = words(lang).number  # "18,9 secondi", not "18.9"
    findings = run_checks(output, text, lang, facts)
    if o.spoken:
        ok = o.min_seconds <= seconds <= o.max_seconds
        if seconds > o.max_seconds:
            findings.insert(0, Finding(output, "pitch_too_long", "error", msgs["pitch_too_long"]
                                       .format(seconds=num(seconds), limit=o.max_seconds)))
        elif seconds < o.min_seconds:
            findings.insert(0, Finding(output, "pitch_too_short", "warning",
                                       msgs["pitch_too_short"].format(
                                           seconds=num(seconds), limit=o.min_seconds)))
    else:
        ok = c.length <= limit
        if not ok:
            findings.insert(0, Finding(output, "too_long", "error", msgs["too_long"].format(
                length=c.length, limit=limit)))
    return Rendered(output, "", text, c.length, c.graphemes, c.words, seconds, limit, ok,
                    findings)


def _score(r: Rendered, lang: str) -> tuple[int, int, int, int]:
    """Fewer errors, then warnings, then the infos that rank (the offer and the proof before
    the fold); checks on the person's own words do not count: every variant that quotes the
    answer shares them, so a variant must not win by leaving the answer out."""
    specs = specs_by_code(lang)
    counted = [f for f in r.findings if not (f.code in specs and specs[f.code].own_words)]
    errors = sum(f.severity == "error" for f in counted)
    warnings = sum(f.severity == "warning" for f in counted)
    infos = sum(f.severity == "info" and f.code in specs and specs[f.code].ranks
                for f in counted)
    return (0 if r.ok else 1, errors, warnings, infos)


_FIRST_SENTENCE = re.compile(r"(?<=[.!?…])\s|\n")


def _opens_with_proof(r: Rendered, facts: Facts, fold: int) -> bool:
    """The text's first sentence carries a number of the person's proof ("We halved …, from
    22% to 11%"): a result is what a reader believes first, provided an offer the text carries
    still shows before the fold (its first word may be reshaped by a frame: the rest must)."""
    numbers = proof_numbers(facts.proof)
    first = _FIRST_SENTENCE.split(r.text, maxsplit=1)[0]
    if not numbers or facts.proof_vague or not any(n.rstrip(".,") in first for n in numbers):
        return False
    offer = facts.offer.strip().rstrip(".!?").casefold()
    rest = offer.partition(" ")[2]
    shown = rest if len(rest.split()) > 2 else offer
    text = r.text.casefold()
    return shown not in text or shown in text[:fold]  # a headline need not carry the offer


def _over(r: Rendered) -> bool:
    """Over the hard limit (a pitch can also miss by being too short, which is not this)."""
    o = spec(r.output)
    return r.seconds > o.max_seconds if o.spoken else r.length > r.limit


def _distance(r: Rendered) -> float:
    """How far a text misses its limit: when none fits, the nearest miss is the best choice.

    For a pitch that is too short the longest variant is nearest, not the shortest.
    """
    o = spec(r.output)
    if not o.spoken:
        return r.length
    return max(r.seconds - o.max_seconds, o.min_seconds - r.seconds)


# The forms the templates derive as plain strings, and the answers they come from; a derived
# Phrase ("person.role_core", "person.spoken_name") carries its answer's key itself.
_DERIVED_FROM = {"person.role_aside": "person.role",
                 "person.the_organisation": "person.organisation",
                 "person.first_name": "person.name"}


def _too_long_answer(r: Rendered, shaped: Mapping[str, Any], lang: str,
                     ) -> tuple[str, int] | None:
    """The longest answer that appears in a text that does not fit: the one to shorten.

    The text was tidied ("!!!" became "!"), so the answer is looked for tidied too, and by its
    beginning: a long answer is recognised by its first words.
    """
    best: tuple[str, int] | None = None
    text = r.text.casefold()
    for key, value in shaped.items():
        # a form the templates derive ("person.the_organisation") names the question it
        # comes from; a fact ("person.leads") is none the person could shorten
        if key not in FIELD_BY_KEY:
            key = getattr(value, "key", "") or _DERIVED_FROM.get(key, "")
        if not key:
            continue
        parts = value if isinstance(value, list) else [value] if isinstance(value, str) else []
        for part in parts:
            if part and tidy(part, language(lang)).casefold()[:60] in text:
                n = counting.utf16_length(part)
                if best is None or n > best[1]:
                    best = (key, n)
    return best


class Renderer:
    """Renders answers with a template set; cheap to call on every keystroke."""

    def __init__(self, templates: TemplateSet | None = None, wpm: int | None = None) -> None:
        self.templates = templates or TemplateSet()
        self.wpm = wpm or words_per_minute()

    def outputs_for(self, answers: Answers) -> tuple[str, ...]:
        """The outputs these answers write: one that needs an answer waits for it."""
        return tuple(o for o in names() if not spec(o).needs or answers.is_answered(spec(o).needs))

    def render_variant(self, answers: Answers, variant: Variant,
                       ctx: Mapping[str, Any] | None = None, facts: Facts | None = None,
                       ) -> Rendered:
        ctx = ctx if ctx is not None else template_context(answers)
        raw = template_budget.render(self.templates, variant, ctx)  # the budget, and safe text
        text = tidy(raw, language(answers.lang))
        if spec(variant.output).spoken:
            text = unspoken(text, language(answers.lang))
        return measure(variant.output, text, answers.lang, premium=answers.premium, wpm=self.wpm,
                       facts=facts or facts_for(answers), variant=variant.name)

    def render_output(self, answers: Answers, output: str, choose: str | None = None,
                      *, _cache: tuple[Mapping[str, Any], Mapping[str, Any], Facts] | None = None,
                      prefer: Callable[[Rendered], float] | None = None) -> Output:
        shaped, ctx, facts = _cache or self._prepare(answers)
        variants = self.templates.variants(answers.lang, output)
        if not variants:
            raise LookupError(f"no {output} templates for language '{answers.lang}'")
        rendered = []
        for v in variants:
            try:
                rendered.append(self.render_variant(answers, v, ctx, facts))
            except Unavailable:
                continue  # this variant does not fit these answers: it is not offered
        if not rendered:
            raise LookupError(f"no {output} variant fits these answers")
        if choose is not None:
            picked = [r for r in rendered if r.variant == choose]
            if not picked:
                names = ", ".join(r.variant for r in rendered)
                raise LookupError(f"no {output} variant '{choose}' (there are: {names})")
            return Output(picked[0], rendered)
        fitting = [r for r in rendered if r.ok]
        if fitting:
            def score(r: Rendered) -> tuple[int, int, int, int]:
                return _score(r, answers.lang)

            chosen = min(fitting, key=score)  # min() keeps rank order among equals
            best = score(chosen)
            tied = [r for r in fitting if score(r) == best]
            if prefer is not None:  # among the equally good, the one `prefer` likes most
                chosen = max(tied, key=prefer)
            elif fold := spec(output).first_fold:
                # among the equally good, the person's own result as the first line: two
                # people's texts then open with their own words, not one frame for all
                chosen = next((r for r in tied if _opens_with_proof(r, facts, fold)), chosen)
        else:
            chosen = min(rendered, key=_distance)
            culprit = _too_long_answer(chosen, shaped, answers.lang) if _over(chosen) else None
            if culprit:
                msg = messages(answers.lang)["answer_too_long"].format(
                    question=catalogue(answers.lang).label(culprit[0], facts.register),
                    length=culprit[1])
                chosen.findings.insert(1, Finding(output, "answer_too_long", "error", msg))
        return Output(chosen, rendered)

    def _prepare(self, answers: Answers) -> tuple[Mapping[str, Any], Mapping[str, Any], Facts]:
        shaped = shaped_values(answers)
        return shaped, template_context(answers, shaped), facts_for(answers, shaped)

    def render(self, answers: Answers, choose: Mapping[str, str] | None = None,
               prefer: Callable[[Rendered], float] | None = None) -> Result:
        """All outputs of `answers`; `choose` forces a variant per output; `prefer` breaks
        ties among the variants that fit equally well (e.g. the job-ad match's coverage)."""
        prepared = self._prepare(answers)
        choose = choose or {}
        result = Result(answers.lang, {
            o: self.render_output(answers, o, choose.get(o), _cache=prepared, prefer=prefer)
            for o in self.outputs_for(answers)
        })
        summary = result.outputs["summary"].chosen
        for key, limit in (("drivers.values", 5), ("expertise.areas", 5)):
            if (n := len(answers.items(key))) > limit:
                msg = messages(answers.lang)["too_many_items"]
                summary.findings.append(Finding("summary", "too_many_items", "warning",
                                                msg.format(question=catalogue(answers.lang).label(
                                                    key, language(answers.lang).register(
                                                        answers.register)),
                                                    count=n, limit=limit)))
        return result
