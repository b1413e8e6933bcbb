"""Provides what the plain prompts say, in the profile's language (English as the fallback)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from wizard.core.sanitize import safe_values

MESSAGES_FILE = Path(__file__).with_name("messages.toml")


@cache
def _table() -> dict[str, dict[str, str]]:
    with MESSAGES_FILE.open("rb") as fh:
        return tomllib.load(fh)


class Messages:
    """The sentences of one language; a key missing from a translation falls back to English."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        table = _table()
        self._own = table.get(lang, {})
        self._english = table["en"]

    def __call__(self, key: str, **values: object) -> str:
        template = self._own.get(key) or self._english[key]
        return template.format(**safe_values(values))  # a path may hold anything


def messages(lang: str) -> Messages:
    return Messages(lang)
