"""Provides the clean-up every answer gets on its way in: NFC, no control characters, trimmed."""

from __future__ import annotations

import re
import unicodedata

# ANSI/VT escape sequences: CSI (ESC [ ... final), OSC (ESC ] ... BEL/ST), and two-byte ESC x.
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x1b[@-Z\\-_]"
)
# C0/C1 controls, DEL, bidi overrides/isolates (Trojan-source tricks), lone surrogates and
# invisible spaces (zero-width space, word joiner, a BOM inside text): they split a word where
# the reader sees none. Zero-width joiners and variation selectors stay: emoji need them.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff"
                       r"\u200b\u2060\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LINEBREAKS = re.compile(r"\s*[\r\n\u2028\u2029\x85]+\s*")


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
