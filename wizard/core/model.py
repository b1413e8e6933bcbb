"""Provides the answers model (schema 1): fields, loading TOML/JSON, validation and saving."""

from __future__ import annotations

import json
import tomllib
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from wizard.core.languages import available_languages
from wizard.core.sanitize import clean_list, clean_text

SCHEMA = 1
# How the texts address the reader; absent, the language's usual register on LinkedIn.
REGISTERS: tuple[str, ...] = ("informal", "formal")

Kind = Literal["text", "list", "bool"]
Value = str | list[str] | bool


@dataclass(frozen=True)
class Field:
    """One answer in the file: its dotted key, its kind and whether it is required."""

    key: str
    kind: Kind
    required: bool

    @property
    def section(self) -> str:
        return self.key.split(".", 1)[0]

    @property
    def name(self) -> str:
        return self.key.split(".", 1)[1]

    def empty(self) -> Value:
        return [] if self.kind == "list" else False if self.kind == "bool" else ""


FIELDS: tuple[Field, ...] = (
    Field("person.name", "text", True),
    Field("person.role", "text", True),
    Field("person.organisation", "text", False),
    Field("person.premium", "bool", False),
    Field("future.doing", "text", True),
    Field("future.change", "text", False),
    Field("future.learn", "text", False),
    Field("future.audience", "text", True),
    Field("drivers.values", "list", True),
    Field("drivers.why", "text", False),
    Field("expertise.areas", "list", True),
    Field("expertise.proof", "text", False),
    Field("expertise.insight", "text", False),
    Field("statement.stand_for", "text", True),
    Field("statement.way_of_working", "text", False),
    Field("statement.boundary", "text", False),
    Field("offer.help", "text", True),
    Field("offer.call_to_action", "text", False),
    Field("invitation.recipient", "text", False),
    Field("invitation.context", "text", False),
)
FIELD_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(f.section for f in FIELDS))


class AnswersError(ValueError):
    """An answers file or value that cannot be used; the message is one line for the user."""


@dataclass
class Answers:
    """A person's answers: the language and a value for every field (empty when not answered)."""

    lang: str = "en"
    values: dict[str, Value] = field(default_factory=dict)
    register: str = ""  # "informal", "formal", or "" for the language's default

    def __post_init__(self) -> None:
        for f in FIELDS:
            self.values.setdefault(f.key, f.empty())

    def __getitem__(self, key: str) -> Value:
        return self.values[key]

    def text(self, key: str) -> str:
        value = self.values[key]
        return value if isinstance(value, str) else ""

    def items(self, key: str) -> list[str]:
        value = self.values[key]
        return list(value) if isinstance(value, list) else []

    @property
    def premium(self) -> bool:
        return self.values["person.premium"] is True

    def set(self, key: str, value: Value) -> None:
        """Store a cleaned `value` under `key` (raises AnswersError for a wrong key or type)."""
        self.values[key] = _coerce(FIELD_BY_KEY.get(key) or _unknown(key), value, key)

    def is_answered(self, key: str) -> bool:
        """True when the answer says something: ", ." alone is kept but does not count."""
        value = self.values[key]
        if isinstance(value, bool):
            return True
        return any(map(says_something, value)) if isinstance(value, list) \
            else says_something(value)

    def missing(self) -> list[str]:
        """The required keys that have no answer yet, in catalogue order."""
        return [f.key for f in FIELDS if f.required and not self.is_answered(f.key)]

    def is_complete(self) -> bool:
        return not self.missing()

    def copy(self) -> Answers:
        return Answers(self.lang, {k: list(v) if isinstance(v, list) else v
                                   for k, v in self.values.items()}, self.register)

    def to_document(self) -> dict[str, Any]:
        """The nested mapping written to TOML/JSON: answered fields only, in catalogue order."""
        doc: dict[str, Any] = {"schema": SCHEMA, "lang": self.lang}
        if self.register:
            doc["register"] = self.register
        for f in FIELDS:
            value = self.values[f.key]
            if f.kind == "bool" and value is not True:
                continue
            if f.kind != "bool" and not value:
                continue
            doc.setdefault(f.section, {})[f.name] = value
        return doc


def says_something(text: str) -> bool:
    """Has a letter, digit or symbol (an emoji counts); punctuation and spaces alone do not."""
    return any(ch.isalnum() or unicodedata.category(ch)[0] == "S" for ch in text)


def _unknown(key: str) -> Field:
    raise AnswersError(f"unknown key '{key}'")


def _coerce(f: Field, value: object, where: str) -> Value:
    if f.kind == "bool":
        if not isinstance(value, bool):
            raise AnswersError(f"'{where}' must be true or false, not {_describe(value)}")
        return value
    if f.kind == "list":
        if isinstance(value, str):
            raise AnswersError(
                f"'{where}' must be a list of texts, like [\"a\", \"b\"], not a text")
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise AnswersError(f"'{where}' must be a list of texts, not {_describe(value)}")
        return clean_list(value)
    if not isinstance(value, str):
        raise AnswersError(f"'{where}' must be a text, not {_describe(value)}")
    return clean_text(value)


def _describe(value: object) -> str:
    if value is None:  # JSON null
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list" if all(isinstance(v, str) for v in value) else "a list with non-text items"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, str):
        return "a text"
    return type(value).__name__


