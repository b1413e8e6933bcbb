"""Provides errors told to the person: a key of ui/errors.toml and values, one line in any language.

An error is raised with a key and the values it names (`UserError("unknown_key", key=k)`) and
written out only when it is shown, in the language asked for: the command line prints it in
the interface language, the app in the person's. Whatever the values hold (a file name with an
escape sequence, a 100,000-character key), the line is safe for a terminal and stays one line.
"""

from __future__ import annotations

from dataclasses import field
from typing import Any

from wizard.core.dataclass_cache import dataclass
from wizard.core.lazyre import lazy
from wizard.core.sanitize import cap_marks, for_terminal

# A value longer than this is cut in a message: the line must still say what is wrong.
LONGEST_VALUE = 300
_KEY = lazy(r"[a-z][a-z0-9_]*")


def shorten(text: str, longest: int = LONGEST_VALUE) -> str:
    """`text` cut to `longest` characters with "…" when it is longer."""
    return text if len(text) <= longest else text[: longest - 1] + "…"


@dataclass(frozen=True)
class Phrase:
    """A piece of a message that is itself words of the pack (`what_number`: "a number")."""

    key: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        """The words in `lang`; a key that is no key (a sentence) is shown as it is."""
        values = {k: _value(v, lang) for k, v in self.values.items()}
        if not _KEY.fullmatch(self.key):
            return self.key
        from wizard.core.words import words

        try:
            return words(lang)(f"errors.{self.key}", **values)
        except KeyError:  # a one-word sentence, or a pack without the key: shown as it is
            return self.key


def _value(value: Any, lang: str) -> Any:
    if isinstance(value, Phrase):
        return value.text(lang)
    if isinstance(value, UserError):
        return value.message(lang)
    if isinstance(value, list | tuple):  # "en, it, nl": each item cut, not the list
        return ", ".join(shorten(str(_value(v, lang) if isinstance(v, Phrase) else v))
                         for v in value)
    if isinstance(value, bool) or not isinstance(value, int | float) or abs(value) > 10**15:
        return shorten(str(value))
    return value  # numbers are written the pack's way


class UserError(ValueError):
    """Something the person can fix, told in one line: `where: what is wrong`.

    `where` is the file (or option) it is about; the rest comes from the pack. A message that
    is not a key (another module's sentence) is shown as it is, made safe like any other.
    """

    def __init__(self, key: str, /, **values: Any) -> None:
        super().__init__(key)
        self.phrase = Phrase(key, values)
        self.where: str | None = None

    @property
    def key(self) -> str:
        return self.phrase.key

    def at(self, where: object) -> UserError:
        """Say which file this is about (kept when it is already known)."""
        if self.where is None:
            self.where = str(where)
        return self

    def message(self, lang: str | None = None) -> str:
        """The line in `lang` (the interface language when not given), safe for a terminal."""
        text = self.detail(lang)
        return f"{_shown(shorten(self.where))}: {text}" if self.where is not None else text

    def detail(self, lang: str | None = None) -> str:
        """What is wrong, without where: the message after its `file: `."""
        if lang is None:
            from wizard.core.words import interface_language

            lang = interface_language()
        return _shown(self.phrase.text(lang))

    def __str__(self) -> str:
        return self.message()


def _shown(text: str) -> str:
    """Text of an error line made safe: no control character, and a flood of combining marks
    from outside (a typed name, a file name) capped, as every other line on screen caps it."""
    return cap_marks(for_terminal(text))


def file_size_limit() -> int | None:
    """The session's file size limit in bytes (`ulimit -f`, RLIMIT_FSIZE), None when there is
    none. Python ignores SIGXFSZ, so a write past it fails (EFBIG) or is cut short."""
    try:
        import resource

        soft, unlimited = resource.getrlimit(resource.RLIMIT_FSIZE)[0], resource.RLIM_INFINITY
    except (ImportError, OSError, ValueError):  # no such limit on this platform
        return None
    return None if soft in (-1, unlimited) else soft


def os_words(exc: OSError, lang: str) -> str:
    """os_reason as words of `lang`, for a message made outside UserError (a toast)."""
    reason = os_reason(exc)
    return reason.text(lang) if isinstance(reason, Phrase) else str(reason)


def os_reason(exc: OSError) -> Any:
    """Why `exc` happened, for a message's {reason}: "File too large" names the limit that
    was reached, a loop of links says so in the pack's words ("Too many levels of symbolic
    links" is the system's), a full disk or quota says so and what to do, the operating
    system's words otherwise."""
    import errno

    if exc.errno == errno.EFBIG and (limit := file_size_limit()) is not None:
        return Phrase("fsize_reached", {"limit": limit})
    if exc.errno == errno.ELOOP:
        return Phrase("link_loop", {})
    if exc.errno == errno.ENOSPC:  # "No space left on device" was shown in every language
        return Phrase("disk_full", {})
    if exc.errno == errno.EDQUOT:
        return Phrase("quota_full", {})
    return exc.strerror or exc
