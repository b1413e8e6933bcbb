"""Provides the profile as one record: answers, chosen variants, hand edits, before, notes, ads.

Every front end reads and writes this record (the store keeps it, an answers file can carry
its choices and edits), so what the person chose or typed is never forgotten at a seam. A hand
edit is tied to the answers it was made from by a fingerprint; once the answers change it is
*stale*: still kept, marked, and re-applied or dropped on request (`reapply`, `drop`).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from wizard.core.model import Answers, Value, dumps

if TYPE_CHECKING:
    from wizard.core.render import Renderer, Result

YOURS = "__yours__"
"""The variant choice meaning "the text the person edited", kept apart from any template."""


def fingerprint_text(document_json: str) -> str:
    """The fingerprint of a canonical answers document (as `encode_answers` writes it)."""
    return hashlib.sha256(document_json.encode("utf-8")).hexdigest()[:16]


def fingerprint(answers: Answers) -> str:
    """A short, stable fingerprint of `answers`: equal answers, equal fingerprints."""
    return fingerprint_text(dumps(answers, "json"))


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Before:
    """What the person had before: an imported headline and About text, where and when from."""

    headline: str = ""
    summary: str = ""
    source: str = ""  # e.g. "LinkedIn export Basic_Export.zip", "JSON Resume resume.json"
    date: str = ""  # ISO 8601 date or date-time of the source; "" when unknown

    def __bool__(self) -> bool:
        return bool(self.headline or self.summary)


@dataclass(frozen=True)
class Edit:
    """A text the person wrote by hand for one output, and the answers it was written for."""

    output: str
    text: str
    answers: str  # fingerprint() of the answers the edit was made from
    edited: str = ""  # ISO 8601 UTC time of the edit

    def fresh_for(self, answers: Answers) -> bool:
        return self.answers == fingerprint(answers)


@dataclass(frozen=True)
class JobAd:
    """A job ad kept with the profile (the match is computed elsewhere)."""

    id: int
    title: str
    text: str
    added: datetime


@dataclass(frozen=True)
class Record:
    """Everything about one person's profile that a screen, an export or a file shows."""

    answers: Answers
    variants: Mapping[str, str] = field(default_factory=dict)  # output -> chosen template
    edits: Mapping[str, Edit] = field(default_factory=dict)  # output -> hand edit
    before: Before | None = None
    notes: str = ""
    suggested: Mapping[str, Value] = field(default_factory=dict)  # key -> what an import gave
    ads: tuple[JobAd, ...] = ()

    def stale(self) -> list[str]:
        """The outputs whose hand edit was made for other answers than the current ones."""
        fp = fingerprint(self.answers)
        return [o for o, e in self.edits.items() if e.answers != fp]

    def suggestions(self) -> list[str]:
        """Answer keys still holding what an import suggested (changed ones are the person's)."""
        return [k for k, v in self.suggested.items()
                if k in self.answers.values and self.answers[k] == v and v not in ("", [])]

    def choice(self, output: str) -> str | None:
        """What shows for `output`: a chosen variant, else YOURS for a hand edit, else None
        (the best fit). Choosing a variant keeps the edit, to come back to."""
        if output in self.variants:
            return self.variants[output]
        return YOURS if output in self.edits else None


def with_edit(record: Record, output: str, text: str, when: str | None = None) -> Record:
    """`record` with `text` as the hand edit of `output`, made for its current answers."""
    edit = Edit(output, text, fingerprint(record.answers), when or now_iso())
    variants = {o: v for o, v in record.variants.items() if o != output}
    return replace(record, edits={**record.edits, output: edit}, variants=variants)


def reapply(record: Record, output: str) -> Record:
    """Keep a stale edit for the current answers (the person checked it still fits)."""
    edit = record.edits[output]
    return replace(with_edit(record, output, edit.text), variants=record.variants)


def drop(record: Record, output: str) -> Record:
    return replace(record, edits={o: e for o, e in record.edits.items() if o != output})


def render_record(renderer: Renderer, record: Record, *, stale: bool = True) -> Result:
    """The record's texts: each output's chosen variant (the best fit when none was chosen or
    it no longer exists), and a hand edit in place of the template text, counted and checked
    like one, unless a variant was chosen for that output. `stale=False` leaves edits made
    for other answers out."""
    from wizard.core.render import Output, Result, facts_for, measure

    known = {o: v for o, v in record.variants.items() if v != YOURS}
    try:
        result = renderer.render(record.answers, known)
    except LookupError:
        result = renderer.render(record.answers)  # a chosen template was removed since
    answers = record.answers
    facts = facts_for(answers)
    fp = fingerprint(answers)
    outputs: dict[str, Output] = {}
    for name, out in result.outputs.items():
        edit = record.edits.get(name)
        if edit is None or name in known or (not stale and edit.answers != fp):
            outputs[name] = out
            continue
        mine = measure(name, edit.text, answers.lang, premium=answers.premium,
                       wpm=renderer.wpm, facts=facts, variant=YOURS)
        outputs[name] = Output(mine, out.alternatives)
    return Result(result.lang, outputs)


