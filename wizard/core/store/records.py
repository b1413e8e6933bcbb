"""Provides the records the store returns (profiles, versions, before texts) and their encoding."""

from __future__ import annotations

import json
from dataclasses import field
from datetime import UTC, datetime
from typing import Literal

from wizard.core.dataclass_cache import dataclass
from wizard.core.model import Answers, AnswersError, Value, dumps, from_document
from wizard.core.record import YOURS, Edit, JobAd, Record, fingerprint_text
from wizard.core.record import Before as Before  # re-exported: the store's callers use it
from wizard.core.store.errors import StoreError, say
from wizard.core.textfold import fold_letters

# restore: the state kept before a version was restored; import: before an import updated it
Reason = Literal["copy", "export", "edit", "before", "restore", "import"]
REASONS: tuple[Reason, ...] = ("copy", "export", "edit", "before", "restore", "import")


@dataclass(frozen=True)
class ProfileSummary:
    """One line of the profile list: enough to show and pick it without loading the answers."""

    id: int
    name: str
    lang: str
    created: datetime
    updated: datetime
    role: str = ""  # person.role and person.organisation: same names told apart
    organisation: str = ""

    def describe(self) -> str:
        """What tells this profile from another of the same name: role, organisation, date."""
        parts = [p for p in (self.role, self.organisation) if p]
        parts.append(self.created.astimezone().strftime("%Y-%m-%d"))
        return " · ".join(parts)


@dataclass(frozen=True)
class Page:
    """What a filter shows: the first profiles that match and how many match in all."""

    profiles: list[ProfileSummary]
    total: int


@dataclass(frozen=True)
class Profile(ProfileSummary):
    """A client's profile as stored: the record (answers, choices, edits, before, notes,
    suggestions, ads) and where it came from."""

    notes: str = ""
    answers: Answers = field(default_factory=Answers)
    before: Before | None = None
    variants: dict[str, str] = field(default_factory=dict)
    edits: dict[str, Edit] = field(default_factory=dict)
    suggested: dict[str, Value] = field(default_factory=dict)
    ads: tuple[JobAd, ...] = ()
    origin: str = ""  # the kind of file it was imported from ("linkedin", …), "" if none

    @property
    def record(self) -> Record:
        return Record(self.answers, dict(self.variants), dict(self.edits), self.before,
                      self.notes, dict(self.suggested), self.ads)


@dataclass(frozen=True)
class VersionInfo:
    """One kept version in a list: when, why, and its headline to recognise it by."""

    id: int
    profile_id: int
    created: datetime
    reason: Reason
    headline: str


@dataclass(frozen=True)
class Version(VersionInfo):
    """A kept version in full: the answers then, the texts and the variants they came from."""

    answers: Answers = field(default_factory=Answers)
    texts: dict[str, str] = field(default_factory=dict)
    variants: dict[str, str] = field(default_factory=dict)  # YOURS where the text was edited
    edits: dict[str, Edit] = field(default_factory=dict)

    @property
    def choices(self) -> dict[str, str]:
        """What showed then per output, as a record's variants: the template variant (or
        BEST) where no hand edit showed; an output whose edit showed has none."""
        return {o: v for o, v in self.variants.items() if v != YOURS}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def search_key(text: str) -> str:
    """`text` folded for matching: no accents, casefolded, every letter in ASCII, single
    spaces ("Élodie" ~ "elodie", "Łódź" ~ "lodz", "Straße" ~ "strasse")."""
    return " ".join(fold_letters(text).split())


def encode_answers(answers: Answers) -> str:
    """The canonical answers document as JSON text (what `model.dumps(..., "json")` writes)."""
    return dumps(answers, "json")


def decode_answers(text: str, where: str) -> Answers:
    try:
        doc = json.loads(text)
        if not isinstance(doc, dict):
            raise AnswersError("not an answers document")
        return from_document(doc, partial=True, bounded=False)  # what the store kept opens
    except (ValueError, AnswersError) as exc:
        raise StoreError(f"{where}: {say('answers_unreadable', reason=exc)}") from None


def encode_texts(texts: dict[str, str], what: str) -> str:
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in texts.items()):
        raise StoreError(say("texts_not_map", what=what))
    return json.dumps(texts, ensure_ascii=False, sort_keys=True)


def decode_texts(text: str) -> dict[str, str]:
    doc = json.loads(text)
    return {str(k): str(v) for k, v in doc.items()} if isinstance(doc, dict) else {}


def fingerprint_of(text: str) -> str:
    """The fingerprint of answers stored as `encode_answers` text."""
    return fingerprint_text(text)


def encode_edits(edits: dict[str, Edit]) -> str:
    return json.dumps({o: {"text": e.text, "answers": e.answers, "edited": e.edited}
                       for o, e in sorted(edits.items())}, ensure_ascii=False)


def decode_edits(text: str) -> dict[str, Edit]:
    try:
        doc = json.loads(text or "{}")
    except ValueError:
        return {}
    if not isinstance(doc, dict):
        return {}
    return {str(o): Edit(str(o), str(e.get("text", "")), str(e.get("answers", "")),
                         str(e.get("edited", "")))
            for o, e in doc.items() if isinstance(e, dict) and e.get("text")}


def decode_values(text: str) -> dict[str, Value]:
    try:
        doc = json.loads(text or "{}")
    except ValueError:
        return {}
    return {str(k): v for k, v in doc.items()
            if isinstance(v, str | bool) or (isinstance(v, list) and
                                             all(isinstance(x, str) for x in v))} \
        if isinstance(doc, dict) else {}
