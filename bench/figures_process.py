"""Provides the whole-process figures of `make bench`: `render` in every language against
`python -c "import jinja2"`, one profile's render in process, 1,000 files rendered with --out,
and the app's first paint (the start screen, an answers file's results) against a bare Textual
app, in a real pty."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from table import Row, paired, wall

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
WIZARD = str(BIN / "profile-wizard")
FIXTURES = ROOT / "tests" / "fixtures" / "answers"
# One full profile per language; a language without templates yet has no row.
PROFILES = {"en": FIXTURES / "en-maya.toml", "nl": FIXTURES / "nl-sanne.toml",
            "it": FIXTURES / "it-chiara.toml",
            "fr": ROOT / "wizard" / "data" / "lang" / "fr" / "samples" / "full.toml"}
BARE_APP = """
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("READY")
Bare().run()
"""


def environment() -> dict[str, str]:
    """A user's setting: empty private folders, and bytecode cached as an installed program has."""
    home = tempfile.mkdtemp(prefix="pw-bench-")
    env = {**os.environ, "PROFILE_WIZARD_HOME": home, "XDG_CACHE_HOME": f"{home}/cache",
           "XDG_CONFIG_HOME": f"{home}/config", "XDG_DATA_HOME": f"{home}/data",
           "TERM": "xterm-256color"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run(argv: list[str], env: dict[str, str]) -> float:
    return wall(lambda: subprocess.run(argv, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL, env=env, check=True))


def render_rows(runs: int, env: dict[str, str], warm: bool = True) -> list[Row]:
    rows = []
    baseline = [sys.executable, "-c", "import jinja2"]
    for lang, profile in PROFILES.items():
        if not profile.exists() or not (ROOT / "templates" / lang).is_dir():
            continue
        command = [WIZARD, "render", str(profile), "--format", "json"]
        if warm:
            run(command, env)  # a user's first run fills the caches
        ours, base, noise = paired(lambda c=command: run(c, env), lambda: run(baseline, env),
                                   runs)
        rows.append(Row(f"`render --format json` ({lang})", ours, "`python -c 'import jinja2'`",
                        base, 1.3, noise, runs))
    return rows


def batch_row(runs: int, env: dict[str, str], files: int = 1000) -> Row:
    folder = Path(tempfile.mkdtemp(prefix="pw-bench-batch-"))
    inputs = folder / "in"
    inputs.mkdir()
    for i in range(files):
        shutil.copy(PROFILES["en"], inputs / f"client-{i:04}.toml")
    times = []
    for n in range(max(runs // 4, 1)):
        out = folder / f"out{n}"
        times.append(run([WIZARD, "render", str(inputs), "--out", str(out)], env))
    shutil.rmtree(folder)
    from statistics import median

    from table import spread

    return Row(f"`render DIR --out OUT`, {files:,} files", median(times) * 1000,
               "(a budget)", None, 2000, spread(times), len(times))


def first_paint(argv: list[str], marker: str, env: dict[str, str]) -> float:
    """Seconds from spawn until `marker` is painted, in a real 80x24 pseudo-terminal."""
    import time

    import pexpect

    start = time.perf_counter()
    child = pexpect.spawn(argv[0], argv[1:], dimensions=(24, 80), env=env, timeout=30)
    child.expect(marker)
    elapsed = time.perf_counter() - start
    child.sendcontrol("q")
    child.expect(pexpect.EOF)
    child.close()
    return elapsed


def paint_rows(runs: int, env: dict[str, str], warm: bool = True) -> list[Row]:
    import compileall

    compileall.compile_dir(str(ROOT / "wizard"), quiet=1)
    answers = Path(env["PROFILE_WIZARD_HOME"]) / "maya.toml"
    answers.write_text((ROOT / "bench" / "tui_bench_answers.toml").read_text("utf-8"), "utf-8")
    bare = [sys.executable, "-c", BARE_APP]
    rows = []
    for what, argv, marker, goal in (
            ("first paint: the start screen", [WIZARD], "Start a new profile", 1.15),
            ("an answers file to its painted results", [WIZARD, str(answers)], "fits", 1.5)):
        if warm:
            first_paint(argv, marker, env)  # caches filled, as on a user's second start
        ours, base, noise = paired(lambda a=argv, m=marker: first_paint(a, m, env),
                                   lambda: first_paint(bare, "READY", env), runs)
        rows.append(Row(what, ours, "a bare Textual app's first paint", base, goal, noise,
                        runs))
    return rows


def in_process_rows(renders: int, batches: int) -> list[Row]:
    """One profile's render in this process, every variant of every output counted and
    checked (what the app does on a keystroke), per language; a median of batches."""
    from statistics import median

    from table import spread

    from wizard.core.model import load
    from wizard.core.render import Renderer

    rows = []
    for lang, profile in PROFILES.items():
        if not profile.exists() or not (ROOT / "templates" / lang).is_dir():
            continue
        answers = load(profile)
        renderer = Renderer()
        renderer.render(answers)  # templates compiled, data files read
        times = [wall(lambda r=renderer, a=answers: [r.render(a) for _ in range(renders)]) / renders
                 for _ in range(batches)]
        rows.append(Row(f"one profile's render in process, every variant checked ({lang})",
                        median(times) * 1000, "(a budget)", None, 2, spread(times), batches))
    return rows


def rows(quick: bool) -> list[Row]:
    env = environment()
    # quick: that every figure is still measured (one run, no warm-up), not its value
    warm = not quick
    out = render_rows(1 if quick else 31, env, warm)
    out += in_process_rows(1 if quick else 100, 1 if quick else 9)
    out.append(batch_row(1 if quick else 15, env, files=10 if quick else 1000))
    out += paint_rows(1 if quick else 9, env, warm)
    return out
