"""Provides what the live preview and the results need from the core, without widgets."""

from __future__ import annotations

import re
import weakref
from collections.abc import Hashable, Mapping
from functools import cache
from pathlib import Path
from typing import Literal

from wizard.core.context import shaped_values, template_context
from wizard.core.languages import language
from wizard.core.limits import limits
from wizard.core.model import FIELD_BY_KEY, Answers
from wizard.core.render import Output, Rendered, Renderer, Result, facts_for, measure
from wizard.core.templates import OUTPUTS, TemplateSet
from wizard.tui.labels import placeholder_name
from wizard.tui.session import YOURS, Session

PLACEHOLDER = re.compile(r"⟨[^⟩]*⟩")
_FIELD = re.compile(r"\b(person|future|drivers|expertise|statement|offer|invitation)\.(\w+)")
_FRAME_CALL = re.compile(r"\bf\.(\w+)")
_MACRO = re.compile(r"\{%-?\s*macro\s+(\w+)\b(.*?)\{%-?\s*endmacro", re.S)
_BARE_CALL = re.compile(r"(?<![\w.])(\w+)\(")
_DERIVED = {"person.first_name": "person.name", "person.spoken_name": "person.name"}

State = Literal["ok", "close", "over", "short"]


def placeholder(key: str, lang: str = "en", register: str = "") -> str:
    """⟨role⟩ for person.role: what stands in the preview for an answer not given yet."""
    return f"⟨{placeholder_name(lang, key, register)}⟩"


def placeholder_answers(answers: Answers) -> tuple[Answers, list[str]]:
    """A copy of `answers` with ⟨name⟩ in every missing required answer, and the keys filled."""
    missing = answers.missing()
    if not missing:
        return answers, []
    filled = answers.copy()
    register = language(answers.lang).register(answers.register)  # "che cosa farà" in Lei
    for key in missing:
        mark = placeholder(key, answers.lang, register)
        filled.values[key] = [mark] if FIELD_BY_KEY[key].kind == "list" else mark
    return filled, missing


@cache
def fields_used(templates: TemplateSet, lang: str, output: str) -> frozenset[str]:
    """The answer keys any variant of `output` reads (read from the template files), also
    through the sentence frames it calls (`f.doing()` reads future.doing in frames.j2)."""
    frames = frame_fields(templates, lang)
    used: set[str] = set()
    for variant in templates.variants(lang, output):
        source = _source(variant.path)
        used |= _keys(source)
        for name in _FRAME_CALL.findall(source):
            used |= frames.get(name, set())
    return frozenset(used)


@cache
def frame_fields(templates: TemplateSet, lang: str) -> dict[str, set[str]]:
    """The answer keys each macro of the language's frames.j2 reads, with the macros it calls
    (the first frames.j2 found, in the order the templates are searched)."""
    path = next((d / lang / "frames.j2" for d in templates.dirs
                 if (d / lang / "frames.j2").is_file()), None)
    bodies = dict(_MACRO.findall(_source(path))) if path is not None else {}
    calls = {name: {c for c in _BARE_CALL.findall(body) if c in bodies and c != name}
             for name, body in bodies.items()}
    fields = {name: _keys(body) for name, body in bodies.items()}
    grown = True
    while grown:  # until every macro holds the keys of the macros it calls, however deep
        grown = False
        for name, called in calls.items():
            more = set().union(*(fields[c] for c in called)) - fields[name]
            if more:
                fields[name] |= more
                grown = True
    return fields


def _keys(source: str) -> set[str]:
    """The answer keys `source` names; a value the context derives (person.first_name,
    person.the_organisation) stands for the answers it is made from."""
    keys: set[str] = set()
    for section, name in _FIELD.findall(source):
        key = f"{section}.{name}"
        if key in _DERIVED:
            keys.add(_DERIVED[key])
        elif key in FIELD_BY_KEY:
            keys.add(key)
        else:  # made from answers of its section (person.owns: the role and organisation)
            keys |= {k for k in FIELD_BY_KEY if k.startswith(f"{section}.")}
    return keys


def _source(path: Path) -> str:
    """A template's text, read only when it is a file of a sane size: a FIFO named x.j2 would
    hang the app here (rendering it is the worker's problem, under its budget)."""
    from wizard.core.fileio import regular_file

    try:
        if regular_file(path).st_size > 1_000_000:
            return ""
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def affected_outputs(renderer: Renderer, answers: Answers, section: str) -> tuple[str, ...]:
    """The outputs whose templates use answers of `section`, in output order."""
    shown = renderer.outputs_for(answers)
    if section == "invitation":
        return ("invitation",)
    return tuple(o for o in OUTPUTS if o in shown and any(
        k.startswith(f"{section}.") for k in fields_used(renderer.templates, answers.lang, o)))


def outputs_using(renderer: Renderer, lang: str, keys: set[str],
                  among: tuple[str, ...]) -> tuple[str, ...]:
    """Those of `among` whose text can change when the answers under `keys` change."""
    return tuple(o for o in among if keys & fields_used(renderer.templates, lang, o))


