"""Provides the fault-injection suite's fixtures (its tools are in faultkit.py)."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from faultkit import answers_text, patience, run

# A hang must fail its case, not stall the suite. A case's own command is held to LIMIT (on a
# busy machine: faultkit.patience()) by faultkit.run and by pexpect's timeouts; the whole test
# (several runs, the app's start) gets three times that.


@pytest.fixture(autouse=True)
def ends_in_time() -> Iterator[None]:
    limit = 3 * patience()

    def hung(signum: int, frame: FrameType | None) -> None:
        pytest.fail(f"the case did not end within {limit:.3g} s", pytrace=False)

    before = signal.signal(signal.SIGALRM, hung)
    signal.setitimer(signal.ITIMER_REAL, limit)
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


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home whose store has Maya, imported by the installed command once for the module: a
    case copies it into its own home (tmp_path/home) instead of running the import itself."""
    top = tmp_path_factory.mktemp("seeded")
    (top / "home").mkdir()  # as each test's home is (tests/conftest.py) before the import
    maya = Path(__file__).parents[1] / "fixtures" / "answers" / "en-maya.toml"
    env = {"PROFILE_WIZARD_HOME": str(top / "home"), "HOME": str(top),
           "LANG": "en_US.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""}
    assert run("profiles", "import", maya, env=env).code == 0
    return top / "home"
