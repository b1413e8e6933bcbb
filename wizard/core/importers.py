"""Provides reading an existing profile by its content: LinkedIn export, JSON Resume, answers."""

from __future__ import annotations

import json
import os
import re
import stat
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from wizard.core import jsonresume, linkedin
from wizard.core.checks import Facts
from wizard.core.langguess import guess_language
from wizard.core.languages import available_languages
from wizard.core.model import Answers, AnswersError, Value, from_document
from wizard.core.positions import suggestions
from wizard.core.record import FILE_TABLES, Edit, record_tables
from wizard.core.record import Before as Before  # re-exported: exporters and the app use it
from wizard.core.render import Rendered, measure
from wizard.core.sanitize import clean_text

Kind = Literal["linkedin", "jsonresume", "answers"]
MAX_BYTES = 5_000_000  # far more than any profile text; keeps a wrong file from filling memory
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
# Lines only an answers file has: how a broken one is told apart from some other text file.
_ANSWERS_HINT = re.compile(r"^\s*(schema|lang)\s*=|^\s*\[(person|future|drivers|expertise|"
                           r"statement|offer|invitation)\]", re.MULTILINE)


class ImportFileError(ValueError):
    """A file that cannot be imported; the message is one line naming the file and the problem.

    Not called ImportError: that would hide Python's own exception of the same name.
    """


@dataclass
class Imported:
    """What a file gave: the person's name, a language guess, the old texts or the answers."""

    path: Path
    kind: Kind
    name: str
    lang: str | None  # None when the texts do not show the language clearly
    before: Before | None = None
    answers: Answers | None = None
    details: dict[str, str] = field(default_factory=dict)  # industry, location: shown only
    checks: dict[str, Rendered] = field(default_factory=dict)  # the old texts, checked
    # answers the file suggests (role and organisation from the latest position, expertise
    # areas from skills): filled in for the person to confirm, never over their own words
    suggested: dict[str, Value] = field(default_factory=dict)
    variants: dict[str, str] = field(default_factory=dict)  # an answers file's choices
    edits: dict[str, Edit] = field(default_factory=dict)  # and its hand edits

    def seed(self) -> Answers:
        """Answers to start the wizard from: the file's own, or the name and suggestions."""
        if self.answers is not None:
            return self.answers.copy()
        answers = Answers(check_language(self.lang))
        if self.name:
            answers.set("person.name", self.name)
        for key, value in self.suggested.items():
            answers.set(key, value)
        return answers


def check_language(lang: str | None) -> str:
    """The language to check in: the guess when it has checks, else English."""
    return lang if lang in available_languages() else "en"


def check_before(before: Before, lang: str | None, *, name: str = "",
                 premium: bool = False) -> dict[str, Rendered]:
    """The old headline and summary counted and checked as a new text would be.

    Only the name is given as a fact: the old text is not expected to carry the new role or
    offer, and flagging that would bury what is really wrong with it.
    """
    facts = Facts(name=name)
    lang = check_language(lang)
    return {output: measure(output, text, lang, premium=premium, facts=facts, variant="before")
            for output, text in (("headline", before.headline), ("summary", before.summary))
            if text}


def read_any(path: Path) -> Imported:
    """Read `path` as whatever it holds; every problem raises ImportFileError naming the file."""
    try:
        imported = _read(path, _read_bytes(path))
    except (linkedin.LinkedInError, jsonresume.JSONResumeError, AnswersError) as exc:
        raise ImportFileError(shown(f"{path}: {exc}")) from None
    except ImportFileError as exc:  # names from outside (file, member) reach the terminal
        raise ImportFileError(shown(str(exc))) from None
    if imported.before:
        imported.checks = check_before(imported.before, imported.lang, name=imported.name)
    return imported


