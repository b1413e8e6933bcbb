"""Provides import_file and import_paths: any file a profile can start from, read into
answers, suggestions and a before; folders give the files directly inside them."""

from __future__ import annotations

import datetime as dt
import importlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import field
from pathlib import Path
from typing import Any

from wizard.core.dataclass_cache import dataclass
from wizard.core.model import Answers, AnswersError, Value, load
from wizard.core.record import Before, Edit
from wizard.core.sanitize import for_terminal
from wizard.core.store.errors import StoreError, say

# What a folder given to import holds that may be a profile (other files are left alone).
IMPORT_SUFFIXES = (".zip", ".csv", ".json", ".toml")


@dataclass(frozen=True)
class ImportResult:
    """What a file gives a new profile: (partial) answers, the texts it had, and a name."""

    answers: Answers
    before: Before | None = None
    name: str = ""  # the profile name to suggest; person.name when empty
    source: str = ""  # what the file was, for messages: "answers file", "LinkedIn export" …
    kind: str = ""  # "linkedin", "jsonresume", "answers": with the name, how a re-import is told
    suggested: dict[str, Value] = field(default_factory=dict)  # answers filled in for review
    variants: dict[str, str] = field(default_factory=dict)
    edits: dict[str, Edit] = field(default_factory=dict)
    checks: dict[str, Any] = field(default_factory=dict)  # the before, counted and checked
    path: Path | None = None

    @property
    def profile_name(self) -> str:
        """The name the file gives, "" when it gives none to find a profile by (blank, or
        only combining marks): the caller names the profile after the file then."""
        from wizard.core.store.records import search_key

        name = self.name or self.answers.text("person.name")
        return name if search_key(name) else ""


def import_file(path: Path) -> ImportResult:
    """Read `path` into an ImportResult; every problem is a one-line StoreError naming it.

    The importers module (LinkedIn ZIP/CSV, JSON Resume, answers files, recognised by content)
    does the reading when it is installed; without it, answers files (TOML/JSON) are read here.
    """
    reader = _read_any()
    if reader is None:
        try:
            return ImportResult(load(path, partial=True), source="answers file", kind="answers",
                                path=path)
        except AnswersError as exc:
            raise StoreError(str(exc)) from None
    try:
        return adapt(reader(path))
    except (AnswersError, ValueError, OSError) as exc:
        # the reader's lines name the file as the terminal shows it ("?" for a control)
        named = str(path) in str(exc) or for_terminal(str(path)) in str(exc)
        message = str(exc) if named else f"{path}: {exc}"
        raise StoreError(message.splitlines()[0] if message else f"{path}: cannot import") from None


def _read_any() -> Any:
    try:
        module = importlib.import_module("wizard.core.importers")
    except ModuleNotFoundError as exc:
        if exc.name != "wizard.core.importers":
            raise
        return None
    return getattr(module, "read_any", None)


def adapt(result: Any) -> ImportResult:
    """Accept what read_any returns: an ImportResult, bare Answers, or an object with `answers`
    (or a `seed()` that makes them) and, optionally, `before` (headline/summary/source/date),
    `name` and `kind` or `source`."""
    if isinstance(result, ImportResult):
        return result
    if isinstance(result, Answers):
        return ImportResult(result)
    seed = getattr(result, "seed", None)
    answers = seed() if callable(seed) else getattr(result, "answers", None)
    if not isinstance(answers, Answers):
        raise StoreError(say("importer_returned", kind=type(result).__name__))
    raw = getattr(result, "before", None)
    before: Before | None = None
    if isinstance(raw, Before):
        before = raw if raw.date or not raw else Before(raw.headline, raw.summary, raw.source,
                                                         dt.date.today().isoformat())
    elif raw is not None:
        fields = {k: str(getattr(raw, k, "") or "") for k in ("headline", "summary", "source")}
        # Sources without a date of their own are dated by the import: the before is "as of".
        date = str(getattr(raw, "date", "") or "") or dt.date.today().isoformat()
        before = Before(**fields, date=date) if fields["headline"] or fields["summary"] else None
    source = getattr(result, "source", "") or getattr(result, "kind", "")
    return ImportResult(answers, before, str(getattr(result, "name", "") or ""), str(source),
                        str(getattr(result, "kind", "") or ""),
                        dict(getattr(result, "suggested", {}) or {}),
                        dict(getattr(result, "variants", {}) or {}),
                        dict(getattr(result, "edits", {}) or {}),
                        dict(getattr(result, "checks", {}) or {}), getattr(result, "path", None))


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """What to import: each file given; a folder that is an unpacked LinkedIn export as one;
    in any other folder, the importable files and unpacked exports directly inside it
    (sorted; hidden files and others left alone)."""
    from wizard.core.linkedin import is_export_folder

    for path in paths:
        if not os.path.isdir(path) or is_export_folder(path):
            yield path
            continue
        try:
            inside = sorted(path.iterdir())
        except OSError:
            yield path  # the import says why it cannot be read
            continue
        for p in inside:
            if p.name.startswith("."):
                continue
            if is_export_folder(p) or (p.suffix.lower() in IMPORT_SUFFIXES
                                       and not os.path.isdir(p)):
                yield p


def import_paths(paths: Iterable[Path]) -> Iterator[tuple[Path, ImportResult | StoreError]]:
    """Each file of `paths` (folders expanded) with what it gave, or the error that names it;
    one bad file does not stop the others."""
    for path in expand(paths):
        try:
            yield path, import_file(path)
        except StoreError as exc:
            yield path, exc
