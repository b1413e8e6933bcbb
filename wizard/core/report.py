"""Provides the printed forms of results: plain text, Markdown, JSON, and the catalogue."""

from __future__ import annotations

import json
from collections.abc import Sequence

from wizard.core.catalogue import catalogue
from wizard.core.model import Answers
from wizard.core.render import Rendered, Result

TITLES = {"headline": "Headline", "summary": "About (summary)", "pitch": "Elevator pitch",
          "invitation": "Invitation note"}
MARKS = {"error": "✗", "warning": "!", "info": "i"}


def counter(r: Rendered) -> str:
    """`97/220 characters` or, for the pitch, `96 words · 44.3 s of 20–60 s`."""
    if r.output == "pitch":
        from wizard.core.limits import limits

        lim = limits()
        return (f"{r.words} words · {r.seconds:g} s "
                f"(aim for {lim.pitch_min_seconds}–{lim.pitch_max_seconds} s)")
    extra = f", {r.graphemes} visible" if r.graphemes != r.length else ""
    return f"{r.length}/{r.limit} characters{extra}"


def _status(r: Rendered) -> str:
    return "fits" if r.ok else "DOES NOT FIT"


def _text_block(r: Rendered, title: str) -> str:
    lines = [f"── {title} · {r.variant} · {counter(r)} · {_status(r)}", "", r.text, ""]
    lines += [f"  {MARKS[f.severity]} {f.severity}: {f.message} [{f.code}]" for f in r.findings]
    return "\n".join(lines).rstrip() + "\n"


def format_result(result: Result, fmt: str, answers: Answers | None = None) -> str:
    if fmt == "json":
        return json.dumps(result.json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        return markdown(result, answers)
    blocks = [_text_block(o.chosen, TITLES[name]) for name, o in result.outputs.items()]
    return "\n".join(blocks)


def markdown(result: Result, answers: Answers | None = None) -> str:
    """The texts as a Markdown document, each with its count, variant and checks."""
    name = answers.text("person.name") if answers else ""
    out = [f"# Profile texts{' — ' + name if name else ''}", ""]
    for key, o in result.outputs.items():
        r = o.chosen
        out += [f"## {TITLES[key]}", "", r.text, "",
                f"*{counter(r)} · variant {r.variant} · {_status(r)}*", ""]
        out += [f"- **{f.severity}** ({f.code}): {f.message}" for f in r.findings]
        if r.findings:
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def format_checked(measured: Sequence[Rendered], fmt: str) -> str:
    if fmt == "json":
        doc = {"outputs": {m.output: m.json() for m in measured},
               "checks": [f.as_dict() for m in measured for f in m.findings]}
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    blocks = []
    for m in measured:
        lines = [f"── {TITLES[m.output]} · {counter(m)} · {_status(m)}"]
        lines += [f"  {MARKS[f.severity]} {f.severity}: {f.message} [{f.code}]"
                  for f in m.findings] or ["  no problems found"]
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
