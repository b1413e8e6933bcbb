"""Provides the words of every front end, looked up in the language packs.

Every word a person reads — the app's screens, dialogs, palette and toasts, the plain prompts,
the command line's human-readable output, exports, handouts, starter files and error
messages — lives in `wizard/data/lang/<code>/ui/<area>.toml`. A key is `"<area>.<name>"`:
`words("nl")("app.save")` reads `save` from `nl/ui/app.toml`.

A word that follows a count is written with its two forms: `{terms} {terms:key term|key
terms}` reads "1 key term", "3 key terms" (the pack's `plural_one` says which counts are
singular: 0 and 1 in French). Numbers in a message are written the pack's way: `{seconds}`
given 26.8 reads "26,8" in Dutch, `{n:,}` given 12000 reads "12.000". A key that a pack
lacks falls back to the reference pack (English), so a half-translated pack still runs;
tests/test_packs.py fails on every such gap, so none ships.
"""

from __future__ import annotations

import contextlib
import os
import string
from functools import cache
from pathlib import Path
from typing import Any

from wizard.core.languages import (
    REFERENCE_LANGUAGE,
    Language,
    available_languages,
    language,
    pack_file,
    read_toml,
    typeset,
)


@cache
def area(lang: str, name: str) -> dict[str, str]:
    """The words of one file of a pack (`ui/<name>.toml`), empty when it has none, with the
    language's no-break spaces (translators type plain ones). A table's words are keyed
    `table.name`: `[render]` `short = …` in ui/clihelp.toml is "render.short"."""
    path = pack_file(lang, f"ui/{name}.toml")
    if not path.is_file():
        return {}
    found: dict[str, str] = {}
    for key, value in read_toml(path).items():
        if isinstance(value, str):
            found[key] = typeset(lang, value)
        elif isinstance(value, dict):
            found.update((f"{key}.{k}", typeset(lang, v)) for k, v in value.items()
                         if isinstance(v, str))
    return found


def areas(lang: str) -> tuple[str, ...]:
    """The word files a pack has (`app`, `cli`, ...), sorted."""
    return tuple(sorted(p.stem for p in pack_file(lang, "ui").glob("*.toml")))


def keys(lang: str) -> set[str]:
    """Every `area.name` key a pack defines."""
    return {f"{a}.{k}" for a in areas(lang) for k in area(lang, a)}


class _Formatter(string.Formatter):
    """str.format with the pack's decimal and thousands separators for numbers."""

    def __init__(self, lang: Language) -> None:
        self.decimal = lang.decimal
        self.thousands = lang.thousands
        self.plural_one = lang.plural_one

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec and isinstance(value, int) and not isinstance(value, bool):
            # a word that follows the count: `{terms:key term|key terms}` (language.toml's
            # `plural_one` says which counts take the singular)
            one, _, other = format_spec.partition("|")
            return one if value in self.plural_one else other
        if isinstance(value, bool) or not isinstance(value, int | float):
            return str(super().format_field(value, format_spec))
        if isinstance(value, float) and not format_spec:
            # one decimal at most, and none when it is zero: "26,8 s", "30 s"
            text = f"{value:.1f}".rstrip("0").rstrip(".")
        else:
            text = format(value, format_spec)
        if not (set(format_spec) & set(",.df_")) and isinstance(value, int):
            return text
        return "".join(self.decimal if c == "." else self.thousands if c == "," else c
                       for c in text)


class Words:
    """The words of one language pack; call it with a key and the values to fill in."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.language = language(lang)
        self._format = _Formatter(self.language)

    def text(self, key: str) -> str:
        """The raw message (placeholders unfilled)."""
        where, _, name = key.partition(".")
        own = area(self.lang, where).get(name)
        if own is not None:
            return own
        fallback = area(REFERENCE_LANGUAGE, where).get(name)
        if fallback is None:
            raise KeyError(f"no words for '{key}' in any language pack")
        return fallback

    def has(self, key: str) -> bool:
        where, _, name = key.partition(".")
        return name in area(self.lang, where)

    def __call__(self, key: str, /, **values: Any) -> str:
        return self._format.format(self.text(key), **values)

    def number(self, value: float, spec: str = "") -> str:
        """A number the pack's way: 26.8 -> "26,8" in Dutch."""
        return self._format.format_field(value, spec)


@cache
def words(lang: str) -> Words:
    """The words of `lang` (an unknown code gets the reference pack's)."""
    return Words(lang if lang in available_languages() else REFERENCE_LANGUAGE)


def _settings_file() -> Path:
    from wizard.core.paths import config_dir

    return config_dir() / "settings.toml"


def system_language() -> str:
    """The language of the system locale when a pack exists for it, else the reference."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            code = value.split(":")[0].split("_")[0].split(".")[0].lower()
            return code if code in available_languages() else REFERENCE_LANGUAGE
    import locale  # here: most runs find the language in the environment (~1 ms of import)

    code = (locale.getlocale()[0] or "").split("_")[0].lower()
    return code if code in available_languages() else REFERENCE_LANGUAGE


def interface_language() -> str:
    """The language the app speaks outside a profile: the one last chosen on the start
    screen (remembered), else the system locale's."""
    chosen = _read_settings().get("interface_lang")
    if isinstance(chosen, str) and chosen in available_languages():
        return chosen
    return system_language()


# The settings file holds one line the app writes (`interface_lang = "nl"`); anything many
# times that size is not ours, and is not parsed.
MAX_SETTINGS_BYTES = 4096


def _read_settings() -> dict[str, Any]:
    """The settings the app remembered, or none at all when the file is missing or is not
    the app's: a FIFO (opened without waiting, then refused), a folder, a device, a file too
    big, not UTF-8, or TOML that parsing.parse refuses (a key of thousands of parts, deep
    nesting). They are a convenience: a bad file is ignored, never a reason to fail."""
    import stat

    from wizard.core.parsing import parse

    try:
        fd = os.open(_settings_file(), os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError:
        return {}
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return {}
        raw = os.read(fd, MAX_SETTINGS_BYTES + 1)
    except OSError:
        return {}
    finally:
        os.close(fd)
    if len(raw) > MAX_SETTINGS_BYTES:
        return {}
    try:
        return parse(raw.decode("utf-8"), "toml")
    except ValueError:  # ParseProblem, UnicodeDecodeError
        return {}


def remember_interface_language(code: str) -> None:
    """Keep the start screen's language for the next start (quietly: it is a convenience)."""
    from wizard.core.fileio import write_private

    with contextlib.suppress(OSError):
        write_private(_settings_file(), f'interface_lang = "{code}"\n')
