"""Provides shared pytest fixtures: an isolated home for every test and the golden-file flag."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/ from the current templates instead of comparing",
    )


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every data/config/cache directory at tmp_path so no test touches real user files."""
    home = tmp_path / "home"
    wizard_home = tmp_path / "wizard-home"
    for path in (home, wizard_home):
        path.mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("PROFILE_WIZARD_HOME", str(wizard_home))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    # the interface language follows the locale: every test starts from the same one
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    return wizard_home


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


ANSWERS_DIR = Path(__file__).resolve().parent / "fixtures" / "answers"


@pytest.fixture
def answers_dir() -> Path:
    """The answers files of our own fixture personas (en, nl, it)."""
    return ANSWERS_DIR
