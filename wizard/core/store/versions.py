"""Provides the versions kept of a profile: its texts each time they were copied or exported."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from wizard.core.model import Answers
from wizard.core.record import YOURS, Edit, fingerprint
from wizard.core.store.database import Database, must_exist
from wizard.core.store.errors import StoreError, say
from wizard.core.store.records import (
    REASONS,
    Reason,
    Version,
    VersionInfo,
    decode_answers,
    decode_edits,
    decode_texts,
    encode_answers,
    encode_edits,
    encode_texts,
    fingerprint_of,
    now,
    parse_time,
)

_COLUMNS = "id, profile_id, created, reason, texts, answers, variants, edits"


class Versions(Database):
    """Versions of a profile's texts, newest last; a version is never changed once kept."""

    def add_version(self, profile_id: int, answers: Answers, texts: Mapping[str, str],
                    variants: Mapping[str, str] | None = None, reason: Reason = "edit",
                    *, edits: Mapping[str, Edit] | None = None) -> VersionInfo:
        """Keep the texts as they are now. The same content again with the same reason (a
        second press of Copy) returns the version already kept instead of a duplicate.

        `edits` are the record's hand edits then (with the answers each was made for); when
        not given, an output whose variant is YOURS counts as edited for these answers.
        Keeping a version is working on the profile: it moves to the top of the list."""
        if reason not in REASONS:
            raise StoreError(say("unknown_reason", reason=reason, reasons=", ".join(REASONS)))
        if edits is None:
            fp = fingerprint(answers)
            edits = {o: Edit(o, texts[o], fp, now()) for o, v in (variants or {}).items()
                     if v == YOURS and o in texts}
        row = (encode_answers(answers), encode_texts(dict(texts), "texts"),
               encode_texts(dict(variants or {}), "variants"), encode_edits(dict(edits)))
        with self._writing() as conn:
            must_exist(conn, profile_id)
            last = conn.execute(f"SELECT {_COLUMNS} FROM versions WHERE profile_id = ? "
                                "ORDER BY id DESC LIMIT 1", (profile_id,)).fetchone()
            conn.execute("UPDATE profiles SET updated = ? WHERE id = ?", (now(), profile_id))
            if last is not None and last[3] == reason and (last[5], last[4], last[6]) == row[:3]:
                return _info(last)
            cur = conn.execute(
                "INSERT INTO versions (profile_id, created, reason, answers, texts, variants, "
                "edits) VALUES (?, ?, ?, ?, ?, ?, ?)", (profile_id, now(), reason, *row))
            new_id = int(cur.lastrowid or 0)
            kept = conn.execute(f"SELECT {_COLUMNS} FROM versions WHERE id = ?",
                                (new_id,)).fetchone()
        return _info(kept)

    def list_versions(self, profile_id: int) -> list[VersionInfo]:
        """The profile's versions, oldest first (an unknown id gives an empty list)."""
        with self._reading() as conn:
            rows = conn.execute(f"SELECT {_COLUMNS} FROM versions WHERE profile_id = ? "
                                "ORDER BY id", (profile_id,)).fetchall()
        return [_info(r) for r in rows]

    def get_version(self, version_id: int) -> Version:
        with self._reading() as conn:
            row = conn.execute(f"SELECT {_COLUMNS} FROM versions WHERE id = ?",
                               (version_id,)).fetchone()
        if row is None:
            raise StoreError(say("no_version", version=version_id), "notfound")
        info = _info(row)
        where = f"{self.path}: version {version_id}"
        texts, variants = decode_texts(row[4]), decode_texts(row[6])
        edits = decode_edits(row[7])
        if not edits:  # kept before edits were kept with versions: the YOURS texts
            fp, when = fingerprint_of(row[5]), info.created.isoformat()
            edits = {o: Edit(o, texts[o], fp, when) for o, v in variants.items()
                     if v == YOURS and o in texts}
        return Version(info.id, info.profile_id, info.created, info.reason, info.headline,
                       answers=decode_answers(row[5], where), texts=texts, variants=variants,
                       edits=edits)


def _info(row: Any) -> VersionInfo:
    texts = decode_texts(row[4])
    return VersionInfo(row[0], row[1], parse_time(row[2]), cast(Reason, row[3]),
                       texts.get("headline", ""))
