"""Provides the store's step from schema 1 to 2: the profile becomes one record.

Kept from version 1: every profile, note, before and version. Hand edits, which version 1 kept
only inside versions, become the record's edits when the profile's answers are still the ones
they were made from (what the app showed on reopening until now).
"""

from __future__ import annotations

import json
import sqlite3

from wizard.core.record import YOURS, fingerprint_text

_VERSIONS = """
    CREATE TABLE versions (
        id          INTEGER PRIMARY KEY,
        profile_id  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
        created     TEXT NOT NULL,
        reason      TEXT NOT NULL CHECK (reason IN ('copy', 'export', 'edit', 'before',
                                                    'restore', 'import')),
        answers     TEXT NOT NULL,
        texts       TEXT NOT NULL,   -- JSON object {output: text}
        variants    TEXT NOT NULL,   -- JSON object {output: variant name, or YOURS}
        edits       TEXT NOT NULL DEFAULT '{}'  -- JSON {output: {text, answers, edited}}
    )"""


def upgrade(conn: sqlite3.Connection) -> None:
    for column in ("variants TEXT NOT NULL DEFAULT '{}'",   # {output: chosen variant}
                   "suggested TEXT NOT NULL DEFAULT '{}'",  # {answer key: value an import gave}
                   "origin TEXT NOT NULL DEFAULT ''",       # kind of file it was imported from
                   "role TEXT NOT NULL DEFAULT ''",         # person.role, for the list
                   "organisation TEXT NOT NULL DEFAULT ''"):
        conn.execute(f"ALTER TABLE profiles ADD COLUMN {column}")
    conn.execute("UPDATE profiles SET "
                 "role = coalesce(json_extract(answers, '$.person.role'), ''), "
                 "organisation = coalesce(json_extract(answers, '$.person.organisation'), '')")
    # The list still reads only this index; role and organisation tell same names apart.
    conn.execute("DROP INDEX profiles_recent")
    conn.execute("CREATE INDEX profiles_recent ON profiles "
                 "(updated, id, search_key, name, lang, created, role, organisation)")
    conn.execute("CREATE INDEX profiles_by_key ON profiles (search_key, origin)")
    conn.execute("""
        CREATE TABLE edits (
            profile_id  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            output      TEXT NOT NULL,
            text        TEXT NOT NULL,
            answers     TEXT NOT NULL,   -- fingerprint of the answers the edit was made from
            edited      TEXT NOT NULL,   -- ISO 8601 UTC
            PRIMARY KEY (profile_id, output)
        )""")
    conn.execute("""
        CREATE TABLE ads (
            id          INTEGER PRIMARY KEY,
            profile_id  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            title       TEXT NOT NULL,
            text        TEXT NOT NULL,
            added       TEXT NOT NULL
        )""")
    conn.execute("CREATE INDEX ads_by_profile ON ads (profile_id, id)")
    conn.execute("""
        CREATE TABLE files (
            profile_id  INTEGER NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
            path        TEXT NOT NULL,   -- absolute path of a file written about the person
            written     TEXT NOT NULL,
            PRIMARY KEY (profile_id, path)
        )""")
    # A CHECK constraint cannot be altered in SQLite: the versions table is rebuilt.
    conn.execute("ALTER TABLE versions RENAME TO versions_v1")
    conn.execute(_VERSIONS)
    conn.execute("INSERT INTO versions (id, profile_id, created, reason, answers, texts, "
                 "variants) SELECT id, profile_id, created, reason, answers, texts, variants "
                 "FROM versions_v1")
    conn.execute("DROP TABLE versions_v1")
    conn.execute("CREATE INDEX versions_by_profile ON versions (profile_id, id)")
    _edits_from_versions(conn)


def _edits_from_versions(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT p.id, p.answers, v.answers, v.texts, v.variants, v.created FROM profiles p "
        "JOIN versions v ON v.id = (SELECT max(id) FROM versions WHERE profile_id = p.id)"
    ).fetchall()
    for pid, answers, v_answers, texts, variants, created in rows:
        if answers != v_answers:
            continue  # the answers changed since: the app did not show these edits either
        try:
            text_of, chosen = json.loads(texts), json.loads(variants)
        except ValueError:
            continue
        for output, variant in chosen.items():
            if variant == YOURS and isinstance(text_of.get(output), str):
                conn.execute("INSERT INTO edits VALUES (?, ?, ?, ?, ?)",
                             (pid, output, text_of[output], fingerprint_text(answers), created))
