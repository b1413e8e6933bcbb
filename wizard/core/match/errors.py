"""Provides MatchError: a bad ad or synonyms file, said in one line in the reader's language."""

from __future__ import annotations

from typing import Any


class MatchError(ValueError):
    """What is wrong and where, as a key of ui/match.toml (`err_<key>`) and its values."""

    def __init__(self, key: str, **values: Any) -> None:
        self.key = key
        self.values = values
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        """The one-line message in `lang` (the interface language when not given)."""
        from wizard.core.words import interface_language, words

        return words(lang or interface_language())(f"match.err_{self.key}", **self.values)
