"""Provides what is told about an internal error: where it happened, never what it was about.

A traceback with locals prints the person's answers (Textual's crash screen does exactly
that), and even an exception's message can quote them ("invalid value 'Maya Okafor'"). What
is told and kept here is only the kind of error and the program's own lines that led to it:
enough for a bug report, nothing about the person.
"""

from __future__ import annotations

import time
import traceback
from pathlib import Path

_OURS = "wizard"


def _ours(filename: str) -> str | None:
    """`wizard/tui/app.py` for a file of the program, None for Python's or a library's."""
    parts = Path(filename).parts
    if _OURS not in parts:
        return None
    at = len(parts) - 1 - parts[::-1].index(_OURS)
    return "/".join(parts[at:])


def frames(exc: BaseException) -> list[str]:
    """Every frame of the traceback as `file:line in function`, the program's files by their
    place in the package, a library's by its file name only."""
    out = []
    for frame in traceback.extract_tb(exc.__traceback__):
        name = _ours(frame.filename) or Path(frame.filename).name
        out.append(f"{name}:{frame.lineno} in {frame.name}")
    return out


def place(exc: BaseException) -> str:
    """The program's innermost line in the traceback (`wizard/tui/app.py:123`), else the
    innermost line of all (a library's file by its name only)."""
    found = traceback.extract_tb(exc.__traceback__)
    for frame in reversed(found):
        if (name := _ours(frame.filename)) is not None:
            return f"{name}:{frame.lineno}"
    return f"{Path(found[-1].filename).name}:{found[-1].lineno}" if found else "?"


def interrupted(exc: BaseException) -> bool:
    """A Ctrl+C that Python wrapped in another error: while a class is made, an exception
    from __set_name__ (a dataclass field) comes out as RuntimeError with the interrupt as
    its cause. It is a Ctrl+C, not a bug to report."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        if isinstance(cause, KeyboardInterrupt):
            return True
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    return False


def describe(exc: BaseException) -> str:
    """`KeyError (wizard/tui/app.py:123)`: the kind and the place, no message."""
    return f"{type(exc).__name__} ({place(exc)})"


def write_report(exc: BaseException, version: str) -> Path | None:
    """Keep a report of `exc` (kind and frames, no messages, no values) in the cache folder;
    None when it cannot be written."""
    from wizard.core.fileio import write_private
    from wizard.core.paths import cache_dir

    chain: list[str] = []
    current: BaseException | None = exc
    while current is not None and len(chain) < 200:
        chain += [f"{type(current).__name__}", *(f"  {f}" for f in frames(current))]
        current = current.__cause__ or current.__context__
    stamp = time.strftime("%Y%m%d-%H%M%S")
    text = f"profile-wizard {version} stopped on an internal error\n" + "\n".join(chain) + "\n"
    path = cache_dir() / "crashes" / f"crash-{stamp}.txt"
    try:
        return write_private(path, text)
    except OSError:
        return None
