"""Provides `render`'s arguments read without click, for the plain cases click would accept.

Importing click costs a `render` about 8 ms, a sixth of its whole run. This reader accepts
only what click would accept and convert to the very same values; for anything else — help,
a mistake, `--`, an unusual spelling — it answers None and click handles the command with its
own words, so behaviour, errors and help stay click's. tests/test_fastargs.py holds the two
paths to the same output.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import NamedTuple

FORMATS = ("text", "json", "md")
WPM_RANGE = (60, 250)
_OPTIONS = ("--format", "--out", "--wpm", "--variant", "--templates")


class Request(NamedTuple):
    """What `render` was asked to do (a NamedTuple: a dataclass costs ~0.4 ms at start-up)."""

    inputs: tuple[str, ...]
    fmt: str = "text"
    wpm: int | None = None
    variants: tuple[str, ...] = ()
    template_dirs: tuple[Path, ...] = ()
    out: Path | None = None


def _directory(value: str, *, must_exist: bool) -> bool:
    """What click.Path(file_okay=False, exists=must_exist) accepts without a word."""
    try:
        mode = os.stat(value).st_mode
    except OSError:
        return not must_exist
    return not stat.S_ISREG(mode) and os.access(value, os.R_OK)


def _readable_or_missing(value: str) -> bool:
    """What click.Path() accepts: a path that does not exist, or one that can be read."""
    try:
        os.stat(value)
    except OSError:
        return True
    return os.access(value, os.R_OK)


def parse(args: list[str]) -> Request | None:
    """The Request for `render ARGS`, or None when click must read them."""
    files: list[str] = []
    options: dict[str, list[str]] = {name: [] for name in _OPTIONS}
    rest = iter(args)
    for arg in rest:
        if not arg.startswith("-"):
            if not arg or not _readable_or_missing(arg):
                return None
            files.append(str(Path(arg)))
            continue
        name, eq, value = arg.partition("=")
        if name not in options:
            return None  # help, `--`, `-`, a typo: click's words
        if not eq:
            value = next(rest, "-")
            if value.startswith("-"):  # a missing value, or one click may read differently
                return None
        options[name].append(value)
    return _request(files, options)


def _request(files: list[str], options: dict[str, list[str]]) -> Request | None:
    fmt = options["--format"][-1] if options["--format"] else "text"
    wpm = options["--wpm"][-1] if options["--wpm"] else None
    out = options["--out"][-1] if options["--out"] else None
    if not files or fmt not in FORMATS:
        return None
    if wpm is not None and not (wpm.isascii() and wpm.isdigit()
                                and WPM_RANGE[0] <= int(wpm) <= WPM_RANGE[1]):
        return None
    if out is not None and not _directory(out, must_exist=False):
        return None
    if not all(_directory(d, must_exist=True) for d in options["--templates"]):
        return None
    return Request(inputs=tuple(files), fmt=fmt, wpm=int(wpm) if wpm is not None else None,
                   variants=tuple(options["--variant"]),
                   template_dirs=tuple(Path(d) for d in options["--templates"]),
                   out=Path(out) if out is not None else None)
