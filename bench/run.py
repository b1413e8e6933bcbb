"""Runs the benchmarks: the core always, the store and the TUI with --all (`make bench`).

    .venv/bin/python bench/run.py [--all] [--runs 41]

Each benchmark compares against a baseline measured in the same run and prints its goal;
the exit status is non-zero when a goal is missed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OTHERS = ("store_bench.py", "tui_bench.py", "tui_profiles_bench.py", "tui_autosave_bench.py")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="also run the store and TUI benches")
    parser.add_argument("--runs", type=int, default=41, help="start-up runs of each command")
    args = parser.parse_args()
    status = 0
    scripts = [("core_bench.py", ["--runs", str(args.runs)]), ("match_bench.py", [])]
    if args.all:
        scripts += [(name, []) for name in OTHERS if (HERE / name).exists()]
    for name, extra in scripts:
        print(f"== {name}", flush=True)
        done = subprocess.run([sys.executable, str(HERE / name), *extra], check=False)
        status = status or done.returncode
    return status


if __name__ == "__main__":
    sys.exit(main())
