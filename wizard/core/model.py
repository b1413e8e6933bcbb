"""Provides the answers model (schema 1): fields, loading TOML/JSON, validation and saving."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Collection, Mapping
from dataclasses import field
from pathlib import Path
from typing import Any, Literal

from wizard.core import parsing
from wizard.core.dataclass_cache import dataclass
from wizard.core.errors import Phrase, UserError
from wizard.core.languages import available_languages
from wizard.core.sanitize import clean_list, clean_text

SCHEMA = 1
# How the texts address the reader; absent, the language's usual register on LinkedIn.
REGISTERS: tuple[str, ...] = ("informal", "formal")

Kind = Literal["text", "list", "bool"]
Value = str | list[str] | bool

# The most one answer, one list and one item of a list may hold. Far beyond any question
# (its advice is at most 200 characters and 5 items), and small enough that a profile with
# every answer at the limit renders in a second or two: every text is made from every answer
# in several variants, and a 900,000-character answer took minutes (and froze the app).
MAX_ANSWER_CHARS = 2_000
MAX_ITEMS = 20
MAX_ITEM_CHARS = 500


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


class AnswersError(UserError):
    """An answers file or value that cannot be used; the message is one line for the user
    (a key of ui/errors.toml and its values, see wizard.core.errors)."""


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

    def fingerprint(self) -> tuple[object, ...]:
        """Every answer, the language and the register, hashable: equal exactly when all of
        them are (a cheap test of "changed since", where serialising would cost more)."""
        return self.lang, self.register, tuple(
            (k, tuple(v) if isinstance(v, list) else v) for k, v in sorted(self.values.items()))

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
    raise AnswersError("unknown_key", key=key)


def _coerce(f: Field, value: object, where: str, bounded: bool = True) -> Value:
    if f.kind == "bool":
        if not isinstance(value, bool):
            raise AnswersError("must_be_bool", key=where, what=_describe(value))
        return value
    if f.kind == "list":
        if isinstance(value, str):
            raise AnswersError("list_not_text", key=where)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise AnswersError("must_be_list", key=where, what=_describe(value))
        if bounded and len(value) > MAX_ITEMS:
            raise AnswersError("too_many_items", key=where, n=len(value), limit=MAX_ITEMS)
        items = clean_list(value)
        for item in items:
            _within(item, MAX_ITEM_CHARS, "item_too_big", where, bounded)
        return items
    if not isinstance(value, str):
        raise AnswersError("must_be_text", key=where, what=_describe(value))
    return _within(clean_text(value), MAX_ANSWER_CHARS, "answer_too_big", where, bounded)


def _within(text: str, limit: int, code: str, where: str, bounded: bool) -> str:
    if bounded and len(text) > limit:
        raise AnswersError(code, key=where, length=len(text), limit=limit)
    return text


def _describe(value: object) -> Phrase:
    """What a value is, in words of the pack ("a number", "a table")."""
    if value is None:  # JSON null
        return Phrase("what_null")
    if isinstance(value, bool):
        return Phrase("what_bool")
    if isinstance(value, int | float):
        return Phrase("what_number")
    if isinstance(value, list):
        plain = all(isinstance(v, str) for v in value)
        return Phrase("what_list" if plain else "what_mixed_list")
    if isinstance(value, dict):
        return Phrase("what_table")
    if isinstance(value, str):
        return Phrase("what_text")
    return Phrase("what_other")


def from_document(doc: Mapping[str, Any], *, partial: bool = False,
                  extensions: Collection[str] = (), bounded: bool = True) -> Answers:
    """Build Answers from a parsed document; `partial` allows missing required answers.

    `extensions` names top-level tables the caller reads itself (wizard/core/record.py:
    `variants`, `edits`); without it they are unknown keys, so nothing is ignored silently.
    `bounded=False` reads answers over the limits (MAX_ANSWER_CHARS…) too: the profile store's
    own, kept before there were limits, must still open, not be lost.
    """
    if "schema" not in doc:
        raise AnswersError("missing_schema")
    schema = doc["schema"]
    if isinstance(schema, bool) or not isinstance(schema, int):
        shown = str(schema) if isinstance(schema, float) else _describe(schema)  # "not 1.0"
        raise AnswersError("schema_not_whole", what=shown)
    if schema > SCHEMA:
        raise AnswersError("schema_newer", schema=schema, supported=SCHEMA)
    if schema < 1:
        raise AnswersError("schema_too_low", schema=schema, supported=SCHEMA)
    if "lang" not in doc:
        raise AnswersError("missing_lang", langs=_langs())
    lang = doc["lang"]
    if not isinstance(lang, str):
        raise AnswersError("lang_not_text", what=_describe(lang))
    if lang not in available_languages():
        raise AnswersError("unknown_lang", lang=lang, langs=_langs())
    register = doc.get("register", "")
    if register not in ("", *REGISTERS):
        shown = f"'{register}'" if isinstance(register, str) else _describe(register)
        raise AnswersError("bad_register", what=shown)
    answers = Answers(lang, register=register)
    for section, body in doc.items():
        if section in ("schema", "lang", "register") or section in extensions:
            continue
        if section not in SECTIONS:
            raise AnswersError("unknown_key", key=section)
        if not isinstance(body, Mapping):
            raise AnswersError("section_not_table", key=section, what=_describe(body))
        for name, value in body.items():
            key = f"{section}.{name}"
            answers.values[key] = _coerce(FIELD_BY_KEY.get(key) or _unknown(key), value, key,
                                          bounded)
    if not partial and answers.missing():
        # named by key and by question: the catalogue is read only when one is missing
        from wizard.core.catalogue import missing_phrase

        phrase = missing_phrase(answers)
        assert phrase is not None
        raise AnswersError(phrase.key, **phrase.values)
    return answers


def _langs() -> tuple[str, ...]:
    return available_languages()


def parse(text: str, fmt: Literal["toml", "json"]) -> dict[str, Any]:
    """Parse answers-file text within bounds (see wizard.core.parsing); every problem is one
    AnswersError line with a position where there is one."""
    try:
        return parsing.parse(text, fmt)
    except parsing.ParseProblem as exc:
        raise AnswersError(exc.key, **exc.values) from None


def format_of(path: Path) -> Literal["toml", "json"]:
    return "json" if path.suffix.lower() == ".json" else "toml"


# Every answer at its longest is a few kB; a file this big is something else (a log, a dump)
# and parsing it would only keep the user waiting for the same error. tomllib is pure Python:
# at this size its slowest input still parses in well under a second.
MAX_BYTES = 1_000_000


def load(path: Path, *, partial: bool = False,
         extensions: dict[str, Any] | None = None) -> Answers:
    """Read an answers file; every problem raises AnswersError naming the file.

    `extensions` maps the names of extra top-level tables the caller reads itself to None;
    each is replaced by the file's table (None when absent). See from_document.
    """
    try:
        return _load(path, partial, extensions)
    except AnswersError as exc:
        raise exc.at(path) from None


def read_bounded(path: Path, limit: int, too_large: str = "too_large") -> bytes:
    """The bytes of the regular file at `path`, when there are at most `limit`; every problem
    an AnswersError (`too_large` names the one for a bigger file)."""
    from wizard.core.fileio import NotRegularFile, regular_file

    try:
        size = regular_file(path).st_size  # a FIFO would wait forever, a device never end
        if size > limit:
            raise AnswersError(too_large, size=size, limit=limit)
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)  # the size can grow while it is read
    except FileNotFoundError:
        raise AnswersError("no_such_file") from None
    except IsADirectoryError:
        raise AnswersError("is_directory") from None
    except NotRegularFile:
        raise AnswersError("not_regular_file") from None
    except OSError as exc:
        raise AnswersError("cannot_read", reason=exc.strerror or exc) from None
    if len(raw) > limit:
        raise AnswersError(too_large, size=len(raw), limit=limit)
    return raw


def decode(raw: bytes) -> str:
    """`raw` as UTF-8 text (a byte-order mark dropped); AnswersError for anything else."""
    # UTF-16 (Notepad's "Unicode") has a NUL beside every ASCII character, which is valid
    # UTF-8: without this test it would fail later with a baffling syntax error
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or \
            max(raw[0::2].count(0), raw[1::2].count(0)) > len(raw) // 4 > 0:
        # UTF-32 starts with UTF-16's mark too, and has three NULs beside each ASCII letter
        wide = raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) or \
            raw.count(0) > len(raw) // 2
        raise AnswersError("utf16", encoding="UTF-32" if wide else "UTF-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AnswersError("not_utf8", byte=exc.start) from None


def _load(path: Path, partial: bool, extensions: dict[str, Any] | None) -> Answers:
    text = decode(read_bounded(path, MAX_BYTES))
    doc = parse(text, format_of(path))
    if extensions is not None:
        extensions.update({name: doc.get(name) for name in extensions})
    return from_document(doc, partial=partial, extensions=tuple(extensions or ()))


def dumps(answers: Answers, fmt: Literal["toml", "json"] = "toml") -> str:
    doc = answers.to_document()
    if fmt == "json":
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    import tomli_w

    return tomli_w.dumps(doc)


def save(answers: Answers, path: Path) -> Path:
    """Write `answers` atomically and privately (wizard.core.fileio.write_private: a crash
    never leaves half a file, a planted link is never followed); returns the file written."""
    from wizard.core.fileio import write_private

    return write_private(path, dumps(answers, format_of(path)), make_folder=False)

