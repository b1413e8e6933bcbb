"""Provides StoreError and the translation of SQLite and OS failures into one-line messages."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """The profile store cannot do what was asked; the message is one line for the user.

    `kind` says what happened, for a front end that reacts to it: "busy", "corrupt", "full",
    "readonly", "notadb", "newer", "missing" (no store yet), "moved" (the file vanished or was
    replaced while open), "conflict", or "error" for everything else.
    """

    def __init__(self, message: str, kind: str = "error") -> None:
        super().__init__(message)
        self.kind = kind


class StoreConflict(StoreError):
    """The profile's answers were changed by someone else (another window) since they were
    read: saving would overwrite that work without anyone seeing it."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "conflict")


class StoreMoved(StoreError):
    """The store's file was deleted, moved or replaced while it was open: nothing was written,
    so the work on screen must be kept in memory and saved elsewhere (the app offers it)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "moved")


class StoreIncomplete(StoreError):
    """A table or a column of the schema is not there (a hand edit, a damaged store):
    `missing` names it (`edits`, `profiles.notes`)."""

    def __init__(self, message: str, missing: str) -> None:
        super().__init__(message, "corrupt")
        self.missing = missing


class StoreMissing(StoreError):
    """There is no store yet, and a command that only reads must not make one."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "missing")


def say(key: str, **values: object) -> str:
    """A store message in the interface language (ui/store.toml of each pack)."""
    from wizard.core.words import interface_language, words

    return words(interface_language())(f"store.{key}", **values)


# Keyed by SQLite's primary result-code name (sqlite3.Error.sqlite_errorname, Python 3.11+);
# extended codes such as SQLITE_IOERR_WRITE fall back to their primary code. The words are
# `store.sqlite_<code>` in each pack's ui/store.toml.
_CODES = ("SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_NOTADB", "SQLITE_CORRUPT", "SQLITE_FULL",
          "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM")


_MISSING = ("no such table: ", "no such column: ")


def _missing_name(detail: str) -> str:
    """The table (`edits`) or column (`profiles.notes`) SQLite says it lacks."""
    return detail.partition(": ")[2].strip()


def translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """A StoreError naming `path` and saying in plain words what went wrong."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    primary = "_".join(name.split("_")[:2])
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if name == "SQLITE_IOERR_NOMEM" or primary == "SQLITE_NOMEM":
        return StoreError(f"{path}: {say('out_of_memory')}", "nomem")
    if primary == "SQLITE_READONLY" and name == "SQLITE_READONLY_DBMOVED":
        return StoreMoved(f"{path}: {say('moved')}")
    if primary in ("SQLITE_IOERR", "SQLITE_FULL") and (room := no_room(path)):
        return StoreError(f"{path}: {room}", "full")
    if primary == "SQLITE_ERROR" and detail.startswith(_MISSING):
        # a table or a column gone under a running command (a hand edit, a damaged store):
        # "missing: edits", not SQLite's sentence
        missing = _missing_name(detail)
        return StoreIncomplete(f"{path}: {say('tables_missing', tables=missing)}", missing)
    if primary not in _CODES:
        # Errors without a code (misuse, interface errors) still get one line.
        return StoreError(f"{path}: {detail}")
    kind = primary.removeprefix("SQLITE_").lower()
    return StoreError(f"{path}: {say(f'sqlite_{kind}')}", kind)


def no_room(path: Path, full: str = "sqlite_full") -> str | None:
    """Why a write under `path` failed when SQLite only says "disk I/O error" (a file that
    cannot grow, SQLITE_IOERR_WRITE or _SHMSIZE, hides EFBIG and ENOSPC): the session's file
    size limit (`ulimit -f`, RLIMIT_FSIZE) or a full disk, said as the message `full`; None
    when it is neither."""
    from wizard.core.errors import file_size_limit

    if (limit := file_size_limit()) is not None:
        return say("sqlite_fsize", limit=limit)
    try:
        room = os.statvfs(path.parent)
    except (OSError, AttributeError):
        return None
    return say(full) if room.f_bavail * room.f_frsize < _FULL_BELOW else None


_FULL_BELOW = 1 << 20  # bytes free under which a failed write is taken for a full disk


def os_error(exc: OSError, path: Path, key: str) -> StoreError:
    """A StoreError for an OS failure with `path`: `key` says what could not be done."""
    reason = exc.strerror or type(exc).__name__
    if exc.errno in (errno.EFBIG, errno.ENOSPC) and (room := no_room(path)):
        reason = room
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):  # a quota, or room the system keeps back
        from wizard.core.errors import os_words
        from wizard.core.words import interface_language

        reason = os_words(exc, interface_language())
    return StoreError(f"{path}: {say(key, reason=reason)}")
