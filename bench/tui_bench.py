"""Provides the TUI benchmark: start-up to first paint in a real pty, and the work per keystroke.

    .venv/bin/python bench/tui_bench.py [--runs 7] [--keys 200]

Start-up is measured against a bare Textual app in the same run (goal: at most 1.15x); the
keystroke figures are the app's own work for one typed character, the live preview included
(goal: at most 2 ms), next to a bare Textual Input for scale.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BARE_APP = """
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("READY")
Bare().run()
"""


def time_to_text(argv: list[str], marker: str, env: dict[str, str]) -> float:
    """Seconds from spawn until `marker` is painted, in a real 80x24 pseudo-terminal."""
    import pexpect

    start = time.perf_counter()
    child = pexpect.spawn(argv[0], argv[1:], dimensions=(24, 80), env=env, timeout=20)
    child.expect(marker)
    elapsed = time.perf_counter() - start
    child.sendcontrol("q")
    child.expect(pexpect.EOF)
    child.close()
    return elapsed


def startup(runs: int) -> None:
    home = tempfile.mkdtemp(prefix="pw-bench-")
    env = {**os.environ, "PROFILE_WIZARD_HOME": home, "TERM": "xterm-256color"}
    # As installed: bytecode cached. Without it our modules would be compiled on every start
    # while Textual's come precompiled from pip, which is not what a user sees.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    import compileall

    compileall.compile_dir(str(ROOT / "wizard"), quiet=1)
    wizard = str(Path(sys.executable).parent / "profile-wizard")
    answers = Path(home) / "maya.toml"
    answers.write_text((ROOT / "bench" / "tui_bench_answers.toml").read_text("utf-8"), "utf-8")
    cases: dict[str, tuple[list[str], str]] = {
        "bare Textual app": ([sys.executable, "-c", BARE_APP], "READY"),
        "profile-wizard (start screen)": ([wizard], "Start a new profile"),
        "profile-wizard FILE (results)": ([wizard, str(answers)], "fits"),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):  # interleaved, so machine noise hits every case alike
        for name, (argv, marker) in cases.items():
            times[name].append(time_to_text(argv, marker, env))
    bare = statistics.median(times["bare Textual app"])
    bare_min = min(times["bare Textual app"])
    print(f"Start-up to first paint, 80x24 pty, {runs} runs (goal <= 1.15x bare):")
    print(f"  {'':32} {'median':>10} {'ratio':>7} {'fastest':>9} {'ratio':>7}")
    for name, values in times.items():
        median, fastest = statistics.median(values), min(values)
        print(f"  {name:32} {median * 1000:7.0f} ms {median / bare:6.2f}x"
              f" {fastest * 1000:6.0f} ms {fastest / bare_min:6.2f}x")


async def keystrokes(n: int) -> None:
    from textual import events

    from wizard.tui.app import WizardApp
    from wizard.tui.launch import prepare
    from wizard.tui.screens import step

    answers = Path(tempfile.mkdtemp(prefix="pw-bench-")) / "maya.toml"
    answers.write_text((ROOT / "bench" / "tui_bench_answers.toml").read_text("utf-8"), "utf-8")
    session, _ = prepare(answers)
    own = {"handler": 0.0, "preview": 0.0, "renders": 0}

    def timed(fn: Callable[..., object], key: str) -> Callable[..., object]:
        def wrapper(*args: object) -> object:
            t = time.perf_counter()
            try:
                return fn(*args)
            finally:
                own[key] += time.perf_counter() - t
                if key == "preview":
                    own["renders"] += 1
        return wrapper

    step.StepScreen.answered = timed(step.StepScreen.answered, "handler")  # type: ignore[method-assign]
    step.StepScreen.render_now = timed(step.StepScreen.render_now, "preview")  # type: ignore[method-assign]
    step.StepScreen.render_quick = timed(step.StepScreen.render_quick, "preview")  # type: ignore[method-assign]

    async def type_into(app: object, pilot: object, gap: float) -> tuple[float, float]:
        text = ("build data platforms that let small teams trust their numbers " * 9)[:n]
        cpu0, wall0 = time.process_time(), time.perf_counter()
        for ch in text:
            app.post_message(events.Key(ch if ch != " " else "space", ch))  # type: ignore[attr-defined]
            await asyncio.sleep(gap)
        await pilot.pause(0.2)  # type: ignore[attr-defined]
        return (time.process_time() - cpu0) / n, time.perf_counter() - wall0

    print(f"\nWork per keystroke, {n} keys typed into a step's answer (headless, 120x40):")
    for label, gap in (("fast typing, 15 ms apart", 0.015), ("slow typing, 120 ms apart", 0.12)):
        app = WizardApp(session, blink=False)
        async with app.run_test(size=(120, 40)) as pilot:
            app.goto(1)
            await pilot.pause()
            field = app.screen.query_one("#q-future-change-input")
            field.focus()
            field.value = ""
            await pilot.pause(0.2)
            for k in own:
                own[k] = 0
            cpu, _ = await type_into(app, pilot, gap)
            typed = app.session.answers.text("future.change")
            renders = int(own["renders"])
            print(f"  {label}: {len(typed)} of {n} characters arrived, {renders} previews")
            work = 1000 * (own["handler"] + own["preview"]) / n
            one = 1000 * own["preview"] / max(1, renders)
            print(f"    app's own work (handler + preview) {work:5.2f} ms/key"
                  f"   (one preview render {one:4.2f} ms)")
            print(f"    all CPU incl. Textual's layout and paint {cpu * 1000:5.2f} ms/key")

    from textual.app import App
    from textual.widgets import Input

    class BareInput(App[None]):
        def compose(self):  # type: ignore[no-untyped-def]
            yield Input()

    app2 = BareInput()
    async with app2.run_test(size=(120, 40)) as pilot:
        app2.query_one(Input).focus()
        await pilot.pause(0.2)
        cpu, _ = await type_into(app2, pilot, 0.015)
        print(f"  bare Textual Input, same typing: all CPU {cpu * 1000:5.2f} ms/key")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keys", type=int, default=200)
    args = parser.parse_args()
    startup(args.runs)
    asyncio.run(keystrokes(args.keys))


if __name__ == "__main__":
    main()
