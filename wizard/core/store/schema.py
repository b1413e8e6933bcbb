"""Provides the store's schema and its migrations, versioned with PRAGMA user_version."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from wizard.core.store.errors import StoreError, say

Migration = Callable[[sqlite3.Connection], None]


def _v1(conn: sqlite3.Connection) -> None:
    """Profiles with their current answers, and the versions kept of their texts."""
    conn.execute("""
        CREATE TABLE profiles (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            search_key  TEXT NOT NULL,   -- name folded for search: no accents, casefolded
            lang        TEXT NOT NULL,
            notes       TEXT NOT NULL DEFAULT '',
            created     TEXT NOT NULL,   -- ISO 8601 UTC with microseconds: sorts as text
            updated     TEXT NOT NULL,
            answers     TEXT NOT NULL,   -- the canonical answers document as JSON
            before_headline TEXT,        -- what the person had before (imported); NULL if none
            before_summary  TEXT,
            before_source   TEXT,
            before_date     TEXT
        )""")
    # Covering index: the list and every filter keystroke read only this index, never the
    # wide rows with answers, so a substring scan of 100,000 names stays around 10 ms.
    conn.execute("CREATE INDEX profiles_recent "
                 "ON profiles (updated, id, search_key, name, lang, created)")
    conn.execute("""
        CREATE TABLE versions (
            id          INTEGER PRIMARY KEY,
            profile_id  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            created     TEXT NOT NULL,
            reason      TEXT NOT NULL CHECK (reason IN ('copy', 'export', 'edit', 'before')),
            answers     TEXT NOT NULL,
            texts       TEXT NOT NULL,   -- JSON object {output: text}
            variants    TEXT NOT NULL    -- JSON object {output: variant name}
        )""")
    conn.execute("CREATE INDEX versions_by_profile ON versions (profile_id, id)")


def _v2(conn: sqlite3.Connection) -> None:
    """The profile as one record: chosen variants, hand edits tied to their answers, import
    suggestions, job ads, the files written about the person; role and organisation in the
    list's index (same-named clients told apart); versions that keep choices and edits."""
    from wizard.core.store.migrate_v2 import upgrade

    upgrade(conn)


def _v3(conn: sqlite3.Connection) -> None:
    """Names folded with every letter in ASCII (core/textfold.py): "lodz" finds "Łódź", which
    the keys of version 2 kept as "łodz"."""
    from wizard.core.store.records import search_key

    rows = conn.execute("SELECT id, name FROM profiles WHERE name != ''").fetchall()
    conn.executemany("UPDATE profiles SET search_key = ? WHERE id = ?",
                     [(search_key(name), pid) for pid, name in rows])


# MIGRATIONS[n] takes a store from user_version n to n + 1.
MIGRATIONS: list[Migration] = [_v1, _v2, _v3]


def current_version() -> int:
    return len(MIGRATIONS)


def inspect(conn: sqlite3.Connection, path: Path) -> int:
    """The schema version of the store at `path`, refusing (before anything is written) a
    store from a newer version and a database that belongs to another program."""
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    target = current_version()
    if found > target:
        raise StoreError(f"{path}: {say('newer', found=found, target=target)}", "newer")
    if found < 0:  # no version of the program writes one: MIGRATIONS[-5] was an IndexError
        raise StoreError(f"{path}: {say('bad_version', found=found)}", "corrupt")
    if found == 0 and _has_tables(conn):
        raise StoreError(f"{path}: {say('other_program')}", "notadb")
    return found


def migrate(conn: sqlite3.Connection, path: Path) -> int:
    """Bring the store at `path` to the current schema; returns the version it had."""
    found = inspect(conn, path)
    target = current_version()
    if found == target:
        return found  # the usual case needs no write lock, so a busy store still opens
    while True:
        # One transaction per step, re-reading the version inside it: a second instance that
        # opened the new store at the same moment waits, then finds the work done.
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version >= target:
                conn.execute("COMMIT")
                break
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return found


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_schema LIMIT 1").fetchone() is not None
