"""Provides the words of the app's stored-profile screens, read from the language packs
(`ui/tui_store.toml`), and the name of a profile not named yet."""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

from wizard.core.languages import available_languages
from wizard.core.sanitize import safe_values
from wizard.core.words import words
from wizard.tui.labels import key_word as key_word


def ct(lang: str, key: str, **values: object) -> str:
    """The store screens' word `key` in `lang`, filled with values made safe to show."""
    return words(lang)(f"tui_store.{key}", **safe_values(values))


def untitled_name(lang: str, moment: datetime) -> str:
    """What a new profile is called until its person.name is typed."""
    return f"{ct(lang, 'untitled')} {moment:%Y-%m-%d %H:%M}"


@cache
def _untitled() -> re.Pattern[str]:
    names = "|".join(re.escape(ct(code, "untitled")) for code in available_languages())
    return re.compile(rf"^(?:{names}) \d{{4}}-\d{{2}}-\d{{2}}")


def is_untitled(name: str) -> bool:
    return bool(_untitled().match(name))
