"""Provides the profile operations: create, read, autosave, search, rename, duplicate."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from wizard.core.model import Answers, Value
from wizard.core.record import Before, Edit, JobAd
from wizard.core.sanitize import clean_text
from wizard.core.store.database import MAX_ID, Database, must_exist
from wizard.core.store.errors import StoreConflict, StoreError, say
from wizard.core.store.records import (
    Page,
    Profile,
    ProfileSummary,
    decode_answers,
    decode_texts,
    decode_values,
    encode_answers,
    encode_texts,
    now,
    parse_time,
    search_key,
)

_SUMMARY = "SELECT id, name, lang, created, updated, role, organisation FROM profiles"
_RECENT = "ORDER BY updated DESC, id DESC"
_FULL = ("SELECT id, name, lang, created, updated, role, organisation, notes, answers, "
         "before_headline, before_summary, before_source, before_date, variants, suggested, "
         "origin FROM profiles WHERE id = ?")


class Profiles(Database):
    """Profiles (clients) in the store; every change is committed before the call returns."""

    def create_profile(self, name: str, lang: str = "en", *, answers: Answers | None = None,
                       notes: str = "", before: Before | None = None,
                       suggested: Mapping[str, Value] | None = None, origin: str = "",
                       variants: Mapping[str, str] | None = None,
                       fit_name: bool = False) -> Profile:
        """A new profile; `answers` (whose language wins over `lang`) default to empty ones.
        `suggested` are the answers an import filled in, `origin` the kind of file it was.
        A name over MAX_NAME is a StoreError, or cut with `fit_name` (one the program made)."""
        name = _clean_name(name, fit=fit_name)
        answers = answers.copy() if answers is not None else Answers(_check_lang(lang))
        _check_lang(answers.lang)
        stamp = now()
        b = before or Before()
        with self._writing() as conn:
            cur = conn.execute(
                "INSERT INTO profiles (name, search_key, lang, notes, created, updated, answers, "
                "before_headline, before_summary, before_source, before_date, role, "
                "organisation, suggested, origin, variants) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (name, search_key(name), answers.lang, clean_text(notes, multiline=True), stamp,
                 stamp, encode_answers(answers), *_before_row(before, b),
                 answers.text("person.role"), answers.text("person.organisation"),
                 json.dumps(dict(suggested or {}), ensure_ascii=False), origin,
                 encode_texts(dict(variants or {}), "variants")))
            new_id = int(cur.lastrowid or 0)
        return self.get_profile(new_id)

    def get_profile(self, profile_id: int) -> Profile:
        with self._reading() as conn:
            row = conn.execute(_FULL, (profile_id,)).fetchone()
            if row is None:
                raise StoreError(say("no_profile", id=profile_id), "notfound")
            edits = conn.execute("SELECT output, text, answers, edited FROM edits "
                                 "WHERE profile_id = ?", (profile_id,)).fetchall()
            ads = conn.execute("SELECT id, title, text, added FROM ads WHERE profile_id = ? "
                               "ORDER BY id", (profile_id,)).fetchall()
        if row is None:
            raise StoreError(say("no_profile", id=profile_id), "notfound")
        where = f"{self.path}: profile {row[0]} '{row[1]}'"
        before = Before(*(v or "" for v in row[9:13])) if row[9] is not None else None
        return Profile(row[0], row[1], row[2], parse_time(row[3]), parse_time(row[4]),
                       row[5], row[6], notes=row[7], answers=decode_answers(row[8], where),
                       before=before, variants=decode_texts(row[13]),
                       edits={e[0]: Edit(*e) for e in edits},
                       suggested=decode_values(row[14]), origin=row[15],
                       ads=tuple(JobAd(a[0], a[1], a[2], parse_time(a[3])) for a in ads))

    def list_profiles(self, query: str = "", *, limit: int | None = 100,
                      offset: int = 0) -> list[ProfileSummary]:
        """Most recently changed first; `query` keeps names containing it (case and accents
        ignored). Reads only the covering index, so it stays fast with 100,000 profiles."""
        where, args = _matching(query)
        sql = f"{_SUMMARY} {where} {_RECENT} LIMIT ? OFFSET ?"
        with self._reading() as conn:
            rows = conn.execute(sql, (*args, -1 if limit is None else limit, offset)).fetchall()
        return [_summary(r) for r in rows]

    def search_profiles(self, query: str = "", *, limit: int = 100) -> Page:
        """A page of `list_profiles` and the number of all matches, for a filter box that
        shows "12 of 100,000". The count (a second scan) is skipped when the page is not full."""
        found = self.list_profiles(query, limit=limit)
        total = len(found) if len(found) < limit else self.count_profiles(query)
        return Page(found, total)

    def count_profiles(self, query: str = "") -> int:
        where, args = _matching(query)
        with self._reading() as conn:
            row = conn.execute(f"SELECT count(*) FROM profiles {where}", args).fetchone()
        return int(row[0])

    def resolve(self, ref: str) -> ProfileSummary:
        """The one profile `ref` names: an id ("12" or "#12"), else a name, else part of one.

        Several matches raise a StoreError that lists them, so nothing acts on a guess.
        """
        text = ref.strip()
        if not text:
            raise StoreError(say("give_ref"))
        digits = text.removeprefix("#")
        # an id SQLite can hold (a longer number is no id, and binding it is an OverflowError)
        numeric = digits.isascii() and digits.isdigit() and int(digits[:20]) <= MAX_ID
        if numeric:
            with self._reading() as conn:
                row = conn.execute(f"{_SUMMARY} WHERE id = ?", (int(digits),)).fetchone()
            if row is not None:
                return _summary(row)
        key = search_key(text)
        with self._reading() as conn:
            rows = conn.execute(f"{_SUMMARY} WHERE search_key = ? {_RECENT} LIMIT 6",
                                (key,)).fetchall()
        if rows:
            matches = [_summary(r) for r in rows]
            total = len(matches) if len(matches) <= 5 else self._count_exact(key)
        elif numeric:
            # An id that is no longer there (a deleted client) must never fall back to part
            # of another client's name ("110" in "Anna Rossi 110"): only a whole name counts.
            matches, total = [], 0
        else:
            matches = self.list_profiles(text, limit=6)
            total = len(matches) if len(matches) <= 5 else self.count_profiles(text)
        if len(matches) == 1:
            return matches[0]
        if not matches:
            key = "no_profile_ref" if digits.isdigit() else "no_profile_named"
            raise StoreError(say(key, ref=text), "notfound")
        shown = ", ".join(f"{m.id} {m.name}" for m in matches[:5])
        more = say("and_more", n=total - 5) if total > 5 else ""
        raise StoreError(say("matches_many", ref=text, n=total, profiles=shown, more=more),
                         "ambiguous")

    def _count_exact(self, key: str) -> int:
        with self._reading() as conn:
            row = conn.execute("SELECT count(*) FROM profiles WHERE search_key = ?",
                               (key,)).fetchone()
        return int(row[0])

    def save_answers(self, profile_id: int, answers: Answers, *,
                     expected: Answers | None = None) -> bool:
        """Autosave: commit `answers` as the profile's current ones (durable on return).

        Cheap enough to call about once a second; returns False when nothing changed, in
        which case nothing is written and the profile keeps its place in the list. With
        `expected` (the answers as this caller last read or wrote them), StoreConflict is
        raised instead of overwriting answers that someone else changed in the meantime.
        """
        _check_lang(answers.lang)
        text = encode_answers(answers)
        with self._writing() as conn:
            if expected is not None:
                row = conn.execute("SELECT answers FROM profiles WHERE id = ?",
                                   (profile_id,)).fetchone()
                if row is not None and row[0] not in (text, encode_answers(expected)):
                    raise StoreConflict(say("conflict", id=profile_id))
            cur = conn.execute(
                "UPDATE profiles SET answers = ?, lang = ?, updated = ?, role = ?, "
                "organisation = ? WHERE id = ? AND (answers IS NOT ? OR lang IS NOT ?)",
                (text, answers.lang, now(), answers.text("person.role"),
                 answers.text("person.organisation"), profile_id, text, answers.lang))
            if cur.rowcount == 0:
                must_exist(conn, profile_id)
                return False
        return True

    def set_notes(self, profile_id: int, notes: str) -> None:
        self._update(profile_id, notes=clean_text(notes, multiline=True))

    def set_before(self, profile_id: int, before: Before | None) -> None:
        h, s, src, d = _before_row(before, before or Before())
        self._update(profile_id, before_headline=h, before_summary=s, before_source=src,
                     before_date=d)

    def rename_profile(self, profile_id: int, name: str, *, fit: bool = False) -> None:
        """A new name; one over MAX_NAME is a StoreError, or cut with `fit` (derived)."""
        name = _clean_name(name, fit=fit)
        self._update(profile_id, name=name, search_key=search_key(name))

    def duplicate_profile(self, profile_id: int, name: str | None = None, *,
                          fit: bool = False) -> Profile:
        """A new profile with the same answers, choices, edits, notes and before (not the
        versions, the ads or the files); `name` as create_profile takes it (with `fit`),
        by default the source's name with "(copy)", cut to fit."""
        src = self.get_profile(profile_id)
        with self._writing() as conn:  # one transaction: a copy is whole or not there
            p = self.create_profile(
                name if name is not None else say("copy_name", name=src.name),
                answers=src.answers, notes=src.notes, before=src.before,
                suggested=src.suggested, variants=src.variants,
                fit_name=fit or name is None)
            conn.executemany("INSERT INTO edits VALUES (?, ?, ?, ?, ?)",
                             [(p.id, o, e.text, e.answers, e.edited)
                              for o, e in src.edits.items()])
        return self.get_profile(p.id)

    def _update(self, profile_id: int, **values: str | None) -> None:
        sets = ", ".join(f"{column} = ?" for column in values)
        with self._writing() as conn:
            cur = conn.execute(f"UPDATE profiles SET {sets}, updated = ? WHERE id = ?",
                               (*values.values(), now(), profile_id))
            if cur.rowcount == 0:
                must_exist(conn, profile_id)


