"""Provides the starter answers file: every question as a comment above its key."""

from __future__ import annotations

import tomli_w

from wizard.core.catalogue import catalogue
from wizard.core.model import SCHEMA
from wizard.core.words import words


def _comment(text: str) -> str:
    return "\n".join(f"# {line}".rstrip() for line in text.splitlines())


def starter_toml(lang: str) -> str:
    """A TOML file with empty answers; required ones are marked, stems and examples shown."""
    cat = catalogue(lang)
    say = words(lang)  # the file's language, as its questions are
    header = say("cli.starter_header", file=say("cli.starter_file"))
    parts = [f"{_comment(header)}\n\nschema = {SCHEMA}\nlang = \"{lang}\""]
    for step in cat.steps:
        parts.append(f"\n{_comment(step.title.upper() + ': ' + step.intro)}\n[{step.id}]")
        for q in step.questions:
            need = say("cli.starter_required" if q.required else "cli.starter_optional")
            lines = [f"{q.stem} … {need}", q.help]
            if q.examples:
                lines.append(f"{say('cli.examples')} " + " / ".join(q.examples))
            if q.kind == "list":
                lines.append(say("cli.starter_list", low=1, high=q.max_items))
            empty: object = [] if q.kind == "list" else False if q.kind == "bool" else ""
            value = tomli_w.dumps({"v": empty}).split("=", 1)[1].strip()
            parts.append(f"{_comment(chr(10).join(lines))}\n{q.key.split('.', 1)[1]} = {value}")
    return "\n".join(parts) + "\n"
