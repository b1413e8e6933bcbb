"""Provides reading LinkedIn's "download your data" export: the ZIP and its profile CSV files."""

from __future__ import annotations

import csv
import io
import os
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import field, replace
from pathlib import Path, PurePosixPath
from typing import IO, Any

from wizard.core.dataclass_cache import dataclass
from wizard.core.outputs import spec
from wizard.core.positions import Position, latest_position, sensible_skills
from wizard.core.sanitize import clean_text, for_terminal
from wizard.core.textcodec import wide_codec

PROFILE = "profile.csv"
PROFILE_SUMMARY = "profile summary.csv"
POSITIONS = "positions.csv"
SKILLS = "skills.csv"
MEMBERS = (PROFILE, PROFILE_SUMMARY, POSITIONS, SKILLS)
MAX_MEMBER_BYTES = 20_000_000  # a profile CSV is a few kB; refuse to unpack anything huge
MAX_READ_BYTES = 40_000_000  # all the members read together (a zip bomb stops here)
MAX_MEMBERS = 20_000  # a complete export has a few hundred files
MAX_ABOUT_CHARS = 20_000  # LinkedIn's About holds 2,600; more is not a profile's About
# csv's own limit (128 kB a field) would turn a long About into "not a LinkedIn export"
csv.field_size_limit(max(csv.field_size_limit(), MAX_MEMBER_BYTES))
# Columns of Profile.csv that identify it; a header needs two of them (one a text column).
PROFILE_COLUMNS = frozenset({"first name", "last name", "maiden name", "headline", "summary",
                             "industry", "geo location", "zip code", "birth date", "address"})
TEXT_COLUMNS = frozenset({"headline", "summary", "first name"})
SUMMARY_COLUMNS = ("profile summary", "summary", "about")
HEADER_SEARCH_ROWS = 10  # some exports put note lines above the header


def within_bounds(headline: str, about: str, error: Callable[..., ValueError]) -> None:
    """An imported headline and About no longer than a profile's could be, by far (both are
    counted and checked as texts, and shown): else `error` says which is too long."""
    for output, text, key in (("headline", headline, "headline_too_long"),
                              ("summary", about, "about_too_long")):
        if len(text) > MAX_ABOUT_CHARS:
            raise error(key, n=len(text), limit=spec(output).limit)


class LinkedInError(ValueError):
    """A LinkedIn export that cannot be read; the message is one line without the file name,
    in the interface language (ui/imports.toml)."""

    def __init__(self, key: str, /, **values: Any) -> None:
        super().__init__(say(key, **values))
        self.key = key


def say(key: str, /, **values: Any) -> str:
    """An import message in the interface language (`imports.<key>` of ui/imports.toml); a
    Phrase among the values (errors.os_reason's) in the same language."""
    from wizard.core.errors import Phrase
    from wizard.core.words import interface_language, words

    lang = interface_language()
    values = {k: v.text(lang) if isinstance(v, Phrase) else v for k, v in values.items()}
    return words(lang)(f"imports.{key}", **values)


@dataclass(frozen=True)
class LinkedInProfile:
    """What the export says about the person, cleaned; empty strings where it says nothing."""

    first_name: str = ""
    last_name: str = ""
    headline: str = ""
    summary: str = ""
    industry: str = ""
    location: str = ""
    member: str = ""  # which file inside the ZIP the profile came from
    position: Position | None = None  # the most recent one in Positions.csv
    skills: tuple[str, ...] = field(default_factory=tuple)  # from Skills.csv, at most 5

    @property
    def name(self) -> str:
        return clean_text(f"{self.first_name} {self.last_name}")


def _key(header: str) -> str:
    return " ".join(header.replace("\ufeff", "").split()).casefold()


def _delimiter(text: str) -> str:
    """Comma as exported; semicolon or tab when a Dutch or Italian spreadsheet re-saved it."""
    lines = text.lstrip("\ufeff").split("\n", HEADER_SEARCH_ROWS)[:HEADER_SEARCH_ROWS]
    counts = {d: max(line.count(d) for line in lines) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def _rows(text: str) -> list[list[str]]:
    # strict: an unbalanced quote is an error, not a profile garbled from there on
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""),
                        delimiter=_delimiter(text), strict=True)
    try:
        return list(reader)
    except csv.Error as exc:
        raise LinkedInError("not_csv", line=reader.line_num, reason=shown(str(exc))) from None


def _header_at(rows: list[list[str]], wanted: frozenset[str]) -> int | None:
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = {_key(h) for h in row}
        if len(keys & wanted) >= 2 and keys & TEXT_COLUMNS:
            return i
    return None


