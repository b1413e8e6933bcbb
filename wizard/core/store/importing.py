"""Provides imports into the store: a new profile, an update of one already stored (the same
person from the same kind of source), or a before attached to any profile."""

from __future__ import annotations

import json
from typing import Literal

from wizard.core.model import Answers, Value
from wizard.core.store.deleting import Deleting
from wizard.core.store.intake import ImportResult
from wizard.core.store.records import (
    Profile,
    ProfileSummary,
    encode_answers,
    encode_texts,
    now,
    search_key,
)

ImportChoice = Literal["update", "new", "cancel"]
IMPORT_CHOICES: tuple[ImportChoice, ...] = ("update", "new", "cancel")
"""What the app asks when a file is someone already stored (see `same_import`)."""


class Importing(Deleting):
    def same_import(self, got: ImportResult) -> list[ProfileSummary]:
        """Profiles that this import already made, most recently changed first: the same
        person's name from the same kind of source (a LinkedIn export downloaded twice); for
        an answers file, the same name with the same answers (the file imported again: two
        clients of one name have different answers). Empty when the person is new."""
        name = got.profile_name
        if not name or not got.kind:
            return []
        with self._reading() as conn:
            rows = conn.execute("SELECT id, answers FROM profiles WHERE search_key = ? AND "
                                "origin = ? ORDER BY updated DESC, id DESC",
                                (search_key(name), got.kind)).fetchall()
        if got.kind == "answers":
            same = encode_answers(got.answers)
            rows = [r for r in rows if r[1] == same]
        return [self.get_profile(r[0]) for r in rows]

    def import_new(self, got: ImportResult, name: str = "", *, fit: bool = False) -> Profile:
        """A new profile from an import: its answers and suggestions, before, choices, edits
        (one transaction). `name` is one given (refused when too long, unless `fit`); without
        it the file's own, cut to fit."""
        answers = got.answers.copy()
        suggested = _fill(answers, got.suggested)
        with self._writing():
            p = self.create_profile(name or got.profile_name or "?", answers=answers,
                                    before=got.before, suggested=suggested, origin=got.kind,
                                    variants=got.variants, fit_name=fit or not name)
            self._put_edits(p.id, got)
        return self.get_profile(p.id)

    def import_update(self, profile_id: int, got: ImportResult) -> Profile:
        """Bring an import into a stored profile (`--update`, `--into`): the before is
        replaced, suggestions fill only answers still empty (the person's own words stay), an
        answers file's answers replace the stored ones. The state before is kept as an
        `import` version, and all of it is one transaction."""
        with self._writing() as conn:
            p = self.get_profile(profile_id)
            self.keep_current(profile_id, "import")
            answers = got.answers.copy() if got.kind == "answers" else p.answers.copy()
            if got.kind != "answers" and not answers.text("person.name"):
                answers.set("person.name", got.answers.text("person.name"))
            suggested = {**p.suggested, **_fill(answers, got.suggested)}
            self.save_answers(profile_id, answers)
            if got.before:
                self.set_before(profile_id, got.before)
            conn.execute("UPDATE profiles SET suggested = ?, origin = ?, updated = ? "
                         "WHERE id = ?", (encode_texts_any(suggested), p.origin or got.kind,
                                          now(), profile_id))
            if got.variants:
                conn.execute("UPDATE profiles SET variants = ? WHERE id = ?",
                             (encode_texts(got.variants, "variants"), profile_id))
            self._put_edits(profile_id, got)
        return self.get_profile(profile_id)

    def _put_edits(self, profile_id: int, got: ImportResult) -> None:
        if not got.edits:
            return
        with self._writing() as conn:
            conn.executemany("INSERT OR REPLACE INTO edits VALUES (?, ?, ?, ?, ?)",
                             [(profile_id, o, e.text, e.answers, e.edited or now())
                              for o, e in got.edits.items()])


def _fill(answers: Answers, suggested: dict[str, Value]) -> dict[str, Value]:
    """Put each suggestion where the answer is still empty; returns the ones that are in the
    answers now (also those the importer's seed already put there)."""
    used: dict[str, Value] = {}
    for key, value in suggested.items():
        if key not in answers.values:
            continue
        if not answers.is_answered(key):
            try:
                answers.set(key, value)
            except ValueError:
                continue
        probe = answers.copy()
        try:
            probe.set(key, value)
        except ValueError:
            continue
        if probe[key] == answers[key]:
            used[key] = answers[key]
    return used


def encode_texts_any(values: dict[str, Value]) -> str:
    return json.dumps(values, ensure_ascii=False)  # in the order of the questions
