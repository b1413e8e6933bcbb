"""Provides the in-app figures of `make bench` (headless Textual, 120x40): a step change to a
painted step whose field has the focus, and a keystroke's CPU with the live preview, against a
bare Textual Input typed the same way (Textual's layout and paint counted in both)."""

from __future__ import annotations

import asyncio
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from table import Row, spread

ROOT = Path(__file__).resolve().parent.parent
TEXT = "build data platforms that let small teams trust their numbers " * 9


def _session() -> Any:
    from wizard.tui.launch import prepare

    answers = Path(tempfile.mkdtemp(prefix="pw-bench-")) / "maya.toml"
    answers.write_text((ROOT / "bench" / "tui_bench_answers.toml").read_text("utf-8"), "utf-8")
    return prepare(answers)[0]


async def step_changes(changes: int) -> list[float]:
    """Seconds from PgDn until the next step is painted and its first field takes keys."""
    from textual.widgets import Input

    from wizard.tui.app import WizardApp

    app = WizardApp(_session(), blink=False)
    times = []
    async with app.run_test(size=(120, 40)) as pilot:
        app.goto(0)
        await pilot.pause(0.3)
        while len(times) < changes:
            before = getattr(app.screen, "index", None)
            start = time.perf_counter()
            await pilot.press("pagedown")
            # the same screen shows the next step (StepScreen.show_step)
            while getattr(app.screen, "index", None) == before \
                    or not isinstance(app.focused, Input):
                await asyncio.sleep(0.001)
            await pilot.pause()  # its first frame is painted
            times.append(time.perf_counter() - start)
            if len(times) % 5 == 0:  # back to the first step, the way a person goes back
                app.goto(0)
                await pilot.pause(0.3)
    return times


async def _type(app: Any, pilot: Any, n: int, gap: float = 0.015) -> float:
    from textual import events

    cpu = time.process_time()
    for ch in TEXT[:n]:
        app.post_message(events.Key(ch if ch != " " else "space", ch))
        await asyncio.sleep(gap)
    await pilot.pause(0.2)
    return (time.process_time() - cpu) / n


async def keystroke_cpu(n: int) -> tuple[float, float]:
    """CPU per key typed into a step's answer (live preview on), and into a bare Input."""
    from textual.app import App, ComposeResult
    from textual.widgets import Input

    from wizard.tui.app import WizardApp

    app = WizardApp(_session(), blink=False)
    async with app.run_test(size=(120, 40)) as pilot:
        app.goto(1)
        await pilot.pause(0.3)
        field = app.screen.query_one("#q-future-change-input", Input)
        field.focus()
        field.value = ""
        await pilot.pause(0.2)
        ours = await _type(app, pilot, n)

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Input()

    bare = Bare()
    async with bare.run_test(size=(120, 40)) as pilot:
        bare.query_one(Input).focus()
        await pilot.pause(0.2)
        base = await _type(bare, pilot, n)
    return ours, base


def rows(quick: bool) -> list[Row]:
    steps = asyncio.run(step_changes(2 if quick else 15))
    pairs = [asyncio.run(keystroke_cpu(5 if quick else 150)) for _ in range(1 if quick else 3)]
    ours = statistics.median(p[0] for p in pairs) * 1000
    base = statistics.median(p[1] for p in pairs) * 1000
    return [
        Row("a step change (PgDn) to a painted, typeable step", statistics.median(steps) * 1000,
            "(a budget)", None, 100, spread(steps), len(steps)),
        Row("a keystroke's CPU with the live preview (layout and paint)", ours,
            "a bare Textual Input's keystroke", base, 2.0,
            spread([p[0] / p[1] for p in pairs]), len(pairs)),
    ]
