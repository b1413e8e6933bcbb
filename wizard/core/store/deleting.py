"""Provides deleting a profile for good: its rows, its words in the store's files, and every
file the program wrote about the person; what could not be wiped is said, never hidden."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from dataclasses import field
from pathlib import Path

from wizard.core.dataclass_cache import dataclass
from wizard.core.store.errors import StoreError, StoreIncomplete, StoreMoved, say
from wizard.core.store.record_ops import RecordOps

# Every column of a profile's row that holds the person's words, blanked first when the row
# cannot be deleted outright (a damaged page): blanking rewrites them with secure_delete on.
_WORD_COLUMNS = ("name = '', search_key = '', notes = '', answers = '{}', role = '', "
                 "organisation = '', before_headline = NULL, before_summary = NULL, "
                 "before_source = NULL, suggested = '{}'")


# The first line of a rescue file the app wrote for a stored profile (wizard/tui/crash.py).
RESCUE_HEAD = "# profile-wizard rescue of stored profile {id}\n"
_RESCUE_PREFIX = RESCUE_HEAD.split("{")[0]


def _rescue_owner(path: Path) -> int | None:
    """The stored profile a rescue file names in its first line, else None."""
    try:
        with path.open("rb") as fh:
            first = fh.readline(200).decode("utf-8", "replace")
    except OSError:
        return None
    if not first.startswith(_RESCUE_PREFIX):
        return None
    number = first[len(_RESCUE_PREFIX):].strip()
    return int(number) if number.isdigit() and len(number) < 19 else None


@dataclass
class Deleted:
    """What a delete did: the files removed, those that could not be, and the store's wipe."""

    scrubbed: bool = True  # False: another program keeps the old bytes in the -wal file
    removed: list[Path] = field(default_factory=list)
    kept: list[tuple[Path, str]] = field(default_factory=list)  # (path, why not removed)
    problem: str = ""  # the store could not be fully wiped (damage): what remains where
    gone: bool = True  # False: the profile's row itself could not be removed
    blanked: bool = True  # its words (name, answers, notes, before) are overwritten

    def __bool__(self) -> bool:
        return self.scrubbed and not self.problem


