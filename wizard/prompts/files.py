"""Provides where the answers go and what a partly answered file still needs."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from wizard.core.catalogue import Catalogue, Question
from wizard.core.errors import UserError, os_reason
from wizard.core.fileio import save_target
from wizard.core.model import Answers


def slug(name: str) -> str:
    """`Maya Okafor` -> `maya-okafor`: letters and digits of any script, joined by hyphens."""
    return re.sub(r"[\W_]+", "-", name.casefold()).strip("-")[:40].strip("-")


def free_path(folder: Path, stem: str, suffix: str = ".toml") -> Path:
    """`folder/stem.toml`, or `stem-2.toml`, `stem-3.toml`... whichever does not exist yet."""
    candidate = folder / f"{stem}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate


def shown(path: Path) -> str:
    """The path as the user should read it: relative when it is below the current folder."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


@dataclass
class Target:
    """The answers file: given with -o, or named after the person once the name is known."""

    path: Path | None = None

    def settle(self, answers: Answers) -> Path:
        if self.path is None:
            name = slug(answers.text("person.name"))
            self.path = free_path(Path.cwd(), f"profile-{name}" if name else "profile")
        return self.path

    def writable_problem(self) -> UserError | None:
        """Why the given file can never be written, checked before a single question is asked."""
        if self.path is None:
            return None
        folder = self.path.parent
        if not folder.is_dir():
            return UserError("folder_missing", folder=folder).at(self.path)
        if not os.access(folder, os.W_OK):
            return UserError("folder_not_writable", folder=folder).at(self.path)
        try:
            save_target(self.path)  # a link in a loop, to nothing, or someone else's
        except OSError as exc:
            return UserError("cannot_write", reason=os_reason(exc)).at(self.path)
        return None


def seen(answers: Answers, q: Question) -> bool:
    """Whether `q` has an answer; a false yes/no is indistinguishable from not asked."""
    value = answers[q.key]
    return value is True if isinstance(value, bool) else bool(value)


def open_keys(answers: Answers, cat: Catalogue) -> list[str]:
    """The questions to ask when resuming: required ones without an answer, and every
    question after the last answered one (those before it were seen and skipped)."""
    questions = cat.questions
    last = max((i for i, q in enumerate(questions) if seen(answers, q)), default=-1)
    return [q.key for i, q in enumerate(questions)
            if not seen(answers, q) and (q.required or i > last)]
