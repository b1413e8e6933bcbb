"""Provides no-break spaces that do not break: Rich (which lays out Textual's Content) and
Textual (which wraps a TextArea) split a line at any whitespace Python's `\\s` matches, and that
includes the no-break spaces French typography sets before "%", ":", "?" or "»" (U+00A0, and
the narrow U+202F). So "réduit de 18 %" could show as "18" at a line's end and "%" alone on the
next. Here both wrappers are given a word pattern in which those spaces join, as they do in any
word processor; other whitespace breaks as before.

The patterns are the libraries' own (rich._wrap.re_word, textual._wrap.re_chunk: rich 13-14,
textual 8) with one character class changed; tests/tui/test_tui_nobreak17.py checks that they
are still there and still used."""

from __future__ import annotations

import re

# the spaces that must not end a line: no-break, narrow no-break, figure space, word joiner
NO_BREAK = "\u00a0\u202f\u2007\u2060"
_WORD = rf"(?:\S|[{NO_BREAK}])"  # a letter of a word, no-break spaces included
_BREAK = rf"[^\S{NO_BREAK}]"  # whitespace a line may end at


def keep_no_break_spaces() -> None:
    """Make Rich's and Textual's line wrapping keep no-break spaces inside the word."""
    import rich._wrap
    import textual._wrap

    rich._wrap.re_word = re.compile(rf"{_BREAK}*{_WORD}+{_BREAK}*")
    textual._wrap.re_chunk = re.compile(rf"{_WORD}+{_BREAK}*|{_BREAK}+")
