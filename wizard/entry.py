"""Provides the `profile-wizard` entry point: `render` starts without click; the rest goes
to the click command line (wizard.cli)."""

from __future__ import annotations

import gc
import os
import sys
from typing import NoReturn, TextIO

from wizard.fastargs import Request, parse


def _utf8(stream: TextIO) -> bool:
    # click re-wraps a stream with another encoding; that case is left to click
    return (getattr(stream, "encoding", "") or "").lower().replace("-", "") in ("utf8", "utf_8")


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["render"] and _utf8(sys.stdout) and _utf8(sys.stderr):
        request = parse(args[1:])
        if request is not None:
            _exit(_render(request))
    from wizard.cli import main as click_main

    click_main()


def _render(request: Request) -> int:
    """The render, with the command line's answers to Ctrl+C, a closed pipe and a bug."""
    # Start-up creates many objects that live until exit: collecting them while importing
    # is wasted work (~3 ms); frozen, later collections skip them.
    gc.disable()
    try:
        from wizard.rendering import error, run

        gc.freeze()
        gc.enable()
        return run(request)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:
        if os.environ.get("PROFILE_WIZARD_DEBUG"):
            raise
        error(f"unexpected {type(exc).__name__}: {exc} (set PROFILE_WIZARD_DEBUG=1 for details)")
        return 70


def _exit(code: int) -> NoReturn:
    """Exit without tearing down every module: the output is flushed, the files written and
    closed, and freeing thousands of objects one by one would cost the user ~10 ms."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        code = code or 1
    os._exit(code)
