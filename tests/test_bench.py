"""Tests that `make bench` cannot rot: bench/run.py runs every group once, tiny, and prints its
one table with every figure of issue 12 (the figures themselves are not asserted: bench/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parent.parent / "bench" / "run.py"


def test_bench_runs_and_prints_one_table(tmp_path: Path) -> None:
    page = tmp_path / "performance.md"
    page.write_text("# Performance\n\n<!-- bench:begin -->\nold\n<!-- bench:end -->\n\nmore\n")
    done = subprocess.run([sys.executable, str(RUN), "--quick", "--doc", str(page)],
                          capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr and "FAILED" not in done.stdout
    lines = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    assert lines[0].startswith("| what | ours | baseline (same run) | ratio | target | met |")
    table = "\n".join(lines)
    for figure in ("`render --format json` (en)", "`render --format json` (it)",
                   "`render DIR --out OUT`", "first paint: the start screen",
                   "an answers file to its painted results", "a step change (PgDn)",
                   "a keystroke's CPU", "store: a filter keystroke", "store: an autosave",
                   "match (en)"):
        assert figure in table, figure
    written = page.read_text()
    assert "old" not in written and written.endswith("<!-- bench:end -->\n\nmore\n")
    assert "| a step change (PgDn)" in written
