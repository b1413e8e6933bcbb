"""Provides the command line's way to the terminal: safe output, error lines, guarded streams.

Everything a command prints may carry text from outside (file names, keys, template output),
so every write goes through wizard.core.sanitize.for_terminal: no control character from
outside reaches the terminal, whichever code printed it. The streams themselves are made
dependable before a command runs: a closed descriptor is pointed at /dev/null (a file opened
later must never become "standard output"), and a terminal that cannot show a character (an
ASCII locale) gets "?" for it instead of a crash.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from wizard.core.errors import os_reason
from wizard.core.sanitize import cap_marks, for_terminal

_closed: set[int] = set()


def error_line(problem: str | BaseException, **values: Any) -> str:
    """The one line for `problem`: a key of ui/errors.toml, an exception or a sentence."""
    from wizard.core.errors import UserError

    if isinstance(problem, UserError):
        return problem.message()
    text = str(problem) if isinstance(problem, BaseException) else problem
    first = " ".join(text.split("\n")) if text else type(problem).__name__
    return UserError(first, **values).message()


def output(text: str, *, nl: bool = True, err: bool = False, json: bool = False) -> None:
    """Print `text` safely. JSON on a stream that cannot show every character (an ASCII
    locale) keeps them as \\u escapes, so it stays the same data; other text gets "?"."""
    stream = sys.stderr if err else sys.stdout
    if json and not _unicode(stream):
        text = "".join(c if c < "\x80" else _json_escape(c) for c in text)
    # what click.echo does with a text stream, without importing click (`render` is started
    # without it): for_terminal has already turned every escape into "?", nothing to strip
    if stream is None:
        return
    stream.write(for_terminal(text, multiline=True) + ("\n" if nl else ""))
    stream.flush()


def _json_escape(c: str) -> str:
    """A character as JSON escapes it: \\u00e9, and a pair of escapes beyond U+FFFF."""
    code = ord(c)
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _unicode(stream: Any) -> bool:
    encoding = (getattr(stream, "encoding", None) or "utf-8").lower().replace("-", "")
    return encoding.startswith("utf")


class OutputError(OSError):
    """Writing the output failed (a full disk, a closed pipe's cousins): not the command's."""


@contextlib.contextmanager
def _output_errors() -> Iterator[None]:
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(exc.errno, exc.strerror) from None


class SafeStream(io.TextIOBase):
    """A text stream that shows every control character as "?" before it reaches `raw`, and,
    when `raw` is a terminal, no flood of combining marks (sanitize.cap_marks: a file or a
    pipe gets every mark, as stored).

    It has no `buffer`: nothing (click looks for one) can write past it in bytes.
    """

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw
        try:
            self._screen = raw.isatty()
        except (OSError, ValueError):
            self._screen = False

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        shown = for_terminal(text, multiline=True)
        with _output_errors():
            self.raw.write(cap_marks(shown) if self._screen else shown)
        return len(text)

    def flush(self) -> None:
        with _output_errors():
            self.raw.flush()

    def isatty(self) -> bool:
        return self.raw.isatty()

    def fileno(self) -> int:
        return self.raw.fileno()

    def writable(self) -> bool:
        return True

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.raw.encoding

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.raw, "errors", None)


def closed_at_start(fd: int) -> bool:
    """Whether descriptor `fd` (0, 1, 2) was closed when the program started."""
    return fd in _closed


def guard_streams(*, interactive: bool) -> None:
    """Make the standard streams dependable; `interactive` (the app, `ask`) keeps stdout as it
    is, since their own escape sequences draw the screen."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            # the lowest free descriptor is the closed one: /dev/null takes its place
            _closed.add(fd)
            os.open(os.devnull, os.O_RDWR)
    if sys.stdin is not None and hasattr(sys.stdin, "reconfigure") and not _unicode(sys.stdin):
        # terminals send UTF-8 whatever the locale says: read it so, or a typed "é" would be
        # lost without a word ("?" at worst, never nothing)
        sys.stdin.reconfigure(encoding="utf-8", errors="replace")
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            continue
        if hasattr(stream, "reconfigure") and not _unicode(stream):
            stream.reconfigure(errors="replace")  # "?" where an ASCII terminal has none
        if not interactive:  # the app and `ask` draw with their own escapes, on either stream
            setattr(sys, name, SafeStream(stream))


def _not_cut_short() -> None:
    """Raise EFBIG when stdout is a file that reached the session's file size limit
    (`ulimit -f`): Python takes the write that limit cuts short for a whole one and drops the
    rest without an error, so the output would end mid-text with exit status 0."""
    import errno
    import stat

    from wizard.core.errors import file_size_limit

    if (limit := file_size_limit()) is None:
        return
    try:
        st = os.fstat(1)
    except OSError:
        return
    if stat.S_ISREG(st.st_mode) and st.st_size >= limit:
        raise OSError(errno.EFBIG, os.strerror(errno.EFBIG))


def flush_or_fail() -> None:
    """Flush stdout at the end: a full disk or a closed pipe is an error, not a silent exit 0."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        stream.flush()
        _not_cut_short()
    except BrokenPipeError:
        # the reader went away (`| head`): nothing more to say, and no second error at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        sys.exit(1)
    except OSError as exc:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        from wizard.cli import fail

        fail("output_failed", reason=os_reason(exc))
