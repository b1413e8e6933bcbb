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
from wizard.core.record import Edit

if TYPE_CHECKING:
    from wizard.core.catalogue import Catalogue
    from wizard.core.match.ad import Ad
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
    saved_text: str | None = None  # the answers as last read from or written to the file
    saved_file: str | None = None  # the whole file then: answers, chosen variants, hand edits
    edits: dict[str, str] = field(default_factory=dict)
    choice: dict[str, str] = field(default_factory=dict)
    furthest: int = 0
    texts_dirty: bool = False  # texts edited since the last export: they live nowhere else
    # the record's hand edits as loaded or last saved, each with the answers it was made for:
    # an edit not retyped since keeps them, so it shows as made for earlier answers (stale)
    kept: dict[str, Edit] = field(default_factory=dict)
    # the job ad whose terms the best fit prefers (the Job ad screen's choice), else None
    prefer_ad: Ad | None = None
    # answers_dirty's last answer and what it was for: the badge asks on every keystroke, and
    # serialising the answers each time was a large part of a keystroke's own work
    _dirty: tuple[object, bool] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def open(cls, answers: Answers, path: Path | None, *, on_disk: bool) -> Session:
        session = cls(answers, path)
        if on_disk:
            session.saved_text = model.dumps(answers, model.format_of(path or Path("a.toml")))
            session.saved_file = session.file_text()
        session.furthest = session.first_incomplete()
        return session

    @classmethod
    def open_file(cls, path: Path) -> Session:
        """An answers file with the choices and hand edits it carries (fresh ones shown; one
        made for other answers stays in the file's record until saved over)."""
        from wizard.core.record_file import load_file

        record = load_file(path)
        session = cls.open(record.answers, path, on_disk=True)
        session.load_record(record)
        session.saved_file = session.file_text()  # its choices and edits are in the file
        return session

    def load_record(self, record: Record) -> None:
        """Show a record as it was left: its hand edits (also those made for earlier answers,
        see `stale`) and what it shows per output (a variant, the edit, or the best fit)."""
        self.kept = dict(record.edits)
        for output, edit in record.edits.items():
            self.edits[output] = edit.text
        for output in {*record.variants, *record.edits}:
            shown = record.choice(output)
            if shown is None:
                self.choice.pop(output, None)
            else:
                self.choice[output] = shown

    def record(self) -> Record:
        """The session as a record: answers, what shows per output, the hand edits (a new or
        retyped one made for the answers now, an untouched one for the answers it had)."""
        from wizard.core.record import BEST, Record, clean_edit, fingerprint, now_iso

        fp = fingerprint(self.answers)
        edits: dict[str, Edit] = {}
        for output, typed in self.edits.items():
            text = clean_edit(typed, output)
            if not text:
                continue
            kept = self.kept.get(output)
            edits[output] = kept if kept is not None and kept.text == text else \
                Edit(output, text, fp, now_iso())
        variants = {o: v for o, v in self.choice.items() if v != YOURS}
        variants.update({o: BEST for o in edits if o not in self.choice})
        return Record(self.answers, variants, edits)

    def stale(self) -> list[str]:
        """The outputs whose hand edit was made for earlier answers than the ones now."""
        return self.record().stale()

    def reapply(self, output: str) -> None:
        """Keep a stale hand edit for the answers as they are now (re-apply)."""
        from wizard.core.record import clean_edit, fingerprint, now_iso

        text = clean_edit(self.edits.get(output, ""), output)
        if text:
            self.kept[output] = Edit(output, text, fingerprint(self.answers), now_iso())

    def drop(self, output: str) -> None:
        """Drop a hand edit: the best-fitting template text shows again."""
        self.edits.pop(output, None)
        self.kept.pop(output, None)
        self.choice.pop(output, None)

    def saved_record(self, record: Record) -> None:
        """The record as just written (to a file or the store): its edits are the kept ones."""
        self.kept = dict(record.edits)

    @property
    def catalogue(self) -> Catalogue:
        from wizard.core.catalogue import catalogue  # read when a step needs it, not at start

        return catalogue(self.answers.lang)

    @property
    def step_count(self) -> int:
        return len(self.catalogue.steps)

    def answers_dirty(self) -> bool:
        """True when the answers differ from the file (a new profile with any answer is)."""
        fmt = model.format_of(self.path) if self.path else "toml"
        key = (self.answers.fingerprint(), fmt, self.saved_text)
        if self._dirty is not None and self._dirty[0] == key:
            return self._dirty[1]
        text = model.dumps(self.answers, fmt)
        if self.saved_text is None:
            dirty = text != model.dumps(Answers(self.answers.lang), fmt)
        else:
            dirty = text != self.saved_text
        self._dirty = (key, dirty)
        return dirty

    def choices_dirty(self) -> bool:
        """True when a chosen variant or a hand edit is not in the answers file yet (so
        `render FILE` would show other texts than the app); False without a file."""
        return self.saved_file is not None and self.file_text() != self.saved_file

    def is_dirty(self) -> bool:
        """True when the file lacks something on screen: an answer, or (for an answers
        file's profile) a chosen variant or a hand edit."""
        return self.answers_dirty() or self.choices_dirty()

    def file_text(self, record: Record | None = None) -> str:
        """The answers file as it would be written now, with the chosen variants and hand
        edits (what `render FILE` reads)."""
        from wizard.core.record_file import dumps_file

        fmt = model.format_of(self.path) if self.path else "toml"
        return dumps_file(record or self.record(), fmt)

    def save(self, path: Path | None = None) -> Path:
        """Write the answers (OSError goes to the caller) and remember them as saved."""
        target = path or self.path
        if target is None:
            raise ValueError("no file to save to")
        from wizard.core.record_file import save_file

        record = self.record()
        save_file(record, target)  # the choices and hand edits go with the answers
        self.saved_record(record)
        self.path = target
        self.saved_text = model.dumps(self.answers, model.format_of(target))
        self.saved_file = self.file_text(record)
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
