"""Runs every benchmark and prints one table: what, ours, baseline, ratio, target, met, noise.

    .venv/bin/python bench/run.py [--quick] [--doc docs/performance.md] [--only GROUP]

Each group of figures runs in its own process (a failing group is one line in the table, never
a traceback): the whole-process ones (render, first paint), the app's (a step change, a
keystroke) and the store's and the job-ad match's. Ratios are against a baseline measured in
the same run, alternately; medians of several runs, with the runs' spread as the noise. The
full store and match benches (more figures) are bench/store_bench.py and bench/match_bench.py.
The exit status is 1 when a group fails (with --strict: also when a target is missed).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from table import Row, markdown  # noqa: E402

GROUPS = {"process": "figures_process", "tui": "figures_tui", "data": "figures_data"}
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"


def group(name: str, quick: bool) -> list[Row]:
    """One group's rows, measured in a child process."""
    cmd = [sys.executable, str(HERE / "run.py"), "--group", name, *(["--quick"] if quick else [])]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False,
                          env={**os.environ, "PYTHONPATH": str(HERE)})
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return [Row(f"{name} figures: FAILED ({last[:120]})", 0.0, "", None, 0.0, 0.0, 0)]
    return [Row(**r) for r in json.loads(done.stdout.strip().splitlines()[-1])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one tiny iteration of each")
    parser.add_argument("--doc", type=Path, help="also write the table into this page")
    parser.add_argument("--only", choices=list(GROUPS), action="append")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument("--group", choices=list(GROUPS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.group:  # the child: measure, print the rows as JSON
        module = __import__(GROUPS[args.group])
        print(json.dumps([asdict(r) for r in module.rows(args.quick)]))
        return 0
    started = time.perf_counter()
    rows: list[Row] = []
    for name in args.only or GROUPS:
        print(f"measuring: {name} ...", file=sys.stderr, flush=True)
        rows += group(name, args.quick)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    table = markdown(rows)
    about = (f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} CPUs, "
             f"Python {platform.python_version()}, load average {load:.1f} at the end, "
             f"{time.perf_counter() - started:.0f} s")
    if args.quick:
        about += " (quick: one tiny iteration, not figures)"
    print(table + "\n" + about)
    if args.doc:
        page = args.doc.read_text(encoding="utf-8")
        head, rest = page.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        args.doc.write_text(f"{head}{BEGIN}\n{table}\nMeasured {about}.\n{END}{tail}",
                            encoding="utf-8")
    failed = any(r.runs == 0 for r in rows)
    return 1 if failed or (args.strict and not all(r.met for r in rows)) else 0


if __name__ == "__main__":
    sys.exit(main())