def _summary(row: Any) -> ProfileSummary:
    return ProfileSummary(row[0], row[1], row[2], parse_time(row[3]), parse_time(row[4]),
                          row[5], row[6])


def _before_row(before: Before | None, b: Before) -> tuple[str | None, ...]:
    if before is None:
        return (None, None, None, None)
    return (clean_text(b.headline), clean_text(b.summary, multiline=True), clean_text(b.source),
            clean_text(b.date))


# A profile's name is a person's name, or how a coach tells two apart: 200 characters is far
# more than either. A longer one (a whole About pasted as the name, a hostile import) would
# fill every list line and message with it. A name someone typed is refused, saying the
# limit (cutting it would lose what they typed without a word); a name the program derives
# (an imported file's person, a copy's "(copy)") is kept cut, as a title is.
MAX_NAME = 200


def _clean_name(name: str, *, fit: bool = False) -> str:
    cleaned = clean_text(name)
    if not search_key(cleaned):  # blank, or only combining marks: no name to find it by
        raise StoreError(say("name_needed"))
    if len(cleaned) > MAX_NAME:
        if not fit:
            raise StoreError(say("name_too_long", n=len(cleaned), limit=MAX_NAME))
        cleaned = cleaned[:MAX_NAME - 1].rstrip() + "…"
    return cleaned


def _check_lang(lang: str) -> str:
    from wizard.core.languages import available_languages

    if lang not in available_languages():
        raise StoreError(say("unknown_language", lang=lang,
                             langs=", ".join(available_languages())))
    return lang


def _matching(query: str) -> tuple[str, tuple[Any, ...]]:
    """The WHERE clause that keeps the names containing `query`: none for a blank query (a
    cleared filter box: every profile). A query with nothing left to look for once folded
    (only combining marks) matches no name; it listed every profile."""
    if not query.strip():
        return "", ()
    key = search_key(query)
    return ("WHERE instr(search_key, ?) > 0", (key,)) if key else ("WHERE 0", ())