# ── the answers file with the record's choices and edits ──────────────────────────────────
# Schema stays 1: `[variants]` and `[edits.<output>]` are optional tables an older reader
# rejects as unknown keys (its rule against silent typos), and nothing else changes.

FILE_TABLES = ("variants", "edits")


def load_file(path: Path, *, partial: bool = True) -> Record:
    """An answers file as a record: the answers, and the variants and edits it carries.
    Every problem is an AnswersError naming the file and the key."""
    from wizard.core.model import AnswersError, load

    tables: dict[str, Any] = dict.fromkeys(FILE_TABLES)
    answers = load(path, partial=partial, extensions=tables)
    try:
        variants, edits = record_tables(tables, answers)
    except AnswersError as exc:
        raise AnswersError(f"{path}: {exc}") from None
    return Record(answers, variants, edits)


def record_tables(doc: Mapping[str, Any], answers: Answers,
                  ) -> tuple[dict[str, str], dict[str, Edit]]:
    """The `[variants]` and `[edits.*]` tables of a parsed answers document, checked."""
    return _file_variants(doc.get("variants")), _file_edits(doc.get("edits"), answers)


def file_document(record: Record) -> dict[str, Any]:
    """The answers document with the record's variants and edits as optional tables."""
    doc = record.answers.to_document()
    variants = {o: v for o, v in record.variants.items() if v != YOURS}
    if variants:
        doc["variants"] = dict(sorted(variants.items()))
    if record.edits:
        doc["edits"] = {o: {"text": e.text, "answers": e.answers,
                            **({"edited": e.edited} if e.edited else {})}
                        for o, e in record.edits.items()}
    return doc


def dumps_file(record: Record, fmt: Literal["toml", "json"] = "toml") -> str:
    doc = file_document(record)
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    import tomli_w

    return tomli_w.dumps(doc, multiline_strings=True)


def save_file(record: Record, path: Path) -> None:
    """Write the record's answers file atomically and privately (0600 in a 0700 folder)."""
    from wizard.core.fileio import write_private
    from wizard.core.model import format_of

    write_private(path, dumps_file(record, format_of(path)))


def _file_variants(table: object) -> dict[str, str]:
    from wizard.core.model import AnswersError
    from wizard.core.outputs import names

    if table is None:
        return {}
    if not isinstance(table, Mapping):
        raise AnswersError("'variants' must be a table like headline = \"role-audience\"")
    out: dict[str, str] = {}
    for output, variant in table.items():
        if output not in names():
            raise AnswersError(f"unknown key 'variants.{output}' (outputs: {', '.join(names())})")
        if not isinstance(variant, str) or not variant.strip():
            raise AnswersError(f"'variants.{output}' must be the name of a variant")
        out[output] = variant.strip()
    return out


def _file_edits(table: object, answers: Answers) -> dict[str, Edit]:
    from wizard.core.model import AnswersError
    from wizard.core.outputs import names
    from wizard.core.sanitize import clean_text

    if table is None:
        return {}
    if not isinstance(table, Mapping):
        raise AnswersError("'edits' must hold tables like [edits.headline]")
    out: dict[str, Edit] = {}
    for output, body in table.items():
        where = f"edits.{output}"
        if output not in names():
            raise AnswersError(f"unknown key '{where}' (outputs: {', '.join(names())})")
        if not isinstance(body, Mapping):
            raise AnswersError(f"'{where}' must be a table with text = \"…\"")
        for key in body:
            if key not in ("text", "answers", "edited"):
                raise AnswersError(f"unknown key '{where}.{key}'")
        text, fp, edited = body.get("text"), body.get("answers"), body.get("edited", "")
        if not isinstance(text, str) or not text.strip():
            raise AnswersError(f"'{where}.text' must be the edited text")
        if fp is not None and not isinstance(fp, str):
            raise AnswersError(f"'{where}.answers' must be a text (the answers' fingerprint)")
        if isinstance(edited, datetime):  # a TOML date-time
            edited = edited.isoformat()
        if not isinstance(edited, str):
            raise AnswersError(f"'{where}.edited' must be a date and time")
        # An edit typed into the file by hand has no fingerprint: it is for these answers.
        out[output] = Edit(output, clean_text(text, multiline=output == "summary"),
                           fp or fingerprint(answers), edited)
    return out