class Deleting(RecordOps):
    def delete_profile(self, profile_id: int) -> Deleted:
        """Remove the profile, its versions, edits, ads and the files written about the
        person, then rewrite the store so no byte of them is left in it."""
        files = self._files_or_none(profile_id)
        person = self._person_or_none(profile_id)
        report = Deleted()
        try:
            try:
                with self._writing() as conn:
                    self._delete_rows(conn, profile_id)
            except StoreError as exc:
                if exc.kind != "full" or _has_space(self.path):
                    raise
                # a full disk: the person's files go first (they are to go anyway, and free
                # room), then the rows again, then written in place if there is still none
                for path in files or ():
                    _remove(path, report)
                files = []
                self._delete_full(profile_id)
        except StoreMoved:
            raise
        except StoreError as exc:
            if exc.kind not in ("corrupt", "full", "error"):
                raise
            report.problem, report.gone, report.blanked = self._wipe_damaged(profile_id, exc)
        for path in files or ():
            _remove(path, report)
        for path in self._rescued(person, profile_id):
            _remove(path, report)
        if not report.problem:
            try:
                report.scrubbed = self.scrub()
            except StoreError as exc:
                if exc.kind == "moved":
                    raise
                report.problem = f"{self.path}: {say('wipe_incomplete', reason=self._why(exc))}"
        return report

    def _delete_full(self, profile_id: int) -> None:
        """The rows deleted on a full disk: again (the files removed may have made room),
        else written into the store's own pages with the rollback journal in memory (the
        WAL needs room for every changed page; this needs none), the store held alone
        meanwhile. A crash in that moment could damage the store: the only way left to keep
        the promise to delete; the WAL comes back after it (a journal file if it cannot)."""
        try:
            with self._writing() as conn:
                self._delete_rows(conn, profile_id)
            return
        except StoreError as exc:
            if exc.kind != "full":
                raise
            full = exc
        with self._reading() as conn:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchone()
            mode = conn.execute("PRAGMA journal_mode = MEMORY").fetchone()[0]
        try:
            if str(mode).lower() != "memory":
                raise full  # the log could not be left: nothing more can be done here
            with self._writing() as conn:
                self._delete_rows(conn, profile_id)
        finally:
            # still held alone: the WAL then needs no -shm file either (another program
            # waits until this one closes the store)
            with contextlib.suppress(StoreError, sqlite3.Error), self._reading() as conn:
                if str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]) != "wal":
                    conn.execute("PRAGMA journal_mode = DELETE").fetchone()

    def _person_or_none(self, profile_id: int) -> str:
        """The person's name as the answers give it, else the profile's ("" when they cannot
        be read)."""
        try:
            found = self.get_profile(profile_id)
            return found.answers.text("person.name") or found.name
        except StoreError:
            return ""

    def _rescued(self, person: str, profile_id: int) -> list[Path]:
        """The app's rescue files (the data folder's rescued/, written after a crash when
        the store could not keep the work) of this profile: those that name its id in their
        first line (RESCUE_HEAD), and those that name no profile (work never stored) whose
        answers are this person's, once no other stored profile has that name: then the
        name is all that tells whose it is, and another client's work must not go with it."""
        folder = self.path.parent / "rescued"
        if not folder.is_dir():
            return []
        found, unlinked = [], []
        for path in sorted(folder.glob("*.toml")):
            owner = _rescue_owner(path)
            if owner == profile_id:
                found.append(path)
            elif owner is None and person:
                unlinked.append(path)
        if not unlinked or self._name_taken(person):
            return found
        from wizard.core.model import AnswersError, load

        for path in unlinked:
            try:
                if load(path, partial=True).text("person.name") == person:
                    found.append(path)
            except (AnswersError, OSError):
                continue
        return found

    def _name_taken(self, person: str) -> bool:
        """Whether another stored profile has this name (or cannot be read to tell)."""
        try:
            for other in self.list_profiles(person, limit=None):
                if person in (other.name, self.get_profile(other.id).answers.text(
                        "person.name")):
                    return True
        except StoreError:
            return True
        return False

    def _files_or_none(self, profile_id: int) -> list[Path] | None:
        try:
            return self.files(profile_id)
        except StoreError:
            return None  # a damaged page: the delete below says so

    @staticmethod
    def _delete_rows(conn: sqlite3.Connection, profile_id: int) -> None:
        for table in ("versions", "edits", "ads", "files"):
            conn.execute(f"DELETE FROM {table} WHERE profile_id = ?", (profile_id,))
        if conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,)).rowcount == 0:
            raise StoreError(say("no_profile", id=profile_id), "notfound")

    def _wipe_damaged(self, profile_id: int, exc: StoreError) -> tuple[str, bool, bool]:
        """The delete failed on a damaged page: remove what can be reached row by row (a
        damaged page holds only some of the rows), blank the profile's own row, and say
        exactly what could not be wiped. Returns the message, whether the row is gone and
        whether its words are overwritten."""
        left: list[str] = []
        for table, key, word in (("versions", "id", "wipe_left_versions"),
                                 ("ads", "id", "wipe_left_ads"),
                                 ("edits", "output", "wipe_left_edits"),
                                 ("files", "path", "wipe_left_files")):
            try:
                with self._reading() as conn:
                    keys = [r[0] for r in conn.execute(
                        f"SELECT {key} FROM {table} WHERE profile_id = ?", (profile_id,))]
            except StoreError:
                left.append(say(f"{word}_all"))  # not even their keys can be read
                continue
            failed = sum(not self._try(f"DELETE FROM {table} WHERE profile_id = ? AND "
                                       f"{key} = ?", profile_id, k) for k in keys)
            if failed:
                left.append(say(word, n=failed))
        blanked = self._try(f"UPDATE profiles SET {_WORD_COLUMNS} WHERE id = ?", profile_id)
        gone = self._try("DELETE FROM profiles WHERE id = ?", profile_id)
        if not blanked and not gone:
            left.append(say("wipe_left_profile"))
        # the blanked pages into the file itself (VACUUM cannot run on a damaged store)
        with contextlib.suppress(StoreError, sqlite3.Error), self._reading() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        reason = self._why(exc)
        if left:
            return (f"{self.path}: " + say("wipe_failed", what=", ".join(left), reason=reason),
                    gone, blanked or gone)
        return f"{self.path}: " + say("wipe_damaged", reason=reason), gone, True

    def _try(self, sql: str, *args: object) -> bool:
        """One statement in its own transaction; False when the damage stops it."""
        try:
            with self._writing() as conn:
                conn.execute(sql, args)
        except StoreMoved:
            raise
        except StoreError:
            return False
        return True

    def _why(self, exc: StoreError) -> str:
        """The reason in plain words; a 'full' error with free space is really damage."""
        if isinstance(exc, StoreIncomplete):  # a table gone, not a damaged page
            return say("reason_missing", missing=exc.missing)
        if exc.kind == "corrupt":
            return say("reason_corrupt")
        if exc.kind == "full" and _has_space(self.path):
            return say("reason_damaged")
        return str(exc).removeprefix(f"{self.path}: ")


def _has_space(path: Path) -> bool:
    try:
        st = os.statvfs(path.parent)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize > 16 * 1024 * 1024


def _remove(path: Path, report: Deleted) -> None:
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        return  # already gone (moved or deleted by the user): nothing of ours is there
    except OSError as exc:
        report.kept.append((path, exc.strerror or type(exc).__name__))
        return
    if not stat.S_ISREG(st.st_mode):
        report.kept.append((path, say("not_a_file")))  # a link or folder planted since
        return
    try:
        path.unlink()
    except OSError as exc:
        report.kept.append((path, exc.strerror or type(exc).__name__))
        return
    report.removed.append(path)


__all__ = ["Deleted", "Deleting"]
