"""Provides the starter answers file: every question as a comment above its key."""

from __future__ import annotations

import tomli_w

from wizard.core.catalogue import catalogue
from wizard.core.model import SCHEMA


def _comment(text: str) -> str:
    return "\n".join(f"# {line}".rstrip() for line in text.splitlines())


def starter_toml(lang: str) -> str:
    """A TOML file with empty answers; required ones are marked, stems and examples shown."""
    cat = catalogue(lang)
    parts = [
        "# profile-wizard answers file. Each answer completes the sentence above it.",
        "# Fill in the answers marked (required); leave the others empty or delete them.",
        f"# Then run: profile-wizard render THIS-FILE\n\nschema = {SCHEMA}\nlang = \"{lang}\"",
    ]
    for step in cat.steps:
        parts.append(f"\n{_comment(step.title.upper() + ': ' + step.intro)}\n[{step.id}]")
        for q in step.questions:
            need = "(required)" if q.required else "(optional)"
            lines = [f"{q.stem} … {need}", q.help]
            if q.examples:
                lines.append("e.g. " + " / ".join(q.examples))
            if q.kind == "list":
                lines.append(f"A list of 1 to {q.max_items} items.")
            empty: object = [] if q.kind == "list" else False if q.kind == "bool" else ""
            value = tomli_w.dumps({"v": empty}).split("=", 1)[1].strip()
            parts.append(f"{_comment(chr(10).join(lines))}\n{q.key.split('.', 1)[1]} = {value}")
    return "\n".join(parts) + "\n"
