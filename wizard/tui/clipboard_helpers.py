"""Provides pyperclip's helper programs (xclip, xsel, wl-copy…) run so that a hung one can be ended.

pyperclip starts a helper and waits for it without a timeout. One that hangs (xclip with no
X server to answer, a Wayland socket that never replies) would keep running after the app has
given up on it, and after the app has quit. So pyperclip gets a `subprocess` of our own: every
helper starts in its own process group, and `end_hung()` kills the group of each one that has
not finished, with whatever it started. A helper that did finish is left alone, and so is what
it left running on purpose (xclip's background child that serves the copied text).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import subprocess
import threading
from typing import Any


class HelperProcesses:
    """Stands in for the `subprocess` module inside pyperclip."""

    def __init__(self) -> None:
        self._started: list[subprocess.Popen[Any]] = []
        self._lock = threading.Lock()

    def Popen(self, *args: Any, **kwargs: Any) -> subprocess.Popen[Any]:  # pyperclip calls it
        kwargs["start_new_session"] = True  # its own process group, ended as one
        process: subprocess.Popen[Any] = subprocess.Popen(*args, **kwargs)
        with self._lock:
            self._started = [p for p in self._started if p.poll() is None]
            self._started.append(process)
        return process

    def call(self, *args: Any, **kwargs: Any) -> int:
        with self.Popen(*args, **kwargs) as process:
            return process.wait()

    def check_call(self, *args: Any, **kwargs: Any) -> int:
        code = self.call(*args, **kwargs)
        if code:
            raise subprocess.CalledProcessError(code, args[0] if args else kwargs.get("args", ""))
        return 0

    def __getattr__(self, name: str) -> Any:
        return getattr(subprocess, name)  # PIPE, CalledProcessError, ...

    def running(self) -> list[int]:
        """The process ids of the helpers that have not finished."""
        with self._lock:
            return [p.pid for p in self._started if p.poll() is None]

    def end_hung(self) -> None:
        """Kill every helper that has not finished, with its whole process group."""
        with self._lock:
            hung = [p for p in self._started if p.poll() is None]
            self._started = []
        for process in hung:
            with contextlib.suppress(OSError):
                os.killpg(process.pid, signal.SIGKILL)
            with contextlib.suppress(OSError, subprocess.TimeoutExpired):
                process.wait(timeout=1)


HELPERS = HelperProcesses()
atexit.register(HELPERS.end_hung)  # a helper still hanging when the app quits goes with it


def install() -> None:
    """Make pyperclip start its helpers through HELPERS."""
    import pyperclip

    pyperclip.subprocess = HELPERS
