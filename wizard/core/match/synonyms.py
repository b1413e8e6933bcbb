"""Provides the synonym lists: a pack's shipped groups plus a coach's own `synonyms.toml`.

The coach's file lives in the config folder (`wizard.core.paths.config_dir()`), one list of
groups per language code; every word or phrase in a group counts as the same term:

    nl = [
      ["verzuimbegeleiding", "re-integratie", "casemanagement"],
    ]
    en = [["customer success", "account management"]]
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from wizard.core.match.errors import MatchError
from wizard.core.sanitize import clean_text

FILE_NAME = "synonyms.toml"
MAX_BYTES = 1_000_000  # a synonym list is a few kB; more is another file put there by mistake


def user_file() -> Path:
    """Where a coach's own synonyms are read from."""
    from wizard.core.paths import config_dir

    return config_dir() / FILE_NAME


def _groups(value: Any, where: str) -> list[tuple[str, ...]]:
    if not isinstance(value, list) or not all(
            isinstance(g, list) and all(isinstance(w, str) for w in g) for g in value):
        raise MatchError("synonyms_shape", file=where)
    out = []
    for group in value:
        words = tuple(dict.fromkeys(w for w in (clean_text(x) for x in group) if w))
        if len(words) >= 2:
            out.append(words)
    return out


def read_user_file(path: Path | None = None) -> dict[str, list[tuple[str, ...]]]:
    """The coach's groups per language; an empty mapping when there is no file."""
    path = path or user_file()
    try:
        if not path.is_file():
            if path.exists():
                raise MatchError("synonyms_not_file", file=str(path))
            return {}
        if path.stat().st_size > MAX_BYTES:
            raise MatchError("synonyms_too_large", file=str(path))
        doc = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise MatchError("synonyms_not_utf8", file=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise MatchError("synonyms_syntax", file=str(path), problem=str(exc)) from None
    except OSError as exc:
        raise MatchError("synonyms_unreadable", file=str(path),
                         problem=exc.strerror or str(exc)) from None
    return {str(code): _groups(value, f"{path}: {code}") for code, value in doc.items()}


def synonym_groups(code: str, shipped: Any) -> tuple[tuple[str, ...], ...]:
    """The pack's shipped groups of `code`, then the coach's."""
    return tuple(_groups(shipped, f"{code}/match.toml")
                 + read_user_file().get(code, []))
