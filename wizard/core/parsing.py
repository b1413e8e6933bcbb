"""Provides bounded parsing of TOML and JSON text: every input ends fast, with one clear problem.

The parsers alone are not enough for text from outside. tomllib takes time quadratic in the
parts of a dotted key (a 200 KB key of 100,000 parts runs for minutes and takes gigabytes),
json keeps the last of two equal keys without a word, both refuse integers over 4,300 digits
with a ValueError meant for programmers, and deep nesting exhausts Python's recursion. Each
of these is caught here, before or while parsing, and told as a problem with a key of
ui/errors.toml.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from wizard.core.errors import Phrase

# A key of an answers file has two parts (person.name); a hundred times as many is no answers
# file, and below this tomllib's quadratic cost is a few milliseconds.
MAX_KEY_PARTS = 64

# Strings and comments, blanked before the dotted keys are looked for: a dot inside an answer
# ("e.g. this...") is no part of a key. Each alternative starts with its own character, so the
# scan is linear.
_STRINGS_AND_COMMENTS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^']|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'[^'\n]*'"
    r"|#[^\n]*",
    re.DOTALL,
)
# possessive, and only from the start of a word: a 5,000-digit number is scanned once, not
# once from each of its digits
_PART = r"(?:[A-Za-z0-9_-]++|\x00)"
_LONG_KEY = re.compile(
    rf"(?<![A-Za-z0-9_-]){_PART}(?:[ \t]*+\.[ \t]*+{_PART}){{{MAX_KEY_PARTS},}}")


class ParseProblem(ValueError):
    """Why a text cannot be parsed: a key of ui/errors.toml and its values."""

    def __init__(self, key: str, /, **values: Any) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


class _Pairs(list[tuple[str, Any]]):
    """A JSON object as json read it, before duplicate keys are looked for."""


def parse(text: str, fmt: Literal["toml", "json"]) -> dict[str, Any]:
    """The document in `text` (a mapping at the top); ParseProblem for anything else."""
    if not text.strip():
        raise ParseProblem("empty_file")
    try:
        return _json(text) if fmt == "json" else _toml(text)
    except RecursionError:
        raise ParseProblem("nested_too_deeply", format=fmt.upper()) from None
    except ValueError as exc:
        if isinstance(exc, ParseProblem):
            raise
        if "integer string conversion" in str(exc):  # the 4,300-digit guard, by its words
            raise ParseProblem("number_too_long", digits=sys.get_int_max_str_digits()) from None
        raise


def _toml(text: str) -> dict[str, Any]:
    blanked = _STRINGS_AND_COMMENTS.sub(lambda m: "\x00" + "\n" * m.group().count("\n"), text)
    if long_key := _LONG_KEY.search(blanked):
        line = blanked.count("\n", 0, long_key.start()) + 1
        raise ParseProblem("key_too_long", parts=MAX_KEY_PARTS, line=line)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ParseProblem("not_toml", detail=_toml_problem(str(exc))) from None


# tomllib's sentences (English, the library's), by the kind of mistake a person made: each
# is told in the pack's words with its line and column ("Illegal character '\x00' (at line
# 6, column 13)" was shown as it is, in every language).
_TOML_PROBLEMS = (
    (re.compile(r"Cannot overwrite|Cannot declare|Duplicate inline table key|Cannot redefine|"
                r"Cannot mutate"), "toml_twice"),
    (re.compile(r"Illegal character|Found invalid character|Unescaped|Invalid initial "
                r"character"), "toml_character"),
    (re.compile(r"Unterminated string"), "toml_unterminated"),
    (re.compile(r"Unclosed|Expected '\]"), "toml_unclosed"),
    (re.compile(r"Expected '='"), "toml_no_equals"),
    (re.compile(r"Invalid value|Invalid hex|Invalid date|Escaped character"), "toml_value"),
)
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def _toml_problem(said: str) -> Phrase:
    from wizard.core.errors import Phrase

    key = next((key for pattern, key in _TOML_PROBLEMS if pattern.search(said)), "toml_syntax")
    at = _TOML_AT.search(said)
    if at is None:  # "(at end of document)"
        return Phrase("toml_at_end", {"problem": Phrase(key)})
    return Phrase("toml_at", {"problem": Phrase(key), "line": int(at[1]),
                              "column": int(at[2])})


def _json(text: str) -> dict[str, Any]:
    try:
        doc = json.loads(text, object_pairs_hook=_Pairs)
    except json.JSONDecodeError as exc:
        raise ParseProblem("not_json", detail=exc.msg, line=exc.lineno,
                           column=exc.colno) from None
    if not isinstance(doc, _Pairs):
        raise ParseProblem("json_not_object")
    built: dict[str, Any] = _objects(doc, "")
    return built


def _objects(value: Any, where: str) -> Any:
    """`value` with every object a dict; a key given twice is a problem naming it."""
    if isinstance(value, _Pairs):
        out: dict[str, Any] = {}
        for key, item in value:
            path = f"{where}.{key}" if where else key
            if key in out:
                raise ParseProblem("duplicate_key", key=path)
            out[key] = _objects(item, path)
        return out
    if isinstance(value, list):
        return [_objects(item, where) for item in value]
    return value
