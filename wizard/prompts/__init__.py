"""Provides the plain prompts (`profile-wizard ask`): the question catalogue, line by line."""

from __future__ import annotations

from pathlib import Path


def run(lang: str | None, file: Path | None) -> int:
    """Run `profile-wizard ask`; questionary is imported only here, never by the core."""
    from wizard.prompts.command import run as run_command

    return run_command(lang, file)
