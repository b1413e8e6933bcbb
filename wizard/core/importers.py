"""Provides reading an existing profile by its content: LinkedIn export, JSON Resume, answers."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import field
from pathlib import Path
from typing import IO, Any, Literal

from wizard.core import jsonresume, linkedin, parsing
from wizard.core.checks import Facts
from wizard.core.dataclass_cache import dataclass
from wizard.core.errors import os_reason
from wizard.core.langguess import guess_language
from wizard.core.languages import available_languages
from wizard.core.linkedin import say
from wizard.core.model import Answers, AnswersError, Value, from_document
from wizard.core.positions import suggestions
from wizard.core.record import Before as Before  # re-exported: exporters and the app use it
from wizard.core.record import Edit
from wizard.core.record_file import FILE_TABLES, record_tables
from wizard.core.render import Rendered, measure
from wizard.core.sanitize import for_terminal

Kind = Literal["linkedin", "jsonresume", "answers"]
MAX_BYTES = 5_000_000  # far more than any profile text; keeps a wrong file from filling memory
MAX_ZIP_BYTES = 500_000_000  # LinkedIn's complete archive (with media) stays well under this
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
# Lines only an answers file has: how a broken one is told apart from some other text file.
_ANSWERS_HINT = re.compile(r"^\s*(schema|lang)\s*=|^\s*\[(person|future|drivers|expertise|"
                           r"statement|offer|invitation)\]", re.MULTILINE)


class ImportFileError(ValueError):
    """A file that cannot be imported; the message is one line naming the file and the problem.

    Not called ImportError: that would hide Python's own exception of the same name.
    """

    @classmethod
    def at(cls, path: Path | str, key: str, **values: Any) -> ImportFileError:
        """`path: <the words of imports.key>`, one line safe for a terminal."""
        return cls(f"{shown(path)}: {say(key, **values)}")


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
    """Read `path` as whatever it holds; every problem raises ImportFileError naming the file.
    Only a regular file is read (a FIFO or a device would wait forever or never end), and a
    file swapped after the check is not read: everything comes from the one descriptor."""
    try:
        if linkedin.is_export_folder(path):  # unpacked by the browser
            imported = _from_linkedin(path, linkedin.read_folder(path), "LinkedIn export")
        else:
            with _open_regular(path) as fh:
                imported = _read(path, fh)
        imported.seed()  # a name or suggestion over an answer's limit is this file's one line
    except (linkedin.LinkedInError, jsonresume.JSONResumeError) as exc:
        raise ImportFileError(f"{shown(path)}: {shown(str(exc))}") from None
    except AnswersError as exc:
        raise ImportFileError(shown(exc.at(path).message())) from None
    if imported.kind != "answers" and not (imported.name or imported.suggested or (
            imported.before and (imported.before.headline or imported.before.summary))):
        # a header that only looks like LinkedIn's, or cells of control characters alone:
        # an empty profile named after the file would look like a successful import
        raise ImportFileError.at(path, "nothing_found")
    if imported.before:
        imported.checks = check_before(imported.before, imported.lang, name=imported.name)
    return imported


def _open_regular(path: Path) -> IO[bytes]:
    try:
        # O_NONBLOCK: a FIFO planted under the name must not hang the open itself
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ImportFileError.at(path, "no_such_file") from None
    except IsADirectoryError:
        raise ImportFileError.at(path, "is_directory") from None
    except OSError as exc:
        raise ImportFileError.at(path, "cannot_read", reason=os_reason(exc)) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):  # a folder, a FIFO, a device, a socket
        os.close(fd)
        raise ImportFileError.at(path, "is_directory" if stat.S_ISDIR(mode) else "not_regular")
    os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def _read(path: Path, fh: IO[bytes]) -> Imported:
    try:
        head = fh.read(4)
        if head in _ZIP_MAGIC:  # read by zipfile, member by member, from this descriptor
            if os.fstat(fh.fileno()).st_size > MAX_ZIP_BYTES:
                raise ImportFileError.at(path, "too_large", mb=MAX_ZIP_BYTES // 1_000_000)
            fh.seek(0)
            return _from_linkedin(path, linkedin.read_zip(fh), "LinkedIn export")
        data = head + fh.read(MAX_BYTES + 1 - len(head))
    except OSError as exc:
        raise ImportFileError.at(path, "cannot_read", reason=os_reason(exc)) from None
    if len(data) > MAX_BYTES:
        raise ImportFileError.at(path, "too_large", mb=MAX_BYTES // 1_000_000)
    if not data.lstrip(b"\xef\xbb\xbf").strip():
        raise ImportFileError.at(path, "empty")
    text = linkedin.decode(data)
    if text.lstrip("\ufeff").lstrip()[:1] in ("{", "["):
        return _from_json(path, text)
    if linkedin.is_profile_csv(text):
        return _from_linkedin(path, linkedin.read_csv(text), "LinkedIn profile")
    return _from_answers(path, _parsed(path, text, "toml"))


# What the bounded parser's problems are called here, where a file may be any of three kinds.
_IMPORT_WORDS = {"nested_too_deeply": {"toml": "toml_too_deep", "json": "json_too_deep"},
                 "json_not_object": {"json": "json_not_object"},
                 "empty_file": {"json": "empty", "toml": "empty"},
                 "number_too_long": {"json": "too_many_digits", "toml": "too_many_digits"}}


def _parsed(path: Path, text: str, fmt: Literal["toml", "json"]) -> dict[str, Any]:
    """The document in `text`, read within the bounds an answers file is read in (a 100,000-part
    dotted key, a key given twice, an integer of 5,000 digits: wizard.core.parsing); every
    problem is one line naming `path`."""
    try:
        return parsing.parse(text.lstrip("\ufeff"), fmt)
    except parsing.ParseProblem as exc:
        if exc.key in _IMPORT_WORDS:
            raise ImportFileError.at(path, _IMPORT_WORDS[exc.key][fmt]) from None
        if exc.key == "not_json":
            raise ImportFileError.at(path, "not_json", reason=exc.values["detail"],
                                     line=exc.values["line"], column=exc.values["column"]) from None
        if exc.key == "not_toml" and not _ANSWERS_HINT.search(text):
            raise ImportFileError.at(path, "unknown_kind") from None
        raise AnswersError(exc.key, **exc.values).at(path) from None


def _from_json(path: Path, text: str) -> Imported:
    doc = _parsed(path, text, "json")
    if jsonresume.is_resume(doc):
        b = jsonresume.parse(doc)
        lang = b.lang if b.lang in available_languages() else guess_language(b.label, b.summary)
        before = Before(b.label, b.summary, f"JSON Resume {path.name}")
        return Imported(path, "jsonresume", b.name, lang, before=before,
                        suggested=dict(suggestions(b.position, b.skills)))
    if "schema" in doc or "lang" in doc:
        return _from_answers(path, doc)
    raise ImportFileError.at(path, "json_unknown")


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
    """A path or message as the terminal may show it: every control character a visible "?"."""
    return for_terminal(str(path)) or "?"
