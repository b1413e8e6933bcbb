"""Provides the profile as one record: answers, chosen variants, hand edits, before, notes, ads.

Every front end reads and writes this record (the store keeps it, an answers file can carry
its choices and edits: wizard/core/record_file.py), so what the person chose or typed is never
forgotten at a seam. A hand edit is tied to the answers it was made from by a fingerprint; once
the answers change it is *stale*: still kept and shown, marked, and re-applied or dropped on
request (`reapply`, `drop`).

What shows for an output (`Record.choice`): a chosen template variant; else the hand edit when
there is one; else the best-fitting template. BEST chosen while an edit exists shows the best
template and keeps the edit one pick away.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import field, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from wizard.core import outputs
from wizard.core.dataclass_cache import dataclass
from wizard.core.model import Answers, Value, dumps
from wizard.core.sanitize import clean_text

if TYPE_CHECKING:
    from wizard.core.render import Renderer, Result

YOURS = "__yours__"
"""The variant choice meaning "the text the person edited", kept apart from any template."""
BEST = "__best__"
"""The variant choice meaning "the best-fitting template", while a hand edit is kept."""


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
        """What shows for `output`: a chosen variant's name, YOURS for the hand edit, or None
        for the best-fitting template. Choosing a variant (or BEST) keeps the edit."""
        chosen = self.variants.get(output)
        if chosen is not None and chosen != YOURS:
            return None if chosen == BEST else chosen
        return YOURS if output in self.edits else None

    def templates_chosen(self) -> dict[str, str]:
        """The template variants chosen by name (what the renderer is asked for)."""
        return {o: v for o, v in self.variants.items() if v not in (YOURS, BEST)}


def clean_edit(text: str, output: str) -> str:
    """A hand-edited text of `output` as kept: cleaned like an answer, its paragraphs kept,
    or on one line for an output that has no line breaks (the headline)."""
    return clean_text(text, multiline=not outputs.spec(output).one_line)


def with_edit(record: Record, output: str, text: str, when: str | None = None) -> Record:
    """`record` with `text` as the hand edit of `output`, made for its current answers; the
    edit is what shows (a variant chosen before gives way). An empty text drops the edit."""
    cleaned = clean_edit(text, output)
    if not cleaned:
        return drop(record, output)
    edit = Edit(output, cleaned, fingerprint(record.answers), when or now_iso())
    variants = {o: v for o, v in record.variants.items() if o != output}
    return replace(record, edits={**record.edits, output: edit}, variants=variants)


def with_variant(record: Record, output: str, variant: str | None) -> Record:
    """`record` showing template `variant` for `output`; None: the best fit (the edit is kept,
    one pick away); YOURS: the hand edit again."""
    variants = {o: v for o, v in record.variants.items() if o != output}
    if variant is None and output in record.edits:
        variants[output] = BEST
    elif variant not in (None, YOURS, BEST):
        variants[output] = variant
    return replace(record, variants=variants)


def reapply(record: Record, output: str) -> Record:
    """Keep a stale edit for the current answers (the person checked it still fits); what
    shows does not change."""
    edit = record.edits[output]
    fresh = Edit(output, edit.text, fingerprint(record.answers), now_iso())
    return replace(record, edits={**record.edits, output: fresh})


def drop(record: Record, output: str) -> Record:
    """`record` without the hand edit of `output` (the template text shows again)."""
    variants = {o: v for o, v in record.variants.items() if not (o == output and v == BEST)}
    return replace(record, edits={o: e for o, e in record.edits.items() if o != output},
                   variants=variants)


def render_record(renderer: Renderer, record: Record, *, stale: bool = True,
                  strict: Mapping[str, str] | None = None) -> Result:
    """The record's texts as `Record.choice` says: each output's chosen variant (the best fit
    when none was chosen or it no longer exists), or the hand edit in place of the template
    text, counted and checked like one. `stale=False` leaves edits made for other answers out.
    `strict` variants (asked for by name, as `render --variant`) raise LookupError when there
    is no such template."""
    from wizard.core.render import Output, Result, facts_for, measure

    answers = record.answers
    # a chosen template removed since (a coach's own, a renamed one) gives the best fit
    known = {o: v for o, v in record.templates_chosen().items()
             if v in {t.name for t in renderer.templates.variants(answers.lang, o)}}
    known.update(strict or {})
    result = renderer.render(answers, known)
    if not record.edits:  # the facts and the fingerprint are for hand edits only
        return result
    facts = None
    fp = fingerprint(answers)
    outputs: dict[str, Output] = {}
    for name, out in result.outputs.items():
        edit = record.edits.get(name)
        if edit is None or record.choice(name) != YOURS or (not stale and edit.answers != fp):
            outputs[name] = out
            continue
        facts = facts or facts_for(answers)
        mine = measure(name, edit.text, answers.lang, premium=answers.premium,
                       wpm=renderer.wpm, facts=facts, variant=YOURS)
        outputs[name] = Output(mine, out.alternatives)
    return Result(result.lang, outputs)
