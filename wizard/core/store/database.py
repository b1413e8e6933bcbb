"""Provides the store's SQLite connection: private files, WAL, migrations, errors as StoreError."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from wizard.core.fileio import LinkProblem, NotRegularFile, private_dir, regular_file
from wizard.core.paths import expand_user
from wizard.core.store.errors import (
    StoreError,
    StoreMissing,
    StoreMoved,
    no_room,
    os_error,
    say,
    translate,
)
from wizard.core.store.schema import current_version, inspect, migrate
from wizard.core.store.walcopy import pending_log, read_copy

FILE_NAME = "profiles.sqlite3"
SIDE_FILES = ("-wal", "-shm", "-journal")
MAX_ID = 2**63 - 1  # SQLite's largest integer: every id and count the store takes is at most this
DEFAULT_TIMEOUT = 2.0  # seconds to wait for another instance's write to finish


def default_path() -> Path:
    """Where the store lives: data_dir()/profiles.sqlite3 (PROFILE_WIZARD_HOME overrides)."""
    from wizard.core.paths import data_dir

    return data_dir() / FILE_NAME


class Database:
    """An open store file. Safe to share between threads: every call holds one lock."""

    def __init__(self, path: Path | None = None, *, timeout: float = DEFAULT_TIMEOUT,
                 create: bool = True, alone: bool = False) -> None:
        """Open the store at `path`; `create=False` (commands that only read) raises
        StoreMissing instead of making a store where there is none. `alone`: hold it for this
        process only (SQLite's exclusive locking mode), which needs no -shm file: a full disk
        has no room to make one, and a delete must still be done there."""
        self.path = expand_user(path or default_path())
        self._lock = threading.RLock()
        self._depth = 0  # transactions open in _writing (the lock makes it one thread's)
        self._timeout = timeout
        if not create and not self.path.exists():
            raise StoreMissing(f"{self.path}: {say('missing')}")
        # A store that cannot be written (its file or its folder read-only: a backup, a
        # colleague's share, a read-only mount) is still read: list, show and export get
        # the person's words out; every write raises `read_only`, one line naming the file.
        self.read_only: StoreError | None = None
        try:
            _prepare_file(self.path)
        except StoreError as exc:
            if exc.kind != "readonly" or not self.path.is_file():
                raise
            self.read_only = exc
        self._identity = _identity(self.path)
        try:
            self._open(alone)
        except StoreError as exc:
            if exc.kind != "full" or alone or self.read_only is not None:
                raise
            # A disk too full for the -shm file SQLite needs even to read: the store is read
            # as a read-only one (list, show, export and the app's list still get the
            # person's words out); every write says the disk is full. A delete opens it
            # `alone` instead, which needs no -shm file.
            why = no_room(self.path, "full_read_only") or say("full_read_only")
            self.read_only = StoreError(f"{self.path}: {why}", "full")
            self._open(False)
        _tighten(self.path)

    def _open(self, alone: bool) -> None:
        """Connect, check the store's version, and (when it can be written) set it up."""
        try:
            self._conn = self._connect()
            if alone:
                self._conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchone()
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from None
        try:
            found = inspect(self._conn, self.path)  # before _configure writes the WAL mode
            if self.read_only is not None:
                if found < current_version():
                    raise self._refused()  # an older store needs its upgrade written first
            else:
                self._configure()
                migrate(self._conn, self.path)
        except sqlite3.Error as exc:
            self._conn.close()
            raise translate(exc, self.path) from None
        except BaseException:
            self._conn.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        """The connection: read-write (mode=rw: SQLite must never create a file of its own
        here; _prepare_file made it owner-only, and the -wal/-shm files copy them), or, for a
        store that cannot be written, read-only; when even the -shm file cannot be made (the
        folder is read-only), immutable: nobody can write the store there either. A store
        whose -wal still holds changes is read from a private copy with them (walcopy)."""
        def connect(mode: str) -> sqlite3.Connection:
            return sqlite3.connect(f"{self.path.absolute().as_uri()}?{mode}", uri=True,
                                   timeout=self._timeout, isolation_level=None,
                                   check_same_thread=False)

        if self.read_only is None:
            return connect("mode=rw")
        if (log := pending_log(self.path)) is not None:  # changes a crash left in the log
            return read_copy(self.path, log, self._timeout)
        conn = connect("mode=ro")
        try:
            conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchone()
            return conn
        except sqlite3.Error:
            conn.close()
        return connect("mode=ro&immutable=1")

    def _refused(self) -> StoreError:
        """The one line a write to a read-only store ends with (it names the file)."""
        assert self.read_only is not None
        return StoreError(str(self.read_only), self.read_only.kind)

    def _configure(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        # FULL: every commit is on disk before save_answers returns (power loss, not only a
        # killed process); WAL makes that one fsync of the log per commit.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted rows are overwritten with zeros, so a deleted client's words do not linger.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA journal_size_limit = 4194304")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from None

    def check_file(self) -> None:
        """Raise StoreMoved when the file at `path` is no longer the one opened (deleted,
        moved away, or another file put in its place): writing on would lose the work."""
        try:
            now = _identity(self.path)
        except OSError:
            now = None
        if now is None:
            raise StoreMoved(f"{self.path}: {say('vanished')}")
        if now != self._identity:
            raise StoreMoved(f"{self.path}: {say('replaced')}")

    def save_again(self) -> None:
        """After StoreMoved for a deleted or moved file: write all this connection still reads
        (every profile, version and note) to a new store file at `path`, and go on with that.
        Another file in its place is never overwritten (StoreMoved "replaced")."""
        with self._lock:
            if self._depth:
                raise StoreError(f"{self.path}: {say('moved')}", "moved")
            if self.read_only is not None:
                raise self._refused()
            if _identity(self.path) == self._identity:
                return  # still the file opened: nothing to do
            if self.path.exists():
                raise StoreMoved(f"{self.path}: {say('replaced')}")
            _prepare_file(self.path)
            try:
                target = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=rw", uri=True)
                try:
                    self._conn.backup(target)
                finally:
                    target.close()
                self._conn.close()
                self._conn = sqlite3.connect(f"{self.path.absolute().as_uri()}?mode=rw",
                                             uri=True, timeout=self._timeout,
                                             isolation_level=None, check_same_thread=False)
                self._configure()
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from None
            self._identity = _identity(self.path)
            _tighten(self.path)

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; IMMEDIATE takes the write lock up front (no deadlock).
        The file is checked to be the one opened before the transaction and again before it
        commits, so a write never lands in a deleted or replaced store.

        Nested (an operation made of others: a restore, an import into a profile), the inner
        ones join the outer transaction: all of it is written, or none of it."""
        with self._lock:
            if self.read_only is not None:
                raise self._refused()
            if self._depth:
                self._depth += 1
                try:
                    yield self._conn
                finally:
                    self._depth -= 1
                return
            self.check_file()
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise translate(exc, self.path) from None
            self._depth = 1
            try:
                yield self._conn
                self.check_file()
                self._conn.execute("COMMIT")
            except BaseException as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise translate(exc, self.path) from None
                raise
            finally:
                self._depth = 0

    def scrub(self) -> bool:
        """Rewrite the files so deleted rows are gone from every byte of them.

        Returns False when another program holds the store open and the log could not be
        emptied: the words may then remain in the -wal file until it closes.
        """
        if self.read_only is not None:
            raise self._refused()
        self.check_file()
        with self._reading() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            try:
                conn.execute("VACUUM")
            except sqlite3.Error as exc:
                # no room for the rewrite (a full disk): secure_delete has overwritten the
                # deleted words in their pages already, so they are gone all the same; the
                # rewrite only makes the file smaller
                if translate(exc, self.path).kind != "full":
                    raise
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        _tighten(self.path)
        return int(busy) == 0


def _identity(path: Path) -> tuple[int, int] | None:
    """The file's device and inode (None when there is no file)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino)


def must_exist(conn: sqlite3.Connection, profile_id: int) -> None:
    if conn.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone() is None:
        raise StoreError(say("no_profile", id=profile_id), "notfound")


def _prepare_file(path: Path) -> None:
    """Create the folder (0700) and an empty store file (0600); refuse a folder in its place."""
    try:
        private_dir(path.parent)
    except FileExistsError:
        raise StoreError(f"{path.parent}: {say('folder_is_file')}") from None
    except OSError as exc:
        raise os_error(exc, path.parent, "cannot_create_folder") from None
    if path.is_dir():
        raise StoreError(f"{path}: {say('is_folder')}")
    # Refuse up front rather than let someone type for an hour and then fail to save; the
    # folder is named when it is the one not writable (SQLite writes its -wal and -shm files
    # there). access() also answers False on a read-only mount, even for root.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        _existing(path)
        if not os.access(path, os.W_OK):
            raise StoreError(f"{path}: {say('read_only_file')}", "readonly") from None
        if not os.access(path.parent, os.W_OK):
            raise _folder_locked(path) from None
        return
    except PermissionError:
        raise _folder_locked(path) from None
    except OSError as exc:
        raise os_error(exc, path, "cannot_create") from None
    os.close(fd)


def _folder_locked(path: Path) -> StoreError:
    return StoreError(f"{path}: {say('read_only_folder', folder=path.parent)}", "readonly")


def _existing(path: Path) -> None:
    """Refuse what is at `path` when it is no file SQLite can keep a store in: a FIFO or a
    device (SQLite's reads fail there as 'an input/output error', or never end), a link to
    nothing or in a loop (O_EXCL said it exists, access() then called it read-only)."""
    try:
        regular_file(path)
    except NotRegularFile:
        raise StoreError(f"{path}: {say('not_regular_store')}") from None
    except LinkProblem as exc:
        raise StoreError(f"{path}: {say('cannot_open_store', reason=exc.strerror)}") from None


def _tighten(path: Path) -> None:
    """Owner-only permissions on the store and its side files (they hold clients' words)."""
    for file in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        try:
            mode = stat.S_IMODE(file.stat().st_mode)
            if mode & 0o077:
                file.chmod(mode & 0o700)
        except OSError:
            continue  # a side file that is not there, or not ours to change
