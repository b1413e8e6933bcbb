"""Provides the fault-injection suite's fixtures (its tools are in faultkit.py)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from faultkit import LIMIT, answers_text

# A hang must fail its case, not stall the suite. A case's own command is held to LIMIT by
# faultkit.run and by pexpect's timeouts; the whole test (several runs, the app's start on a
# busy machine) gets three times that.
TEST_LIMIT = 3 * LIMIT


@pytest.fixture(autouse=True)
def ends_in_time() -> Iterator[None]:
    def hung(signum: int, frame: FrameType | None) -> None:
        pytest.fail(f"the case did not end within {TEST_LIMIT:g} s", pytrace=False)

    before = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, TEST_LIMIT)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, before)


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "maya.toml"
    path.write_text(answers_text(), encoding="utf-8")
    return path
