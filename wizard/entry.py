"""Provides the `profile-wizard` entry point: a plain `render` starts without click; everything
else goes to the click command line (wizard.cli)."""

from __future__ import annotations

import gc
import os
import signal
import sys
from typing import TYPE_CHECKING, NoReturn

import wizard

if TYPE_CHECKING:
    from wizard.core.errors import UserError
    from wizard.fastargs import Request


def main() -> None:
    try:
        if signal.getsignal(signal.SIGINT) is wizard.ctrl_c_at_start:
            # from here on, Ctrl+C is KeyboardInterrupt, which every front end answers
            signal.signal(signal.SIGINT, signal.default_int_handler)
        _main()
    except KeyboardInterrupt:
        # Ctrl+C while the program is still starting (importing click, the store, the
        # parsers: a second on a busy machine) reached no handler of ours and printed
        # Python's traceback; it ends the program as Ctrl+C does later, with status 130
        _exit(130)
    except Exception as exc:
        # the same Ctrl+C landing while a class is made at import (a dataclass field's
        # __set_name__) comes out as Python's RuntimeError caused by it: still Ctrl+C
        from wizard.core.crash import interrupted

        if interrupted(exc):
            _exit(130)
        raise


def _main() -> None:
    from wizard.fastargs import parse  # here, not at the top: under main's Ctrl+C answer

    args = sys.argv[1:]
    if args[:1] == ["render"] and _streams_open():
        request = parse(args[1:])
        if request is not None:
            _exit(_render(request))
    from wizard.cli import main as click_main

    click_main()


def _streams_open() -> bool:
    """Whether standard input, output and error are all there: a closed one is for
    wizard.cli.main to tell (and to point at /dev/null), as it does for every command."""
    if sys.stdout is None or sys.stderr is None:
        return False
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            return False
    return True


def _render(request: Request) -> int:
    """The render, with wizard.cli.main's answers to Ctrl+C, a closed pipe, a failed write
    and a bug: the same streams, lines and exit statuses as the click path."""
    # Start-up creates many objects that live until exit: collecting them while importing
    # is wasted work (~3 ms); frozen, later collections skip them.
    gc.disable()
    from wizard.cli_output import OutputError, flush_or_fail, guard_streams
    from wizard.core.errors import UserError, os_reason

    try:

        guard_streams(interactive=False)
        from wizard.rendering import run

        gc.freeze()
        gc.enable()
        code = run(request)
        flush_or_fail()  # a full disk is an error, not a silent exit 0
        return code
    except SystemExit as exc:  # flush_or_fail's own error line is written
        return exc.code if isinstance(exc.code, int) else 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        return 1
    except OutputError as exc:  # a full disk under the output
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        return _fail(UserError("output_failed", reason=os_reason(exc)), 2)
    except Exception as exc:
        from wizard.core.crash import describe, interrupted

        if interrupted(exc):
            return 130
        if os.environ.get("PROFILE_WIZARD_DEBUG"):
            raise
        # never the message: it may hold answers
        return _fail(UserError("unexpected", kind=describe(exc)), 70)


def _fail(problem: UserError, code: int) -> int:
    from wizard.rendering import error

    error(problem)
    return code


def _exit(code: int) -> NoReturn:
    """Exit without tearing down every module: the output is flushed, the files written and
    closed, and freeing thousands of objects one by one would cost the user ~10 ms. The exit
    handlers still run (a coach template's worker process is stopped)."""
    import atexit

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        code = code or 1
    except OSError:
        code = code or 2
    atexit._run_exitfuncs()
    os._exit(code)