def _read_bytes(path: Path) -> bytes:
    try:
        # O_NONBLOCK: a FIFO planted under the name must not hang the open; only a regular
        # file is read (a FIFO, a device or a socket would wait forever or never end)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as fh:
            mode = os.fstat(fh.fileno()).st_mode
            if stat.S_ISDIR(mode):
                raise IsADirectoryError
            if not stat.S_ISREG(mode):
                raise ImportFileError(f"{shown(path)}: not a regular file (a pipe or a "
                                      "device); give the ZIP, CSV or JSON file itself")
            data = fh.read(4)
            if data not in _ZIP_MAGIC:  # a ZIP is read by zipfile, member by member
                data += fh.read(MAX_BYTES + 1 - len(data))
    except FileNotFoundError:
        raise ImportFileError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ImportFileError(f"{path}: is a directory; give the ZIP or CSV file") from None
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_BYTES:
        raise ImportFileError(f"{path}: too large for a profile (over {MAX_BYTES // 1_000_000} MB)")
    if not data.strip():
        raise ImportFileError(f"{path}: the file is empty")
    return data


def _read(path: Path, data: bytes) -> Imported:
    if data[:4] in _ZIP_MAGIC:
        return _from_linkedin(path, linkedin.read_zip(path), "LinkedIn export")
    text = linkedin.decode(data)
    if text.lstrip()[:1] in ("{", "["):
        return _from_json(path, text)
    if linkedin.is_profile_csv(text):
        return _from_linkedin(path, linkedin.read_csv(text), "LinkedIn profile")
    try:
        doc = tomllib.loads(text)
    except RecursionError:
        raise ImportFileError(f"{path}: the TOML is nested too deeply") from None
    except tomllib.TOMLDecodeError as exc:
        if _ANSWERS_HINT.search(text):
            raise AnswersError(f"not valid TOML: {exc}") from None
        raise ImportFileError(
            f"{path}: not a LinkedIn export (ZIP or Profile.csv), a JSON Resume or an answers "
            "file") from None
    except ValueError as exc:  # an integer over Python's 4,300 digits
        raise ImportFileError(f"{path}: {_too_big(exc)}") from None
    return _from_answers(path, doc)


def _from_json(path: Path, text: str) -> Imported:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(f"{path}: not valid JSON: {exc.msg} "
                              f"(line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise ImportFileError(f"{path}: the JSON is nested too deeply to be a resume") from None
    except ValueError as exc:  # Python's limit on digits in an integer (4,300)
        raise ImportFileError(f"{path}: {_too_big(exc)}") from None
    if not isinstance(doc, dict):
        raise ImportFileError(f"{path}: the JSON is not an object, so neither a JSON Resume "
                              "nor an answers file")
    if jsonresume.is_resume(doc):
        b = jsonresume.parse(doc)
        lang = b.lang if b.lang in available_languages() else guess_language(b.label, b.summary)
        before = Before(b.label, b.summary, f"JSON Resume {path.name}")
        return Imported(path, "jsonresume", b.name, lang, before=before,
                        suggested=dict(suggestions(b.position, b.skills)))
    if "schema" in doc or "lang" in doc:
        return _from_answers(path, doc)
    raise ImportFileError(f"{path}: JSON without 'basics' (JSON Resume) or 'schema' "
                          "(answers file)")


def _from_answers(path: Path, doc: dict[str, Any]) -> Imported:
    # partial: an unfinished profile is worth importing; the wizard asks for what is missing
    answers = from_document(doc, partial=True, extensions=FILE_TABLES)
    variants, edits = record_tables(doc, answers)
    return Imported(path, "answers", answers.text("person.name"), answers.lang, answers=answers,
                    variants=variants, edits=edits)


def _from_linkedin(path: Path, p: linkedin.LinkedInProfile, label: str) -> Imported:
    before = Before(p.headline, p.summary, f"{label} {path.name}")
    details = {k: v for k, v in (("industry", p.industry), ("location", p.location)) if v}
    return Imported(path, "linkedin", p.name, guess_language(p.headline, p.summary),
                    before=before, details=details,
                    suggested=dict(suggestions(p.position, p.skills)))


def shown(path: Path | str) -> str:
    """A path as an error message may print it: no escape sequences or control characters."""
    return clean_text(str(path)) or "?"


def _too_big(exc: ValueError) -> str:
    if "digits" in str(exc):
        return "a number with too many digits (over 4,300): not a profile"
    return f"cannot be read ({clean_text(str(exc))})"
