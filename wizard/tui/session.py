"""Provides the app's state without any widgets: answers, file, edited texts, where the user is."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from wizard.core import model
from wizard.core.model import Answers
from wizard.core.paths import export_dir
from wizard.core.record import YOURS as YOURS  # re-exported: the screens take it from here

if TYPE_CHECKING:
    from wizard.core.catalogue import Catalogue
    from wizard.core.record import Record


def display_path(path: Path) -> str:
    """A path as a message shows it: absolute (so it can be found), ~ for the home folder."""
    path = path.absolute()
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)




@dataclass
class Session:
    """Everything the wizard knows; widgets show it and write every change straight back."""

    answers: Answers
    path: Path | None = None
    saved_text: str | None = None
    edits: dict[str, str] = field(default_factory=dict)
    choice: dict[str, str] = field(default_factory=dict)
    furthest: int = 0
    texts_dirty: bool = False  # texts edited since the last export: they live nowhere else

    @classmethod
    def open(cls, answers: Answers, path: Path | None, *, on_disk: bool) -> Session:
        session = cls(answers, path)
        if on_disk:
            session.saved_text = model.dumps(answers, model.format_of(path or Path("a.toml")))
        session.furthest = session.first_incomplete()
        return session

    @classmethod
    def open_file(cls, path: Path) -> Session:
        """An answers file with the choices and hand edits it carries (fresh ones shown; one
        made for other answers stays in the file's record until saved over)."""
        from wizard.core.record import load_file

        record = load_file(path)
        session = cls.open(record.answers, path, on_disk=True)
        session.load_record(record)
        return session

    def load_record(self, record: Record) -> None:
        """Show a record's choices and hand edits: a chosen variant, else a fresh edit."""
        for output, variant in record.variants.items():
            self.choice[output] = variant
        for output, edit in record.edits.items():
            if edit.fresh_for(record.answers):
                self.edits[output] = edit.text
                self.choice.setdefault(output, YOURS)

    def record(self) -> Record:
        """The session as a record: answers, chosen variants, the hand edits shown."""
        from wizard.core.record import Edit, Record, fingerprint

        fp = fingerprint(self.answers)
        edits = {o: Edit(o, t, fp) for o, t in self.edits.items() if t.strip()}
        variants = {o: v for o, v in self.choice.items() if v != YOURS}
        return Record(self.answers, variants, edits)

    @property
    def catalogue(self) -> Catalogue:
        from wizard.core.catalogue import catalogue  # read when a step needs it, not at start

        return catalogue(self.answers.lang)

    @property
    def step_count(self) -> int:
        return len(self.catalogue.steps)

    def is_dirty(self) -> bool:
        """True when the answers differ from the file (a new profile with any answer is dirty)."""
        fmt = model.format_of(self.path) if self.path else "toml"
        text = model.dumps(self.answers, fmt)
        if self.saved_text is None:
            return text != model.dumps(Answers(self.answers.lang), fmt)
        return text != self.saved_text

    def save(self, path: Path | None = None) -> Path:
        """Write the answers (OSError goes to the caller) and remember them as saved."""
        target = path or self.path
        if target is None:
            raise ValueError("no file to save to")
        from wizard.core.record import save_file

        save_file(self.record(), target)  # the choices and hand edits go with the answers
        self.path = target
        self.saved_text = model.dumps(self.answers, model.format_of(target))
        return target

    def missing_in(self, index: int) -> list[str]:
        step = self.catalogue.steps[index]
        return [q.key for q in step.questions
                if q.required and not self.answers.is_answered(q.key)]

    def first_incomplete(self) -> int:
        """The first step with a missing required answer; the step count when all are there."""
        for i in range(self.step_count):
            if self.missing_in(i):
                return i
        return self.step_count

    def can_open(self, index: int) -> bool:
        """A step (or the results, at index step_count) is open once every step before it is
        complete, or when the user has been there already."""
        return index <= self.furthest or index <= self.first_incomplete()

    def reached(self, index: int) -> None:
        self.furthest = max(self.furthest, index)

    def default_path(self) -> Path:
        """Where to suggest saving a new profile: the current folder, named after the person."""
        return Path.cwd() / f"{self.slug()}.toml"

    def slug(self) -> str:
        name = self.answers.text("person.name").casefold()
        slug = re.sub(r"[^\w]+", "-", name).strip("-")
        return slug or "profile"

    def file_for(self, suffix: str, profile_id: int | None = None) -> Path:
        """A file for exported text: beside the answers file, or in the export folder.

        In the export folder a stored profile's id is part of the name: two clients with the
        same name must not overwrite each other's texts.
        """
        if self.path is not None:
            return self.path.with_name(f"{self.path.stem}-{suffix}")
        tag = f"-{profile_id}" if profile_id is not None else ""
        return export_dir() / f"{self.slug()}{tag}-{suffix}"
