"""Provides the read of a read-only store whose log (-wal) still holds changes.

SQLite's `immutable=1`, the only way to read a store whose folder cannot be written, ignores
the -wal file: changes a crashed program left there would silently be missing from list, show
and export. So the store and its log are copied into a private temporary folder (0700, files
0600), the log is folded into the copy there, and the copy is opened; the folder is removed
before the connection is handed out (the open file stays readable; nothing of the person's
is left on disk, even if the program is killed later), and on every error too.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from wizard.core.store.errors import StoreError, say


def pending_log(path: Path) -> Path | None:
    """The store's -wal file when it holds changes (is not empty), else None."""
    wal = path.with_name(path.name + "-wal")
    try:
        return wal if wal.stat().st_size > 0 else None
    except OSError:
        return None


def read_copy(path: Path, wal: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection to a private copy of the store with its log folded in; a
    StoreError (one line naming the store and the log) when no copy can be made."""
    folder = Path(tempfile.mkdtemp(prefix="profile-wizard-"))  # 0700, O_EXCL
    copy = folder / path.name
    try:
        _copy(path, copy)
        _copy(wal, copy.with_name(copy.name + "-wal"))
        with closing(sqlite3.connect(f"{copy.as_uri()}?mode=rw", uri=True,
                                      isolation_level=None)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            conn.execute("PRAGMA journal_mode = DELETE").fetchone()  # one file, no log
        conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro&immutable=1", uri=True,
                               timeout=timeout, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchone()  # the file is open
        except BaseException:
            conn.close()
            raise
        return conn
    except OSError as exc:
        from wizard.core.errors import os_words
        from wizard.core.words import interface_language

        raise _unread(path, wal, os_words(exc, interface_language())) from None
    except sqlite3.Error as exc:
        raise _unread(path, wal, str(exc).splitlines()[0] if str(exc) else "") from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _unread(path: Path, wal: Path, reason: str) -> StoreError:
    return StoreError(f"{path}: {say('log_unread', log=wal.name, reason=reason)}", "readonly")


def _copy(source: Path, target: Path) -> None:
    """`source` into a new owner-only file `target` (never opened if it exists)."""
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as given:
        shutil.copyfileobj(given, out)

