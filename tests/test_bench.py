"""Tests that `make bench` cannot rot: bench/run.py runs every group once, tiny, and prints its
one table with every figure of issue 12 (the figures themselves are not asserted: bench/).

One case per group (`--only GROUP`), so that the test workers run the groups side by side: one
run of all three took ~26 s of one worker. Together the cases cover every group and figure."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

RUN = Path(__file__).resolve().parent.parent / "bench" / "run.py"

FIGURES = {
    "process": ("`render --format json` (en)", "`render --format json` (it)",
                "`render DIR --out OUT`", "first paint: the start screen",
                "an answers file to its painted results"),
    "tui": ("a step change (PgDn)", "a keystroke's CPU"),
    "data": ("store: a filter keystroke", "store: an autosave", "match (en)"),
}


def test_every_bench_group_has_its_case() -> None:
    spec = importlib.util.spec_from_file_location("bench_run", RUN)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert set(module.GROUPS) == set(FIGURES)


@pytest.mark.parametrize("group", FIGURES)
def test_bench_runs_and_prints_one_table(tmp_path: Path, group: str) -> None:
    page = tmp_path / "performance.md"
    page.write_text("# Performance\n\n<!-- bench:begin -->\nold\n<!-- bench:end -->\n\nmore\n")
    done = subprocess.run([sys.executable, str(RUN), "--quick", "--only", group,
                           "--doc", str(page)],
                          capture_output=True, text=True, timeout=240, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr and "FAILED" not in done.stdout
    lines = [line for line in done.stdout.splitlines() if line.startswith("| ")]
    assert lines[0].startswith("| what | ours | baseline (same run) | ratio | target | met |")
    table = "\n".join(lines)
    for figure in FIGURES[group]:
        assert figure in table, figure
    written = page.read_text()
    assert "old" not in written and written.endswith("<!-- bench:end -->\n\nmore\n")
    assert f"| {FIGURES[group][0]}" in written