def from_document(doc: Mapping[str, Any], *, partial: bool = False,
                  extensions: Collection[str] = ()) -> Answers:
    """Build Answers from a parsed document; `partial` allows missing required answers.

    `extensions` names top-level tables the caller reads itself (wizard/core/record.py:
    `variants`, `edits`); without it they are unknown keys, so nothing is ignored silently.
    """
    if "schema" not in doc:
        raise AnswersError("missing 'schema' (add `schema = 1` at the top)")
    schema = doc["schema"]
    if isinstance(schema, bool) or not isinstance(schema, int):
        shown = schema if isinstance(schema, float) else _describe(schema)  # "not 1.0"
        raise AnswersError(f"'schema' must be a whole number, not {shown}")
    if schema > SCHEMA:
        raise AnswersError(
            f"made by a newer version of profile-wizard (schema {schema}; this version reads "
            f"schema {SCHEMA}): upgrade profile-wizard"
        )
    if schema < 1:
        raise AnswersError(f"'schema' must be {SCHEMA}, not {schema}")
    if "lang" not in doc:
        raise AnswersError("missing required answer 'lang' (one of " + _langs() + ")")
    lang = doc["lang"]
    if not isinstance(lang, str):
        raise AnswersError(f"'lang' must be a text, not {_describe(lang)}")
    if lang not in available_languages():
        raise AnswersError(f"unknown language '{lang}' in 'lang' (use one of {_langs()})")
    register = doc.get("register", "")
    if register not in ("", *REGISTERS):
        shown = f"'{register}'" if isinstance(register, str) else _describe(register)
        raise AnswersError(f"'register' must be \"informal\" or \"formal\", not {shown}")
    answers = Answers(lang, register=register)
    for section, body in doc.items():
        if section in ("schema", "lang", "register") or section in extensions:
            continue
        if section not in SECTIONS:
            raise AnswersError(f"unknown key '{section}'")
        if not isinstance(body, Mapping):
            raise AnswersError(f"'{section}' must be a table of answers, not {_describe(body)}")
        for name, value in body.items():
            key = f"{section}.{name}"
            answers.values[key] = _coerce(FIELD_BY_KEY.get(key) or _unknown(key), value, key)
    if not partial and (missing := answers.missing()):
        raise AnswersError(f"missing required answer '{missing[0]}'" + _more(missing))
    return answers


def _more(missing: list[str]) -> str:
    return f" (and {len(missing) - 1} more: {', '.join(missing[1:])})" if len(missing) > 1 else ""


def _langs() -> str:
    return ", ".join(available_languages())


def parse(text: str, fmt: Literal["toml", "json"]) -> dict[str, Any]:
    """Parse answers-file text; syntax errors become one-line AnswersErrors with a position."""
    if fmt == "json":
        try:
            doc = json.loads(text)
        except json.JSONDecodeError as exc:
            raise AnswersError(
                f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
        except RecursionError:
            raise AnswersError("not an answers file: the JSON is nested too deeply") from None
        if not isinstance(doc, dict):
            raise AnswersError("not an answers file: the JSON must be an object")
        return doc
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise AnswersError(f"not valid TOML: {exc}") from None
    except RecursionError:
        raise AnswersError("not an answers file: the TOML is nested too deeply") from None


def format_of(path: Path) -> Literal["toml", "json"]:
    return "json" if path.suffix.lower() == ".json" else "toml"


# Every answer at its longest is a few kB; a file this big is something else (a log, a dump)
# and parsing it would only keep the user waiting for the same error.
MAX_BYTES = 2_000_000


def load(path: Path, *, partial: bool = False,
         extensions: dict[str, Any] | None = None) -> Answers:
    """Read an answers file; every problem raises AnswersError naming the file.

    `extensions` maps the names of extra top-level tables the caller reads itself to None;
    each is replaced by the file's table (None when absent). See from_document.
    """
    try:
        if path.exists() and not path.is_dir() and not path.is_file():
            # a FIFO or a device: reading would wait forever or never end
            raise AnswersError(f"{path}: not a regular file")
        if path.is_file() and (size := path.stat().st_size) > MAX_BYTES:
            raise AnswersError(f"{path}: too large for an answers file ({size:,} bytes; "
                               f"the limit is {MAX_BYTES:,})")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise AnswersError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise AnswersError(f"{path}: is a directory, not an answers file") from None
    except OSError as exc:
        raise AnswersError(f"{path}: cannot read ({exc.strerror})") from None
    # UTF-16 (Notepad's "Unicode") has a NUL beside every ASCII character, which is valid
    # UTF-8: without this test it would fail later with a baffling syntax error
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or \
            max(raw[0::2].count(0), raw[1::2].count(0)) > len(raw) // 4 > 0:
        raise AnswersError(f"{path}: not UTF-8 text (it is UTF-16): save it as UTF-8")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnswersError(f"{path}: not UTF-8 text (byte {exc.start}; "
                           "is it a binary file?)") from None
    try:
        doc = parse(text, format_of(path))
        if extensions is not None:
            extensions.update({name: doc.get(name) for name in extensions})
        return from_document(doc, partial=partial, extensions=tuple(extensions or ()))
    except AnswersError as exc:
        raise AnswersError(f"{path}: {exc}") from None


def dumps(answers: Answers, fmt: Literal["toml", "json"] = "toml") -> str:
    doc = answers.to_document()
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    import tomli_w

    return tomli_w.dumps(doc)


def save(answers: Answers, path: Path) -> None:
    """Write `answers` atomically (a crash never leaves half a file)."""
    data = dumps(answers, format_of(path))
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(data, encoding="utf-8")
    tmp.replace(path)

