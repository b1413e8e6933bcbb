"""Provides the store's calls on a profile's record: variant choices, hand edits (stale,
re-applied, dropped), job ads, the files written about the person, and restoring a version."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from wizard.core.model import Answers
from wizard.core.outputs import names
from wizard.core.record import (
    BEST,
    YOURS,
    Edit,
    JobAd,
    Record,
    clean_edit,
    drop,
    fingerprint,
    reapply,
    with_variant,
)
from wizard.core.sanitize import clean_text
from wizard.core.store.database import must_exist
from wizard.core.store.errors import StoreError, say
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
        raise StoreError(say("unknown_output", output=name, outputs=", ".join(names())))
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
            raise StoreError(say("no_profile", id=profile_id), "notfound")

    # ── variants and edits ────────────────────────────────────────────────────────────────

    def set_variant(self, profile_id: int, output: str, variant: str | None) -> None:
        """Choose what shows for `output` (see `record.with_variant`): a template variant by
        name (a hand edit is kept, to come back to); None, the best fit (the edit is kept);
        YOURS, the hand edit again."""
        _output(output)
        with self._writing() as conn:
            record = self._record(conn, profile_id)
            chosen = with_variant(record, output, variant).variants
            conn.execute("UPDATE profiles SET variants = ?, updated = ? WHERE id = ?",
                         (encode_texts(dict(chosen), "variants"), now(), profile_id))

    def set_edit(self, profile_id: int, output: str, text: str,
                 answers: Answers | None = None) -> Edit:
        """Keep `text` as the hand edit of `output`, made for `answers` (the stored ones when
        not given); it is what shows now. An empty text drops the edit."""
        _output(output)
        cleaned = clean_edit(text, output)
        if not cleaned:
            self.drop_edit(profile_id, output)
            return Edit(output, "", "", "")
        with self._writing() as conn:
            if answers is None:
                answers = self._record(conn, profile_id).answers
            edit = Edit(output, cleaned, fingerprint(answers), now())
            self._put_edit(conn, profile_id, edit, shown=True)
        return edit

    def keep_edit(self, profile_id: int, edit: Edit, *, shown: bool = True) -> None:
        """Keep `edit` exactly (text, the answers it was made for, when): how a front end that
        holds the record writes it back without making a stale edit look fresh. `shown=False`
        keeps it one pick away while the best template shows."""
        _output(edit.output)
        if not clean_edit(edit.text, edit.output):
            raise StoreError(say("edit_empty", output=edit.output))
        with self._writing() as conn:
            must_exist(conn, profile_id)
            self._put_edit(conn, profile_id, replace(edit, text=clean_edit(edit.text, edit.output),
                                                     edited=edit.edited or now()), shown=shown)

    def _put_edit(self, conn: sqlite3.Connection, profile_id: int, edit: Edit, *,
                  shown: bool) -> None:
        conn.execute("INSERT OR REPLACE INTO edits VALUES (?, ?, ?, ?, ?)",
                     (profile_id, edit.output, edit.text, edit.answers, edit.edited))
        row = conn.execute("SELECT variants FROM profiles WHERE id = ?",
                           (profile_id,)).fetchone()
        chosen = {o: v for o, v in decode_texts(row[0]).items() if o != edit.output}
        if not shown:
            chosen[edit.output] = BEST
        conn.execute("UPDATE profiles SET variants = ?, updated = ? WHERE id = ?",
                     (encode_texts(chosen, "variants"), now(), profile_id))

    def _record(self, conn: sqlite3.Connection, profile_id: int) -> Record:
        """The answers, variants and edits of a profile inside a transaction."""
        row = conn.execute("SELECT answers, variants FROM profiles WHERE id = ?",
                           (profile_id,)).fetchone()
        if row is None:
            raise StoreError(say("no_profile", id=profile_id), "notfound")
        edits = conn.execute("SELECT output, text, answers, edited FROM edits "
                             "WHERE profile_id = ?", (profile_id,)).fetchall()
        return Record(decode_answers(row[0], f"{self.path}: profile {profile_id}"),
                      decode_texts(row[1]), {e[0]: Edit(*e) for e in edits})

    def stale_edits(self, profile_id: int) -> list[str]:
        """The outputs whose hand edit was made for other answers than the stored ones."""
        return self.get_profile(profile_id).record.stale()

    def reapply_edit(self, profile_id: int, output: str) -> Edit:
        """Keep a (stale) edit for the current answers: the person checked it still fits.
        What shows does not change."""
        with self._writing() as conn:
            record = self._record(conn, profile_id)
            if output not in record.edits:
                raise StoreError(say("no_edit", id=profile_id, output=output), "notfound")
            edit = reapply(record, output).edits[output]
            conn.execute("UPDATE edits SET answers = ?, edited = ? WHERE profile_id = ? AND "
                         "output = ?", (edit.answers, edit.edited, profile_id, output))
            self._touch(conn, profile_id)
        return edit

    def drop_edit(self, profile_id: int, output: str) -> bool:
        """Forget the hand edit of `output` (the template text shows again); False when
        there was none."""
        with self._writing() as conn:
            record = self._record(conn, profile_id)
            if output not in record.edits:
                return False
            conn.execute("DELETE FROM edits WHERE profile_id = ? AND output = ?",
                         (profile_id, output))
            conn.execute("UPDATE profiles SET variants = ?, updated = ? WHERE id = ?",
                         (encode_texts(dict(drop(record, output).variants), "variants"), now(),
                          profile_id))
        return True

    # ── job ads ───────────────────────────────────────────────────────────────────────────

    def add_ad(self, profile_id: int, title: str, text: str) -> JobAd:
        body = clean_text(text, multiline=True)
        if not body:
            raise StoreError(say("ad_empty"))
        if len(body) > MAX_AD_CHARS:
            raise StoreError(say("ad_too_long", n=len(body), limit=MAX_AD_CHARS))
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
                raise StoreError(say("no_ad", id=profile_id, ad=ad_id), "notfound")
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
        """Bring back a version's answers, what showed per output and its hand edits. The
        current state is kept as a `restore` version first, so nothing is lost; all of it is
        one transaction."""
        version = self.get_version(version_id)
        if version.profile_id != profile_id:
            raise StoreError(say("version_elsewhere", version=version_id, id=profile_id),
                             "notfound")
        with self._writing() as conn:
            self.keep_current(profile_id, "restore")
            self.save_answers(profile_id, version.answers)
            conn.execute("DELETE FROM edits WHERE profile_id = ?", (profile_id,))
            conn.executemany("INSERT INTO edits VALUES (?, ?, ?, ?, ?)",
                             [(profile_id, o, e.text, e.answers, e.edited)
                              for o, e in version.edits.items()])
            conn.execute("UPDATE profiles SET variants = ?, updated = ? WHERE id = ?",
                         (encode_texts(version.choices, "variants"), now(), profile_id))

    def keep_current(self, profile_id: int, reason: Reason) -> None:
        """Keep the record as it is now as a version: its answers, what shows per output
        (YOURS for a hand edit that shows) and every hand edit."""
        record = self.get_profile(profile_id).record
        shown = {o: YOURS for o in record.edits if record.choice(o) == YOURS}
        texts = {o: record.edits[o].text for o in shown}
        variants = {**{o: v for o, v in record.variants.items() if v != YOURS}, **shown}
        self.add_version(profile_id, record.answers, texts, variants, reason,
                         edits=record.edits)
