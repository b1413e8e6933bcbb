"""Provides `profile-wizard serve` run as a person runs it, for the serve tests: the installed
command on a free port, its printed link, and Ctrl+C at the end."""

from __future__ import annotations

import ctypes
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest

EXE = Path(sys.executable).parent / "profile-wizard"
# Loaded here, not in the child between fork and exec, where only the call itself is safe.
_LIBC = ctypes.CDLL(None, use_errno=True) if sys.platform == "linux" else None
_PR_SET_PDEATHSIG = 1


def _ends_with_pytest() -> None:
    """In the server's process before exec: when the test process that started it dies, even
    killed (SIGKILL, a CI time-out), the kernel sends the server SIGTERM, which it takes as
    Ctrl+C (ending every tab's app), so that a killed test run leaves no server behind."""
    if _LIBC is not None:
        _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
LINK = re.compile(r"(http://127\.0\.0\.1:(\d+)/)\?token=([A-Za-z0-9_\-]+)")


@dataclass
class Served:
    """A running server: its link (with the token), its address without it, its output."""

    link: str
    base: str
    port: int
    token: str
    proc: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)


@contextmanager
def serving(*args: str, timeout: float = 30) -> Iterator[Served]:
    """`profile-wizard serve --port 0 ARGS` until the block ends, then Ctrl+C as a terminal
    sends it (to the whole process group: the server and every tab's app); then nothing of
    the group may be left, and nothing may have printed a traceback."""
    if not EXE.exists():
        pytest.skip(f"{EXE} is not installed")
    proc = subprocess.Popen([str(EXE), "serve", "--port", "0", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, env=os.environ.copy(),
                            stdin=subprocess.DEVNULL, start_new_session=True,
                            preexec_fn=_ends_with_pytest)
    out: queue.Queue[str] = queue.Queue()
    lines: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            out.put(line)

    threading.Thread(target=read, daemon=True).start()
    try:
        while True:
            try:
                line = out.get(timeout=timeout)
            except queue.Empty:
                pytest.fail(f"serve printed no link in {timeout} s: {''.join(lines)}")
            if found := LINK.search(line):
                break
        yield Served(found.group(0), found.group(1), int(found.group(2)), found.group(3),
                     proc, lines)
    finally:
        stop(proc, lines)


def stop(proc: subprocess.Popen[str], lines: list[str]) -> None:
    """Ctrl+C; the server must end at once, with its sessions, quietly."""
    os.killpg(proc.pid, signal.SIGINT)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        pytest.fail(f"serve did not stop on Ctrl+C: {''.join(lines)}")
    deadline = time.monotonic() + 10
    while left := group(proc.pid):
        if time.monotonic() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            pytest.fail(f"Ctrl+C left processes behind: {left}")
        time.sleep(0.1)
    told = "".join(lines)
    assert proc.returncode == 0 and "Traceback" not in told and "Error" not in told, \
        (proc.returncode, told)


def group(pgid: int) -> list[str]:
    """The command lines of the live processes in process group `pgid`."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pgid and fields[0] != "Z":
                found.append((stat.parent / "cmdline").read_bytes().replace(b"\0", b" ")
                             .decode(errors="replace"))
        except OSError:  # it ended meanwhile
            continue
    return found
