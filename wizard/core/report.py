"""Provides the printed forms of results: plain text, Markdown, JSON, and the catalogue.

Every word comes from the language pack (ui/cli.toml and ui/outputs.toml): a result speaks
its profile's language, a check the language of its texts, the catalogue its own.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence

from wizard.core.catalogue import catalogue
from wizard.core.languages import REFERENCE_LANGUAGE
from wizard.core.model import Answers
from wizard.core.outputs import spec
from wizard.core.render import Rendered, Result
from wizard.core.words import Words, words


def title(output: str, lang: str) -> str:
    """The output's heading: "About (summary)", "Info (samenvatting)"."""
    return words(lang)(f"outputs.{output}_long")


def counter(r: Rendered, lang: str) -> str:
    """`97/220 characters` or, for a spoken text, `96 words · about 44.3 s …`, in `lang`."""
    say = words(lang)
    o = spec(r.output)
    if o.spoken:
        return say("cli.pitch_count", words=r.words, seconds=r.seconds, min=o.min_seconds,
                   max=o.max_seconds)
    text = say("cli.characters", length=r.length, limit=r.limit)
    if r.graphemes != r.length:
        text += say("cli.visible", visible=r.graphemes)
    return text


def status(r: Rendered, lang: str) -> str:
    return words(lang)("cli.fits") if r.ok else words(lang)("cli.does_not_fit").upper()


def variant_name(lang: str, variant: str) -> str:
    """A variant in words (`ui/variants.toml`): "role-audience" reads "Rôle et public" in
    French; a coach's own variant is its file's name in words ("my own")."""
    if words(REFERENCE_LANGUAGE).has(f"variants.{variant}"):
        return words(lang)(f"variants.{variant}")
    return variant.replace("-", " ").replace("_", " ")


def variant_names(lang: str, variants: Sequence[str]) -> str:
    """The variants in words, as an error lists them: "Rol en bewijs · Rol, kort"."""
    return " · ".join(variant_name(lang, v) for v in variants)


def find_variant(lang: str, variants: Sequence[str], name: str) -> str | None:
    """The variant `name` asks for: its file name ("role-proof") or its name in words in the
    profile's language ("Rol en bewijs"), in any case and spacing; None when none is."""
    def plain(text: str) -> str:
        return " ".join(text.casefold().split())

    return next((v for v in variants
                 if plain(name) in (plain(v), plain(variant_name(lang, v)))), None)


def made_by(r: Rendered, lang: str, *, stale: bool = False) -> str:
    """Where a text came from: its template variant in words, or the person's hand edit."""
    from wizard.core.record import YOURS

    if r.variant != YOURS:
        return variant_name(lang, r.variant)
    return words(lang)("handout.edited_stale" if stale else "handout.edited")


def _finding_lines(r: Rendered, say: Words) -> list[str]:
    return [f"  {say(f'cli.mark_{f.severity}')} {say(f'cli.{f.severity}')}: {f.message} "
            f"[{f.code}]" for f in r.findings]


def _text_block(r: Rendered, lang: str) -> str:
    lines = [f"── {title(r.output, lang)} · {made_by(r, lang)} · {counter(r, lang)} · "
             f"{status(r, lang)}", "", r.text, ""]
    return "\n".join(lines + _finding_lines(r, words(lang))).rstrip() + "\n"


def format_result(result: Result, fmt: str, answers: Answers | None = None) -> str:
    if fmt == "json":
        return json.dumps(result.json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return markdown(result, answers)
    return "\n".join(_text_block(o.chosen, result.lang) for o in result.outputs.values())


def markdown(result: Result, answers: Answers | None = None, *,
             stale: Collection[str] = ()) -> str:
    """The texts as a Markdown document, each with its count, whether it is the person's hand
    edit (`stale` ones made for earlier answers) and its checks. What the person
    typed is never markup there: no tag, link, image or script (wizard/core/mdsafe.py)."""
    from wizard.core.mdsafe import md_text
    from wizard.core.record import YOURS

    lang = result.lang
    say = words(lang)
    name = answers.text("person.name") if answers else ""
    out = [f"# {say('cli.title')}{' — ' + md_text(name) if name else ''}", ""]
    for key, o in result.outputs.items():
        r = o.chosen
        # a document for the person or their client: a template's id means nothing there,
        # a hand edit does (and whether it was made for earlier answers)
        made = "" if r.variant != YOURS else f" · {md_text(made_by(r, lang, stale=key in stale))}"
        out += [f"## {title(key, lang)}", "", md_text(r.text), "",
                f"*{counter(r, lang)}{made} · {status(r, lang)}*", ""]
        out += [f"- **{say(f'cli.{f.severity}')}** ({f.code}): {md_text(f.message)}"
                for f in r.findings]
        if r.findings:
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def format_checked(measured: Sequence[Rendered], fmt: str, lang: str) -> str:
    if fmt == "json":
        doc = {"outputs": {m.output: m.json() for m in measured},
               "checks": [f.as_dict() for m in measured for f in m.findings]}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    say = words(lang)
    blocks = []
    for m in measured:
        lines = [f"── {title(m.output, lang)} · {counter(m, lang)} · {status(m, lang)}"]
        lines += _finding_lines(m, say) or [f"  {say('cli.no_problems')}"]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def format_catalogue(lang: str) -> str:
    """The questions of `lang`, step by step, as readable text."""
    say = words(lang)
    out = []
    for step in catalogue(lang).steps:
        optional = say("cli.step_optional") if step.optional else ""
        out += [f"{step.title}{optional}", f"  {step.intro}", ""]
        for q in step.questions:
            need = say("cli.required") if q.required else say("cli.optional")
            out.append(f"  {q.key} ({say(f'cli.kind_{q.kind}')}, {need}, "
                       f"{say('cli.max_length', n=q.max_length)})")
            out.append(f"    {q.stem} …")
            out.append(f"    {q.help}")
            if q.examples:
                out.append(f"    {say('cli.examples')} " + " / ".join(q.examples))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def describe_error(exc: BaseException) -> str:
    """One line for a template error: the file and line, also for errors raised while rendering."""
    from wizard.core.template_check import describe  # the traceback knows the template's line

    return describe(exc)
