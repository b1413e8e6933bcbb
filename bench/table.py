"""Provides the one table of `make bench`: a row per figure (what, baseline, ratio, target, met,
noise), paired timing against a baseline in the same run, and the table as Markdown."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Row:
    """One figure: ours against the baseline (or an absolute budget when baseline_ms is None)."""

    what: str
    value_ms: float
    baseline: str
    baseline_ms: float | None
    target: float  # the ratio at most, or the milliseconds at most without a baseline
    noise: float  # the spread of the repeated runs: interquartile range / median
    runs: int

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline_ms else self.value_ms / self.baseline_ms

    @property
    def met(self) -> bool:
        return (self.ratio if self.ratio is not None else self.value_ms) <= self.target

    def cells(self) -> list[str]:
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}×"
        base = self.baseline if self.baseline_ms is None else \
            f"{self.baseline}: {self.baseline_ms:.1f} ms"
        target = f"≤ {self.target:g}×" if self.baseline_ms else f"≤ {self.target:g} ms"
        value = f"{self.value_ms:.1f}" if self.value_ms >= 10 else f"{self.value_ms:.2f}"
        return [self.what, f"{value} ms", base, ratio, target,
                "yes" if self.met else "**no**",
                f"±{self.noise * 100:.0f}% ({self.runs} runs)" if self.noise else
                f"median of {self.runs} runs"]


def spread(values: list[float]) -> float:
    """Interquartile range over the median: how noisy a set of runs was."""
    if len(values) < 4:
        return (max(values) - min(values)) / statistics.median(values) if values else 0.0
    q1, _, q3 = statistics.quantiles(values, n=4)
    return (q3 - q1) / statistics.median(values)


def paired(ours: Callable[[], float], base: Callable[[], float],
           runs: int) -> tuple[float, float, float]:
    """Medians of ours and of the baseline, run alternately so that load hits both alike, and
    the noise of the per-pair ratios."""
    mine, theirs, ratios = [], [], []
    for _ in range(runs):
        a, b = ours(), base()
        mine.append(a)
        theirs.append(b)
        ratios.append(a / b)
    return statistics.median(mine) * 1000, statistics.median(theirs) * 1000, spread(ratios)


def wall(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


HEADER = ["what", "ours", "baseline (same run)", "ratio", "target", "met", "noise"]


def markdown(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in r.cells()) + " |" for r in rows]
    return "\n".join(lines) + "\n"
