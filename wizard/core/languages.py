"""Provides the language data files: which languages exist and the words each one needs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data"
LANG_DIR = DATA / "lang"


@cache
def available_languages() -> tuple[str, ...]:
    """Language codes that have a question catalogue, sorted."""
    return tuple(sorted(p.parent.name for p in LANG_DIR.glob("*/questions.toml")))


def read_toml(path: Path) -> dict[str, Any]:
    from wizard.core.datacache import read_toml as cached  # parsed once, kept as JSON

    return cached(path)


@dataclass(frozen=True)
class Language:
    """The words of one language that text shaping needs."""

    code: str
    name: str
    and_word: str
    or_word: str
    lowercase_starters: frozenset[str]
    keep_capital: frozenset[str]
    default_call_to_action: str


@cache
def language(code: str) -> Language:
    data = read_toml(LANG_DIR / code / "language.toml")
    return Language(
        code=code,
        name=data["name"],
        and_word=data["and"],
        or_word=data["or"],
        lowercase_starters=frozenset(w.casefold() for w in data.get("lowercase_starters", [])),
        keep_capital=frozenset(w.casefold() for w in data.get("keep_capital", [])),
        default_call_to_action=data["default_call_to_action"],
    )
