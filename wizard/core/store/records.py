"""Provides the records the store returns (profiles, versions, before texts) and their encoding."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from wizard.core.model import Answers, AnswersError, dumps, from_document
from wizard.core.store.errors import StoreError

Reason = Literal["copy", "export", "edit", "before"]
REASONS: tuple[Reason, ...] = ("copy", "export", "edit", "before")


@dataclass(frozen=True)
class Before:
    """What the person had before: an imported headline and About text, where and when from."""

    headline: str = ""
    summary: str = ""
    source: str = ""  # e.g. "LinkedIn export", "JSON Resume", a file name
    date: str = ""  # ISO 8601 date or date-time of the source; "" when unknown


@dataclass(frozen=True)
class ProfileSummary:
    """One line of the profile list: enough to show and pick it without loading the answers."""

    id: int
    name: str
    lang: str
    created: datetime
    updated: datetime


@dataclass(frozen=True)
class Page:
    """What a filter shows: the first profiles that match and how many match in all."""

    profiles: list[ProfileSummary]
    total: int


@dataclass(frozen=True)
class Profile(ProfileSummary):
    """A client's profile: the current answers, the coach's notes and the imported before."""

    notes: str = ""
    answers: Answers = field(default_factory=Answers)
    before: Before | None = None


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
    variants: dict[str, str] = field(default_factory=dict)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def parse_time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def search_key(text: str) -> str:
    """`text` folded for matching: no accents, casefolded, single spaces ("Élodie" ~ "elodie")."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", bare).casefold().split())


def encode_answers(answers: Answers) -> str:
    """The canonical answers document as JSON text (what `model.dumps(..., "json")` writes)."""
    return dumps(answers, "json")


def decode_answers(text: str, where: str) -> Answers:
    try:
        doc = json.loads(text)
        if not isinstance(doc, dict):
            raise AnswersError("not an answers document")
        return from_document(doc, partial=True)
    except (ValueError, AnswersError) as exc:
        raise StoreError(f"{where}: the stored answers cannot be read ({exc})") from None


def encode_texts(texts: dict[str, str], what: str) -> str:
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in texts.items()):
        raise StoreError(f"{what} must map output names to texts")
    return json.dumps(texts, ensure_ascii=False, sort_keys=True)


def decode_texts(text: str) -> dict[str, str]:
    doc = json.loads(text)
    return {str(k): str(v) for k, v in doc.items()} if isinstance(doc, dict) else {}
