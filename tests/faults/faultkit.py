"""Provides the fault-injection suite's tools: the installed command run as an attacker runs it.

Every case runs `profile-wizard` in a child process (or a real pseudo-terminal) and must end
within LIMIT seconds (a hang fails the test by its timeout), with one clear line or the
documented behaviour; and no control character from outside may reach the terminal.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

WIZARD = Path(sys.executable).parent / "profile-wizard"
LIMIT = 5.0  # seconds any case may take, as the promise says


def patience() -> float:
    """LIMIT on an idle machine; on a busy one, LIMIT stretched by how many runnable processes
    share each CPU (the one-minute load average), at most sixfold. A start that is slow only
    because eight people share two CPUs is not taken for a hang, and a hang, which never
    ends, still fails."""
    busy = os.getloadavg()[0] / (os.cpu_count() or 1)
    return LIMIT * min(max(1.0, busy), 6.0)


async def until(pilot, condition: Callable[[], bool]) -> bool:
    """Wait, up to patience(), for something a timer or a worker does in the app."""
    end = time.monotonic() + patience()
    while not condition():
        if time.monotonic() > end:
            return False
        await pilot.pause(0.05)
    return True


def toasts_said(app) -> list[str]:
    """Every toast's message from now on, in order, as it is raised (call before run_test).
    Textual's list of notifications drops a toast once its seconds (4 s) are over: read on a
    loaded machine, after a slow start or a slow burst of keys, it was already empty and the
    case failed though the app had said the right thing."""
    said: list[str] = []
    notes = app._notifications
    add = notes.add

    def adding(notification):
        said.append(notification.message)
        return add(notification)

    notes.add = adding
    return said


def eventually(condition: Callable[[], bool]) -> bool:
    """Wait, up to patience(), for something another process does (outside an app)."""
    end = time.monotonic() + patience()
    while not condition():
        if time.monotonic() > end:
            return False
        time.sleep(0.02)
    return True


ERROR = re.compile(r"^profile-wizard: error: [^\n]+\n$")

# What must never come out of the command line: C0 controls but the newline, DEL, C1
# controls, bidi controls, line separators (the CLI writes no escapes of its own).
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069"
                      r"\ud800-\udfff]")

# The payloads of the hostile names and values below, as the terminal would receive them.
PAYLOADS = (b"\x1b]0;PWNED", b"\x1b]52;c;", b"\x1b[2J", b"\xc2\x9b", b"\xe2\x80\xae",
            b"\xe2\x81\xa6", b"\x07")

HOSTILE_NAMES = [
    "\x1b]0;PWNED-TITLE\x07title",      # sets the window title
    "\x1b]52;c;aGFja2Vk\x07clip",        # writes the clipboard (OSC 52)
    "\x1b[2J\x1b[31mclear",              # clears the screen, turns red
    "c1\x9b31mcsi",                      # an 8-bit CSI
    "new\nline",                         # a second line
    "bidi\u202egnp.exe",                 # right-to-left override: reads "exe.png"
    "iso\u2066late",                     # a bidi isolate
    "[b]markup[|b]",                     # Rich/Textual markup
]


@dataclass
class Ran:
    """What a run of the command did."""

    code: int
    out: bytes
    err: bytes
    seconds: float

    @property
    def stderr(self) -> str:
        return self.err.decode("utf-8", "replace")

    @property
    def stdout(self) -> str:
        return self.out.decode("utf-8", "replace")

    def one_error_line(self, *needles: str, code: int = 2) -> str:
        """Assert the documented failure: exit `code`, nothing on stdout, one safe line."""
        assert self.code == code, (self.code, self.stdout, self.stderr)
        assert self.out == b"", self.stdout
        assert ERROR.match(self.stderr), repr(self.stderr)
        assert "Traceback" not in self.stderr
        for needle in needles:
            assert needle in self.stderr, (needle, self.stderr)
        assert_clean(self.out + self.err)
        return self.stderr


def assert_clean(data: bytes) -> None:
    """No control character and no hostile payload in what reached the terminal."""
    text = data.decode("utf-8", "surrogateescape")
    found = _CONTROL.search(text)
    assert found is None, f"control character {found.group()!r} in {text!r}"
    for payload in PAYLOADS:
        assert payload not in data, (payload, data)


def run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None,
        stdin: bytes | None = b"", close: Sequence[int] = (),
        preexec: Callable[[], None] | None = None, limit: float | None = None) -> Ran:
    """Run the installed command; a run that takes longer than `limit` (patience()) fails
    the test."""
    def before() -> None:
        for fd in close:
            os.close(fd)
        if preexec is not None:
            preexec()

    streams: dict[str, object] = {"stdin": subprocess.DEVNULL} if stdin is None else \
        {"input": stdin}
    if 0 in close:
        streams = {}
    start = time.monotonic()
    done = subprocess.run(  # type: ignore[call-overload]
        [str(WIZARD), *map(str, args)], cwd=cwd, env={**os.environ, **(env or {})},
        stdout=None if 1 in close else subprocess.PIPE, stderr=subprocess.PIPE,
        preexec_fn=before, timeout=limit or patience(), check=False, **streams)
    return Ran(done.returncode, done.stdout or b"", done.stderr, time.monotonic() - start)


def answers_text(lang: str = "en", **extra: str) -> str:
    """A complete answers file (TOML), with `extra` lines added at the end."""
    body = f'''schema = 1
lang = "{lang}"

[person]
name = "Maya Okafor"
role = "data engineer"

[future]
doing = "build data platforms that let small teams trust their numbers"
audience = "scale-ups in logistics and retail"

[drivers]
values = ["clarity", "craftsmanship"]

[expertise]
areas = ["data modelling", "Python"]

[statement]
stand_for = "data work that is transparent"

[offer]
help = "a data platform your analysts can rely on"
'''
    return body + "".join(f"{line}\n" for line in extra.values())


needs_wizard = pytest.mark.skipif(not WIZARD.exists(),
                                  reason="profile-wizard is not installed in this venv")