def render_preview(renderer: Renderer, answers: Answers, outputs: tuple[str, ...],
                   prefer: Mapping[str, str] | None = None,
                   ) -> tuple[dict[str, Rendered], list[str]]:
    """The best variant of each output, with placeholders for missing answers.

    With `prefer` (the variants chosen last time) only those are rendered: half the work,
    for the renders between keystrokes; the best fit is chosen again when typing pauses.
    """
    filled, missing = placeholder_answers(answers)
    wanted = [o for o in outputs if o != "invitation" or answers.text("invitation.recipient")]
    if prefer is not None and all(o in prefer for o in wanted):
        shaped = shaped_values(filled)
        ctx, facts = template_context(filled, shaped), facts_for(filled, shaped)
        variants = {v.name: v for o in wanted for v in renderer.templates.variants(filled.lang, o)
                    if v.name == prefer[o]}
        if len(variants) == len({prefer[o] for o in wanted}):
            return {o: renderer.render_variant(filled, variants[prefer[o]], ctx, facts)
                    for o in wanted}, missing
    result = render_all(renderer, filled)  # one shaping of the answers for all outputs
    return {o: result.outputs[o].chosen for o in wanted if o in result.outputs}, missing


# Every output in every variant, for the answers last rendered so: a step change (its preview
# and its answers' advice) asks for them again with the answers unchanged since the render
# when typing paused, and rendering all variants was most of a step change's own work.
_LAST_FULL: weakref.WeakKeyDictionary[Renderer, tuple[Hashable, Result]] = \
    weakref.WeakKeyDictionary()


def answers_key(renderer: Renderer, answers: Answers) -> Hashable:
    """What a full render depends on: the templates in use and every answer."""
    return id(renderer.templates), answers.fingerprint()


def render_all(renderer: Renderer, answers: Answers) -> Result:
    """renderer.render(answers), the last result again while nothing it reads has changed
    (callers only read it)."""
    key = answers_key(renderer, answers)
    last = _LAST_FULL.get(renderer)
    if last is not None and last[0] == key:
        return last[1]
    result = renderer.render(answers)
    _LAST_FULL[renderer] = (key, result)
    return result


def answer_advice(renderer: Renderer, answers: Answers) -> dict[str, str]:
    """Per answer key, the first error the checks of any text find in that answer (a shape
    no frame can make right: the sentence as it reads and how to phrase it; the other
    register). Every output is rendered: an answer can read wrong in a text this step's
    preview does not show."""
    filled, _ = placeholder_answers(answers)
    advice: dict[str, str] = {}
    for out in render_all(renderer, filled).outputs.values():
        for f in out.chosen.findings:
            key = getattr(f, "key", "")  # the answer a finding is about, when it is one
            if key and f.severity == "error":
                advice.setdefault(key, f.message)
    return advice


def render_current(renderer: Renderer, session: Session) -> Result:
    """The results as the user sees them: chosen variants, and their own edits where they made
    them (measured like any text, so counters and checks stay honest)."""
    answers = session.answers
    forced = {o: v for o, v in session.choice.items() if v != YOURS}
    prefers = None
    if session.prefer_ad is not None:  # the Job ad screen asked the best fit to prefer it
        from wizard.core.match import prefer

        prefers = prefer(session.prefer_ad)
    result = renderer.render(answers, forced, prefer=prefers)
    facts = facts_for(answers)
    for output, out in result.outputs.items():
        if session.choice.get(output) == YOURS and output in session.edits:
            mine = measure_edit(renderer, answers, output, session.edits[output], facts=facts)
            result.outputs[output] = Output(mine, out.alternatives)
    return result


def measure_edit(renderer: Renderer, answers: Answers, output: str, text: str,
                 facts: object | None = None) -> Rendered:
    return measure(output, text, answers.lang, premium=answers.premium, wpm=renderer.wpm,
                   facts=facts if facts is not None else facts_for(answers),  # type: ignore[arg-type]
                   variant=YOURS)


def template_text(result: Result, output: str, variant: str | None) -> str:
    out = result.outputs[output]
    for r in out.alternatives:
        if r.variant == variant:
            return r.text
    return out.chosen.text


def state(r: Rendered) -> State:
    """ok / close (within 10% of the limit, or a pitch too short) / over."""
    if r.output == "pitch":
        lim = limits()
        if r.seconds > lim.pitch_max_seconds:
            return "over"
        if r.seconds < lim.pitch_min_seconds:
            return "short"
        return "close" if r.seconds > lim.pitch_max_seconds * 0.9 else "ok"
    if not r.ok:
        return "over"
    return "close" if r.length > r.limit * 0.9 else "ok"


def cut_utf16(text: str, units: int) -> str:
    """The longest start of `text` that fits in `units` UTF-16 code units (LinkedIn's count)."""
    used = 0
    for i, ch in enumerate(text):
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > units:
            return text[:i]
    return text