def is_profile_csv(text: str) -> bool:
    """True when `text` has the header of Profile.csv (by column names, in any order)."""
    head = "\n".join(text.splitlines()[:HEADER_SEARCH_ROWS])
    try:
        rows = list(csv.reader(io.StringIO(head.lstrip("\ufeff")), delimiter=_delimiter(head)))
    except csv.Error:
        return False
    return _header_at(rows, PROFILE_COLUMNS) is not None or is_summary_header(rows[:1])


def is_summary_header(rows: list[list[str]]) -> bool:
    return bool(rows) and any(_key(h) in SUMMARY_COLUMNS[:1] for h in rows[0])


def _records(text: str, header_at: int) -> list[dict[str, str]]:
    rows = _rows(text)
    header = [_key(h) for h in rows[header_at]]
    return [dict(zip(header, row, strict=False)) for row in rows[header_at + 1:]
            if any(cell.strip() for cell in row)]


def parse_profile(text: str, member: str = "") -> LinkedInProfile:
    """The person in Profile.csv (the first data row), read by column name."""
    at = _header_at(_rows(text), PROFILE_COLUMNS)
    if at is None:
        raise LinkedInError("no_profile_header")
    records = _records(text, at)
    if not records:
        raise LinkedInError("no_profile_row")
    r = records[0]
    within_bounds(r.get("headline", ""), r.get("summary", ""), LinkedInError)
    return LinkedInProfile(
        first_name=clean_text(r.get("first name", "")),
        last_name=clean_text(r.get("last name", "")),
        headline=clean_text(r.get("headline", "")),
        summary=clean_text(r.get("summary", ""), multiline=True),
        industry=clean_text(r.get("industry", "")),
        location=clean_text(r.get("geo location", "")),
        member=member,
    )


def parse_summary(text: str) -> str:
    """The About text in Profile Summary.csv: its summary column, or its only column."""
    rows = _rows(text)
    if not rows:
        return ""
    header = [_key(h) for h in rows[0]]
    column = next((header.index(c) for c in SUMMARY_COLUMNS if c in header), None)
    if column is None and len(header) == 1:
        column = 0
    if column is None:
        raise LinkedInError("no_summary_column")
    texts = [row[column] for row in rows[1:] if len(row) > column and row[column].strip()]
    return clean_text("\n\n".join(texts), multiline=True)


