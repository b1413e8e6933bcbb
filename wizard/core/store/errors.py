"""Provides StoreError and the translation of SQLite and OS failures into one-line messages."""

from __future__ import annotations

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


class StoreMissing(StoreError):
    """There is no store yet, and a command that only reads must not make one."""

    def __init__(self, message: str) -> None:
        super().__init__(message, "missing")


def say(key: str, **values: object) -> str:
    """A store message in the interface language (ui/store.toml of each pack)."""
    from wizard.core.words import interface_language, words

    return words(interface_language())(f"store.{key}", **values)


# Keyed by SQLite's primary result-code name (sqlite3.Error.sqlite_errorname, Python 3.11+);
# extended codes such as SQLITE_IOERR_WRITE fall back to their primary code.
_MESSAGES = {
    "SQLITE_BUSY": "the profile store is in use by another program (another profile-wizard?) "
                   "that is writing to it; close it and try again",
    "SQLITE_LOCKED": "the profile store is locked by another program; close it and try again",
    "SQLITE_NOTADB": "not a profile store (the file is not a database); it was left untouched "
                     "— move it aside to start a new store",
    "SQLITE_CORRUPT": "the profile store is damaged (database disk image is malformed); it was "
                      "left untouched — restore a backup or move it aside",
    "SQLITE_FULL": "the disk is full, so the last change was not saved; free some space and try "
                   "again",
    "SQLITE_READONLY": "the profile store is read-only, so the last change was not saved; check "
                       "the permissions of the file and its folder",
    "SQLITE_CANTOPEN": "cannot open the profile store; check that its folder exists and is "
                       "writable",
    "SQLITE_IOERR": "the disk reported an input/output error; the last change may not be saved",
    "SQLITE_PERM": "permission denied by the operating system",
}


def translate(exc: sqlite3.Error, path: Path) -> StoreError:
    """A StoreError naming `path` and saying in plain words what went wrong."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    primary = "_".join(name.split("_")[:2])
    detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if name == "SQLITE_IOERR_NOMEM" or primary == "SQLITE_NOMEM":
        return StoreError(f"{path}: out of memory while using the profile store")
    if primary == "SQLITE_READONLY" and name == "SQLITE_READONLY_DBMOVED":
        return StoreMoved(f"{path}: {say('moved')}")
    message = _MESSAGES.get(primary)
    if message is None:
        # Errors without a code (misuse, interface errors) still get one line.
        return StoreError(f"{path}: {detail}")
    return StoreError(f"{path}: {message}", primary.removeprefix("SQLITE_").lower())


def os_error(exc: OSError, path: Path, doing: str) -> StoreError:
    """A StoreError for an OS failure while `doing` something with `path`."""
    reason = exc.strerror or type(exc).__name__
    return StoreError(f"{path}: cannot {doing} ({reason})")
