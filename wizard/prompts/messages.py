"""Provides what the plain prompts say, in the profile's language: the pack's ui/prompts.toml."""

from __future__ import annotations

from wizard.core.sanitize import safe_values
from wizard.core.words import Words, words


class Messages:
    """The prompts' sentences of one language (a key a pack lacks falls back to English)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self._words: Words = words(lang)

    def __call__(self, key: str, **values: object) -> str:
        return self._words(f"prompts.{key}", **safe_values(values))  # a path may hold anything


def messages(lang: str) -> Messages:
    return Messages(lang)
