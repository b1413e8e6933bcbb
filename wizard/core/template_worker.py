"""Provides the separate process that renders templates other than the built-ins, under budget.

A coach's template can loop for ever or ask for gigabytes in one C call, which no check inside
Python can stop in time. So such templates render in a child process: it has a memory limit,
a watchdog thread that ends it when a text takes longer than its budget (saying which line it
was on), and it dies with the program. The parent talks to it in JSON lines, waits at most the
budget and a grace period, and starts a new one after a kill. The person's answers travel
through a pipe only; the child writes nothing anywhere else.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import select
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from wizard.core.shaping import Phrase
from wizard.core.template_budget import MAX_OUTPUT, MEMORY_MB, TemplateProblem, seconds
from wizard.core.templates import Frames, TemplateSet, Unavailable, Variant, with_frames

GRACE = 2.0  # beyond the budget, before the parent kills a child that did not answer
# The budget is the child's CPU time, so that a busy machine does not stop a good template;
# the parent's own deadline, in wall-clock time, allows a child this many times its budget
# (a machine loaded several times over) before it gives up on an answer.
WALL_FACTOR = 4.0
START_TIMEOUT = 20.0  # a cold start on a busy machine: importing Jinja and the core


def _encode(ctx: Mapping[str, Any]) -> dict[str, Any]:
    return {"sections": {k: {n: _value(x) for n, x in vars(v).items()}
                         for k, v in ctx.items() if isinstance(v, SimpleNamespace)},
            # the built-in frames (`f`) stay here: the worker makes its own from its templates
            "values": {k: v for k, v in ctx.items()
                       if not isinstance(v, SimpleNamespace | Frames)}}


def _value(value: Any) -> Any:
    """A Phrase crosses as its text and the forms the frames read (shape, sentence …)."""
    if isinstance(value, list):
        return [_value(v) for v in value]
    if isinstance(value, Phrase):
        return {"phrase": str(value), "forms": value.forms()}
    return value


def _unvalue(value: Any) -> Any:
    if isinstance(value, list):
        return [_unvalue(v) for v in value]
    if isinstance(value, dict) and "phrase" in value:
        return Phrase.with_forms(value["phrase"], value["forms"])
    return value


def _decode(doc: Mapping[str, Any]) -> dict[str, Any]:
    ctx: dict[str, Any] = {k: SimpleNamespace(**{n: _unvalue(x) for n, x in v.items()})
                           for k, v in doc["sections"].items()}
    ctx.update(doc["values"])
    return ctx


class Worker:
    """The parent's side: one child at a time, started on first use, replaced after a kill."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._buffer = b""
        self._env: dict[str, str] = {}
        self._lock = threading.Lock()
        self._id = 0

    def render(self, dirs: tuple[Path, ...], variant: Variant, ctx: Mapping[str, Any]) -> str:
        answer = self._ask({"op": "render", "dirs": [str(d) for d in dirs], "lang": variant.lang,
                            "name": variant.template_name, "context": _encode(ctx)}, variant)
        return str(answer["text"])

    def compile(self, dirs: tuple[Path, ...], variant: Variant) -> None:
        """Load (parse and compile) `variant`: a syntax error is a TemplateProblem."""
        self._ask({"op": "compile", "dirs": [str(d) for d in dirs], "lang": variant.lang,
                   "name": variant.template_name}, variant)

    def _ask(self, request: dict[str, Any], variant: Variant) -> dict[str, Any]:
        with self._lock:
            self._id += 1
            request["id"] = self._id
            request["seconds"] = seconds()
            answer = self._exchange(request, variant)
        if answer.get("ok"):
            return answer
        if answer.get("unavailable"):
            raise Unavailable(answer.get("reason", ""))
        problem = TemplateProblem(answer.get("key") or answer.get("text") or "template_stopped",
                                  **answer.get("values", {}))
        raise problem.at(answer.get("where") or variant.path)

    def _exchange(self, request: dict[str, Any], variant: Variant) -> dict[str, Any]:
        proc = self._start()
        try:
            assert proc.stdin is not None
            proc.stdin.write(json.dumps(request).encode("utf-8") + b"\n")
            proc.stdin.flush()
            deadline = time.monotonic() + request["seconds"] * WALL_FACTOR + GRACE
            while True:  # an answer to an earlier request that overran is passed over
                answer: dict[str, Any] = json.loads(self._line(proc, deadline))
                if answer.get("id") == request["id"]:
                    break
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            if isinstance(exc, TimeoutError):
                return {"key": "template_too_slow", "values": {"seconds": request["seconds"]}}
            return {"key": "template_stopped", "values": {"reason": type(exc).__name__}}
        if answer.get("fatal"):
            self.close()  # the watchdog ended the child after this answer
        return answer

    def _start(self) -> subprocess.Popen[bytes]:
        # a child started under other settings (another home, other packs) is replaced
        if self._proc is not None and self._proc.poll() is None and self._env == os.environ:
            return self._proc
        self.close()
        self._env = dict(os.environ)
        package_root = str(Path(__file__).resolve().parent.parent.parent)
        env = {**os.environ,
               "PYTHONPATH": os.pathsep.join(filter(None, [package_root,
                                                           os.environ.get("PYTHONPATH")]))}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "wizard.core.template_worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            env=env, start_new_session=True, close_fds=True)
        try:
            ready = self._line(self._proc, time.monotonic() + START_TIMEOUT)
            if json.loads(ready).get("ready") is not True:
                raise OSError("the template renderer did not start")
        except (TimeoutError, ValueError) as exc:
            self.close()
            raise OSError("the template renderer did not start") from exc
        return self._proc

    def _line(self, proc: subprocess.Popen[bytes], deadline: float) -> bytes:
        """One line from the child before `deadline` (TimeoutError), or OSError at its end."""
        assert proc.stdout is not None
        fd = proc.stdout.fileno()
        while b"\n" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                chunk = os.read(fd, 65536)
                if not chunk:
                    raise OSError("the template renderer stopped")
                self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        return line

    def close(self) -> None:
        """End the child and everything it started (its own process group)."""
        proc, self._proc, self._buffer = self._proc, None, b""
        if proc is None:
            return
        with contextlib.suppress(OSError):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            proc.wait(timeout=2)
        for pipe in (proc.stdin, proc.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()


_worker: Worker | None = None


def worker() -> Worker:
    """The program's one worker, ended when the program ends."""
    global _worker
    if _worker is None:
        _worker = Worker()
        atexit.register(_worker.close)
    return _worker


# --- the child's side ---------------------------------------------------------------------


class _Child:
    """Renders requests one at a time; the watchdog answers for a render that overruns."""

    def __init__(self, out: Any) -> None:
        self.out = out
        self.lock = threading.Lock()
        self.current: tuple[int, float, float] | None = None  # id, deadline, start (CPU)
        self.sets: dict[tuple[str, ...], TemplateSet] = {}
        self.parent = os.getppid()

    def send(self, answer: dict[str, Any]) -> None:
        with self.lock:
            self.out.write(json.dumps(answer).encode("utf-8") + b"\n")
            self.out.flush()

    def templates(self, dirs: list[str]) -> TemplateSet:
        key = tuple(dirs)
        if key not in self.sets:
            self.sets[key] = _CappedSet([Path(d) for d in dirs])
        return self.sets[key]

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        from wizard.core.template_budget import BudgetExceeded
        from wizard.core.template_check import locate, message

        try:
            env = self.templates(request["dirs"]).environment(request["lang"])
            template = env.get_template(request["name"])
            if request["op"] == "compile":
                return {"ok": True}
            size, parts = 0, []
            ctx = with_frames(env, request["lang"], _decode(request["context"]))
            for part in template.generate(ctx):
                size += len(part)
                if size > MAX_OUTPUT:
                    raise BudgetExceeded("template_too_long", limit=MAX_OUTPUT)
                parts.append(part)
            return {"ok": True, "text": "".join(parts)}
        except Unavailable as exc:
            return {"unavailable": True, "reason": str(exc)}
        except Exception as exc:
            filename, line = locate(exc)
            where = f"{filename}:{line}" if filename and line else filename
            if isinstance(exc, TemplateProblem):
                return {"where": where, "key": exc.key, "values": exc.phrase.values}
            if isinstance(exc, MemoryError):
                return {"where": where, "key": "template_too_big", "values": {"limit": MEMORY_MB}}
            if isinstance(exc, RecursionError):
                return {"where": where, "key": "template_too_deep"}
            return {"where": where, "text": message(exc)}

    def watch(self) -> None:
        """End the child when its parent is gone or a render overruns its budget."""
        from wizard.core.template_check import locate_frame

        while True:
            time.sleep(0.02)
            if os.getppid() != self.parent:
                os._exit(0)
            current = self.current
            if current is None or time.process_time() < current[1]:
                continue
            main = sys._current_frames().get(threading.main_thread().ident or 0)
            where = locate_frame(main)
            with self.lock:
                if self.current is not current:
                    continue  # it finished just now
                answer = {"id": current[0], "where": where, "key": "template_too_slow",
                          "values": {"seconds": round(current[1] - current[2], 2)},
                          "fatal": True}
                self.out.write(json.dumps(answer).encode("utf-8") + b"\n")
                self.out.flush()
                os._exit(3)


class _CappedSet(TemplateSet):
    """Templates in the capped sandbox, compiled afresh (no cache compiled without limits)."""

    def environment(self, lang: str) -> Any:
        from wizard.core.template_budget import CappedSandbox, cap
        from wizard.core.templates import make_environment

        if lang not in self._envs:
            self._envs[lang] = cap(make_environment(self.dirs, lang, sandbox=CappedSandbox))
        return self._envs[lang]


def _limit_memory() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        with open("/proc/self/statm") as fh:
            used = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = used + MEMORY_MB * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def main() -> None:
    """Serve render requests on stdin until it closes."""
    out = os.fdopen(os.dup(1), "wb")
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # nothing else may write into the protocol
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    child = _Child(out)
    threading.Thread(target=child.watch, name="watchdog", daemon=True).start()
    import wizard.core.template_check  # noqa: F401 - everything a render needs, loaded now

    _limit_memory()
    child.send({"ready": True})
    for line in sys.stdin.buffer:
        request = json.loads(line)
        start = time.process_time()  # CPU time: the budget is the template's own work
        child.current = (request["id"], start + float(request.get("seconds", seconds())), start)
        try:
            answer = child.handle(request)
        except MemoryError:
            answer = {"key": "template_too_big", "values": {"limit": MEMORY_MB}}
        with child.lock:
            child.current = None
        answer["id"] = request["id"]
        child.send(answer)


if __name__ == "__main__":
    main()
