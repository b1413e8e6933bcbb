"""Measures the core: whole-process `render --format json` and rendering one profile in-process.

    .venv/bin/python bench/core_bench.py [--runs 41] [--renders 500]

Start-up is measured against `python -c "import jinja2"` in the same run, alternating the two
so that machine load hits both alike (goal: at most 1.3x). Rendering is every variant of every
output with its counts and checks for one complete profile (goal: at most 2 ms), shown beside
plain Jinja rendering the same templates with the same context in the same process.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROFILE = ROOT / "tests" / "fixtures" / "answers" / "en-maya.toml"
ITALIAN = ROOT / "tests" / "fixtures" / "answers" / "it-chiara.toml"
BIN = Path(sys.executable).parent
STARTUP_GOAL = 1.3
RENDER_GOAL_MS = 2.0


def _wall(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   check=True)
    return time.perf_counter() - start


def startup(runs: int, profile: Path = PROFILE) -> dict[str, float]:
    """Median wall time of the command and of the baseline, run alternately."""
    home = tempfile.mkdtemp(prefix="pw-bench-")
    # the platform's directories as a user has them, but empty and out of the user's way
    env = {**os.environ, "XDG_CACHE_HOME": f"{home}/cache", "XDG_CONFIG_HOME": f"{home}/config",
           "XDG_DATA_HOME": f"{home}/data"}
    env.pop("PROFILE_WIZARD_HOME", None)
    # an installed program has its .pyc files; without this a stale one is recompiled every run
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [str(BIN / "profile-wizard"), "render", str(profile), "--format", "json"]
    baseline = [sys.executable, "-c", "import jinja2"]
    _wall(command, env)  # the first run fills the template cache, as a user's first run does
    _wall(baseline, env)
    ours, base = [], []
    for _ in range(runs):
        ours.append(_wall(command, env))
        base.append(_wall(baseline, env))
    return {"command_ms": statistics.median(ours) * 1000,
            "baseline_ms": statistics.median(base) * 1000,
            "ratio": statistics.median(ours) / statistics.median(base)}


def _per_call(fn, n: int, batches: int = 5,  # type: ignore[no-untyped-def]
              clock=time.perf_counter) -> float:
    """Median of `batches` batches (five), in milliseconds per call, by `clock` (wall time;
    `time.process_time` for the CPU time, which other processes on the machine do not add to)."""
    times = []
    for _ in range(batches):
        start = clock()
        for _ in range(n):
            fn()
        times.append((clock() - start) / n)
    return statistics.median(times) * 1000


def in_process(renders: int) -> dict[str, float]:
    from jinja2 import Environment, FileSystemLoader

    from wizard.core.context import template_context
    from wizard.core.model import load
    from wizard.core.render import Renderer
    from wizard.core.templates import OUTPUTS, builtin_templates

    answers = load(PROFILE)
    renderer = Renderer()
    result = renderer.render(answers)  # warm: templates compiled, data files read
    variants = sum(len(o.alternatives) for o in result.outputs.values())
    plain = Environment(loader=FileSystemLoader(str(builtin_templates())))
    # our filters as plain pass-throughs: every one the renderer's environment adds (a list
    # written here went stale when a filter was added)
    ours_env = renderer.templates.environment(answers.lang)
    for name in set(ours_env.filters) - set(plain.filters):
        plain.filters[name] = lambda value, *a, **k: value
    plain.globals["unavailable"] = lambda *a: ""
    templates = [plain.get_template(v.template_name) for o in OUTPUTS
                 for v in renderer.templates.variants(answers.lang, o)]
    from wizard.core.templates import with_frames

    # the same templates, their frames made once as the renderer makes them (a fresh context
    # per render, so the frames are worked out again each time, as in a real render)
    ctx = template_context(answers)
    ours = _per_call(lambda: renderer.render(answers), renders)
    def plain_render() -> None:
        framed = with_frames(plain, answers.lang, ctx)
        for t in templates:
            t.render(framed)

    base = _per_call(plain_render, renders)
    return {"render_ms": ours, "plain_jinja_ms": base, "variants": variants,
            "ratio": ours / base}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=41, help="start-up runs of each command")
    parser.add_argument("--renders", type=int, default=500, help="renders per timing batch")
    args = parser.parse_args()
    s = startup(args.runs)
    print(f"start-up  render --format json  {s['command_ms']:6.1f} ms (median of {args.runs})")
    print(f"          python -c 'import jinja2' {s['baseline_ms']:6.1f} ms")
    verdict = "ok" if s["ratio"] <= STARTUP_GOAL else "MISSED"
    print(f"          ratio {s['ratio']:.2f} (goal <= {STARTUP_GOAL})  {verdict}")
    it = startup(max(args.runs // 2, 5), ITALIAN)
    print(f"          the Italian profile (accents, non-ASCII): ratio {it['ratio']:.2f}")
    r = in_process(args.renders)
    verdict = "ok" if r["render_ms"] <= RENDER_GOAL_MS else "MISSED"
    print(f"render    one profile, {r['variants']:.0f} variants, counted and checked "
          f"{r['render_ms']:6.2f} ms (goal <= {RENDER_GOAL_MS})  {verdict}")
    print(f"          plain Jinja, same templates and context {r['plain_jinja_ms']:6.2f} ms "
          f"(ours is {r['ratio']:.1f}x)")
    return 0 if s["ratio"] <= STARTUP_GOAL and r["render_ms"] <= RENDER_GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())
