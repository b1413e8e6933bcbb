"""Provides the clean-up of text from outside: answers on their way in, anything on its way to
the terminal."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from wizard.core.lazyre import lazy

# ANSI/VT escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL/ST), and two-byte ESC x.
_ESCAPES = lazy(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x1b[@-Z\\-_]"
)
# C0/C1 controls, DEL, bidi overrides/isolates (Trojan-source tricks), lone surrogates and
# invisible spaces (zero-width space, word joiner, a BOM inside text): they split a word where
# the reader sees none. Zero-width joiners and variation selectors stay: emoji need them.
_CONTROLS = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
                       r"\u200b\u2060\ufeff]")
_SPACES = lazy(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LINEBREAKS = lazy(r"\s*[\r\n\u2028\u2029\x85]+\s*")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Return `value` NFC-normalised, without escapes or control characters, spaces folded,
    trimmed."""
    value = _ESCAPES.sub("", value)
    value = _CONTROLS.sub("", value.replace("\t", " "))
    value = unicodedata.normalize("NFC", value)
    if multiline:
        paragraphs = re.split(r"\s*(?:\r\n|\r|\n|\u2029)\s*(?:(?:\r\n|\r|\n|\u2029)\s*)+", value)
        lines = [
            "\n".join(_SPACES.sub(" ", line).strip() for line in _LINEBREAKS.split(p))
            for p in paragraphs
        ]
        return "\n\n".join(p for p in lines if p).strip()
    value = _LINEBREAKS.sub(" ", value)
    return _SPACES.sub(" ", value).strip()


def clean_list(values: list[str]) -> list[str]:
    """Return the cleaned items of `values`, with empty ones dropped."""
    cleaned = (clean_text(v) for v in values)
    return [v for v in cleaned if v]


# What must never reach a terminal from outside the program: C0 and C1 controls and DEL (ESC
# starts every escape sequence, 0x9b is an 8-bit CSI), bidi controls that reorder what is shown
# (Trojan-source tricks in a file name), line and paragraph separators, and lone surrogates
# (undecodable bytes of a file name). Each becomes a visible "?", as `ls -q` shows them: a file
# named "\x1b]0;x\x07a.toml" reads "?]0;x?a.toml", harmless and recognisably odd.
# Invisible characters that are no part of any script's spelling (zero-width space, word
# joiner and the invisible operators, a BOM inside text, the Mongolian vowel separator) are
# unsafe too: "ann\u200b.toml" would read as "ann.toml" (a zero-width joiner or non-joiner,
# which emoji and Persian need, stays).
_UNSAFE = lazy(r"[\x00-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f\u2028-\u202e"
                     r"\u2060-\u2064\u2066-\u2069\ufeff\ud800-\udfff]")
_UNSAFE_KEEP_NEWLINES = lazy(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b\u200e\u200f"
                                   r"\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
                                   r"\ud800-\udfff]")


# Combining marks stack on the letter before them: no script stacks more than a few (a
# Vietnamese vowel two, pointed Hebrew three or four), while "a" with 500 acute accents
# ("Zalgo" text) draws a column over the lines above and below it and fills a table cell
# with one letter. Past MAX_MARKS in a row, the rest of the run is shown as one "?". Only
# what a terminal shows is capped (the app's screens, the command line's streams when they
# are a terminal): the stored text, a file written or output sent down a pipe keep every mark.
MAX_MARKS = 4
# a run of characters beyond Latin's letters long enough to hold too many marks; only such a
# run is looked at character by character (ASCII and ordinary text pass the regex alone)
_MAYBE_MARKS = lazy(f"[^\x00-\u02ff]{{{MAX_MARKS + 1},}}")


def _capped_marks(run: re.Match[str]) -> str:
    out: list[str] = []
    marks = 0
    for c in run.group():
        if unicodedata.category(c).startswith("M"):
            marks += 1
            if marks > MAX_MARKS:
                if marks == MAX_MARKS + 1:
                    out.append("?")
                continue
        else:
            marks = 0
        out.append(c)
    return "".join(out)


def cap_marks(text: str) -> str:
    """`text` with no more than MAX_MARKS combining marks in a row (the rest one "?")."""
    return text if text.isascii() else _MAYBE_MARKS.sub(_capped_marks, text)


def for_terminal(value: object, *, multiline: bool = False) -> str:
    """`value` as text that is safe to show in a terminal, for anything from outside the
    program (file names, keys, values, error text): every control character is a visible "?",
    a tab a space; with `multiline` line breaks stay."""
    text = str(value).replace("\t", " ")
    return (_UNSAFE_KEEP_NEWLINES if multiline else _UNSAFE).sub("?", text)


# A name in a line or a title (the CLI's list column, the app's badge and titles): a longer
# name (up to the store's 200 characters) is cut with "…"; `profiles show` gives it whole.
NAME_COLUMN = 40


def display_name(name: str, longest: int = NAME_COLUMN) -> str:
    """A person's or a profile's name as a line or a title shows it: safe for the terminal,
    a flood of combining marks capped, cut to `longest` characters with "…". What is stored
    is never changed: only what is shown."""
    capped = cap_marks(for_terminal(name))
    return capped if len(capped) <= longest else capped[: longest - 1] + "…"


def strip_controls(text: str) -> str:
    """`text` (a rendered template) without escape sequences and control characters; line
    breaks and spacing stay, since a template lays its text out with them."""
    text = _ESCAPES.sub("", text.replace("\r\n", "\n"))
    return _UNSAFE_KEEP_NEWLINES.sub("", text.replace("\t", " "))


def safe_values(values: Mapping[str, object]) -> dict[str, object]:
    """`values` for a message: texts and paths made safe for the terminal, numbers as they are."""
    return {k: v if isinstance(v, int | float) else for_terminal(v) for k, v in values.items()}