def decode(data: bytes, member: str = "") -> str:
    """CSV text as LinkedIn writes it (UTF-8, maybe with a BOM) or as a spreadsheet saves it
    (UTF-16 or UTF-32, with or without a byte-order mark). A NUL character is refused: csv
    reads it as part of a column's name, so a header with one would import an empty profile.
    `member` names the file inside a ZIP or an export folder."""
    try:
        text = data.decode(wide_codec(data) or "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LinkedInError("not_utf8", byte=exc.start) from None
    if (at := text.find("\x00")) >= 0:
        line = text.count("\n", 0, at) + 1
        if member:
            raise LinkedInError("member_nul", member=shown(member), line=line)
        raise LinkedInError("nul_character", line=line)
    return text.lstrip("\ufeff")


def shown(name: str) -> str:
    """A member name (or a library's message about one) as a message may print it: every
    control character a visible "?", one line."""
    return for_terminal(name) or "?"


def read_zip(source: Path | IO[bytes]) -> LinkedInProfile:
    """The profile in a LinkedIn export ZIP (a path, or a file already opened): Profile.csv,
    Profile Summary.csv, Positions.csv and Skills.csv in any folder. Bounded: the member
    count, the bytes unpacked and damaged streams are all refused with one line."""
    try:
        with zipfile.ZipFile(source) as zf:
            members = _members(zf)
            budget = [MAX_READ_BYTES]
            # every member read before any is decoded: the budget is for the whole ZIP
            raw = {name: _read_member(zf, info, budget) for name, info in members.items()}
        texts = {name: decode(data, members[name].filename) for name, data in raw.items()}
    except LinkedInError:
        raise
    except zipfile.BadZipFile as exc:
        raise LinkedInError("zip_unreadable", reason=shown(str(exc))) from None
    except (zlib.error, EOFError, NotImplementedError, ValueError, OSError) as exc:
        raise LinkedInError("zip_damaged", reason=shown(str(exc) or type(exc).__name__)
                            ) from None
    except RuntimeError:  # zipfile's error for encrypted members (its words show a ZipInfo)
        raise LinkedInError("zip_encrypted") from None
    return _profile_from(texts, {n: i.filename for n, i in members.items()})


def is_export_folder(path: Path) -> bool:
    """A folder holding an unpacked export (a browser that unzips downloads makes one)."""
    try:
        return os.path.isdir(path) and any(p.name.casefold() == PROFILE for p in path.iterdir())
    except OSError:
        return False


def read_folder(path: Path) -> LinkedInProfile:
    """An unpacked export: the same files as in the ZIP, read from the folder itself (regular
    files only, with the same bounds)."""
    from wizard.core.fileio import NotRegularFile, regular_file

    found = {p.name.casefold(): p for p in sorted(path.iterdir()) if p.name.casefold() in MEMBERS}
    texts: dict[str, str] = {}
    for name, file in found.items():
        try:
            if regular_file(file).st_size > MAX_MEMBER_BYTES:
                raise LinkedInError("member_too_large", member=shown(file.name),
                                    mb=MAX_MEMBER_BYTES // 1_000_000)
            with file.open("rb") as fh:
                texts[name] = decode(fh.read(MAX_MEMBER_BYTES + 1)[:MAX_MEMBER_BYTES], file.name)
        except (NotRegularFile, IsADirectoryError):
            raise LinkedInError("member_not_file", member=shown(file.name)) from None
        except OSError as exc:
            raise LinkedInError("cannot_read_member", member=shown(file.name),
                                reason=shown(exc.strerror or str(exc))) from None
    return _profile_from(texts, {n: f.name for n, f in found.items()})


def _profile_from(texts: dict[str, str], where: dict[str, str]) -> LinkedInProfile:
    """The profile in the export's files (lower-case name -> text)."""
    profile = (parse_profile(texts[PROFILE], where[PROFILE]) if PROFILE in texts
               else LinkedInProfile(member=where.get(PROFILE_SUMMARY, "")))
    if not profile.summary and PROFILE_SUMMARY in texts:
        profile = replace(profile, summary=parse_summary(texts[PROFILE_SUMMARY]))
    if POSITIONS in texts:
        profile = replace(profile, position=parse_positions(texts[POSITIONS]))
    if SKILLS in texts:
        profile = replace(profile, skills=parse_skills(texts[SKILLS]))
    return profile


def _members(zf: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The members we read, by their lower-case file name; the shallowest of each wins (a
    copy nested deeper is more likely an old export)."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise LinkedInError("zip_too_many", n=len(infos), limit=MAX_MEMBERS)
    members: dict[str, zipfile.ZipInfo] = {}
    for info in sorted(infos, key=lambda i: i.filename.count("/")):
        name = PurePosixPath(info.filename).name.casefold()
        if not info.is_dir() and name in MEMBERS:
            members.setdefault(name, info)
    if PROFILE not in members and PROFILE_SUMMARY not in members:
        raise LinkedInError("zip_no_profile")
    return members


def parse_positions(text: str) -> Position | None:
    """The most recent position in Positions.csv (Title, Company Name, Started On, Finished On)."""
    rows = _rows(text)
    at = next((i for i, row in enumerate(rows[:HEADER_SEARCH_ROWS])
               if {"title", "company name"} <= {_key(h) for h in row}), None)
    if at is None:
        return None
    return latest_position(
        Position(clean_text(r.get("title", "")), clean_text(r.get("company name", "")),
                 clean_text(r.get("started on", "")), clean_text(r.get("finished on", "")))
        for r in _records(text, at))


def parse_skills(text: str) -> tuple[str, ...]:
    """At most five sensible skills from Skills.csv (its `Name` column), in the export's order."""
    rows = _rows(text)
    at = next((i for i, row in enumerate(rows[:HEADER_SEARCH_ROWS])
               if "name" in {_key(h) for h in row}), None)
    if at is None:
        return ()
    return sensible_skills(r.get("name", "") for r in _records(text, at))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: list[int]) -> bytes:
    name = shown(info.filename)
    if info.file_size > MAX_MEMBER_BYTES:
        raise LinkedInError("member_too_large", member=name, mb=MAX_MEMBER_BYTES // 1_000_000)
    with zf.open(info) as fh:
        data = fh.read(min(MAX_MEMBER_BYTES, budget[0]) + 1)  # the size in the directory can lie
    if len(data) > MAX_MEMBER_BYTES:
        raise LinkedInError("member_too_large", member=name, mb=MAX_MEMBER_BYTES // 1_000_000)
    budget[0] -= len(data)
    if budget[0] < 0:
        raise LinkedInError("zip_bomb", mb=MAX_READ_BYTES // 1_000_000)
    return data


def read_csv(text: str) -> LinkedInProfile:
    """A Profile.csv (or a Profile Summary.csv) saved on its own."""
    rows = _rows(text)
    if _header_at(rows, PROFILE_COLUMNS) is None and is_summary_header(rows[:1]):
        return LinkedInProfile(summary=parse_summary(text))
    return parse_profile(text)
