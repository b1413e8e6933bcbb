"""Round 20: the suite's own settings that keep `make test` within its CPU (issue 12)."""

from __future__ import annotations

import gc

from tests.conftest import GC_THRESHOLDS


def test_the_test_processes_collect_garbage_less_often_than_pythons_default() -> None:
    # a full collection every few TUI tests walked the whole worker (tests/conftest.py)
    assert gc.get_threshold() == GC_THRESHOLDS
    assert GC_THRESHOLDS[0] > 700 and GC_THRESHOLDS[2] > 10
