"""Provides the store's calls on a profile's record: variant choices, hand edits (stale,
re-applied, dropped), job ads, the files written about the person, and restoring a version."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from wizard.core.model import Answers
from wizard.core.outputs import names
from wizard.core.record import YOURS, Edit, JobAd, fingerprint
from wizard.core.sanitize import clean_text
from wizard.core.store.database import must_exist
from wizard.core.store.errors import StoreError
from wizard.core.store.profiles import Profiles
from wizard.core.store.records import (
    Reason,
    decode_answers,
    decode_texts,
    encode_texts,
    now,
    parse_time,
)
from wizard.core.store.versions import Versions

MAX_AD_CHARS = 100_000  # a long job ad is 10,000 characters; this is something else


def _output(name: str) -> str:
    if name not in names():
        raise StoreError(f"unknown output '{name}' (use one of {', '.join(names())})")
    return name


class RecordOps(Profiles, Versions):
    """Changes to one profile's record; each moves the profile to the top of the list."""

    def touch(self, profile_id: int) -> None:
        """Mark the profile as just worked on (a copy, an export, a handout)."""
        with self._writing() as conn:
            self._touch(conn, profile_id)

    def _touch(self, conn: sqlite3.Connection, profile_id: int) -> None:
        cur = conn.execute("UPDATE profiles SET updated = ? WHERE id = ?",
                                 (now(), profile_id))
        if cur.rowcount == 0:
            raise StoreError(f"no profile with id {profile_id}")

    # ── variants and edits ────────────────────────────────────────────────────────────────

    def set_variant(self, profile_id: int, output: str, variant: str | None) -> None:
        """Choose the template variant of `output`; it shows instead of a hand edit, which is
        kept to come back to. None (or YOURS): the hand edit again if there is one, else the
        best fit."""
        _output(output)
        with self._writing() as conn:
            row = conn.execute("SELECT variants FROM profiles WHERE id = ?",
                               (profile_id,)).fetchone()
            if row is None:
                raise StoreError(f"no profile with id {profile_id}")
            chosen = decode_texts(row[0])
            if variant is None or variant == YOURS:
                chosen.pop(output, None)
            else:
                chosen[output] = variant
            conn.execute("UPDATE profiles SET variants = ?, updated = ? WHERE id = ?",
                         (encode_texts(chosen, "variants"), now(), profile_id))

    def set_edit(self, profile_id: int, output: str, text: str,
                 answers: Answers | None = None) -> Edit:
        """Keep `text` as the hand edit of `output`, made for `answers` (the stored ones when
        not given). An empty text drops the edit."""
        _output(output)
        cleaned = clean_text(text, multiline=output == "summary")
        if not cleaned:
            self.drop_edit(profile_id, output)
            return Edit(output, "", "", "")
        with self._writing() as conn:
            if answers is None:
                row = conn.execute("SELECT answers FROM profiles WHERE id = ?",
                                   (profile_id,)).fetchone()
                if row is None:
                    raise StoreError(f"no profile with id {profile_id}")
                answers = decode_answers(row[0], f"{self.path}: profile {profile_id}")
            must_exist(conn, profile_id)
            edit = Edit(output, cleaned, fingerprint(answers), now())
            conn.execute("INSERT OR REPLACE INTO edits VALUES (?, ?, ?, ?, ?)",
                         (profile_id, output, edit.text, edit.answers, edit.edited))
            # the edit is what shows now: a variant chosen before gives way to it
            row = conn.execute("SELECT variants FROM profiles WHERE id = ?",
                               (profile_id,)).fetchone()
            chosen = {o: v for o, v in decode_texts(row[0]).items() if o != output}
            conn.execute("UPDATE profiles SET variants = ?, updated = ? WHERE id = ?",
                         (encode_texts(chosen, "variants"), now(), profile_id))
        return edit

    def stale_edits(self, profile_id: int) -> list[str]:
        """The outputs whose hand edit was made for other answers than the stored ones."""
        return self.get_profile(profile_id).record.stale()

    def reapply_edit(self, profile_id: int, output: str) -> Edit:
        """Keep a (stale) edit for the current answers: the person checked it still fits."""
        p = self.get_profile(profile_id)
        if output not in p.edits:
            raise StoreError(f"profile {profile_id} has no hand edit of the {output}")
        return self.set_edit(profile_id, output, p.edits[output].text, p.answers)

    def drop_edit(self, profile_id: int, output: str) -> bool:
        """Forget the hand edit of `output` (the template text shows again)."""
        with self._writing() as conn:
            must_exist(conn, profile_id)
            gone = conn.execute("DELETE FROM edits WHERE profile_id = ? AND output = ?",
                                (profile_id, output)).rowcount > 0
            if gone:
                self._touch(conn, profile_id)
        return gone

    # ── job ads ───────────────────────────────────────────────────────────────────────────

    def add_ad(self, profile_id: int, title: str, text: str) -> JobAd:
        body = clean_text(text, multiline=True)
        if not body:
            raise StoreError("a job ad needs its text")
        if len(body) > MAX_AD_CHARS:
            raise StoreError(f"the job ad is too long ({len(body):,} characters; the limit is "
                             f"{MAX_AD_CHARS:,})")
        head = clean_text(title) or body.splitlines()[0][:80]
        stamp = now()
        with self._writing() as conn:
            must_exist(conn, profile_id)
            cur = conn.execute("INSERT INTO ads (profile_id, title, text, added) "
                               "VALUES (?, ?, ?, ?)", (profile_id, head, body, stamp))
            self._touch(conn, profile_id)
        return JobAd(int(cur.lastrowid or 0), head, body, parse_time(stamp))

    def list_ads(self, profile_id: int) -> list[JobAd]:
        with self._reading() as conn:
            rows = conn.execute("SELECT id, title, text, added FROM ads WHERE profile_id = ? "
                                "ORDER BY id", (profile_id,)).fetchall()
        return [JobAd(r[0], r[1], r[2], parse_time(r[3])) for r in rows]

    def delete_ad(self, profile_id: int, ad_id: int) -> None:
        with self._writing() as conn:
            if conn.execute("DELETE FROM ads WHERE id = ? AND profile_id = ?",
                            (ad_id, profile_id)).rowcount == 0:
                raise StoreError(f"profile {profile_id} has no job ad {ad_id}")
            self._touch(conn, profile_id)

    # ── files written about the person ────────────────────────────────────────────────────

    def record_file(self, profile_id: int, path: Path) -> None:
        """Remember that `path` was written about this profile's person (an export, a
        handout, a copy saved as a file): deleting the profile removes it too."""
        with self._writing() as conn:
            must_exist(conn, profile_id)
            conn.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?)",
                         (profile_id, str(Path(path).absolute()), now()))
            self._touch(conn, profile_id)

    def files(self, profile_id: int) -> list[Path]:
        with self._reading() as conn:
            rows = conn.execute("SELECT path FROM files WHERE profile_id = ? ORDER BY path",
                                (profile_id,)).fetchall()
        return [Path(r[0]) for r in rows]

    # ── history ───────────────────────────────────────────────────────────────────────────

    def restore_version(self, profile_id: int, version_id: int) -> None:
        """Bring back a version's answers, variant choices and hand edits into the record.
        The current state is kept as a `restore` version first, so nothing is lost."""
        version = self.get_version(version_id)
        if version.profile_id != profile_id:
            raise StoreError(f"version {version_id} is not a version of profile {profile_id}")
        self.keep_current(profile_id, "restore")
        answers = version.answers
        self.save_answers(profile_id, answers)
        with self._writing() as conn:
            conn.execute("DELETE FROM edits WHERE profile_id = ?", (profile_id,))
            for output, edit in version.edits.items():
                conn.execute("INSERT INTO edits VALUES (?, ?, ?, ?, ?)",
                             (profile_id, output, edit.text, edit.answers, edit.edited))
            conn.execute("UPDATE profiles SET variants = ?, updated = ? WHERE id = ?",
                         (encode_texts(version.choices, "variants"), now(), profile_id))

    def keep_current(self, profile_id: int, reason: Reason) -> None:
        """Keep the record as it is now as a version (texts as last kept, edits, choices)."""
        p = self.get_profile(profile_id)
        texts = {o: e.text for o, e in p.edits.items()}
        variants = {**p.variants, **dict.fromkeys(p.edits, YOURS)}
        self.add_version(profile_id, p.answers, texts, variants,
                         reason, edits=p.edits)

