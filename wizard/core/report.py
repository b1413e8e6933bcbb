"""Provides the printed forms of results: plain text, Markdown, JSON, and the catalogue."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from wizard.core.catalogue import catalogue
from wizard.core.model import Answers
from wizard.core.render import Rendered, Result

TITLES = {"headline": "Headline", "summary": "About (summary)", "pitch": "Elevator pitch",
          "invitation": "Invitation note"}
MARKS = {"error": "✗", "warning": "!", "info": "i"}


def _labels(lang: str) -> Mapping[str, str]:
    from wizard.core.handout import labels  # the same words as the handout, per language

    return labels(lang)


def counter(r: Rendered, lang: str = "en") -> str:
    """`97/220 characters` or, for the pitch, `96 words · about 44.3 s …`, in `lang`."""
    from wizard.core.handout import counter as localised

    return localised(r, _labels(lang))


def _status(r: Rendered, lab: Mapping[str, str]) -> str:
    return lab["fits"] if r.ok else lab["does_not_fit"].upper()


def _finding_lines(r: Rendered, lab: Mapping[str, str]) -> list[str]:
    return [f"  {MARKS[f.severity]} {lab[f.severity]}: {f.message} [{f.code}]"
            for f in r.findings]


def _text_block(r: Rendered, lang: str) -> str:
    lab = _labels(lang)
    lines = [f"── {lab[r.output]} · {r.variant} · {counter(r, lang)} · {_status(r, lab)}", "",
             r.text, ""]
    return "\n".join(lines + _finding_lines(r, lab)).rstrip() + "\n"


def format_result(result: Result, fmt: str, answers: Answers | None = None) -> str:
    if fmt == "json":
        return json.dumps(result.json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return markdown(result, answers)
    return "\n".join(_text_block(o.chosen, result.lang) for o in result.outputs.values())


def markdown(result: Result, answers: Answers | None = None) -> str:
    """The texts as a Markdown document, each with its count, variant and checks."""
    lab = _labels(result.lang)
    name = answers.text("person.name") if answers else ""
    out = [f"# {lab['title']}{' — ' + name if name else ''}", ""]
    for key, o in result.outputs.items():
        r = o.chosen
        out += [f"## {lab[key]}", "", r.text, "",
                f"*{counter(r, result.lang)} · {r.variant} · {_status(r, lab)}*", ""]
        out += [f"- **{lab[f.severity]}** ({f.code}): {f.message}" for f in r.findings]
        if r.findings:
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def format_checked(measured: Sequence[Rendered], fmt: str, lang: str = "en") -> str:
    if fmt == "json":
        doc = {"outputs": {m.output: m.json() for m in measured},
               "checks": [f.as_dict() for m in measured for f in m.findings]}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    lab = _labels(lang)
    blocks = []
    for m in measured:
        lines = [f"── {lab[m.output]} · {counter(m, lang)} · {_status(m, lab)}"]
        lines += _finding_lines(m, lab) or [f"  {lab['no_problems']}"]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def format_catalogue(lang: str) -> str:
    """The questions of `lang`, step by step, as readable text."""
    out = []
    for step in catalogue(lang).steps:
        out += [f"{step.title}{' (optional)' if step.optional else ''}", f"  {step.intro}", ""]
        for q in step.questions:
            need = "required" if q.required else "optional"
            out.append(f"  {q.key} ({q.kind}, {need}, max {q.max_length})")
            out.append(f"    {q.stem} …")
            out.append(f"    {q.help}")
            if q.examples:
                out.append("    e.g. " + " / ".join(q.examples))
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def describe_error(exc: BaseException) -> str:
    """One line for a template error: the file and line, also for errors raised while rendering."""
    from wizard.core.template_check import describe  # the traceback knows the template's line

    return describe(exc)
